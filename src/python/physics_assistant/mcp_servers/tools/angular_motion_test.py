import math
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.mcp_servers.tools.angular_motion import TOOLS
from physics_assistant.testing.tool_calls import ToolCalls

call = ToolCalls(TOOLS)
rejects = call.rejects


# ---- the tutor's problem set -----------------------------------------------------------------


def test_tutor_problems() -> None:
    spin_up = call("rotational_kinematics", initial_angular_velocity=0, final_angular_velocity=40, time=8)
    assert spin_up.angular_acceleration == pytest.approx(5.0)
    hoop = call("moment_of_inertia", shape="thin_hoop", mass=2, radius=0.5)
    assert hoop.moment_of_inertia == pytest.approx(0.5)
    law = call("rotational_second_law", torque="12 N m", moment_of_inertia="3 kg m^2")
    assert law.angular_acceleration == pytest.approx(4.0)
    turn = call("rotational_kinematics", initial_angular_velocity=5, angular_acceleration=0, time=4)
    assert turn.angular_displacement == pytest.approx(20.0)
    wheel = call("linear_angular_relation", radius=0.25, linear_speed=5)
    assert wheel.angular_velocity == pytest.approx(20.0)
    ball = call("rolling_down_incline", shape="solid_sphere", angle="30 deg", height=1.5)
    assert ball.speed_at_bottom == pytest.approx(4.5849131476, rel=1e-9)


def test_units_in_strings() -> None:
    r = call("linear_angular_relation", angular_velocity="1200 rpm", radius="5 cm")
    assert r.angular_velocity == pytest.approx(40 * math.pi)
    assert r.rpm == pytest.approx(1200.0) and r.frequency == pytest.approx(20.0)
    assert r.linear_speed == pytest.approx(2 * math.pi)
    assert call("linear_angular_relation", angular_velocity="2 rev/s").rpm == pytest.approx(120.0)
    t = call("torque", lever_arm="30 cm", force="50 N", angle="30 deg")
    assert t.torque == pytest.approx(7.5)
    k = call("rotational_kinematics", angular_displacement="10 rev", initial_angular_velocity=0, time="2 s")
    assert k.angular_acceleration == pytest.approx(2 * 10 * 2 * math.pi / 4)
    assert call("centripetal_force", mass="500 g", radius="50 cm", angular_velocity="60 rpm").centripetal_force == (
        pytest.approx(0.5 * (2 * math.pi) ** 2 * 0.5)
    )


def test_moments_of_inertia_by_shape() -> None:
    def inertia(**arguments: Any) -> float:
        return call("moment_of_inertia", mass=2, **arguments).moment_of_inertia

    assert inertia(shape="rod_center", length=3) == pytest.approx(1.5)
    assert inertia(shape="rod_end", length=3) == pytest.approx(6.0)
    assert inertia(shape="rod_center", length=3, axis_offset=1.5) == pytest.approx(6.0)  # parallel axis = end
    assert inertia(shape="solid_disk", radius="50 cm") == pytest.approx(0.25)
    assert inertia(shape="solid_cylinder", radius=0.5) == pytest.approx(0.25)
    assert inertia(shape="hollow_cylinder", radius=0.5) == pytest.approx(0.5)
    assert inertia(shape="hollow_cylinder", radius=0.5, inner_radius=0.3) == pytest.approx(0.34)
    assert inertia(shape="ring", radius=0.5) == pytest.approx(0.5)
    assert inertia(shape="solid_sphere", radius=0.5) == pytest.approx(0.2)
    assert inertia(shape="hollow_sphere", radius=0.5) == pytest.approx(1 / 3)
    assert inertia(shape="rectangular_plate", length=0.3, width=0.4) == pytest.approx(2 * 0.25 / 12)
    rejects("moment_of_inertia", "radius", shape="solid_sphere", mass=1, length=1)
    rejects("moment_of_inertia", "inner_radius", shape="hollow_sphere", mass=1, radius=0.1, inner_radius=0.2)
    rejects("moment_of_inertia", "inner_radius", shape="solid_disk", mass=1, radius=0.1, inner_radius=0.05)
    rejects("moment_of_inertia", "axis_offset", shape="rod_end", mass=1, length=1, axis_offset=0.2)
    rejects("moment_of_inertia", "width", shape="rectangular_plate", mass=1, length=1)
    rejects("moment_of_inertia", "shape", shape="cube", mass=1, length=1)
    rejects("moment_of_inertia", "mass", shape="solid_disk", mass="-1 kg", radius=1)
    rejects("moment_of_inertia", "radius", shape="solid_disk", mass=1, radius="2 kg")


