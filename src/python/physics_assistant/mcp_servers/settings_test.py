"""McpSettings: the old defaults, and a bad value stops start-up naming its variable."""

from __future__ import annotations

import pytest

from physics_assistant.core.settings import SettingsError, load_settings
from physics_assistant.mcp_servers.settings import McpSettings
from physics_assistant.physics.maths.sandbox import CasLimits


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in McpSettings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def test_defaults_are_the_old_ones() -> None:
    settings = load_settings(McpSettings)
    assert (settings.mcp_transport, settings.mcp_host, settings.mcp_port, settings.log_level) == (
        "stdio",
        "127.0.0.1",
        None,
        "INFO",
    )
    assert settings.mcp_tool_timeout_s == 20.0
    assert settings.mcp_inline_fast_tools is True
    assert settings.cas_limits == CasLimits(timeout_s=5.0, workers=2, memory_mb=1024)
    assert settings.allowed_host_list == [] and settings.allowed_origin_list == []


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("MCP_TOOL_TIMEOUT_S", "abc"),
        ("MCP_TOOL_TIMEOUT_S", "-1"),
        ("MCP_TOOL_TIMEOUT_S", "0"),
        ("MCP_TOOL_TIMEOUT_S", "nan"),
        ("MCP_TOOL_TIMEOUT_S", "inf"),
        ("MCP_TRANSPORT", "carrier-pigeon"),
        ("MCP_PORT", "70000"),
        ("MCP_PORT", "http"),
        ("LOG_LEVEL", "chatty"),
        ("MCP_INLINE_FAST_TOOLS", "sometimes"),
        ("MCP_CAS_TIMEOUT_S", "600"),
        ("MCP_CAS_TIMEOUT_S", "-5"),
        ("MCP_CAS_WORKERS", "0"),
        ("MCP_CAS_WORKERS", "two"),
        ("MCP_CAS_MEMORY_MB", "100"),
    ],
)
def test_a_bad_value_names_its_variable(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=f"^configuration error: {variable}: "):
        load_settings(McpSettings)


def test_values_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, value in {
        "MCP_TRANSPORT": "http",
        "MCP_PORT": "9000",
        "MCP_TOOL_TIMEOUT_S": "2.5",
        "MCP_INLINE_FAST_TOOLS": "0",
        "MCP_CAS_TIMEOUT_S": "1",
        "MCP_CAS_WORKERS": "4",
        "MCP_CAS_MEMORY_MB": "2048",
        "MCP_ALLOWED_HOSTS": "mcp.example.org, gateway:8080,",
        "MCP_ALLOWED_ORIGINS": "https://tutor.example.org",
        "LOG_LEVEL": "debug",  # any case, as before
    }.items():
        monkeypatch.setenv(variable, value)
    settings = load_settings(McpSettings)
    assert (settings.mcp_transport, settings.mcp_port, settings.log_level) == ("http", 9000, "DEBUG")
    assert settings.mcp_tool_timeout_s == 2.5 and settings.mcp_inline_fast_tools is False
    assert settings.cas_limits == CasLimits(timeout_s=1.0, workers=4, memory_mb=2048)
    assert settings.allowed_host_list == ["mcp.example.org", "gateway:8080"]
    assert settings.allowed_origin_list == ["https://tutor.example.org"]


def test_an_empty_variable_means_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MCP_PORT", "MCP_TOOL_TIMEOUT_S", "MCP_CAS_TIMEOUT_S", "LOG_LEVEL"):
        monkeypatch.setenv(name, "")
    settings = load_settings(McpSettings)
    assert (settings.mcp_port, settings.mcp_tool_timeout_s, settings.mcp_cas_timeout_s) == (None, 20.0, 5.0)
    assert settings.log_level == "INFO"
