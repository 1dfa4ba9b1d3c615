"""Blind secrets round 11 (session 14): credentials in HashiCorp configs and tool output, positional
CLI and SDK arguments, Rust constants and more prose languages, each next to the near miss a user
relies on staying clean. Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard

CONSUL_AGENT = "b71e0d4c-9a2f-4c8e-a3d5-6f1b2e8c7a94"
CONSUL_DEFAULT = "0c5e2a7d-4b1f-4e9a-8d3c-7a2f6e1b9d45"
CONSUL_MGMT = "8f2c4b1e-3d7a-4e9f-b6c2-1a5d8e7f9c03"


def test_every_token_of_a_consul_acl_tokens_block_is_reported(guard: Guard) -> None:
    text = (
        'datacenter = "fra1"\nacl {\n  enabled = true\n  default_policy = "deny"\n  tokens {\n'
        f'    initial_management = "{CONSUL_MGMT}"\n    agent              = "{CONSUL_AGENT}"\n'
        f'    default            = "{CONSUL_DEFAULT}"\n  }}\n}}'
    )
    spans = _spans(guard, text)
    assert {CONSUL_MGMT, CONSUL_AGENT, CONSUL_DEFAULT} <= set(spans)


def test_uuids_outside_a_tokens_block_stay_clean(guard: Guard) -> None:
    for text in (
        f'variable "subscription_id" {{\n  default = "{CONSUL_DEFAULT}"\n}}',
        f'service {{\n  name = "orders"\n}}\nnode_id = "{CONSUL_AGENT}"',
        f"AccessorID:       {CONSUL_AGENT}\nDescription:      ci",
    ):
        assert not _spans(guard, text), text


def test_acl_secret_id_printed_by_nomad_and_consul(guard: Guard) -> None:
    nomad = f"Accessor ID  = {CONSUL_AGENT}\nSecret ID    = {CONSUL_MGMT}\nType         = management"
    consul = f"AccessorID:   {CONSUL_AGENT}\nSecretID:     {CONSUL_MGMT}\n"
    for text in (nomad, consul):
        assert _spans(guard, text) == [CONSUL_MGMT], text


def test_gossip_key_is_reported_and_prose_about_encryption_is_not(guard: Guard) -> None:
    key = "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="
    assert _spans(guard, f'server = true\nencrypt = "{key}"\nretry_join = ["10.0.4.11"]') == [key]
    assert not _spans(guard, 'encrypt = "${GOSSIP_KEY}"\nwe encrypt every field with AES-GCM')


def test_rust_borrowed_str_constants(guard: Guard) -> None:
    token = "Xk9mQ2vL8pR4tZ7wN1yB6cD3fG5hJ0aS"
    assert _spans(guard, f'const API_TOKEN: &str = "{token}";') == [token]
    assert _spans(guard, 'static DB_PASSWORD: &\'static str = "Tq9#zLm2Xv4";') == ["Tq9#zLm2Xv4"]
    assert not _spans(guard, "fn login(password: &str) -> bool {\nlet password: &str = &args[1];")


def test_camel_case_name_value_lists(guard: Guard) -> None:
    text = "variables:\n- name: acrName\n  value: acmeregistry\n- name: acrPassword\n  value: 'Kq7#vRm2Lpx9'\n"
    assert _spans(guard, text) == ["Kq7#vRm2Lpx9"]
    ref = "variables:\n- name: acrPassword\n  value: $(ACR_PASSWORD)\n"
    assert not _spans(guard, ref)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rabbitmqctl add_user orders Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ("poetry config http-basic.nexus ci-reader Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ("composer config --global http-basic.repo.packagist.com acme Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ("security add-generic-password -a ci -s signing -w 'Kq7#vRm2Lpx9' build.keychain-db", "Kq7#vRm2Lpx9"),
        ('schtasks /Create /TN "Nightly" /TR backup.cmd /SC DAILY /RU ACME\\svc /RP Kq7#vRm2Lpx9', "Kq7#vRm2Lpx9"),
        ("xcrun altool --upload-app -f App.ipa -t ios -u dev@acme.io -p abcd-efgh-ijkl-mnop", "abcd-efgh-ijkl-mnop"),
        ("consul kv put config/orders/db_password Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ('auth := smtp.PlainAuth("", "alerts@acme.io", "Kq7#vRm2Lpx9", "smtp.gmail.com")', "Kq7#vRm2Lpx9"),
        ('client.username_pw_set("gateway", "Kq7#vRm2Lpx9")', "Kq7#vRm2Lpx9"),
        ('.basic_auth("ci-reader", Some("Kq7#vRm2Lpx9"))', "Kq7#vRm2Lpx9"),
        ('AuthInfo:smtp.example.net "U:apikey" "I:apikey" "P:Kq7#vRm2Lpx9" "M:PLAIN"', "Kq7#vRm2Lpx9"),
        ("enable secret 0 Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ("radius-server key Wq7rT2mZ9kLx", "Wq7rT2mZ9kLx"),
        ('$1 = {user = 0x55a1c2f0 "ingest", password = 0x55a1c310 "Kq7#vRm2Lpx9", port = 5432}', "Kq7#vRm2Lpx9"),
    ],
)
def test_positional_and_tool_specific_passwords(guard: Guard, text: str, value: str) -> None:
    assert value in _spans(guard, text)


@pytest.mark.parametrize(
    "text",
    [
        "rabbitmqctl add_user orders $RABBIT_PASS",
        "poetry config http-basic.nexus $NEXUS_USER $NEXUS_PASS",
        "security add-generic-password -a ci -s signing -w",
        "schtasks /Create /TN Nightly /TR backup.cmd /SC DAILY /RU SYSTEM",
        "xcrun notarytool submit App.zip --apple-id dev@acme.io --password @keychain:AC_PASSWORD",
        "consul kv put config/orders/db_password @password.txt",
        'auth := smtp.PlainAuth("", user, os.Getenv("SMTP_PASS"), host)',
        "radius-server key 6 FFFBHJ^XOJDRJ^cKbHXfPKAE",
    ],
)
def test_references_and_prompts_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text), text


def test_cisco_hashes_and_type7_are_not_read_as_clear_text(guard: Guard) -> None:
    # Type 9 is a hash (password_hash's), type 7 a reversible encoding (cisco_type7_password's).
    for text in (
        "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
        "tacacs-server host 10.1.1.5 key 7 132B15464A1B363E731D38",
    ):
        found = [f.recognizer for f in guard.scan(text).findings if f.pack == "secrets"]
        assert "cisco_plaintext_password" not in found, text


def test_minio_credentials_given_positionally(guard: Guard) -> None:
    access, secret = "Q7KX2M9PLR4TZ8WN1YB6", "Xk9mQ2vL8pR4tZ7wN1yB6cD3fG5hJ0aSkT4vR2m"
    for text in (
        f"mc alias set acme https://s3.acme.lan {access} {secret}",
        f'client = Minio("minio.acme.lan:9000", "{access}", "{secret}", secure=False)',
    ):
        assert {access, secret} <= set(_spans(guard, text)), text
    assert not _spans(guard, "mc alias set acme https://s3.acme.lan $MINIO_ROOT_USER $MINIO_ROOT_PASSWORD")


def test_secret_read_commands_with_their_output(guard: Guard) -> None:
    text = "$ kubectl get secret pg-admin -o jsonpath='{.data.password}' | base64 -d\nKq7#vRm2Lpx9\n"
    assert _spans(guard, text) == ["Kq7#vRm2Lpx9"]
    error = "$ kubectl get secret pg -o jsonpath='{.data.password}' | base64 -d\nError from server (NotFound)"
    assert not _spans(guard, error)


def test_elasticsearch_reset_output(guard: Guard) -> None:
    text = "Password for the [elastic] user successfully reset.\nNew value: dRlk*aRsX0Ct=DTtjVJ1"
    assert _spans(guard, text) == ["dRlk*aRsX0Ct=DTtjVJ1"]


def test_secret_header_set_in_code(guard: Guard) -> None:
    key = "Rk2vQ8xLm4TzW7pNc9YbH3sJd6FgA1eU"
    assert _spans(guard, f'_client.DefaultRequestHeaders.Add("X-Api-Key", "{key}");') == [key]
    assert not _spans(guard, f"headers.set('x-request-id', '{key}')")
    assert not _spans(guard, '_client.DefaultRequestHeaders.Add("X-Api-Key", _options.ApiKey);')


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا، كلمة المرور الجديدة للخادم هي: Kq7#vRm2Lpx9",
        "Ο κωδικός για το VPN είναι Kq7#vRm2Lpx9 μέχρι την Παρασκευή.",
        "הסיסמה לשרת הבדיקות היא Kq7#vRm2Lpx9",
        "รหัสผ่านของบัญชีทดสอบคือ Kq7#vRm2Lpx9 นะครับ",
        "Testitilin salasana on Kq7#vRm2Lpx9, vaihda se ensimmäisellä kirjautumisella.",
        "Adgangskoden til routeren er Kq7#vRm2Lpx9",
        "A teszt fiók jelszava: Kq7#vRm2Lpx9",
        "Kata laluan untuk pelayan ialah Kq7#vRm2Lpx9",
        "the wifi key is Kq7#vRm2Lpx9 btw, the guest one",
        "login for the demo tenant is demo@acme.io and the pass is Kq7#vRm2Lpx9",
        "測試帳號的密碼是 Kq7#vRm2Lpx9",
        "관리자 계정 암호: Kq7#vRm2Lpx9",
        "Salut, le mdp du compte admin c'est Kq7#vRm2Lpx9",
    ],
)
def test_prose_passwords_in_more_languages(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == ["Kq7#vRm2Lpx9"]


@pytest.mark.parametrize(
    "text",
    [
        "암호화 방식은 AES-256-GCM입니다",
        "Salasana on vähintään 12 merkkiä pitkä.",
        "the network key is printed on the card at reception",
        "your pass is valid until 2026-12-31",
        "Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 12 χαρακτήρες.",
    ],
)
def test_prose_about_passwords_without_one(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


@pytest.mark.parametrize(
    "token",
    [
        "pat-na1-3f9c2b7e-8d41-4a6f-9e02-b5c7d1a4e8f3",
        "FLWSECK-4c8e1f0b7a92d3e65f1c0b8a7d2e9f34-X",
        "EZAKNqVwYS81VP7Hb1DX8pPd5khxE3pyIgKpaUnArl63XykWZeiNNCiia3",
        "K1089cf7f2ea4b1f2d3c4b5a69788e7f6d5c4b3a2918e7f6d5c4b3a2918e7f6d5c4::server:7d2f9a4c1e8b3d6a5f0c9e2b7a4d1f83",
    ],
)
def test_new_provider_shapes_in_a_chat_line(guard: Guard, token: str) -> None:
    assert _spans(guard, f"ok try this one: {token}") == [token]
