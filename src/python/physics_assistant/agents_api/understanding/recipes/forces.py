"""Forces: Newton's second law, weight, net force, inclines, springs, components, pulleys, friction."""

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

INCLINE = r"\b(?:incline[sd]?|slope[sd]?|ramp|inclined plane|hill(?:side)?|tilted)\b"
PULLEY = r"\bpulley\b|atwood"
SPRING = r"\bspring\b"
COEFFICIENT = (
    r"(?:(?:coefficient of (?:(?:static|kinetic|sliding|rolling) )?friction|(?:static|kinetic|sliding) friction "
    r"coefficient|friction coefficient)"
    r"(?:\s(?:between|for|of|on)\b[^.?!;]{0,50}?)?|\bmu(?:_?[sk])?\b|µ(?:_?[sk])?)\s?(?:is|of|=|:|equal to|equals|is "
    r"equal to)?\s?$"
)
PERPENDICULAR = (
    r"perpendicular|right angles?|at 90|\bnorth\w*\b.*\b(?:east|west)\w*|\b(?:east|west)\w*\b.*\b(?:north|south)\w*|"
    r"horizontal\w* and (?:a )?vertical\w*|x[- ]component|\bcomponents?\b"
)
OPPOSING = (
    r"\b(?:oppos\w*|against|resist\w*|friction\w*|drag|backwards?|to the left|left|west\w*|south\w*|"
    r"downwards?|retard\w*|air resistance|brak\w*|in the opposite direction|opposite)\b"
)


def coefficients(question: Question) -> tuple[Quantity | None, Quantity | None]:
    """(mu_static, mu_kinetic): bare numbers named as friction coefficients."""
    mu_s = mu_k = None
    for q in question.of("number"):
        before = question.before(q, 110)
        if not re.search(COEFFICIENT, before) or not 0 <= q.si <= 10:
            continue
        if re.search(r"kinetic|sliding|mu_?k|µ_?k", before):
            mu_k = mu_k or q
        elif re.search(r"static|mu_?s|µ_?s", before):
            mu_s = mu_s or q
        elif mu_s is None and mu_k is None:
            # unqualified: static for "does it move / largest force", kinetic for sliding questions
            if question.has(r"slid(?:es|ing)|moving at constant|kinetic|keeps? (?:it )?moving|is pulled at constant"):
                mu_k = q
            else:
                mu_s = q
    return mu_s, mu_k


def _mu_var(q: Quantity, key: str, symbol: str, latex: str, label: str) -> Var:
    return Var(key, symbol, latex, label, "number", q.si, q)


FORCE_FROM_MOTION_LESSON = lesson("force_from_motion")


NEWTONS_SECOND_LAW_LESSON = lesson("newtons_second")


@recipe("newtons_second_law", "forces", {"acceleration", "force", "net_force", "mass"})
def newtons_second_law(question: Question, target: Target) -> Plan | None:
    if question.has(INCLINE) or question.has(PULLEY) or question.has(SPRING) or any(coefficients(question)):
        return None
    if question.stated("angle", "torque", "moment_of_inertia", "energy", "power"):
        return None
    forces = question.stated("force")
    masses = question.stated("mass")
    accelerations = question.stated("acceleration")
    if len(forces) > 1 or len(masses) > 1:
        return None  # several forces: the net-force recipe
    if target.name in ("force", "net_force") and question.asks(r"weight|gravit"):
        return None
    support = r"normal|reaction|scales?\b|reads?\b|reading|apparent|feels?|cable|hang\w*|upwards?|vertical\w*"
    held = forces and (question.has(LIFT) or question.near(forces[0], support, 60, 40))
    if held and not question.near(forces[0], r"\bnet\b|resultant|unbalanced|overall", 40, 20):
        return None  # a support force in a lift or holding a weight is not the net force: weight acts too
    chained = None
    if target.name in ("force", "net_force") and not accelerations and masses:
        v0, v = velocity_roles(question, question.of("velocity"))
        times = question.stated("time")
        lengths = question.stated("length")
        if v0 is not None and v is not None and (times or lengths):
            chained = (v0, v, times[0] if times else None, lengths[0] if lengths else None)
    if chained is not None:
        v0, v, t, x = chained
        motion = {"v0": v0.si, "v": v.si}
        given = [
            var("m", "m", "m", "mass", "mass", masses[0]),
            var("v0", "v0", "v_0", "initial speed", "velocity", v0),
            var("v", "v", "v", "final speed", "velocity", v),
        ]
        if t is not None:
            motion["t"] = t.si
            given.append(var("t", "t", "t", "time", "time", t))
            formula = ("<F> = <m> (<v> - <v0>) / <t>", r"<F> = \frac{<m>(<v> - <v0>)}{<t>}")
        else:
            assert x is not None
            motion["x"] = x.si
            given.append(var("x", "s", "s", "distance", "length", x))
            formula = ("<F> = <m> (<v>^2 - <v0>^2) / (2 <x>)", r"<F> = \frac{<m>(<v>^2 - <v0>^2)}{2<x>}")
        mass_si = masses[0].si

        def second(results: StructuredResults) -> ToolCall:
            return ToolCall("forces", "newtons_second_law", {"mass": mass_si, "acceleration": float(results[0]["a"])})

        # a force that slows a body comes out negative; asked as "the force" it is the size that is wanted
        magnitude = not question.asks(r"signed|direction|negative|positive")
        return FORCE_FROM_MOTION_LESSON.plan(
            Var("F", "F", "F", "net force", "force"),
            given,
            formula,
            [ToolCall("kinematics", "constant_acceleration", motion), second],
            lambda results: abs(float(results[-1]["force"])) if magnitude else float(results[-1]["force"]),
            3.5,
            notes=["the body slows down, so the force acts against the motion; its size is given"]
            if magnitude and abs(v.si) < abs(v0.si)
            else [],
        )
    knowns: list[Var] = []
    args: dict[str, float] = {}
    if forces and target.name not in ("force", "net_force"):
        knowns.append(var("F", "F", "F", "net force", "force", forces[0]))
        args["force"] = forces[0].si
    if masses and target.name != "mass":
        knowns.append(var("m", "m", "m", "mass", "mass", masses[0]))
        args["mass"] = masses[0].si
    if accelerations and target.name != "acceleration":
        knowns.append(var("a", "a", "a", "acceleration", "acceleration", accelerations[0]))
        args["acceleration"] = accelerations[0].si
    if len(args) < 2:
        if target.name == "acceleration" and not forces:
            return None
        need = {"acceleration": "the net force and the mass", "mass": "the net force and the acceleration"}.get(
            target.name, "the mass and the acceleration"
        )
        raise Missing(f"Newton's second law asking for the {target.label}", [need], score=0.5)
    if target.name == "acceleration":
        unknown, formula, key = (
            Var("a", "a", "a", "acceleration", "acceleration"),
            ("<a> = <F> / <m>", r"<a> = \frac{<F>}{<m>}"),
            "acceleration",
        )
    elif target.name == "mass":
        unknown, formula, key = (
            Var("m", "m", "m", "mass", "mass"),
            ("<m> = <F> / <a>", r"<m> = \frac{<F>}{<a>}"),
            "mass",
        )
    else:
        unknown, formula, key = Var("F", "F", "F", "net force", "force"), ("<F> = <m> <a>", r"<F> = <m> <a>"), "force"
    score = 2.5 + count_cues(question, r"net force|newton'?s second", r"accelerat")
    call = ToolCall("forces", "newtons_second_law", args)
    return NEWTONS_SECOND_LAW_LESSON.plan(
        unknown,
        knowns,
        formula,
        call,
        field_of(key),
        score,
    )


