import itertools
import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics import kinematics as k
from physics_assistant.physics.kinematics import SOLVED, S, T, U, V

G = 9.81
values = st.floats(min_value=-100.0, max_value=100.0)
durations = st.floats(min_value=0.05, max_value=50.0)
TRIPLES = list(itertools.combinations(range(5), 3))


def _satisfies_equations(row: np.ndarray) -> None:
    s, u, v, a, t = row
    scale = max(abs(s), abs(u * t), abs(a * t * t), abs(v), abs(u), 1.0)
    assert s == pytest.approx(u * t + 0.5 * a * t * t, abs=1e-7 * scale)
    assert v == pytest.approx(u + a * t, abs=1e-7 * scale)
    assert v * v == pytest.approx(u * u + 2 * a * s, abs=1e-7 * scale * scale)


@given(values, values, durations, st.sampled_from(TRIPLES))
def test_solver_round_trips_from_any_three_knowns(u: float, a: float, t: float, triple: tuple[int, ...]) -> None:
    truth = np.array([u * t + 0.5 * a * t * t, u, u + a * t, a, t])
    known = np.full(5, np.nan)
    known[list(triple)] = truth[list(triple)]
    # Degenerate knowns (e.g. a = 0 with u = v) leave the motion undetermined: not what this tests.
    assume(abs(a) > 1e-3 and abs(truth[S]) > 1e-3 and abs(truth[U] + truth[V]) > 1e-3)
    status, solutions, physical = k.solve_constant_acceleration(known)
    assert status == SOLVED
    assert 1 <= len(solutions) <= 2
    for row in solutions:
        _satisfies_equations(row)  # substitute back: every reported solution solves the equations
        np.testing.assert_array_equal(row[list(triple)], known[list(triple)])
    # The motion we started from is among the solutions, to the conditioning of the problem:
    # v0 = ±√(v² - 2as) near v0 = 0 loses half the digits, so errors scale with the motion's size.
    speed = max(abs(u), abs(truth[V]), abs(a * t), 1.0)
    scale = np.array([speed * t, speed, speed, max(abs(a), speed / t), t])
    assert any(np.all(np.abs(row - truth) <= 1e-6 * scale) for row in solutions), (solutions, truth)
    assert physical.tolist() == [row[T] >= 0 for row in solutions]
    assert list(solutions[:, T]) == sorted(solutions[:, T])


def test_ball_passes_a_height_twice_both_roots_physical() -> None:
    # Thrown up at 10 m/s: at 5 m it is there at 0.879 s (up) and 1.160 s (down).
    status, solutions, physical = k.solve_constant_acceleration(np.array([5.0, 10.0, np.nan, -G, np.nan]))
    assert status == SOLVED
    np.testing.assert_allclose(solutions[:, T], [0.87886, 1.15988], rtol=1e-4)
    np.testing.assert_allclose(solutions[:, V], [1.37840, -1.37840], rtol=1e-4)
    assert physical.tolist() == [True, True]


def test_negative_root_is_reported_but_not_physical() -> None:
    # Dropped from 20 m (Δx = -20 m): t = ±2.019 s; only the positive one is physical.
    status, solutions, physical = k.solve_constant_acceleration(np.array([-20.0, 0.0, np.nan, -G, np.nan]))
    assert status == SOLVED
    np.testing.assert_allclose(solutions[:, T], [-2.01928, 2.01928], rtol=1e-4)
    assert physical.tolist() == [False, True]


def test_v0_from_s_v_a_gives_both_signs() -> None:
    status, solutions, physical = k.solve_constant_acceleration(np.array([5.0, np.nan, 0.0, -G, np.nan]))
    assert status == SOLVED
    np.testing.assert_allclose(sorted(solutions[:, U]), [-9.9045, 9.9045], rtol=1e-4)
    assert physical.tolist() == [False, True]


def test_statuses() -> None:
    nan = np.nan
    assert k.solve_constant_acceleration(np.array([nan, 1.0, nan, 2.0, nan]))[0] == k.UNDERDETERMINED
    # Too far to reach: 100 m up at 10 m/s with g.
    assert k.solve_constant_acceleration(np.array([100.0, 10.0, nan, -G, nan]))[0] == k.NO_SOLUTION
    # u = v, a = 0: t unknown.
    assert k.solve_constant_acceleration(np.array([nan, 3.0, 3.0, 0.0, nan]))[0] == k.UNDERDETERMINED
    # Over-determined and inconsistent: v should be 21, not 30.
    assert k.solve_constant_acceleration(np.array([nan, 1.0, 30.0, 2.0, 10.0]))[0] == k.INCONSISTENT
    # Over-determined and consistent within 0.1 %: the given values are kept.
    status, solutions, _ = k.solve_constant_acceleration(np.array([110.0, 1.0, 21.01, 2.0, 10.0]))
    assert status == SOLVED and solutions[0, V] == 21.01
    # Over-determination picks the matching root of a quadratic.
    status, solutions, _ = k.solve_constant_acceleration(np.array([5.0, 10.0, -1.378, -G, np.nan]))
    assert status == SOLVED and len(solutions) == 1 and solutions[0, T] == pytest.approx(1.15988, rel=1e-4)


@given(st.floats(min_value=-1e3, max_value=1e3), st.floats(min_value=-1e3, max_value=1e3), st.floats(-1e3, 1e3))
def test_quadratic_roots(a: float, b: float, c: float) -> None:
    count, r1, r2 = k.quadratic_roots(a, b, c)
    if count > 0:
        assert r1 <= r2
        for r in (r1, r2)[:count]:
            assert math.isfinite(r)
            # Divide through by r² for large roots so the check itself cannot overflow.
            terms = (a * r * r, b * r, c) if abs(r) <= 1 else (a, b / r, c / (r * r))
            assert abs(sum(terms)) <= 1e-7 * (sum(abs(t) for t in terms) + 1e-12)


