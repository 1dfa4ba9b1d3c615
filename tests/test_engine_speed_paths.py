"""Shortcuts in the engine (no ranking without overlaps, substring prefilters for context
words, letter-free keywords, normalisation of text that needs none) keep its results."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from promptguard import Finding, Guard
from promptguard import normalize as normalize_module
from promptguard.engine import _has_word
from promptguard.normalize import normalize
from promptguard.recognizers.pattern_set import _caseless

_WORD = re.compile(r"\w+")


def _enhance_reference(engine, text: str, findings: list[Finding]) -> list[Finding]:  # type: ignore[no-untyped-def]
    """Context enhancement as first written: tokenise every window."""
    out = []
    for f in findings:
        rec = engine.by_id.get(f.recognizer)
        if rec is None or not (rec.context or rec.negative_context):
            out.append(f)
            continue
        words = frozenset(w for w in rec.context if _WORD.fullmatch(w))
        phrases = tuple(w for w in rec.context if not _WORD.fullmatch(w))
        negative = frozenset(rec.negative_context)
        score = f.score
        if not negative and score >= 1.0:
            out.append(f)
            continue
        if negative:
            near = text[max(0, f.start - 25) : f.start].lower()
            # A negative word counts in the match's own field (after the last line break, comma,
            # semicolon, pipe or sentence end), when no context word stands nearer the match.
            field = re.split(r"[\n,;|]|\.\s", near)[-1]
            nearest = next((w for w in reversed(_WORD.findall(field)) if w in words or w in negative), None)
            if not negative.isdisjoint(_WORD.findall(near)) and nearest in negative:
                out.append(f.with_(score=score * rec.negative_factor))
                continue
        if not (words or phrases) or score >= 1.0:
            out.append(f)
            continue
        window = rec.context_window
        around = (text[max(0, f.start - window) : f.start] + "\x00" + text[f.end : f.end + window]).lower()
        hits: tuple[str, ...] = ()
        found = words.intersection(_WORD.findall(around))
        if found:
            hits = tuple(w for w in rec.context if w in found)
        hits += tuple(p for p in phrases if p in around)
        if hits:
            boosted = min(1.0, max(score + rec.context_boost, 0.4))
            expl = f.explanation
            if expl is not None:
                expl = replace(expl, context_words=hits, context_boost=boosted - score)
            f = f.with_(score=boosted, explanation=expl)
        out.append(f)
    return out


@pytest.fixture(scope="module")
def pii_guard() -> Guard:
    return Guard({"packs": ["pii-core", "pii-eu", "pii-intl", "pii-us"], "injection": {"enabled": False}})


# Values the PII packs find, context words (some inside longer words: "recall", "shipping"),
# negative words ("v", "order") and filler, in any order.
_PIECES = [
    "192.168.10.20",
    "4111 1111 1111 1111",
    "078-05-1120",
    "+1 415 555 0132",
    "340020013",
    "GB82 WEST 1234 5698 7654 32",
    "jane@acme.io",
    "12345678",
    "born 3 March 1980",
    "call",
    "recall",
    "phone",
    "card",
    "credit",
    "ip",
    "v",
    "version",
    "order",
    "ref",
    "passport number",
    "social security",
    "routing",
    "shipping",
    "the",
    "and",
    "İd",
    "Σ",
    "K",
    ",",
    "|",
    "\n",
    "end.",
]
texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts)
@example("v 192.168.10.20 and ip 192.168.10.21")
@example("call +1 415 555 0132 or recall +1 415 555 0133, order ref +1 415 555 0134")
@example("credit card 4111 1111 1111 1111, order 4111 1111 1111 1111")
@example("passport number 340020013 and İd 340020013")
def test_context_enhancement_equals_the_tokenising_reference(pii_guard: Guard, text: str) -> None:
    engine = pii_guard.engine
    raw, _ = engine.recognize(text)
    expected = _enhance_reference(engine, text, raw)
    explained = engine.enhance_context(text, raw, explain=True)
    assert [(f.start, f.end, f.score, f.explanation) for f in explained] == [
        (f.start, f.end, f.score, f.explanation) for f in expected
    ]
    # Without explanations only the words found are left out: the same scores.
    plain = engine.enhance_context(text, raw, explain=False)
    assert [(f.start, f.end, f.score) for f in plain] == [(f.start, f.end, f.score) for f in expected]


def test_a_context_word_inside_another_word_is_not_a_hit(pii_guard: Guard) -> None:
    engine = pii_guard.engine
    text = "recall 4155550132 later"
    raw, _ = engine.recognize(text)
    assert engine.enhance_context(text, raw) == _enhance_reference(engine, text, raw)


def test_caseless_keywords() -> None:
    assert _caseless(("@",)) and _caseless((":", "::"))
    assert not _caseless(("@", "mail")) and not _caseless(("ss#",)) and not _caseless(())
    assert not _caseless(("\u00b7",))  # not ASCII: left to the case-insensitive set


def test_letter_free_keywords_still_gate_their_recognizer(pii_guard: Guard) -> None:
    # The IPv6 entry's keyword is ":"; an email's is "@".
    found = {f.entity_type for f in pii_guard.scan("host 2001:db8:85a3::8a2e:370:7334 and jane@acme.io").findings}
    assert {"IP_ADDRESS", "EMAIL_ADDRESS"} <= found


_UNICODE_PIECES = ["abc ", "é", "€", "ü", "\u200b", "４", "ﬁ", "\u00ad", "Σ", "k", "\u0301", "가", "ᄀ", "ᅡ"]


@given(st.lists(st.sampled_from(_UNICODE_PIECES), max_size=12).map("".join))
def test_normalize_shortcut_equals_the_full_pass(text: str) -> None:
    fast = normalize(text)
    saved = normalize_module._unchanged_utf8
    normalize_module._unchanged_utf8 = lambda *args, **kwargs: False  # type: ignore[assignment]
    try:
        full = normalize(text)
    finally:
        normalize_module._unchanged_utf8 = saved  # type: ignore[assignment]
    assert fast == full


_WINDOW_PIECES = [
    "call", "phone", "v", "order", "ref", "a_b", "x9", " ", "\x00", ".", "-", "é", "İd", "K", "ſ", "Σ", "٣",
    "\u0301", "_", "Phone",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_WINDOW_PIECES), max_size=14).map("".join),
    st.frozensets(st.sampled_from(["call", "phone", "v", "order", "ref", "a_b", "x9", "é", "id", "k"]), max_size=5),
)
def test_word_test_equals_the_tokeniser(window: str, words: frozenset[str]) -> None:
    ascii_words = frozenset(w.encode("ascii") for w in words if w.isascii())
    for candidate in (window, window.lower()):
        assert _has_word(words, ascii_words, candidate) == (not words.isdisjoint(_WORD.findall(candidate)))


def test_detect_shares_the_normalisation_encoding(pii_guard: Guard) -> None:
    # Non-ASCII text that needs no normalising: the pattern pass reuses the bytes the
    # normalisation check encoded, and finds what a fresh buffer finds.
    text = "Müller € mail jane@acme.io, call +44 20 7946 0958, card 4111 1111 1111 1111"
    engine = pii_guard.engine
    shared = engine.detect(text, explain=False).findings
    raw, _ = engine.recognize(text)
    assert {(f.start, f.end, f.entity_type) for f in shared} <= {(f.start, f.end, f.entity_type) for f in raw}
    assert {f.entity_type for f in shared} >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"}
