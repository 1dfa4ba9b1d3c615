"""The encoded-content pass finds its candidate runs without a regex call per run (with
``bytes.find``, in character offsets): the runs, the hex test and the text-bytes test
equal the regexes they stand for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from promptguard.recognizers.encoded import (
    _B64_MATCH,
    _MAX_SEGMENTS,
    _TEXT_BYTES,
    _ascii_text,
    _b64_runs,
    _candidates,
    _class_bytes,
    _is_hex,
)
from promptguard.recognizers.regex import _UNANCHORED, TextBuffer

_HEX_RE = re.compile(r"^(?:[0-9a-fA-F]{2})+$")


def _runs_reference(data: bytes, min_len: int) -> list[tuple[int, int]]:
    """One RE2 call per run, as the pass did before."""
    found: list[tuple[int, int]] = []
    pos, endpos = 0, len(data)
    while pos < endpos:
        start, end = _B64_MATCH(_UNANCHORED, data, pos, endpos)[0]
        if start < 0:
            break
        if end - start >= min_len:
            found.append((start, end))
            if len(found) >= _MAX_SEGMENTS:
                break
        pos = end if end > pos else pos + 1
    return found


# Mostly base64 characters, with padding, separators and multi-byte characters between.
texts = st.lists(
    st.one_of(
        st.text(alphabet="aZ9+/_-", min_size=1, max_size=30),
        st.sampled_from(["=", "==", "===", " ", "\n", ".", "é", "€", "%41"]),
    ),
    max_size=40,
).map("".join)


@given(texts, st.sampled_from([8, 16, 17, 24]))
def test_runs_equal_the_regex(text: str, min_len: int) -> None:
    data = text.encode("utf-8")
    assert _b64_runs(data, min_len) == _runs_reference(data, min_len)


def test_runs_stop_at_the_segment_cap() -> None:
    data = " ".join("A" * (16 + i % 5) + "=" * (i % 4) for i in range(3 * _MAX_SEGMENTS)).encode()
    runs = _b64_runs(data, 16)
    assert len(runs) == _MAX_SEGMENTS
    assert runs == _runs_reference(data, 16)


@given(st.text(alphabet="0123456789abcdefABCDEFxg \n-é", max_size=24))
def test_is_hex_equals_the_regex(segment: str) -> None:
    assert _is_hex(segment) == bool(_HEX_RE.match(segment))


@given(st.binary(max_size=24))
def test_ascii_text(raw: bytes) -> None:
    assert _ascii_text(raw) == all(b in _TEXT_BYTES for b in raw)


def _candidates_reference(text: str, min_len: int) -> list[tuple[int, int]]:
    """The base64 runs as first found: on the UTF-8 bytes, mapped back to characters."""
    buf = TextBuffer(text)
    return buf.char_spans(_runs_reference(buf.data, min_len))


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="aZ9+/_-", min_size=1, max_size=30),
            st.sampled_from(["=", "==", " ", "é", "€", "中", "😀", "?", "\ud800", "%41"]),
        ),
        max_size=40,
    ).map("".join),
    st.sampled_from([8, 16, 20]),
)
def test_candidate_runs_in_characters_equal_the_byte_runs(text: str, min_len: int) -> None:
    # Runs are found on the text with each non-ASCII character as one "?" byte: the same
    # runs, in character offsets, as on the UTF-8 mapped back.
    runs = _b64_runs(_class_bytes(TextBuffer(text)), min_len)
    assert runs == _candidates_reference(text, min_len)
    assert _candidates(text, min_len)[: len(runs)] == runs
