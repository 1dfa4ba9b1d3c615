"""GENERIC_SECRET from the API key, token and secret columns of CSV / TSV exports
(recognizers/builtin/table_password.py, ``type: table_secret``). Values are made up for these tests."""

from __future__ import annotations

import itertools
from functools import cache

import re2

from promptguard import Guard
from promptguard.config.loader import builtin_packs, load_pack
from promptguard.recognizers.builtin.table_password import (
    _CSV_SECRET_HEADER_RE2,
    _SECRET_GATE,
    TableSecretRecognizer,
    _name_lines,
)
from promptguard.recognizers.registry import build_recognizer

SPEC = next(r for r in load_pack(builtin_packs()["secrets"]).recognizers if r.id == "table_secret")
KEY_A = "Rk2vQ8xLm4TzW7pNc9YbH3sJd6FgA1eU"
KEY_B = "Hq7wE3rT9yU1iO5pA2sD8fG4hJ6kL0zX"


def _values(text: str) -> list[str]:
    rec = build_recognizer(SPEC, "secrets")
    assert isinstance(rec, TableSecretRecognizer)
    return [text[f.start : f.end] for f in rec.analyze(text)]


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def test_secret_columns_of_csv_and_tsv_exports() -> None:
    text = f"service,owner,api_key,created\nbilling,jdoe,{KEY_A},2026-10-01\nsearch,asmith,{KEY_B},2026-10-14\n"
    assert _values(text) == [KEY_A, KEY_B]
    tsv = "user\tteam\taccess_token\nci-bot\tplatform\tb8f3e1a94c2d7065f1e3a8b9c4d2e7f6a1b3c5d7\n"
    assert _values(tsv) == ["b8f3e1a94c2d7065f1e3a8b9c4d2e7f6a1b3c5d7"]
    quoted = f'"tenant";"X-API-Key";"Client Secret"\r\n"contoso";"{KEY_A}";"{KEY_B}"\r\n'
    assert _values(quoted) == [KEY_A, KEY_B]


def test_aws_credentials_csv() -> None:
    # The IAM console's download: two-space column names ("Secret access key").
    text = (
        "User name,Password,Access key ID,Secret access key,Console login link\n"
        "deploy-bot,,AKIAZ3M5Q7R9T2V4X6Y8,hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k,https://1234.signin.aws.amazon.com/console\n"
    )
    assert _values(text) == ["hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"]


def test_false_positive_filters_of_the_secret_value_test() -> None:
    sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    cases = [
        f"user,api_key_id,token_hash\njdoe,ak_01HF3Z8Q,{sha}\n",  # names of something else
        "account,token\nacme,3f2b1c9e-4a7d-4e3b-9c1a-5d8e7f6a2b3c\n",  # UUIDs
        "service,user,api_key\nbilling,jdoe,<your-api-key>\nmail,ops,${MAIL_API_KEY}\nx,y,xxxxxxxxxxxxxxxxxxxx\n",
        "account,api_key\nacme,pk_live_51Hq7wE3rT9yU1iO5pA2sD8fG4hJ6kL0zXRk2vQ8xLm4TzW7pN\n",  # publishable
        "service,user,api_key\nbilling,jdoe,sk-****************************3f9a\n",  # masked
        "model,prompt_tokens,completion_tokens,total_tokens\ngpt-4o,1200,340,1540\n",  # counts
        "user,token,status\njdoe,expired,inactive\n",  # words
        "text,token,lemma\nrunning,run,run\n",  # NLP tables
        f"user,public_key,csrf_token,next_page_token\njdoe,{KEY_A},{KEY_B},{KEY_A}\n",  # not credentials
    ]
    for text in cases:
        assert _values(text) == [], text


def test_prose_and_ragged_rows_are_not_tables() -> None:
    text = "The token, which expires after an hour, is refreshed by the client, the server, and the proxy.\n"
    assert _values(text + f"Then user, token, {KEY_A}\n") == []
    # The table ends at the first row with another cell count.
    assert _values(f"user,api_key\njdoe,{KEY_A}\n\nnotes, see {KEY_B}, here\n") == [KEY_A]
    # A Markdown row is not a CSV header.
    assert _values(f"| user | api_key |\n| jdoe | {KEY_A} |\n") == []


def test_gate_opens_wherever_the_header_search_matches() -> None:
    # analyze reads tables from _CSV_SECRET_HEADER_RE2's matches; the engine runs it only where the
    # gate matches: every header cell the search finds must open the gate.
    gate = re2.compile(_SECRET_GATE)
    names = ["api_key", "API Key", "apikey", "x-api-key", "token", "Access_Token", "secret", "Client Secret",
             "Secret access key", "private_key", "signing-key", "authkey"]  # fmt: skip
    leads = ["", "user,", "a;", "x\t"]
    ends = ["", ",b", ";b", "\tb", "\r\n", "\n1,2", '"']
    checked = 0
    for name, lead, end in itertools.product(names, leads, ends):
        text = f"{lead}{name}{end}"
        if _CSV_SECRET_HEADER_RE2.search(text.encode()):
            checked += 1
            assert gate.search(text) is not None, text
    assert checked > 200
    assert gate.search("set the token in the vault and the api key in .env") is None
    assert _name_lines("no table\nuser,token\n", _CSV_SECRET_HEADER_RE2) == [9]


def test_through_the_secrets_profile_with_a_password_column_too() -> None:
    text = f"host,user,password,token\ndb01,app,Quartz19!bn,{KEY_A}\n"
    found = [(f.recognizer, f.entity_type, text[f.start : f.end]) for f in _guard().scan(text).findings]
    assert found == [("table_password", "PASSWORD", "Quartz19!bn"), ("table_secret", "GENERIC_SECRET", KEY_A)]
