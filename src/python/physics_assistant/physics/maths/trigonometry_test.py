from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.physics.maths.trigonometry import (
    exact_values,
    inverse_trig,
    normalise_degrees,
    reference_angle_deg,
    standard_multiple,
    trig_values,
)

angles = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)


@given(angles)
def test_pythagorean_identity_and_reciprocals(radians: float) -> None:
    t = trig_values(radians)
    assert math.isclose(t.sin**2 + t.cos**2, 1.0, rel_tol=1e-12)
    if t.tan is not None and t.cot is not None:
        assert math.isclose(t.tan * t.cot, 1.0, rel_tol=1e-9)


@given(st.sampled_from(["asin", "acos", "atan"]), st.floats(min_value=-1, max_value=1))
def test_every_inverse_solution_maps_back(function: str, value: float) -> None:
    result = inverse_trig(function, value)
    forward = {"asin": math.sin, "acos": math.cos, "atan": math.tan}[function]
    for degrees in result.solutions_deg:
        assert 0 <= degrees < 360
        assert math.isclose(forward(math.radians(degrees)), value, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("degrees", "sin", "cos", "tan"),
    [
        (30, "1/2", "sqrt(3)/2", "sqrt(3)/3"),
        (45, "sqrt(2)/2", "sqrt(2)/2", "1"),
        (90, "1", "0", "undefined"),
        (135, "sqrt(2)/2", "-sqrt(2)/2", "-1"),
        (210, "-1/2", "-sqrt(3)/2", "sqrt(3)/3"),
        (15, "(-sqrt(2) + sqrt(6))/4", "(sqrt(2) + sqrt(6))/4", "2 - sqrt(3)"),
    ],
)
def test_unit_circle_exact_values(degrees: int, sin: str, cos: str, tan: str) -> None:
    k = standard_multiple(degrees)
    assert k is not None
    exact = exact_values(k)
    assert (exact["sin"], exact["cos"], exact["tan"]) == (sin, cos, tan)


def test_sin_30_is_exactly_a_half_and_standard_angles_snap() -> None:
    assert trig_values(math.radians(30)).sin == 0.5
    assert trig_values(math.pi).sin == 0.0
    assert trig_values(math.pi / 2).tan is None


def test_inverse_sine_gives_both_angles() -> None:
    assert inverse_trig("asin", 0.5).solutions_deg == pytest.approx([30.0, 150.0])
    with pytest.raises(ValueError):
        inverse_trig("acos", 1.5)


@given(angles)
def test_reference_angle_is_acute(degrees: float) -> None:
    assert 0 <= reference_angle_deg(degrees) <= 90
    assert 0 <= normalise_degrees(degrees) < 360
