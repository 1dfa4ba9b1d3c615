"""The middleware's cheap paths behave as the general ones: a prompt sanitizing leaves alone
goes out as it came; stream bodies are rewritten as bytes, whatever the chunking, line ends
or content encoding."""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anthropic
import httpx2
import pytest
from anthropic_helpers import EMAIL, EMAIL2, make_guard
from fake_anthropic import FakeAnthropic

from promptguard.integrations.anthropic import protect
from promptguard.integrations.anthropic.audit import CallAudit
from promptguard.integrations.anthropic.request import walk_request
from promptguard.integrations.anthropic.response import ResponseGuard
from promptguard.integrations.anthropic.stream import SseRewriter

MODEL = "claude-test"
CLEAN = "Please summarize the quarterly notes for the board."


# ------------------------------------------------------------------ request walk
def test_a_walk_that_changes_nothing_returns_the_body_itself() -> None:
    body = {
        "model": MODEL,
        "system": [{"type": "text", "text": "S"}],
        "messages": [
            {"role": "user", "content": "U"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "n", "input": {"q": ["I"]}}]},
        ],
    }
    assert walk_request(body, lambda t, _s: t) is body
    # An equal string that is another object is no change either.
    assert walk_request(body, lambda t, _s: "".join(list(t))) is body


def test_a_walk_copies_only_the_path_to_a_changed_text() -> None:
    body = {
        "model": MODEL,
        "system": "S",
        "messages": [{"role": "user", "content": "U1"}, {"role": "user", "content": [{"type": "text", "text": "U2"}]}],
    }
    before = copy.deepcopy(body)
    out = walk_request(body, lambda t, _s: t + "!" if t == "U2" else t)
    assert body == before  # the caller's body is never mutated
    assert out is not body and out["messages"] is not body["messages"]
    assert out["messages"][0] is body["messages"][0]  # untouched: shared, not copied
    assert out["messages"][1]["content"][0] == {"type": "text", "text": "U2!"}
    assert out["system"] == "S" and out["model"] == MODEL


# --------------------------------------------------------------- request bodies
class _Recorder(anthropic.Middleware):  # type: ignore[misc]
    def __init__(self) -> None:
        self.requests: list[Any] = []

    def handle(self, request: Any, call_next: Any) -> Any:
        self.requests.append(request)
        return call_next(request)


@pytest.mark.network
def test_a_clean_prompt_goes_out_as_it_came(fake: FakeAnthropic) -> None:
    guard = make_guard()
    records: list[dict[str, Any]] = []
    outer, inner = _Recorder(), _Recorder()
    base = anthropic.Anthropic(api_key="k", base_url=fake.base_url, max_retries=0)
    client = protect(base.with_middleware(outer), guard=guard, audit=records.append).with_middleware(inner)
    messages = [{"role": "user", "content": CLEAN}, {"role": "assistant", "content": "Sure."}]
    base.messages.create(model=MODEL, max_tokens=16, messages=messages)
    client.messages.create(model=MODEL, max_tokens=16, messages=messages)
    plain_raw, guarded_raw = fake.requests[-2].raw, fake.requests[-1].raw
    assert guarded_raw == plain_raw  # byte-identical body
    assert inner.requests[0] is outer.requests[0]  # the very request object, not a rebuilt copy
    assert records[0]["texts"] == 2 and records[0]["verdict"] == "clean"


@pytest.mark.network
def test_a_changed_prompt_is_rewritten_and_the_rest_kept(fake: FakeAnthropic) -> None:
    guard = make_guard()
    outer, inner = _Recorder(), _Recorder()
    base = anthropic.Anthropic(api_key="k", base_url=fake.base_url, max_retries=0)
    client = protect(base.with_middleware(outer), guard=guard, audit=None).with_middleware(inner)
    messages = [{"role": "user", "content": CLEAN}, {"role": "user", "content": f"mail {EMAIL}"}]
    before = copy.deepcopy(messages)
    client.messages.create(model=MODEL, max_tokens=16, messages=messages)
    assert messages == before
    sent = fake.requests[-1].body
    assert sent["messages"][0] == {"role": "user", "content": CLEAN}
    assert sent["messages"][1] == {"role": "user", "content": "mail <EMAIL_ADDRESS_1>"}
    assert EMAIL not in fake.requests[-1].raw.decode()
    assert inner.requests[0] is not outer.requests[0]
    assert outer.requests[0].json["messages"][1]["content"] == f"mail {EMAIL}"  # the original request untouched


