"""Unit parts of the way back: which placeholders may be restored, what is held back."""

from __future__ import annotations

from typing import Any

import pytest
from anthropic_helpers import EMAIL, email_response_guard, make_guard

from promptguard.integrations.anthropic.response import policy_rewrites_responses, produced_tokens


def test_produced_tokens_excludes_what_the_user_typed() -> None:
    assert produced_tokens(f"mail {EMAIL}", "mail <EMAIL_ADDRESS_1>") == {"<EMAIL_ADDRESS_1>"}
    assert produced_tokens("see <EMAIL_ADDRESS_1>", "see <EMAIL_ADDRESS_1>") == set()
    # Typed once and produced once in the same text: the value was in the request, so allowed.
    assert produced_tokens(f"<EMAIL_ADDRESS_1> {EMAIL}", "<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_1>") == {"<EMAIL_ADDRESS_1>"}


def test_policy_rewrites_responses() -> None:
    assert policy_rewrites_responses(make_guard())  # INTERNAL_TOKEN is redacted in responses
    assert not policy_rewrites_responses(make_guard(entities={}))
    assert policy_rewrites_responses(make_guard(entities={"CODENAME": {"response": "block"}}))
    assert policy_rewrites_responses(make_guard(defaults={"prompt": "pseudonymize", "response": "mask"}))


@pytest.fixture
def rg() -> Any:
    return email_response_guard()


@pytest.mark.parametrize(
    ("buffer", "held"),
    [
        ("Hi <EMAIL_ADDRESS_1", "<EMAIL_ADDRESS_1"),
        ("Hi <", "<"),
        ("Hi <E", "<E"),
        ("a <= b", ""),  # "<=" cannot start a placeholder
        ("<EMAIL_ADDRESS_1> done", ""),
        ("x <lower", ""),
        ("x <" + "A" * 200, ""),  # longer than any placeholder of this guard
    ],
)
def test_hold_back_is_the_shortest_possible_placeholder_tail(rg: Any, buffer: str, held: str) -> None:
    assert buffer[rg.hold_from(buffer) :] == held


def test_restore_counts_and_escapes(rg: Any) -> None:
    assert rg.restore_text("to <EMAIL_ADDRESS_1>, not <EMAIL_ADDRESS_2>") == f"to {EMAIL}, not <EMAIL_ADDRESS_2>"
    assert rg.audit.response.placeholders_restored == 1
    assert rg.restore_json_fragment('"<EMAIL_ADDRESS_1>"') == f'"{EMAIL}"'


def test_placeholder_bound_counts_placeholders_as_they_are_spelled() -> None:
    # A plugin entity is folded to UPPER_SNAKE_CASE in placeholders ("straße" -> "STRASSE",
    # one character longer): the stream's hold-back bound must cover the folded name.
    from promptguard.guard import Guard
    from promptguard.integrations.anthropic.response import placeholder_bound
    from promptguard.recognizers.base import StaticRecognizer

    name = "straße" * 12
    guard = Guard({"schema_version": 1, "name": "t", "packs": []}, recognizers=[StaticRecognizer(name, ["x"])])
    assert placeholder_bound(guard) == len(f"<{'STRASSE' * 12}_1234567>")
