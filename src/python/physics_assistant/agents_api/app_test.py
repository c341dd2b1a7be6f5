"""The HTTP layer with the tools in-process: request/response shapes, errors, auth, metrics."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from prometheus_client import REGISTRY

from physics_assistant.agents_api.app import create_app
from physics_assistant.agents_api.inprocess import InProcessBackend
from physics_assistant.agents_api.settings import TutorSettings
from physics_assistant.core.tokens import Principal, issue_token
from physics_assistant.testing.processes import free_port

SECRET = "app-test-secret-with-enough-length"
KE = "A 1000 kg car moves at 25 m/s. What is its kinetic energy?"


def client(**settings: object) -> httpx.AsyncClient:
    app = create_app(TutorSettings(jwt_secret_key=SECRET, **settings), backend=InProcessBackend())  # type: ignore[arg-type]
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://tutor")


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.asyncio
async def test_ask_solve() -> None:
    async with client() as c:
        response = await c.post("/v1/ask", json={"question": KE})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"topic", "answer", "steps", "hints", "check", "tools_used", "concepts"}
    assert body["topic"] == "energy" and body["answer"]["unit"] == "J"
    assert all(set(step) == {"text", "latex"} for step in body["steps"])


@pytest.mark.asyncio
async def test_answers_are_counted_by_topic_and_mode() -> None:
    before = metric("pa_tutor_answers_total", topic="energy", mode="hint")
    async with client() as c:
        await c.post("/v1/ask", json={"question": KE, "mode": "hint"})
        exposition = (await c.get("/metrics")).text
    assert metric("pa_tutor_answers_total", topic="energy", mode="hint") == before + 1
    assert (
        'pa_http_requests_total{method="POST",route="/v1/ask",service="physics-agents-api",status="200"}' in exposition
    )


@pytest.mark.asyncio
async def test_not_understood_is_a_422_naming_what_is_missing() -> None:
    before = metric("pa_tutor_failures_total", reason="not_understood")
    async with client() as c:
        response = await c.post("/v1/ask", json={"question": "What is the kinetic energy of a 2 kg ball?"})
    assert response.status_code == 422
    assert response.json()["missing"] == ["the speed"]
    assert metric("pa_tutor_failures_total", reason="not_understood") == before + 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        b'{"question": 5}',
        b'{"question": ""}',
        b'{"question": "x", "mode": "explain"}',
        b'{"question": "x", "hint_level": 0}',
        b'{"question": "x", "session_id": "../../etc"}',
        json.dumps({"question": KE, "mode": "check"}).encode(),
        json.dumps({"question": "a" * 2001}).encode(),
    ],
)
async def test_malformed_requests_are_422(body: bytes) -> None:
    async with client() as c:
        response = await c.post("/v1/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


@pytest.mark.asyncio
async def test_huge_body_is_413() -> None:
    async with client() as c:
        response = await c.post("/v1/ask", content=b'{"question": "' + b"a" * 70_000 + b'"}')
    assert response.status_code == 413


@pytest.mark.asyncio
async def test_production_needs_a_valid_token() -> None:
    token = issue_token(Principal("7", "ada", "student"), SECRET)
    async with client(environment="production") as c:
        assert (await c.post("/v1/ask", json={"question": KE})).status_code == 401
        bad = await c.post("/v1/ask", json={"question": KE}, headers={"Authorization": "Bearer forged"})
        assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
        ok = await c.post("/v1/ask", json={"question": KE}, headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200


@pytest.mark.asyncio
async def test_recording_failure_never_fails_the_answer() -> None:
    # Nothing listens on this port: the recording fails after the answer was sent.
    token = issue_token(Principal("7", "ada", "student"), SECRET)
    before = metric("pa_tutor_failures_total", reason="recording_failed")
    async with client(database_api_url=f"http://127.0.0.1:{free_port()}") as c:
        response = await c.post("/v1/ask", json={"question": KE}, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        for _ in range(50):
            if metric("pa_tutor_failures_total", reason="recording_failed") > before:
                break
            await asyncio.sleep(0.05)
    assert metric("pa_tutor_failures_total", reason="recording_failed") == before + 1


@pytest.mark.asyncio
async def test_topics_and_openapi() -> None:
    async with client() as c:
        topics = (await c.get("/v1/topics")).json()
        spec = (await c.get("/openapi.json")).json()
    assert {t["topic"] for t in topics["topics"]} == {
        "kinematics",
        "forces",
        "energy",
        "momentum",
        "angular_motion",
        "math",
    }
    assert topics["modes"] == ["solve", "hint", "check"]
    assert "AskRequest" in spec["components"]["schemas"]
    assert spec["paths"]["/v1/ask"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "AskRequest"
    )


def test_llm_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LLM_BASE_URL", "LLM_MODEL", "LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert not TutorSettings().llm_enabled


def test_production_refuses_to_start_without_a_secret() -> None:
    from physics_assistant.core.settings import SettingsError, load_settings

    with pytest.raises(SettingsError):
        load_settings(TutorSettings, environment="production", jwt_secret_key=None)
