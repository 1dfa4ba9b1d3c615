"""The fast paths of normalisation: finding non-ASCII runs, and identity when nothing changes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from promptguard.normalize import non_ascii_runs, normalize


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
