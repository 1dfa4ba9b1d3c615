"""Rewriting a streamed Messages response (SSE) on the fly, one event at a time.

Per content block, text goes through a small pipeline:

1. (only when the response policy can change or block text) a *window*: the last
   ``window`` characters are held until enough text follows to know no entity is cut in
   half; the rest is scanned with the response policy and released;
2. a *placeholder hold-back*: a placeholder can arrive split across deltas
   (``"<EMAIL_AD"`` + ``"DRESS_1>"``), so only the shortest tail that could still grow into
   one (from its last ``"<"``) is held back; everything before it is restored and sent.

With the default policy (responses reported, not rewritten) step 1 is off and a delta is
delayed only when it ends inside a possible placeholder, so the time to first token
barely moves. ``text_delta`` and ``input_json_delta`` are both handled (values restored
into JSON are JSON-escaped; a placeholder the model spelled with JSON escapes,
``\\u003cEMAIL_ADDRESS_1\\u003e``, is read through them, held back and restored like a plain
one, and an escape cut between two deltas is held until it is whole); with a rewriting
policy a tool's JSON input is buffered to the end of its block, rewritten value by value
(escapes read by the JSON parser) and sent as one delta. Held text is flushed
before ``content_block_stop``, so the SDK's accumulated message equals the deltas.
Other events (``message_start``, ``thinking_delta``, ``ping``...) pass through unchanged.

The rewriter works on the body's bytes (:meth:`SseRewriter.feed_bytes`): it cuts them into
frames at blank lines, forwards every frame it does not change as the very bytes that came
in (no decoding, no re-encoding; only the few content-block events are parsed) and hands
on, per network chunk, one piece of bytes for the SDK's own SSE reader. A body using
carriage-return line ends (allowed by the SSE format, never sent by the API) is read line by line
with the SDK's decoder instead, event by event (:meth:`SseRewriter.on_event`).
"""

from __future__ import annotations

import json
from typing import Any

from promptguard.integrations.anthropic.response import ResponseGuard, _value, citation_texts, collector

__all__ = ["BlockPipeline", "SseRewriter", "serialize_sse"]

DEFAULT_WINDOW = 48
"""Characters held back for the response-policy scan when that policy rewrites or blocks.
Single tokens (keys, JWTs) are never split whatever their length: the cut backs off to
whitespace. 48 covers spaced multi-word shapes (cards, IBANs, phone numbers); an entity of
several words longer than the window can be missed (e.g. a PEM block: redact it as a token
inside, or use a larger window)."""

_STEP = 8  # release at least this many characters past the window: fewer scans
_CONTEXT = 64  # left context kept for the policy scan (context words precede values)


