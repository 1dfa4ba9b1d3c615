"""Set entries for ASCII-lowered text (recognizers.ascii_lowered): an entry must match the
lowered text wherever its pattern matches the text, or a rule would silently stop firing."""

from __future__ import annotations

import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.recognizers.ascii_lowered import lowered_entry, lowered_text

# Letters with case inside and outside ASCII (k and s fold to the Kelvin sign and the long s,
# sharp s to its capital), letters without case, digits and punctuation.
ALPHABET = "aAkKsSzZeEiI\u00e9\u00c9\u00df\u1e9e\u0434\u0414\u03c3\u03a3\u03c2\u0131\u0130\u5fd8\u0e01 _-.:'0\n"
ATOMS = [
    *"aAkKsSzZ\u00e9\u00c9\u00df\u1e9e\u0434\u0414\u03c3\u03a3\u5fd8 _-.:'0",
    r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", r"\b", r"\B", ".", r"\.", r"\x41", r"\x{e9}", r"\x{C9}", r"\pL",
    r"\p{Lu}", r"\p{Ll}", r"\PL", r"\p{Greek}",
    "[a-z]", "[A-Z]", "[^a-z]", "[^A-Z]", "[A-Za-z]", "[^A-Za-z]", "[0-9A-F]", "[kK]", "[^kK]", "[sz]", "[^sz]",
    "[\u00e9\u00c9]", "[^\u00e9]", "[\u00df]", "[\u0400-\u04ff]", "[^\u0400-\u04ff]", "[\\x{80}-\\x{10FFFF}]",
    "[^\\x00-@\\[-`{-\\x7f]", "[\\w-]", "[^\\w]", "[[:upper:]]", "[[:alpha:]0-9]", "[[:lower:]]", "[!-~]",
    "[^!-~]", "[\\pL\\d]", "[\\p{Lu}x]", "[]a]", "[^]a]", "[a\\-z]", "[-a]",
]
FLAGS = ["", "(?i)", "(?i:", "(?-i:", "(?s:", "(?:", "(", "(?P<n>"]


@st.composite
def _regex(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            opener = draw(st.sampled_from(FLAGS[2:]))
            body = draw(_regex(depth + 1))
            alt = draw(_regex(depth + 1)) if draw(st.booleans()) else None
            parts.append(f"{opener}{body}{'|' + alt if alt else ''})")
        else:
            parts.append(draw(st.sampled_from(ATOMS)))
        parts.append(draw(st.sampled_from(["", "", "", "+", "*", "?", "{2}", "{1,3}"])))
    lead = draw(st.sampled_from(["", "(?i)"])) if depth == 0 else ""
    return lead + "".join(parts)


def _sound(pattern: str, text: str) -> None:
    entry = lowered_entry(pattern)
    assert entry is not None, pattern
    data = text.encode("utf-8")
    low = lowered_text(data)
    if low is None:
        assert "\u212a" in text or "\u017f" in text
        return
    if re2.compile(pattern).search(data) is not None:
        assert re2.compile(entry).search(low) is not None, (pattern, entry, text)


@settings(max_examples=600, deadline=None)
@given(_regex(), st.text(alphabet=ALPHABET + "\u212a\u017f", max_size=12))
def test_an_entry_matches_the_lowered_text_wherever_its_pattern_matches(pattern: str, text: str) -> None:
    _sound(pattern, text)


@settings(max_examples=300, deadline=None)
@given(_regex(), st.data())
def test_an_entry_matches_texts_its_pattern_was_built_from(pattern: str, data: st.DataObject) -> None:
    # Random texts rarely match a long pattern: build texts out of the pattern's own letters,
    # then flip their case at random.
    seed = "".join(ch for ch in pattern if ch.isalnum() or ch in " _-.:'") or "a"
    text = data.draw(st.text(alphabet=seed + "aAsSkK", min_size=0, max_size=16))
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    _sound(pattern, "".join(c.swapcase() if f else c for c, f in zip(text, flips, strict=True)))


def test_capitals_read_lowered_and_case_sensitive_parts_widen() -> None:
    assert lowered_entry("(?i)Ignore (?-i:AKIA)[A-Z0-9]{16}") == "ignore (?:akia)[0-9a-z]{16}"
    # A case-folding letter outside ASCII keeps its variants; one without case is left alone.
    assert lowered_entry("(?i)für 忘") == "f(?i:ü)r 忘"
    assert lowered_entry("für") == "für"
    # A class that excludes capitals only admits everything in lowered text.
    assert lowered_entry("[^A-Z]") == r"[\x00-\x{10FFFF}]"
    assert lowered_entry("(?i)[^a-z]") == "[^a-z]"
    # A Unicode class is read with its case variants wherever it stands.
    assert lowered_entry(r"\p{Lu}") == r"(?i:\p{Lu})"


def test_texts_with_a_letter_folding_to_ascii_are_left_to_the_entries_as_written() -> None:
    assert lowered_text(b"Ignore ALL") == b"ignore all"
    assert lowered_text("\u00c9T\u00c9".encode()) == "\u00c9t\u00c9".encode()  # only ASCII is lowered
    assert lowered_text("\u212aelvin".encode()) is None
    assert lowered_text("mi\u017ft".encode()) is None


def test_constructs_it_does_not_know_are_left_as_written() -> None:
    assert lowered_entry(r"\Qa.b\E") is None
    assert lowered_entry(r"(a") is None
    assert lowered_entry(r"a)") is None
    assert lowered_entry(r"[[:^alpha:]]") is None
    assert lowered_entry(r"[^\p{Lu}]") is None
    assert lowered_entry(r"\1") is None
