"""The built-in gates that start at a word start (issue 4 cost): each rides in the secrets pack's RE2
set, and an unanchored one kept a match going inside every word of a prompt. A gate must still open
wherever its recognizer can report: after an underscore, a slash, a quote, a cell border or a
delimiter; and no longer inside a word, where its recognizer finds nothing anyway."""

from __future__ import annotations

import pytest
import re2

from promptguard.recognizers.builtin import credential_file, jwk_private, seed_phrase, table_password


def opens(gate: str, text: str) -> bool:
    return re2.search(gate, text) is not None


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        (seed_phrase._GATE, "MY_SEED_PHRASE=..."),
        (seed_phrase._GATE, "ethers.Wallet.fromPhrase(words)"),
        (seed_phrase._GATE, "my recovery phrase is"),
        (seed_phrase._GATE, "--seed-phrase"),
        (jwk_private._GATE, '{"kty": "EC"}'),
        (jwk_private._GATE, "{kty: 'OKP'}"),
        (jwk_private._GATE, '{\\"kty\\": \\"RSA\\"}'),
        (table_password._GATE, "| host | DB_PASSWORD |"),
        (table_password._GATE, "| user | **Passwort** |"),
        (table_password._GATE, "user,pw,host"),
        (table_password._SECRET_GATE, "name,X-API-Key\n"),
        (table_password._SECRET_GATE, "service;client_secret\n"),
        (credential_file._GATE, "$ cat /etc/rsyncd.secrets"),
        (credential_file._GATE, "--auth-user-pass creds.txt"),
        (credential_file._GATE, "C:\\Program Files\\OpenVPN\\config\\login.conf"),
        (credential_file._GATE, "pgb_userlist.txt"),
    ],
)
def test_gate_opens_where_its_recognizer_reads(gate: str, text: str) -> None:
    assert opens(gate, text)


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        (seed_phrase._GATE, "the proceeds of a linseed harvest"),
        (seed_phrase._GATE, "an unrecovery paraphrase"),
        (jwk_private._GATE, "Turkty and Pkty"),
        (table_password._GATE, "| bypass |"),
        (table_password._SECRET_GATE, "name,nontoken\n"),
        (credential_file._GATE, "xuserlist.txt and myopenvpn"),
    ],
)
def test_gate_stays_shut_inside_a_word(gate: str, text: str) -> None:
    assert not opens(gate, text)


def test_credential_file_names_and_gate_agree() -> None:
    # The recognizer reads a file only where its gate opens: same word-start rule on both.
    for text in (
        "cat /etc/rsyncd.secrets",
        "xrsyncd.secrets",
        "_userlist.txt",
        "/etc/openvpn/auth.txt",
        "2userlist.txt",
    ):
        assert (credential_file._NAME_RE.search(text) is not None) == opens(credential_file._GATE, text), text