speeds = st.floats(min_value=0.1, max_value=500.0)
launch = st.floats(min_value=math.radians(0.5), max_value=math.radians(89.5))
heights = st.floats(min_value=0.0, max_value=1000.0)
gs = st.sampled_from([9.81, 9.80665, 1.62])


@given(speeds, launch, gs)
def test_level_projectile_symmetry(v: float, theta: float, g: float) -> None:
    t_apex, apex, flight, rng, ivx, ivy = k.projectile_flight(v, theta, 0.0, g)
    assert flight == pytest.approx(2 * t_apex, rel=1e-12)
    assert rng == pytest.approx(v * v * math.sin(2 * theta) / g, rel=1e-9)
    assert ivy == pytest.approx(-v * math.sin(theta), rel=1e-9)  # lands as fast as it left
    # Complementary angles give the same range.
    assert k.projectile_flight(v, math.pi / 2 - theta, 0.0, g)[3] == pytest.approx(rng, rel=1e-9)
    assert apex == pytest.approx((v * math.sin(theta)) ** 2 / (2 * g), rel=1e-12)


@given(speeds, st.floats(min_value=-math.pi / 2, max_value=math.pi / 2), heights, gs)
def test_projectile_energy_is_conserved(v: float, theta: float, h: float, g: float) -> None:
    assume(h > 0 or theta > 0.01)
    _, apex, flight, _, ivx, ivy = k.projectile_flight(v, theta, h, g)
    assert flight >= 0
    # ½v² + g h = ½v_impact²; at the top only vx is left.
    assert ivx * ivx + ivy * ivy == pytest.approx(v * v + 2 * g * h, rel=1e-9)
    if theta > 0:  # launched downward, the highest point is the launch point itself
        assert 0.5 * (v * math.cos(theta)) ** 2 + g * apex == pytest.approx(0.5 * v * v + g * h, rel=1e-9)


def test_projectile_textbook() -> None:
    # 20 m/s at 30° on level ground: range 35.31 m, top 5.097 m, flight 2.039 s.
    t_apex, apex, flight, rng, _, _ = k.projectile_flight(20.0, math.radians(30), 0.0, 9.81)
    assert (rng, apex, flight) == pytest.approx((35.3119, 5.09684, 2.03874), rel=1e-5)
    # Horizontal launch from a 45 m cliff at 15 m/s: t = 3.029 s, lands 45.43 m out.
    _, _, flight, rng, _, _ = k.projectile_flight(15.0, 0.0, 45.0, 9.81)
    assert (flight, rng) == pytest.approx((3.02891, 45.4337), rel=1e-5)
    # Launched from 10 m below a plateau it cannot reach.
    assert math.isnan(k.projectile_flight(5.0, math.radians(45), -10.0, 9.81)[2])


@given(speeds, st.floats(min_value=0.1, max_value=500.0), st.floats(min_value=-200.0, max_value=200.0), gs)
def test_launch_angles_hit_the_target(v: float, dx: float, dy: float, g: float) -> None:
    count, low, high = k.launch_angles(v, dx, dy, g)
    if count == 0:
        return
    for theta in (low, high)[: max(count, 1)]:
        t = dx / (v * math.cos(theta))
        y = v * math.sin(theta) * t - 0.5 * g * t * t
        assert y == pytest.approx(dy, abs=1e-6 * (abs(dy) + dx + v * v / g))


def test_meeting_times() -> None:
    # Cars 1 km apart at 20 m/s and -15 m/s meet after 1000/35 s.
    count, t1, _ = k.meeting_times(0.0, 20.0, 0.0, 1000.0, -15.0, 0.0)
    assert count == 1 and t1 == pytest.approx(1000 / 35)
    # Same speed, apart: never. Same motion: always.
    assert k.meeting_times(0.0, 5.0, 0.0, 10.0, 5.0, 0.0)[0] == 0
    assert k.meeting_times(1.0, 5.0, 2.0, 1.0, 5.0, 2.0)[0] == -1
    # A car starting from rest at 2 m/s² catches one passing at 10 m/s: at 0 and 10 s.
    count, t1, t2 = k.meeting_times(0.0, 0.0, 2.0, 0.0, 10.0, 0.0)
    assert count == 2 and (t1, t2) == pytest.approx((0.0, 10.0))


def test_series() -> None:
    t, x, v = k.constant_acceleration_series(1.0, 2.0, 3.0, 4.0, 5)
    np.testing.assert_allclose(t, [0, 1, 2, 3, 4])
    np.testing.assert_allclose(x, 1 + 2 * t + 1.5 * t * t)
    np.testing.assert_allclose(v, 2 + 3 * t)
    t, x, y, vx, vy = k.projectile_series(10.0, 0.5, 2.0, 9.81, 1.0, 11)
    np.testing.assert_allclose(y, 2 + 10 * math.sin(0.5) * t - 0.5 * 9.81 * t * t)
    assert k.fall_time(20.0, 0.0, 9.81) == pytest.approx(2.01928, rel=1e-5)
    ranges, apexes, flights = k.projectile_batch(np.array([20.0]), np.array([math.radians(30)]), np.zeros(1), 9.81)
    assert ranges[0] == pytest.approx(35.3119, rel=1e-5)
