"""Real servers for tests: a private PostgreSQL cluster, Redis, ArcadeDB's Bolt server, and the
real Database API running on top of them. No mocks: every fixture starts the actual program.

Use the fixtures by naming them in a test module or a ``conftest.py`` (pytest finds fixtures by
name in those namespaces; a non-root conftest may not declare ``pytest_plugins``). Assigning them
keeps ruff quiet about the fixture parameters that shadow imported names::

    from physics_assistant.testing import servers

    database_api_server = servers.database_api_server   # also pulls in the three store fixtures
    postgres_server = servers.postgres_server
    redis_server = servers.redis_server
    bolt_server = servers.bolt_server

    def test_records_on_behalf_of_the_student(database_api_server):
        api = database_api_server                     # a DatabaseApiServer: migrated, graph loaded
        token = api.new_user_token("ada")             # registers a student and logs in
        httpx.post(f"{api.url}/v1/interactions", headers={"Authorization": f"Bearer {token}"}, json=...)
        my_env = {"DATABASE_API_URL": api.url, "JWT_SECRET_KEY": api.jwt_secret}
        teacher = api.new_user_token("mr_t", role="instructor")   # other roles via `create-user`

In the test's BUILD target add
``runtime_package_dependencies=["src/python/physics_assistant/database_api:database-api"]`` so the
real PEX runs (without it the fixture runs ``python -m physics_assistant.database_api`` from the
sources, which then must be among the test's dependencies).

What each gives. All are session-scoped and torn down at the end, even when a test fails. Pants runs
each test file in its own process unless the targets share a ``batch_compatibility_tag`` (see
tests/database_api/BUILD), which lets a directory start its servers once.

- ``postgres_server`` -> :class:`PostgresServer`: ``initdb`` + ``pg_ctl`` on a free port in a temp
  dir, password auth (scram) on 127.0.0.1, run as the ``postgres`` user when we are root.
  ``.create_database()`` gives a fresh, empty database (cheap); ``.url(db)`` its URL; ``.psql()``.
  ``postgres_database`` is a per-test fresh database URL.
- ``redis_server`` -> :class:`RedisServer`: ``redis-server --save '' --appendonly no``; ``.flush()``;
  ``redis_url`` is a per-test URL of the flushed server.
- ``bolt_server`` -> :class:`BoltServer`: ArcadeDB (java from ``$PA_ARCADEDB_HOME/jre``) with its
  Bolt plugin; the official neo4j driver talks to it as to Neo4j. ``.clear()`` empties the graph.
- ``database_api_server`` -> :class:`DatabaseApiServer`: ``database-api migrate``, ``load-graph``
  and ``serve`` on a fresh database, with generous rate limits (tests hammer it from one address).
  Build your own for other settings: ``DatabaseApiServer(pg, redis, bolt, redis_db=2,
  extra_env={"CACHE_TTL_S": "0"})``, then ``.prepare()`` and ``.start()``; ``.stop()`` at the end.

Every server has ``.stopped()``, a context manager that stops it and starts it again on exit (same
port; Postgres and ArcadeDB keep their data, Redis starts empty), for tests of "a store goes down
mid-request". A missing binary calls :func:`physics_assistant.testing.requirements.missing`: a
skip on a laptop, a failure in CI (PA_REQUIRE_SERVICES=1).

Without pytest (scripts, benchmarks) use the classes directly: ``with RedisServer() as r: ...``.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Self, TypeVar

import pytest

from physics_assistant.testing.processes import ServiceProcess, free_port, python_command, source_env
from physics_assistant.testing.requirements import missing

DATABASE_API_PEX = "bin/database-api.pex"
DATABASE_API_MODULE = "physics_assistant.database_api"


class ServerUnavailable(RuntimeError):
    """A server binary is not installed (the fixtures turn this into requirements.missing())."""


def _discard_log(process: ServiceProcess) -> None:
    # Start-up failures already carry the log tail in their exception; after a clean stop the
    # log file is clutter in /tmp.
    process.log_path.unlink(missing_ok=True)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


class _Lifecycle:
    """What every server offers on top of its own start() and stop(): close(), ``with`` and
    ``stopped()``."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop; servers that keep files remove them too."""
        self.stop()

    @contextlib.contextmanager
    def stopped(self) -> Iterator[None]:
        """Stop the server (clients are disconnected), start it again on exit (same port)."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class _OwnsProcess:
    """stop() for a server that runs as one ServiceProcess."""

    process: ServiceProcess | None
    stop_timeout: ClassVar[float] = 10.0

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(timeout=self.stop_timeout)
            _discard_log(self.process)
            self.process = None


# --------------------------------------------------------------------------------------------
# PostgreSQL


def postgres_bin_dir() -> Path:
    """Directory holding initdb/pg_ctl: PATH first, then Debian's /usr/lib/postgresql/<v>/bin."""
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    raise ServerUnavailable("PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path))


@dataclass
class PostgresServer(_Lifecycle):
    """A private PostgreSQL cluster on 127.0.0.1:<port>, password-authenticated."""

    port: int = field(default_factory=free_port)
    user: str = "postgres"
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pa-pg-")))
    bin_dir: Path = field(default_factory=postgres_bin_dir)
    _db_counter: int = 0

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    def _as_postgres(self, command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        # The postgres binaries refuse to run as root; drop to the `postgres` system user.
        if _is_root():
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=False, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log_path.read_text(errors="replace")[-3000:] if self.log_path.exists() else ""
            raise RuntimeError(f"{what} failed ({result.returncode}): {result.stdout}{result.stderr}\n{log}")

    def start(self) -> PostgresServer:
        if _is_root():
            if shutil.which("runuser") is None:
                raise ServerUnavailable("runuser (util-linux), needed to run Postgres as the postgres user")
            try:
                shutil.chown(self.root, user="postgres", group="postgres")
            except LookupError:
                raise ServerUnavailable("the `postgres` system user (apt-get install postgresql)") from None
        if not (self.data_dir / "PG_VERSION").exists():
            pwfile = self.root / "pwfile"
            pwfile.write_text(self.password + "\n")
            if _is_root():
                shutil.chown(pwfile, user="postgres")
            result = self._as_postgres(
                [
                    str(self.bin_dir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    self.user,
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    f"--pwfile={pwfile}",
                    "--no-sync",
                    "--encoding=UTF8",
                    "--locale=C",
                ]
            )
            pwfile.unlink()
            self._check(result, "initdb")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            # Throwaway test data: durability costs time and buys nothing here.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        result = self._as_postgres(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_path),
                "-w",
                "-o",
                options,
                "start",
            ]
        )
        self._check(result, "pg_ctl start")
        return self

    def stop(self, mode: str = "fast") -> None:
        if (self.data_dir / "postmaster.pid").exists():
            self._as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop"])

    def close(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL with psql over the local socket; returns unaligned, tuples-only output."""
        result = self._as_postgres(
            [
                str(self.bin_dir / "psql"),
                "-h",
                str(self.root),
                "-p",
                str(self.port),
                "-U",
                self.user,
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-X",
                "-q",
                "-A",
                "-t",
                "-c",
                sql,
            ]
        )
        self._check(result, f"psql {sql[:60]!r}")
        return result.stdout.strip()

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """Create an empty database (or a copy of `template`) and return its name."""
        if name is None:
            self._db_counter += 1
            name = f"test_{os.getpid()}_{self._db_counter}"
        clause = f" TEMPLATE {template}" if template else ""
        self.psql(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --------------------------------------------------------------------------------------------
# Redis


@dataclass
class RedisServer(_OwnsProcess, _Lifecycle):
    """redis-server on 127.0.0.1:<port> with persistence off."""

    port: int = field(default_factory=free_port)
    process: ServiceProcess | None = None

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise ServerUnavailable("redis-server: apt-get install redis-server")
        command = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = ServiceProcess("redis", command).start()
        self.process.wait_for_port(self.port, timeout=20)
        return self

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def flush(self) -> None:
        import redis

        client = redis.Redis.from_url(self.url())
        try:
            client.flushall()
        finally:
            client.close()


# --------------------------------------------------------------------------------------------
# Bolt (ArcadeDB standing in for Neo4j 5)


def arcadedb_home() -> Path:
    home = os.environ.get("PA_ARCADEDB_HOME", "")
    if not home or not (Path(home) / "jre" / "bin" / "java").is_file() or not (Path(home) / "jars").is_dir():
        raise ServerUnavailable('ArcadeDB (PA_ARCADEDB_HOME with jre/ and jars/): eval "$(scripts/setup-machine.sh)"')
    return Path(home)


@dataclass
class BoltServer(_OwnsProcess, _Lifecycle):
    """ArcadeDB with its Bolt plugin: database ``neo4j``, user ``root``."""

    stop_timeout: ClassVar[float] = 20.0

    bolt_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pa-bolt-")))
    home: Path = field(default_factory=arcadedb_home)
    user: str = "root"
    database: str = "neo4j"
    # Tests want a quick start (C1 JIT only); benchmarks want steady-state speed (full JIT).
    quick_start: bool = True
    process: ServiceProcess | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self) -> BoltServer:
        command = [
            str(self.home / "jre" / "bin" / "java"),
            "-Xmx512m",
            # A small, short-lived test server: skip the JIT's slow tiers, start quickly.
            *(["-XX:TieredStopAtLevel=1"] if self.quick_start else []),
            f"-Darcadedb.server.rootPath={self.root}",
            f"-Darcadedb.server.rootPassword={self.password}",
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={self.http_port}",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "-Darcadedb.bolt.host=127.0.0.1",
            f"-Darcadedb.bolt.port={self.bolt_port}",
            f"-Darcadedb.server.defaultDatabases={self.database}[{self.user}]",
            "-cp",
            str(self.home / "jars" / "*"),
            "com.arcadedb.server.ArcadeDBServer",
        ]
        self.process = ServiceProcess("arcadedb", command, cwd=str(self.root)).start()
        self.process.wait_for_port(self.bolt_port, timeout=90)
        return self

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def clear(self) -> None:
        """Delete every node and relationship (constraints and indexes stay)."""
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password)) as driver:
            driver.execute_query("MATCH (n) DETACH DELETE n", database_=self.database)


# --------------------------------------------------------------------------------------------
# The Database API on top of the three stores


@dataclass
class DatabaseApiServer(_OwnsProcess):
    """The real Database API (`database-api serve`) on a fresh database, graph loaded."""

    postgres: PostgresServer
    redis: RedisServer
    bolt: BoltServer
    port: int = field(default_factory=free_port)
    jwt_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    database: str = ""
    # Redis logical database: give each API instance sharing one redis-server its own.
    redis_db: int = 0
    # Extra `serve` arguments, e.g. ("--workers", "2").
    serve_args: tuple[str, ...] = ()
    # The PEX to run when present (else the sources): Pants puts it here in a test sandbox.
    pex: str = DATABASE_API_PEX
    extra_env: dict[str, str] = field(default_factory=dict)
    process: ServiceProcess | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """The environment the service runs with (also what `migrate`/`load-graph` get)."""
        if not self.database:
            self.database = self.postgres.create_database()
        values = {
            "DATABASE_URL": self.postgres.url(self.database),
            "NEO4J_URI": self.bolt.uri,
            "NEO4J_USER": self.bolt.user,
            "NEO4J_PASSWORD": self.bolt.password,
            "NEO4J_DATABASE": self.bolt.database,
            "REDIS_URL": self.redis.url(self.redis_db),
            "JWT_SECRET_KEY": self.jwt_secret,
            "ENVIRONMENT": "test",
            "LOG_LEVEL": "WARNING",
            # Tests hammer the API from one address; the limits themselves are tested separately.
            "RATE_LIMIT_IP_PER_MINUTE": "100000",
            "RATE_LIMIT_USER_PER_MINUTE": "100000",
            "RATE_LIMIT_AUTH_PER_MINUTE": "100000",
        }
        values.update(self.extra_env)
        return source_env(values)

    def command(self, *args: str) -> list[str]:
        return [*python_command(self.pex, DATABASE_API_MODULE), *args]

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        """Run a one-shot CLI command (`migrate`, `load-graph`, ...) and return its result."""
        return subprocess.run(
            self.command(*args), env=self.env(), capture_output=True, text=True, timeout=timeout, check=False
        )

    def prepare(self) -> None:
        for step in ("migrate", "load-graph"):
            result = self.run(step)
            if result.returncode != 0:
                raise RuntimeError(f"database-api {step} failed ({result.returncode}):\n{result.stderr[-4000:]}")

    def start(self) -> DatabaseApiServer:
        self.process = ServiceProcess(
            "database-api",
            self.command("serve", "--host", "127.0.0.1", "--port", str(self.port), *self.serve_args),
            env=self.env(),
        ).start()
        self.process.wait_for_http(f"{self.url}/health", timeout=90)
        return self

    def create_user(self, username: str, password: str, role: str = "student") -> int:
        """Create an account with any role through the `create-user` CLI; returns its id."""
        result = subprocess.run(
            self.command(
                "create-user",
                "--username",
                username,
                "--email",
                f"{username}@example.org",
                "--role",
                role,
                "--password-stdin",
            ),
            input=password + "\n",
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"create-user {username}: {result.stderr[-2000:]}")
        return int(json.loads(result.stdout.strip().splitlines()[-1])["id"])

    def login(self, username: str, password: str) -> dict[str, str]:
        """`POST /v1/auth/token`; returns the token response (access_token, refresh_token, ...)."""
        import httpx

        response = httpx.post(
            f"{self.url}/v1/auth/token", data={"username": username, "password": password}, timeout=30
        )
        response.raise_for_status()
        return dict(response.json())

    def new_user_token(self, username: str | None = None, password: str | None = None, role: str = "student") -> str:
        """A fresh account (registered through the API; other roles via `create-user`) and an access token."""
        import httpx

        username = username or f"user_{secrets.token_hex(4)}"
        password = password or secrets.token_urlsafe(16)
        if role == "student":
            response = httpx.post(
                f"{self.url}/v1/auth/register",
                json={"email": f"{username}@example.org", "username": username, "password": password},
                timeout=30,
            )
            if response.status_code != 201:
                raise RuntimeError(f"register {username}: {response.status_code} {response.text}")
        else:
            self.create_user(username, password, role)
        return self.login(username, password)["access_token"]


# --------------------------------------------------------------------------------------------
# pytest fixtures


S = TypeVar("S", bound=_Lifecycle)


def _running(factory: Callable[[], S]) -> Iterator[S]:
    """A started server for a fixture, closed afterwards; a missing binary is requirements.missing()."""
    try:
        server = factory()
    except ServerUnavailable as exc:
        missing(str(exc))
        raise  # pragma: no cover - missing() always raises
    try:
        try:
            server.start()
        except ServerUnavailable as exc:
            missing(str(exc))
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    yield from _running(PostgresServer)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    yield from _running(RedisServer)


@pytest.fixture(scope="session")
def bolt_server() -> Iterator[BoltServer]:
    yield from _running(BoltServer)


@pytest.fixture()
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of a fresh, empty database for one test (dropped afterwards)."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture()
def redis_url(redis_server: RedisServer) -> str:
    """URL of the session's Redis, flushed for this test."""
    redis_server.flush()
    return redis_server.url()


@pytest.fixture(scope="session")
def database_api_server(
    postgres_server: PostgresServer, redis_server: RedisServer, bolt_server: BoltServer
) -> Iterator[DatabaseApiServer]:
    api = DatabaseApiServer(postgres_server, redis_server, bolt_server)
    try:
        api.prepare()
        api.start()
        yield api
    finally:
        api.stop()


def wait_until(predicate: object, timeout: float = 10.0, interval: float = 0.1) -> bool:
    """Poll `predicate()` until it is truthy or `timeout` passes; returns the last answer."""
    deadline = time.monotonic() + timeout
    while True:
        result = bool(predicate())  # type: ignore[operator]
        if result or time.monotonic() > deadline:
            return result
        time.sleep(interval)
