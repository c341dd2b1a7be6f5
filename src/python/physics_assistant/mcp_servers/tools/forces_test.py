import math
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.mcp_servers.toolkit import MAX_ARRAY_LENGTH, ToolInputError
from physics_assistant.mcp_servers.tools.forces import MAX_BODIES, TOOLS, warm_up
from physics_assistant.testing.tool_calls import ToolCalls, json_round_trip

call = ToolCalls(TOOLS)


def test_catalogue() -> None:
    assert len(TOOLS.tools) >= 13
    for spec in TOOLS.tools.values():
        assert spec.description and len(spec.description) > 40
        assert spec.name == spec.name.lower() and " " not in spec.name
    assert [r.uri for r in TOOLS.resources] == ["physics://formulas/forces"]
    assert "μs·N" in TOOLS.resources[0].text
    warm_up()  # the runner's start-up hook


def test_weight_with_units_and_g() -> None:
    r = call("weight", mass="500 g")
    assert r.weight == pytest.approx(4.905) and r.g == 9.81
    assert "textbook" in r.steps[0]
    assert call("weight", mass=1, g=9.80665).weight == pytest.approx(9.80665)
    assert call("weight", mass="2 kg", g="1.62 m/s^2").weight == pytest.approx(3.24)
    json_round_trip(r)


def test_force_sums() -> None:
    r = call("force_sum_1d", forces=[10, "-4 N", "2.5 N"], mass="2 kg")
    assert r.net_force == pytest.approx(8.5) and r.acceleration == pytest.approx(4.25) and r.direction == "positive"
    r = call("force_sum_2d", forces=[{"magnitude": "3 N", "angle": "0 deg"}, {"magnitude": 4, "angle": "90 deg"}])
    assert (r.fx, r.fy, r.magnitude, r.direction_deg) == pytest.approx((3, 4, 5, 53.1301), rel=1e-5)
    assert r.components[1].fx == 0.0  # cos 90° round-off cleaned
    json_round_trip(r)


@given(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4))
def test_resolve_of_resultant_is_identity_through_the_tools(fx: float, fy: float) -> None:
    res = call("resultant_from_components", fx=fx, fy=fy)
    assert 0 <= res.direction_deg < 360
    back = call("resolve_force", magnitude=res.magnitude, angle=res.direction)
    scale = max(abs(fx), abs(fy), 1e-300)
    assert back.fx == pytest.approx(fx, abs=1e-9 * scale)
    assert back.fy == pytest.approx(fy, abs=1e-9 * scale)


def test_resultant_quadrants() -> None:
    assert call("resultant_from_components", fx=-1, fy=-1).direction_deg == pytest.approx(225)
    assert call("resultant_from_components", fx="3 N", fy="-4 N").direction_deg == pytest.approx(306.8699)
    r = call("resolve_force", magnitude="10 N", angle="150 deg")
    assert (r.fx, r.fy) == pytest.approx((-8.66025, 5.0), rel=1e-5)


def test_free_body_and_equilibrium() -> None:
    r = call(
        "free_body_diagram",
        forces=[
            {"name": "weight", "magnitude": "19.62 N", "angle": "270 deg"},
            {"name": "normal", "magnitude": "19.62 N", "angle": "90 deg"},
            {"name": "push", "magnitude": "10 N", "angle": "0 deg"},
        ],
        mass="2 kg",
    )
    assert (r.net_fx, r.net_fy, r.acceleration) == pytest.approx((10, 0, 5))
    json_round_trip(r)
    # Three 10 N forces 120° apart balance; two do not, and the equilibrant points the other way.
    balanced = call("equilibrium_check", forces=[{"magnitude": 10, "angle": f"{a} deg"} for a in (0, 120, 240)])
    assert balanced.in_equilibrium and balanced.equilibrant_magnitude == 0
    r = call("equilibrium_check", forces=[{"magnitude": 10, "angle": "0 deg"}, {"magnitude": 10, "angle": "90 deg"}])
    assert not r.in_equilibrium
    assert r.equilibrant_magnitude == pytest.approx(14.1421, rel=1e-5)
    assert r.equilibrant_direction_deg == pytest.approx(225)


