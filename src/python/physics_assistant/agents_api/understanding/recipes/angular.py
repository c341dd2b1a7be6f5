"""Angular motion: rotational kinematics, moment of inertia by shape, torque, τ = I α, v = ω r,
centripetal force, rolling down a slope, angular momentum (and its conservation), rotational KE."""

from __future__ import annotations

import math
import re

from physics_assistant.agents_api.understanding.quantities import Quantity
from physics_assistant.agents_api.understanding.question import Question, Target
from physics_assistant.agents_api.understanding.recipes.base import (
    Missing,
    Plan,
    StructuredResults,
    ToolCall,
    Var,
    count_cues,
    field_of,
    g_var,
    lesson,
    one_value_each,
    recipe,
    var,
)
from physics_assistant.agents_api.understanding.recipes.kinematics import velocity_roles

# (pattern, tool shape, I/(m R^2) or I/(m L^2) factor text, needs length instead of radius)
SHAPES: list[tuple[str, str, str, bool]] = [
    (r"hollow sphere|spherical shell|thin[- ]walled sphere|hollow ball|thin shell", "hollow_sphere", "⅔", False),
    (r"solid sphere|solid ball|uniform sphere|\bsphere\b|\bmarble\b|bowling ball", "solid_sphere", "⅖", False),
    (r"hollow cylinder|thin[- ]walled cylinder|cylindrical shell|\bpipe\b|\btube\b", "hollow_cylinder", "1", False),
    (r"(?:thin )?hoop|\bring\b|bicycle (?:wheel|rim)|\brim\b", "thin_hoop", "1", False),
    (
        (
            r"solid (?:disk|disc|cylinder)|uniform (?:disk|disc|cylinder)|\bdisk\b|\bdisc\b|\bcylinder\b|flywheel|"
            r"turntable|"
            r"merry-go-round|pulley|\bwheel\b"
        ),
        "solid_disk",
        "½",
        False,
    ),
    (
        r"(?:rod|stick|bar|pole|beam|rule|ruler)\b.*\b(?:end|one end)\b|\bend\b.*\b(?:rod|stick|bar|pole|beam)\b",
        "rod_end",
        "⅓",
        True,
    ),
    (r"\b(?:rod|stick|bar|pole|beam|rule|ruler)\b", "rod_center", "1/12", True),
]
_ROLL_FACTOR = {
    "solid_sphere": "2/5",
    "hollow_sphere": "2/3",
    "solid_disk": "1/2",
    "hollow_cylinder": "1",
    "thin_hoop": "1",
}
ROTATING = (
    r"\b(?:rotat\w*|spin\w*|turn\w*|wheel|disk|disc|flywheel|angular|rpm|revolution\w*|rev/|rad/s|radians?|axle|"
    r"propeller|fan|blade|turntable|merry-go-round|carousel|centrifuge|top\b)"
)


def find_shape(question: Question) -> tuple[str, str, bool, str] | None:
    """(tool shape, factor, needs length, matched words)."""
    for pattern, shape, factor, needs_length in SHAPES:
        m = re.search(pattern, question.lower)
        if m:
            return shape, factor, needs_length, m.group(0)
    return None


def _angular_velocities(question: Question) -> list[Quantity]:
    """Stated angular velocities, plus "from rest"/"to a stop" when the motion is a rotation."""
    found = question.stated("angular_velocity", "frequency")
    if not (found or question.stated("angular_acceleration") or question.has(ROTATING)) or question.stated("velocity"):
        return found
    implied = [q for q in question.of("velocity") if q.implied]
    return sorted(found + implied, key=lambda q: q.start)


ROTATIONAL_KINEMATICS_LESSON = lesson("rotational_kinematics")


@recipe(
    "rotational_kinematics",
    "angular_motion",
    {"angular_acceleration", "angular_velocity", "angle", "revolutions", "time"},
)
def rotational_kinematics(question: Question, target: Target) -> Plan | None:
    omegas = _angular_velocities(question)
    angles = question.stated("angle")
    alphas = question.stated("angular_acceleration")
    times = question.stated("time")
    if question.stated("torque", "moment_of_inertia", "force", "velocity", "acceleration"):
        return None
    one_value_each(question, "rotational kinematics", "angular_acceleration", "time", score=1.5)
    if any(not question.near(q, r"radius|radii|diameter", 30, 10) for q in question.stated("length")):
        return None  # a length that is not just the wheel's size: a linear-angular question
    if not (omegas or alphas or target.name in ("angular_acceleration", "angular_velocity", "revolutions")):
        return None
    w0, w = velocity_roles(question, omegas)
    knowns: dict[str, Var] = {}
    if w0 is not None:
        knowns["w0"] = Var(
            "w0",
            "ω0",
            r"\omega_0",
            "initial angular velocity",
            "angular_velocity",
            w0.si if w0.kind != "frequency" else 2 * math.pi * w0.si,
            w0,
        )
    if w is not None:
        knowns["w"] = Var(
            "w",
            "ω",
            r"\omega",
            "final angular velocity",
            "angular_velocity",
            w.si if w.kind != "frequency" else 2 * math.pi * w.si,
            w,
        )
    if alphas:
        a = alphas[0]
        sign = -1.0 if re.search(r"decelerat|slow|brak", question.before(a, 50)) and a.si > 0 else 1.0
        knowns["alpha"] = Var("alpha", "α", r"\alpha", "angular acceleration", "angular_acceleration", sign * a.si, a)
    if times:
        knowns["t"] = var("t", "t", "t", "time", "time", times[0])
    if angles:
        knowns["theta"] = var("theta", "θ", r"\theta", "angle turned", "angle", angles[0])
    unknown_key = {
        "angular_acceleration": "alpha",
        "angular_velocity": "w",
        "angle": "theta",
        "revolutions": "theta",
        "time": "t",
    }[target.name]
    steady = question.has(
        r"constant (?:angular )?(?:velocity|speed|rate)|uniform(?:ly)? (?:rotat|spin|angular velocity)|steady|steadily"
    )
    # "rotates once every 1.8 s", "spins twice every second": whole turns per period, a steady spin
    spin = _steady_spin(question) if not omegas else None
    period = spin is not None and question.near(spin[1], r"\b(?:every|each|per)\b", 25, 0)
    constant = (
        not alphas
        and (steady or period or len([q for q in omegas if not q.implied]) == 1)
        and not question.has(r"accelerat|decelerat|speeds? up|spins? up|slows?|from rest|to rest|stops|comes to")
    )
    if unknown_key == "w" and "w" in knowns and "w0" not in knowns:
        knowns["w0"] = knowns.pop("w")
    if constant and unknown_key != "alpha":
        knowns["alpha"] = Var(
            "alpha", "α", r"\alpha", "angular acceleration (constant spin)", "angular_acceleration", 0.0
        )
        if "w" in knowns and "w0" not in knowns:
            knowns["w0"] = knowns.pop("w")
    knowns.pop(unknown_key, None)
    if unknown_key == "w" and "w" in knowns:
        knowns.pop("w")
    if len(knowns) < 3:
        raise Missing(
            f"rotation with constant angular acceleration asking for the {target.label}",
            ["three of: initial and final angular velocity, angular acceleration, time, angle turned"],
            score=1.5,
        )
    text, latex = _ROT_FORMULAS[unknown_key]
    for known_set, t_text, t_latex in _ROT_TABLE.get(unknown_key, []):
        if known_set <= set(knowns):
            text, latex = t_text, t_latex
            break
    arg_names = {
        "w0": "initial_angular_velocity",
        "w": "final_angular_velocity",
        "alpha": "angular_acceleration",
        "t": "time",
        "theta": "angular_displacement",
    }
    args = {arg_names[k]: v.si for k, v in knowns.items()}
    result_key = arg_names[unknown_key] if unknown_key != "w" else "final_angular_velocity"
    labels = {
        "alpha": ("α", r"\alpha", "angular acceleration", "angular_acceleration"),
        "w": ("ω", r"\omega", "angular velocity", "angular_velocity"),
        "theta": ("θ", r"\theta", "angle turned", "angle"),
        "t": ("t", "t", "time", "time"),
    }[unknown_key]
    revs = target.name == "revolutions"
    speed_words = bool(re.search(r"speed|how fast|rate|deceleration|retardation", question.ask))

    def extract(results: StructuredResults) -> float:
        value = float(results[-1][result_key])
        return abs(value) if (revs or speed_words or unknown_key == "theta") else value

    return ROTATIONAL_KINEMATICS_LESSON.plan(
        Var(unknown_key, *labels),
        [knowns[k] for k in ("w0", "w", "alpha", "t", "theta") if k in knowns],
        (text, latex),
        ToolCall("angular-motion", "rotational_kinematics", args),
        extract,
        3.5 + count_cues(question, ROTATING) + 0.3 * len(knowns),
        default_unit="revolution" if revs else None,
    )


