import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from physics_assistant.physics import momentum

masses = st.floats(1e-3, 1e4)
velocities = st.floats(-300.0, 300.0)
restitutions = st.floats(0.0, 1.0)
angles = st.floats(-2 * math.pi, 2 * math.pi)


def ke(m: float, *components: float) -> float:
    return 0.5 * m * sum(c * c for c in components)


def approaching(v1: float, v2: float) -> bool:
    return v1 - v2 > 1e-6 * max(abs(v1), abs(v2), 1.0)


# ---- textbook values -------------------------------------------------------------------------


def test_textbook_values() -> None:
    assert momentum.momentum(1500.0, 15.0) == pytest.approx(22_500.0)
    # 4 kg at 6 m/s sticks to 2 kg at rest: 4 m/s together.
    assert momentum.collision_1d(4.0, 6.0, 2.0, 0.0, 0.0) == pytest.approx((4.0, 4.0))
    # Equal masses, elastic, head-on: the velocities swap.
    assert momentum.collision_1d(2.0, 5.0, 2.0, 0.0, 1.0) == pytest.approx((0.0, 5.0))
    # 0.01 kg bullet at 400 m/s from a 4 kg rifle: recoil 1 m/s backwards.
    assert momentum.recoil_velocity(0.01, 400.0, 4.0, 0.0) == pytest.approx(-1.0)
    # Ball 0.2 kg hits a wall at 10 m/s, bounces back at 8 m/s in 5 ms: 720 N.
    assert momentum.average_force(0.2, 10.0, -8.0, 0.005) == pytest.approx(-720.0)


def test_equal_mass_elastic_glancing_collision_goes_off_at_right_angles() -> None:
    count, phi, _ = momentum.impact_lines_for_direction(1.0, 2.0, 0.0, 1.0, 0.0, 0.0, *unit(math.radians(30)), 1.0)
    assert count == 1
    assert math.degrees(phi) == pytest.approx(300.0)
    u1x, u1y, u2x, u2y, _ = momentum.collision_2d(1.0, 2.0, 0.0, 1.0, 0.0, 0.0, *unit(phi), 1.0)
    assert math.hypot(u1x, u1y) == pytest.approx(2 * math.cos(math.radians(30)))
    assert u1x * u2x + u1y * u2y == pytest.approx(0.0, abs=1e-12)


def test_heavy_ball_cannot_deflect_beyond_arcsin_mass_ratio() -> None:
    # m1 = 3 m2: the largest deflection of body 1 is asin(1/3) = 19.47°.
    assert momentum.impact_lines_for_direction(3.0, 2.0, 0.0, 1.0, 0.0, 0.0, *unit(math.radians(19)), 1.0)[0] == 2
    assert momentum.impact_lines_for_direction(3.0, 2.0, 0.0, 1.0, 0.0, 0.0, *unit(math.radians(20)), 1.0)[0] == 0


def unit(angle: float) -> tuple[float, float]:
    return math.cos(angle), math.sin(angle)


# ---- 1-D collisions --------------------------------------------------------------------------


@given(masses, velocities, masses, velocities, restitutions)
def test_1d_collision_conserves_momentum_and_obeys_restitution(
    m1: float, v1: float, m2: float, v2: float, e: float
) -> None:
    assume(approaching(v1, v2))
    u1, u2 = momentum.collision_1d(m1, v1, m2, v2, e)
    p_scale = m1 * abs(v1) + m2 * abs(v2)
    assert m1 * u1 + m2 * u2 == pytest.approx(m1 * v1 + m2 * v2, abs=1e-9 * p_scale)
    assert u2 - u1 == pytest.approx(e * (v1 - v2), abs=1e-9 * (abs(v1) + abs(v2)))
    assert u1 <= u2 + 1e-9 * (abs(v1) + abs(v2))  # no passing through each other


