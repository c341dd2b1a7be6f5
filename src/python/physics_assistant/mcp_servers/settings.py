"""MCP server settings from the environment (docs/mcp.md, "Configuration", lists every variable).

Read and validated once at start-up (`mcp.pex` loads them, with its flags on top, before a server
starts; granian's worker processes validate the same environment again) and passed down from there.
Nothing here imports the SDK, numba or sympy.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import SettingsConfigDict

from physics_assistant.core.settings import ServiceSettings, split_list
from physics_assistant.physics.maths.sandbox import (
    DEFAULT_TIMEOUT_S,
    DEFAULT_WORKER_MEMORY_MB,
    DEFAULT_WORKERS,
    MAX_TIMEOUT_S,
    MIN_WORKER_MEMORY_MB,
    CasLimits,
)

# A tool call in a worker thread is answered with an error after this long. Work that could run
# away (the CAS) enforces its own, shorter, hard limit in a process it can kill.
DEFAULT_TOOL_TIMEOUT_S = 20.0


class McpSettings(ServiceSettings):
    """Environment of `mcp.pex` (every topic server) and of the CAS sandbox it starts."""

    # An empty variable means "unset" here, as it always has for these servers.
    model_config = SettingsConfigDict(env_ignore_empty=True)

    # Defaults for the --transport/--host/--port flags (flags win). No port: the topic's own.
    mcp_transport: Literal["stdio", "http"] = "stdio"
    mcp_host: str = Field(default="127.0.0.1", min_length=1)
    mcp_port: int | None = Field(default=None, ge=1, le=65535)

    mcp_tool_timeout_s: float = Field(default=DEFAULT_TOOL_TIMEOUT_S, gt=0, le=3600)
    # Proven-fast tools may skip the worker thread (adapter.PhysicsTool._execute); false: never.
    mcp_inline_fast_tools: bool = True

    # The CAS sandbox (physics/maths/sandbox.py): time limit per call, worker processes, memory cap.
    mcp_cas_timeout_s: float = Field(default=DEFAULT_TIMEOUT_S, gt=0, lt=MAX_TIMEOUT_S)
    mcp_cas_workers: int = Field(default=DEFAULT_WORKERS, ge=1, le=64)
    mcp_cas_memory_mb: int = Field(default=DEFAULT_WORKER_MEMORY_MB, ge=MIN_WORKER_MEMORY_MB, le=1024 * 1024)

    # Host/Origin checks of the HTTP transport (transport_security.py): comma-separated extra names.
    mcp_allowed_hosts: str = ""
    mcp_allowed_origins: str = ""

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_in_any_case(cls, value: object) -> object:
        # `--log-level debug` and LOG_LEVEL=debug have always worked for these servers.
        return value.upper() if isinstance(value, str) else value

    @property
    def allowed_host_list(self) -> list[str]:
        return split_list(self.mcp_allowed_hosts)

    @property
    def allowed_origin_list(self) -> list[str]:
        return split_list(self.mcp_allowed_origins)

    @property
    def cas_limits(self) -> CasLimits:
        return CasLimits(
            timeout_s=self.mcp_cas_timeout_s, workers=self.mcp_cas_workers, memory_mb=self.mcp_cas_memory_mb
        )
