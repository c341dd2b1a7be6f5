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
    for name in ("MCP_TRANSPORT", "MCP_HOST", "MCP_PORT", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    args = parse_args(["angular-motion"])
    assert (args.transport, args.host, args.port, args.log_level) == ("stdio", "127.0.0.1", 10105, "INFO")
    args = parse_args(["math", "--transport", "http", "--host", "0.0.0.0", "--port", "9000", "--log-level", "debug"])
    assert (args.topic, args.transport, args.host, args.port) == ("math", "http", "0.0.0.0", 9000)
    assert (args.settings.mcp_host, args.settings.mcp_port, args.settings.log_level) == ("0.0.0.0", 9000, "DEBUG")
    monkeypatch.setenv("MCP_PORT", "12345")
    monkeypatch.setenv("MCP_TRANSPORT", "http")
    args = parse_args(["forces"])
    assert (args.transport, args.port) == ("http", 12345)
    # Flags win over the environment.
    assert parse_args(["forces", "--transport", "stdio", "--port", "10100"]).settings.mcp_port == 10100
    with pytest.raises(SystemExit):
        parse_args(["optics"])
    with pytest.raises(SystemExit):
        parse_args(["math", "--port", "70000"])


@pytest.mark.parametrize(
    ("variable", "value"),
    [("MCP_TOOL_TIMEOUT_S", "abc"), ("MCP_TOOL_TIMEOUT_S", "-1"), ("MCP_TRANSPORT", "carrier-pigeon")],
)
def test_a_bad_setting_stops_start_up_cleanly(variable: str, value: str) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "physics_assistant.mcp_servers", "forces"],
        capture_output=True,
        text=True,
        env=source_env({variable: value}),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert completed.returncode == 1
    assert completed.stderr.startswith(f"configuration error: {variable}: "), completed.stderr
    assert "Traceback" not in completed.stderr
