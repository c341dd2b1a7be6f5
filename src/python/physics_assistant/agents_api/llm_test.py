"""The optional LLM fallback against a local fake OpenAI-compatible endpoint (no real model)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from physics_assistant.agents_api.engine import tutor_answer
from physics_assistant.agents_api.inprocess import InProcessBackend
from physics_assistant.agents_api.llm import Rephraser
from physics_assistant.agents_api.understanding.planner import NotUnderstood

TERSE = "car m=1000, v=25 (SI). KE?"


class FakeModel(BaseHTTPRequestHandler):
    reply: ClassVar[str] = ""
    seen: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:  # - http.server API
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        FakeModel.seen.append({"path": self.path, "auth": self.headers.get("authorization"), "body": body})
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": FakeModel.reply}}]}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_model() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeModel.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.mark.asyncio
async def test_without_the_model_a_terse_question_is_not_understood() -> None:
    with pytest.raises(NotUnderstood):
        await tutor_answer(InProcessBackend(), TERSE)


@pytest.mark.asyncio
async def test_the_model_restates_and_the_parser_reads(fake_model: str) -> None:
    FakeModel.reply = "A 1000 kg car moves at 25 m/s. What is its kinetic energy?"
    rephraser = Rephraser(fake_model, "tiny", "k-123")
    result = await tutor_answer(InProcessBackend(), TERSE, rephrase=rephraser.rephrase)
    await rephraser.close()
    assert result.answer is not None and result.answer["value"] == 313000.0
    assert any("read as" in (step["text"] or "") for step in result.steps)
    request = FakeModel.seen[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer k-123"


@pytest.mark.asyncio
async def test_a_restatement_that_invents_a_number_is_refused(fake_model: str) -> None:
    FakeModel.reply = "A 1000 kg car moves at 30 m/s. What is its kinetic energy?"
    rephraser = Rephraser(fake_model, "tiny", None)
    with pytest.raises(NotUnderstood):
        await tutor_answer(InProcessBackend(), TERSE, rephrase=rephraser.rephrase)
    await rephraser.close()


@pytest.mark.asyncio
async def test_an_unreachable_model_is_not_an_error() -> None:
    rephraser = Rephraser("http://127.0.0.1:9/v1", "tiny", None, timeout_s=1.0)
    assert await rephraser.rephrase(TERSE) is None
    await rephraser.close()
