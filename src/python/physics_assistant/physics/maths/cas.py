"""CAS operations on text: simplify, solve for a variable, evaluate a formula with units,
propagate uncertainties, linear systems, derivatives and integrals.

Inputs and outputs are plain data (text, floats, lists, dicts) so these functions can run in a
worker process (see `sandbox`) as well as in-process (tests). Expressions are read with
`parsing` (never eval). Quantities with units are read with `physics.units` and evaluated with
pint by walking the sympy tree, so inconsistent units ("5 m/s + 3 s") are caught, not ignored.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, ClassVar

import pint
import sympy
from sympy.printing.str import StrPrinter

from physics_assistant.physics import units as units_mod
from physics_assistant.physics.maths.parsing import (
    ExpressionError,
    parse_equation,
    parse_expression,
    parse_symbol_name,
)

MAX_RESULT_LENGTH = 2000
MAX_SOLUTIONS = 20


class CasInputError(ValueError):
    """Bad input for a CAS operation; `parameter` names the tool argument it came from."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"parameter '{parameter}': {problem}")
        self.parameter = parameter


class _Printer(StrPrinter):
    """sympy's str form, in the notation our parser reads back: ^ for powers, e for Euler's number."""

    def _print_Exp1(self, expr: Any) -> str:  # - sympy's printer protocol
        return "e"

    def _print_ImaginaryUnit(self, expr: Any) -> str:
        return "i"

    def _print_Pow(self, expr: Any, rational: bool = False) -> str:
        return str(super()._print_Pow(expr, rational)).replace("**", "^")

    def _print_Abs(self, expr: Any) -> str:
        return f"abs({self._print(expr.args[0])})"

    def _print_exp(self, expr: Any) -> str:
        return f"exp({self._print(expr.args[0])})"


_PRINTER = _Printer({"order": None})


def text(expr: Any) -> str:
    """Display form of a sympy object; readable back by `parsing` (for real expressions)."""
    out = _PRINTER.doprint(expr)
    if len(out) > MAX_RESULT_LENGTH:
        raise CasInputError("expression", "the result is too long to show; simplify the input")
    return out


def _check_finite(expr: sympy.Expr, parameter: str) -> None:
    if expr.has(sympy.zoo, sympy.oo, -sympy.oo, sympy.nan):
        raise CasInputError(parameter, "the expression is undefined (division by zero or infinity)")


def _parse_expr(textual: str, parameter: str) -> sympy.Expr:
    try:
        expr = parse_expression(textual)
    except ExpressionError as exc:
        raise CasInputError(parameter, str(exc)) from None
    _check_finite(expr, parameter)
    return expr


def _parse_eq(textual: str, parameter: str) -> sympy.Eq:
    try:
        eq = parse_equation(textual)
    except ExpressionError as exc:
        raise CasInputError(parameter, str(exc)) from None
    _check_finite(eq.lhs - eq.rhs, parameter)
    return eq


def _symbol_name(name: str, parameter: str) -> str:
    try:
        return parse_symbol_name(name)
    except ExpressionError as exc:
        raise CasInputError(parameter, str(exc)) from None


def _numeric(expr: sympy.Expr) -> complex | None:
    if expr.free_symbols:
        return None
    try:
        value = complex(sympy.N(expr, 17))
    except (TypeError, ValueError):
        return None
    return value


# --------------------------------------------------------------------------- simplify

SIMPLIFY_MODES: dict[str, tuple[str, Callable[[sympy.Expr], sympy.Expr]]] = {
    "simplify": ("simplify", sympy.simplify),
    "expand": ("expand products and powers", sympy.expand),
    "factor": ("factor", sympy.factor),
    "trig": ("simplify trigonometric terms", sympy.trigsimp),
    "combine_fractions": ("combine over a common denominator", sympy.together),
    "cancel": ("cancel common factors", sympy.cancel),
    "partial_fractions": ("split into partial fractions", sympy.apart),
    "expand_log": ("expand logarithms", lambda e: sympy.expand_log(e, force=True)),
}


