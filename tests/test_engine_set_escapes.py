"""The provider-token set runs its entries with a plain ``\\b`` lead and keeps the lead's escape forms
(a colour code, a written-out ``\\n``) in a set of its own, passed only over texts with a backslash
or an ESC byte (``pattern_set._escape_leads``). Which patterns run, and so every finding and its
order, must be as with the whole lead in one set: compared on every pack example and on texts
whose tokens are glued to escapes."""

from __future__ import annotations

import random

import pytest

from engine_set_helpers import PII, POLICY, assert_same_on_examples, provider_tokens, rebuilt, scan_key
from promptguard import Guard
from promptguard.recognizers.pattern_set import _escape_leads
from promptguard.recognizers.regex import _BOUNDARY_LEAD


def _whole_lead(guard: Guard) -> Guard:
    """``guard`` with the token set's entries as they were: the whole lead, one set."""
    return rebuilt(guard, "_escape_leads", lambda entries: (entries, []))


@pytest.fixture(scope="module")
def guards() -> tuple[Guard, Guard]:
    cut = Guard({"name": "cut", "packs": [*PII, "secrets"], **POLICY})
    whole = _whole_lead(Guard({"name": "whole", "packs": [*PII, "secrets"], **POLICY}))
    assert cut.engine._patterns._escapes and not whole.engine._patterns._escapes
    return cut, whole


def test_the_lead_is_cut_to_a_word_boundary_and_its_escape_forms_kept() -> None:
    entries = [(_BOUNDARY_LEAD + "ghp_", ("a", 0)), ("plain=([a-z]{8})", ("b", 0))]
    plain, escaped = _escape_leads(entries)  # type: ignore[arg-type]
    assert plain == [(r"\bghp_", ("a", 0)), ("plain=([a-z]{8})", ("b", 0))]
    assert len(escaped) == 1 and escaped[0][1] == ("a", 0)
    assert escaped[0][0].endswith("ghp_") and r"\b" not in escaped[0][0]


def test_tokens_right_after_an_escape_are_still_found(guards: tuple[Guard, Guard]) -> None:
    cut, _ = guards
    token = "ghp_" + "aB3" * 12
    for text in (f'{{"log": "ok\\n{token}"}}', f"\x1b[33m{token}\x1b[0m", f"line\\t{token}"):
        found = [(f.entity_type, text[f.start : f.end]) for f in cut.scan(text).findings]
        assert any(entity == "GITHUB_TOKEN" and value.endswith(token) for entity, value in found), text


def test_every_pack_example_gives_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    assert_same_on_examples(*guards)


def test_tokens_glued_to_escapes_give_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    cut, whole = guards
    rng = random.Random(5)
    tokens = provider_tokens(rng)
    glue = ["\\n", "\\r", "\\t", "\x1b[33m", "\x1b[1;31m", "\x1b[m", "\\", "x", " ", "", "\\\\n", "é"]
    for _ in range(200):
        text = "".join(rng.choice(glue) + rng.choice(tokens)() for _ in range(rng.randint(1, 5)))
        assert scan_key(cut, text) == scan_key(whole, text), text