NET_FORCE_1D_LESSON = lesson("net_force_1d")


@recipe("net_force_1d", "forces", {"net_force", "acceleration", "force"})
def net_force_1d(question: Question, target: Target) -> Plan | None:
    forces = question.stated("force")
    if len(forces) < 2 or question.has(INCLINE) or question.has(PULLEY) or question.stated("angle"):
        return None
    if question.has(PERPENDICULAR):
        return None
    if len(question.stated("mass")) > 1:
        # "30 N on a 3 kg cart and 60 N on another 3 kg cart": forces on two bodies are not one net force
        raise Missing("a net force", ["the forces on one body"], score=2.0)
    if target.name == "force" and not question.asks(r"net|resultant|overall|total|unbalanced"):
        return None
    signed = []
    for q in forces:
        # the words of this force's own clause: "15 N to the left", "friction of 15 N"
        before = re.split(r"\b(?:while|and|but|whereas)\b|,", question.before(q, 45))[-1]
        after = re.split(r"\b(?:while|and|but|whereas)\b|,", question.after(q, 35))[0]
        if any(0 <= f.start - q.end <= 35 for f in forces if f is not q):
            # "10 N against friction of 4 N": what follows "against" is the next force's, not this one's
            after = re.split(r"\b(?:against|opposed by|resisted by)\b", after)[0]
        sign = -1.0 if re.search(OPPOSING, before + " " + after) else 1.0
        signed.append(sign * q.si)
    if all(s < 0 for s in signed):
        signed = [-s for s in signed]
    masses = question.stated("mass")
    args: dict[str, object] = {"forces": signed}
    knowns = [
        Var(f"F{i + 1}", f"F{i + 1}", f"F_{i + 1}", "force", "force", s, q)
        for i, (s, q) in enumerate(zip(signed, forces, strict=True))
    ]
    total = " + ".join(f"<F{i + 1}>" for i in range(len(forces)))
    if target.name == "acceleration":
        if not masses:
            raise Missing("several forces on a body, asking for its acceleration", ["the mass"], score=2.0)
        args["mass"] = masses[0].si
        knowns.append(var("m", "m", "m", "mass", "mass", masses[0]))
        unknown = Var("a", "a", "a", "acceleration", "acceleration")
        formula = (f"<a> = ({total}) / <m>", rf"<a> = \frac{{{total}}}{{<m>}}")
        extract = field_of("acceleration")
    else:
        unknown = Var("F", "F_net", r"F_{\mathrm{net}}", "net force", "force")
        formula = (f"<F> = {total}", f"<F> = {total}")

        def extract(results: StructuredResults) -> float:
            return abs(float(results[-1]["net_force"]))

    return NET_FORCE_1D_LESSON.plan(
        unknown, knowns, formula, ToolCall("forces", "force_sum_1d", args), extract, 3.0 + 0.5 * len(forces)
    )


MASS_FROM_WEIGHT_LESSON = lesson("mass_from_weight")


WEIGHT_LESSON = lesson("weight")


@recipe("weight", "forces", {"weight", "force", "mass"})
def weight(question: Question, target: Target) -> Plan | None:
    if question.has(INCLINE) or question.has(PULLEY) or question.has(SPRING):
        return None
    if target.name == "mass":
        forces = question.stated("force")
        if not forces or not question.has(r"weigh|weight|gravit"):
            return None
        knowns = [var("W", "W", "W", "weight", "force", forces[0]), g_var(question)]
        return MASS_FROM_WEIGHT_LESSON.plan(
            Var("m", "m", "m", "mass", "mass"),
            knowns,
            ("<m> = <W> / <g>", r"<m> = \frac{<W>}{<g>}"),
            ToolCall("forces", "newtons_second_law", {"force": forces[0].si, "acceleration": question.g}),
            field_of("mass"),
            3.0,
        )
    if target.name == "force" and not question.asks(r"gravit|weigh|pull of the earth|earth pull"):
        return None
    masses = question.stated("mass")
    if not masses:
        raise Missing("a weight question", ["the mass"], score=1.0)
    if len(masses) > 1 and not question.has(r"total|combined|together"):
        return None
    return WEIGHT_LESSON.plan(
        Var("W", "W", "W", "weight", "force"),
        [var("m", "m", "m", "mass", "mass", masses[0]), g_var(question)],
        ("<W> = <m> <g>", r"<W> = <m> <g>"),
        ToolCall("forces", "weight", {"mass": masses[0].si, "g": question.g}),
        field_of("weight"),
        3.0 + (1.0 if target.name == "weight" else 0.0),
        notes=[question.g_note] if question.g_note else [],
    )


