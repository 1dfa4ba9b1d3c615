"""The prose inside structured tool output: a JSON document judged by the text it carries.

Tool results are mostly JSON, and compact JSON (one line, ``[{"title": "...", ...}]``) looks
to the classifier like what it was taught to flag: tokens glued to brackets and quotes (an
optimised suffix, to the suffix head) and unusual character n-grams (to the linear model).
A weather report in compact JSON scored 0.91 as a tool result, the same JSON indented 0.21.
An order hidden in a tool result is written in one of its strings, so the model and the
suffix head read the strings, one per line, and not the syntax around them; the rules still
read the raw text (their offsets are the finding spans).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["json_prose"]

_MAX_STRINGS = 2000
"""Strings read from one document: an order is in a string, and a 2 KB result holds ~100."""


def _is_prose_key(key: str) -> bool:
    # Keys are field names ("title", "next_cursor"); one with a space in it is text someone
    # wrote ({"IMPORTANT note for the assistant": ...}) and is read like a value.
    return " " in key.strip()


def _strings(doc: Any) -> list[str]:
    out: list[str] = []
    stack = [doc]
    while stack and len(out) < _MAX_STRINGS:
        node = stack.pop()
        if isinstance(node, str):
            if any(c.isalpha() for c in node):
                out.append(node)
        elif isinstance(node, dict):
            children: list[Any] = []
            for key, value in node.items():
                if _is_prose_key(key):
                    children.append(key)
                children.append(value)
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out


def _parse(text: str) -> list[Any] | None:
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    # JSON Lines: every non-empty line a document of its own (log exports, batch results).
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or not all(ln.lstrip()[:1] in ("{", "[") for ln in lines):
        return None
    try:
        return [json.loads(ln) for ln in lines]
    except (ValueError, RecursionError):
        return None


def json_prose(text: str) -> str | None:
    """The strings of ``text`` one per line, in document order, when the whole text is a JSON
    object or array (or JSON Lines of them); ``None`` for anything else, so prose, code and
    a JSON snippet inside prose keep their own reading. Keys count only when they read as
    text (hold a space); numbers, booleans and nulls carry no instruction and are left out."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return None
    docs = _parse(text)
    if docs is None:
        return None
    strings: list[str] = []
    for doc in docs:
        strings += _strings(doc)
    return "\n".join(s.strip() for s in strings[:_MAX_STRINGS])
