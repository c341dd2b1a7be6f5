import math
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.mcp_servers.toolkit import (
    MAX_BATCH_LENGTH,
    MAX_SERIES_POINTS,
    ToolInputError,
)
from physics_assistant.mcp_servers.tools.kinematics import TOOLS, warm_up
from physics_assistant.testing.tool_calls import ToolCalls, json_round_trip

call = ToolCalls(TOOLS)


def test_catalogue() -> None:
    assert len(TOOLS.tools) >= 10
    for spec in TOOLS.tools.values():
        assert spec.description and len(spec.description) > 40
    assert [r.uri for r in TOOLS.resources] == ["physics://formulas/kinematics"]
    warm_up()  # the runner's start-up hook


def test_uniform_motion_solves_whichever_is_missing() -> None:
    assert call("uniform_motion", x=100, velocity="72 km/h").time == pytest.approx(5)
    assert call("uniform_motion", velocity="72 km/h", time="30 s").x == pytest.approx(600)
    assert call("uniform_motion", x="1 km", time="50 s").velocity == pytest.approx(20)
    r = call("uniform_motion", x=10, velocity=2, time=3)
    assert r.solved_for == "x0" and r.x0 == pytest.approx(4)
    r = call("uniform_motion", x=-10, velocity=5)
    assert r.time == pytest.approx(-2) and not r.physical


@given(
    st.floats(-50, 50),
    st.floats(-20, 20).filter(lambda a: abs(a) > 1e-2),
    st.floats(0.1, 20),
    st.floats(-100, 100),
    st.sampled_from([("x", "v0", "a"), ("x", "v", "a"), ("v0", "v", "t"), ("x", "v0", "t"), ("x", "v", "t")]),
)
def test_constant_acceleration_round_trips_through_the_tool(
    v0: float, a: float, t: float, x0: float, knowns: tuple[str, ...]
) -> None:
    truth = {"x": x0 + v0 * t + 0.5 * a * t * t, "v0": v0, "v": v0 + a * t, "a": a, "t": t}
    assume(abs(truth["x"] - x0) > 1e-2 and abs(truth["v0"] + truth["v"]) > 1e-2)
    r = call("constant_acceleration", x0=x0, **{k: truth[k] for k in knowns})
    for s in r.solutions:
        # Substitute back into both equations.
        assert s.x == pytest.approx(s.x0 + s.v0 * s.t + 0.5 * s.a * s.t**2, abs=1e-6 * (1 + abs(s.x)))
        assert s.v == pytest.approx(s.v0 + s.a * s.t, abs=1e-6 * (1 + abs(s.v)))
        assert s.physical == (s.t >= 0)
    # Tolerances follow the conditioning: v0 = ±√(v² - 2aΔx) near 0 keeps only half the digits.
    speed = max(abs(v0), abs(truth["v"]), abs(a * t), 1.0)
    tolerance = {"x": 1e-6 * (speed * t + abs(x0)), "v0": 1e-6 * speed, "v": 1e-6 * speed, "a": 1e-6 * speed / t}
    tolerance["t"] = 1e-6 * t + tolerance["v"] / abs(a)
    assert any(all(abs(getattr(s, k) - truth[k]) <= tolerance[k] for k in truth) for s in r.solutions), r.solutions
    json_round_trip(r)


def test_constant_acceleration_reports_both_times() -> None:
    r = call("constant_acceleration", x="5 m", v0="10 m/s", a="-9.81 m/s^2")
    assert [s.t for s in r.solutions] == pytest.approx([0.87886, 1.15988], rel=1e-4)
    assert r.physical_count == 2 and "Two solutions" in r.note
    r = call("constant_acceleration", x0="20 m", x=0, v0=0, a=-9.81)
    assert [s.t for s in r.solutions] == pytest.approx([-2.01928, 2.01928], rel=1e-4)
    assert [s.physical for s in r.solutions] == [False, True]
    assert r.t == pytest.approx(2.01928, rel=1e-4)  # the headline answer is the physical one
    r = call("constant_acceleration", v0="72 km/h", v=0, t="4 s")
    assert (r.a, r.x) == pytest.approx((-5, 40))


