"""What a ``secrets-only`` scan finds: the helper the blind-round tests share (imported by name:
pytest puts this folder on the path)."""

from __future__ import annotations

from functools import cache

from promptguard import Guard


def secret_spans(guard: Guard, text: str) -> list[str]:
    """The text of every secrets-pack finding in ``text``, in finding order."""
    return [text[f.start : f.end] for f in guard.scan(text).findings if f.pack == "secrets"]


@cache
def _secrets_only() -> Guard:
    return Guard.from_config("secrets-only")


def found(text: str) -> list[tuple[str, str]]:
    """(entity, text) of every finding of a ``secrets-only`` scan of ``text`` (one guard per process)."""
    return [(f.entity_type, text[f.start : f.end]) for f in _secrets_only().scan(text).findings]
