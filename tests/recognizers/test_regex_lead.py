"""The boundary-lead fast path of RE2 patterns (``regex._lead_match``) finds exactly the spans
of the plain search: property tests on texts built from the pieces that make the lead's cases
(word boundaries, colour codes, escaped newlines, tokens glued to words), and on every
provider rule of the secrets pack."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.config.loader import load_pack
from promptguard.recognizers import regex as rx
from promptguard.recognizers.regex import TextBuffer, _lead_rest, _Re2Regex

LEAD = rx._BOUNDARY_LEAD
PACK = Path(__file__).resolve().parents[2] / "recognizers" / "secrets.yaml"


def _plain_spans(pattern: str, text: str, group: int = 1) -> list[tuple[int, int]]:
    """The spans the search without the fast path finds."""
    regex = _Re2Regex(pattern, False)
    regex._rest = None
    return list(regex.spans(TextBuffer(text), group))


def _fast_spans(pattern: str, text: str, group: int = 1) -> list[tuple[int, int]]:
    regex = _Re2Regex(pattern, False)
    assert regex._rest is not None, pattern
    return list(regex.spans(TextBuffer(text), group))


PATTERNS = [
    LEAD + r"(gh[pousr]_[A-Za-z0-9]{8,20}\b)",
    LEAD + r"((?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{4}\b)",
    LEAD + r"(AIza[0-9A-Za-z_\-]{5})(?:[^0-9A-Za-z_\-]|$)",
    LEAD + r"(npm_[a-z0-9]{4}\b)",  # starts with a lead byte ("n"): the plain search settles it
    LEAD + r"(tok[a-c]*)",
    LEAD + r"(m1[0-9]{2})",  # "m" ends a colour code
    LEAD + r"([0-9a-f]{4}-x)",  # digits are colour-code parameters
    # Rests that can start inside a lead: "\x1b[1m2" is a colour code before "2", not "1m" at a
    # word boundary; "\\nnx" an escaped newline before "nx". The plain search must settle them.
    LEAD + r"([0-9]+[a-z]*)",
    LEAD + r"(n[a-z]*)",
]

PIECES = [
    "ghp_", "gho_", "AKIA", "ASIA", "A3TX", "AIza", "npm_", "tok", "m1", "abc", "ABCD", "0123", "f00d",
    "-x", "_", " ", "\n", "\\n", "\\t", "\\r", "\\", "n", "\x1b[", "\x1b[33m", "\x1b[0;1m", "\x1b[m",
    "m", ";", "[", "x", "é", "-", "=", '"', "Z9", "zz",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=24), which=st.integers(0, len(PATTERNS) - 1))
def test_fast_path_same_spans(pieces: list[str], which: int) -> None:
    text = "".join(pieces)
    pattern = PATTERNS[which]
    assert _fast_spans(pattern, text) == _plain_spans(pattern, text)
    assert _fast_spans(pattern, text, 0) == _plain_spans(pattern, text, 0)


def test_fast_path_known_cases() -> None:
    pattern = PATTERNS[0]
    token = "ghp_" + "a1B2" * 3
    for text, start in (
        (token, 0),
        ("x " + token, 2),
        ("token=\x1b[33m" + token + "\x1b[0m", 6),  # the whole match starts at the colour code
        ('{\\"a\\":1}\\n' + token, 9),  # an escaped newline in logged JSON
        ("=" + token, 1),
    ):
        spans0 = _fast_spans(pattern, text, 0)
        assert spans0 == _plain_spans(pattern, text, 0)
        assert spans0[0][0] == start
        assert _fast_spans(pattern, text) == [(text.index(token), text.index(token) + len(token))]
    for text in ("x" + token, "é" + token[1:], "1" + token):  # glued to a word: no boundary
        assert _fast_spans(pattern, text) == _plain_spans(pattern, text)
    assert _fast_spans(PATTERNS[-2], "\x1b[1m2") == _plain_spans(PATTERNS[-2], "\x1b[1m2") == [(4, 5)]
    assert _fast_spans(PATTERNS[-1], "\\nnx") == _plain_spans(PATTERNS[-1], "\\nnx") == [(2, 4)]


def test_lead_rest_only_when_the_lead_covers_everything() -> None:
    assert _lead_rest(LEAD + "(ab)") == "(ab)"
    assert _lead_rest(LEAD + "(ab)(?:[^)|]|$)") == "(ab)(?:[^)|]|$)"
    assert _lead_rest(LEAD + "ab|cd") is None  # the lead would bind to "ab" only
    assert _lead_rest(LEAD + "?ab") is None  # a quantifier on the lead
    assert _lead_rest(LEAD + "(ab))") is None
    assert _lead_rest(LEAD + "[ab") is None
    assert _lead_rest(r"\b(ab)") is None
    assert _Re2Regex(LEAD + "ab|cd", False)._rest is None
    assert _Re2Regex(LEAD + "(ab)", True)._rest is None  # case folding would change the lead


def _pack_patterns() -> list[str]:
    if not PACK.exists():
        pytest.skip("recognizers/secrets.yaml not found")
    pack = load_pack(PACK)
    return [p.regex for r in pack.recognizers for p in r.patterns if p.regex.startswith(LEAD) and not r.ignore_case]


def test_pack_provider_rules_same_spans() -> None:
    """Every provider rule of the pack, on its examples embedded in noise, glued to words, after
    colour codes and escapes: the same spans with and without the fast path."""
    patterns = _pack_patterns()
    assert len(patterns) > 50
    pack = load_pack(PACK)
    examples = [e for r in pack.recognizers for e in (*r.examples.match, *r.examples.no_match)]
    rng = random.Random(4)
    glue = ["", " ", "x", "_", "\x1b[33m", "\x1b[1;31m", "\\n", "\\\\n", "\n", "=", '"', "é", "9", "m", "\\"]
    texts = list(examples)
    for _ in range(300):
        parts = [rng.choice(glue) + rng.choice(examples) for _ in range(rng.randint(1, 3))]
        texts.append("".join(parts) + rng.choice(glue))
    fast = 0
    for pattern in patterns:
        regex = _Re2Regex(pattern, False)
        if regex._rest is None:
            continue
        fast += 1
        groups = re2.compile(pattern).groups
        for text in texts:
            for group in {0, min(1, groups)}:
                assert list(regex.spans(TextBuffer(text), group)) == _plain_spans(pattern, text, group), pattern
    assert fast > 50
