"""Math topic: equations, trigonometry, triangles, logarithms, a real CAS (simplify, solve any
formula for any variable, evaluate a physics formula with units, calculus), statistics with
uncertainties, significant figures and unit conversion.

CAS work (sympy) runs in worker processes with a hard time limit (see physics/maths/sandbox.py);
expressions are parsed by a whitelist parser that never calls eval (physics/maths/parsing.py).
Angles follow the toolkit: a bare number is radians, a string may say "30 deg".
"""

from __future__ import annotations

import logging
import math
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

import pint
from pydantic import AfterValidator, BaseModel, Field

from physics_assistant.mcp_servers.toolkit import (
    MAX_ARRAY_LENGTH,
    Angle,
    FiniteFloat,
    ToolInputError,
    ToolResult,
    ToolSet,
    float_array,
    quantity,
)
from physics_assistant.physics import units as units_mod
from physics_assistant.physics.maths import algebra, logarithms, sigfigs, statistics, triangle, trigonometry
from physics_assistant.physics.maths.sandbox import CasError, CasFailure, CasTimeout, default_sandbox

TOOLS = ToolSet("math", title="Mathematics")
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    SideLength = float
else:
    SideLength = quantity("length", "side length", positive=True)

MAX_EXPRESSION = 500
MAX_VARIABLES = 20
MAX_EQUATIONS = 10

Expression = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_EXPRESSION,
        description="maths as typed: + - * / ^ ( ); implicit products like 2x; functions sin cos tan "
        "asin acos atan sqrt exp ln log(x, base) abs ...; constants pi and e; every other name is a variable",
    ),
]
Equation = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_EXPRESSION,
        description='an equation "lhs = rhs" (a bare expression means "= 0"); same syntax as expressions',
    ),
]
VariableName = Annotated[
    str, Field(min_length=1, max_length=30, pattern=r"^[A-Za-z][A-Za-z0-9_]*$", description="a variable name")
]
QuantityValue = float | Annotated[str, Field(max_length=100)]
QuantityMap = Annotated[
    dict[str, QuantityValue],
    Field(
        max_length=MAX_VARIABLES,
        description='variable -> value: a number, or a string with units such as "5 m/s" '
        "(a bare number is dimensionless when other values carry units)",
    ),
]

_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _g(value: float) -> str:
    return f"{value:.6g}"


def _signed(value: float) -> str:
    return f"({value:.6g})" if value < 0 else f"{value:.6g}"


def _cas(operation: str, main_parameter: str, **kwargs: Any) -> Any:
    """Run a CAS operation in the sandbox; its input errors keep the parameter they name."""
    sandbox = default_sandbox()
    timeout = sandbox.limits.timeout_s
    try:
        return sandbox.call(operation, timeout_s=timeout, **kwargs)
    except CasTimeout:
        raise ToolInputError(
            main_parameter, f"the computer algebra did not finish within {timeout:g} s; simplify the input"
        ) from None
    except CasError as exc:
        match = re.match(r"^parameter '([^']+)': (.*)$", str(exc), re.S)
        if match:
            raise ToolInputError(match.group(1), match.group(2)) from None
        raise ToolInputError(main_parameter, str(exc)) from None
    except CasFailure as exc:
        # sympy failing inside (or a worker killed for memory) is the input's doing far more often
        # than ours; say so, and keep the details in the log.
        log.warning("CAS failure", extra={"operation": operation, "error": str(exc)})
        raise ToolInputError(
            main_parameter, "the computer algebra failed on this input (too large or unsupported); simplify it"
        ) from None


def warm_up() -> None:
    """Start the CAS workers (sympy import) before the first request needs them."""
    default_sandbox().warm_up()


# --------------------------------------------------------------------------- equations


class ComplexNumber(BaseModel):
    re: float = Field(description="real part")
    im: float = Field(description="imaginary part")


class QuadraticResult(ToolResult):
    discriminant: float
    nature: str = Field(description="two real roots | one repeated real root | two complex conjugate roots")
    roots: list[ComplexNumber] = Field(description="both roots (a repeated root appears twice), ascending")
    real_roots: list[float] = Field(description="the real roots, ascending (empty when complex)")
    nonnegative_roots: list[float] = Field(description="real roots >= 0 (e.g. the times that make sense)")
    exact_roots: list[str] = Field(description="exact forms when the coefficients are short decimals")
    factored_form: str | None = Field(description="a(x - r1)(x - r2), exact when possible")
    vertex_x: float
    vertex_y: float


@TOOLS.tool(title="Quadratic equation")
def solve_quadratic(
    a: FiniteFloat,
    b: FiniteFloat,
    c: FiniteFloat,
    variable: VariableName = "x",
) -> QuadraticResult:
    """Solve a·x² + b·x + c = 0: discriminant, both roots (complex ones too), exact forms, the
    factored form and the vertex. Both roots are always returned, e.g. both times at which a
    projectile passes a height."""
    if a == 0:
        raise ToolInputError("a", "must not be 0 (with a = 0 the equation is linear: use solve_linear)")
    try:
        sol = algebra.solve_quadratic(a, b, c, variable)
    except OverflowError:
        sol = None
    if sol is None or not all(math.isfinite(v) for v in (sol.discriminant, *sol.vertex)):
        largest = max(("a", a), ("b", b), ("c", c), key=lambda kv: abs(kv[1]))[0]
        raise ToolInputError(largest, "coefficients this large overflow the discriminant; rescale the equation")
    x = variable
    real = [r.real for r in sol.roots if r.imag == 0]
    steps = [
        f"{_g(a)}{x}² + {_signed(b)}{x} + {_signed(c)} = 0",
        f"Discriminant D = b² - 4ac = {_signed(b)}² - 4·{_signed(a)}·{_signed(c)} = {_g(sol.discriminant)}",
    ]
    if sol.nature == "two complex conjugate roots":
        steps.append(f"D < 0: {sol.nature}, {x} = -b/(2a) ± i·√(-D)/(2a)")
    elif sol.nature == "one repeated real root":
        steps.append(f"D = 0: {sol.nature}, {x} = -b/(2a)")
    else:
        steps.append(f"D > 0: {sol.nature}, {x} = (-b ± √D)/(2a)")
    shown = sol.exact_roots or [_show_complex(r) for r in sol.roots]
    approx = [_show_complex(r) for r in sol.roots]
    for i, (exact, number) in enumerate(zip(shown, approx, strict=True), 1):
        steps.append(f"{x}{i} = {exact}" + (f" ≈ {number}" if exact != number else ""))
    if sol.factored_form:
        steps.append(f"Factored: {sol.factored_form}")
    return QuadraticResult(
        discriminant=sol.discriminant,
        nature=sol.nature,
        roots=[ComplexNumber(re=r.real, im=r.imag) for r in sol.roots],
        real_roots=real,
        nonnegative_roots=[r for r in real if r >= 0],
        exact_roots=sol.exact_roots,
        factored_form=sol.factored_form,
        vertex_x=sol.vertex[0],
        vertex_y=sol.vertex[1],
        steps=steps,
    )


