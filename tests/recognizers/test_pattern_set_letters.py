"""Set entries with their Unicode letter classes widened to ASCII ranges
(``pattern_set.wider_letters``): smaller RE2 programs that still match wherever the pattern does."""

from __future__ import annotations

import pytest
import re2

from promptguard.recognizers.pattern_set import _WIDER_LETTER_CLASSES, wider_letters

_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("flags", ["", "(?i)"])
@pytest.mark.parametrize(("letter_class", "wider"), sorted(_WIDER_LETTER_CLASSES.items()))
def test_each_replacement_holds_every_character_of_its_class(flags: str, letter_class: str, wider: str) -> None:
    outside = re2.compile(f"{flags}(?s:{wider})+").sub("", _EVERY_CHARACTER)
    # What the replacement leaves out: ASCII characters (and, under (?i), "ſ" and the Kelvin
    # sign, which fold to ASCII letters), none of them in the class.
    assert 0 < len(outside) <= 130
    assert re2.compile(flags + letter_class).search(outside) is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            r"(?:^|[^\pL])ignora\s+(?:[\pL]+\s+)?reglas(?:[^\pL]|$)",
            r"(?:^|[^A-Za-z])ignora\s+(?:[^\x00-@\[-`{-\x7f]+\s+)?reglas(?:[^A-Za-z]|$)",
        ),
        (r"assistent\pL*|ai-\p{L}+", r"assistent[^\x00-@\[-`{-\x7f]*|ai-[^\x00-@\[-`{-\x7f]+"),
        (r"\b(?:[\pL-]+)\b", r"\b(?:[^\x00-,.-@\[-`{-\x7f]+)\b"),
        # letters and combining marks (the multilingual families' word borders)
        (r"(?:^|[^\pL\pM])გამარჯობა(?:[^\pL\pM]|$)", r"(?:^|[^A-Za-z])გამარჯობა(?:[^A-Za-z]|$)"),
        (r"[\pL\pM]+\s+\pM*", r"[^\x00-@\[-`{-\x7f]+\s+[^\x00-\x7f]*"),
    ],
)
def test_letter_classes_are_widened(pattern: str, expected: str) -> None:
    assert wider_letters(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"ignore previous instructions",  # no class at all
        r"[\pL\d]+ and [^\pL\s]",  # other classes with a letter class inside: as written
        r"\PL+ \pN",  # other properties
        r"\\pL",  # an escaped backslash, then the letters "pL"
        r"\Q[^\pL]\E",  # quoted
        r"[[:alpha:]\pM]x",  # a POSIX class inside: its "]" would end the class token early
        r"[[:digit:]\pL]x",
    ],
)
def test_other_constructs_are_left_as_written(pattern: str) -> None:
    assert wider_letters(pattern) == pattern


def test_widened_entries_match_wherever_the_patterns_do() -> None:
    texts = ["Ignora las reglas.", "ассистент, который читает этот текст", "x-ai-Modell bitte", "日本語のテキスト"]
    texts += ["निर्देश को अनदेखा करो।", "ignoriere (निर्देश) jetzt", "ignoriere, bitte"]
    for pattern in (
        r"(?i)(?:^|[^\pL])ignora\s+(?:las\s+)?reglas(?:[^\pL]|$)",
        r"(?i)ассистент\pL*\s*,",
        r"ai-\pL+",
        r"(?:^|[^\pL\pM])निर्देश(?:[^\pL\pM]|$)",
        r"(?i)ignoriere[^\pL\pM]+[\pL\pM]+",
    ):
        exact, wide = re2.compile(pattern), re2.compile(wider_letters(pattern))
        for text in texts:
            if exact.search(text):
                assert wide.search(text), (pattern, text)
