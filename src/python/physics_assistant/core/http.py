"""FastAPI glue shared by the HTTP services: metrics, /health, /metrics, CORS and error bodies."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response

from physics_assistant.core.health import HealthRegistry
from physics_assistant.core.metrics import PrometheusMiddleware, metrics_payload
from physics_assistant.core.settings import ServiceSettings

log = logging.getLogger(__name__)


class ServiceUnavailable(Exception):
    """A dependency (store, MCP server) is down: answered as 503 naming it, never as 500."""

    def __init__(self, dependency: str, detail: str = "") -> None:
        super().__init__(f"{dependency} unavailable{': ' + detail if detail else ''}")
        self.dependency = dependency
        self.detail = detail


def install_common(app: FastAPI, *, service: str, settings: ServiceSettings, health: HealthRegistry) -> None:
    """Add what every service has: metrics middleware, CORS, /health(/name), /metrics, error bodies."""
    app.add_middleware(PrometheusMiddleware, service=service)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
        )

    @app.get("/health", tags=["ops"], summary="200 when every dependency answers, else 503 naming the ones down")
    async def health_all() -> JSONResponse:
        healthy, body = await health.run_all()
        return JSONResponse(body, status_code=200 if healthy else 503)

    if health.probes:

        @app.get("/health/{dependency}", tags=["ops"], summary="Probe one dependency")
        async def health_one(dependency: str) -> JSONResponse:
            if dependency not in health.probes:
                return JSONResponse(
                    {"detail": f"unknown dependency {dependency!r}; known: {sorted(health.probes)}"}, status_code=404
                )
            result = await health.run_one(dependency)
            return JSONResponse({dependency: result.as_dict()}, status_code=200 if result.ok else 503)

    @app.get("/metrics", tags=["ops"], summary="Prometheus exposition", include_in_schema=False)
    async def metrics() -> Response:
        body, content_type = metrics_payload()
        return Response(body, media_type=content_type)

    @app.exception_handler(ServiceUnavailable)
    async def on_unavailable(request: Request, exc: ServiceUnavailable) -> JSONResponse:
        log.warning("dependency unavailable", extra={"dependency": exc.dependency, "path": request.url.path})
        return JSONResponse(
            {"detail": str(exc), "dependency": exc.dependency}, status_code=503, headers={"Retry-After": "5"}
        )

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", extra={"path": request.url.path})
        return JSONResponse({"detail": "internal error; it has been logged"}, status_code=500)


def problem(status: int, detail: Any, **headers: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers or None)
