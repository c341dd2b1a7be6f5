"""Prometheus metrics shared by every service.

Metric names are part of our contract with the alert rules and Grafana dashboards in deploy/
(tests there check that every metric a panel uses is exported here or by a service module).
Every service exports:

- ``pa_http_requests_total{service,method,route,status}``
- ``pa_http_request_duration_seconds{service,method,route}`` (histogram)
- ``pa_http_requests_in_progress{service}``
- ``pa_dependency_up{service,dependency}`` (1 when the last health probe of a store/server passed)
- ``pa_build_info{service,version}``
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

from physics_assistant import __version__

# Buckets tuned for APIs whose healthy latencies are 1-50 ms.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

HTTP_REQUESTS = Counter(
    "pa_http_requests_total", "HTTP requests served.", ["service", "method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "pa_http_request_duration_seconds",
    "HTTP request latency (time to the end of the response).",
    ["service", "method", "route"],
    buckets=LATENCY_BUCKETS,
)
HTTP_IN_PROGRESS = Gauge("pa_http_requests_in_progress", "HTTP requests being served.", ["service"])
DEPENDENCY_UP = Gauge(
    "pa_dependency_up", "1 when the last health probe of a dependency succeeded, else 0.", ["service", "dependency"]
)
BUILD_INFO = Gauge("pa_build_info", "Always 1; labels carry the build.", ["service", "version"])

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def metrics_payload() -> tuple[bytes, str]:
    """The exposition body and its content type."""
    return generate_latest(), CONTENT_TYPE_LATEST


def _route_label(scope: Scope) -> str:
    # The route template ("/v1/concepts/{name}"), never the raw path: raw paths would give every
    # concept name and id its own time series.
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "unmatched"


class PrometheusMiddleware:
    """Pure-ASGI middleware: request count, latency and in-flight gauge per route template."""

    def __init__(self, app: ASGIApp, service: str, skip_paths: frozenset[str] = frozenset({"/metrics"})) -> None:
        self.app = app
        self.service = service
        self.skip_paths = skip_paths
        BUILD_INFO.labels(service, __version__).set(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in self.skip_paths:
            await self.app(scope, receive, send)
            return
        status = 500
        in_progress = HTTP_IN_PROGRESS.labels(self.service)

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        in_progress.inc()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            elapsed = time.perf_counter() - started
            in_progress.dec()
            route = _route_label(scope)
            method = scope.get("method", "GET")
            HTTP_REQUESTS.labels(self.service, method, route, str(status)).inc()
            HTTP_LATENCY.labels(self.service, method, route).observe(elapsed)
