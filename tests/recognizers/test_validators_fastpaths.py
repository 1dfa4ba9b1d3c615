"""The validators' fast paths (C-level digit extraction, Luhn by slices, plain loops)
give the answers of the straightforward code they replaced, on any input."""

from __future__ import annotations

import ipaddress
import re

from hypothesis import given
from hypothesis import strategies as st

from promptguard.recognizers import validators as v

# What the values look like in practice (digits, separators, hex, dots, colons), plus
# characters that make the fast paths step aside (non-ASCII digits and letters).
_ALPHABET = "0123456789 -.:/[]%abcdefABCDEFGHXZ\u0663\u00b2\u00e9\u2160"
values = st.text(alphabet=_ALPHABET, max_size=40)
digit_strings = st.text(alphabet="0123456789\u0663", max_size=24)


def _digits_reference(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _luhn_reference(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _credit_card_reference(value: str) -> bool:
    digits = _digits_reference(value)
    if not 12 <= len(digits) <= 19 or len(set(digits)) <= 1:
        return False
    if len({ch for ch in value if not ch.isalnum()}) > 1:
        return False
    groups = re.split(r"[ \-]", value)
    if len(groups) > 1 and not (all(len(g) >= 3 for g in groups[:-1]) and len(groups[-1]) >= 1):
        return False
    if len(digits) == 12 and any(not ch.isalnum() for ch in value):
        return False
    n = len(digits)
    issuer = any(low <= digits[: len(low)] <= high and n in lengths for low, high, lengths in v._CARD_RANGES)
    return issuer and _luhn_reference(digits)


def _ipv4_reference(value: str) -> bool | None:
    """The dotted-quad branch of ip_address as it was written first (generators)."""
    candidate = value.strip("[]")
    if "%" in candidate:
        candidate = candidate.split("%", 1)[0]
    parts = candidate.split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 and (p == "0" or p[0] != "0") for p in parts):
        return False
    if any(int(p) > 255 for p in parts) or candidate == "0.0.0.0":
        return False
    return None if all(len(p) == 1 for p in parts) else True


def _iban_reference(value: str) -> bool:
    compact = value.translate(str.maketrans("", "", " -")).upper() if not value.isalnum() else value.upper()
    if v.IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit() or not compact.isalnum():
        return False
    if len({ch for ch in value if not ch.isalnum()}) > 1:
        return False
    return int((compact[4:] + compact[:4]).translate(v._IBAN_DIGITS)) % 97 == 1


@given(values)
def test_digits_and_separator_helpers(value: str) -> None:
    assert v._digits(value) == _digits_reference(value)
    assert v._separated(value) == any(not ch.isalnum() for ch in value)
    assert v._consistent_separators(value) == (len({ch for ch in value if not ch.isalnum()}) <= 1)


@given(digit_strings)
def test_luhn(digits: str) -> None:
    assert v.luhn_ok(digits) == _luhn_reference(digits)


@given(st.one_of(values, st.from_regex(r"\A(?:\d{4}[ -]?){3,4}\d{0,3}\Z")))
def test_credit_card(value: str) -> None:
    assert v.credit_card(value) == _credit_card_reference(value)


def test_credit_card_known_values() -> None:
    assert v.credit_card("4111 1111 1111 1111") is True
    assert v.credit_card("4111 1111-1111 1111") is False
    assert v.credit_card("41 11 11 11 11 11 11 11") is False


@given(st.one_of(values.filter(lambda s: ":" not in s), st.from_regex(r"\A\[?\d{1,4}(?:\.\d{1,4}){2,4}\]?\Z")))
def test_ipv4(value: str) -> None:
    try:
        expected: bool | type[ValueError] | None = _ipv4_reference(value)
    except ValueError:  # int() of a non-ASCII digit such as "²": both raise
        expected = ValueError
    try:
        got: bool | type[ValueError] | None = v.ip_address(value)
    except ValueError:
        got = ValueError
    assert got == expected


def test_ip_address_known_values() -> None:
    assert v.ip_address("192.168.1.20") is True
    assert v.ip_address("1.2.3.4") is None
    assert v.ip_address("0.0.0.0") is False
    assert v.ip_address("01.2.3.4") is False
    assert v.ip_address(str(ipaddress.ip_address("2001:db8::1"))) is True


@given(st.one_of(values, st.from_regex(r"\A[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}\Z")))
def test_iban(value: str) -> None:
    assert v.iban(value) == _iban_reference(value)


def test_iban_known_values() -> None:
    assert v.iban("GB82 WEST 1234 5698 7654 32") is True
    assert v.iban("GB82-WEST-1234-5698-7654-32") is True
    assert v.iban("GB82 WEST-1234 5698 7654 32") is False


def _issuer_reference(digits: str) -> bool:
    n = len(digits)
    return any(n in lengths and low <= digits[: len(low)] <= high for low, high, lengths in v._CARD_RANGES)


def test_card_issuer_intervals_equal_the_range_table() -> None:
    # Every four-digit prefix at every card length, plus digits the interval path leaves to
    # the table (non-ASCII) and values too short for it.
    for n in range(4, 21):
        for prefix in range(10_000):
            digits = f"{prefix:04d}" + "7" * (n - 4)
            assert v._card_issuer_ok(digits) == _issuer_reference(digits), digits
    for digits in ("\u0663" * 16, "4\u0663" * 8, "41", "", "5\u00b2" * 8):
        assert v._card_issuer_ok(digits) == _issuer_reference(digits)