def test_free_fall_series() -> None:
    r = call("free_fall", height="20 m", n_points=5)
    assert r.fall_time == pytest.approx(2.01928, rel=1e-5) and r.impact_speed == pytest.approx(19.8091, rel=1e-5)
    assert len(r.t) == len(r.y) == len(r.v) == 5 and r.y[0] == 20 and r.y[-1] == 0
    r = call("free_fall", height=0, initial_velocity="10 m/s", g=9.80665)
    assert r.max_height == pytest.approx(100 / (2 * 9.80665)) and r.impact_velocity == pytest.approx(-10)
    json_round_trip(r)


def test_projectile_textbook_and_target() -> None:
    r = call("projectile", speed="20 m/s", angle="30 deg")
    assert (r.range, r.max_height, r.flight_time) == pytest.approx((35.3119, 5.09684, 2.03874), rel=1e-5)
    assert r.impact_angle_deg == pytest.approx(30)
    r = call("projectile", speed="15 m/s", angle=0, height="45 m")
    assert (r.flight_time, r.range) == pytest.approx((3.02891, 45.4337), rel=1e-5)
    r = call("projectile", speed=20, angle="30 deg", target_x=20, target_height=5)
    assert r.hits_target and r.target_height_at_x == pytest.approx(5.00701, rel=1e-5)
    r = call("projectile", speed=20, angle="30 deg", target_x=20, target_height=8)
    assert not r.hits_target and "below" in r.target_note
    r = call("projectile", speed=20, angle="30 deg", target_x=50)
    assert not r.hits_target and r.target_height_at_x is None
    r = call("projectile", speed=20, angle="90 deg")
    assert r.range == 0 and r.vx0 == 0
    json_round_trip(r)


@given(st.floats(5, 200), st.floats(1, 500), st.floats(-100, 100))
def test_launch_angles_hit_the_target_through_the_projectile_tool(speed: float, x: float, y: float) -> None:
    try:
        angles = call("projectile_launch_angles", speed=speed, target_x=x, target_height=y)
    except ToolInputError as exc:
        assert exc.parameter == "speed"
        assert speed < call("projectile_launch_angles", speed=1e4, target_x=x, target_height=y).minimum_speed * 1.0001
        return
    assert angles.minimum_speed <= speed * (1 + 1e-9)
    for angle in (angles.low_angle, angles.high_angle):
        assume(math.cos(angle) > 1e-3)
        # The projectile tool measures heights from the landing level: launch from |y| up when y < 0.
        launch_height = max(-y, 0.0)
        r = call(
            "projectile", speed=speed, angle=angle, height=launch_height, target_x=x, target_height=launch_height + y
        )
        if r.target_height_at_x is not None:
            assert r.target_height_at_x == pytest.approx(launch_height + y, abs=1e-6 * (abs(y) + x))
            assert r.hits_target


def test_drag_tool_parameterisations_agree_and_approach_vacuum() -> None:
    base = {"speed": "50 m/s", "angle": "45 deg"}
    by_parts = call("projectile_with_drag", **base, mass="145 g", drag_coefficient=0.3, area="42 cm^2")
    by_k = call("projectile_with_drag", **base, drag_factor=by_parts.drag_factor)
    assert by_parts.range == by_k.range
    assert 120 < by_parts.range < 140 and by_parts.range < by_parts.vacuum_range
    assert by_parts.terminal_speed == pytest.approx(42.93, rel=1e-3)
    assert len(by_parts.t) == 201 and by_parts.x[-1] == by_parts.range and by_parts.y[-1] == 0
    tiny = call("projectile_with_drag", **base, drag_factor=1e-9)
    assert tiny.range == pytest.approx(tiny.vacuum_range, rel=1e-6)
    none = call("projectile_with_drag", **base, drag_factor=0)
    assert none.range == pytest.approx(none.vacuum_range, rel=1e-9) and none.terminal_speed is None
    windy = call("projectile_with_drag", **base, drag_factor=by_parts.drag_factor, wind="10 m/s")
    assert windy.range > by_parts.range
    json_round_trip(by_parts)


