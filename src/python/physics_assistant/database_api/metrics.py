"""Database API metrics (names are a contract with deploy/ dashboards and alert rules)."""

from __future__ import annotations

from prometheus_client import Counter

from physics_assistant.database_api.graph.catalog import CATALOG

INTERACTIONS_RECORDED = Counter(
    "pa_interactions_recorded_total", "Tutoring interactions recorded, by topic and outcome.", ["topic", "success"]
)
AUTH_EVENTS = Counter(
    "pa_auth_events_total",
    "Authentication events (register, login, refresh) by outcome (ok, fail).",
    ["event", "outcome"],
)

# Topics become label values only from this closed set (clients send free text; unbounded label
# values would explode the number of time series). Anything else counts as "other".
MCP_TOPICS = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")
KNOWN_TOPICS = frozenset(MCP_TOPICS) | frozenset(CATALOG.subdomains)


def topic_label(topic: str) -> str:
    normalised = topic.strip().lower()
    return normalised if normalised in KNOWN_TOPICS else "other"


def auth_event(event: str, ok: bool) -> None:
    AUTH_EVENTS.labels(event, "ok" if ok else "fail").inc()
