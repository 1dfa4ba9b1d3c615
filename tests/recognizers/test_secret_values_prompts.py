"""Issue 4, realistic prompts: the shapes found by benchmarks/secrets_prompts.py (R1-R8 of the session notes),
each with the hard negatives the fix must leave alone.

Values are random strings written for this file or generated at test time (seeded); none comes
from a dataset."""

from __future__ import annotations

import base64
import random
import string

import pytest

from promptguard import Guard
from promptguard.recognizers.secret_values import (
    _base64_not_path,
    _straight_run,
    decoded_token,
    secret_filter,
)

GUARD = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})
RNG = random.Random(4)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in GUARD.scan(text).findings]


def reasons(text: str) -> list[str]:
    return [s.reason for s in GUARD.scan(text, explain=True).suppressed]


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


STRIPE_BODY = "51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6GdE3hF"
MAPBOX_PUBLIC = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ik5XcHZ3a1NpSjJ6T2Y2OEtXQ3g3cHRLVnQifQ.Xb2hTq9LmZr0aPk3VfYw1c"


# ------------------------------------------------------------------ R1 publishable keys
@pytest.mark.parametrize(
    "text",
    [
        f"NEXT_PUBLIC_STRIPE_KEY='pk_live_{STRIPE_BODY}'",
        f"stripe_key: pk_test_{STRIPE_BODY}",
        f'"mapbox_access_token": "{MAPBOX_PUBLIC}"',
        f"STRIPE_TOKEN=pk_live_{STRIPE_BODY}\n",
    ],
)
def test_publishable_keys_under_secret_names_are_not_reported(text: str) -> None:
    assert found(text) == []
    assert "filter publishable" in reasons(text)  # explain names the filter


@pytest.mark.parametrize(
    "text",
    [
        # The secret counterparts stay findings under the same names.
        f"stripe_key: sk_live_{STRIPE_BODY}",
        f"stripe_key: rk_live_{STRIPE_BODY}",
        f"STRIPE_KEY='x{STRIPE_BODY}'",
        # "pk" alone is no publishable prefix.
        f"api_key = 'pkq{STRIPE_BODY}'",
        # Courier's secret API keys share Stripe's prefix, with an upper-case body.
        "COURIER_AUTH_TOKEN=pk_test_7QH2M4XK9RZ0B3WJ8N5VC1TYD6PL",
    ],
)
def test_secret_keys_next_to_publishable_shapes_are_still_reported(text: str) -> None:
    assert found(text), text


# ------------------------------------------------------------- R4 leading "/" in base64
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("AWS_SECRET_ACCESS_KEY=/p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKaQ", "/p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKaQ"),
        (
            "aws_secret_access_key = //p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKa",
            "//p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKa",
        ),
        (
            "$aws_secret_access_key = '/5QR4PUJJcGbLUJdxmEdFTXZfYXgDHIg7/RcpOad';",
            "/5QR4PUJJcGbLUJdxmEdFTXZfYXgDHIg7/RcpOad",
        ),
        (
            'PRIVATE_TOKEN = "/gF34/a4xFtV8M4UNFkOSNiCPIz2tGmdwRMcrCbn4HY="',
            "/gF34/a4xFtV8M4UNFkOSNiCPIz2tGmdwRMcrCbn4HY=",
        ),
    ],
)
def test_base64_secrets_starting_with_a_slash_are_not_paths(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


def test_aws_secret_with_a_leading_slash_is_the_aws_entity() -> None:
    text = "[default]\naws_access_key_id = AKIA96SPDHDPJ66VRFII\nsecret = /p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKaQ"
    assert ("AWS_SECRET_ACCESS_KEY", "/p87D38Kn+dzQNddDThVPG4/BPY3mmGmmE78pKaQ") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "secret_file: /Users/Bob2/Downloads/Key9",
        'key_path = "/etc/ssl/private/server.key"',
        "TOKEN=/usr/local/share/Tokens/Prod2024",
        "api_key: /api/v2/Items/9AbCdEfGhJ",
        "[default]\naws_access_key_id = AKIA96SPDHDPJ66VRFII\nx = /usr/local/lib/python3.11/site-packages/Foo9",
    ],
)
def test_paths_under_secret_names_stay_paths(text: str) -> None:
    assert [e for e, _ in found(text) if e != "AWS_ACCESS_KEY_ID"] == []