def test_torques_and_second_law() -> None:
    seesaw = call("net_torque", lever_arms=[2.0, 1.0], forces=[300.0, 600.0], angles_deg=[90.0, -90.0])
    assert seesaw.net_torque == pytest.approx(0.0, abs=1e-9) and seesaw.rotates == "balanced"
    spin = call("net_torque", lever_arms=[0.5], forces=[10.0], moment_of_inertia=0.25)
    assert spin.angular_acceleration == pytest.approx(20.0) and spin.rotates == "counter-clockwise"
    assert call("rotational_second_law", moment_of_inertia=2, angular_acceleration=3).torque == pytest.approx(6.0)
    assert call("rotational_second_law", torque=6, angular_acceleration=3).moment_of_inertia == pytest.approx(2.0)
    rejects("rotational_second_law", "angular_acceleration", torque=6, angular_acceleration=0)
    rejects("net_torque", "lever_arms", lever_arms=[-1.0], forces=[1.0])
    rejects("net_torque", "forces", lever_arms=[1.0, 2.0], forces=[1.0])


def test_angular_momentum_impulse_and_energy() -> None:
    skater = call("angular_momentum_conservation", initial_moment_of_inertia=4, initial_angular_velocity="2 rev/s",
                  final_moment_of_inertia=1.6)  # fmt: skip
    assert skater.final_rpm == pytest.approx(300.0)
    assert skater.kinetic_energy_change > 0  # pulling the arms in takes work
    assert call("angular_momentum", moment_of_inertia=2, angular_velocity=3).angular_momentum == pytest.approx(6.0)
    assert call("rotational_kinetic_energy", moment_of_inertia=2, angular_velocity=10).kinetic_energy == (
        pytest.approx(100.0)
    )
    assert call("rotational_kinetic_energy", kinetic_energy=100, angular_velocity=10).moment_of_inertia == (
        pytest.approx(2.0)
    )
    kick = call("angular_impulse", torque=5, duration=2, moment_of_inertia=2, initial_angular_velocity=1)
    assert kick.angular_impulse == pytest.approx(10.0) and kick.final_angular_velocity == pytest.approx(6.0)
    brake = call("angular_impulse", moment_of_inertia=2, initial_angular_velocity=10, final_angular_velocity=0,
                 duration=4)  # fmt: skip
    assert brake.torque == pytest.approx(-5.0)
    rejects("angular_momentum_conservation", "final_angular_velocity", initial_moment_of_inertia=1,
            initial_angular_velocity=1, final_angular_velocity=-1)  # fmt: skip
    rejects("angular_impulse", "torque", moment_of_inertia=2)


def test_rolling() -> None:
    disk = call("rolling_down_incline", shape="solid_disk", angle="30 deg", length=4, radius=0.1, mass=2,
                mu_static=0.5)  # fmt: skip
    assert disk.acceleration == pytest.approx(9.81 * 0.5 / 1.5)
    assert disk.height == pytest.approx(2.0)
    assert disk.rolls_without_slipping
    assert disk.rotational_kinetic_energy == pytest.approx(disk.translational_kinetic_energy / 2)
    assert disk.angular_velocity_at_bottom == pytest.approx(disk.speed_at_bottom / 0.1)
    race = call("rolling_race", angle="10 deg", height=1)
    assert [e.shape for e in race.entries] == ["solid_sphere", "solid_disk", "thin_hoop"]
    split = call("rolling_kinetic_energy", shape="thin_hoop", mass=2, speed=3)
    assert split.rotational_kinetic_energy == pytest.approx(split.translational_kinetic_energy)
    rejects("rolling_down_incline", "angle", shape="solid_sphere", angle=0, height=1)
    rejects("rolling_down_incline", "angle", shape="solid_sphere", angle="120 deg", height=1)
    rejects("rolling_down_incline", "height", shape="solid_sphere", angle="30 deg")
    rejects("rolling_down_incline", "shape", shape="rod_center", angle="30 deg", height=1)
    rejects("rolling_race", "shapes", angle="30 deg", height=1, shapes=[])


