"""Behaviour changes from red-team round 6 (session 9): CSV password columns, name / value objects
(Postman, Insomnia, HAR), htpasswd flag orders, policy lines, record ids under ``key=``, Supabase
anon keys, vendor default logins in URLs, Twilio API key secrets, server-side session ids under a
``_<app>_session`` cookie. Values are made up for these tests."""

from __future__ import annotations

import base64
import itertools
import json
import random
from functools import cache

import pytest
import re2

from promptguard import Guard
from promptguard.recognizers.builtin.table_password import _CSV_HEADER_RE, _GATE, _name_lines
from promptguard.recognizers.secret_validators import is_publishable_key, jwt_structure
from promptguard.recognizers.secret_values import secret_filter

RNG = random.Random(6)


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start : f.end]) for f in _guard().scan(text).findings]


def _values(text: str) -> list[str]:
    return [v for _, v in _findings(text)]


# ------------------------------------------------------------------ CSV / TSV password columns
def test_csv_export_password_column_is_reported_per_row() -> None:
    text = (
        "Turn this into a useradd script:\n\n"
        "username,full_name,email,temp_password,group\n"
        "mkowalski,Marta Kowalski,m.kowalski@acme.io,Quartz19!bn,engineering\n"
        "tnguyen,Thanh Nguyen,t.nguyen@acme.io,Heron2026#kp,support\n"
    )
    assert _findings(text) == [("table_password", "Quartz19!bn"), ("table_password", "Heron2026#kp")]


def test_semicolon_csv_with_quotes_and_an_empty_cell() -> None:
    text = (
        '"account";"system";"password";"owner"\n'
        '"svc_etl";"warehouse";"q7Rk-2mZp#Lw";"data-eng"\n'
        '"svc_audit";"warehouse";"";"security"\n'
    )
    assert _values(text) == ["q7Rk-2mZp#Lw"]


def test_tsv_and_a_password_column_last() -> None:
    assert _values("host\tuser\tpassword\ndb01\troot\tTundra%418kpm\n") == ["Tundra%418kpm"]
    # The table ends at the first line with another cell count.
    text = "user,password\nadmin,Tundra%418kpm\n\nLater, we moved on, Falcon2025!x, to other things"
    assert _values(text) == ["Tundra%418kpm"]


@pytest.mark.parametrize(
    "text",
    [
        # Prose with commas: the "header" cells are phrases, not column names.
        "Enter your username, password, and email\nThen click, Submit2, or cancel",
        # Hashes and salts, not passwords (password_hash is not a password column).
        "id,username,email,password_hash,salt\n1,jdoe,jdoe@acme.io,9f86d081884c7d659a2feaa0c55ad015,abcd1234\n",
        # Placeholders and masks in the column.
        "user,password\nadmin,changeme\nops,********\nci,<password>\n",
        # A password column with nothing it unlocks beside it: settings, not logins.
        "Setting,Password\nmin length,14\nrotation,90d\n",
    ],
)
def test_csv_lookalikes_are_not_reported(text: str) -> None:
    assert _findings(text) == []


def test_gate_opens_wherever_the_csv_header_search_matches() -> None:
    # The engine runs analyze only where the gate matches: every CSV header cell the parser can
    # start from must open it, whatever the delimiter, quoting and position of the column.
    gate = re2.compile(_GATE)
    names = ["password", "Passwort", "PWD", "temp_password", "Root password", "senha"]
    checked = 0
    cases = itertools.product(names, [",", ";", "\t"], ["", '"'], [False, True], ["", " "])
    for name, delim, quote, last, pad in cases:
        cell = f"{pad}{quote}{name}{quote}{pad}"
        cells = [f"{quote}user{quote}", cell] + ([] if last else [f"{quote}group{quote}"])
        for end in ("\nadmin" + delim + "x\n", "\r\n", ""):
            text = delim.join(cells) + end
            if _CSV_HEADER_RE.search(text):
                checked += 1
                assert gate.search(text) is not None, repr(text)
                assert _name_lines(text) == [0], repr(text)  # the RE2 form finds the same lines
    assert checked == 432


def test_csv_reading_is_linear_in_header_like_lines() -> None:
    # Each line is read once: a text of thousands of header-like lines finishes and finds nothing.
    text = "user,password\n" * 3000
    assert _findings(text) == []


