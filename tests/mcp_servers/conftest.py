from __future__ import annotations

from collections.abc import Iterator

import pytest
from mcp_servers.servers import ServerPool, server_pool


@pytest.fixture(scope="session")
def servers() -> Iterator[ServerPool]:
    with server_pool() as pool:
        yield pool