def test_rolling_speed_needs_no_angle_but_acceleration_does() -> None:
    ball = call("rolling_down_incline", shape="solid_sphere", height=2, radius=0.1, mass=1)
    assert ball.speed_at_bottom == pytest.approx(math.sqrt(2 * 9.81 * 2 / 1.4))
    assert ball.acceleration is None and ball.time_to_bottom is None and ball.incline_length is None
    assert ball.minimum_static_friction is None and ball.rolls_without_slipping is None
    assert ball.angular_velocity_at_bottom == pytest.approx(ball.speed_at_bottom / 0.1)
    assert ball.rotational_kinetic_energy == pytest.approx(0.4 * ball.translational_kinetic_energy)
    assert any("does not depend on the angle" in step for step in ball.steps)
    # the steps added after the result was built are all there (ω, energy split)
    assert any(step.startswith("ω = v / R") for step in ball.steps) and any("KE:" in step for step in ball.steps)
    assert "angle" in rejects("rolling_down_incline", "angle", shape="solid_sphere", length=3)
    rejects("rolling_down_incline", "angle", shape="solid_sphere", height=1, mu_static=0.3)
    slips = call("rolling_down_incline", shape="thin_hoop", angle="60 deg", height=1, mu_static=0.1)
    assert slips.rolls_without_slipping is False and "too small" in slips.steps[-1]


def test_rotational_kinematics_reports_both_roots_and_errors() -> None:
    both = call("rotational_kinematics", initial_angular_velocity=5, angular_acceleration=-1, angular_displacement=10)
    assert [s.time for s in both.solutions] == pytest.approx([5 - math.sqrt(5), 5 + math.sqrt(5)])
    assert both.physical_count == 2
    rejects("rotational_kinematics", "angular_displacement", initial_angular_velocity=5, time=4)
    rejects("rotational_kinematics", "angular_displacement", angular_displacement=10, initial_angular_velocity=1,
            angular_acceleration=-1)  # fmt: skip
    rejects("rotational_kinematics", "time", initial_angular_velocity=0, final_angular_velocity=10,
            angular_acceleration=3, time=2)  # fmt: skip
    rejects("rotational_kinematics", "time", initial_angular_velocity=0, final_angular_velocity=10, time=-2)


# ---- properties through the tools ------------------------------------------------------------


@given(st.floats(1, 89), st.floats(0.01, 100))
def test_rolling_race_order_sphere_disk_hoop(angle: float, height: float) -> None:
    race = call("rolling_race", angle=f"{angle} deg", height=height,
                shapes=["thin_hoop", "solid_disk", "hollow_sphere", "solid_sphere"])  # fmt: skip
    assert [e.shape for e in race.entries] == ["solid_sphere", "solid_disk", "hollow_sphere", "thin_hoop"]
    times = [e.time_to_bottom for e in race.entries]
    assert times == sorted(times) and len(set(times)) == 4


@given(st.floats(0.01, 100), st.floats(-100, 100), st.floats(0.01, 100))
def test_skater_conserves_angular_momentum(i1: float, w1: float, i2: float) -> None:
    r = call("angular_momentum_conservation", initial_moment_of_inertia=i1, initial_angular_velocity=w1,
             final_moment_of_inertia=i2)  # fmt: skip
    assert i2 * r.final_angular_velocity == pytest.approx(r.angular_momentum, rel=1e-12, abs=1e-300)
    assert r.final_kinetic_energy == pytest.approx(r.initial_kinetic_energy * i1 / i2, rel=1e-9, abs=1e-12)