@recipe(
    "incline",
    "forces",
    {
        "force_parallel",
        "force_perpendicular",
        "normal_force",
        "friction",
        "acceleration",
        "net_force",
        "force",
        "weight",
    },
)
def incline(question: Question, target: Target) -> Plan | None:
    if not question.has(INCLINE):
        return None
    if question.has(r"\b(?:rolls|rolling|without slipping|sphere|cylinder|hoop|disk|disc)\b"):
        return None
    one_value_each(question, "an incline", "angle", "mass")
    angles = question.stated("angle")
    masses = question.stated("mass")
    if not angles:
        raise Missing("a block on an incline", ["the incline angle"], score=2.0)
    mu_s, mu_k = coefficients(question)
    frictionless = question.has(r"frictionless|smooth|no friction|without friction|ignore friction|neglect friction")
    sliding = question.has(r"slid(?:es|ing)|slips|moving down|accelerat\w* down|released|let go|slide")
    name = target.name
    if name == "acceleration" and question.stated("force"):
        return None  # a push or pull on the slope acts with gravity: g sin θ alone is not its acceleration
    if name == "force" and not question.asks(
        r"along|parallel|down the|normal|perpendicular|friction|hold|keep|stop|prevent"
    ):
        return None
    if name == "weight":
        return None
    if not masses and name != "acceleration":
        raise Missing(f"a block on an incline, asking for the {target.label}", ["the mass"], score=2.5)
    theta = angles[0]
    knowns: list[Var] = []
    args: dict[str, object] = {"angle": theta.si, "g": question.g}
    if masses:  # the acceleration does not depend on the mass: the tool works per kg without one
        knowns.append(var("m", "m", "m", "mass", "mass", masses[0]))
        args["mass"] = masses[0].si
    knowns.append(var("theta", "θ", r"\theta", "incline angle", "angle", theta))
    knowns.append(g_var(question))
    if mu_s is not None:
        args["mu_static"] = mu_s.si
        knowns.append(_mu_var(mu_s, "mus", "μs", r"\mu_s", "coefficient of static friction"))
    if mu_k is not None:
        args["mu_kinetic"] = mu_k.si
        if mu_s is None:
            args["mu_static"] = mu_k.si
        knowns.append(_mu_var(mu_k, "muk", "μk", r"\mu_k", "coefficient of kinetic friction"))
    if (
        sliding
        and (mu_k is not None or mu_s is not None)
        and not question.has(r"at rest|stationary|does not move|stays|remains")
    ):
        args["initial_motion"] = "sliding_down"
    if name == "force_parallel" or (name == "force" and question.asks(r"along|parallel|down the")):
        unknown = Var("F", "W∥", r"W_{\parallel}", "component of the weight along the slope", "force")
        formula = ("<F> = <m> <g> sin <theta>", r"<F> = <m> <g> \sin <theta>")
        extract = field_of("weight_parallel")
    elif name in ("force_perpendicular",) or (name == "force" and question.asks(r"perpendicular")):
        unknown = Var("F", "W⊥", r"W_{\perp}", "component of the weight perpendicular to the slope", "force")
        formula = ("<F> = <m> <g> cos <theta>", r"<F> = <m> <g> \cos <theta>")
        extract = field_of("weight_perpendicular")
    elif name == "normal_force" or (name == "force" and question.asks(r"normal")):
        unknown = Var("N", "N", "N", "normal force", "force")
        formula = ("<N> = <m> <g> cos <theta>", r"<N> = <m> <g> \cos <theta>")
        extract = field_of("normal_force")
    elif name == "friction" or (name == "force" and question.asks(r"friction|hold|keep|prevent|stop")):
        if mu_s is None and mu_k is None and not frictionless:
            # at rest with no coefficient: static friction equals the parallel weight component
            if not question.has(r"at rest|stationary|does not (?:move|slide)|stays|remains|rests|resting|held|holds"):
                raise Missing("friction on an incline", ["the coefficient of friction"], score=2.5)
            args["mu_static"] = 10.0  # large enough to hold: the static friction then equals m g sin(theta)
            knowns = [k for k in knowns if not k.key.startswith("mu")]
            unknown = Var("f", "f", "f", "static friction holding the block", "force")
            formula = ("<f> = <m> <g> sin <theta>", r"<f> = <m> <g> \sin <theta>")
        elif question.asks(r"maximum|max|largest|greatest|limiting") and mu_s is not None:
            unknown = Var("f", "f_max", r"f_{\max}", "maximum static friction", "force")
            formula = ("<f> = <mus> <m> <g> cos <theta>", r"<f> = <mus> <m> <g> \cos <theta>")
            return _incline_plan(question, unknown, knowns, formula, args, field_of("max_static_friction"))
        else:
            unknown = Var("f", "f", "f", "friction force", "force")
            mu = "<muk>" if mu_k is not None else "<mus>"
            formula = (
                f"<f> = {mu} <m> <g> cos <theta> (if it slides; otherwise just enough to hold it)",
                rf"<f> = {mu} <m> <g> \cos <theta>",
            )

        def extract(results: StructuredResults) -> float:
            return abs(float(results[-1]["friction_force"]))

    elif name == "acceleration":
        unknown = Var("a", "a", "a", "acceleration down the slope", "acceleration")
        if mu_k is None and mu_s is None:
            formula = ("<a> = <g> sin <theta>", r"<a> = <g> \sin <theta>")
        else:
            mu = "<muk>" if mu_k is not None else "<mus>"
            formula = (f"<a> = <g> (sin <theta> - {mu} cos <theta>)", rf"<a> = <g>(\sin <theta> - {mu} \cos <theta>)")
            args.setdefault("initial_motion", "sliding_down")

        def extract(results: StructuredResults) -> float:
            return abs(float(results[-1]["acceleration"]))

    elif name == "net_force":
        unknown = Var("F", "F_net", r"F_{\mathrm{net}}", "net force along the slope", "force")
        formula = ("<F> = <m> <g> sin <theta> - friction", r"<F> = <m> <g> \sin <theta> - f")

        def extract(results: StructuredResults) -> float:
            return abs(float(results[-1]["net_force"]))

    else:
        return None
    return _incline_plan(question, unknown, knowns, formula, args, extract)


INCLINE_LESSON = lesson("incline")


def _incline_plan(
    question: Question, unknown: Var, knowns: list[Var], formula: tuple[str, str], args: dict[str, object], extract
) -> Plan:  # type: ignore[no-untyped-def]
    return INCLINE_LESSON.plan(
        unknown,
        knowns,
        formula,
        ToolCall("forces", "incline_forces", args),
        extract,
        4.0 + count_cues(question, INCLINE),
    )


HOOKES_LAW_LESSON = lesson("hookes")


