"""`agents-api.pex [--host H] [--port P]` (stub until the tutor lands)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="agents-api.pex", description="Physics Assistant tutor (Physics Agents API)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.parse_args(argv)
    raise SystemExit("not implemented yet")


if __name__ == "__main__":
    main()
