"""Fixed-window rate limits in Redis: N requests per minute per client address and per user.

One round trip per check (a tiny Lua script: INCR, and EXPIRE on the first hit). Over the limit -> 429 with Retry-After
(seconds until the window resets). The window is the current UTC minute, so every replica of the
API shares the same counters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis.asyncio as aioredis
from prometheus_client import Counter
from redis.commands.core import AsyncScript

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


# INCR and set the expiry on the first hit, atomically and in one round trip (cheaper than a
# MULTI/EXEC pipeline; redis-py reloads the script by itself after a Redis restart).
_INCR_WITH_EXPIRY = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


async def hit(client: aioredis.Redis, scope: str, identity: str, limit: int, *, now: float | None = None) -> int:
    """Count one request for (scope, identity); raise RateLimited past `limit`. Returns the count.

    Redis errors propagate: the caller decides whether this limit fails open or closed.
    """
    if limit <= 0:
        return 0
    window = current_window(time.time() if now is None else now)
    key = f"{PREFIX}{scope}:{identity}:{window.start}"
    count = int(await _script(client)(keys=[key], args=[WINDOW_S + 5]))
    if count > limit:
        RATE_LIMITED.labels(scope).inc()
        raise RateLimited(scope, limit, window.retry_after_s)
    return count


def _script(client: aioredis.Redis) -> AsyncScript:
    script = getattr(client, "_pa_rate_limit_script", None)
    if script is None:
        script = client.register_script(_INCR_WITH_EXPIRY)
        client._pa_rate_limit_script = script  # type: ignore[attr-defined]
    return script  # type: ignore[no-any-return]
