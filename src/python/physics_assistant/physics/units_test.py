import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.physics.units import UnitError, convert, pretty_unit, same_dimension, to_si


@pytest.mark.parametrize(
    ("text", "dimension", "expected"),
    [
        ("72 km/h", "velocity", 20.0),
        ("3.5 m/s^2", "acceleration", 3.5),
        ("3.5 m/s²", "acceleration", 3.5),
        ("40 degrees", "angle", math.radians(40)),
        ("30°", "angle", math.radians(30)),
        ("1200 rpm", "angular_velocity", 1200 * 2 * math.pi / 60),
        ("2 rev/s", "angular_velocity", 4 * math.pi),
        ("5 cm", "length", 0.05),
        ("3 minutes", "time", 180.0),
        ("12 N m", "torque", 12.0),
        ("3 kg m^2", "moment_of_inertia", 3.0),
        ("500 g", "mass", 0.5),
        ("80 %", "dimensionless", 0.8),
        ("12.5", "length", 12.5),
    ],
)
def test_textbook_spellings(text: str, dimension: str, expected: float) -> None:
    assert to_si(text, dimension) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "dimension", "message"),
    [
        ("20 kg", "velocity", "expected velocity"),
        ("30 deg", "length", "angle or ratio"),
        ("80 %", "length", "angle or ratio"),
        ("5 furlongz", "length", "unknown unit"),
        ("nan m", "length", "not a finite"),
        ("", "length", "empty"),
        ("((", "length", "cannot read"),
    ],
)
def test_bad_quantities_are_named(text: str, dimension: str, message: str) -> None:
    with pytest.raises(UnitError, match=message):
        to_si(text, dimension)


def test_numbers_are_si_and_must_be_finite() -> None:
    assert to_si(4, "mass") == 4.0
    with pytest.raises(UnitError):
        to_si(float("inf"), "mass")
    with pytest.raises(UnitError):
        to_si(True, "mass")  # type: ignore[arg-type]


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_conversion_round_trip(value: float) -> None:
    there = convert(value, "km/h", "m/s")
    assert convert(there, "m/s", "km/h") == pytest.approx(value, rel=1e-12, abs=1e-9)


def test_dimension_helpers() -> None:
    assert same_dimension("N*m", "J")
    assert not same_dimension("N", "J")
    assert pretty_unit("meter / second ** 2") == "m/s^2"
