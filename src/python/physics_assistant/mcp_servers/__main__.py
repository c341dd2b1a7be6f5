"""`mcp.pex <topic> [--transport stdio|http] [--host H] [--port P]` (stub until the runner lands)."""

from __future__ import annotations

import argparse

TOPICS = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="mcp.pex", description="Physics Assistant MCP servers")
    parser.add_argument("topic", choices=TOPICS)
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int)
    parser.parse_args(argv)
    raise SystemExit("not implemented yet")


if __name__ == "__main__":
    main()
