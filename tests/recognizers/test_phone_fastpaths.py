"""The phone recognizer's shortcuts give the answers of the code they replaced: fragments
screened on the UTF-8 bytes, the plain-candidate tests of ``judge`` without regexes, and
the per-country-code region chooser of ``_is_valid``."""

from __future__ import annotations

import random
import re

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.builtin import phone
from promptguard.recognizers.builtin.phone import PhoneOptions, PhoneRecognizer, judge
from promptguard.recognizers.registry import build_recognizer

OPTS = PhoneOptions()


def _recognizer() -> PhoneRecognizer:
    rec = build_recognizer(RecognizerSpec(id="phone_number", entity="PHONE_NUMBER", type="phone"), "test")
    assert isinstance(rec, PhoneRecognizer)
    return rec


def _analyze_reference(rec: PhoneRecognizer, text: str) -> list[tuple[int, int, float, str | None]]:
    """analyze() as first written: character spans, then the character fragment test."""
    out = []
    for start, end in rec._regex.spans(text):
        if text[start] == "(" and ")" not in text[start:end]:
            start += 1
        if phone._is_fragment(text, start, end):
            continue
        value = text[start:end]
        near = value.isdigit() and rec._near_context(text, start, end)
        judged = judge(value, rec.options, near_context=near)
        if judged is not None:
            out.append((start, end, judged[0], judged[1]))
    return out


def _rows(findings: list[Finding]) -> list[tuple[int, int, float, str | None]]:
    return [(f.start, f.end, f.score, f.explanation.pattern if f.explanation else None) for f in findings]


# Numbers, separators, parentheses, glue characters and neighbours that are ASCII or not
# (letters and digits of other scripts, currency signs, an unpaired surrogate).
_PIECES = [
    "+44 20 7946 0958", "(415) 555-2671", "(555 123 4567", "415.555.2671", "2026-11-18 09:12:33",
    "10.14.53.243", "4111 1111 1111 1111", "0049 30 901820", "5403926876", "x12", " ext. 7",
    "call", "phone", "order", "ab", "A-", "-", ".", "/", ":", "_", "@", "#", "$", "%", "€", "£",
    "é", "٣", "４", "中", " ", "\n", "(", ")", "\ud800",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("€+44 20 7946 0958")
@example("é(415) 555-2671é")
@example("٣-415 555 2671")
@example("415 555 2671-٣")
@example("a.415 555 2671")
@example("(415 555 2671 and 415 555 2671/4")
def test_analyze_equals_the_character_reference(text: str) -> None:
    rec = _recognizer()
    assert _rows(list(rec.analyze(text))) == _analyze_reference(rec, text)


_EXT = re.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6}$", re.IGNORECASE)
_PLAIN = re.compile(r"\+?[0-9 ().\-/]*")


def _plain_reference(value: str) -> tuple[bool, str]:
    """What judge() computed first: _PLAIN.fullmatch and the separators as a list."""
    core = _EXT.sub("", value) if "x" in value or "X" in value else value
    seps = [ch for ch in core.lstrip("+") if not ch.isdigit()]
    return _PLAIN.fullmatch(core) is not None, "".join(seps)


_VALUE_ALPHABET = "0123456789 ().-/+x٣４"


@given(st.text(alphabet=_VALUE_ALPHABET, max_size=24))
@example("++1 415")
@example("+(415) 555")
@example("4.5")
def test_plain_and_separators_equal_the_regex(value: str) -> None:
    core = _EXT.sub("", value) if "x" in value or "X" in value else value
    rest = core[1:] if core[:1] == "+" else core
    plain = not rest.strip(phone._PLAIN_CHARS)
    expected_plain, expected_seps = _plain_reference(value)
    assert plain == expected_plain
    if plain:
        assert rest.translate(phone._DROP_DIGITS) == expected_seps


def _is_valid_reference(cc: int, nsn: str) -> bool:
    """_is_valid as first written: each region's plan looked up and tried in turn."""
    pu = phone._phonenumberutil()
    regions = pu.COUNTRY_CODE_TO_REGION_CODE.get(cc)
    if regions is None:
        return False
    if len(regions) == 1:
        region = regions[0]
    else:
        for region in regions:
            plan = phone._plan(region)
            if plan is None:
                continue
            if plan.leading_digits is not None:
                if plan.leading_digits.match(nsn):
                    break
            elif plan.has_type(nsn):
                return True
        else:
            return False
    if region != pu.REGION_CODE_FOR_NON_GEO_ENTITY and cc != pu.country_code_for_valid_region(region):
        return False
    plan = phone._plan(region, cc)
    return plan is not None and plan.has_type(nsn)


def test_region_chooser_equals_the_region_loop() -> None:
    rng = random.Random(5)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    checked = 0
    for cc in [*codes, 0, 999]:
        samples = []
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
            for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
                number = phonenumbers.example_number_for_type(region, kind)
                if number is not None:
                    samples.append(phonenumbers.national_significant_number(number))
        samples += ["".join(rng.choice("0123456789") for _ in range(rng.randint(2, 14))) for _ in range(60)]
        for nsn in samples:
            assert phone._is_valid(cc, nsn) == _is_valid_reference(cc, nsn), (cc, nsn)
            checked += 1
    assert checked > 10_000
    # The country code with the most regions tells them apart by leading digits.
    assert phone._is_valid(1, "2125550123") == _is_valid_reference(1, "2125550123")
    assert phone._is_valid(1, "2642351234") == _is_valid_reference(1, "2642351234")  # Anguilla
