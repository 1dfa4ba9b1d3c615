"""Leftovers of the held-out sets blind46s (session 42, scored once before any change: 61/65 positives,
93/97 values, 2/35 negatives flagged) and blind47s (61/64, 65/68, 0/30): a Postmark server token handed to
its client, a Jenkins session cookie, keys shared in Korean, Dutch and Spanish chat, and a Cohere key in a
notebook's JSON. Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import found as _found

TOKEN = "5f1c9a2e-3b7d-4e8a-9c6f-0d2b4a8e7f13"


@pytest.mark.parametrize(
    "text",
    [
        f'import {{ ServerClient }} from "postmark";\nconst client = new ServerClient("{TOKEN}");',
        f"curl https://api.postmarkapp.com/email -H 'X-Postmark-Server-Token: {TOKEN}'",
        f'client = PostmarkClient(server_token="{TOKEN}")',
        f"POSTMARK_API_TOKEN={TOKEN}",
    ],
)
def test_a_postmark_token_where_postmark_takes_it(text: str) -> None:
    assert ("POSTMARK_TOKEN", TOKEN) in _found(text)


def test_a_uuid_near_postmark_that_is_no_token_is_left() -> None:
    for text in (
        f"postmark message id {TOKEN} delivered to ops@acme.example",
        "const client = new ServerClient(process.env.POSTMARK_SERVER_TOKEN);",
    ):
        assert not [e for e, _ in _found(text) if e == "POSTMARK_TOKEN"], text


def test_a_jenkins_session_cookie_named_per_instance() -> None:
    value = "node01mx8kq2vhw7r5t1jzc4b0s6ypn3.node0"
    text = f'{{"name": "Cookie", "value": "JSESSIONID.5d1e9c3a={value}; screenResolution=1920x1080"}}'
    assert ("SESSION_COOKIE", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "운영 키 Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm 를 넣었는데 403이 나와요.",
        "Ik heb deze key van mijn manager gekregen: Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm. Waarom krijg ik 401?",
    ],
)
def test_a_key_shared_in_korean_or_dutch_chat(text: str) -> None:
    assert ("GENERIC_SECRET", "Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm") in _found(text)


def test_the_same_words_without_a_key_value_are_left() -> None:
    for text in (
        "Deze key is verlopen, vraag een nieuwe aan via het portaal.",
        "운영 키 값은 환경 변수 PROD_API_KEY 에서 읽어요.",
    ):
        assert not _found(text), text


def test_a_cohere_key_in_a_notebook_cell_with_escaped_quotes() -> None:
    key = "Qx7Lm2Vb9Nc4Yh8Sd1Fg5Jw0Ze3Tk6Rp2Aq9Wm4B"
    cell = '{"cell_type": "code", "source": ["import cohere\\n", "co = cohere.ClientV2(\\"' + key + '\\")\\n"]}'
    assert ("COHERE_API_KEY", key) in _found(cell)


def test_a_key_told_in_a_spanish_relative_clause() -> None:
    text = "La clave que generé en el panel es Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm y me da 401."
    assert ("GENERIC_SECRET", "Lq4Vx8Nc2Yh6Sd1Fg5Jw9Ze3Tq7Xk0Rm") in _found(text)
    assert not _found("La clave que usamos es la del wifi de la oficina.")
