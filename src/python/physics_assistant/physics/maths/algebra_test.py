from __future__ import annotations

import cmath
import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics.maths.algebra import quadratic_roots, solve_linear, solve_quadratic

coefficients = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(coefficients, coefficients, coefficients)
def test_both_roots_satisfy_the_equation(a: float, b: float, c: float) -> None:
    assume(abs(a) > 1e-3)
    _, roots = quadratic_roots(a, b, c)
    assert len(roots) == 2
    scale = abs(a) * max(abs(r) for r in roots) ** 2 + abs(b) * max(abs(r) for r in roots) + abs(c) + 1
    for r in roots:
        assert abs(a * r * r + b * r + c) <= 1e-9 * scale


@given(coefficients, coefficients, coefficients)
def test_vieta(a: float, b: float, c: float) -> None:
    assume(abs(a) > 1e-3)
    _, (r1, r2) = quadratic_roots(a, b, c)
    assert cmath.isclose(r1 + r2, -b / a, rel_tol=1e-7, abs_tol=1e-6 * (1 + abs(b / a)))
    assert cmath.isclose(r1 * r2, c / a, rel_tol=1e-7, abs_tol=1e-6 * (1 + abs(c / a)))


@given(st.integers(-50, 50), st.integers(-50, 50), st.integers(1, 9))
def test_integer_roots_come_back_exact_and_factored(p: int, q: int, lead: int) -> None:
    # lead (x - p)(x - q) = lead x² - lead (p + q) x + lead p q
    sol = solve_quadratic(lead, -lead * (p + q), lead * p * q)
    assert sorted(float(r.real) for r in sol.roots) == sorted([float(p), float(q)])
    assert sol.exact_roots == [str(v) for v in sorted([p, q])]
    assert sol.factored_form is not None


def test_textbook_cases() -> None:
    assert solve_quadratic(1, -3, 2).factored_form == "(x - 2)*(x - 1)"
    complex_case = solve_quadratic(1, 2, 5)
    assert complex_case.nature == "two complex conjugate roots"
    assert complex_case.roots == [complex(-1, -2), complex(-1, 2)]
    assert complex_case.exact_roots == ["-1 - 2i", "-1 + 2i"]
    repeated = solve_quadratic(1, -2, 1)
    assert repeated.nature == "one repeated real root" and repeated.factored_form == "(x - 1)^2"
    # A ball thrown up at 20 m/s from 1.5 m: h(t) = 1.5 + 20 t - 4.9 t², lands at t ≈ 4.155 s.
    landing = solve_quadratic(-4.9, 20, 1.5, "t")
    assert math.isclose(max(r.real for r in landing.roots), 4.1553029610623, rel_tol=1e-12)


def test_no_cancellation_for_tiny_roots() -> None:
    # x² + 1e8 x + 1 = 0: the small root is about -1e-8; the naive formula returns 0 or garbage.
    _, roots = quadratic_roots(1.0, 1e8, 1.0)
    small = max(r.real for r in roots)
    assert math.isclose(small, -1e-8, rel_tol=1e-12)


def test_linear_equation() -> None:
    assert solve_linear(2, 3, 7).value == 2
    assert solve_linear(0, 3, 7).status == "none"
    assert solve_linear(0, 3, 3).status == "infinite"
    with pytest.raises(ValueError):
        quadratic_roots(0, 1, 1)