class BlockPipeline:
    """One content block's text from raw deltas to what the client receives."""

    def __init__(self, rg: ResponseGuard, *, json_mode: bool, window: int = DEFAULT_WINDOW) -> None:
        self.rg = rg
        self.json_mode = json_mode
        self.window = window
        self.raw: list[str] = []  # the model's own text, for the end-of-stream report scan
        self.pending = ""  # released by the policy stage, waiting for the placeholder check
        self.windowed = ""  # waiting for the policy stage
        self.context = ""  # the end of what the policy stage released (raw), for context words
        self.buffered_json: list[str] = []

    # ------------------------------------------------------------------ public
    def feed(self, chunk: str) -> str:
        if not self.rg.rewrites:
            self.raw.append(chunk)
            return self._hold(chunk)
        if self.json_mode:
            self.buffered_json.append(chunk)
            return ""
        self.windowed += chunk
        if len(self.windowed) < self.window + _STEP:
            return ""
        return self._hold(self._release(final=False))

    def flush(self) -> str:
        if self.rg.rewrites:
            if self.json_mode:
                return self._rewrite_json("".join(self.buffered_json))
            released = self._release(final=True)
            return self._hold(released) + self._drain()
        return self._drain()

    def report_texts(self) -> list[str]:
        """Raw text for the end-of-stream scan (report-only policies)."""
        text = "".join(self.raw)
        return [text] if text else []

    # --------------------------------------------------------------- internals
    def _restore(self, text: str) -> str:
        if not text:
            return text
        return self.rg.restore_json_fragment(text) if self.json_mode else self.rg.restore_text(text)

    def _hold(self, chunk: str) -> str:
        buf = self.pending + chunk
        # JSON may spell a placeholder with escapes (\u003c...\u003e) and cut one between deltas.
        cut = self.rg.hold_from_json(buf) if self.json_mode else self.rg.hold_from(buf)
        self.pending = buf[cut:]
        return self._restore(buf[:cut])

    def _drain(self) -> str:
        out, self.pending = self.pending, ""
        return self._restore(out)

    def _release(self, *, final: bool) -> str:
        """Apply the response policy to the part of the window that is safe to send.

        The last released characters go in front as left context (context words such as
        "password" sit before the value) but only findings in the new part count.
        """
        buf = self.windowed
        if not buf:
            return ""
        ctx = self.context
        if final:
            cut = len(buf)
        else:
            cut = len(buf) - self.window
            space = max(buf.rfind(" ", 0, cut), buf.rfind("\n", 0, cut), buf.rfind("\t", 0, cut))
            if space < 0:
                return ""  # never split a token: a long key stays whole until whitespace follows it
            cut = space + 1
            probe = self.rg.guard.scan(
                ctx + buf, direction="response", source="model", system_prompt=self.rg.system_prompt
            )
            for f in sorted(probe.findings, key=lambda f: f.start, reverse=True):
                start, end = f.start - len(ctx), f.end - len(ctx)
                if start < cut < end:
                    cut = max(0, start)
            if cut <= 0:
                return ""
        head, self.windowed = buf[:cut], buf[cut:]
        self.context = (ctx + head)[-_CONTEXT:]
        return self.rg.sanitize_with_context(ctx, head)

    def _rewrite_json(self, raw: str) -> str:
        try:
            value = json.loads(raw) if raw.strip() else None
        except ValueError:
            self.rg.scan([raw])  # report, and block if the policy says so
            return self.rg.restore_json_fragment(raw)
        if value is None:
            return raw
        texts: list[str] = []
        _value(value, collector(texts))
        results = iter(self.rg.scan(texts))
        rewritten = _value(value, lambda _s: self.rg.restore_text(next(results).text))
        return json.dumps(rewritten, ensure_ascii=False, separators=(",", ":"))


def serialize_sse(event: str | None, data: str) -> bytes:
    out = f"event: {event}\n" if event is not None else ""
    for line in data.split("\n"):
        out += f"data: {line}\n"
    return (out + "\n").encode("utf-8")


def _raw_frame(sse: Any) -> bytes:
    raw = getattr(sse, "raw", None)
    if raw:
        return ("\n".join(raw) + "\n\n").encode("utf-8")
    return serialize_sse(sse.event, sse.data)


_WATCHED = frozenset({"content_block_start", "content_block_delta", "content_block_stop", "message_stop"})
_WATCHED_BYTES = frozenset(e.encode() for e in _WATCHED)


def _frame_fields(frame: bytes) -> tuple[bytes | None, bytes]:
    """``(event, data)`` of one SSE frame (no blank line inside, no carriage return), read as the
    SDK's decoder reads it: comments skipped, one space after the colon dropped, the last
    ``event`` wins, ``data`` lines joined with a newline."""
    if frame.startswith(b"event: "):  # the API's own shape: one event line, one data line
        head, _, rest = frame.partition(b"\n")
        if rest.startswith(b"data: ") and b"\n" not in rest:
            return head[7:], rest[6:]
    event: bytes | None = None
    data: list[bytes] = []
    for line in frame.split(b"\n"):
        if line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"event":
            event = value
        elif name == b"data":
            data.append(value)
    return event or None, b"\n".join(data)


