"""Checksums and shape checks against published valid examples and single-digit errors.

Valid examples are the ones the issuing bodies or the standard references publish
(ATO's TFN/ABN examples, the NHS Data Dictionary example, ECBS IBAN examples...).
``True`` means confirmed, ``None`` plausible (context decides), ``False`` impossible.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptguard.recognizers.validators import VALIDATORS, get_validator, luhn_ok, verhoeff_ok

ACCEPTED = (True, None)

# (validator, valid example, what it returns for it)
VALID = [
    ("credit_card", "4111 1111 1111 1111", True),
    ("credit_card", "2223000048400011", True),  # Mastercard 2-series
    ("credit_card", "378282246310005", True),  # Amex
    ("credit_card", "3530111333300000", True),  # JCB
    ("credit_card", "6759649826438453", True),  # Maestro
    ("credit_card", "4000056655665556007", True),  # 19-digit Visa
    ("credit_card", "6200000000000005", True),  # UnionPay
    ("credit_card", "36227206271667", True),  # Diners
    ("credit_card", "675984103431", True),  # 12-digit Maestro
    ("iban", "GB82 WEST 1234 5698 7654 32", True),
    ("iban", "DE89370400440532013000", True),
    ("iban", "FR1420041010050500013M02606", True),
    ("iban", "NO9386011117947", True),
    ("iban", "MT84MALT011000012345MTLCAST001S", True),
    ("us_ssn", "536-22-1234", True),
    ("us_ssn", "536221234", None),
    ("us_itin", "912-70-1234", True),
    ("aba_routing", "021000021", None),
    ("aba_routing", "011000015", None),
    ("us_dea", "AB1234563", None),
    ("uk_nhs", "943 476 5919", None),
    ("uk_nino", "AB123456C", True),
    ("ca_sin", "130 692 544", None),
    ("au_tfn", "123 456 782", None),
    ("au_abn", "51 824 753 556", True),
    ("au_abn", "51824753556", None),
    ("au_medicare", "2123 45670 1", None),
    ("in_aadhaar", "2345 6789 0124", True),
    ("in_aadhaar", "234567890124", None),
    ("in_pan", "ABCPD1234E", True),
    ("sg_nric", "S1234567D", True),
    ("sg_nric", "G1234567X", True),
    ("es_nif", "12345678Z", True),
    ("es_nif", "X1234567L", True),
    ("es_nif", "Y1234567X", True),
    ("it_fiscal_code", "RSSMRA85T10A562S", True),
    ("it_fiscal_code", "MRTMTT91D08F205J", True),
    ("fr_nir", "2 95 10 99 126 111 93", True),
    ("fr_nir", "253072B07300470", True),  # Corsica (2B)
    ("de_tax_id", "36 574 261 809", None),
    ("nl_bsn", "111222333", None),
    ("pl_pesel", "44051401359", None),
    ("se_personnummer", "811218-9876", True),
    ("se_personnummer", "198112189876", None),
    ("fi_hetu", "131052-308T", True),
    ("fi_hetu", "131052A308T", True),
    ("be_national_number", "85.07.30-033.28", True),
    ("ie_pps", "1234567T", True),
    ("ie_pps", "1234567TW", True),
    ("ch_ahv", "756.9217.0769.85", True),
    ("ro_cnp", "1630615123457", True),
    ("ee_isikukood", "36805280109", None),
    ("hr_oib", "33392005961", None),
    ("pt_nif", "501964843", None),
    ("no_fodselsnummer", "151086 95088", True),
    ("ip_address", "106.31.73.20", True),
    ("ip_address", "2001:db8::8a2e:370:7334", True),
    ("ip_address", "::1", True),
    ("ip_address", "1.2.3.4", None),  # version-shaped: context decides
    ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", True),
    ("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", True),
    ("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7", None),
]

INVALID = [
    ("credit_card", "4111 1111 1111 1112"),  # Luhn
    ("credit_card", "4111 1111-1111 1111"),  # mixed separators
    ("credit_card", "41 11 11 11 11 11 11 11"),  # not a card grouping
    ("credit_card", "9111111111111111"),  # no issuer uses 9
    ("credit_card", "0000000000000000"),
    ("credit_card", "6759 8410 3431"),  # a 16-digit number with its last group cut off
    ("iban", "GB82 WEST 1234 5698 7654 33"),
    ("iban", "GB82WEST123456987654"),  # wrong length for GB
    ("iban", "XX82WEST12345698765432"),  # unknown country
    ("us_ssn", "000-12-3456"),
    ("us_ssn", "666-12-3456"),
    ("us_ssn", "912-12-3456"),
    ("us_ssn", "536-00-1234"),
    ("us_ssn", "536-22-0000"),
    ("us_ssn", "078-05-1120"),  # voided after the Woolworth wallet insert
    ("us_ssn", "536-22 1234"),
    ("us_itin", "912-40-1234"),
    ("aba_routing", "021000022"),
    ("aba_routing", "999999999"),
    ("us_dea", "AB1234564"),
    ("uk_nhs", "943 476 5918"),
    ("uk_nino", "QQ123456C"),
    ("uk_nino", "GB123456A"),
    ("uk_nino", "AB123456E"),
    ("ca_sin", "130 692 545"),
    ("ca_sin", "046 454 286"),  # 0 is never issued
    ("au_tfn", "123 456 789"),
    ("au_abn", "51 824 753 557"),
    ("au_medicare", "2123 45671 1"),
    ("in_aadhaar", "2345 6789 0125"),
    ("in_aadhaar", "1234 5678 9012"),  # never starts with 0 or 1
    ("in_pan", "ABCDE1234F"),  # D is no holder type
    ("sg_nric", "S1234567A"),
    ("es_nif", "12345678A"),
    ("it_fiscal_code", "RSSMRA85T10A562T"),
    ("fr_nir", "2 95 10 99 126 111 94"),
    ("de_tax_id", "36574261808"),
    ("de_tax_id", "12345678901"),  # no repeated digit
    ("nl_bsn", "111222334"),
    ("pl_pesel", "44051401358"),
    ("se_personnummer", "811218-9877"),
    ("fi_hetu", "131052-308U"),
    ("fi_hetu", "321352-308T"),  # day 32
    ("be_national_number", "85.07.30-033.29"),
    ("ie_pps", "1234567A"),
    ("ch_ahv", "756.9217.0769.86"),
    ("ro_cnp", "1630615123458"),
    ("ee_isikukood", "36805280108"),
    ("hr_oib", "33392005962"),
    ("pt_nif", "501964844"),
    ("no_fodselsnummer", "151086 95089"),
    ("ip_address", "999.1.1.1"),
    ("ip_address", "1.2.3.4.5"),
    ("ip_address", "01.84.17.61"),  # leading zeros
    ("ip_address", "0.0.0.0"),
    ("ip_address", "12:30"),
    ("ip_address", "Add::Bad"),  # scope resolution, not a compressed address
    ("ip_address", "1::2"),  # a Python slice
    ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"),
    ("ethereum", "0x0000000000000000000000000000000000000000"),
    ("date_plausible", "31/31/1985"),
    ("date_plausible", "1985-02-30"),
    ("date_plausible", "04/12/3021"),
]


@pytest.mark.parametrize(("name", "value", "expected"), VALID, ids=[f"{n}:{v}" for n, v, _ in VALID])
def test_valid_examples(name: str, value: str, expected: bool | None) -> None:
    assert get_validator(name)(value) is expected


@pytest.mark.parametrize(("name", "value"), INVALID, ids=[f"{n}:{v}" for n, v in INVALID])
def test_invalid_examples(name: str, value: str) -> None:
    assert get_validator(name)(value) is False


def test_every_validator_is_exercised() -> None:
    tested = {n for n, *_ in VALID} | {n for n, _ in INVALID} | {"luhn", "verhoeff"}
    untested = {
        name for name, func in VALIDATORS.items() if func.__module__ == "promptguard.recognizers.validators"
    } - tested
    assert not untested, f"validators without examples: {sorted(untested)}"


def test_unknown_validator_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"known validators: .*luhn"):
        get_validator("no_such_check")


def test_date_plausible_never_confirms() -> None:
    # A date alone is not personal: the recognizer's context has to do that.
    assert get_validator("date_plausible")("04/12/1985") is None
    assert get_validator("date_plausible")("12/31/1985") is None  # US month-first


def _luhn_complete(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@given(st.text(alphabet="0123456789", min_size=8, max_size=18))
def test_luhn_catches_every_single_digit_error(body: str) -> None:
    number = _luhn_complete(body)
    assert luhn_ok(number)
    for i in range(len(number)):
        wrong = number[:i] + str((int(number[i]) + 1) % 10) + number[i + 1 :]
        assert not luhn_ok(wrong)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_verhoeff_catches_adjacent_transpositions(body: str) -> None:
    number = next(body + d for d in "0123456789" if verhoeff_ok(body + d))
    for i in range(len(number) - 1):
        if number[i] != number[i + 1]:
            swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
            assert not verhoeff_ok(swapped)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_weak_digit_ids_never_confirm_a_bare_run(digits: str) -> None:
    # A bare nine-digit run passes these checks 1 time in 10 or 11: never confirmed alone.
    for name in ("aba_routing", "uk_nhs", "ca_sin", "nl_bsn", "pt_nif", "au_tfn"):
        assert get_validator(name)(digits) is not True
