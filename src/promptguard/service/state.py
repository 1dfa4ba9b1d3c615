"""What one app instance holds: settings, access control, guards, vault, limits, sinks."""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from promptguard.anonymize.keys import parse_key
from promptguard.anonymize.vault import InMemoryVault, Vault
from promptguard.audit import AuditSink, JsonlAuditSink, LoggingAuditSink
from promptguard.errors import ConfigError, PromptGuardError
from promptguard.guard import Guard
from promptguard.service.auth import AccessControl
from promptguard.service.errors import ApiError
from promptguard.service.limits import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from promptguard.service.metrics import Metrics
from promptguard.service.recent import RecentSystemPrompts
from promptguard.settings import Settings

__all__ = ["ServiceState"]

log = logging.getLogger("promptguard.service")

T = TypeVar("T")

LITELLM_CALLS_KEPT = 50_000
"""LiteLLM calls whose placeholder record (see ``routes._call_marks``) the in-memory store keeps.

LiteLLM sends no "last answer" signal (a streamed answer comes back in several rounds under one
call id), so a record cannot be dropped when its answer is restored; it goes after the vault's
TTL of no use, or when this many newer calls have made records. At the service's measured peak
(~130 requests/s on 2 cores, two per call) that is over ten minutes of saturated load between
a call's request and its answer; a record takes ~0.75 KB, so the store stays under ~40 MB.
Losing one only leaves that answer's placeholders unrestored (never a wrong value)."""


class ServiceState:
    """Built once by ``create_app``; handlers reach it through a dependency."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.access = AccessControl(settings)
        self.metrics = Metrics()
        self.redis: Any = None
        self.vault: Vault = self._build_vault()
        # Per-call placeholder records of the LiteLLM route, apart from the conversations: one
        # record per call would otherwise fill the vault's LRU and evict live conversations.
        # Redis has no such LRU (every key expires by TTL) and must share records across
        # workers, so there they stay in the vault.
        self.call_marks: Vault = (
            InMemoryVault(
                ttl_seconds=settings.vault_ttl_seconds,
                max_sessions=LITELLM_CALLS_KEPT,
                max_entries_per_session=settings.vault_max_entries,
            )
            if settings.vault == "memory"
            else self.vault
        )
        self.limiter: RateLimiter = (
            RedisRateLimiter(self.redis, prefix=settings.redis_prefix + "rl:")
            if self.redis is not None
            else MemoryRateLimiter()
        )
        self.audit: AuditSink = JsonlAuditSink(settings.audit_log) if settings.audit_log else LoggingAuditSink()
        if settings.audit_key is not None:
            self.audit_key = parse_key(settings.audit_key.get_secret_value(), name="PROMPTGUARD_AUDIT_KEY")
        else:
            # Digests still hide the text; they just cannot be matched across restarts.
            self.audit_key = secrets.token_bytes(32)
        self._guards: dict[str, Guard] = {}
        self._guard_lock = threading.Lock()
        self._policies = dict(self.access.config.policies)
        self.capacity = anyio.CapacityLimiter(settings.max_concurrency)
        self.ready = not settings.preload
        self.ready_error: str | None = None
        # LiteLLM's answers are judged against the system prompt their request carried.
        self.recent_system_prompts = RecentSystemPrompts()

    def _build_vault(self) -> Vault:
        s = self.settings
        if s.vault == "memory":
            return InMemoryVault(ttl_seconds=s.vault_ttl_seconds, max_entries_per_session=s.vault_max_entries)
        from promptguard.anonymize.redis_vault import RedisVault

        if s.vault_key is None:
            raise ConfigError("the Redis vault needs PROMPTGUARD_VAULT_KEY (values are encrypted at rest)")
        key = parse_key(s.vault_key.get_secret_value(), name="PROMPTGUARD_VAULT_KEY")
        vault = RedisVault(
            s.redis_url, key=key, ttl_seconds=s.vault_ttl_seconds, max_entries_per_session=s.vault_max_entries,
            timeout_s=s.redis_timeout_s, prefix=s.redis_prefix + "vault:",
        )
        self.redis = vault.client
        return vault

    # ------------------------------------------------------------------ guards
    def guard_sync(self, name: str) -> Guard:
        if self._policies != self.access.config.policies:
            # The access file now maps policy names elsewhere: rebuild on demand. (Key changes
            # alone keep the guards, so rotating a key does not reload any model.)
            with self._guard_lock:
                self._guards = {}
                self._policies = dict(self.access.config.policies)
        guard = self._guards.get(name)
        if guard is not None:
            return guard
        ref = self.access.policy_ref(name)
        if ref is None:
            raise ApiError(422, "unknown_policy", f"policy {name!r} is not configured on this server")
        with self._guard_lock:
            guard = self._guards.get(name)
            if guard is None:
                try:
                    guard = Guard.from_config(ref, vault=self.vault)
                except PromptGuardError as exc:
                    log.error("policy %r cannot be loaded: %s", name, exc)
                    raise ApiError(500, "policy_unavailable", f"policy {name!r} cannot be loaded: {exc}") from None
                self._guards[name] = guard
        return guard

    async def guard(self, name: str) -> Guard:
        guard = self._guards.get(name)
        if guard is not None and self._policies == self.access.config.policies:
            return guard
        return await anyio.to_thread.run_sync(self.guard_sync, name)

    # ------------------------------------------------------------------ work
    async def run(self, fn: Callable[[], T]) -> T:
        """Run engine work in a thread, bounded in concurrency and time.

        On timeout the caller gets 503 at once; the thread cannot be interrupted and
        finishes in the background (RE2 keeps every scan linear, so it does finish).
        """
        try:
            with anyio.fail_after(self.settings.request_timeout_s):
                return await anyio.to_thread.run_sync(fn, limiter=self.capacity, abandon_on_cancel=True)
        except TimeoutError:
            raise ApiError(
                503, "timeout", f"the scan took longer than {self.settings.request_timeout_s} s",
                limit="request_timeout_s", headers={"Retry-After": "1"},
            ) from None

    def preload(self) -> None:
        """Build every referenced policy's guard and run one scan, so models are loaded."""
        try:
            for name in dict.fromkeys(self.access.referenced_policies()):
                if self.access.policy_ref(name) is None:
                    log.warning("policy %r is referenced by a key but not configured", name)
                    continue
                guard = self.guard_sync(name)
                guard.scan_batch(["warm up: nothing to see here"])
                # The secrets pack's Hyperscan sets, built in the background: RE2 answers until then.
                guard.warm_up(wait=False)
        except Exception as exc:  # noqa: BLE001 - reported by /readyz instead of crashing the worker
            self.ready_error = f"preload failed: {type(exc).__name__}: {exc}"
            log.error("%s", self.ready_error)
            return
        self.ready = True

    async def preload_async(self) -> None:
        await asyncio.to_thread(self.preload)
