"""``is_masked_token``'s searches (one for the markers, one gating the stand-in words) decide as
the plain substring tests do; ``_ascending_filler``'s C-call count of +1 steps counts as the plain
loop does."""

from __future__ import annotations

import itertools
import re
import string
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.recognizers.secret_validators import (
    _MARKERS,
    _STAND_IN_WORDS,
    _ascending_filler,
    _b62,
    base62_crc32_ok,
    is_masked_token,
)

_RUN_OF_8 = re.compile(r"(.)\1{7}")


def _plain_masked(value: str, *, runs: bool = True) -> bool:
    """The definition: ten substring tests, the run of eight, each stand-in word's occurrences."""
    low = value.lower()
    if any(marker in low for marker in _MARKERS):
        return True
    if runs and _RUN_OF_8.search(value) is not None:
        return True
    for word in _STAND_IN_WORDS:
        i = low.find(word)
        while i >= 0:
            part = value[i : i + len(word)]
            if part.islower() or part.isupper() or part.istitle():
                return True
            i = low.find(word, i + 1)
    return False


_PIECES = st.sampled_from(
    [*_MARKERS, *_STAND_IN_WORDS, "EXAMPLE", "Here", "hErE", "YoUr", "x", "xxx", "*", ".", "\u0130", "\u212a", "\n"]
)
_VALUES = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=0, max_size=60),
    st.lists(st.one_of(_PIECES, st.text(alphabet=string.ascii_letters + string.digits, max_size=12)), max_size=8).map(
        "".join
    ),
    st.text(max_size=30),
)


@settings(max_examples=800, deadline=None)
@given(_VALUES, st.booleans())
def test_is_masked_token_matches_plain_tests(value: str, runs: bool) -> None:
    assert is_masked_token(value, runs=runs) == _plain_masked(value, runs=runs)


def test_known_values() -> None:
    assert not is_masked_token("ghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM")
    assert is_masked_token("xoxb-your-token-here")
    assert is_masked_token("sk_live_xxxxxxxxxxxxxxxx")
    assert not is_masked_token("AKIA7G6W6L6I4ONUXBGC")
    assert not is_masked_token("Kq9vXhErEmL8nR4tZ7w")  # a stand-in word in random case is a key


def _plain_ascending(body: str) -> bool:
    """``_ascending_filler`` as defined: at least 60% of neighbouring characters step by +1."""
    if len(body) < 8:
        return False
    ups = sum(1 for a, b in itertools.pairwise(body) if ord(b) - ord(a) == 1)
    return ups >= 0.6 * (len(body) - 1)


_COUNTING = st.builds(
    lambda start, n, tail: "".join(chr(start + i) for i in range(n)) + tail,
    st.integers(32, 120),
    st.integers(0, 40),
    st.text(alphabet=string.ascii_letters + string.digits, max_size=12),
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_VALUES, _COUNTING, st.text(alphabet="0123456789abcdef\x7f~", max_size=50)))
def test_ascending_filler_counts_the_steps_as_defined(body: str) -> None:
    # The ASCII path counts the +1 steps by XOR of the shifted bytes: "~\x7f" steps by +1, and
    # "\x7f" has no ASCII successor.
    assert _ascending_filler(body) == _plain_ascending(body)


def test_ascending_filler_known_values() -> None:
    assert _ascending_filler("1234567890abcdefghijklmnopqrstuvwxyz")
    assert _ascending_filler("0123456789012345678901234567890123ab")
    assert not _ascending_filler("kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM")
    assert not _ascending_filler("1234567")  # too short to judge


def _plain_crc32_ok(body: str) -> bool:
    """The definition: the last six characters are the base62 encoding of CRC32 of the rest."""
    return len(body) > 6 and _b62(zlib.crc32(body[:-6].encode("ascii", "replace"))) == body[-6:]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + "_\u00e9", min_size=0, max_size=40), st.booleans())
def test_crc32_precheck_decides_as_the_full_encoding(payload: str, valid: bool) -> None:
    # Half the bodies carry their true checksum (some of them with a CRC whose last digit is "0"),
    # the rest a random suffix: the last-digit test must never turn a valid one away.
    suffix = _b62(zlib.crc32(payload.encode("ascii", "replace"))) if valid else payload[-6:]
    body = payload + suffix
    assert base62_crc32_ok(body) is _plain_crc32_ok(body)


def test_crc32_precheck_keeps_a_zero_checksum() -> None:
    # CRC32 of the empty payload is 0, encoded "000000": the last digit "0" is _BASE62[0].
    assert zlib.crc32(b"") == 0
    assert base62_crc32_ok("000000" * 2) is _plain_crc32_ok("000000" * 2)
    assert base62_crc32_ok("x" + _b62(zlib.crc32(b"x"))) is True