def simplify(expression: str, mode: str = "simplify") -> dict[str, Any]:
    if mode not in SIMPLIFY_MODES:
        raise CasInputError("mode", f"unknown mode {mode!r}; choose one of {', '.join(SIMPLIFY_MODES)}")
    expr = _parse_expr(expression, "expression")
    label, operation = SIMPLIFY_MODES[mode]
    if mode == "partial_fractions" and len(expr.free_symbols) > 1:
        raise CasInputError("mode", "partial fractions need an expression in one variable")
    result = operation(expr)
    value = _numeric(result)
    out: dict[str, Any] = {
        "input": text(expr),
        "result": text(result),
        "latex": sympy.latex(result),
        "variables": sorted(str(s) for s in result.free_symbols),
        "numeric_value": value.real if value is not None and abs(value.imag) < 1e-12 * max(1, abs(value)) else None,
        "steps": [f"Read: {text(expr)}", f"{label.capitalize()}: {text(result)}"],
    }
    if out["numeric_value"] is not None:
        out["steps"].append(f"Numeric value: {out['numeric_value']:.10g}")
    return out


# --------------------------------------------------------------------------- solve for a variable


def solve_for(equation: str, variable: str) -> dict[str, Any]:
    eq = _parse_eq(equation, "equation")
    name = _symbol_name(variable, "variable")
    symbols = {str(s): s for s in (eq.lhs - eq.rhs).free_symbols}
    if name not in symbols:
        known = ", ".join(sorted(symbols)) or "none"
        raise CasInputError("variable", f"{name!r} does not appear in the equation (variables: {known})")
    target = symbols[name]
    steps = [f"Equation: {text(eq.lhs)} = {text(eq.rhs)}", f"Solve for {name}"]
    numeric_only = len(symbols) == 1
    solutions: list[sympy.Expr]
    method = "symbolic"
    try:
        solutions = sympy.solve(sympy.Eq(eq.lhs, eq.rhs), target, dict=False)
    except NotImplementedError:
        solutions = []
        method = "none"
    solutions = [s for s in solutions if not s.has(sympy.zoo, sympy.nan)][:MAX_SOLUTIONS]
    if not solutions and numeric_only:
        solutions = _numeric_roots(eq.lhs - eq.rhs, target)
        method = "numeric" if solutions else "none"
    if not solutions:
        raise CasInputError(
            "equation",
            f"no solution for {name} was found" + ("" if numeric_only else " in closed form"),
        )
    rendered = []
    for sol in solutions:
        value = _numeric(sol)
        rendered.append(
            {
                "expression": text(sol),
                "latex": sympy.latex(sol),
                "value": value.real if value is not None and abs(value.imag) <= 1e-12 * max(1, abs(value)) else None,
                "is_real": bool(value is None or abs(value.imag) <= 1e-12 * max(1, abs(value))),
                "imag": value.imag if value is not None and abs(value.imag) > 1e-12 * max(1, abs(value)) else 0.0,
            }
        )
    for i, sol in enumerate(rendered, 1):
        label = f"{name} = {sol['expression']}" if len(rendered) == 1 else f"Solution {i}: {name} = {sol['expression']}"
        if sol["value"] is not None and sol["expression"] != f"{sol['value']:.10g}":
            label += f" ≈ {sol['value']:.10g}"
        steps.append(label)
    if method == "numeric":
        steps.insert(2, "No closed form: real roots found numerically")
    return {
        "variable": name,
        "solutions": rendered,
        "method": method,
        "other_variables": sorted(s for s in symbols if s != name),
        "steps": steps,
    }


