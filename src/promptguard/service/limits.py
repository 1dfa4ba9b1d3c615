"""Per-key rate limits (the body, text and depth limits live in the middleware and routes)."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["MemoryRateLimiter", "RateDecision", "RateLimiter", "RedisRateLimiter"]


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    retry_after_s: int = 0


class RateLimiter(Protocol):
    def hit(self, key: str, per_minute: int) -> RateDecision: ...


class MemoryRateLimiter:
    """Token bucket per key in this process: bursts up to the per-minute budget, refilled
    continuously. With several workers each has its own buckets (use Redis to share)."""

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, per_minute: int) -> RateDecision:
        if per_minute <= 0:
            return RateDecision(True)
        rate = per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(per_minute), now))
            tokens = min(float(per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return RateDecision(True)
            self._buckets[key] = (tokens, now)
            return RateDecision(False, max(1, math.ceil((1.0 - tokens) / rate)))


_GCRA_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - burst
if allow_at > now then
  return allow_at - now
end
redis.call('SET', KEYS[1], new_tat, 'PX', math.ceil(new_tat - now) + 1000)
return 0
"""


class RedisRateLimiter:
    """The same budget shared by every worker and replica: GCRA (a token bucket kept as one
    timestamp) in a Lua script, timed by Redis' clock so hosts need not agree on the time.
    If Redis is unreachable it falls back to the local limiter rather than refusing all
    traffic: the vault already fails closed where it matters."""

    def __init__(self, client: Any, prefix: str = "promptguard:rl:") -> None:
        self.client = client
        self.prefix = prefix
        self._script = client.register_script(_GCRA_LUA)
        self._fallback = MemoryRateLimiter()

    def hit(self, key: str, per_minute: int) -> RateDecision:
        if per_minute <= 0:
            return RateDecision(True)
        interval_ms = 60_000 / per_minute
        try:
            wait_ms = float(self._script(keys=[self.prefix + key], args=[interval_ms, 60_000]))
        except Exception:  # noqa: BLE001 - any Redis failure: local limits still apply
            return self._fallback.hit(key, per_minute)
        if wait_ms <= 0:
            return RateDecision(True)
        return RateDecision(False, max(1, math.ceil(wait_ms / 1000)))
