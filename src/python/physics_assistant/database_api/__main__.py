"""`database-api.pex {migrate|load-graph|serve}` (stub until the Database API lands)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="database-api.pex", description="Physics Assistant Database API")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate")
    sub.add_parser("load-graph")
    serve = sub.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    parser.parse_args(argv)
    raise SystemExit("not implemented yet")


if __name__ == "__main__":
    main()
