"""LiteLLM route: the per-call placeholder records stay bounded and never crowd out conversations.

Each LiteLLM call whose request produced placeholders records them (``routes._call_marks``) so
its answer restores only those. The records live apart from the conversation sessions (in
memory; Redis keys expire on their own), are kept across all the answer rounds of a streamed
call, and are bounded. Real uvicorn on 127.0.0.1, app state inspected in process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from server_helpers import serve_in_thread

import promptguard.service.state as state_module
from promptguard.service.app import create_app
from promptguard.service.state import ServiceState
from promptguard.settings import Settings

pytestmark = pytest.mark.network  # a real uvicorn server on 127.0.0.1

URL = "/beta/litellm_basic_guardrail_api"


def _email(i: int) -> str:
    return f"planted.user{i}@acme-example.io"


def _guardrail(c: httpx.Client, input_type: str, text: str, call: str, trace: str) -> str:
    """What LiteLLM passes on for ``text`` (the request's or the answer's)."""
    body = {"input_type": input_type, "texts": [text], "litellm_call_id": call, "litellm_trace_id": trace}
    resp = c.post(URL, json=body)
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert out["action"] in ("NONE", "GUARDRAIL_INTERVENED"), out
    return text if out["action"] == "NONE" else str(out["texts"][0])


@pytest.fixture
def live() -> Iterator[tuple[httpx.Client, ServiceState]]:
    app = create_app(Settings(insecure_no_auth=True, preload=False))
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=30.0) as c:
        yield c, app.state.pg


def test_call_records_do_not_take_conversation_slots(live: tuple[httpx.Client, ServiceState]) -> None:
    c, state = live
    assert state.call_marks is not state.vault
    for t in range(3):
        for k in range(8):
            i = t * 8 + k
            assert _guardrail(c, "request", f"mail {_email(i)}", f"call-{i}", f"trace-{t}") == (
                f"mail <EMAIL_ADDRESS_{k + 1}>"
            )
            assert _guardrail(c, "response", f"Sent to <EMAIL_ADDRESS_{k + 1}>.", f"call-{i}", f"trace-{t}") == (
                f"Sent to {_email(i)}."
            )
    # One vault session per conversation (trace), not one more per call: before, 24 calls
    # made 24 extra sessions in the same LRU that keeps conversations.
    assert len(state.vault) == 3  # type: ignore[arg-type]
    assert len(state.call_marks) == 24  # type: ignore[arg-type]


def test_every_round_of_a_streamed_answer_is_restored(live: tuple[httpx.Client, ServiceState]) -> None:
    """LiteLLM checks a streamed answer in rounds (the text so far, then all of it) under the same
    call id, and never says which round is the last: the record must outlive the first one."""
    c, _ = live
    _guardrail(c, "request", f"mail {_email(1)} and {_email(2)}", "stream-call", "stream-trace")
    so_far = ""
    for piece in ("Mailed <EMAIL_ADDRESS_1>", ", cc <EMAIL_ADDRESS_2>", ". Done, <EMAIL_ADDRESS_1>."):
        so_far += piece
        expected = so_far.replace("<EMAIL_ADDRESS_1>", _email(1)).replace("<EMAIL_ADDRESS_2>", _email(2))
        assert _guardrail(c, "response", so_far, "stream-call", "stream-trace") == expected


def test_records_are_bounded_and_an_evicted_one_restores_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_module, "LITELLM_CALLS_KEPT", 4)
    app = create_app(Settings(insecure_no_auth=True, preload=False))
    state: ServiceState = app.state.pg
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=30.0) as c:
        # Six calls of one conversation send their requests before any answer comes back.
        for i in range(6):
            assert _guardrail(c, "request", f"mail {_email(i)}", f"b-{i}", "b-trace") == (
                f"mail <EMAIL_ADDRESS_{i + 1}>"
            )
        assert len(state.call_marks) == 4  # type: ignore[arg-type]
        answers = [_guardrail(c, "response", f"to <EMAIL_ADDRESS_{i + 1}>", f"b-{i}", "b-trace") for i in range(6)]
    # The two oldest records went: those answers keep their placeholder (never another value);
    # the newer calls restore as usual, and the conversation itself was not evicted.
    assert answers[:2] == ["to <EMAIL_ADDRESS_1>", "to <EMAIL_ADDRESS_2>"]
    assert answers[2:] == [f"to {_email(i)}" for i in range(2, 6)]
    assert len(state.vault) == 1  # type: ignore[arg-type]


def test_records_expire_with_the_vault_ttl(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record unused for the vault's TTL is freed (no sweeper: the next record made frees it)."""

    class Clock:
        now = 1000.0

        def monotonic(self) -> float:
            return self.now

    import promptguard.anonymize.vault as vault_module

    clock = Clock()
    monkeypatch.setattr(vault_module, "time", clock)  # the vault's clock only: the server keeps real time
    app = create_app(Settings(insecure_no_auth=True, preload=False, vault_ttl_seconds=60))
    state: ServiceState = app.state.pg
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=30.0) as c:
        for i in range(5):
            _guardrail(c, "request", f"mail {_email(i)}", f"ttl-{i}", f"ttl-trace-{i}")
        assert len(state.call_marks) == 5  # type: ignore[arg-type]
        clock.now += 61
        _guardrail(c, "request", f"mail {_email(9)}", "ttl-9", "ttl-trace-9")
        assert len(state.call_marks) == 1  # type: ignore[arg-type]
        assert _guardrail(c, "response", "to <EMAIL_ADDRESS_1>", "ttl-9", "ttl-trace-9") == f"to {_email(9)}"


@pytest.mark.redis
def test_with_redis_records_stay_in_the_shared_vault_and_expire(redis_url: str) -> None:
    """Any worker must read a call's record: with Redis they stay in the vault, as keys with a TTL."""
    import secrets

    import redis

    prefix = f"pgtest-{secrets.token_hex(4)}:"
    settings = Settings(
        insecure_no_auth=True,
        preload=False,
        vault="redis",
        redis_url=redis_url,
        vault_key=secrets.token_hex(32),
        redis_prefix=prefix,
        vault_ttl_seconds=120,
    )
    app = create_app(settings)
    state: ServiceState = app.state.pg
    assert state.call_marks is state.vault
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=30.0) as c:
        _guardrail(c, "request", f"mail {_email(1)}", "r-1", "r-trace")
        assert _guardrail(c, "response", "to <EMAIL_ADDRESS_1>", "r-1", "r-trace") == f"to {_email(1)}"
    client: Any = redis.Redis.from_url(redis_url)
    try:
        keys = [k.decode() for k in client.scan_iter(match=prefix + "vault:*litellm-call-*")]
        assert len(keys) == 1
        assert 0 < client.pttl(keys[0]) <= 120_000
    finally:
        for k in client.scan_iter(match=prefix + "*"):
            client.delete(k)
