"""Names in a policy that nothing reports: a typo is an error, another unknown name a warning."""

from __future__ import annotations

import logging

import pytest

from promptguard.errors import ConfigError
from promptguard.guard import Guard
from promptguard.recognizers.base import StaticRecognizer


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"entities": {"EMAIL_ADRESS": {"prompt": "redact"}}},
         "entities: no entity is named 'EMAIL_ADRESS'; did you mean 'EMAIL_ADDRESS'"),
        ({"entities_only": ["CREDIT_CARDS"]},
         "entities_only: no entity is named 'CREDIT_CARDS'; did you mean 'CREDIT_CARD'"),
        ({"disable": ["credit_cards"]},
         "disable: no recognizer or pack is named 'credit_cards'; did you mean 'credit_card'"),
        ({"disable": ["pii-intel:*"]},
         "disable: no recognizer or pack is named 'pii-intel'; did you mean 'pii-intl'"),
        ({"pack_actions": {"secret": {"prompt": "block"}}},
         "pack_actions: no pack is named 'secret'; did you mean 'secrets'"),
    ],
)
def test_a_typo_is_an_error_naming_the_field_and_the_fix(extra: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Guard({"name": "acme", "extends": "default", **extra})


def test_an_unknown_name_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptguard"):
        Guard({"name": "acme", "extends": "default", "entities": {"BADGE_NUMBER": {"prompt": "redact"}}})
    assert "entities: no loaded entity is named 'BADGE_NUMBER'" in caplog.text


def test_real_names_pass_silently(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptguard"):
        for profile in ("default", "pci", "hipaa", "gdpr", "secrets-only", "strict"):
            Guard.from_config(profile)
        # Names of packs this policy does not load, of the NER plugin, of the injection
        # detector, of a deny list and of a recognizer passed in are all real names.
        Guard(
            {
                "extends": "default",
                "packs": ["pii-core"],
                "disable": ["us_ssn", "pii-eu:*", "injection.override.en"],
                "pack_actions": {"secrets": {"prompt": "block"}},
                "entities": {"US_SSN": {"prompt": "block"}, "PERSON": {"prompt": "redact"},
                             "PROMPT_INJECTION": {"prompt": "detect"}, "PROJECT_CODENAME": {"prompt": "redact"},
                             "EMPLOYEE_BADGE": {"prompt": "redact"}},
                "deny_list": [{"entity": "PROJECT_CODENAME", "values": ["Falcon"]}],
            },
            recognizers=[StaticRecognizer("EMPLOYEE_BADGE", ["B-1"])],
        )
    assert "no loaded" not in caplog.text
