"""The tool contract, checked for every tool of every topic.

Each tool has a sample call below, and tools that solve for any one unknown one more per mode. From
each: the result is finite, typed, has a unit for every numeric field (physics topics; the math
topic's numbers are mostly pure numbers) and shows its steps; any single argument replaced by junk
(NaN, inf, huge or tiny numbers, wrong units, wrong types, oversized arrays) gives either a finite
result or an error naming a real parameter of the tool, never another exception; and the same holds
for every numeric argument pushed to extreme but valid magnitudes (1e300, 1e-300, ...), one at a
time and all together."""

import inspect
import json
import math
import re
import typing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from physics_assistant.mcp_servers.toolkit import MAX_BATCH_LENGTH, ToolInputError, ToolResult, ToolSpec, invoke
from physics_assistant.mcp_servers.tools import angular_motion, energy, forces, kinematics, mathematics, momentum

MODULES = {
    "forces": forces,
    "kinematics": kinematics,
    "math": mathematics,
    "energy": energy,
    "momentum": momentum,
    "angular-motion": angular_motion,
}
TOPIC_OF: dict[str, str] = {name: topic for topic, m in MODULES.items() for name in m.TOOLS.tools}
SPECS: dict[str, ToolSpec] = {name: spec for m in MODULES.values() for name, spec in m.TOOLS.tools.items()}
# Formula sheets: physics://formulas/<topic>; the math server has its own two sheets.
SHEETS = {topic: [f"physics://formulas/{topic}"] for topic in MODULES}
SHEETS["math"] = ["physics://math/formula-sheet", "physics://math/expression-syntax"]

