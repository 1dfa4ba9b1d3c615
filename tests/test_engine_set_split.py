"""A big pack's set split in two (provider-token rules, the rest: ``pattern_set._split_big``) flags the
same patterns as one set and hands them on in the same order, so every finding, its order and
overlap resolution are as with one set. Compared on every example of every pack (run together,
with the secrets and PII packs) and on generated texts of tokens and near-misses."""

from __future__ import annotations

import random
import string

import pytest

from engine_set_helpers import PII, POLICY, assert_same_on_examples, rebuilt, scan_key
from promptguard import Guard
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.pattern_set import _GATE, _split_big
from promptguard.recognizers.regex import _BOUNDARY_LEAD


def _token_rule(rec: PatternRecognizer, i: int) -> bool:
    """A token rule's pattern starts with the boundary lead."""
    return rec.patterns[i].regex.pattern.startswith(_BOUNDARY_LEAD)


def _one_set(guard: Guard) -> Guard:
    """``guard`` with each pack's patterns in one set, as before the split."""
    return rebuilt(guard, "_split_big", lambda entries: [entries])


@pytest.fixture(scope="module")
def guards() -> tuple[Guard, Guard]:
    split = Guard({"name": "split", "packs": [*PII, "secrets"], **POLICY})
    one = _one_set(Guard({"name": "one", "packs": [*PII, "secrets"], **POLICY}))
    assert split.engine._patterns._split and not one.engine._patterns._split
    assert len(split.engine._patterns.sets) == len(one.engine._patterns.sets) + 1
    return split, one


def test_split_puts_token_rules_apart() -> None:
    guard = Guard({"name": "split", "packs": [*PII, "secrets"], **POLICY})
    ps = guard.engine._patterns
    big = [slots for _, slots in ps.sets if any(rec.pack == "secrets" for rec, i in slots if i != _GATE)]
    assert len(big) == 2
    tokens, others = big
    # The token rules, the in-word companions of the rest, and the rest's case-sensitive entries
    # that start with a literal (see test_engine_set_companions).
    twice = [slot for slot in tokens if slot in others]
    moved = [(rec, i) for rec, i in tokens if (rec, i) not in twice and not (i >= 0 and _token_rule(rec, i))]
    assert tokens and 0 < len(moved) < len(tokens) // 3
    assert all(i == _GATE or not rec.spec.ignore_case for rec, i in moved)
    assert not set(moved) & set(others)
    assert len(twice) == len(ps._twice) and len(twice) < len(tokens) // 4
    assert any(i == _GATE for _, i in others)  # the built-ins' gates ride with the rest
    assert not any(i >= 0 and rec.patterns[i].regex.pattern.startswith(_BOUNDARY_LEAD) for rec, i in others)
    # Every slot once; the public slot list in the pack's own order.
    unsplit = _one_set(Guard({"name": "one", "packs": [*PII, "secrets"], **POLICY})).engine._patterns
    assert [(rec.id, i) for rec, i in ps.slots] == [(rec.id, i) for rec, i in unsplit.slots]


def test_small_packs_and_packs_without_tokens_stay_one_set() -> None:
    lead = [(_BOUNDARY_LEAD + f"(tok{i}_[a-z]{{8}})", (object(), i)) for i in range(50)]
    plain = [(f"plain{i}=([a-z]{{8}})", (object(), i)) for i in range(50)]
    assert _split_big(lead[:10] + plain[:10]) == [lead[:10] + plain[:10]]  # small: one set
    assert _split_big(plain) == [plain]
    assert _split_big(lead) == [lead]
    assert _split_big(plain[:25] + lead[:25]) == [lead[:25], plain[:25]]
    pii = Guard({"name": "pii", "packs": PII, **POLICY}).engine._patterns
    assert not pii._split


def test_every_pack_example_gives_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    assert_same_on_examples(*guards)


def test_generated_texts_give_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    split, one = guards
    rng = random.Random(11)
    alnum = string.ascii_letters + string.digits

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    pieces = [
        "ghp_" + rand(36),
        "AKIA" + rand(16, string.ascii_uppercase + string.digits),
        "Authorization: Bearer ghp_" + rand(36),
        "password = hunter2!Xy",
        "api_key=",
        "token ",
        "postgres://app:Tr0ub4dor&3@db.internal",
        "xoxb-" + rand(12, string.digits) + "-" + rand(24),
        "jane@acme.io",
        "+1 415 555 0100",
        "4111 1111 1111 1111",
        "\x1b[33m",
        "\\n",
        "é",
        "-----BEGIN RSA PRIVATE KEY-----",
        rand(40, "0123456789abcdef"),
        "mysql -u root -pS3cr3t!x",
        "sk-ant-api03-" + "x" * 93,
    ]
    for _ in range(150):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert scan_key(split, text) == scan_key(one, text), text
