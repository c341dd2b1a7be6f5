"""MCP tool metrics (names are used by deploy/ dashboards and alert rules; keep them stable).

- ``pa_mcp_tool_calls_total{server,tool,outcome}``, outcome one of
  - ``ok``: a result;
  - ``invalid_input``: the caller's arguments were refused (validation, or a ToolInputError such as
    an impossible incline or a value so extreme the result would overflow): normal with students;
  - ``error``: our fault or the machine's: a timeout, a crash, a non-finite number that no tool
    check caught, a result of the wrong type. The alert rule watches this one.
- ``pa_mcp_tool_duration_seconds{server,tool}``: time from arguments received to result built.
"""

from __future__ import annotations

from typing import Final, Literal

from prometheus_client import Counter, Histogram

Outcome = Literal["ok", "invalid_input", "error"]
OK: Final = "ok"
INVALID_INPUT: Final = "invalid_input"
ERROR: Final = "error"
OUTCOMES: tuple[Outcome, ...] = (OK, INVALID_INPUT, ERROR)

# Most tools answer in well under a millisecond; CAS work can take seconds.
TOOL_LATENCY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 2.5, 10.0)

TOOL_CALLS = Counter("pa_mcp_tool_calls_total", "MCP tool calls by outcome.", ["server", "tool", "outcome"])
TOOL_DURATION = Histogram(
    "pa_mcp_tool_duration_seconds",
    "MCP tool call duration (validation, computation and result conversion).",
    ["server", "tool"],
    buckets=TOOL_LATENCY_BUCKETS,
)


def register_tool(server: str, tool: str) -> None:
    """Export every outcome of a tool at 0 from the start, so ratios and increases see the first call."""
    for outcome in OUTCOMES:
        TOOL_CALLS.labels(server, tool, outcome)
    TOOL_DURATION.labels(server, tool)


def record_call(server: str, tool: str, outcome: Outcome, seconds: float) -> None:
    TOOL_CALLS.labels(server, tool, outcome).inc()
    TOOL_DURATION.labels(server, tool).observe(seconds)
