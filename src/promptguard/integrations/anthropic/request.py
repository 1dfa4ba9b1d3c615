"""Walk a Messages API request body: every text the model will read, with where it came from.

The walk is a pure function of the body: ``walk_request(body, visit, unscanned)`` returns a
body in which every text has been replaced by ``visit(text, source)``; the input is never
mutated (the SDK reuses the same body object for its retries). The result is built copy on
write: a container none of whose texts changed is returned as the same object, so a walk
that changes nothing returns ``body`` itself (and the caller can send the request as it
came, with no copy and no rebuilt request). Visiting order is deterministic, so a first
walk can collect the texts, a batch sanitize can run, and a second walk can put the
results back in the same order.

What is visited, with its source:

- ``system`` (a string or text blocks): ``system``
- user turns: ``user``; assistant turns (history sent back): ``model``
- ``text`` blocks, and the ``cited_text`` and ``document_title`` of their citations: ``document``
- ``tool_result`` / ``mcp_tool_result`` content (string or blocks): ``tool_result``
- ``document`` blocks with a ``text`` or ``content`` source, their ``title`` and ``context``:
  ``document``; ``search_result`` blocks likewise
- ``tool_use`` / ``server_tool_use`` ``input``: every string value, recursively: ``model``
- tool definitions (``tools[]``): the ``description``, the ``input_examples`` and, inside
  ``input_schema``, every ``description`` / ``title`` and the string values of ``default``,
  ``examples``, ``enum`` and ``const``: ``system`` (the model reads them as part of its
  instructions, and a value there is sent like any other); names, types and patterns are not
  text and stay as they are
- message batches: each ``requests[].params`` body

Left untouched but counted in ``unscanned``: images, base64 / URL / file documents,
``thinking`` blocks (their signature covers the text, so changing it breaks the request)
and block types this walker does not know that carry no ``text`` field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, TypeGuard

from promptguard.findings import Source

__all__ = ["Visit", "walk_request"]

Visit = Callable[[str, Source], str]

_TOOL_RESULT_TYPES = frozenset({"tool_result", "mcp_tool_result"})
_TOOL_USE_TYPES = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
_SIGNED_TYPES = frozenset({"thinking", "redacted_thinking"})
# JSON Schema keys whose value maps property names to schemas (the names are not text).
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
# JSON Schema keys holding instance values (strings in them can be anything, a value included).
_SCHEMA_VALUES = frozenset({"default", "examples", "enum", "const"})


def walk_request(
    body: Mapping[str, Any], visit: Visit, unscanned: MutableMapping[str, int] | None = None
) -> Mapping[str, Any]:
    """``body`` with every text passed through ``visit`` (``body`` itself when none changed).

    ``unscanned`` (a ``Counter`` or a plain dict) counts what was left unread, by kind."""
    walker = _Walker(visit, unscanned if unscanned is not None else {})
    return walker.body(body)


def _is_map(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # A plain dict (what the SDK hands over) without the abstract-class check's cost.
    return type(value) is dict or isinstance(value, Mapping)


def _with(mapping: Mapping[str, Any], key: str, value: Any) -> Any:
    """``mapping`` with ``key`` set to ``value``: the same object when the value is."""
    if value is mapping[key]:
        return mapping
    return {**mapping, key: value}


class _Walker:
    __slots__ = ("unscanned", "visit")

    def __init__(self, visit: Visit, unscanned: MutableMapping[str, int]) -> None:
        self.visit = visit
        self.unscanned = unscanned

    def _count(self, kind: str) -> None:
        self.unscanned[kind] = self.unscanned.get(kind, 0) + 1

    def text(self, text: str, source: Source) -> str:
        new = self.visit(text, source)
        # An equal string is no change: keep the original so the containers stay shared.
        return text if new is text or new == text else new

    def body(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        out = body
        if "system" in body:
            out = _with(out, "system", self.content(body["system"], "system"))
        tools = body.get("tools")
        if isinstance(tools, list):
            out = _with(out, "tools", self._list(tools, self.tool))
        messages = body.get("messages")
        if isinstance(messages, list):
            out = _with(out, "messages", self._list(messages, self.message))
        requests = body.get("requests")
        if isinstance(requests, list):  # POST /v1/messages/batches
            out = _with(out, "requests", self._list(requests, self.batch_entry))
        return out

    @staticmethod
    def _list(items: list[Any], fn: Callable[[Any], Any]) -> list[Any]:
        """``[fn(x) for x in items]``, or ``items`` itself when every ``fn(x) is x``."""
        out: list[Any] | None = None
        for i, item in enumerate(items):
            new = fn(item)
            if out is not None:
                out.append(new)
            elif new is not item:
                out = items[:i]
                out.append(new)
        return items if out is None else out

    @staticmethod
    def _map(mapping: Mapping[Any, Any], fn: Callable[[Any, Any], Any]) -> Any:
        """``{k: fn(k, v)}`` (keys kept), or ``mapping`` itself when every ``fn(k, v) is v``."""
        out: dict[Any, Any] | None = None
        for k, v in mapping.items():
            new = fn(k, v)
            if new is not v:
                if out is None:
                    out = dict(mapping)
                out[k] = new
        return mapping if out is None else out

    def batch_entry(self, entry: Any) -> Any:
        if _is_map(entry) and _is_map(entry.get("params")):
            return _with(entry, "params", self.body(entry["params"]))
        return entry

    def message(self, message: Any) -> Any:
        if type(message) is dict:
            content = message.get("content")
            if type(content) is str:  # the common shape, a turn of one string: straight to visit
                new = self.visit(content, "model" if message.get("role") == "assistant" else "user")
                return message if new is content or new == content else {**message, "content": new}
        if not _is_map(message) or "content" not in message:
            return message
        source: Source = "model" if message.get("role") == "assistant" else "user"
        return _with(message, "content", self.content(message["content"], source))

    def content(self, content: Any, source: Source) -> Any:
        if isinstance(content, str):
            return self.text(content, source)
        if isinstance(content, list):
            return self._list(content, lambda b: self.block(b, source))
        return content

    def block(self, block: Any, source: Source) -> Any:
        if not _is_map(block):
            self._count("unknown")
            return block
        kind = block.get("type")
        if kind == "text":
            out = block
            if isinstance(block.get("text"), str):
                out = _with(out, "text", self.text(block["text"], source))
            if isinstance(block.get("citations"), list):
                out = _with(out, "citations", self._list(block["citations"], self.citation))
            return out
        if kind in _TOOL_RESULT_TYPES:
            if "content" not in block:
                return block
            return _with(block, "content", self.content(block["content"], "tool_result"))
        if kind == "document":
            return self.document(block)
        if kind == "search_result":
            out = block
            if isinstance(block.get("title"), str):
                out = _with(out, "title", self.text(block["title"], "document"))
            if "content" in block:
                out = _with(out, "content", self.content(block["content"], "document"))
            return out
        if kind in _TOOL_USE_TYPES:
            if "input" not in block:
                return block
            return _with(block, "input", self.value(block["input"], "model"))
        if kind == "image":
            self._count("image")
            return block
        if kind in _SIGNED_TYPES:
            self._count("thinking")
            return block
        if isinstance(block.get("text"), str):  # an unknown block type that still carries text
            return _with(block, "text", self.text(block["text"], source))
        self._count(str(kind or "unknown"))
        return block

    def tool(self, tool: Any) -> Any:
        """A tool definition: what the model reads of it (server tools have none of these)."""
        if not _is_map(tool):
            return tool
        out = tool
        if isinstance(tool.get("description"), str):
            out = _with(out, "description", self.text(tool["description"], "system"))
        if "input_schema" in tool:
            out = _with(out, "input_schema", self.schema(tool["input_schema"]))
        if isinstance(tool.get("input_examples"), list):
            out = _with(out, "input_examples", self.value(tool["input_examples"], "system"))
        return out

    def schema(self, node: Any) -> Any:
        """A JSON Schema: its prose and instance values; keys, types and patterns unchanged."""
        if isinstance(node, list):
            return self._list(node, self.schema)
        if not _is_map(node):
            return node
        return self._map(node, self._schema_entry)

    def _schema_entry(self, key: Any, v: Any) -> Any:
        if key in ("description", "title") and isinstance(v, str):
            return self.text(v, "system")
        if key in _SCHEMA_VALUES:
            return self.value(v, "system")
        if key in _SCHEMA_MAPS and _is_map(v):
            # {property name: schema}: a property called "description" is a schema, not prose.
            return self._map(v, lambda _name, sub: self.schema(sub))
        if isinstance(v, list) or _is_map(v):
            return self.schema(v)
        return v

    def citation(self, citation: Any) -> Any:
        # The quote and the title of the document it quotes (an answer restores both).
        if not _is_map(citation):
            return citation
        out = citation
        for key in ("cited_text", "document_title"):
            if isinstance(citation.get(key), str):
                out = _with(out, key, self.text(citation[key], "document"))
        return out

    def document(self, block: Mapping[str, Any]) -> Any:
        out = block
        for key in ("title", "context"):
            if isinstance(block.get(key), str):
                out = _with(out, key, self.text(block[key], "document"))
        src = block.get("source")
        if _is_map(src):
            kind = src.get("type")
            if kind == "text" and isinstance(src.get("data"), str):
                out = _with(out, "source", _with(src, "data", self.text(src["data"], "document")))
            elif kind == "content" and "content" in src:
                out = _with(out, "source", _with(src, "content", self.content(src["content"], "document")))
            else:  # base64 PDF, URL, file id: bytes we do not read
                self._count("document_binary")
        return out

    def value(self, value: Any, source: Source) -> Any:
        """Every string in a JSON value (tool input), keys left as they are."""
        if isinstance(value, str):
            return self.text(value, source)
        if _is_map(value):
            return self._map(value, lambda _key, v: self.value(v, source))
        if isinstance(value, list):
            return self._list(value, lambda v: self.value(v, source))
        return value
