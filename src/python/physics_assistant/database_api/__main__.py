"""`database-api.pex {migrate|load-graph|create-user|serve}`: see docs/database.md."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

from physics_assistant.core.logging import configure_logging
from physics_assistant.core.settings import load_settings
from physics_assistant.database_api.settings import DatabaseApiSettings
from physics_assistant.database_api.stores import SERVICE

log = logging.getLogger("physics_assistant.database_api")
T = TypeVar("T")


def _retrying(what: str, wait_s: float, attempt: Callable[[], T], down: tuple[type[Exception], ...]) -> T:
    """Run `attempt` until it succeeds or `wait_s` passes: one-shot jobs (Compose, Kubernetes)
    often start before their store accepts connections."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return attempt()
        except down as exc:
            if time.monotonic() >= deadline:
                raise SystemExit(f"{what}: store unreachable after {wait_s:g} s: {exc}") from None
            log.info("store not ready; retrying", extra={"step": what, "error": str(exc)[:200]})
            time.sleep(1.0)


def _migrate(settings: DatabaseApiSettings, wait_s: float) -> None:
    from physics_assistant.database_api.postgres.migrations import MigrationError, migrate
    from physics_assistant.database_api.postgres.pool import POSTGRES_DOWN

    def attempt() -> list[Any]:
        return asyncio.run(migrate(settings.postgres_dsn, timeout_s=max(settings.store_timeout_s, 10)))

    try:
        applied = _retrying("migrate", wait_s, attempt, POSTGRES_DOWN)
    except MigrationError as exc:
        raise SystemExit(f"migrate: {exc}") from None
    log.info("migrations done", extra={"applied": [f"{m.version:04d}_{m.name}" for m in applied]})


def _load_graph(settings: DatabaseApiSettings, wait_s: float) -> None:
    from physics_assistant.database_api.graph.catalog import CATALOG
    from physics_assistant.database_api.graph.driver import Graph
    from physics_assistant.database_api.graph.loader import load_graph
    from physics_assistant.database_api.redis_store import client as redis_client
    from physics_assistant.database_api.redis_store.cache import ResponseCache

    async def run() -> dict[str, int]:
        graph = Graph(
            settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database, timeout_s=30
        )
        try:
            counts = await load_graph(graph.driver, settings.neo4j_database, CATALOG)
        finally:
            await graph.close()
        # Cached graph answers are stale now; clearing them is best effort (they expire anyway).
        redis = redis_client.connect(settings.redis_url)
        try:
            cleared = await ResponseCache(redis, settings.cache_ttl_s).clear()
            log.info("cleared cached graph answers", extra={"keys": cleared})
        except redis_client.REDIS_DOWN as exc:
            log.warning("could not clear the response cache", extra={"error": str(exc)[:200]})
        finally:
            await redis.aclose()
        return counts

    from physics_assistant.database_api.graph.driver import NEO4J_DOWN

    counts = _retrying("load-graph", wait_s, lambda: asyncio.run(run()), NEO4J_DOWN)
    log.info("knowledge graph loaded", extra={"version": CATALOG.version, "counts": counts})
    print(json.dumps({"version": CATALOG.version, **counts}))


def _create_user(settings: DatabaseApiSettings, args: argparse.Namespace) -> None:
    """Bootstrap accounts (the first admin) without going through the API."""
    from physics_assistant.database_api import passwords
    from physics_assistant.database_api.errors import Conflict
    from physics_assistant.database_api.postgres import users
    from physics_assistant.database_api.postgres.pool import Postgres

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else os.environ.get("PA_NEW_USER_PASSWORD", "")
    if len(password) < 8:
        raise SystemExit(
            "password must be at least 8 characters (stdin with --password-stdin, or PA_NEW_USER_PASSWORD)"
        )

    async def run() -> dict[str, object]:
        pg = Postgres(settings.postgres_dsn, timeout_s=10)
        try:
            return await users.create_user(
                pg,
                email=args.email,
                username=args.username,
                password_hash=passwords.hash_password_sync(password),
                role=args.role,
            )
        finally:
            await pg.close()

    try:
        user = asyncio.run(run())
    except Conflict as exc:
        raise SystemExit(str(exc)) from None
    print(json.dumps({"id": user["id"], "username": user["username"], "role": user["role"]}))


def _serve(settings: DatabaseApiSettings, args: argparse.Namespace) -> None:
    from physics_assistant.core.serve import serve_asgi

    if not settings.jwt_secret_key:
        # Development only (production refused to start above). One key for every worker, so a
        # token issued by one worker verifies in the others.
        os.environ["JWT_SECRET_KEY"] = secrets.token_urlsafe(32)
        log.warning("JWT_SECRET_KEY is not set: using a random key for this run")
    serve_asgi(
        "physics_assistant.database_api.app:create_app",
        service=SERVICE,
        host=args.host,
        port=args.port,
        workers=args.workers,
        reload=args.reload,
        log_level=settings.log_level,
        factory=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="database-api.pex", description="Physics Assistant Database API (:8001)")
    sub = parser.add_subparsers(dest="command", required=True)
    migrate = sub.add_parser(
        "migrate", help="apply pending PostgreSQL migrations (idempotent, safe to run concurrently)"
    )
    load = sub.add_parser("load-graph", help="create constraints and load the knowledge graph (idempotent)")
    for one_shot in (migrate, load):
        one_shot.add_argument(
            "--wait", type=float, default=60.0, metavar="SECONDS", help="retry while the store is unreachable"
        )
    create = sub.add_parser("create-user", help="create an account with any role (e.g. the first admin)")
    create.add_argument("--username", required=True)
    create.add_argument("--email", required=True)
    create.add_argument("--role", choices=("student", "instructor", "admin"), default="student")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin (else PA_NEW_USER_PASSWORD)"
    )
    serve = sub.add_parser("serve", help="serve the HTTP API (granian)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--reload", action="store_true", help="development: uvicorn with auto-reload")
    args = parser.parse_args(argv)

    settings = load_settings(DatabaseApiSettings)
    configure_logging(SERVICE, settings.log_level)
    if args.command == "migrate":
        _migrate(settings, args.wait)
    elif args.command == "load-graph":
        _load_graph(settings, args.wait)
    elif args.command == "create-user":
        _create_user(settings, args)
    else:
        _serve(settings, args)


if __name__ == "__main__":
    main()
