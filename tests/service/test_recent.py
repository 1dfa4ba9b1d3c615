"""The service's memory of recent LiteLLM system prompts: bounded, expiring, tenant-scoped."""

from __future__ import annotations

import pytest

from promptguard.service.recent import RecentSystemPrompts


def test_recalls_what_the_same_tenant_and_call_stored() -> None:
    store = RecentSystemPrompts()
    store.remember("acme", "call-1", "The vault PIN is 'orchid-4471'.", now=0.0)
    assert store.recall("acme", "call-1", now=1.0) == "The vault PIN is 'orchid-4471'."
    assert store.recall("acme", "call-2", now=1.0) is None
    assert store.recall("globex", "call-1", now=1.0) is None  # another tenant naming the same call id


def test_entries_expire() -> None:
    store = RecentSystemPrompts(ttl_s=10.0)
    store.remember("acme", "call-1", "prompt", now=0.0)
    assert store.recall("acme", "call-1", now=9.9) == "prompt"
    assert store.recall("acme", "call-1", now=10.0) is None
    assert len(store) == 0  # an expired entry is dropped when found


def test_oldest_entries_go_first_when_full() -> None:
    store = RecentSystemPrompts(max_entries=2)
    store.remember("t", "a", "A", now=0.0)
    store.remember("t", "b", "B", now=0.0)
    assert store.recall("t", "a", now=0.0) == "A"
    store.remember("t", "c", "C", now=0.0)  # evicts the least recently stored: "a" was stored first
    assert store.recall("t", "a", now=0.0) is None
    assert (store.recall("t", "b", now=0.0), store.recall("t", "c", now=0.0)) == ("B", "C")
    assert len(store) == 2


def test_keys_never_hold_the_call_id_in_clear() -> None:
    store = RecentSystemPrompts()
    store.remember("acme", "call-secret-id", "prompt")
    assert all(isinstance(k, bytes) and b"call-secret-id" not in k for k in store._items)


@pytest.mark.parametrize(("entries", "ttl"), [(0, 1.0), (1, 0.0)])
def test_rejects_bad_bounds(entries: int, ttl: float) -> None:
    with pytest.raises(ValueError, match="max_entries"):
        RecentSystemPrompts(max_entries=entries, ttl_s=ttl)


def test_keeps_only_what_the_check_reads_and_a_bounded_total() -> None:
    store = RecentSystemPrompts(max_chars=25, max_prompt_chars=10)
    store.remember("t", "a", "x" * 1000, now=0.0)
    assert store.recall("t", "a", now=0.0) == "x" * 10 and store.chars == 10
    store.remember("t", "b", "y" * 10, now=0.0)
    store.remember("t", "c", "z" * 10, now=0.0)  # 30 characters > 25: the oldest goes
    assert store.recall("t", "a", now=0.0) is None and store.chars == 20
    store.remember("t", "b", "w" * 4, now=0.0)  # replacing an entry frees its characters
    assert store.chars == 14 and store.recall("t", "b", now=0.0) == "wwww"


def test_a_flooding_tenant_evicts_only_its_own_entries() -> None:
    store = RecentSystemPrompts(max_per_tenant=3)
    store.remember("victim", "call-1", "protected prompt", now=0.0)
    for i in range(50):
        store.remember("flooder", f"call-{i}", "junk", now=0.0)
    assert store.recall("victim", "call-1", now=0.0) == "protected prompt"
    assert len(store) == 4  # the victim's one and the flooder's last three
    assert store.recall("flooder", "call-49", now=0.0) == "junk" and store.recall("flooder", "call-0", now=0.0) is None
