"""Classes owned by instructors, and their students."""

# Only constant column lists and clauses are interpolated into SQL (hence the S608 noqa
# markers); every value travels as a $n parameter.

from __future__ import annotations

from typing import Any

import asyncpg

from physics_assistant.database_api.errors import Conflict, Invalid, NotFound
from physics_assistant.database_api.postgres.pool import Postgres

CLASS_SELECT = (
    "SELECT c.id, c.name, c.instructor_id, c.created_at, "
    "(SELECT count(*) FROM class_members m WHERE m.class_id = c.id) AS student_count FROM classes c"
)


async def create_class(pg: Postgres, instructor_id: int, name: str) -> dict[str, Any]:
    try:
        row = await pg.fetchrow(
            "INSERT INTO classes (name, instructor_id) VALUES ($1, $2) "
            "RETURNING id, name, instructor_id, created_at, 0::bigint AS student_count",
            name,
            instructor_id,
        )
    except asyncpg.UniqueViolationError:
        raise Conflict("name", f"you already have a class named {name!r}") from None
    assert row is not None
    return dict(row)


async def list_classes(
    pg: Postgres, viewer_id: int, viewer_role: str, *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    where = "WHERE ($1::text = 'admin' OR c.instructor_id = $2)"
    async with pg.connection() as conn:
        rows = await conn.fetch(
            f"{CLASS_SELECT} {where} ORDER BY c.id LIMIT $3 OFFSET $4", viewer_role, viewer_id, limit, offset
        )
        total = await conn.fetchval(f"SELECT count(*) FROM classes c {where}", viewer_role, viewer_id)  # noqa: S608
    return [dict(r) for r in rows], int(total)


async def get_class(pg: Postgres, class_id: int, viewer_id: int, viewer_role: str) -> dict[str, Any]:
    """The class with its students, if the viewer owns it (or is an admin); else NotFound."""
    async with pg.connection() as conn:
        row = await conn.fetchrow(f"{CLASS_SELECT} WHERE c.id = $1", class_id)
        if row is None or (viewer_role != "admin" and row["instructor_id"] != viewer_id):
            raise NotFound(f"class {class_id} not found")
        students = await conn.fetch(
            "SELECT u.id, u.username, u.email, m.added_at FROM class_members m JOIN users u ON u.id = m.student_id "
            "WHERE m.class_id = $1 ORDER BY u.username",
            class_id,
        )
    return dict(row) | {"students": [dict(s) for s in students]}


async def enroll(pg: Postgres, class_id: int, viewer_id: int, viewer_role: str, usernames: list[str]) -> dict[str, Any]:
    """Enroll students by username, all or none: an unknown or non-student name rejects the whole list."""
    async with pg.transaction() as conn:
        owner = await conn.fetchval("SELECT instructor_id FROM classes WHERE id = $1 FOR UPDATE", class_id)
        if owner is None or (viewer_role != "admin" and owner != viewer_id):
            raise NotFound(f"class {class_id} not found")
        rows = await conn.fetch(
            "SELECT id, username, role FROM users "
            "WHERE lower(username) = ANY(SELECT lower(x) FROM unnest($1::text[]) AS x)",
            usernames,
        )
        found = {r["username"].lower(): r for r in rows}
        unknown = sorted({u for u in usernames if u.lower() not in found})
        if unknown:
            raise Invalid("usernames", f"unknown users: {', '.join(unknown)}")
        not_students = sorted(r["username"] for r in rows if r["role"] != "student")
        if not_students:
            raise Invalid("usernames", f"only students can be enrolled: {', '.join(not_students)}")
        await conn.execute(
            "INSERT INTO class_members (class_id, student_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING",
            class_id,
            [r["id"] for r in rows],
        )
    return await get_class(pg, class_id, viewer_id, viewer_role)


async def remove_student(pg: Postgres, class_id: int, viewer_id: int, viewer_role: str, student_id: int) -> None:
    async with pg.transaction() as conn:
        owner = await conn.fetchval("SELECT instructor_id FROM classes WHERE id = $1", class_id)
        if owner is None or (viewer_role != "admin" and owner != viewer_id):
            raise NotFound(f"class {class_id} not found")
        deleted = await conn.fetchval(
            "DELETE FROM class_members WHERE class_id = $1 AND student_id = $2 RETURNING student_id",
            class_id,
            student_id,
        )
        if deleted is None:
            raise NotFound(f"user {student_id} is not in class {class_id}")
