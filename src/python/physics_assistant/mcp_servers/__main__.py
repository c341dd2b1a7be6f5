"""`mcp.pex <topic> [--transport stdio|http] [--host H] [--port P]`: run one topic's MCP server.

Imports stay light until a server actually starts, so `--help` answers at once.
Environment defaults (flags win): MCP_TRANSPORT, MCP_HOST, MCP_PORT, LOG_LEVEL.
"""

from __future__ import annotations

import argparse
import os
import sys

from physics_assistant.mcp_servers.topics import TOPICS, TopicUnavailable, get_topic


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ports = ", ".join(f"{t.name} {t.default_port}" for t in TOPICS.values())
    parser = argparse.ArgumentParser(
        prog="mcp.pex",
        description="Physics Assistant MCP servers: one topic per process, over stdio or streamable HTTP.",
        epilog=f"Default ports: {ports}. HTTP serves /mcp, /health and /metrics.",
    )
    parser.add_argument("topic", choices=list(TOPICS), help="which topic server to run")
    parser.add_argument(
        "--transport",
        choices=("stdio", "http"),
        default=os.environ.get("MCP_TRANSPORT", "stdio"),
        help="stdio for desktop clients (default), http for streamable HTTP",
    )
    parser.add_argument("--host", default=os.environ.get("MCP_HOST", "127.0.0.1"), help="HTTP bind address")
    parser.add_argument("--port", type=int, default=None, help="HTTP port (default: the topic's port)")
    parser.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "INFO"), help="log level (stderr, JSON)")
    args = parser.parse_args(argv)
    if args.port is None:
        env_port = os.environ.get("MCP_PORT")
        args.port = int(env_port) if env_port else get_topic(args.topic).default_port
    if not 0 < args.port < 65536:
        parser.error(f"--port must be 1-65535, got {args.port}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        if args.transport == "stdio":
            from physics_assistant.mcp_servers.runner import run_stdio

            run_stdio(args.topic, log_level=args.log_level)
        else:
            from physics_assistant.mcp_servers.runner import run_http

            run_http(args.topic, host=args.host, port=args.port, log_level=args.log_level)
    except TopicUnavailable as exc:
        sys.exit(f"mcp.pex: {exc}")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
