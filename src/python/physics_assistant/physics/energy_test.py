import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics import energy

G = energy.G_TEXTBOOK

masses = st.floats(1e-3, 1e4)
speeds = st.floats(0.0, 300.0)
heights = st.floats(-500.0, 500.0)
compressions = st.floats(0.0, 2.0)
spring_constants = st.floats(1.0, 1e5)
angles = st.floats(0.0, math.pi / 2 - 1e-3)
mus = st.floats(0.0, 2.0)


def close(a: float, b: float, rel: float = 1e-9, scale: float = 1.0) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), scale)


# ---- textbook values -------------------------------------------------------------------------


def test_textbook_values() -> None:
    assert energy.kinetic_energy(1000.0, 25.0) == pytest.approx(312_500.0)
    assert energy.elastic_potential_energy(800.0, 0.05) == pytest.approx(1.0)
    assert energy.gravitational_potential_energy(25.0, 2.0, 0.0, G) == pytest.approx(490.5)
    assert energy.work(10.0, 5.0, math.radians(60)) == pytest.approx(25.0)
    assert energy.power_from_force(500.0, 2.0, 0.0) == pytest.approx(1000.0)
    # A 0.5 kg ball dropped from 10 m lands at √(2 g h) = 14.007 m/s.
    e = energy.specific_mechanical_energy(0.0, 10.0, 0.0, 0.0, G)
    assert energy.speed_at(e, 0.0, 0.0, 0.0, G) == pytest.approx(14.0071410359)
    # A block at 10 m/s on a level floor with mu_k = 0.3 slides v²/(2 mu g) = 16.99 m.
    a = energy.slide_acceleration(0.0, 0.3, G, energy.SLIDING_DOWN)
    assert energy.slide(10.0, a, math.inf)[1] == pytest.approx(100 / (2 * 0.3 * G))


def test_kinetic_energy_inverses_reject_impossible_input() -> None:
    assert math.isnan(energy.speed_from_kinetic_energy(-1.0, 1.0))
    assert math.isnan(energy.mass_from_kinetic_energy(10.0, 0.0))


# ---- properties ------------------------------------------------------------------------------


@given(masses, speeds)
def test_kinetic_energy_round_trips(m: float, v: float) -> None:
    ke = energy.kinetic_energy(m, v)
    assert energy.speed_from_kinetic_energy(ke, m) == pytest.approx(v, rel=1e-9, abs=1e-12)
    if v > 1e-3:
        assert energy.mass_from_kinetic_energy(ke, v) == pytest.approx(m, rel=1e-9)


@given(st.lists(heights, min_size=1, max_size=30), speeds)
def test_frictionless_track_conserves_mechanical_energy(track: list[float], v0: float) -> None:
    h = np.array(track)
    v, first_bad = energy.track_speeds(h, v0, G)
    e0 = 0.5 * v0 * v0 + G * h[0]
    turning = energy.highest_reachable(h, v0, G)
    scale = abs(e0) + G * float(np.max(np.abs(h))) + 1.0
    for i in range(len(h)):
        if first_bad == -1 or i < first_bad:
            assert h[i] <= turning + 1e-9 * scale
            assert abs(0.5 * v[i] ** 2 + G * h[i] - e0) <= 1e-9 * scale
        else:
            assert math.isnan(v[i])  # the car rolled back before this point
    if first_bad >= 0:
        assert h[first_bad] > turning


@given(heights, speeds, heights)
def test_energy_balance_round_trips(h1: float, v1: float, h2: float) -> None:
    e1 = energy.specific_mechanical_energy(v1, h1, 0.0, 0.0, G)
    v2 = energy.speed_at(e1, h2, 0.0, 0.0, G)
    if math.isnan(v2):
        assert h2 > h1 + v1 * v1 / (2 * G) - 1e-9 * (abs(h1) + abs(h2) + v1 * v1 + 1)
        return
    scale = abs(e1) + G * abs(h2) + 1.0
    assert energy.height_at(e1, v2, 0.0, 0.0, G) == pytest.approx(h2, abs=1e-9 * scale)
    e2 = energy.specific_mechanical_energy(v2, h2, 0.0, 0.0, G)
    assert abs(e2 - e1) <= 1e-9 * scale


@given(masses, spring_constants, compressions, speeds, heights)
def test_spring_energy_balance_solves_for_compression(m: float, k: float, x: float, v: float, h: float) -> None:
    k_per_m = k / m
    e = energy.specific_mechanical_energy(v, h, x, k_per_m, G)
    found = energy.compression_at(e, v, h, k_per_m, G)
    assert found == pytest.approx(x, rel=1e-6, abs=1e-6 * math.sqrt((abs(e) + G * abs(h) + 1) / k_per_m))


@given(speeds, angles, mus, st.floats(0.0, 1e3), st.sampled_from([energy.SLIDING_DOWN, energy.SLIDING_UP]))
def test_friction_only_removes_energy(v0: float, angle: float, mu: float, d: float, direction: int) -> None:
    """Per kilogram: ½ v² ≤ ½ v0² + (work of gravity), with equality only without friction."""
    a = energy.slide_acceleration(angle, mu, G, direction)
    v, stop = energy.slide(v0, a, d)
    travelled = min(d, stop)
    gravity_work = direction * G * math.sin(angle) * travelled
    friction_work = -mu * G * math.cos(angle) * travelled
    assert friction_work <= 0.0
    scale = 0.5 * v0 * v0 + abs(gravity_work) + 1.0
    assert 0.5 * v * v <= 0.5 * v0 * v0 + gravity_work + 1e-9 * scale
    assert 0.5 * v * v == pytest.approx(0.5 * v0 * v0 + gravity_work + friction_work, abs=1e-9 * scale)


@given(speeds, angles, st.floats(0.0, 1e3))
def test_without_friction_sliding_conserves_energy(v0: float, angle: float, d: float) -> None:
    a = energy.slide_acceleration(angle, 0.0, G, energy.SLIDING_DOWN)
    v, stop = energy.slide(v0, a, d)
    assert math.isinf(stop) or angle == 0.0
    assert 0.5 * v * v == pytest.approx(0.5 * v0 * v0 + G * math.sin(angle) * d, rel=1e-9, abs=1e-9)


@given(spring_constants, masses, st.floats(1e-3, 2.0), st.booleans())
def test_spring_launch_round_trips(k: float, m: float, x: float, vertical: bool) -> None:
    v = energy.spring_launch_speed(k, m, x, vertical, G)
    assume(not math.isnan(v))
    assert energy.compression_for_speed(k, m, v, vertical, G) == pytest.approx(x, rel=1e-6)
    h = energy.spring_launch_height(k, m, x, G)
    assert energy.compression_for_height(k, m, h, G) == pytest.approx(x, rel=1e-9)
    # All the spring's energy ends up as height at the top of a vertical launch.
    assert m * G * h == pytest.approx(energy.elastic_potential_energy(k, x), rel=1e-9)


def test_weak_vertical_spring_cannot_launch() -> None:
    # ½ k x² < m g x: the spring cannot even lift the mass back to its natural length.
    assert math.isnan(energy.spring_launch_speed(10.0, 1.0, 0.1, True, G))


def test_warm_up_runs() -> None:
    energy.warm_up()
