"""Mathematics: quadratic and linear equations, trigonometric values (and inverses), logarithms, square roots,
triangles (law of cosines, right triangles) and unit conversion."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from physics_assistant.agents_api.understanding.quantities import EXACT, Quantity
from physics_assistant.agents_api.understanding.question import TARGETS_ANY, Question, Target
from physics_assistant.agents_api.understanding.recipes.base import (
    Missing,
    Plan,
    StructuredResults,
    ToolCall,
    Var,
    field_of,
    lesson,
    recipe,
    var,
)
from physics_assistant.agents_api.understanding.unitsys import compatible

# --- equations ----------------------------------------------------------------------------------------

_TERM_TOKEN = re.compile(r"^(?:\d+(?:\.\d+)?)?\*?[a-z]?(?:\^\d)?$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Polynomial:
    variable: str
    coefficients: dict[int, float]  # power -> coefficient, everything moved to the left side
    text: str

    @property
    def degree(self) -> int:
        return max((p for p, c in self.coefficients.items() if c != 0), default=0)


def _terms(side: str, variable: str | None) -> tuple[dict[int, float], str | None] | None:
    coefficients: dict[int, float] = {}
    sign = 1.0
    expect_term = True
    for token in side.split():
        if token in "+-":
            if token == "-":
                sign = -sign
            expect_term = True
            continue
        if not expect_term or not _TERM_TOKEN.match(token):
            return None
        m = re.fullmatch(r"(\d+(?:\.\d+)?)?\*?([a-z])?(?:\^(\d))?", token)
        if m is None or (m.group(1) is None and m.group(2) is None):
            return None
        number, letter, power = m.group(1), m.group(2), m.group(3)
        if letter is not None:
            if variable is not None and letter != variable:
                return None
            variable = letter
            exponent = int(power) if power else 1
        else:
            if power:
                return None
            exponent = 0
        coefficient = float(number) if number else 1.0
        coefficients[exponent] = coefficients.get(exponent, 0.0) + sign * coefficient
        sign, expect_term = 1.0, False
    if expect_term:
        return None
    return coefficients, variable


def find_polynomial(text: str) -> Polynomial | None:
    """'x^2 - 5x + 6 = 0', '2x² + 3x = 2': a polynomial equation in one letter, all moved left."""
    if "=" not in text:
        return None
    spaced = re.sub(r"(?<![\^eE])([+\-=])", r" \1 ", text.lower().replace("·", "*"))
    spaced = re.sub(r"(\d)\s*\*\s*([a-z])", r"\1\2", spaced)
    left_text, _, right_text = spaced.partition(" = ")
    if not right_text:
        return None
    left_tokens = left_text.split()
    right_tokens = right_text.split()
    # the equation is the run of term tokens next to "="
    i = len(left_tokens)
    while i > 0 and (left_tokens[i - 1] in "+-" or _TERM_TOKEN.match(left_tokens[i - 1].rstrip(",."))):
        i -= 1
    j = 0
    while j < len(right_tokens) and (right_tokens[j] in "+-" or _TERM_TOKEN.match(right_tokens[j].rstrip(",.?"))):
        j += 1
    if i > 0 and re.fullmatch(r"(?:arc)?(?:sin|cos|tan)h?|log\w*|ln|sqrt|exp|√|e\^?", left_tokens[i - 1]):
        return None  # "cos a = 0.25", "log x = 2": a function of the letter, not a polynomial in it
    left = " ".join(t.rstrip(",.") for t in left_tokens[i:])
    right = " ".join(t.rstrip(",.?") for t in right_tokens[:j])
    if not left or not right:
        return None
    parsed_left = _terms(left, None)
    if parsed_left is None:
        return None
    parsed_right = _terms(right, parsed_left[1])
    if parsed_right is None:
        return None
    variable = parsed_left[1] or parsed_right[1]
    if variable is None:
        return None
    coefficients = dict(parsed_left[0])
    for power, c in parsed_right[0].items():
        coefficients[power] = coefficients.get(power, 0.0) - c
    return Polynomial(variable, coefficients, f"{left} = {right}")


LINEAR_EQUATION_LESSON = lesson("linear_equation")


QUADRATIC_LESSON = lesson("quadratic")


@recipe("quadratic", "math", {"root", "conversion", "trig", "log"} | TARGETS_ANY)
def quadratic(question: Question, target: Target) -> Plan | None:
    poly = find_polynomial(question.text)
    if poly is None:
        return None
    degree = poly.degree
    # "g = 1.62", "k = 500 N/m" define a value; only an explicit request makes a linear equation
    asked_to_solve = question.asks(r"\bsolve\b|\bfind\b [a-z]\b|value of [a-z]\b|\b[a-z] ?=")
    if degree < 2 and (not asked_to_solve or any(q.unit for q in question.quantities)):
        return None
    if degree not in (1, 2):
        raise Missing("an equation to solve", ["an equation of degree 1 or 2 in one variable"], score=3.0)
    a2, a1, a0 = (poly.coefficients.get(p, 0.0) for p in (2, 1, 0))
    x = poly.variable
    eq = Var("eq", poly.text, poly.text, "equation", "number", 0.0)
    if degree == 1:
        return LINEAR_EQUATION_LESSON.plan(
            Var("x", x, x, "solution", "number"),
            [
                Var("a", "a", "a", f"coefficient of {x}", "number", a1),
                Var("b", "b", "b", "constant term", "number", a0),
            ],
            ("<x> = -<b> / <a>", r"<x> = -\frac{<b>}{<a>}"),
            ToolCall("math", "solve_linear", {"a": a1, "b": a0, "c": 0.0}),
            field_of("x"),
            7.0,
            concept_hint=f"Collect the {x} terms on one side and the numbers on the other, then divide.",
            notes=[f"rearranged: {_g(a1)}{x} + {_g(a0)} = 0"],
        )
    ask = question.ask
    choose: Callable[[list[float]], float]
    if re.search(r"larg|bigg|great|higher|maximum", ask):
        choose, which = max, "larger"
    elif re.search(r"small|lesser|lower|minimum", ask):
        choose, which = min, "smaller"
    elif re.search(r"positive|non-?negative", ask):
        choose, which = (lambda roots: max(roots)), "positive"
    elif re.search(r"negative", ask):
        choose, which = min, "negative"
    else:
        choose, which = max, ""
    notes = []
    if not which:
        notes.append("a quadratic has two roots; the larger one is given as the answer (see the steps for both)")

    def extract(results: StructuredResults) -> float:
        roots = [float(r) for r in results[-1]["real_roots"]]
        if not roots:
            raise ValueError("no real roots")
        if which == "positive":
            roots = [r for r in roots if r > 0] or roots
        elif which == "negative":
            roots = [r for r in roots if r < 0] or roots
        return choose(roots)

    return QUADRATIC_LESSON.plan(
        Var("x", x, x, f"{which + ' ' if which else ''}root", "number"),
        [
            Var("a", "a", "a", f"coefficient of {x}²", "number", a2),
            Var("b", "b", "b", f"coefficient of {x}", "number", a1),
            Var("c", "c", "c", "constant term", "number", a0),
            eq,
        ],
        (
            "<x> = (-<b> ± √(<b>^2 - 4 <a> <c>)) / (2 <a>)",
            r"<x> = \frac{-<b> \pm \sqrt{<b>^2 - 4<a><c>}}{2<a>}",
        ),
        ToolCall("math", "solve_quadratic", {"a": a2, "b": a1, "c": a0, "variable": x}),
        extract,
        7.0,
        concept_hint=f"Write the equation as a{x}² + b{x} + c = 0 and use the quadratic formula (or factorise).",
        notes=notes,
    )


def _g(x: float) -> str:
    return f"{x:g}"


# --- trigonometry ----------------------------------------------------------------------------------------

_TRIG_NAMES = {
    "sin": "sin",
    "sine": "sin",
    "cos": "cos",
    "cosine": "cos",
    "tan": "tan",
    "tangent": "tan",
    "csc": "csc",
    "cosec": "csc",
    "sec": "sec",
    "cot": "cot",
}
_INVERSE = re.compile(
    r"\b(?:arc(sin|cos|tan)|a(sin|cos|tan)|(sin|cos|tan)\s?\^\s?-1|(?:inverse|arc)\s(sine|cosine|tangent)(?: of)?|"
    r"(?:angle whose|whose|(?:has|with|having) an?) (sine|cosine|tangent)(?: value)? (?:is|of|equal to|equals|=)|"
    r"(sin|cos|tan)\s?(?:\(?\s?(?:θ|theta|x|a|b|α)\s?\)?)?\s?=)"
    r"\s?\(?\s?(-?\d*\.?\d+)"
)
_PI_ANGLE = re.compile(r"\(?\s?(\d*\.?\d*)\s?(?:\*\s?)?(?:pi|π)\s?(?:/\s?(\d+(?:\.\d+)?))?\s?\)?")


INVERSE_TRIGONOMETRY_LESSON = lesson("inverse_trigonometry")


TRIGONOMETRY_LESSON = lesson("trigonometry")


@recipe("trigonometry", "math", {"trig", "angle", "conversion", "root"} | TARGETS_ANY)
def trigonometry(question: Question, target: Target) -> Plan | None:
    lower = question.lower
    inverse = _INVERSE.search(lower)
    if inverse:
        name = next(g for g in inverse.groups()[:-1] if g)
        function = {"sin": "asin", "cos": "acos", "tan": "atan", "sine": "asin", "cosine": "acos", "tangent": "atan"}[
            name
        ]
        value = float(inverse.groups()[-1])
        radians = question.unit_request is not None and "radian" in question.unit_request.pint_unit
        return INVERSE_TRIGONOMETRY_LESSON.plan(
            Var("theta", "θ", r"\theta", "angle", "angle"),
            [Var("v", "y", "y", "value", "number", value)],
            (f"<theta> = {function}(<v>)", rf"<theta> = \{function.replace('a', 'arc', 1)}(<v>)"),
            ToolCall("math", "inverse_trigonometric", {"function": function, "value": value}),
            field_of("principal_rad"),
            7.0,
            concept_hint=f"The inverse function gives the angle whose {name} is the value (the principal value).",
            default_unit=None if radians else "degree",
        )
    m = re.search(r"\b(sin|cos|tan|sine|cosine|tangent|cosec|csc|sec|cot)\b(?:\s?of)?\s?\(?\s?", lower)
    if m is None or any(q.unit and q.kind != "angle" for q in question.quantities if not q.implied):
        return None  # "cos" inside a physics question is part of its formula, not the question
    if question.target is not None and question.target.name == "angle":
        return None  # asks for an angle from a ratio in a way the inverse patterns did not read
    if len(re.findall(r"\b(?:sin|cos|tan|sine|cosine|tangent|cosec|csc|sec|cot)\b", lower)) > 1:
        return None  # an expression of several functions ("cos 60° + sin 30°"): not one value to look up
    function = _TRIG_NAMES[m.group(1)]
    after = question.text[m.end() :]
    angle_q = next((q for q in question.quantities if q.start >= m.end() and q.start - m.end() <= 3), None)
    pi = _PI_ANGLE.match(after.lower())
    notes: list[str] = []
    if pi and (pi.group(0).count("pi") or "π" in pi.group(0)):
        factor = float(pi.group(1)) if pi.group(1) else 1.0
        divisor = float(pi.group(2)) if pi.group(2) else 1.0
        theta = factor * math.pi / divisor
        source = None
        shown = Var("theta", "θ", r"\theta", "angle", "angle", theta)
    elif angle_q is not None:
        if angle_q.kind == "angle":
            theta, source = angle_q.si, angle_q
        elif angle_q.kind == "number":
            # No unit: whole multiples of 15 are taken as degrees (sin 30), anything else as radians.
            if angle_q.value == int(angle_q.value) and angle_q.value % 15 == 0 and angle_q.value != 0:
                theta = math.radians(angle_q.value)
                notes.append(f"no unit given: taking {angle_q.text} as degrees")
                source = Quantity(
                    angle_q.value, "degree", "angle", theta, angle_q.start, angle_q.end, angle_q.text, angle_q.sig_figs
                )
            else:
                theta, source = angle_q.value, angle_q
                notes.append(f"no unit given: taking {angle_q.text} as radians")
        else:
            return None
        shown = (
            var("theta", "θ", r"\theta", "angle", "angle", source)
            if source.kind == "angle"
            else Var("theta", "θ", r"\theta", "angle (rad)", "angle", theta, source)
        )
    else:
        raise Missing(f"the {function} of an angle", ["the angle (with its unit, e.g. '60 degrees')"], score=4.0)
    return TRIGONOMETRY_LESSON.plan(
        Var("y", f"{function} θ", rf"\{function}\theta", f"{function} of the angle", "number"),
        [shown],
        (f"<y> = {function}(<theta>)", rf"<y> = \{function}(<theta>)"),
        ToolCall("math", "trigonometric_values", {"angle": theta}),
        field_of(function),
        7.0,
        concept_hint=f"{function} is a ratio of sides in a right triangle (or a coordinate on the unit circle); "
        "make sure your calculator is in the angle mode of the question.",
        notes=notes,
    )


LOGARITHM_LESSON = lesson("logarithm")


@recipe("logarithm", "math", {"log"} | TARGETS_ANY)
def logarithm(question: Question, target: Target) -> Plan | None:
    m = re.search(
        r"\b(?:(ln|natural log(?:arithm)?)|log(?:arithm)?(?:\s?(?:base\s?|_)?(\d+(?:\.\d+)?|e))?)(?:\s?of)?\s?\(?\s?"
        r"(\d+(?:\.\d+)?)",
        question.lower,
    )
    if m is None or any(q.unit for q in question.quantities):
        return None
    base: float | str = "e" if m.group(1) or m.group(2) == "e" else float(m.group(2)) if m.group(2) else 10.0
    x = float(m.group(3))
    shown = "ln" if base == "e" else f"log{_g(base) if isinstance(base, float) else base}"
    return LOGARITHM_LESSON.plan(
        Var("y", "y", "y", "logarithm", "number"),
        [Var("x", "x", "x", "argument", "number", x)],
        (f"<y> = {shown}(<x>)", rf"<y> = \{'ln' if base == 'e' else 'log'}(<x>)"),
        ToolCall("math", "logarithm", {"x": x, "base": base}),
        field_of("value"),
        7.0,
    )


SQUARE_ROOT_LESSON = lesson("square_root")
_SQUARE_ROOT = re.compile(r"(?:\bsquare root(?: of)?|\bsqrt|√)\s?\(?\s?(\d*\.?\d+)\s?\)?")


@recipe("square_root", "math", {"root"} | TARGETS_ANY)
def square_root(question: Question, target: Target) -> Plan | None:
    """'the square root of 2.25', '√2.25': the positive root of x² = N (the quadratic tool's)."""
    m = _SQUARE_ROOT.search(question.lower)
    if m is None or any(q.unit for q in question.quantities) or len(question.quantities) != 1:
        return None  # a unit, or other numbers around it: an expression or a physics question
    number = question.quantities[0]
    if number.start != m.start(1) or number.value < 0:
        return None  # "√-4" has no real root; the number read must be the one under the root
    n = number.value
    return SQUARE_ROOT_LESSON.plan(
        Var("x", "x", "x", "square root", "number"),
        [Var("n", "N", "N", "number", "number", n, number)],
        ("<x> = √<n>, the positive root of x^2 = <n>", r"<x> = \sqrt{<n>}"),
        ToolCall("math", "solve_quadratic", {"a": 1.0, "b": 0.0, "c": -n}),
        lambda results: max(float(r) for r in results[-1]["real_roots"]),
        7.5,
    )


# --- triangles ---------------------------------------------------------------------------------------------


LADDER = r"\bladder\b[^.?!]*\b(?:wall|building|house|fence)\b|\bleans? against\b"


PYTHAGORAS_LESSON = lesson("pythagoras")
COSINE_RULE_LESSON = lesson("cosine_rule")


@recipe("triangle", "math", TARGETS_ANY)
def triangle(question: Question, target: Target) -> Plan | None:
    if question.has(LADDER):
        return _ladder(question, target)
    if not question.has(r"\btriangle\b|hypotenuse|\blegs?\b|right[- ]angled"):
        return None
    sides = [
        q
        for q in question.quantities
        if q.kind in ("length", "number")
        and not q.implied
        and question.near(q, r"side|leg|hypotenuse|length|and|are|of|,", 40, 20)
    ]
    angles = question.stated("angle")
    right = question.has(r"right[- ]?(?:angled )?triangle|right angle|hypotenuse|\blegs?\b")
    if len(sides) < 2:
        raise Missing("a triangle", ["two side lengths (and the angle between them)"], score=3.0)
    unit = sides[0].unit

    def value(q: Quantity) -> float:
        return q.si if unit else q.value

    a, b = sides[0], sides[1]
    args: dict[str, float] = {}
    knowns = [
        Var("a", "a", "a", "first side", a.kind if unit else "number", value(a), a),
        Var("b", "b", "b", "second side", b.kind if unit else "number", value(b), b),
    ]
    if right and not angles:

        def named_hypotenuse(q: Quantity) -> bool:
            # the last side word before the number names it: "hypotenuse of 10", not "legs are 5"
            words = re.findall(r"hypotenuse|\blegs?\b|\bsides?\b", question.before(q, 60))
            return bool(words) and words[-1] == "hypotenuse"

        hypotenuse_given = next((q for q in sides[:2] if named_hypotenuse(q)), None)
        asks_for_leg = re.search(r"\bleg|side", target.phrase) is not None
        if hypotenuse_given is None and question.has(r"hypotenuse") and asks_for_leg:
            hypotenuse_given = max(sides[:2], key=lambda q: q.si)  # a hypotenuse is the longest side
        if hypotenuse_given is not None:
            leg = a if hypotenuse_given is b else b
            args = {"c": value(hypotenuse_given), "a": value(leg), "C": math.pi / 2}
            knowns = [
                Var("c", "c", "c", "hypotenuse", "number", value(hypotenuse_given), hypotenuse_given),
                Var("a", "a", "a", "leg", "number", value(leg), leg),
            ]
            unknown = Var("b", "b", "b", "other leg", "number" if not unit else "length")
            formula = ("<b> = √(<c>^2 - <a>^2)", r"<b> = \sqrt{<c>^2 - <a>^2}")
            key = "b"
        else:
            args = {"a": value(a), "b": value(b), "C": math.pi / 2}
            unknown = Var("c", "c", "c", "hypotenuse", "number" if not unit else "length")
            formula = ("<c> = √(<a>^2 + <b>^2)", r"<c> = \sqrt{<a>^2 + <b>^2}")
            key = "c"
    elif angles:
        angle = angles[0]
        args = {"a": value(a), "b": value(b), "C": angle.si}
        knowns.append(var("C", "C", "C", "included angle", "angle", angle))
        unknown = Var("c", "c", "c", "third side", "number" if not unit else "length")
        formula = ("<c> = √(<a>^2 + <b>^2 - 2 <a> <b> cos <C>)", r"<c> = \sqrt{<a>^2 + <b>^2 - 2<a><b>\cos <C>}")
        key = "c"
    else:
        return None
    if target.kind not in ("length", "number", "time"):  # "how long is the other leg" reads as a time
        return None
    chosen = COSINE_RULE_LESSON if angles else PYTHAGORAS_LESSON
    call = ToolCall("math", "solve_triangle", args)
    return chosen.plan(unknown, knowns, formula, call, lambda results: float(results[-1]["triangles"][0][key]), 6.0)


LADDER_LESSON = lesson("ladder")


def _ladder(question: Question, target: Target) -> Plan | None:
    """A ladder against a wall: the ladder is the hypotenuse of a right triangle with the wall and the
    ground (given its length and one of: the height reached, the distance of its foot from the wall)."""
    lengths = question.stated("length")
    if len(lengths) != 2 or question.stated("angle") or target.kind != "length":
        return None
    ladder = next((q for q in lengths if question.near(q, r"ladder|\blong\b|length", 30, 15)), None)
    if ladder is None:
        return None
    leg = next(q for q in lengths if q is not ladder)
    if not leg.si < ladder.si:
        return None
    return LADDER_LESSON.plan(
        Var("b", "b", "b", "other side of the right triangle", "length"),
        [
            var("c", "c", "c", "ladder (hypotenuse)", "length", ladder),
            var("a", "a", "a", "known side", "length", leg),
        ],
        ("<b> = √(<c>^2 - <a>^2)", r"<b> = \sqrt{<c>^2 - <a>^2}"),
        ToolCall("math", "solve_triangle", {"c": ladder.si, "a": leg.si, "C": math.pi / 2}),
        lambda results: float(results[-1]["triangles"][0]["b"]),
        6.0,
    )


# --- unit conversion ----------------------------------------------------------------------------------------

CONVERT = (
    r"\bconvert\b|\bexpress\b|\bhow many \w+(?:/\w+)?(?: \w+)? (?:are|is) (?:there )?in\b|\bchange\b.* \b(?:to|into)\b|"
    r"\bin terms of\b"
)


CONVERSION_LESSON = lesson("conversion")


@recipe(
    "conversion",
    "math",
    TARGETS_ANY
    | {"conversion", "time", "distance", "velocity", "angle", "angular_velocity", "mass", "energy", "force", "power"},
)
def conversion(question: Question, target: Target) -> Plan | None:
    request = question.unit_request
    stated = [q for q in question.quantities if not q.implied and q.unit]
    # "Convert 5 km to m", "How many m are in 5 km", "What is 72 km/h in m/s?" (the value is in the question)
    explicit = question.asks(CONVERT) or question.has(r"^\s*(?:convert|express)\b")
    cue = explicit or any(q.start >= question.ask_start for q in stated) and question.asks(r"^\s*what(?:'s| is| are)\b")
    if request is None:
        if explicit and stated:
            raise Missing("a unit conversion", ["the unit to convert to"], score=4.0)
        return None
    candidates = [
        q
        for q in stated
        if compatible(q.kind, request.kind) or {q.kind, request.kind} <= {"angular_velocity", "frequency"}
    ]
    if len(candidates) != 1:
        return None
    q = candidates[0]
    if not cue and len(question.stated(*{x.kind for x in question.quantities if not x.implied})) != 1:
        return None  # several givens: a physics question that happens to ask for a unit
    from physics_assistant.agents_api.teaching import short_unit

    to_unit = short_unit(request.pint_unit)
    from_unit = short_unit(q.unit)
    return CONVERSION_LESSON.plan(
        Var("y", "y", "y", f"value in {to_unit}", request.kind),
        [Var("x", q.text, q.text, "given", q.kind, q.si, q)],
        (
            f"<y> = {q.text} × (conversion factor {from_unit} → {to_unit})",
            rf"<y> = \mathrm{{{q.text}}} \times k",
        ),
        ToolCall("math", "convert_units", {"quantity": f"{q.value:g} {from_unit}", "to_unit": to_unit}),
        lambda results: float(results[-1]["si_value"]),
        8.0 if cue else 2.0,
        default_unit=request.pint_unit,
    )


__all__ = ["EXACT", "find_polynomial"]
