"""Placeholders a model spells with JSON escapes in a tool's input: ``\\u003cEMAIL_ADDRESS_1\\u003e``.

A streamed ``tool_use`` block arrives as raw JSON text in ``input_json_delta`` pieces, and JSON
may write any character of a string as ``\\uXXXX`` (HTML-safe encoders always write ``<`` and
``>`` so). Such a placeholder is restored in the deltas and in the final message's tool input,
wherever the deltas cut it (inside an escape included), and nothing else changes. Real SDK, real
SSE over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from anthropic_helpers import COMPANY, EMAIL, EMAIL2, assert_no_leak, email_response_guard, make_guard
from fake_anthropic import FakeAnthropic, Reply
from hypothesis import given
from hypothesis import strategies as st

from promptguard.integrations.anthropic import protect
from promptguard.integrations.anthropic.response import json_decoded

pytestmark = pytest.mark.network  # a real uvicorn server on 127.0.0.1

MODEL = "claude-test"
GO = [{"role": "user", "content": f"go: {EMAIL} {EMAIL2} {COMPANY}"}]
# <EMAIL_ADDRESS_1> with lower-case escapes, <EMAIL_ADDRESS_2> with upper-case ones (both are JSON).
RAW = '{"to": "\\u003cEMAIL_ADDRESS_1\\u003e", "cc": ["\\u003CEMAIL_ADDRESS_2\\u003E"]}'
EXPECTED = {"to": EMAIL, "cc": [EMAIL2]}


@pytest.fixture(scope="module")
def report_guard() -> Any:
    return make_guard(entities={})  # responses reported, not rewritten: deltas held only at placeholder tails


@pytest.fixture
def session(report_guard: Any) -> Any:
    session = report_guard.new_session()
    assert report_guard.sanitize(f"{EMAIL} {EMAIL2} {COMPANY}", session=session).text == (
        "<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2> <COMPANY_1>"
    )
    return session


@pytest.fixture
def sclient(fake: FakeAnthropic, report_guard: Any, session: Any, records: list[dict[str, Any]]) -> Any:
    base = anthropic.Anthropic(api_key="k", base_url=fake.base_url)
    return protect(base, guard=report_guard, session=session, audit=records.append)


def _stream_tool(client: Any, fake: FakeAnthropic, chunks: list[str], messages: Any = GO) -> tuple[list[str], Any]:
    fake.queue(Reply.tool_use("mail", json.loads("".join(chunks)), json_chunks=chunks))
    partial: list[str] = []
    with client.messages.stream(model=MODEL, max_tokens=64, messages=messages) as s:
        for event in s:
            if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                partial.append(event.delta.partial_json)
        block = s.get_final_message().content[0]
    return partial, block.input


def _cuts(raw: str, lo: int, hi: int) -> Iterator[list[str]]:
    """Every 2-delta split of ``raw``, and every 3-delta split with both cuts in ``raw[lo:hi]``."""
    for a in range(1, len(raw)):
        yield [raw[:a], raw[a:]]
    for a, b in itertools.combinations(range(lo + 1, hi), 2):
        yield [raw[:a], raw[a:b], raw[b:]]


def test_escaped_placeholders_are_restored_at_every_split(
    sclient: Any, fake: FakeAnthropic, records: list[dict[str, Any]]
) -> None:
    start = RAW.index("\\u003c")
    end = RAW.index("\\u003e") + len("\\u003e")
    for chunks in _cuts(RAW, start, end):
        partial, final = _stream_tool(sclient, fake, chunks)
        joined = "".join(partial)
        assert json.loads(joined) == EXPECTED == final, chunks
        # No piece of a placeholder, escaped or not, ever reaches the app.
        assert not any("EMAIL" in p or "u003" in p.lower() for p in partial), chunks
        assert records[-1]["response"]["placeholders_restored"] == 2, chunks
    assert_no_leak(fake, EMAIL, EMAIL2)


def test_any_escaped_character_and_other_escapes_around_it(sclient: Any, fake: FakeAnthropic) -> None:
    # "E" written as \u0045; quotes, a newline and a non-ASCII letter escaped next to the placeholders;
    # COMPANY's value needs escaping itself (quotes, a backslash) when restored into JSON.
    raw = '{"body": "Hi\\n\\"\\u003c\\u0045MAIL_ADDRESS_1\\u003e\\" caf\\u00e9 \\u003cCOMPANY_1>\\t"}'
    expected = {"body": f'Hi\n"{EMAIL}" café {COMPANY}\t'}
    start = raw.index("\\u003c")
    end = raw.index("\\u003e") + len("\\u003e")
    for chunks in _cuts(raw, start, end):
        partial, final = _stream_tool(sclient, fake, chunks)
        assert json.loads("".join(partial)) == expected == final, chunks


def test_what_is_not_a_placeholder_goes_through_byte_for_byte(sclient: Any, fake: FakeAnthropic) -> None:
    # An escaped backslash before "u003c" is the text \u003c, not "<"; "é" cut inside its escape;
    # a placeholder this request did not produce (typed) stays escaped as the model wrote it.
    raw = '{"a": "caf\\u00e9 \\\\u003cEMAIL_ADDRESS_1\\\\u003e", "b": "\\u003cEMAIL_ADDRESS_9\\u003e"}'
    for chunks in _cuts(raw, raw.index("\\u00e9"), raw.index("\\u00e9") + 6):
        partial, final = _stream_tool(sclient, fake, chunks)
        assert "".join(partial) == raw, chunks
        assert final == {"a": "café \\u003cEMAIL_ADDRESS_1\\u003e", "b": "<EMAIL_ADDRESS_9>"}, chunks


def test_a_typed_placeholder_is_not_restored_even_escaped(fake: FakeAnthropic, report_guard: Any) -> None:
    """The session knows <EMAIL_ADDRESS_2> (another request's value); this request only typed it."""
    session = report_guard.new_session()
    report_guard.sanitize(f"{EMAIL} {EMAIL2}", session=session)
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session)
    typed = [{"role": "user", "content": f"write to {EMAIL}, cc <EMAIL_ADDRESS_2>"}]
    raw = '{"to": "\\u003cEMAIL_ADDRESS_1\\u003e", "cc": "\\u003cEMAIL_ADDRESS_2\\u003e"}'
    partial, final = _stream_tool(client, fake, [raw[:20], raw[20:40], raw[40:]], messages=typed)
    assert final == {"to": EMAIL, "cc": "<EMAIL_ADDRESS_2>"}
    assert EMAIL2 not in "".join(partial)


