"""A big pack's provider-token set entries end before their first shapeless run
(``engine.literal_head``) when a literal prefix comes first, and its other entries are relaxed
further (``pattern_set._RELAX_REST_TO``): each entry flags every text its pattern matches (a
superset), and the findings are those of the entries as before."""

from __future__ import annotations

import random
import string
from unittest import mock

import pytest
import re2

from engine_set_helpers import PII, POLICY, big_pack_sources, pack_examples, rebuilt, scan_key
from promptguard import Guard
from promptguard.recognizers import pattern_set as pattern_set_module
from promptguard.recognizers.pattern_set import _LEADS, from_literal, literal_head
from promptguard.recognizers.regex import _BOUNDARY_LEAD, re2_options

LEAD = _BOUNDARY_LEAD


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (LEAD + r"(gh[pousr]_[A-Za-z0-9]{8,}\b)", LEAD + r"gh[pousr]_"),
        # An alternation after the lead counts as a literal prefix.
        (LEAD + r"((?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{8,}\b)", LEAD + r"(?:A3T[A-Z0-9]|AKIA|ASIA)"),
        (LEAD + r"(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{8,})", LEAD + r"sk-ant-(?:api|admin)"),  # \d{2} too
        (r"(?i)" + LEAD + r"(xoxb-[0-9]{8,}-[a-z]+)", r"(?i)" + LEAD + r"xoxb-"),  # flags kept
        (r"\.atlasv1\.[A-Za-z0-9_=\-]{8,}(?:[^A-Za-z0-9_=\-]|$)", r"\.atlasv1\."),  # after from_literal
        (LEAD + r"(ghp_[A-Za-z0-9]{36})", LEAD + r"ghp_"),  # a counter of fixed length too
        (r"abc(?:x|y)+[a-z]+", r"abc(?:x|y)+"),  # a quantified group is kept whole
    ],
)
def test_cut_before_the_first_shapeless_run(pattern: str, expected: str) -> None:
    assert literal_head(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        LEAD + r"(SK[0-9a-fA-F]{8,}\b)",  # two literal characters: too common a prefix
        LEAD + r"([0-9a-f]{8,}-[0-9a-f]{8}-[0-9a-f]{8}\b)",  # a class first
        LEAD + r"(xoxb-\d-x)",  # no shapeless run to cut at
        LEAD + r"(?:dev-)?[a-z]{9,}",  # an optional group is no literal prefix
        r"ab[a-z]+|cd",  # a top-level alternation
        r"\Qabc\E[a-z]+",
    ],
)
def test_left_as_written(pattern: str) -> None:
    assert literal_head(pattern) == pattern


def _token_sources() -> list[str]:
    """The token set's entries before literal_head (relaxed, then from_literal)."""
    return [from_literal(src) for src in big_pack_sources() if src.startswith(_LEADS)]


def test_every_cut_entry_flags_what_its_pattern_matches() -> None:
    sources = _token_sources()
    cut = [(src, literal_head(src)) for src in sources if literal_head(src) != src]
    assert len(cut) >= 50  # most provider rules have a literal prefix
    texts = pack_examples()
    for src, head in cut:
        original, superset = re2.compile(src, re2_options()), re2.compile(head, re2_options())
        for text in texts:
            if original.search(text):
                assert superset.search(text), (src, head, text[:80])


def test_findings_are_those_of_the_entries_as_before() -> None:
    cur = Guard({"name": "cur", "packs": [*PII, "secrets"], **POLICY})
    plain = Guard({"name": "plain", "packs": [*PII, "secrets"], **POLICY})
    with mock.patch.object(pattern_set_module, "_RELAX_REST_TO", pattern_set_module._RELAX_TO):
        plain = rebuilt(plain, "literal_head", lambda src: src)
    assert [len(slots) for _, slots in cur.engine._patterns.sets] == [
        len(slots) for _, slots in plain.engine._patterns.sets
    ]
    rng = random.Random(11)
    alnum = string.ascii_letters + string.digits

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    texts = pack_examples()
    pieces = [
        "ghp_" + rand(36),
        "ghp_" + rand(12),  # a prefix the set now flags, the rule finds nothing
        "AKIA" + rand(16, string.ascii_uppercase + "234567"),
        "AKIA",
        "sk-" + rand(48),
        "sk-learn",
        "key-value",
        "patient path pattern",
        "EAAB" + rand(30),
        "eyJ" + rand(20) + "." + rand(20) + "." + rand(20),
        "xoxb-" + rand(10, string.digits) + "-" + rand(12),
        "\x1b[33mghp_" + rand(36),
        "\\nglpat-" + rand(20),
        "password = " + rand(14, alnum + "!#%&"),
        "DB_PASSWORD=" + rand(5),  # short: a relaxed entry may flag it, its pattern does not match
        "Authorization: Bearer " + rand(10),
        "mysql -u root -p" + rand(6),
        "jane@acme.io",
        "é",
    ]
    for _ in range(150):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
    for i, text in enumerate(texts):
        assert scan_key(cur, text, explain=i % 3 == 0) == scan_key(plain, text, explain=i % 3 == 0), text[:80]


def test_a_group_that_sets_flags_is_kept_whole() -> None:
    # Spliced in, "(?-i)" would reach past its group and make the head miss "sk_LIVE_...",
    # which the pattern matches (the head must match wherever the pattern does).
    pattern = r"(?i)(?:(?-i)sk)_live_[a-z0-9]{24}"
    head = literal_head(pattern)
    text = "key sk_LIVE_" + "a" * 24
    assert re2.search(pattern, text) is not None
    assert re2.search(head, text) is not None