_ROT_FORMULAS = {
    "alpha": ("<alpha> = (<w> - <w0>) / <t>", r"<alpha> = \frac{<w> - <w0>}{<t>}"),
    "w": ("<w> = <w0> + <alpha> <t>", r"<w> = <w0> + <alpha> <t>"),
    "theta": ("<theta> = <w0> <t> + ½ <alpha> <t>^2", r"<theta> = <w0> <t> + \tfrac12 <alpha> <t>^2"),
    "t": ("<t> = (<w> - <w0>) / <alpha>", r"<t> = \frac{<w> - <w0>}{<alpha>}"),
}
_ROT_TABLE: dict[str, list[tuple[frozenset[str], str, str]]] = {
    "alpha": [
        (frozenset({"w0", "w", "t"}), "<alpha> = (<w> - <w0>) / <t>", r"<alpha> = \frac{<w> - <w0>}{<t>}"),
        (
            frozenset({"w0", "w", "theta"}),
            "<alpha> = (<w>^2 - <w0>^2) / (2 <theta>)",
            r"<alpha> = \frac{<w>^2 - <w0>^2}{2<theta>}",
        ),
        (
            frozenset({"w0", "theta", "t"}),
            "<alpha> = 2 (<theta> - <w0> <t>) / <t>^2",
            r"<alpha> = \frac{2(<theta> - <w0><t>)}{<t>^2}",
        ),
    ],
    "w": [
        (frozenset({"w0", "alpha", "t"}), "<w> = <w0> + <alpha> <t>", r"<w> = <w0> + <alpha> <t>"),
        (
            frozenset({"w0", "alpha", "theta"}),
            "<w> = √(<w0>^2 + 2 <alpha> <theta>)",
            r"<w> = \sqrt{<w0>^2 + 2<alpha><theta>}",
        ),
        (frozenset({"w0", "theta", "t"}), "<w> = 2 <theta> / <t> - <w0>", r"<w> = \frac{2<theta>}{<t>} - <w0>"),
        (
            frozenset({"alpha", "theta", "t"}),
            "<w> = <theta> / <t> + ½ <alpha> <t>",
            r"<w> = \frac{<theta>}{<t>} + \tfrac12 <alpha> <t>",
        ),
    ],
    "theta": [
        (
            frozenset({"w0", "alpha", "t"}),
            "<theta> = <w0> <t> + ½ <alpha> <t>^2",
            r"<theta> = <w0> <t> + \tfrac12 <alpha> <t>^2",
        ),
        (frozenset({"w0", "w", "t"}), "<theta> = (<w0> + <w>) <t> / 2", r"<theta> = \frac{(<w0> + <w>)<t>}{2}"),
        (
            frozenset({"w0", "w", "alpha"}),
            "<theta> = (<w>^2 - <w0>^2) / (2 <alpha>)",
            r"<theta> = \frac{<w>^2 - <w0>^2}{2<alpha>}",
        ),
    ],
    "t": [
        (frozenset({"w0", "w", "alpha"}), "<t> = (<w> - <w0>) / <alpha>", r"<t> = \frac{<w> - <w0>}{<alpha>}"),
        (frozenset({"w0", "w", "theta"}), "<t> = 2 <theta> / (<w0> + <w>)", r"<t> = \frac{2<theta>}{<w0> + <w>}"),
        (
            frozenset({"w0", "alpha", "theta"}),
            "<theta> = <w0> <t> + ½ <alpha> <t>^2, solved for <t>",
            r"<theta> = <w0><t> + \tfrac12 <alpha><t>^2",
        ),
    ],
}


def _inertia_call(question: Question, shape: str, mass: Quantity, size: Quantity, needs_length: bool) -> ToolCall:
    args: dict[str, object] = {"shape": shape, "mass": mass.si, ("length" if needs_length else "radius"): size.si}
    return ToolCall("angular-motion", "moment_of_inertia", args)


_METRE_STICK = re.compile(r"\b(?:metre|meter) (?:rule|ruler|stick)\b")
_INNER = r"\b(?:inner|internal|inside)\b"