def test_a_rewriting_policy_restores_escaped_placeholders_too(fake: FakeAnthropic) -> None:
    guard = make_guard()  # INTERNAL_TOKEN redacted in responses: tool input is buffered and rewritten
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=guard, audit=None)
    messages = [{"role": "user", "content": f"mail {EMAIL}"}]
    raw = '{"to": "\\u003cEMAIL_ADDRESS_1\\u003e", "note": "fine"}'
    partial, final = _stream_tool(client, fake, [raw[:14], raw[14:30], raw[30:]], messages=messages)
    assert json.loads("".join(partial)) == {"to": EMAIL, "note": "fine"} == final


def test_async_stream(fake: FakeAnthropic, report_guard: Any, session: Any) -> None:
    client = protect(
        anthropic.AsyncAnthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session, audit=None
    )

    async def run() -> None:
        for cut in range(RAW.index("\\u003c"), RAW.index("\\u003e") + 7):
            chunks = [RAW[:cut], RAW[cut:]]
            fake.queue(Reply.tool_use("mail", json.loads(RAW), json_chunks=chunks))
            partial = []
            async with client.messages.stream(model=MODEL, max_tokens=64, messages=GO) as s:
                async for event in s:
                    if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                        partial.append(event.delta.partial_json)
                final = (await s.get_final_message()).content[0].input
            assert json.loads("".join(partial)) == EXPECTED == final, cut

    asyncio.run(run())


