"""Units: parse "72 km/h", "30 deg", "1200 rpm" with pint and convert to SI floats.

One registry for the whole process (building one costs ~0.3 s). Everything downstream of this
module works in SI floats; units exist only at the edges (tool arguments, tutor text, answers).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

import pint

ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
ureg.define("revolution = 2 * pi * radian = rev")
ureg.define("revolutions_per_second = revolution / second = rps")
Quantity = ureg.Quantity

# Canonical SI unit (as text) for each physical dimension our tools use.
SI_UNITS: dict[str, str] = {
    "length": "m",
    "time": "s",
    "mass": "kg",
    "velocity": "m/s",
    "acceleration": "m/s^2",
    "force": "N",
    "energy": "J",
    "power": "W",
    "momentum": "kg*m/s",
    "impulse": "N*s",
    "angle": "rad",
    "angular_velocity": "rad/s",
    "angular_acceleration": "rad/s^2",
    "torque": "N*m",
    "moment_of_inertia": "kg*m^2",
    "angular_momentum": "kg*m^2/s",
    "spring_constant": "N/m",
    "frequency": "Hz",
    "area": "m^2",
    "volume": "m^3",
    "density": "kg/m^3",
    "pressure": "Pa",
    "dimensionless": "",
}

# pint spells units verbosely; these are the short forms we show to people.
_PRETTY = {
    "meter": "m",
    "second": "s",
    "kilogram": "kg",
    "radian": "rad",
    "newton": "N",
    "joule": "J",
    "watt": "W",
    "hertz": "Hz",
    "pascal": "Pa",
}


class UnitError(ValueError):
    """A value whose unit is unknown, malformed or of the wrong dimension."""


def _normalise(text: str) -> str:
    # Accept what people type: "m/s²", "kg·m/s", "N m", "3.5 m s^-2", "40 degrees", "5 kph".
    text = text.strip().replace("²", "^2").replace("³", "^3").replace("·", "*").replace("×", "*")
    text = text.replace("−", "-")
    text = re.sub(r"\bkph\b", "km/h", text)
    text = re.sub(r"\bmph\b", "mile/hour", text)
    text = re.sub(r"\bdegrees?\b|°", " degree", text)
    return text


@lru_cache(maxsize=4096)
def parse_quantity(text: str) -> pint.Quantity:
    """Parse "20 km/h" into a pint Quantity; raises UnitError with a readable message."""
    cleaned = _normalise(text)
    if not cleaned:
        raise UnitError("empty quantity")
    try:
        q: Any = Quantity(cleaned)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError) as exc:
        raise UnitError(f"unknown unit in {text!r}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - pint raises many types for malformed text
        raise UnitError(f"cannot read {text!r} as a quantity ({type(exc).__name__})") from None
    if not isinstance(q, pint.Quantity):  # a bare number parses to int/float
        q = Quantity(float(q), "")
    magnitude = float(q.magnitude)
    if not math.isfinite(magnitude):
        raise UnitError(f"{text!r} is not a finite number")
    return q


def to_si(value: float | int | str, dimension: str) -> float:
    """A number (already SI) or a string with units, as an SI float of the given dimension.

    `dimension` is a key of SI_UNITS. A bare number string ("12.5") is taken as SI.
    Angles: a bare number is radians; "30 deg" converts.
    """
    target = SI_UNITS.get(dimension)
    if target is None:
        raise KeyError(f"unknown dimension {dimension!r}")
    if isinstance(value, bool):
        raise UnitError("expected a number, got a boolean")
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            raise UnitError(f"{value!r} is not a finite number")
        return number
    q = parse_quantity(value)
    # pint calls "80 %" unitless; only a bare number really has no unit.
    if q.units == ureg.dimensionless:
        return float(q.magnitude)
    if q.dimensionless and dimension not in ("angle", "dimensionless"):
        raise UnitError(f"{value!r} is an angle or ratio, expected {dimension} ({target})")
    try:
        return float(q.to(target or "dimensionless").magnitude)
    except pint.errors.DimensionalityError:
        raise UnitError(
            f"{value!r} has dimension {pretty_dimension(q)}, expected {dimension} ({target or 'no unit'})"
        ) from None


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a number between two unit expressions; raises UnitError on a dimension mismatch."""
    try:
        return float(Quantity(value, _normalise(from_unit)).to(_normalise(to_unit)).magnitude)
    except pint.errors.DimensionalityError as exc:
        raise UnitError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from None
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError) as exc:
        raise UnitError(f"unknown unit: {exc}") from None


def same_dimension(unit_a: str, unit_b: str) -> bool:
    try:
        return bool(Quantity(1, _normalise(unit_a)).is_compatible_with(_normalise(unit_b)))
    except Exception:  # noqa: BLE001
        return False


def pretty_dimension(q: pint.Quantity) -> str:
    dims = str(q.dimensionality)
    return "none" if dims == "dimensionless" else dims


def pretty_unit(unit: str) -> str:
    """'meter / second ** 2' -> 'm/s^2' (for display of pint's long names)."""
    text = unit
    for long, short in _PRETTY.items():
        text = re.sub(rf"\b{long}\b", short, text)
    return text.replace(" ** ", "^").replace(" * ", "*").replace(" / ", "/")
