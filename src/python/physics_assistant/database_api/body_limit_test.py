import asyncio
from typing import Any

from physics_assistant.database_api.body_limit import BodySizeLimit


async def _echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
    message = await receive()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": message["body"]})


def _run(chunks: list[bytes], headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, bytes]:
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "headers": headers or []}
    asyncio.run(BodySizeLimit(_echo, max_bytes=10)(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_small_bodies_pass_through_whole() -> None:
    assert _run([b"abc", b"def"]) == (200, b"abcdef")


def test_declared_or_streamed_oversize_is_413() -> None:
    assert _run([b"x"], headers=[(b"content-length", b"11")])[0] == 413
    status, body = _run([b"123456", b"789012"])
    assert status == 413 and b"larger than 10 bytes" in body
