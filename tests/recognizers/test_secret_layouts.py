"""Secrets pack: values in documentation layouts (Markdown / pipe tables, aligned columns), code
kept in JSON strings, Go ``[]byte("...")`` keys, and the provider shapes added with them (Microsoft
identifiable keys, Dropbox long-lived tokens, OAuth 1.0a parameters, Negotiate headers); with the
hard negatives each must leave alone.

Every credential here is generated at test time or written for this file; none comes from a
dataset."""

from __future__ import annotations

import random
import string

import pytest

from promptguard import Guard
from promptguard.recognizers.secret_validators import dropbox_long_lived, identifiable_key, prose_secret
from promptguard.recognizers.secret_values import assignment_in_table

GUARD = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})
RNG = random.Random(20261129)
B62 = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    while True:
        value = "".join(RNG.choice(alphabet) for _ in range(n))
        if n < 8 or (
            any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
        ):
            return value


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in GUARD.scan(text).findings]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


PASSWORD = "Kx9#pLm2vQ!t"
SECRET = rand(32)


# ----------------------------------------------------------------- tables and columns in docs
@pytest.mark.parametrize(
    "text",
    [
        f"| Variable | Value |\n|---|---|\n| `DB_HOST` | `db.internal` |\n| `DB_PASSWORD` | `{PASSWORD}` |\n",
        f"| Variable | Value | Notes |\n|---|---|---|\n| DB_PASSWORD | {PASSWORD} | rotated monthly |\n",
        f"| service | DB_PASSWORD | {PASSWORD} |",
        f"Variable | Value\n--- | ---\nDB_PASSWORD | {PASSWORD}\n",
        f"Name              Value\nDB_USER           app\nDB_PASSWORD       {PASSWORD}\n",
        f"DB_PASSWORD       {PASSWORD}       the database password\n",
        f"DB_PASSWORD\t{PASSWORD}\n",
        # `vault kv get` prints a secret's fields as aligned Key / Value columns.
        f"====== Data ======\nKey         Value\n---         -----\npassword    {PASSWORD}\n",
    ],
)
def test_password_in_doc_table_or_columns(text: str) -> None:
    assert PASSWORD in values(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        f"| Variable | Value |\n|---|---|\n| `API_TOKEN` | `{SECRET}` |\n",
        f"SESSION_SECRET    {SECRET}\n",
    ],
)
def test_machine_secret_in_doc_table_or_columns(text: str) -> None:
    assert SECRET in values(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Placeholders, types, requirement words, references and descriptions in the value column.
        "| Option | Default | Description |\n|---|---|---|\n| `token` | `None` | GitHub token |\n"
        '| `password` | `""` | Database password |\n| `api_key` | required | your key |\n'
        "| `auth.existingSecret` | `my-release-auth` | Name of a Secret |\n| `jwt.secret` | `${JWT_SECRET}` | |\n"
        "| `SESSION_SECRET` | `change-me-in-prod` | |\n| `DB_PASSWORD` | `<your-password>` | |\n"
        "| `API_KEY` | `your-api-key-here` | |\n| `SECRET` | `********` | |\n| `password_min_length` | `12` | |\n",
        "| Name | Type | Required |\n|------|------|----------|\n"
        "| password | string | yes |\n| token | SecretStr | yes |\n",
        "| Password | Description |\n|---|---|\n| Authorization | Bearer <token> |\n",
        # Shell pipes are not tables.
        "echo $DB_PASSWORD | base64\necho $PASSWORD | sha256sum\ncat password.txt | docker login --password-stdin\n",
        # Columns of a listing or of prose.
        "NAME                  TYPE                                  DATA   AGE\n"
        "default-token-x7k2p   kubernetes.io/service-account-token   3      41d\n"
        "tls-secret            kubernetes.io/tls                     2      12d\n",
        "      Name                    Value             Type    Location\n"
        "access_key     ****************QX7D shared-credentials-file\n"
        "secret_key     ****************9kLm shared-credentials-file\n",
        "password      The password of the account\ntoken         Token used to authenticate requests\n",
        "Package            Version\n------------------ ---------\n"
        "keyring            24.3.0\ntokenizers         0.19.1\n",
        "secret_santa_2024      pending\npasskey_enabled        true\ntoken_count            4096\n",
        "Options:\n  --password TEXT   Password for the registry\n  -t, --token TEXT  API token\n",
        # gofmt aligns struct fields in columns: types, not values.
        "type Config struct {\n\tAPIKey     string\n\tPassword   string\n\tToken      *oauth2.Token\n"
        "\tSecret     sql.NullString\n\tAuthToken  pgtype.Text\n}\n",
    ],
)
def test_doc_layout_hard_negatives(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| DB_PASSWORD | v4lue |", True),
        ("| `DB_PASSWORD` | `v4lue` | note |", True),
        ("| x | DB_PASSWORD | v4lue |", True),
        ("DB_PASSWORD | v4lue", True),
        ("echo $DB_PASSWORD | v4lue", False),  # a pipe after a command
        ("| DB_PASSWORD | v4lue and more |", False),  # the cell is a phrase
        ("DB_PASSWORD      v4lue", True),
        ("DB_PASSWORD\tv4lue", True),
        ("DB_PASSWORD      v4lue      the database password", True),
        ("DB_PASSWORD      v4lue   2   12d", False),  # more single-token columns: a listing
        ("DB_PASSWORD      v4lue the password", False),  # prose after one space
        ("  x = DB_PASSWORD      v4lue", False),  # not at the line start
        ("DB_PASSWORD v4lue", False),  # one space: not a column
        ("func f() {\nDB_PASSWORD      v4lue\n}", False),  # columns inside code
    ],
)
def test_assignment_in_table(text: str, expected: bool) -> None:
    name_start = text.index("DB_PASSWORD")
    value_start = text.index("v4lue")
    spans = (name_start, name_start + len("DB_PASSWORD"), value_start, value_start + len("v4lue"))
    assert assignment_in_table(text, *spans) is expected


