"""Host/Origin checks for the streamable HTTP endpoint (DNS-rebinding protection).

A browser tricked into talking to a local MCP server sends a foreign Host/Origin; those requests get
421/403. Allowed by default: loopback (any port), this machine's hostname and the Compose service
name (`mcp-forces`, ...). More names come from ``MCP_ALLOWED_HOSTS`` / ``MCP_ALLOWED_ORIGINS``
(comma-separated; a host without a port allows every port). ``MCP_ALLOWED_HOSTS=*`` turns the check
off; only do that behind a proxy that checks Host itself.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence

from mcp.server.transport_security import TransportSecuritySettings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def _host_patterns(host: str) -> list[str]:
    # "name" allows the bare Host header (port 80) and "name:<any port>"; "name:8080" only that port.
    if host.startswith("[") and host.endswith("]") or ":" not in host:
        return [host, f"{host}:*"]
    return [host]


def _origin_patterns(host: str) -> list[str]:
    bare = host.split(":")[0] if not host.startswith("[") else host
    return [f"{scheme}://{bare}{port}" for scheme in ("http", "https") for port in ("", ":*")]


def security_settings(
    service: str, *, extra_hosts: Sequence[str] = (), extra_origins: Sequence[str] = ()
) -> TransportSecuritySettings:
    """`extra_hosts`/`extra_origins`: the items of MCP_ALLOWED_HOSTS / MCP_ALLOWED_ORIGINS."""
    if "*" in extra_hosts:
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    names: list[str] = [*LOOPBACK_HOSTS, service]
    hostname = socket.gethostname()
    if hostname:
        names.append(hostname.lower())
    names.extend(extra_hosts)
    hosts: list[str] = []
    origins: list[str] = []
    for name in dict.fromkeys(names):
        hosts.extend(_host_patterns(name))
        origins.extend(_origin_patterns(name))
    origins.extend(extra_origins)
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=list(dict.fromkeys(hosts)),
        allowed_origins=list(dict.fromkeys(origins)),
    )
