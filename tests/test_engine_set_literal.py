"""A big pack's set entries start at their first literal run (``engine.from_literal``) when what
comes before it is shapeless: the entry flags every text its pattern matches (a superset), and the
findings are those of the entries as written."""

from __future__ import annotations

import random
import string

import pytest
import re2

from engine_set_helpers import PII, POLICY, big_pack_sources, pack_examples, rebuilt, scan_key
from promptguard import Guard
from promptguard.recognizers.pattern_set import from_literal
from promptguard.recognizers.regex import _BOUNDARY_LEAD, re2_options


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # A leading boundary alternation and shapeless classes before the literal: dropped.
        (
            r"(?:^|[^A-Za-z0-9_~.\-])([A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?:$|[^A-Za-z0-9_~.\-])",
            r"Q~[A-Za-z0-9_~.\-]{31,34}(?:$|[^A-Za-z0-9_~.\-])",
        ),
        (
            _BOUNDARY_LEAD + r"([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70})(?:[^A-Za-z0-9_=\-]|$)",
            r"\.atlasv1\.[A-Za-z0-9_=\-]{60,70}(?:[^A-Za-z0-9_=\-]|$)",
        ),
        (r"(?i)\s*[a-z]+sk_(?P<v>[a-z0-9]{20})", r"(?i)sk_(?P<v>[a-z0-9]{20})"),  # flags kept
        (r"(?m)^[ \t]*ENV[ \t]+(\w+)", r"(?m)ENV[ \t]+(\w+)"),
        (r"(?i)(?m)^[ \t]*ENV[ \t]+(\w+)", r"(?i)(?m)ENV[ \t]+(\w+)"),  # the engine's (?i) first
        # A word boundary right before the run stays: the entry then starts only at a word start.
        (r"(?m)^[ \t]*\buser[ \t]+[^\s>]", r"(?m)\buser[ \t]+[^\s>]"),
        (r"(?m)-[ \t]+\bname:[ \t]*", r"(?m)\bname:[ \t]*"),
        (r"[[:alpha:]ab]{4}xy[a-z]", r"xy[a-z]"),  # a POSIX class is one class
        (r"[^]a-z]{4}xy", r"xy"),
    ],
)
def test_shapeless_lead_is_dropped(pattern: str, expected: str) -> None:
    assert from_literal(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        _BOUNDARY_LEAD + r"(gh[pousr]_[A-Za-z0-9]{36,251}\b)",  # only a boundary before the literal
        _BOUNDARY_LEAD + r"((?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}\b)",  # no literal run to start at
        r"\bmysql\b[^\n]{0,120}?\s-p(\S+)",  # the literal is first already (after an assertion)
        r"\b(?:smbclient|rpcclient)\b[^\n]{0,100}?\s-U(\S+)",  # words would be dropped
        r"[a-z]{3}\d+|Q~x",  # a top-level alternation
        r"[a-z]+(?:ab)+cd",  # a quantified group before the run
        r"\Q[a-z]+\Eab[a-z]+cd",
        r"[A-Za-z]{4}",  # no literal at all
        r"x+ab",  # a quantified character, not a class: not worth it
        r"[a-z]{3}(?i)ab[a-z]+",  # a flag for what follows would be dropped
        r"(?m)(?s)[a-z]{3}(?i)ab",
    ],
)
def test_left_as_written(pattern: str) -> None:
    assert from_literal(pattern) == pattern


def test_every_rewritten_entry_flags_what_its_pattern_matches() -> None:
    sources = big_pack_sources()
    rewritten = [(src, from_literal(src)) for src in sources if from_literal(src) != src]
    assert len(rewritten) >= 5  # the secrets pack has such rules (Azure, Telegram, Terraform...)
    texts = pack_examples()
    for src, new in rewritten:
        original, superset = re2.compile(src, re2_options()), re2.compile(new, re2_options())
        matched = [t for t in texts if original.search(t)]
        for text in matched:
            assert superset.search(text), (src, new, text[:80])


def _plain(guard: Guard) -> Guard:
    """``guard`` with the set entries as written (no from_literal)."""
    return rebuilt(guard, "from_literal", lambda src: src)


def test_findings_are_those_of_the_entries_as_written() -> None:
    cur = Guard({"name": "cur", "packs": [*PII, "secrets"], **POLICY})
    plain = _plain(Guard({"name": "plain", "packs": [*PII, "secrets"], **POLICY}))
    rng = random.Random(5)
    alnum = string.ascii_letters + string.digits

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    texts = pack_examples()
    pieces = [
        "Oq0" + str(rng.randint(0, 9)) + "Q~" + rand(32, alnum + "_~.-"),
        "x" + "Q~" + rand(33),
        rand(14) + ".atlasv1." + rand(64),
        ".atlasv1." + rand(20),
        str(rng.randint(10**8, 10**9)) + ":AA" + rand(33, alnum + "_-"),
        ":AA" + rand(40),
        rand(32, "0123456789abcdef") + "-us" + str(rng.randint(1, 20)),
        "en-us1",
        "sl." + rand(20) + "AAAAAAAAAA" + rand(40),
        "- name: DB_PASSWORD\n  value: " + rand(14),
        "ENV API_TOKEN " + rand(30),
        "ghp_" + rand(36),
        "jane@acme.io",
        "\x1b[33m",
        "é",
    ]
    for _ in range(120):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
    for i, text in enumerate(texts):
        assert scan_key(cur, text, explain=i % 3 == 0) == scan_key(plain, text, explain=i % 3 == 0), text[:80]
