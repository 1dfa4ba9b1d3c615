"""Checksums and shape checks that turn a regex match into a confident finding.

A validator takes the matched value and returns ``True`` (valid: score 1.0),
``False`` (invalid: the match is dropped) or ``None`` (cannot tell: keep the
pattern score). Add one by decorating a function with :func:`validator`.
"""

from __future__ import annotations

import ipaddress
import re
import string
from collections.abc import Callable

__all__ = ["VALIDATORS", "get_validator", "validator"]

Validator = Callable[[str], bool | None]
VALIDATORS: dict[str, Validator] = {}


def validator(name: str) -> Callable[[Validator], Validator]:
    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        return func

    return register


def get_validator(name: str) -> Validator:
    try:
        return VALIDATORS[name]
    except KeyError:
        known = ", ".join(sorted(VALIDATORS))
        raise ValueError(f"unknown validator {name!r}; known validators: {known}") from None


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _all_same(digits: str) -> bool:
    return len(set(digits)) <= 1


def luhn_ok(digits: str) -> bool:
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


# Issuer prefixes and lengths (ISO/IEC 7812 registrations as published by the networks).
_CARD_RANGES: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("4", "4", (13, 16, 19)),  # Visa, incl. 19-digit
    ("51", "55", (16,)),  # Mastercard
    ("2221", "2720", (16,)),  # Mastercard 2-series
    ("34", "34", (15,)),  # Amex
    ("37", "37", (15,)),
    ("6011", "6011", (16, 17, 18, 19)),  # Discover
    ("644", "649", (16, 17, 18, 19)),
    ("65", "65", (16, 17, 18, 19)),
    ("622126", "622925", (16, 17, 18, 19)),  # Discover/UnionPay co-brand
    ("62", "62", (16, 17, 18, 19)),  # UnionPay
    ("3528", "3589", (16, 17, 18, 19)),  # JCB
    ("300", "305", (14, 16, 17, 18, 19)),  # Diners Club
    ("36", "36", (14, 16, 17, 18, 19)),
    ("38", "39", (16, 17, 18, 19)),
    ("50", "50", (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
    ("56", "58", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("6", "6", (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro/other 6-series
    ("2200", "2204", (16, 17, 18, 19)),  # Mir
    ("1", "1", (15,)),  # UATP
    ("1800", "1800", (15,)),  # JCB legacy 15-digit
    ("2131", "2131", (15,)),
)


def _card_issuer_ok(digits: str) -> bool:
    n = len(digits)
    for low, high, lengths in _CARD_RANGES:
        prefix = digits[: len(low)]
        if low <= prefix <= high and n in lengths:
            return True
    return False


@validator("credit_card")
def credit_card(value: str) -> bool:
    digits = _digits(value)
    if not 12 <= len(digits) <= 19 or _all_same(digits):
        return False
    # Mixed separators ("4111 1111-1111 1111") are how order numbers look, not cards.
    seps = {ch for ch in value if not ch.isdigit()}
    if len(seps) > 1:
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
    compact = "".join(ch for ch in value if ch.isalnum()).upper()
    country = compact[:2]
    if IBAN_LENGTHS.get(country) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


@validator("us_ssn")
def us_ssn(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 9:
        return False
    # Inconsistent separators ("123-45 6789") are not how SSNs are written.
    seps = [ch for ch in value if not ch.isdigit()]
    if seps and (len(seps) != 2 or seps[0] != seps[1]):
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    # SSA rules: no 000/666/9xx area, no 00 group, no 0000 serial.
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    # Numbers the SSA voided after they were published in advertising.
    return digits not in {"078051120", "219099999", "123456789"} and not _all_same(digits)


@validator("us_itin")
def us_itin(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 9 or digits[0] != "9":
        return False
    group = int(digits[3:5])
    # IRS ITIN group ranges.
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


@validator("aba_routing")
def aba_routing(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    if len(d) != 9 or _all_same("".join(map(str, d))):
        return False
    # First two digits are Federal Reserve routing symbols: 00-12, 21-32, 61-72, 80.
    prefix = d[0] * 10 + d[1]
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    checksum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return checksum % 10 == 0


@validator("uk_nhs")
def uk_nhs(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 10 or _all_same(digits):
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


@validator("uk_nino")
def uk_nino(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) != 9:
        return False
    prefix = compact[:2]
    # HMRC: first letter not D F I Q U V, second not D F I O Q U V; these pairs never issued.
    if prefix[0] in "DFIQUV" or prefix[1] in "DFIOQUV":
        return False
    if prefix in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        return False
    return compact[2:8].isdigit() and compact[8] in "ABCD"


@validator("ca_sin")
def ca_sin(value: str) -> bool:
    digits = _digits(value)
    return len(digits) == 9 and digits[0] != "8" and luhn_ok(digits)


@validator("au_tfn")
def au_tfn(value: str) -> bool:
    digits = _digits(value)
    if len(digits) not in (8, 9) or _all_same(digits):
        return False
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10) if len(digits) == 9 else (10, 7, 8, 4, 6, 3, 5, 1)
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


@validator("au_abn")
def au_abn(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 11 or digits[0] == "0":
        return False
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    nums = [int(d) for d in digits]
    nums[0] -= 1
    return sum(n * w for n, w in zip(nums, weights)) % 89 == 0


@validator("au_medicare")
def au_medicare(value: str) -> bool:
    digits = _digits(value)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(d) * w for d, w in zip(digits[:8], weights)) % 10 == int(digits[8])


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
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


@validator("verhoeff")
def verhoeff(value: str) -> bool:
    digits = _digits(value)
    return len(digits) >= 2 and verhoeff_ok(digits)


@validator("in_aadhaar")
def in_aadhaar(value: str) -> bool:
    digits = _digits(value)
    # UIDAI: 12 digits, never starting with 0 or 1, Verhoeff check digit, not a palindrome.
    return (
        len(digits) == 12
        and digits[0] not in "01"
        and digits != digits[::-1]
        and verhoeff_ok(digits)
    )


@validator("in_pan")
def in_pan(value: str) -> bool:
    v = value.upper()
    # Fourth character is the holder type (P person, C company, H HUF, F firm...).
    return len(v) == 10 and v[3] in "ABCFGHJLPT"


@validator("ip_address")
def ip_address(value: str) -> bool:
    candidate = value.strip("[]")
    if "%" in candidate:
        candidate = candidate.split("%", 1)[0]
    try:
        addr = ipaddress.ip_address(candidate)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and candidate.count(":") < 2:
        return False
    # "1.2.3" / version-like triples are filtered by the regex; unspecified addresses are noise.
    return not addr.is_unspecified


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@validator("bitcoin")
def bitcoin(value: str) -> bool | None:
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
def ethereum(value: str) -> bool:
    body = value[2:]
    return len(body) == 40 and all(ch in string.hexdigits for ch in body) and len(set(body)) > 4


@validator("es_nif")
def es_nif(value: str) -> bool:
    v = re.sub(r"[\s-]", "", value.upper())
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if re.fullmatch(r"\d{8}[A-Z]", v):
        return letters[int(v[:8]) % 23] == v[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", v):  # NIE
        return letters[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]
    return False


@validator("it_fiscal_code")
def it_fiscal_code(value: str) -> bool:
    v = value.upper()
    if len(v) != 16:
        return False
    odd = {
        **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21))),
        **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                    10, 22, 25, 24, 23))),
    }  # fmt: skip
    total = 0
    for i, ch in enumerate(v[:15]):
        if i % 2 == 0:
            total += odd[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == v[15]


@validator("fr_nir")
def fr_nir(value: str) -> bool:
    v = re.sub(r"\s", "", value.upper())
    if len(v) != 15:
        return False
    body = v[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not v[13:].isdigit() or v[0] not in "12":
        return False
    return 97 - int(body) % 97 == int(v[13:])


@validator("de_tax_id")
def de_tax_id(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = [digits[:10].count(d) for d in set(digits[:10])]
    # One digit appears twice or three times in the first ten; the rest at most once.
    if not (max(counts) in (2, 3) and sorted(counts, reverse=True)[1:2] in ([1], [])):
        return False
    product = 10
    for d in digits[:10]:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return check == int(digits[10])


@validator("nl_bsn")
def nl_bsn(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 9 or _all_same(digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


@validator("pl_pesel")
def pl_pesel(value: str) -> bool:
    digits = _digits(value)
    if len(digits) != 11:
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights)) % 10) % 10
    month = int(digits[2:4]) % 20
    return check == int(digits[10]) and 1 <= month <= 12


@validator("se_personnummer")
def se_personnummer(value: str) -> bool:
    digits = _digits(value)
    if len(digits) == 12:
        digits = digits[2:]
    return len(digits) == 10 and 1 <= int(digits[2:4]) <= 12 and luhn_ok(digits)


@validator("fi_hetu")
def fi_hetu(value: str) -> bool:
    v = value.upper()
    if len(v) != 11 or not v[:6].isdigit() or not v[7:10].isdigit():
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]


@validator("date_plausible")
def date_plausible(value: str) -> bool | None:
    nums = [int(n) for n in re.findall(r"\d+", value)]
    if len(nums) < 2:
        return None
    years = [n for n in nums if n > 31]
    if years and not all(1900 <= y <= 2100 or y < 100 for y in years):
        return False
    return None
