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
into JSON are JSON-escaped); with a rewriting policy a tool's JSON input is buffered to the
end of its block, rewritten value by value and sent as one delta. Held text is flushed
before ``content_block_stop``, so the SDK's accumulated message equals the deltas.
Other events (``message_start``, ``thinking_delta``, ``ping``...) pass through unchanged.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from promptguard.integrations.anthropic.response import ResponseGuard, _value, collector

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
        cut = self.rg.hold_from(buf)
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
            probe = self.rg.guard.scan(ctx + buf, direction="response", source="model")
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


class SseRewriter:
    """Turns the upstream SSE events into the frames the SDK will read."""

    def __init__(self, rg: ResponseGuard, *, window: int = DEFAULT_WINDOW) -> None:
        self.rg = rg
        self.window = window
        self.blocks: dict[int, tuple[BlockPipeline, str]] = {}  # index -> (pipeline, delta type)
        self.finished: list[BlockPipeline] = []
        self.message_id: str | None = None

    def on_event(self, sse: Any) -> list[bytes]:
        event = sse.event
        if event not in ("content_block_start", "content_block_delta", "content_block_stop", "message_stop"):
            return [_raw_frame(sse)]
        try:
            data = json.loads(sse.data)
        except ValueError:
            return [_raw_frame(sse)]
        if event == "content_block_start":
            return self._start(sse, data)
        if event == "content_block_delta":
            return self._delta(sse, data)
        if event == "content_block_stop":
            return [*self._flush(data.get("index")), _raw_frame(sse)]
        return [*self.finish(), _raw_frame(sse)]  # message_stop

    def finish(self) -> list[bytes]:
        """Flush every open block (a stream cut short still gets its held text)."""
        frames: list[bytes] = []
        for index in list(self.blocks):
            frames.extend(self._flush(index))
        return frames

    def report_texts(self) -> list[str]:
        return [t for p in self.finished for t in p.report_texts()]

    # --------------------------------------------------------------- internals
    def _start(self, sse: Any, data: dict[str, Any]) -> list[bytes]:
        index = data.get("index")
        block = data.get("content_block")
        if not isinstance(index, int) or not isinstance(block, dict):
            return [_raw_frame(sse)]
        kind = block.get("type")
        if kind == "text":
            pipe = BlockPipeline(self.rg, json_mode=False, window=self.window)
            self.blocks[index] = (pipe, "text_delta")
            initial = block.get("text")
            if isinstance(initial, str) and initial:
                block = {**block, "text": pipe.feed(initial)}
                return [serialize_sse(sse.event, json.dumps({**data, "content_block": block}, ensure_ascii=False))]
        elif kind in ("tool_use", "server_tool_use", "mcp_tool_use"):
            self.blocks[index] = (BlockPipeline(self.rg, json_mode=True, window=self.window), "input_json_delta")
        return [_raw_frame(sse)]

    def _delta(self, sse: Any, data: dict[str, Any]) -> list[bytes]:
        index = data.get("index")
        delta = data.get("delta")
        entry = self.blocks.get(index) if isinstance(index, int) else None
        if entry is None or not isinstance(index, int) or not isinstance(delta, dict):
            return [_raw_frame(sse)]
        pipe, _ = entry
        kind = delta.get("type")
        if kind == "text_delta" and isinstance(delta.get("text"), str):
            out = pipe.feed(delta["text"])
            key = "text"
        elif kind == "input_json_delta" and isinstance(delta.get("partial_json"), str):
            out = pipe.feed(delta["partial_json"])
            key = "partial_json"
        else:
            return [_raw_frame(sse)]
        if not out:
            return []  # all of it is held back; an empty delta would only add noise
        if out == delta[key]:
            return [_raw_frame(sse)]  # nothing held or restored: forward the original bytes
        return [self._delta_frame(index, kind, key, out)]

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


def rewrite_events(events: Iterator[Any], rewriter: SseRewriter) -> Iterator[bytes]:
    for sse in events:
        yield from rewriter.on_event(sse)
    yield from rewriter.finish()


async def arewrite_events(events: AsyncIterator[Any], rewriter: SseRewriter) -> AsyncIterator[bytes]:
    async for sse in events:
        for frame in rewriter.on_event(sse):
            yield frame
    for frame in rewriter.finish():
        yield frame