def _show_complex(z: complex) -> str:
    z = complex(z.real + 0.0, z.imag + 0.0)  # no "-0"
    if z.imag == 0:
        return _g(z.real)
    sign = "+" if z.imag > 0 else "-"
    return f"{_g(z.real)} {sign} {_g(abs(z.imag))}i"


class LinearResult(ToolResult):
    status: Literal["unique", "none", "infinite"] = Field(description="how many solutions")
    x: float | None = Field(description="the solution when it is unique")


@TOOLS.tool(title="Linear equation")
def solve_linear(a: FiniteFloat, b: FiniteFloat, c: FiniteFloat = 0.0) -> LinearResult:
    """Solve a·x + b = c for x (with a = 0: no solution, or every x)."""
    sol = algebra.solve_linear(a, b, c)
    steps = [f"{_g(a)}x + {_signed(b)} = {_g(c)}"]
    if sol.status == "unique":
        assert sol.value is not None
        if not math.isfinite(sol.value):
            raise ToolInputError("a", "is too small: the solution overflows")
        steps += [
            f"{_g(a)}x = {_g(c)} - {_signed(b)} = {_g(c - b)}",
            f"x = {_g(c - b)} / {_signed(a)} = {_g(sol.value)}",
        ]
    elif sol.status == "none":
        steps.append(f"a = 0 and b ≠ c: {_g(b)} = {_g(c)} is false for every x, so there is no solution")
    else:
        steps.append("a = 0 and b = c: the equation holds for every x")
    return LinearResult(status=sol.status, x=sol.value, steps=steps)  # type: ignore[arg-type]


class ExponentialResult(ToolResult):
    x: float


@TOOLS.tool(title="Exponential equation")
def solve_exponential(base: FiniteFloat, result: FiniteFloat, coefficient: FiniteFloat = 1.0) -> ExponentialResult:
    """Solve coefficient·base^x = result for x with logarithms (e.g. 2^x = 32, 100·1.05^x = 200)."""
    try:
        x = logarithms.solve_exponential(coefficient, base, result)
    except ValueError as exc:
        name, _, problem = str(exc).partition(": ")
        raise ToolInputError(name, problem) from None
    ratio = result / coefficient
    steps = [
        f"{_g(coefficient)}·{_g(base)}^x = {_g(result)}",
        f"{_g(base)}^x = {_g(result)}/{_signed(coefficient)} = {_g(ratio)}",
        f"x = ln({_g(ratio)}) / ln({_g(base)}) = {_g(math.log(ratio))} / {_g(math.log(base))} = {_g(x)}",
    ]
    return ExponentialResult(x=x, steps=steps)


def _log_base(base: float | str) -> float | str:
    if base != "e" and not (isinstance(base, float | int) and math.isfinite(base) and base > 0 and base != 1):
        raise ValueError(f'must be a finite number > 0 and not 1 (or "e"), got {base}')
    return base


class LogarithmResult(ToolResult):
    value: float = Field(description="log_base(x)")
    natural_log: float = Field(description="ln(x)")
    log10: float = Field(description="log10(x)")
    base: float


@TOOLS.tool(title="Logarithm")
def logarithm(
    x: Annotated[float, Field(gt=0, description="the argument, > 0")],
    base: Annotated[
        float | Literal["e"], Field(description='base > 0 and ≠ 1, or "e"'), AfterValidator(_log_base)
    ] = 10.0,
) -> LogarithmResult:
    """log_base(x) by the change-of-base rule, with ln(x) and log10(x) alongside."""
    if not math.isfinite(x):
        raise ToolInputError("x", "must be a finite number")
    b = math.e if base == "e" else float(base)
    value = logarithms.logarithm(x, b)
    name = "ln" if base == "e" else f"log_{_g(b)}"
    steps = [
        f"{name}({_g(x)}) = ln({_g(x)}) / ln({_g(b)})",
        f"= {_g(math.log(x))} / {_g(math.log(b))} = {_g(value)}",
        f"Check: {_g(b)}^{_g(value)} = {_g(b**value)}",
    ]
    return LogarithmResult(value=value, natural_log=math.log(x), log10=math.log10(x), base=b, steps=steps)


# --------------------------------------------------------------------------- trigonometry


class TrigResult(ToolResult):
    angle_rad: float
    angle_deg: float
    normalized_deg: float = Field(description="the angle in [0, 360)")
    quadrant: str
    reference_angle_deg: float
    sin: float
    cos: float
    tan: float | None = Field(description="null where undefined (cos = 0)")
    csc: float | None
    sec: float | None
    cot: float | None
    exact: dict[str, str] | None = Field(description="exact values for multiples of 15°")


