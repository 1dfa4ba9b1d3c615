"""Secrets round 21 (session 24, issue 4): what the second realistic-prompt set
(benchmarks/secrets_prompts_more.py, dev templates) found: passwords under glued "pw" names,
shell expansions' error messages read as passwords, Basic credentials whose password starts
with "%", word-prefixed session tokens judged on their random body. Values are made up."""

from __future__ import annotations

import base64

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard

PW = "Tigger_5038"


@pytest.mark.parametrize(
    "text",
    [
        f"rootpw={PW}",
        f"ROOTPW: {PW}",
        f'adminpwd = "{PW}"',
        f"  dbpw: '{PW}'",
        f'$mysqlPwd = "{PW}";',
    ],
)
def test_glued_pw_names(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == [PW]


@pytest.mark.parametrize(
    "text",
    [
        # Kickstart's rootpw with a crypt hash, and "pw" inside other words.
        "rootpw --iscrypted $6$rounds=4096$abc",
        f"stopwatch = {PW}",
    ],
)
def test_glued_pw_lookalikes(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "db.password=${DB_PASSWORD:?missing}",
        'password: "${DB_PASSWORD:?DB_PASSWORD is required}"',
        "  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set it in .env}",
        "API_TOKEN=${API_TOKEN:+configured}",
    ],
)
def test_shell_expansion_messages_are_not_values(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_shell_expansion_default_is_still_a_value(guard: Guard) -> None:
    assert any("Kq7vRm2Lpx9z" in s for s in _spans(guard, "DB_PASSWORD=${DB_PASSWORD:-Kq7vRm2Lpx9z}"))


def _basic(userpass: str) -> str:
    return "Authorization: Basic " + base64.b64encode(userpass.encode()).decode()


@pytest.mark.parametrize("userpass", ["admin:%5eT6iKboQ6H1e^m", "u:$3cr3t!x9Qz"])
def test_basic_credentials_whose_password_starts_with_a_sigil(guard: Guard, userpass: str) -> None:
    text = _basic(userpass)
    assert _spans(guard, text) == [text.split()[-1]]


@pytest.mark.parametrize("userpass", ["ci:%DB_PASS%", "ci:$CI_TOKEN", "ci:${TOKEN}", "ci:$(cat /run/secrets/t)"])
def test_basic_credentials_with_a_variable_stay_clean(guard: Guard, userpass: str) -> None:
    assert _spans(guard, _basic(userpass)) == []


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "X-Auth-Token: sess-LycIyhff6AxJTNfPR6G1sxD25fRys4pcLlvzJ62s",
            "sess-LycIyhff6AxJTNfPR6G1sxD25fRys4pcLlvzJ62s",
        ),
        (
            'session_key = "sess_x20X3KtDBva2TwGobgqZRnmK49a4CXSrk8FgtQ0M"',
            "sess_x20X3KtDBva2TwGobgqZRnmK49a4CXSrk8FgtQ0M",
        ),
    ],
)
def test_word_prefixed_tokens_judged_on_their_body(guard: Guard, text: str, value: str) -> None:
    assert _spans(guard, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        'cache_key = "build-Kx8vQ2mL9pRtZab3Lm4TzW7pNc9Y"',  # a build label
        'token = "user_profile_settings_panel_view_widget"',  # words
        'secret_name = "sess_00000000000000000000000000000000"',
    ],
)
def test_word_prefixed_lookalikes(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_token_padding_before_a_space_is_no_assignment(guard: Guard) -> None:
    # A base64 token's "=" then a space ("docker run -e K=<token>= image"): the image is no value.
    text = "docker run --rm -e STYTCH_SECRET=secret-test-TYuvLsK8P7B3bJpkbO5o7XZI_aKD0YNkUh8Q= acme/cli:2.3 sync"
    assert _spans(guard, text) == ["secret-test-TYuvLsK8P7B3bJpkbO5o7XZI_aKD0YNkUh8Q="]
    assert _spans(guard, "SECRET= Kq7vRm2Lpx9zQ4") == ["Kq7vRm2Lpx9zQ4"]


@pytest.mark.parametrize(
    "text",
    [
        # Keys printed with their middle cut out (dashboards, docs, a user redacting a paste).
        "my key is sk-proj-...a1B2, is that the right format?",
        "my key is sk-proj-\u2026a1B2, is that the right format?",
        "OPENAI_API_KEY=sk-proj-...a1B2",
        'api_key: "sk-proj-ab12\u2026Zx9Q"',
        # A provider prefix then a mask: the prefix alone is no token.
        "my api key is sk-ant-api03-****************Q3xZ",
    ],
)
def test_elided_and_masked_keys_stay_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_a_password_with_dots_is_still_a_password(guard: Guard) -> None:
    assert _spans(guard, 'password: "abc...Xy7!"') == ["abc...Xy7!"]


@pytest.mark.parametrize(
    "text",
    [
        # An empty value after a command's environment flag: the next argument is no value.
        "$ docker run --rm -e PASSWORD= acme/cli:2.3 sync",
        "docker build --build-arg NPM_TOKEN= -t acme/web .",
        # A name that ends its line ("...SECRET_KEY"), the next line's assignment is no token of it.
        "SECRET_KEY=process.env.SECRET_KEY\nKEY_ID=kid-et0vw60j",
        "API_SECRET=${API_SECRET}\nmapbox_token=pk.eyJ1IjoiYWNtZSJ9.WLG-LE01EdNjnWgU7g3pBC",
    ],
)
def test_empty_values_and_next_line_assignments_stay_clean(guard: Guard, text: str) -> None:
    assert _spans(guard, text) == []


def test_flag_values_and_prose_tokens_are_still_found(guard: Guard) -> None:
    assert _spans(guard, "docker run -e PASSWORD=Kq7vRm2Lpx9 acme/cli") == ["Kq7vRm2Lpx9"]
    assert _spans(guard, "the token is Kx8vQ2mL9pRt=Zab3Lm4") == ["Kx8vQ2mL9pRt=Zab3Lm4"]
