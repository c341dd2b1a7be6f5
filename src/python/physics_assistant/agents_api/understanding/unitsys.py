"""Units as the tutor uses them: the spellings people type, their pint names, SI factors and kinds.

pint parses anything but costs ~0.3 ms per conversion, and it happily reads English words as units
("in" = inch, "a" = year, "at" = technical atmosphere). So quantities are recognised against our own
lexicon of unit spellings, and each distinct unit is converted through pint once (cached factor).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import pint

from physics_assistant.physics.units import ureg

# Symbols: case-sensitive, may be combined with spaces ("N m", "kg m^2").
SYMBOL_UNITS: dict[str, str] = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "µm": "micrometer",
    "μm": "micrometer",
    "um": "micrometer",
    "nm": "nanometer",
    "ft": "foot",
    "mi": "mile",
    "yd": "yard",
    "s": "second",
    "sec": "second",
    "secs": "second",
    "ms": "millisecond",
    "min": "minute",
    "mins": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "lb": "pound",
    "lbs": "pound",
    "N": "newton",
    "kN": "kilonewton",
    "MN": "meganewton",
    "mN": "millinewton",
    "lbf": "pound_force",
    "J": "joule",
    "kJ": "kilojoule",
    "MJ": "megajoule",
    "GJ": "gigajoule",
    "mJ": "millijoule",
    "eV": "electron_volt",
    "kWh": "kilowatt_hour",
    "Wh": "watt_hour",
    "cal": "calorie",
    "kcal": "kilocalorie",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "mW": "milliwatt",
    "hp": "horsepower",
    "rad": "radian",
    "deg": "degree",
    "rev": "revolution",
    "revs": "revolution",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "rpm": "revolution/minute",
    "RPM": "revolution/minute",
    "rps": "revolution/second",
    "Pa": "pascal",
    "kPa": "kilopascal",
    "kph": "kilometer/hour",
    "kmh": "kilometer/hour",
    "kmph": "kilometer/hour",
    "mph": "mile/hour",
}

# Words: case-insensitive, singular and plural.
WORD_UNITS: dict[str, str] = {
    "kilometres?|kilometers?": "kilometer",
    "metres?|meters?": "meter",
    "centimetres?|centimeters?": "centimeter",
    "millimetres?|millimeters?": "millimeter",
    "feet|foot": "foot",
    "miles?": "mile",
    "yards?": "yard",
    "inch(?:es)?": "inch",
    "seconds?": "second",
    "milliseconds?": "millisecond",
    "minutes?": "minute",
    "hours?": "hour",
    "days?": "day",
    "kilograms?|kilogrammes?": "kilogram",
    "grams?|grammes?": "gram",
    "milligrams?": "milligram",
    "tonnes?|tons?": "metric_ton",
    "pounds?": "pound",
    "newtons?": "newton",
    "kilonewtons?": "kilonewton",
    "joules?": "joule",
    "kilojoules?": "kilojoule",
    "megajoules?": "megajoule",
    "calories?": "calorie",
    "kilocalories?": "kilocalorie",
    "electron[- ]?volts?": "electron_volt",
    "watts?": "watt",
    "kilowatts?": "kilowatt",
    "megawatts?": "megawatt",
    "horsepower": "horsepower",
    "radians?": "radian",
    "degrees?": "degree",
    "revolutions?|rotations?|turns?": "revolution",
    "hertz": "hertz",
    "knots?": "knot",
}

# Kinds of quantity, by pint dimensionality (angles are dimensionless in pint: see `_kind`).
_REFERENCE_UNITS: dict[str, str] = {
    "m": "length",
    "s": "time",
    "kg": "mass",
    "m/s": "velocity",
    "m/s^2": "acceleration",
    "N": "force",
    "J": "energy",
    "W": "power",
    "kg*m/s": "momentum",
    "N/m": "spring_constant",
    "kg*m^2": "moment_of_inertia",
    "kg*m^2/s": "angular_momentum",
    "1/s": "angular_velocity",
    "1/s^2": "angular_acceleration",
    "Pa": "pressure",
    "m^2": "area",
    "m^3": "volume",
}


def _dims_key(q: pint.Quantity) -> frozenset[tuple[str, float]]:
    return frozenset((name, float(power)) for name, power in q.dimensionality.items())  # type: ignore[arg-type]


_KINDS_BY_DIMENSIONALITY: dict[frozenset[tuple[str, float]], str] = {
    _dims_key(ureg.Quantity(1.0, unit)): kind for unit, kind in _REFERENCE_UNITS.items()
}

# The SI unit we answer in, per kind (pint-parsable, as in physics.units.SI_UNITS).
SI_UNIT_OF_KIND: dict[str, str] = {
    "length": "m",
    "time": "s",
    "mass": "kg",
    "velocity": "m/s",
    "acceleration": "m/s^2",
    "force": "N",
    "energy": "J",
    "torque": "N*m",
    "power": "W",
    "momentum": "kg*m/s",
    "impulse": "N*s",
    "spring_constant": "N/m",
    "moment_of_inertia": "kg*m^2",
    "angular_momentum": "kg*m^2/s",
    "angle": "rad",
    "angular_velocity": "rad/s",
    "angular_acceleration": "rad/s^2",
    "frequency": "Hz",
    "pressure": "Pa",
    "area": "m^2",
    "volume": "m^3",
    "number": "",
}

# Kinds that share a dimension: a quantity of one may fill a variable of the other.
SAME_DIMENSION: dict[str, frozenset[str]] = {
    "energy": frozenset({"energy", "torque"}),
    "torque": frozenset({"energy", "torque"}),
    "momentum": frozenset({"momentum", "impulse"}),
    "impulse": frozenset({"momentum", "impulse"}),
    "angular_velocity": frozenset({"angular_velocity", "frequency"}),
    "frequency": frozenset({"angular_velocity", "frequency"}),
}

_ANGULAR_WORDS = re.compile(r"radian|revolution|degree|turn")


@dataclass(frozen=True)
class UnitInfo:
    """One unit expression, resolved once: its pint spelling, SI factor and kind."""

    pint_unit: str
    kind: str
    factor: float  # value in this unit * factor = value in SI_UNIT_OF_KIND[kind]

    @property
    def si_unit(self) -> str:
        return SI_UNIT_OF_KIND[self.kind]


class UnknownUnit(ValueError):
    pass


def _kind(q: pint.Quantity, unit_text: str) -> str:
    names = str(q.units)
    if q.dimensionless:
        if _ANGULAR_WORDS.search(names):
            return "angle"
        return "number"
    kind = _KINDS_BY_DIMENSIONALITY.get(_dims_key(q))
    if kind is None:
        raise UnknownUnit(f"unsupported dimension {q.dimensionality} for {unit_text!r}")
    if kind == "energy" and "newton" in names and "meter" in names:
        return "torque"
    if kind == "momentum" and "newton" in names:
        return "impulse"
    if kind == "angular_velocity" and "hertz" in names:
        return "frequency"
    return kind


@lru_cache(maxsize=1024)
def unit_info(pint_unit: str) -> UnitInfo:
    """Resolve a pint unit expression; raises UnknownUnit."""
    try:
        q = ureg.Quantity(1.0, pint_unit)
    except Exception as exc:  # - pint raises many types for malformed text
        raise UnknownUnit(f"unknown unit {pint_unit!r}") from exc
    kind = _kind(q, pint_unit)
    target = SI_UNIT_OF_KIND[kind] or "dimensionless"
    factor = float(q.to(target).magnitude)
    if not math.isfinite(factor) or factor == 0:
        raise UnknownUnit(f"unusable unit {pint_unit!r}")
    return UnitInfo(pint_unit, kind, factor)


def compatible(kind_a: str, kind_b: str) -> bool:
    return kind_a == kind_b or kind_b in SAME_DIMENSION.get(kind_a, frozenset())


@lru_cache(maxsize=1024)
def conversion_factor(from_unit: str, to_unit: str) -> float:
    """Multiply a value in `from_unit` by this to get it in `to_unit` (pint expressions)."""
    a, b = unit_info(from_unit), unit_info(to_unit)
    if not compatible(a.kind, b.kind):
        raise UnknownUnit(f"cannot convert {from_unit} to {to_unit}")
    factor = a.factor / b.factor
    # pint treats rad/s and Hz alike; physically omega = 2 pi f.
    if a.kind == "frequency" and b.kind == "angular_velocity":
        factor *= 2 * math.pi
    elif a.kind == "angular_velocity" and b.kind == "frequency":
        factor /= 2 * math.pi
    return factor


def display_unit(pint_unit: str) -> str:
    """The compact spelling shown to students and returned in `answer.unit` (pint-parsable)."""
    return _DISPLAY.get(pint_unit, pint_unit)


_DISPLAY: dict[str, str] = {
    **{
        v: k
        for k, v in SYMBOL_UNITS.items()
        if k not in {"sec", "secs", "mins", "hrs", "revs", "lbs", "RPM", "kmh", "kmph", "kph", "µm", "μm"}
    },
    "kilometer/hour": "km/h",
    "revolution/minute": "rpm",
    "revolution/second": "rev/s",
    "inch": "in",
    "day": "day",
    "metric_ton": "t",
    "knot": "knot",
    "hour": "h",
    "mile/hour": "mph",
    "micrometer": "um",
}
