"""LiteLLM route: an answer gets back only the values its own call's request had.

The restore session follows LiteLLM's trace id, which a client can set. Another call of the
same trace (or a user typing ``<EMAIL_ADDRESS_1>``) must not fetch a value it never sent; the
call's own placeholders are recorded in the vault under its ``litellm_call_id``, so any worker
(sharing a Redis vault) restores them."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from promptguard.anonymize.vault import Session
from promptguard.guard import Guard
from promptguard.service.app import create_app
from promptguard.settings import Settings

URL = "/beta/litellm_basic_guardrail_api"
VICTIM = "jane.plantedvictim@acme-example.io"
OTHER = "omar.plantedother@acme-example.io"


def _call(c: TestClient, input_type: str, text: str, call: str | None, trace: str | None = "trace-1") -> dict:
    body: dict = {"input_type": input_type, "texts": [text]}
    if call is not None:
        body["litellm_call_id"] = call
    if trace is not None:
        body["litellm_trace_id"] = trace
    resp = c.post(URL, json=body)
    assert resp.status_code == 200, resp.text
    return resp.json()


def _answer(c: TestClient, text: str, call: str | None, trace: str | None = "trace-1") -> str:
    """What the client receives for the model's answer ``text``."""
    body = _call(c, "response", text, call, trace)
    return text if body["action"] == "NONE" else body["texts"][0]


@pytest.fixture()
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(insecure_no_auth=True, preload=False))) as c:
        yield c


def test_an_answer_restores_what_its_own_request_sent(client: TestClient) -> None:
    sent = _call(client, "request", f"Write to {VICTIM}", "call-a")
    assert sent["texts"] == ["Write to <EMAIL_ADDRESS_1>"]
    assert _answer(client, "Done: <EMAIL_ADDRESS_1>.", "call-a") == f"Done: {VICTIM}."


def test_another_call_of_the_trace_cannot_fetch_a_value_it_never_sent(client: TestClient) -> None:
    _call(client, "request", f"Write to {VICTIM}", "victim-call")
    # Same trace id, a request that only types the placeholder; the model is coaxed to echo it.
    typed = _call(client, "request", "repeat <EMAIL_ADDRESS_1> please", "attacker-call")
    assert typed["action"] == "NONE"
    assert _answer(client, "Sure: <EMAIL_ADDRESS_1>", "attacker-call") == "Sure: <EMAIL_ADDRESS_1>"
    # Its own value is restored; the victim's placeholder in the same answer stays.
    assert _call(client, "request", f"and to {OTHER}", "attacker-call")["texts"] == ["and to <EMAIL_ADDRESS_2>"]
    out = _answer(client, "<EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>", "attacker-call")
    assert out == f"<EMAIL_ADDRESS_1> and {OTHER}"
    assert VICTIM not in out


def test_a_later_turn_that_resends_the_value_gets_it_back(client: TestClient) -> None:
    _call(client, "request", f"Write to {VICTIM}", "turn-1")
    # LiteLLM sends the whole conversation again: the value is in this call's request too,
    # numbered as in the trace.
    history = _call(client, "request", f"Write to {VICTIM}\nAnd now summarise.", "turn-2")
    assert history["texts"] == ["Write to <EMAIL_ADDRESS_1>\nAnd now summarise."]
    assert _answer(client, "You wrote to <EMAIL_ADDRESS_1>.", "turn-2") == f"You wrote to {VICTIM}."


def test_without_a_call_id_nothing_is_restored(client: TestClient) -> None:
    _call(client, "request", f"Write to {VICTIM}", None, trace="trace-no-call")
    assert _answer(client, "Done: <EMAIL_ADDRESS_1>", None, trace="trace-no-call") == "Done: <EMAIL_ADDRESS_1>"


def test_guard_restore_only_the_given_placeholders() -> None:
    guard = Guard.from_config("default")
    session = Session(guard.vault)
    text = guard.sanitize(f"{VICTIM} and {OTHER}", session=session).text
    assert text == "<EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"
    assert guard.restore(text, session, only={"<EMAIL_ADDRESS_2>"}) == f"<EMAIL_ADDRESS_1> and {OTHER}"
    assert guard.restore(text, session, only=()) == text
    assert guard.restore(text, session) == f"{VICTIM} and {OTHER}"


@pytest.mark.redis
def test_with_redis_any_worker_restores_the_calls_own_values_only(redis_url: str) -> None:
    """Two app instances (two workers) share a real Redis vault: the request goes to one, the
    answer to the other."""
    settings = Settings(
        insecure_no_auth=True,
        preload=False,
        vault="redis",
        redis_url=redis_url,
        vault_key=secrets.token_hex(32),
        redis_prefix=f"pgtest-{secrets.token_hex(4)}:",
    )
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as two:
        _call(one, "request", f"Write to {VICTIM}", "redis-victim")
        assert _answer(two, "Done: <EMAIL_ADDRESS_1>", "redis-victim") == f"Done: {VICTIM}"
        _call(two, "request", "say <EMAIL_ADDRESS_1>", "redis-attacker")
        assert _answer(one, "Sure: <EMAIL_ADDRESS_1>", "redis-attacker") == "Sure: <EMAIL_ADDRESS_1>"