@recipe("hookes_law", "forces", {"spring_constant", "extension", "force", "distance"})
def hookes_law(question: Question, target: Target) -> Plan | None:
    if not question.has(SPRING) and target.name != "spring_constant":
        return None
    if target.name in ("force", "distance", "extension") and question.asks(r"energy|work"):
        return None
    if question.asks(r"energy|speed|velocity|how fast|how high"):
        return None
    one_value_each(question, "Hooke's law", "spring_constant")
    ks = question.stated("spring_constant")
    forces = question.stated("force")
    lengths = question.stated("length")
    masses = question.stated("mass")
    if not ks and target.name in ("force", "extension", "distance"):
        proportional = _hooke_proportion(question, target, forces, lengths)
        if proportional is not None:
            return proportional
    knowns: list[Var] = []
    args: dict[str, float] = {}
    calls: list = []
    force_from_mass = None
    if target.name != "spring_constant" and ks:
        knowns.append(var("k", "k", "k", "spring constant", "spring_constant", ks[0]))
        args["spring_constant"] = ks[0].si
    if target.name not in ("extension", "distance") and lengths:
        extension = spring_extension(question, lengths)
        if extension is None or extension.si is None:
            return None  # several lengths and none is clearly the stretch
        knowns.append(extension)
        args["extension"] = extension.si
    if target.name != "force":
        if forces:
            knowns.append(var("F", "F", "F", "force", "force", forces[0]))
            args["force"] = forces[0].si
        elif masses and question.has(r"hang|hung|suspend|attached|weight|placed on|sits on|rests on"):
            force_from_mass = masses[0]
            knowns.append(var("m", "m", "m", "hanging mass", "mass", masses[0]))
            knowns.append(g_var(question))
    if len(args) + (1 if force_from_mass is not None else 0) < 2:
        need = {"spring_constant": "the force and the extension", "force": "the spring constant and the extension"}.get(
            target.name, "the force and the spring constant"
        )
        raise Missing(f"Hooke's law asking for the {target.label}", [need], score=2.0)
    if force_from_mass is not None:
        m_si, g = force_from_mass.si, question.g
        calls.append(ToolCall("forces", "weight", {"mass": m_si, "g": g}))
        fixed = dict(args)

        def hooke(results: StructuredResults) -> ToolCall:
            return ToolCall("forces", "hookes_law", {**fixed, "force": float(results[0]["weight"])})

        calls.append(hooke)
        force_sym = "<m> <g>"
    else:
        calls.append(ToolCall("forces", "hookes_law", args))
        force_sym = "<F>"
    if target.name == "spring_constant":
        unknown = Var("k", "k", "k", "spring constant", "spring_constant")
        formula = (f"<k> = {force_sym} / <x>", rf"<k> = \frac{{{force_sym}}}{{<x>}}")
        key = "spring_constant"
    elif target.name == "force":
        unknown = Var("F", "F", "F", "spring force", "force")
        formula = ("<F> = <k> <x>", r"<F> = <k> <x>")
        key = "applied_force"
    else:
        unknown = Var("x", "x", "x", "extension", "length")
        formula = (f"<x> = {force_sym} / <k>", rf"<x> = \frac{{{force_sym}}}{{<k>}}")
        key = "extension"

    def extract(results: StructuredResults) -> float:
        return abs(float(results[-1][key]))

    return HOOKES_LAW_LESSON.plan(
        unknown, knowns, formula, calls, extract, 3.5 + count_cues(question, SPRING, r"stretch|compress|extension")
    )


COMPONENTS_LESSON = lesson("components")


@recipe("components", "forces", {"component_x", "component_y", "force"})
def components(question: Question, target: Target) -> Plan | None:
    if question.has(INCLINE) and not question.asks(r"horizontal|vertical"):
        return None
    one_value_each(question, "components of a force", "force", "angle")
    forces = question.stated("force")
    angles = question.stated("angle")
    if target.name == "force" and not question.asks(r"horizontal|vertical"):
        return None
    if not forces or not angles:
        raise Missing("the components of a force", ["the force and its angle"], score=2.0)
    force, angle = forces[0], angles[0]
    from_vertical = question.near(angle, r"(?:to|from|with) the vertical|from vertical")
    theta = math.pi / 2 - angle.si if from_vertical else angle.si
    horizontal = target.name == "component_x" or question.asks(r"horizontal")
    trig = ("sin" if horizontal else "cos") if from_vertical else ("cos" if horizontal else "sin")
    unknown = Var(
        "F",
        "Fx" if horizontal else "Fy",
        "F_x" if horizontal else "F_y",
        "horizontal component" if horizontal else "vertical component",
        "force",
    )
    return COMPONENTS_LESSON.plan(
        unknown,
        [
            var("F0", "F", "F", "force", "force", force),
            var(
                "theta",
                "θ",
                r"\theta",
                "angle" + (" from the vertical" if from_vertical else " from the horizontal"),
                "angle",
                angle,
            ),
        ],
        (f"<F> = <F0> {trig} <theta>", rf"<F> = <F0> \{trig} <theta>"),
        ToolCall("forces", "resolve_force", {"magnitude": force.si, "angle": theta}),
        (lambda r: abs(float(r[-1]["fx"]))) if horizontal else (lambda r: abs(float(r[-1]["fy"]))),
        4.0,
    )


RESULTANT_DIRECTION_LESSON = lesson("resultant_direction")


RESULTANT_LESSON = lesson("resultant")


@recipe("resultant", "forces", {"net_force", "force", "angle"})
def resultant(question: Question, target: Target) -> Plan | None:
    forces = question.stated("force")
    if len(forces) != 2 or not question.has(PERPENDICULAR):
        return None
    if question.has(INCLINE):
        return None
    if target.name == "force" and not question.asks(r"resultant|net|total|combined|single"):
        return None
    fx, fy = forces
    knowns = [var("Fx", "F1", "F_1", "first force", "force", fx), var("Fy", "F2", "F_2", "second force", "force", fy)]
    call = ToolCall("forces", "resultant_from_components", {"fx": fx.si, "fy": fy.si})
    if target.name == "angle":
        unknown = Var("phi", "φ", r"\varphi", "direction from the first force", "angle")
        return RESULTANT_DIRECTION_LESSON.plan(
            unknown,
            knowns,
            ("<phi> = atan(<Fy> / <Fx>)", r"<phi> = \arctan\frac{<Fy>}{<Fx>}"),
            call,
            field_of("direction"),
            4.0,
            default_unit="degree",
        )
    formula = ("<R> = √(<Fx>^2 + <Fy>^2)", r"<R> = \sqrt{<Fx>^2 + <Fy>^2}")
    unknown = Var("R", "R", "R", "resultant force", "force")
    return RESULTANT_LESSON.plan(unknown, knowns, formula, call, field_of("magnitude"), 4.0)