# ------------------------------------------------------------------ name / value objects
def test_postman_header_and_basic_auth_values() -> None:
    key = "Rk2vQ8xLm4TzW7pNc9YbH3sJd6FgA1eU5oKi0Xq"
    text = json.dumps(
        {
            "request": {
                "header": [{"key": "x-api-key", "value": key}, {"key": "Accept", "value": "application/json"}],
                "auth": {"type": "basic", "basic": [{"key": "password", "value": "Hx4#pLq9vTz"}]},
            }
        }
    )
    assert _findings(text) == [
        ("generic_secret_assignment", key),
        # env_pair_password reads Postman's {"key": ..., "value": ...} pairs since round 16 (same span).
        ("env_pair_password", "Hx4#pLq9vTz"),
    ]


def test_har_header_object_with_an_api_key() -> None:
    key = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(40))
    text = '{"name": "X-Api-Key", "value": "' + key + '"},\n{"name": "x-request-id", "value": "' + key[::-1] + '"}'
    assert _findings(text) == [("generic_secret_assignment", key)]


@pytest.mark.parametrize(
    "text",
    [
        '{"key": "apiKey", "value": "{{vault:billing-api-key}}", "type": "secret"}',
        '{"key": "accessToken", "value": "", "type": "secret"}',
        '{"name": "x-request-id", "value": "Rk2vQ8xLm4TzW7pNc9YbH3sJd6FgA1eU5oKi0Xq"}',
        # The name is not the "key" / "name" field of an object: a list of strings.
        '["api_key", "value": "hello"]',
    ],
)
def test_name_value_lookalikes_are_not_reported(text: str) -> None:
    assert _findings(text) == []


def test_session_id_under_an_app_session_cookie_in_a_har_entry() -> None:
    sid = "4be8d1c07a93f26e5d0b71a9c3e2f845"
    text = '{"name": "cookie", "value": "_portal_session=' + sid + '; theme=dark; _ga=GA1.2.1983729011.1761830400"}'
    assert _findings(text) == [("session_cookie", sid)]
    assert _findings("Cookie: _portal_session=00000000000000000000000000000000") == []


# ------------------------------------------------------------------ htpasswd
@pytest.mark.parametrize(
    "command",
    [
        "sudo htpasswd -b -c /etc/nginx/.htpasswd grafana-viewer {pw}",
        "htpasswd -cb /etc/nginx/.htpasswd grafana-viewer {pw}",
        "htpasswd -B -b /etc/apache2/.htpasswd admin '{pw}'",
        "htpasswd -nbB admin '{pw}' | sudo tee -a /etc/traefik/users",
        "htpasswd -bn admin {pw}",
    ],
)
def test_htpasswd_batch_password_in_any_flag_order(command: str) -> None:
    pw = "Tundra42&vq"
    text = command.format(pw=pw)
    assert ("cli_password_flag", pw) in _findings(text)
    # Never the user name or the file.
    assert all(v == pw for _, v in _findings(text))


@pytest.mark.parametrize(
    "command",
    [
        "htpasswd -c /etc/nginx/.htpasswd grafana-viewer",
        "htpasswd -nB admin > users.txt",
        "htpasswd -b -c /etc/nginx/.htpasswd admin $ADMIN_PASSWORD",
    ],
)
def test_htpasswd_without_a_typed_password(command: str) -> None:
    assert _findings(command) == []


# ------------------------------------------------------------------ policy lines and record ids
@pytest.mark.parametrize(
    "line",
    [
        "- Passwords: minimum 14 characters, no reuse of the last 12, MFA required.",
        "Passwords: minimum 14 characters, no maximum below 64.",
        "Passwort: mindestens 12 Zeichen, davon eine Ziffer",
        "Password: maximum 128 characters are accepted",
    ],
)
def test_password_policy_lines_are_not_passwords(line: str) -> None:
    assert _findings(line) == []


def test_a_typed_password_after_the_same_label_still_is_one() -> None:
    assert _findings("Password: Montreal42! and the user is root") == [("generic_password_assignment", "Montreal42!")]
    assert _findings("ssh password: Montreal and the user is root") == [("generic_password_assignment", "Montreal")]


def test_record_ids_under_key_are_identifiers_not_secrets() -> None:
    assert _findings("offset=918273 key=order-2017280 value=eyJvcmRlcklkIjogNDgyMX0=") == []
    for value in ("order-2017280", "invoice_20261128", "tenant_acme_20261128", "user:8842113"):
        assert not secret_filter(value, kind="secret", name="key", literal=True).keep, value
    # A random key that happens to have a dash is still judged on its randomness, and words glued
    # to a number in mixed case are how people type a password ("authorization": "KestrelMaple2031").
    assert secret_filter("a8Kq-Zt2017280xPw", kind="secret", name="key", literal=True).keep
    assert secret_filter("KestrelMaple2031", kind="secret", name="authorization", literal=True).keep


