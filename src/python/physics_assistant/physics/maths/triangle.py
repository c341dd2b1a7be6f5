"""Solve a triangle from three known parts (sides a, b, c opposite angles A, B, C; radians).

Cases: SSS, SAS, ASA/AAS and the ambiguous SSA case (0, 1 or 2 triangles). Impossible inputs
raise `TriangleError` naming the part at fault.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Relative slack for "touching" cases (a degenerate triangle is not a triangle; round-off is not
# a reason to lose the right-angled SSA solution).
_EPS = 1e-12

SIDES = ("a", "b", "c")
ANGLES = ("A", "B", "C")
OPPOSITE = {"a": "A", "b": "B", "c": "C", "A": "a", "B": "b", "C": "c"}


class TriangleError(ValueError):
    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"parameter '{parameter}': {problem}")
        self.parameter = parameter


@dataclass(frozen=True)
class Triangle:
    a: float
    b: float
    c: float
    A: float  # - the textbook names
    B: float
    C: float

    @property
    def area(self) -> float:
        return 0.5 * self.a * self.b * math.sin(self.C)

    @property
    def perimeter(self) -> float:
        return self.a + self.b + self.c


def _clamp(x: float) -> float:
    return max(-1.0, min(1.0, x))


def _angle_from_sides(opposite: float, s1: float, s2: float) -> float:
    return math.acos(_clamp((s1 * s1 + s2 * s2 - opposite * opposite) / (2 * s1 * s2)))


def _from_sides(a: float, b: float, c: float) -> Triangle:
    A = _angle_from_sides(a, b, c)
    B = _angle_from_sides(b, a, c)
    return Triangle(a, b, c, A, B, math.pi - A - B)


def _ordered(parts: dict[str, float]) -> Triangle:
    return Triangle(parts["a"], parts["b"], parts["c"], parts["A"], parts["B"], parts["C"])


def classify(known: dict[str, float]) -> str:
    sides = [k for k in SIDES if k in known]
    angles = [k for k in ANGLES if k in known]
    if len(sides) == 3:
        return "SSS"
    if len(sides) == 2 and len(angles) == 1:
        missing_side = next(s for s in SIDES if s not in known)
        return "SAS" if OPPOSITE[missing_side] == angles[0] else "SSA"
    if len(sides) == 1 and len(angles) == 2:
        missing_angle = next(x for x in ANGLES if x not in known)
        return "ASA" if OPPOSITE[sides[0]] == missing_angle else "AAS"
    return "AAA"


def solve(known: dict[str, float]) -> tuple[str, list[Triangle]]:
    """`known` maps exactly three of a, b, c, A, B, C to values (lengths > 0; angles in radians)."""
    if len(known) != 3:
        given = ", ".join(sorted(known)) or "none"
        # Name a parameter to change: one too many (the last given), or the first one missing.
        culprit = list(known)[-1] if len(known) > 3 else next(x for x in (*SIDES, *ANGLES) if x not in known)
        raise TriangleError(culprit, f"give exactly three of a, b, c, A, B, C (given: {given})")
    for name, value in known.items():
        if name in SIDES and not value > 0:
            raise TriangleError(name, f"a side must be > 0, got {value:g}")
        if name in ANGLES and not 0 < value < math.pi:
            raise TriangleError(name, f"an angle must be between 0 and 180°, got {math.degrees(value):g}°")
    case = classify(known)
    if case == "AAA":
        raise TriangleError("a", "three angles fix the shape but not the size: give at least one side")
    if case == "SSS":
        a, b, c = known["a"], known["b"], known["c"]
        longest = max(("a", a), ("b", b), ("c", c), key=lambda kv: kv[1])
        if 2 * longest[1] >= (a + b + c) * (1 - _EPS):
            others = [n for n in SIDES if n != longest[0]]
            raise TriangleError(
                longest[0],
                f"{longest[0]} = {longest[1]:g} must be shorter than {others[0]} + {others[1]} = "
                f"{known[others[0]] + known[others[1]]:g} (triangle inequality)",
            )
        return case, [_from_sides(a, b, c)]
    if case == "SAS":
        angle = next(x for x in ANGLES if x in known)
        s1, s2 = (known[s] for s in SIDES if s in known)
        third = math.sqrt(max(s1 * s1 + s2 * s2 - 2 * s1 * s2 * math.cos(known[angle]), 0.0))
        parts = dict(known)
        parts[OPPOSITE[angle]] = third
        return case, [_from_sides(parts["a"], parts["b"], parts["c"])]
    if case in ("ASA", "AAS"):
        angles = [x for x in ANGLES if x in known]
        total = known[angles[0]] + known[angles[1]]
        if total >= math.pi * (1 - _EPS):
            raise TriangleError(
                angles[1], f"{angles[0]} + {angles[1]} = {math.degrees(total):g}° leaves nothing for the third angle"
            )
        parts = dict(known)
        missing_angle = next(x for x in ANGLES if x not in known)
        parts[missing_angle] = math.pi - total
        side = next(s for s in SIDES if s in known)
        ratio = known[side] / math.sin(parts[OPPOSITE[side]])
        for s in SIDES:
            parts.setdefault(s, ratio * math.sin(parts[OPPOSITE[s]]))
        return case, [_ordered(parts)]
    return case, _ssa(known)


def _ssa(known: dict[str, float]) -> list[Triangle]:
    """Two sides and an angle not between them: 0, 1 or 2 triangles."""
    angle = next(x for x in ANGLES if x in known)
    opposite_side = OPPOSITE[angle]  # the known side facing the known angle
    other_side = next(s for s in SIDES if s in known and s != opposite_side)
    x, y, alpha = known[opposite_side], known[other_side], known[angle]
    # Law of sines: sin(angle opposite `other_side`) = y sin(alpha) / x
    sine = y * math.sin(alpha) / x
    if sine > 1 + _EPS:
        return []
    sine = min(sine, 1.0)
    first = math.asin(sine)
    candidates = [first]
    if abs(sine - 1.0) > 1e-12:
        candidates.append(math.pi - first)
    triangles = []
    for beta in candidates:
        gamma = math.pi - alpha - beta
        if gamma <= _EPS:
            continue
        parts = dict(known)
        parts[OPPOSITE[other_side]] = beta
        third_angle = next(a for a in ANGLES if a not in parts)
        parts[third_angle] = gamma
        parts[OPPOSITE[third_angle]] = x * math.sin(gamma) / math.sin(alpha)
        triangles.append(_ordered(parts))
    return triangles
