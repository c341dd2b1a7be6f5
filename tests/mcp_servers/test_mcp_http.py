"""All six topic servers over streamable HTTP, through the official Python SDK client, from the PEX."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from mcp import Client
from mcp_servers.servers import SAMPLE_CALLS, TOPICS, HttpServer, ServerPool, text_of
from prometheus_client.parser import text_string_to_metric_families


@pytest.fixture(params=TOPICS)
def server(request: pytest.FixtureRequest, servers: ServerPool) -> HttpServer:
    return servers.get(request.param)


async def test_lists_typed_tools_and_formula_sheets(server: HttpServer) -> None:
    async with Client(server.url) as client:
        tools = (await client.list_tools()).tools
        resources = (await client.list_resources()).resources
        assert tools, server.topic
        for tool in tools:
            assert tool.description and len(tool.description) > 10, tool.name
            assert tool.input_schema["type"] == "object"
            assert tool.output_schema is not None and tool.output_schema["type"] == "object", tool.name
            assert {"units", "steps"} <= set(tool.output_schema["properties"]), tool.name
            for name, schema in tool.input_schema.get("properties", {}).items():
                assert schema, f"{tool.name}.{name} has an empty schema"
        assert resources, f"{server.topic} has no formula sheet"
        for resource in resources:
            contents = (await client.read_resource(str(resource.uri))).contents
            assert getattr(contents[0], "text", "").strip(), resource.uri


async def test_sample_call_returns_structured_si_values_and_steps(server: HttpServer) -> None:
    tool, arguments = SAMPLE_CALLS[server.topic]
    async with Client(server.url) as client:
        result = await client.call_tool(tool, arguments)
    assert not result.is_error, text_of(result)
    structured = result.structured_content
    assert structured is not None
    assert structured["steps"] and text_of(result) == "\n".join(structured["steps"])
    assert isinstance(structured["units"], dict)
    numbers = [v for v in structured.values() if isinstance(v, int | float) and not isinstance(v, bool)]
    assert numbers, structured


def _accepts_number(schema: dict[str, Any]) -> bool:
    kinds = [schema.get("type")] + [arm.get("type") for arm in schema.get("anyOf", [])]
    return "number" in kinds or "integer" in kinds


def _accepts_string(schema: dict[str, Any]) -> bool:
    return "string" in [schema.get("type")] + [arm.get("type") for arm in schema.get("anyOf", [])]


def _array_limit(schema: dict[str, Any]) -> int | None:
    for arm in [schema, *schema.get("anyOf", [])]:
        if arm.get("type") == "array" and "maxItems" in arm:
            return int(arm["maxItems"])
    return None


def _bad_inputs(name: str, schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """Values that must be refused for this parameter, whatever the tool."""
    cases: list[tuple[str, Any]] = [("wrong type (object)", {"oops": 1})]
    if _accepts_number(schema) or _accepts_string(schema) and "enum" not in schema:
        cases.append(("a list where a scalar belongs", [[1.0]]))
    if _accepts_number(schema) and _accepts_string(schema):
        # A quantity: number in SI or a string with units.
        cases += [("NaN", "nan"), ("infinity", "inf m"), ("overflow", "1e999"), ("unknown unit", "5 blorps")]
        if "[" in schema.get("description", ""):  # a toolkit quantity states its SI unit: "mass [kg]; ..."
            cases.append(("wrong dimension", "5 kg*s^3/mol"))
        if "mass" in name:
            cases.append(("negative mass", -1))
    elif _accepts_number(schema) and "enum" not in schema:
        cases += [("NaN", "NaN"), ("overflow", "1e999")]
    limit = _array_limit(schema)
    if limit is not None:
        cases.append(("huge array", [1.0] * (limit + 1)))
    return [
        (label, value) for label, value in cases if not (schema.get("type") == "object" and label.startswith("wrong"))
    ]


async def test_bad_input_is_an_error_naming_the_parameter_and_the_server_keeps_serving(server: HttpServer) -> None:
    failures: list[str] = []
    async with Client(server.url) as client:
        tools = (await client.list_tools()).tools
        for tool in tools:
            properties: dict[str, Any] = tool.input_schema.get("properties", {})
            required = tool.input_schema.get("required", [])
            result = await client.call_tool(tool.name, {"no_such_parameter": 1})
            if not (result.is_error and "parameter 'no_such_parameter'" in text_of(result)):
                failures.append(f"{tool.name}: unknown parameter not named: {text_of(result)[:120]}")
            if required:
                result = await client.call_tool(tool.name, {})
                if not (result.is_error and any(f"parameter '{r}'" in text_of(result) for r in required)):
                    failures.append(f"{tool.name}: missing required parameter not named: {text_of(result)[:120]}")
            for name, schema in properties.items():
                for label, value in _bad_inputs(name, schema):
                    result = await client.call_tool(tool.name, {name: value})
                    if not (result.is_error and f"parameter '{name}'" in text_of(result)):
                        failures.append(f"{tool.name}.{name} ({label}): {text_of(result)[:160]}")
        # Still serving, and still right.
        sample, arguments = SAMPLE_CALLS[server.topic]
        assert not (await client.call_tool(sample, arguments)).is_error
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{server.base}/health")).status_code == 200
    assert not failures, "\n".join(failures)


async def test_protocol_level_abuse_gets_http_errors_not_crashes(server: HttpServer) -> None:
    headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
    async with httpx.AsyncClient(timeout=30) as http:
        malformed = await http.post(server.url, content=b'{"jsonrpc": "2.0", "id": 1, "method": ', headers=headers)
        assert 400 <= malformed.status_code < 500
        assert await _status_for_declared_body(server, 6 * 1024 * 1024) == 413
        wrong_type = await http.post(server.url, content=b"hello", headers={**headers, "content-type": "text/plain"})
        assert 400 <= wrong_type.status_code < 500
        nan = await http.post(
            server.url,
            content=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": 2,
                    "method": "tools/call",
                    "params": {"name": "x", "arguments": {"a": float("nan")}},
                }
            ).encode(),
            headers={**headers, "mcp-protocol-version": "2025-11-25"},
        )
        assert nan.status_code < 500
        assert (await http.get(f"{server.base}/health")).json()["status"] == "ok"


async def _status_for_declared_body(server: HttpServer, size: int) -> int:
    """Announce a body too large to accept and read the answer before sending it (the server may
    answer 413 and close at once; a client still uploading would see a reset instead)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    try:
        writer.write(
            f"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nContent-Type: application/json\r\n"
            f"Accept: application/json, text/event-stream\r\nContent-Length: {size}\r\n\r\n".encode()
        )
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout=30)
    finally:
        writer.close()
    return int(status_line.split()[1])