def test_random_base64_starting_with_a_slash_is_never_a_path() -> None:
    rng = random.Random(11)
    kept = 0
    for _ in range(300):
        value = "/" + base64.b64encode(rng.randbytes(30)).decode()[1:]
        kept += secret_filter(value, kind="secret", name="API_TOKEN", literal=True, quoted=True).keep
    assert kept >= 297
    assert not _base64_not_path("/usr/local/bin/Python3x")
    assert not _base64_not_path("/home/deploy/Keys/A1b2C3d4")
    assert _base64_not_path("/fh/C1odb3s+wQh8aw0ZpYthXEOcgBed")


# ----------------------------------------------------------- R3 hyphen-word passphrases
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('password = "winter-tigger-mustang"', "winter-tigger-mustang"),
        ('LDAP_BIND_PASSWORD: "buster-sunshine-coffee"', "buster-sunshine-coffee"),
        ('stringData:\n  db_password: "denver-coffee-arsenal"', "denver-coffee-arsenal"),
        ("spring.datasource.password=shadow-pepper-ginger", "shadow-pepper-ginger"),
        ("cfg = {'passphrase': 'bluebird-tigger-pumpkin', 'timeout': 30}", "bluebird-tigger-pumpkin"),
        ("db1.acme.internal ansible_user=deploy ansible_password=denver-dragon-chelsea", "denver-dragon-chelsea"),
        ("    environment:\n      - KEYSTORE_PASSWORD=sunshine-cookie-denver", "sunshine-cookie-denver"),
    ],
)
def test_hyphen_word_passphrases_are_passwords(text: str, value: str) -> None:
    assert ("PASSWORD", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'password: "your-password-here"',
        'password = "change-me-now"',
        'passwordInput: "login-password-input"',
        "passwordSelector: 'login-form-input'",  # UI code names the box, not its content
        'password_css = "form-control-large"',
        "password = get-user-input",  # unquoted words in code: a name
        'password = "two-words"',  # two words: not the passphrase shape
        'secret: "winter-tigger-mustang"',  # a machine secret is not made of words
    ],
)
def test_hyphen_word_hard_negatives(text: str) -> None:
    assert found(text) == [], text


# ------------------------------------------------------------------ R6 "=" inside quotes
def test_quoted_password_keeps_its_inner_equals_sign() -> None:
    assert found('const char* admin_pwd = "F=v!sK7^Zk-y";') == [("PASSWORD", "F=v!sK7^Zk-y")]
    assert found("admin_pwd = 'Qz=8!vKp2#Lm'") == [("PASSWORD", "Qz=8!vKp2#Lm")]
    assert found('#define CONTRASENA "l=AjAmMUcJa5WdxF"') == [("PASSWORD", "l=AjAmMUcJa5WdxF")]


# ----------------------------------------------------------------- R5 JWT vs aws_secret
def test_no_aws_secret_inside_a_longer_base64url_run() -> None:
    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits
    inner = "".join(rng.choice(alphabet) for _ in range(38)) + "7Q"
    signature = base64.urlsafe_b64encode(rng.randbytes(150)).decode().rstrip("=").replace("_", "A").replace("-", "B")
    signature = signature[:60] + "_" + inner + "_" + signature[60:]
    jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ." + signature
    text = f"README: call the API with {jwt}\n\nThen:\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
    assert found(text) == [("JWT", jwt)]
    # The same 40 characters on their own near a real key id are still the AWS secret.
    text = f"aws_access_key_id = AKIA96SPDHDPJ66VRFII\nsecret = {inner}\n"
    assert ("AWS_SECRET_ACCESS_KEY", inner) in found(text)


