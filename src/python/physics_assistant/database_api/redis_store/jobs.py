"""The RQ connection for background workers (RQ needs a synchronous Redis client)."""

from __future__ import annotations

import redis
from rq import Queue

DEFAULT_QUEUE = "physics-assistant"


def rq_connection(url: str, *, timeout_s: float = 5.0) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s)


def queue(url: str, name: str = DEFAULT_QUEUE) -> Queue:
    """An RQ queue on the Redis at `url`; enqueue with ``queue(url).enqueue(fn, *args)``."""
    return Queue(name, connection=rq_connection(url))