def _radii(question: Question, needs_length: bool) -> tuple[Quantity | None, Quantity | None]:
    """(the size, the inner radius): a rod's length, or a round body's (outer) radius and, for a
    thick-walled one ('inner radius 10 cm'), its inner radius."""
    lengths = question.stated("length")
    inner = None if needs_length else next((q for q in lengths if re.search(_INNER, question.before(q, 30))), None)
    lengths = [q for q in lengths if q is not inner]
    if not lengths:
        m = _METRE_STICK.search(question.lower) if needs_length else None
        if m is None:
            return None, inner
        # a metre rule is 1 m long by name
        return Quantity(1.0, "meter", "length", 1.0, m.start(), m.end(), m.group(0), 99, implied="metre rule"), inner
    if needs_length:
        return next((q for q in lengths if question.near(q, r"long|length|rod|stick|bar|pole|beam")), lengths[0]), inner
    radius = next((q for q in lengths if question.near(q, r"radius|radii", 30, 20)), None)
    if radius is not None:
        return radius, inner
    diameter = next((q for q in lengths if question.near(q, r"diameter", 30, 20)), None)
    if diameter is not None:
        half = Quantity(
            diameter.value / 2,
            diameter.unit,
            diameter.kind,
            diameter.si / 2,
            diameter.start,
            diameter.end,
            f"{diameter.text} / 2",
            diameter.sig_figs,
        )
        return half, inner
    return lengths[0], inner


def _size(question: Question, needs_length: bool) -> Quantity | None:
    """The one size that sets I = k m r² (None for a thick-walled body, which has two)."""
    size, inner = _radii(question, needs_length)
    return size if inner is None else None


# A thick-walled body (inner radius ri, outer r): I, and I solved for m and for r, as (text, LaTeX).
_THICK: dict[str, dict[str, tuple[str, str]]] = {
    "hollow_cylinder": {
        "I": ("<I> = ½ <m> (<r>^2 + <ri>^2)", r"<I> = \tfrac12 <m> (<r>^2 + <ri>^2)"),
        "m": ("<m> = 2 <I> / (<r>^2 + <ri>^2)", r"<m> = \frac{2<I>}{<r>^2 + <ri>^2}"),
        "r": ("<r> = √(2 <I> / <m> - <ri>^2)", r"<r> = \sqrt{\frac{2<I>}{<m>} - <ri>^2}"),
    },
    "hollow_sphere": {
        "I": (
            "<I> = ⅖ <m> (<r>^5 - <ri>^5) / (<r>^3 - <ri>^3)",
            r"<I> = \tfrac25 <m> \frac{<r>^5 - <ri>^5}{<r>^3 - <ri>^3}",
        ),
        "m": (
            "<m> = <I> (<r>^3 - <ri>^3) / (⅖ (<r>^5 - <ri>^5))",
            r"<m> = \frac{<I>(<r>^3 - <ri>^3)}{\tfrac25 (<r>^5 - <ri>^5)}",
        ),
        "r": (
            "⅖ <m> (<r>^5 - <ri>^5) / (<r>^3 - <ri>^3) = <I>, solved for <r>",
            r"\tfrac25 <m> \frac{<r>^5 - <ri>^5}{<r>^3 - <ri>^3} = <I>",
        ),
    },
}


def _thick_shape(tool_shape: str, inner: Quantity | None) -> str | None:
    """The tool's shape for a body with an inner radius (a thick ring is a short thick cylinder);
    None when the shape cannot have one."""
    if inner is None:
        return tool_shape
    shape = "hollow_cylinder" if tool_shape == "thin_hoop" else tool_shape
    return shape if shape in _THICK else None


MOMENT_OF_INERTIA_LESSON = lesson("moment_of_inertia")


@recipe("moment_of_inertia", "angular_motion", {"moment_of_inertia"})
def moment_of_inertia(question: Question, target: Target) -> Plan | None:
    shape = find_shape(question)
    if shape is None:
        raise Missing(
            "a moment of inertia question",
            ["the shape of the body (e.g. solid disk, hoop, solid sphere, rod)"],
            score=2.0,
        )
    tool_shape, factor, needs_length, words = shape
    one_value_each(question, "a moment of inertia question", "mass")
    masses = question.stated("mass")
    size, inner = _radii(question, needs_length)
    if not masses or size is None:
        raise Missing(
            f"the moment of inertia of a {words}",
            ["the mass" if not masses else ("the length" if needs_length else "the radius")],
            score=3.0,
        )
    r = "L" if needs_length else "r"
    knowns = [
        var("m", "m", "m", "mass", "mass", masses[0]),
        var("r", r, r, "length" if needs_length else "radius", "length", size),
    ]
    formula = (
        f"<I> = {factor} <m> <r>^2" if factor != "1" else "<I> = <m> <r>^2",
        rf"<I> = {_latex_factor(factor)} <m> <r>^2",
    )
    call = _inertia_call(question, tool_shape, masses[0], size, needs_length)
    if inner is not None:
        thick = _thick_shape(tool_shape, inner)
        if thick is None:
            return None  # an inner radius on a solid body: not a shape we know
        knowns[1] = var("r", "r", "r", "outer radius", "length", size)
        knowns.append(var("ri", "ri", r"r_i", "inner radius", "length", inner))
        formula = _THICK[thick]["I"]
        call = ToolCall(
            "angular-motion", "moment_of_inertia", {**call.arguments, "shape": thick, "inner_radius": inner.si}
        )
    return MOMENT_OF_INERTIA_LESSON.plan(
        Var("I", "I", "I", "moment of inertia", "moment_of_inertia"),
        knowns,
        formula,
        call,
        field_of("moment_of_inertia"),
        5.0,
    )


