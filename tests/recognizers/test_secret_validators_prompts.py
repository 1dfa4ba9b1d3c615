"""Validators and rule shapes added after the realistic-prompt benchmark (benchmarks/secrets_prompts.py).
Values are random strings made for this file."""

from __future__ import annotations

import base64

import pytest

from promptguard.guard import Guard
from promptguard.recognizers.secret_validators import (
    app_password,
    base64_private_key,
    basic_auth_decoded,
    is_publishable_key,
    secret_value_not_publishable,
    url_password,
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard({"name": "t", "packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})


def _spans(guard: Guard, text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start : f.end]) for f in guard.scan(text).findings if f.pack == "secrets"]


@pytest.mark.parametrize("value", ["%23ZcEY2w70p-&", "%24kQ9vLm2%21xT", "Zc%40EY2w70p", "kQ9vLm2xT7"])
def test_url_password_keeps_percent_encoded_passwords(value: str) -> None:
    assert url_password(value) is None


@pytest.mark.parametrize("value", ["%DB_PASSWORD%", "%3Cpassword%3E", "%s", "${DB_PASSWORD}", "password"])
def test_url_password_drops_references_and_placeholders(value: str) -> None:
    assert url_password(value) is False


def test_publishable_keys_are_not_secrets() -> None:
    assert is_publishable_key("pk_live_51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6GdE3hF")
    assert is_publishable_key("pk.eyJ1IjoiYWNtZSIsImEiOiJjazl4In0.Xb2hTq9LmZr0aPk3VfYw1c")
    assert not is_publishable_key("sk_live_51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6GdE3hF")
    assert secret_value_not_publishable("pk_test_51Hq8fT2eZvKYlo2CkQ7mNpR4sXw9LbVz0aJtUy6G") is False
    assert secret_value_not_publishable("cOXtCOEu5iHo8clN8507w0r55aAHBwSNEhhNqCmC") is None


def test_courier_keys_share_the_stripe_prefix_but_stay_secret() -> None:
    # Courier API keys: pk_test_ / pk_prod_ + 28 upper-case letters and digits; they are secret.
    courier = "pk_test_" + "QW3ERT7YUI0PASD4FGHJ9KLZX2CV"
    assert not is_publishable_key(courier)
    assert secret_value_not_publishable(courier) is not False


def test_bare_basic_credentials_must_decode_to_user_and_password() -> None:
    good = base64.b64encode(b"deploy:kP9vX2qLmR7tZ4w").decode()
    assert basic_auth_decoded(good) is None
    assert basic_auth_decoded(base64.b64encode(b"admin:changeme").decode()) is False
    assert basic_auth_decoded("authentication") is False  # a word after "basic" is base64 too
    assert basic_auth_decoded(base64.b64encode(b"no colon in here").decode()) is False


def test_app_password_judged_without_spaces() -> None:
    assert app_password("xmqp zrtk wbnv hgsa") is None
    assert app_password("abcd efgh ijkl mnop") is False  # Google's help-page stand-in


def test_base64_pem_needs_a_private_label() -> None:
    key = base64.b64encode(
        b"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oGJvpi2n\n"
    ).decode()
    cert = base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n").decode()
    assert base64_private_key(key) is True
    assert base64_private_key(cert) is False
    assert base64_private_key("LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0K") is False


@pytest.mark.parametrize(
    "token",
    [
        "MzkxMzc2MDgyMzUwOTUzMjc3.PzEyoL.8EsaJd-wyXxQPplH8ACyjkz4jmBQlm7knI4pS-",  # Discord
        "1213155867:AA0dPXEh15-sKy302D5U9zpvUz_8uHkO4t-",  # Telegram
        "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",  # SendGrid
        "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",  # Google OAuth client secret
    ],
)
def test_tokens_ending_in_a_dash_are_covered_whole(guard: Guard, token: str) -> None:
    # A trailing \b stopped one character short (or missed a fixed-length token) when the
    # url-safe token ended with "-": 1 token in 64.
    text = f"TOKEN={token}\nNEXT=1"
    assert token in [value for _, value in _spans(guard, text)]


def test_positional_credentials_in_code(guard: Guard) -> None:
    text = 'Connection c = DriverManager.getConnection("jdbc:mysql://db:3306/shop", "root", "Kq8vLm2xT9zR");'
    assert ("code_credential_call_password", "Kq8vLm2xT9zR") in _spans(guard, text)
    assert _spans(guard, "Connection c = DriverManager.getConnection(url, user, password);") == []


def test_curl_password_may_contain_at_sign(guard: Guard) -> None:
    assert "P@nth3r!5" in [v for _, v in _spans(guard, "curl -u admin:P@nth3r!5 https://ci.acme.io/api")]
