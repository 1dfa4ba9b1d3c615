"""Secrets detection problems a code review of this session's changes found (issue 4), each with
the reviewer's repro shape and a hard negative next to it: per-candidate line scans that made one
long line quadratic, translation files read as passwords, "negotiate" as a Bearer scheme, filters
that dropped real credentials, sentence passwords that were product names, and Dropbox tokens
whose 11th character is "A".

Every credential here is generated at test time or written for this file."""

from __future__ import annotations

import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from promptguard import Guard
from promptguard.recognizers import secret_values
from promptguard.recognizers.secret_validators import dropbox_long_lived, prose_password
from promptguard.recognizers.secret_values import assignment_in_config, assignment_in_table, secret_filter

ALNUM = string.ascii_letters + string.digits
GUARD = Guard({"packs": ["secrets"], "injection": {"enabled": False}, "ner": {"enabled": False}})
SRC = Path(__file__).resolve().parents[2] / "src"


_DRAWS: dict[str, int] = {}


def rnd(n: int, alphabet: str = ALNUM, seed: int | str | None = None) -> str:
    """Random characters, the same on every run: seeded by the test's id and the draw's index.

    (Unseeded draws made CI flaky: about 0.2% of random 24-character tokens are dropped by the
    entropy bar by design, see ``test_random_tokens_under_a_secret_name_are_kept``.)
    """
    if seed is None:
        test = os.environ.get("PYTEST_CURRENT_TEST", "")
        _DRAWS[test] = _DRAWS.get(test, 0) + 1
        seed = f"{test}#{_DRAWS[test]}"
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in GUARD.scan(text).findings]


def entities(text: str) -> list[str]:
    return [e for e, _ in found(text)]