@recipe("inertia_backwards", "angular_motion", {"mass", "radius", "diameter", "distance"})
def inertia_backwards(question: Question, target: Target) -> Plan | None:
    """I = k m r² backwards for a named shape: 'a solid disk of radius 0.3 m has I = 0.9 kg m²: its
    mass?', 'a 2 kg ring has I = 0.18 kg m²: its radius?' (or a rod's length, a disc's diameter, a
    thick tube's outer radius from its inner one)."""
    inertias = question.stated("moment_of_inertia")
    shape = find_shape(question)
    if len(inertias) != 1 or shape is None:
        return None  # no I, or several (a conservation problem)
    tool_shape, factor, needs_length, _ = shape
    size, inner = _radii(question, needs_length)
    thick = _thick_shape(tool_shape, inner)
    if thick is None or (inner is not None and question.asks(_INNER)):
        return None  # an inner radius on a solid body; the inner radius itself (the tool solves for the outer)
    tool_shape = thick
    words = _SHAPE_NAMES[tool_shape] if inner is None else f"thick-walled {tool_shape.replace('_', ' ')}"
    inertia = var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0])
    r = "L" if needs_length else "r"
    size_name = "length" if needs_length else "radius"
    args: dict[str, object] = {"shape": tool_shape, "moment_of_inertia": inertias[0].si}
    knowns = [inertia]
    if inner is not None:
        args["inner_radius"] = inner.si
        knowns.append(var("ri", "ri", r"r_i", "inner radius", "length", inner))
    # k m r² written as a divisor: "(½ <m>)", or a bare "<m>" when k is 1 (a hoop)
    k_latex = _latex_factor(factor) + " " if factor != "1" else ""
    k = f"{factor} " if factor != "1" else ""

    def divisor(term: str) -> str:
        return f"({k}{term})" if k else term

    if target.name == "mass":
        if size is None:
            raise Missing(f"the mass of a {words} from its moment of inertia", [f"the {size_name}"], score=3.0)
        args[size_name] = size.si
        knowns.append(var("r", r, r, size_name if inner is None else "outer radius", "length", size))
        unknown = Var("m", "m", "m", "mass", "mass")
        formula = (f"<m> = <I> / {divisor('<r>^2')}", rf"<m> = \frac{{<I>}}{{{k_latex}<r>^2}}")
        extract = field_of("mass")
    else:
        wants_length = target.name == "distance" and re.search(r"\blength\b|\blong\b", target.phrase) is not None
        if needs_length != wants_length or (target.name == "diameter" and needs_length) or size is not None:
            return None  # a rod's radius, a disc's length, or a size the question already gives
        masses = question.stated("mass")
        if len(masses) != 1:
            if masses:
                return None
            raise Missing(f"the {target.label} of a {words} from its moment of inertia", ["the mass"], score=3.0)
        args["mass"] = masses[0].si
        knowns.append(var("m", "m", "m", "mass", "mass", masses[0]))
        root, root_latex = f"√(<I> / {divisor('<m>')})", rf"\sqrt{{\frac{{<I>}}{{{k_latex}<m>}}}}"
        if target.name == "diameter":
            unknown = Var("d", "d", "d", "diameter", "length")
            formula = (f"<d> = 2 {root}", rf"<d> = 2 {root_latex}")
            extract = _diameter
        else:
            unknown = Var("r", r, r, size_name, "length")
            formula = (f"<r> = {root}", rf"<r> = {root_latex}")
            extract = field_of(size_name)
    if inner is not None:
        formula = _THICK[tool_shape]["m" if target.name == "mass" else "r"]
        if target.name == "diameter":
            formula = (f"<d> = 2 <r>, with {formula[0]}", rf"<d> = 2<r>,\ {formula[1]}")
    return MOMENT_OF_INERTIA_LESSON.plan(
        unknown,
        knowns,
        formula,
        ToolCall("angular-motion", "moment_of_inertia", args),
        extract,
        5.0,
        recipe=f"{unknown.label}_from_moment_of_inertia",
        concept_hint=(
            f"For a {words}, I = {k}m {r}²: rearrange it for the {unknown.label}."
            if inner is None
            else f"A {words}'s I depends on both radii: rearrange it for the {unknown.label}."
        ),
    )


_SHAPE_NAMES = {
    "hollow_sphere": "thin hollow sphere",
    "solid_sphere": "solid sphere",
    "hollow_cylinder": "thin-walled cylinder",
    "thin_hoop": "hoop or ring",
    "solid_disk": "solid disk or cylinder",
    "rod_end": "rod turning about one end",
    "rod_center": "rod turning about its centre",
}


def _diameter(results: StructuredResults) -> float:
    return 2 * float(results[-1]["radius"])


def _latex_factor(factor: str) -> str:
    return {"½": r"\tfrac12", "⅖": r"\tfrac25", "⅔": r"\tfrac23", "⅓": r"\tfrac13", "1/12": r"\tfrac1{12}", "1": ""}[
        factor
    ]


ROTATIONAL_SECOND_LAW_LESSON = lesson("rotational_second")


@recipe("rotational_second_law", "angular_motion", {"angular_acceleration", "torque", "moment_of_inertia"})
def rotational_second_law(question: Question, target: Target) -> Plan | None:
    one_value_each(question, "the rotational second law", "torque", "moment_of_inertia")
    torques = question.stated("torque", "energy")
    inertias = question.stated("moment_of_inertia")
    alphas = question.stated("angular_acceleration")
    forces = question.stated("force")
    name = target.name
    if name == "torque" and not alphas:
        return None
    if name == "angular_acceleration" and not torques and not forces:
        return None
    knowns: list[Var] = []
    args: dict[str, float] = {}
    calls: list = []
    inertia_from_shape = None
    if name != "torque":
        if torques:
            knowns.append(var("tau", "τ", r"\tau", "torque", "torque", torques[0]))
            args["torque"] = torques[0].si
        elif forces and question.stated("length"):
            return None  # torque from a force: the torque recipe chains it
    if name != "moment_of_inertia":
        if inertias:
            knowns.append(var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0]))
            args["moment_of_inertia"] = inertias[0].si
        else:
            shape = find_shape(question)
            masses = question.stated("mass")
            if shape and masses:
                size = _size(question, shape[2])
                if size is not None:
                    inertia_from_shape = (shape, masses[0], size)
                    knowns += [
                        var("m", "m", "m", "mass", "mass", masses[0]),
                        var("r", "r", "r", "radius", "length", size),
                    ]
    if name != "angular_acceleration" and alphas:
        knowns.append(var("alpha", "α", r"\alpha", "angular acceleration", "angular_acceleration", alphas[0]))
        args["angular_acceleration"] = alphas[0].si
    if len(args) + (1 if inertia_from_shape else 0) < 2:
        need = {
            "angular_acceleration": "the torque and the moment of inertia",
            "torque": "the moment of inertia and the angular acceleration",
        }.get(name, "the torque and the angular acceleration")
        raise Missing(f"Newton's second law for rotation asking for the {target.label}", [need], score=2.0)
    i_sym = "<I>"
    if inertia_from_shape is not None:
        (tool_shape, factor, needs_length, _), mass, size = inertia_from_shape
        calls.append(_inertia_call(question, tool_shape, mass, size, needs_length))
        fixed = dict(args)

        def second(results: StructuredResults) -> ToolCall:
            return ToolCall(
                "angular-motion",
                "rotational_second_law",
                {**fixed, "moment_of_inertia": float(results[0]["moment_of_inertia"])},
            )

        calls.append(second)
        i_sym = f"{factor} <m> <r>^2" if factor != "1" else "<m> <r>^2"
    else:
        calls.append(ToolCall("angular-motion", "rotational_second_law", args))
    if name == "angular_acceleration":
        unknown, formula, key = (
            Var("alpha", "α", r"\alpha", "angular acceleration", "angular_acceleration"),
            (f"<alpha> = <tau> / ({i_sym})", rf"<alpha> = \frac{{<tau>}}{{{i_sym}}}"),
            "angular_acceleration",
        )
    elif name == "torque":
        unknown, formula, key = (
            Var("tau", "τ", r"\tau", "torque", "torque"),
            (f"<tau> = {i_sym} <alpha>", rf"<tau> = {i_sym} <alpha>"),
            "torque",
        )
    else:
        unknown, formula, key = (
            Var("I", "I", "I", "moment of inertia", "moment_of_inertia"),
            ("<I> = <tau> / <alpha>", r"<I> = \frac{<tau>}{<alpha>}"),
            "moment_of_inertia",
        )
    return ROTATIONAL_SECOND_LAW_LESSON.plan(unknown, knowns, formula, calls, field_of(key), 4.5)