def _numeric_roots(expr: sympy.Expr, var: sympy.Symbol) -> list[sympy.Expr]:
    """Real roots of a univariate expression by scanning for sign changes, then refining."""
    f = sympy.lambdify(var, expr, modules="math")  # our own expression tree; no user text is executed
    roots: list[float] = []
    grid = [x / 4 for x in range(-400, 401)] + [10.0**k * s for k in range(2, 7) for s in (-1, 1)]
    grid.sort()
    previous: tuple[float, float] | None = None
    for x in grid:
        try:
            y = float(f(x))
        except (ValueError, ZeroDivisionError, OverflowError, TypeError):
            previous = None
            continue
        if not math.isfinite(y):
            previous = None
            continue
        if y == 0:
            roots.append(x)
        elif previous is not None and (previous[1] < 0) != (y < 0):
            try:
                root = float(sympy.nsolve(expr, var, (previous[0], x), solver="bisect"))
            except (ValueError, ZeroDivisionError, TypeError):
                previous = (x, y)
                continue
            roots.append(root)
        previous = (x, y)
    unique: list[float] = []
    for r in sorted(roots):
        if not unique or abs(r - unique[-1]) > 1e-9 * max(1.0, abs(r)):
            unique.append(r)
    return [sympy.Float(r, 15) for r in unique[:MAX_SOLUTIONS]]


# --------------------------------------------------------------------------- units-aware evaluation

_Q = units_mod.Quantity


def _quantity(raw: Any, parameter: str) -> pint.Quantity:
    if isinstance(raw, bool):
        raise CasInputError(parameter, "expected a number or a string with units, got a boolean")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise CasInputError(parameter, "must be a finite number")
        return _Q(float(raw), "")
    if not isinstance(raw, str):
        raise CasInputError(parameter, "expected a number or a string with units")
    try:
        q = units_mod.parse_quantity(raw)
    except units_mod.UnitError as exc:
        raise CasInputError(parameter, str(exc)) from None
    return _Q(float(q.magnitude), q.units)


class _Evaluator:
    """Evaluate a sympy expression with pint quantities bound to its symbols (a tree walk, no eval)."""

    _FUNCTIONS: ClassVar[dict[type, Callable[[float], float]]] = {
        sympy.sin: math.sin,
        sympy.cos: math.cos,
        sympy.tan: math.tan,
        sympy.asin: math.asin,
        sympy.acos: math.acos,
        sympy.atan: math.atan,
        sympy.sinh: math.sinh,
        sympy.cosh: math.cosh,
        sympy.tanh: math.tanh,
        sympy.asinh: math.asinh,
        sympy.acosh: math.acosh,
        sympy.atanh: math.atanh,
        sympy.exp: math.exp,
        sympy.log: math.log,
        sympy.floor: math.floor,
        sympy.ceiling: math.ceil,
        sympy.sign: lambda x: math.copysign(1.0, x) if x else 0.0,
    }
    _RECIPROCAL: ClassVar[dict[type, Callable[[float], float]]] = {
        sympy.cot: math.tan,
        sympy.sec: math.cos,
        sympy.csc: math.sin,
    }

    def __init__(self, values: dict[str, pint.Quantity]) -> None:
        self.values = values

    def __call__(self, expr: sympy.Expr) -> pint.Quantity:
        if expr.is_Symbol:
            return self.values[str(expr)]
        if expr.is_Number or expr in (sympy.pi, sympy.E):
            value = complex(sympy.N(expr, 17))
            if value.imag:
                raise _NotReal()
            return _Q(value.real, "")
        if expr is sympy.I:
            raise _NotReal()
        if expr.is_Add:
            total = self(expr.args[0])
            for arg in expr.args[1:]:
                total = total + self(arg)
            return total
        if expr.is_Mul:
            product = self(expr.args[0])
            for arg in expr.args[1:]:
                product = product * self(arg)
            return product
        if expr.is_Pow:
            base = self(expr.base)
            exponent = self(expr.exp)
            if not exponent.dimensionless:
                raise CasInputError("values", f"the exponent in {text(expr)} must be dimensionless")
            power = float(exponent.to("dimensionless").magnitude)
            if base.dimensionless:
                magnitude = float(base.to("dimensionless").magnitude)
                result = magnitude**power
                if isinstance(result, complex):
                    raise _NotReal()
                return _Q(result, "")
            if base.magnitude < 0 and not float(power).is_integer():
                raise _NotReal()
            return base**power
        if isinstance(expr, sympy.Abs):
            inner = self(expr.args[0])
            return _Q(abs(float(inner.magnitude)), inner.units)
        if isinstance(expr, sympy.atan2):
            y_q, x_q = self(expr.args[0]), self(expr.args[1])
            return _Q(math.atan2(float(y_q.magnitude), float(x_q.to(y_q.units).magnitude)), "radian")
        func = type(expr)
        if func in self._FUNCTIONS or func in self._RECIPROCAL:
            argument = self(expr.args[0])
            if not argument.dimensionless:
                raise CasInputError(
                    "values", f"{func.__name__}() needs a dimensionless argument (or an angle), got {argument.units:~P}"
                )
            x = float(argument.to("dimensionless").magnitude)
            try:
                if func in self._RECIPROCAL:
                    return _Q(1.0 / self._RECIPROCAL[func](x), "")
                return _Q(self._FUNCTIONS[func](x), "")
            except (ValueError, ZeroDivisionError, OverflowError):
                raise _NotReal() from None
        raise CasInputError("formula", f"cannot evaluate {func.__name__} numerically")


