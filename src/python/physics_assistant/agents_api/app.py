"""The tutor's HTTP API: POST /v1/ask, GET /v1/topics, /health (each MCP server), /metrics."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import msgspec
from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response

from physics_assistant import __version__
from physics_assistant.agents_api import schemas
from physics_assistant.agents_api.auth import Caller, Unauthorized, identify
from physics_assistant.agents_api.engine import (
    InvalidRequest,
    ServerDown,
    ToolBackend,
    ToolError,
    TutorResult,
    tutor_answer,
)
from physics_assistant.agents_api.llm import Rephraser
from physics_assistant.agents_api.mcp_pool import McpPool
from physics_assistant.agents_api.metrics import ANSWERS, FAILURES, SERVICE
from physics_assistant.agents_api.recording import Recorder
from physics_assistant.agents_api.settings import TutorSettings
from physics_assistant.agents_api.topics import MODES, TOPICS
from physics_assistant.agents_api.understanding.planner import NotUnderstood
from physics_assistant.core.health import HealthRegistry
from physics_assistant.core.http import ServiceUnavailable, install_common
from physics_assistant.core.metrics import DEPENDENCY_UP
from physics_assistant.core.settings import load_settings

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
# How often the MCP servers are probed in the background, so pa_dependency_up stays current.
PROBE_INTERVAL_S = 15.0
_JSON = "application/json"


def _json(body: Any, status: int = 200, **headers: str) -> Response:
    return Response(schemas.encode(body), status_code=status, media_type=_JSON, headers=headers or None)


class TrackedBackend:
    """Keeps pa_dependency_up current from real calls, not only from /health probes."""

    def __init__(self, inner: ToolBackend) -> None:
        self.inner = inner

    async def call(self, server: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        try:
            result = await self.inner.call(server, tool, arguments)
        except ServerDown:
            DEPENDENCY_UP.labels(SERVICE, f"mcp-{server}").set(0)
            raise
        DEPENDENCY_UP.labels(SERVICE, f"mcp-{server}").set(1)
        return result


def create_app(settings: TutorSettings | None = None, backend: ToolBackend | None = None) -> FastAPI:
    settings = settings or load_settings(TutorSettings)
    pool = McpPool(
        settings.mcp_urls, call_timeout_s=settings.mcp_call_timeout_s, connect_timeout_s=settings.mcp_connect_timeout_s
    )
    tools = TrackedBackend(backend or pool)
    recorder = Recorder(settings.database_api_url, settings.record_timeout_s) if settings.database_api_url else None
    rephraser = (
        Rephraser(settings.llm_base_url or "", settings.llm_model or "", settings.llm_api_key, settings.llm_timeout_s)
        if settings.llm_enabled
        else None
    )
    health = HealthRegistry(SERVICE, timeout_s=settings.mcp_connect_timeout_s + 1.0)
    for name, connection in pool.servers.items():
        health.add(f"mcp-{name}", connection.probe)

    async def probe_forever() -> None:
        while True:
            with contextlib.suppress(Exception):
                await health.run_all()
            await asyncio.sleep(PROBE_INTERVAL_S)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        prober = asyncio.create_task(probe_forever(), name="mcp-probes")
        try:
            yield
        finally:
            prober.cancel()
            with contextlib.suppress(BaseException):
                await prober
            await pool.close()
            if recorder is not None:
                await recorder.close()
            if rephraser is not None:
                await rephraser.close()

    app = FastAPI(
        title="Physics Assistant tutor",
        version=__version__,
        description=(
            "Ask mechanics questions in plain English: worked solutions, hints, and checks of your own " "answers."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    install_common(app, service=SERVICE, settings=settings, health=health)
    components, refs = schemas.openapi_components()

    def record_later(
        caller: Caller,
        question: str,
        session_id: str | None,
        result: TutorResult | None,
        topic: str,
        success: bool,
        started: float,
    ) -> BackgroundTasks | None:
        if recorder is None or caller.token is None:
            return None
        payload: dict[str, Any] = {
            "topic": topic,
            "question": question,
            "answer": result.answer if result is not None else None,
            "tools_used": result.tools_used if result is not None else [],
            "success": success,
            "duration_ms": int((time.perf_counter() - started) * 1000),
            "session_id": session_id,
        }
        if result is not None and result.timings:
            payload["timings"] = result.timings
        tasks = BackgroundTasks()
        tasks.add_task(recorder.record, caller.token, payload)
        return tasks

    @app.post(
        "/v1/ask",
        tags=["tutor"],
        summary="Answer a question: solve (worked solution), hint (ladder) or check (grade the student's answer)",
        openapi_extra={
            "requestBody": {"required": True, "content": {_JSON: {"schema": refs["AskRequest"]}}},
            "responses": {
                "200": {"description": "the answer", "content": {_JSON: {"schema": refs["AskResponse"]}}},
                "401": {"description": "missing (production) or invalid bearer token"},
                "413": {"description": "request body too large"},
                "422": {
                    "description": "invalid request, or a question the tutor cannot understand (says what is missing)",
                    "content": {_JSON: {"schema": refs["NotUnderstoodOut"]}},
                },
                "503": {"description": "an MCP server is down (named in `dependency`)"},
            },
        },
    )
    async def ask(request: Request) -> Response:
        started = time.perf_counter()
        try:
            caller = identify(
                request.headers.get("authorization"), secret=settings.jwt_secret_key, production=settings.is_production
            )
        except Unauthorized as exc:
            return _json({"detail": str(exc)}, 401, **{"WWW-Authenticate": "Bearer"})
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return _json({"detail": f"request body larger than {MAX_BODY_BYTES} bytes"}, 413)
        try:
            req = schemas.decode_ask(body)
        except msgspec.ValidationError as exc:
            return _json({"detail": f"invalid request: {exc}"}, 422)
        except msgspec.DecodeError as exc:
            return _json({"detail": f"malformed JSON: {exc}"}, 422)
        try:
            result = await tutor_answer(
                tools,
                req.question,
                req.mode,
                req.student_answer,
                req.hint_level,
                rephrase=rephraser.rephrase if rephraser is not None else None,
            )
        except InvalidRequest as exc:
            return _json({"detail": str(exc)}, 422)
        except NotUnderstood as exc:
            FAILURES.labels("not_understood").inc()
            log.info("question not understood", extra={"missing": exc.missing})
            response = _json({"detail": exc.detail, "missing": exc.missing, "topic": exc.topic}, 422)
            response.background = record_later(
                caller, req.question, req.session_id, None, exc.topic or "unknown", False, started
            )
            return response
        except ToolError as exc:
            FAILURES.labels("mcp_error").inc()
            log.warning(
                "tool rejected the question", extra={"server": exc.server, "tool": exc.tool, "error": exc.message[:300]}
            )
            return _json(
                {
                    "detail": f"the {exc.tool} tool could not solve this as read: {exc.message}",
                    "missing": [],
                    "topic": None,
                },
                422,
            )
        except ServerDown as exc:
            FAILURES.labels("mcp_unavailable").inc()
            raise ServiceUnavailable(f"mcp-{exc.server}", exc.detail) from None
        ANSWERS.labels(result.topic, req.mode).inc()
        response = _json(result.body())
        response.background = record_later(caller, req.question, req.session_id, result, result.topic, True, started)
        return response

    topics_body = schemas.encode({"topics": TOPICS, "modes": MODES})

    @app.get(
        "/v1/topics",
        tags=["tutor"],
        summary="What the tutor can do, per topic, with example questions",
        responses={200: {"description": "topics", "content": {_JSON: {"schema": refs["TopicsOut"]}}}},
    )
    async def topics() -> Response:
        return Response(topics_body, media_type=_JSON)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            document.setdefault("components", {}).setdefault("schemas", {}).update(components)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
