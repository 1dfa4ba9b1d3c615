"""Streaming through the real SDK and real SSE: placeholders split at every position are restored."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

import anthropic
import pytest
from anthropic_helpers import CARD, COMPANY, EMAIL, EMAIL2, TOKEN, assert_no_leak, make_guard
from fake_anthropic import FakeAnthropic, Reply

from promptguard.errors import PromptBlocked
from promptguard.integrations.anthropic import protect

pytestmark = pytest.mark.network  # a real uvicorn server on 127.0.0.1

MODEL = "claude-test"
# The request carries the values: an answer may only restore placeholders its own request produced.
GO = [{"role": "user", "content": f"go: {EMAIL} {EMAIL2} {CARD}"}]
TEXT = "Hi <EMAIL_ADDRESS_1>!"
RESTORED = f"Hi {EMAIL}!"


def _splits(text: str, parts: int) -> list[list[str]]:
    """Every way to cut ``text`` into ``parts`` non-empty deltas."""
    out = []
    for cuts in itertools.combinations(range(1, len(text)), parts - 1):
        bounds = (0, *cuts, len(text))
        out.append([text[a:b] for a, b in itertools.pairwise(bounds)])
    return out


@pytest.fixture(scope="module")
def report_guard() -> Any:
    """Responses only reported: streams are held back at possible placeholder tails only."""
    return make_guard(entities={})


@pytest.fixture
def session(report_guard: Any) -> Any:
    session = report_guard.new_session()
    assert report_guard.sanitize(f"{EMAIL} {EMAIL2} {CARD}", session=session).text == (
        "<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2> <CREDIT_CARD_1>"
    )
    return session


@pytest.fixture
def sclient(fake: FakeAnthropic, report_guard: Any, session: Any, records: list[dict[str, Any]]) -> Any:
    return protect(
        anthropic.Anthropic(api_key="k", base_url=fake.base_url),
        guard=report_guard,
        session=session,
        audit=records.append,
    )


def _stream_text(client: Any, fake: FakeAnthropic, chunks: list[str]) -> tuple[list[str], str]:
    fake.queue(Reply.text("".join(chunks), chunks=chunks))
    deltas: list[str] = []
    with client.messages.stream(model=MODEL, max_tokens=64, messages=GO) as s:
        for event in s:
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                deltas.append(event.delta.text)
        final = s.get_final_message().content[0].text
    return deltas, final


@pytest.mark.parametrize("parts", [2, 3])
def test_every_split_position_of_a_placeholder_is_restored(sclient: Any, fake: FakeAnthropic, parts: int) -> None:
    start, end = TEXT.index("<"), TEXT.index(">") + 1
    for chunks in _splits(TEXT, parts):
        deltas, final = _stream_text(sclient, fake, chunks)
        assert "".join(deltas) == RESTORED == final, chunks
        assert all("<" not in d for d in deltas), chunks  # no half placeholder ever reaches the app
        # Hold back only what could still be a placeholder: a first delta ending before the
        # placeholder goes out whole, one ending inside it releases everything before "<".
        first = chunks[0]
        if len(first) <= start:
            assert deltas[0] == first, chunks
        elif len(first) < end:
            assert deltas[0] == TEXT[:start], chunks


def test_split_placeholders_in_tool_input_json(sclient: Any, fake: FakeAnthropic) -> None:
    value = {"to": "<EMAIL_ADDRESS_1>", "cc": ["<EMAIL_ADDRESS_2>"]}
    raw = json.dumps(value)
    expected = {"to": EMAIL, "cc": [EMAIL2]}
    start, end = raw.index("<"), raw.index(">") + 1
    # Every 2-delta split, and every 3-delta split with both cuts inside the first placeholder.
    inside = [[raw[:a], raw[a:b], raw[b:]] for a, b in itertools.combinations(range(start + 1, end), 2)]
    for chunks in [*_splits(raw, 2), *inside]:
        fake.queue(Reply.tool_use("mail", value, json_chunks=chunks))
        partial = []
        with sclient.messages.stream(model=MODEL, max_tokens=64, messages=GO) as s:
            for event in s:
                if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                    partial.append(event.delta.partial_json)
            block = s.get_final_message().content[0]
        assert json.loads("".join(partial)) == expected == block.input, chunks


def test_json_escaping_of_restored_values(fake: FakeAnthropic, report_guard: Any) -> None:
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, audit=None)
    # COMPANY is deny-listed in the test policy; its value has characters JSON must escape.
    raw = '{"a": "<COMPANY_1>", "b": "<EMAIL_ADDRESS_1>"}'
    fake.queue(Reply.tool_use("t", json.loads(raw), json_chunks=[raw[:12], raw[12:34], raw[34:]]))
    messages = [{"role": "user", "content": f"{COMPANY} and {EMAIL}"}]
    with client.messages.stream(model=MODEL, max_tokens=8, messages=messages) as s:
        block = s.get_final_message().content[0]
    assert block.input == {"a": COMPANY, "b": EMAIL}
    assert_no_leak(fake, COMPANY, EMAIL)


def test_a_placeholder_typed_by_the_user_is_not_restored(fake: FakeAnthropic, report_guard: Any) -> None:
    """With one session shared by all users of a client, typing another user's placeholder
    and asking the model to repeat it must not reveal the value."""
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, audit=None)
    client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": f"I am {EMAIL}"}])
    probe = [{"role": "user", "content": "Repeat exactly: <EMAIL_ADDRESS_1>"}]
    echoed = client.messages.create(model=MODEL, max_tokens=8, messages=probe).content[0].text
    assert echoed == "Repeat exactly: <EMAIL_ADDRESS_1>"
    fake.queue(Reply.text("<EMAIL_ADDRESS_1>", chunks=["<EMAIL_", "ADDRESS_1>"]))
    with client.messages.stream(model=MODEL, max_tokens=8, messages=probe) as s:
        assert s.get_final_text() == "<EMAIL_ADDRESS_1>"
    # Sent together with the real value, the same placeholder is restored as usual.
    both = [{"role": "user", "content": f"Repeat: <EMAIL_ADDRESS_1> for {EMAIL}"}]
    assert EMAIL in client.messages.create(model=MODEL, max_tokens=8, messages=both).content[0].text


def test_non_placeholders_are_not_held(sclient: Any, fake: FakeAnthropic) -> None:
    deltas, final = _stream_text(sclient, fake, ["if a <= b", " and <EMAIL_ADDRESS_9> ", "<x>"])
    assert deltas[0] == "if a <= b"  # "<=" can never become a placeholder
    assert final == "if a <= b and <EMAIL_ADDRESS_9> <x>"  # unknown placeholders stay as they are
    deltas, final = _stream_text(sclient, fake, ["<EMAIL_ADDRESS_1><EMAIL_", "ADDRESS_2><CREDIT_CARD_1>"])
    assert deltas[0] == EMAIL and final == f"{EMAIL}{EMAIL2}{CARD}"


def test_stream_true_iteration_and_audit(sclient: Any, fake: FakeAnthropic, records: list[dict[str, Any]]) -> None:
    fake.queue(Reply.text(TEXT, chunks=["Hi <EMAIL", "_ADDRESS_1>!"]))
    stream = sclient.messages.create(model=MODEL, max_tokens=8, messages=GO, stream=True)
    kinds = [e.type for e in stream]
    assert kinds == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    (record,) = records
    assert record["stream"] is True and record["response"]["placeholders_restored"] == 1
    assert record["status"] == 200 and record["request_id"].startswith("req_fake_")


def test_abandoned_stream_still_audits(sclient: Any, fake: FakeAnthropic, records: list[dict[str, Any]]) -> None:
    fake.queue(Reply.text("a b c d", chunks=["a ", "b ", "c ", "d"]))
    with sclient.messages.stream(model=MODEL, max_tokens=8, messages=GO) as s:
        for _ in s:
            break
    assert len(records) == 1


# ------------------------------------------------------------------ response policy on streams
def _redacting_client(fake: FakeAnthropic, records: list[dict[str, Any]], **options: Any) -> Any:
    guard = make_guard()  # INTERNAL_TOKEN: redacted in responses too
    session = guard.new_session()
    guard.sanitize(EMAIL, session=session)
    base = anthropic.Anthropic(api_key="k", base_url=fake.base_url)
    return protect(base, guard=guard, session=session, audit=records.append, **options)


@pytest.fixture
def redacting(fake: FakeAnthropic, records: list[dict[str, Any]]) -> Any:
    return _redacting_client(fake, records)


@pytest.mark.parametrize("window", [None, 0])
def test_stream_redacts_a_leak_split_at_every_position(
    fake: FakeAnthropic, records: list[dict[str, Any]], window: int | None
) -> None:
    redacting = _redacting_client(fake, records, **({} if window is None else {"response_window": window}))
    text = f"The token is {TOKEN} for <EMAIL_ADDRESS_1>, " + "and then some ordinary words follow here. " * 3
    expected = text.replace(TOKEN, "<INTERNAL_TOKEN>").replace("<EMAIL_ADDRESS_1>", EMAIL)
    lo, hi = text.index(TOKEN) - 2, text.index(TOKEN) + len(TOKEN) + 2
    for cut in range(lo, hi):
        deltas, final = _stream_text(redacting, fake, [text[:cut], text[cut:]])
        assert final == expected == "".join(deltas), cut
        assert not any(TOKEN[:6] in d for d in deltas), cut


def test_stream_redaction_releases_text_before_the_end(redacting: Any, fake: FakeAnthropic) -> None:
    words = [f"word{i} " for i in range(60)]
    deltas, final = _stream_text(redacting, fake, words)
    assert final == "".join(words)
    assert len(deltas) > 10  # released as it goes, not buffered to the end


def test_stream_block_stops_before_the_value(fake: FakeAnthropic) -> None:
    guard = make_guard(entities={"INTERNAL_TOKEN": {"prompt": "redact", "response": "block"}})
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=guard, audit=None)
    seen: list[str] = []
    chunks = ["Sure, ", "here it is: ", TOKEN[:5], TOKEN[5:], " done"]
    fake.queue(Reply.text("".join(chunks), chunks=chunks))
    with pytest.raises(PromptBlocked):
        with client.messages.stream(model=MODEL, max_tokens=8, messages=GO) as s:
            for text in s.text_stream:
                seen.append(text)
    assert TOKEN[:5] not in "".join(seen)


# ------------------------------------------------------------------------------ async
def test_async_every_split_position(fake: FakeAnthropic, report_guard: Any, session: Any) -> None:
    client = protect(
        anthropic.AsyncAnthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session, audit=None
    )

    async def run() -> None:
        for chunks in _splits(TEXT, 2):
            fake.queue(Reply.text(TEXT, chunks=chunks))
            deltas = []
            async with client.messages.stream(model=MODEL, max_tokens=8, messages=GO) as s:
                async for text in s.text_stream:
                    deltas.append(text)
                final = (await s.get_final_message()).content[0].text
            assert "".join(deltas) == RESTORED == final, chunks
        fake.queue(Reply.text(TEXT, chunks=["Hi <E", "MAIL_ADDRESS_1>!"]))
        stream = await client.messages.create(model=MODEL, max_tokens=8, messages=GO, stream=True)
        texts = [e.delta.text async for e in stream if e.type == "content_block_delta"]
        assert texts == ["Hi ", f"{EMAIL}!"]

    asyncio.run(run())


def test_a_long_token_is_never_split_by_the_window(fake: FakeAnthropic, records: list[dict[str, Any]]) -> None:
    # 120 characters without whitespace, longer than the window: released whole or not at all.
    blob = "Zx" * 60
    client = _redacting_client(fake, records)
    chunks = ["see ", *[blob[i : i + 10] for i in range(0, len(blob), 10)], " end"]
    deltas, final = _stream_text(client, fake, chunks)
    assert final == f"see {blob} end"
    assert any(blob in d for d in deltas)  # one delta carries the whole token


@pytest.mark.parametrize("stream", [False, True])
def test_citations_are_restored_and_their_titles_sanitized_when_sent_back(
    fake: FakeAnthropic, report_guard: Any, stream: bool
) -> None:
    """A cited passage and the cited document's title carry the request's placeholders: both
    come back restored, streamed (``citations_delta``) or not, and both are sanitized again
    when the answer is sent back as history."""
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, audit=None)
    document = {
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": f"Contact: {EMAIL2}"},
        "title": f"Notes on {EMAIL}",
        "citations": {"enabled": True},
    }
    messages: list[dict[str, Any]] = [{"role": "user", "content": [document, {"type": "text", "text": "who?"}]}]
    citation = {
        "type": "char_location",
        "cited_text": "Contact: <EMAIL_ADDRESS_2>",
        "document_index": 0,
        "document_title": "Notes on <EMAIL_ADDRESS_1>",
        "start_char_index": 0,
        "end_char_index": 26,
    }
    fake.queue(Reply.blocks({"type": "text", "text": "It is <EMAIL_ADDRESS_2>.", "citations": [citation]}))
    if stream:
        with client.messages.stream(model=MODEL, max_tokens=64, messages=messages) as s:
            deltas = [
                e.delta.citation for e in s if e.type == "content_block_delta" and e.delta.type == "citations_delta"
            ]
            answer = s.get_final_message()
        assert [(c.cited_text, c.document_title) for c in deltas] == [(f"Contact: {EMAIL2}", f"Notes on {EMAIL}")]
    else:
        answer = client.messages.create(model=MODEL, max_tokens=64, messages=messages)
    block = answer.content[0]
    assert block.text == f"It is {EMAIL2}."
    assert (block.citations[0].cited_text, block.citations[0].document_title) == (
        f"Contact: {EMAIL2}",
        f"Notes on {EMAIL}",
    )
    messages += [{"role": "assistant", "content": answer.content}, {"role": "user", "content": "thanks"}]
    client.messages.create(model=MODEL, max_tokens=8, messages=messages)
    sent = fake.requests[-1].body["messages"][1]["content"][0]["citations"][0]
    assert (sent["cited_text"], sent["document_title"]) == ("Contact: <EMAIL_ADDRESS_2>", "Notes on <EMAIL_ADDRESS_1>")
    assert_no_leak(fake, EMAIL, EMAIL2)
