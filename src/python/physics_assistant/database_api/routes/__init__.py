"""HTTP routes, one module per resource. Every /v1 route shares the per-address rate limit."""

from __future__ import annotations

from typing import Any

from physics_assistant.database_api.schemas import ErrorOut


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error answers a route may give (all share {"detail": ...})."""
    text = {
        400: "request body is not valid JSON or form data",
        401: "missing, expired or forged bearer token",
        403: "your role does not allow this",
        404: "not found, or not yours to see",
        409: "conflicts with existing data",
        413: "request body too large",
        429: "rate limit exceeded; see Retry-After",
        503: "a store (postgres, neo4j or redis) is unavailable; see Retry-After",
    }
    return {code: {"model": ErrorOut, "description": text[code]} for code in (400, *codes, 429, 503)}
