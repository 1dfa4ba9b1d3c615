"""The ``phone`` recognizer type: candidate shapes, scoring tiers and cheap rejections."""

from __future__ import annotations

import phonenumbers
import pytest
from pydantic import ValidationError

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.builtin.phone import PhoneOptions, PhoneRecognizer, judge
from promptguard.recognizers.registry import build_recognizer

OPTS = PhoneOptions()


def _recognizer(**options: object) -> PhoneRecognizer:
    spec = RecognizerSpec(id="phone_number", entity="PHONE_NUMBER", type="phone", options=options)
    rec = build_recognizer(spec, "test")
    assert isinstance(rec, PhoneRecognizer)
    return rec


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _recognizer().analyze(text)]


@pytest.mark.parametrize(
    ("value", "tier"),
    [
        ("+44 20 7946 0958", "international"),
        ("+1 212 555 2671", "international"),
        ("0044 20 7946 0958", "international"),
        ("+1-984-182-0190", "international_possible"),  # exchange 182 is not assigned
        ("(415) 555-2671", "nanp"),
        ("020 7946 0958", "national"),
        ("467 3395", "shape"),
    ],
)
def test_scoring_tiers(value: str, tier: str) -> None:
    judged = judge(value, OPTS)
    assert judged is not None
    score, how = judged
    assert how == tier
    expected = {
        "international": OPTS.score_international_valid,
        "international_possible": OPTS.score_international_possible,
        "nanp": OPTS.score_national_valid,
        "national": OPTS.score_national_valid,
        "shape": OPTS.score_shape,
    }[tier]
    assert score == expected


def test_unconfirmed_compact_runs_need_a_nearby_context_word() -> None:
    # 3331234567 is an Italian mobile, but no US / trunk-prefixed plan confirms it.
    assert judge("3331234567", OPTS) is None
    assert judge("3331234567", OPTS, near_context=True) == (OPTS.score_compact, "compact_context")
    spec = RecognizerSpec(id="phone_number", entity="PHONE_NUMBER", type="phone", context=["cellulare"])
    rec = build_recognizer(spec, "test")
    assert list(rec.analyze("order 3331234567 shipped")) == []
    (finding,) = rec.analyze("chiamami: cellulare 3331234567")
    assert finding.explanation is not None and finding.explanation.pattern == "compact_context"


def test_only_confirmed_shapes_clear_the_default_threshold_alone() -> None:
    assert OPTS.score_international_valid >= 0.5
    assert OPTS.score_national_valid >= 0.5
    assert OPTS.score_shape < 0.5
    assert OPTS.score_compact < 0.5


@pytest.mark.parametrize(
    "value",
    [
        "2015-12-22",  # ISO date
        "22/12/2015",
        "192.168.10.12",  # IPv4
        "3.14159265",  # decimal
        "1234",  # too short
        "1234567890123456",  # too long
        "0000000000",  # one repeated digit
        "3947201856",  # bare run, valid nowhere
    ],
)
def test_rejected_candidates(value: str) -> None:
    assert judge(value, OPTS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desk: +41 (0)96 471 07 95.", ["+41 (0)96 471 07 95"]),
        ("Fax: 345-899-3560x4587", ["345-899-3560x4587"]),
        ("call (579)888-3058 now", ["(579)888-3058"]),
        ("Mobile: 723 813 266\nDesk: 0490 75 40 81", ["723 813 266", "0490 75 40 81"]),
        ("When: 2000-04-16 11:34:35", []),  # a date then a time, not "2000-04-16 11"
        ("part AB-1234-567-890 and v1.2.3.4567890", []),  # fragments of bigger tokens
        ("ratio 0.12345678901", []),
    ],
)
def test_candidate_spans(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


def test_finding_explains_the_tier() -> None:
    (finding,) = _recognizer().analyze("call +44 20 7946 0958")
    assert finding.explanation is not None
    assert finding.explanation.pattern == "international"
    assert finding.explanation.validator == "phonenumbers"
    assert finding.score == OPTS.score_international_valid


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError):
        PhoneOptions.model_validate({"regionz": ["US"]})
    rec = _recognizer(score_shape=0.6)
    (finding,) = rec.analyze("467 3395")
    assert finding.score == 0.6


def test_short_numbers_never_reach_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    # Phone detection must stay cheap on number-heavy text: shapes decide what is judged
    # by phonenumbers, and separated short runs, unseparated IDs, amounts and dates never are.
    calls = 0
    real = phonenumbers.parse

    def counting(*args: object, **kwargs: object) -> phonenumbers.PhoneNumber:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(phonenumbers, "parse", counting)
    text = " ".join(
        f"{i:03d} {i * 7 % 10000:04d}, 2020-01-{i % 28 + 1:02d}, {i}.{i}, id 54039{i:05d};" for i in range(500)
    )
    assert len(_recognizer().analyze(text)) > 0
    assert calls == 0


def test_through_the_default_guard_context_decides() -> None:
    from promptguard import Guard

    guard = Guard({"extends": "default", "injection": {"enabled": False}})

    def phones(text: str) -> list[str]:
        return [text[f.start : f.end] for f in guard.scan(text).findings if f.entity_type == "PHONE_NUMBER"]

    assert phones("Phone: 467 3395") == ["467 3395"]
    assert phones("The letter arrived at 636 1812 Rue De La Gare") == []
    assert phones("order number 541-714-1388") == []
    assert phones("call +44 20 7946 0958") == ["+44 20 7946 0958"]


@pytest.mark.parametrize(
    "text",
    [
        "curl https://api.twilio.com/Messages.json -d To=+4915112345678 -d From=+4915790001122",
        "Ruf mich an: +4915112345678",
    ],
)
def test_an_e164_number_without_spaces_is_a_phone_not_a_card(text: str) -> None:
    """A 13-digit run after "+" passes a card's Luhn and issuer checks often enough
    (+49 151... reads as a Visa): the card pattern does not start after "+"."""
    import promptguard

    found = [f for f in promptguard.scan(text).findings if f.entity_type != "URL"]
    assert [f.entity_type for f in found] == ["PHONE_NUMBER"] * text.count("+")
    assert all(text[f.start] == "+" for f in found)
