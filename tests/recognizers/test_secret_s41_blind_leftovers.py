"""Leftovers of the held-out set blind44s (session 41, scored once before any change: 71/72 positives,
2/41 negatives flagged): a Mercado Pago access token, and a fixture's password that says it is not real.
Values are made up for these tests."""

from __future__ import annotations

from secret_scan import found as _found


def test_a_mercado_pago_access_token_is_found_in_sdk_code() -> None:
    token = "APP_USR-5120398476112093-071522-3f9a0c1d7e2b4a6c8d0e1f2a3b4c5d6e-413209876"
    text = f"const client = new MercadoPagoConfig({{ accessToken: '{token}' }});\nWhy do I get 401?"
    assert ("MERCADOPAGO_TOKEN", token) in _found(text)
    # The public key is published in the checkout page: not a secret.
    public = "const mp = new MercadoPago('APP_USR-6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b');"
    assert not [e for e, _ in _found(public) if e == "MERCADOPAGO_TOKEN"]


def test_a_password_that_says_it_is_not_real_is_a_stand_in() -> None:
    for value in ("hunter2-not-real", "notreal_Xk29pass", "pw_not_real_42"):
        text = f'client = PaymentClient(api_key=KEY, password="{value}")'
        assert not [v for e, v in _found(text) if e == "PASSWORD"], (value, _found(text))
    # "unreal" is a word of a real password, not the stand-in's marker.
    text = 'db_password = "unreal-Engine5!"'
    assert ("PASSWORD", "unreal-Engine5!") in _found(text)


def test_a_session_cookie_in_a_devtools_cookie_table() -> None:
    # blind45s: cookies copied from the browser's table, the name then a column gap.
    value = "s%3AKq7Xm2Lp9Vb4Nc8Yh1Sd6Fg0Jw5Ze3T.Rm8Xk2Lp5Vb9Nc3Yh7Sd1Fg4Jw6Ze0Tq2Km8Rx5Lp9"
    text = f"Name          Value    Domain\nconnect.sid   {value}   admin.acme.example\ntheme         dark"
    assert ("SESSION_COOKIE", value) in _found(text)
    assert not _found("connect.sid    (the HttpOnly session cookie express-session sets)")


def test_rails_active_record_encryption_keys() -> None:
    # blind45s: `primary_key` is a column's name elsewhere, a key under active_record_encryption.
    key = "Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm"
    text = f"$ bin/rails credentials:show\nactive_record_encryption:\n  primary_key: {key}\n"
    assert ("GENERIC_SECRET", key) in _found(text)
    assert not _found('class User < ApplicationRecord\n  self.primary_key = "user_identifier_column"\nend')
