"""The runner's tool contract, checked through the official client against an in-process server."""

from __future__ import annotations

import time
from typing import Any

import pytest
from mcp import Client
from prometheus_client import REGISTRY

from physics_assistant.mcp_servers.adapter import PhysicsTool, describe_validation_error, first_non_finite
from physics_assistant.mcp_servers.server import build_server
from physics_assistant.mcp_servers.toolkit import (
    G_STANDARD,
    FiniteFloat,
    GravityField,
    Mass,
    ToolInputError,
    ToolResult,
    ToolSet,
    float_array,
)

# The runner's own last-resort checks are under test here, so the tools' result guard is off.
TOOLS = ToolSet("math", title="Test tools", guard_results=False)


class WeightResult(ToolResult):
    weight: float


@TOOLS.tool(title="Weight")
def weight(mass: Mass, g: GravityField = G_STANDARD) -> WeightResult:
    """W = m g."""
    w = mass * g
    return WeightResult(weight=w, units={"weight": "N"}, steps=["W = m g", f"W = {w:g} N"])


class TotalResult(ToolResult):
    total: float


@TOOLS.tool(title="Behaviour under test")
def behave(values: float_array("numbers", max_length=100), mode: str = "sum", flag: bool = False) -> TotalResult:  # type: ignore[valid-type]
    """Sums, or misbehaves on request."""
    if mode == "refuse":
        raise ToolInputError("values", "are not acceptable today")
    if mode == "crash":
        raise RuntimeError("secret internals")
    if mode == "domain":
        raise ZeroDivisionError("float division by zero")
    if mode == "slow":
        time.sleep(3)
    if mode == "nan":
        return TotalResult(total=float("nan"))
    return TotalResult(total=sum(values))


@TOOLS.tool(title="Finite")
def scale(factor: FiniteFloat) -> TotalResult:
    """Returns factor."""
    return TotalResult(total=factor)


TOOLS.resource("physics://test/sheet", "Test sheet", "A sheet", "# Sheet")


@pytest.fixture
def server() -> Any:
    return build_server(TOOLS, tool_timeout_s=0.5)


async def call(server: Any, name: str, arguments: dict[str, Any]) -> Any:
    async with Client(server) as client:
        return await client.call_tool(name, arguments)


async def test_success_has_structured_content_and_steps_as_text(server: Any) -> None:
    result = await call(server, "weight", {"mass": "500 g", "g": 9.8})
    assert not result.is_error
    assert result.structured_content == {
        "weight": pytest.approx(4.9),
        "units": {"weight": "N"},
        "steps": ["W = m g", "W = 4.9 N"],
    }
    assert result.content[0].text == "W = m g\nW = 4.9 N"


