"""The boundary-lead fast paths of RE2 patterns (``regex._lead_match``, and ``regex._boundary_match``
for a ``\\b`` before a literal word) find exactly the spans of the plain search: property tests on
texts built from the pieces that make the lead's cases (word boundaries, colour codes, escaped
newlines, tokens glued to words, case-folded letters), and on every such rule of the packs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.config.loader import load_pack
from promptguard.recognizers import regex as rx
from promptguard.recognizers.regex import TextBuffer, _boundary_rest, _lead_rest, _Re2Regex

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
    examples = [
        e if isinstance(e, str) else e.text for r in pack.recognizers for e in (*r.examples.match, *r.examples.no_match)
    ]
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


# ------------------------------------------------------------------ a "\b" before a literal word
BOUNDARY_PATTERNS = [
    r"(?i)\bbearer\s+([A-Za-z0-9_\-.=:+/~]{4,})",
    r"\bSSWS[ \t]+(00[A-Za-z0-9_\-]{4})\b",
    r"(?i)\bkey\w*",  # "k" folds to the Kelvin sign (3 bytes, not a word byte for "\b")
    r"(?i)\bsss+(x?)",  # "s" folds to the long s
    r"\b__x(y*)",  # the word starts with "_", itself a word character
]
BOUNDARY_PIECES = [
    "bearer", "Bearer", "BEARER", "beaRer ", "SSWS", "00ab", "key", "KEY", "\u212aey", "sss", "\u017fss", "__x",
    "y", "_", " ", "\n", "-", "x", "9", "é", "€", "\x1b[33m", "\\n", "=", '"', "abcd",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(BOUNDARY_PIECES), max_size=20), which=st.integers(0, len(BOUNDARY_PATTERNS) - 1))
def test_boundary_fast_path_same_spans(pieces: list[str], which: int) -> None:
    text = "".join(pieces)
    pattern = BOUNDARY_PATTERNS[which]
    assert _fast_spans(pattern, text, 0) == _plain_spans(pattern, text, 0)
    if re2.compile(pattern).groups:
        assert _fast_spans(pattern, text) == _plain_spans(pattern, text)


def test_boundary_fast_path_known_cases() -> None:
    pattern = BOUNDARY_PATTERNS[0]
    for text, want in (
        ("Authorization: Bearer abcd1234", [(22, 30)]),
        ("xbearer abcd1234 then Bearer wxyz9876", [(29, 37)]),  # glued to a word: the next one
        ("_bearer abcd1234", []),  # "_" is a word character: no boundary
        ("ébearer abcd1234", [(8, 16)]),  # a non-ASCII letter is no word byte for RE2's "\b"
    ):
        assert _fast_spans(pattern, text) == _plain_spans(pattern, text) == want
    # The Kelvin sign matches "k" folded, but its bytes are no word bytes: "\\b" before it holds only
    # after a word character.
    kelvin = BOUNDARY_PATTERNS[2]
    assert _fast_spans(kelvin, "a \u212aey", 0) == _plain_spans(kelvin, "a \u212aey", 0) == []
    assert _fast_spans(kelvin, "a\u212aey", 0) == _plain_spans(kelvin, "a\u212aey", 0) == [(1, 4)]


def test_boundary_rest_only_when_the_boundary_covers_everything() -> None:
    assert _boundary_rest(r"(?i)\bbearer\s+(x)") == r"(?i)bearer\s+(x)"
    assert _boundary_rest(r"\bSSWS (x)") == r"SSWS (x)"
    assert _boundary_rest(r"\bfor x\b|\bdo") is None  # the boundary would bind to "for x" only
    assert _boundary_rest(r"\bab(c)") is None  # no literal word of three characters to jump to
    assert _boundary_rest(r"\b\d{3}") is None
    assert _boundary_rest(r"x\bkey") is None
    assert _boundary_rest(r"\bkey)") is None
    assert _Re2Regex(r"\bfor x|do", False)._rest is None
    assert _Re2Regex(r"(?i)\bbearer\s+(x)", False)._rest is not None
    # A pack's "ignore_case: true" compiles the rest with the same folding.
    regex = _Re2Regex(r"\bbearer (x)", True)
    assert regex._rest is not None
    assert list(regex.spans(TextBuffer("BEARER x, xbearer x"), 1)) == [(7, 8)]


def test_pack_boundary_rules_same_spans() -> None:
    """Every pack pattern that takes the word-boundary path, on its recognizer's examples glued
    to words and punctuation: the same spans with and without the fast path."""
    root = PACK.parent
    if not root.exists():
        pytest.skip("recognizers/ not found")
    rng = random.Random(7)
    glue = ["", " ", "x", "_", "é", "9", "\n", '"', "=", "-"]
    fast = 0
    for path in sorted(root.glob("*.yaml")):
        for rec in load_pack(path).recognizers:
            examples = [e if isinstance(e, str) else e.text for e in (*rec.examples.match, *rec.examples.no_match)]
            texts = examples + [rng.choice(glue) + e + rng.choice(glue) for e in examples for _ in range(3)]
            for p in rec.patterns:
                regex = _Re2Regex(p.regex, rec.ignore_case)
                if regex._rest is None or regex._lead is not rx._boundary_match:
                    continue
                fast += 1
                plain = _Re2Regex(p.regex, rec.ignore_case)
                plain._rest = None
                for text in texts:
                    for group in {0, min(1, re2.compile(p.regex).groups)}:
                        assert list(regex.spans(TextBuffer(text), group)) == list(plain.spans(TextBuffer(text), group))
    assert fast >= 10
