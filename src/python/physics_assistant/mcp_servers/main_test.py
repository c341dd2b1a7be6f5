"""`mcp.pex --help` must answer at once: no numba, sympy, pint or SDK import on that path."""

from __future__ import annotations

import subprocess
import sys

import pytest

from physics_assistant.mcp_servers.__main__ import parse_args
from physics_assistant.testing.processes import source_env

HEAVY = ("numba", "sympy", "pint", "mcp", "granian", "numpy")


def test_help_imports_nothing_heavy() -> None:
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "physics_assistant.mcp_servers", "--help"],
        capture_output=True,
        text=True,
        env=source_env(),
        timeout=60,
        check=True,
    )
    assert "forces,kinematics,math,energy,momentum,angular-motion" in completed.stdout
    imported = {line.split("|")[-1].strip().split(".")[0] for line in completed.stderr.splitlines() if "|" in line}
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))


def test_arguments_and_default_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MCP_TRANSPORT", "MCP_HOST", "MCP_PORT"):
        monkeypatch.delenv(name, raising=False)
    args = parse_args(["angular-motion"])
    assert (args.transport, args.host, args.port) == ("stdio", "127.0.0.1", 10105)
    args = parse_args(["math", "--transport", "http", "--host", "0.0.0.0", "--port", "9000"])
    assert (args.topic, args.transport, args.host, args.port) == ("math", "http", "0.0.0.0", 9000)
    monkeypatch.setenv("MCP_PORT", "12345")
    assert parse_args(["forces"]).port == 12345
    with pytest.raises(SystemExit):
        parse_args(["optics"])
    with pytest.raises(SystemExit):
        parse_args(["math", "--port", "70000"])