def test_newton_and_hooke_solve_any_one() -> None:
    assert call("newtons_second_law", mass=2, acceleration="3 m/s^2").force == pytest.approx(6)
    assert call("newtons_second_law", force="6 N", acceleration=3).mass == pytest.approx(2)
    assert call("newtons_second_law", force="6 N", mass="2000 g").acceleration == pytest.approx(3)
    assert call("newtons_second_law", force=6, mass=2, acceleration=3).solved_for == "nothing (checked)"
    r = call("hookes_law", spring_constant="200 N/m", extension="5 cm")
    assert r.applied_force == pytest.approx(10) and r.restoring_force == pytest.approx(-10)
    assert call("hookes_law", force="10 N", extension="5 cm").spring_constant == pytest.approx(200)
    assert call("hookes_law", force=-10, spring_constant=200).extension == pytest.approx(-0.05)


def test_friction_static_holds_with_exactly_the_push() -> None:
    r = call("friction", applied_force="20 N", mu_static=0.5, mu_kinetic=0.3, mass="10 kg")
    assert not r.moves and r.friction_force == pytest.approx(-20) and r.acceleration == 0
    assert r.max_static_friction == pytest.approx(49.05)
    r = call("friction", applied_force="60 N", mu_static=0.5, mu_kinetic=0.3, mass="10 kg")
    assert r.moves and r.friction_force == pytest.approx(-29.43) and r.acceleration == pytest.approx(3.057)
    r = call("friction", applied_force=-60, mu_static=0.5, normal_force="98.1 N")
    assert r.moves and r.friction_force == pytest.approx(49.05) and r.acceleration is None


def test_friction_coefficient_three_ways() -> None:
    pushed = call("friction_coefficient", friction_force="49.05 N", mass="10 kg")
    assert pushed.coefficient == pytest.approx(0.5) and pushed.kind == "static"
    assert pushed.normal_force == pytest.approx(98.1) and pushed.method == "force_over_normal"
    assert call("friction_coefficient", friction_force=30, normal_force=100, kind="kinetic").coefficient == 0.3
    on_slope = call("friction_coefficient", friction_force=20, mass=5, incline_angle="30 deg")
    assert on_slope.normal_force == pytest.approx(5 * 9.81 * math.cos(math.radians(30)))
    slip = call("friction_coefficient", slip_angle="30 deg", kind="kinetic")
    assert slip.coefficient == pytest.approx(math.tan(math.radians(30))) and slip.kind == "kinetic"
    braking = call("friction_coefficient", deceleration="-2.943 m/s^2")
    assert braking.coefficient == pytest.approx(0.3) and braking.kind == "kinetic"
    for r in (pushed, on_slope, slip, braking):
        json_round_trip(r)


@given(st.floats(0.01, 2), st.floats(0.1, 1000), st.sampled_from([9.81, 9.80665]))
def test_friction_coefficient_is_the_threshold_of_the_friction_tool(mu: float, mass: float, g: float) -> None:
    """The push that just starts a body moving gives back mu_s; friction agrees on both sides of it."""
    start = mu * mass * g
    found = call("friction_coefficient", friction_force=start, mass=mass, g=g).coefficient
    assert found == pytest.approx(mu, rel=1e-12)
    assert not call("friction", applied_force=start * (1 - 1e-6), mu_static=found, mass=mass, g=g).moves
    assert call("friction", applied_force=start * (1 + 1e-6), mu_static=found, mass=mass, g=g).moves


@given(st.floats(0.5, 85))
def test_slip_angle_coefficient_just_holds_the_block(deg: float) -> None:
    mu = call("friction_coefficient", slip_angle=f"{deg} deg").coefficient
    assume(mu <= 10)  # the coefficient type's own bound
    assert not call("incline_forces", angle=f"{deg * (1 - 1e-6)} deg", mu_static=mu).slides
    assert call("incline_forces", angle=f"{deg * (1 + 1e-6)} deg", mu_static=mu).slides