@given(masses, velocities, masses, velocities, restitutions)
def test_1d_kinetic_energy_is_conserved_iff_elastic(m1: float, v1: float, m2: float, v2: float, e: float) -> None:
    assume(approaching(v1, v2))
    u1, u2 = momentum.collision_1d(m1, v1, m2, v2, e)
    before = ke(m1, v1) + ke(m2, v2)
    after = ke(m1, u1) + ke(m2, u2)
    lost = momentum.kinetic_energy_lost_1d(m1, v1, m2, v2, e)
    assert before - after == pytest.approx(lost, abs=1e-9 * before + 1e-12)
    assert lost >= 0.0
    internal = 0.5 * momentum.reduced_mass(m1, m2) * (v1 - v2) ** 2  # the most any collision can take
    if e == 1.0:
        assert lost == 0.0
    else:
        assert lost >= (1 - e * e) * internal * (1 - 1e-12) > 0.0


@given(
    st.integers(1, 200).flatmap(
        lambda n: st.tuples(*(hnp.arrays(np.float64, n, elements=s) for s in (masses, velocities, masses, velocities)))
    ),
    restitutions,
)
def test_batch_collisions_match_single_ones_and_conserve_momentum(
    arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], e: float
) -> None:
    m1, v1, m2, v2 = arrays
    es = np.full(m1.shape[0], e)
    u1, u2, collides, lost = momentum.collisions_1d(m1, v1, m2, v2, es)
    for i in range(m1.shape[0]):
        assert collides[i] == (v1[i] > v2[i])
        if collides[i]:
            assert (u1[i], u2[i]) == momentum.collision_1d(m1[i], v1[i], m2[i], v2[i], e)
        else:
            assert (u1[i], u2[i]) == (v1[i], v2[i])
        assert lost[i] >= 0.0
    scale = float(np.sum(m1 * np.abs(v1) + m2 * np.abs(v2))) + 1e-300
    assert np.all(np.abs((m1 * u1 + m2 * u2) - (m1 * v1 + m2 * v2)) <= 1e-9 * scale)


# ---- 2-D collisions --------------------------------------------------------------------------


@given(masses, velocities, velocities, masses, velocities, velocities, angles, restitutions)
def test_2d_collision_conserves_momentum_and_energy_iff_elastic(
    m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float, phi: float, e: float
) -> None:
    nx, ny = unit(phi)
    u1x, u1y, u2x, u2y, closing = momentum.collision_2d(m1, v1x, v1y, m2, v2x, v2y, nx, ny, e)
    p_scale = m1 * math.hypot(v1x, v1y) + m2 * math.hypot(v2x, v2y) + 1e-300
    assert m1 * u1x + m2 * u2x == pytest.approx(m1 * v1x + m2 * v2x, abs=1e-9 * p_scale)
    assert m1 * u1y + m2 * u2y == pytest.approx(m1 * v1y + m2 * v2y, abs=1e-9 * p_scale)
    before = ke(m1, v1x, v1y) + ke(m2, v2x, v2y)
    after = ke(m1, u1x, u1y) + ke(m2, u2x, u2y)
    assert after <= before * (1 + 1e-9) + 1e-12
    if closing <= 0:
        assert (u1x, u1y, u2x, u2y) == (v1x, v1y, v2x, v2y)  # not approaching along n: no contact
        return
    v_scale = math.hypot(v1x, v1y) + math.hypot(v2x, v2y)
    # Smooth bodies: the relative velocity across the line of impact is unchanged ...
    tx, ty = -ny, nx
    across_before = (v1x - v2x) * tx + (v1y - v2y) * ty
    assert (u1x - u2x) * tx + (u1y - u2y) * ty == pytest.approx(across_before, abs=1e-9 * v_scale)
    # ... and along it the separation speed is e times the closing speed.
    assert (u2x - u1x) * nx + (u2y - u1y) * ny == pytest.approx(e * closing, abs=1e-9 * v_scale)
    lost_along_n = 0.5 * momentum.reduced_mass(m1, m2) * (1 - e * e) * closing**2
    assert before - after == pytest.approx(lost_along_n, abs=1e-9 * before + 1e-12)
    if e == 1.0:
        assert after == pytest.approx(before, rel=1e-9, abs=1e-12)