async def test_schemas_are_typed() -> None:
    async with Client(build_server(TOOLS)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    mass = tools["weight"].input_schema["properties"]["mass"]
    assert {"type": "number"} in mass["anyOf"] and {"type": "string"} in mass["anyOf"]
    assert tools["weight"].input_schema["required"] == ["mass"]
    assert tools["weight"].output_schema is not None
    assert "weight" in tools["weight"].output_schema["properties"]
    assert tools["behave"].input_schema["properties"]["values"]["maxItems"] == 100


BAD = "invalid_input"  # the caller's mistake
OURS = "error"  # a timeout, a crash, a non-finite result: what the alert watches


def calls_counted(tool: str, outcome: str) -> float:
    labels = {"server": "math", "tool": tool, "outcome": outcome}
    return REGISTRY.get_sample_value("pa_mcp_tool_calls_total", labels) or 0.0


@pytest.mark.parametrize(
    ("name", "arguments", "expected", "outcome"),
    [
        ("weight", {}, "parameter 'mass': required", BAD),
        ("weight", {"mass": -2}, "parameter 'mass': must be > 0", BAD),
        ("weight", {"mass": "3 m"}, "parameter 'mass': '3 m' has dimension [length], expected mass", BAD),
        ("weight", {"mass": "nan"}, "parameter 'mass': 'nan' is not a finite number", BAD),
        ("weight", {"mass": "inf kg"}, "parameter 'mass'", BAD),
        ("weight", {"mass": [1, 2]}, "parameter 'mass': expected a number (SI) or a string with units", BAD),
        ("weight", {"mass": True}, "parameter 'mass': expected a number or text, got a boolean", BAD),
        ("weight", {"mass": 1, "gravity": 2}, "parameter 'gravity': unknown parameter", BAD),
        ("behave", {"values": list(range(101))}, "parameter 'values': List should have at most 100 items", BAD),
        ("behave", {"values": [1, "x"]}, "parameter 'values': item 1:", BAD),
        ("behave", {"values": [1], "mode": "refuse"}, "parameter 'values': are not acceptable today", BAD),
        ("behave", {"values": [1], "mode": "domain"}, "cannot compute this input: float division by zero", OURS),
        ("behave", {"values": [1], "mode": "crash"}, "internal error (RuntimeError)", OURS),
        ("behave", {"values": [1], "mode": "slow"}, "did not finish within 0.5 s", OURS),
        ("behave", {"values": [1], "mode": "nan"}, "result field 'total' is not a finite number", OURS),
        ("scale", {"factor": "1e999"}, "parameter 'factor'", BAD),
    ],
)
async def test_bad_input_is_an_error_result_naming_the_parameter(
    server: Any, name: str, arguments: dict[str, Any], expected: str, outcome: str
) -> None:
    before = {o: calls_counted(name, o) for o in ("ok", BAD, OURS)}
    result = await call(server, name, arguments)
    assert result.is_error
    assert expected in result.content[0].text
    assert result.content[0].text.startswith(f"{name}: ")
    assert "secret internals" not in result.content[0].text
    counted = {o: calls_counted(name, o) - before[o] for o in before}
    assert counted == {o: 1.0 if o == outcome else 0.0 for o in before}


async def test_booleans_are_fine_where_the_schema_has_them(server: Any) -> None:
    result = await call(server, "behave", {"values": [1, 2], "flag": True})
    assert not result.is_error and result.structured_content["total"] == 3


async def test_the_server_keeps_serving_after_bad_input_and_counts_it(server: Any) -> None:
    ok_before, bad_before = calls_counted("weight", "ok"), calls_counted("weight", BAD)
    async with Client(server) as client:
        for _ in range(3):
            assert (await client.call_tool("weight", {"mass": -1})).is_error
        assert not (await client.call_tool("weight", {"mass": 1})).is_error
        resources = await client.list_resources()
    assert calls_counted("weight", BAD) - bad_before == 3
    assert calls_counted("weight", "ok") - ok_before == 1
    assert [str(r.uri) for r in resources.resources] == ["physics://test/sheet"]
    assert (
        REGISTRY.get_sample_value("pa_mcp_tool_duration_seconds_count", {"server": "math", "tool": "weight"}) or 0
    ) >= 4


def test_helpers() -> None:
    assert first_non_finite(TotalResult(total=1.0)) is None
    assert first_non_finite(TotalResult(total=float("inf"))) == "total"
    tool = PhysicsTool.from_spec(TOOLS.tools["weight"], server_name="math")
    assert tool.bool_params == frozenset()
    assert PhysicsTool.from_spec(TOOLS.tools["behave"], server_name="math").bool_params == {"flag"}
    from pydantic import TypeAdapter, ValidationError

    with pytest.raises(ValidationError) as exc:
        TypeAdapter(list[float]).validate_python(["a"])
    assert describe_validation_error(exc.value) == [
        "parameter '0': Input should be a valid number, unable to parse string as a number"
    ]


async def test_proven_fast_tools_skip_the_thread_and_blocking_ones_never_do() -> None:
    fast = PhysicsTool.from_spec(TOOLS.tools["weight"], server_name="math")
    for _ in range(30):
        assert not (await fast.run({"mass": 1})).is_error
    assert fast._pace.inline
    blocking_set = ToolSet("math", title="t")
    blocking_set.tool(title="Weight", blocking=True)(weight)
    blocking = PhysicsTool.from_spec(blocking_set.tools["weight"], server_name="math")
    for _ in range(30):
        await blocking.run({"mass": 1})
    assert not blocking._pace.inline
    # MCP_INLINE_FAST_TOOLS=0: every call stays on threads.
    threaded = PhysicsTool.from_spec(TOOLS.tools["weight"], server_name="math", inline_fast=False)
    for _ in range(30):
        await threaded.run({"mass": 1})
    assert not threaded._pace.inline


def test_every_outcome_is_exported_from_the_start() -> None:
    PhysicsTool.from_spec(TOOLS.tools["scale"], server_name="fresh")
    for outcome in ("ok", BAD, OURS):
        labels = {"server": "fresh", "tool": "scale", "outcome": outcome}
        assert REGISTRY.get_sample_value("pa_mcp_tool_calls_total", labels) == 0.0
