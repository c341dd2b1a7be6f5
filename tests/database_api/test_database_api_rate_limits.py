"""Rate limits in Redis, per client address and per user, against an API started with low limits."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from physics_assistant.testing.servers import DatabaseApiServer


@pytest.fixture(scope="module")
def limited(postgres_server, redis_server, bolt_server) -> Iterator[DatabaseApiServer]:  # type: ignore[no-untyped-def]
    api = DatabaseApiServer(
        postgres_server,
        redis_server,
        bolt_server,
        redis_db=3,  # its own counters, apart from any other API instance on this redis-server
        extra_env={
            "RATE_LIMIT_IP_PER_MINUTE": "60",
            "RATE_LIMIT_USER_PER_MINUTE": "8",
            "RATE_LIMIT_AUTH_PER_MINUTE": "5",
            "TRUST_FORWARDED_FOR": "true",
        },
    )
    try:
        api.prepare()
        api.start()
        yield api
    finally:
        api.stop()


def _flush(api: DatabaseApiServer) -> None:
    """Start a test with clean counters, early in a window: the limits count per UTC minute, and a
    burst that straddles a minute's end is counted in two windows (a flaky pass or fail)."""
    import redis

    left = 60 - time.time() % 60
    if left < 25:
        time.sleep(left + 0.1)

    client = redis.Redis.from_url(api.env()["REDIS_URL"])
    try:
        client.flushdb()
    finally:
        client.close()


def test_login_attempts_per_address(limited: DatabaseApiServer) -> None:
    _flush(limited)
    with httpx.Client(base_url=limited.url, headers={"X-Forwarded-For": "203.0.113.7"}) as client:
        statuses = [
            client.post("/v1/auth/token", data={"username": "nobody", "password": "guess1234"}).status_code
            for _ in range(7)
        ]
        assert statuses[:5] == [401] * 5 and statuses[5:] == [429, 429]
        refused = client.post("/v1/auth/token", data={"username": "nobody", "password": "guess1234"})
        assert refused.json()["scope"] == "auth" and 1 <= int(refused.headers["retry-after"]) <= 60
    # Another address is not affected.
    with httpx.Client(base_url=limited.url, headers={"X-Forwarded-For": "198.51.100.9"}) as other:
        assert other.post("/v1/auth/token", data={"username": "nobody", "password": "guess1234"}).status_code == 401


def test_requests_per_user_are_limited_independently(limited: DatabaseApiServer) -> None:
    _flush(limited)
    tokens = []
    for i, address in enumerate(("192.0.2.10", "192.0.2.11")):
        headers = {"X-Forwarded-For": address}
        name = f"limited_user_{i}"
        httpx.post(
            f"{limited.url}/v1/auth/register",
            json={"email": f"{name}@example.org", "username": name, "password": "password123"},
            headers=headers,
        )
        token = httpx.post(
            f"{limited.url}/v1/auth/token", data={"username": name, "password": "password123"}, headers=headers
        )
        tokens.append(token.json()["access_token"])
    with httpx.Client(base_url=limited.url, headers={"X-Forwarded-For": "192.0.2.20"}) as client:
        first = [
            client.get("/v1/users/me", headers={"Authorization": f"Bearer {tokens[0]}"}).status_code for _ in range(10)
        ]
        assert first[:8] == [200] * 8 and first[8:] == [429, 429]
        assert client.get("/v1/users/me", headers={"Authorization": f"Bearer {tokens[1]}"}).status_code == 200


def test_requests_per_address(limited: DatabaseApiServer) -> None:
    _flush(limited)
    with httpx.Client(base_url=limited.url, headers={"X-Forwarded-For": "203.0.113.99"}) as client:
        statuses = [client.get("/v1/concepts/work").status_code for _ in range(62)]
    assert statuses.count(200) == 60 and statuses[-1] == 429
    # /health and /metrics are not rate limited (probes and scrapers must always get through).
    assert httpx.get(f"{limited.url}/health").status_code == 200
