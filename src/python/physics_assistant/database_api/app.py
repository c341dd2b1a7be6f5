"""The Database API application: `create_app()` (granian/uvicorn use it as a factory)."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

# starlette is FastAPI's own foundation (installed with it); its HTTPException is what routing raises.
from starlette.exceptions import HTTPException as StarletteHTTPException  # pants: no-infer-dep
from starlette.routing import Match  # pants: no-infer-dep

from physics_assistant import __version__
from physics_assistant.core.http import ServiceUnavailable, install_common
from physics_assistant.core.settings import load_settings
from physics_assistant.database_api.body_limit import BodySizeLimit
from physics_assistant.database_api.deps import limit_by_address
from physics_assistant.database_api.errors import Conflict, Forbidden, Invalid, NotFound
from physics_assistant.database_api.graph.driver import NEO4J_DOWN
from physics_assistant.database_api.postgres.pool import POSTGRES_DOWN
from physics_assistant.database_api.redis_store.client import REDIS_DOWN
from physics_assistant.database_api.redis_store.rate_limit import RateLimited
from physics_assistant.database_api.routes import auth, classes, concepts, interactions, progress, sessions, users
from physics_assistant.database_api.settings import DatabaseApiSettings
from physics_assistant.database_api.stores import SERVICE, Stores

log = logging.getLogger(__name__)

DESCRIPTION = """Everything that remembers students: accounts and roles, classes, recorded tutoring
interactions, per-concept mastery (PostgreSQL); the physics knowledge graph (Neo4j); sessions,
caching and rate limits (Redis). Authenticate with `POST /v1/auth/token` and send
`Authorization: Bearer <access_token>`."""


def jwt_secret_for(settings: DatabaseApiSettings) -> str:
    if settings.jwt_secret_key:
        return settings.jwt_secret_key
    # Only reachable outside production (settings refuse a missing secret there).
    log.warning("JWT_SECRET_KEY is not set: using a random key; tokens die with this process")
    return secrets.token_urlsafe(32)


def create_app(settings: DatabaseApiSettings | None = None) -> FastAPI:
    settings = settings or load_settings(DatabaseApiSettings)
    stores = Stores(settings, jwt_secret_for(settings))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await stores.close()

    app = FastAPI(
        title="Physics Assistant Database API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.stores = stores
    install_common(app, service=SERVICE, settings=settings, health=stores.health())

    @app.get("/livez", tags=["ops"], summary="Liveness: the process answers; no store is contacted")
    async def livez() -> dict[str, str]:
        # For liveness probes (restart only a wedged process, never because a store is down) and as
        # the benchmark baseline: the full middleware stack with no I/O behind it.
        return {"status": "alive"}

    # Outermost: refuse oversized bodies before anything reads them (so 413s are not in pa_http_*).
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    for router in (
        auth.router,
        users.router,
        classes.router,
        interactions.router,
        progress.router,
        concepts.router,
        sessions.router,
    ):
        app.include_router(router, dependencies=[Depends(limit_by_address)])
    _install_error_handlers(app)
    _document_health_errors(app)
    return app


def _document_health_errors(app: FastAPI) -> None:
    """core.http's /health routes answer 503 (a store down) and 404 (unknown name) too; say so
    in the OpenAPI schema, so clients and schemathesis know every status they can get."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            error = {"content": {"application/json": {"schema": {"type": "object"}}}}
            for path, codes in (
                ("/health", {"503": "a store is down"}),
                ("/health/{dependency}", {"503": "down", "404": "unknown"}),
            ):
                for operation in schema.get("paths", {}).get(path, {}).values():
                    for code, description in codes.items():
                        operation.setdefault("responses", {})[code] = {"description": description, **error}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _field_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Field path, message and type only: echoing the input could put NaN or huge values back
    # into a JSON response (or leak what was sent).
    return [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))} for e in errors
    ]


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first matching route's methods; list every route's.
            headers["Allow"] = ", ".join(_allowed_methods(app, request))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _field_errors(list(exc.errors()))}, status_code=422)

    @app.exception_handler(Invalid)
    async def on_invalid(request: Request, exc: Invalid) -> JSONResponse:
        return JSONResponse(
            {"detail": [{"loc": ["body", exc.field], "msg": str(exc), "type": "value_error"}]}, status_code=422
        )

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(Forbidden)
    async def on_forbidden(request: Request, exc: Forbidden) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=403)

    @app.exception_handler(Conflict)
    async def on_conflict(request: Request, exc: Conflict) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "field": exc.field}, status_code=409)

    @app.exception_handler(RateLimited)
    async def on_rate_limited(request: Request, exc: RateLimited) -> JSONResponse:
        return JSONResponse(
            {"detail": str(exc), "limit": exc.limit, "scope": exc.scope},
            status_code=429,
            headers={"Retry-After": str(exc.retry_after_s)},
        )

    # Safety net: a store failure that escaped the stores' own wrappers is still a 503 naming it.
    for names, store in ((POSTGRES_DOWN, "postgres"), (NEO4J_DOWN, "neo4j"), (REDIS_DOWN, "redis")):
        for exc_type in names:
            if exc_type in (OSError, TimeoutError, asyncio.TimeoutError):
                continue  # too generic to attribute to one store
            app.add_exception_handler(exc_type, _unavailable(store))


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """Methods of every route whose path matches (PARTIAL = path matches, method does not)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _unavailable(store: str) -> Any:
    async def handler(request: Request, exc: Exception) -> JSONResponse:
        log.warning("store error escaped its wrapper", extra={"dependency": store, "error": str(exc)[:200]})
        error = ServiceUnavailable(store, str(exc)[:200])
        return JSONResponse({"detail": str(error), "dependency": store}, status_code=503, headers={"Retry-After": "5"})

    return handler
