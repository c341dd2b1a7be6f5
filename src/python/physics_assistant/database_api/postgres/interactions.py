"""Recording interactions (with progress and session bookkeeping, in one statement) and reading them back."""

# Only constant column lists and clauses are interpolated into SQL (hence the S608 noqa
# markers); every value travels as a $n parameter.

from __future__ import annotations

from typing import Any

import asyncpg

from physics_assistant.database_api import mastery
from physics_assistant.database_api.errors import Forbidden, NotFound
from physics_assistant.database_api.postgres.pool import Postgres

COLUMNS = (
    "i.id, i.user_id, i.session_id, i.topic, i.question, i.answer, i.tools_used, i.concepts, "
    "i.timings, i.success, i.duration_ms, i.created_at"
)

# Who may see an interaction: its owner, an admin, or an instructor of a class the owner is in.
# $1 = viewer id, $2 = viewer role.
VISIBLE = (
    "(i.user_id = $1 OR $2::text = 'admin' OR ($2::text = 'instructor' AND EXISTS ("
    "SELECT 1 FROM class_members m JOIN classes c ON c.id = m.class_id "
    "WHERE m.student_id = i.user_id AND c.instructor_id = $1)))"
)

# One statement, so one round trip and one implicit transaction: the session upsert, the
# interaction and the progress upserts all happen or none does. A session that belongs to
# someone else makes `session` empty, and then nothing else is written (zero rows come back).
# Progress applies mastery.update() in SQL, so concurrent recordings update each row atomically.
# $1 user, $2 session id, $3 topic, $4 question, $5 answer, $6 tools, $7 concepts, $8 timings,
# $9 success, $10 duration.
RECORD = f"""
WITH session AS (
    INSERT INTO sessions AS s (id, user_id, interaction_count)
    SELECT $2, $1, 1 WHERE $2::text IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET interaction_count = s.interaction_count + 1, last_activity_at = now()
    WHERE s.user_id = EXCLUDED.user_id
    RETURNING id, metadata, created_at, last_activity_at, interaction_count
), interaction AS (
    INSERT INTO interactions
        (user_id, session_id, topic, question, answer, tools_used, concepts, timings, success, duration_ms)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
    WHERE $2::text IS NULL OR EXISTS (SELECT 1 FROM session)
    RETURNING id, user_id, session_id, topic, question, answer, tools_used, concepts, timings, success,
        duration_ms, created_at
), progress AS (
    INSERT INTO concept_progress AS p (user_id, concept, attempts, successes, mastery)
    SELECT $1, concept, 1, $9::int, {mastery.RATE} * $9::int FROM unnest($7::text[]) AS concept
    WHERE EXISTS (SELECT 1 FROM interaction)
    ON CONFLICT (user_id, concept) DO UPDATE SET
        attempts = p.attempts + 1,
        successes = p.successes + EXCLUDED.successes,
        mastery = p.mastery + {mastery.RATE} * (EXCLUDED.successes - p.mastery),
        last_attempt_at = now()
)
SELECT i.*, s.metadata AS session_metadata, s.created_at AS session_created_at,
    s.last_activity_at AS session_last_activity_at, s.interaction_count AS session_interaction_count
FROM interaction i LEFT JOIN session s ON true
"""  # noqa: S608


async def record(
    pg: Postgres, user_id: int, data: dict[str, Any], concepts: list[str]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Insert one interaction, bump its session and the student's progress: all or nothing.

    Returns the interaction and, when it names a session, that session's row after the update."""
    try:
        row = await pg.fetchrow(
            RECORD,
            user_id,
            data.get("session_id"),
            data["topic"],
            data["question"],
            data["answer"],
            data["tools_used"],
            concepts,
            data.get("timings") or {},
            data["success"],
            data["duration_ms"],
        )
    except asyncpg.ForeignKeyViolationError:
        # The token is valid but its user was deleted since it was issued.
        raise NotFound("the user this token was issued to no longer exists") from None
    if row is None:
        raise Forbidden("session_id belongs to another user")
    record = dict(row)
    session_fields = {
        key: record.pop(f"session_{key}") for key in ("metadata", "created_at", "last_activity_at", "interaction_count")
    }
    session = None
    if record["session_id"] is not None:
        session = {"id": record["session_id"], "user_id": user_id, **session_fields}
    return record, session


async def get(pg: Postgres, interaction_id: int, viewer_id: int, viewer_role: str) -> dict[str, Any]:
    row = await pg.fetchrow(
        f"SELECT {COLUMNS} FROM interactions i WHERE i.id = $3 AND {VISIBLE}",  # noqa: S608
        viewer_id,
        viewer_role,
        interaction_id,
    )
    if row is None:
        raise NotFound(f"interaction {interaction_id} not found")
    return dict(row)


async def list_visible(
    pg: Postgres,
    viewer_id: int,
    viewer_role: str,
    *,
    limit: int,
    offset: int,
    user_id: int | None = None,
    topic: str | None = None,
    session_id: str | None = None,
) -> tuple[list[dict[str, Any]], int]:
    where = (
        f"WHERE {VISIBLE} AND ($3::bigint IS NULL OR i.user_id = $3) AND ($4::text IS NULL OR i.topic = $4) "
        "AND ($5::text IS NULL OR i.session_id = $5)"
    )
    args = (viewer_id, viewer_role, user_id, topic, session_id)
    async with pg.connection() as conn:
        rows = await conn.fetch(
            f"SELECT {COLUMNS} FROM interactions i {where} ORDER BY i.id DESC LIMIT $6 OFFSET $7",  # noqa: S608
            *args,
            limit,
            offset,
        )
        total = await conn.fetchval(f"SELECT count(*) FROM interactions i {where}", *args)  # noqa: S608
    return [dict(r) for r in rows], int(total)
