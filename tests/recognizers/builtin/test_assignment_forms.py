"""Assignment forms a developer pastes where the value is still a literal secret: a subscript
(``os.environ["DB_PASSWORD"] = "..."``), a literal decoded in place (``bytes.fromhex("...")``)
and Apache / csh ``SetEnv`` / ``setenv`` lines. Code that only reads or computes a secret stays
a non-finding."""

from __future__ import annotations

from functools import cache

import pytest

from promptguard import Guard

SECRET = "9f8Kq2LmZx71PqRt5VbN3sWc"
PASSWORD = "Tr0ub4dor&3xq"
HEX = "b3da80a1c4e9f27d6b5830e1f9a2c74d8e6b1f0a3c5d7e9f2a4b6c8d0e1f3a5b"


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in _guard().scan(text).findings}


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (f'app.config["SECRET_KEY"] = "{SECRET}"', SECRET),
        (f"os.environ['DB_PASSWORD'] = '{PASSWORD}'", PASSWORD),
        (f"ENV['STRIPE_WEBHOOK_SECRET'] = '{SECRET}'", SECRET),
        (f"$_ENV['API_TOKEN'] = '{SECRET}';", SECRET),
        (f'process.env["JWT_SECRET"] = "{SECRET}";', SECRET),
        (f'settings["db"]["password"] = "{PASSWORD}"', PASSWORD),
    ],
)
def test_a_literal_assigned_to_a_subscript_is_found(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (f'WEBHOOK_SIGNING_KEY = bytes.fromhex("{HEX}")', HEX),
        (f'const key = Buffer.from("{SECRET}", "base64");', SECRET),
        (f'jwtKey := []byte("{SECRET}")', SECRET),
        ('SIGNING_KEY = base64.b64decode("q8Zx3Lm0Vb7NcT2wRy5Kd9Pf1Hs6Ja4E")', "q8Zx3Lm0Vb7NcT2wRy5Kd9Pf1Hs6Ja4E"),
    ],
)
def test_a_literal_decoded_in_place_is_found(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("SetEnv DB_PASS hsZ8kQ2mAwU", "hsZ8kQ2mAwU"),
        (f"SetEnv API_TOKEN {SECRET}", SECRET),
        (f"setenv AWS_SECRET_KEY {SECRET}", SECRET),
    ],
)
def test_setenv_lines_are_assignments(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize(
    "line",
    [
        'password = os.environ["DB_PASSWORD"]',
        'token = config["api_token"]',
        "os.environ['DB_PASSWORD'] = getpass.getpass()",
        'os.environ["API_KEY"] = "YOUR_API_KEY"',
        "SetEnv DB_PASS ${DB_PASS}",
        'key = bytes.fromhex(os.environ["KEY_HEX"])',
        'settings["SECRET_KEY"] = settings_local.SECRET_KEY',
        'if headers["Authorization"] == expected:',
        'secrets["token"] = None',
        'cfg["password"] = input("Password: ")',
        "SetEnv APP_ENV production",
    ],
)
def test_code_that_reads_or_computes_a_secret_is_not_one(line: str) -> None:
    assert _found(line) == set()
