"""Interactions recorded through the real Database API on the student's behalf, in production mode
(a token from the Database API is required), and a Database API outage that never reaches the
student."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agents_api.stack import Tutor, start_mcp, start_tutor
from physics_assistant.testing.servers import DatabaseApiServer

KE = "A 1000 kg car moves at 25 m/s. What is its kinetic energy?"


@pytest.fixture(scope="module")
def recording_tutor(database_api_server: DatabaseApiServer) -> Iterator[Tutor]:
    mcp = start_mcp(["energy"])
    try:
        tutor = start_tutor(
            mcp,
            {
                "ENVIRONMENT": "production",
                "JWT_SECRET_KEY": database_api_server.jwt_secret,
                "DATABASE_API_URL": database_api_server.url,
            },
        )
        try:
            yield tutor
        finally:
            tutor.process.stop()
    finally:
        mcp.stop_all()


def interactions(api: DatabaseApiServer, token: str, expected: int, timeout: float = 20.0) -> list[dict[str, Any]]:
    """The student's interactions, once `expected` of them are there (recording runs after the answer)."""
    deadline = time.monotonic() + timeout
    while True:
        response = httpx.get(f"{api.url}/v1/interactions", headers={"Authorization": f"Bearer {token}"}, timeout=30)
        response.raise_for_status()
        body = response.json()
        if body["total"] >= expected or time.monotonic() > deadline:
            return list(body["items"])
        time.sleep(0.2)


def test_production_needs_a_database_api_token(recording_tutor: Tutor, database_api_server: DatabaseApiServer) -> None:
    assert recording_tutor.ask({"question": KE}).status_code == 401
    assert recording_tutor.ask({"question": KE}, token="not-a-token").status_code == 401
    token = database_api_server.new_user_token()
    assert recording_tutor.ask({"question": KE}, token=token).status_code == 200


def test_answers_and_failures_are_recorded_for_the_student(
    recording_tutor: Tutor, database_api_server: DatabaseApiServer
) -> None:
    token = database_api_server.new_user_token()
    answered = recording_tutor.ask({"question": KE, "session_id": "lesson-1"}, token=token)
    assert answered.status_code == 200
    not_understood = recording_tutor.ask({"question": "What is the kinetic energy of a 2 kg ball?"}, token=token)
    assert not_understood.status_code == 422
    items = interactions(database_api_server, token, expected=2)
    by_question = {item["question"]: item for item in items}
    good = by_question[KE]
    assert good["success"] is True and good["topic"] == "energy"
    assert good["session_id"] == "lesson-1"
    assert good["answer"] == answered.json()["answer"]
    assert [(t["server"], t["tool"]) for t in good["tools_used"]] == [("energy", "kinetic_energy")]
    assert good["duration_ms"] >= 0
    bad = by_question["What is the kinetic energy of a 2 kg ball?"]
    assert bad["success"] is False and bad["tools_used"] == []


def test_a_database_api_outage_never_fails_the_answer(
    recording_tutor: Tutor, database_api_server: DatabaseApiServer
) -> None:
    token = database_api_server.new_user_token()
    database_api_server.stop()
    try:
        response = recording_tutor.ask({"question": KE}, token=token)
        assert response.status_code == 200 and response.json()["answer"]["unit"] == "J"
        deadline = time.monotonic() + 15
        failures = 0.0
        while time.monotonic() < deadline:
            metrics = httpx.get(f"{recording_tutor.url}/metrics", timeout=30).text
            line = next(
                m for m in metrics.splitlines() if m.startswith('pa_tutor_failures_total{reason="recording_failed"}')
            )
            failures = float(line.split()[-1])
            if failures >= 1:
                break
            time.sleep(0.2)
        assert failures >= 1
    finally:
        database_api_server.start()
