"""The tutor's own Prometheus metrics (the HTTP ones come from core.http.install_common).

Names are a contract with deploy/prometheus rules and the Grafana dashboards:
- ``pa_tutor_answers_total{topic,mode}``: questions answered (solve, hint or check)
- ``pa_tutor_failures_total{reason}``: not_understood | mcp_unavailable | mcp_error | recording_failed
- ``pa_tutor_mcp_call_duration_seconds{server,tool}``: each MCP tool call, including its retry
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

from physics_assistant.core.metrics import LATENCY_BUCKETS

SERVICE = "physics-agents-api"

ANSWERS = Counter("pa_tutor_answers_total", "Questions the tutor answered.", ["topic", "mode"])
FAILURES = Counter("pa_tutor_failures_total", "Tutor requests that failed, by reason.", ["reason"])
MCP_CALL_SECONDS = Histogram(
    "pa_tutor_mcp_call_duration_seconds",
    "Duration of one MCP tool call from the tutor (retry included).",
    ["server", "tool"],
    buckets=LATENCY_BUCKETS,
)

FAILURE_REASONS = ("not_understood", "mcp_unavailable", "mcp_error", "recording_failed")
for _reason in FAILURE_REASONS:
    FAILURES.labels(_reason)  # export zeros, so rate() works before the first failure
