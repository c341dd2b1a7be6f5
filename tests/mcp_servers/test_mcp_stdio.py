"""All six topic servers over stdio (how desktop MCP clients run them), from the PEX."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_servers.servers import SAMPLE_CALLS, TOPICS, stdio_parameters, text_of


@pytest.mark.parametrize("topic", TOPICS)
async def test_stdio_session(topic: str) -> None:
    tool, arguments = SAMPLE_CALLS[topic]
    async with Client(stdio_parameters(topic), read_timeout_seconds=120) as client:  # type: ignore[arg-type]
        tools = (await client.list_tools()).tools
        resources = (await client.list_resources()).resources
        good = await client.call_tool(tool, arguments)
        bad = await client.call_tool(tool, {**arguments, "no_such_parameter": True})
        again = await client.call_tool(tool, arguments)
    assert len(tools) >= 5
    assert resources
    assert not good.is_error and good.structured_content
    assert bad.is_error and "parameter 'no_such_parameter'" in text_of(bad)
    assert not again.is_error and again.structured_content == good.structured_content


async def test_stdio_math_cas_with_units() -> None:
    async with Client(stdio_parameters("math"), read_timeout_seconds=120) as client:  # type: ignore[arg-type]
        result: Any = await client.call_tool(
            "solve_formula", {"formula": "v = u + a t", "values": {"u": "5 m/s", "a": "2 m/s^2", "t": "3 s"}}
        )
        impossible = await client.call_tool("solve_triangle", {"a": 1, "b": 2, "c": 5})
    assert not result.is_error, text_of(result)
    assert (result.structured_content["value"], result.structured_content["unit"]) == (11.0, "m/s")
    assert impossible.is_error and "parameter 'c'" in text_of(impossible)