@given(st.floats(-50, 50), st.floats(-10, 10), st.floats(0.01, 20))
def test_rotational_kinematics_tool_round_trips(w0: float, alpha: float, t: float) -> None:
    forward = call("rotational_kinematics", initial_angular_velocity=w0, angular_acceleration=alpha, time=t)
    theta, w = forward.angular_displacement, forward.final_angular_velocity
    assume(abs(w0 + w) > 1e-3)  # θ = ½ (ω0 + ω) t cannot give t when the mean angular velocity is 0
    back = call("rotational_kinematics", angular_displacement=theta, initial_angular_velocity=w0,
                final_angular_velocity=w)  # fmt: skip
    assert back.time == pytest.approx(t, rel=1e-6)
    assert back.angular_acceleration == pytest.approx(alpha, abs=1e-6 * (abs(w0) + abs(alpha) + 1) / t)
    # From (θ, ω0, α) the quadratic may give two times; the original is one of them.
    both = call("rotational_kinematics", angular_displacement=theta, initial_angular_velocity=w0,
                angular_acceleration=alpha)  # fmt: skip
    assert any(s.time == pytest.approx(t, rel=1e-5, abs=1e-5) for s in both.solutions)


@given(st.sampled_from(["rod_center", "solid_disk", "hollow_cylinder", "thin_hoop", "solid_sphere",
                        "hollow_sphere", "rectangular_plate"]), st.floats(0.01, 100), st.floats(0, 10))  # fmt: skip
def test_parallel_axis_never_lowers_i(shape: str, mass: float, offset: float) -> None:
    r = call("moment_of_inertia", shape=shape, mass=mass, radius=0.3, length=0.3, width=0.2, axis_offset=offset)
    assert r.moment_of_inertia >= r.moment_of_inertia_cm
    assert r.moment_of_inertia == pytest.approx(r.moment_of_inertia_cm + mass * offset**2)


@given(st.sampled_from(["solid_sphere", "solid_disk", "hollow_sphere", "thin_hoop"]), st.floats(1, 89),
       st.floats(0.01, 100))  # fmt: skip
def test_rolling_speed_at_the_bottom_does_not_depend_on_the_angle(shape: str, angle: float, height: float) -> None:
    without = call("rolling_down_incline", shape=shape, height=height)
    steep = call("rolling_down_incline", shape=shape, height=height, angle=f"{angle} deg")
    assert without.speed_at_bottom == steep.speed_at_bottom
    # and the slope's own kinematics agree with it: v² = 2 a L
    assert steep.speed_at_bottom**2 == pytest.approx(2 * steep.acceleration * steep.incline_length, rel=1e-9)


# ---- the mass or a size from a moment of inertia ----------------------------------------------


def test_mass_and_sizes_from_a_moment_of_inertia() -> None:
    flywheel = call("moment_of_inertia", shape="solid_disk", radius="50 cm", moment_of_inertia="0.25 kg m^2")
    assert flywheel.solved_for == "mass" and flywheel.mass == pytest.approx(2.0)
    hoop = call("moment_of_inertia", shape="thin_hoop", mass=2, moment_of_inertia=0.5)
    assert hoop.solved_for == "radius" and hoop.radius == pytest.approx(0.5)
    assert call("moment_of_inertia", shape="solid_sphere", mass=2, moment_of_inertia=0.2).radius == pytest.approx(0.5)
    assert call("moment_of_inertia", shape="rod_end", mass=2, moment_of_inertia=6).length == pytest.approx(3.0)
    tube = call("moment_of_inertia", shape="hollow_cylinder", mass=2, inner_radius=0.3, moment_of_inertia=0.34)
    assert tube.radius == pytest.approx(0.5)
    plate = call("moment_of_inertia", shape="rectangular_plate", mass=2, width=0.4, moment_of_inertia=0.25 / 6)
    assert plate.solved_for == "length" and plate.length == pytest.approx(0.3)
    # about an axis 1.5 m from the centre of a 3 m, 2 kg rod (its end): the length back
    offset = call("moment_of_inertia", shape="rod_center", mass=2, axis_offset=1.5, moment_of_inertia=6)
    assert offset.length == pytest.approx(3.0) and offset.moment_of_inertia_cm == pytest.approx(1.5)
    # the forward answer now also reports the sizes it used
    assert call("moment_of_inertia", shape="ring", mass=2, radius=0.5).radius == 0.5