SAMPLES: dict[str, dict[str, Any]] = {
    # forces
    "force_sum_1d": {"forces": [10, "-4 N", "2.5 N"], "mass": "2 kg"},
    "force_sum_2d": {"forces": [{"magnitude": "3 N", "angle": "0 deg"}, {"magnitude": 4, "angle": "90 deg"}]},
    "resolve_force": {"magnitude": "10 N", "angle": "150 deg"},
    "resultant_from_components": {"fx": "3 N", "fy": "-4 N"},
    "free_body_diagram": {
        "forces": [
            {"name": "weight", "magnitude": "19.62 N", "angle": "270 deg"},
            {"name": "push", "magnitude": "10 N", "angle": "0 deg"},
        ],
        "mass": "2 kg",
    },
    "equilibrium_check": {"forces": [{"magnitude": 10, "angle": "0 deg"}, {"magnitude": 10, "angle": "90 deg"}]},
    "newtons_second_law": {"force": "6 N", "mass": "2000 g"},
    "weight": {"mass": "500 g", "g": 9.81},
    "hookes_law": {"spring_constant": "200 N/m", "extension": "5 cm"},
    "friction": {"applied_force": "60 N", "mu_static": 0.5, "mu_kinetic": 0.3, "mass": "10 kg"},
    "friction_coefficient": {"friction_force": "20 N", "mass": 5, "incline_angle": "30 deg"},
    "incline_forces": {"angle": "30 deg", "mass": "2 kg", "mu_static": 0.5, "mu_kinetic": 0.4, "applied_force": 1},
    "vector_operation": {"operation": "cross", "a": [1, 2, 3], "b": [4, 5, 6]},
    "tension_hanging_mass": {"mass": 10, "acceleration": "2 m/s^2"},
    "tension_atwood": {"mass_1": "3 kg", "mass_2": "5 kg"},
    "tension_chain": {"masses": [1, 2, 3], "pulling_force": "30 N", "mu_static": 0.2, "mu_kinetic": 0.1},
    "tension_table_pulley": {"table_masses": [2, 2], "hanging_mass": 3, "mu_static": 0.2},
    # kinematics
    "uniform_motion": {"x": 100, "velocity": "72 km/h"},
    "constant_acceleration": {"v0": "5 m/s", "a": 2, "t": "3 s"},
    "free_fall": {"height": "20 m", "n_points": 5},
    "projectile": {"speed": "20 m/s", "angle": "30 deg", "height": 2, "target_x": 30},
    "projectile_launch_angles": {"speed": 20, "target_x": 30, "target_height": 2},
    "projectile_with_drag": {"speed": 40, "angle": "35 deg", "mass": "145 g", "drag_coefficient": 0.3,
                             "area": "42 cm^2", "n_points": 20},  # fmt: skip
    "projectile_drag_batch": {"speeds": [10.0, 20.0, 30.0], "angles": [45.0], "drag_factors": [0.005]},
    "drag_best_angle": {"speed": "50 m/s", "drag_factor": 0.005},
    "terminal_velocity": {"mass": "80 kg", "drag_coefficient": 1.0, "area": "0.7 m^2"},
    "motion_graph": {"kind": "constant_acceleration", "duration": "10 s", "x0": 5, "v0": "2 m/s", "a": 1,
                     "n_points": 11},  # fmt: skip
    "relative_motion_1d": {"x0_a": 0, "v_a": "72 km/h", "x0_b": "1 km", "v_b": "-54 km/h", "a_a": 0.5},
    # math
    "solve_quadratic": {"a": 1, "b": -3, "c": 2},
    "solve_linear": {"a": 2, "b": 3, "c": 7},
    "solve_exponential": {"base": 2, "result": 32, "coefficient": 1},
    "logarithm": {"x": 8, "base": 2},
    "trigonometric_values": {"angle": "30 deg"},
    "inverse_trigonometric": {"function": "asin", "value": 0.5},
    "unit_circle": {"angle": "60 deg"},
    "solve_triangle": {"a": 4, "b": 6, "A": "30 deg"},
    "simplify_expression": {"expression": "(x^2 - 1)/(x - 1)", "mode": "cancel"},
    "solve_for_variable": {"equation": "p = m v", "variable": "v"},
    "solve_formula": {"formula": "v = u + a t", "values": {"u": "5 m/s", "a": "2 m/s^2", "t": "3 s"}},
    "solve_linear_system": {"equations": ["x + y = 3", "x - y = 1"], "variables": ["x", "y"]},
    "differentiate": {"expression": "x^3", "variable": "x", "order": 2},
    "integrate": {"expression": "x^2", "variable": "x", "lower": "0", "upper": "3"},
    "descriptive_statistics": {"values": [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]},
    "linear_regression": {"x": [1.0, 2.0, 3.0, 4.0], "y": [2.1, 3.9, 6.2, 7.8],
                          "y_uncertainties": [0.1, 0.1, 0.2, 0.2]},  # fmt: skip
    "propagate_uncertainty": {"formula": "g = 4 pi^2 L / T^2", "values": {"L": "1 m", "T": "2 s"},
                              "uncertainties": {"L": "0.01 m", "T": "1%"}},  # fmt: skip
    "weighted_mean": {"values": [9.7, 9.9], "uncertainties": [0.1, 0.2]},
    "percent_error": {"measured": 9.7, "accepted": 9.81},
    "count_significant_figures": {"number": "0.00340"},
    "round_significant_figures": {"value": 123.456, "figures": 3},
    "significant_figures_result": {"operation": "multiply", "operands": ["2.50", "3.1"]},
    "convert_units": {"quantity": "72 km/h", "to_unit": "m/s"},
    # energy
    "kinetic_energy": {"mass": "1000 kg", "speed": 25},
    "gravitational_potential_energy": {"mass": 2, "height": "3 m", "reference_height": 1},
    "elastic_potential_energy": {"spring_constant": "800 N/m", "displacement": "5 cm"},
    "work_done": {"force": 10, "displacement": 5, "angle": "60 deg"},
    "work_energy_theorem": {"mass": 3, "initial_speed": 2, "final_speed": 6},
    "power": {"work": "36 kJ", "duration": "1 min"},
    "mechanical_energy_conservation": {"initial_height": 10, "initial_speed": 0, "final_height": 2},
    "slide_with_friction": {"initial_speed": 10, "mu_kinetic": 0.3, "angle": "10 deg", "mass": 2, "distance": 3},
    "roller_coaster_track": {"heights": [30.0, 0.0, 25.0, 10.0], "initial_speed": 2, "mass": 500, "point": 2},
    "spring_launch": {"spring_constant": 500, "mass": 0.1, "compression": "5 cm", "orientation": "vertical"},
    "efficiency": {"useful_energy": 30, "input_energy": 100},
    # momentum
    "momentum": {"mass": 1500, "velocity": "54 km/h"},
    "momentum_2d": {"mass": 2, "speed": 3, "direction": "30 deg"},
    "impulse": {"mass": 0.2, "initial_velocity": 10, "final_velocity": -8, "duration": "5 ms"},
    "impulse_2d": {"mass": 0.2, "initial_speed": 10, "final_speed": 8, "final_direction": "150 deg", "duration": 0.01},
    "average_impact_force": {"mass": 0.2, "initial_velocity": 10, "final_velocity": -8, "contact_time": "5 ms"},
    "collision_1d": {"mass_1": 2, "velocity_1": 5, "mass_2": 3, "velocity_2": -1, "restitution": 0.5},
    "collisions_1d_batch": {
        "masses_1": [1.0, 2.0],
        "velocities_1": [3.0, 1.0],
        "masses_2": [1.0, 1.0],
        "velocities_2": [0.0, -2.0],
        "restitution": [0.5],
    },
    "collision_2d": {"mass_1": 1, "speed_1": 2, "mass_2": 1, "final_direction_1": "30 deg", "restitution": 0.8},
    "perfectly_inelastic_collision_2d": {
        "mass_1": 1000,
        "speed_1": 20,
        "mass_2": 1500,
        "speed_2": 15,
        "direction_2": "90 deg",
    },  # fmt: skip
    "collision_analysis": {
        "mass_1": 1,
        "velocity_1": 5,
        "mass_2": 2,
        "velocity_2": 0,
        "final_velocity_2": 3,
        "contact_time": 0.01,
    },  # fmt: skip
    "recoil": {"mass_1": "10 g", "velocity_1": 400, "mass_2": 4},
    "centre_of_mass_velocity": {"masses": [1.0, 2.0], "velocities": [3.0, -1.0], "velocities_y": [0.0, 1.0]},
    # angular motion
    "rotational_kinematics": {
        "initial_angular_velocity": "1200 rpm",
        "angular_acceleration": -10,
        "angular_displacement": "100 rev",
    },  # fmt: skip
    "angular_motion_series": {"initial_angular_velocity": 1, "angular_acceleration": 2, "duration": 3, "points": 7},
    "moment_of_inertia": {"shape": "rod_center", "mass": 2, "length": "1 m", "axis_offset": "50 cm"},
    "moment_of_inertia_point_masses": {"masses": [1.0, 2.0], "distances": [0.5, 1.0]},
    "torque": {"lever_arm": "30 cm", "force": 50, "angle": "60 deg"},
    "rotational_second_law": {"torque": "12 N m", "moment_of_inertia": "3 kg m^2"},
    "net_torque": {
        "lever_arms": [1.0, 2.0],
        "forces": [10.0, 4.0],
        "angles_deg": [90.0, 270.0],
        "moment_of_inertia": 2,
    },  # fmt: skip
    "angular_momentum": {"moment_of_inertia": 2, "angular_velocity": "300 rpm"},
    "angular_momentum_conservation": {
        "initial_moment_of_inertia": 4,
        "initial_angular_velocity": "2 rev/s",
        "final_moment_of_inertia": 1.6,
    },  # fmt: skip
    "rotational_kinetic_energy": {"moment_of_inertia": 2, "angular_velocity": 10},
    "angular_impulse": {
        "moment_of_inertia": 2,
        "initial_angular_velocity": 0,
        "final_angular_velocity": 5,
        "duration": 2,
    },  # fmt: skip
    "rolling_down_incline": {"shape": "solid_sphere", "angle": "30 deg", "height": 1.5, "mass": 1, "radius": 0.1},
    "rolling_race": {"angle": "20 deg", "height": 2, "shapes": ["thin_hoop", "solid_sphere", "solid_disk"]},
    "rolling_kinetic_energy": {"shape": "solid_disk", "mass": 2, "speed": 3, "radius": "10 cm"},
    "linear_angular_relation": {"radius": 0.25, "angular_velocity": "1200 rpm", "angular_acceleration": 2},
    "centripetal_force": {"mass": 1000, "radius": 50, "speed": "72 km/h"},
}