class _NotReal(Exception):
    """The expression has no real value for these inputs (root of a negative, log of zero, ...)."""


# Units we show results in, in order of preference, when the dimension matches.
_DISPLAY_UNITS = (
    "m",
    "s",
    "kg",
    "m/s",
    "m/s^2",
    "N",
    "J",
    "W",
    "Pa",
    "kg*m/s",
    "kg*m^2",
    "kg*m^2/s",
    "N/m",
    "kg/m^3",
    "m^2",
    "m^3",
    "1/s",
    "A",
    "V",
    "ohm",
    "C",
    "K",
    "mol",
)


def _display(q: pint.Quantity) -> tuple[float, str]:
    """SI magnitude and a readable SI unit for a quantity."""
    base = q.to_base_units()
    if base.dimensionless:
        return float(base.to("dimensionless").magnitude), ""
    for unit in _DISPLAY_UNITS:
        if base.is_compatible_with(unit):
            return float(base.to(unit).magnitude), unit
    return float(base.magnitude), units_mod.pretty_unit(f"{base.units}")


def _bind_values(values: dict[str, Any], parameter: str) -> tuple[dict[str, pint.Quantity], bool]:
    bound: dict[str, pint.Quantity] = {}
    with_units = False
    for raw_name, raw in values.items():
        name = _symbol_name(raw_name, f"{parameter}.{raw_name}")
        q = _quantity(raw, f"{parameter}.{raw_name}")
        with_units = with_units or not q.unitless
        bound[name] = q
    return bound, with_units


def _units_mismatch(exc: pint.errors.DimensionalityError) -> str:
    def dims(d: Any) -> str:
        return "dimensionless" if not str(d) or str(d) == "dimensionless" else str(d)

    return (
        f"the units do not fit the formula: a term with dimension {dims(exc.dim1)} meets one with "
        f"{dims(exc.dim2)}; check the unit of each value (a bare number is dimensionless)"
    )


def _bare_zeros(values: dict[str, Any], bound: dict[str, pint.Quantity], symbols: dict[str, Any]) -> dict[Any, int]:
    """A bare 0 fits any dimension ("u = 0" next to "a = 9.81 m/s^2"): substitute it exactly
    instead of treating it as a dimensionless number that cannot be added to a speed."""
    return {
        symbols[name]: 0
        for name, raw in values.items()
        if not isinstance(raw, bool) and isinstance(raw, int | float) and raw == 0 and name in symbols and name in bound
    }


def _given(values: dict[str, Any]) -> str:
    return ", ".join(
        f"{name} = {raw:g}" if isinstance(raw, float | int) else f"{name} = {raw}" for name, raw in values.items()
    )


