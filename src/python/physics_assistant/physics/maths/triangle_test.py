from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics.maths.triangle import Triangle, TriangleError, solve

sides = st.floats(min_value=0.01, max_value=1000)


def _check_laws(t: Triangle) -> None:
    assert math.isclose(t.A + t.B + t.C, math.pi, rel_tol=1e-9)
    ratio = t.a / math.sin(t.A)
    assert math.isclose(t.b / math.sin(t.B), ratio, rel_tol=1e-7)
    assert math.isclose(t.c / math.sin(t.C), ratio, rel_tol=1e-7)
    assert math.isclose(t.c**2, t.a**2 + t.b**2 - 2 * t.a * t.b * math.cos(t.C), rel_tol=1e-7, abs_tol=1e-9 * t.c**2)


@st.composite
def triangles(draw: st.DrawFn) -> Triangle:
    a_deg = draw(st.floats(min_value=5, max_value=170))
    b_deg = draw(st.floats(min_value=5, max_value=175 - a_deg))
    scale = draw(sides)
    big_a, big_b = math.radians(a_deg), math.radians(b_deg)
    big_c = math.pi - big_a - big_b
    return Triangle(scale * math.sin(big_a), scale * math.sin(big_b), scale * math.sin(big_c), big_a, big_b, big_c)


@given(triangles())
def test_every_case_recovers_the_triangle(t: Triangle) -> None:
    cases = [
        {"a": t.a, "b": t.b, "c": t.c},
        {"a": t.a, "b": t.b, "C": t.C},
        {"A": t.A, "B": t.B, "c": t.c},
        {"A": t.A, "C": t.C, "c": t.c},
    ]
    for known in cases:
        _, found = solve(known)
        assert len(found) == 1
        _check_laws(found[0])
        assert math.isclose(found[0].c, t.c, rel_tol=1e-7)
        assert math.isclose(found[0].A, t.A, rel_tol=1e-7, abs_tol=1e-9)


@given(triangles())
def test_ssa_finds_the_original_among_its_solutions(t: Triangle) -> None:
    assume(abs(t.B - math.pi / 2) > 1e-6)
    case, found = solve({"a": t.a, "b": t.b, "A": t.A})
    assert case == "SSA"
    assert 1 <= len(found) <= 2
    for candidate in found:
        _check_laws(candidate)
    assert any(math.isclose(c.c, t.c, rel_tol=1e-6) for c in found)


@pytest.mark.parametrize(
    ("a", "b", "angle_deg", "count"),
    [(2, 6, 30, 0), (3, 6, 30, 1), (4, 6, 30, 2), (8, 6, 30, 1), (5, 6, 120, 0), (7, 6, 120, 1)],
)
def test_ambiguous_case_counts(a: float, b: float, angle_deg: float, count: int) -> None:
    _, found = solve({"a": a, "b": b, "A": math.radians(angle_deg)})
    assert len(found) == count


def test_impossible_triangles_name_the_part() -> None:
    with pytest.raises(TriangleError) as exc:
        solve({"a": 1, "b": 2, "c": 5})
    assert exc.value.parameter == "c"
    with pytest.raises(TriangleError) as exc:
        solve({"A": math.radians(100), "B": math.radians(90), "a": 1})
    assert exc.value.parameter == "B"
    with pytest.raises(TriangleError):
        solve({"A": 1.0, "B": 1.0, "C": 1.14})
    with pytest.raises(TriangleError):
        solve({"a": -1, "b": 1, "c": 1})


def test_3_4_5() -> None:
    _, (t,) = solve({"a": 3, "b": 4, "c": 5})
    assert math.isclose(math.degrees(t.C), 90.0)
    assert math.isclose(t.area, 6.0)
