"""scripts/backup-postgres.sh and scripts/restore-postgres.sh round-trip real data."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx

from physics_assistant.testing.servers import DatabaseApiServer

TABLES = (
    "users",
    "user_preferences",
    "classes",
    "class_members",
    "sessions",
    "interactions",
    "concept_progress",
    "schema_migrations",
)


def _script(name: str) -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base / "scripts" / name).is_file():
            return base / "scripts" / name
    raise FileNotFoundError(name)


def _run(script: str, database_url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url}
    result = subprocess.run(
        ["bash", str(_script(script)), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _fingerprint(server: DatabaseApiServer, database: str) -> dict[str, str]:
    """Row count and an order-independent hash of every row, per table."""
    out = {}
    for table in TABLES:
        out[table] = server.postgres.psql(
            "SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') "
            f"FROM {table} t",
            database,
        )
    return out


def test_backup_and_restore_round_trip(
    database_api_server: DatabaseApiServer, make_user, interaction, api: httpx.Client, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    teacher, student = make_user("instructor"), make_user()
    klass = api.post("/v1/classes", json={"name": "Backup class"}, headers=teacher.headers).json()
    api.post(f"/v1/classes/{klass['id']}/students", json={"usernames": [student.username]}, headers=teacher.headers)
    session = api.post("/v1/sessions", json={"metadata": {"k": "v"}}, headers=student.headers).json()
    for ok in (True, False, True):
        api.post(
            "/v1/interactions",
            json=interaction(success=ok, session_id=session["id"], concepts=["torque"]),
            headers=student.headers,
        )
    api.put("/v1/users/me/preferences", json={"units": "SI"}, headers=student.headers)

    pg = database_api_server.postgres
    source = database_api_server.database
    dump = _run("backup-postgres.sh", pg.url(source), str(tmp_path / "nested" / "backup.dump"))
    assert Path(dump).is_file() and Path(dump).stat().st_size > 0

    # Into an empty database: identical content, table by table.
    target = pg.create_database()
    try:
        message = _run("restore-postgres.sh", pg.url(target), dump)
        assert "schema version" in message
        assert _fingerprint(database_api_server, target) == _fingerprint(database_api_server, source)

        # --clean over a database that has drifted brings the backup back exactly.
        pg.psql("DELETE FROM interactions; UPDATE users SET role = 'admin'", target)
        _run("restore-postgres.sh", pg.url(target), "--clean", dump)
        assert _fingerprint(database_api_server, target) == _fingerprint(database_api_server, source)

        # The restored database serves the API: the student logs in with their (hashed) password.
        restored = DatabaseApiServer(
            pg, database_api_server.redis, database_api_server.bolt, database=target, redis_db=7
        )
        restored.start()
        try:
            token = restored.login(student.username, student.password)["access_token"]
            page = httpx.get(f"{restored.url}/v1/interactions", headers={"Authorization": f"Bearer {token}"}).json()
            assert page["total"] == 3
        finally:
            restored.stop()
    finally:
        pg.drop_database(target)


def test_restore_refuses_a_missing_or_corrupt_dump(database_api_server: DatabaseApiServer, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": database_api_server.postgres.url(database_api_server.database)}
    missing = subprocess.run(
        ["bash", str(_script("restore-postgres.sh")), str(tmp_path / "nope.dump")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode != 0 and "no such dump" in missing.stderr
    corrupt = tmp_path / "corrupt.dump"
    corrupt.write_bytes(b"PGDMP but not really")
    bad = subprocess.run(
        ["bash", str(_script("restore-postgres.sh")), str(corrupt)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0
