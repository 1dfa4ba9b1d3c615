"""System prompts of recent LiteLLM requests, so their responses can be judged against them.

LiteLLM calls the guardrail twice per call, with the same ``litellm_call_id``: once with the
request's texts and messages, once with the model's answer, usually without the messages. A
declared secret of the system prompt showing up in the answer is a leak only the request side
can explain, so the request's system prompt is kept here for a short while.

The store is per process and bounded: in age, in entries, in characters held, and per tenant
(one tenant flooding it evicts its own entries, not another's). Only the first
``max_prompt_chars`` of a prompt are kept: the check reads no further. With several workers
a response may reach a worker that never saw its request, and is then judged without a system
prompt. Keys are digests of tenant and call id; nothing here is logged.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

__all__ = ["RecentSystemPrompts"]


class RecentSystemPrompts:
    """An LRU of system prompts keyed by (tenant, call id), each kept ``ttl_s`` seconds."""

    def __init__(
        self,
        max_entries: int = 4096,
        ttl_s: float = 600.0,
        *,
        max_chars: int = 8_000_000,
        max_per_tenant: int = 1024,
        max_prompt_chars: int = 32_000,
    ) -> None:
        if min(max_entries, max_chars, max_per_tenant, max_prompt_chars) < 1 or ttl_s <= 0:
            raise ValueError("max_entries, max_chars, max_per_tenant and max_prompt_chars must be >= 1 and ttl_s > 0")
        self._max = max_entries
        self._ttl = ttl_s
        self._max_chars = max_chars
        self._max_per_tenant = max_per_tenant
        self._max_prompt_chars = max_prompt_chars
        # key -> (tenant digest, expiry, text), oldest first; and each tenant's keys, oldest first.
        self._items: OrderedDict[bytes, tuple[bytes, float, str]] = OrderedDict()
        self._tenants: dict[bytes, OrderedDict[bytes, None]] = {}
        self._chars = 0
        self._lock = threading.Lock()

    @staticmethod
    def _digest(*parts: str) -> bytes:
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).digest()

    def _drop(self, key: bytes) -> None:
        tenant, _, text = self._items.pop(key)
        self._chars -= len(text)
        keys = self._tenants[tenant]
        del keys[key]
        if not keys:
            del self._tenants[tenant]

    def remember(self, tenant: str, call_id: str, system_prompt: str, *, now: float | None = None) -> None:
        t = time.monotonic() if now is None else now
        text = system_prompt[: self._max_prompt_chars]
        key, owner = self._digest(tenant, call_id), self._digest(tenant)
        with self._lock:
            if key in self._items:
                self._drop(key)
            self._items[key] = (owner, t + self._ttl, text)
            self._tenants.setdefault(owner, OrderedDict())[key] = None
            self._chars += len(text)
            own = self._tenants[owner]
            while len(own) > self._max_per_tenant:
                self._drop(next(iter(own)))
            while len(self._items) > self._max or self._chars > self._max_chars:
                self._drop(next(iter(self._items)))

    def recall(self, tenant: str, call_id: str, *, now: float | None = None) -> str | None:
        t = time.monotonic() if now is None else now
        key = self._digest(tenant, call_id)
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[1] <= t:
                self._drop(key)
                return None
            return item[2]

    def __len__(self) -> int:
        return len(self._items)

    @property
    def chars(self) -> int:
        """Characters held (for tests and metrics)."""
        return self._chars
