import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.physics import vectors

components = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
# Components of 0 or at least 1e-6 in size: subnormals only test the tolerance arithmetic.
sized = st.one_of(st.just(0.0), components.filter(lambda c: abs(c) >= 1e-6))
magnitudes = st.floats(min_value=1e-6, max_value=1e6)
angles = st.floats(min_value=-20.0, max_value=20.0)


def _circular_gap(a: float, b: float) -> float:
    gap = abs(a - b) % (2 * math.pi)
    return min(gap, 2 * math.pi - gap)


@given(components, components)
def test_resolve_after_resultant_is_the_identity(x: float, y: float) -> None:
    magnitude, direction = vectors.resultant(x, y)
    back_x, back_y = vectors.resolve(magnitude, direction)
    scale = max(abs(x), abs(y), 1e-300)
    assert back_x == pytest.approx(x, abs=1e-12 * scale)
    assert back_y == pytest.approx(y, abs=1e-12 * scale)


@given(magnitudes, angles)
def test_resultant_after_resolve_is_the_identity(magnitude: float, angle: float) -> None:
    x, y = vectors.resolve(magnitude, angle)
    back_magnitude, back_direction = vectors.resultant(x, y)
    assert back_magnitude == pytest.approx(magnitude, rel=1e-12)
    assert _circular_gap(back_direction, angle) <= 1e-12 * (1 + abs(angle))


@given(components, components)
def test_direction_is_always_in_zero_to_two_pi(x: float, y: float) -> None:
    _, direction = vectors.resultant(x, y)
    assert 0.0 <= direction < 2 * math.pi


def test_directions_by_quadrant() -> None:
    for x, y, expected in [(1, 0, 0), (0, 1, 90), (-1, 0, 180), (0, -1, 270), (-1, -1, 225), (1, -1e-300, 360)]:
        _, direction = vectors.resultant(float(x), float(y))
        assert math.degrees(direction) % 360 == pytest.approx(expected % 360, abs=1e-9)
    assert vectors.normalize_direction(-1e-18) == 0.0
    assert vectors.resultant(0.0, 0.0) == (0.0, 0.0)


def test_batch_matches_scalar() -> None:
    mags = np.array([1.0, 2.0, 3.0])
    angs = np.array([0.1, 2.0, -1.0])
    xs, ys = vectors.resolve_batch(mags, angs)
    ms, ds = vectors.resultant_batch(xs, ys)
    for i in range(3):
        assert (xs[i], ys[i]) == vectors.resolve(mags[i], angs[i])
        assert ms[i] == pytest.approx(mags[i])
        assert _circular_gap(ds[i], angs[i]) < 1e-12


vec3 = st.lists(sized, min_size=3, max_size=3).map(np.array)


@given(vec3, vec3)
def test_cross_is_perpendicular_and_sized_by_the_angle(a: np.ndarray, b: np.ndarray) -> None:
    c = vectors.cross(a, b)
    na, nb = vectors.norm(a), vectors.norm(b)
    tol = 1e-9 * (na * nb + 1e-300)
    assert abs(vectors.dot(c, a)) <= tol * (na + 1)
    assert abs(vectors.dot(c, b)) <= tol * (nb + 1)
    if na > 1e-3 and nb > 1e-3:
        theta = vectors.angle_between(a, b)
        assert 0.0 <= theta <= math.pi
        assert vectors.norm(c) == pytest.approx(na * nb * math.sin(theta), rel=1e-9, abs=tol)
        assert vectors.dot(a, b) == pytest.approx(na * nb * math.cos(theta), rel=1e-9, abs=tol)


def test_angle_between_nearly_parallel_vectors_keeps_precision() -> None:
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([1.0, 1e-9, 0.0])
    assert vectors.angle_between(a, b) == pytest.approx(1e-9, rel=1e-6)


def test_sum_polar_textbook() -> None:
    # 3 N east + 4 N north = 5 N at 53.13°
    x, y, magnitude, direction = vectors.sum_polar(np.array([3.0, 4.0]), np.array([0.0, math.pi / 2]))
    assert (x, y) == pytest.approx((3.0, 4.0))
    assert magnitude == pytest.approx(5.0)
    assert math.degrees(direction) == pytest.approx(53.130102354)
