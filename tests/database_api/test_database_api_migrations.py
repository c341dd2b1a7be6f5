"""Migrations against a real Postgres: idempotent, race-free, tamper-evident."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from physics_assistant.database_api.postgres import migrations


async def _tables(url: str) -> set[str]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {r["tablename"] for r in rows}
    finally:
        await conn.close()


async def test_migrate_creates_the_schema_once(postgres_database: str) -> None:
    applied = await migrations.migrate(postgres_database)
    assert [m.version for m in applied] == [m.version for m in migrations.available_migrations()]
    assert {
        "users",
        "classes",
        "class_members",
        "sessions",
        "interactions",
        "concept_progress",
        "user_preferences",
    } <= (await _tables(postgres_database))
    assert await migrations.migrate(postgres_database) == []
    conn = await asyncpg.connect(postgres_database)
    try:
        assert await migrations.current_version(conn) == len(migrations.available_migrations())
    finally:
        await conn.close()


async def test_concurrent_migrations_do_not_race(postgres_database: str) -> None:
    # Several replicas starting at once: the advisory lock lets exactly one apply each version.
    results = await asyncio.gather(*(migrations.migrate(postgres_database) for _ in range(4)))
    assert sorted(len(r) for r in results) == [0, 0, 0, len(migrations.available_migrations())]
    conn = await asyncpg.connect(postgres_database)
    try:
        rows = await conn.fetch("SELECT version, count(*) AS n FROM schema_migrations GROUP BY version")
        assert all(r["n"] == 1 for r in rows)
    finally:
        await conn.close()


async def test_edited_or_unknown_migrations_are_refused(postgres_database: str) -> None:
    await migrations.migrate(postgres_database)
    conn = await asyncpg.connect(postgres_database)
    try:
        await conn.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1")
        with pytest.raises(migrations.MigrationError, match="changed after it was applied"):
            await migrations.migrate(postgres_database)
        await conn.execute(
            "UPDATE schema_migrations SET checksum = $1 WHERE version = 1",
            migrations.available_migrations()[0].checksum,
        )
        await conn.execute("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')")
        with pytest.raises(migrations.MigrationError, match="does not know"):
            await migrations.migrate(postgres_database)
    finally:
        await conn.close()


async def test_constraints_hold_in_the_database(postgres_database: str) -> None:
    await migrations.migrate(postgres_database)
    conn = await asyncpg.connect(postgres_database)
    try:
        await conn.execute("INSERT INTO users (email, username, password_hash) VALUES ('a@b.c', 'ada', 'h')")
        with pytest.raises(asyncpg.UniqueViolationError):
            await conn.execute("INSERT INTO users (email, username, password_hash) VALUES ('x@b.c', 'ADA', 'h')")
        with pytest.raises(asyncpg.CheckViolationError):
            await conn.execute(
                "INSERT INTO users (email, username, password_hash, role) VALUES ('r@b.c', 'rob', 'h', 'root')"
            )
        with pytest.raises(asyncpg.CheckViolationError):
            await conn.execute(
                "INSERT INTO interactions (user_id, topic, question, answer, success, duration_ms) "
                "SELECT id, 'k', 'q', '{}', true, -5 FROM users WHERE username = 'ada'"
            )
    finally:
        await conn.close()
