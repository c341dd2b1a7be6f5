"""Fixed-window rate limits in Redis: N requests per minute per client address and per user.

One round trip per check (INCR + EXPIRE NX in a pipeline). Over the limit -> 429 with Retry-After
(seconds until the window resets). The window is the current UTC minute, so every replica of the
API shares the same counters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis.asyncio as aioredis
from prometheus_client import Counter

PREFIX = "pa:rl:"
WINDOW_S = 60
RATE_LIMITED = Counter("pa_rate_limited_total", "Requests refused with 429, by limit.", ["scope"])


class RateLimited(Exception):
    def __init__(self, scope: str, limit: int, retry_after_s: int) -> None:
        super().__init__(f"rate limit exceeded: {limit} requests per minute ({scope})")
        self.scope = scope
        self.limit = limit
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class Window:
    start: int
    retry_after_s: int


def current_window(now: float, window_s: int = WINDOW_S) -> Window:
    start = int(now) - int(now) % window_s
    return Window(start, max(1, start + window_s - int(now)))


async def hit(client: aioredis.Redis, scope: str, identity: str, limit: int, *, now: float | None = None) -> int:
    """Count one request for (scope, identity); raise RateLimited past `limit`. Returns the count.

    Redis errors propagate: the caller decides whether this limit fails open or closed.
    """
    if limit <= 0:
        return 0
    window = current_window(time.time() if now is None else now)
    key = f"{PREFIX}{scope}:{identity}:{window.start}"
    async with client.pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, WINDOW_S + 5, nx=True)
        count, _ = await pipe.execute()
    if int(count) > limit:
        RATE_LIMITED.labels(scope).inc()
        raise RateLimited(scope, limit, window.retry_after_s)
    return int(count)