@given(st.floats(1, 200), st.floats(1, 89), st.floats(0, 50), st.floats(0, 0.05), st.floats(-15, 0))
def test_drag_tool_never_beats_vacuum_without_tailwind(v: float, deg: float, h: float, k: float, w: float) -> None:
    r = call("projectile_with_drag", speed=v, angle=f"{deg} deg", height=h, drag_factor=k, wind=w, n_points=3)
    assert r.range <= r.vacuum_range * (1 + 1e-9) + 1e-9
    assert r.max_height <= r.vacuum_max_height * (1 + 1e-9) + 1e-9


def test_drag_batch() -> None:
    r = call("projectile_drag_batch", speeds=[10, 20, 30], angles=[45], drag_factors=[0.005])
    assert r.count == 3 and r.best_index == 2 and len(r.ranges) == 3
    single = call("projectile_with_drag", speed=30, angle="45 deg", drag_factor=0.005, n_points=2)
    assert r.ranges[2] == single.range
    rad = call("projectile_drag_batch", speeds=[30], angles=[math.pi / 4], angles_unit="rad", drag_factors=[0.005])
    assert rad.ranges[0] == pytest.approx(single.range, rel=1e-12)
    many = call(
        "projectile_drag_batch", speeds=[40.0] * 2000, angles=[i * 0.04 for i in range(1, 2001)], drag_factors=[0.01]
    )
    assert many.count == 2000 and many.ranges[many.best_index] > 30 and 0 < (many.best_index + 1) * 0.04 < 45
    json_round_trip(r)


def test_best_angle_with_drag_is_below_45_degrees() -> None:
    r = call("drag_best_angle", speed="50 m/s", drag_factor=0.005)
    assert 35 < r.best_angle_deg < 44.5 and r.best_range < r.vacuum_best_range
    assert r.vacuum_best_angle_deg == pytest.approx(45)
    r = call("drag_best_angle", speed="50 m/s", drag_factor=1e-9)
    assert r.best_angle_deg == pytest.approx(45, abs=1e-3)
    r = call("drag_best_angle", speed=20, height="10 m", drag_factor=0)
    assert r.best_angle_deg == pytest.approx(r.vacuum_best_angle_deg, abs=1e-3)
    assert r.best_range == pytest.approx(r.vacuum_best_range, rel=1e-9)


def test_terminal_velocity_skydiver() -> None:
    r = call("terminal_velocity", mass="80 kg", drag_coefficient=1.0, area="0.7 m^2")
    assert r.terminal_speed == pytest.approx(42.78, rel=1e-3)
    json_round_trip(r)


def test_motion_graphs() -> None:
    r = call("motion_graph", kind="uniform", duration="10 s", x0=5, v0="2 m/s", n_points=11)
    assert r.x == pytest.approx([5 + 2 * i for i in range(11)]) and r.y is None
    r = call("motion_graph", kind="constant_acceleration", duration=2, v0=1, a=2, n_points=3)
    assert r.x == pytest.approx([0, 2, 6]) and r.v == pytest.approx([1, 3, 5])
    r = call("motion_graph", kind="projectile", speed=10, angle="60 deg", n_points=4)
    assert r.y[0] == 0 and abs(r.y[-1]) < 1e-9 and r.v[0] == pytest.approx(10)
    assert len(call("motion_graph", kind="uniform", duration=1, n_points=MAX_SERIES_POINTS).t) == MAX_SERIES_POINTS
    json_round_trip(r)


def test_relative_motion() -> None:
    r = call("relative_motion_1d", x0_a=0, v_a="72 km/h", x0_b="1 km", v_b="-54 km/h")
    assert r.relative_velocity == pytest.approx(35) and r.meets
    assert r.meetings[0].t == pytest.approx(1000 / 35) and r.meetings[0].x == pytest.approx(20000 / 35)
    r = call("relative_motion_1d", x0_a=0, v_a=5, x0_b=10, v_b=5)
    assert not r.meets and r.meetings == []
    r = call("relative_motion_1d", x0_a=0, v_a=10, x0_b=100, v_b=20)
    assert not r.meets and r.meetings[0].t < 0 and not r.meetings[0].physical  # B pulls away
    r = call("relative_motion_1d", x0_a=0, v_a=0, a_a=2, x0_b=0, v_b=10)
    assert [m.t for m in r.meetings] == pytest.approx([0, 10])
    r = call("relative_motion_1d", x0_a=1, v_a=1, x0_b=1, v_b=1)
    assert r.always_together and r.meets
    json_round_trip(r)


