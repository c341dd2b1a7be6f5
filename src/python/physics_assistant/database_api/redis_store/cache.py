"""A small JSON response cache in Redis for answers that rarely change (knowledge-graph reads).

The cache is an optimisation only: when Redis is down the answer is computed directly (and the
miss counted), so a cache outage never turns a working endpoint into an error.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable

import redis.asyncio as aioredis
from prometheus_client import Counter

from physics_assistant.database_api.redis_store.client import REDIS_DOWN

log = logging.getLogger(__name__)

PREFIX = "pa:cache:"
CACHE_REQUESTS = Counter("pa_cache_requests_total", "Response cache lookups by result.", ["result"])


def cache_key(namespace: str, *parts: object) -> str:
    # Parts are hashed so any user-supplied text yields a short, safe key.
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]
    return f"{PREFIX}{namespace}:{digest}"


class ResponseCache:
    def __init__(self, client: aioredis.Redis, ttl_s: int) -> None:
        self.client = client
        self.ttl_s = ttl_s

    async def get_or_compute(self, key: str, compute: Callable[[], Awaitable[bytes]]) -> bytes:
        """The cached bytes for `key`, else `compute()`'s bytes (stored for `ttl_s`)."""
        if self.ttl_s <= 0:
            return await compute()
        try:
            cached = await self.client.get(key)
        except REDIS_DOWN as exc:
            CACHE_REQUESTS.labels("error").inc()
            log.warning("cache read failed; computing directly", extra={"error": str(exc)[:200]})
            return await compute()
        if cached is not None:
            CACHE_REQUESTS.labels("hit").inc()
            return cached if isinstance(cached, bytes) else str(cached).encode()
        CACHE_REQUESTS.labels("miss").inc()
        value = await compute()
        try:
            await self.client.set(key, value, ex=self.ttl_s)
        except REDIS_DOWN as exc:
            log.warning("cache write failed", extra={"error": str(exc)[:200]})
        return value

    async def clear(self) -> int:
        """Delete every cached response (after the knowledge graph is reloaded)."""
        deleted = 0
        async for key in self.client.scan_iter(match=f"{PREFIX}*", count=500):
            deleted += int(await self.client.delete(key))
        return deleted
