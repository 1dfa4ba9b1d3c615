"""Walk a Messages API request body: every text the model will read, with where it came from.

The walk is a pure function of the body: ``walk_request(body, visit, unscanned)`` returns a
new body in which every text has been replaced by ``visit(text, source)``; the input is
never mutated (the SDK reuses the same body object for its retries). Visiting order is
deterministic, so a first walk can collect the texts, a batch sanitize can run, and a
second walk can put the results back in the same order.

What is visited, with its source:

- ``system`` (a string or text blocks): ``system``
- user turns: ``user``; assistant turns (history sent back): ``model``
- ``text`` blocks, and the ``cited_text`` of their citations: ``document``
- ``tool_result`` / ``mcp_tool_result`` content (string or blocks): ``tool_result``
- ``document`` blocks with a ``text`` or ``content`` source, their ``title`` and ``context``:
  ``document``; ``search_result`` blocks likewise
- ``tool_use`` / ``server_tool_use`` ``input``: every string value, recursively: ``model``
- message batches: each ``requests[].params`` body

Left untouched but counted in ``unscanned``: images, base64 / URL / file documents,
``thinking`` blocks (their signature covers the text, so changing it breaks the request)
and block types this walker does not know that carry no ``text`` field.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from promptguard.findings import Source

__all__ = ["Visit", "walk_request"]

Visit = Callable[[str, Source], str]

_TOOL_RESULT_TYPES = frozenset({"tool_result", "mcp_tool_result"})
_TOOL_USE_TYPES = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
_SIGNED_TYPES = frozenset({"thinking", "redacted_thinking"})


def walk_request(body: Mapping[str, Any], visit: Visit, unscanned: Counter[str] | None = None) -> dict[str, Any]:
    """A copy of ``body`` with every text passed through ``visit``."""
    walker = _Walker(visit, unscanned if unscanned is not None else Counter())
    return walker.body(body)


class _Walker:
    __slots__ = ("unscanned", "visit")

    def __init__(self, visit: Visit, unscanned: Counter[str]) -> None:
        self.visit = visit
        self.unscanned = unscanned

    def body(self, body: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(body)
        if "system" in body:
            out["system"] = self.content(body["system"], "system")
        messages = body.get("messages")
        if isinstance(messages, list):
            out["messages"] = [self.message(m) for m in messages]
        requests = body.get("requests")
        if isinstance(requests, list):  # POST /v1/messages/batches
            out["requests"] = [self.batch_entry(r) for r in requests]
        return out

    def batch_entry(self, entry: Any) -> Any:
        if isinstance(entry, Mapping) and isinstance(entry.get("params"), Mapping):
            return {**entry, "params": self.body(entry["params"])}
        return entry

    def message(self, message: Any) -> Any:
        if not isinstance(message, Mapping) or "content" not in message:
            return message
        source: Source = "model" if message.get("role") == "assistant" else "user"
        return {**message, "content": self.content(message["content"], source)}

    def content(self, content: Any, source: Source) -> Any:
        if isinstance(content, str):
            return self.visit(content, source)
        if isinstance(content, list):
            return [self.block(b, source) for b in content]
        return content

    def block(self, block: Any, source: Source) -> Any:
        if not isinstance(block, Mapping):
            self.unscanned["unknown"] += 1
            return block
        kind = block.get("type")
        if kind == "text":
            out = dict(block)
            if isinstance(block.get("text"), str):
                out["text"] = self.visit(block["text"], source)
            if isinstance(block.get("citations"), list):
                out["citations"] = [self.citation(c) for c in block["citations"]]
            return out
        if kind in _TOOL_RESULT_TYPES:
            if "content" not in block:
                return block
            return {**block, "content": self.content(block["content"], "tool_result")}
        if kind == "document":
            return self.document(block)
        if kind == "search_result":
            out = dict(block)
            if isinstance(block.get("title"), str):
                out["title"] = self.visit(block["title"], "document")
            if "content" in block:
                out["content"] = self.content(block["content"], "document")
            return out
        if kind in _TOOL_USE_TYPES:
            if "input" not in block:
                return block
            return {**block, "input": self.value(block["input"], "model")}
        if kind == "image":
            self.unscanned["image"] += 1
            return block
        if kind in _SIGNED_TYPES:
            self.unscanned["thinking"] += 1
            return block
        if isinstance(block.get("text"), str):  # an unknown block type that still carries text
            return {**block, "text": self.visit(block["text"], source)}
        self.unscanned[str(kind or "unknown")] += 1
        return block

    def citation(self, citation: Any) -> Any:
        if isinstance(citation, Mapping) and isinstance(citation.get("cited_text"), str):
            return {**citation, "cited_text": self.visit(citation["cited_text"], "document")}
        return citation

    def document(self, block: Mapping[str, Any]) -> Any:
        out = dict(block)
        for key in ("title", "context"):
            if isinstance(block.get(key), str):
                out[key] = self.visit(block[key], "document")
        src = block.get("source")
        if isinstance(src, Mapping):
            kind = src.get("type")
            if kind == "text" and isinstance(src.get("data"), str):
                out["source"] = {**src, "data": self.visit(src["data"], "document")}
            elif kind == "content" and "content" in src:
                out["source"] = {**src, "content": self.content(src["content"], "document")}
            else:  # base64 PDF, URL, file id: bytes we do not read
                self.unscanned["document_binary"] += 1
        return out

    def value(self, value: Any, source: Source) -> Any:
        """Every string in a JSON value (tool input), keys left as they are."""
        if isinstance(value, str):
            return self.visit(value, source)
        if isinstance(value, Mapping):
            return {k: self.value(v, source) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, source) for v in value]
        return value
