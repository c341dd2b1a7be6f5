"""Tests that need a real server or tool: skip on a developer machine without it, FAIL in CI.

CI (`.ci/run`, `scripts/test.sh`) exports ``PA_REQUIRE_SERVICES=1``; then a missing Postgres,
Redis, Bolt server, browser or Node is a test failure, so nothing passes vacuously.
"""

from __future__ import annotations

import os
import shutil

import pytest


def services_required() -> bool:
    return os.environ.get("PA_REQUIRE_SERVICES", "") not in ("", "0", "false", "no")


def missing(what: str, how_to_fix: str = "") -> None:
    """Stop the current test because `what` is unavailable: fail under CI, skip elsewhere."""
    message = f"{what} is not available" + (f" ({how_to_fix})" if how_to_fix else "")
    if services_required():
        pytest.fail(f"PA_REQUIRE_SERVICES=1 and {message}", pytrace=False)
    pytest.skip(message)


def require_executable(name: str, how_to_fix: str = "run scripts/setup-machine.sh") -> str:
    """Absolute path of an executable on PATH, or fail/skip via :func:`missing`."""
    path = shutil.which(name)
    if path is None:
        missing(f"executable {name!r}", how_to_fix)
        raise AssertionError("unreachable")  # pragma: no cover - missing() always raises
    return path