def test_incline_without_mass_gives_the_acceleration_and_no_forces() -> None:
    r = call("incline_forces", angle="30 deg", mu_static=0.5, mu_kinetic=0.4)
    assert r.slides and r.acceleration == pytest.approx(-1.50672, rel=1e-5)
    assert r.weight is None and r.normal_force is None and r.friction_force is None and r.net_force is None
    assert set(r.units) == {"acceleration", "critical_angle_deg"}
    assert any("N/kg" in step for step in r.steps)
    json_round_trip(r)
    with pytest.raises(ToolInputError) as info:
        call("incline_forces", angle="30 deg", applied_force=10)
    assert info.value.parameter == "mass"


@given(
    st.floats(0.01, 1e4),
    st.floats(0, 90),
    st.floats(0, 1.5),
    st.floats(0, 1),
    st.sampled_from(["at_rest", "sliding_up", "sliding_down"]),
)
def test_incline_acceleration_does_not_depend_on_mass(
    m: float, deg: float, mu_s: float, frac: float, motion: str
) -> None:
    common = {"angle": f"{deg} deg", "mu_static": mu_s, "mu_kinetic": mu_s * frac, "initial_motion": motion}
    with_mass = call("incline_forces", mass=m, **common)
    per_kg = call("incline_forces", **common)
    assert (per_kg.slides, per_kg.motion) == (with_mass.slides, with_mass.motion)
    assert per_kg.acceleration == pytest.approx(with_mass.acceleration, rel=1e-9, abs=1e-12)


@given(
    st.floats(0.1, 1000),
    st.floats(0, 90),
    st.floats(0, 1.5),
    st.floats(0, 1),
    st.sampled_from([9.81, 9.80665]),
)
def test_incline_tool_friction_never_exceeds_mu_s_n(m: float, deg: float, mu_s: float, frac: float, g: float) -> None:
    r = call("incline_forces", mass=m, angle=f"{deg} deg", mu_static=mu_s, mu_kinetic=mu_s * frac, g=g)
    if not r.slides:
        assert abs(r.friction_force) <= r.max_static_friction
        assert r.acceleration == 0 and r.motion == "at_rest"
    if math.tan(math.radians(deg)) <= mu_s:
        assert not r.slides
    json_round_trip(r)


def test_incline_textbook() -> None:
    r = call("incline_forces", mass="2 kg", angle="30 deg", mu_static=0.6, mu_kinetic=0.5)
    assert not r.slides and r.friction_force == pytest.approx(9.81)  # not μs·N = 10.19 N
    assert r.normal_force == pytest.approx(16.9914, rel=1e-5)
    assert r.critical_angle_deg == pytest.approx(30.9638, rel=1e-5)
    r = call("incline_forces", mass="2 kg", angle="30 deg", mu_static=0.5, mu_kinetic=0.4)
    assert r.slides and r.motion == "down_the_slope" and r.acceleration == pytest.approx(-1.50672, rel=1e-5)
    r = call("incline_forces", mass=5, angle="25 deg", mu_static=0.4, mu_kinetic=0.3, applied_force="50 N")
    assert r.slides and r.motion == "up_the_slope" and r.friction_force < 0
    r = call("incline_forces", mass=1, angle="10 deg", mu_static=0.5, mu_kinetic=0.3, initial_motion="sliding_down")
    assert r.acceleration > 0 and "slowing down" in r.note  # friction wins: it decelerates
    r = call("incline_forces", mass=1, angle="20 deg")
    assert r.slides and r.acceleration == pytest.approx(-9.81 * math.sin(math.radians(20)))


def test_vectors() -> None:
    assert call("vector_operation", operation="add", a=[1, 2], b=[3, 4]).vector == [4, 6, 0]
    assert call("vector_operation", operation="subtract", a=[1, 2, 3], b=[1, 1, 1]).vector == [0, 1, 2]
    assert call("vector_operation", operation="dot", a=[1, 2, 3], b=[4, 5, 6]).scalar == 32
    r = call("vector_operation", operation="cross", a=[1, 0], b=[0, 1])
    assert r.vector == [0, 0, 1] and r.scalar == 1
    assert call("vector_operation", operation="cross", a=[1, 2, 3], b=[4, 5, 6]).vector == [-3, 6, -3]
    assert call("vector_operation", operation="angle", a=[1, 0], b=[1, 1]).angle_deg == pytest.approx(45)
    assert call("vector_operation", operation="magnitude", a=[3, 4]).magnitude == 5