def solve_formula(formula: str, values: dict[str, Any], unknown: str | None = None) -> dict[str, Any]:
    """Physics formula solver: "v = u + a t" with {"u": "5 m/s", "a": "2 m/s^2", "t": "3 s"} -> v."""
    eq = _parse_eq(formula, "formula")
    symbols = {str(s): s for s in (eq.lhs - eq.rhs).free_symbols}
    bound, with_units = _bind_values(values, "values")
    for name in bound:
        if name not in symbols:
            known = ", ".join(sorted(symbols))
            raise CasInputError(f"values.{name}", f"{name!r} does not appear in the formula ({known})")
    missing = sorted(set(symbols) - set(bound))
    if unknown is None:
        if len(missing) != 1:
            raise CasInputError(
                "unknown", f"give values for all variables but one (missing: {', '.join(missing) or 'none'})"
            )
        unknown = missing[0]
    unknown = _symbol_name(unknown, "unknown")
    if unknown not in symbols:
        raise CasInputError("unknown", f"{unknown!r} does not appear in the formula")
    if unknown in bound:
        raise CasInputError("unknown", f"{unknown!r} was also given a value")
    still_missing = [m for m in missing if m != unknown]
    if still_missing:
        raise CasInputError("values", f"missing values for: {', '.join(still_missing)}")

    target = symbols[unknown]
    steps = [f"Formula: {text(eq.lhs)} = {text(eq.rhs)}"]
    if eq.lhs == target and target not in eq.rhs.free_symbols:
        solved = [eq.rhs]
    else:
        try:
            solved = sympy.solve(sympy.Eq(eq.lhs, eq.rhs), target, dict=False)[:MAX_SOLUTIONS]
        except NotImplementedError:
            solved = []
        if not solved:
            raise CasInputError("formula", f"cannot isolate {unknown} in closed form")
        steps.append("Rearranged: " + "; ".join(f"{unknown} = {text(s)}" for s in solved))
    steps.append(f"Given: {_given(values)}")
    zeros = _bare_zeros(values, bound, symbols)
    evaluate = _Evaluator(bound)
    solutions: list[dict[str, Any]] = []
    not_real = 0
    for expression in solved:
        try:
            reduced = expression.subs(zeros)
            if reduced.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
                raise _NotReal()
            q = evaluate(reduced)
        except _NotReal:
            not_real += 1
            continue
        except pint.errors.DimensionalityError as exc:
            raise CasInputError("values", _units_mismatch(exc)) from None
        except ZeroDivisionError:
            not_real += 1
            continue
        magnitude, unit = _display(q) if with_units else (float(q.magnitude), "")
        if not math.isfinite(magnitude):
            not_real += 1
            continue
        solutions.append({"expression": text(expression), "value": magnitude, "unit": unit})
        steps.append(f"{unknown} = {text(expression)} = {magnitude:.6g}{' ' + unit if unit else ''}")
    if not solutions:
        raise CasInputError("values", f"{unknown} has no real value for these inputs")
    if not_real:
        steps.append(f"{not_real} solution(s) without a real value were dropped")
    if not with_units:
        steps.append("No units were given: the result is in the units the inputs were in")
    return {"unknown": unknown, "solutions": solutions, "with_units": with_units, "steps": steps}


