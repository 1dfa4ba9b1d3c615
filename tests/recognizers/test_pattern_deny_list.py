"""Deny lists: every listed value is reported, also one that starts or ends with punctuation
("Mr.", ".NET Secret", "Project X!"); a value's letters never match inside a longer word."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from promptguard.config.schema import RecognizerSpec
from promptguard.recognizers.pattern import PatternRecognizer


def _values(deny: list[str], text: str) -> list[str]:
    rec = PatternRecognizer(RecognizerSpec.model_validate({"id": "d", "entity": "CODENAME", "deny_list": deny}))
    return [text[f.start : f.end] for f in rec.analyze(text)]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Mr.", "Dear Mr. Smith"),
        (".NET Secret", "the .NET Secret tool"),
        ("Project X!", "launch Project X! now"),
        ("Falcon", "Falcon ships"),
    ],
)
def test_every_listed_value_is_reported(value: str, text: str) -> None:
    assert _values([value], text) == [value]


def test_case_is_ignored_and_words_are_not_cut() -> None:
    assert _values(["Falcon"], "FALCON and falcon") == ["FALCON", "falcon"]
    assert _values(["Falcon"], "Falconry and Peregrinefalcon") == []
    assert _values(["Mr."], "Mrs. Smith") == []


def test_a_blank_value_is_a_config_error() -> None:
    with pytest.raises(ValidationError, match="deny_list entry 2 is blank"):
        RecognizerSpec.model_validate({"id": "d", "entity": "X", "deny_list": ["Falcon", " "]})


def test_a_policy_deny_list_reports_punctuated_values_and_refuses_blank_ones() -> None:
    from promptguard import Guard
    from promptguard.errors import ConfigError

    guard = Guard({"name": "x", "packs": [], "deny_list": [{"entity": "CODENAME", "values": ["Project X!", "Falcon"]}]})
    assert guard.sanitize("launch Project X! now, Falcon too").text == "launch <CODENAME_1> now, <CODENAME_2> too"
    with pytest.raises(ConfigError, match="entry 2 is blank"):
        Guard({"name": "x", "packs": [], "deny_list": [{"entity": "CODENAME", "values": ["Falcon", ""]}]})
