"""The durable side of tutoring sessions (the live side, with its TTL, is in Redis)."""

# Only constant column lists and clauses are interpolated into SQL (hence the S608 noqa
# markers); every value travels as a $n parameter.

from __future__ import annotations

from typing import Any

from physics_assistant.database_api.postgres.pool import Postgres

COLUMNS = "id, user_id, metadata, created_at, last_activity_at, interaction_count"


async def create(pg: Postgres, session_id: str, user_id: int, metadata: dict[str, Any]) -> dict[str, Any]:
    row = await pg.fetchrow(
        f"INSERT INTO sessions (id, user_id, metadata) VALUES ($1, $2, $3) RETURNING {COLUMNS}",  # noqa: S608
        session_id,
        user_id,
        metadata,
    )
    assert row is not None
    return dict(row)


async def get(pg: Postgres, session_id: str) -> dict[str, Any] | None:
    row = await pg.fetchrow(f"SELECT {COLUMNS} FROM sessions WHERE id = $1", session_id)  # noqa: S608
    return dict(row) if row is not None else None
