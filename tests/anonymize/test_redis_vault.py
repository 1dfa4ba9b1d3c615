"""RedisVault against a real redis-server (PROMPTGUARD_TEST_REDIS_URL)."""

from __future__ import annotations

import secrets
import threading

import pytest

from promptguard.errors import VaultError, VaultUnavailableError
from promptguard.guard import Guard

pytestmark = pytest.mark.redis


@pytest.fixture
def vault(redis_url: str):  # type: ignore[no-untyped-def]
    from promptguard.anonymize.redis_vault import RedisVault

    prefix = f"pgtest:{secrets.token_hex(4)}:"
    v = RedisVault(redis_url, key=secrets.token_bytes(32), prefix=prefix, ttl_seconds=60, max_entries_per_session=5)
    yield v
    for key in v.client.scan_iter(match=prefix + "*"):
        v.client.delete(key)


def test_same_value_same_placeholder_and_restore(vault) -> None:  # type: ignore[no-untyped-def]
    assert vault.pseudonym("s1", "EMAIL_ADDRESS", "a@x.io") == "<EMAIL_ADDRESS_1>"
    assert vault.pseudonym("s1", "EMAIL_ADDRESS", "b@x.io") == "<EMAIL_ADDRESS_2>"
    assert vault.pseudonym("s1", "EMAIL_ADDRESS", "a@x.io") == "<EMAIL_ADDRESS_1>"
    assert vault.pseudonym("s1", "PERSON", "a@x.io") == "<PERSON_1>"
    assert vault.resolve("s1", ["<EMAIL_ADDRESS_2>", "<EMAIL_ADDRESS_9>"]) == {"<EMAIL_ADDRESS_2>": "b@x.io"}
    assert vault.resolve("s2", ["<EMAIL_ADDRESS_1>"]) == {}
    vault.drop("s1")
    assert vault.resolve("s1", ["<EMAIL_ADDRESS_1>"]) == {}


def test_values_encrypted_and_ttl_set(vault) -> None:  # type: ignore[no-untyped-def]
    vault.pseudonym("s1", "EMAIL_ADDRESS", "secret.person@x.io")
    raw = vault.client.hgetall(vault.prefix + "s1")
    assert raw and all(b"secret.person" not in k + v for k, v in raw.items())
    assert 0 < vault.client.pttl(vault.prefix + "s1") <= 60_000


def test_ciphertext_is_bound_to_its_session(vault) -> None:  # type: ignore[no-untyped-def]
    vault.pseudonym("victim", "EMAIL_ADDRESS", "v@x.io")
    blob = vault.client.hget(vault.prefix + "victim", "r:<EMAIL_ADDRESS_1>")
    vault.client.hset(vault.prefix + "attacker", "r:<EMAIL_ADDRESS_1>", blob)
    assert vault.resolve("attacker", ["<EMAIL_ADDRESS_1>"]) == {}


def test_wrong_key_restores_nothing(vault, redis_url: str) -> None:  # type: ignore[no-untyped-def]
    from promptguard.anonymize.redis_vault import RedisVault

    vault.pseudonym("s1", "EMAIL_ADDRESS", "a@x.io")
    other = RedisVault(redis_url, key=secrets.token_bytes(32), prefix=vault.prefix)
    assert other.resolve("s1", ["<EMAIL_ADDRESS_1>"]) == {}


def test_session_size_is_bounded(vault) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        vault.pseudonym("s1", "EMAIL_ADDRESS", f"{i}@x.io")
    with pytest.raises(VaultError, match="5 pseudonyms"):
        vault.pseudonym("s1", "EMAIL_ADDRESS", "new@x.io")
    assert vault.pseudonym("s1", "EMAIL_ADDRESS", "0@x.io") == "<EMAIL_ADDRESS_1>"  # existing ones still work


def test_concurrent_writers_agree(vault) -> None:  # type: ignore[no-untyped-def]
    results: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        out = [vault.pseudonym("race", "EMAIL_ADDRESS", v) for v in ("a@x.io", "b@x.io", "a@x.io")]
        with lock:
            results.extend(out)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == {"<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>"}
    values = vault.resolve("race", ["<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>"])
    assert sorted(values.values()) == ["a@x.io", "b@x.io"]


def test_guard_round_trip_through_redis(vault) -> None:  # type: ignore[no-untyped-def]
    guard = Guard.from_config("default", vault=vault)
    result = guard.sanitize("Write to jane@acme.io", session="g1")
    assert result.text == "Write to <EMAIL_ADDRESS_1>"
    assert guard.restore("Sent to <EMAIL_ADDRESS_1>", "g1") == "Sent to jane@acme.io"


def test_unreachable_redis_raises_vault_unavailable() -> None:
    pytest.importorskip("redis")
    import socket

    from promptguard.anonymize.redis_vault import RedisVault

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    v = RedisVault(f"redis://127.0.0.1:{port}/0", key=secrets.token_bytes(32), timeout_s=0.5)
    with pytest.raises(VaultUnavailableError):
        v.pseudonym("s", "EMAIL_ADDRESS", "a@x.io")
    with pytest.raises(VaultUnavailableError):
        v.resolve("s", ["<EMAIL_ADDRESS_1>"])
    assert v.ping() is False
    guard = Guard.from_config("default", vault=v)
    with pytest.raises(VaultUnavailableError):
        guard.sanitize("to a@x.io", session="s")
