"""Start a topic server over stdio or streamable HTTP (granian)."""

from __future__ import annotations

import logging
import os

from physics_assistant.core.logging import configure_logging
from physics_assistant.mcp_servers.topics import get_topic, load_toolset, warm_up_in_background

log = logging.getLogger(__name__)


def run_stdio(topic_name: str, *, log_level: str = "INFO") -> None:
    """Serve one client on stdin/stdout (logs go to stderr, never stdout: it carries the protocol)."""
    import anyio

    from physics_assistant.mcp_servers.server import build_server

    topic = get_topic(topic_name)
    configure_logging(topic.service, log_level)
    server = build_server(load_toolset(topic.name))
    warm_up_in_background(topic.name)
    log.info("serving over stdio", extra={"topic": topic.name})
    anyio.run(server.run_stdio_async)


def run_http(topic_name: str, *, host: str, port: int, log_level: str = "INFO") -> None:
    from physics_assistant.core.serve import serve_asgi
    from physics_assistant.mcp_servers.http_app import TOPIC_ENV

    topic = get_topic(topic_name)
    configure_logging(topic.service, log_level)
    # Fail here, in the parent, with a clear message, rather than in a granian worker.
    load_toolset(topic.name)
    os.environ[TOPIC_ENV] = topic.name
    os.environ.setdefault("LOG_LEVEL", log_level)
    log.info("serving streamable HTTP", extra={"topic": topic.name, "host": host, "port": port, "path": "/mcp"})
    serve_asgi(
        "physics_assistant.mcp_servers.http_app:app_from_env",
        service=topic.service,
        host=host,
        port=port,
        factory=True,
        log_level=log_level,
    )
