"""The per-session scan cache: history re-sent every turn is scanned once, never across sessions."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest
from anthropic_helpers import EMAIL, EMAIL2, make_guard
from fake_anthropic import FakeAnthropic, Reply

import promptguard
from promptguard.findings import ScanResult, Verdict
from promptguard.guard import Guard
from promptguard.integrations.anthropic import conversation
from promptguard.integrations.anthropic.cache import ScanCache

pytestmark = pytest.mark.network  # a real uvicorn server on 127.0.0.1

MODEL = "claude-test"


class _Counting:
    """Records every text the guard sanitizes (the cache's job is to make this list shorter)."""

    def __init__(self, guard: Guard) -> None:
        self.texts: list[str] = []
        inner = guard.sanitize_batch

        def sanitize_batch(texts: list[str], **kwargs: Any) -> list[ScanResult]:
            if kwargs.get("direction", "prompt") == "prompt":
                self.texts.extend(texts)
            return inner(texts, **kwargs)

        guard.sanitize_batch = sanitize_batch  # type: ignore[method-assign]


def _client(fake: FakeAnthropic, guard: Guard, **options: Any) -> Any:
    return promptguard.protect(anthropic.Anthropic(api_key="k", base_url=fake.base_url), guard=guard, **options)


def _sent(fake: FakeAnthropic) -> list[str]:
    """The user/assistant string contents of the last request the server received."""
    return [m["content"] for m in fake.requests[-1].body["messages"]]


def test_history_is_scanned_once_and_sent_as_before(fake: FakeAnthropic) -> None:
    guard = make_guard()
    seen = _Counting(guard)
    records: list[dict[str, Any]] = []
    client = _client(fake, guard, audit=records.append)
    first = {"role": "user", "content": f"Mail {EMAIL} about the renewal."}
    client.messages.create(model=MODEL, max_tokens=8, messages=[first])
    history = [first, {"role": "assistant", "content": "Sure."}, {"role": "user", "content": f"And {EMAIL2}?"}]
    client.messages.create(model=MODEL, max_tokens=8, messages=history)

    # The first turn only once (texts are scanned in batches per source: user turns first).
    assert seen.texts == [first["content"], f"And {EMAIL2}?", "Sure."]
    assert _sent(fake) == ["Mail <EMAIL_ADDRESS_1> about the renewal.", "Sure.", "And <EMAIL_ADDRESS_2>?"]
    assert [r["texts"] for r in records] == [1, 3]
    assert [r["texts_cached"] for r in records] == [0, 1]
    # Findings of cached texts still count in the record: they are part of what was sent.
    assert records[1]["entity_counts"] == {"EMAIL_ADDRESS": 2}


def test_an_edited_block_is_scanned_again(fake: FakeAnthropic) -> None:
    guard = make_guard()
    seen = _Counting(guard)
    client = _client(fake, guard, audit=None)
    client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": f"Mail {EMAIL}."}])
    edited = f"Mail {EMAIL} and {EMAIL2}."
    client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": edited}])
    assert seen.texts == [f"Mail {EMAIL}.", edited]
    assert _sent(fake) == ["Mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>."]
    # The same words from another source (the model's turn, not the user's) are judged on their own.
    client.messages.create(
        model=MODEL,
        max_tokens=8,
        messages=[{"role": "assistant", "content": edited}, {"role": "user", "content": "ok"}],
    )
    assert seen.texts[-2:] == ["ok", edited]


def test_results_never_cross_sessions(fake: FakeAnthropic) -> None:
    guard = make_guard()
    seen = _Counting(guard)
    client = _client(fake, guard, audit=None)
    text = f"Mail {EMAIL} today."
    with conversation(guard.new_session()):
        client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": text}])
    assert _sent(fake) == ["Mail <EMAIL_ADDRESS_1> today."]
    other = guard.new_session()
    with conversation(other):
        # In this session <EMAIL_ADDRESS_1> is EMAIL2: reusing the first session's result
        # would tell the model EMAIL is EMAIL2.
        client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": EMAIL2}])
        client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": text}])
    assert _sent(fake) == ["Mail <EMAIL_ADDRESS_2> today."]
    assert seen.texts == [text, EMAIL2, text]
    assert guard.restore("<EMAIL_ADDRESS_2>", other) == EMAIL


def test_a_forgotten_session_is_not_served_from_the_cache(fake: FakeAnthropic) -> None:
    guard = make_guard()
    session = guard.new_session()
    client = _client(fake, guard, audit=None, session=session)
    first = {"role": "user", "content": f"Mail {EMAIL} today."}
    client.messages.create(model=MODEL, max_tokens=8, messages=[first])
    # The vault drops the session (TTL, eviction): its placeholders now mean nothing, and the
    # next value to arrive takes number 1.
    guard.vault.drop(session.id)
    client.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": EMAIL2}])
    fake.default_reply = Reply.text("Done: wrote to <EMAIL_ADDRESS_2>.")
    reply = client.messages.create(model=MODEL, max_tokens=8, messages=[first])
    assert _sent(fake) == ["Mail <EMAIL_ADDRESS_2> today."]
    assert reply.content[0].text == f"Done: wrote to {EMAIL}."


def test_cache_off_scans_everything(fake: FakeAnthropic) -> None:
    guard = make_guard()
    seen = _Counting(guard)
    records: list[dict[str, Any]] = []
    client = _client(fake, guard, audit=records.append, scan_cache=0)
    messages = [{"role": "user", "content": f"Mail {EMAIL}."}]
    client.messages.create(model=MODEL, max_tokens=8, messages=messages)
    client.messages.create(model=MODEL, max_tokens=8, messages=messages)
    assert seen.texts == [f"Mail {EMAIL}."] * 2
    assert [r["texts_cached"] for r in records] == [0, 0]


def test_cached_answers_restore_like_fresh_ones(fake: FakeAnthropic) -> None:
    guard = make_guard()
    client = _client(fake, guard, audit=None)
    first = {"role": "user", "content": f"Mail {EMAIL} today."}
    fake.default_reply = Reply.text("Will write to <EMAIL_ADDRESS_1>.")
    answer = client.messages.create(model=MODEL, max_tokens=8, messages=[first]).content[0].text
    assert answer == f"Will write to {EMAIL}."
    # Turn 2: the first block comes from the cache; the answer may still name its placeholder.
    history = [first, {"role": "assistant", "content": answer}, {"role": "user", "content": "Again please."}]
    again = client.messages.create(model=MODEL, max_tokens=8, messages=history).content[0].text
    assert again == f"Will write to {EMAIL}."


# ------------------------------------------------------------------ unit level
def test_scan_cache_rules() -> None:
    guard = make_guard()
    session = guard.new_session()
    cache = ScanCache(2)
    text = f"Mail {EMAIL}."
    result = guard.sanitize(text, session=session)
    key = cache.key(session, "user", text)
    cache.put(key, session, result, frozenset({"<EMAIL_ADDRESS_1>"}))
    assert cache.get(key, session) == (result, frozenset({"<EMAIL_ADDRESS_1>"}))
    assert cache.get(cache.key(session, "document", text), session) is None  # another source
    assert cache.get(cache.key(session, "user", text + " "), session) is None  # another text
    same = guard.new_session(session.id)  # the same session through a new handle
    assert cache.get(cache.key(same, "user", text), same) is not None
    other_vault = make_guard().new_session(session.id)  # same id, another vault
    assert cache.get(cache.key(other_vault, "user", text), other_vault) is None
    other = guard.new_session()
    assert cache.get(key, other) is None  # a key from another session is refused
    # Indeterminate and blocked results are never kept.
    for verdict in (Verdict.INDETERMINATE, Verdict.BLOCKED):
        bad = ScanResult(text="", findings=(), verdict=verdict, direction="prompt", source="user")
        bad_key = cache.key(session, "user", "other")
        cache.put(bad_key, session, bad, frozenset())
        assert cache.get(bad_key, session) is None
    # Bounded: the least recently used entry goes first.
    for t in ("a", "b"):
        cache.put(cache.key(session, "user", t), session, guard.sanitize(t, session=session), frozenset())
    assert len(cache) == 2 and cache.get(key, session) is None
    assert ScanCache(0).key(session, "user", "a") is None


def test_cache_holds_a_bounded_number_of_characters() -> None:
    """Entry count alone does not bound memory: large blocks evict by character budget."""
    from promptguard import Guard
    from promptguard.integrations.anthropic.cache import MAX_ENTRY_CHARS

    guard = Guard()
    session = guard.new_session()
    cache = ScanCache(100, max_chars=250)
    for i in range(5):
        text = f"note {i} " + "x" * 95
        result = guard.sanitize(text, session=session)
        cache.put(cache.key(session, "user", text), session, result, frozenset())
    assert len(cache) == 2  # 5 x ~103 characters under a 250-character budget
    big = "y" * (MAX_ENTRY_CHARS + 1)
    big_result = guard.sanitize(big, session=session)
    key = cache.key(session, "user", big)
    cache.put(key, session, big_result, frozenset())
    assert cache.get(key, session) is None  # never stored
