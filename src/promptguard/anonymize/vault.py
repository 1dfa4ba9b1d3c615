"""The pseudonym vault: numbered placeholders per session, reversible, bounded.

``<EMAIL_ADDRESS_1>`` stands for the first e-mail address seen in a session; the same
value always gets the same placeholder within that session, so a multi-turn chat
stays coherent, and :func:`restore` puts every original back.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from abc import ABC, abstractmethod
from collections import Counter, OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from promptguard.errors import VaultError

__all__ = [
    "PLACEHOLDER_RE",
    "RESTORABLE_RE",
    "InMemoryVault",
    "Session",
    "Vault",
    "new_session_id",
    "placeholder_counts",
    "produced_tokens",
]

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9_]*?)_([1-9][0-9]{0,6})>")
"""A pseudonym placeholder: ``<ENTITY_TYPE_N>``."""

RESTORABLE_RE = re.compile(r"<[A-Z][A-Z0-9_]*?_[1-9][0-9]{0,6}>|<[A-Z][A-Z0-9_]*:enc:[A-Za-z0-9_\-]{20,}>")
"""What restoration may replace: numbered placeholders and the encrypt operator's tokens."""


def placeholder_counts(text: str) -> Counter[str]:
    """How often each restorable placeholder occurs in ``text``."""
    if "<" not in text:
        return Counter()
    return Counter(m.group(0) for m in RESTORABLE_RE.finditer(text))


def produced_tokens(original: str, sanitized: str, made: Counter[str] | None = None) -> set[str]:
    """Placeholders (and encrypt tokens) that sanitizing ``original`` put into ``sanitized``.

    One typed by the user is not among them, unless the same text also held the value it
    stands for (counted: more in the output than in the input). Restoring a typed one would
    hand the user whatever that placeholder means in the session: another user's value,
    with a shared session. ``made``: ``placeholder_counts(sanitized)``, if the caller has it.
    """
    made = placeholder_counts(sanitized) if made is None else Counter(made)
    if made and "<" in original:
        made -= placeholder_counts(original)
    return set(made)


def new_session_id() -> str:
    return secrets.token_urlsafe(16)


class Vault(ABC):
    """Storage of placeholder ↔ value pairs, per session. Implementations are thread-safe."""

    @abstractmethod
    def pseudonym(self, session_id: str, entity: str, value: str) -> str:
        """Return the placeholder for ``value`` in this session, creating it if needed."""

    @abstractmethod
    def resolve(self, session_id: str, placeholders: Iterable[str]) -> dict[str, str]:
        """Map the known placeholders to their values; unknown ones are absent."""

    @abstractmethod
    def drop(self, session_id: str) -> None:
        """Forget a session."""

    def pseudonyms(self, session_id: str, items: Iterable[tuple[str, str]]) -> list[str]:
        """Batch form of :meth:`pseudonym` (backends with round-trips override it)."""
        return [self.pseudonym(session_id, entity, value) for entity, value in items]

    def reserve(self, session_id: str, placeholders: Iterable[str]) -> None:
        """Keep placeholders that a text already holds literally out of this session's numbering.

        A prompt can hold ``<EMAIL_ADDRESS_1>`` as text (a template, pasted output); numbering
        a real address ``<EMAIL_ADDRESS_1>`` too would make the two indistinguishable, and
        restore would turn the template into the address. A reserved placeholder restores to
        itself and is skipped when numbering. The default does nothing (a vault of your own
        numbers as before); the built-in vaults implement it."""
        return None


@dataclass
class _SessionData:
    forward: dict[tuple[str, str], str] = field(default_factory=dict)
    reverse: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    reserved: int = 0
    expires: float = 0.0


