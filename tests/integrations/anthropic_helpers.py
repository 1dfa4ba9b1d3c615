"""Planted values, the test policy and leak assertions shared by the Anthropic integration tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fake_anthropic import FakeAnthropic

from promptguard.guard import Guard

# Planted values: none of them may ever reach the fake server.
EMAIL = "jane.doe@acme.io"
EMAIL2 = "bob.stone@initech.example"
CARD = "4111 1111 1111 1111"
TOKEN = "tok-9f8e7d6c5b4a3921"  # a deny-listed "internal token": redacted both ways
CODENAME = "Bluebird-7"  # deny-listed, pseudonymized
COMPANY = 'Acme "Q" Back\\slash Co'  # deny-listed; quotes and a backslash to test JSON escaping
PLANTED = (EMAIL, EMAIL2, CARD, TOKEN, CODENAME, COMPANY)

TEST_POLICY: dict[str, Any] = {
    "schema_version": 1,
    "name": "anthropic-test",
    # A frozen test pack: these tests must not move when the built-in PII packs are tuned.
    "packs": [str(Path(__file__).parent / "data" / "anthropic-test-pack.yaml")],
    "defaults": {"prompt": "pseudonymize", "response": "detect"},
    "deny_list": [
        {"entity": "INTERNAL_TOKEN", "values": [TOKEN]},
        {"entity": "CODENAME", "values": [CODENAME]},
        {"entity": "COMPANY", "values": [COMPANY]},
    ],
    "entities": {"INTERNAL_TOKEN": {"prompt": "redact", "response": "redact"}},
    "injection": {"enabled": False},
}


def make_guard(**overrides: Any) -> Guard:
    policy = {**TEST_POLICY, **overrides}
    return Guard(policy)


def assert_no_leak(fake: FakeAnthropic, *values: str) -> None:
    received = fake.received_text()
    assert fake.requests, "the fake server received nothing"
    for value in values or PLANTED:
        assert value not in received, f"a planted value reached the server (#{PLANTED.index(value)})"
        assert json.dumps(value)[1:-1] not in received, (
            f"a planted value reached the server, escaped (#{PLANTED.index(value)})"
        )


def email_response_guard() -> Any:
    """A ``ResponseGuard`` of a report-only guard whose request produced ``EMAIL``'s placeholder
    (the only one it may restore)."""
    from promptguard.integrations.anthropic.audit import CallAudit
    from promptguard.integrations.anthropic.response import ResponseGuard

    guard = make_guard(entities={})
    session = guard.new_session()
    text = guard.sanitize(EMAIL, session=session).text
    return ResponseGuard(guard, session, CallAudit(route="messages"), rewrites=False, allowed=frozenset({text}))