TORQUE_LESSON = lesson("torque")


TORQUE_ANGULAR_ACCELERATION_LESSON = lesson("torque_angular_acceleration")


@recipe("torque", "angular_motion", {"torque", "angular_acceleration"})
def torque(question: Question, target: Target) -> Plan | None:
    one_value_each(question, "a torque", "force")
    forces = question.stated("force")
    lengths = question.stated("length")
    if not forces:
        if target.name == "torque":
            raise Missing("a torque question", ["the force"], score=1.0)
        return None
    if not lengths:
        raise Missing("a torque question", ["the distance from the axis (lever arm)"], score=2.0)
    arm = next(
        (
            q
            for q in lengths
            if question.near(
                q,
                (
                    r"from the (?:axis|pivot|hinge|centre|center)|long|lever|arm|wrench|spanner|handle|radius|door|end|"
                    r"distance"
                ),
            )
        ),
        lengths[0],
    )
    angles = question.stated("angle")
    args: dict[str, float] = {"lever_arm": arm.si, "force": forces[0].si}
    knowns = [var("r", "r", "r", "lever arm", "length", arm), var("F", "F", "F", "force", "force", forces[0])]
    formula = ("<tau> = <r> <F>", r"<tau> = <r> <F>")
    if angles:
        theta = angles[0].si
        if question.near(
            angles[0],
            r"(?:to|with|from) the (?:door|handle|wrench|arm|lever|radius|rod|bar|spanner|board)|to it|with it",
        ):
            pass
        args["angle"] = theta
        knowns.append(var("theta", "θ", r"\theta", "angle between the lever arm and the force", "angle", angles[0]))
        formula = ("<tau> = <r> <F> sin <theta>", r"<tau> = <r> <F> \sin <theta>")
    call = ToolCall("angular-motion", "torque", args)
    if target.name == "torque":
        return TORQUE_LESSON.plan(
            Var("tau", "τ", r"\tau", "torque", "torque"),
            knowns,
            formula,
            call,
            lambda r: abs(float(r[-1]["torque"])),
            4.5 + count_cues(question, r"wrench|spanner|door|lever|pivot|hinge|axis"),
        )
    inertias = question.stated("moment_of_inertia")
    if not inertias:
        raise Missing("angular acceleration from a force's torque", ["the moment of inertia"], score=3.0)
    i_si = inertias[0].si
    knowns.append(var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0]))

    def second(results: StructuredResults) -> ToolCall:
        return ToolCall(
            "angular-motion",
            "rotational_second_law",
            {"torque": float(results[0]["torque"]), "moment_of_inertia": i_si},
        )

    text, latex = formula
    return TORQUE_ANGULAR_ACCELERATION_LESSON.plan(
        Var("alpha", "α", r"\alpha", "angular acceleration", "angular_acceleration"),
        knowns,
        (
            f"<alpha> = ({text.split(' = ', 1)[1]}) / <I>",
            rf"<alpha> = \frac{{{latex.split(' = ', 1)[1]}}}{{<I>}}",
        ),
        [call, second],
        field_of("angular_acceleration"),
        4.5,
    )


@recipe("linear_angular", "angular_motion", {"angular_velocity", "velocity", "acceleration", "radius"})
def linear_angular(question: Question, target: Target) -> Plan | None:
    one_value_each(question, "v = ω r", "angular_velocity")
    omegas = question.stated("angular_velocity", "frequency")
    speeds = question.stated("velocity")
    lengths = question.stated("length")
    one_value_each(question, "v = ω r", "length")
    if question.stated("mass") and target.name != "angular_velocity" and not question.asks(r"centripetal"):
        return None
    if question.stated("time", "angular_acceleration") and target.name == "angular_velocity":
        return None
    if target.name == "acceleration" and (
        question.asks(r"tangential|linear") or question.stated("time", "angular_acceleration")
    ):
        return None  # the tangential acceleration α r of a spin that changes, not the centripetal ω² r
    radius = next(
        (
            q
            for q in lengths
            if question.near(q, r"radius|radii|from the (?:axis|centre|center)|circle|wheel|rim|edge|diameter")
        ),
        lengths[0] if lengths else None,
    )
    if radius is not None and question.near(radius, r"diameter", 30, 20):
        radius = Quantity(
            radius.value / 2,
            radius.unit,
            radius.kind,
            radius.si / 2,
            radius.start,
            radius.end,
            f"{radius.text} / 2",
            radius.sig_figs,
        )
    name = target.name
    if name == "angular_velocity":
        if not speeds:
            return None
        if radius is None:
            raise Missing("angular velocity from a speed", ["the radius"], score=3.0)
        knowns = [
            var("v", "v", "v", "linear speed", "velocity", speeds[0]),
            var("r", "r", "r", "radius", "length", radius),
        ]
        return _lin_plan(
            Var("w", "ω", r"\omega", "angular velocity", "angular_velocity"),
            knowns,
            ("<w> = <v> / <r>", r"<w> = \frac{<v>}{<r>}"),
            {"linear_speed": speeds[0].si, "radius": radius.si},
            "angular_velocity",
            question,
        )
    if not omegas:
        spin = _steady_spin(question)
        if spin is None or name != "velocity" or speeds:
            return None
        if radius is None:
            raise Missing(f"a rotating point asking for the {target.label}", ["the radius"], score=3.0)
        return _speed_from_turns(question, *spin, radius)
    w = omegas[0]
    w_si = w.si if w.kind != "frequency" else 2 * math.pi * w.si
    if radius is None:
        raise Missing(f"a rotating point asking for the {target.label}", ["the radius"], score=3.0)
    knowns = [
        Var("w", "ω", r"\omega", "angular velocity", "angular_velocity", w_si, w),
        var("r", "r", "r", "radius", "length", radius),
    ]
    args = {"angular_velocity": w_si, "radius": radius.si}
    if name == "velocity":
        unknown = Var("v", "v", "v", "linear speed", "velocity")
        return _lin_plan(unknown, knowns, ("<v> = <w> <r>", r"<v> = <w> <r>"), args, "linear_speed", question)
    if name == "acceleration" and (
        question.asks(r"centripetal|radial|toward|inward|centre|center")
        or question.has(r"circle|circular|rotat|spin|rpm|turntable|wheel")
    ):
        unknown = Var("ac", "a_c", "a_c", "centripetal acceleration", "acceleration")
        formula = ("<ac> = <w>^2 <r>", r"<ac> = <w>^2 <r>")
        return _lin_plan(unknown, knowns, formula, args, "centripetal_acceleration", question)
    return None