# ----------------------------------------------------------------- 1. bounded per-candidate scans
def _one_line_aligned(n: int) -> str:
    r = random.Random(7)
    return "".join(f"password  {''.join(r.choice(ALNUM) for _ in range(10))}  " for _ in range(n // 22))[:n]


_LINE_AROUND, _BLOCK_AROUND = secret_values._line_around, secret_values._block_around


def _windows(monkeypatch: pytest.MonkeyPatch, text: str) -> list[int]:
    """Characters of ``text`` each call of the line / block helpers looked at, for every
    ``password  <value>`` candidate of ``text`` judged as a table row and as a config line."""
    spans: list[int] = []
    line_around, block_around = _LINE_AROUND, _BLOCK_AROUND

    def line(t: str, a: int, b: int) -> tuple[int, int, bool, bool]:
        out = line_around(t, a, b)
        spans.append(out[1] - out[0])
        return out

    def block(t: str, a: int, b: int, lines: int = 6) -> tuple[int, int]:
        out = block_around(t, a, b, lines)
        spans.append(out[1] - out[0])
        return out

    monkeypatch.setattr(secret_values, "_line_around", line)
    monkeypatch.setattr(secret_values, "_block_around", block)
    pos = text.find("password")
    while pos >= 0:
        name_end = pos + len("password")
        value_start = name_end + 2
        value_end = text.find(" ", value_start)
        if value_end < 0:
            break
        assignment_in_table(text, pos, name_end, value_start, value_end)
        assignment_in_config(text, pos, name_end, value_start, value_end)
        pos = text.find("password", value_end)
    return spans


def test_line_and_block_windows_do_not_grow_with_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # The review's repro: one long line of "password  <10 random>  ". The work per candidate must
    # not depend on the line's length (it copied and searched the whole line each time).
    small = _windows(monkeypatch, _one_line_aligned(4_000))
    large = _windows(monkeypatch, _one_line_aligned(40_000))
    assert small and len(large) >= 9 * len(small)
    bound = 2 * secret_values._BLOCK_REACH + 2 * secret_values._LINE_REACH + 64
    assert max(large) <= bound
    assert sum(large) <= 11 * sum(small)  # linear in the text, not quadratic


def test_long_line_is_not_a_table_row_but_short_rows_still_are() -> None:
    text = _one_line_aligned(4_000)
    pos = text.find("password", 2_000)
    value_start = pos + len("password") + 2
    assert not assignment_in_table(text, pos, pos + 8, value_start, text.find(" ", value_start))
    value = rnd(10) + "7" + rnd(3)  # (a digit: a value of letters only reads as a Go struct's type)
    row = f"DB_USER          app\nDB_PASSWORD      {value}\n"
    start = row.index("DB_PASSWORD")
    assert assignment_in_table(row, start, start + 11, row.index(value), row.index(value) + len(value))
    assert ("PASSWORD", value) in found(row)


def test_one_megabyte_line_scans_in_bounded_time() -> None:
    # Not a timing assertion: a quadratic regression (~100 s for 1 MB) hangs visibly here.
    code = (
        "import random, string, promptguard\n"
        "r = random.Random(7)\n"
        "a = string.ascii_letters + string.digits\n"
        "t = ''.join('password  ' + ''.join(r.choice(a) for _ in range(10)) + '  ' for _ in range(48_000))\n"
        "g = promptguard.Guard({'packs': ['secrets'], 'injection': {'enabled': False}, 'ner': {'enabled': False}})\n"
        "g.scan(t)\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(SRC)}
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


# ----------------------------------------------------------------- 2. translation files
@pytest.mark.parametrize(
    "text",
    [
        '{"password": "Contraseña"}',
        '{"password": "Пароль"}',
        '{"password": "Lösenord"}',
        '{"password": "Введите пароль"}',
        'password: "Κωδικός πρόσβασης"',
        '"password_placeholder": "Ваш пароль"',
        '{"password": "Пароль и логин"}',
    ],
)
def test_translation_strings_are_not_passwords(text: str) -> None:
    assert entities(text) == []


def test_non_ascii_password_with_a_digit_or_symbol_is_kept() -> None:
    pw = "Grüße" + rnd(4, string.digits) + "!" + rnd(3, string.ascii_lowercase)
    assert ("PASSWORD", pw) in found(f'password: "{pw}"')
    pw2 = "пароль_" + rnd(5, string.digits)
    assert secret_filter(pw2, kind="password", quoted=True, literal=True).keep
    assert not secret_filter("Контрольный пароль", kind="password", quoted=True, literal=True).keep


# ----------------------------------------------------------------- 3. Negotiate / NTLM
@pytest.mark.parametrize(
    "text",
    [
        "the client and server negotiate TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 first",
        "Teams must negotiate internationalization requirements early",
        "NTLM authentication_mechanisms_supported_by_the_domain",
        "Authorization: negotiate YIIsomethinglowercaseschemeABCDEFGHIJKLMNOPQRSTUV",
    ],
)
def test_negotiate_and_ntlm_words_are_not_tokens(text: str) -> None:
    assert "BEARER_TOKEN" not in entities(text)


@pytest.mark.parametrize("lead", ["YII", "oX", "oY", "oR"])
def test_negotiate_spnego_header_is_a_token(lead: str) -> None:
    body = lead + rnd(60, ALNUM + "+/") + "="
    for header in ("Authorization", "WWW-Authenticate", "Proxy-Authorization"):
        assert ("BEARER_TOKEN", body) in found(f"{header}: Negotiate {body}")
    assert "BEARER_TOKEN" not in entities(f"Authorization: Negotiate {'Zm9v' + rnd(40)}")  # not SPNEGO


def test_ntlm_header_with_a_base64_ntlm_body_is_still_found() -> None:
    body = "TlRM" + rnd(36, ALNUM + "+/") + "="
    assert entities(f"Authorization: NTLM {body}") != []
    assert entities(f"WWW-Authenticate: NTLM {'QUJD' + rnd(36)}") == []  # not an NTLM message


# ----------------------------------------------------------------- 4. filters that dropped credentials
@pytest.mark.parametrize(
    "text,value",
    [
        ("DB_PASSWORD=P4ssw0rd", "P4ssw0rd"),
        ("password: S3cr3t$", "S3cr3t$"),
        ("DB_PASSWORD=Ch4ng3M3", "Ch4ng3M3"),
        ("mysql_password = d3f4ult", "d3f4ult"),
    ],
)
def test_leetspeak_passwords_people_choose_are_kept(text: str, value: str) -> None:
    assert ("PASSWORD", value) in found(text)


@pytest.mark.parametrize("word", ["s3cret", "passw0rd", "p@ssw0rd", "chang3me"])
def test_documented_leetspeak_spellings_stay_placeholders(word: str) -> None:
    assert entities(f"DB_PASSWORD={word}") == []


@pytest.mark.parametrize(
    "template",
    ["PAYTM_CHECKSUM_KEY={v}", "checksum_secret_key: '{v}'", 'webhook_checksum_token = "{v}"'],
)
def test_checksum_in_the_middle_of_a_name_is_still_a_key(template: str) -> None:
    v = rnd(24)
    assert v in [value for _, value in found(template.format(v=v))]


@pytest.mark.parametrize(("length", "most_missed"), [(16, 18), (24, 9), (40, 9)])
def test_random_tokens_under_a_secret_name_are_kept(length: int, most_missed: int) -> None:
    # The entropy bar drops a random token whose characters happen to repeat, and a 16-letter
    # one with no digit can read as an identifier (measured on these 1,500 tokens: 12 missed at
    # 16 characters, 5 at 24, 4 at 40). A user relies on that miss rate staying small.
    r = random.Random(length)
    tokens = ["".join(r.choice(ALNUM) for _ in range(length)) for _ in range(1500)]
    missed = [v for v in tokens if v not in [value for _, value in found(f'api_token = "{v}"')]]
    assert len(missed) <= most_missed, missed


@pytest.mark.parametrize("template", ["  checksum/secret: {h}", "secret_checksum: {h}", "config-checksum: {h}"])
def test_checksum_as_the_last_part_of_a_name_is_a_hash(template: str) -> None:
    assert found(template.format(h=rnd(64, "0123456789abcdef"))) == []


def test_elided_value_is_cut_not_dropped_unless_a_vendor_prefix() -> None:
    token = rnd(30)
    assert next(v for _, v in found(f"token: {token}-...")).startswith(token)
    assert found("password: Kq7#vRm2Lp-...") != []
    for text in ("key: sk-ant-api03-...", "token: ghp_...", "key: sk-ant-api03-\u2026", "SLACK_TOKEN=xoxb-..."):
        assert found(text) == []


def test_a_sentence_after_a_password_label_is_not_a_policy() -> None:
    assert ("PASSWORD", "Montreal") in found("ssh password: Montreal and the user is root")
    for text in ("Passwort-Richtlinie: mindestens zwölf Zeichen", "Password policy: minimum eight characters"):
        assert found(text) == []


def test_git_label_shape_under_a_password_name_is_a_password() -> None:
    label = "git-" + rnd(12, "0123456789abcdef")
    assert ("PASSWORD", label) in found(f"DB_PASSWORD={label}")
    assert found(f"image: acme/api:{label}") == []


# ----------------------------------------------------------------- 5. passwords in sentences
@pytest.mark.parametrize(
    "text",
    [
        "Введите пароль для входа в систему Windows10Pro",
        "пароль менять в разделе Settings/Security-v2",
        "PW Kxq-2024/Series connectors",
        "output 500 pw Max-Power2X",
        "La password è Obbligatoria-2024",
        "| password | `Optional[str]` |",
        "| api_password | `Dict[str, Any]` | the options |",
    ],
)
def test_product_names_and_types_in_sentences_are_not_passwords(text: str) -> None:
    assert entities(text) == []


def test_sentence_passwords_with_a_copula_or_colon_are_found() -> None:
    pw = "Kx" + rnd(3, string.digits) + "#" + rnd(4, string.ascii_lowercase) + "Q"
    for text in (
        f"пароль: {pw}",
        f"мой пароль от сервера это {pw}",
        f"La password è {pw}",
        f"pw: {pw}",
        f"login admin pw is {pw}",
        f"비밀번호는 {pw} 입니다",
        f"मेरा पासवर्ड {pw} है",
    ):
        assert ("PASSWORD", pw) in found(text), text
    for text in (f"мой пароль от сервера {pw} не подходит", f"login admin, pw {pw} now"):
        assert ("PASSWORD", pw) in found(text), text  # no copula: a symbol other than "-" says password
    # Chinese, Japanese and Korean write none of their words in ASCII: a mixed ASCII token right after
    # the password's word is its value ("비밀번호 <value> 변경", "密码 <value>，主机 ...").
    for text in (f"비밀번호 {pw} 변경", f"用户名 admin，密码 {pw}，主机 10.1.2.3"):
        assert ("PASSWORD", pw) in found(text), text
    dashed = "q" + rnd(2, string.digits) + "Lm-" + rnd(4, string.ascii_lowercase) + "Kv"
    assert ("PASSWORD", dashed) in found(f"пароль: {dashed}")
    for text in (f"мой пароль от сервера {dashed} не подходит", f"login admin, pw {dashed} now", "密码 MD5 加密后存储"):
        assert found(text) == [], text  # no copula or colon, and nothing but "-" to go on


def test_prose_password_validator_rejects_paths_and_product_names() -> None:
    assert prose_password("Settings/Security-v2") is False
    assert prose_password("Windows10Pro") is False
    assert prose_password("Max-Power2X") is False
    assert prose_password("Kq7#vRm2Lp") is not False


def test_random_case_that_only_looks_like_a_product_name_is_a_password() -> None:
    # Capitalised words without a vowel ("Lxw", "Cz") are not words: random case, not a name.
    assert prose_password("GalaxyS24Ultra") is False
    assert prose_password("LxwOoqle3CzW") is not False
    text = "社内Wikiのパスワード LxwOoqle3CzW を新しいメンバーに共有してください"
    assert ("PASSWORD", "LxwOoqle3CzW") in found(text)


# ----------------------------------------------------------------- 6. Dropbox long-lived tokens
def _dropbox(eleventh: str) -> str:
    # The first character is alphanumeric: the rule's token boundary (a word boundary) cannot
    # start a token at "-" after "=", and the tokens seen start with a letter or digit.
    head = rnd(1, ALNUM) + rnd(9, ALNUM + "-_") + eleventh
    tail = rnd(1, ALNUM.replace("A", "")) + rnd(42, ALNUM + "-_")
    return head + "AAAAAAAAAA" + tail


@pytest.mark.parametrize("eleventh", ["A", "q", "-", "_"])
def test_dropbox_long_lived_token_shapes(eleventh: str) -> None:
    token = _dropbox(eleventh)
    assert len(token) == 64
    assert dropbox_long_lived(token) is not False
    assert ("DROPBOX_TOKEN", token) in found(f"DROPBOX_ACCESS_TOKEN={token}")


def test_dropbox_long_lived_rejects_wrong_shapes() -> None:
    token = _dropbox("q")
    assert dropbox_long_lived(token[:-1]) is False
    assert dropbox_long_lived(token[:11] + "AAAAAAAAAB" + token[21:]) is False
    assert "DROPBOX_TOKEN" not in entities("A" * 400)
