"""Users, roles and preferences."""

# Only constant column lists and clauses are interpolated into SQL (hence the S608 noqa
# markers); every value travels as a $n parameter.

from __future__ import annotations

from typing import Any

import asyncpg

from physics_assistant.database_api.errors import Conflict
from physics_assistant.database_api.postgres.pool import Postgres

USER_COLUMNS = "id, email, username, role, is_active, created_at, updated_at"


def _user(row: asyncpg.Record | None) -> dict[str, Any] | None:
    return dict(row) if row is not None else None


async def create_user(
    pg: Postgres, *, email: str, username: str, password_hash: str, role: str = "student"
) -> dict[str, Any]:
    try:
        row = await pg.fetchrow(
            "INSERT INTO users (email, username, password_hash, role) VALUES ($1, $2, $3, $4) "  # noqa: S608
            f"RETURNING {USER_COLUMNS}",
            email,
            username,
            password_hash,
            role,
        )
    except asyncpg.UniqueViolationError as exc:
        field = "email" if "email" in (exc.constraint_name or "") else "username"
        raise Conflict(field, f"{field} is already registered") from None
    assert row is not None
    return dict(row)


async def get_user(pg: Postgres, user_id: int) -> dict[str, Any] | None:
    return _user(await pg.fetchrow(f"SELECT {USER_COLUMNS} FROM users WHERE id = $1", user_id))  # noqa: S608


async def get_login(pg: Postgres, login: str) -> dict[str, Any] | None:
    """The user whose username or email is `login` (case-insensitive), with the password hash."""
    return _user(
        await pg.fetchrow(
            f"SELECT {USER_COLUMNS}, password_hash FROM users "  # noqa: S608
            "WHERE lower(username) = lower($1) OR lower(email) = lower($1) "
            "ORDER BY lower(username) = lower($1) DESC LIMIT 1",
            login,
        )
    )


async def set_password_hash(pg: Postgres, user_id: int, password_hash: str) -> None:
    await pg.fetchval("UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1", user_id, password_hash)


async def set_role(pg: Postgres, user_id: int, role: str) -> dict[str, Any] | None:
    return _user(
        await pg.fetchrow(
            f"UPDATE users SET role = $2, updated_at = now() WHERE id = $1 RETURNING {USER_COLUMNS}",  # noqa: S608
            user_id,
            role,
        )
    )


async def get_preferences(pg: Postgres, user_id: int) -> dict[str, Any]:
    value = await pg.fetchval("SELECT preferences FROM user_preferences WHERE user_id = $1", user_id)
    return dict(value) if value else {}


async def put_preferences(pg: Postgres, user_id: int, preferences: dict[str, Any]) -> dict[str, Any]:
    value = await pg.fetchval(
        "INSERT INTO user_preferences (user_id, preferences) VALUES ($1, $2) "
        "ON CONFLICT (user_id) DO UPDATE SET preferences = EXCLUDED.preferences, updated_at = now() "
        "RETURNING preferences",
        user_id,
        preferences,
    )
    return dict(value)


async def can_view_user(pg: Postgres, viewer_id: int, viewer_role: str, user_id: int) -> bool:
    """Self, an admin, or an instructor who has `user_id` in one of their classes."""
    if viewer_id == user_id or viewer_role == "admin":
        return True
    if viewer_role != "instructor":
        return False
    return bool(
        await pg.fetchval(
            "SELECT EXISTS (SELECT 1 FROM class_members m JOIN classes c ON c.id = m.class_id "
            "WHERE m.student_id = $1 AND c.instructor_id = $2)",
            user_id,
            viewer_id,
        )
    )
