import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.mcp_servers.toolkit import ToolInputError
from physics_assistant.mcp_servers.tools.momentum import TOOLS
from physics_assistant.testing.tool_calls import ToolCalls

call = ToolCalls(TOOLS)
rejects = call.rejects


# ---- the tutor's problem set -----------------------------------------------------------------


def test_tutor_problems() -> None:
    assert call("momentum", mass=1500, velocity=15).momentum == pytest.approx(22_500.0)
    stick = call("collision_1d", mass_1=4, velocity_1=6, mass_2=2, kind="perfectly_inelastic")
    assert (stick.final_velocity_1, stick.final_velocity_2) == pytest.approx((4.0, 4.0))
    bounce = call("impulse", mass=0.2, initial_velocity=10, final_velocity=-8)
    assert abs(bounce.momentum_change) == pytest.approx(3.6)
    assert call("recoil", mass_1=0.01, velocity_1=400, mass_2=4).velocity_2 == pytest.approx(-1.0)
    swap = call("collision_1d", mass_1=2, velocity_1=5, mass_2=2, kind="elastic")
    assert swap.final_velocity_2 == pytest.approx(5.0) and swap.final_velocity_1 == pytest.approx(0.0, abs=1e-12)


def test_units_in_strings() -> None:
    assert call("momentum", mass="500 g", velocity="72 km/h").momentum == pytest.approx(10.0)
    assert call("momentum", momentum="10 kg*m/s", velocity="36 km/h").mass == pytest.approx(1.0)
    f = call("average_impact_force", mass="200 g", initial_velocity="10 m/s", final_velocity="-8 m/s",
             contact_time="5 ms")  # fmt: skip
    assert f.average_force == pytest.approx(-720.0) and f.force_on_other_body == pytest.approx(720.0)
    p = call("momentum_2d", mass=2, speed=3, direction="30 deg")
    assert (p.momentum.x, p.momentum.y) == pytest.approx((6 * math.cos(math.pi / 6), 3.0))
    j = call("impulse", force="2 kN", duration="10 ms", mass=4, initial_velocity=0)
    assert j.impulse == pytest.approx(20.0) and j.final_velocity == pytest.approx(5.0)


def test_two_dimensional_collisions() -> None:
    # Equal masses, elastic, target at rest: they leave at right angles.
    r = call("collision_2d", mass_1=1, speed_1=2, mass_2=1, final_direction_1="30 deg")
    (s,) = r.solutions
    assert s.final_velocity_1.direction_degrees == pytest.approx(30.0)
    assert s.final_velocity_2.direction_degrees == pytest.approx(300.0)
    assert s.final_velocity_1.magnitude == pytest.approx(math.sqrt(3))
    assert s.kinetic_energy_lost == pytest.approx(0.0, abs=1e-12)
    # The same collision asked from body 2's side.
    (same,) = call("collision_2d", mass_1=1, speed_1=2, mass_2=1, final_direction_2="-60 deg").solutions
    assert same.final_velocity_1.magnitude == pytest.approx(math.sqrt(3))
    # A heavy ball cannot be deflected by more than asin(m2/m1); below that there are two collisions.
    assert len(call("collision_2d", mass_1=3, speed_1=2, mass_2=1, final_direction_1="15 deg").solutions) == 2
    rejects("collision_2d", "final_direction_1", mass_1=3, speed_1=2, mass_2=1, final_direction_1="25 deg")
    # Line of impact pointing away from body 2: no collision.
    rejects("collision_2d", "line_of_impact", mass_1=1, speed_1=2, mass_2=1, line_of_impact="120 deg")
    rejects("collision_2d", "final_direction_1", mass_1=1, speed_1=2, mass_2=1, line_of_impact=0,
            final_direction_1=0.3)  # fmt: skip
    # Cars locking at an intersection.
    cars = call("perfectly_inelastic_collision_2d", mass_1=1000, speed_1=20, mass_2=1500, speed_2=15,
                direction_2="90 deg")  # fmt: skip
    assert (cars.final_velocity.x, cars.final_velocity.y) == pytest.approx((8.0, 9.0))


def test_collision_analysis() -> None:
    r = call("collision_analysis", mass_1=1, velocity_1=5, mass_2=2, velocity_2=0, final_velocity_2=3,
             contact_time="10 ms")  # fmt: skip
    assert r.final_velocity_1 == pytest.approx(-1.0)
    assert r.restitution == pytest.approx(0.8) and r.classification == "inelastic"
    assert r.kinetic_energy_lost == pytest.approx(3.0) and r.fraction_lost == pytest.approx(0.24)
    assert r.average_force_on_2 == pytest.approx(600.0) and r.average_force_on_1 == pytest.approx(-600.0)
    stuck = call("collision_analysis", mass_1=4, velocity_1=6, mass_2=2, velocity_2=0, final_velocity_1=4,
                 final_velocity_2=4)  # fmt: skip
    assert stuck.classification == "perfectly inelastic" and stuck.momentum_conserved
    fake = call("collision_analysis", mass_1=1, velocity_1=5, mass_2=1, velocity_2=0, final_velocity_1=1,
                final_velocity_2=2)  # fmt: skip
    assert not fake.momentum_conserved
    rejects("collision_analysis", "final_velocity_1", mass_1=1, velocity_1=5, mass_2=1, velocity_2=0,
            final_velocity_1=3, final_velocity_2=2)  # fmt: skip


