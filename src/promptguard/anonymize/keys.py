"""Keys for the hash and encrypt operators, read from the environment, never from files."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import logging
import os
import secrets

from promptguard.errors import ConfigError

__all__ = ["Keys", "keyed_hash", "parse_key"]

log = logging.getLogger("promptguard")


def parse_key(raw: str, *, name: str) -> bytes:
    """Accept base64, hex or a passphrase (stretched with SHA-256) for a key."""
    raw = raw.strip()
    def from_b64(s: str) -> bytes:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))

    for decode in (bytes.fromhex, from_b64):
        try:
            key = decode(raw)
        except (ValueError, binascii.Error):
            continue
        if len(key) in (16, 24, 32):
            return key
    if len(raw) < 16:
        raise ConfigError(f"{name} is too short: give 16+ characters, or 16/24/32 bytes as hex or base64")
    return hashlib.sha256(raw.encode()).digest()


class Keys:
    """The hash (HMAC) key and the optional AES-GCM key of a guard."""

    def __init__(self, hash_key: bytes | None = None, encrypt_key: bytes | None = None) -> None:
        if hash_key is None:
            # A random per-process key still hides values; it only stops correlation across restarts.
            hash_key = secrets.token_bytes(32)
            self.ephemeral_hash_key = True
        else:
            self.ephemeral_hash_key = False
        self.hash_key = hash_key
        self.encrypt_key = encrypt_key

    @classmethod
    def from_env(cls, hash_env: str, encrypt_env: str) -> Keys:
        hk = os.environ.get(hash_env)
        ek = os.environ.get(encrypt_env)
        keys = cls(
            parse_key(hk, name=hash_env) if hk else None,
            parse_key(ek, name=encrypt_env) if ek else None,
        )
        if keys.ephemeral_hash_key:
            log.debug("%s is not set: value hashes use a random per-process key", hash_env)
        return keys

    def __repr__(self) -> str:
        return "Keys(<hidden>)"


_IPAD = bytes(b ^ 0x36 for b in range(256))
_OPAD = bytes(b ^ 0x5C for b in range(256))


@functools.lru_cache(maxsize=8)
def _hmac_states(key: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """SHA-256 states after the HMAC inner and outer key blocks (RFC 2104).

    Every finding gets a keyed hash, so a scan computes many HMACs under one key;
    starting from these states skips re-hashing the two key blocks each time (about
    half the cost of ``hmac.digest`` per value) with the same output.
    """
    block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
    return hashlib.sha256(block.translate(_IPAD)), hashlib.sha256(block.translate(_OPAD))


def keyed_hash(key: bytes, value: str, length: int = 16) -> str:
    """HMAC-SHA256 of ``value`` under ``key``, hex, cut to ``length`` characters."""
    inner, outer = _hmac_states(key)
    i = inner.copy()
    i.update(value.encode("utf-8", "surrogatepass"))
    o = outer.copy()
    o.update(i.digest())
    return o.hexdigest()[:length]
