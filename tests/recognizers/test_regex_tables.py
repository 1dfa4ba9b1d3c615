"""Byte-to-character offsets of a scan's shared UTF-8 buffer, on any text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from promptguard.recognizers.regex import TextBuffer

# ASCII, 2-, 3- and 4-byte characters and a lone surrogate (encoded with surrogatepass).
texts = st.lists(st.sampled_from(["a", " ", "é", "€", "中", "𝄞", "\ud800", "\U0010ffff", "?"]), max_size=30).map(
    "".join
)


@given(texts)
def test_every_character_boundary_maps_back(text: str) -> None:
    buf = TextBuffer(text)
    boundaries = [len(text[:k].encode("utf-8", "surrogatepass")) for k in range(len(text) + 1)]
    assert [buf.char_offset(b) for b in boundaries] == list(range(len(text) + 1))
    spans = list(pairwise(boundaries))
    assert buf.char_spans(spans) == [(k, k + 1) for k in range(len(text))]


def test_validated_patterns_compile_on_first_use_and_still_match() -> None:
    from promptguard.recognizers.regex import check_regex, compile_regex

    pattern = r"\blazy-(\d{3})\b"
    check_regex(pattern)
    rx = compile_regex(pattern)
    assert rx._compiled is None  # type: ignore[attr-defined]  # built on first use, not at load
    assert list(rx.spans("x lazy-123 y lazy-456", group=1)) == [(7, 10), (18, 21)]
    assert rx._compiled is not None  # type: ignore[attr-defined]


def test_unvalidated_bad_pattern_still_fails_at_compile_time() -> None:
    import pytest

    from promptguard.errors import ConfigError
    from promptguard.recognizers.regex import compile_regex

    with pytest.raises(ConfigError, match="lookarounds"):
        compile_regex(r"(?<=a)b-not-validated")
