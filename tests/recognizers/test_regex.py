"""RE2 helpers: byte offsets mapped back to characters, and the per-scan shared buffer."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from promptguard.recognizers.regex import TextBuffer, compile_regex, sharing

# ASCII, 2-, 3- and 4-byte UTF-8 characters, and a lone surrogate (encoded with surrogatepass).
_MIXED = st.text(alphabet=st.sampled_from([*"ab 7-?", "é", "\u07ff", "€", "中", "\u0800", "😀", "\ud800"]))


def _boundaries(text: str) -> dict[int, int]:
    """Byte offset of every character boundary -> character offset (the reference)."""
    out, pos = {}, 0
    for i, ch in enumerate(text):
        out[pos] = i
        pos += len(ch.encode("utf-8", "surrogatepass"))
    out[pos] = len(text)
    return out


@given(_MIXED)
def test_byte_offsets_map_to_character_offsets(text: str) -> None:
    buf = TextBuffer(text)
    ref = _boundaries(text)
    assert [buf.char_offset(b) for b in ref] == list(ref.values())
    assert buf.char_spans([(b, b) for b in ref]) == [(c, c) for c in ref.values()]


@given(_MIXED)
def test_spans_on_non_ascii_text_are_character_spans(text: str) -> None:
    digits = compile_regex(r"[0-9a-b]+")
    assert list(digits.spans(text)) == [m.span() for m in re.finditer(r"[0-9a-b]+", text)]


def test_spans_of_a_group_are_mapped_too() -> None:
    rx = compile_regex(r"€(\d+)")
    text = "prix: €12 et €345"
    assert [text[s:e] for s, e in rx.spans(text, 1)] == ["12", "345"]


def test_shared_buffer_only_for_the_same_text_and_only_inside_the_block() -> None:
    text = "Müller 4111"
    other = "".join(["Müller", " 4111"])  # equal, but another object
    buf = TextBuffer(text)
    with sharing(buf):
        assert TextBuffer.of(text) is buf
        assert TextBuffer.of(other) is not buf
    assert TextBuffer.of(text) is not buf  # nothing outlives the scan


def test_byte_spans_are_the_spans_in_bytes() -> None:
    from promptguard.recognizers.regex import TextBuffer, compile_regex

    regex = compile_regex(r"\d{3}(?:-\d{2})?")
    text = "€ 123-45 é 678 中 901-23"
    buf = TextBuffer(text)
    in_bytes = regex.byte_spans(buf)  # type: ignore[attr-defined]
    assert [buf.data[s:e].decode() for s, e in in_bytes] == ["123-45", "678", "901-23"]
    assert list(regex.spans(text)) == buf.char_spans(in_bytes)
