"""Checksums and shape checks that turn a regex match into a confident finding.

A validator takes the matched value and returns:

* ``True``: confirmed; the finding scores 1.0. Only for checks that random digits
  rarely pass *and* whose shape is distinctive (a card number with an issuer prefix and
  Luhn, an IBAN with mod-97, a codice fiscale with its check letter);
* ``False``: impossible; the match is dropped;
* ``None``: plausible but unconfirmed; the pattern score stands and context words
  decide. Many national IDs are a bare run of 9-11 digits with one check digit, which
  1 random number in 10 or 11 passes: for those a passing check returns ``None``, so a
  phone number or an order number is not reported as a tax ID at full confidence.

Add one by decorating a function with :func:`validator`. Every check below cites the
body that publishes the rule.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

__all__ = [
    "IBAN_LENGTHS",
    "VALIDATORS",
    "Validator",
    "get_validator",
    "luhn_ok",
    "validator",
    "verhoeff_ok",
]

Validator = Callable[[str], bool | None]
VALIDATORS: dict[str, Validator] = {}


def validator(name: str) -> Callable[[Validator], Validator]:
    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        return func

    return register


def get_validator(name: str) -> Validator:
    if name not in VALIDATORS:  # built-in recognizer modules register validators too
        from promptguard.recognizers.registry import known_types

        known_types()
    try:
        return VALIDATORS[name]
    except KeyError:
        known = ", ".join(sorted(VALIDATORS))
        raise ValueError(f"unknown validator {name!r}; known validators: {known}") from None


# Every byte but the ASCII digits, for bytes.translate(None, delete): the digits of an
# ASCII value in one C call (a generator over its characters costs ~1 µs per value, and
# validators run on every candidate match).
_ASCII_NON_DIGITS = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)


def _digits(value: str) -> str:
    if value.isascii():
        return value.encode("ascii").translate(None, _ASCII_NON_DIGITS).decode("ascii")
    return "".join(ch for ch in value if ch.isdigit())


def _all_same(digits: str) -> bool:
    return len(set(digits)) <= 1


def _separated(value: str) -> bool:
    return not value.isalnum() if value else False


# ASCII letters and digits, for bytes.translate(None, delete): an ASCII value's separators.
_ASCII_ALNUM = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _consistent_separators(value: str) -> bool:
    """``123-45-6789`` or ``123 45 6789``, not ``123-45 6789`` (mixed: an order number)."""
    if value.isalnum():
        return True
    if value.isascii():
        # The separators in two C calls (isalnum on an ASCII character is [A-Za-z0-9]).
        return len(set(value.encode("ascii").translate(None, _ASCII_ALNUM))) <= 1
    return len({ch for ch in value if not ch.isalnum()}) <= 1


def _weak(ok: bool) -> bool | None:
    """A check that rules out but does not confirm (see the module docstring)."""
    return None if ok else False


def _plausible_date(yy: int, mm: int, dd: int) -> bool:
    import calendar

    if not 1 <= mm <= 12 or dd < 1:
        return False
    # yy may be two-digit; 2000 is a leap year, so a 29 February passes either way.
    year = yy if yy >= 100 else 2000 + yy
    return dd <= calendar.monthrange(year, mm)[1]


# ------------------------------------------------------------------ generic checksums
# Luhn's doubled digits (2d, minus 9 above 9), by character.
_LUHN_DOUBLED = {str(d): 2 * d - 9 if d > 4 else 2 * d for d in range(10)}
# The same on the byte of a digit: b"0" + d to b"0" + its doubled value (other bytes kept).
_LUHN_DOUBLED_BYTES = bytes(48 + _LUHN_DOUBLED[chr(b)] if 48 <= b <= 57 else b for b in range(256))


def luhn_ok(digits: str) -> bool:
    """ISO/IEC 7812-1 Annex B (Luhn mod 10)."""
    if digits.isascii() and digits.isdigit():
        # Every other digit from the right as it is, the others doubled (a byte table): sums
        # of byte values, all C calls; each of the len(digits) bytes carries 48 ("0").
        data = digits.encode("ascii")
        total = sum(data[::-2]) + sum(data[-2::-2].translate(_LUHN_DOUBLED_BYTES)) - 48 * len(data)
        return total % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@validator("luhn")
def luhn(value: str) -> bool:
    digits = _digits(value)
    return len(digits) >= 2 and not _all_same(digits) and luhn_ok(digits)


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff (1969) dihedral-group check digit, as used by Aadhaar."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


@validator("verhoeff")
def verhoeff(value: str) -> bool:
    digits = _digits(value)
    return len(digits) >= 2 and verhoeff_ok(digits)


def _mod11_weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11


# ---------------------------------------------------------------------- payment data
# Issuer prefixes and lengths (ISO/IEC 7812 registrations as published by the networks).
_CARD_RANGES: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("4", "4", (13, 16, 19)),  # Visa, incl. 19-digit
    ("51", "55", (16,)),  # Mastercard
    ("2221", "2720", (16,)),  # Mastercard 2-series (since 2017)
    ("34", "34", (15,)),  # Amex
    ("37", "37", (15,)),
    ("6011", "6011", (16, 17, 18, 19)),  # Discover
    ("644", "649", (16, 17, 18, 19)),
    ("65", "65", (16, 17, 18, 19)),
    ("62", "62", (16, 17, 18, 19)),  # UnionPay (incl. the Discover co-brand 622126-622925)
    # JCB is registered as 3528-3589; test-card generators (Faker and friends) and some
    # co-branded issuers use the whole 35 block, so accept it: Luhn still has to pass.
    ("35", "35", (16, 17, 18, 19)),
    ("300", "305", (14, 16, 17, 18, 19)),  # Diners Club International
    ("36", "36", (14, 16, 17, 18, 19)),
    ("38", "39", (16, 17, 18, 19)),
    # Maestro: 12-19 digits (a separated 12-digit value is refused in credit_card()).
    ("50", "50", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("56", "58", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("6", "6", (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro / other 6-series
    ("2200", "2204", (16, 17, 18, 19)),  # Mir
    ("1800", "1800", (15,)),  # JCB legacy 15-digit ranges (still accepted by JCB)
    ("2131", "2131", (15,)),
)


def _issuer_spans() -> dict[int, tuple[tuple[int, int], ...]]:
    """Per card length, the issuer ranges as intervals of the first four digits, merged and
    sorted: for ASCII digits, ``low <= digits[:k] <= high`` (strings of k digits) is
    ``int(low.ljust(4, "0")) <= int(digits[:4]) <= int(high.ljust(4, "9"))``."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for low, high, lengths in _CARD_RANGES:
        if not len(low) == len(high) <= 4:  # pragma: no cover - a table entry this does not fit
            raise ValueError(f"card range {low}-{high}: bounds of unequal or more than four digits")
        for n in lengths:
            spans.setdefault(n, []).append((int(low.ljust(4, "0")), int(high.ljust(4, "9"))))
    out: dict[int, tuple[tuple[int, int], ...]] = {}
    for n, found in spans.items():
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(found):
            if merged and lo <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        out[n] = tuple(merged)
    return out