# Further calls for tools that solve for any one unknown: each mode left out in turn runs other code
# (an inverse formula, its own refusals), so each gets the same checks. Keyed "tool[what is solved]".
MODES: dict[str, dict[str, Any]] = {
    "gravitational_potential_energy[height]": {"mass": "2 kg", "potential_energy": "50 J"},
    "gravitational_potential_energy[mass]": {"height": "3 m", "potential_energy": "1 kJ", "reference_height": 1},
    "elastic_potential_energy[displacement]": {"spring_constant": "800 N/m", "potential_energy": "1 J"},
    "elastic_potential_energy[spring_constant]": {"displacement": "5 cm", "potential_energy": 1},
    "power[duration]": {"power": "2 kW", "work": "1 MJ"},
    "power[force]": {"power": "2 kW", "speed": "36 km/h", "angle": "30 deg"},
    "power[speed]": {"power": "2 kW", "force": "500 N"},
    "moment_of_inertia[mass]": {"shape": "solid_disk", "radius": "50 cm", "moment_of_inertia": 0.25},
    "moment_of_inertia[radius]": {"shape": "hollow_sphere", "mass": 2, "inner_radius": "30 cm",
                                  "moment_of_inertia": "0.2 kg m^2"},  # fmt: skip
    "moment_of_inertia[length]": {"shape": "rod_center", "mass": 2, "axis_offset": "50 cm", "moment_of_inertia": 1},
    "moment_of_inertia[width]": {"shape": "rectangular_plate", "mass": 2, "length": 0.3, "moment_of_inertia": 0.05},
}
# Every call the contract tests make: the sample of each tool, and each further mode.
CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    **{name: (name, arguments) for name, arguments in SAMPLES.items()},
    **{case: (case.split("[")[0], arguments) for case, arguments in MODES.items()},
}

