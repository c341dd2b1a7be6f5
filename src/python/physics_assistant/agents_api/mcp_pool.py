"""Long-lived MCP client sessions, one per topic server, over streamable HTTP (official SDK client).

Each server gets one `mcp.Client` that stays open between requests (no handshake per question).
The client's context is entered and left by a small owner task, because the SDK's anyio task group
must be exited by the task that entered it; requests only borrow the open client. A failed or timed
out call drops the session, reconnects and retries once; a server that still does not answer is
reported as :class:`ServerDown` (503 naming it), and the other servers are unaffected.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Mapping
from typing import Any

from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS, Implementation

from physics_assistant import __version__
from physics_assistant.agents_api.engine import ServerDown, ToolError
from physics_assistant.agents_api.metrics import MCP_CALL_SECONDS

log = logging.getLogger(__name__)

CLIENT_INFO = Implementation(name="physics-agents-api", version=__version__)


class McpServerConnection:
    """One topic server: a lazily opened, shared session with reconnect, timeout and one retry."""

    def __init__(self, name: str, url: str, *, call_timeout_s: float = 10.0, connect_timeout_s: float = 3.0) -> None:
        self.name = name
        self.url = url
        self.call_timeout_s = call_timeout_s
        self.connect_timeout_s = connect_timeout_s
        self._client: Client | None = None
        self._owner: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None
        self._lock = asyncio.Lock()
        self.last_error = ""

    @property
    def connected(self) -> bool:
        return self._client is not None

    async def _hold(self, ready: asyncio.Future[Client], stop: asyncio.Event) -> None:
        """Owner task: open the client, hand it out, keep it open until asked to stop."""
        try:
            async with Client(self.url, client_info=CLIENT_INFO, read_timeout_seconds=self.call_timeout_s) as client:
                if not ready.done():
                    ready.set_result(client)
                await stop.wait()
        except BaseException as exc:  # - reported to the waiter; cancellation re-raised below
            if not ready.done():
                ready.set_exception(exc if isinstance(exc, Exception) else ConnectionError(str(exc)))
            if isinstance(exc, asyncio.CancelledError):
                raise
            log.debug("mcp session closed", extra={"server": self.name, "error": repr(exc)})

    async def client(self) -> Client:
        if self._client is not None:
            return self._client
        async with self._lock:
            if self._client is not None:
                return self._client
            loop = asyncio.get_running_loop()
            ready: asyncio.Future[Client] = loop.create_future()
            stop = asyncio.Event()
            owner = asyncio.create_task(self._hold(ready, stop), name=f"mcp-{self.name}-session")
            try:
                client = await asyncio.wait_for(asyncio.shield(ready), timeout=self.connect_timeout_s)
            except BaseException:
                stop.set()
                owner.cancel()
                with contextlib.suppress(BaseException):
                    await asyncio.wait_for(owner, timeout=1.0)
                raise
            self._client, self._owner, self._stop = client, owner, stop
            log.info("mcp session open", extra={"server": self.name, "url": self.url})
            return client

    async def drop(self) -> None:
        """Close the session (after a failure); the next call opens a fresh one."""
        stop, owner = self._stop, self._owner
        self._client = self._owner = self._stop = None
        if stop is not None:
            stop.set()
        if owner is not None:
            try:
                await asyncio.wait_for(owner, timeout=1.0)
            except BaseException:  # noqa: BLE001 - a session that will not close cleanly is abandoned
                owner.cancel()

    async def call(self, tool: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            return await self._call_with_retry(tool, dict(arguments))
        finally:
            MCP_CALL_SECONDS.labels(self.name, tool).observe(time.perf_counter() - started)

    async def _call_with_retry(self, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        for attempt in (1, 2):
            try:
                client = await self.client()
                result = await asyncio.wait_for(client.call_tool(tool, arguments), timeout=self.call_timeout_s)
            except MCPError as exc:
                if exc.code == INVALID_PARAMS:
                    raise ToolError(self.name, tool, exc.message) from None
                failure = f"{exc.message} (code {exc.code})"
            except TimeoutError:
                failure = f"no answer within {self.call_timeout_s:g} s"
            except Exception as exc:  # noqa: BLE001 - transport errors of every kind mean "reconnect"
                failure = _describe(exc)
            else:
                self.last_error = ""
                return _structured(self.name, tool, result)
            self.last_error = failure
            log.warning(
                "mcp call failed", extra={"server": self.name, "tool": tool, "attempt": attempt, "error": failure}
            )
            await self.drop()
        raise ServerDown(self.name, self.last_error)

    async def probe(self) -> None:
        """Health probe: the session answers a tools listing (fresh, not from the cache)."""
        try:
            client = await self.client()
            await asyncio.wait_for(client.list_tools(cache_mode="bypass"), timeout=self.connect_timeout_s)
        except asyncio.CancelledError:
            await self.drop()
            raise
        except Exception as exc:  # noqa: BLE001 - any failure means "down"; the message says why
            await self.drop()
            self.last_error = _describe(exc)
            raise ConnectionError(f"mcp-{self.name}: {self.last_error}") from None

    async def close(self) -> None:
        await self.drop()


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    if isinstance(exc, ExceptionGroup) and exc.exceptions:
        return _describe(exc.exceptions[0])
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


def _structured(server: str, tool: str, result: Any) -> dict[str, Any]:
    text = " ".join(getattr(block, "text", "") for block in (result.content or [])).strip()
    if result.is_error:
        raise ToolError(server, tool, text or "tool error")
    structured = result.structured_content
    if isinstance(structured, dict):
        # Tools returning a non-object are wrapped by the SDK as {"result": ...}.
        return structured
    try:
        parsed = json.loads(text)
    except (TypeError, ValueError):
        raise ToolError(server, tool, "the tool returned no structured content") from None
    if not isinstance(parsed, dict):
        raise ToolError(server, tool, "the tool returned no structured content")
    return parsed


class McpPool:
    """The six topic servers by name ("forces", ..., "angular-motion"); a ToolBackend."""

    def __init__(
        self, urls: Mapping[str, str], *, call_timeout_s: float = 10.0, connect_timeout_s: float = 3.0
    ) -> None:
        self.servers = {
            name: McpServerConnection(name, url, call_timeout_s=call_timeout_s, connect_timeout_s=connect_timeout_s)
            for name, url in urls.items()
        }

    async def call(self, server: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        connection = self.servers.get(server)
        if connection is None:
            raise ServerDown(server, "not configured")
        return await connection.call(tool, arguments)

    async def warm_up(self) -> None:
        """Open every session now (best effort) so the first questions do not pay the handshake."""
        await asyncio.gather(*(c.client() for c in self.servers.values()), return_exceptions=True)

    async def close(self) -> None:
        await asyncio.gather(*(c.close() for c in self.servers.values()), return_exceptions=True)
