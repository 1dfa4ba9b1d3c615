"""A local fake of the Anthropic Messages API: a real HTTP server on 127.0.0.1.

Point the real ``anthropic`` SDK at it (``base_url=fake.base_url``) to test what an app
sends and how it handles answers, streaming included, without network or API key::

    with FakeAnthropic() as fake:
        client = anthropic.Anthropic(api_key="test", base_url=fake.base_url)
        fake.queue(Reply.text("Hello <EMAIL_ADDRESS_1>", chunks=["Hello <EMA", "IL_ADDRESS_1>"]))
        client.messages.create(model="claude-test", max_tokens=64, messages=[...])
        fake.requests[-1].body   # the JSON body the server received

Routes: ``POST /v1/messages`` (JSON or real SSE with ``stream: true``; the ``?beta=true``
form too), ``POST /v1/messages/count_tokens``, ``POST /v1/messages/batches``, and for a batch
it received ``GET /v1/messages/batches/{id}`` (already ended) and ``GET .../results`` (JSON
lines, one per request, answered when read: queued replies in request order, else echoes).
Every request is recorded (method, path, query, headers, parsed body). With nothing queued, the fake
*echoes*: it answers with the text of the last user turn it received, which makes it easy to
check that whatever reached the server is what comes back. ``fail_next(529)`` makes the next
call(s) fail with an API error (``retry-after-ms: 1`` so SDK retries are instant).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FakeAnthropic", "RecordedRequest", "Reply"]

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    raw: bytes = field(repr=False)


@dataclass(frozen=True)
class Reply:
    """A canned answer. Build with :meth:`text`, :meth:`tool_use`, :meth:`blocks` or :meth:`error`."""

    content: tuple[dict[str, Any], ...] = ()
    chunks: tuple[tuple[str, ...] | None, ...] = ()
    """Per content block, how its text / JSON input is split into deltas (``None``: one delta)."""
    stop_reason: str = "end_turn"
    status: int = 200
    error_message: str = ""
    echo: bool = False

    @classmethod
    def text(cls, text: str, *, chunks: Sequence[str] | None = None) -> Reply:
        if chunks is not None and "".join(chunks) != text:
            raise ValueError("chunks must join to text")
        return cls(content=({"type": "text", "text": text},), chunks=(tuple(chunks) if chunks else None,))

    @classmethod
    def tool_use(
        cls,
        name: str,
        input: Mapping[str, Any],
        *,
        text: str | None = None,
        json_chunks: Sequence[str] | None = None,
        tool_id: str = "toolu_fake_1",
    ) -> Reply:
        """An answer calling a tool (after an optional text block); ``json_chunks`` split its JSON."""
        blocks: list[dict[str, Any]] = []
        chunks: list[tuple[str, ...] | None] = []
        if text is not None:
            blocks.append({"type": "text", "text": text})
            chunks.append(None)
        blocks.append({"type": "tool_use", "id": tool_id, "name": name, "input": dict(input)})
        if json_chunks is not None and json.loads("".join(json_chunks)) != dict(input):
            raise ValueError("json_chunks must join to the JSON of input")
        chunks.append(tuple(json_chunks) if json_chunks else None)
        return cls(content=tuple(blocks), chunks=tuple(chunks), stop_reason="tool_use")

    @classmethod
    def blocks(cls, *content: dict[str, Any], stop_reason: str = "end_turn") -> Reply:
        return cls(content=tuple(content), chunks=(None,) * len(content), stop_reason=stop_reason)

    @classmethod
    def error(cls, status: int = 529, message: str = "Overloaded") -> Reply:
        return cls(status=status, error_message=message)


def _last_user_text(body: Any) -> str:
    if not isinstance(body, Mapping):
        return ""
    for message in reversed(body.get("messages") or []):
        if not isinstance(message, Mapping) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            parts = []
            for block in content:
                if isinstance(block, Mapping):
                    if block.get("type") == "text":
                        parts.append(str(block.get("text", "")))
                    elif block.get("type") == "tool_result":
                        inner = block.get("content")
                        parts.append(inner if isinstance(inner, str) else json.dumps(inner))
            return "\n".join(parts)
    return ""


class FakeAnthropic:
    """The fake server. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    def __init__(self, *, model: str = "claude-fake", event_delay: float = 0.0, html_safe: bool = False) -> None:
        self.model = model
        self.event_delay = event_delay
        """Seconds between SSE events (0: as fast as possible)."""
        self.html_safe = html_safe
        """Write ``<``, ``>`` and ``&`` in the JSON it sends (bodies and SSE data) as ``\\u003c``,
        ``\\u003e``, ``\\u0026``, as HTML-safe encoders (Go's ``encoding/json``, some gateways) do."""
        self.requests: list[RecordedRequest] = []
        self.default_reply: Reply | None = None
        """Used when nothing is queued; ``None`` echoes the last user turn."""
        self._replies: deque[Reply] = deque()
        self._batches: dict[str, list[Any]] = {}  # batch id -> the requests it was created with
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.port = 0

    # ------------------------------------------------------------------ control
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def fail_next(self, status: int = 529, times: int = 1) -> None:
        """The next ``times`` calls fail with ``status`` before any queued reply is used."""
        with self._lock:
            for _ in range(times):
                self._replies.appendleft(Reply.error(status))

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._replies.clear()
            self._batches.clear()
            self.default_reply = None

    def bodies(self) -> list[Any]:
        return [r.body for r in self.requests]

    def received_text(self) -> str:
        """Everything the server ever received (bodies, headers, paths) as one string, for leak checks."""
        parts = []
        for r in self.requests:
            parts.append(r.raw.decode("utf-8", "replace"))
            parts.append(json.dumps(r.headers))
            parts.append(r.path + json.dumps(r.query))
        return "\n".join(parts)

    # ---------------------------------------------------------------- lifecycle
    def start(self) -> FakeAnthropic:
        import uvicorn

        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this: without it small SSE frames meet delayed ACKs (~40 ms).
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(self._app(), log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the fake Anthropic server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> FakeAnthropic:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _dumps(self, data: Any, *, compact: bool = False) -> str:
        # ``compact``: as Starlette's JSONResponse writes it (the JSON bodies), else as before (SSE data).
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(data)
        if self.html_safe:  # these characters occur only inside JSON strings: escaping them keeps the value
            text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text

    # -------------------------------------------------------------------- app
    def _app(self) -> Any:
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse, Response, StreamingResponse
        from starlette.routing import Route

        async def record(request: Request) -> RecordedRequest:
            raw = await request.body()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            rec = RecordedRequest(
                method=request.method,
                path=request.url.path,
                query=dict(request.query_params),
                headers={k.lower(): v for k, v in request.headers.items()},
                body=body,
                raw=raw,
            )
            with self._lock:
                self.requests.append(rec)
            return rec

        def next_reply(body: Any) -> Reply:
            with self._lock:
                reply = self._replies.popleft() if self._replies else None
            if reply is None:
                reply = self.default_reply
            if reply is None or reply.echo:
                return Reply.text(_last_user_text(body) or "(empty)")
            return reply

        def headers(n: int) -> dict[str, str]:
            return {"request-id": f"req_fake_{n:04d}"}

        def error_response(reply: Reply, n: int) -> Response:
            kind = _ERROR_TYPES.get(reply.status, "api_error")
            payload = {"type": "error", "error": {"type": kind, "message": reply.error_message}}
            return JSONResponse(payload, status_code=reply.status, headers={**headers(n), "retry-after-ms": "1"})

        def make_message(reply: Reply, body: Any, n: int, size: int) -> dict[str, Any]:
            body = body if isinstance(body, Mapping) else {}
            return {
                "id": f"msg_fake_{n:04d}",
                "type": "message",
                "role": "assistant",
                "model": str(body.get("model") or self.model),
                "content": [dict(b) for b in reply.content],
                "stop_reason": reply.stop_reason,
                "stop_sequence": None,
                "usage": {"input_tokens": max(1, size // 4), "output_tokens": 1 + len(json.dumps(reply.content)) // 4},
            }

        async def messages(request: Request) -> Response:
            rec = await record(request)
            n = next(self._ids)
            reply = next_reply(rec.body)
            if reply.status != 200:
                return error_response(reply, n)
            body = rec.body if isinstance(rec.body, Mapping) else {}
            message = make_message(reply, body, n, len(rec.raw))
            if body.get("stream"):
                return StreamingResponse(self._sse(message, reply), media_type="text/event-stream", headers=headers(n))
            return Response(self._dumps(message, compact=True), media_type="application/json", headers=headers(n))

        async def count_tokens(request: Request) -> Response:
            rec = await record(request)
            n = next(self._ids)
            with self._lock:
                failing = self._replies and self._replies[0].status != 200
                reply = self._replies.popleft() if failing else None
            if reply is not None:
                return error_response(reply, n)
            return JSONResponse({"input_tokens": max(1, len(rec.raw) // 4)}, headers=headers(n))

        def batch_object(batch_id: str, count: int, *, ended: bool) -> dict[str, Any]:
            done = {"processing": 0, "succeeded": count} if ended else {"processing": count, "succeeded": 0}
            return {
                "id": batch_id,
                "type": "message_batch",
                "processing_status": "ended" if ended else "in_progress",
                "request_counts": {**done, "errored": 0, "canceled": 0, "expired": 0},
                "ended_at": "2026-01-01T01:00:00Z" if ended else None,
                "created_at": "2026-01-01T00:00:00Z",
                "expires_at": "2026-01-02T00:00:00Z",
                "archived_at": None,
                "cancel_initiated_at": None,
                "results_url": f"{self.base_url}/v1/messages/batches/{batch_id}/results" if ended else None,
            }

        async def batches(request: Request) -> Response:
            rec = await record(request)
            n = next(self._ids)
            entries = (rec.body or {}).get("requests") if isinstance(rec.body, Mapping) else None
            entries = list(entries) if isinstance(entries, list) else []
            batch_id = f"msgbatch_fake_{n:04d}"
            with self._lock:
                self._batches[batch_id] = entries
            return JSONResponse(batch_object(batch_id, len(entries), ended=False), headers=headers(n))

        def known_batch(request: Request) -> tuple[str, list[Any]] | None:
            batch_id = request.path_params["batch_id"]
            with self._lock:
                entries = self._batches.get(batch_id)
            return None if entries is None else (batch_id, entries)

        async def batch_retrieve(request: Request) -> Response:
            await record(request)
            n = next(self._ids)
            found = known_batch(request)
            if found is None:
                return error_response(Reply.error(404, "batch not found"), n)
            return JSONResponse(batch_object(found[0], len(found[1]), ended=True), headers=headers(n))

        async def batch_results(request: Request) -> Response:
            await record(request)
            n = next(self._ids)
            found = known_batch(request)
            if found is None:
                return error_response(Reply.error(404, "batch not found"), n)
            lines = []
            for entry in found[1]:
                params = entry.get("params") if isinstance(entry, Mapping) else None
                reply = next_reply(params)
                if reply.status != 200:
                    kind = _ERROR_TYPES.get(reply.status, "api_error")
                    error = {"type": "error", "error": {"type": kind, "message": reply.error_message}}
                    result: dict[str, Any] = {"type": "errored", "error": error}
                else:
                    size = len(json.dumps(params))
                    result = {"type": "succeeded", "message": make_message(reply, params, next(self._ids), size)}
                custom_id = entry.get("custom_id") if isinstance(entry, Mapping) else None
                lines.append((self._dumps({"custom_id": custom_id, "result": result}) + "\n").encode())

            async def body() -> AsyncIterator[bytes]:  # one line per chunk, as a file is streamed
                for line in lines:
                    yield line

            return StreamingResponse(body(), media_type="application/binary", headers=headers(n))

        return Starlette(
            routes=[
                Route("/v1/messages", messages, methods=["POST"]),
                Route("/v1/messages/count_tokens", count_tokens, methods=["POST"]),
                Route("/v1/messages/batches", batches, methods=["POST"]),
                Route("/v1/messages/batches/{batch_id}", batch_retrieve, methods=["GET"]),
                Route("/v1/messages/batches/{batch_id}/results", batch_results, methods=["GET"]),
            ]
        )

    async def _sse(self, message: dict[str, Any], reply: Reply) -> AsyncIterator[bytes]:
        def frame(event: str, data: dict[str, Any]) -> bytes:
            return f"event: {event}\ndata: {self._dumps(data)}\n\n".encode()

        async def pause() -> None:
            if self.event_delay:
                await asyncio.sleep(self.event_delay)

        start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
        yield frame("message_start", {"type": "message_start", "message": start})
        yield frame("ping", {"type": "ping"})
        for index, block in enumerate(reply.content):
            await pause()
            chunks = reply.chunks[index] if index < len(reply.chunks) else None
            kind = block.get("type")
            if kind == "text":
                yield frame(
                    "content_block_start",
                    {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
                )
                for piece in chunks or (block["text"],):
                    await pause()
                    yield frame(
                        "content_block_delta",
                        {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}},
                    )
                for citation in block.get("citations") or ():  # as the API streams them: one event each
                    yield frame(
                        "content_block_delta",
                        {
                            "type": "content_block_delta",
                            "index": index,
                            "delta": {"type": "citations_delta", "citation": citation},
                        },
                    )
            elif kind == "tool_use":
                yield frame(
                    "content_block_start",
                    {
                        "type": "content_block_start",
                        "index": index,
                        "content_block": {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}},
                    },
                )
                for piece in chunks or (json.dumps(block["input"]),):
                    await pause()
                    yield frame(
                        "content_block_delta",
                        {
                            "type": "content_block_delta",
                            "index": index,
                            "delta": {"type": "input_json_delta", "partial_json": piece},
                        },
                    )
            else:
                yield frame(
                    "content_block_start", {"type": "content_block_start", "index": index, "content_block": block}
                )
            yield frame("content_block_stop", {"type": "content_block_stop", "index": index})
        yield frame(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": reply.stop_reason, "stop_sequence": None},
                "usage": {"output_tokens": message["usage"]["output_tokens"]},
            },
        )
        yield frame("message_stop", {"type": "message_stop"})
