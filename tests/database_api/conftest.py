"""Real servers for the Database API tests (see physics_assistant.testing.servers)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from physics_assistant.testing import servers
from physics_assistant.testing.servers import DatabaseApiServer

# Fixtures are found by name in this module.
postgres_server = servers.postgres_server
redis_server = servers.redis_server
bolt_server = servers.bolt_server
database_api_server = servers.database_api_server
postgres_database = servers.postgres_database
redis_url = servers.redis_url


@dataclass
class User:
    id: int
    username: str
    password: str
    token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture(scope="session")
def api(database_api_server: DatabaseApiServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=database_api_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def root_admin(database_api_server: DatabaseApiServer) -> dict[str, str]:
    """Headers of the first admin, created with the `create-user` CLI (the bootstrap path)."""
    password = secrets.token_urlsafe(12)
    database_api_server.create_user("root_admin", password, "admin")
    return {"Authorization": f"Bearer {database_api_server.login('root_admin', password)['access_token']}"}


@pytest.fixture(scope="session")
def make_user(database_api_server: DatabaseApiServer, api: httpx.Client, root_admin: dict[str, str]):  # type: ignore[no-untyped-def]
    """make_user(role="student") -> User, a fresh account with tokens (other roles set by an admin)."""

    def make(role: str = "student", username: str | None = None) -> User:
        username = username or f"{role[:3]}_{secrets.token_hex(5)}"
        password = secrets.token_urlsafe(12)
        response = api.post(
            "/v1/auth/register", json={"email": f"{username}@example.org", "username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        user_id = response.json()["id"]
        if role != "student":
            changed = api.patch(f"/v1/users/{user_id}/role", json={"role": role}, headers=root_admin)
            assert changed.status_code == 200, changed.text
        tokens = database_api_server.login(username, password)
        return User(user_id, username, password, tokens["access_token"], tokens["refresh_token"])

    return make


@pytest.fixture(scope="session")
def interaction():  # type: ignore[no-untyped-def]
    """interaction(**overrides) -> a valid POST /v1/interactions body."""
    return _interaction


def _interaction(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "topic": "kinematics",
        "question": "A ball is thrown at 20 m/s at 30 degrees. How far does it go?",
        "answer": {"value": 35.3, "unit": "m", "display": "35.3 m"},
        "tools_used": [{"server": "kinematics", "tool": "projectile", "arguments": {"speed": 20, "angle": "30 deg"}}],
        "success": True,
        "duration_ms": 42,
        "session_id": None,
    }
    body.update(overrides)
    return body
