"""Secrets round 16 (session 19): name/value pairs whose name is a sibling field (Postman environments,
AWS SSM / CLI output, CloudFormation parameters), WordPress keys and salts as whole values, chat
passwords for a network and in Nordic, Thai and Indonesian / Malay phrasing, and PIN / door / alarm
codes told by their name; each next to the near misses a user relies on staying clean. Values are
made up for these tests."""

from __future__ import annotations

import json

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.builtin.pin_code import pin_code
from promptguard.recognizers.builtin.wordpress_salt import wordpress_salt


# ---------------------------------------------------------------------------- name / value pairs
def _postman(entries: list[tuple[str, str]]) -> str:
    values = [{"key": k, "value": v, "type": "default", "enabled": True} for k, v in entries]
    return json.dumps({"name": "qa", "values": values}, indent=2)


def test_postman_environment_password_and_token_found() -> None:
    guard = Guard()
    text = _postman(
        [
            ("apiHost", "https://qa.internal.example"),
            ("svcPassword", "Lm4#Qd8vTz-2k"),
            ("authToken", "Yv3Rk9Wq7Lm2Xc8Nd5Tb1Hs6"),
        ]
    )
    assert sorted(_spans(guard, text)) == ["Lm4#Qd8vTz-2k", "Yv3Rk9Wq7Lm2Xc8Nd5Tb1Hs6"]


def test_postman_settings_and_variables_stay_clean() -> None:
    guard = Guard()
    text = _postman(
        [
            ("apiHost", "https://qa.internal.example"),
            ("requestTimeout", "30000"),
            ("svcPassword", "{{svcPassword}}"),
            ("retryCount", "3"),
        ]
    )
    assert _spans(guard, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '{"Parameters": [{"Name": "/qa/orders/db_password", "Type": "SecureString", "Value": "Nq6!Pw3xRb-7"}]}',
            "Nq6!Pw3xRb-7",
        ),
        (
            '[{"ParameterKey": "AdminPassword", "ParameterValue": "Tb9@Ls2mWq4"},'
            ' {"ParameterKey": "Env", "ParameterValue": "qa"}]',
            "Tb9@Ls2mWq4",
        ),
    ],
)
def test_cloud_parameter_lists_found(text: str, value: str) -> None:
    assert _spans(Guard(), text) == [value]


def test_cloud_parameter_lists_of_settings_stay_clean() -> None:
    text = (
        '[{"Name": "work_mem", "Value": "64MB"}, {"Name": "password_min_length", "Value": "14"},'
        ' {"ParameterKey": "TokenTtlSeconds", "ParameterValue": "3600"}]'
    )
    assert _spans(Guard(), text) == []


# ---------------------------------------------------------------------------- WordPress salts
def test_wordpress_salts_covered_whole() -> None:
    salt = "Zc/7 n]Qe`4Rk|d->Lv$Bw9;Yp(Ht2_Mx+Gs5~Fa!Jq8^Ud{Nr1*Ko<Ei6}Cw3?"
    text = f"define( 'DB_HOST', 'localhost' );\ndefine( 'NONCE_KEY',        '{salt}' );\n"
    assert _spans(Guard(), text) == [salt]


def test_wordpress_placeholder_salts_stay_clean() -> None:
    text = "define( 'AUTH_KEY', 'put your unique phrase here' );\ndefine( 'AUTH_SALT', 'put your unique phrase here' );"
    assert _spans(Guard(), text) == []
    assert wordpress_salt("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") is False


# ---------------------------------------------------------------------------- chat passwords
@pytest.mark.parametrize(
    "text",
    [
        "fyi the wifi for the visitor lounge is {v}, please don't post it",
        "Koden til wifi på kontoret er {v}",
        "รหัส wifi ห้องอบรม คือ {v} ค่ะ",
        "Password wifi kamu yang baru: {v} ya",
    ],
)
def test_chat_passwords_found(text: str) -> None:
    value = "Hr6&Wk2pZq9"
    assert _spans(Guard(), text.format(v=value)) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the wifi for guests is ACME-Visitors, open network",
        "wifi at the hotel was Hilton-Honors-5G",
        "Koden til porten er 2468",
        "password kamu minimal 12 karakter ya",
    ],
)
def test_network_names_and_rules_stay_clean(text: str) -> None:
    assert _spans(Guard(), text) == []


# ---------------------------------------------------------------------------- PIN / door codes
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("just so you have it, my ATM card PIN is 6183", "6183"),
        ("PIN for the debit card: 40721", "40721"),
        ("gate code for the loading dock is 3905#", "3905"),
        ("Mã PIN thẻ ngân hàng của bố là 2718", "2718"),
        ("Kode PIN ATM saya 5820", "5820"),
        ("le code de la porte du garage est 9146", "9146"),
        ("O código do alarme é 7063", "7063"),
    ],
)
def test_told_pins_found(text: str, value: str) -> None:
    assert _spans(Guard(), text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the PIN reader firmware is 4502",
        "PIN length: 6",
        "our office zip code is 10115",
        "reach me on extension 4471",
        "the item code is 58231",
        "door code rules changed in 2025",
        "PIN: 0000 until you set one",
        "alarm code: 4321 in the demo",
        "PIN cost is 1500.00 EUR",
    ],
)
def test_numbers_near_pin_words_stay_clean(text: str) -> None:
    assert _spans(Guard(), text) == []


def test_pin_placeholders() -> None:
    assert pin_code("7777") is False
    assert pin_code("345678") is False
    assert pin_code("987654") is False
    assert pin_code("6183") is None


@pytest.mark.parametrize(
    "text",
    [
        '{"Name": "password_encryption", "Value": "scram-sha-256"}',
        '{"ParameterKey": "password_encryption", "ParameterValue": "scram-sha-256"}',
        '{"key": "password_hash_algorithm", "value": "argon2id"}',
        "PASSWORD_HASHER=pbkdf2_sha256",
        "password_auth_method: ldap",
    ],
)
def test_a_password_setting_names_a_scheme_not_a_password(text: str) -> None:
    """PostgreSQL / RDS parameter groups and framework settings name how passwords are hashed
    or checked (session 18 review of the name/value pair rules)."""
    assert _spans(Guard(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        'account work\nhost smtp.example.org\nuser jdoe\npasswordeval "pass show email/work"\n',
        'remotepasseval = get_pass("work")',
        'password_command = "op read op://vault/db/password"',
    ],
)
def test_a_command_that_prints_the_password_is_not_the_password(text: str) -> None:
    """msmtp / offlineimap / CLI settings that name a command fetching the password."""
    assert _spans(Guard(), text) == []


def test_the_password_itself_next_to_it_is_still_found() -> None:
    assert _spans(Guard(), 'smtp_password = "Kx9#mVq2Lp"') == ["Kx9#mVq2Lp"]
