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
