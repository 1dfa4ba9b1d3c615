"""Normalisation keeps an exact map back to the caller's text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from promptguard.normalize import normalize


def test_ascii_is_identity_and_free() -> None:
    n = normalize("plain ascii text")
    assert n.text == "plain ascii text" and n.offsets.identity


def test_invisible_characters_are_removed_and_counted() -> None:
    n = normalize("a\u200bb\u202ec\U000e0041d")
    assert n.text == "abcd" and n.invisible_count == 3
    assert n.to_original(1, 3) == (2, 5)


def test_nfkc_folds_fullwidth_and_ligatures() -> None:
    text = "ＡＢＣ ﬁ"
    n = normalize(text)
    assert n.text == "ABC fi"
    s, e = n.to_original(0, 3)
    assert text[s:e] == "ＡＢＣ"
    s, e = n.to_original(4, 6)
    assert text[s:e] == "ﬁ"


def test_normalisation_can_be_switched_off() -> None:
    n = normalize("ＡＢ\u200b", nfkc=False, strip_invisible=False)
    assert n.text == "ＡＢ\u200b"


@given(st.text(max_size=60))
def test_mapped_spans_are_always_inside_the_original(text: str) -> None:
    n = normalize(text)
    for start in range(len(n.text) + 1):
        for end in range(start, min(len(n.text), start + 5) + 1):
            s, e = n.to_original(start, end)
            assert 0 <= s <= e <= len(text)