def test_bad_collision_input_names_the_parameter() -> None:
    rejects("collision_1d", "restitution", mass_1=1, velocity_1=2, mass_2=1, restitution=1.5)
    rejects("collision_1d", "restitution", mass_1=1, velocity_1=2, mass_2=1, restitution=float("nan"))
    rejects("collision_1d", "restitution", mass_1=1, velocity_1=2, mass_2=1, kind="elastic", restitution=0.5)
    rejects("collision_1d", "restitution", mass_1=1, velocity_1=2, mass_2=1, kind="partially_elastic")
    rejects("collision_1d", "velocity_2", mass_1=1, velocity_1=2, mass_2=1, velocity_2=3)
    rejects("collision_1d", "mass_2", mass_1=1, velocity_1=2, mass_2=-1)
    rejects("collision_1d", "mass_1", mass_1="2 m/s", velocity_1=2, mass_2=1)
    rejects("collision_1d", "velocity_1", mass_1=1, velocity_1="2 kg", mass_2=1)
    rejects("collision_1d", "velocity_1", mass_1=1, velocity_1=float("inf"), mass_2=1)
    rejects("collisions_1d_batch", "restitution", masses_1=[1.0], velocities_1=[1.0], masses_2=[1.0],
            velocities_2=[0.0], restitution=[1.2])  # fmt: skip
    rejects("collisions_1d_batch", "masses_2", masses_1=[1.0], velocities_1=[1.0], masses_2=[0.0],
            velocities_2=[0.0], restitution=[1.0])  # fmt: skip
    rejects("collisions_1d_batch", "velocities_2", masses_1=[1.0, 1.0], velocities_1=[1.0, 1.0], masses_2=[1.0, 1.0],
            velocities_2=[0.0], restitution=[1.0])  # fmt: skip
    rejects("collisions_1d_batch", "velocities_1", masses_1=[1.0], velocities_1=[float("nan")], masses_2=[1.0],
            velocities_2=[0.0], restitution=[1.0])  # fmt: skip
    rejects("recoil", "velocity_2", mass_1=1, mass_2=1, velocity_1=1, velocity_2=1)
    rejects("centre_of_mass_velocity", "masses", masses=[1.0, -1.0], velocities=[1.0, 1.0])
    rejects("centre_of_mass_velocity", "velocities", masses=[1.0, 1.0], velocities=[1.0])


# ---- properties through the tools ------------------------------------------------------------

masses = st.floats(0.001, 1000)
velocities = st.floats(-100, 100)


@given(masses, velocities, masses, velocities, st.sampled_from(["elastic", "perfectly_inelastic", None]),
       st.floats(0, 1))  # fmt: skip
def test_every_1d_collision_conserves_momentum(
    m1: float, v1: float, m2: float, v2: float, kind: str | None, e: float
) -> None:
    assume(v1 - v2 > 1e-6)
    r = call("collision_1d", mass_1=m1, velocity_1=v1, mass_2=m2, velocity_2=v2, kind=kind,
             restitution=None if kind else e)  # fmt: skip
    assert r.momentum_after == pytest.approx(r.momentum_before, abs=1e-9 * (m1 * abs(v1) + m2 * abs(v2)))
    if r.restitution == 1.0:
        assert r.kinetic_energy_after == pytest.approx(r.kinetic_energy_before, rel=1e-9)
    else:
        assert r.kinetic_energy_lost > 0
        assert r.kinetic_energy_before - r.kinetic_energy_after == pytest.approx(
            r.kinetic_energy_lost, abs=1e-9 * r.kinetic_energy_before
        )


@given(masses, st.floats(0.1, 100), masses, st.floats(-math.pi, math.pi), st.floats(0, 1))
def test_glancing_collisions_conserve_momentum(m1: float, v1: float, m2: float, deflection: float, e: float) -> None:
    try:
        r = call("collision_2d", mass_1=m1, speed_1=v1, mass_2=m2, final_direction_1=deflection, restitution=e)
    except ToolInputError as error:
        assert error.parameter == "final_direction_1"  # no collision deflects body 1 that far
        return
    for s in r.solutions:
        px = m1 * s.final_velocity_1.x + m2 * s.final_velocity_2.x
        py = m1 * s.final_velocity_1.y + m2 * s.final_velocity_2.y
        assert (px, py) == pytest.approx((r.momentum.x, r.momentum.y), abs=1e-9 * m1 * v1)
        assert math.sin(s.final_velocity_1.direction - deflection) == pytest.approx(0.0, abs=1e-6)
        # Kinetic energy is never gained, and kept exactly when elastic.
        assert s.kinetic_energy_lost >= -1e-9 * r.kinetic_energy_before
        if e == 1.0:
            assert s.kinetic_energy_lost == pytest.approx(0.0, abs=1e-9 * r.kinetic_energy_before)


@given(st.lists(st.tuples(masses, velocities, velocities, st.floats(0, 1)), min_size=1, max_size=100))
def test_batch_collisions_conserve_momentum(pairs: list[tuple[float, float, float, float]]) -> None:
    m = [p[0] for p in pairs]
    v1 = [p[1] for p in pairs]
    v2 = [p[2] for p in pairs]
    e = [p[3] for p in pairs]
    r = call("collisions_1d_batch", masses_1=m, velocities_1=v1, masses_2=m[::-1], velocities_2=v2, restitution=e)
    scale = sum(a * (abs(b) + abs(c)) for a, b, c in zip(m, v1, v2, strict=True)) + 1
    assert r.total_momentum_after == pytest.approx(r.total_momentum_before, abs=1e-9 * scale)
    assert all(lost >= 0 for lost in r.kinetic_energy_lost)
    assert r.collides == [a > b for a, b in zip(v1, v2, strict=True)]
