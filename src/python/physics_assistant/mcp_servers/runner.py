"""Start a topic server over stdio or streamable HTTP (granian), with the settings `mcp.pex` validated."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from physics_assistant.core.logging import configure_logging
from physics_assistant.mcp_servers.topics import get_topic, load_toolset, warm_up_in_background

if TYPE_CHECKING:
    from physics_assistant.mcp_servers.settings import McpSettings

log = logging.getLogger(__name__)


def run_stdio(topic_name: str, settings: McpSettings) -> None:
    """Serve one client on stdin/stdout (logs go to stderr, never stdout: it carries the protocol)."""
    import anyio

    from physics_assistant.mcp_servers.server import build_topic_server

    topic = get_topic(topic_name)
    configure_logging(topic.service, settings.log_level)
    _, server = build_topic_server(topic, settings)
    warm_up_in_background(topic.name)
    log.info("serving over stdio", extra={"topic": topic.name})
    anyio.run(server.run_stdio_async)


def run_http(topic_name: str, settings: McpSettings) -> None:
    """Serve streamable HTTP on MCP_HOST:MCP_PORT (default: the topic's port)."""
    from physics_assistant.core.serve import serve_asgi
    from physics_assistant.mcp_servers.http_app import TOPIC_ENV

    topic = get_topic(topic_name)
    host, port = settings.mcp_host, settings.mcp_port or topic.default_port
    configure_logging(topic.service, settings.log_level)
    # Fail here, in the parent, with a clear message, rather than in a granian worker.
    load_toolset(topic.name)
    # granian's workers import the app factory by name and read their settings from the environment
    # they inherit (the one mcp.pex validated); the topic and the log level are handed over in it.
    os.environ[TOPIC_ENV] = topic.name
    os.environ["LOG_LEVEL"] = settings.log_level  # --log-level wins over an inherited LOG_LEVEL
    log.info("serving streamable HTTP", extra={"topic": topic.name, "host": host, "port": port, "path": "/mcp"})
    serve_asgi(
        "physics_assistant.mcp_servers.http_app:app_from_env",
        service=topic.service,
        host=host,
        port=port,
        factory=True,
        log_level=settings.log_level,
    )
