import itertools
import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics import drag, kinematics
from physics_assistant.physics.drag import DEFAULT_MAX_STEPS, DEFAULT_STEPS_PER_SCALE, LANDED

G = 9.81
speeds = st.floats(min_value=1.0, max_value=300.0)
launch = st.floats(min_value=math.radians(1), max_value=math.radians(89))
heights = st.floats(min_value=0.0, max_value=100.0)
drag_factors = st.floats(min_value=0.0, max_value=0.1)
headwinds = st.floats(min_value=-20.0, max_value=0.0)


def _fly(v: float, theta: float, h: float, k: float, wind: float = 0.0, sps: int = DEFAULT_STEPS_PER_SCALE):
    return drag.drag_flight(v, theta, h, k, wind, G, sps, DEFAULT_MAX_STEPS)


@given(speeds, launch, heights)
def test_no_drag_reproduces_the_vacuum_solution(v: float, theta: float, h: float) -> None:
    status, flight, rng, apex, t_apex, ivx, ivy, _ = _fly(v, theta, h, 0.0)
    _, v_apex, v_flight, v_range, v_ivx, v_ivy = kinematics.projectile_flight(v, theta, h, G)
    assert status == LANDED
    # RK4 is exact for a parabola; what is left is round-off.
    assert rng == pytest.approx(v_range, rel=1e-9)
    assert flight == pytest.approx(v_flight, rel=1e-9)
    assert apex == pytest.approx(v_apex, rel=1e-9)
    assert (ivx, ivy) == pytest.approx((v_ivx, v_ivy), rel=1e-9, abs=1e-9 * v)


@given(speeds, launch, heights)
def test_drag_converges_to_vacuum_as_drag_vanishes(v: float, theta: float, h: float) -> None:
    _, _, _, v_range, _, _ = kinematics.projectile_flight(v, theta, h, G)
    # Drag strength relative to gravity at the fastest point of the vacuum flight: ε = k v_max² / g.
    fastest = v * v + 2 * G * h
    shortfalls = []
    for strength in (1e-2, 1e-3, 1e-4, 1e-5, 1e-6):
        _, _, rng, *_ = _fly(v, theta, h, strength * G / fastest)
        shortfall = (v_range - rng) / v_range
        assert -1e-9 <= shortfall <= 2 * strength  # first order in the drag, never farther
        shortfalls.append(shortfall)
    for bigger, smaller in itertools.pairwise(shortfalls):
        assert smaller <= 0.2 * bigger + 1e-9


@given(speeds, st.floats(min_value=math.radians(-89), max_value=math.radians(89)), heights, drag_factors, headwinds)
def test_drag_never_goes_farther_than_vacuum_without_tailwind(
    v: float, theta: float, h: float, k: float, wind: float
) -> None:
    assume(h > 0 or theta > 1e-9)  # from the ground it must climb a measurable amount
    status, flight, rng, apex, *_ = _fly(v, theta, h, k, wind)
    _, v_apex, _, v_range, _, _ = kinematics.projectile_flight(v, theta, h, G)
    assert status == LANDED
    assert rng <= v_range * (1 + 1e-9) + 1e-9
    assert apex <= v_apex * (1 + 1e-9) + 1e-9
    assert flight > 0


@given(speeds, launch, heights, drag_factors, st.floats(min_value=-20.0, max_value=20.0))
def test_more_steps_change_nothing_that_matters(v: float, theta: float, h: float, k: float, wind: float) -> None:
    _, flight, rng, apex, *_ = _fly(v, theta, h, k, wind)
    _, flight2, rng2, apex2, *_ = _fly(v, theta, h, k, wind, sps=4 * DEFAULT_STEPS_PER_SCALE)
    # Relative to the range, or to the length of the path when wind blows the range back to ~0.
    scale = max(abs(rng2), v * flight2, 1e-6)
    assert abs(rng - rng2) <= 1e-7 * scale
    assert flight == pytest.approx(flight2, rel=1e-7)
    assert apex == pytest.approx(apex2, rel=1e-7, abs=1e-9)


def test_tailwind_carries_it_farther_and_headwind_shorter() -> None:
    still = _fly(30.0, math.radians(45), 0.0, 0.01)[2]
    assert _fly(30.0, math.radians(45), 0.0, 0.01, 10.0)[2] > still
    assert _fly(30.0, math.radians(45), 0.0, 0.01, -10.0)[2] < still