@TOOLS.tool(title="Trigonometric functions")
def trigonometric_values(angle: Angle) -> TrigResult:
    """sin, cos, tan, csc, sec and cot of an angle (number = radians, or "30 deg"), with the
    quadrant, the reference angle and exact values for standard angles."""
    if abs(angle) > 1e9:
        raise ToolInputError("angle", "is too large to reduce accurately (|angle| must be < 1e9 rad)")
    values = trigonometry.trig_values(angle)
    degrees = math.degrees(angle)
    undefined = [n for n in ("tan", "csc", "sec", "cot") if getattr(values, n) is None]
    steps = [f"θ = {_g(angle)} rad = {_g(degrees)}° (quadrant {trigonometry.quadrant(degrees)})"]
    for name in ("sin", "cos", "tan", "csc", "sec", "cot"):
        number = getattr(values, name)
        exact = values.exact.get(name) if values.exact else None
        text = "undefined" if number is None else _g(number)
        if exact and exact not in ("undefined", text):
            text = f"{exact} ≈ {text}"
        steps.append(f"{name} θ = {text}")
    if undefined:
        steps.append(f"Undefined here: {', '.join(undefined)} (division by zero)")
    return TrigResult(
        angle_rad=angle,
        angle_deg=degrees,
        normalized_deg=trigonometry.normalise_degrees(degrees),
        quadrant=trigonometry.quadrant(degrees),
        reference_angle_deg=trigonometry.reference_angle_deg(degrees),
        sin=values.sin,
        cos=values.cos,
        tan=values.tan,
        csc=values.csc,
        sec=values.sec,
        cot=values.cot,
        exact=values.exact,
        units={"angle_rad": "rad", "angle_deg": "deg", "normalized_deg": "deg", "reference_angle_deg": "deg"},
        steps=steps,
    )


class InverseTrigResult(ToolResult):
    principal_rad: float
    principal_deg: float
    solutions_deg: list[float] = Field(description="every angle in [0°, 360°) with this value")
    solutions_rad: list[float]


@TOOLS.tool(title="Inverse trigonometric functions")
def inverse_trigonometric(
    function: Literal["asin", "acos", "atan", "acsc", "asec", "acot"],
    value: FiniteFloat,
) -> InverseTrigResult:
    """The angle whose sine/cosine/tangent/... is `value`: the principal value in degrees and
    radians, and every solution in one turn (sin θ = 0.5 → 30° and 150°)."""
    try:
        result = trigonometry.inverse_trig(function, value)
    except ValueError as exc:
        raise ToolInputError("value", str(exc)) from None
    direct = function[1:]
    steps = [
        f"θ = {function}({_g(value)}) = {_g(result.principal_deg)}° = {_g(result.principal_rad)} rad (principal value)",
        f"All θ in [0°, 360°) with {direct} θ = {_g(value)}: " + ", ".join(f"{_g(s)}°" for s in result.solutions_deg),
    ]
    return InverseTrigResult(
        principal_rad=result.principal_rad,
        principal_deg=result.principal_deg,
        solutions_deg=result.solutions_deg,
        solutions_rad=[math.radians(s) for s in result.solutions_deg],
        units={"principal_rad": "rad", "principal_deg": "deg", "solutions_deg": "deg", "solutions_rad": "rad"},
        steps=steps,
    )


class UnitCircleResult(ToolResult):
    angle_deg: float
    angle_rad_exact: str = Field(description='the angle as a multiple of pi, e.g. "pi/6"')
    x: str = Field(description="exact cos θ (the x coordinate)")
    y: str = Field(description="exact sin θ (the y coordinate)")
    tan: str
    csc: str
    sec: str
    cot: str
    x_value: float
    y_value: float
    quadrant: str
    reference_angle_deg: float


@TOOLS.tool(title="Unit circle exact values")
def unit_circle(angle: Angle) -> UnitCircleResult:
    """Exact unit-circle point (cos θ, sin θ) and exact tan, csc, sec, cot for a standard angle
    (a multiple of 15° = π/12), e.g. 30° → (√3/2, 1/2)."""
    degrees = math.degrees(angle)
    k = trigonometry.standard_multiple(degrees)
    if k is None:
        raise ToolInputError(
            "angle", f"{_g(degrees)}° is not a multiple of 15°; use trigonometric_values for decimal values"
        )
    exact = trigonometry.exact_values(k)
    values = trigonometry.trig_values(math.radians(15.0 * k))
    normalized = trigonometry.normalise_degrees(15.0 * k)
    reference = trigonometry.reference_angle_deg(normalized)
    steps = [
        f"θ = {_g(degrees)}° = {exact['angle_rad']} rad; reference angle {_g(reference)}°,"
        f" quadrant {trigonometry.quadrant(normalized)}",
        f"Point on the unit circle: (cos θ, sin θ) = ({exact['cos']}, {exact['sin']})",
        f"tan θ = {exact['tan']}, csc θ = {exact['csc']}, sec θ = {exact['sec']}, cot θ = {exact['cot']}",
    ]
    return UnitCircleResult(
        angle_deg=degrees,
        angle_rad_exact=exact["angle_rad"],
        x=exact["cos"],
        y=exact["sin"],
        tan=exact["tan"],
        csc=exact["csc"],
        sec=exact["sec"],
        cot=exact["cot"],
        x_value=values.cos,
        y_value=values.sin,
        quadrant=trigonometry.quadrant(normalized),
        reference_angle_deg=reference,
        units={"angle_deg": "deg", "reference_angle_deg": "deg"},
        steps=steps,
    )


class SolvedTriangle(BaseModel):
    a: float
    b: float
    c: float
    A: float = Field(description="angle opposite a, rad")
    B: float = Field(description="angle opposite b, rad")
    C: float = Field(description="angle opposite c, rad")
    A_deg: float
    B_deg: float
    C_deg: float
    area: float
    perimeter: float


# Bare-number sides keep whatever unit they were in; sides given with units are in metres.
_TRIANGLE_UNITS = {
    **{f"triangles.{side}": "m" for side in ("a", "b", "c", "perimeter")},
    **{f"triangles.{angle}": "rad" for angle in ("A", "B", "C")},
    **{f"triangles.{angle}_deg": "deg" for angle in ("A", "B", "C")},
    "triangles.area": "m^2",
}


class TriangleResult(ToolResult):
    case: Literal["SSS", "SAS", "ASA", "AAS", "SSA"]
    count: int = Field(description="number of triangles that fit (the SSA case can give 0, 1 or 2)")
    triangles: list[SolvedTriangle]


