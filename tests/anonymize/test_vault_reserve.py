"""Placeholders a text already holds literally are never given to a value (both vaults)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from promptguard.anonymize.vault import InMemoryVault, Vault
from promptguard.guard import Guard

TEMPLATE = "Template: <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_3>. Real: jane@acme.io and bob@acme.io"


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def vault(request: pytest.FixtureRequest) -> Iterator[Vault]:
    if request.param == "memory":
        v: Vault = InMemoryVault(max_entries_per_session=4)
    else:
        from promptguard.anonymize.redis_vault import RedisVault

        url = request.getfixturevalue("redis_url")
        v = RedisVault(url, key=secrets.token_bytes(32), prefix=f"pgtest:{secrets.token_hex(4)}:", ttl_seconds=60,
                       max_entries_per_session=4)
    yield v
    client = getattr(v, "client", None)
    if client is not None:
        for key in client.scan_iter(match=v.prefix + "*"):  # type: ignore[attr-defined]
            client.delete(key)


def test_reserved_placeholders_are_skipped_and_restore_to_themselves(vault: Vault) -> None:
    vault.reserve("s", ["<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_3>", "<EMAIL_ADDRESS_1>"])
    assert vault.pseudonyms("s", [("EMAIL_ADDRESS", "a@x.io"), ("EMAIL_ADDRESS", "b@x.io")]) == [
        "<EMAIL_ADDRESS_2>",
        "<EMAIL_ADDRESS_4>",
    ]
    assert vault.pseudonym("s", "PERSON", "Ann") == "<PERSON_1>"  # other entities number as before
    assert vault.resolve("s", ["<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>"]) == {
        "<EMAIL_ADDRESS_1>": "<EMAIL_ADDRESS_1>",
        "<EMAIL_ADDRESS_2>": "a@x.io",
    }
    # A placeholder that already stands for a value keeps it; reservations stop at the bound
    # (max 4 here) without failing, and never use up the pseudonyms' room.
    vault.reserve("s", ["<EMAIL_ADDRESS_2>", "<URL_1>", "<URL_2>", "<URL_3>"])
    assert vault.resolve("s", ["<EMAIL_ADDRESS_2>", "<URL_3>"]) == {"<EMAIL_ADDRESS_2>": "a@x.io"}
    assert vault.pseudonym("s", "IP_ADDRESS", "10.0.0.1") == "<IP_ADDRESS_1>"


def test_sanitize_round_trips_text_that_holds_placeholders(vault: Vault) -> None:
    guard = Guard.from_config("default", vault=vault)
    session = guard.new_session()
    first = guard.sanitize_batch(["see <EMAIL_ADDRESS_2> below", TEMPLATE], session=session)
    assert first[1].text == (
        "Template: <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_3>. Real: <EMAIL_ADDRESS_4> and <EMAIL_ADDRESS_5>"
    )
    assert [guard.restore(r.text, session) for r in first] == ["see <EMAIL_ADDRESS_2> below", TEMPLATE]
    # Later turns of the session keep off them too.
    later = guard.sanitize("and carol@acme.io", session=session)
    assert later.text == "and <EMAIL_ADDRESS_6>"
