from __future__ import annotations

import math

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from physics_assistant.physics.maths import cas
from physics_assistant.physics.maths.cas import CasInputError
from physics_assistant.physics.maths.parsing import parse_equation, parse_expression

# Physics formulas people rearrange, and a variable in each.
FORMULAS = [
    ("v = u + a t", "t"),
    ("v^2 = u^2 + 2 a s", "a"),
    ("s = u t + 1/2 a t^2", "a"),
    ("E = 1/2 m v^2", "m"),
    ("F = G m1 m2 / r^2", "m2"),
    ("T = 2 pi sqrt(L / g)", "g"),
    ("p = m v", "v"),
    ("P = F v cos(theta)", "F"),
    ("1/f = 1/u + 1/v", "v"),
    ("N = N0 exp(-lambda t)", "t"),
    ("I = I0 + m d^2", "d"),
]


@pytest.mark.parametrize(("formula", "variable"), FORMULAS)
def test_solve_then_substitute_gives_an_identity(formula: str, variable: str) -> None:
    out = cas.solve_for(formula, variable)
    eq = parse_equation(formula)
    target = sympy.Symbol(variable)
    assert out["solutions"]
    # Check numerically at positive values of the other variables (sqrt(T²) = T only for T > 0,
    # and physical quantities in these formulas are positive).
    others = sorted((eq.lhs - eq.rhs).free_symbols - {target}, key=str)
    point = {s: sympy.Rational(3 + i, 2 + i) for i, s in enumerate(others)}
    for solution in out["solutions"]:
        value = parse_expression(solution["expression"]).subs(point)
        residual = complex(sympy.N((eq.lhs - eq.rhs).subs(point).subs(target, value)))
        assert abs(residual) < 1e-9, (formula, solution)


@settings(max_examples=40)
@given(
    st.floats(min_value=0.1, max_value=100),
    st.floats(min_value=-50, max_value=50),
    st.floats(min_value=0.1, max_value=20),
)
def test_formula_solver_round_trips_through_every_unknown(u: float, a: float, t: float) -> None:
    v = u + a * t
    values = {"u": f"{u!r} m/s", "a": f"{a!r} m/s^2", "t": f"{t!r} s", "v": f"{v!r} m/s"}
    for unknown, expected, unit in (("v", v, "m/s"), ("u", u, "m/s"), ("t", t, "s"), ("a", a, "m/s^2")):
        if unknown == "t" and abs(a) < 1e-6:
            continue
        given_values = {k: val for k, val in values.items() if k != unknown}
        out = cas.solve_formula("v = u + a t", given_values)
        (solution,) = out["solutions"]
        assert solution["unit"] == unit
        assert solution["value"] == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_formula_solver_converts_units_and_names_derived_units() -> None:
    out = cas.solve_formula("F = m a", {"m": "500 g", "a": "2 m/s^2"})
    assert out["solutions"] == [{"expression": "a*m", "value": pytest.approx(1.0), "unit": "N"}]
    speed = cas.solve_formula("E = 1/2 m v^2", {"E": "100 J", "m": "2 kg"})
    assert sorted(s["value"] for s in speed["solutions"]) == pytest.approx([-10.0, 10.0])
    assert {s["unit"] for s in speed["solutions"]} == {"m/s"}
    angle = cas.solve_formula("h = L sin(theta)", {"L": "2 m", "theta": "30 deg"})
    assert angle["solutions"][0]["value"] == pytest.approx(1.0)


def test_formula_solver_refuses_inconsistent_units() -> None:
    with pytest.raises(CasInputError, match="units do not fit") as exc:
        cas.solve_formula("v = u + a t", {"u": "5 m/s", "a": "2 m/s^2", "t": "3 m"})
    assert exc.value.parameter == "values"
    with pytest.raises(CasInputError) as exc:
        cas.solve_formula("v = u + a t", {"u": "5 m/s", "a": "2 bananas"})
    assert exc.value.parameter == "values.a"