@TOOLS.tool(title="Triangle solver")
def solve_triangle(
    a: SideLength | None = None,
    b: SideLength | None = None,
    c: SideLength | None = None,
    A: Angle | None = None,  # - the textbook names
    B: Angle | None = None,
    C: Angle | None = None,
) -> TriangleResult:
    """Solve a triangle from exactly three of sides a, b, c and opposite angles A, B, C
    (SSS, SAS, ASA, AAS, and the ambiguous SSA case with 0, 1 or 2 triangles) by the laws of
    sines and cosines. Angles: number = radians or "40 deg"."""
    known = {k: v for k, v in {"a": a, "b": b, "c": c, "A": A, "B": B, "C": C}.items() if v is not None}
    try:
        case, triangles = triangle.solve(known)
    except triangle.TriangleError as exc:
        raise ToolInputError(exc.parameter, str(exc).split(": ", 1)[1]) from None
    given = ", ".join(f"{k} = {_g(math.degrees(v))}°" if k.isupper() else f"{k} = {_g(v)}" for k, v in known.items())
    steps = [f"Given {given}: case {case}"]
    law = {
        "SSS": "law of cosines for each angle: cos A = (b² + c² - a²)/(2bc)",
        "SAS": "law of cosines for the third side: c² = a² + b² - 2ab cos C, then the angles",
        "ASA": "angles sum to 180°, then the law of sines: a/sin A = b/sin B = c/sin C",
        "AAS": "angles sum to 180°, then the law of sines: a/sin A = b/sin B = c/sin C",
        "SSA": "law of sines for the second angle; sin gives two candidates (θ and 180° - θ): the ambiguous case",
    }[case]
    steps.append(f"Method: {law}")
    if not triangles:
        steps.append("No triangle fits: the side opposite the given angle is too short to reach the base")
    for i, t in enumerate(triangles, 1):
        label = f"Triangle {i}: " if len(triangles) > 1 else ""
        steps.append(
            f"{label}a = {_g(t.a)}, b = {_g(t.b)}, c = {_g(t.c)}, A = {_g(math.degrees(t.A))}°, "
            f"B = {_g(math.degrees(t.B))}°, C = {_g(math.degrees(t.C))}°; area = {_g(t.area)}"
        )
    return TriangleResult(
        case=case,  # type: ignore[arg-type]
        count=len(triangles),
        triangles=[
            SolvedTriangle(
                a=t.a,
                b=t.b,
                c=t.c,
                A=t.A,
                B=t.B,
                C=t.C,
                A_deg=math.degrees(t.A),
                B_deg=math.degrees(t.B),
                C_deg=math.degrees(t.C),
                area=t.area,
                perimeter=t.perimeter,
            )
            for t in triangles
        ],
        units=_TRIANGLE_UNITS,
        steps=steps,
    )


# --------------------------------------------------------------------------- computer algebra


class SimplifyResult(ToolResult):
    input: str = Field(description="the expression as read")
    result: str = Field(description="the transformed expression (same syntax as the input)")
    latex: str
    variables: list[str]
    numeric_value: float | None = Field(description="the value when no variables remain")


@TOOLS.tool(title="Simplify an expression (CAS)", blocking=True)
def simplify_expression(
    expression: Expression,
    mode: Literal[
        "simplify", "expand", "factor", "trig", "combine_fractions", "cancel", "partial_fractions", "expand_log"
    ] = "simplify",
) -> SimplifyResult:
    """Simplify, expand, factor, combine fractions, split partial fractions or simplify
    trigonometric terms of any expression with the sympy computer algebra system."""
    out = _cas("simplify", "expression", expression=expression, mode=mode)
    return SimplifyResult(**out)


class SolutionExpression(BaseModel):
    expression: str
    latex: str
    value: float | None = Field(description="numeric value when the solution is a real number")
    is_real: bool
    imag: float = Field(description="imaginary part of a complex numeric solution, else 0")


class SolveForResult(ToolResult):
    variable: str
    solutions: list[SolutionExpression]
    method: Literal["symbolic", "numeric", "none"]
    other_variables: list[str]


@TOOLS.tool(title="Solve an equation for a variable (CAS)", blocking=True)
def solve_for_variable(equation: Equation, variable: VariableName) -> SolveForResult:
    """Rearrange any equation or formula for the chosen variable with sympy ("v^2 = u^2 + 2 a s"
    for s, "E = 1/2 m v^2" for v: both signs). Equations in one variable that have no closed
    form are solved numerically (real roots)."""
    return SolveForResult(**_cas("solve_for", "equation", equation=equation, variable=variable))


class FormulaSolution(BaseModel):
    expression: str = Field(description="the unknown in terms of the others")
    value: float = Field(description="SI value")
    unit: str = Field(description="SI unit ('' when dimensionless or when no units were given)")


class FormulaResult(ToolResult):
    unknown: str
    value: float = Field(description="the first solution (the non-negative one when there are several)")
    unit: str
    solutions: list[FormulaSolution]
    with_units: bool = Field(description="whether units were given (and checked)")


@TOOLS.tool(title="Physics formula solver (CAS, with units)", blocking=True)
def solve_formula(
    formula: Equation,
    values: QuantityMap,
    unknown: VariableName | None = None,
) -> FormulaResult:
    """Solve any formula for its unknown and evaluate it with units: formula "v = u + a t",
    values {"u": "5 m/s", "a": "2 m/s^2", "t": "3 s"} → v = 11 m/s. The unknown defaults to the
    one variable without a value. Units are checked: mismatched dimensions are an error."""
    out = _cas("solve_formula", "formula", formula=formula, values=dict(values), unknown=unknown)
    solutions = [FormulaSolution(**s) for s in out["solutions"]]
    preferred = next((s for s in solutions if s.value >= 0), solutions[0])
    return FormulaResult(
        unknown=out["unknown"],
        value=preferred.value,
        unit=preferred.unit,
        solutions=solutions,
        with_units=out["with_units"],
        units={"value": preferred.unit},
        steps=out["steps"],
    )


class SystemSolution(BaseModel):
    expression: str
    value: float | None