# --------------------------------------------------------- a server writing HTML-safe JSON
@pytest.fixture(scope="module")
def html_safe() -> Iterator[FakeAnthropic]:
    with FakeAnthropic(html_safe=True) as server:
        yield server


@pytest.mark.parametrize("stream", [False, True])
def test_html_safe_server_json_is_restored_streamed_or_not(
    html_safe: FakeAnthropic, report_guard: Any, stream: bool
) -> None:
    """The whole body escapes < and > (\\u003c): text blocks and tool input, non-streamed and streamed."""
    html_safe.reset()
    client = protect(anthropic.Anthropic(api_key="k", base_url=html_safe.base_url), guard=report_guard, audit=None)
    html_safe.queue(
        Reply.tool_use(
            "mail",
            {"to": "<EMAIL_ADDRESS_1>", "n": "a < b"},
            text="Writing to <EMAIL_ADDRESS_1> & co",
            json_chunks=['{"to": "<EMAIL_', 'ADDRESS_1>", "n": "a < b"}'],
        )
    )
    messages = [{"role": "user", "content": f"mail {EMAIL}"}]
    if stream:
        with client.messages.stream(model=MODEL, max_tokens=64, messages=messages) as s:
            answer = s.get_final_message()
    else:
        answer = client.messages.create(model=MODEL, max_tokens=64, messages=messages)
    assert answer.content[0].text == f"Writing to {EMAIL} & co"
    assert answer.content[1].input == {"to": EMAIL, "n": "a < b"}
    assert_no_leak(html_safe, EMAIL)


# ------------------------------------------------------------------------------ units
def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


@given(st.text())
def test_json_decoded_reads_json_strings_as_json_does(value: str) -> None:
    for ensure_ascii in (True, False):
        raw = json.dumps(value, ensure_ascii=ensure_ascii)[1:-1]
        text, starts, end = json_decoded(raw)
        # A surrogate pair (\ud83d\ude00) reads as its two halves: the same UTF-16 text.
        assert _utf16(text) == _utf16(json.loads(f'"{raw}"'))
        assert end == len(raw) and len(starts) == len(text) + 1
        # Any prefix reads as a prefix; an escape cut off at its end is left for later, whole.
        for cut in range(len(raw) + 1):
            part, part_starts, part_end = json_decoded(raw[:cut])
            assert text.startswith(part) and part_starts[-1] == part_end
            assert json_decoded(raw[:part_end])[0] == part and part_end == starts[len(part)]


@pytest.fixture
def rg() -> Any:
    return email_response_guard()


@pytest.mark.parametrize(
    ("buffer", "held"),
    [
        ('"to": "\\u003cEMAIL_ADDRESS_1', "\\u003cEMAIL_ADDRESS_1"),
        ('"to": "\\u003', "\\u003"),  # an unfinished escape: held whatever it becomes
        ('"to": "\\', "\\"),
        ('"to": "\\u003c\\u0045M', "\\u003c\\u0045M"),
        ('"to": "\\\\u003cEMAIL', ""),  # the text \u003cEMAIL: no "<" in it
        ('"a\\nb", "c": "<EMA', "<EMA"),
        ('"\\u003cEMAIL_ADDRESS_1\\u003e', ""),
    ],
)
def test_json_hold_back(rg: Any, buffer: str, held: str) -> None:
    assert buffer[rg.hold_from_json(buffer) :] == held


def test_json_restore_keeps_every_other_byte(rg: Any) -> None:
    raw = '"\\u00e9 \\u003cEMAIL_ADDRESS_1\\u003e \\u003cEMAIL_ADDRESS_2\\u003e\\n"'
    assert rg.restore_json_fragment(raw) == f'"\\u00e9 {EMAIL} \\u003cEMAIL_ADDRESS_2\\u003e\\n"'
    assert rg.audit.response.placeholders_restored == 1
