"""``alphabet_of``'s ASCII fast path (byte translations, an early ``other``) decides as the
plain set-based definition does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.recognizers.secret_values import alphabet_of

_HEX = frozenset("0123456789abcdefABCDEF")
_B36 = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_B36_BOTH = _B36 | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_B64 = _B36_BOTH | frozenset("+/=_-")
_PREFIXED_HEX = re.compile(r"^[A-Za-z]{1,8}(?:[0-9a-f]{20,}|[0-9A-F]{20,})$")


def _plain_alphabet(value: str) -> str:
    """The definition, one set test after the other."""
    chars = set(value)
    if chars <= _HEX or (len(value) >= 16 and sum(c not in _HEX for c in value) <= 0.1 * len(value)):
        return "hex"
    if len(value) >= 24 and _PREFIXED_HEX.match(value):
        return "hex"
    if chars <= _B36 or (chars <= _B36_BOTH and (value.isupper() or value.islower())):
        return "base36"
    if chars <= _B64:
        return "base64"
    return "other"


_PIECES = st.sampled_from(
    ["0123456789abcdef", "ABCDEF0123", "ghijkz", "GHIJKZ", "+/=", "_-", ":", "!@#", " ", ".", "sgp", "ANzaSy", "9"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.integers(0, 3))
def test_alphabet_of_matches_definition(pieces: list[str], repeat: int) -> None:
    value = "".join(pieces) * (repeat + 1)
    assert alphabet_of(value) == _plain_alphabet(value)


def test_alphabet_of_known_values() -> None:
    assert alphabet_of("session:" + "ab12" * 10) == "other"
    assert alphabet_of("ANzaSy" + "0f" * 17) == "hex"  # prefixed hex body
    assert alphabet_of("Tr0ub4dor&3xyzw") == "other"
    assert alphabet_of("ABCDEFGHJKLMNPQRSTUV2345") == "base36"
    assert alphabet_of("aB3+/x9_Zq-T") == "base64"
