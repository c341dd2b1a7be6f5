"""Tutor settings from the environment (docs/tutor.md lists every variable)."""

from __future__ import annotations

from pydantic import Field

from physics_assistant.core.settings import ServiceSettings

# Topic server name -> default URL (the runner's default ports, in this order).
DEFAULT_MCP_URLS = {
    "forces": "http://127.0.0.1:10100/mcp",
    "kinematics": "http://127.0.0.1:10101/mcp",
    "math": "http://127.0.0.1:10102/mcp",
    "energy": "http://127.0.0.1:10103/mcp",
    "momentum": "http://127.0.0.1:10104/mcp",
    "angular-motion": "http://127.0.0.1:10105/mcp",
}


class TutorSettings(ServiceSettings):
    """Environment of `agents-api.pex`."""

    jwt_secret_key: str | None = None
    database_api_url: str | None = None

    mcp_forces_url: str = DEFAULT_MCP_URLS["forces"]
    mcp_kinematics_url: str = DEFAULT_MCP_URLS["kinematics"]
    mcp_math_url: str = DEFAULT_MCP_URLS["math"]
    mcp_energy_url: str = DEFAULT_MCP_URLS["energy"]
    mcp_momentum_url: str = DEFAULT_MCP_URLS["momentum"]
    mcp_angular_motion_url: str = DEFAULT_MCP_URLS["angular-motion"]
    # Per tool call (each attempt); a failed or timed-out call is retried once on a fresh session.
    # Generous enough for a server whose numba cache is still cold (first call compiles a kernel).
    mcp_call_timeout_s: float = Field(default=10.0, gt=0, le=120)
    mcp_connect_timeout_s: float = Field(default=3.0, gt=0, le=60)

    # Recording interactions through the Database API (never blocks or fails the answer).
    record_timeout_s: float = Field(default=3.0, gt=0, le=60)

    # Optional OpenAI-compatible language model, only to rephrase questions the parser cannot read.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = Field(default=8.0, gt=0, le=120)

    @property
    def mcp_urls(self) -> dict[str, str]:
        return {
            "forces": self.mcp_forces_url,
            "kinematics": self.mcp_kinematics_url,
            "math": self.mcp_math_url,
            "energy": self.mcp_energy_url,
            "momentum": self.mcp_momentum_url,
            "angular-motion": self.mcp_angular_motion_url,
        }

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    def secrets_to_check(self) -> dict[str, str | None]:
        return {"jwt_secret_key": self.jwt_secret_key}