async def test_health_and_metrics(server: HttpServer) -> None:
    tool, arguments = SAMPLE_CALLS[server.topic]
    async with Client(server.url) as client:
        await client.call_tool(tool, arguments)
        await client.call_tool(tool, {"no_such_parameter": 1})
    async with httpx.AsyncClient() as http:
        health = (await http.get(f"{server.base}/health")).json()
        metrics = await http.get(f"{server.base}/metrics")
    assert health["status"] == "ok" and health["topic"] == server.topic and health["service"] == f"mcp-{server.topic}"
    assert health["tools"] >= 5
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(metrics.text)
        for sample in family.samples
    }

    def value(name: str, **labels: str) -> float:
        return samples.get((name, tuple(sorted(labels.items()))), 0.0)

    assert value("pa_mcp_tool_calls_total", server=server.topic, tool=tool, outcome="ok") >= 1
    # a caller's mistake is counted apart from our errors (which the alert watches), and every
    # outcome is exported from the start
    assert value("pa_mcp_tool_calls_total", server=server.topic, tool=tool, outcome="invalid_input") >= 1
    errors = {"server": server.topic, "tool": tool, "outcome": "error"}
    assert ("pa_mcp_tool_calls_total", tuple(sorted(errors.items()))) in samples
    assert value("pa_mcp_tool_duration_seconds_count", server=server.topic, tool=tool) >= 2
    service = f"mcp-{server.topic}"
    assert value("pa_http_requests_total", service=service, method="POST", route="/mcp", status="200") >= 2


async def test_host_header_protection(servers: ServerPool) -> None:
    server = servers.get("math")
    body = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
    headers = {"accept": "application/json, text/event-stream", "mcp-protocol-version": "2025-11-25"}
    async with httpx.AsyncClient() as http:
        evil = await http.post(server.url, json=body, headers={**headers, "host": "evil.example.com"})
        assert evil.status_code == 421
        bad_origin = await http.post(server.url, json=body, headers={**headers, "origin": "http://evil.example.com"})
        assert bad_origin.status_code == 403
        # Behind Compose, peers use the service name.
        compose = await http.post(server.url, json=body, headers={**headers, "host": f"mcp-math:{server.port}"})
        assert compose.status_code == 200
