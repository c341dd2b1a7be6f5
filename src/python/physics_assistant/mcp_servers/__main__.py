"""`mcp.pex <topic> [--transport stdio|http] [--host H] [--port P]`: run one topic's MCP server.

Imports stay light until a server actually starts, so `--help` answers at once.
Flags win over the environment: MCP_TRANSPORT, MCP_HOST, MCP_PORT, LOG_LEVEL; every setting is
validated once, here, through `McpSettings` (a bad value stops with a message naming it).
"""

from __future__ import annotations

import argparse
import sys

from physics_assistant.mcp_servers.topics import TOPICS, TopicUnavailable, get_topic

# Flag -> McpSettings field (the environment variable of the same name, upper-cased).
_FLAG_FIELDS = {"transport": "mcp_transport", "host": "mcp_host", "port": "mcp_port", "log_level": "log_level"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The flags, resolved against the environment; `settings` holds the validated result."""
    ports = ", ".join(f"{t.name} {t.default_port}" for t in TOPICS.values())
    parser = argparse.ArgumentParser(
        prog="mcp.pex",
        description="Physics Assistant MCP servers: one topic per process, over stdio or streamable HTTP.",
        epilog=f"Default ports: {ports}. HTTP serves /mcp, /health and /metrics. "
        "Other settings come from the environment (docs/mcp.md).",
    )
    parser.add_argument("topic", choices=list(TOPICS), help="which topic server to run")
    parser.add_argument(
        "--transport",
        choices=("stdio", "http"),
        help="stdio for desktop clients (default), http for streamable HTTP (env MCP_TRANSPORT)",
    )
    parser.add_argument("--host", help="HTTP bind address (env MCP_HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="HTTP port (env MCP_PORT, default: the topic's port)")
    parser.add_argument("--log-level", help="log level, stderr, JSON (env LOG_LEVEL, default INFO)")
    args = parser.parse_args(argv)
    if args.port is not None and not 0 < args.port < 65536:
        parser.error(f"--port must be 1-65535, got {args.port}")

    from physics_assistant.core.settings import load_settings
    from physics_assistant.mcp_servers.settings import McpSettings

    flags = {field: getattr(args, flag) for flag, field in _FLAG_FIELDS.items() if getattr(args, flag) is not None}
    args.settings = load_settings(McpSettings, **flags)
    args.transport = args.settings.mcp_transport
    args.host = args.settings.mcp_host
    args.port = args.settings.mcp_port or get_topic(args.topic).default_port
    args.log_level = args.settings.log_level
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        if args.transport == "stdio":
            from physics_assistant.mcp_servers.runner import run_stdio

            run_stdio(args.topic, args.settings)
        else:
            from physics_assistant.mcp_servers.runner import run_http

            run_http(args.topic, args.settings)
    except TopicUnavailable as exc:
        sys.exit(f"mcp.pex: {exc}")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