def test_tension_textbook() -> None:
    assert call("tension_hanging_mass", mass="10 kg").tension == pytest.approx(98.1)
    assert call("tension_hanging_mass", mass=10, acceleration="2 m/s^2").tension == pytest.approx(118.1)
    assert call("tension_hanging_mass", mass=10, acceleration=-2).tension == pytest.approx(78.1)
    r = call("tension_atwood", mass_1="3 kg", mass_2="5 kg")
    assert (r.acceleration, r.tension, r.descending) == (pytest.approx(2.4525), pytest.approx(36.7875), "mass_2")
    r = call("tension_chain", masses=[1, 2, 3], pulling_force="30 N")
    assert r.moves and r.acceleration == pytest.approx(5) and r.tensions == pytest.approx([25, 15])
    r = call("tension_chain", masses=["1 kg", "2 kg", "3 kg"], pulling_force=10, mu_static=0.2, mu_kinetic=0.1)
    assert not r.moves and r.tensions is None and r.force_to_start_moving == pytest.approx(11.772)
    r = call("tension_table_pulley", table_masses=[4], hanging_mass=1)
    assert r.acceleration == pytest.approx(1.962) and r.pulley_tension == pytest.approx(7.848)
    r = call("tension_table_pulley", table_masses=[2, 2], hanging_mass=1, mu_static=0.5)
    assert not r.moves and r.pulley_tension == pytest.approx(9.81) and r.table_tensions is None


@given(
    st.lists(st.floats(0.01, 100), min_size=1, max_size=50),
    st.floats(0, 1e4),
    st.floats(0, 1),
    st.sampled_from([9.81, 9.80665]),
)
def test_chain_of_n_masses_obeys_f_equals_total_mass_times_a(
    masses: list[float], force: float, mu: float, g: float
) -> None:
    r = call("tension_chain", masses=masses, pulling_force=force, mu_static=mu, mu_kinetic=mu * 0.8, g=g)
    total = sum(masses)
    if r.moves:
        assert force - r.kinetic_friction_total == pytest.approx(total * r.acceleration, rel=1e-9, abs=1e-9 * force)
        assert len(r.tensions) == len(masses) - 1
        # Rope i carries the force that accelerates (and drags) everything behind it.
        for i, t in enumerate(r.tensions):
            behind = sum(masses[i + 1 :])
            assert t == pytest.approx(behind * (r.acceleration + mu * 0.8 * g), rel=1e-9, abs=1e-9 * force)
    json_round_trip(r)


@given(st.lists(st.floats(0.01, 100), min_size=1, max_size=20), st.floats(0.01, 100), st.floats(0, 1))
def test_table_pulley_n_masses(table: list[float], hanging: float, mu: float) -> None:
    r = call("tension_table_pulley", table_masses=table, hanging_mass=hanging, mu_static=mu, mu_kinetic=mu / 2)
    if r.moves:
        total = sum(table) + hanging
        assert hanging * 9.81 - mu / 2 * sum(table) * 9.81 == pytest.approx(total * r.acceleration, rel=1e-9)
        assert hanging * (9.81 - r.acceleration) == pytest.approx(r.pulley_tension, rel=1e-9)


# ---- bad input: a clear error naming the parameter ----


