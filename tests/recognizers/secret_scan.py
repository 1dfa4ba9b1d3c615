"""What a ``secrets-only`` scan finds: the helper the blind-round tests share (imported by name:
pytest puts this folder on the path)."""

from __future__ import annotations

from promptguard import Guard


def secret_spans(guard: Guard, text: str) -> list[str]:
    """The text of every secrets-pack finding in ``text``, in finding order."""
    return [text[f.start : f.end] for f in guard.scan(text).findings if f.pack == "secrets"]
