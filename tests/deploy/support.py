"""Helpers for the deploy/ checks: where the files are and how to find the real tools."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from physics_assistant.testing.requirements import missing

# The repository root locally, the sandbox root under Pants: both hold deploy/ and src/docker/.
ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"

# Where scripts/setup-machine.sh puts Compose v5, and where Debian puts nginx.
_EXTRA_PATHS = [
    os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "physics-assistant/compose-venv/bin"
    ),
    "/usr/sbin",
    "/sbin",
]


def tool(name: str) -> str:
    """Absolute path of a required executable; fails under CI and skips locally when absent."""
    found = shutil.which(name) or shutil.which(name, path=os.pathsep.join(_EXTRA_PATHS))
    if found is None:
        missing(f"executable {name!r}", "run scripts/setup-machine.sh")
        raise AssertionError("unreachable")  # pragma: no cover
    return found


def run(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False
    )