def propagate_uncertainty(formula: str, values: dict[str, Any], uncertainties: dict[str, Any]) -> dict[str, Any]:
    """First-order (independent errors) propagation: σ_f² = Σ (∂f/∂x σ_x)²."""
    name = "f"
    if "=" in formula:
        eq = _parse_eq(formula, "formula")
        if not eq.lhs.is_Symbol or eq.lhs in eq.rhs.free_symbols:
            raise CasInputError("formula", "write the formula as 'name = expression' (or just the expression)")
        name, expr = str(eq.lhs), eq.rhs
    else:
        expr = _parse_expr(formula, "formula")
    symbols = {str(s): s for s in expr.free_symbols}
    bound, with_units = _bind_values(values, "values")
    missing = sorted(set(symbols) - set(bound))
    if missing:
        raise CasInputError("values", f"missing values for: {', '.join(missing)}")
    sigmas = _read_uncertainties(uncertainties, bound, set(symbols))
    zeros = _bare_zeros(values, bound, symbols)
    evaluate = _Evaluator(bound)
    try:
        value = evaluate(_finite_or_raise(expr.subs(zeros)))
        terms = []
        for var, sigma in sigmas.items():
            derivative = sympy.diff(expr, symbols[var])
            at_point = _finite_or_raise(derivative.subs(zeros))
            partial = evaluate(at_point) if at_point != 0 else _Q(0.0, value.units / bound[var].units)
            terms.append((var, derivative, abs(partial * sigma)))
        variance = sum((t[2] ** 2 for t in terms[1:]), terms[0][2] ** 2)
    except _NotReal:
        raise CasInputError("values", "the formula has no real value for these inputs") from None
    except pint.errors.DimensionalityError as exc:
        raise CasInputError("values", _units_mismatch(exc)) from None
    except ZeroDivisionError:
        raise CasInputError("values", "the formula divides by zero for these inputs") from None
    f_value, unit = _display(value) if with_units else (float(value.magnitude), "")

    def magnitude(q: pint.Quantity) -> float:
        return float(q.to(_unit_of(value, unit)).magnitude) if with_units else float(q.magnitude)

    sigma_value = magnitude(variance**0.5)
    contributions = [
        {
            "variable": var,
            "partial_derivative": text(derivative),
            "contribution": magnitude(contribution),
            "share": magnitude(contribution) ** 2 / sigma_value**2 if sigma_value else 0.0,
        }
        for var, derivative, contribution in terms
    ]
    u = f" {unit}" if unit else ""
    steps = [
        f"{name} = {text(expr)}",
        f"σ_{name}² = " + " + ".join(f"(∂{name}/∂{t[0]} · σ_{t[0]})²" for t in terms),
    ]
    steps += [
        f"∂{name}/∂{c['variable']} = {c['partial_derivative']}; contribution {c['contribution']:.4g}{u}"
        for c in contributions
    ]
    steps.append(f"{name} = {f_value:.6g} ± {sigma_value:.2g}{u}")
    if f_value:
        steps.append(f"Relative uncertainty: {abs(sigma_value / f_value) * 100:.3g} %")
    return {
        "name": name,
        "value": f_value,
        "uncertainty": sigma_value,
        "relative_uncertainty": abs(sigma_value / f_value) if f_value else None,
        "unit": unit,
        "contributions": contributions,
        "steps": steps,
    }


def _finite_or_raise(expr: sympy.Expr) -> sympy.Expr:
    if expr.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise _NotReal()
    return expr


def _read_uncertainties(
    uncertainties: dict[str, Any], bound: dict[str, pint.Quantity], symbols: set[str]
) -> dict[str, pint.Quantity]:
    """Absolute uncertainties in the unit of their value; "2%" is relative to the value."""
    sigmas: dict[str, pint.Quantity] = {}
    for raw_name, raw in uncertainties.items():
        var = _symbol_name(raw_name, f"uncertainties.{raw_name}")
        where = f"uncertainties.{var}"
        if var not in symbols:
            raise CasInputError(where, f"{var!r} does not appear in the formula")
        if isinstance(raw, str) and raw.strip().endswith("%"):
            try:
                percent = float(raw.strip()[:-1])
            except ValueError:
                raise CasInputError(where, f"cannot read {raw!r} as a percentage") from None
            if not (math.isfinite(percent) and percent >= 0):
                raise CasInputError(where, "a percentage must be finite and >= 0")
            sigma = abs(bound[var]) * (percent / 100)
        else:
            sigma = _quantity(raw, where)
            if sigma.unitless and not bound[var].unitless:
                sigma = _Q(float(sigma.magnitude), bound[var].units)  # a bare number: the value's unit
            if not sigma.is_compatible_with(bound[var]):
                raise CasInputError(
                    where, f"has units {sigma.units:~P}, not those of the value ({bound[var].units:~P})"
                )
            sigma = sigma.to(bound[var].units)
        if sigma.magnitude < 0:
            raise CasInputError(where, "must be >= 0")
        sigmas[var] = sigma
    if not sigmas:
        raise CasInputError("uncertainties", "give the uncertainty of at least one variable")
    return sigmas


def _unit_of(value: pint.Quantity, unit: str) -> Any:
    return unit if unit else value.to_base_units().units


