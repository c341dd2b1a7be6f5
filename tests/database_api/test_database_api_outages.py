"""Stores really going down mid-test: the API answers 503 naming the store, never 500 or a hang,
keeps serving what does not need that store, and recovers when it comes back.

This module starts its own servers (stopping the shared ones would disturb other tests)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import httpx
import pytest

from physics_assistant.testing.requirements import missing
from physics_assistant.testing.servers import (
    BoltServer,
    DatabaseApiServer,
    PostgresServer,
    RedisServer,
    ServerUnavailable,
    wait_until,
)

# A request to a dead store must fail fast; this bounds it generously so a hang fails the test.
TIMEOUT = httpx.Timeout(20.0)


@pytest.fixture(scope="module")
def stack() -> Iterator[DatabaseApiServer]:
    servers: list[PostgresServer | RedisServer | BoltServer] = []
    try:
        for kind in (PostgresServer, RedisServer, BoltServer):
            server = kind()
            servers.append(server)
            server.start()
    except ServerUnavailable as exc:
        for server in servers:
            server.close()
        missing(str(exc))
    pg, redis, bolt = servers
    api = DatabaseApiServer(pg, redis, bolt, extra_env={"STORE_TIMEOUT_S": "2"})  # type: ignore[arg-type]
    try:
        api.prepare()
        api.start()
        yield api
    finally:
        api.stop()
        for server in servers:
            server.close()


@pytest.fixture(scope="module")
def client(stack: DatabaseApiServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.url, timeout=TIMEOUT) as c:
        yield c


@pytest.fixture(scope="module")
def student(stack: DatabaseApiServer, client: httpx.Client) -> dict[str, str]:
    password = secrets.token_urlsafe(12)
    client.post(
        "/v1/auth/register", json={"email": "s@example.org", "username": "outage_student", "password": password}
    )
    return {"Authorization": f"Bearer {stack.login('outage_student', password)['access_token']}"}


BODY = {"topic": "energy", "question": "q", "answer": {"v": 1}, "tools_used": [], "success": True, "duration_ms": 5}


def _assert_down(response: httpx.Response, store: str) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["dependency"] == store
    assert response.headers.get("retry-after")


def _healthy(client: httpx.Client) -> bool:
    return client.get("/health").status_code == 200


def test_postgres_down(stack: DatabaseApiServer, client: httpx.Client, student: dict[str, str]) -> None:
    assert client.post("/v1/interactions", json=BODY, headers=student).status_code == 201
    with stack.postgres.stopped():
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["down"] == ["postgres"]
        assert client.get("/health/postgres").status_code == 503
        _assert_down(client.post("/v1/interactions", json=BODY, headers=student), "postgres")
        _assert_down(client.get("/v1/interactions", headers=student), "postgres")
        _assert_down(client.get("/v1/users/me", headers=student), "postgres")
        _assert_down(client.get("/v1/progress/me", headers=student), "postgres")
        _assert_down(
            client.post("/v1/auth/token", data={"username": "outage_student", "password": "x" * 9}), "postgres"
        )
        # The knowledge graph does not need Postgres.
        assert client.get("/v1/concepts/work").status_code == 200
        assert client.get("/health/redis").status_code == 200
    assert wait_until(lambda: _healthy(client), timeout=30)
    assert client.post("/v1/interactions", json=BODY, headers=student).status_code == 201


def test_redis_down(stack: DatabaseApiServer, client: httpx.Client, student: dict[str, str]) -> None:
    with stack.redis.stopped():
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["down"] == ["redis"]
        _assert_down(client.post("/v1/sessions", json={}, headers=student), "redis")
        # Login refuses rather than allow unlimited password guessing without a rate limit.
        _assert_down(client.post("/v1/auth/token", data={"username": "outage_student", "password": "x" * 9}), "redis")
        # Rate limits and the cache fail open: recording and graph reads keep working.
        assert client.post("/v1/interactions", json=BODY, headers=student).status_code == 201
        assert client.get("/v1/concepts/momentum_in_two_dimensions").status_code == 200
    assert wait_until(lambda: _healthy(client), timeout=30)
    assert client.post("/v1/sessions", json={}, headers=student).status_code == 201


def test_graph_down(stack: DatabaseApiServer, client: httpx.Client, student: dict[str, str]) -> None:
    with stack.bolt.stopped():
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["down"] == ["neo4j"]
        _assert_down(client.get("/v1/concepts/rc_circuits/prerequisites"), "neo4j")
        _assert_down(client.get("/v1/concepts", params={"subdomain": "optics"}), "neo4j")
        _assert_down(client.get("/v1/learning-path", params={"target": "ohms_law"}, headers=student), "neo4j")
        # Recording maps tools to concepts in-process: it does not need the graph database.
        assert client.post("/v1/interactions", json={**BODY, "concepts": ["work"]}, headers=student).status_code == 201
    assert wait_until(lambda: _healthy(client), timeout=60)
    assert client.get("/v1/concepts/rc_circuits/prerequisites").status_code == 200


def test_health_reports_every_store_by_name(client: httpx.Client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and set(body["checks"]) == {"postgres", "neo4j", "redis"}
    metrics = client.get("/metrics").text
    for store in ("postgres", "neo4j", "redis"):
        assert f'pa_dependency_up{{dependency="{store}",service="database-api"}} 1.0' in metrics