def _steady_spin(question: Question) -> tuple[Quantity, Quantity] | None:
    """'one revolution every 60 s', 'turns through 10 rad in 2 s' at a steady rate: (angle, time)."""
    angles = question.stated("angle")
    times = question.stated("time")
    if len(angles) != 1 or len(times) != 1 or question.stated("angular_acceleration"):
        return None
    if question.has(r"accelerat|decelerat|from rest|speeds? up|spins? up|slows?|to rest|stops|comes to"):
        return None
    if not question.near(times[0], r"\b(?:every|each|in|per|takes?|taking|lasting)\b", 25, 0):
        return None
    return angles[0], times[0]


STEADY_SPIN_LESSON = lesson("steady_spin")


def _speed_from_turns(question: Question, angle: Quantity, time: Quantity, radius: Quantity) -> Plan:
    """ω = θ / t for a steady spin, then v = ω r."""
    r_si = radius.si

    def speed(results: StructuredResults) -> ToolCall:
        omega = float(results[0]["initial_angular_velocity"])
        return ToolCall("angular-motion", "linear_angular_relation", {"angular_velocity": omega, "radius": r_si})

    return STEADY_SPIN_LESSON.plan(
        Var("v", "v", "v", "linear speed", "velocity"),
        [
            var("theta", "θ", r"\theta", "angle turned", "angle", angle),
            var("t", "t", "t", "time", "time", time),
            var("r", "r", "r", "radius", "length", radius),
        ],
        ("<v> = (<theta> / <t>) × <r>", r"<v> = \frac{<theta>}{<t>}\,<r>"),
        [
            ToolCall(
                "angular-motion",
                "rotational_kinematics",
                {"angular_displacement": angle.si, "time": time.si, "angular_acceleration": 0.0},
            ),
            speed,
        ],
        field_of("linear_speed"),
        4.0 + count_cues(question, ROTATING),
        notes=["a steady spin: ω = θ / t"],
    )


LINEAR_ANGULAR_LESSON = lesson("linear_angular")


def _lin_plan(
    unknown: Var, knowns: list[Var], formula: tuple[str, str], args: dict[str, float], key: str, question: Question
) -> Plan:
    call = ToolCall("angular-motion", "linear_angular_relation", args)
    return LINEAR_ANGULAR_LESSON.plan(
        unknown, knowns, formula, call, field_of(key), 4.0 + count_cues(question, ROTATING)
    )


CENTRIPETAL_ACCELERATION_LESSON = lesson("centripetal_acceleration")


CENTRIPETAL_FORCE_LESSON = lesson("centripetal_force")


@recipe("centripetal_force", "angular_motion", {"force", "tension", "net_force", "acceleration"})
def centripetal_force(question: Question, target: Target) -> Plan | None:
    if not question.has(
        r"circle|circular|centripetal|orbit|around|round|swung|whirl|rotat|revolv|turn|curve|bend|loop"
    ):
        return None
    one_value_each(question, "centripetal force", "mass", "velocity", "angular_velocity")
    if (
        target.name in ("force", "tension")
        and question.has(
            r"vertical (?:circle|loop)|loop[- ]the[- ]loop|(?:top|bottom) of (?:the|a|its) (?:loop|circle)"
        )
        and not question.asks(r"centripetal|net|resultant")
    ):
        # in a vertical circle the weight acts too: the tension is m v²/r ± m g, not m v²/r (a 422)
        raise Missing("circular motion", ["a horizontal circle (a vertical circle's tension is not read)"], score=4.0)
    masses = question.stated("mass")
    lengths = question.stated("length")
    speeds = question.stated("velocity")
    omegas = question.stated("angular_velocity", "frequency")
    periods = [
        q
        for q in question.stated("time")
        if question.near(
            q,
            (
                r"period|per (?:revolution|rotation|orbit|lap)|each (?:revolution|lap)|one (?:revolution|lap|rotation)|"
                r"every"
            ),
        )
    ]
    if target.name == "acceleration" and masses == [] and not question.asks(r"centripetal"):
        return None
    if not lengths:
        raise Missing("circular motion", ["the radius"], score=2.5)
    radius = next((q for q in lengths if question.near(q, r"radius|circle|curve|string|rope|long|track")), lengths[0])
    args: dict[str, object] = {"mass": masses[0].si if masses else 1.0, "radius": radius.si}
    knowns = ([var("m", "m", "m", "mass", "mass", masses[0])] if masses else []) + [
        var("r", "r", "r", "radius", "length", radius)
    ]
    if speeds:
        args["speed"] = speeds[0].si
        knowns.append(var("v", "v", "v", "speed", "velocity", speeds[0]))
        force_formula = ("<F> = <m> <v>^2 / <r>", r"<F> = \frac{<m><v>^2}{<r>}")
        acc_formula = ("<F> = <v>^2 / <r>", r"<F> = \frac{<v>^2}{<r>}")
    elif omegas:
        w = omegas[0]
        args["angular_velocity"] = w.si if w.kind != "frequency" else 2 * math.pi * w.si
        knowns.append(Var("w", "ω", r"\omega", "angular velocity", "angular_velocity", args["angular_velocity"], w))  # type: ignore[arg-type]
        force_formula = ("<F> = <m> <w>^2 <r>", r"<F> = <m><w>^2<r>")
        acc_formula = ("<F> = <w>^2 <r>", r"<F> = <w>^2<r>")
    elif periods:
        args["period"] = periods[0].si
        knowns.append(var("T", "T", "T", "period", "time", periods[0]))
        force_formula = ("<F> = 4π^2 <m> <r> / <T>^2", r"<F> = \frac{4\pi^2 <m><r>}{<T>^2}")
        acc_formula = ("<F> = 4π^2 <r> / <T>^2", r"<F> = \frac{4\pi^2<r>}{<T>^2}")
    else:
        raise Missing("circular motion", ["the speed (or the angular velocity or period)"], score=2.5)
    if target.name == "acceleration":
        return CENTRIPETAL_ACCELERATION_LESSON.plan(
            Var("F", "a_c", "a_c", "centripetal acceleration", "acceleration"),
            [k for k in knowns if k.key != "m"],
            acc_formula,
            ToolCall("angular-motion", "centripetal_force", args),
            field_of("centripetal_acceleration"),
            4.5,
        )
    if not masses:
        raise Missing("the centripetal force", ["the mass"], score=3.0)
    unknown = Var("F", "F_c", "F_c", "centripetal force", "force")
    score = 4.5 + count_cues(question, r"centripetal", r"circle|circular")
    call = ToolCall("angular-motion", "centripetal_force", args)
    return CENTRIPETAL_FORCE_LESSON.plan(unknown, knowns, force_formula, call, field_of("centripetal_force"), score)