class _LineReader:
    """The SDK's SSE decoding (``SSEDecoder``), fed piece by piece: for bodies with carriage returns."""

    def __init__(self, rewriter: SseRewriter) -> None:
        from anthropic._streaming import SSEDecoder

        self.rewriter = rewriter
        self.decoder = SSEDecoder()
        self.pending = b""

    def feed(self, chunk: bytes, out: list[bytes]) -> None:
        # The same cut into event chunks as SSEDecoder._iter_chunks, kept across calls.
        data = self.pending
        for line in chunk.splitlines(keepends=True):
            data += line
            if data.endswith((b"\r\r", b"\n\n", b"\r\n\r\n")):
                self._decode(data, out)
                data = b""
        self.pending = data

    def end(self, out: list[bytes]) -> None:
        if self.pending:
            data, self.pending = self.pending, b""
            self._decode(data, out)

    def _decode(self, data: bytes, out: list[bytes]) -> None:
        for raw_line in data.splitlines():
            sse = self.decoder.decode(raw_line.decode("utf-8"))
            if sse:
                out.extend(self.rewriter.on_event(sse))


class SseRewriter:
    """Turns the upstream SSE body into the bytes the SDK will read."""

    def __init__(self, rg: ResponseGuard, *, window: int = DEFAULT_WINDOW) -> None:
        self.rg = rg
        self.window = window
        self.blocks: dict[int, tuple[BlockPipeline, str]] = {}  # index -> (pipeline, delta type)
        self.finished: list[BlockPipeline] = []
        self.message_id: str | None = None
        self._rest = b""  # bytes after the last complete frame
        self._lines: _LineReader | None = None  # set once the body turns out to use carriage returns

    # ------------------------------------------------------------------- bytes
    def feed_bytes(self, chunk: bytes) -> bytes:
        """Rewrite the next piece of the body: the bytes to pass on now (``b""``: none yet)."""
        if self._lines is None and b"\r" in chunk:
            self._lines = _LineReader(self)
            chunk, self._rest = self._rest + chunk, b""
        if self._lines is not None:
            lines: list[bytes] = []
            self._lines.feed(chunk, lines)
            return b"".join(lines)
        buf = self._rest + chunk if self._rest else chunk
        frames = buf.split(b"\n\n")
        self._rest = frames.pop()  # what follows the last blank line: an unfinished frame
        out: list[bytes] | None = None  # set once a frame is changed, held or inserted
        for i, frame in enumerate(frames):
            core = frame.strip(b"\n")  # 3+ newlines in a row leave one at an edge: an empty line, a no-op
            event, data = _frame_fields(core) if core else (None, b"")
            if event in _WATCHED_BYTES:
                before, keep = self._handle(event.decode("utf-8"), data.decode("utf-8"))  # type: ignore[union-attr]
                if before or not keep:
                    if out is None:
                        out = [f + b"\n\n" for f in frames[:i]]
                    out.extend(before)
                    if keep:
                        out.append(frame + b"\n\n")
                    continue
            if out is not None:
                out.append(frame + b"\n\n")
        if out is None:  # every frame goes on as it came: the bytes themselves, not a copy
            return buf[: len(buf) - len(self._rest)] if self._rest else buf
        return b"".join(out)

    def end_bytes(self) -> bytes:
        """The body is over: what is still held (an unfinished last frame is dropped, as the
        SDK's reader drops it)."""
        out: list[bytes] = []
        if self._lines is not None:
            self._lines.end(out)
        self._rest = b""
        out.extend(self.finish())
        return b"".join(out)

    # ------------------------------------------------------------------ events
    def on_event(self, sse: Any) -> list[bytes]:
        """Frames for one decoded event (``event``, ``data``, ``raw`` lines, as the SDK's decoder makes)."""
        event = sse.event
        if event not in _WATCHED:
            return [_raw_frame(sse)]
        before, keep = self._handle(event, sse.data)
        return [*before, _raw_frame(sse)] if keep else before

    def finish(self) -> list[bytes]:
        """Flush every open block (a stream cut short still gets its held text)."""
        frames: list[bytes] = []
        for index in list(self.blocks):
            frames.extend(self._flush(index))
        return frames

    def report_texts(self) -> list[str]:
        return [t for p in self.finished for t in p.report_texts()]

    # --------------------------------------------------------------- internals
    def _handle(self, event: str, data_text: str) -> tuple[list[bytes], bool]:
        """A watched event: ``(frames to send first, whether the event itself follows unchanged)``."""
        try:
            data = json.loads(data_text)
        except ValueError:
            return [], True
        if not isinstance(data, dict):
            return [], True
        if event == "content_block_start":
            return self._start(data)
        if event == "content_block_delta":
            return self._delta(data)
        if event == "content_block_stop":
            return self._flush(data.get("index")), True
        return self.finish(), True  # message_stop

    def _start(self, data: dict[str, Any]) -> tuple[list[bytes], bool]:
        index = data.get("index")
        block = data.get("content_block")
        if not isinstance(index, int) or not isinstance(block, dict):
            return [], True
        kind = block.get("type")
        if kind == "text":
            pipe = BlockPipeline(self.rg, json_mode=False, window=self.window)
            self.blocks[index] = (pipe, "text_delta")
            initial = block.get("text")
            if isinstance(initial, str) and initial:
                block = {**block, "text": pipe.feed(initial)}
                frame = json.dumps({**data, "content_block": block}, ensure_ascii=False)
                return [serialize_sse("content_block_start", frame)], False
        elif kind in ("tool_use", "server_tool_use", "mcp_tool_use"):
            self.blocks[index] = (BlockPipeline(self.rg, json_mode=True, window=self.window), "input_json_delta")
        return [], True

    def _delta(self, data: dict[str, Any]) -> tuple[list[bytes], bool]:
        index = data.get("index")
        delta = data.get("delta")
        entry = self.blocks.get(index) if isinstance(index, int) else None
        if entry is None or not isinstance(index, int) or not isinstance(delta, dict):
            return [], True
        pipe, _ = entry
        kind = delta.get("type")
        if kind == "text_delta" and isinstance(delta.get("text"), str):
            out = pipe.feed(delta["text"])
            key = "text"
        elif kind == "input_json_delta" and isinstance(delta.get("partial_json"), str):
            out = pipe.feed(delta["partial_json"])
            key = "partial_json"
        elif kind == "citations_delta" and isinstance(delta.get("citation"), dict):
            # A citation arrives whole: its quote and title are restored at once, as in a
            # non-streamed answer (the SDK accumulates them apart from the text).
            citation = citation_texts(delta["citation"], self.rg.restore_text)
            if citation is delta["citation"]:
                return [], True
            payload = {**data, "delta": {**delta, "citation": citation}}
            return [serialize_sse("content_block_delta", json.dumps(payload, ensure_ascii=False))], False
        else:
            return [], True
        if not out:
            return [], False  # all of it is held back; an empty delta would only add noise
        if out == delta[key]:
            return [], True  # nothing held or restored: forward the original bytes
        return [self._delta_frame(index, kind, key, out)], False

    def _flush(self, index: Any) -> list[bytes]:
        entry = self.blocks.pop(index, None) if isinstance(index, int) else None
        if entry is None:
            return []
        pipe, kind = entry
        self.finished.append(pipe)
        out = pipe.flush()
        if not out:
            return []
        key = "text" if kind == "text_delta" else "partial_json"
        return [self._delta_frame(index, kind, key, out)]

    @staticmethod
    def _delta_frame(index: int, kind: str, key: str, value: str) -> bytes:
        payload = {"type": "content_block_delta", "index": index, "delta": {"type": kind, key: value}}
        return serialize_sse("content_block_delta", json.dumps(payload, ensure_ascii=False))
