"""A tool backend that calls the topic tool modules in this process (no MCP transport).

For unit tests and offline evaluation of the understanding layer: the same tools, validated the way
the MCP runner validates them (`toolkit.invoke`). The service itself always uses MCP over HTTP.
"""

from __future__ import annotations

import importlib
from typing import Any

from pydantic import ValidationError

from physics_assistant.agents_api.engine import ServerDown, ToolError
from physics_assistant.mcp_servers.toolkit import ToolInputError, ToolSet, invoke

_MODULES = {
    "forces": "forces",
    "kinematics": "kinematics",
    "math": "mathematics",
    "energy": "energy",
    "momentum": "momentum",
    "angular-motion": "angular_motion",
}


class InProcessBackend:
    def __init__(self) -> None:
        self._toolsets: dict[str, ToolSet] = {}

    def _toolset(self, server: str) -> ToolSet:
        if server not in self._toolsets:
            try:
                module = importlib.import_module(f"physics_assistant.mcp_servers.tools.{_MODULES[server]}")
            except (KeyError, ImportError) as exc:
                raise ServerDown(server, f"tool module not available ({exc})") from None
            self._toolsets[server] = module.TOOLS
        return self._toolsets[server]

    async def call(self, server: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        spec = self._toolset(server).tools.get(tool)
        if spec is None:
            raise ToolError(server, tool, "no such tool")
        try:
            result = invoke(spec, arguments)
        except ToolInputError as exc:
            raise ToolError(server, tool, str(exc)) from None
        except ValidationError as exc:
            raise ToolError(
                server, tool, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            ) from None
        return result.model_dump(mode="json")