# --------------------------------------------------------------------------- systems and calculus


def solve_linear_system(equations: list[str], variables: list[str]) -> dict[str, Any]:
    eqs = [_parse_eq(e, f"equations[{i}]") for i, e in enumerate(equations)]
    names = [_symbol_name(v, f"variables[{i}]") for i, v in enumerate(variables)]
    if len(set(names)) != len(names):
        raise CasInputError("variables", "each variable may appear only once")
    syms = [sympy.Symbol(n) for n in names]
    exprs = [e.lhs - e.rhs for e in eqs]
    for i, expr in enumerate(exprs):
        if not expr.is_polynomial(*syms) or sympy.Poly(expr, *syms).total_degree() > 1:
            raise CasInputError(f"equations[{i}]", f"is not linear in {', '.join(names)}")
    solution = sympy.linsolve(exprs, syms)
    steps = ["System: " + "; ".join(f"{text(e.lhs)} = {text(e.rhs)}" for e in eqs)]
    if solution == sympy.EmptySet:
        steps.append("The equations contradict each other: no solution")
        return {"status": "none", "solution": {}, "free_variables": [], "steps": steps}
    (values,) = list(solution)
    result = {}
    free = sorted({str(s) for v in values for s in v.free_symbols if s in syms})
    for name, value in zip(names, values, strict=True):
        num = _numeric(value)
        result[name] = {"expression": text(value), "value": num.real if num is not None else None}
        steps.append(f"{name} = {text(value)}")
    status = "unique" if not free else "infinite"
    if free:
        steps.append(f"Infinitely many solutions; free: {', '.join(free)}")
    return {"status": status, "solution": result, "free_variables": free, "steps": steps}


def differentiate(expression: str, variable: str, order: int = 1) -> dict[str, Any]:
    expr = _parse_expr(expression, "expression")
    name = _symbol_name(variable, "variable")
    var = sympy.Symbol(name)
    result = sympy.simplify(sympy.diff(expr, var, order))
    mark = "'" * order if order <= 3 else f"^({order})"
    return {
        "result": text(result),
        "latex": sympy.latex(result),
        "steps": [f"f({name}) = {text(expr)}", f"f{mark}({name}) = {text(result)}"],
    }


def integrate(expression: str, variable: str, lower: str | None = None, upper: str | None = None) -> dict[str, Any]:
    expr = _parse_expr(expression, "expression")
    name = _symbol_name(variable, "variable")
    var = sympy.Symbol(name)
    if (lower is None) != (upper is None):
        raise CasInputError("lower" if lower is None else "upper", "give both limits or neither")
    if lower is None:
        antiderivative = sympy.integrate(expr, var)
        if antiderivative.has(sympy.Integral):
            raise CasInputError("expression", "no closed-form antiderivative was found")
        return {
            "result": text(antiderivative),
            "latex": sympy.latex(antiderivative),
            "numeric_value": None,
            "steps": [f"∫ {text(expr)} d{name} = {text(antiderivative)} + C"],
        }
    lo = _parse_expr(lower, "lower")
    hi = _parse_expr(upper or "", "upper")
    definite = sympy.integrate(expr, (var, lo, hi))
    value = None
    if definite.has(sympy.Integral):
        numeric = sympy.Integral(expr, (var, lo, hi)).evalf(15)
        if numeric.is_number:
            value = float(numeric)
        definite = numeric
    else:
        num = _numeric(definite)
        value = num.real if num is not None and abs(num.imag) < 1e-12 else None
    return {
        "result": text(definite),
        "latex": sympy.latex(definite),
        "numeric_value": value,
        "steps": [f"∫ from {text(lo)} to {text(hi)} of {text(expr)} d{name} = {text(definite)}"]
        + ([f"≈ {value:.10g}"] if value is not None else []),
    }


OPERATIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "simplify": simplify,
    "solve_for": solve_for,
    "solve_formula": solve_formula,
    "propagate_uncertainty": propagate_uncertainty,
    "solve_linear_system": solve_linear_system,
    "differentiate": differentiate,
    "integrate": integrate,
}