_ISSUER_SPANS = _issuer_spans()


def _card_issuer_ok(digits: str) -> bool:
    n = len(digits)
    if n >= 4 and digits.isascii():
        # One integer against a few merged intervals (the range loop below cost ~1.5 µs).
        prefix = int(digits[:4])
        for lo, hi in _ISSUER_SPANS.get(n, ()):
            if prefix < lo:
                return False
            if prefix <= hi:
                return True
        return False
    for low, high, lengths in _CARD_RANGES:
        if n in lengths and low <= digits[: len(low)] <= high:
            return True
    return False


def _card_grouping_ok(value: str) -> bool:
    """Cards are printed in groups of 4 (4-6-5 for Amex/Diners, a short last group for
    19 digits); ``41 11 11 11 11 11 11 11`` is a list of numbers, not a card."""
    # Split on " " or "-" (what re.split(r"[ \-]", value) does, without the regex call).
    groups = value.replace("-", " ").split(" ")
    if len(groups) == 1:
        return True
    return all(len(g) >= 3 for g in groups[:-1]) and len(groups[-1]) >= 1


@validator("credit_card")
def credit_card(value: str) -> bool:
    digits = _digits(value)
    if not 12 <= len(digits) <= 19 or _all_same(digits):
        return False
    # Mixed separators ("4111 1111-1111 1111") are how order numbers look, not cards.
    if not _consistent_separators(value) or not _card_grouping_ok(value):
        return False
    # "5800 1492 8288" is what a 16-digit number looks like with its last group cut off
    # (greedy matches are retried shorter): only an unseparated 12-digit Maestro counts.
    if len(digits) == 12 and _separated(value):
        return False
    return _card_issuer_ok(digits) and luhn_ok(digits)


