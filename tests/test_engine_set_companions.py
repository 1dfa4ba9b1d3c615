"""A big pack's in-word companions (``pattern_set._companions``: a case-sensitive camelCase / ALL CAPS
name that ends an entry's leading group), the rest's case-sensitive entries that start with a
literal (``pattern_set._literal_led``: ``NTLM\\s+``, ``_authToken``, ``PRIVATE KEY``) and its
token-shaped entries (``pattern_set._run_led``: ``[0-9a-f]{8}-[0-9a-f]{8}-``) ride in the
provider-token set, not in the set of the rest: the same patterns flag, the findings and their
order are the same as with every entry whole in its own set. Compared on every example of every
pack and on generated texts of names written every way."""

from __future__ import annotations

import random
from unittest import mock

import pytest

from engine_set_helpers import PII, POLICY, assert_same_on_examples, rebuilt, scan_key
from promptguard import Guard
from promptguard.recognizers import pattern_set as pattern_set_module
from promptguard.recognizers.pattern_set import _companions, _literal_led, _run_led


def _whole(guard: Guard) -> Guard:
    """``guard`` with every entry left whole in the set of the rest."""
    with (
        mock.patch.object(pattern_set_module, "_literal_led", lambda entries: (entries, [])),
        mock.patch.object(pattern_set_module, "_run_led", lambda entries: (entries, [])),
    ):
        return rebuilt(guard, "_companions", lambda entries: (entries, []))


@pytest.fixture(scope="module")
def guards() -> tuple[Guard, Guard]:
    cut = Guard({"name": "cut", "packs": [*PII, "secrets"], **POLICY})
    whole = _whole(Guard({"name": "whole", "packs": [*PII, "secrets"], **POLICY}))
    assert cut.engine._patterns._twice and not whole.engine._patterns._twice
    assert len(cut.engine._patterns.sets[-2][1]) > len(whole.engine._patterns.sets[-2][1])
    return cut, whole


def test_case_sensitive_entries_that_start_with_two_literals_move_whole() -> None:
    moved = [r"NTLM\s+(TlRM[A-Za-z0-9+/]{4,})", "PRIVATE KEY", r"\$2[abxy]?\$\d{2}\$", r"パスワード[ \t]*(\S+)"]
    stay = [
        r"(?i)_authtoken=(\w+)",  # case-insensitive
        r"Q[~-]\w+",  # one literal, then a class
        r"\bNTLM\s+(\S+)",  # a word start
        r"(?:NTLM|Negotiate)\s+(\S+)",  # a group leads
        r"[A-Z]{2}KEY",  # a class leads
    ]
    entries = [(src, k) for k, src in enumerate(stay + moved)]
    assert _literal_led(entries) == (entries[: len(stay)], entries[len(stay) :])


def test_token_shaped_entries_move_whole_with_their_counts() -> None:
    # Mailgun's and Discord's declared set entries: in the rest's set they would be relaxed to
    # [0-9a-f]{4,}-..., which every UUID matches; in the token set they keep their counts.
    moved = [r"[0-9a-f]{8}-[0-9a-f]{8}-", r"[A-Za-z0-9_\-]{8}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{8}"]
    stay = [
        r"[0-9a-f]{4}-[0-9a-f]{8}-",  # a short run
        r"[0-9a-f]{8,}-",  # an open count
        r"[0-9a-f]{8}[0-9a-f]-",  # no literal right after the run
        r"\b[0-9a-f]{8}-",  # an assertion leads
        r"(?i)[0-9a-f]{8}-",  # flags lead
        r"[0-9a-f]{8}",  # the run alone
    ]
    entries = [(src, k) for k, src in enumerate(stay + moved)]
    assert _run_led(entries) == (entries[: len(stay)], entries[len(stay) :])
    ps = Guard({"name": "cut", "packs": [*PII, "secrets"], **POLICY}).engine._patterns
    token_set = ps.sets[-2][0]
    sources = token_set._set._patterns if hasattr(token_set, "_fan") else token_set._patterns
    assert all(src in sources for src in moved)


def test_the_last_branch_of_the_leading_group_is_cut_out() -> None:
    kept, out = _companions(
        [
            (r"(?i)(?:(?:\b|_|-D)twilio|(?-i:Twilio|TWILIO))[A-Za-z_\-]{0,20}=(\w+)", 1),
            (r"(?i)(?:(?:\b|_)bot\W|\btgram://|(?-i:[A-Za-z0-9](?:Telegram|TELEGRAM))\W)(\d+)", 2),
        ]
    )
    assert kept == [
        (r"(?i)(?:(?:\b|_|-D)twilio)[A-Za-z_\-]{0,20}=(\w+)", 1),
        (r"(?i)(?:(?:\b|_)bot\W|\btgram://)(\d+)", 2),
    ]
    assert out == [("(?-i:Twilio|TWILIO)", 1), ("(?-i:[A-Za-z0-9](?:Telegram|TELEGRAM))", 2)]