class LinearSystemResult(ToolResult):
    status: Literal["unique", "infinite", "none"]
    solution: dict[str, SystemSolution]
    free_variables: list[str]


@TOOLS.tool(title="System of linear equations (CAS)", blocking=True)
def solve_linear_system(
    equations: Annotated[list[Equation], Field(min_length=1, max_length=MAX_EQUATIONS)],
    variables: Annotated[list[VariableName], Field(min_length=1, max_length=MAX_EQUATIONS)],
) -> LinearSystemResult:
    """Solve simultaneous linear equations ("x + y = 3", "x - y = 1") for the listed variables:
    a unique solution, infinitely many (with free variables), or none."""
    out = _cas("solve_linear_system", "equations", equations=list(equations), variables=list(variables))
    return LinearSystemResult(**out)


class CalculusResult(ToolResult):
    result: str
    latex: str
    numeric_value: float | None = None


@TOOLS.tool(title="Derivative (CAS)", blocking=True)
def differentiate(
    expression: Expression,
    variable: VariableName = "x",
    order: Annotated[int, Field(ge=1, le=10, description="how many times to differentiate")] = 1,
) -> CalculusResult:
    """Derivative of an expression with respect to a variable (e.g. x(t) → v(t) → a(t))."""
    return CalculusResult(**_cas("differentiate", "expression", expression=expression, variable=variable, order=order))


@TOOLS.tool(title="Integral (CAS)", blocking=True)
def integrate(
    expression: Expression,
    variable: VariableName = "x",
    lower: Annotated[
        str | None, Field(max_length=100, description="lower limit (expression) for a definite integral")
    ] = None,
    upper: Annotated[str | None, Field(max_length=100, description="upper limit (expression)")] = None,
) -> CalculusResult:
    """Antiderivative, or a definite integral between two limits (exact when possible, else
    numeric), e.g. the area under a v(t) graph."""
    return CalculusResult(
        **_cas("integrate", "expression", expression=expression, variable=variable, lower=lower, upper=upper)
    )


# --------------------------------------------------------------------------- statistics

if TYPE_CHECKING:
    Values = list[float]
    Uncertainties = list[float]
else:
    Values = float_array("data values", max_length=MAX_ARRAY_LENGTH)
    Uncertainties = float_array("absolute uncertainty (standard deviation) of each value, > 0")


class DescriptiveResult(ToolResult):
    n: int
    mean: float
    median: float
    modes: list[float] = Field(description="most frequent values (empty when every value occurs once)")
    minimum: float
    maximum: float
    range: float
    sample_std: float | None = Field(description="standard deviation with n - 1 (null for one value)")
    population_std: float
    sample_variance: float | None
    population_variance: float
    standard_error: float | None = Field(description="standard error of the mean, s/√n")
    q1: float
    q3: float
    iqr: float


@TOOLS.tool(title="Descriptive statistics")
def descriptive_statistics(values: Values) -> DescriptiveResult:
    """Mean, median, mode, range, quartiles, sample and population standard deviation and the
    standard error of the mean of a list of measurements."""
    d = statistics.descriptive(values)
    steps = [
        f"n = {d.n}, mean = Σx/n = {_g(sum(values))}/{d.n} = {_g(d.mean)}",
        f"median = {_g(d.median)}; min = {_g(d.minimum)}, max = {_g(d.maximum)}, range = {_g(d.range)}",
    ]
    if d.sample_std is not None and d.standard_error is not None:
        steps += [
            f"sample s = √(Σ(x - mean)²/(n - 1)) = {_g(d.sample_std)}; population σ = {_g(d.population_std)}",
            f"standard error of the mean = s/√n = {_g(d.sample_std)}/√{d.n} = {_g(d.standard_error)}",
            f"Result: {_g(d.mean)} ± {_g(d.standard_error)} (mean ± standard error)",
        ]
    return DescriptiveResult(**d.__dict__, steps=steps)


class RegressionResult(ToolResult):
    n: int
    slope: float
    intercept: float
    slope_uncertainty: float
    intercept_uncertainty: float
    r: float = Field(description="correlation coefficient")
    r_squared: float
    residual_std: float
    chi_squared: float | None = Field(description="χ² (only with y uncertainties)")
    reduced_chi_squared: float | None
    weighted: bool


@TOOLS.tool(title="Linear regression with uncertainties")
def linear_regression(
    x: Values,
    y: Values,
    y_uncertainties: Uncertainties | None = None,
) -> RegressionResult:
    """Least-squares line y = slope·x + intercept with the uncertainties of slope and intercept,
    r and r². With y uncertainties the fit is weighted (1/σ²) and χ² is reported."""
    try:
        reg = statistics.linear_regression(x, y, y_uncertainties)
    except ValueError as exc:
        name, _, problem = str(exc).partition(": ")
        raise ToolInputError(name, problem) from None
    steps = [
        f"{'Weighted' if reg.weighted else 'Ordinary'} least squares on {reg.n} points",
        f"slope = {_g(reg.slope)} ± {_g(reg.slope_uncertainty)}",
        f"intercept = {_g(reg.intercept)} ± {_g(reg.intercept_uncertainty)}",
        f"r = {_g(reg.r)}, r² = {_g(reg.r_squared)}",
    ]
    if reg.reduced_chi_squared is not None:
        steps.append(
            f"χ² = {_g(reg.chi_squared or 0)}, reduced χ² = {_g(reg.reduced_chi_squared)} (≈ 1 for a good fit)"
        )
    return RegressionResult(**reg.__dict__, steps=steps)


class Contribution(BaseModel):
    variable: str
    partial_derivative: str
    contribution: float = Field(description="|∂f/∂x|·σ_x in the result's unit")
    share: float = Field(description="fraction of the total variance from this variable")


class PropagationResult(ToolResult):
    name: str
    value: float
    uncertainty: float
    relative_uncertainty: float | None
    unit: str
    contributions: list[Contribution]