# ISO 13616 IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


@validator("iban")
def iban(value: str) -> bool:
    """ISO 13616: registered country length, then ISO 7064 mod 97-10 == 1."""
    compact = value.replace(" ", "").replace("-", "").upper() if not value.isalnum() else value.upper()
    country = compact[:2]
    if IBAN_LENGTHS.get(country) != len(compact) or not compact[2:4].isdigit() or not compact.isalnum():
        return False
    if not _consistent_separators(value):
        return False
    rearranged = compact[4:] + compact[:4]
    return int(rearranged.translate(_IBAN_DIGITS)) % 97 == 1


# Letters become their ISO 13616 two-digit values (A=10 ... Z=35).
_IBAN_DIGITS = str.maketrans({chr(65 + i): str(10 + i) for i in range(26)})


@validator("aba_routing")
def aba_routing(value: str) -> bool | None:
    """ABA routing transit number: Federal Reserve prefix + 3-7-1 weighted mod 10.

    Weak: 1 nine-digit number in ~25 passes, so context has to confirm it.
    """
    d = [int(c) for c in _digits(value)]
    if len(d) != 9 or len(set(d)) == 1:
        return False
    # First two digits: 00-12 banks, 21-32 thrift institutions, 61-72 electronic, 80 traveller's cheques.
    prefix = d[0] * 10 + d[1]
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    checksum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return _weak(checksum % 10 == 0)


# --------------------------------------------------------------------------- network
@validator("ip_address")
def ip_address(value: str) -> bool | None:
    candidate = value.strip("[]")
    if "%" in candidate:
        candidate = candidate.split("%", 1)[0]
    if ":" not in candidate:
        # Dotted quads: checked here without the ipaddress module (the hot path of IPv4),
        # part by part in a plain loop (no generator per call).
        parts = candidate.split(".")
        if len(parts) != 4:
            return False
        for p in parts:
            if not p.isdigit() or len(p) > 3 or (p[0] == "0" and p != "0"):
                return False
        for p in parts:
            if int(p) > 255:
                return False
        if candidate == "0.0.0.0":  # noqa: S104 - not a bind address
            return False
        return None if len(candidate) == 7 else True
    try:
        addr = ipaddress.ip_address(candidate)
    except ValueError:
        return False  # also rejects 1.2.3.4.5 and leading zeros (01.2.3.4)
    if isinstance(addr, ipaddress.IPv6Address):
        if candidate.count(":") < 2:
            return False
        groups = [g for g in candidate.split(":") if g]
        # "Add::Bad" is C++/Rust scope resolution between two hex-looking words, and
        # "l[1::2]" / "s[::3]" are Python slices; "::1" (loopback) is the one short form kept.
        if "::" in candidate and len(groups) <= 2 and candidate != "::1":
            if all(g.isalpha() for g in groups) or all(g.isdigit() for g in groups):
                return False
        return True
    if addr.is_unspecified:
        return False
    # "1.2.3.4" / "4.2.0.1" are version numbers as often as addresses: context decides.
    if all(len(part) == 1 for part in candidate.split(".")):
        return None
    return True