@pytest.mark.network
def test_a_clean_prompt_retried_goes_out_unchanged_each_time(fake: FakeAnthropic) -> None:
    records: list[dict[str, Any]] = []
    client = protect(
        anthropic.Anthropic(api_key="k", base_url=fake.base_url, max_retries=2),
        guard=make_guard(),
        audit=records.append,
    )
    fake.fail_next(529)
    client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": CLEAN}])
    assert [r.body["messages"][0]["content"] for r in fake.requests] == [CLEAN, CLEAN]
    assert [r["attempt"] for r in records] == [0, 1]
    assert [r["status"] for r in records] == [529, 200]


# ---------------------------------------------------------------- stream bodies
def _sse(deltas: list[str], *, newline: str = "\n") -> bytes:
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 1},
    }
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": message}),
        ("ping", {"type": "ping"}),
        (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
    ]
    for d in deltas:
        events.append(
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": d}},
            )
        )
    events += [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 5},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    nl = newline
    return "".join(f"event: {e}{nl}data: {json.dumps(d)}{nl}{nl}" for e, d in events).encode()


def _pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] if size else [data]


class _Chunks(httpx2.SyncByteStream):  # type: ignore[misc]
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks


class _AsyncChunks(httpx2.AsyncByteStream):  # type: ignore[misc]
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for c in self.chunks:
            yield c


def _handler(body: bytes, size: int, *, encoding: str | None = None, is_async: bool = False) -> Any:
    sent: list[bytes] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.read() if not is_async else request.content)
        headers = {"content-type": "text/event-stream", "request-id": "req_1"}
        data = body
        if encoding == "gzip":
            headers["content-encoding"] = "gzip"
            data = gzip.compress(body)
        chunks = _pieces(data, size)
        stream = _AsyncChunks(chunks) if is_async else _Chunks(chunks)
        return httpx2.Response(200, headers=headers, stream=stream)

    reply.sent = sent  # type: ignore[attr-defined]
    return reply


def _client(handler: Any, guard: Any, records: list[dict[str, Any]]) -> Any:
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    base = anthropic.Anthropic(api_key="k", base_url="http://api.test", http_client=http, max_retries=0)
    return protect(base, guard=guard, audit=records.append)