ROLLING_LESSON = lesson("rolling")


@recipe("rolling", "angular_motion", {"velocity", "acceleration", "time"})
def rolling(question: Question, target: Target) -> Plan | None:
    if not question.has(r"\brolls?\b|rolling|without slipping"):
        return None
    if question.has(r"without friction|frictionless|no friction|smooth") and not question.has(r"without slipping"):
        return None  # nothing to make it turn: it slides, and energy conservation answers
    shape = find_shape(question)
    if shape is None or shape[0] not in _ROLL_FACTOR:
        raise Missing(
            "a body rolling down a slope",
            ["its shape (solid sphere, hollow sphere, solid cylinder or disk, hoop)"],
            score=3.0,
        )
    tool_shape = shape[0]
    angles = question.stated("angle")
    lengths = question.stated("length")
    heights = {q.si for q in lengths if question.near(q, r"high|height|vertical|drop|above|tall")}
    if len(heights) > 1:
        # "down a 1 m high ramp and another down a 2 m high ramp": which height is asked about is not read
        raise Missing("rolling down a slope", ["which one height the question is about"], score=3.0)
    height = next((q for q in lengths if question.near(q, r"high|height|vertical|drop|above|tall")), None)
    length = next(
        (q for q in lengths if q is not height and question.near(q, r"long|length|along|down|slope|incline|ramp")), None
    )
    if height is None and length is None and not (target.name == "acceleration" and angles):
        raise Missing("a body rolling down a slope", ["the height of the slope"], score=3.0)
    if target.name in ("acceleration", "time") and not angles:
        raise Missing("a body rolling down a slope", ["the slope angle"], score=3.0)
    if height is None and not angles:
        raise Missing("a body rolling down a slope", ["the height (or the length and angle) of the slope"], score=3.0)
    # The speed at the bottom depends only on the drop height, so the angle may be missing then.
    args: dict[str, object] = {"shape": tool_shape, "g": question.g}
    if angles:
        args["angle"] = angles[0].si
    if height is not None:
        args["height"] = height.si
    else:
        # the acceleration does not depend on the slope's size: any length will do when none is given
        args["length"] = length.si if length is not None else 1.0
    beta = _ROLL_FACTOR[tool_shape]
    knowns: list[Var] = []
    if height is not None:
        knowns.append(var("h", "h", "h", "height of the slope", "length", height))
    if length is not None and height is None:
        knowns.append(var("L", "L", "L", "length of the slope", "length", length))
    if angles:
        knowns.append(var("theta", "θ", r"\theta", "slope angle", "angle", angles[0]))
    knowns.append(g_var(question))
    beta_latex = {"2/5": r"\tfrac25", "2/3": r"\tfrac23", "1/2": r"\tfrac12", "1": "1"}[beta]
    drop = "<h>" if height is not None else "<L> sin <theta>"
    drop_latex = "<h>" if height is not None else r"<L>\sin<theta>"
    if target.name == "velocity":
        unknown = Var("v", "v", "v", "speed at the bottom", "velocity")
        formula = (
            f"<v> = √(2 <g> {drop} / (1 + {beta}))",
            rf"<v> = \sqrt{{\frac{{2<g>{drop_latex}}}{{1 + {beta_latex}}}}}",
        )
        key = "speed_at_bottom"
    elif target.name == "acceleration":
        unknown = Var("a", "a", "a", "acceleration down the slope", "acceleration")
        formula = (f"<a> = <g> sin <theta> / (1 + {beta})", rf"<a> = \frac{{<g>\sin<theta>}}{{1 + {beta_latex}}}")
        key = "acceleration"
    else:
        unknown = Var("t", "t", "t", "time to reach the bottom", "time")
        formula = (
            f"<t> = √(2 L / a), a = <g> sin <theta> / (1 + {beta})",
            rf"t = \sqrt{{2L/a}},\ a = \frac{{<g>\sin<theta>}}{{1 + {beta_latex}}}",
        )
        key = "time_to_bottom"
    return ROLLING_LESSON.plan(
        unknown, knowns, formula, ToolCall("angular-motion", "rolling_down_incline", args), field_of(key), 6.0
    )


def _omega_si(w: Quantity) -> float:
    return w.si if w.kind != "frequency" else 2 * math.pi * w.si


SPIN_FROM_INERTIA_LESSON = lesson("spin_from_inertia")


SPIN_FROM_ANGULAR_MOMENTUM_LESSON = lesson("spin_from_angular_momentum")


INERTIA_FROM_SPIN_LESSON = lesson("inertia_from_spin")


ROTATIONAL_ENERGY_LESSON = lesson("rotational_energy")
ANGULAR_MOMENTUM_LESSON = lesson("angular_momentum")