def test_impossible_inverse_inertia_questions_name_the_parameter() -> None:
    rejects("moment_of_inertia", "mass", shape="solid_disk", radius=0.5)
    rejects("moment_of_inertia", "mass", shape="solid_disk", moment_of_inertia=1)  # and the radius
    rejects("moment_of_inertia", "moment_of_inertia", shape="solid_disk", mass=1, radius=0.5, moment_of_inertia=1)
    rejects("moment_of_inertia", "length", shape="rectangular_plate", mass=1, moment_of_inertia=1)  # and the width
    # I below what the offset axis alone gives, a plate side alone gives, or the thinnest wall gives
    assert "parallel-axis term" in rejects("moment_of_inertia", "moment_of_inertia", shape="solid_disk", mass=2,
                                           axis_offset=1, moment_of_inertia=1)  # fmt: skip
    rejects("moment_of_inertia", "moment_of_inertia", shape="rectangular_plate", mass=12, length=1,
            moment_of_inertia=0.5)  # fmt: skip
    assert "thinnest wall" in rejects("moment_of_inertia", "moment_of_inertia", shape="hollow_sphere", mass=1,
                                      inner_radius=1, moment_of_inertia=0.5)  # fmt: skip
    rejects("moment_of_inertia", "moment_of_inertia", shape="hollow_cylinder", mass=1, inner_radius=1,
            moment_of_inertia=0.5)  # fmt: skip
    rejects("moment_of_inertia", "inner_radius", shape="solid_sphere", mass=1, inner_radius=0.1, moment_of_inertia=1)
    rejects("moment_of_inertia", "axis_offset", shape="rod_end", mass=1, axis_offset=0.2, moment_of_inertia=1)


INERTIA_SHAPES = ["rod_center", "rod_end", "solid_disk", "hollow_cylinder", "thin_hoop", "solid_sphere",
                  "hollow_sphere", "rectangular_plate"]  # fmt: skip


@given(st.sampled_from(INERTIA_SHAPES), st.floats(0.01, 1e3), st.floats(0.01, 10), st.floats(0.01, 10),
       st.one_of(st.none(), st.floats(0, 1)), st.floats(0, 5))  # fmt: skip
def test_moment_of_inertia_round_trips_to_its_mass_and_sizes(
    shape: str, mass: float, size: float, other: float, inner_fraction: float | None, offset: float
) -> None:
    sizes: dict[str, Any] = {}
    if shape in ("rod_center", "rod_end", "rectangular_plate"):
        sizes["length"] = size
        if shape == "rectangular_plate":
            sizes["width"] = other
    else:
        sizes["radius"] = size
        if shape.startswith("hollow") and inner_fraction is not None:
            sizes["inner_radius"] = inner_fraction * size
    offset = 0.0 if shape == "rod_end" else offset
    i = call("moment_of_inertia", shape=shape, mass=mass, axis_offset=offset, **sizes).moment_of_inertia
    back = call("moment_of_inertia", shape=shape, moment_of_inertia=i, axis_offset=offset, **sizes)
    assert back.solved_for == "mass" and back.mass == pytest.approx(mass, rel=1e-9)
    for name in ("radius", "length", "width"):
        if name not in sizes:
            continue
        known = {key: value for key, value in sizes.items() if key != name}
        # the size only shows in I above the parallel-axis term; too small a share of I loses digits
        assume(i - mass * offset**2 > 1e-6 * i)
        solved = call("moment_of_inertia", shape=shape, mass=mass, moment_of_inertia=i, axis_offset=offset, **known)
        assert solved.solved_for == name
        assert getattr(solved, name) == pytest.approx(sizes[name], rel=1e-5)
