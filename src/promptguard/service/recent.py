"""System prompts of recent LiteLLM requests, so their responses can be judged against them.

LiteLLM calls the guardrail twice per call, with the same ``litellm_call_id``: once with the
request's texts and messages, once with the model's answer, usually without the messages. A
declared secret of the system prompt showing up in the answer is a leak only the request side
can explain, so the request's system prompt is kept here for a short while.

The store is per process and bounded in entries and age: with several workers a response may
reach a worker that never saw its request, and is then judged without a system prompt (as
before). Keys are digests of tenant and call id; nothing here is logged.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

__all__ = ["RecentSystemPrompts"]


class RecentSystemPrompts:
    """A small LRU of system prompts keyed by (tenant, call id), each kept ``ttl_s`` seconds."""

    def __init__(self, max_entries: int = 4096, ttl_s: float = 600.0) -> None:
        if max_entries < 1 or ttl_s <= 0:
            raise ValueError("max_entries must be >= 1 and ttl_s > 0")
        self._max = max_entries
        self._ttl = ttl_s
        self._items: OrderedDict[bytes, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(tenant: str, call_id: str) -> bytes:
        return hashlib.sha256(f"{tenant}\0{call_id}".encode("utf-8", "surrogatepass")).digest()

    def remember(self, tenant: str, call_id: str, system_prompt: str, *, now: float | None = None) -> None:
        t = time.monotonic() if now is None else now
        key = self._key(tenant, call_id)
        with self._lock:
            self._items[key] = (t + self._ttl, system_prompt)
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def recall(self, tenant: str, call_id: str, *, now: float | None = None) -> str | None:
        t = time.monotonic() if now is None else now
        key = self._key(tenant, call_id)
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            expires, text = item
            if expires <= t:
                del self._items[key]
                return None
            return text

    def __len__(self) -> int:
        return len(self._items)
