"""The async Redis client, with "Redis is unreachable" turned into a 503 naming it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from physics_assistant.core.http import ServiceUnavailable

NAME = "redis"
# BusyLoadingError and friends subclass ConnectionError; OSError covers refused/reset sockets.
REDIS_DOWN: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError, OSError)


def connect(url: str, *, timeout_s: float = 2.0) -> aioredis.Redis:
    """A client that fails fast (one retry, no backoff) so a dead Redis costs a request ~timeout, not minutes."""
    return aioredis.Redis.from_url(
        url,
        socket_connect_timeout=timeout_s,
        socket_timeout=timeout_s,
        retry=Retry(NoBackoff(), 1),
        health_check_interval=30,
        decode_responses=False,
    )


@asynccontextmanager
async def redis_errors() -> AsyncIterator[None]:
    """Wrap Redis calls whose failure must answer 503 "redis unavailable"."""
    try:
        yield
    except REDIS_DOWN as exc:
        raise ServiceUnavailable(NAME, (str(exc).strip() or type(exc).__name__)[:200]) from exc


async def ping(client: aioredis.Redis) -> None:
    async with redis_errors():
        await client.ping()