@TOOLS.tool(title="Propagation of uncertainty (CAS)", blocking=True)
def propagate_uncertainty(
    formula: Annotated[
        str, Field(min_length=1, max_length=MAX_EXPRESSION, description='"g = 4 pi^2 L / T^2" or just the expression')
    ],
    values: QuantityMap,
    uncertainties: Annotated[
        dict[str, QuantityValue],
        Field(
            max_length=MAX_VARIABLES, description='variable -> absolute uncertainty ("0.01 m", 0.02) or relative ("2%")'
        ),
    ],
) -> PropagationResult:
    """Uncertainty of a computed quantity from the uncertainties of its inputs (independent
    errors, first order): σ_f² = Σ (∂f/∂x · σ_x)², with each variable's share. Units allowed."""
    out = _cas(
        "propagate_uncertainty", "formula", formula=formula, values=dict(values), uncertainties=dict(uncertainties)
    )
    return PropagationResult(
        **{k: v for k, v in out.items() if k != "contributions"},
        contributions=[Contribution(**c) for c in out["contributions"]],
        units={"value": out["unit"], "uncertainty": out["unit"]},
    )


class WeightedMeanResult(ToolResult):
    mean: float
    uncertainty: float


@TOOLS.tool(title="Weighted mean")
def weighted_mean(values: Values, uncertainties: Uncertainties) -> WeightedMeanResult:
    """Inverse-variance weighted mean of measurements with different uncertainties, and its
    uncertainty 1/√(Σ 1/σ²)."""
    try:
        mean, sigma = statistics.weighted_mean(values, uncertainties)
    except ValueError as exc:
        name, _, problem = str(exc).partition(": ")
        raise ToolInputError(name, problem) from None
    steps = [
        "weights w = 1/σ²; mean = Σ w x / Σ w; σ_mean = 1/√(Σ w)",
        f"mean = {_g(mean)} ± {_g(sigma)}",
    ]
    return WeightedMeanResult(mean=mean, uncertainty=sigma, steps=steps)


class PercentErrorResult(ToolResult):
    absolute_error: float
    relative_error: float
    percent_error: float


@TOOLS.tool(title="Percent error")
def percent_error(measured: FiniteFloat, accepted: FiniteFloat) -> PercentErrorResult:
    """Percent error of a measurement against the accepted value: |measured - accepted|/|accepted|·100 %."""
    if accepted == 0:
        raise ToolInputError("accepted", "must not be 0 (percent error is relative to it)")
    absolute = abs(measured - accepted)
    relative = absolute / abs(accepted)
    steps = [
        "percent error = |measured - accepted| / |accepted| · 100 %",
        f"= |{_g(measured)} - {_signed(accepted)}| / {_g(abs(accepted))} · 100 % = {_g(relative * 100)} %",
    ]
    return PercentErrorResult(
        absolute_error=absolute, relative_error=relative, percent_error=relative * 100, steps=steps
    )


# --------------------------------------------------------------------------- significant figures


def _check_number_text(value: str | float) -> str | float:
    """Reject what cannot be a written number (validation time, so the error names the parameter)."""
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(value, float | int):
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value
    sigfigs.parse_number_text(value)
    return value


NumberText = Annotated[
    str | float,
    Field(description='the number as written, best as a string so trailing zeros count ("0.00340", "1.20e3")'),
    AfterValidator(_check_number_text),
]


class SigFigCountResult(ToolResult):
    number: str
    significant_figures: int
    ambiguous: bool = Field(description="trailing zeros of a whole number without a decimal point")
    max_significant_figures: int = Field(description="the count if those trailing zeros were significant")
    decimal_places: int


def _number_text(value: str | float, parameter: str) -> str:
    if isinstance(value, bool):
        raise ToolInputError(parameter, "expected a number, got a boolean")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ToolInputError(parameter, "must be a finite number")
        return repr(value) if isinstance(value, float) else str(value)
    try:
        return sigfigs.parse_number_text(value)
    except ValueError as exc:
        raise ToolInputError(parameter, str(exc)) from None


@TOOLS.tool(title="Count significant figures")
def count_significant_figures(number: NumberText) -> SigFigCountResult:
    """How many significant figures a number has as written (leading zeros never count; trailing
    zeros count after a decimal point; "1200" is ambiguous)."""
    text = _number_text(number, "number")
    try:
        result = sigfigs.count(text)
    except ValueError as exc:  # a JSON number's repr can still be beyond what the counter reads
        raise ToolInputError("number", str(exc)) from None
    steps = [f"{text}: significant digits {result.significant_digits} → {result.count} significant figures"]
    if result.ambiguous:
        steps.append(
            f"Trailing zeros of a whole number are ambiguous: {result.count} to {result.max_count}; "
            f"write it in scientific notation (or with a decimal point) to be clear"
        )
    if not isinstance(number, str):
        steps.append("Sent as a JSON number, so any trailing zeros were lost; send a string to keep them")
    return SigFigCountResult(
        number=text,
        significant_figures=result.count,
        ambiguous=result.ambiguous,
        max_significant_figures=result.max_count,
        decimal_places=result.decimal_places,
        steps=steps,
    )


class SigFigRoundResult(ToolResult):
    value: float
    text: str = Field(description="the rounded number written with its significant trailing zeros")
    scientific: str


@TOOLS.tool(title="Round to significant figures")
def round_significant_figures(
    value: NumberText,
    figures: Annotated[int, Field(ge=1, le=17, description="number of significant figures")],
) -> SigFigRoundResult:
    """Round a number to n significant figures (half up), written so the trailing zeros show:
    0.0012 to 3 → "0.00120"."""
    number = float(_number_text(value, "value"))
    rounded, text, scientific = sigfigs.round_sig(number, figures)
    if not math.isfinite(rounded):
        raise ToolInputError("value", "rounding this value overflows")
    steps = [f"{_g(number)} to {figures} significant figures = {text} = {scientific}"]
    return SigFigRoundResult(value=rounded, text=text, scientific=scientific, steps=steps)


class SigFigRuleResult(ToolResult):
    exact_result: float
    rounded_result: float
    text: str = Field(description="the result written to the justified precision")
    rule: str
    significant_figures: int | None = Field(description="for products and quotients")
    decimal_places: int | None = Field(description="for sums and differences")


