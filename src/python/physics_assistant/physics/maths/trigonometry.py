"""Trigonometric values in degrees and radians, inverse functions with all solutions in one
turn, and exact unit-circle values for multiples of 15° (π/12)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import sympy

# Angles within this many degrees of a multiple of 15° are treated as that standard angle.
STANDARD_TOLERANCE_DEG = 1e-9


def normalise_degrees(degrees: float) -> float:
    value = math.fmod(degrees, 360.0)
    if value < 0:
        value += 360.0
    return 0.0 if value >= 360.0 else value  # -1e-30 + 360 rounds to 360


_AXES = ((0.0, "positive x"), (90.0, "positive y"), (180.0, "negative x"), (270.0, "negative y"), (360.0, "positive x"))


def quadrant(degrees: float) -> str:
    d = normalise_degrees(degrees)
    for axis, name in _AXES:
        if abs(d - axis) < STANDARD_TOLERANCE_DEG:
            return f"on the {name} axis"
    return ["I", "II", "III", "IV"][int(d // 90)]


def reference_angle_deg(degrees: float) -> float:
    d = normalise_degrees(degrees)
    if d <= 90:
        return d
    if d <= 180:
        return 180 - d
    if d <= 270:
        return d - 180
    return 360 - d


def standard_multiple(degrees: float) -> int | None:
    """k when the angle is k·15° (within tolerance), else None."""
    k = round(degrees / 15.0)
    return k if abs(degrees - 15.0 * k) < STANDARD_TOLERANCE_DEG * max(1.0, abs(degrees)) else None


@dataclass(frozen=True)
class TrigValues:
    sin: float
    cos: float
    tan: float | None
    csc: float | None
    sec: float | None
    cot: float | None
    exact: dict[str, str] | None


def _snap(value: float) -> float:
    # sin(180°) is 1.2e-16 in floating point; show 0 when the angle is a standard one.
    return 0.0 if abs(value) < 1e-15 else value


def trig_values(radians: float) -> TrigValues:
    degrees = math.degrees(radians)
    k = standard_multiple(degrees)
    exact = exact_values(k) if k is not None else None
    if exact is not None:
        s = float(sympy.sympify(exact["sin_expr"]))
        c = float(sympy.sympify(exact["cos_expr"]))
    else:
        s, c = math.sin(radians), math.cos(radians)
    s, c = _snap(s), _snap(c)
    return TrigValues(
        sin=s,
        cos=c,
        tan=None if c == 0 else s / c,
        csc=None if s == 0 else 1 / s,
        sec=None if c == 0 else 1 / c,
        cot=None if s == 0 else c / s,
        exact={key: v for key, v in exact.items() if not key.endswith("_expr")} if exact else None,
    )


def exact_values(k: int) -> dict[str, str]:
    """Exact sin, cos, tan, csc, sec, cot of k·15° (k·π/12); 'undefined' where a value does not exist."""
    angle = sympy.pi * (k % 24) / 12
    s = sympy.sin(angle)  # sympy evaluates these to the textbook radicals, e.g. (√6 - √2)/4
    c = sympy.cos(angle)

    def show(expr: sympy.Expr | None) -> str:
        if expr is None:
            return "undefined"
        return str(sympy.radsimp(sympy.simplify(expr))).replace("**", "^")

    return {
        "sin": show(s),
        "cos": show(c),
        "tan": show(s / c if c != 0 else None),
        "csc": show(1 / s if s != 0 else None),
        "sec": show(1 / c if c != 0 else None),
        "cot": show(c / s if s != 0 else None),
        "angle_rad": str(sympy.nsimplify(sympy.pi * k / 12)).replace("**", "^"),
        "sin_expr": str(s),
        "cos_expr": str(c),
    }


@dataclass(frozen=True)
class InverseTrig:
    principal_rad: float
    principal_deg: float
    solutions_deg: list[float]  # all solutions in [0, 360)


def inverse_trig(function: str, value: float) -> InverseTrig:
    """asin/acos/atan (and acsc/asec/acot) of a value: the principal angle and every angle in one turn."""
    if function in ("asin", "acos") and not -1 <= value <= 1:
        raise ValueError(f"{function} needs a value between -1 and 1")
    if function in ("acsc", "asec") and -1 < value < 1:
        raise ValueError(f"{function} needs |value| >= 1")
    if function == "acot" and value == 0:
        principal = math.pi / 2
    else:
        principal = {
            "asin": lambda v: math.asin(v),
            "acos": lambda v: math.acos(v),
            "atan": lambda v: math.atan(v),
            "acsc": lambda v: math.asin(1 / v),
            "asec": lambda v: math.acos(1 / v),
            "acot": lambda v: math.atan(1 / v),
        }[function](value)
    p = math.degrees(principal)
    if function in ("asin", "acsc"):
        candidates = [p, 180.0 - p]
    elif function in ("acos", "asec"):
        candidates = [p, -p]
    else:
        candidates = [p, p + 180.0]
    solutions: list[float] = []
    for candidate in candidates:
        d = round(normalise_degrees(candidate), 12) % 360.0
        if not any(abs(d - s) < 1e-9 for s in solutions):
            solutions.append(d)
    return InverseTrig(principal, p, sorted(solutions))