# ---------------------------------------------------------------------------- crypto
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@validator("bitcoin")
def bitcoin(value: str) -> bool | None:
    """Base58Check (double SHA-256 checksum) or BIP-173/BIP-350 bech32(m)."""
    import hashlib

    if value.lower().startswith("bc1"):
        return _bech32_ok(value.lower())
    num = 0
    for ch in value:
        idx = _B58.find(ch)
        if idx < 0:
            return False
        num = num * 58 + idx
    raw = num.to_bytes(25, "big") if num.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False
    check = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4]
    return check == raw[21:]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_ok(addr: str) -> bool:
    if "1" not in addr:
        return False
    hrp, data = addr.rsplit("1", 1)
    if not data or any(ch not in _BECH32 for ch in data):
        return False
    values = [_BECH32.index(ch) for ch in data]
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk in (1, 0x2BC830A3)  # bech32 / bech32m


@validator("ethereum")
def ethereum(value: str) -> bool | None:
    """0x + 40 hex. The EIP-55 checksum needs Keccak-256, which the standard library
    lacks, so a well-formed address is only plausible: context ("wallet", "ETH") decides."""
    body = value[2:]
    if len(body) != 40 or any(ch not in "0123456789abcdefABCDEF" for ch in body) or len(set(body.lower())) <= 4:
        return False
    return None