def test_strong_drag_approaches_terminal_speed() -> None:
    # Dropped from 2 km with k = 0.05 /m: lands at the terminal speed √(g/k).
    status, _, rng, _, _, ivx, ivy, _ = _fly(0.0, 0.0, 2000.0, 0.05)
    assert status == LANDED and rng == 0.0
    assert math.hypot(ivx, ivy) == pytest.approx(drag.terminal_speed(0.05, G), rel=1e-6)


def test_series_ends_at_the_impact_and_starts_at_launch() -> None:
    v, theta, h, k, w = 40.0, math.radians(35), 2.0, 0.004, 3.0
    _, flight, rng, apex, *_ = _fly(v, theta, h, k, w)
    t, x, y, vx, vy = drag.drag_series(v, theta, h, k, w, G, DEFAULT_STEPS_PER_SCALE, DEFAULT_MAX_STEPS, flight, 101)
    assert t[0] == 0.0 and t[-1] == flight
    assert (x[0], y[0], vx[0], vy[0]) == pytest.approx((0.0, h, v * math.cos(theta), v * math.sin(theta)))
    assert x[-1] == pytest.approx(rng, rel=1e-12)
    assert abs(y[-1]) < 1e-9
    assert y.max() <= apex + 1e-9
    assert (np.diff(x) > 0).all()


def test_batch_matches_single_launches_and_respects_the_budget() -> None:
    rng = np.random.default_rng(7)
    n = 150  # more launches than lanes, so lanes are reused
    v = rng.uniform(5, 100, n)
    th = np.radians(rng.uniform(5, 85, n))
    h = rng.uniform(0, 10, n)
    k = rng.uniform(0, 0.02, n)
    w = rng.uniform(-5, 5, n)
    status, flight, ranges, apexes, ivx, ivy, steps, total = drag.drag_batch(
        v, th, h, k, w, G, DEFAULT_STEPS_PER_SCALE, 10**9
    )
    assert (status == LANDED).all() and total == steps.sum()
    for i in range(n):
        # Bit-for-bit the numbers of a single launch, step count included.
        single = _fly(v[i], th[i], h[i], k[i], w[i])
        assert (flight[i], ranges[i], apexes[i], ivx[i], ivy[i], steps[i]) == (
            single[1],
            single[2],
            single[3],
            single[5],
            single[6],
            single[7],
        )
    # A budget too small to finish stops early instead of running on.
    status, *_, steps, total = drag.drag_batch(v, th, h, k, w, G, DEFAULT_STEPS_PER_SCALE, 1000)
    # Lanes finish the step they are on: at most one step per lane past the budget.
    assert 1000 <= total < 1000 + n and total == steps.sum() and (status == drag.STEP_LIMIT).any()


def test_step_limit_and_unreachable_height() -> None:
    assert drag.drag_flight(10.0, 0.5, 1e6, 1.0, 0.0, G, DEFAULT_STEPS_PER_SCALE, 10_000)[0] == drag.STEP_LIMIT
    # From 50 m below the landing level at 10 m/s it never gets up there.
    assert _fly(10.0, math.radians(80), -50.0, 0.001)[0] == drag.NEVER_REACHES
    # From 1 m below, it climbs past the level and lands on it on the way down.
    status, _, rng, *_ = _fly(20.0, math.radians(45), -1.0, 0.001)
    assert status == LANDED and rng > 0


def test_ground_launch_below_horizontal_never_flies() -> None:
    assert _fly(10.0, -0.1, 0.0, 0.01)[:3] == (LANDED, 0.0, 0.0)


def test_drag_factor_and_baseball_textbook() -> None:
    # Baseball: m = 0.145 kg, C_d = 0.3, A = 4.2e-3 m² at sea level.
    k = drag.drag_factor(1.225, 0.3, 4.2e-3, 0.145)
    assert k == pytest.approx(5.3224e-3, rel=1e-4)
    assert drag.terminal_speed(k, G) == pytest.approx(42.93, rel=1e-3)
    # 50 m/s at 45°: drag roughly halves the vacuum range of 254.8 m.
    rng = _fly(50.0, math.radians(45), 0.0, k)[2]
    assert 120.0 < rng < 140.0
