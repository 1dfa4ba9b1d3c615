"""The ``login_pair_password`` validator (recognizers/builtin/login_pair.py) and the ``login_pair``,
``session_cookie`` and ``appid_api_key`` rules of the secrets pack on whole developer prompts (the
pack's own examples are run by tests/test_packs.py). Values are made up for these tests."""

from __future__ import annotations

import pytest

from promptguard import Guard
from promptguard.recognizers.validators import get_validator


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def found(guard: Guard, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in guard.scan(text).findings if f.entity_type == entity]


@pytest.mark.parametrize("value", ["Pa55w0rd!", "hunter22", "s3cr3t-Pass", "Kestrel!123abc", "Tundra%418kpm"])
def test_validator_keeps_passwords(value: str) -> None:
    assert get_validator("login_pair_password")(value) is not False


@pytest.mark.parametrize(
    "value",
    ["sudo", "Administrator", "through", "123456789", "index.html", "v1.2.3", "<password>", "changeme", "password123"],
)
def test_validator_drops_words_names_and_placeholders(value: str) -> None:
    assert get_validator("login_pair_password")(value) is False


def test_login_pair_in_a_chat_prompt(guard: Guard) -> None:
    text = "creds: deploy / Quartz#2291xyz\n(jump host is bastion.acme.io). Write me an ~/.ssh/config with ProxyJump."
    assert found(guard, text, "PASSWORD") == ["Quartz#2291xyz"]


@pytest.mark.parametrize(
    "text",
    [
        "mount the share read/write under /srv/root/Backup-2024/ and give admin/Settings access",
        "scp build.tar root@10.0.0.4:/root/releases/app-2.4.1.tar.gz",
        "the admin/index.html page and root / sudo access are both needed",
    ],
)
def test_login_pair_leaves_paths_and_prose(guard: Guard, text: str) -> None:
    assert found(guard, text, "PASSWORD") == []


def test_session_cookie_in_devtools_headers(guard: Guard) -> None:
    sess = "k3m9x2q7w1p5z8r4t6y0u2i4o6a8s1d3"
    text = f"cookie: _ga=GA1.1.1824531163.1732870000; csrftoken=Zq8Lr2Nc7Vx4Kp1Mt6Wb3Yd9Hf5Js0Ga; sessionid={sess}\n"
    cookies = found(guard, text, "SESSION_COOKIE")
    assert cookies == [sess]  # the CSRF token is not a session cookie


def test_session_cookie_is_redacted() -> None:
    g = Guard(
        {
            "packs": ["secrets"],
            "injection": {"enabled": False},
            "ner": {"enabled": False},
            "defaults": {"prompt": "redact", "response": "redact"},
        }
    )
    sid = "4E1D0C2B3A49586776F5E4D3C2B1A0F9"
    out = g.sanitize(f"Set-Cookie: JSESSIONID={sid}; Path=/portal; Secure; HttpOnly").text
    assert sid not in out and "JSESSIONID=" in out


def test_appid_key_in_a_fetch_call(guard: Guard) -> None:
    key = "3f9c2e71b0a84d56e1f7a9c3b5d20e48"
    text = f"fetch(`https://api.openweathermap.org/data/2.5/forecast?q=${{city}}&units=metric&appid={key}`)"
    assert found(guard, text, "GENERIC_SECRET") == [key]


@pytest.mark.parametrize(
    "value",
    ["2FA-verification", "COVID-19", "3rd-party", "21c-XE", "jammy-22.04", "pg16-replica", "10GB-disk",
     "Q3-2025", "3400ms", "12:30pm", "sysadmin@corp"],
)
def test_words_numbers_times_and_addresses_are_not_passwords(value: str) -> None:
    from promptguard.recognizers.builtin.login_pair import login_pair_password

    assert login_pair_password(value) is False


@pytest.mark.parametrize("value", ["s3cr3t-Pass", "Gr4nite#77", "hunter22", "Pa55w0rd!"])
def test_passwords_mixing_within_a_part_are_kept(value: str) -> None:
    from promptguard.recognizers.builtin.login_pair import login_pair_password

    assert login_pair_password(value) is not False
