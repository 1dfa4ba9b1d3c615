"""Scan results of blocks already seen in a conversation, so history is not re-scanned each turn.

A Messages API call carries the whole conversation: turn 10 re-sends turns 1 to 9, which
were sanitized on earlier calls in the same session. Sanitizing them again gives the same
result (the session maps each value to the placeholder it got the first time) at the full
cost of a scan, so a chat's cost per call would grow with its length. The cache keeps each
result, keyed by the session, the text's source and a digest of the text, and serves it
only when:

- the session is the same one (same id, same vault): a result never crosses sessions;
- the text is exactly the same (128-bit BLAKE2b of its UTF-8 bytes): an edited block misses;
- every placeholder in the cached result still stands for the same value (the vault may
  have expired or evicted the session since, and numbered other values with them).

Results that blocked or were indeterminate are never stored (a detector that failed is
tried again). Keys are digests; values are the sanitized results, which hold only what the
policy lets through to the model anyway (values under ``detect``/``allow`` stay in them).
The cache is bounded twice: by entry count and by the characters it holds in total, and a
block longer than :data:`MAX_ENTRY_CHARS` is never stored (re-scanning a large document
is cheap next to keeping many of them in memory).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import NamedTuple

from promptguard.anonymize.vault import Session, Vault
from promptguard.findings import ScanResult, Source, Verdict
from promptguard.integrations.anthropic.response import placeholder_counts

__all__ = ["ScanCache", "context_digest"]

_Key = tuple[str, str, bytes, bytes]  # (session id, source, text digest, system prompt digest or b"")

MAX_ENTRY_CHARS = 100_000
"""Longer blocks are not cached."""
MAX_TOTAL_CHARS = 8_000_000
"""Characters of sanitized text the whole cache holds at most (~8-32 MB)."""


class _Entry(NamedTuple):  # immutable, and cheaper to build than a frozen dataclass (one per scanned text)
    vault: Vault
    result: ScanResult
    produced: frozenset[str]
    """Placeholders the sanitizing of this text produced (what an answer may restore)."""
    placeholders: frozenset[str]
    """Numbered placeholders in the sanitized text, checked against the vault on every hit."""
    mapping: bytes
    """Digest of what those placeholders resolved to when the result was stored."""


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def context_digest(system_prompt: str | None) -> bytes:
    """What a scan-cache key records of the system prompt a text is judged with."""
    return b"" if system_prompt is None else _digest(system_prompt)


def _mapping_digest(session: Session, placeholders: frozenset[str]) -> bytes:
    if not placeholders:
        return b""
    resolved = session.vault.resolve(session.id, placeholders)
    if not resolved:
        return hashlib.blake2b(b"", digest_size=16).digest()
    # One buffer hashed once: the same digest as one update per part, fewer calls.
    parts = [f"{token}\0{resolved[token]}\0" for token in sorted(resolved)]
    return hashlib.blake2b("".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ScanCache:
    """A bounded LRU of prompt-side scan results, per session. Thread-safe."""

    def __init__(self, capacity: int, *, max_chars: int = MAX_TOTAL_CHARS) -> None:
        self.capacity = capacity
        self.max_chars = max_chars
        self._chars = 0
        self._entries: OrderedDict[_Key, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def key(self, session: Session, source: Source, text: str, system_prompt: bytes = b"") -> _Key | None:
        """The cache key of ``text`` in ``session`` (``None`` when the cache is off).

        ``system_prompt``: :func:`context_digest` of the system prompt the text was judged
        with (its injection verdict depends on it)."""
        if self.capacity <= 0:
            return None
        return (session.id, source, _digest(text), system_prompt)

    def get(self, key: _Key | None, session: Session) -> tuple[ScanResult, frozenset[str]] | None:
        """The stored result under ``key`` and the placeholders it produced, if still valid."""
        if key is None:
            return None
        # A miss (every new text) needs no lock: one dict read is atomic. A hit takes it to
        # mark the entry recently used.
        if key not in self._entries:
            return None
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is None or entry.vault is not session.vault or key[0] != session.id:
            return None
        # Also refreshes the session's TTL in the vault, as a fresh sanitize would.
        if _mapping_digest(session, entry.placeholders) != entry.mapping:
            with self._lock:
                if self._entries.get(key) is entry:
                    self._drop(key)
            return None
        return entry.result, entry.produced

    def put(
        self,
        key: _Key | None,
        session: Session,
        result: ScanResult,
        produced: frozenset[str],
        placeholders: Iterable[str] | None = None,
    ) -> None:
        """Store ``result``; ``placeholders`` are those in ``result.text`` if the caller has
        them already (found again otherwise)."""
        if key is None or result.verdict in (Verdict.BLOCKED, Verdict.INDETERMINATE) or result.errors:
            return
        if len(result.text) > MAX_ENTRY_CHARS:
            return
        if placeholders is None:
            placeholders = placeholder_counts(result.text)
        numbered = frozenset(t for t in placeholders if ":enc:" not in t)
        entry = _Entry(session.vault, result, produced, numbered, _mapping_digest(session, numbered))
        with self._lock:
            if key in self._entries:
                self._drop(key)
            self._entries[key] = entry
            self._chars += len(result.text)
            while self._entries and (len(self._entries) > self.capacity or self._chars > self.max_chars):
                self._drop(next(iter(self._entries)))

    def _drop(self, key: _Key) -> None:
        """Remove ``key`` and its characters from the budget (caller holds the lock)."""
        entry = self._entries.pop(key)
        self._chars -= len(entry.result.text)
