"""Start the six topic servers from the built PEX (or from source in a checkout) for tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from physics_assistant.testing.processes import ServiceProcess, free_port, python_command, source_env

PEX = "bin/mcp.pex"
MODULE = "physics_assistant.mcp_servers"
TOPICS = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")


# One representative call per topic: (tool, arguments).
SAMPLE_CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "forces": ("weight", {"mass": "2 kg"}),
    "kinematics": ("free_fall", {"height": "20 m"}),
    "math": ("solve_quadratic", {"a": 1, "b": -3, "c": 2}),
    "energy": ("kinetic_energy", {"mass": 2, "speed": "3 m/s"}),
    "momentum": ("momentum", {"mass": "500 g", "velocity": "4 m/s"}),
    "angular-motion": ("torque", {"lever_arm": "50 cm", "force": 10}),
}


def text_of(result: Any) -> str:
    return "\n".join(getattr(block, "text", "") for block in result.content)


def mcp_command() -> list[str]:
    return python_command(PEX, MODULE)


def server_env(**extra: str) -> dict[str, str]:
    env = source_env(extra)
    env.setdefault("LOG_LEVEL", "INFO")
    return env


@dataclass
class HttpServer:
    topic: str
    port: int
    process: ServiceProcess

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/mcp"


@dataclass
class ServerPool:
    """One HTTP server per topic, started on first use and shared by the whole session."""

    servers: dict[str, HttpServer] = field(default_factory=dict)

    def get(self, topic: str) -> HttpServer:
        if topic not in self.servers:
            self.servers[topic] = self._start(topic)
        return self.servers[topic]

    def _start(self, topic: str) -> HttpServer:
        port = free_port()
        process = ServiceProcess(
            f"mcp-{topic}",
            [*mcp_command(), topic, "--transport", "http", "--port", str(port)],
            env=server_env(),
        ).start()
        try:
            process.wait_for_http(f"http://127.0.0.1:{port}/health", timeout=180)
        except RuntimeError:
            process.stop()
            raise
        return HttpServer(topic, port, process)

    def stop(self) -> None:
        for server in self.servers.values():
            server.process.stop()


@contextmanager
def server_pool() -> Iterator[ServerPool]:
    pool = ServerPool()
    try:
        yield pool
    finally:
        pool.stop()


def stdio_parameters(topic: str) -> object:
    from mcp.client.stdio import StdioServerParameters

    command = mcp_command()
    return StdioServerParameters(command=command[0], args=[*command[1:], topic], env=server_env(), cwd=os.getcwd())


def interpreter() -> str:
    return sys.executable
