"""Fixtures for the tutor's end-to-end tests: one stack, six MCP
servers and the tutor, per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents_api.stack import McpServers, Tutor, start_mcp, start_tutor, warm_up


@pytest.fixture(scope="module")
def mcp_servers() -> Iterator[McpServers]:
    servers = start_mcp()
    yield servers
    servers.stop_all()


@pytest.fixture(scope="module")
def tutor(mcp_servers: McpServers) -> Iterator[Tutor]:
    running = start_tutor(mcp_servers)
    warm_up(running)
    yield running
    running.process.stop()


# The real Database API (Postgres, Redis and ArcadeDB's Bolt server underneath) for the recording
# test; started only by the tests that ask for it.
from physics_assistant.testing.servers import (  # noqa: E402, F401 - pytest fixtures
    bolt_server,
    database_api_server,
    postgres_server,
    redis_server,
)
