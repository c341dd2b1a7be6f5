"""The Neo4j (Bolt) driver, with "graph database unreachable" turned into a 503 naming it."""

from __future__ import annotations

import asyncio
from typing import Any

import neo4j
from neo4j import AsyncGraphDatabase, RoutingControl
from neo4j.exceptions import AuthError, DriverError, ServiceUnavailable, SessionExpired, TransientError

from physics_assistant.core.http import ServiceUnavailable as DependencyDown

NAME = "neo4j"
# Unreachable, restarting, or refusing our credentials: the store is unusable, answer 503.
NEO4J_DOWN: tuple[type[Exception], ...] = (
    ServiceUnavailable,
    SessionExpired,
    TransientError,
    AuthError,
    DriverError,
    OSError,
    asyncio.TimeoutError,
)


class Graph:
    """Read queries for the API (`read`) and transactional writes for `load-graph` (`driver`)."""

    def __init__(self, uri: str, user: str, password: str | None, database: str, *, timeout_s: float = 3.0) -> None:
        self.database = database
        self.timeout_s = timeout_s
        self.driver: neo4j.AsyncDriver = AsyncGraphDatabase.driver(
            uri,
            auth=(user, password or ""),
            connection_timeout=timeout_s,
            connection_acquisition_timeout=timeout_s,
            # The driver would retry a failing transaction for 30 s; we answer 503 quickly instead.
            max_transaction_retry_time=0.0,
            max_connection_pool_size=50,
            # Idle connections may have died with a restarted server: check them before reuse.
            liveness_check_timeout=30.0,
        )

    async def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        try:
            result = await asyncio.wait_for(
                self.driver.execute_query(query, params, database_=self.database, routing_=RoutingControl.READ),
                timeout=self.timeout_s,
            )
        except NEO4J_DOWN as exc:
            raise DependencyDown(NAME, (str(exc).strip() or type(exc).__name__)[:200]) from exc
        return [record.data() for record in result.records]

    async def ping(self) -> None:
        await self.read("RETURN 1 AS ok")

    async def close(self) -> None:
        await self.driver.close()
