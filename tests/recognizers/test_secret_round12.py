"""Blind secrets round 12 (session 15): quoted passwords ending in punctuation, typed declarations
(Bicep, VB), property lists, SNMPv3 passphrases, Kafka JAAS users, Redis AUTH calls, RDP clients,
Kerberos pipes, prose in more languages and two provider shapes, each next to the near miss a user
relies on staying clean. Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard


@pytest.mark.parametrize(
    "text",
    [
        'config :shop, Shop.Repo,\n  username: "shop",\n  password: "{v}",\n  hostname: "db"',
        'slick.dbs.default.db.password = "{v}"',
        "config.adminpass = '{v}';",
    ],
)
def test_a_quoted_password_keeps_its_final_full_stop(guard: Guard, text: str) -> None:
    value = "C0b4lt2025."
    assert _spans(guard, text.format(v=value)) == [value]


def test_a_sentence_full_stop_after_an_unquoted_value_is_not_part_of_it(guard: Guard) -> None:
    assert _spans(guard, "DB_PASSWORD=Kq7#vRm2Lpx9.") == ["Kq7#vRm2Lpx9"]
    assert not _spans(guard, 'ANTHROPIC_API_KEY="sk-ant-api03-..."')


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("@secure()\nparam sqlAdminPassword string = 'Kq7#vRm2Lpx9'", "Kq7#vRm2Lpx9"),
        ('Const AZURE_OPENAI_KEY As String = "3f9a0c1e7b2d4a6f8e0b1c2d3e4f5a6b"', "3f9a0c1e7b2d4a6f8e0b1c2d3e4f5a6b"),
    ],
)
def test_typed_declarations_with_a_literal(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "@secure()\nparam sqlAdminPassword string",
        "Dim token As String = GetToken()",
        "param sqlAdminPassword string = keyVault.getSecret('sql-admin')",
    ],
)
def test_typed_declarations_without_a_literal_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_property_list_values_are_read_under_their_key(guard: Guard) -> None:
    token = "sk_dZqJqJ0qA2lhzKX47I7hfgGJiun26yis"
    plist = (
        "<dict>\n  <key>CFBundleIdentifier</key>\n  <string>com.acme.shop</string>\n"
        f"  <key>RevenueCatSecretKey</key>\n  <string>{token}</string>\n"
        "  <key>NSCameraUsageDescription</key>\n  <string>Scan receipts</string>\n</dict>"
    )
    assert _spans(guard, plist) == [token]


def test_property_list_keys_are_names_not_values(guard: Guard) -> None:
    plist = (
        "<key>NSLocationWhenInUseUsageDescription</key>\n<string>Find stores near you</string>\n"
        "<key>API_BASE_URL</key>\n<string>$(API_BASE_URL)</string>\n"
        "<key>UIApplicationSceneManifest</key>\n<dict/>"
    )
    assert not _spans(guard, plist)


def test_snmpv3_passphrases_on_the_command_line_and_in_snmpd_conf(guard: Guard) -> None:
    auth, priv = "Vb6&jRk3Nq", "Lm2xQw9Rtz#"
    cli = f"snmpwalk -v3 -l authPriv -u monitor -a SHA -A '{auth}' -x AES -X '{priv}' 10.20.0.1 system"
    conf = f'createUser librenms SHA "{auth}" AES "{priv}"\nrouser librenms priv'
    ios = f"snmp-server user nms NMS-GRP v3 auth sha {auth} priv aes 128 {priv}"
    for text in (cli, conf, ios):
        assert sorted(_spans(guard, text)) == sorted([auth, priv]), text


def test_snmpv3_without_passphrases_stays_clean(guard: Guard) -> None:
    assert not _spans(guard, "snmpget -v3 -l authNoPriv -u monitor -a SHA -A $SNMP_AUTH 10.0.0.1 sysName.0")
    assert not _spans(guard, "createUser librenms SHA <authpass> AES <privpass>")


def test_kafka_jaas_users(guard: Guard) -> None:
    text = (
        "KafkaServer {\n   org.apache.kafka.common.security.plain.PlainLoginModule required\n"
        '   username="admin"\n   password="L4nt3rn2013!"\n   user_admin="L4nt3rn2013!"\n'
        '   user_orders="Copper$hollow99";\n};'
    )
    assert {"L4nt3rn2013!", "Copper$hollow99"} <= set(_spans(guard, text))
    ref = 'KafkaServer { org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="${file:/s:a}"; };'
    assert not _spans(guard, ref)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('local res, err = red:auth("orchid.lantern!61")', "orchid.lantern!61"),
        ("xfreerdp /v:10.0.0.50 /u:Administrator /p:'monsoon.ember#34' /cert:ignore", "monsoon.ember#34"),
        ("echo 'Junip3r1994!' | kinit svc_airflow@CORP.LOCAL", "Junip3r1994!"),
    ],
)
def test_tool_specific_passwords(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "firebase.auth().signInWithPopup(provider)",
        'passport.auth("google")',
        "kinit -kt /etc/security/keytabs/hdfs.keytab hdfs/nn01@CORP.LOCAL",
        "msbuild app.sln /p:Configuration=Release /p:Platform=x64",
    ],
)
def test_tool_lines_without_a_password_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lozinka za VPN je Kq7#vRm2Lpx9, korisničko ime je marko.",
        "Zaporka za poslužitelj: Kq7#vRm2Lpx9",
        "Slaptažodis į serverį yra Kq7#vRm2Lpx9",
        "Serveri parool on Kq7#vRm2Lpx9, kasutaja on admin.",
        "Lykilorðið að þjóninum er Kq7#vRm2Lpx9",
        "Nenosiri la seva ni Kq7#vRm2Lpx9 na jina la mtumiaji ni admin.",
        "رمز عبور سرور Kq7#vRm2Lpx9 است، لطفا بعد از تست عوضش کن.",
        "সার্ভারের পাসওয়ার্ড হল Kq7#vRm2Lpx9",
        "Kullanıcı adı deploy, şifre Kq7#vRm2Lpx9 — neden reddediliyor?",
    ],
)
def test_prose_passwords_in_more_languages(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == ["Kq7#vRm2Lpx9"]


@pytest.mark.parametrize(
    "text",
    [
        "Hier der API-Schlüssel für das Staging: bdLs3FXH60VCNSxYLqs3PqpoGp3mM9Vy – bitte nicht committen.",
        "Voici la clé d'API pour le bac à sable : bdLs3FXH60VCNSxYLqs3PqpoGp3mM9Vy",
        "Te paso el token de acceso: bdLs3FXH60VCNSxYLqs3PqpoGp3mM9Vy , caduca el viernes.",
        "이 API 키로 호출하면 403이 나와요: bdLs3FXH60VCNSxYLqs3PqpoGp3mM9Vy",
    ],
)
def test_prose_keys_named_in_other_languages(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == ["bdLs3FXH60VCNSxYLqs3PqpoGp3mM9Vy"]


@pytest.mark.parametrize(
    "text",
    [
        "Lozinka mora imati najmanje 12 znakova.",
        "Parool on liiga lühike",
        "Der API-Schlüssel ist abgelaufen, bitte einen neuen anlegen.",
        "la clé d'API : <votre-clé>",
        "Hasło trzymamy w Vaulcie pod ścieżką secret/data/prod/db, nigdy w repozytorium.",
        "رمز عبور باید حداقل ۸ کاراکتر باشد",
    ],
)
def test_prose_about_passwords_and_keys_without_one(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


@pytest.mark.parametrize(
    "token",
    [
        "pcsk_4Xr2N_7Jq9vLm2Tx8Kp4Wz6Rb3Yd5Nc1Hf0Gs7Ua2Ve9Qi4Lo8Mj3Ke6Pn1Zt5Xw0By",
        "rnd_Kq7vRm2Lpx9Tz4pWq8LnXw0By5Hf3G",
    ],
)
def test_new_provider_shapes_under_a_neutral_name(guard: Guard, token: str) -> None:
    assert _spans(guard, f'(def value "{token}")\n^ which service is this token for?') == [token]


CF_TOKEN = "Kq7vRm2Lpx9Tz4pWq8LnXw0By5Hf3GdJ2sA6eU1c"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can you check why login fails? the password I set is Kq7#vRm2Lpx9", "Kq7#vRm2Lpx9"),
        ("the passphrase we used for the backup disk was Bk#Disk-2026-q", "Bk#Disk-2026-q"),
        ('{ssl_options, []}, {username, "rabbit"}, {password, <<"Rbt#Mq-2291x">>}', "Rbt#Mq-2291x"),
        ("{\n    acme_dns cloudflare " + CF_TOKEN + "\n}", CF_TOKEN),
    ],
)
def test_relative_clauses_erlang_terms_and_caddy_dns_tokens(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the password you entered is incorrect",
        "the password I set is wrong apparently",
        "{password, undefined}",
        '{password, os:getenv("DB_PASSWORD")}',
        "acme_dns cloudflare {env.CLOUDFLARE_API_TOKEN}",
    ],
)
def test_their_near_misses_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)
