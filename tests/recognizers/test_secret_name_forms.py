"""How a secret's name may be written around the rules' keywords (issue 4's cost decision): at a
word start or after "_" / "-" (snake, kebab, MY_AWS_...), in camelCase / PascalCase, glued in
ALL CAPS, or glued in lowercase after a common prefix (db, api, auth, client, private...). A
keyword glued inside any other lowercase word ("xyzpassword") is not a name these rules read: the
set entries that allowed it started a match inside every word of every text (see
pattern_set._companions for what that cost)."""

from __future__ import annotations

import pytest
import re2

from promptguard import Guard
from promptguard.recognizers.builtin import aws_secret, cookie_header

_VALUE = "hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"
_PASSWORD = "m7{Kq2!vR9zL-x4#Tb8pW3nE"
_HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
_SESSION = "FQoGZXIvYXdzE" + "Jr" * 60


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard({"name": "s", "packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def _found(guard: Guard, text: str, value: str, recognizer: str) -> bool:
    return any(text[f.start : f.end] == value and f.recognizer == recognizer for f in guard.scan(text).findings)


def _tf_output(name: str, value: str) -> str:
    return f'{{"{name}": {{"sensitive": true, "type": "string", "value": "{value}"}}}}'


_FORMS = [
    # (recognizer, text maker, value, names read, names not read)
    (
        "terraform_output_secret",
        lambda n: _tf_output(n, _VALUE),
        _VALUE,
        [
            "ci_api_token",
            "ci-api-token",
            "CI_API_TOKEN",
            "ciApiToken",
            "CiApiToken",
            "CIAPITOKEN",
            "apitoken",
            "clientsecret",
            "privatekey",
        ],
        ["xyztoken", "monkeytoken"],
    ),
    (
        "terraform_output_password",
        lambda n: _tf_output(n, _PASSWORD),
        _PASSWORD,
        [
            "db_password",
            "db-password",
            "dbPassword",
            "DbPassword",
            "DBPASSWORD",
            "dbpassword",
            "adminpassword",
            "rootpwd",
        ],
        ["xyzpassword"],
    ),
    (
        "evm_private_key",
        lambda n: f'{n} = "0x{_HEX}"',
        "0x" + _HEX,
        [
            "private_key",
            "DEPLOYER_PRIVATE_KEY",
            "deployerPrivateKey",
            "DEPLOYERPRIVATEKEY",
            "walletprivatekey",
            "privatekey",
        ],
        ["xyzprivatekey"],
    ),
    (
        "aws_session_token",
        lambda n: f"{n}={_SESSION}",
        _SESSION,
        [
            "aws_session_token",
            "MY_AWS_SESSION_TOKEN",
            "AWSSessionToken",
            "awsSessionToken",
            "AWSSESSIONTOKEN",
            "awssessiontoken",
        ],
        ["xyzsessiontoken"],
    ),
    (
        "env_fallback_password",
        lambda n: f'pw = {n}("DB_PASSWORD", "S3cr3t-Pa55word")',
        "S3cr3t-Pa55word",
        ["os.getenv", "System.getenv", "getEnv", "readEnv", "secure_getenv", "ENV.fetch"],
        ["xgetenv"],
    ),
    (
        "vault_token_legacy",
        lambda n: f"{n}=s.IaAsX4R7PPNJzbu9pE4ntxJf",
        "s.IaAsX4R7PPNJzbu9pE4ntxJf",
        ["VAULT_TOKEN", "vault-token", "myVaultToken", "MYVAULTTOKEN", "apitoken", "authtoken"],
        ["xyztoken"],
    ),
]


@pytest.mark.parametrize(
    ("recognizer", "make", "value", "name"),
    [(rec, make, value, name) for rec, make, value, names, _ in _FORMS for name in names],
)
def test_names_people_write_are_read(guard: Guard, recognizer: str, make: object, value: str, name: str) -> None:
    text = make(name)  # type: ignore[operator]
    assert _found(guard, text, value, recognizer), name


@pytest.mark.parametrize(
    ("recognizer", "make", "value", "name"),
    [(rec, make, value, name) for rec, make, value, _, names in _FORMS for name in names],
)
def test_keyword_glued_inside_another_word_is_not_a_name(
    guard: Guard, recognizer: str, make: object, value: str, name: str
) -> None:
    text = make(name)  # type: ignore[operator]
    assert not _found(guard, text, value, recognizer), name


def test_aws_secret_reads_the_names_people_write(guard: Guard) -> None:
    secret = "7I6BspURTxkCL3iTuvwjMT3oAll/h2dliYVLISRT"
    for name in (
        "aws_secret_access_key",
        "AWS_SECRET_ACCESS_KEY",
        "awsSecretAccessKey",
        "MY_AWS_SECRET",
        "MYAWSSECRET",
    ):
        text = f'{name} = "{secret}"'
        assert any(f.entity_type == "AWS_SECRET_ACCESS_KEY" for f in guard.scan(text).findings), name


@pytest.mark.parametrize(
    ("gate", "opens", "stays_shut"),
    [
        (
            aws_secret._GATE,
            ["aws", "MY_AWS_KEY", "myAwsKey", "MYAWSKEY", "secretAccessKey", "AKIAIOSFODNN"],
            ["laws", "flaws", "draws"],
        ),
        (cookie_header._GATE, ["Cookie:", "set_cookie", "sessionCookie", "HTTPONLY", "httpOnly"], ["fortunecookies"]),
    ],
)
def test_builtin_gates_open_on_names_not_inside_other_words(gate: str, opens: list[str], stays_shut: list[str]) -> None:
    compiled = re2.compile(gate)
    for text in opens:
        assert compiled.search(f"x {text} y"), text
    for text in stays_shut:
        assert not compiled.search(f"x {text} y"), text
