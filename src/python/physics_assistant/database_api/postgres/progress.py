"""A student's progress: per-concept mastery and a summary of their interactions."""

from __future__ import annotations

from typing import Any

from physics_assistant.database_api.postgres.pool import Postgres


async def concept_progress(pg: Postgres, user_id: int) -> list[dict[str, Any]]:
    rows = await pg.fetch(
        "SELECT concept, attempts, successes, mastery, first_seen_at, last_attempt_at FROM concept_progress "
        "WHERE user_id = $1 ORDER BY concept",
        user_id,
    )
    return [dict(r) for r in rows]


async def mastery_of(pg: Postgres, user_id: int, concepts: list[str]) -> dict[str, dict[str, Any]]:
    rows = await pg.fetch(
        "SELECT concept, attempts, mastery FROM concept_progress WHERE user_id = $1 AND concept = ANY($2::text[])",
        user_id,
        concepts,
    )
    return {r["concept"]: dict(r) for r in rows}


async def summary(pg: Postgres, user_id: int) -> dict[str, Any]:
    async with pg.connection() as conn:
        totals = await conn.fetchrow(
            "SELECT count(*) AS interactions, count(*) FILTER (WHERE success) AS successes, "
            "coalesce(avg(duration_ms), 0)::float8 AS mean_duration_ms, max(created_at) AS last_interaction_at "
            "FROM interactions WHERE user_id = $1",
            user_id,
        )
        topics = await conn.fetch(
            "SELECT topic, count(*) AS interactions, count(*) FILTER (WHERE success) AS successes "
            "FROM interactions WHERE user_id = $1 GROUP BY topic ORDER BY topic",
            user_id,
        )
    assert totals is not None
    return dict(totals) | {"topics": [dict(t) for t in topics]}
