"""Message Batches through the real SDK and the local fake API over HTTP.

``batches.create`` is sanitized like any request; ``batches.results(id)`` read through the same
client comes back restored, each result with only the placeholders its own request produced
(the response policy applies as to a message). Results the client cannot restore (another
client or process) pass through, and ``restore_message`` restores them explicitly.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from typing import Any

import anthropic
import pytest
from anthropic_helpers import COMPANY, EMAIL, EMAIL2, TOKEN, assert_no_leak, make_guard
from fake_anthropic import FakeAnthropic, Reply

from promptguard.errors import InputError
from promptguard.integrations.anthropic import protect, restore_message
from promptguard.integrations.anthropic.audit import CallAudit
from promptguard.integrations.anthropic.batches import BLOCKED_ERROR_TYPE, BatchRecord, BatchResultsRewriter

pytestmark = pytest.mark.network  # a real uvicorn server on 127.0.0.1

MODEL = "claude-test"


def _entry(custom_id: str, text: str) -> dict[str, Any]:
    return {
        "custom_id": custom_id,
        "params": {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": text}]},
    }


# a: produces <EMAIL_ADDRESS_1>; b: <EMAIL_ADDRESS_2> and <COMPANY_1>; c: only types placeholders
# (another request's values: in a batch mixing users' data, c could be anyone).
REQUESTS = [
    _entry("a", f"mail {EMAIL}"),
    _entry("b", f"mail {EMAIL2} at {COMPANY}"),
    _entry("c", "repeat <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"),
]
REPLIES = [
    Reply.text("Sent to <EMAIL_ADDRESS_1>, not <EMAIL_ADDRESS_2>"),
    Reply.tool_use("mail", {"to": "<EMAIL_ADDRESS_2>", "org": "<COMPANY_1>"}, text="On it, <EMAIL_ADDRESS_2>"),
    Reply.text("Sure: <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"),
]


@pytest.fixture(scope="module")
def report_guard() -> Any:
    return make_guard(entities={})


@pytest.fixture
def session(report_guard: Any) -> Any:
    """Both addresses already numbered in the session (earlier traffic of the same client)."""
    session = report_guard.new_session()
    assert report_guard.sanitize(f"{EMAIL} {EMAIL2}", session=session).text == "<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2>"
    return session


def _by_id(results: Any) -> dict[str, Any]:
    return {r.custom_id: r.result for r in results}


def _check_restored(results: dict[str, Any]) -> None:
    assert results["a"].message.content[0].text == f"Sent to {EMAIL}, not <EMAIL_ADDRESS_2>"
    b = results["b"].message.content
    assert b[0].text == f"On it, {EMAIL2}"
    assert b[1].input == {"to": EMAIL2, "org": COMPANY}
    # c sent no value: what it typed stays a placeholder, never a, b or the session's values.
    assert results["c"].message.content[0].text == "Sure: <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"


def test_results_are_restored_per_request(
    fake: FakeAnthropic, report_guard: Any, session: Any, records: list[dict[str, Any]]
) -> None:
    client = protect(
        anthropic.Anthropic(api_key="k", base_url=fake.base_url),
        guard=report_guard,
        session=session,
        audit=records.append,
    )
    batch = client.messages.batches.create(requests=REQUESTS)
    sent = [e["params"]["messages"][0]["content"] for e in fake.requests[-1].body["requests"]]
    assert sent == [
        "mail <EMAIL_ADDRESS_1>",
        "mail <EMAIL_ADDRESS_2> at <COMPANY_1>",
        REQUESTS[2]["params"]["messages"][0]["content"],
    ]
    fake.queue(*REPLIES)
    _check_restored(_by_id(client.messages.batches.results(batch.id)))
    assert_no_leak(fake, EMAIL, EMAIL2, COMPANY)
    assert [r["route"] for r in records] == ["batches", "batch_results"]
    assert records[1]["response"]["placeholders_restored"] == 4 and records[1]["status"] == 200


def test_async_client(fake: FakeAnthropic, report_guard: Any, session: Any) -> None:
    client = protect(
        anthropic.AsyncAnthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session, audit=None
    )

    async def run() -> dict[str, Any]:
        batch = await client.messages.batches.create(requests=REQUESTS)
        fake.queue(*REPLIES)
        return _by_id([r async for r in await client.messages.batches.results(batch.id)])

    _check_restored(asyncio.run(run()))


def test_the_response_policy_applies_to_results(fake: FakeAnthropic, records: list[dict[str, Any]]) -> None:
    redacting = make_guard()  # INTERNAL_TOKEN is redacted in responses
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=redacting, audit=None)
    batch = client.messages.batches.create(requests=[_entry("a", f"mail {EMAIL}")])
    fake.queue(Reply.text(f"key {TOKEN} for <EMAIL_ADDRESS_1>"))
    (result,) = client.messages.batches.results(batch.id)
    assert result.result.message.content[0].text == f"key <INTERNAL_TOKEN> for {EMAIL}"

    blocking = make_guard(entities={"INTERNAL_TOKEN": {"prompt": "redact", "response": "block"}})
    client = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=blocking, audit=records.append)
    batch = client.messages.batches.create(requests=[_entry("a", "hello"), _entry("b", "again")])
    fake.queue(Reply.text("fine"), Reply.text(f"key {TOKEN}"))
    results = _by_id(client.messages.batches.results(batch.id))
    assert results["a"].message.content[0].text == "fine"  # the others go on
    # The blocked answer never reaches the app: an errored result saying why.
    assert results["b"].type == "errored" and results["b"].error.error.type == BLOCKED_ERROR_TYPE
    assert "INTERNAL_TOKEN" in results["b"].error.error.message and TOKEN not in str(results["b"])
    assert records[-1]["route"] == "batch_results" and records[-1]["blocked"] is True


def test_results_read_elsewhere_pass_through_and_restore_message_restores_them(
    fake: FakeAnthropic, report_guard: Any, session: Any, caplog: pytest.LogCaptureFixture
) -> None:
    creator = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session)
    batch = creator.messages.batches.create(requests=REQUESTS[:2])
    # Another client (another process, a restart): it never saw the batch.
    reader = protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=report_guard, session=session)
    fake.queue(*REPLIES[:2])
    with caplog.at_level(logging.WARNING, logger="promptguard"):
        results = _by_id(reader.messages.batches.results(batch.id))
    assert "restore_message" in caplog.text and "response policy not applied" in caplog.text
    assert results["a"].message.content[0].text == "Sent to <EMAIL_ADDRESS_1>, not <EMAIL_ADDRESS_2>"
    restored = restore_message(results["b"].message, session.id, report_guard)
    assert isinstance(restored, anthropic.types.Message)
    assert restored.content[0].text == f"On it, {EMAIL2}"
    assert restored.content[1].input == {"to": EMAIL2, "org": COMPANY}
    # Per request, as the client would: only what that request produced.
    only_a = restore_message(results["a"].message, session, report_guard, only={"<EMAIL_ADDRESS_1>"})
    assert only_a.content[0].text == f"Sent to {EMAIL}, not <EMAIL_ADDRESS_2>"
    as_dict = restore_message(results["a"].message.model_dump(), session, report_guard)
    assert as_dict["content"][0]["text"] == f"Sent to {EMAIL}, not {EMAIL2}"


def test_restore_responses_false_keeps_results_as_they_are(
    fake: FakeAnthropic, report_guard: Any, session: Any
) -> None:
    client = protect(
        anthropic.Anthropic(api_key="k", base_url=fake.base_url),
        guard=report_guard,
        session=session,
        restore_responses=False,
    )
    batch = client.messages.batches.create(requests=REQUESTS[:1])
    fake.queue(REPLIES[0])
    (result,) = client.messages.batches.results(batch.id)
    assert result.result.message.content[0].text == "Sent to <EMAIL_ADDRESS_1>, not <EMAIL_ADDRESS_2>"


# ------------------------------------------------------------------------------ unit
def test_lines_cut_anywhere_come_out_whole(report_guard: Any, session: Any) -> None:
    lines = [
        {
            "custom_id": "a",
            "result": {
                "type": "succeeded",
                "message": {
                    "id": "m",
                    "type": "message",
                    "role": "assistant",
                    "model": MODEL,
                    "content": [{"type": "text", "text": "to <EMAIL_ADDRESS_1>"}],
                },
            },
        },
        {
            "custom_id": "x",
            "result": {
                "type": "errored",
                "error": {"type": "error", "error": {"type": "api_error", "message": "<no>"}},
            },
        },
    ]
    body = b"".join(json.dumps(line).encode() + b"\r\n" for line in lines) + b'{"custom_id": "y"}'
    record = BatchRecord(session, {"a": frozenset({"<EMAIL_ADDRESS_1>"})})

    def rewrite(chunks: list[bytes]) -> bytes:
        rw = BatchResultsRewriter(
            report_guard, record, CallAudit(route="batch_results"), rewrites=False, max_placeholder=64
        )
        return b"".join(rw.feed_bytes(c) for c in chunks) + rw.end_bytes()

    whole = rewrite([body])
    first, second, third = whole.split(b"\r\n")
    assert json.loads(first)["result"]["message"]["content"][0]["text"] == f"to {EMAIL}"
    assert second + b"\r\n" + third == body.split(b"\r\n", 1)[1]  # lines it does not change: the same bytes
    for a, b in itertools.combinations(range(1, len(body)), 2):
        if (b - a) % 7 == 0 or a < 4:  # a spread of two-cut splits (all of them would be slow)
            assert rewrite([body[:a], body[a:b], body[b:]]) == whole, (a, b)


def test_a_result_nested_too_deeply_is_withheld_and_the_others_go_on(report_guard: Any, session: Any) -> None:
    # json.loads reads ~990 levels, the message walk fewer: such a result must not pass unchecked,
    # nor end the reading (the SDK would lose the batch's other results).
    deep: Any = "secret"
    for _ in range(900):
        deep = {"k": deep}
    lines = [
        {
            "custom_id": "deep",
            "result": {
                "type": "succeeded",
                "message": {
                    "id": "m1",
                    "type": "message",
                    "role": "assistant",
                    "model": MODEL,
                    "content": [{"type": "tool_use", "id": "t", "name": "f", "input": deep}],
                },
            },
        },
        {
            "custom_id": "a",
            "result": {
                "type": "succeeded",
                "message": {
                    "id": "m2",
                    "type": "message",
                    "role": "assistant",
                    "model": MODEL,
                    "content": [{"type": "text", "text": "to <EMAIL_ADDRESS_1>"}],
                },
            },
        },
    ]
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    record = BatchRecord(session, {"a": frozenset({"<EMAIL_ADDRESS_1>"})})
    rw = BatchResultsRewriter(
        report_guard, record, CallAudit(route="batch_results"), rewrites=False, max_placeholder=64
    )
    out = (rw.feed_bytes(body) + rw.end_bytes()).split(b"\n")
    first, second = json.loads(out[0]), json.loads(out[1])
    assert first["result"]["type"] == "errored"
    assert first["result"]["error"]["error"]["type"] == BLOCKED_ERROR_TYPE
    assert second["result"]["message"]["content"][0]["text"] == f"to {EMAIL}"


@pytest.mark.parametrize(
    ("message", "session_id"), [(None, "s"), (42, "s"), ({"content": []}, None), ({"content": []}, "")]
)
def test_restore_message_says_what_is_wrong_with_its_arguments(
    report_guard: Any, message: Any, session_id: Any
) -> None:
    with pytest.raises(InputError, match="restore_message"):
        restore_message(message, session_id, report_guard)