def test_formula_solver_explains_what_is_missing() -> None:
    with pytest.raises(CasInputError, match="all variables but one") as exc:
        cas.solve_formula("v = u + a t", {"u": 1})
    assert exc.value.parameter == "unknown"
    with pytest.raises(CasInputError, match="does not appear"):
        cas.solve_formula("v = u + a t", {"u": 1, "a": 1, "t": 1, "q": 2})
    with pytest.raises(CasInputError, match="no real value"):
        cas.solve_formula("y = sqrt(x)", {"x": -4})


def test_propagation_matches_the_textbook_rules() -> None:
    # Product: relative errors add in quadrature.
    out = cas.propagate_uncertainty("x*y", {"x": 2, "y": 3}, {"x": "5%", "y": 0.15})
    assert out["uncertainty"] / out["value"] == pytest.approx(math.hypot(0.05, 0.05))
    # Pendulum g = 4π²L/T² with units: σ_g/g = √((σ_L/L)² + (2σ_T/T)²).
    pendulum = cas.propagate_uncertainty(
        "g = 4 pi^2 L / T^2", {"L": "1.00 m", "T": "2.01 s"}, {"L": "1 cm", "T": "0.02 s"}
    )
    assert pendulum["unit"] == "m/s^2"
    g = 4 * math.pi**2 * 1.0 / 2.01**2
    assert pendulum["value"] == pytest.approx(g)
    assert pendulum["uncertainty"] == pytest.approx(g * math.hypot(0.01, 2 * 0.02 / 2.01))
    assert sum(c["share"] for c in pendulum["contributions"]) == pytest.approx(1.0)
    with pytest.raises(CasInputError) as exc:
        cas.propagate_uncertainty("g = 4 pi^2 L / T^2", {"L": "1 m", "T": "2 s"}, {"L": "1 s"})
    assert exc.value.parameter == "uncertainties.L"


def test_simplify_modes() -> None:
    assert cas.simplify("sin(x)^2 + cos(x)^2")["result"] == "1"
    assert cas.simplify("x^2 - 5x + 6", "factor")["result"] == "(x - 3)*(x - 2)"
    assert cas.simplify("(x + 1)^2", "expand")["result"] == "x^2 + 2*x + 1"
    assert cas.simplify("1/x + 1/y", "combine_fractions")["result"] == "(x + y)/(x*y)"
    with pytest.raises(CasInputError) as exc:
        cas.simplify("x", "unknown-mode")
    assert exc.value.parameter == "mode"
    with pytest.raises(CasInputError, match="division by zero"):
        cas.simplify("1/(x - x)")


def test_equations_without_closed_form_are_solved_numerically() -> None:
    out = cas.solve_for("cos(x) = x", "x")
    assert out["method"] == "numeric"
    assert out["solutions"][0]["value"] == pytest.approx(0.7390851332151607)


def test_complex_solutions_are_marked() -> None:
    out = cas.solve_for("x^2 + 1 = 0", "x")
    assert [s["is_real"] for s in out["solutions"]] == [False, False]
    assert sorted(s["imag"] for s in out["solutions"]) == [-1.0, 1.0]


def test_linear_systems_and_calculus() -> None:
    assert cas.solve_linear_system(["x + y = 3", "x - y = 1"], ["x", "y"])["solution"] == {
        "x": {"expression": "2", "value": 2.0},
        "y": {"expression": "1", "value": 1.0},
    }
    assert cas.solve_linear_system(["x + y = 3", "x + y = 4"], ["x", "y"])["status"] == "none"
    assert cas.solve_linear_system(["x + y = 3", "2x + 2y = 6"], ["x", "y"])["status"] == "infinite"
    with pytest.raises(CasInputError, match="not linear"):
        cas.solve_linear_system(["x y = 3"], ["x", "y"])
    assert cas.differentiate("1/2 a t^2 + u t", "t")["result"] == "a*t + u"
    assert cas.integrate("x^2", "x", "0", "3")["numeric_value"] == pytest.approx(9.0)
    assert cas.integrate("exp(-x^2)", "x", "0", "1")["numeric_value"] == pytest.approx(0.746824132812427)
