"""MCP tool metrics (names are used by deploy/ dashboards and alert rules; keep them stable).

- ``pa_mcp_tool_calls_total{server,tool,outcome}``: outcome ``ok`` or ``error`` (an isError result:
  bad input, a timeout or a failure inside the tool).
- ``pa_mcp_tool_duration_seconds{server,tool}``: time from arguments received to result built.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

# Most tools answer in well under a millisecond; CAS work can take seconds.
TOOL_LATENCY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 2.5, 10.0)

TOOL_CALLS = Counter("pa_mcp_tool_calls_total", "MCP tool calls by outcome.", ["server", "tool", "outcome"])
TOOL_DURATION = Histogram(
    "pa_mcp_tool_duration_seconds",
    "MCP tool call duration (validation, computation and result conversion).",
    ["server", "tool"],
    buckets=TOOL_LATENCY_BUCKETS,
)


def record_call(server: str, tool: str, ok: bool, seconds: float) -> None:
    TOOL_CALLS.labels(server, tool, "ok" if ok else "error").inc()
    TOOL_DURATION.labels(server, tool).observe(seconds)