# ------------------------------------------------------------------ Supabase anon keys
def _jwt(payload: dict[str, object]) -> str:
    def seg(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    header = seg(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{seg(json.dumps(payload).encode())}.{seg(RNG.randbytes(32))}"


def test_supabase_anon_key_is_publishable_and_service_role_is_not() -> None:
    claims = {"iss": "supabase", "ref": "qwmzkfhtrnvbxyplacde", "iat": 1719000000, "exp": 2034576000}
    anon = _jwt(claims | {"role": "anon"})
    service = _jwt(claims | {"role": "service_role"})
    assert jwt_structure(anon) is False and is_publishable_key(anon)
    assert jwt_structure(service) is True and not is_publishable_key(service)
    text = f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\nSUPABASE_SERVICE_ROLE_KEY={service}\n"
    assert _values(text) == [service]
    assert _findings(f"createClient('https://qwmzkfhtrnvbxyplacde.supabase.co', '{anon}')") == []
    # Another issuer's token with role "anon" is still a bearer credential.
    other = _jwt({"iss": "https://auth.acme.io", "role": "anon", "sub": "guest-42"})
    assert jwt_structure(other) is True


# ------------------------------------------------------------------ default logins in URLs
def test_default_login_in_a_local_docs_url_is_not_reported() -> None:
    text = (
        "2. Point the app at the container: `DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev`\n"
        "The compose file uses the image defaults (POSTGRES_USER=postgres, POSTGRES_PASSWORD=postgres)."
    )
    assert _findings(text) == []
    assert _findings("AMQP_URL=amqp://guest:guest@localhost:5672/") == []
    assert _findings("postgres://postgres:postgres@db:5432/app") == []


@pytest.mark.parametrize(
    ("url", "password"),
    [
        (
            "postgresql://postgres:postgres@analytics-prod.c7x2kq1mz9ab.eu-central-1.rds.amazonaws.com:5432/w",
            "postgres",
        ),
        ("mongodb://admin:admin@mongo-prod-01.acme.net:27017,mongo-prod-02.acme.net:27017/shop", "admin"),
        ("amqp://guest:guest@10.20.3.44:5672/", "guest"),
    ],
)
def test_default_login_in_a_url_to_a_remote_host_is_the_live_credential(url: str, password: str) -> None:
    found = _findings(f"the ETL connects with {url} and fails")
    assert found == [("url_default_credentials", password)]


def test_a_changed_password_in_a_url_is_still_url_credentials() -> None:
    found = _findings("postgres://postgres:gtUAXSm3F2CepjSw@localhost:5432/app")
    assert found == [("url_credentials", "gtUAXSm3F2CepjSw")]


# ------------------------------------------------------------------ Twilio API key secrets
def test_twilio_api_key_secret_next_to_its_sid() -> None:
    sid = "SKbac6b1e538231c4f404077470ae79d94"
    secret = "Vq3pXnR8sYcT0wLmZ2aKjB7dHfG5eU1i"
    dump = f"INSERT INTO `provider_credentials` VALUES (2,'twilio','{sid}','{secret}','2025-03-11 10:03:10');"
    assert ("twilio_auth_token", secret) in _findings(dump)
    code = f'from twilio.rest import Client\nclient = Client("{sid}", "{secret}", account_sid)'
    assert ("twilio_auth_token", secret) in _findings(code)
    assert ("twilio_auth_token", secret) not in _findings(f"{sid}, {secret}")  # no "twilio" anywhere: no keyword


# ------------------------------------------------------------------ Kubernetes env pairs
@pytest.mark.parametrize(
    "value_line",
    ["value: Kq7v#Rm2Lpx9T", 'value: "Kq7v#Rm2Lpx9T"', 'value: "Kq7v#Rm2Lpx9T"  # rotated in May'],
)
def test_a_hash_sign_inside_an_env_value_is_part_of_the_password(value_line: str) -> None:
    # YAML starts a comment at " #" only; the value used to be cut at its "#".
    text = f"        env:\n          - name: DB_PASSWORD\n            {value_line}\n"
    assert _findings(text) == [("env_pair_password", "Kq7v#Rm2Lpx9T")]


def test_a_comment_after_an_env_value_is_not_part_of_it() -> None:
    text = "          - name: DB_PASSWORD\n            value: Kq7vRm2Lpx9T # prod\n"
    assert _findings(text) == [("env_pair_password", "Kq7vRm2Lpx9T")]
    assert _findings('          - name: DB_PASSWORD\n            value: "${DB_PASSWORD}"  # from vault\n') == []
