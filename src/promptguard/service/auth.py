"""API keys: stored as hashes, compared in constant time, reloaded without a restart."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import logging
import os
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from promptguard.errors import ConfigError
from promptguard.settings import AccessConfig, KeySpec, Settings, load_access_config

__all__ = ["AccessControl", "Principal", "hash_key", "new_api_key"]

log = logging.getLogger("promptguard.service")

ALL_SCOPES: frozenset[str] = frozenset({"scan", "restore", "admin"})


def new_api_key() -> str:
    """A fresh API key (256 random bits, URL-safe)."""
    return "pg_" + secrets.token_urlsafe(32)


def hash_key(key: str, *, salt: str | None = None) -> str:
    """The salted hash to put in the access file (``sha256$<salt>$<hex>``)."""
    salt = salt if salt is not None else secrets.token_hex(16)
    digest = hashlib.sha256(bytes.fromhex(salt) + key.encode()).hexdigest()
    return f"sha256${salt}${digest}"


def _digest(spec_hash: str, presented: bytes) -> tuple[bytes, bytes]:
    """(expected, actual) digests for one key entry; both 32 bytes."""
    if spec_hash.startswith("sha256:"):
        return bytes.fromhex(spec_hash[7:]), hashlib.sha256(presented).digest()
    _, salt, hexdigest = spec_hash.split("$")
    return bytes.fromhex(hexdigest), hashlib.sha256(bytes.fromhex(salt) + presented).digest()


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key id, its scopes, its tenant and policies."""

    key_id: str
    scopes: frozenset[str]
    tenant: str
    policy: str
    allowed_policies: frozenset[str]
    rate_limit_per_minute: int | None = None

    def may_use(self, policy: str) -> bool:
        return policy == self.policy or "*" in self.allowed_policies or policy in self.allowed_policies or (
            "admin" in self.scopes
        )


def _check_policy_names(config: AccessConfig, path: Path) -> None:
    """A key's own policy must exist: a typo (``policy: pcii``) would otherwise start a server
    whose key answers every request with ``unknown_policy``. A name in ``allowed_policies``
    that does not exist is only logged (a request naming it gets ``unknown_policy``); policy
    files are read when first used, and at preload, which /readyz reports."""
    from promptguard.config.loader import builtin_profiles

    known = set(config.policies) | set(builtin_profiles())
    for k in config.keys:
        if k.policy and k.policy not in known:
            raise ConfigError(
                f"key {k.id!r} names policy {k.policy!r}, which is neither in 'policies' nor a built-in profile "
                f"({', '.join(sorted(builtin_profiles()))})",
                file=str(path), field="keys",
            )
        unknown = [n for n in k.allowed_policies if n != "*" and n not in known]
        if unknown:
            log.warning("%s: key %r allows policies that are not configured: %s", path, k.id, ", ".join(unknown))


class AccessControl:
    """The current access config, swapped atomically on reload."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.path: Path | None = settings.config
        self._mtime: tuple[int, int, int] | None = None
        self._lock = threading.Lock()
        self.config = AccessConfig()
        self.networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
        self.generation = 0
        if self.path is not None:
            self.reload(force=True)
        elif not settings.insecure_no_auth:
            raise ConfigError(
                "no access file: give --config (PROMPTGUARD_CONFIG) with API key hashes, "
                "or --insecure-no-auth for local development"
            )
        self._check_default_policy()

    def _check_default_policy(self) -> None:
        """The server's default policy (``--default-policy``) must exist, like a key's own: a
        typo would start a server that reports ready and answers every request of a key
        without its own policy (and every request without auth) with ``unknown_policy``."""
        from promptguard.config.loader import builtin_profiles

        name = self.settings.default_policy
        if name not in self.config.policies and name not in builtin_profiles():
            raise ConfigError(
                f"the default policy {name!r} (--default-policy, PROMPTGUARD_DEFAULT_POLICY) is neither in the "
                f"access file's 'policies' nor a built-in profile ({', '.join(sorted(builtin_profiles()))})"
            )

    # ------------------------------------------------------------------ reload
    def _stat(self) -> tuple[int, int, int] | None:
        assert self.path is not None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def reload(self, *, force: bool = False) -> bool:
        """Re-read the access file if it changed. A broken file keeps the previous config."""
        if self.path is None:
            return False
        with self._lock:
            stat = self._stat()
            if not force and stat == self._mtime:
                return False
            try:
                config = load_access_config(self.path)
                _check_policy_names(config, self.path)
            except ConfigError as exc:
                if force and self.generation == 0:
                    raise
                log.error("access file not reloaded, keeping the previous one: %s", exc)
                self._mtime = stat
                return False
            self._apply(config)
            self._mtime = stat
            self.generation += 1
            log.info("access config loaded: %d key(s), %d network(s)", len(config.keys), len(self.networks))
            return True

    def _apply(self, config: AccessConfig) -> None:
        self.networks = tuple(ipaddress.ip_network(c, strict=False) for c in config.allow_cidrs)
        self.config = config

    async def watch(self) -> None:
        """Poll the file's stat; cheap, and works where inotify is unavailable (containers, NFS)."""
        while True:
            await asyncio.sleep(self.settings.reload_interval_s)
            if self.path is not None and self._stat() != self._mtime:
                await asyncio.to_thread(self.reload)

    # ------------------------------------------------------------------ checks
    def client_allowed(self, host: str | None) -> bool:
        networks = self.networks
        if not networks:
            return True
        if host is None:
            return False
        try:
            addr = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(addr in net for net in networks)

    def authenticate(self, token: str | None) -> Principal | None:
        """The principal for a presented key, or None. Every key entry is checked (no early
        exit) and compared with ``hmac.compare_digest``, so timing says nothing about which
        entry or how many bytes matched."""
        if not token or len(token) > 512:
            return None
        presented = token.encode("utf-8", "surrogatepass")
        found: KeySpec | None = None
        for spec in self.config.keys:
            expected, actual = _digest(spec.hash, presented)
            if hmac.compare_digest(expected, actual) and spec.enabled and found is None:
                found = spec
        if found is None:
            return None
        return self._principal(found)

    def anonymous(self) -> Principal:
        """The caller in ``--insecure-no-auth`` mode: every scope, any policy."""
        return Principal("anonymous", ALL_SCOPES, "anonymous", self.settings.default_policy, frozenset({"*"}))

    def _principal(self, spec: KeySpec) -> Principal:
        return Principal(
            key_id=spec.id,
            scopes=frozenset(spec.scopes),
            tenant=spec.tenant_id,
            policy=spec.policy or self.settings.default_policy,
            allowed_policies=frozenset(spec.allowed_policies),
            rate_limit_per_minute=spec.rate_limit_per_minute,
        )

    def policy_ref(self, name: str) -> str | None:
        """What ``Guard.from_config`` takes for a policy name: a configured name's file or
        profile, or a built-in profile; None for anything else (callers never name paths)."""
        from promptguard.config.loader import builtin_profiles

        if name in self.config.policies:
            ref = self.config.policies[name]
            # A relative file is read from the access file's folder, where such files are kept
            # (as a policy's own relative pack paths are read from its folder), whatever the
            # server's working directory; a file only found from there still works.
            if self.path is not None and ref not in builtin_profiles() and not Path(ref).is_absolute():
                beside = self.path.parent / ref
                if beside.is_file():
                    return str(beside)
            return ref

        return name if name in builtin_profiles() else None

    def referenced_policies(self) -> Iterable[str]:
        yield self.settings.default_policy
        for k in self.config.keys:
            yield k.policy or self.settings.default_policy
