"""The fast paths of normalisation: finding non-ASCII runs, identity when nothing changes
(judged from the UTF-8 the pattern pass reuses), and the identity result built directly."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from promptguard import normalize as normalize_module
from promptguard.normalize import NormalizedText, OffsetMap, non_ascii_runs, normalize, normalize_utf8


@given(st.text(alphabet=st.sampled_from([*"ab ?\x00", "é", "€", "中", "😀", "\u200b", "\ud800"])))
def test_non_ascii_runs_are_the_regex_runs(text: str) -> None:
    assert non_ascii_runs(text) == [m.span() for m in re.finditer(r"[^\x00-\x7f]+", text)]


def test_text_with_unchanged_non_ascii_keeps_an_identity_map() -> None:
    text = "Café € 4111 1111 1111 1111 — Müller"
    n = normalize(text)
    assert n.text == text and n.offsets.identity


def test_a_folded_character_still_maps_back() -> None:
    text = "Café \uff14\uff11\uff11\uff11"  # full-width digits
    n = normalize(text)
    assert n.text == "Café 4111" and not n.offsets.identity
    assert n.to_original(5, 9) == (5, 9)


_PIECES = [
    *"ab ?\x00", "é", "€", "中", "😀", "\u200b", "\ud800", "\uff14", "ﬁ", "\u00ad", "\u0301", "가", "ᄀ", "ᅡ", "K", "ſ",
]  # fmt: skip


@given(st.text(alphabet=st.sampled_from(_PIECES)), st.booleans(), st.booleans())
def test_unchanged_from_the_utf8_equals_the_run_walk(text: str, nfkc: bool, strip: bool) -> None:
    data = text.encode("utf-8", "surrogatepass")
    expected = normalize_module._unchanged(text, non_ascii_runs(text), nfkc=nfkc, strip_invisible=strip)
    assert normalize_module._unchanged_utf8(data, nfkc=nfkc, strip_invisible=strip) == expected


@given(st.text(alphabet=st.sampled_from(_PIECES)))
def test_normalize_utf8_hands_back_the_encoding_only_of_an_unchanged_text(text: str) -> None:
    norm, data = normalize_utf8(text)
    assert norm == normalize(text)
    if data is not None:
        assert norm.text is text and norm.offsets.identity
        assert data == text.encode("utf-8", "surrogatepass")
        # The identity result is the dataclass the constructor would build.
        assert norm == NormalizedText(text, OffsetMap(norm_len=len(text), orig_len=len(text)))
    if text.isascii():
        assert norm == NormalizedText(text, OffsetMap(norm_len=len(text), orig_len=len(text)))
