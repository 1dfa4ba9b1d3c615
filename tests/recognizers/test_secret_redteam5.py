"""Behaviour changes from red-team round 5 (session 8): provider-shaped values typed as counting
runs, exception names in stack traces, `az storage account keys list` output. Values are made up."""

from __future__ import annotations

import base64
import random

import pytest

from promptguard import Guard
from promptguard.recognizers.secret_validators import provider_token, session_id

RNG = random.Random(5)


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start : f.end]) for f in Guard.from_config("secrets-only").scan(text).findings]


@pytest.mark.parametrize(
    "value", ["abcdefghijklmnopqrstuvwxyz123456", "0123456789abcdefghijklmnopqrstuv", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
)
def test_session_id_drops_counting_runs(value: str) -> None:
    assert session_id(value) is False


def test_session_id_keeps_random_ids_and_drops_stand_ins() -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    for _ in range(200):
        assert session_id("".join(RNG.choice(alphabet) for _ in range(32))) is None
    assert session_id("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") is False  # provider_token's stand-in test still applies
    # Scoped to session cookies: the provider rules keep their own judgement.
    assert provider_token("abcdefghijklmnopqrstuvwxyz123456") is None


def test_sequential_session_cookie_is_not_reported_but_an_issued_one_is() -> None:
    assert _findings("curl -b 'sessionid=abcdefghijklmnopqrstuvwxyz123456' http://localhost:8000/admin/") == []
    issued = "9q84nomefm928egnvfg3f8gr29hw7dz7"
    assert _findings(f"curl -b 'sessionid={issued}' https://admin.acme.io/") == [("session_cookie", issued)]


def test_exception_name_in_a_stack_trace_is_not_an_assignment() -> None:
    trace = "com.twilio.exception.AuthenticationException: Authenticate on every send"
    assert _findings(trace) == []
    assert _findings("raise InvalidTokenError: Xk29mQv7Lp3R8sTw") == []
    # A secret-like name that does not end in Exception / Error still is one.
    assert _findings("auth_token: Xk29mQv7Lp3R8sTwZ4nB") == [("generic_secret_assignment", "Xk29mQv7Lp3R8sTwZ4nB")]


def test_az_cli_keys_list_output() -> None:
    key = base64.b64encode(RNG.randbytes(64)).decode()
    text = (
        '$ az storage account keys list -n acmelogs\n[\n  {\n    "keyName": "key1",\n'
        f'    "permissions": "FULL",\n    "value": "{key}"\n  }}\n]'
    )
    assert ("azure_storage_account_key", key) in _findings(text)
    assert _findings(text.replace(key, "<redacted>")) == []


@pytest.mark.parametrize(
    "text",
    [
        "struct Config { password: Option<String>, token: Box<str> }",
        "pub struct Db { pub password: Option<SecretString>, pub user: String }",
        "type Mutation { login(email: String!, password: String!): AuthPayload }",
        'fr:\n  auth:\n    password: "Mot de passe"',
        "de:\n  password: Kennwort\nes:\n  password: Contraseña",
    ],
)
def test_type_declarations_and_translated_labels_are_not_passwords(text: str) -> None:
    assert _findings(text) == []


def test_values_before_markup_are_still_passwords() -> None:
    # Only a capitalised word glued to "<letter" reads as a generic type; a password before a tag stays.
    assert _findings("password: Sunshine9<br>") == [("generic_password_assignment", "Sunshine9")]
    assert _findings("<td>password=Kx7q9Lm2</td>") == [("generic_password_assignment", "Kx7q9Lm2")]
    assert _findings("password: Kennwort123") == [("generic_password_assignment", "Kennwort123")]