ATWOOD_LESSON = lesson("atwood")
TABLE_PULLEY_LESSON = lesson("table_pulley")


@recipe("atwood", "forces", {"tension", "acceleration"})
def atwood(question: Question, target: Target) -> Plan | None:
    if not question.has(PULLEY):
        return None
    masses = question.stated("mass")
    on_table = question.has(r"\btable\b|horizontal surface|on a (?:level |flat )?(?:surface|bench|desk)")
    if len(masses) < 2:
        raise Missing("a pulley system", ["both masses"], score=3.0)
    knowns = [
        var("m1", "m1", "m_1", "first mass", "mass", masses[0]),
        var("m2", "m2", "m_2", "second mass", "mass", masses[1]),
        g_var(question),
    ]
    if on_table:
        hanging_first = question.near(masses[0], r"hang|hanging|suspended|dangl")
        table_q, hang_q = (masses[1], masses[0]) if hanging_first else (masses[0], masses[1])
        mu_s, mu_k = coefficients(question)
        args: dict[str, object] = {"table_masses": [table_q.si], "hanging_mass": hang_q.si, "g": question.g}
        knowns = [
            var("m1", "m_t", "m_t", "mass on the table", "mass", table_q),
            var("m2", "m_h", "m_h", "hanging mass", "mass", hang_q),
            g_var(question),
        ]
        mu = ""
        if mu_s is not None:
            args["mu_static"] = mu_s.si
            knowns.append(_mu_var(mu_s, "mu", "μ", r"\mu", "coefficient of friction"))
            mu = " - <mu> <m1>"
        if mu_k is not None:
            args["mu_kinetic"] = mu_k.si
            args.setdefault("mu_static", mu_k.si)
            knowns.append(_mu_var(mu_k, "mu", "μ", r"\mu", "coefficient of friction"))
            mu = " - <mu> <m1>"
        call = ToolCall("forces", "tension_table_pulley", args)
        if target.name == "tension":
            unknown = Var("T", "T", "T", "tension", "force")
            formula = (
                f"<T> = <m2> (<g> - a), a = (<m2>{mu}) <g> / (<m1> + <m2>)",
                rf"<T> = <m2>(<g> - a),\; a = \frac{{(<m2>{mu})<g>}}{{<m1> + <m2>}}",
            )
            extract = field_of("pulley_tension")
        else:
            unknown = Var("a", "a", "a", "acceleration", "acceleration")
            formula = (f"<a> = (<m2>{mu}) <g> / (<m1> + <m2>)", rf"<a> = \frac{{(<m2>{mu})<g>}}{{<m1> + <m2>}}")
            extract = field_of("acceleration")
        chosen = TABLE_PULLEY_LESSON
    else:
        call = ToolCall("forces", "tension_atwood", {"mass_1": masses[0].si, "mass_2": masses[1].si, "g": question.g})
        if target.name == "tension":
            unknown = Var("T", "T", "T", "tension", "force")
            formula = ("<T> = 2 <m1> <m2> <g> / (<m1> + <m2>)", r"<T> = \frac{2 <m1> <m2> <g>}{<m1> + <m2>}")
            extract = field_of("tension")
        else:
            unknown = Var("a", "a", "a", "acceleration", "acceleration")
            formula = ("<a> = (<m2> - <m1>) <g> / (<m1> + <m2>)", r"<a> = \frac{(<m2> - <m1>) <g>}{<m1> + <m2>}")
            extract = field_of("acceleration")
        chosen = ATWOOD_LESSON
    return chosen.plan(unknown, knowns, formula, call, extract, 5.0)


LIFT = r"\b(?:lift|elevator|cage|cab)\b"
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4, "both": 2}
_SHARED_BY = r"\b(two|three|four|2|3|4|both) (?:\w+ )?(?:ropes|strings|cables|wires|chains|supports|springs)\b"


NORMAL_FORCE_LEVEL_LESSON = lesson("normal_force_level")


HANGING_TENSION_LESSON = lesson("hanging_tension")


@recipe("hanging_tension", "forces", {"tension", "normal_force"})
def hanging_tension(question: Question, target: Target) -> Plan | None:
    """A rope holding a mass, or the floor holding a body (in a lift or on level ground): the support
    force minus the weight gives m a, up positive."""
    floor = target.name == "normal_force"
    if question.has(PULLEY) or (floor and (question.has(INCLINE) or question.stated("angle", "force"))):
        return None
    if question.stated("angle"):
        return None  # ropes at an angle share the weight by their vertical components: not read here
    if question.has(r"circle|circular|swung|whirl|\bloop|orbit"):
        return None  # a body moving in a circle is not hanging still: circular motion's question
    masses = question.stated("mass")
    if not masses:
        raise Missing(
            "the support force on a mass" if floor else "the tension in a rope holding a mass", ["the mass"], score=1.0
        )
    lift = question.has(LIFT)
    if len(masses) > 1 and not lift:
        return None
    accelerations = question.stated("acceleration")
    total = sum(q.si for q in masses)
    if len(masses) == 1:
        knowns = [var("m", "m", "m", "mass", "mass", masses[0]), g_var(question)]
    else:
        # a lift and what it carries hang from the same cable
        knowns = [
            Var("m", "m", "m", "total mass (" + " + ".join(q.text for q in masses) + ")", "mass", total, masses[0]),
            g_var(question),
        ]
    a = 0.0
    if accelerations:
        q = accelerations[0]
        # "lift" is also the British elevator, so it says nothing about the direction
        down = question.near(q, r"down|descend|lower", 50, 40) and not question.near(
            q, r"\bup\b|upward|rais|ascend", 50, 40
        )
        slowing = question.near(q, r"slow|decelerat|brak", 50, 40)
        a = -q.si if down != slowing else q.si
        knowns.insert(1, Var("a", "a", "a", "acceleration (up positive)", "acceleration", a, q))
    formula = (
        ("<T> = <m> (<g> + <a>)", r"<T> = <m>(<g> + <a>)") if accelerations else ("<T> = <m> <g>", r"<T> = <m> <g>")
    )
    if floor:
        if accelerations and not lift:
            return None  # an accelerating body on a floor: the push, not the floor, changes
        return NORMAL_FORCE_LEVEL_LESSON.plan(
            Var("T", "N", "N", "normal force", "force"),
            knowns,
            (formula[0].replace("<T>", "N"), formula[1].replace("<T>", "N")),
            ToolCall("forces", "tension_hanging_mass", {"mass": total, "acceleration": a, "g": question.g}),
            field_of("tension"),
            3.0 + count_cues(question, LIFT, r"floor|ground|scales?|stands?|table"),
            concepts=["normal force", "Newton's second law"] + (["apparent weight"] if lift else []),
            notes=["the floor's push plays the part a rope's tension would: N - m g = m a (up positive)"],
        )
    call = ToolCall("forces", "tension_hanging_mass", {"mass": total, "acceleration": a, "g": question.g})
    score = 3.0 + count_cues(question, r"rope|string|cable|wire|chain|elevator|lift|hang|suspend")
    shared = re.search(_SHARED_BY, question.lower)
    if shared is None:
        return HANGING_TENSION_LESSON.plan(
            Var("T", "T", "T", "tension", "force"), knowns, formula, call, field_of("tension"), score
        )
    # "held by two vertical ropes sharing the load equally: the tension in each"
    if not (question.asks(r"\beach\b|\bone\b|\bper\b") and question.has(r"vertical|equal|evenly|shar")):
        return None  # supports at angles, or unequal: not one tension to give
    n = _COUNTS[shared.group(1)]
    knowns.append(Var("n", "n", "n", "number of supports sharing the load", "number", float(n)))
    formula = (
        formula[0].replace("<T> =", "<T> = (") + ") / <n>",
        formula[1].replace("<T> =", r"<T> = \frac{") + "}{<n>}",
    )

    def each(results: StructuredResults) -> float:
        return float(results[-1]["tension"]) / n

    unknown = Var("T", "T", "T", "tension in each support", "force")
    return HANGING_TENSION_LESSON.plan(
        unknown, knowns, formula, call, each, score, notes=["the supports share the load equally"]
    )