def test_a_companion_takes_the_leading_items_after_its_group_up_to_a_run() -> None:
    # What follows the group follows the companion: its items up to the first run of a class other
    # than whitespace ride along, so "Authorization: Bearer" no longer flags the Token rule.
    pattern = r"(?i)(?:(?:\b|_)authorization|(?-i:Authorization|AUTHORIZATION))[\"']?\s*:\s*token\s+([A-Za-z0-9]{16,})"
    assert _companions([(pattern, 1)])[1] == [(r"(?i)(?-i:Authorization|AUTHORIZATION)[\"']?\s*:\s*token\s+", 1)]
    for bare in [
        r"(?i)(?:a|(?-i:Dd))?token",  # a quantified group: a match may skip it
        r"(?i)(?:a|(?-i:Dd))+token",  # or repeat it, the other branch last
        r"(?i)(?:a|(?-i:Dd))[\w.]{0,20}token",  # a run first
        r"(?i)(?:a|(?-i:Dd))(?i)token",  # flags first
    ]:
        assert _companions([(bare, 1)])[1] == [("(?-i:Dd)", 1)], bare


def test_authorization_with_another_scheme_does_not_flag_the_token_header_rule() -> None:
    ps = Guard({"name": "cut", "packs": [*PII, "secrets"], **POLICY}).engine._patterns

    def flagged(text: bytes) -> set[str]:
        return {slots[i][0].id for rset, slots in ps.sets if rset is not None for i in rset.Match(text) or ()}

    bearer = b'curl -H "Authorization: Bearer kJIYi6x-pc8vddKTzh5q4YnZf_AY8BLlVb3YkUMv" https://api.acme.io'
    assert "http_bearer_token" in flagged(bearer) and "http_token_header" not in flagged(bearer)
    assert "http_token_header" in flagged(bearer.replace(b"Bearer", b"Token"))


@pytest.mark.parametrize(
    "entry",
    [
        r"(?i)(?:a|b(?:c|(?-i:D)))x",  # nested inside the last branch: not the group's own branch
        r"(?i)(?:a|(?-i:D)|b)x",  # not the last branch
        r"(?i)(?-i:Twilio)x",  # no leading group
        r"(?i)(?:a|(?-i:\w+))x",  # not a group of names
        r"x(?:a|(?-i:Dd))",  # the group does not lead
    ],
)
def test_other_shapes_stay_whole(entry: str) -> None:
    assert _companions([(entry, 1)]) == ([(entry, 1)], [])


def test_every_slot_is_listed_once() -> None:
    ps = Guard({"name": "cut", "packs": [*PII, "secrets"], **POLICY}).engine._patterns
    names = [(rec.id, i) for rec, i in ps.slots]
    assert len(names) == len(set(names))
    whole = _whole(Guard({"name": "whole", "packs": [*PII, "secrets"], **POLICY})).engine._patterns
    assert names == [(rec.id, i) for rec, i in whole.slots]


def test_every_pack_example_gives_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    assert_same_on_examples(*guards)


def test_names_written_every_way_give_the_same_findings(guards: tuple[Guard, Guard]) -> None:
    cut, whole = guards
    rng = random.Random(5)
    names = [
        "twilio_auth_token",
        "myTwilioAuthToken",
        "MYTWILIOAUTHTOKEN",
        "ciApiToken",
        "CIAPITOKEN",
        "dbPassword",
        "DBPASSWORD",
        "deployerPrivateKey",
        "AWSSessionToken",
        "sessionCookie",
        "awsSecret",
        "myVaultToken",
        "grafanaKey",
        "erlangCookie",
        "getEnv(",
        "xyztoken",
        "laws",
        "Key",
        "KEY",
        "//registry.npmjs.org/:_authToken",
        "config._session",
        "Authorization: NTLM ",
        "WWW-Authenticate: Negotiate ",
        "xNTLM",
        "<DbPassword><Value>",
        "-----BEGIN RSA PRIVATE KEY-----\n",
        "resource random_password",
        "client_secret Q~",
        "パスワード",
        "Authorization: Token ",
        "AUTHORIZATION: Bearer ",
        "'Authorization' => 'Token ' . ",
        "process.getEnv('DB_PASSWORD') || ",
        "AWSSessionToken = ",
        "MAILGUN_API_KEY=",
        "DISCORD_BOT_TOKEN=",
    ]
    values = [
        '"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"',
        "s.IaAsX4R7PPNJzbu9pE4ntxJf",
        "0123456789abcdef0123456789abcdef",
        '{"sensitive": true, "value": "hV7qK2mZ9xR4tP8wL3nB6yC1dF5gJ0sA2eU7iO9k"}',
        "7I6BspURTxkCL3iTuvwjMT3oAll/h2dliYVLISRT",
        "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==",
        "YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3",
        "abc8Q~Zx9yV2mK7pQ4rT1wE6uI3oP5aS8dF0gH2j</Value>",
        "70e558b5598e680cf79e9d54fd4b938b-4dded1df-db53bd68",
        "MzkxMzc2MDgyMzUwOTUzMjc3.PzEyoL.8EsaJd-wyXxQPplH8ACyjkz4jmBQlm7knI4pSh",
        "65f8f1d5-1f09-fa4c-d82f-149ba9264a24",
    ]
    for _ in range(200):
        parts = []
        for _ in range(rng.randint(1, 4)):
            name = rng.choice(names)
            sep = rng.choice(["=", ": ", '": ', " = ", '"DB_PASSWORD", '])
            parts.append(f"{name}{sep}{rng.choice(values)}")
        text = rng.choice([" ", "\n", "; "]).join(parts)
        assert scan_key(cut, text) == scan_key(whole, text), text