# ------------------------------------------------------- R7 random hex is not a sequence
def test_random_hex_is_not_dropped_as_sequential() -> None:
    rng = random.Random(7)
    for n in (32, 40, 64):
        dropped = sum(
            not secret_filter(rng.randbytes(n // 2).hex(), kind="secret", name="API_TOKEN", literal=True).keep
            for _ in range(1000)
        )
        assert dropped <= 2, n
    # A 64-hex value that holds a wobbling run of six ("3443 23") by chance is kept ...
    value = "9f0c7e2b5d8a1f6e3443232b7c0e9d4a6f1b8e3c5a7d2f0b9e6c4a1d8f3b7e2c"
    assert secret_filter(value, kind="secret", name="API_TOKEN", literal=True).keep
    # ... while hand-written stand-ins with a straight run are still sequences.
    for stand_in in (
        "9f0c7e2b5d8aabcdef1f6e7c0e9d4a6f",
        "9f0c7e2b5d8a1f6e0000007c0e9d4a6f",
        "abcdef0123456789abcdef0123456789",
    ):
        assert secret_filter(stand_in, kind="secret", name="API_TOKEN", literal=True).filter == "sequential"
    assert _straight_run("xx654321", 6) and not _straight_run("3443232b", 6)


# ------------------------------------------------------- R2 base64 values judged decoded
def test_base64_placeholders_in_kubernetes_secret_data_are_not_reported() -> None:
    text = (
        "apiVersion: v1\nkind: Secret\ndata:\n"
        f"  password: {b64('changeme')}\n"
        f"  SECRET_KEY: {b64('<token>')}\n"
        f"  secret-key: {b64('your-secret-here')}\n"
        f"  aws-secret-access-key: {b64('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}\n"
        f"  stripe_key: {b64('pk_test_' + STRIPE_BODY)}\n"
        f"  PASSWORD: {b64('{{ .Values.db.password }}')}\n"
    )
    assert found(text) == []
    why = reasons(text)
    assert {"filter decoded_placeholder", "filter decoded_documented_example", "filter decoded_publishable"} <= set(why)


def test_base64_of_random_tokens_in_kubernetes_secret_data_is_reported() -> None:
    token = "f4230e84c7602db06c4cb8743f671c88"
    api = "6fc39c78-2a47-054d-39bc-1d771bd01590"
    text = (
        "apiVersion: v1\nkind: Secret\ndata:\n"
        f"  twilio_auth_token: {b64(token)}\n"
        f"  api_token: {b64(api)}\n"
        f"  db_password: {b64('Tr0ub4dor&3xQ')}\n"
    )
    assert {v for _, v in found(text)} == {b64(token), b64(api), b64("Tr0ub4dor&3xQ")}
    # A phrase that is no placeholder is judged encoded, as before.
    conn = b64("Server=db;User ID=app;Password=Xk29#mQv!7pL;")
    assert [v for _, v in found(f"data:\n  connection_secret: {conn}\n")] == [conn]


def test_basic_credentials_are_judged_by_their_password() -> None:
    real = b64("deploy:8d65cb1ad9dc049313fcaf89d1bdb5ba")
    assert [v for _, v in found(f'{{"auths": {{"registry.acme.io": {{"auth": "{real}"}}}}}}')] == [real]
    assert found(f'{{"auths": {{"registry.acme.io": {{"auth": "{b64("user:password")}"}}}}}}') == []


def test_decoded_token_only_for_printable_one_token_text() -> None:
    assert decoded_token(b64("changeme")) == "changeme"
    assert decoded_token(b64("two words\nhere")) is None  # a file: judged encoded
    assert decoded_token("Y2hhbmdlbWU") is None  # unpadded
    rng = random.Random(9)
    # Random keys (base64 and base62) essentially never decode to printable text.
    keys = [base64.b64encode(rng.randbytes(30)).decode() for _ in range(500)]
    keys += ["".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40)) for _ in range(500)]
    assert sum(decoded_token(k) is not None for k in keys) == 0


# ---------------------------------------------------------------- R8 PowerShell cmdlets
def test_two_word_cmdlet_verbs_are_code() -> None:
    text = "$MailPassword = ConvertTo-SecureString '-~Q45se6F-Yg' -AsPlainText -Force"
    assert "ConvertTo-SecureString" not in [v for _, v in found(text)]
    for cmdlet in ("ConvertTo-SecureString", "ConvertFrom-Json", "Read-Host"):
        assert secret_filter(cmdlet, kind="password", name="password", literal=True).filter == "code_reference"


@pytest.mark.parametrize("tail", ["😀 thanks", "🙏", "，谢谢", "。", "\u00a0ok", "…"])
def test_a_key_ends_at_non_ascii_punctuation_or_symbol_glued_to_it(tail: str) -> None:
    key = "9f8Kq2LmX7pR4tZ0vB3nW6yD1cH5jG8aQ"
    assert found(f"api_key={key}{tail}") == [("GENERIC_SECRET", key)]


@pytest.mark.parametrize(
    "text",
    [
        "## API8:2023安全配置错误",  # a heading: letters after the ASCII part keep it whole
        "token=abcdefgh😀",  # what is left before the emoji is still judged (too short)
    ],
)
def test_trimming_at_non_ascii_keeps_the_other_filters(text: str) -> None:
    assert found(text) == []
