"""The sequence checks' early exits (``_sequential_at_least``, ``_interleaved_sequence``'s prefix
count, ``_run_of_six``) and their integer-arithmetic count of ASCII steps (``_near_steps``) decide
as the full counts do, on random tokens (where the early exit fires), fake keys (where it must
not) and everything between."""

from __future__ import annotations

import operator
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from promptguard.recognizers.secret_values import (
    _NEAR_AT,
    _NEAR_UP_TO,
    _NOT_ALNUM_ASCII,
    _interleaved_sequence,
    _longest_run,
    _near_steps,
    _run_of_six,
    _sequential_at_least,
    _sequential_fraction,
)


def _plain_interleaved(value: str) -> bool:
    """The check as first written: every position counted."""
    head = value[:96]
    if head.isascii():
        core = head.encode("ascii").translate(None, _NOT_ALNUM_ASCII)
        if len(core) < 8:
            return False
        return sum(map(_NEAR_AT, map(operator.sub, core[2:], core))) / (len(core) - 2) > 0.5
    chars = [ord(ch) for ch in head if ch.isalnum()]
    if len(chars) < 8:
        return False
    return sum(abs(b - a) <= 1 for a, b in zip(chars, chars[2:], strict=False)) / (len(chars) - 2) > 0.5


_RUNS = st.sampled_from(["abcdefgh", "12345678", "aaaaaaaa", "a1b2c3d4e5f6", "ZYXWVU", "0x", "-", "é", "\u4e2d\u4e2e"])
_RANDOM = st.text(alphabet=string.ascii_letters + string.digits + "+/=_-.:!", min_size=0, max_size=300)
_VALUES = st.one_of(
    _RANDOM,
    st.lists(st.one_of(_RUNS, _RANDOM), min_size=1, max_size=10).map("".join),
    st.text(min_size=0, max_size=60),
)
_THRESHOLDS = st.sampled_from([0.5, 0.6, 0.75, 0.9, 1.0, 0.0])


@settings(max_examples=400, deadline=None)
@given(_VALUES, _THRESHOLDS)
def test_sequential_at_least_is_the_fraction_compared(value: str, threshold: float) -> None:
    assert _sequential_at_least(value, threshold) == (_sequential_fraction(value) >= threshold)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_interleaved_prefix_exit_agrees(value: str) -> None:
    assert _interleaved_sequence(value) == _plain_interleaved(value)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_run_of_six_is_longest_run_compared(value: str) -> None:
    assert _run_of_six(value) == (_longest_run(value) >= 6)


_ASCII_PAIRS = st.integers(0, _NEAR_UP_TO - 1).flatmap(
    lambda n: st.tuples(
        st.binary(min_size=n, max_size=n).map(lambda b: bytes(x & 0x7F for x in b)),
        st.binary(min_size=n, max_size=n).map(lambda b: bytes(x & 0x7F for x in b)),
    )
)


@settings(max_examples=600, deadline=None)
@given(_ASCII_PAIRS)
def test_near_steps_counts_as_the_map(pair: tuple[bytes, bytes]) -> None:
    a, b = pair
    assert _near_steps(a, b) == sum(map(_NEAR_AT, map(operator.sub, a, b)))


def test_near_steps_edges() -> None:
    # 0x00 and 0x7F: the extreme differences (-127, +127) borrow nothing from the next byte.
    assert _near_steps(b"\x00\x7f\x00\x01", b"\x7f\x00\x01\x00") == 2
    assert _near_steps(b"\x7f" * 127, b"\x7e" * 127) == 127
    assert _near_steps(b"", b"") == 0
    # A lone surrogate is one "?" in the UTF-8 ("replace") the count reads: still the ASCII path.
    assert _sequential_at_least("ab\ud800cd", 0.5) == (_sequential_fraction("ab\ud800cd") >= 0.5)


def test_known_values() -> None:
    token = "ghp_kmUDnDieQVW5Ra5OsrCmfFqXZyJ3iTjpsALM"
    assert not _sequential_at_least(token, 0.75) and not _interleaved_sequence(token) and not _run_of_six(token)
    assert _sequential_at_least("abcdefghijklmnopqrstuvwxyz0123456789", 0.75)
    assert _sequential_at_least("Zq" + "abcdefghijklmnopqrstuvwxyz" * 2, 0.75)  # the prefix alone does not settle it
    assert _interleaved_sequence("x9Qz" + "a1b2c3d4e5f6g7h8i9j0" * 3)
    assert _run_of_six("Kq9vX2mL8nR4tZ7wABCDEF")
    assert not _run_of_six("Kq9vX2mL8nR4tZ7wABCDE")
