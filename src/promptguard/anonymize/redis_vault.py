"""A Redis pseudonym vault: several workers or replicas share sessions.

Layout: one Redis hash per session, ``<prefix><session id>``, with fields

* ``f:<hmac(entity, value)>`` -> placeholder (the forward map holds no value, only a keyed digest),
* ``r:<placeholder>``          -> AES-GCM ciphertext of the value (nonce || ciphertext),
* ``c:<entity>``               -> counter of that entity's placeholders; ``n`` counts all entries,
* ``rn``                        -> how many placeholders are reserved (``r:`` holds the placeholder itself:
  a text held it literally, so numbering skips it; see :meth:`Vault.reserve`).

A Lua script makes "look up or number a new placeholder" atomic, so two workers that see
the same value at the same moment agree on ``<EMAIL_ADDRESS_1>``. The ciphertext's
associated data binds it to its session, so a value copied into another session's hash
(another tenant's, say) does not decrypt there. Every write and read slides the session's TTL.

If Redis cannot be reached every call raises :class:`~promptguard.errors.VaultUnavailableError`:
pseudonymize and restore fail closed, nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from promptguard.anonymize.vault import Vault
from promptguard.errors import ConfigError, MissingDependencyError, VaultError, VaultUnavailableError

__all__ = ["RedisVault"]

# KEYS[1] = session hash; ARGV = ttl_ms, max_entries, then triples (forward field, entity, ciphertext).
# Returns one placeholder per triple, or an error reply when the session is full.
_PSEUDONYM_LUA = """
local out = {}
local ttl = tonumber(ARGV[1])
local max_entries = tonumber(ARGV[2])
for i = 3, #ARGV, 3 do
  local ffield = ARGV[i]
  local entity = ARGV[i + 1]
  local placeholder = redis.call('HGET', KEYS[1], ffield)
  if not placeholder then
    if tonumber(redis.call('HGET', KEYS[1], 'n') or '0') >= max_entries then
      return redis.error_reply('PGFULL')
    end
    redis.call('HINCRBY', KEYS[1], 'n', 1)
    local n = redis.call('HINCRBY', KEYS[1], 'c:' .. entity, 1)
    placeholder = '<' .. entity .. '_' .. n .. '>'
    -- A reserved placeholder (the text holds it literally) is skipped.
    while redis.call('HEXISTS', KEYS[1], 'r:' .. placeholder) == 1 do
      n = redis.call('HINCRBY', KEYS[1], 'c:' .. entity, 1)
      placeholder = '<' .. entity .. '_' .. n .. '>'
    end
    redis.call('HSET', KEYS[1], ffield, placeholder, 'r:' .. placeholder, ARGV[i + 2])
  end
  out[#out + 1] = placeholder
end
redis.call('PEXPIRE', KEYS[1], ttl)
return out
"""

# KEYS[1] = session hash; ARGV = ttl_ms, max_entries, then pairs (placeholder, sealed placeholder).
# A reserved placeholder restores to itself. Reservations have their own bound (``rn``), like the
# in-memory vault's: past it, numbering is as before, and they never fill the pseudonyms' room.
_RESERVE_LUA = """
local ttl = tonumber(ARGV[1])
local max_entries = tonumber(ARGV[2])
for i = 3, #ARGV, 2 do
  if tonumber(redis.call('HGET', KEYS[1], 'rn') or '0') >= max_entries then
    break
  end
  if redis.call('HSETNX', KEYS[1], 'r:' .. ARGV[i], ARGV[i + 1]) == 1 then
    redis.call('HINCRBY', KEYS[1], 'rn', 1)
  end
end
redis.call('PEXPIRE', KEYS[1], ttl)
return 0
"""


class RedisVault(Vault):
    """Vault backed by Redis, values encrypted at rest with AES-GCM.

    >>> vault = RedisVault("redis://127.0.0.1:6379/0", key=os.urandom(32))  # doctest: +SKIP
    >>> guard = Guard.from_config("default", vault=vault)  # doctest: +SKIP
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        key: bytes,
        ttl_seconds: float = 3600.0,
        max_entries_per_session: int = 10_000,
        prefix: str = "promptguard:vault:",
        timeout_s: float = 2.0,
        client: Any = None,
    ) -> None:
        if len(key) not in (16, 24, 32):
            raise ConfigError("the vault key must be 16, 24 or 32 bytes (AES-128/192/256)")
        try:
            import redis
        except ImportError:
            raise MissingDependencyError("the Redis vault", "pip install 'promptguard[redis]'") from None
        self._redis_errors: tuple[type[BaseException], ...] = (
            redis.exceptions.ConnectionError,
            redis.exceptions.TimeoutError,
        )
        self._response_error = redis.exceptions.ResponseError
        self.client = client or redis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, health_check_interval=30
        )
        self._aead = AESGCM(key)
        # Separate sub-keys for the forward digest and encryption: one leaking does not help with the other.
        self._digest_key = hmac.new(key, b"promptguard vault forward v1", hashlib.sha256).digest()
        self.ttl_ms = max(1, int(ttl_seconds * 1000))
        self.max_entries = max_entries_per_session
        self.prefix = prefix
        self._script = self.client.register_script(_PSEUDONYM_LUA)
        self._reserve_script = self.client.register_script(_RESERVE_LUA)

    def __repr__(self) -> str:
        return f"RedisVault(prefix={self.prefix!r})"

    # ------------------------------------------------------------------ helpers
    def _key(self, session_id: str) -> str:
        return self.prefix + session_id

    def _forward(self, entity: str, value: str) -> str:
        msg = entity.encode() + b"\x00" + value.encode("utf-8", "surrogatepass")
        return "f:" + hmac.new(self._digest_key, msg, hashlib.sha256).hexdigest()

    def _seal(self, session_id: str, value: str) -> bytes:
        nonce = os.urandom(12)
        aad = b"promptguard-vault:" + session_id.encode("utf-8", "surrogatepass")
        return nonce + self._aead.encrypt(nonce, value.encode("utf-8", "surrogatepass"), aad)

    def _open(self, session_id: str, blob: bytes) -> str | None:
        aad = b"promptguard-vault:" + session_id.encode("utf-8", "surrogatepass")
        try:
            return self._aead.decrypt(blob[:12], blob[12:], aad).decode("utf-8", "surrogatepass")
        except (InvalidTag, ValueError):
            # Wrong key (rotated without migration) or a tampered entry: unknown, not an error page.
            return None

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except self._redis_errors as exc:
            raise VaultUnavailableError(f"the Redis vault cannot be reached ({type(exc).__name__})") from None
        except self._response_error as exc:
            if "PGFULL" in str(exc):
                raise VaultError(
                    f"session holds {self.max_entries} pseudonyms already; start a new session"
                ) from None
            raise VaultUnavailableError(f"the Redis vault refused the call ({type(exc).__name__})") from None

    # ------------------------------------------------------------------ Vault API
    def pseudonym(self, session_id: str, entity: str, value: str) -> str:
        return self.pseudonyms(session_id, [(entity, value)])[0]

    def pseudonyms(self, session_id: str, items: Iterable[tuple[str, str]]) -> list[str]:
        pairs = list(items)
        if not pairs:
            return []
        argv: list[Any] = [self.ttl_ms, self.max_entries]
        for entity, value in pairs:
            # Sealed before the placeholder is known; the script keeps it only for new entries.
            argv += [self._forward(entity, value), entity, self._seal(session_id, value)]
        reply = self._call(self._script, keys=[self._key(session_id)], args=argv)
        return [p.decode() if isinstance(p, bytes) else str(p) for p in reply]

    def reserve(self, session_id: str, placeholders: Iterable[str]) -> None:
        argv: list[Any] = [self.ttl_ms, self.max_entries]
        for placeholder in dict.fromkeys(placeholders):
            argv += [placeholder, self._seal(session_id, placeholder)]
        if len(argv) > 2:
            self._call(self._reserve_script, keys=[self._key(session_id)], args=argv)

    def resolve(self, session_id: str, placeholders: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(placeholders))
        if not wanted:
            return {}
        key = self._key(session_id)
        pipe = self.client.pipeline(transaction=False)
        pipe.hmget(key, ["r:" + p for p in wanted])
        pipe.pexpire(key, self.ttl_ms)
        blobs, _ = self._call(pipe.execute)
        out: dict[str, str] = {}
        for placeholder, blob in zip(wanted, blobs, strict=True):
            if blob:
                value = self._open(session_id, blob)
                if value is not None:
                    out[placeholder] = value
        return out

    def drop(self, session_id: str) -> None:
        self._call(self.client.delete, self._key(session_id))

    def ping(self) -> bool:
        """True when Redis answers (used by readiness checks)."""
        try:
            return bool(self.client.ping())
        except self._redis_errors:
            return False