@TOOLS.tool(title="Significant figures of a calculated result")
def significant_figures_result(
    operation: Literal["multiply", "divide", "add", "subtract"],
    operands: Annotated[
        list[Annotated[str, Field(max_length=40), AfterValidator(_check_number_text)]],
        Field(min_length=2, max_length=20, description='the measured numbers as written, e.g. ["2.50", "3.1"]'),
    ],
) -> SigFigRuleResult:
    """Compute a product/quotient or sum/difference of measured numbers (as strings, e.g. "2.50")
    and round the result by the textbook rules: fewest significant figures for × and ÷, fewest
    decimal places for + and -. Use it to check a student's stated precision."""
    texts = [_number_text(o, f"operands[{i}]") for i, o in enumerate(operands)]
    numbers = [float(t) for t in texts]
    if operation == "multiply":
        exact = math.prod(numbers)
    elif operation == "divide":
        if any(n == 0 for n in numbers[1:]):
            raise ToolInputError("operands", "cannot divide by zero")
        exact = numbers[0]
        for n in numbers[1:]:
            exact /= n
    elif operation == "add":
        exact = math.fsum(numbers)
    else:
        exact = numbers[0] - math.fsum(numbers[1:])
    if not math.isfinite(exact):
        raise ToolInputError("operands", "the result overflows")
    symbol = {"multiply": " × ", "divide": " ÷ ", "add": " + ", "subtract": " - "}[operation]
    steps = [f"{symbol.join(texts)} = {_g(exact)} (unrounded)"]
    if operation in ("multiply", "divide"):
        counts = [sigfigs.count(t).count for t in texts]
        figures = min(counts)
        rounded, text, _ = sigfigs.round_sig(exact, figures)
        rule = "products and quotients keep the fewest significant figures of the operands"
        steps.append(f"Significant figures: {', '.join(map(str, counts))} → keep {figures}: {text}")
        return SigFigRuleResult(
            exact_result=exact,
            rounded_result=rounded,
            text=text,
            rule=rule,
            significant_figures=figures,
            decimal_places=None,
            steps=steps,
        )
    places = sigfigs.least_decimal_places(texts)
    rounded, text = sigfigs.round_decimals(exact, places)
    rule = "sums and differences keep the fewest decimal places of the operands"
    steps.append(
        f"Decimal places: {', '.join(str(sigfigs.count(t).decimal_places) for t in texts)} → keep {places}: {text}"
    )
    return SigFigRuleResult(
        exact_result=exact,
        rounded_result=rounded,
        text=text,
        rule=rule,
        significant_figures=None,
        decimal_places=places,
        steps=steps,
    )


# --------------------------------------------------------------------------- units


class ConversionResult(ToolResult):
    value: float
    unit: str
    si_value: float
    si_unit: str
    factor: float | None = Field(description="multiply by this to convert (null for offset scales like °C)")


UnitText = Annotated[str, Field(min_length=1, max_length=60, description='a unit such as "km/h", "m/s", "degC", "ft"')]


def _check_quantity(value: float | str) -> float | str:
    if isinstance(value, bool):
        raise ValueError("expected a number or a string with units, got a boolean")
    if isinstance(value, str):
        try:
            units_mod.parse_quantity(value)
        except units_mod.UnitError as exc:
            raise ValueError(str(exc)) from None
    elif not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


@TOOLS.tool(title="Unit conversion")
def convert_units(
    quantity: Annotated[
        float | Annotated[str, Field(max_length=100)],
        Field(description='a quantity with its unit ("72 km/h") or a bare number together with from_unit'),
        AfterValidator(_check_quantity),
    ],
    to_unit: UnitText,
    from_unit: UnitText | None = None,
) -> ConversionResult:
    """Convert a quantity to another unit with pint ("72 km/h" → m/s, "5 ft" → cm, 100 degC →
    K), with the conversion factor and the SI value. Dimensions must match."""
    if isinstance(quantity, bool):
        raise ToolInputError("quantity", "expected a number or a string with units, got a boolean")
    if isinstance(quantity, str):
        q = _read_quantity(quantity, "quantity")
        if from_unit is not None:
            if not q.unitless:
                raise ToolInputError("from_unit", f"{quantity!r} already has a unit; leave from_unit out")
            q = units_mod.Quantity(float(q.magnitude), _read_unit(from_unit, "from_unit"))
    else:
        if not math.isfinite(quantity):
            raise ToolInputError("quantity", "must be a finite number")
        if from_unit is None:
            raise ToolInputError("from_unit", "required when quantity is a bare number")
        q = units_mod.Quantity(float(quantity), _read_unit(from_unit, "from_unit"))
    target = _read_unit(to_unit, "to_unit")
    try:
        converted = q.to(target)
    except pint.errors.DimensionalityError:
        raise ToolInputError(
            "to_unit", f"cannot convert {q.units:~P} ({units_mod.pretty_dimension(q)}) to {to_unit}"
        ) from None
    base = q.to_base_units()
    value = float(converted.magnitude)
    if not math.isfinite(value):
        raise ToolInputError("quantity", "the converted value overflows")
    offset = _has_offset(q) or _has_offset(converted)
    factor = None if offset or q.magnitude == 0 else value / float(q.magnitude)
    source = f"{float(q.magnitude):.6g} {q.units:~P}".strip()
    steps = [f"{source} → {to_unit}"]
    if factor is not None:
        steps.append(f"1 {q.units:~P} = {factor:.6g} {to_unit}")
        steps.append(f"{float(q.magnitude):.6g} × {factor:.6g} = {value:.6g} {to_unit}")
    else:
        steps.append(f"{source} = {value:.6g} {to_unit} (an offset scale: not a simple factor)")
    si_unit = units_mod.pretty_unit(f"{base.units}")
    return ConversionResult(
        value=value,
        unit=to_unit,
        si_value=float(base.magnitude),
        si_unit=si_unit,
        factor=factor,
        units={"value": to_unit, "si_value": si_unit},
        steps=steps,
    )


def _read_quantity(text: str, parameter: str) -> pint.Quantity:
    try:
        return units_mod.parse_quantity(text)
    except units_mod.UnitError as exc:
        raise ToolInputError(parameter, str(exc)) from None


