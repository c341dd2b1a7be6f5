"""The HTTP face of a topic server: streamable HTTP at /mcp, plus /health and /metrics.

Transport settings chosen for speed: stateless (no session to create, look up or expire; any
replica can answer any request) and plain JSON responses instead of an SSE stream per call. Our
tools never call back into the client (no sampling, elicitation or progress), so nothing needs
a session or a stream.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

# Starlette comes with the MCP SDK (its HTTP transport is a Starlette app), not as our own requirement.
from starlette.applications import Starlette  # pants: no-infer-dep
from starlette.requests import Request  # pants: no-infer-dep
from starlette.responses import JSONResponse, Response  # pants: no-infer-dep
from starlette.types import Receive, Scope, Send  # pants: no-infer-dep

from physics_assistant import __version__
from physics_assistant.core.metrics import PrometheusMiddleware, metrics_payload
from physics_assistant.core.settings import load_settings
from physics_assistant.mcp_servers.server import build_topic_server
from physics_assistant.mcp_servers.settings import McpSettings
from physics_assistant.mcp_servers.topics import get_topic, warm_up_in_background
from physics_assistant.mcp_servers.transport_security import security_settings

log = logging.getLogger(__name__)

# The runner hands the topic to granian's worker processes (which import `app_from_env` by name)
# through this variable; every setting proper is an McpSettings field, read from the environment.
TOPIC_ENV = "PA_MCP_TOPIC"
MCP_PATH = "/mcp"
# Tool arguments are small; the largest legitimate body is a batch of MAX_BATCH_LENGTH numbers.
MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024


class RouteLabel:
    """Give the Prometheus middleware a route template for our fixed paths (Starlette's router
    does not record one) so metrics have one series per endpoint, never one per raw path."""

    def __init__(self, app: Any, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = scope.get("path", "")
            scope["route"] = _Route(path if path in self.paths else "unmatched")
        await self.app(scope, receive, send)


class _Route:
    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path


# The SDK logs "Terminating session: None" at INFO for every stateless request.
_CHATTY_LOGGERS = ("mcp.server.streamable_http", "mcp.server.streamable_http_manager")


def create_app(topic_name: str, settings: McpSettings) -> Any:
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    topic = get_topic(topic_name)
    toolset, server = build_topic_server(topic, settings)
    started = time.time()

    @server.custom_route("/health", methods=["GET"], include_in_schema=False)
    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "service": topic.service,
                "topic": topic.name,
                "version": __version__,
                "tools": len(toolset.tools),
                "resources": len(toolset.resources),
                "uptime_s": round(time.time() - started, 1),
            }
        )

    @server.custom_route("/metrics", methods=["GET"], include_in_schema=False)
    async def metrics(request: Request) -> Response:
        body, content_type = metrics_payload()
        return Response(body, media_type=content_type)

    app: Starlette = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        max_request_body_size=MAX_REQUEST_BODY_BYTES,
        transport_security=security_settings(
            topic.service, extra_hosts=settings.allowed_host_list, extra_origins=settings.allowed_origin_list
        ),
    )
    app.add_middleware(PrometheusMiddleware, service=topic.service)
    return RouteLabel(app, frozenset({MCP_PATH, "/health", "/metrics"}))


def app_from_env() -> Any:
    """Factory for granian's worker processes: the CLI passes the topic through the environment, and
    the worker validates the same settings the CLI did (a bad value stops here, naming it)."""
    from physics_assistant.core.logging import configure_logging

    topic = get_topic(os.environ[TOPIC_ENV])
    settings = load_settings(McpSettings)
    configure_logging(topic.service, settings.log_level)
    app = create_app(topic.name, settings)
    warm_up_in_background(topic.name)
    return app
