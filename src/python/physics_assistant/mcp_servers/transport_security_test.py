from __future__ import annotations

import socket

from mcp.server.transport_security import TransportSecurityMiddleware

from physics_assistant.mcp_servers.transport_security import security_settings


def allowed(settings: object, host: str, origin: str | None = None) -> bool:
    middleware = TransportSecurityMiddleware(settings)  # type: ignore[arg-type]
    return middleware._validate_host(host) and middleware._validate_origin(origin)


def test_loopback_and_own_names_are_allowed_by_default() -> None:
    settings = security_settings("mcp-forces")
    assert settings.enable_dns_rebinding_protection
    for host in ("127.0.0.1:10100", "localhost:10100", "[::1]:10100", "localhost", "mcp-forces:10100", "mcp-forces"):
        assert allowed(settings, host), host
    assert allowed(settings, socket.gethostname().lower() + ":10100")
    assert allowed(settings, "127.0.0.1:10100", "http://localhost:3000")
    assert allowed(settings, "mcp-forces:10100", "http://mcp-forces:10100")


def test_foreign_hosts_and_origins_are_refused() -> None:
    settings = security_settings("mcp-forces")
    assert not allowed(settings, "evil.example.com")
    assert not allowed(settings, "evil.example.com:10100")
    assert not allowed(settings, "127.0.0.1:10100", "http://evil.example.com")
    assert not allowed(settings, "mcp-forces.evil.example.com:10100")


def test_extra_names_are_allowed() -> None:
    settings = security_settings(
        "mcp-math", extra_hosts=["mcp.example.org", "gateway:8080"], extra_origins=["https://tutor.example.org"]
    )
    assert allowed(settings, "mcp.example.org")
    assert allowed(settings, "mcp.example.org:443")
    assert allowed(settings, "gateway:8080")
    assert not allowed(settings, "gateway:9090")
    assert allowed(settings, "mcp.example.org", "https://tutor.example.org")
    # The format the Compose files use works too.
    compose = security_settings("mcp-forces", extra_hosts=["mcp-forces:*", "localhost:*"])
    assert allowed(compose, "mcp-forces:10100")


def test_star_turns_the_check_off() -> None:
    assert not security_settings("mcp-math", extra_hosts=["*"]).enable_dns_rebinding_protection
