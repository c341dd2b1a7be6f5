"""Run an ASGI app: granian in production, uvicorn with auto-reload for development."""

from __future__ import annotations

import os


def serve_asgi(
    target: str,
    *,
    service: str,
    host: str,
    port: int,
    workers: int = 1,
    reload: bool = False,
    log_level: str = "INFO",
    factory: bool = False,
) -> None:
    """Serve ``target`` ("module:attr"); blocks until the server stops.

    ``reload`` switches to uvicorn (watches the source tree; only useful from a checkout).
    """
    from physics_assistant.core.logging import configure_logging, log_dictconfig

    configure_logging(service, log_level)
    if reload:
        import uvicorn

        uvicorn.run(target, host=host, port=port, reload=True, factory=factory, log_config=None)
        return

    from granian import Granian
    from granian.constants import Interfaces

    Granian(
        target,
        address=host,
        port=port,
        interface=Interfaces.ASGI,
        workers=workers,
        factory=factory,
        log_dictconfig=log_dictconfig(service, log_level),
        log_access=os.environ.get("ACCESS_LOG", "") == "1",
        respawn_failed_workers=True,
    ).serve()
