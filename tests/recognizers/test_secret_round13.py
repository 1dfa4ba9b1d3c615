"""Blind secrets round 13 (session 16): words-and-number passphrases, plain-text credential files
(rsyncd.secrets, pgbouncer userlist.txt, OpenVPN auth-user-pass), InfluxDB tokens, positional and
tuple credentials in code, CLI flags, and prose forms (Tagalog, Turkish, chat shorthand), each next
to the near miss a user relies on staying clean. Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard


@pytest.mark.parametrize(
    "text",
    [
        "the password I set is {v} but the portal rejects it",
        "Hola, la contraseña del servidor de pruebas es {v} y el usuario es qa.",
        "Hasło do bazy to {v}, sprawdzisz czemu nie działa?",
        "A senha do banco de homologação é {v}, mas não conecta.",
        "login: deploy / {v}",
    ],
)
def test_a_words_and_number_passphrase_is_a_password(guard: Guard, text: str) -> None:
    for value in ("Harbor-Lantern-58", "Quartz.Meadow.2024", "Thistle_Ember_77!"):
        assert _spans(guard, text.format(v=value)) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "la password è {v}",
        "Введите пароль для входа в систему {v}",
        "login: admin / {v}",
    ],
)
def test_product_names_stay_names(guard: Guard, text: str) -> None:
    # A short or model word ("Pro", "Note-9"), or one word and a year, is how products are named.
    for value in ("Surface-Pro-9", "Galaxy-Note-9", "Obbligatoria-2024", "Falcon-Pro-15"):
        assert not _spans(guard, text.format(v=value)), value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "cat /etc/rsyncd.secrets\nbackup:Wq7#nZ2kLp9x\nmirror:Tundra%418kpm\n\nthen rsync fails",
            ["Wq7#nZ2kLp9x", "Tundra%418kpm"],
        ),
        (
            'pgbouncer userlist.txt:\n"app" "Kq7#vRm2Lpx9"\n"report" "Basalt-Cinder-90"\n',
            ["Kq7#vRm2Lpx9", "Basalt-Cinder-90"],
        ),
        ("auth-user-pass creds.txt, which holds:\n\nvpn.ops\nHarb0r-Lights!77\n", ["Harb0r-Lights!77"]),
    ],
)
def test_credential_file_lines_under_the_file_name(guard: Guard, text: str, values: list[str]) -> None:
    assert _spans(guard, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "secrets file = /etc/rsyncd.secrets\nauth users = backup\nread only = yes",
        "/etc/rsyncd.secrets:\nbackup:changeme\n",
        'userlist.txt:\n"app" "md5a3f1c9e2b7d4058f6e1a2b3c4d5e6f70"\n'
        '"stats" "SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2lnbg=="',
        "auth-user-pass /etc/openvpn/creds.txt\nremote vpn.acme.io 1194\n",
        "client.ovpn:\nauth-user-pass\nnobind\npersist-key\npersist-tun\n",
        "rsync -av --password-file=/etc/rsync.pass src/ backup@nas::data",
    ],
)
def test_credential_file_names_without_credentials_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_influxdb_tokens_near_influx(guard: Guard) -> None:
    token = "Zk3uP0q-Lx8_vR2mT6yW1cN9bH4gD7fJ5sA0eK3iO8pU2tY6rE1wQ9zX4cV7bN2mL5kJ8hG3fD6sA1pO4iU7yT" + "=="
    assert len(token) == 88
    text = f"$ influx auth create --org acme --all-access\nID\tDescription\tToken\n0c1a2b3c4d5e6f70\t\t{token}\tadmin"
    assert _spans(guard, text) == [token]
    # The same shape with no "influx" before it is not read as one.
    assert not any(s == token for s in _spans(guard, f"blob: {token}"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('let db = open("localhost", "scott", "Wq7#nZ2kLp9x", "shop")', "Wq7#nZ2kLp9x"),
        ('es = Elasticsearch("https://es01:9200", basic_auth=("elastic", "Wq7#nZ2kLp9x"))', "Wq7#nZ2kLp9x"),
        ('es = Elasticsearch(hosts, http_auth=("elastic", "Wq7#nZ2kLp9x"))', "Wq7#nZ2kLp9x"),
        ("lftp -u deploy,Wq7#nZ2kLp9x sftp://files.acme.io -e 'mirror -R dist /www'", "Wq7#nZ2kLp9x"),
        ("rabbitmqadmin -u admin -p 44CC2sgigEta_yE list queues", "44CC2sgigEta_yE"),
        ('variable "db_password" {\n  default = "Psable477$zsn"\n}', "Psable477$zsn"),
    ],
)
def test_code_and_cli_credentials(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        'f = open("notes.txt", "r", encoding="utf-8")',
        'let db = open("localhost", "scott", getEnv("PGPASS"), "shop")',
        'es = Elasticsearch(hosts, basic_auth=("elastic", os.environ["ES_PW"]))',
        "lftp -u deploy sftp://files.acme.io",
        "rabbitmqadmin -H mq01 -P 15672 -u admin list queues",
        'variable "db_password" {\n  default = "${var.prefix}"\n}',
    ],
)
def test_code_and_cli_without_a_literal_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kung kailangan mo, ang password ng admin account ay {v} — palitan mo agad.",
        "Şifre {v} ama giriş yapamıyorum, neden?",
        "pw for the shared grafana is {v} fyi",
        "root pw on the new NAS is `{v}`, I'll change it on Monday",
        "@channel temporary admin pass for Jenkins: {v}",
    ],
)
def test_prose_forms(guard: Guard, text: str) -> None:
    value = "Kq7#vRm2Lpx9"
    assert _spans(guard, text.format(v=value)) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Ang password ay dapat may hindi bababa sa walong karakter.",
        "Şifre yanlış ama hesap kilitli değil.",
        "pw for the shared grafana is in 1Password",
        "boarding pass for the flight: gate B12, seat 14C",
        "the api key configured is invalid_or_expired",
    ],
)
def test_prose_forms_without_a_value_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "INSERT INTO service_accounts (name, username, password, created_at)\n"
            "VALUES ('ftp-sync', 'sync', 'Walnut_1989$x', NOW());",
            ["Walnut_1989$x"],
        ),
        (
            "INSERT INTO `ftp_users` (`login`, `pass`) VALUES ('a', 'Dm3$xQv8Lk1p'), ('b', 'Ke4!pZm7Hs3v');",
            ["Dm3$xQv8Lk1p", "Ke4!pZm7Hs3v"],
        ),
    ],
)
def test_the_password_column_of_an_insert(guard: Guard, text: str, values: list[str]) -> None:
    assert _spans(guard, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO users (email, password_hash) VALUES ('a@b.c', 'Dm3$xQv8Lk1p');",
        "INSERT INTO users (email, password) VALUES ('a@b.c', crypt(:pw, gen_salt('bf')));",
        "INSERT INTO users (email, password) VALUES ('a@b.c', NULL);",
        "INSERT INTO auth_user (username, password) VALUES ('ana', 'pbkdf2_sha256$600000$abcd$Zm9vYmFy');",
        "INSERT INTO users (email, password) VALUES ('a@b.c', '$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJ');",
        "INSERT INTO notes (title, body) VALUES ('password', 'Dm3$xQv8Lk1p is not a password column');",
    ],
)
def test_inserts_without_a_clear_password_stay_clean(guard: Guard, text: str) -> None:
    assert not [s for s in _spans(guard, text) if not s.startswith("$2a$")]


def test_a_participle_between_the_key_name_and_is(guard: Guard) -> None:
    value = "LfqTiiUlMgdIPjNVGbX4wyK0KFZK"
    assert _spans(guard, f"The internal api key configured is {value} (from the old account).") == [value]


def test_every_row_of_a_long_insert_and_every_line_of_a_long_file_is_redacted() -> None:
    """A dump's INSERT of thousands of rows and a credential file of hundreds of lines: every
    password is a finding and none is left in the redacted text (no length cut-off leaks the rest)."""
    guard = Guard.from_config("default")
    rows = [f"('svc{i}', 'Kq7#vRm2Lpx{i:04d}')" for i in range(3000)]
    dump = "INSERT INTO service_accounts (name, password) VALUES\n" + ",\n".join(rows) + ";"
    found = [f for f in guard.scan(dump).findings if f.entity_type == "PASSWORD"]
    assert len(found) == 3000
    assert "Kq7#vRm2Lpx" not in guard.sanitize(dump).text
    secrets_file = "/etc/rsyncd.secrets:\n" + "".join(f"user{i}:Tz8-blV*2t{i:04d}\n" for i in range(400))
    assert len([f for f in guard.scan(secrets_file).findings if f.entity_type == "PASSWORD"]) == 400
    assert "Tz8-blV" not in guard.sanitize(secrets_file).text


def test_insert_heads_that_never_close_are_read_once(guard: Guard) -> None:
    """Unclosed "INSERT INTO t (" heads (a pasted fragment, or text built to stall the scan) give
    nothing and do not hide a real statement after a broken one."""
    assert _spans(guard, "INSERT INTO t (" * 14000) == []
    assert _spans(guard, "INSERT INTO t (password) VALUES (" * 6000) == []
    text = "INSERT INTO t ( see below. INSERT INTO users (name, password) VALUES ('a', 'Xk9#mPq2vL');"
    assert _spans(guard, text) == ["Xk9#mPq2vL"]
