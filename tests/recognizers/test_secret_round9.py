"""Blind secrets round 9 (session 12): value forms and filters the round found missing or too eager.
Values are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from promptguard import Guard
from promptguard.recognizers.secret_values import secret_filter

HEX64 = "aad2e5fe178646900f46a0bcbe5ced8a6d29d1e27a10ac85e8c21ad3b325760e"


# ------------------------------------------------------------------ literals decoded in place
@pytest.mark.parametrize(
    "text",
    [
        f'private static readonly byte[] Key = Convert.FromHexString("{HEX64}");',
        f'byte[] signingKey = Hex.decodeHex("{HEX64}");',
        f"$secret_key = hex2bin('{HEX64}');",
    ],
)
def test_a_key_decoded_in_place_is_reported(text: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, HEX64) == ""


# ------------------------------------------------------------------ ODBC braced values
def test_an_odbc_password_in_braces_is_reported(uncovered: Callable[[str, str], str]) -> None:
    text = 'pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=tcp:db,1433;Uid=ro;Pwd={Fq9;glX=dTtz};")'
    assert uncovered(text, "Fq9;glX=dTtz") == ""


def test_a_braced_hash_or_template_is_not_a_braced_password() -> None:
    guard = Guard.from_config("secrets-only")
    for text in ('"Pwd={password};"', "password: {{ .Values.db.password }}", "Pwd={<your password>};"):
        assert not guard.scan(text).findings, text


# ------------------------------------------------------------------ value filters
@pytest.mark.parametrize(
    "value",
    [
        "SHA256:/T87HDHEmUsq5fnHzWqlIo56H3BdJE2heGdvXgH9b3M",
        "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48",
        "5E:8F:16:06:2E:A3:CD:2C:4A:0D:54:78:76:BA:A6:F3:8C:AB:F6:25",
    ],
)
def test_a_key_fingerprint_is_not_a_secret(value: str) -> None:
    verdict = secret_filter(value, kind="secret", name="host key", literal=True)
    assert (verdict.keep, verdict.filter) == (False, "fingerprint")


def test_a_prefixed_hex_token_is_judged_by_its_hex() -> None:
    # The prefix's letters make a base64 read fall under the base64 bar; the hex after it is random.
    token = "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"
    assert secret_filter(token, kind="secret", name="LANGCHAIN_API_KEY", literal=True).keep
    # A hash named by its prefix, or a counting stand-in, still is not.
    assert not secret_filter("sha256_" + "0123456789abcdef" * 2, kind="secret", name="api_key", literal=True).keep
    assert not secret_filter("acme_live_" + "ab" * 16, kind="secret", name="api_key", literal=True).keep


def test_a_langsmith_key_in_an_env_file_is_reported(uncovered: Callable[[str, str], str]) -> None:
    token = "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"
    assert uncovered(f"LANGCHAIN_TRACING_V2=true\nLANGCHAIN_API_KEY={token}\n", token) == ""
