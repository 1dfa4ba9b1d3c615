"""Session 38 (held-out set blind42s): a password written right after its name in European chat, a
token under a name that contains "passport", and secret-manager references that name where a secret
lives (1Password ``op://``, Vault, an ExternalSecret's path) rather than the secret. Values are made
up for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from promptguard import Guard


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _guard().scan(text).findings]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Entro con el usuario root y la contraseña Gatito1999%, pero me sale Access denied.", "Gatito1999%"),
        ("Coloquei a senha Valencia2014@ no requirepass mas o Sidekiq dá NOAUTH.", "Valencia2014@"),
        ("Ich habe das Passwort Sommer#2024x gesetzt, der Login klappt trotzdem nicht.", "Sommer#2024x"),
        ("Ustawiłem hasło Kwiatek!2023 i dalej nie działa.", "Kwiatek!2023"),
    ],
)
def test_a_password_right_after_its_name_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olvidé la contraseña y el enlace de recuperación no llega (soporte@empresa.es).",
        "Das Passwort C++ zu lernen ist schwer.",
        "Cambié la contraseña ayer y ahora funciona.",
    ],
)
def test_words_after_the_name_are_not_a_password(text: str) -> None:
    assert _values(text) == []


def test_a_token_named_with_passport_is_still_a_token() -> None:
    token = "y0_i92e_cNy7zbJ2A1OyEUdpwRGSm4If5Vl9puQIzbLZWXTdVJAIRCn2l2"
    text = f'curl -d "{{\\"yandexPassportOauthToken\\":\\"{token}\\"}}" https://iam.example/v1/tokens'
    assert any(token.startswith(v) or v in token for v in _values(text))
    # A passport number under a passport name stays a personal detail, not a secret.
    assert _values('passport_number = "X1234567890AB"') == []


@pytest.mark.parametrize(
    "text",
    [
        "STRIPE_SECRET_KEY=op://Dev/Stripe/secret key\nOPENAI_API_KEY=op://Dev/OpenAI/credential",
        'db_password: "vault:secret/data/payments#password"',
        "  data:\n    - secretKey: password\n      remoteRef:\n"
        "        key: prod/payments/db\n        property: password",
    ],
)
def test_a_reference_to_a_secret_manager_is_not_a_secret(text: str) -> None:
    assert _values(text) == []


def test_a_base64_key_with_slashes_is_still_a_key() -> None:
    key = "q7Zr/1VbT9xLm2NcY8kPd4sWfAb3/Gh6Jk9Lm2Np"
    assert key in _values(f'api_key = "{key}"')
