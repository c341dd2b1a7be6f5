"""Start the real thing for end-to-end tests: the six MCP servers and the tutor, from the built
PEXes when the test sandbox has them (Pants `runtime_package_dependencies`), else from source."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import httpx

from physics_assistant.physics.units import ureg
from physics_assistant.testing.processes import ServiceProcess, free_port, python_command, source_env

TOPICS = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")
MCP_PEX = "bin/mcp.pex"
TUTOR_PEX = "bin/agents-api.pex"


def env_name(topic: str) -> str:
    return f"MCP_{topic.upper().replace('-', '_')}_URL"


@dataclass
class McpServers:
    ports: dict[str, int]
    processes: dict[str, ServiceProcess] = field(default_factory=dict)

    def url(self, topic: str) -> str:
        return f"http://127.0.0.1:{self.ports[topic]}/mcp"

    def env(self) -> dict[str, str]:
        return {env_name(topic): self.url(topic) for topic in self.ports}

    def start(self, topic: str) -> None:
        process = ServiceProcess(
            f"mcp-{topic}",
            [
                *python_command(MCP_PEX, "physics_assistant.mcp_servers"),
                *(topic, "--transport", "http", "--host", "127.0.0.1", "--port", str(self.ports[topic])),
            ],
            env=source_env(),
        ).start()
        self.processes[topic] = process

    def wait(self, topic: str) -> None:
        self.processes[topic].wait_for_http(f"http://127.0.0.1:{self.ports[topic]}/health", timeout=240)

    def stop(self, topic: str) -> None:
        self.processes.pop(topic).stop()

    def stop_all(self) -> None:
        for topic in list(self.processes):
            self.stop(topic)


def start_mcp(topics: Iterable[str] = TOPICS) -> McpServers:
    """Start these topics; the others get a URL where nothing listens (down)."""
    wanted = list(topics)
    servers = McpServers({topic: free_port() for topic in TOPICS})
    try:
        for topic in wanted:
            servers.start(topic)
        for topic in wanted:
            servers.wait(topic)
    except BaseException:
        servers.stop_all()
        raise
    return servers


@dataclass
class Tutor:
    process: ServiceProcess
    url: str

    def ask(self, payload: dict[str, Any], token: str | None = None, timeout: float = 30.0) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.post(f"{self.url}/v1/ask", json=payload, headers=headers, timeout=timeout)


def start_tutor(mcp: McpServers, extra_env: dict[str, str] | None = None) -> Tutor:
    port = free_port()
    env = source_env({"ENVIRONMENT": "development", "LOG_LEVEL": "WARNING", **mcp.env(), **(extra_env or {})})
    for name in ("DATABASE_API_URL", "LLM_BASE_URL", "LLM_MODEL"):
        if not (extra_env and name in extra_env):
            env.pop(name, None)
    process = ServiceProcess(
        "agents-api",
        [*python_command(TUTOR_PEX, "physics_assistant.agents_api"), "--host", "127.0.0.1", "--port", str(port)],
        env=env,
    ).start()
    url = f"http://127.0.0.1:{port}"
    try:
        process.wait_for_http(f"{url}/v1/topics", timeout=120)
    except BaseException:
        process.stop()
        raise
    return Tutor(process, url)


# The blind sets, the inverse-tool sets and the development probes (data/): each is scored with a
# floor and no wrong number allowed.
SCORED_SETS = (
    "blind_teacher.json",
    "blind_teacher_2.json",
    "blind_teacher_3.json",
    "blind_teacher_4.json",
    "blind_teacher_5.json",
    "blind_teacher_6.json",
    "inverse_tools.json",
    "inverse_tools_2.json",
    "dev_probes.json",
)
# Sets below the floor (too many 422s) that must still never give a wrong number: blind 7, written
# around wrong-number traps (docs/tutor.md).
TRAP_SETS = ("blind_teacher_7.json",)


def warm_up(tutor: Tutor, deadline_s: float = 300.0) -> None:
    """Ask every question the tests use until none gets a 503: a server's first call of a kernel
    may compile it (numba, cold cache), which is not what the tests measure."""
    from agents_api.heldout import BLIND, FRESH, PROBE, PROBLEMS

    sets = ("tutor_problems.json", *SCORED_SETS, *TRAP_SETS)
    questions = [p["question"] for name in sets for p in load_problems(name)]
    questions += [p.question for p in PROBLEMS + FRESH + BLIND + PROBE]
    end = time.monotonic() + deadline_s
    pending = questions
    while pending and time.monotonic() < end:
        pending = [q for q in pending if tutor.ask({"question": q}, timeout=60).status_code == 503]
        if pending:
            time.sleep(1.0)


def load_problems(name: str) -> list[dict[str, Any]]:
    """A problem set shipped with these tests (data/; the public set is a copy of
    ../shared/data/tutor_problems.json)."""
    return json.loads(resources.files("agents_api").joinpath("data", name).read_text())


def within_tolerance(answer: dict[str, Any] | None, problem: dict[str, Any]) -> tuple[bool, str]:
    """The tutor's answer, converted to the problem's unit, within its relative tolerance."""
    if answer is None:
        return False, "no answer"
    try:
        got = (
            ureg.Quantity(answer["value"], answer["unit"] or "dimensionless")
            .to(problem["unit"] or "dimensionless")
            .magnitude
        )
    except Exception as exc:  # - a wrong or unknown unit is a wrong answer
        return False, f"unit {answer['unit']!r} vs {problem['unit']!r}: {type(exc).__name__}"
    expected = problem["value"]
    ok = abs(got - expected) <= problem["rel_tol"] * abs(expected) + 1e-12
    return ok, f"{got:.6g} vs {expected:.6g}"


def score_table(results: list[tuple[dict[str, Any], bool, str]]) -> str:
    topics = sorted({p["topic"] for p, _, _ in results})
    lines = [f"{'topic':<16}{'correct':>8}{'total':>7}{'score':>8}"]
    for topic in [*topics, "ALL"]:
        rows = [ok for p, ok, _ in results if topic in ("ALL", p["topic"])]
        lines.append(f"{topic:<16}{sum(rows):>8}{len(rows):>7}{100 * sum(rows) / len(rows):>7.1f}%")
    misses = [f"  MISS [{p['topic']}] {p['question']} -> {why}" for p, ok, why in results if not ok]
    return "\n".join(lines + misses)
