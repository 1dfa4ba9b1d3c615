"""The phone recognizer's fast numbering-plan checks give libphonenumber's verdicts.

``judge`` replays ``phonenumbers.parse`` + ``is_valid_number`` / ``is_possible_number``
on plain digit strings (``_fast_international``, ``_fast_valid_in_region``) and only
falls back to the library for what it cannot replay. These tests compare both routes on
every example number phonenumbers ships (all regions, all types, several formats) and on
generated phone-like strings, so an upgrade of phonenumbers that changes a step shows
up here rather than as silently different findings.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.builtin import phone
from promptguard.recognizers.builtin.phone import PhoneOptions, PhoneRecognizer, judge
from promptguard.recognizers.registry import build_recognizer

OPTS = PhoneOptions()
_SEPS = (" ", "-", ".", "/", "", " ")
_TYPES = (
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.UAN,
)


def _examples() -> list[phonenumbers.PhoneNumber]:
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                out.append(number)
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(cc)
        if number is not None:
            out.append(number)
    return out


def _group(digits: str, rng: random.Random) -> str:
    parts, i = [], 0
    while i < len(digits):
        k = rng.randint(1, 4)
        parts.append(digits[i : i + k])
        i += k
    return rng.choice(_SEPS).join(parts)


def _digits(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(lo, hi)))


def _candidates(count: int, seed: int = 3) -> Iterator[str]:
    """Example numbers in every format, then perturbed and random phone-like strings."""
    rng = random.Random(seed)
    examples = _examples()
    for number in examples:
        for fmt in (PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164):
            yield phonenumbers.format_number(number, fmt)
    country_codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    for _ in range(count):
        r = rng.random()
        if r < 0.3:  # an example number with a digit or two changed, dropped or added
            number = rng.choice(examples)
            nsn = list(phonenumbers.national_significant_number(number))
            for _ in range(rng.randint(0, 2)):
                nsn[rng.randrange(len(nsn))] = str(rng.randint(0, 9))
            if rng.random() < 0.2:
                nsn = nsn[:-1] if rng.random() < 0.5 else [*nsn, str(rng.randint(0, 9))]
            cc = number.country_code
            prefix = rng.choice([f"+{cc} ", f"+{cc}", f"00{cc} ", f"+{cc} (0)", f"+({cc}) ", "0", "", f"{cc} "])
            value = prefix + _group("".join(nsn), rng)
        elif r < 0.5:  # "+" or "00", a real or made-up country code, random digits
            code = str(rng.choice(country_codes)) if rng.random() < 0.8 else str(rng.randint(0, 999))
            value = (
                rng.choice(["+", "00", "+ ", "+("])
                + code
                + rng.choice(["", " ", ") ", "-"])
                + _group(_digits(rng, 2, 14), rng)
            )
        elif r < 0.7:  # North American shapes, including 0/1 area codes and a leading 011
            area = rng.choice([f"{rng.randint(2, 9)}{rng.randint(0, 99):02d}", f"{rng.randint(0, 199):03d}", "011"])
            area = rng.choice([f"({area}) ", f"({area})", f"{area}-", f"{area}."])
            value = f"{rng.choice(['', '', '1 ', '1-', '+1 ', '001 '])}{area}{_digits(rng, 3, 3)}-{_digits(rng, 4, 4)}"
        elif r < 0.9:  # trunk-prefixed national numbers
            value = _group("0" + _digits(rng, 8, 12), rng)
        else:
            value = rng.choice(["", "+", "(", "00"]) + _group(_digits(rng, 4, 18), rng)
        if rng.random() < 0.05:
            value += rng.choice([" x123", " ext. 12", "X55"])
        yield value


def _library_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every numbering-plan question to phonenumbers itself (the pre-fast-path judge)."""
    monkeypatch.setattr(phone, "_fast_international", lambda full: None)
    monkeypatch.setattr(phone, "_fast_valid_in_region", lambda digits, region: None)


