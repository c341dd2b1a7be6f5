"""The official MCP conformance suite (@modelcontextprotocol/conformance, Node 22) against the PEX.

Only protocol-level scenarios apply to a real server: the `tools-call-*`, `prompts-*` and
`resources-read-*` scenarios expect the suite's own test tools and fixtures. `logging-set-level`
does not apply: the servers do not offer the logging capability (deprecated in the 2026-07-28
revision; our logs are JSON on stderr), and `test_logging_capability_is_not_advertised` keeps
that true. `completion-complete` does not apply either (no prompts or resource templates).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import httpx
import pytest
from mcp_servers.servers import TOPICS, ServerPool

from physics_assistant.testing.requirements import missing

# Every protocol-level scenario of `conformance list --server` that applies to these servers.
PROTOCOL_SCENARIOS = (
    "server-initialize",
    "ping",
    "tools-list",
    "resources-list",
    "dns-rebinding-protection",
    # Stateless JSON mode: these check concurrent POSTs and SSE polling and report "not applicable"
    # warnings (no session id, JSON instead of SSE), never failures.
    "server-sse-multiple-streams",
    "server-sse-polling",
)
# Scenarios whose behaviour differs per topic (what is listed); the rest is shared protocol code.
PER_TOPIC_SCENARIOS = ("server-initialize", "tools-list", "resources-list", "dns-rebinding-protection")


def conformance() -> tuple[str, str]:
    node = os.environ.get("PA_NODE22", "")
    suite = os.environ.get("PA_CONFORMANCE_DIR", "")
    index = Path(suite) / "dist" / "index.js"
    if not node or not Path(node).is_file() or not index.is_file():
        missing(
            "Node 22 and @modelcontextprotocol/conformance (PA_NODE22, PA_CONFORMANCE_DIR)",
            "run scripts/setup-machine.sh",
        )
    return node, str(index)


def run_scenario(url: str, scenario: str) -> str:
    node, index = conformance()
    completed = subprocess.run(
        [node, index, "server", "--url", url, "--scenario", scenario],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    output = completed.stdout + completed.stderr
    summary = re.search(r"Passed: (\d+)/(\d+), (\d+) failed", output)
    assert completed.returncode == 0 and summary and summary.group(3) == "0", f"{scenario}:\n{output[-3000:]}"
    return output


@pytest.mark.parametrize("scenario", PROTOCOL_SCENARIOS)
def test_math_server_passes_protocol_scenarios(servers: ServerPool, scenario: str) -> None:
    run_scenario(servers.get("math").url, scenario)


@pytest.mark.parametrize("topic", [t for t in TOPICS if t != "math"])
def test_every_topic_server_passes_listing_scenarios(servers: ServerPool, topic: str) -> None:
    url = servers.get(topic).url
    for scenario in PER_TOPIC_SCENARIOS:
        run_scenario(url, scenario)


def test_scenario_list_is_known() -> None:
    """A new protocol-level scenario in a newer suite should be looked at, not silently skipped."""
    node, index = conformance()
    listed = subprocess.run([node, index, "list", "--server"], capture_output=True, text=True, timeout=60, check=True)
    names = set(re.findall(r"^\s*-\s*([a-z0-9-]+)", listed.stdout, re.M))
    not_applicable = {
        "logging-set-level",
        "completion-complete",
        "json-schema-2020-12",
        "resources-read-text",
        "resources-read-binary",
        "resources-templates-read",
        "resources-subscribe",
        "resources-unsubscribe",
    }
    fixtures = {n for n in names if n.startswith(("tools-call-", "prompts-", "elicitation-"))}
    assert names - fixtures - not_applicable == set(PROTOCOL_SCENARIOS)


async def test_logging_capability_is_not_advertised(servers: ServerPool) -> None:
    server = servers.get("math")
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
    }
    async with httpx.AsyncClient() as http:
        reply = await http.post(server.url, json=body, headers={"accept": "application/json, text/event-stream"})
    capabilities = reply.json()["result"]["capabilities"]
    assert "logging" not in capabilities and "tools" in capabilities and "resources" in capabilities