def _read(client: Any, prompt: str, body_type: str = "_RewrittenBody") -> tuple[list[str], str]:
    deltas: list[str] = []
    with client.messages.stream(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": prompt}]) as s:
        # The body rewritten in place, or (compressed) a stand-in response over the decoded body.
        assert type(s.response.stream).__name__ == body_type
        for event in s:
            if event.type == "content_block_delta":
                deltas.append(event.delta.text)
        final = s.get_final_message().content[0].text
    return deltas, final


DELTAS = ["Write to <EMA", "IL_ADDRESS_1> or ", "<EMAIL_ADDRESS_2", ">, not <NAME_9>."]
RESTORED = f"Write to {EMAIL} or {EMAIL2}, not <NAME_9>."


@pytest.mark.parametrize("size", [0, 1, 3, 7, 64])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_stream_restores_across_any_chunking_and_line_ends(size: int, newline: str) -> None:
    records: list[dict[str, Any]] = []
    handler = _handler(_sse(DELTAS, newline=newline), size)
    client = _client(handler, make_guard(entities={}), records)
    deltas, final = _read(client, f"{EMAIL} and {EMAIL2}")
    assert final == RESTORED and "".join(deltas) == RESTORED
    assert EMAIL.encode() not in handler.sent[0]
    assert records[0]["response"]["placeholders_restored"] == 2
    assert records[0]["request_id"] == "req_1" and records[0]["stream"] is True


def test_a_compressed_stream_is_rewritten_decoded() -> None:
    records: list[dict[str, Any]] = []
    client = _client(_handler(_sse(DELTAS), 5, encoding="gzip"), make_guard(entities={}), records)
    deltas, final = _read(client, f"{EMAIL} and {EMAIL2}", "_FrameStream")
    assert final == RESTORED and "".join(deltas) == RESTORED
    assert records[0]["response"]["placeholders_restored"] == 2


def test_a_rewriting_policy_still_redacts_in_rechunked_streams() -> None:
    records: list[dict[str, Any]] = []
    from anthropic_helpers import TOKEN

    answer = ["The token is ", TOKEN[:5], TOKEN[5:], " and that is all there is to say about it today."]
    client = _client(_handler(_sse(answer), 4), make_guard(), records)
    _deltas, final = _read(client, "hello")
    assert TOKEN not in final and "<INTERNAL_TOKEN>" in final


def test_async_stream_restores_across_chunking() -> None:
    records: list[dict[str, Any]] = []
    handler = _handler(_sse(DELTAS), 3, is_async=True)

    async def run() -> tuple[list[str], str]:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
        base = anthropic.AsyncAnthropic(api_key="k", base_url="http://api.test", http_client=http, max_retries=0)
        client = protect(base, guard=make_guard(entities={}), audit=records.append)
        deltas: list[str] = []
        messages = [{"role": "user", "content": f"{EMAIL} and {EMAIL2}"}]
        async with client.messages.stream(model=MODEL, max_tokens=64, messages=messages) as s:
            async for event in s:
                if event.type == "content_block_delta":
                    deltas.append(event.delta.text)
            final = (await s.get_final_message()).content[0].text
        return deltas, final

    deltas, final = asyncio.run(run())
    assert final == RESTORED and "".join(deltas) == RESTORED
    assert records and records[0]["response"]["placeholders_restored"] == 2


@pytest.fixture
def rg() -> ResponseGuard:
    guard = make_guard(entities={})
    session = guard.new_session()
    made = guard.sanitize(f"{EMAIL} {EMAIL2}", session=session).text.split()
    return ResponseGuard(guard, session, CallAudit(route="messages"), rewrites=False, allowed=frozenset(made))


@pytest.mark.parametrize("size", [1, 2, 9, 0])
def test_frames_nothing_changes_go_on_as_the_same_bytes(rg: ResponseGuard, size: int) -> None:
    body = _sse(["Hello ", "there, ", "nothing < to restore here."])
    # Extra blank lines, a comment and a multi-line data field: all passed on byte for byte.
    body = body.replace(b"event: ping", b": keep-alive\nevent: ping", 1) + b"\n\nevent: x\ndata: a\ndata: b\n\n"
    rewriter = SseRewriter(rg)
    out = b"".join(rewriter.feed_bytes(p) for p in _pieces(body, size)) + rewriter.end_bytes()
    assert out == body


def test_frames_are_rewritten_and_the_rest_kept(rg: ResponseGuard) -> None:
    body = _sse(["Hi <EMAIL_", "ADDRESS_1>!"])
    rewriter = SseRewriter(rg)
    out = b"".join(rewriter.feed_bytes(p) for p in _pieces(body, 11)) + rewriter.end_bytes()
    frames = [f for f in out.split(b"\n\n") if f]
    datas = [json.loads(f.split(b"\ndata: ", 1)[1]) for f in frames]
    texts = [d["delta"]["text"] for d in datas if d["type"] == "content_block_delta"]
    assert texts == ["Hi ", f"{EMAIL}!"]
    assert [d["type"] for d in datas][-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert rewriter.report_texts() == ["Hi <EMAIL_ADDRESS_1>!"]