def _read_unit(text: str, parameter: str) -> Any:
    q = _read_quantity(f"1 {text}", parameter)
    if q.magnitude != 1 or q.unitless:
        raise ToolInputError(parameter, f"{text!r} is not a unit")
    return q.units


def _has_offset(q: Any) -> bool:
    try:
        return not q._is_multiplicative  # - pint's own flag for °C, °F
    except AttributeError:
        return False


# --------------------------------------------------------------------------- formula sheet

FORMULA_SHEET = r"""# Mathematics formula sheet

## Algebra
- Quadratic a x² + b x + c = 0: D = b² - 4ac; x = (-b ± √D) / (2a); D > 0 two real roots, D = 0 one
  repeated root, D < 0 two complex roots. Vertex (-b/(2a), c - b²/(4a)).
  Stable form: q = -(b + sign(b)·√D)/2, x₁ = q/a, x₂ = c/q.
- Linear a x + b = c: x = (c - b)/a.
- Exponential a·bˣ = c: x = ln(c/a) / ln(b). Change of base: log_b(x) = ln(x)/ln(b).
- Log rules: log(xy) = log x + log y; log(x/y) = log x - log y; log(xⁿ) = n log x.

## Trigonometry
- sin θ = opposite/hypotenuse, cos θ = adjacent/hypotenuse, tan θ = sin θ / cos θ.
- csc = 1/sin, sec = 1/cos, cot = 1/tan. sin² θ + cos² θ = 1.
- Degrees ↔ radians: θ[rad] = θ[°] · π/180.
- Inverse functions: sin θ = s has θ and 180° - θ in one turn; cos θ = c has θ and 360° - θ;
  tan θ = t has θ and θ + 180°.

| θ | 0° | 30° | 45° | 60° | 90° | 120° | 135° | 150° | 180° |
|---|---|---|---|---|---|---|---|---|---|
| sin θ | 0 | 1/2 | √2/2 | √3/2 | 1 | √3/2 | √2/2 | 1/2 | 0 |
| cos θ | 1 | √3/2 | √2/2 | 1/2 | 0 | -1/2 | -√2/2 | -√3/2 | -1 |
| tan θ | 0 | √3/3 | 1 | √3 | undefined | -√3 | -1 | -√3/3 | 0 |

Signs by quadrant: I all positive, II sin, III tan, IV cos.

## Triangles (sides a, b, c opposite angles A, B, C)
- Angle sum: A + B + C = 180°.
- Law of sines: a/sin A = b/sin B = c/sin C.
- Law of cosines: c² = a² + b² - 2ab cos C.
- Area = ½ ab sin C. Triangle inequality: each side < the sum of the other two.
- SSA (two sides, angle not between them) is ambiguous: with h = b sin A, a < h → none;
  a = h → one (right angle); h < a < b → two; a ≥ b → one.

## Statistics and uncertainties
- Mean x̄ = Σx/n; sample s = √(Σ(x - x̄)²/(n - 1)); standard error of the mean s/√n.
- Least squares y = m x + c: m = Σ(x - x̄)(y - ȳ)/Σ(x - x̄)²; c = ȳ - m x̄;
  σ_m² = s²/Σ(x - x̄)², σ_c² = s²(1/n + x̄²/Σ(x - x̄)²) with s² = Σ residual²/(n - 2).
  Weighted (σᵢ known): weights 1/σᵢ²; χ² = Σ(residual/σᵢ)², reduced χ² = χ²/(n - 2) ≈ 1 for a good fit.
- Propagation (independent errors): σ_f² = Σ (∂f/∂xᵢ · σᵢ)².
  Sums: absolute errors add in quadrature; products/quotients: relative errors add in quadrature;
  powers: σ_f/|f| = |n| σ_x/|x|.
- Weighted mean: x̄ = Σ(xᵢ/σᵢ²)/Σ(1/σᵢ²), σ = 1/√Σ(1/σᵢ²). Percent error = |measured - accepted|/|accepted| · 100 %.

## Significant figures
- Non-zero digits count; zeros between them count; leading zeros never count; trailing zeros count
  only with a decimal point ("1200" is ambiguous: write 1.20 × 10³).
- × and ÷: keep the fewest significant figures of the inputs. + and -: keep the fewest decimal places.
- Round once, at the end.

## Units
- SI base units: m, kg, s, A, K, mol, cd. Derived: N = kg·m/s², J = N·m, W = J/s, Pa = N/m².
- 1 km/h = 1/3.6 m/s; 1 mile = 1609.344 m; 1 ft = 0.3048 m; 1 in = 2.54 cm; 1 lb = 0.45359237 kg;
  T[K] = T[°C] + 273.15.
"""

TOOLS.resource(
    "physics://math/formula-sheet",
    "Mathematics formula sheet",
    "Algebra, trigonometry (with the unit-circle table), triangle laws, statistics, uncertainty "
    "propagation, significant-figure rules and common unit conversions.",
    FORMULA_SHEET,
)

_SYNTAX = """# Expression syntax for the CAS tools

- Operators: + - * / and ^ (or **) for powers; parentheses ( ).
- Implicit multiplication: 2x, 3(a + b), (a + b)(a - b), 2 sin(x), m v^2.
- Functions: sin cos tan cot sec csc, asin acos atan (arcsin ...), atan2(y, x), sinh cosh tanh,
  exp, ln, log(x) = ln x, log(x, base), log10, log2, sqrt, cbrt, root(x, n), abs, sign, floor, ceil.
- Constants: pi (or π) and e (Euler's number). Every other name is a variable, including E
  (energy), I (current, moment of inertia) and Greek names like theta, omega, alpha.
- Equations: one "=" ("v^2 = u^2 + 2 a s"). A bare expression means "expression = 0".
- Decimals are exact (0.5 is 1/2). Limits: 500 characters, 40 digits per number.
- Nothing is executed: the text is parsed against this whitelist only.
"""

TOOLS.resource(
    "physics://math/expression-syntax",
    "CAS expression syntax",
    "What the simplify / solve / formula / calculus / uncertainty tools accept.",
    _SYNTAX,
)
