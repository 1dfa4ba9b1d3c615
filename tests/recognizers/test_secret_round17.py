"""Secrets round 17 (session 19): passwords told value first ("<value> is the admin password"), a
password whose last "." or "?" the sentence goes on after, a name with whose it is and a colon
("Password server produksi: ..."), a "=" inside an assigned value, "password is: ...", Cassandra /
Neo4j client flags, an OpenVPN login file named by its path, Postman's current values; and the near
misses a user relies on staying clean (an HTML password field, Grafana's documented default key, a
port after "-p", placeholders, talk about passwords). Values are made up for these tests."""

from __future__ import annotations

import json

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.pattern import sentence_goes_on


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


# ------------------------------------------------------------------ the end of a told value
@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        ("x., user", True),
        ("x?; then", True),
        ("x.) ok", True),
        ("x. (changed today)", True),
        ("x. The end", False),
        ("x. the cpu panel", False),  # chat drops capitals: says nothing
        ("x.", False),
        ("x.\nnext line", False),
    ],
)
def test_sentence_goes_on_after_the_mark(text: str, goes_on: bool) -> None:
    assert sentence_goes_on(text, 2) is goes_on


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Пароль от сервера логов: Hq8#rT2vLx?, логин root.", "Hq8#rT2vLx?"),
        ("Yedek sunucunun şifresi Zt5!wQn8Xc?, kullanıcı adı yedek01.", "Zt5!wQn8Xc?"),
        ("the password for the shared finance mailbox is Gm8%tYe2Ks. (rotated on Monday).", "Gm8%tYe2Ks."),
        ("DB_PASSWORD: Wd3@nLq7Rv., then restart the pod", "Wd3@nLq7Rv."),
    ],
)
def test_a_mark_the_sentence_goes_on_after_is_the_values(guard: Guard, text: str, value: str) -> None:
    assert value in _spans(guard, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Passwort ist jetzt Hx4$kPz9Wq.", "Hx4$kPz9Wq"),
        ("login admin, pw Ty4$gBn9Ke. the cpu panel is broken", "Ty4$gBn9Ke"),
        ("the password for the shared finance mailbox is Gm8%tYe2Ks. Rotate it monthly.", "Gm8%tYe2Ks"),
    ],
)
def test_the_sentences_own_full_stop_stays_out(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


# ------------------------------------------------------------------ told values
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"s3cr3t-Pa55" is the admin password', "s3cr3t-Pa55"),
        ("Kq7#vRm2 — that's the db password", "Kq7#vRm2"),
        ("use Zt5!wQn8Xc, which is the password for the guest network", "Zt5!wQn8Xc"),
        ("creds for the VPN: jdoe / Lq2#vTm8Rx (vpn password)", "Lq2#vTm8Rx"),
        ("Hx4$kPz9Wq ist das Root-Passwort vom Buildserver", "Hx4$kPz9Wq"),
        ("Wd3@nLq7Rv est le mot de passe admin, ne le partage pas", "Wd3@nLq7Rv"),
        ("Password server produksi: Vb6&jRk3Nq, username ubuntu.", "Vb6&jRk3Nq"),
        ("Your temporary password is: 73NDoE=ja5up665Xo*\nYou'll be asked to change it.", "73NDoE=ja5up665Xo*"),
    ],
)
def test_told_passwords_found(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Summer2024! is the most common password in the breach list",
        "bcrypt_v2 is the password hashing scheme we use",
        "<your-password> is your password",
        "run reset.sh (password reset) first",
        "Passwort123 ist das häufigste Passwort in Deutschland",
        "PGPASSWORD is the password.",
        "${DB_PASS} is the database password",
        "Password reset link: https://acme.io/reset?t=8f3a9b2c1d",
        "Password manager of choice: 1Password",
        "Your password is: at least 12 characters long",
        "The password is: required",
        # An HTML form names the field, it holds no password.
        "<label for=pw>Password</label><input id=pw type=password name=password"
        " autocomplete=current-password minlength=12 required>",
        '<input type="password" name="password" autocomplete="new-password" maxlength=128>',
    ],
)
def test_talk_about_passwords_and_forms_stay_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


# ------------------------------------------------------------------ assignments
def test_an_equals_sign_inside_an_assigned_value_is_part_of_it(guard: Guard) -> None:
    text = "// Prod.xcconfig\nAPI_CLIENT_SECRET = Q=vTk2%mLp8Rx4Wz\nPRODUCT_NAME = Acme"
    assert _spans(guard, text) == ["Q=vTk2%mLp8Rx4Wz"]


def test_grafana_documented_default_key_is_not_a_leak_but_another_key_is(guard: Guard) -> None:
    assert _spans(guard, "[security]\nsecret_key = SW2YcwTIb9zpOOhoPsMm\n") == []
    assert _spans(guard, "[security]\nsecret_key = Kv8rTq2LmZx4Wp9Nb6Ys\n") == ["Kv8rTq2LmZx4Wp9Nb6Ys"]


# ------------------------------------------------------------------ command lines and files
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cqlsh cass-01 9042 -u analytics -p 'Wq7#nZ2kLp9x'", "Wq7#nZ2kLp9x"),
        ("cypher-shell -u neo4j -p Rt5kLm9QzwPx2 'RETURN 1'", "Rt5kLm9QzwPx2"),
        ("nodetool -u cassandra -pw Gf5rT9wLq2zX status", "Gf5rT9wLq2zX"),
    ],
)
def test_database_shell_password_flags(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    ["cqlsh -u analytics -p 9042 cass-01", "cqlsh cass-01 -u analytics -p $CASSANDRA_PASSWORD"],
)
def test_a_port_or_variable_after_p_stays_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_openvpn_login_file_named_by_its_path(guard: Guard) -> None:
    text = "cat /etc/openvpn/client/creds.txt\nm.rossi\nTq4^wLm9Zr2X\n\nstill AUTH_FAILED"
    assert _spans(guard, text) == ["Tq4^wLm9Zr2X"]
    # Its config directives, a log, a listing: no two-line login file.
    assert _spans(guard, "cat /etc/openvpn/client/creds.txt\npersist-key\npersist-tun\n") == []
    assert _spans(guard, "ls /etc/openvpn/client/\nauth.txt\nclient.conf\n") == []


# ------------------------------------------------------------------ Postman current values
def _environment(entries: list[dict[str, object]]) -> str:
    return json.dumps({"name": "prod", "values": entries, "_postman_variable_scope": "environment"}, indent=2)


def test_postman_current_values_found(guard: Guard) -> None:
    text = _environment(
        [
            {"key": "baseUrl", "value": "https://api.example.test", "enabled": True},
            {"key": "adminPassword", "value": "", "currentValue": "Lm4#Qd8vTz-2k", "type": "secret"},
            {"key": "apiToken", "value": "", "type": "secret", "sessionValue": "Yv3Rk9Wq7Lm2Xc8Nd5Tb1Hs6"},
        ]
    )
    assert sorted(_spans(guard, text)) == ["Lm4#Qd8vTz-2k", "Yv3Rk9Wq7Lm2Xc8Nd5Tb1Hs6"]


def test_postman_empty_or_variable_current_values_stay_clean(guard: Guard) -> None:
    text = _environment(
        [
            {"key": "adminPassword", "value": "", "currentValue": "{{vault:admin-password}}", "type": "secret"},
            {"key": "apiToken", "value": "", "currentValue": "", "type": "secret"},
            {"key": "timeout", "value": "", "currentValue": "30000"},
        ]
    )
    assert _spans(guard, text) == []