class InMemoryVault(Vault):
    """A process-local vault with TTL and size bounds (least recently used goes first)."""

    def __init__(
        self, *, ttl_seconds: float = 3600.0, max_sessions: int = 10_000, max_entries_per_session: int = 10_000
    ) -> None:
        self.ttl = ttl_seconds
        self.max_sessions = max_sessions
        self.max_entries = max_entries_per_session
        self._sessions: OrderedDict[str, _SessionData] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._sessions)

    def _get(self, session_id: str, *, create: bool) -> _SessionData | None:
        now = time.monotonic()
        data = self._sessions.get(session_id)
        if data is not None and data.expires < now:
            del self._sessions[session_id]
            data = None
        if data is None:
            if not create:
                return None
            # Sessions are kept in order of last use and share one TTL, so the expired ones are
            # all at the front: dropping them here frees their memory once traffic falls, with
            # no sweeper thread (LRU eviction alone would keep max_sessions forever).
            sessions = self._sessions
            while sessions:
                oldest = next(iter(sessions))
                if sessions[oldest].expires >= now:
                    break
                del sessions[oldest]
            data = _SessionData()
            self._sessions[session_id] = data
            while len(self._sessions) > self.max_sessions:
                self._sessions.popitem(last=False)
        self._sessions.move_to_end(session_id)
        data.expires = now + self.ttl
        return data

    def pseudonym(self, session_id: str, entity: str, value: str) -> str:
        with self._lock:
            data = self._get(session_id, create=True)
            assert data is not None
            key = (entity, value)
            placeholder = data.forward.get(key)
            if placeholder is None:
                if len(data.forward) >= self.max_entries:
                    raise VaultError(
                        f"session holds {self.max_entries} pseudonyms already; raise vault.max_entries_per_session "
                        "or start a new session"
                    )
                n = data.counters.get(entity, 0) + 1
                while f"<{entity}_{n}>" in data.reverse:  # reserved: the text holds it literally
                    n += 1
                data.counters[entity] = n
                placeholder = f"<{entity}_{n}>"
                data.forward[key] = placeholder
                data.reverse[placeholder] = value
            return placeholder

    def reserve(self, session_id: str, placeholders: Iterable[str]) -> None:
        with self._lock:
            data = self._get(session_id, create=True)
            assert data is not None
            for placeholder in placeholders:
                # Bounded like the pseudonyms (their own room): past it, numbering is as before.
                if placeholder in data.reverse:
                    continue
                if data.reserved >= self.max_entries:
                    break
                data.reverse[placeholder] = placeholder
                data.reserved += 1

    def resolve(self, session_id: str, placeholders: Iterable[str]) -> dict[str, str]:
        with self._lock:
            data = self._get(session_id, create=False)
            if data is None:
                return {}
            return {p: data.reverse[p] for p in placeholders if p in data.reverse}

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def sweep(self) -> int:
        """Remove expired sessions now; returns how many went."""
        now = time.monotonic()
        with self._lock:
            expired = [sid for sid, d in self._sessions.items() if d.expires < now]
            for sid in expired:
                del self._sessions[sid]
        return len(expired)


class Session:
    """A pseudonym session: pass it back to ``restore`` (or reuse it for the next turn).

    ``scope`` binds the ``encrypt`` tokens made in this session to it (AES-GCM associated data):
    ``restore`` decrypts a token only in a session of the same scope. The HTTP service passes
    the key's tenant, so another tenant's restore leaves the token as it is; the default (no
    scope) is what tokens were bound to before scopes existed."""

    __slots__ = ("id", "scope", "vault")

    def __init__(self, vault: Vault, id: str | None = None, *, scope: str = "") -> None:
        self.id = id or new_session_id()
        self.vault = vault
        self.scope = scope

    def restore(self, text: str) -> str:
        return restore_placeholders(text, self.vault, self.id)

    def __repr__(self) -> str:
        return f"Session(id={self.id!r})"


def restore_placeholders(text: str, vault: Vault, session_id: str, only: Collection[str] | None = None) -> str:
    """Replace every known placeholder (each occurrence); leave unknown ones as they are.
    ``only``: replace just these (the ones a caller's own request produced)."""
    found = {m.group(0) for m in PLACEHOLDER_RE.finditer(text)}
    if only is not None:
        found.intersection_update(only)
    if not found:
        return text
    values = vault.resolve(session_id, found)
    if not values:
        return text
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(0), m.group(0)), text)