def test_judge_matches_the_library_route(monkeypatch: pytest.MonkeyPatch) -> None:
    values = list(_candidates(2500))
    fast = [(judge(v, OPTS), judge(v, OPTS, near_context=True)) for v in values]
    _library_only(monkeypatch)
    slow = [(judge(v, OPTS), judge(v, OPTS, near_context=True)) for v in values]
    mismatches = [(v, f, s) for v, f, s in zip(values, fast, slow, strict=True) if f != s]
    assert mismatches == []
    # The sample exercises every tier, not just rejections.
    tiers = {verdict[1] for pair in slow for verdict in pair if verdict is not None}
    assert {"international", "international_possible", "nanp", "national", "shape"} <= tiers


def test_fast_plan_checks_match_phonenumbers_directly() -> None:
    regions = [*OPTS.regions, "US"]
    checked = 0
    for value in _candidates(800, seed=11):
        digits = "".join(ch for ch in value.split("x")[0].split("X")[0].split(" ext")[0] if ch.isdigit())
        if len(digits) < 3:
            continue
        assert phone._fast_international(digits) == phone._library_international(digits), value
        for region in regions:
            fast = phone._fast_valid_in_region(digits, region)
            if fast is None:
                continue  # handed to the library by design
            try:
                expected = phonenumbers.is_valid_number(phonenumbers.parse(digits, region))
            except phonenumbers.NumberParseException:
                expected = False
            assert fast == expected, (value, region)
            checked += 1
    assert checked > 5000


def test_plain_candidates_never_call_phonenumbers_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> phonenumbers.PhoneNumber:
        raise AssertionError("phonenumbers.parse called on a plain candidate")

    monkeypatch.setattr(phonenumbers, "parse", refuse)
    assert judge("+44 20 7946 0958", OPTS) == (OPTS.score_international_valid, "international")
    assert judge("0044 20 7946 0958", OPTS) == (OPTS.score_international_valid, "international")
    assert judge("(415) 555-2671", OPTS) == (OPTS.score_national_valid, "nanp")
    assert judge("020 7946 0958", OPTS) == (OPTS.score_national_valid, "national")
    assert judge("+1-984-182-0190", OPTS) == (OPTS.score_international_possible, "international_possible")


def test_a_dialling_prefix_at_the_start_goes_to_the_library() -> None:
    # "011" is the US international prefix: parse("011 44 ...", "US") strips it and reads
    # a London number, which the fast path does not replay, so it defers.
    assert phone._fast_valid_in_region("011442079460958", "US") is None
    assert phone._valid_in_region("011 44 20 7946 0958", "011442079460958", "US") is True


def test_non_ascii_digits_take_the_library_route() -> None:
    fullwidth = "+４４ ２０ ７９４６ ０９５８"
    assert judge(fullwidth, OPTS) == (OPTS.score_international_valid, "international")


def test_no_verdict_is_kept_between_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rescanning the same text judges its candidates again: nothing keyed by input
    # survives a scan (a benchmark that rescans its prompts must pay full price).
    calls: list[str] = []
    real = phone.judge

    def counting(value: str, options: PhoneOptions, *, near_context: bool = False) -> tuple[float, str] | None:
        calls.append(value)
        return real(value, options, near_context=near_context)

    monkeypatch.setattr(phone, "judge", counting)
    spec = RecognizerSpec(id="phone_number", entity="PHONE_NUMBER", type="phone")
    rec = build_recognizer(spec, "test")
    assert isinstance(rec, PhoneRecognizer)
    text = "call +44 20 7946 0958 or (415) 555-2671"
    first = rec.analyze(text)
    second = rec.analyze(text)
    assert first == second
    assert len(calls) == 4


def test_without_the_private_helpers_every_candidate_takes_the_library_route(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A phonenumbers release that renamed a private helper must cost speed, not verdicts."""
    from promptguard.recognizers.builtin import phone

    samples = ["+44 20 7946 0958", "+1 415 555 2671", "030 12345678", "(415) 555-2671",
               "+33 6 12 34 56 78", "+999 123 4567"]
    opts = phone.PhoneOptions()
    fast = [phone.judge(s, opts) for s in samples]
    phone._phonenumberutil()
    monkeypatch.setattr(phone, "_FAST_OK", False)
    assert [phone.judge(s, opts) for s in samples] == fast