FRICTION_ACCELERATION_LESSON = lesson("friction_acceleration")


FRICTION_LESSON = lesson("friction")


@recipe("friction", "forces", {"friction", "force", "acceleration"})
def friction(question: Question, target: Target) -> Plan | None:
    if question.has(INCLINE) or question.has(PULLEY):
        return None
    mu_s, mu_k = coefficients(question)
    placed = {q.si for q in (mu_s, mu_k) if q is not None}
    if placed and any(q.si not in placed for q in question.stated("number")):
        # "0.05 on ice and 0.4 on wood": a bare number left over beside the coefficient may be another
        # surface's or body's coefficient (a 422)
        raise Missing("a friction question", ["which one coefficient of friction the question is about"], score=2.0)
    if mu_s is None and mu_k is None:
        if target.name == "friction":
            raise Missing("a friction question", ["the coefficient of friction"], score=1.0)
        return None
    masses = question.stated("mass")
    forces = question.stated("force")
    normal = next((q for q in forces if question.near(q, r"normal|reaction")), None)
    applied = next((q for q in forces if q is not normal), None)
    if not masses and normal is None:
        raise Missing("a friction question", ["the mass (or the normal force)"], score=3.0)
    args: dict[str, object] = {"applied_force": applied.si if applied is not None else 0.0, "g": question.g}
    knowns: list[Var] = []
    if normal is not None:
        args["normal_force"] = normal.si
        knowns.append(var("N", "N", "N", "normal force", "force", normal))
        weight_sym = "<N>"
    else:
        args["mass"] = masses[0].si
        knowns += [var("m", "m", "m", "mass", "mass", masses[0]), g_var(question)]
        weight_sym = "<m> <g>"
    if mu_s is not None:
        args["mu_static"] = mu_s.si
        knowns.append(_mu_var(mu_s, "mus", "μs", r"\mu_s", "coefficient of static friction"))
    if mu_k is not None:
        args["mu_kinetic"] = mu_k.si
        args.setdefault("mu_static", max(mu_k.si, mu_s.si if mu_s else 0.0))
        knowns.append(_mu_var(mu_k, "muk", "μk", r"\mu_k", "coefficient of kinetic friction"))
    name = target.name
    kinetic_wanted = mu_k is not None and (
        question.asks(r"kinetic|sliding|moving|constant (?:speed|velocity)|keep") or mu_s is None
    )
    if name == "acceleration":
        if applied is None:
            raise Missing("a pushed block with friction, asking for its acceleration", ["the applied force"], score=3.0)
        knowns.insert(0, var("F", "F", "F", "applied force", "force", applied))
        mu = "<muk>" if mu_k is not None else "<mus>"
        return FRICTION_ACCELERATION_LESSON.plan(
            Var("a", "a", "a", "acceleration", "acceleration"),
            knowns,
            (f"<a> = (<F> - {mu} {weight_sym}) / <m>", rf"<a> = \frac{{<F> - {mu} {weight_sym}}}{{<m>}}"),
            ToolCall("forces", "friction", args),
            field_of("acceleration"),
            4.0,
        )
    if name == "force" and not (
        question.asks(
            r"largest|greatest|maximum|max|minimum|smallest|least|start|not move|without moving|before|needed|"
            r"required|keep|constant|just|begin|overcome|budge"
        )
        or question.has(r"constant (?:speed|velocity)|steady|steadily|uniform (?:speed|velocity)|without accelerating")
    ):
        return None
    if kinetic_wanted:
        unknown = Var("f", "f_k", "f_k", "kinetic friction", "force")
        formula = (f"<f> = <muk> {weight_sym}", rf"<f> = <muk> {weight_sym}")
        key = "kinetic_friction"
    else:
        if mu_s is None:
            return None
        unknown = Var("f", "f_s,max", r"f_{s,\max}", "maximum static friction", "force")
        formula = (f"<f> = <mus> {weight_sym}", rf"<f> = <mus> {weight_sym}")
        key = "max_static_friction"
        if applied is not None and name == "friction" and not question.asks(r"maximum|max|largest|limiting"):
            key = "friction_force"
            unknown = Var("f", "f", "f", "friction force", "force")
            knowns.insert(0, var("F", "F", "F", "applied force", "force", applied))
            formula = (f"<f> = <F> if <F> ≤ <mus> {weight_sym}, else μk N", rf"f = \min(<F>, <mus> {weight_sym})")

    def extract(results: StructuredResults) -> float:
        return abs(float(results[-1][key]))

    return FRICTION_LESSON.plan(
        unknown,
        knowns,
        formula,
        ToolCall("forces", "friction", args),
        extract,
        4.0 + count_cues(question, r"friction", r"coefficient"),
    )


