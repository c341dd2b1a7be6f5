"""`agents-api.pex [--host H] [--port P] [--workers N] [--reload]`: the tutor (Physics Agents API)."""

from __future__ import annotations

import argparse

from physics_assistant.agents_api.metrics import SERVICE


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="agents-api.pex", description="Physics Assistant tutor (Physics Agents API)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1, help="granian worker processes")
    parser.add_argument("--reload", action="store_true", help="development: uvicorn with auto-reload")
    args = parser.parse_args(argv)

    from physics_assistant.agents_api.settings import TutorSettings
    from physics_assistant.core.serve import serve_asgi
    from physics_assistant.core.settings import load_settings

    # Validate the environment before the server starts (a bad value stops here, naming the variable).
    settings = load_settings(TutorSettings)
    serve_asgi(
        "physics_assistant.agents_api.app:create_app",
        service=SERVICE,
        host=args.host,
        port=args.port,
        workers=args.workers,
        reload=args.reload,
        log_level=settings.log_level,
        factory=True,
    )


if __name__ == "__main__":
    main()
