"""Multi-row writes are all or nothing, proven by making the last write fail inside Postgres."""

from __future__ import annotations

import asyncpg
import pytest

from physics_assistant.database_api.errors import Forbidden
from physics_assistant.database_api.postgres import classes, interactions, migrations, users
from physics_assistant.database_api.postgres.pool import Postgres

DATA = {
    "topic": "forces",
    "question": "q",
    "answer": {"v": 1},
    "tools_used": [],
    "timings": {},
    "success": True,
    "duration_ms": 3,
    "session_id": "atomic-session",
}


async def _counts(conn: asyncpg.Connection) -> tuple[int, int, int]:
    return (
        await conn.fetchval("SELECT count(*) FROM interactions"),
        await conn.fetchval("SELECT count(*) FROM sessions"),
        await conn.fetchval("SELECT count(*) FROM concept_progress"),
    )


async def test_a_failing_progress_update_leaves_nothing_behind(postgres_database: str) -> None:
    await migrations.migrate(postgres_database)
    pg = Postgres(postgres_database)
    conn = await asyncpg.connect(postgres_database)
    try:
        user = await users.create_user(pg, email="a@example.org", username="atomic", password_hash="x")
        # Sabotage the last of the three writes: any insert into concept_progress now fails.
        await conn.execute(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;"
            "CREATE TRIGGER refuse BEFORE INSERT ON concept_progress FOR EACH ROW EXECUTE FUNCTION refuse()"
        )
        with pytest.raises(asyncpg.RaiseError, match="refused"):
            await interactions.record(pg, user["id"], DATA, ["work"])
        assert await _counts(conn) == (0, 0, 0)  # no interaction, no session row

        await conn.execute("DROP TRIGGER refuse ON concept_progress")
        record, session = await interactions.record(pg, user["id"], DATA, ["work"])
        assert await _counts(conn) == (1, 1, 1)
        assert session is not None and session["interaction_count"] == 1 and record["session_id"] == "atomic-session"

        # Someone else's session: refused, and none of the three tables changes.
        other = await users.create_user(pg, email="b@example.org", username="intruder", password_hash="x")
        with pytest.raises(Forbidden):
            await interactions.record(pg, other["id"], DATA, ["work", "power"])
        assert await _counts(conn) == (1, 1, 1)
    finally:
        await conn.close()
        await pg.close()


async def test_enrolment_is_all_or_nothing_inside_postgres(postgres_database: str) -> None:
    await migrations.migrate(postgres_database)
    pg = Postgres(postgres_database)
    conn = await asyncpg.connect(postgres_database)
    try:
        teacher = await users.create_user(
            pg, email="t@example.org", username="teacher", password_hash="x", role="instructor"
        )
        for name in ("s1", "s2", "s3"):
            await users.create_user(pg, email=f"{name}@example.org", username=f"stud_{name}", password_hash="x")
        klass = await classes.create_class(pg, teacher["id"], "Atomic")
        # Fail on the third member row: the first two must not stay.
        await conn.execute(
            "CREATE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF (SELECT count(*) FROM class_members) >= 2 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;"
            "CREATE TRIGGER refuse_third BEFORE INSERT ON class_members FOR EACH ROW EXECUTE FUNCTION refuse_third()"
        )
        with pytest.raises(asyncpg.RaiseError):
            await classes.enroll(pg, klass["id"], teacher["id"], "instructor", ["stud_s1", "stud_s2", "stud_s3"])
        assert await conn.fetchval("SELECT count(*) FROM class_members") == 0
    finally:
        await conn.close()
        await pg.close()