NATURAL_LENGTH = r"natural length|unstretched|original length|relaxed length|length when unloaded|unloaded length"


def spring_extension(question: Question, lengths: list[Quantity]) -> Var | None:
    """The stretch of the spring: the only length, the difference from the natural length
    ('natural length 10 cm, stretched to 15 cm'), or the length written as a stretch."""
    if len(lengths) == 1:
        return var("x", "x", "x", "extension", "length", lengths[0])
    if len(lengths) == 2 and question.has(NATURAL_LENGTH):
        natural = next((q for q in lengths if question.near(q, NATURAL_LENGTH, 40, 5)), lengths[0])
        stretched = next(q for q in lengths if q is not natural)
        return Var(
            "x", "x", "x", f"extension ({stretched.text} - {natural.text})", "length", abs(stretched.si - natural.si)
        )
    if len(lengths) == 2 and re.fullmatch(r"\s*to\s*", question.lower[lengths[0].end : lengths[1].start]):
        if re.search(r"\bfrom\s*$", question.before(lengths[0], 10)) and not question.asks(r"energy|work"):
            # "extends from 20 cm to 26 cm": a length before and after; the stretch is the change (the
            # energy "from 4 cm to 6 cm" may be between two stretches, ½ k (x2² - x1²): not read)
            start, end = lengths
            return Var("x", "x", "x", f"extension ({end.text} - {start.text})", "length", abs(end.si - start.si))
        return None  # "to 26 cm" from a length not said: no stretch to read
    stretch = [q for q in lengths if question.near(q, r"stretch\w*|extend\w*|extension|compress\w*|\bby\s?$", 30, 0)]
    return var("x", "x", "x", "extension", "length", stretch[0]) if len(stretch) == 1 else None


HOOKE_PROPORTION_LESSON = lesson("hooke_proportion")


def _hooke_proportion(
    question: Question, target: Target, forces: list[Quantity], lengths: list[Quantity]
) -> Plan | None:
    """'200 N stretches it 0.25 m; what force stretches it 0.4 m?': find k from the first pair, then use it."""
    asks_force = target.name == "force"
    known_pair = (forces[:1], lengths[:1])
    if asks_force and len(forces) == 1 and len(lengths) == 2:
        new = next((q for q in lengths if q.start >= question.ask_start), lengths[1])
        old_x = next(q for q in lengths if q is not new)
        f0, x0 = forces[0], old_x
    elif not asks_force and len(forces) == 2 and len(lengths) == 1:
        new = next((q for q in forces if q.start >= question.ask_start), forces[1])
        f0 = next(q for q in forces if q is not new)
        x0 = lengths[0]
    else:
        return None
    del known_pair
    first = ToolCall("forces", "hookes_law", {"force": f0.si, "extension": x0.si})
    key, arg = ("applied_force", "extension") if asks_force else ("extension", "force")

    def second(results: StructuredResults) -> ToolCall:
        return ToolCall("forces", "hookes_law", {"spring_constant": float(results[0]["spring_constant"]), arg: new.si})

    knowns = [
        var("F0", "F1", "F_1", "first force", "force", f0),
        var("x0", "x1", "x_1", "first extension", "length", x0),
    ]
    if asks_force:
        knowns.append(var("x", "x2", "x_2", "new extension", "length", new))
        unknown = Var("F", "F2", "F_2", "force for the new extension", "force")
        formula = ("<F> = (<F0> / <x0>) × <x>", r"<F> = \frac{<F0>}{<x0>}\,<x>")
    else:
        knowns.append(var("x", "F2", "F_2", "new force", "force", new))
        unknown = Var("F", "x2", "x_2", "extension for the new force", "length")
        formula = ("<F> = <x> / (<F0> / <x0>)", r"<F> = \frac{<x>}{<F0>/<x0>}")
    return HOOKE_PROPORTION_LESSON.plan(
        unknown, knowns, formula, [first, second], lambda results: abs(float(results[-1][key])), 4.5
    )


_STATIC_CUES = (
    r"static|start|begin|just (?:about to )?(?:move|slide|slip)|budge|not (?:move|slide|slip)|maximum|largest"
)
_KINETIC_CUES = r"kinetic|sliding|slides|constant (?:speed|velocity)|steady|keep\w*|skid\w*"


FRICTION_COEFFICIENT_LESSON = lesson("friction_coefficient")


