"""The three stores the API talks to, opened once per process and closed on shutdown."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

import redis.asyncio as aioredis

from physics_assistant.core.health import HealthRegistry
from physics_assistant.database_api.graph.driver import Graph
from physics_assistant.database_api.postgres.pool import Postgres
from physics_assistant.database_api.redis_store import client as redis_client
from physics_assistant.database_api.redis_store.cache import ResponseCache
from physics_assistant.database_api.settings import DatabaseApiSettings

SERVICE = "database-api"


@dataclass
class Stores:
    settings: DatabaseApiSettings
    jwt_secret: str
    postgres: Postgres = field(init=False)
    graph: Graph = field(init=False)
    redis: aioredis.Redis = field(init=False)
    cache: ResponseCache = field(init=False)

    def __post_init__(self) -> None:
        s = self.settings
        # Nothing connects here: every store is reached lazily, so the API starts (and reports
        # 503 naming the store) even while a store is down.
        self.postgres = Postgres(
            s.postgres_dsn, min_size=s.pg_pool_min_size, max_size=s.pg_pool_max_size, timeout_s=s.store_timeout_s
        )
        self.graph = Graph(s.neo4j_uri, s.neo4j_user, s.neo4j_password, s.neo4j_database, timeout_s=s.store_timeout_s)
        self.redis = redis_client.connect(s.redis_url, timeout_s=min(s.store_timeout_s, 2.0))
        self.cache = ResponseCache(self.redis, s.cache_ttl_s)

    def health(self) -> HealthRegistry:
        registry = HealthRegistry(SERVICE, timeout_s=self.settings.store_timeout_s)
        registry.add("postgres", self.postgres.ping)
        registry.add("neo4j", self.graph.ping)
        registry.add("redis", lambda: redis_client.ping(self.redis))
        return registry

    async def close(self) -> None:
        for closer in (self.postgres.close, self.graph.close, self.redis.aclose):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(closer(), timeout=5)