@given(masses, velocities, velocities, masses, velocities, velocities, angles, restitutions)
def test_line_of_impact_is_recovered_from_the_final_direction(
    m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float, phi: float, e: float
) -> None:
    nx, ny = unit(phi)
    u1x, u1y, _, _, closing = momentum.collision_2d(m1, v1x, v1y, m2, v2x, v2y, nx, ny, e)
    relative = math.hypot(v1x - v2x, v1y - v2y)
    assume(closing > 1e-3 * relative and relative > 1e-3)
    speed = math.hypot(u1x, u1y)
    assume(speed > 1e-3 * (math.hypot(v1x, v1y) + relative))
    count, a, b = momentum.impact_lines_for_direction(m1, v1x, v1y, m2, v2x, v2y, u1x / speed, u1y / speed, e)
    assert count >= 1
    found = [a, b][:count]
    # Every line returned really sends body 1 along the asked direction ...
    for line in found:
        w1x, w1y, _, _, c = momentum.collision_2d(m1, v1x, v1y, m2, v2x, v2y, *unit(line), e)
        assert c > 0
        assert (w1x * u1y - w1y * u1x) == pytest.approx(0.0, abs=1e-6 * speed * (math.hypot(w1x, w1y) + speed))
        assert w1x * u1x + w1y * u1y > 0
    # ... and one of them is the collision we started from: the same final velocity of body 1. (The
    # line itself can be ill-determined: a very light body 2 barely deflects body 1 whatever n is.)
    v_scale = math.hypot(v1x, v1y) + relative
    assert any(
        math.dist(momentum.collision_2d(m1, v1x, v1y, m2, v2x, v2y, *unit(line), e)[:2], (u1x, u1y)) < 1e-6 * v_scale
        for line in found
    )


@given(masses, velocities, velocities, masses, velocities, velocities)
def test_perfectly_inelastic_2d_conserves_momentum_and_loses_energy(
    m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float
) -> None:
    vx, vy = momentum.perfectly_inelastic_2d(m1, v1x, v1y, m2, v2x, v2y)
    p_scale = m1 * math.hypot(v1x, v1y) + m2 * math.hypot(v2x, v2y) + 1e-300
    assert (m1 + m2) * vx == pytest.approx(m1 * v1x + m2 * v2x, abs=1e-9 * p_scale)
    assert (m1 + m2) * vy == pytest.approx(m1 * v1y + m2 * v2y, abs=1e-9 * p_scale)
    before = ke(m1, v1x, v1y) + ke(m2, v2x, v2y)
    assert ke(m1 + m2, vx, vy) <= before * (1 + 1e-12) + 1e-300


# ---- recoil, centre of mass ------------------------------------------------------------------


@given(masses, masses, velocities, velocities)
def test_recoil_conserves_momentum(m1: float, m2: float, v1: float, v0: float) -> None:
    v2 = momentum.recoil_velocity(m1, v1, m2, v0)
    scale = (m1 + m2) * abs(v0) + m1 * abs(v1)
    assert m1 * v1 + m2 * v2 == pytest.approx((m1 + m2) * v0, abs=1e-9 * scale + 1e-12)


@given(st.lists(st.tuples(masses, velocities, velocities), min_size=1, max_size=50))
def test_centre_of_mass_velocity_is_total_momentum_over_total_mass(bodies: list[tuple[float, float, float]]) -> None:
    m, vx, vy = (np.array(column) for column in zip(*bodies, strict=True))
    cx, cy, total = momentum.centre_of_mass_velocity(m, vx, vy)
    assert total == pytest.approx(m.sum())
    assert cx * total == pytest.approx(float(np.sum(m * vx)), abs=1e-9 * float(np.sum(m * np.abs(vx))) + 1e-12)
    assert cy * total == pytest.approx(float(np.sum(m * vy)), abs=1e-9 * float(np.sum(m * np.abs(vy))) + 1e-12)


@given(st.floats(-1e3, 1e3), st.floats(-1e3, 1e3))
def test_direction_is_in_zero_to_two_pi(x: float, y: float) -> None:
    angle = momentum.direction(x, y)
    assert 0.0 <= angle < 2 * math.pi
    if math.hypot(x, y) > 1e-9:
        assert math.cos(angle) * math.hypot(x, y) == pytest.approx(x, abs=1e-9 * math.hypot(x, y))


def test_warm_up_runs() -> None:
    momentum.warm_up()