@recipe("friction_coefficient", "forces", {"coefficient"})
def friction_coefficient(question: Question, target: Target) -> Plan | None:
    """The coefficient of friction from a measurement: the push that just moves (or keeps sliding) a
    body, the angle at which it starts to slide, or the deceleration of a body sliding to rest."""
    masses = question.stated("mass")
    forces = question.stated("force")
    angles = question.stated("angle")
    accelerations = question.stated("acceleration")
    speeds = question.stated("velocity")
    lengths = question.stated("length")
    kind = "kinetic" if question.asks(r"kinetic|sliding") else "static" if question.asks(r"static") else None
    if kind is None:
        kind = "kinetic" if question.has(_KINETIC_CUES) and not question.has(_STATIC_CUES) else "static"
    symbol, latex = ("μk", r"\mu_k") if kind == "kinetic" else ("μs", r"\mu_s")
    unknown = Var("mu", symbol, latex, f"coefficient of {kind} friction", "number")
    args: dict[str, object] = {"kind": kind, "g": question.g}
    knowns: list[Var] = []
    calls: list = []
    if forces and not accelerations and not speeds:
        normal = next((q for q in forces if question.near(q, r"normal|reaction")), None)
        pushes = [q for q in forces if q is not normal]
        if len(pushes) != 1 or (normal is None and len(masses) != 1) or (angles and not question.has(INCLINE)):
            return None
        balanced = question.has(
            r"constant (?:speed|velocity)|steady|steadily|uniform (?:speed|velocity)|\bjust\b|\bstarts?\b|begins?|"
            r"budge|keeps?|needed|required|minimum|least|maximum|largest|friction(?:al)? force|force of friction"
        )
        if not balanced:
            return None  # the push may also accelerate it: not f = push
        args["friction_force"] = pushes[0].si
        knowns.append(var("f", "f", "f", "friction force (the push that balances it)", "force", pushes[0]))
        if normal is not None:
            args["normal_force"] = normal.si
            knowns.append(var("N", "N", "N", "normal force", "force", normal))
            formula = ("<mu> = <f> / <N>", r"<mu> = \frac{<f>}{<N>}")
        else:
            args["mass"] = masses[0].si
            knowns += [var("m", "m", "m", "mass", "mass", masses[0]), g_var(question)]
            formula = ("<mu> = <f> / (<m> <g>)", r"<mu> = \frac{<f>}{<m> <g>}")
            if angles:
                args["incline_angle"] = angles[0].si
                knowns.append(var("theta", "θ", r"\theta", "incline angle", "angle", angles[0]))
                formula = ("<mu> = <f> / (<m> <g> cos <theta>)", r"<mu> = \frac{<f>}{<m> <g> \cos <theta>}")
        calls.append(ToolCall("forces", "friction_coefficient", args))
    elif angles and question.has(INCLINE) and not (forces or accelerations or speeds):
        if not question.has(r"slid|slip|mov|constant (?:speed|velocity)"):
            return None
        args["slip_angle"] = angles[0].si
        knowns.append(var("theta", "θ", r"\theta", "angle at which it slides", "angle", angles[0]))
        formula = ("<mu> = tan <theta>", r"<mu> = \tan <theta>")
        calls.append(ToolCall("forces", "friction_coefficient", args))
    elif accelerations and not (forces or angles or question.has(INCLINE)):
        args["deceleration"] = abs(accelerations[0].si)
        args["kind"] = "kinetic"
        unknown = Var("mu", "μk", r"\mu_k", "coefficient of kinetic friction", "number")
        knowns += [var("a", "a", "a", "deceleration", "acceleration", accelerations[0]), g_var(question)]
        formula = ("<mu> = <a> / <g>", r"<mu> = \frac{<a>}{<g>}")
        calls.append(ToolCall("forces", "friction_coefficient", args))
    elif speeds and lengths and not (forces or angles or accelerations or question.has(INCLINE)):
        # sliding to rest over a distance: first the deceleration, then mu_k = |a| / g
        v0, v = velocity_roles(question, question.of("velocity"))
        if v0 is None or v0.implied or not question.has(r"stop|rest|halt|standstill") or (v is not None and v.si):
            return None
        g = question.g
        calls.append(ToolCall("kinematics", "constant_acceleration", {"v0": v0.si, "v": 0.0, "x": lengths[0].si}))

        def from_deceleration(results: StructuredResults) -> ToolCall:
            return ToolCall(
                "forces",
                "friction_coefficient",
                {"deceleration": abs(float(results[0]["a"])), "kind": "kinetic", "g": g},
            )

        calls.append(from_deceleration)
        unknown = Var("mu", "μk", r"\mu_k", "coefficient of kinetic friction", "number")
        knowns += [
            var("v0", "v0", "v_0", "initial speed", "velocity", v0),
            var("d", "d", "d", "stopping distance", "length", lengths[0]),
            g_var(question),
        ]
        formula = ("<mu> = <v0>^2 / (2 <g> <d>)", r"<mu> = \frac{<v0>^2}{2 <g> <d>}")
    else:
        raise Missing(
            "a coefficient of friction question",
            ["the friction (or the push) with the mass, the angle at which it slides, or its deceleration"],
            score=1.5,
        )
    return FRICTION_COEFFICIENT_LESSON.plan(
        unknown,
        knowns,
        formula,
        calls,
        field_of("coefficient"),
        4.5 + count_cues(question, r"friction", r"coefficient"),
    )


DRIVING_RESISTANCE_LESSON = lesson("driving_resistance")
# "falls at a constant terminal velocity", "at a steady 5 m/s"
_TERMINAL = (
    r"terminal (?:velocity|speed)|(?:constant|steady|uniform) (?:speed|velocity)|steadily|at an? (?:constant|steady) \d"
)


AIR_RESISTANCE_LESSON = lesson("air_resistance")


@recipe("resistance", "forces", {"drag"})
def resistance(question: Question, target: Target) -> Plan | None:
    """The resistive force from the motion it allows: a falling body accelerating at less than g
    (drag = m g - m a), or a driven body (resistance = driving force - m a)."""
    masses = question.stated("mass")
    accelerations = question.stated("acceleration")
    forces = question.stated("force")
    # "falls at a constant terminal velocity": no acceleration, so the drag balances the weight
    steady = not accelerations and not forces and question.has(_TERMINAL)
    if len(masses) != 1 or len(accelerations) != (0 if steady else 1) or len(forces) > 1 or question.has(INCLINE):
        return None
    m, a = masses[0], None if steady else accelerations[0]
    a_si = a.si if a is not None else 0.0
    knowns = [var("m", "m", "m", "mass", "mass", m), var("a", "a", "a", "acceleration", "acceleration", a, a_si)]
    second = ToolCall("forces", "newtons_second_law", {"mass": m.si, "acceleration": a_si})
    if forces:
        drive = forces[0]
        if not drive.si > m.si * a_si:
            return None  # the push could not give that acceleration against a resistance
        knowns.insert(0, var("F", "F", "F", "driving force", "force", drive))
        return DRIVING_RESISTANCE_LESSON.plan(
            Var("R", "R", "R", "resistive force", "force"),
            knowns,
            ("<R> = <F> - <m> <a>", r"<R> = <F> - <m><a>"),
            second,
            lambda results: drive.si - float(results[-1]["force"]),
            4.5,
        )
    if not question.has(r"\b(?:fall\w*|fell|dropp\w*|descend\w*|skydiv\w*|parachut\w*|sink\w*|plummet\w*)\b"):
        return None
    # "opens her parachute and decelerates at 2 m/s^2": the drag exceeds the weight by m a
    slowing = a is not None and question.has(r"decelerat|slows?\b|slowing|retard")
    if not 0 <= a_si < question.g and not slowing:
        return None  # drag slows a fall below g; anything else is not this situation
    knowns.append(g_var(question))
    sign = "+" if slowing else "-"
    return AIR_RESISTANCE_LESSON.plan(
        Var("R", "R", "R", "air resistance", "force"),
        knowns,
        (f"<R> = <m> <g> {sign} <m> <a>", rf"<R> = <m><g> {sign} <m><a>"),
        [ToolCall("forces", "weight", {"mass": m.si, "g": question.g}), second],
        lambda results: float(results[0]["weight"]) + (1 if slowing else -1) * float(results[1]["force"]),
        4.5,
        notes=["a steady (terminal) speed: no acceleration, so the drag balances the weight"] if steady else [],
    )
