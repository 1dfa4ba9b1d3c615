"""The in-memory vault: sessions, TTL, bounds, thread safety."""

from __future__ import annotations

import threading
import time

import pytest

from promptguard import VaultError
from promptguard.anonymize.vault import InMemoryVault, Session, restore_placeholders


def test_numbering_is_per_entity_and_stable() -> None:
    v = InMemoryVault()
    assert v.pseudonym("s", "EMAIL_ADDRESS", "a@x.io") == "<EMAIL_ADDRESS_1>"
    assert v.pseudonym("s", "PERSON", "Jane") == "<PERSON_1>"
    assert v.pseudonym("s", "EMAIL_ADDRESS", "b@x.io") == "<EMAIL_ADDRESS_2>"
    assert v.pseudonym("s", "EMAIL_ADDRESS", "a@x.io") == "<EMAIL_ADDRESS_1>"
    assert v.resolve("s", ["<EMAIL_ADDRESS_2>", "<NOPE_1>"]) == {"<EMAIL_ADDRESS_2>": "b@x.io"}


def test_sessions_are_isolated() -> None:
    v = InMemoryVault()
    v.pseudonym("a", "PERSON", "Jane")
    assert v.resolve("b", ["<PERSON_1>"]) == {}


def test_ttl_expires_sessions() -> None:
    v = InMemoryVault(ttl_seconds=0.05)
    v.pseudonym("s", "PERSON", "Jane")
    time.sleep(0.1)
    assert v.resolve("s", ["<PERSON_1>"]) == {}
    v.pseudonym("t", "PERSON", "Jo")
    time.sleep(0.1)
    assert v.sweep() == 1 and len(v) == 0


def test_session_count_is_bounded_lru() -> None:
    v = InMemoryVault(max_sessions=2)
    for sid in ("a", "b", "c"):
        v.pseudonym(sid, "PERSON", sid)
    assert len(v) == 2
    assert v.resolve("a", ["<PERSON_1>"]) == {}
    assert v.resolve("c", ["<PERSON_1>"]) == {"<PERSON_1>": "c"}


def test_entries_per_session_are_bounded_and_fail_loudly() -> None:
    v = InMemoryVault(max_entries_per_session=2)
    v.pseudonym("s", "PERSON", "a")
    v.pseudonym("s", "PERSON", "b")
    with pytest.raises(VaultError, match="max_entries_per_session"):
        v.pseudonym("s", "PERSON", "c")


def test_restore_handles_repeats_adjacent_and_unknown() -> None:
    v = InMemoryVault()
    s = Session(v)
    v.pseudonym(s.id, "PERSON", "Jane")
    text = "<PERSON_1><PERSON_1> <PERSON_2> <person_1> <PERSON_1"
    assert restore_placeholders(text, v, s.id) == "JaneJane <PERSON_2> <person_1> <PERSON_1"
    assert s.restore("hi <PERSON_1>") == "hi Jane"
    assert "Jane" not in repr(s)


def test_concurrent_pseudonyms_get_unique_numbers() -> None:
    v = InMemoryVault()
    out: list[str] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        p = v.pseudonym("s", "PERSON", f"name{i}")
        with lock:
            out.append(p)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(out)) == 100


class _Clock:
    """Stands in for the ``time`` module inside the vault: time moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_expired_sessions_are_freed_when_a_new_one_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sweeper runs: without this, the LRU would hold max_sessions expired sessions forever."""
    import promptguard.anonymize.vault as vault_module

    clock = _Clock()
    monkeypatch.setattr(vault_module, "time", clock)
    v = InMemoryVault(ttl_seconds=10, max_sessions=100)
    for i in range(10):
        v.reserve(f"old{i}", ["<X_1>"])
    clock.now += 6
    assert v.resolve("old9", ["<X_1>"]) == {"<X_1>": "<X_1>"}  # used again: its TTL starts over
    clock.now += 6  # old0..old8 are past their TTL, old9 is not
    assert len(v) == 10  # expired sessions linger until something is created...
    v.pseudonym("new", "PERSON", "Jo")
    assert len(v) == 2  # ...then they go, oldest first, in one pass over the expired front
    assert v.resolve("old9", ["<X_1>"]) == {"<X_1>": "<X_1>"}
    assert v.resolve("new", ["<PERSON_1>"]) == {"<PERSON_1>": "Jo"}
