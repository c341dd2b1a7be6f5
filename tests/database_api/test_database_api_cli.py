"""The `database-api` program itself (the built PEX under Pants): commands, and refusing to run
in production with missing or default secrets."""

from __future__ import annotations

import subprocess

from physics_assistant.testing.servers import DatabaseApiServer


def _run(
    server: DatabaseApiServer, *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        server.command(*args),
        env={**server.env(), **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_help_lists_the_commands(database_api_server: DatabaseApiServer) -> None:
    print("running:", database_api_server.command())  # shows whether the built PEX or the sources ran
    result = _run(database_api_server, "--help")
    assert result.returncode == 0
    for command in ("migrate", "load-graph", "serve", "create-user"):
        assert command in result.stdout


def test_migrate_and_load_graph_are_idempotent(database_api_server: DatabaseApiServer) -> None:
    # The fixture already ran both once; running again changes nothing and succeeds.
    assert _run(database_api_server, "migrate").returncode == 0
    loaded = _run(database_api_server, "load-graph")
    assert loaded.returncode == 0 and '"Concept":' in loaded.stdout


def test_create_user_refuses_duplicates_and_short_passwords(database_api_server: DatabaseApiServer) -> None:
    first = _run(
        database_api_server,
        "create-user",
        "--username",
        "cli_admin",
        "--email",
        "cli@example.org",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a-good-password\n",
    )
    assert first.returncode == 0 and '"role": "admin"' in first.stdout
    again = _run(
        database_api_server,
        "create-user",
        "--username",
        "cli_admin",
        "--email",
        "cli2@example.org",
        "--password-stdin",
        stdin="a-good-password\n",
    )
    assert again.returncode != 0 and "already registered" in again.stderr
    short = _run(
        database_api_server,
        "create-user",
        "--username",
        "cli_short",
        "--email",
        "s@example.org",
        "--password-stdin",
        stdin="short\n",
    )
    assert short.returncode != 0 and "at least 8" in short.stderr


def test_production_refuses_default_secrets(database_api_server: DatabaseApiServer) -> None:
    for variable, value in (("JWT_SECRET_KEY", "changeme"), ("JWT_SECRET_KEY", ""), ("NEO4J_PASSWORD", "neo4j")):
        result = _run(database_api_server, "serve", "--port", "1", env={"ENVIRONMENT": "production", variable: value})
        assert result.returncode != 0
        assert variable in result.stderr and "configuration error" in result.stderr


def test_unreachable_store_is_a_clean_error(database_api_server: DatabaseApiServer) -> None:
    result = _run(
        database_api_server, "migrate", "--wait", "1", env={"DATABASE_URL": "postgresql://nobody:pw@127.0.0.1:1/none"}
    )
    assert result.returncode != 0 and "store unreachable" in result.stderr and "Traceback" not in result.stderr