@recipe(
    "angular_momentum",
    "angular_motion",
    {"angular_momentum", "angular_velocity", "rotational_energy", "kinetic_energy", "energy", "moment_of_inertia"},
)
def angular_momentum(question: Question, target: Target) -> Plan | None:
    inertias = question.stated("moment_of_inertia")
    omegas = question.stated("angular_velocity", "frequency")
    name = target.name
    if name in ("rotational_energy", "kinetic_energy", "energy", "angular_momentum"):
        one_value_each(question, "rotational kinetic energy", "angular_velocity", "moment_of_inertia")
    if name == "moment_of_inertia":
        # "spins at 3 rad/s with I = 5 kg m^2 ... becomes 7.5 rad/s; new moment of inertia?": I1 w1 = I2 w2
        if len(inertias) != 1 or len(omegas) != 2 or question.stated("torque", "angular_acceleration"):
            return None
        w1, w2 = omegas
        return INERTIA_FROM_SPIN_LESSON.plan(
            Var("I2", "I2", "I_2", "final moment of inertia", "moment_of_inertia"),
            [
                var("I1", "I1", "I_1", "initial moment of inertia", "moment_of_inertia", inertias[0]),
                Var("w1", "ω1", r"\omega_1", "initial angular velocity", "angular_velocity", _omega_si(w1), w1),
                Var("w2", "ω2", r"\omega_2", "final angular velocity", "angular_velocity", _omega_si(w2), w2),
            ],
            ("<I2> = <I1> <w1> / <w2>", r"<I2> = \frac{<I1><w1>}{<w2>}"),
            ToolCall(
                "angular-motion",
                "angular_momentum_conservation",
                {
                    "initial_moment_of_inertia": inertias[0].si,
                    "initial_angular_velocity": _omega_si(w1),
                    "final_angular_velocity": _omega_si(w2),
                },
            ),
            field_of("final_moment_of_inertia"),
            5.5,
        )
    if name in ("kinetic_energy", "energy") and not question.has(r"rotat|spin|flywheel|turning|wheel|rpm|rad/s"):
        return None
    shape_chain = None
    if not inertias:
        shape = find_shape(question)
        masses = question.stated("mass")
        if shape and masses and name != "angular_velocity":
            size = _size(question, shape[2])
            if size is not None:
                shape_chain = (shape, masses[0], size)
    momenta = question.stated("angular_momentum")
    if name == "angular_velocity" and len(inertias) == 1 and len(momenta) == 1 and not omegas:
        # L = I ω solved for ω
        return SPIN_FROM_ANGULAR_MOMENTUM_LESSON.plan(
            Var("w", "ω", r"\omega", "angular velocity", "angular_velocity"),
            [
                var("L", "L", "L", "angular momentum", "angular_momentum", momenta[0]),
                var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0]),
            ],
            ("<w> = <L> / <I>", r"<w> = \frac{<L>}{<I>}"),
            ToolCall(
                "angular-motion",
                "angular_momentum",
                {"moment_of_inertia": inertias[0].si, "angular_momentum": momenta[0].si},
            ),
            lambda r: abs(float(r[-1]["angular_velocity"])),
            5.0,
        )
    if name == "angular_velocity":
        if len(inertias) < 2 or not omegas:
            return None
        # conservation: I1 w1 = I2 w2
        w = omegas[0]
        w_si = w.si if w.kind != "frequency" else 2 * math.pi * w.si
        spins = [
            var("I1", "I1", "I_1", "initial moment of inertia", "moment_of_inertia", inertias[0]),
            Var("w1", "ω1", r"\omega_1", "initial angular velocity", "angular_velocity", w_si, w),
            var("I2", "I2", "I_2", "final moment of inertia", "moment_of_inertia", inertias[1]),
        ]
        return SPIN_FROM_INERTIA_LESSON.plan(
            Var("w2", "ω2", r"\omega_2", "final angular velocity", "angular_velocity"),
            spins,
            ("<w2> = <I1> <w1> / <I2>", r"<w2> = \frac{<I1><w1>}{<I2>}"),
            ToolCall(
                "angular-motion",
                "angular_momentum_conservation",
                {
                    "initial_moment_of_inertia": inertias[0].si,
                    "initial_angular_velocity": w_si,
                    "final_moment_of_inertia": inertias[1].si,
                },
            ),
            field_of("final_angular_velocity"),
            5.5,
            default_unit="revolution/minute" if w.unit.strip("()") == "revolution/minute" else None,
        )
    if not omegas or not (inertias or shape_chain):
        if name == "angular_momentum":
            raise Missing(
                "an angular momentum question",
                ["the moment of inertia (or shape, mass and radius)" if omegas else "the angular velocity"],
                score=2.5,
            )
        return None
    w = omegas[0]
    w_si = w.si if w.kind != "frequency" else 2 * math.pi * w.si
    knowns: list[Var] = []
    calls: list = []
    i_sym = "<I>"
    if inertias:
        knowns.append(var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0]))
        i_si = inertias[0].si
    else:
        assert shape_chain is not None
        (tool_shape, factor, needs_length, _), mass, size = shape_chain
        knowns += [var("m", "m", "m", "mass", "mass", mass), var("r", "r", "r", "radius", "length", size)]
        calls.append(_inertia_call(question, tool_shape, mass, size, needs_length))
        i_sym = f"{factor} <m> <r>^2" if factor != "1" else "<m> <r>^2"
        i_si = None
    knowns.append(Var("w", "ω", r"\omega", "angular velocity", "angular_velocity", w_si, w))
    energy = name in ("rotational_energy", "kinetic_energy", "energy")
    tool = "rotational_kinetic_energy" if energy else "angular_momentum"

    def final(results: StructuredResults) -> ToolCall:
        inertia = i_si if i_si is not None else float(results[0]["moment_of_inertia"])
        return ToolCall("angular-motion", tool, {"moment_of_inertia": inertia, "angular_velocity": w_si})

    calls.append(final if i_si is None else final([]))
    if energy:
        unknown = Var("K", "KE_rot", r"E_{k,\mathrm{rot}}", "rotational kinetic energy", "energy")
        formula = (f"<K> = ½ ({i_sym}) <w>^2", rf"<K> = \tfrac12 ({i_sym}) <w>^2")
        key = "kinetic_energy"
    else:
        unknown = Var("L", "L", "L", "angular momentum", "angular_momentum")
        formula = (f"<L> = ({i_sym}) <w>", rf"<L> = ({i_sym}) <w>")
        key = "angular_momentum"
    chosen = ROTATIONAL_ENERGY_LESSON if energy else ANGULAR_MOMENTUM_LESSON
    return chosen.plan(unknown, knowns, formula, calls, field_of(key, magnitude=True), 5.0)


TORQUE_SPIN_UP_LESSON = lesson("torque_spin_up")


@recipe("torque_spin_up", "angular_motion", {"angular_velocity"})
def torque_spin_up(question: Question, target: Target) -> Plan | None:
    """A torque acting for a time on a wheel of known moment of inertia: α = τ / I, then ω = ω0 + α t."""
    torques, inertias = question.stated("torque"), question.stated("moment_of_inertia")
    times = question.stated("time")
    if len(torques) != 1 or len(inertias) != 1 or len(times) != 1 or question.stated("angular_acceleration", "length"):
        return None
    spins = [q for q in question.stated("angular_velocity", "frequency")]
    from_rest = any(q.implied == "rest" for q in question.of("velocity"))
    if len(spins) > 1 or not (spins or from_rest):
        return None
    w0 = _omega_si(spins[0]) if spins else 0.0
    t = times[0].si

    def spin(results: StructuredResults) -> ToolCall:
        alpha = float(results[0]["angular_acceleration"])
        args = {"initial_angular_velocity": w0, "angular_acceleration": alpha, "time": t}
        return ToolCall("angular-motion", "rotational_kinematics", args)

    knowns = [
        var("tau", "τ", r"\tau", "torque", "torque", torques[0]),
        var("I", "I", "I", "moment of inertia", "moment_of_inertia", inertias[0]),
        var("t", "t", "t", "time", "time", times[0]),
        Var("w0", "ω0", r"\omega_0", "initial angular velocity", "angular_velocity", w0, spins[0] if spins else None),
    ]
    second = ToolCall(
        "angular-motion", "rotational_second_law", {"torque": torques[0].si, "moment_of_inertia": inertias[0].si}
    )
    formula = ("<w> = <w0> + (<tau> / <I>) <t>", r"<w> = <w0> + \frac{<tau>}{<I>}<t>")
    unknown = Var("w", "ω", r"\omega", "final angular velocity", "angular_velocity")
    return TORQUE_SPIN_UP_LESSON.plan(unknown, knowns, formula, [second, spin], field_of("final_angular_velocity"), 5.0)
