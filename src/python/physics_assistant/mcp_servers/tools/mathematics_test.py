"""Math tools through the toolkit (in-process) and through the official client (schemas, errors)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mcp import Client
from pydantic import ValidationError

from physics_assistant.mcp_servers.server import build_topic_server
from physics_assistant.mcp_servers.settings import McpSettings
from physics_assistant.mcp_servers.toolkit import ToolInputError
from physics_assistant.mcp_servers.tools.mathematics import TOOLS
from physics_assistant.mcp_servers.topics import get_topic
from physics_assistant.physics.maths import sandbox
from physics_assistant.testing.tool_calls import ToolCalls

run = ToolCalls(TOOLS)


def test_at_least_twelve_tools_with_descriptions() -> None:
    assert len(TOOLS.tools) >= 12
    for spec in TOOLS.tools.values():
        assert len(spec.description) > 20, spec.name
    assert {r.uri for r in TOOLS.resources} == {"physics://math/formula-sheet", "physics://math/expression-syntax"}


@settings(max_examples=50)
@given(
    st.floats(min_value=-1e3, max_value=1e3).filter(lambda a: abs(a) > 1e-3),
    st.floats(min_value=-1e3, max_value=1e3),
    st.floats(min_value=-1e3, max_value=1e3),
)
def test_quadratic_tool_roots_satisfy_the_equation(a: float, b: float, c: float) -> None:
    result = run("solve_quadratic", a=a, b=b, c=c)
    assert len(result.roots) == 2
    for root in result.roots:
        z = complex(root.re, root.im)
        assert abs(a * z * z + b * z + c) <= 1e-8 * (abs(a) * abs(z) ** 2 + abs(b) * abs(z) + abs(c) + 1)
    assert result.nonnegative_roots == [r for r in result.real_roots if r >= 0]


UNITS = {
    "length": ["m", "cm", "km", "ft", "inch", "mile"],
    "velocity": ["m/s", "km/h", "mph", "ft/s"],
    "energy": ["J", "kJ", "eV", "cal", "kWh"],
    "pressure": ["Pa", "kPa", "atm", "bar", "psi"],
    "temperature": ["K", "degC", "degF"],
}


@settings(max_examples=60)
@given(
    st.sampled_from(sorted(UNITS)).flatmap(lambda d: st.tuples(st.sampled_from(UNITS[d]), st.sampled_from(UNITS[d]))),
    st.floats(min_value=-1e6, max_value=1e6),
)
def test_unit_conversion_round_trips(units: tuple[str, str], value: float) -> None:
    source, target = units
    there = run("convert_units", quantity=value, from_unit=source, to_unit=target)
    back = run("convert_units", quantity=there.value, from_unit=target, to_unit=source)
    assert back.value == pytest.approx(value, rel=1e-9, abs=1e-6)


@settings(max_examples=60)
@given(st.floats(min_value=1e-12, max_value=1e12), st.integers(min_value=1, max_value=12))
def test_significant_figures_round_trip(value: float, figures: int) -> None:
    rounded = run("round_significant_figures", value=value, figures=figures)
    counted = run("count_significant_figures", number=rounded.scientific)
    assert counted.significant_figures == figures
    again = run("round_significant_figures", value=rounded.text, figures=figures)
    assert again.value == rounded.value


def test_textbook_values() -> None:
    assert run("convert_units", quantity="72 km/h", to_unit="m/s").value == pytest.approx(20.0)
    assert run("convert_units", quantity=100, from_unit="degC", to_unit="K").value == pytest.approx(373.15)
    assert run("logarithm", x=8, base=2).value == pytest.approx(3.0)
    assert run("solve_exponential", base=2, result=32).x == pytest.approx(5.0)
    assert run("trigonometric_values", angle="30 deg").sin == 0.5
    assert run("inverse_trigonometric", function="asin", value=0.5).solutions_deg == pytest.approx([30, 150])
    assert run("unit_circle", angle="60 deg").x == "1/2"
    two = run("solve_triangle", a=4, b=6, A="30 deg")
    assert (two.case, two.count) == ("SSA", 2)
    assert run("solve_triangle", a=2, b=6, A="30 deg").count == 0
    assert run("percent_error", measured=9.7, accepted=9.81).percent_error == pytest.approx(1.1213, rel=1e-4)
    assert run("significant_figures_result", operation="multiply", operands=["2.50", "3.1"]).text == "7.8"
    assert run("significant_figures_result", operation="add", operands=["12.1", "0.345"]).text == "12.4"
    stats = run("descriptive_statistics", values=[2, 4, 4, 4, 5, 5, 7, 9])
    assert (stats.mean, stats.population_std, stats.modes) == (5.0, 2.0, [4.0])


def test_cas_tools_go_through_the_sandbox() -> None:
    solved = run("solve_formula", formula="v^2 = u^2 + 2 a s", values={"u": 0, "a": "9.81 m/s^2", "s": "20 m"})
    assert solved.unit == "m/s" and solved.value == pytest.approx(math.sqrt(2 * 9.81 * 20))
    assert len(solved.solutions) == 2  # both signs; the non-negative one is `value`
    assert run("simplify_expression", expression="(x^2 - 1)/(x - 1)", mode="cancel").result == "x + 1"
    assert run("solve_for_variable", equation="p = m v", variable="v").solutions[0].expression == "p/m"


@pytest.mark.parametrize(
    ("tool", "arguments", "parameter"),
    [
        ("solve_quadratic", {"a": 0, "b": 1, "c": 1}, "a"),
        ("logarithm", {"x": 5, "base": 1}, "base"),
        ("solve_exponential", {"base": 2, "result": -1}, "result"),
        ("inverse_trigonometric", {"function": "acos", "value": 2}, "value"),
        ("unit_circle", {"angle": "10 deg"}, "angle"),
        ("solve_triangle", {"a": 1, "b": 2, "c": 5}, "c"),
        ("solve_triangle", {"A": "100 deg", "B": "90 deg", "c": 1}, "B"),
        ("linear_regression", {"x": [1, 1, 1], "y": [1, 2, 3]}, "x"),
        ("convert_units", {"quantity": "5 kg", "to_unit": "m"}, "to_unit"),
        ("convert_units", {"quantity": 5, "to_unit": "m"}, "from_unit"),
        ("percent_error", {"measured": 1, "accepted": 0}, "accepted"),
        ("solve_formula", {"formula": "v = u + a t", "values": {"u": "5 m/s", "a": "2 m/s^2", "t": "3 kg"}}, "values"),
        ("simplify_expression", {"expression": "().__class__"}, "expression"),
        ("solve_for_variable", {"equation": "v = u + a t", "variable": "q"}, "variable"),
    ],
)
def test_impossible_input_names_the_parameter(tool: str, arguments: dict[str, Any], parameter: str) -> None:
    with pytest.raises((ToolInputError, ValidationError)) as exc:
        run(tool, **arguments)
    if isinstance(exc.value, ValidationError):  # refused by the parameter's type, before the tool ran
        assert {str(e["loc"][0]) for e in exc.value.errors()} == {parameter}
    else:
        assert isinstance(exc.value, ToolInputError) and exc.value.parameter == parameter


@pytest.fixture
def math_server() -> Iterator[Any]:
    """The math server as `mcp.pex math` builds it, started with MCP_CAS_TIMEOUT_S=1."""
    _, server = build_topic_server(get_topic("math"), McpSettings(mcp_cas_timeout_s=1))
    yield server
    sandbox.configure(sandbox.CasLimits())


async def test_over_the_protocol_a_runaway_cas_call_is_an_error_not_a_hang(math_server: Any) -> None:
    assert sandbox.default_sandbox().limits.timeout_s == 1
    async with Client(math_server) as client:
        slow = await client.call_tool("simplify_expression", {"expression": "(x + y + 1)^100000", "mode": "expand"})
        assert slow.is_error
        text = getattr(slow.content[0], "text", "")
        assert "parameter 'expression'" in text and "did not finish" in text
        ok = await client.call_tool("differentiate", {"expression": "x^2"})
        assert not ok.is_error and ok.structured_content["result"] == "2*x"