@pytest.mark.parametrize(
    ("name", "arguments", "parameter"),
    [
        ("weight", {"mass": float("nan")}, "mass"),
        ("weight", {"mass": float("inf")}, "mass"),
        ("weight", {"mass": -1}, "mass"),
        ("weight", {"mass": "-2 kg"}, "mass"),
        ("weight", {"mass": "5 m"}, "mass"),
        ("weight", {"mass": "five kilos"}, "mass"),
        ("weight", {"mass": 1, "g": 0}, "g"),
        ("resolve_force", {"magnitude": "10 N", "angle": "10 m"}, "angle"),
        ("resolve_force", {"magnitude": "-10 N", "angle": 0}, "magnitude"),
        ("force_sum_1d", {"forces": []}, "forces"),
        ("force_sum_1d", {"forces": [1.0] * (MAX_ARRAY_LENGTH + 1)}, "forces"),
        ("force_sum_1d", {"forces": [1, "nan N"]}, "forces"),
        ("tension_chain", {"masses": [1.0] * (MAX_BODIES + 1), "pulling_force": 1}, "masses"),
        ("tension_chain", {"masses": [1, -2], "pulling_force": 1}, "masses"),
        ("incline_forces", {"mass": 1, "angle": "30 deg", "mu_static": -0.1}, "mu_static"),
        ("incline_forces", {"mass": 1, "angle": "30 deg", "mu_static": float("nan")}, "mu_static"),
        ("vector_operation", {"operation": "add", "a": [1, 2, 3, 4], "b": [1, 2]}, "a"),
        ("vector_operation", {"operation": "divide", "a": [1, 2], "b": [1, 2]}, "operation"),
        ("free_body_diagram", {"forces": [{"name": "w", "magnitude": 1}]}, "forces"),
        ("hookes_law", {"force": 1, "extension": 1, "spring_constant": "1 kg"}, "spring_constant"),
    ],
)
def test_bad_arguments_are_refused_naming_the_parameter(name: str, arguments: dict[str, Any], parameter: str) -> None:
    call.refused_by_validation(name, parameter, **arguments)


@pytest.mark.parametrize(
    ("name", "arguments", "parameter"),
    [
        ("incline_forces", {"mass": 1, "angle": "120 deg"}, "angle"),
        ("incline_forces", {"mass": 1, "angle": "-5 deg"}, "angle"),
        ("incline_forces", {"mass": 1, "angle": "30 deg", "mu_static": 0.2, "mu_kinetic": 0.5}, "mu_kinetic"),
        ("friction", {"applied_force": 1, "mu_static": 0.5}, "normal_force"),
        ("friction_coefficient", {"friction_force": 1}, "normal_force"),
        ("friction_coefficient", {}, "friction_force"),
        ("friction_coefficient", {"friction_force": 1, "slip_angle": 0.3}, "slip_angle"),
        ("friction_coefficient", {"friction_force": 1, "normal_force": 0}, "normal_force"),
        ("friction_coefficient", {"friction_force": 1, "normal_force": 2, "mass": 1}, "mass"),
        ("friction_coefficient", {"friction_force": 1, "normal_force": 2, "incline_angle": 0.2}, "incline_angle"),
        ("friction_coefficient", {"friction_force": 1, "mass": 1, "incline_angle": "90 deg"}, "incline_angle"),
        ("friction_coefficient", {"slip_angle": "90 deg"}, "slip_angle"),
        ("friction_coefficient", {"slip_angle": "-10 deg"}, "slip_angle"),
        ("friction_coefficient", {"deceleration": 2, "kind": "static"}, "kind"),
        ("newtons_second_law", {"force": 1}, "mass"),
        ("newtons_second_law", {"force": 6, "mass": 2, "acceleration": 5}, "force"),
        ("newtons_second_law", {"force": 6, "acceleration": -3}, "acceleration"),
        ("hookes_law", {"force": 10, "extension": -0.1}, "force"),
        ("hookes_law", {"force": 10, "extension": 0}, "extension"),
        ("vector_operation", {"operation": "dot", "a": [1, 2]}, "b"),
        ("vector_operation", {"operation": "angle", "a": [0, 0], "b": [1, 2]}, "a"),
        ("tension_hanging_mass", {"mass": 1, "acceleration": "-12 m/s^2"}, "acceleration"),
    ],
)
def test_impossible_physics_is_a_tool_error_naming_the_parameter(
    name: str, arguments: dict[str, Any], parameter: str
) -> None:
    call.refused_by_tool(name, parameter, **arguments)