# ---- bad input ----


@pytest.mark.parametrize(
    ("name", "arguments", "parameter"),
    [
        ("projectile", {"speed": float("nan"), "angle": 0.5}, "speed"),
        ("projectile", {"speed": float("inf"), "angle": 0.5}, "speed"),
        ("projectile", {"speed": "-3 m/s", "angle": 0.5}, "speed"),
        ("projectile", {"speed": "3 kg", "angle": 0.5}, "speed"),
        ("projectile", {"speed": 4e8, "angle": 0.5}, "speed"),
        ("projectile", {"speed": 10, "angle": "30 m"}, "angle"),
        ("free_fall", {"height": 10, "n_points": MAX_SERIES_POINTS + 1}, "n_points"),
        ("free_fall", {"height": 10, "n_points": 1}, "n_points"),
        ("constant_acceleration", {"v0": 1, "a": 1, "t": "-2 s"}, "t"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "mass": -1, "drag_coefficient": 0.5, "area": 1}, "mass"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "drag_factor": float("nan")}, "drag_factor"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "drag_factor": -0.1}, "drag_factor"),
        (
            "projectile_drag_batch",
            {"speeds": [1.0] * (MAX_BATCH_LENGTH + 1), "angles": [45], "drag_factors": [0]},
            "speeds",
        ),
        ("projectile_drag_batch", {"speeds": [1.0, float("nan")], "angles": [45], "drag_factors": [0]}, "speeds"),
        ("projectile_drag_batch", {"speeds": [], "angles": [45], "drag_factors": [0]}, "speeds"),
        ("relative_motion_1d", {"x0_a": 0, "v_a": "fast", "x0_b": 1, "v_b": 1}, "v_a"),
    ],
)
def test_bad_arguments_are_refused_naming_the_parameter(name: str, arguments: dict[str, Any], parameter: str) -> None:
    call.refused_by_validation(name, parameter, **arguments)


@pytest.mark.parametrize(
    ("name", "arguments", "parameter"),
    [
        ("uniform_motion", {"x": 1}, "velocity"),
        ("uniform_motion", {"x": 1, "velocity": 0}, "velocity"),
        ("constant_acceleration", {"v0": 1, "a": 2}, "x"),
        ("constant_acceleration", {"x": 100, "v0": 10, "a": -9.81}, "x"),
        ("constant_acceleration", {"v0": 1, "v": 30, "a": 2, "t": 10}, "v"),
        ("constant_acceleration", {"v0": 3, "v": 3, "a": 0}, "t"),
        ("free_fall", {"height": -5}, "height"),
        ("free_fall", {"height": 0}, "initial_velocity"),
        ("projectile", {"speed": 10, "angle": "120 deg"}, "angle"),
        ("projectile", {"speed": 10, "angle": "-10 deg"}, "angle"),
        ("projectile", {"speed": 5, "angle": "45 deg", "height": "-10 m"}, "height"),
        ("projectile_launch_angles", {"speed": 5, "target_x": 100}, "speed"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "mass": 1, "drag_coefficient": 0.5}, "area"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "drag_factor": 0.1, "mass": 1}, "drag_factor"),
        ("projectile_with_drag", {"speed": 10, "angle": 0.5, "height": "1e7 m", "drag_factor": 50}, "height"),
        ("projectile_drag_batch", {"speeds": [1, 2], "angles": [45, 50, 55], "drag_factors": [0]}, "speeds"),
        ("projectile_drag_batch", {"speeds": [-1], "angles": [45], "drag_factors": [0]}, "speeds"),
        ("projectile_drag_batch", {"speeds": [1], "angles": [100], "drag_factors": [0]}, "angles"),
        ("projectile_drag_batch", {"speeds": [1], "angles": [45], "drag_factors": [0], "heights": [-1]}, "heights"),
        ("motion_graph", {"kind": "uniform"}, "duration"),
        ("motion_graph", {"kind": "projectile", "angle": 0.3}, "speed"),
        ("motion_graph", {"kind": "uniform", "duration": 1, "a": 2}, "a"),
    ],
)
def test_impossible_physics_is_a_tool_error_naming_the_parameter(
    name: str, arguments: dict[str, Any], parameter: str
) -> None:
    call.refused_by_tool(name, parameter, **arguments)