JUNK = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            0,
            -1,
            -1e-300,
            1e-320,
            1e308,
            -1e308,
            True,
            None,
            "",
            "nan",
            "inf",
            "-inf",
            "1e400",
            "abc",
            "5 parsec",
            "3 kg",
            "2 m/s",
            "-7 J",
            "30 deg",
            "1200 rpm",
            "1e300 kg",
            [],
            [1.0],
            {"x": 1},
        ]
    ),  # fmt: skip
    st.floats(-1e6, 1e6),
)


def numeric_leaves(value: Any, path: str = "", *, quantities_only: bool = False) -> list[tuple[str, float]]:
    """Every number in a result with its path; quantities_only leaves out integers (counts, indices)."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, float) or (isinstance(value, int) and not quantities_only):
        return [(path, float(value))]
    if isinstance(value, BaseModel):
        out = []
        for name in type(value).model_fields:
            out += numeric_leaves(
                getattr(value, name), f"{path}.{name}" if path else name, quantities_only=quantities_only
            )
        return out
    if isinstance(value, (list, tuple)):
        return [
            leaf
            for i, item in enumerate(value)
            for leaf in numeric_leaves(item, f"{path}[{i}]", quantities_only=quantities_only)
        ]
    return []


def parameters(spec: ToolSpec) -> list[str]:
    return list(inspect.signature(spec.fn).parameters)


def assert_names_a_parameter(spec: ToolSpec, error: Exception) -> None:
    names = parameters(spec)
    if isinstance(error, ToolInputError):
        # a parameter, or an item of one ("values.u", "operands[2]")
        assert re.split(r"[.\[]", error.parameter)[0] in names, f"{spec.name}: {error}"
        assert str(error).startswith(f"parameter '{error.parameter}'")
    else:
        assert isinstance(error, ValidationError)
        for detail in error.errors():
            assert detail["loc"] and detail["loc"][0] in names, f"{spec.name}: {detail}"


def test_every_tool_has_a_sample_and_a_description() -> None:
    assert set(SAMPLES) == set(SPECS)
    assert len(energy.TOOLS.tools) >= 10 and len(momentum.TOOLS.tools) >= 9 and len(angular_motion.TOOLS.tools) >= 10
    for spec in SPECS.values():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", spec.name)
        # The math server's tool descriptions are shorter (an equation says most of it).
        assert len(spec.description) > (20 if TOPIC_OF[spec.name] == "math" else 60), spec.name
        assert spec.title


def test_tool_names_are_unique_across_every_server() -> None:
    seen: dict[str, str] = {}
    for module in MODULES.values():
        for name in module.TOOLS.tools:
            assert name not in seen, f"{name} in {module.__name__} and {seen[name]}"
            seen[name] = module.__name__


@pytest.mark.parametrize("topic", sorted(MODULES))
def test_each_topic_has_a_formula_sheet(topic: str) -> None:
    resources = MODULES[topic].TOOLS.resources
    assert [r.uri for r in resources] == SHEETS[topic]
    for resource in resources:
        assert resource.mime_type == "text/markdown"
        assert resource.text.startswith("# ") and len(resource.text) > 500


@pytest.mark.parametrize("case", sorted(CALLS))
def test_sample_call_gives_a_complete_finite_result(case: str) -> None:
    name, arguments = CALLS[case]
    spec = SPECS[name]
    result = invoke(spec, arguments)
    if case in MODES:
        assert getattr(result, "solved_for", None) == case.split("[")[1].rstrip("]"), case
    expected = typing.get_type_hints(spec.fn)["return"]
    assert isinstance(result, expected) and isinstance(result, ToolResult)
    leaves = numeric_leaves(result)
    assert leaves or TOPIC_OF[name] == "math", name  # a symbolic answer may hold no number
    for path, number in leaves:
        assert math.isfinite(number), f"{name}: {path} = {number}"
    # Math results are mostly pure numbers; vector_operation's numbers are in whatever unit its input had.
    checked_units = TOPIC_OF[name] != "math" and name != "vector_operation"
    for path, _ in numeric_leaves(result, quantities_only=True) if checked_units else []:
        # A quantity needs a unit, on itself or on the field holding it (a vector, a list, a solution).
        assert any(
            part in result.units for part in re.findall(r"[a-z_][a-z_0-9]*", path)
        ), f"{name}: no unit for {path}"
    for field in result.units:
        field = field.split(".")[0]  # "triangles.a": the field holding the numbers comes first
        assert field in type(result).model_fields or any(
            field in getattr(type(v), "model_fields", {}) for v in _nested_models(result)
        ), f"{name}: units names unknown field {field}"
    assert result.steps and all(isinstance(s, str) and s for s in result.steps)
    data = json.loads(result.model_dump_json())
    assert type(result).model_validate(data) == result  # serialisable for structuredContent


def _nested_models(result: BaseModel) -> list[BaseModel]:
    out: list[BaseModel] = []
    for name in type(result).model_fields:
        value = getattr(result, name)
        items = value if isinstance(value, list) else [value]
        out += [v for v in items if isinstance(v, BaseModel)]
    return out


@pytest.mark.parametrize("case", sorted(CALLS))
@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(data=st.data())
def test_junk_in_any_argument_is_answered_or_named(case: str, data: st.DataObject) -> None:
    name, sample = CALLS[case]
    spec = SPECS[name]
    arguments = dict(sample)
    target = data.draw(st.sampled_from(parameters(spec)), label="parameter")
    arguments[target] = data.draw(JUNK, label="value")
    try:
        result = invoke(spec, arguments)
    except (ValidationError, ToolInputError) as error:
        assert_names_a_parameter(spec, error)
        return
    for path, number in numeric_leaves(result):
        assert math.isfinite(number), f"{name}: {target}={arguments[target]!r} gave {path} = {number}"


@pytest.mark.parametrize(
    ("name", "parameter"),
    [
        ("collisions_1d_batch", "velocities_1"),
        ("roller_coaster_track", "heights"),
        ("centre_of_mass_velocity", "masses"),
        ("net_torque", "forces"),
        ("moment_of_inertia_point_masses", "distances"),
    ],
)
def test_oversized_arrays_are_refused_by_name(name: str, parameter: str) -> None:
    arguments = dict(SAMPLES[name])
    arguments[parameter] = [1.0] * (MAX_BATCH_LENGTH + 1)
    with pytest.raises(ValidationError) as caught:
        invoke(SPECS[name], arguments)
    assert caught.value.errors()[0]["loc"][0] == parameter


# ---- extreme but valid magnitudes, through the runner as a client would see them ----------------

EXTREMES = (1e300, -1e300, 1e-300, -1e-300, 5e-324, 1.7e308)


def _extreme_variants(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """Each numeric argument (numbers, quantity strings, lists of numbers) set to each extreme value,
    one at a time; then every numeric argument scaled up to 1e300 and down to 1e-300 together."""
    numeric = {
        name: value
        for name, value in arguments.items()
        if (isinstance(value, (int, float, str)) and not isinstance(value, bool) and re.match(r"-?[0-9.]", str(value)))
        or (isinstance(value, list) and value and all(isinstance(v, (int, float)) for v in value))
    }
    variants = []
    for name, value in numeric.items():
        for extreme in EXTREMES:
            variants.append({**arguments, name: [extreme] * len(value) if isinstance(value, list) else extreme})
    for scale in (1e300, 1e-300):
        together = dict(arguments)
        for name, value in numeric.items():
            together[name] = [scale] * len(value) if isinstance(value, list) else scale
        variants.append(together)
    return variants


@pytest.mark.parametrize("case", sorted(CALLS))
async def test_extreme_magnitudes_give_finite_results_or_a_named_refusal(case: str) -> None:
    """Never inf/NaN in structuredContent and never an internal error: either a finite result, or
    an error result naming a parameter, counted as the caller's invalid input."""
    from prometheus_client import REGISTRY

    from physics_assistant.mcp_servers.adapter import PhysicsTool

    name, sample = CALLS[case]
    spec = SPECS[name]
    tool = PhysicsTool.from_spec(spec, server_name="extremes")
    names = parameters(spec)
    problems = []
    for arguments in _extreme_variants(sample):
        errors_before = REGISTRY.get_sample_value(
            "pa_mcp_tool_calls_total", {"server": "extremes", "tool": name, "outcome": "error"}
        )
        result = await tool.run(arguments)
        errors = REGISTRY.get_sample_value(
            "pa_mcp_tool_calls_total", {"server": "extremes", "tool": name, "outcome": "error"}
        )
        text = result.content[0].text
        if errors != errors_before:
            problems.append(f"{arguments}: counted as an internal error: {text}")
        elif result.is_error:
            named = re.match(rf"{name}: parameter '([^']+)'", text)
            if not named or re.split(r"[.\[]", named.group(1))[0] not in names:
                problems.append(f"{arguments}: error names no parameter: {text}")
        else:
            try:
                json.dumps(result.structured_content, allow_nan=False)
            except ValueError:
                problems.append(f"{arguments}: non-finite number in {result.structured_content}")
    assert not problems, "\n".join(problems[:10])