def test_go_type_in_columns_is_not_a_value() -> None:
    for go_type in ("string", "*string", "[]byte", "sql.NullString", "int64"):
        text = f"Password   {go_type}\n"
        start = text.index(go_type)
        assert not assignment_in_table(text, 0, len("Password"), start, start + len(go_type)), go_type


# ----------------------------------------------------------------- code in strings, Go keys
def test_define_with_escaped_tabs_in_a_json_string() -> None:
    # A C source line kept in a notebook cell or a JSON log: tabs and quotes are escaped.
    text = '{"source": ["#define\\tDB_PASSWORD\\t\\"' + PASSWORD + '\\"\\n"]}'
    assert PASSWORD in values(text), found(text)


def test_go_byte_slice_of_a_string_literal() -> None:
    key = rand(24) + "!#"
    assert key in values(f'var jwtKey = []byte("{key}")'), found(f'var jwtKey = []byte("{key}")')
    assert found('var jwtKey = []byte(os.Getenv("JWT_KEY"))') == []
    assert found('var jwtKey = []byte("your-256-bit-secret")') == []


# ----------------------------------------------------------------- provider shapes
def _cask(tag: str) -> str:
    """A Microsoft common annotated security key: 52 random, JQQJ9 + version, a random character,
    a date letter, the reserved block (a run of A), the provider tag at 76-80, 4 checksum chars."""
    return (
        rand(52)
        + "JQQJ9"
        + RNG.choice("9DH")
        + rand(1)
        + RNG.choice("ABCDEFGHIJKL")
        + "AC"
        + "A" * 12
        + "AS"
        + tag
        + rand(4)
    )


def test_microsoft_identifiable_keys() -> None:
    for tag in ("AZDO", "ACOG", "AZEG"):
        key = _cask(tag)
        assert len(key) == 84
        assert ("AZURE_API_KEY", key) in found(f"AZURE_DEVOPS_EXT_PAT={key}"), found(f"AZURE_DEVOPS_EXT_PAT={key}")
    long_form = _cask("AZDO") + rand(2) + "=="
    assert long_form in values(f'"key": "{long_form}"')
    stand_in = "x" * 52 + "JQQJ99ALACAAAAAAAAAAAAASAZDOxxxx"
    assert found(f"PAT={stand_in}") == []
    assert identifiable_key(_cask("AZDO")) is None
    assert identifiable_key(stand_in) is False


def test_dropbox_long_lived_tokens() -> None:
    token = rand(11) + "A" * 10 + rand(43, B62 + "-_")
    assert ("DROPBOX_TOKEN", token) in found(f"dbx = dropbox.Dropbox('{token}')")
    # Inside a longer base64 blob (zero bytes also encode as runs of A): not a token.
    blob = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy8Dbv8prpJ/0kKhlGeJY+" + token + "/QIDAQAB"
    assert found(blob) == []
    assert dropbox_long_lived(token) is None
    assert dropbox_long_lived("x" * 11 + "A" * 10 + "x" * 43) is False


def test_oauth1_parameters() -> None:
    signature = rand(27) + "%3D"
    access = "1873305914-" + rand(31)
    header = (
        'Authorization: OAuth oauth_consumer_key="' + rand(25) + '", oauth_nonce="' + rand(11) + '", '
        f'oauth_signature="{signature}", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1767225600", '
        f'oauth_token="{access}", oauth_version="1.0"'
    )
    got = values(header)
    assert signature in got and access in got, found(header)
    response = f"oauth_token={rand(16)}&oauth_token_secret={rand(24)}&oauth_callback_confirmed=true"
    assert len(found(response)) == 2, found(response)
    for negative in (
        'oauth_signature_method="HMAC-SHA1"',
        "oauth_token=<access_token>&oauth_verifier=<verifier>",
        "oauth_token = request.args.get('oauth_token')",
        "redirect to /authorize?oauth_token=REQUEST_TOKEN_VALUE",
    ):
        assert found(negative) == [], (negative, found(negative))


def test_negotiate_header() -> None:
    spnego = "YIIC" + rand(60, B62 + "+/") + "="
    assert ("BEARER_TOKEN", spnego) in found(f"Authorization: Negotiate {spnego}")
    assert found("WWW-Authenticate: Negotiate") == []


def test_prose_secret_drops_qualified_type_names() -> None:
    assert prose_secret("*oauth2.Token") is False
    assert prose_secret("jwt.RegisteredClaims2") is False
    assert prose_secret(rand(24)) is None
