"""Record each interaction through the Database API, on the student's behalf (their bearer token).

Runs after the answer has been sent; a failure is logged and counted
(`pa_tutor_failures_total{reason="recording_failed"}`) and never reaches the student.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from physics_assistant.agents_api.metrics import FAILURES

log = logging.getLogger(__name__)


class Recorder:
    def __init__(self, base_url: str, timeout_s: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._client = httpx.AsyncClient(base_url=self.base_url, timeout=timeout_s)

    async def record(self, token: str, payload: dict[str, Any]) -> int | None:
        """POST /v1/interactions; the new id, or None (logged and counted) on any failure."""
        try:
            response = await self._client.post(
                "/v1/interactions", json=payload, headers={"Authorization": f"Bearer {token}"}
            )
        except httpx.HTTPError as exc:
            FAILURES.labels("recording_failed").inc()
            log.warning("interaction not recorded", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
            return None
        if response.status_code != 201:
            FAILURES.labels("recording_failed").inc()
            log.warning(
                "interaction not recorded",
                extra={"status": response.status_code, "body": response.text[:300]},
            )
            return None
        try:
            interaction_id = int(response.json()["id"])
        except (ValueError, KeyError, TypeError):
            interaction_id = None
        log.debug("interaction recorded", extra={"interaction_id": interaction_id})
        return interaction_id

    async def close(self) -> None:
        await self._client.aclose()
