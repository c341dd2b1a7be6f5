"""Linear and quadratic equations: numerically stable roots plus exact forms when the
coefficients are short decimals (so 1, -3, 2 gives "x = 1, x = 2" and "(x - 2)(x - 1)")."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import sympy

# Exact forms are attempted only for coefficients with at most this many significant digits and
# a moderate size (beyond that they are unreadable and the floating-point roots are the answer).
EXACT_MAX_DIGITS = 12
EXACT_RANGE = (1e-6, 1e9)
EXACT_MAX_TEXT = 160


@dataclass(frozen=True)
class QuadraticSolution:
    discriminant: float
    nature: str  # "two real roots" | "one repeated real root" | "two complex conjugate roots"
    roots: list[complex]
    vertex: tuple[float, float]
    exact_roots: list[str] = field(default_factory=list)
    factored_form: str | None = None


def _exact(value: float) -> sympy.Rational | None:
    if value != 0 and not EXACT_RANGE[0] <= abs(value) <= EXACT_RANGE[1]:
        return None
    text = repr(float(value))
    if "e" in text or "inf" in text or "nan" in text:
        text = f"{value:.{EXACT_MAX_DIGITS}g}"
        if float(text) != value:
            return None
    digits = text.replace("-", "").replace(".", "").lstrip("0").split("e")[0]
    if len(digits) > EXACT_MAX_DIGITS:
        return None
    return sympy.Rational(text)


def quadratic_roots(a: float, b: float, c: float) -> tuple[float, list[complex]]:
    """Roots of a x² + b x + c = 0 (a ≠ 0) without catastrophic cancellation."""
    if a == 0:
        raise ValueError("a must not be 0 for a quadratic")
    # Scale to avoid overflow in b² for huge coefficients.
    scale = max(abs(a), abs(b), abs(c))
    sa, sb, sc = a / scale, b / scale, c / scale
    disc_scaled = sb * sb - 4 * sa * sc
    discriminant = b * b - 4 * a * c
    if not math.isfinite(discriminant):
        discriminant = disc_scaled * scale * scale
    if disc_scaled > 0:
        q = -0.5 * (sb + math.copysign(math.sqrt(disc_scaled), sb))
        r1 = q / sa
        r2 = sc / q if q != 0 else -r1
        roots = sorted([r1, r2])
        return discriminant, [complex(roots[0]), complex(roots[1])]
    if disc_scaled == 0:
        root = -sb / (2 * sa)
        return discriminant, [complex(root), complex(root)]
    real = -sb / (2 * sa)
    imag = math.sqrt(-disc_scaled) / (2 * abs(sa))
    return discriminant, [complex(real, -imag), complex(real, imag)]


def solve_quadratic(a: float, b: float, c: float, variable: str = "x") -> QuadraticSolution:
    discriminant, roots = quadratic_roots(a, b, c)
    if discriminant > 0 and roots[0] != roots[1]:
        nature = "two real roots"
    elif discriminant == 0 or roots[0] == roots[1]:
        nature = "one repeated real root"
    else:
        nature = "two complex conjugate roots"
    h = -b / (2 * a)
    k = c - b * b / (4 * a)
    exact: list[str] = []
    factored = None
    ea, eb, ec = _exact(a), _exact(b), _exact(c)
    if ea is not None and eb is not None and ec is not None:
        x = sympy.Symbol(variable)
        poly = ea * x**2 + eb * x + ec
        sym_roots = sympy.roots(sympy.Poly(poly, x))
        ordered = sorted(
            (r for r, mult in sym_roots.items() for _ in range(mult)),
            key=lambda r: (float(sympy.re(r)), float(sympy.im(r))),
        )
        exact = [_show(r) for r in ordered]
        if all(r.is_rational for r in ordered):
            factored = _show(sympy.factor(poly))
        else:
            # Irreducible over the rationals: a (x - r1)(x - r2) with the exact roots.
            factors = sympy.Mul(*(x - r for r in ordered), evaluate=False)
            factored = _show(factors) if ea == 1 else f"{_show(ea)}*{_show(factors)}"
        if len(factored) > EXACT_MAX_TEXT or any(len(e) > EXACT_MAX_TEXT for e in exact):
            exact, factored = [], None
        else:
            # The exact roots evaluated at full precision beat the floating-point formula.
            roots = [complex(sympy.N(r, 20)) for r in ordered]
    return QuadraticSolution(discriminant, nature, roots, (h, k), exact, factored)


def _show(expr: sympy.Expr) -> str:
    return str(expr).replace("**", "^").replace("I", "i").replace("*i", "i")


@dataclass(frozen=True)
class LinearSolution:
    status: str  # "unique" | "none" | "infinite"
    value: float | None


def solve_linear(a: float, b: float, c: float = 0.0) -> LinearSolution:
    """a x + b = c."""
    if a == 0:
        return LinearSolution("infinite" if b == c else "none", None)
    return LinearSolution("unique", (c - b) / a)
