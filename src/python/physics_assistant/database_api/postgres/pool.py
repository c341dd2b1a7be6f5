"""The asyncpg pool, with every "Postgres is unreachable" failure turned into a 503 naming it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from physics_assistant.core.http import ServiceUnavailable

NAME = "postgres"

# Failures that mean "the database cannot be reached or is going away" (not bad SQL or bad data):
# connection refused/reset, server shutdown, too many clients, pool/connection closed, timeouts.
POSTGRES_DOWN: tuple[type[Exception], ...] = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.InternalClientError,
)


def _describe(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__)[:200]


async def _init_connection(conn: asyncpg.Connection) -> None:
    # jsonb <-> Python objects; allow_nan=False because Postgres rejects NaN/Infinity in JSON.
    await conn.set_type_codec(
        "jsonb",
        encoder=lambda value: json.dumps(value, allow_nan=False, separators=(",", ":")),
        decoder=json.loads,
        schema="pg_catalog",
    )


class Postgres:
    """Owns the pool. `connection()` and `transaction()` are the only ways code touches the database."""

    def __init__(self, dsn: str, *, min_size: int = 0, max_size: int = 10, timeout_s: float = 3.0) -> None:
        self.dsn = dsn
        self.min_size = min_size
        self.max_size = max_size
        self.timeout_s = timeout_s
        self._pool: asyncpg.Pool | None = None
        self._lock = asyncio.Lock()

    async def _get_pool(self) -> asyncpg.Pool:
        if self._pool is None:
            async with self._lock:
                if self._pool is None:
                    self._pool = await asyncpg.create_pool(
                        self.dsn,
                        min_size=self.min_size,
                        max_size=self.max_size,
                        timeout=self.timeout_s,  # connect timeout
                        command_timeout=max(self.timeout_s * 5, 10.0),
                        init=_init_connection,
                        # Long-idle connections are recycled so a restarted server is picked up cleanly.
                        max_inactive_connection_lifetime=60.0,
                    )
        return self._pool

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[asyncpg.Connection]:
        try:
            pool = await self._get_pool()
            async with pool.acquire(timeout=self.timeout_s) as conn:
                yield conn
        except POSTGRES_DOWN as exc:
            raise ServiceUnavailable(NAME, _describe(exc)) from exc

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[asyncpg.Connection]:
        """A connection inside one transaction: everything in the block commits or nothing does."""
        async with self.connection() as conn, conn.transaction():
            yield conn

    async def fetch(self, query: str, *args: Any) -> list[asyncpg.Record]:
        async with self.connection() as conn:
            return list(await conn.fetch(query, *args))

    async def fetchrow(self, query: str, *args: Any) -> asyncpg.Record | None:
        async with self.connection() as conn:
            return await conn.fetchrow(query, *args)  # type: ignore[no-any-return]

    async def fetchval(self, query: str, *args: Any) -> Any:
        async with self.connection() as conn:
            return await conn.fetchval(query, *args)

    async def ping(self) -> None:
        await self.fetchval("SELECT 1")

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await asyncio.wait_for(pool.close(), timeout=5)
            except POSTGRES_DOWN:
                pool.terminate()