# ------------------------------------------------------------------------------- US
@validator("us_ssn")
def us_ssn(value: str) -> bool | None:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; plus the
    numbers the SSA voided after they were printed in advertising (078-05-1120...).

    ``123-45-6789`` with consistent separators is how SSNs are written, so it is
    confirmed; an unseparated nine-digit run is only plausible.
    """
    digits = _digits(value)
    if len(digits) != 9 or not _consistent_separators(value):
        return False
    seps = [ch for ch in value if not ch.isdigit()]
    if seps and len(seps) != 2:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    if digits in {"078051120", "219099999", "123456789", "111223333"} or _all_same(digits):
        return False
    return True if seps else None


@validator("us_itin")
def us_itin(value: str) -> bool | None:
    """IRS ITIN: 9NN-GG-NNNN with group 50-65, 70-88, 90-92 or 94-99."""
    digits = _digits(value)
    if len(digits) != 9 or digits[0] != "9" or not _consistent_separators(value):
        return False
    group = int(digits[3:5])
    ok = 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99
    if not ok:
        return False
    return True if _separated(value) else None


@validator("us_dea")
def us_dea(value: str) -> bool | None:
    """DEA registration number: 2 letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.

    First letter is the registrant type (A, B, F, G, M, P, R, X...), the second the
    initial of the registrant's surname (or 9 for some businesses).
    """
    v = value.upper().replace(" ", "")
    if len(v) != 9 or v[0] not in "ABCDEFGHJKLMPRSTUX" or not (v[1].isalpha() or v[1] == "9"):
        return False
    d = v[2:]
    if not d.isdigit() or _all_same(d):
        return False
    total = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    # Product and part codes share the shape and 1 in 10 passes: context confirms.
    return _weak(total % 10 == int(d[6]))


# ---------------------------------------------------------------------- UK, CA, AU, IN
@validator("uk_nhs")
def uk_nhs(value: str) -> bool | None:
    """NHS number: 10 digits, mod 11 with weights 10..2 (NHS Data Dictionary)."""
    digits = _digits(value)
    if len(digits) != 10 or _all_same(digits) or not _consistent_separators(value):
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    if check == 11:
        check = 0
    return _weak(check != 10 and check == int(digits[9]))


@validator("uk_nino")
def uk_nino(value: str) -> bool:
    """HMRC NIM39110: two prefix letters (not D F I Q U V; second not O; not BG GB KN NK
    NT TN ZZ), six digits, suffix A-D."""
    compact = re.sub(r"[\s\-]", "", value).upper()
    if len(compact) != 9:
        return False
    prefix = compact[:2]
    if not prefix.isalpha() or prefix[0] in "DFIQUV" or prefix[1] in "DFIOQUV":
        return False
    if prefix in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        return False
    return compact[2:8].isdigit() and compact[8] in "ABCD"


@validator("ca_sin")
def ca_sin(value: str) -> bool | None:
    """Canadian SIN: 9 digits, Luhn; first digit 0 (never issued) and 8 (business) excluded."""
    digits = _digits(value)
    if len(digits) != 9 or digits[0] in "08" or _all_same(digits) or not _consistent_separators(value):
        return False
    # 1 random nine-digit number in 10 passes Luhn and "723 813 266" is also how many
    # European phone numbers are written: context always has to confirm a SIN.
    return _weak(luhn_ok(digits))


@validator("au_tfn")
def au_tfn(value: str) -> bool | None:
    """ATO tax file number: 8 or 9 digits, weighted mod 11 (1 4 3 7 5 8 6 9 10)."""
    digits = _digits(value)
    if len(digits) not in (8, 9) or _all_same(digits):
        return False
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10) if len(digits) == 9 else (10, 7, 8, 4, 6, 3, 5, 1)
    return _weak(sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 == 0)


@validator("au_abn")
def au_abn(value: str) -> bool | None:
    """Australian Business Number: subtract 1 from the first digit, weights 10 1 3 5 ... 19, mod 89."""
    digits = _digits(value)
    if len(digits) != 11 or digits[0] == "0":
        return False
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    nums = [int(d) for d in digits]
    nums[0] -= 1
    ok = sum(n * w for n, w in zip(nums, weights, strict=False)) % 89 == 0
    # 1 random number in 89 passes: printed "51 824 753 556" is confirmed, a bare run is not.
    return (True if _separated(value) else None) if ok else False


@validator("au_medicare")
def au_medicare(value: str) -> bool | None:
    """Medicare card number: first digit 2-6, check digit 9 = weights 1 3 7 9 1 3 7 9 mod 10."""
    digits = _digits(value)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return _weak(sum(int(d) * w for d, w in zip(digits[:8], weights, strict=False)) % 10 == int(digits[8]))


@validator("in_aadhaar")
def in_aadhaar(value: str) -> bool | None:
    """UIDAI: 12 digits, never starting with 0 or 1, Verhoeff check digit, not a palindrome."""
    digits = _digits(value)
    ok = (
        len(digits) == 12
        and digits[0] not in "01"
        and digits != digits[::-1]
        and _consistent_separators(value)
        and verhoeff_ok(digits)
    )
    if not ok:
        return False
    # "2345 6789 0124" as printed on the card is confirmed; a bare 12-digit run is not.
    return True if _separated(value) else None


@validator("in_pan")
def in_pan(value: str) -> bool:
    """Income Tax PAN: AAAAA9999A; the fourth letter is the holder type
    (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority,
    J artificial juridical person, G government)."""
    v = value.upper()
    return bool(re.fullmatch(r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]", v)) and v[5:9] != "0000"


@validator("sg_nric")
def sg_nric(value: str) -> bool:
    """Singapore NRIC/FIN: prefix S/T (citizens, PRs) or F/G (foreigners), 7 digits, check
    letter from weights 2 7 6 5 4 3 2 (+4 for T and G) mod 11."""
    v = value.upper()
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", v):
        return False
    total = sum(int(d) * w for d, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2), strict=False))
    if v[0] in "TG":
        total += 4
    table = "JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == v[8]


# ------------------------------------------------------------------------------- EU
@validator("es_nif")
def es_nif(value: str) -> bool:
    """Spanish DNI/NIF (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): mod 23 letter."""
    v = re.sub(r"[\s\-]", "", value.upper())
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if re.fullmatch(r"\d{8}[A-Z]", v):
        return not _all_same(v[:8]) and letters[int(v[:8]) % 23] == v[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", v):  # NIE
        return letters[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]
    return False


_CF_ODD = {
    **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=False)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                10, 22, 25, 24, 23), strict=False)),
}  # fmt: skip


@validator("it_fiscal_code")
def it_fiscal_code(value: str) -> bool:
    """Italian codice fiscale (DM 23/12/1976): 16 characters, check letter from the
    odd/even position tables. Omocodia letters (LMNPQRSTUV) may replace digits."""
    v = value.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", v):
        return False
    total = 0
    for i, ch in enumerate(v[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == v[15]


@validator("fr_nir")
def fr_nir(value: str) -> bool:
    """French NIR (numéro de sécurité sociale): sex, YY, MM, department (2A/2B for
    Corsica), commune, order, then key = 97 - (number mod 97)."""
    v = re.sub(r"[\s.\-]", "", value.upper())
    if len(v) != 15 or v[0] not in "1278":
        return False
    month = v[3:5]
    if not month.isdigit() or not (1 <= int(month) <= 12 or 20 <= int(month) <= 42 or 50 <= int(month) <= 99):
        return False
    body = v[:13]
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    if not body.isdigit() or not v[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(v[13:])


@validator("de_tax_id")
def de_tax_id(value: str) -> bool | None:
    """German Steuerliche Identifikationsnummer (IdNr): 11 digits, no leading 0; in the
    first ten one digit appears two or three times and no other repeats (§ 139b AO);
    check digit by ISO 7064 MOD 11,10."""
    digits = _digits(value)
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    product = 10
    for d in digits[:10]:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return _weak(check == int(digits[10]))


@validator("nl_bsn")
def nl_bsn(value: str) -> bool | None:
    """Dutch BSN: 9 digits, "elfproef" (weights 9..2 and -1, sum divisible by 11)."""
    digits = _digits(value)
    if len(digits) != 9 or _all_same(digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=False)) - int(digits[8])
    return _weak(total % 11 == 0)


@validator("pl_pesel")
def pl_pesel(value: str) -> bool | None:
    """Polish PESEL: YYMMDD (month + 20/40/60/80 encodes the century), serial, check
    digit with weights 1 3 7 9."""
    digits = _digits(value)
    if len(digits) != 11 or _all_same(digits):
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10) % 10
    month = int(digits[2:4]) % 20
    ok = check == int(digits[10]) and _plausible_date(int(digits[:2]), month, int(digits[4:6]))
    return _weak(ok)


@validator("se_personnummer")
def se_personnummer(value: str) -> bool | None:
    """Swedish personnummer / samordningsnummer: (YY)YYMMDD[-+]NNNC, Luhn over the last 10."""
    digits = _digits(value)
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10:
        return False
    day = int(digits[4:6])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    ok = _plausible_date(int(digits[:2]), int(digits[2:4]), day) and luhn_ok(digits)
    if not ok:
        return False
    return True if any(ch in "-+" for ch in value) else None


@validator("fi_hetu")
def fi_hetu(value: str) -> bool:
    """Finnish henkilötunnus: DDMMYY, century sign (+ - A, and since 2023 B-F, U-Y),
    individual number, check character = (DDMMYYNNN mod 31) in a 31-character table."""
    v = value.upper()
    if len(v) != 11 or not v[:6].isdigit() or not v[7:10].isdigit() or v[6] not in "+-ABCDEFUVWXY":
        return False
    if not _plausible_date(int(v[4:6]), int(v[2:4]), int(v[:2])):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]


@validator("be_national_number")
def be_national_number(value: str) -> bool | None:
    """Belgian Rijksregisternummer / numéro de registre national: YYMMDD + serial (3)
    + check (2) = 97 - (first 9 mod 97); for people born from 2000, prefix a 2."""
    digits = _digits(value)
    if len(digits) != 11:
        return False
    body, check = int(digits[:9]), int(digits[9:])
    ok = 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check
    month = int(digits[2:4])
    if not ok or not (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52):
        return False
    return True if _separated(value) else None


@validator("ie_pps")
def ie_pps(value: str) -> bool:
    """Irish PPS number: 7 digits + check letter (+ optional A/B/H/W), weights 8..2 (and
    9 for the second letter), mod 23, 0 -> W."""
    v = re.sub(r"[\s\-]", "", value.upper())
    m = re.fullmatch(r"(\d{7})([A-W])([ABHW]?)", v)
    if not m:
        return False
    digits, check, extra = m.groups()
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=False))
    if extra:
        total += 9 * (ord(extra) - 64 if extra != "W" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == check


@validator("ch_ahv")
def ch_ahv(value: str) -> bool:
    """Swiss AHV/AVS number: 756.XXXX.XXXX.XC, an EAN-13 with the Swiss country prefix."""
    digits = _digits(value)
    if len(digits) != 13 or not digits.startswith("756"):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


@validator("ro_cnp")
def ro_cnp(value: str) -> bool:
    """Romanian CNP: S YYMMDD JJ NNN C, check = weights 279146358279 mod 11 (10 -> 1)."""
    digits = _digits(value)
    if len(digits) != 13 or digits[0] == "0":
        return False
    if not _plausible_date(int(digits[1:3]), int(digits[3:5]), int(digits[5:7])):
        return False
    total = sum(int(d) * int(w) for d, w in zip(digits[:12], "279146358279", strict=False)) % 11
    return (1 if total == 10 else total) == int(digits[12])


@validator("ee_isikukood")
def ee_isikukood(value: str) -> bool | None:
    """Estonian (and Lithuanian) personal code: G YYMMDD NNN C, two-stage mod 11."""
    digits = _digits(value)
    if len(digits) != 11 or digits[0] not in "123456":
        return False
    if not _plausible_date(int(digits[1:3]), int(digits[3:5]), int(digits[5:7])):
        return False
    check = _mod11_weighted(digits, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))
    if check == 10:
        check = _mod11_weighted(digits, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))
        if check == 10:
            check = 0
    return _weak(check == int(digits[10]))


@validator("hr_oib")
def hr_oib(value: str) -> bool | None:
    """Croatian OIB: 11 digits, ISO 7064 MOD 11,10."""
    digits = _digits(value)
    if len(digits) != 11 or _all_same(digits):
        return False
    product = 10
    for d in digits[:10]:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    return _weak((11 - product) % 10 == int(digits[10]))


@validator("pt_nif")
def pt_nif(value: str) -> bool | None:
    """Portuguese NIF: 9 digits, weights 9..2 mod 11 (check 10 -> 0)."""
    digits = _digits(value)
    if len(digits) != 9 or digits[0] == "0" or _all_same(digits):
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=False)) % 11
    return _weak((0 if check >= 10 else check) == int(digits[8]))


@validator("no_fodselsnummer")
def no_fodselsnummer(value: str) -> bool | None:
    """Norwegian fødselsnummer: DDMMYY + 3 + two mod 11 check digits (D-numbers add 4 to D1)."""
    digits = _digits(value)
    if len(digits) != 11:
        return False
    day = int(digits[:2]) % 40
    if not _plausible_date(int(digits[4:6]), int(digits[2:4]) % 40, day):
        return False
    k1 = 11 - _mod11_weighted(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2))
    k2 = 11 - _mod11_weighted(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    k1, k2 = k1 % 11, k2 % 11
    # Two check digits: 1 random number in ~100 passes, enough to confirm when printed
    # as DDMMYY NNNCC, not as a bare run.
    if not (k1 != 10 and k2 != 10 and k1 == int(digits[9]) and k2 == int(digits[10])):
        return False
    return True if _separated(value) else None


# ---------------------------------------------------------------------------- dates
@validator("date_plausible")
def date_plausible(value: str) -> bool | None:
    """Rejects impossible dates (month 13, 31 February, year 3021); never confirms."""
    nums = [int(n) for n in re.findall(r"\d+", value)]
    if len(nums) < 2:
        return None
    years = [n for n in nums if n > 31]
    if years and not all(1900 <= y <= 2100 for y in years):
        return False
    if len(nums) == 3 and not re.search(r"[A-Za-z]", value):
        if nums[0] > 31:  # ISO: YYYY-MM-DD
            ok = _plausible_date(nums[0], nums[1], nums[2])
        else:  # DD/MM/YYYY or MM/DD/YYYY: either reading may be the intended one
            ok = _plausible_date(nums[2], nums[1], nums[0]) or _plausible_date(nums[2], nums[0], nums[1])
        if not ok:
            return False
    return None
