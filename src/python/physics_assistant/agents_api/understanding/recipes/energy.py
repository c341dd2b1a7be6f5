"""Energy: kinetic, potential and elastic energy, work, power, the work-energy theorem, conservation
of mechanical energy, spring launches, friction losses and efficiency."""

from __future__ import annotations

import re

from physics_assistant.agents_api.understanding.quantities import Quantity
from physics_assistant.agents_api.understanding.question import Question, Target
from physics_assistant.agents_api.understanding.recipes.base import (
    CallSpec,
    Form,
    Law,
    Missing,
    Plan,
    StructuredResults,
    Term,
    ToolCall,
    Var,
    count_cues,
    field_of,
    g_var,
    height_on_the_way,
    lesson,
    one_value_each,
    recipe,
    var,
)
from physics_assistant.agents_api.understanding.recipes.forces import coefficients, spring_extension
from physics_assistant.agents_api.understanding.recipes.kinematics import (
    FALLING,
    THROWN_DOWN,
    THROWN_UP,
    velocity_roles,
)

LIFTING = (
    r"\b(?:lift\w*|rais\w*|carr(?:y|ies|ied) \w+ up|climb\w*|hoist\w*|pick\w* up|pull\w* up|haul\w*|winch\w*|ascend\w*|"
    r"(?:runs?|ran|walks?|walked|goes|went|jumps?|cycles?) up|up (?:a|the) (?:flight of )?(?:stairs|steps|ladder|"
    r"hill))\b"
)
DESCENT = (
    r"\b(?:slides?|sliding|rolls?|rolling|goes|coasts?|swings?|released|let go|starts?|descends?|drops?|dropped|"
    r"falls?|falling|"
    r"skis?|skiing|sleds?|runs?) (?:\w+ ){0,3}?(?:down|from(?! rest| a standstill))\b|roller ?coaster|pendulum|"
    r"frictionless (?:track|slope|hill|ramp|slide)|"
    r"\bswing\b|bottom of the (?:hill|slope|track|ramp|slide|swing)|water ?slide|skier|dropped|falls? from|released "
    r"from"
)


# The asking sentence is about a later moment than the one the speeds describe.
LATER = (
    r"\b(?:hits?|lands?|landing|reach(?:es)?|strikes?|impact|bottom|ground|floor|water|just before|after "
    r"(?:falling|dropping|sliding|rolling|descending))\b"
)


def _stated_energy(question: Question, pattern: str) -> Quantity | None:
    return next((q for q in question.stated("energy") if question.near(q, pattern, 40, 30)), None)


KINETIC = Law(
    lesson("kinetic"),
    "energy",
    "kinetic_energy",
    (
        Term("K", "KE", r"E_k", "kinetic energy", "energy", "kinetic_energy"),
        Term("m", "m", "m", "mass", "mass", "mass"),
        Term("v", "v", "v", "speed", "velocity", "speed"),
    ),
    {
        "K": Form(
            "<K> = ½ <m> <v>^2",
            r"<K> = \tfrac{1}{2} <m> <v>^2",
            "Kinetic energy is the energy of motion; it grows with the mass and with the square of the speed.",
        ),
        "v": Form(
            "<v> = √(2 <K> / <m>)",
            r"<v> = \sqrt{\frac{2<K>}{<m>}}",
            "Rearrange KE = ½ m v² for the speed.",
            "speed_from_kinetic_energy",
        ),
        "m": Form(
            "<m> = 2 <K> / <v>^2",
            r"<m> = \frac{2<K>}{<v>^2}",
            "Rearrange KE = ½ m v² for the mass.",
            "mass_from_kinetic_energy",
        ),
    },
)


@recipe("kinetic_energy", "energy", {"kinetic_energy", "velocity", "mass", "energy"})
def kinetic_energy(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    speeds = question.stated("velocity")
    if target.name == "energy" and not question.asks(r"kinetic|moving|motion"):
        return None
    if target.name in ("kinetic_energy", "energy"):
        if len(speeds) > 1 or question.has(r"collid|collision|stick|bounce|rebound"):
            return None
        if question.stated("length") and question.asks(LATER):
            return None  # the energy at another moment (after a drop or a slide): conservation's question
        if question.asks(r"\blos[te]|\bloss|change|gain|increase|decrease|remov|dissipat|convert|wasted") and not (
            question.has(r"\bstop|\bto rest\b|\bhalt|standstill") or question.of("velocity") != speeds
        ):
            return None  # a change of KE with one speed and no stop ("its speed is halved"): not ½ m v²
        if question.asks(r"\bhalf\b|height|\babove\b|way (?:up|down)|\btop\b|highest"):
            return None  # the KE at another point of a rise or fall: conservation's question
        rolling = question.asks(r"\btotal\b") or question.has(r"without slipp|rolling motion")
        if question.has(r"\brol(?:l|ls|led|ling)\b") and rolling and not question.asks(r"translational|linear"):
            return None  # a body rolling without slipping also has rotational KE: ½ m v² is only part of it
        if not masses or not speeds:
            raise Missing("a kinetic energy question", [("the mass" if not masses else "the speed")], score=2.0)
        return KINETIC.solve("K", {"m": masses[0], "v": speeds[0]}, 4.0)
    ke = _stated_energy(question, r"kinetic|\bke\b|energy of") or (
        question.stated("energy")[0]
        if len(question.stated("energy")) == 1 and question.has(r"kinetic|moving")
        else None
    )
    if ke is None:
        return None
    if target.name == "velocity":
        if not masses:
            raise Missing("speed from kinetic energy", ["the mass"], score=3.0)
        return KINETIC.solve("v", {"K": ke, "m": masses[0]}, 4.0)
    if not speeds:
        raise Missing("mass from kinetic energy", ["the speed"], score=3.0)
    return KINETIC.solve("m", {"K": ke, "v": speeds[0]}, 4.0)


POTENTIAL_ENERGY = lesson("potential_energy")
LIFTING_WORK = lesson("lifting_work")


@recipe("potential_energy", "energy", {"potential_energy", "energy", "work"})
def potential_energy(question: Question, target: Target) -> Plan | None:
    lifting = question.has(LIFTING)
    if target.name == "work" and not lifting:
        return None
    if target.name == "energy" and not (lifting or question.asks(r"potential|gain|needed|required|store")):
        return None
    if question.has(r"\bspring\b") and target.name != "potential_energy":
        return None
    masses = question.stated("mass")
    lengths = question.stated("length")
    forces = question.stated("force")
    if target.name == "work" and forces and question.stated("time") == [] and not masses:
        return None
    one_value_each(question, "gravitational potential energy", "mass", score=2.0)
    if not masses or not lengths:
        raise Missing("gravitational potential energy", [("the mass" if not masses else "the height")], score=2.0)
    height = next(
        (q for q in lengths if question.near(q, r"high|height|up|above|vertical|rais|lift|climb|tall")), lengths[0]
    )
    knowns = [
        var("m", "m", "m", "mass", "mass", masses[0]),
        g_var(question),
        var("h", "h", "h", "height", "length", height),
    ]
    call = ToolCall(
        "energy", "gravitational_potential_energy", {"mass": masses[0].si, "height": height.si, "g": question.g}
    )
    formula = ("<E> = <m> <g> <h>", r"<E> = <m> <g> <h>")
    score = 3.5 + (1.0 if lifting else 0.0)
    if target.name == "work":
        unknown = Var("E", "W", "W", "work done against gravity", "energy")
        note = "at constant speed the lifting force equals the weight, so the work done is the gain in potential energy"
        return LIFTING_WORK.plan(unknown, knowns, formula, call, field_of("potential_energy"), score, notes=[note])
    unknown = Var("E", "Ep", r"E_p", "gravitational potential energy", "energy")
    return POTENTIAL_ENERGY.plan(unknown, knowns, formula, call, field_of("potential_energy"), score, notes=[])


GRAVITATIONAL_PE = Law(
    POTENTIAL_ENERGY,
    "energy",
    "gravitational_potential_energy",
    (
        Term("U", "Ep", r"E_p", "gravitational potential energy", "energy", "potential_energy"),
        Term("m", "m", "m", "mass", "mass", "mass"),
        Term("h", "h", "h", "height", "length", "height"),
    ),
    {
        "h": Form(
            "<h> = <U> / (<m> <g>)",
            r"<h> = \frac{<U>}{<m><g>}",
            "Rearrange Ep = m g h for the height: the energy per newton of weight.",
            "height_from_potential_energy",
        ),
        "m": Form(
            "<m> = <U> / (<g> <h>)",
            r"<m> = \frac{<U>}{<g><h>}",
            "Rearrange Ep = m g h for the mass.",
            "mass_from_potential_energy",
        ),
    },
)
# Words that place a length as a height above the zero level (not a distance along a path).
_HEIGHT_WORDS = (
    r"\b(?:high|height|above|up|rais\w*|lift\w*|climb\w*|platform|shelf|tall|top|roof|floor|ground|altitude|"
    r"elevation|tower|building|cliff)\b"
)
_LIFTED_NOTE = "lifted at constant speed, the work done on it all becomes gravitational potential energy"


def _gravitational_energy(question: Question) -> tuple[Quantity | None, bool]:
    """The question's one energy when it is gravitational PE ('gains 50 J of potential energy'), or
    the work done lifting a body (which becomes PE); and whether it was that work."""
    energies = question.stated("energy")
    if len(energies) != 1 or question.has(SPRINGY) or question.stated("spring_constant"):
        return None, False
    energy = energies[0]
    # the words naming an energy may come well before it ("its potential energy relative to the street is")
    if question.near(energy, r"kinetic|\bke\b|elastic|strain|heat|thermal|lost|wasted", 80, 30):
        return None, False
    if question.near(energy, r"potential|\bgpe\b|\bpe\b|gravitational", 80, 30):
        return energy, False
    lifted = question.has(LIFTING) and not question.stated("velocity")
    return (
        (energy, True)
        if lifted and question.near(energy, r"\bwork\b|\bdoes\b|\bdid\b|\bdone\b", 40, 30)
        else (None, False)
    )


@recipe("potential_energy_backwards", "energy", {"height", "max_height", "distance", "mass"})
def potential_energy_backwards(question: Question, target: Target) -> Plan | None:
    """Ep = m g h backwards: 'How high must a 2 kg book be lifted to gain 50 J?', 'an object 8 m up
    has 392 J of potential energy: its mass?'."""
    energy, lifting_work = _gravitational_energy(question)
    if energy is None or (target.name == "distance" and not question.has(LIFTING)):
        return None
    notes = [_LIFTED_NOTE] if lifting_work else []
    g = (g_var(question),)
    heights = [
        q
        for q in question.stated("length")
        if not _along_slope(question, q) and question.near(q, _HEIGHT_WORDS, 40, 30)
    ]
    if target.name == "mass":
        lengths = [q for q in question.stated("length") if not _along_slope(question, q)]
        height = heights[0] if len(heights) == 1 else lengths[0] if len(lengths) == 1 else None
        if height is None:
            raise Missing("the mass from a potential energy", ["the height"], score=3.0)
        return GRAVITATIONAL_PE.solve(
            "m", {"U": energy, "h": height}, 5.0, also=g, arguments={"g": question.g}, notes=notes
        )
    if heights:
        return None  # a height is given already: 'how much higher', or another question altogether
    masses = question.stated("mass")
    if len(masses) == 1:
        return GRAVITATIONAL_PE.solve(
            "h", {"U": energy, "m": masses[0]}, 5.0, also=g, arguments={"g": question.g}, notes=notes
        )
    weights = [f for f in question.stated("force") if question.near(f, r"weigh\w*", 30, 20)]
    if not masses and len(weights) == 1:
        return _height_from_weight(question, energy, weights[0], notes)
    raise Missing("the height from a potential energy", ["the mass"], score=3.0)


def _height_from_weight(question: Question, energy: Quantity, weight: Quantity, notes: list[str]) -> Plan:
    """'How far must a 40 N weight be lifted to gain 200 J?': the mass from the weight, then h."""
    u, g = energy.si, question.g

    def height(results: StructuredResults) -> ToolCall:
        args = {"mass": float(results[0]["mass"]), "potential_energy": u, "g": g}
        return ToolCall("energy", "gravitational_potential_energy", args)

    return POTENTIAL_ENERGY.plan(
        Var("h", "h", "h", "height", "length"),
        [
            var("U", "Ep", r"E_p", "gravitational potential energy", "energy", energy),
            var("W", "W", "W", "weight", "force", weight),
        ],
        ("<h> = <U> / <W>", r"<h> = \frac{<U>}{<W>}"),
        [ToolCall("forces", "newtons_second_law", {"force": weight.si, "acceleration": g}), height],
        field_of("height"),
        5.0,
        recipe="height_from_potential_energy",
        concept_hint="Ep = m g h and the weight is m g, so the height is the energy per newton of weight: Ep / W.",
        notes=notes,
    )


ELASTIC = Law(
    lesson("elastic_energy"),
    "energy",
    "elastic_potential_energy",
    (
        Term("U", "Ee", r"E_e", "elastic potential energy", "energy", "potential_energy"),
        Term("k", "k", "k", "spring constant", "spring_constant", "spring_constant"),
        Term("x", "x", "x", "extension", "length", "displacement"),
    ),
    {
        "U": Form("<U> = ½ <k> <x>^2", r"<U> = \tfrac{1}{2} <k> <x>^2"),
        "x": Form(
            "<x> = √(2 <U> / <k>)",
            r"<x> = \sqrt{\frac{2<U>}{<k>}}",
            "Rearrange Ee = ½ k x² for the stretch: the same energy is stored stretched or compressed.",
            "extension_from_elastic_energy",
            Var("x", "x", "x", "extension or compression", "length"),
        ),
        "k": Form(
            "<k> = 2 <U> / <x>^2",
            r"<k> = \frac{2<U>}{<x>^2}",
            "Rearrange Ee = ½ k x² for the spring constant.",
            "spring_constant_from_elastic_energy",
        ),
    },
)
SPRINGY = r"\bspring\b|elastic|bungee|catapult|rubber band"
# How a question says a spring (or a bow, a band) is deformed.
_DEFORMED = r"stretch|compress|extend|extension|squash|squeez|pushed in|pulled back|drawn|pull\w* back|draw\w* back"


@recipe(
    "elastic_energy",
    "energy",
    {"elastic_energy", "energy", "potential_energy", "work", "extension", "distance", "spring_constant"},
)
def elastic_energy(question: Question, target: Target) -> Plan | None:
    if not question.has(SPRINGY):
        return None
    one_value_each(question, "elastic potential energy", "spring_constant")
    if target.name in ("extension", "distance", "spring_constant"):
        return _spring_from_stored_energy(question, target)
    if question.asks(r"speed|velocity|how fast|how high"):
        return None
    ks = question.stated("spring_constant")
    lengths = question.stated("length")
    if question.stated("mass") and question.asks(r"speed|height"):
        return None
    if not ks or not lengths:
        raise Missing(
            "elastic potential energy",
            [("the spring constant" if not ks else "the compression or extension")],
            score=3.0,
        )
    x = spring_extension(question, lengths)
    if x is None:
        return None
    return ELASTIC.solve("U", {"k": ks[0], "x": x}, 4.5)


def _spring_from_stored_energy(question: Question, target: Target) -> Plan | None:
    """'k = 400 N/m, stores 2 J: how far is it stretched?' or '4 cm stores 0.32 J: the spring
    constant?': Ee = ½ k x² backwards. Steps aside when a force is given (Hooke's law) or the energy
    is not the spring's (a launched ball's kinetic energy)."""
    energies = question.stated("energy")
    if len(energies) != 1 or question.stated("force") or question.near(energies[0], r"kinetic|\bke\b|gravitational"):
        return None
    stored = energies[0]
    if target.name == "spring_constant":
        lengths = question.stated("length")
        x = spring_extension(question, lengths) if lengths else None
        if x is None:
            raise Missing("the spring constant from a stored energy", ["the compression or extension"], score=3.0)
        return ELASTIC.solve("k", {"U": stored, "x": x}, 5.0)
    if target.name == "distance" and not question.asks(_DEFORMED):
        return None
    ks = question.stated("spring_constant")
    if not ks:
        raise Missing("the stretch of a spring from its stored energy", ["the spring constant"], score=3.0)
    return ELASTIC.solve("x", {"U": stored, "k": ks[0]}, 5.0)


WORK_DONE_LESSON = lesson("work_done")


@recipe("work_done", "energy", {"work", "energy"})
def work_done(question: Question, target: Target) -> Plan | None:
    if target.name == "energy" and not question.asks(r"work|transferr"):
        return None
    forces = question.stated("force")
    lengths = question.stated("length")
    if forces:
        one_value_each(question, "work done by a force", "force", "length")
    if not forces:
        if question.has(LIFTING) or len(question.stated("velocity")) >= 1:
            return None
        raise Missing("work done by a force", ["the force"], score=1.0)
    if not lengths:
        raise Missing("work done by a force", ["the distance moved"], score=2.0)
    angles = question.stated("angle")
    args: dict[str, float] = {"force": forces[0].si, "displacement": lengths[0].si}
    knowns = [var("F", "F", "F", "force", "force", forces[0]), var("d", "d", "d", "distance", "length", lengths[0])]
    formula = ("<W> = <F> <d>", r"<W> = <F> <d>")
    if angles:
        args["angle"] = angles[0].si
        knowns.append(var("theta", "θ", r"\theta", "angle between force and motion", "angle", angles[0]))
        formula = ("<W> = <F> <d> cos <theta>", r"<W> = <F> <d> \cos <theta>")
    unknown, call = Var("W", "W", "W", "work done", "energy"), ToolCall("energy", "work_done", args)
    return WORK_DONE_LESSON.plan(unknown, knowns, formula, call, field_of("work"), 3.5 + (0.5 if angles else 0.0))


LIFTING_POWER_LESSON = lesson("lifting_power")


_POWER = Term("P", "P", "P", "power", "power", "power")
_FORCE_FROM_POWER = "Power is force times speed, P = F v: rearrange it for the force."
_SPEED_FROM_POWER = "Power is force times speed, P = F v: rearrange it for the speed."
POWER_RATE = Law(
    lesson("power"),
    "energy",
    "power",
    (_POWER, Term("W", "W", "W", "work done", "energy", "work"), Term("t", "t", "t", "time", "time", "duration")),
    {
        "P": Form("<P> = <W> / <t>", r"<P> = \frac{<W>}{<t>}"),
        "W": Form("<W> = <P> <t>", r"<W> = <P> <t>", unknown=Var("W", "E", "E", "energy transferred", "energy")),
        "t": Form("<t> = <W> / <P>", r"<t> = \frac{<W>}{<P>}"),
    },
)
_FORCE_AND_SPEED = (Term("F", "F", "F", "force", "force", "force"), Term("v", "v", "v", "speed", "velocity", "speed"))
POWER_OF_FORCE = Law(
    lesson("power"),
    "energy",
    "power",
    (_POWER, *_FORCE_AND_SPEED),
    {
        "P": Form("<P> = <F> <v>", r"<P> = <F> <v>"),
        "F": Form("<F> = <P> / <v>", r"<F> = \frac{<P>}{<v>}", _FORCE_FROM_POWER, "force_from_power"),
        "v": Form("<v> = <P> / <F>", r"<v> = \frac{<P>}{<F>}", _SPEED_FROM_POWER, "speed_from_power"),
    },
)
# A force at an angle θ to the motion (a rope pulling a sled): only F cos θ does work.
POWER_OF_FORCE_AT_ANGLE = Law(
    lesson("power"),
    "energy",
    "power",
    (_POWER, *_FORCE_AND_SPEED),
    {
        "F": Form(
            "<F> = <P> / (<v> cos <theta>)", r"<F> = \frac{<P>}{<v>\cos<theta>}", _FORCE_FROM_POWER, "force_from_power"
        ),
        "v": Form(
            "<v> = <P> / (<F> cos <theta>)", r"<v> = \frac{<P>}{<F>\cos<theta>}", _SPEED_FROM_POWER, "speed_from_power"
        ),
    },
)
_STEADY = r"\b(?:constant|steady|steadily|uniform|cruis\w*|top speed|maximum speed|full speed)\b"
_ROPE = r"\b(?:rope|cable|chain|string|cord|tow\w*|line)\b"
_AGAINST = r"\bagainst (?:the |a |an )?(?:drag|friction|resist\w*|air|water)"
# The force that delivers the power (P = F v holds for it at every instant, accelerating or not).
_DRIVING = r"\b(?:driving|engine|motor|tractive|thrust|propulsive|forward)\b"


def _force_or_speed_from_power(question: Question, target: Target, power: Quantity) -> Plan | None:
    """P = F v backwards: 'a 45 kW engine at a steady 25 m/s: the driving force?', '1.5 kW pulling
    with 500 N: how fast?'. At a steady speed the resistance equals the driving force; a rope's
    tension is the pulling force; a force at an angle to the motion counts with cos θ."""
    if question.stated("energy") or question.stated("time"):
        return None  # P = W / t, not P = F v
    angles = question.stated("angle")
    if len(angles) > 1:
        return None
    notes: list[str] = []
    if target.name == "velocity":
        forces = question.stated("force")
        if len(forces) != 1:
            if forces:
                return None
            raise Missing("a speed from a power", ["the force"], score=3.0)
        unknown, given = "v", {"P": power, "F": forces[0]}
    else:
        speeds = question.stated("velocity")
        if len(speeds) != 1:
            if speeds:
                return None
            raise Missing("a force from a power", ["the speed"], score=3.0)
        accelerating = bool(question.stated("acceleration"))
        if target.name in ("drag", "friction"):
            if question.has(_AGAINST):
                notes.append("the power is spent against this force, so P = F v for it")
            elif question.has(_STEADY) and not accelerating:
                notes.append("at a steady speed the resistive force balances the driving force")
            else:
                return None
        elif accelerating and not question.asks(_DRIVING):
            return None  # a force on an accelerating body: the net force or the driving force?
        if target.name == "tension" and not question.has(_ROPE):
            return None
        unknown, given = "F", {"P": power, "v": speeds[0]}
    if not angles:
        return POWER_OF_FORCE.solve(unknown, given, 5.0, notes=notes)
    theta = var("theta", "θ", r"\theta", "angle between force and motion", "angle", angles[0])
    return POWER_OF_FORCE_AT_ANGLE.solve(
        unknown, given, 5.0, also=(theta,), arguments={"angle": angles[0].si}, notes=notes
    )


@recipe("power", "energy", {"power", "work", "energy", "time", "force", "velocity", "drag", "friction", "tension"})
def power(question: Question, target: Target) -> Plan | None:
    powers = question.stated("power")
    energies = question.stated("energy")
    times = question.stated("time")
    forces = question.stated("force")
    speeds = question.stated("velocity")
    if target.name != "power" and not powers:
        return None
    # "a 40 W bulb and a 60 W bulb", "motor A … in 20 s and motor B … in 30 s": which value the
    # relation is about is not read (a 422)
    one_value_each(question, "a power question", "power", "energy", "time", score=3.5)
    if target.name in ("force", "velocity", "drag", "friction", "tension"):
        return _force_or_speed_from_power(question, target, powers[0]) if len(powers) == 1 else None
    cues = count_cues(question, r"power|watt|motor|engine|bulb")
    if target.name == "power":
        if energies and times:
            return POWER_RATE.solve("P", {"W": energies[0], "t": times[0]}, 4.0 + cues)
        if forces and speeds and not times:
            return POWER_OF_FORCE.solve("P", {"F": forces[0], "v": speeds[0]}, 4.0 + cues)
        masses = question.stated("mass")
        lengths = question.stated("length")
        if masses and lengths and times and question.has(LIFTING):
            m, h, t, g = masses[0].si, lengths[0].si, times[0].si, question.g

            def then_power(results: StructuredResults) -> ToolCall:
                return ToolCall("energy", "power", {"work": float(results[0]["potential_energy"]), "duration": t})

            return LIFTING_POWER_LESSON.plan(
                Var("P", "P", "P", "power", "power"),
                [
                    var("m", "m", "m", "mass", "mass", masses[0]),
                    g_var(question),
                    var("h", "h", "h", "height", "length", lengths[0]),
                    var("t", "t", "t", "time", "time", times[0]),
                ],
                ("<P> = <m> <g> <h> / <t>", r"<P> = \frac{<m> <g> <h>}{<t>}"),
                [
                    ToolCall("energy", "gravitational_potential_energy", {"mass": m, "height": h, "g": g}),
                    then_power,
                ],
                field_of("power"),
                4.5,
            )
        missing = "the work done (or energy) and the time" if not (forces or speeds) else "the force and the speed"
        raise Missing("a power question", [missing], score=2.0)
    if target.name in ("work", "energy"):
        if not times:
            raise Missing("energy from power", ["the time"], score=3.0)
        return POWER_RATE.solve("W", {"P": powers[0], "t": times[0]}, 4.0 + cues)
    if not energies:
        raise Missing("time from power", ["the work done or energy"], score=3.0)
    return POWER_RATE.solve("t", {"W": energies[0], "P": powers[0]}, 4.0 + cues)


WORK_ENERGY_THEOREM_LESSON = lesson("work_energy_theorem")


SPEED_FROM_WORK_LESSON = lesson("speed_from_work")


@recipe("work_energy_theorem", "energy", {"work", "velocity", "energy"})
def work_energy_theorem(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    speeds = question.of("velocity")
    if not masses:
        return None
    if target.name in ("work", "energy"):
        if target.name == "energy" and not question.asks(r"work|gain|change|lost|increase|needed|required|kinetic"):
            return None
        if len(speeds) < 2 or question.stated("force") and question.stated("length"):
            return None
        if question.has(r"collid|collision|stick|bounce|rebound|explo"):
            return None
        v0, v = velocity_roles(question, speeds)
        if v0 is None or v is None:
            return None
        knowns = [
            var("m", "m", "m", "mass", "mass", masses[0]),
            var("v0", "v0", "v_0", "initial speed", "velocity", v0),
            var("v", "v", "v", "final speed", "velocity", v),
        ]
        # work done BY brakes or friction is negative; energy "lost"/"removed" or work "against" them is its size
        magnitude = bool(
            question.asks(
                r"lost|removed|dissipated|magnitude|against|how much energy|needed|required|must be done|to stop"
            )
        )
        args = {"mass": masses[0].si, "initial_speed": abs(v0.si), "final_speed": abs(v.si)}
        formula = ("<W> = ½ <m> <v>^2 - ½ <m> <v0>^2", r"<W> = \tfrac{1}{2}<m><v>^2 - \tfrac{1}{2}<m><v0>^2")
        call = ToolCall("energy", "work_energy_theorem", args)
        extract = field_of("net_work", magnitude=magnitude)
        return WORK_ENERGY_THEOREM_LESSON.plan(
            Var("W", "W", "W", "net work done", "energy"), knowns, formula, call, extract, 4.5
        )
    work = next((q for q in question.stated("energy") if question.near(q, r"work|does|did|done", 40, 30)), None)
    if work is None or len(speeds) != 1:
        return None
    v0 = speeds[0]
    knowns = [
        var("m", "m", "m", "mass", "mass", masses[0]),
        var("v0", "v0", "v_0", "initial speed", "velocity", v0),
        var("W", "W", "W", "net work", "energy", work),
    ]
    call = ToolCall(
        "energy", "work_energy_theorem", {"mass": masses[0].si, "initial_speed": abs(v0.si), "net_work": work.si}
    )
    formula = ("<v> = √(<v0>^2 + 2 <W> / <m>)", r"<v> = \sqrt{<v0>^2 + \frac{2<W>}{<m>}}")
    unknown = Var("v", "v", "v", "final speed", "velocity")
    return SPEED_FROM_WORK_LESSON.plan(unknown, knowns, formula, call, field_of("final_speed"), 4.5)


def _along_slope(question: Question, q: Quantity) -> bool:
    """'200 m long', 'a length of 200 m', 'along the slope for 200 m': a distance along, not a height."""
    return bool(
        re.match(r"\s*(?:long|in length)\b", question.after(q, 15))
        or re.match(r"\s*(?:down|up|along) (?:a|an|the) (?:\w+ )?(?:slope|incline|ramp|hill)", question.after(q, 40))
        or re.search(r"\b(?:length|along)\b[\w ]{0,20}$", question.before(q, 30))
    )


_FALLEN_THROUGH = (
    r"\b(?:fallen|fell|falls|falling|dropped|drops) (?:through |by |a distance of )?$|\bafter (?:falling|dropping)"
)


ENERGY_CONSERVATION_LESSON = lesson("energy_conservation")


@recipe("energy_conservation", "energy", {"velocity", "height", "max_height", "distance", "kinetic_energy", "energy"})
def energy_conservation(question: Question, target: Target) -> Plan | None:
    # "its kinetic energy just before it lands": the speed by conservation, then ½ m v²
    wants_ke = target.name == "kinetic_energy" or (target.name == "energy" and question.asks(r"kinetic"))
    if target.name == "energy" and not wants_ke:
        return None
    thrown_up = question.has(THROWN_UP)
    descending = question.has(DESCENT) or (question.has(FALLING) and not thrown_up) or question.has(THROWN_DOWN)
    if not (descending or thrown_up or question.has(r"conservation of (?:mechanical )?energy|energy is conserved")):
        return None
    if question.stated("angle") and not question.has(r"slope|incline|hill|ramp|pendulum|swing"):
        return None
    if question.has(
        r"rolls? without slipping|rolling without|\b(?:solid sphere|hollow sphere|cylinder|hoop|ring|disk|disc)\b"
    ):
        return None
    if question.has(r"\bspring\b") or coefficients(question) != (None, None):
        return None
    if question.stated("force") and question.has(r"friction|\brough\b|resist|drag"):
        return None  # work against friction or drag: mechanical energy is not conserved
    lengths = question.stated("length")
    on_string = any(question.near(q, r"string|rope|cord|thread|long|length", 25, 25) for q in lengths)
    if question.stated("angle") and on_string:
        return None  # a pendulum released at an angle drops L (1 - cos θ), not its length L: not read here
    if target.name in ("height", "max_height"):
        one_value_each(question, "conservation of energy", "velocity")
    speeds = question.stated("velocity")
    masses = question.stated("mass")
    g = question.g
    heights = [
        q
        for q in lengths
        if question.near(
            q,
            (
                r"high|height|tall|above|from|top|drop|deep|up|vertical|descent|hill|cliff|building|swing|rises|level|"
                r"bottom|"
                r"below|down"
            ),
            50,
            30,
        )
    ]
    # a slope's length does not matter without friction: only heights do
    lengths = [q for q in lengths if not _along_slope(question, q)]
    heights = [q for q in heights if q in lengths]
    # "after it has fallen 5 m": that length is the drop itself, whatever height it started from
    fallen = next((q for q in lengths if question.near(q, _FALLEN_THROUGH, 30, 5)), None)
    if fallen is not None:
        heights = lengths = [fallen]
    if any(q not in heights for q in lengths) or len(heights) > 2:
        return None  # a length we cannot place (a slope's length, a distance travelled): not this recipe
    args: dict[str, object] = {"g": g}
    knowns: list[Var] = []
    if masses:
        knowns.append(var("m", "m", "m", "mass", "mass", masses[0]))
    if wants_ke and not masses:
        raise Missing("kinetic energy after a drop", ["the mass"], score=2.5)
    if target.name == "velocity" or wants_ke:
        if question.asks(r"\btop\b|highest"):
            return None
        if not heights:
            raise Missing(
                "conservation of energy asking for a speed", ["the height it starts from (or drops through)"], score=2.0
            )
        if len(heights) == 1 and height_on_the_way(question, heights[0]):
            # the speed at a height passed on the way ("3 m above the launch point"), with no height the
            # motion starts from, is not read (a 422)
            raise Missing("conservation of energy asking for a speed", ["the speed at the ground"], score=4.0)
        h1 = heights[0]
        h2 = heights[1] if len(heights) > 1 else None
        v1 = speeds[0] if speeds else None
        if v1 is not None and velocity_roles(question, [v1])[1] is v1:
            return None  # "hits the ground at 14 m/s": the speed at the end is given, not the start
        args.update(
            {"initial_height": h1.si, "initial_speed": v1.si if v1 else 0.0, "final_height": h2.si if h2 else 0.0}
        )
        knowns.append(var("h", "h1" if h2 else "h", "h_1" if h2 else "h", "starting height", "length", h1))
        if h2:
            knowns.append(var("h2", "h2", "h_2", "final height", "length", h2))
        if v1:
            knowns.append(var("v0", "v0", "v_0", "initial speed", "velocity", v1))
        knowns.append(g_var(question))
        drop = "(<h> - <h2>)" if h2 else "<h>"
        if v1:
            formula = (f"<v> = √(<v0>^2 + 2 <g> {drop})", rf"<v> = \sqrt{{<v0>^2 + 2<g>{drop}}}")
        else:
            formula = (f"<v> = √(2 <g> {drop})", rf"<v> = \sqrt{{2<g>{drop}}}")
        unknown = Var("v", "v", "v", "speed", "velocity")
        key = "final_speed"
        args["solve_for"] = "final_speed"
        if wants_ke:
            return _kinetic_energy_after(question, knowns, args, formula, drop, bool(v1), masses[0])
    else:
        ke = _stated_energy(question, r"kinetic|\bke\b")
        if not speeds and ke is not None and len(masses) == 1:
            return _height_from_kinetic_energy(question, masses[0], ke)
        if not speeds:
            raise Missing("conservation of energy asking for a height", ["the speed"], score=2.0)
        if not (thrown_up or question.asks(r"how high|height|rise|climb|go up|reach")):
            return None
        v1 = speeds[0]
        args.update({"initial_height": 0.0, "initial_speed": v1.si, "final_speed": 0.0, "solve_for": "final_height"})
        knowns += [var("v0", "v", "v", "speed", "velocity", v1), g_var(question)]
        formula = ("<h> = <v0>^2 / (2 <g>)", r"<h> = \frac{<v0>^2}{2<g>}")
        unknown = Var("h", "h", "h", "height gained", "length")
        key = "final_height"
    score = (
        3.0
        + (1.5 if masses else 0.0)
        + count_cues(
            question, r"energy", r"slope|hill|track|roller|ramp|slide|pendulum|swing|skier|sled", r"frictionless|smooth"
        )
    )
    return ENERGY_CONSERVATION_LESSON.plan(
        unknown, knowns, formula, ToolCall("energy", "mechanical_energy_conservation", args), field_of(key), score
    )


KINETIC_AFTER_DROP_LESSON = lesson("kinetic_after_drop")


def _height_from_kinetic_energy(question: Question, mass: Quantity, ke: Quantity) -> Plan | None:
    """'Thrown straight up with 30 J of kinetic energy: how high?': all of it becomes m g h."""
    if not question.asks(r"how high|height|rise|climb|go up|reach"):
        return None
    g = question.g

    def rise(results: StructuredResults) -> ToolCall:
        speed = float(results[0]["speed"])
        args = {"initial_height": 0.0, "initial_speed": speed, "final_speed": 0.0, "solve_for": "final_height", "g": g}
        return ToolCall("energy", "mechanical_energy_conservation", args)

    knowns = [
        var("m", "m", "m", "mass", "mass", mass),
        var("K", "KE", r"E_k", "kinetic energy", "energy", ke),
        g_var(question),
    ]
    calls: list[CallSpec] = [ToolCall("energy", "kinetic_energy", {"mass": mass.si, "kinetic_energy": ke.si}), rise]
    formula = ("<h> = <K> / (<m> <g>)", r"<h> = \frac{<K>}{<m><g>}")
    unknown = Var("h", "h", "h", "height gained", "length")
    return ENERGY_CONSERVATION_LESSON.plan(unknown, knowns, formula, calls, field_of("final_height"), 5.0)


def _kinetic_energy_after(
    question: Question,
    knowns: list[Var],
    args: dict[str, object],
    speed_formula: tuple[str, str],
    drop: str,
    moving: bool,
    mass: Quantity,
) -> Plan:
    """Chain: the speed after the drop (energy conservation), then KE = ½ m v²."""
    m_si = mass.si

    def kinetic(results: StructuredResults) -> ToolCall:
        return ToolCall("energy", "kinetic_energy", {"mass": m_si, "speed": float(results[0]["final_speed"])})

    formula = (
        (f"<K> = ½ <m> <v0>^2 + <m> <g> {drop}", rf"<K> = \tfrac12 <m><v0>^2 + <m><g>{drop}")
        if moving
        else (f"<K> = <m> <g> {drop}", rf"<K> = <m><g>{drop}")
    )
    return KINETIC_AFTER_DROP_LESSON.plan(
        Var("K", "KE", r"E_k", "kinetic energy", "energy"),
        knowns,
        formula,
        [ToolCall("energy", "mechanical_energy_conservation", args), kinetic],
        field_of("kinetic_energy"),
        5.0 + count_cues(question, FALLING, r"energy"),
        notes=[f"speed first: {speed_formula[0]}"],
    )


BOUNCE_ENERGY_LOSS_LESSON = lesson("bounce_energy_loss")


@recipe("bounce_energy_loss", "energy", {"energy_lost", "energy"})
def bounce_energy_loss(question: Question, target: Target) -> Plan | None:
    """Dropped from h1, bounces back up to h2: the energy lost is m g (h1 - h2)."""
    if target.name == "energy" and not question.asks(r"lost|loss|dissipat|convert|wasted"):
        return None
    if not question.has(r"\b(?:bounces?|rebounds?|bounced|rebounded)\b"):
        return None
    masses = question.stated("mass")
    heights = question.stated("length")
    if question.stated("velocity") or len(heights) != 2:
        return None
    if not masses:
        raise Missing("the energy lost in a bounce", ["the mass"], score=3.0)
    start, top = heights
    if not top.si < start.si:
        return None
    m, g = masses[0].si, question.g
    return BOUNCE_ENERGY_LOSS_LESSON.plan(
        Var("E", "ΔE", r"\Delta E", "energy lost in the bounce", "energy"),
        [
            var("m", "m", "m", "mass", "mass", masses[0]),
            g_var(question),
            var("h1", "h1", "h_1", "height dropped from", "length", start),
            var("h2", "h2", "h_2", "height bounced back to", "length", top),
        ],
        ("<E> = <m> <g> (<h1> - <h2>)", r"<E> = <m><g>(<h1> - <h2>)"),
        [
            ToolCall("energy", "gravitational_potential_energy", {"mass": m, "height": start.si, "g": g}),
            ToolCall("energy", "gravitational_potential_energy", {"mass": m, "height": top.si, "g": g}),
        ],
        lambda results: float(results[0]["potential_energy"]) - float(results[1]["potential_energy"]),
        5.5,
    )


FALL_ENERGY_LOSS_LESSON = lesson("fall_energy_loss")


@recipe("fall_energy_loss", "energy", {"energy_lost", "energy"})
def fall_energy_loss(question: Question, target: Target) -> Plan | None:
    """Starts from rest at a height h and arrives at the bottom at v: the energy lost (to air
    resistance, friction) is m g h - ½ m v²."""
    if target.name == "energy" and not question.asks(r"lost|loss|dissipat|wasted|against|resistance|friction"):
        return None
    if not (question.has(FALLING) or question.has(DESCENT)) or question.has(r"\b(?:bounc|rebound|spring)"):
        return None
    masses = question.stated("mass")
    lengths = question.stated("length")
    speeds = question.stated("velocity")
    if len(masses) > 1 or len(lengths) != 1 or len(speeds) != 1 or question.stated("angle"):
        return None  # an initial speed, a slope's angle or a second length: not this situation
    height = lengths[0]
    if _along_slope(question, height) or not question.near(height, r"high|height|tall|above|from|drop|deep|vertical"):
        return None  # a distance along a slope is not the height it dropped
    if not masses:
        raise Missing("the energy lost in a fall", ["the mass"], score=3.0)
    m, v, g = masses[0], speeds[0], question.g
    if not 0.5 * v.si**2 < g * height.si:
        return None  # it would have gained energy: the values do not describe a loss
    return FALL_ENERGY_LOSS_LESSON.plan(
        Var("E", "ΔE", r"\Delta E", "energy lost on the way down", "energy"),
        [
            var("m", "m", "m", "mass", "mass", m),
            g_var(question),
            var("h", "h", "h", "height dropped", "length", height),
            var("v", "v", "v", "speed at the bottom", "velocity", v),
        ],
        ("<E> = <m> <g> <h> - ½ <m> <v>^2", r"<E> = <m><g><h> - \tfrac12 <m><v>^2"),
        [
            ToolCall("energy", "gravitational_potential_energy", {"mass": m.si, "height": height.si, "g": g}),
            ToolCall("energy", "kinetic_energy", {"mass": m.si, "speed": v.si}),
        ],
        lambda results: float(results[0]["potential_energy"]) - float(results[1]["kinetic_energy"]),
        5.5,
    )


SPRING_LAUNCH_LESSON = lesson("spring_launch")


@recipe("spring_launch", "energy", {"velocity", "height", "max_height", "distance", "extension"})
def spring_launch(question: Question, target: Target) -> Plan | None:
    if not question.has(r"\bspring\b"):
        return None
    one_value_each(question, "a spring launch", "spring_constant", "mass")
    ks = question.stated("spring_constant")
    masses = question.stated("mass")
    lengths = question.stated("length")
    if target.name == "extension" or (target.name == "distance" and question.asks(_DEFORMED)):
        return _compression_for_launch(question, ks, masses, lengths)
    if not (ks and masses and lengths):
        need = "the spring constant" if not ks else "the mass" if not masses else "the compression"
        raise Missing("a spring launching a mass", [need], score=3.0)
    x = spring_extension(question, lengths)
    if x is None:
        return None
    vertical = target.name in ("height", "max_height") or question.has(r"vertical|straight up|upward")
    args = {
        "spring_constant": ks[0].si,
        "mass": masses[0].si,
        "compression": x.si,
        "orientation": "vertical" if vertical else "horizontal",
        "g": question.g,
    }
    knowns = [
        var("k", "k", "k", "spring constant", "spring_constant", ks[0]),
        x,
        var("m", "m", "m", "mass", "mass", masses[0]),
    ]
    if target.name == "velocity":
        unknown = Var("v", "v", "v", "launch speed", "velocity")
        formula = ("½ <k> <x>^2 = ½ <m> <v>^2 → <v> = <x> √(<k> / <m>)", r"<v> = <x>\sqrt{\frac{<k>}{<m>}}")
        if vertical:
            formula = (
                "½ <k> <x>^2 = ½ <m> <v>^2 + <m> g <x>",
                r"\tfrac{1}{2}<k><x>^2 = \tfrac{1}{2}<m><v>^2 + <m> g <x>",
            )
        key = "launch_speed"
    else:
        knowns.append(g_var(question))
        unknown = Var("h", "h", "h", "maximum height above the release point", "length")
        formula = ("<h> = <k> <x>^2 / (2 <m> <g>)", r"<h> = \frac{<k><x>^2}{2<m><g>}")
        key = "max_height"
    return SPRING_LAUNCH_LESSON.plan(
        unknown, knowns, formula, ToolCall("energy", "spring_launch", args), field_of(key), 5.0
    )


def _compression_for_launch(
    question: Question, ks: list[Quantity], masses: list[Quantity], lengths: list[Quantity]
) -> Plan | None:
    """'k = 200 N/m launches a 0.1 kg ball at 3 m/s: how far was it compressed?': the launch backwards."""
    speeds = question.stated("velocity")
    if len(speeds) != 1 or lengths or question.stated("energy") or len(ks) != 1 or len(masses) != 1:
        return None
    vertical = question.has(r"vertical|straight up|upward")
    args = {
        "spring_constant": ks[0].si,
        "mass": masses[0].si,
        "launch_speed": speeds[0].si,
        "orientation": "vertical" if vertical else "horizontal",
        "g": question.g,
    }
    knowns = [
        var("k", "k", "k", "spring constant", "spring_constant", ks[0]),
        var("m", "m", "m", "mass", "mass", masses[0]),
        var("v", "v", "v", "launch speed", "velocity", speeds[0]),
    ]
    formula = ("½ <k> <x>^2 = ½ <m> <v>^2 → <x> = <v> √(<m> / <k>)", r"<x> = <v>\sqrt{\frac{<m>}{<k>}}")
    if vertical:
        formula = (
            "½ <k> <x>^2 = ½ <m> <v>^2 + <m> g <x>, solved for <x>",
            r"\tfrac{1}{2}<k><x>^2 = \tfrac{1}{2}<m><v>^2 + <m> g <x>",
        )
    return SPRING_LAUNCH_LESSON.plan(
        Var("x", "x", "x", "compression", "length"),
        knowns,
        formula,
        ToolCall("energy", "spring_launch", args),
        field_of("compression"),
        5.0,
        recipe="compression_for_launch",
    )


FRICTION_SLIDE_LESSON = lesson("friction_slide")


@recipe("friction_slide", "energy", {"distance", "energy_lost", "velocity", "work"})
def friction_slide(question: Question, target: Target) -> Plan | None:
    from physics_assistant.agents_api.understanding.recipes.forces import INCLINE

    mu_s, mu_k = coefficients(question)
    mu = mu_k or mu_s
    speeds = question.stated("velocity")
    if mu is None or not speeds or question.has(INCLINE) and not question.stated("angle"):
        return None
    if target.name == "work" and not question.asks(r"friction"):
        return None
    masses = question.stated("mass")
    lengths = question.stated("length")
    angles = question.stated("angle")
    args: dict[str, object] = {"initial_speed": speeds[0].si, "mu_kinetic": mu.si, "g": question.g}
    knowns = [
        var("v0", "v0", "v_0", "initial speed", "velocity", speeds[0]),
        Var("mu", "μk", r"\mu_k", "coefficient of kinetic friction", "number", mu.si, mu),
        g_var(question),
    ]
    if angles:
        args["angle"] = angles[0].si
        args["direction"] = "up" if question.has(r"\bup\b|upward") else "down"
    if masses:
        args["mass"] = masses[0].si
        knowns.insert(0, var("m", "m", "m", "mass", "mass", masses[0]))
    if target.name == "distance":
        unknown = Var("d", "d", "d", "stopping distance", "length")
        formula = ("<d> = <v0>^2 / (2 <mu> <g>)", r"<d> = \frac{<v0>^2}{2<mu><g>}")
        key = "stopping_distance"
    elif target.name == "velocity":
        if not lengths:
            raise Missing("sliding with friction, asking for the speed", ["the distance slid"], score=3.0)
        args["distance"] = lengths[0].si
        knowns.append(var("d", "d", "d", "distance", "length", lengths[0]))
        unknown = Var("v", "v", "v", "speed", "velocity")
        formula = ("<v> = √(<v0>^2 - 2 <mu> <g> <d>)", r"<v> = \sqrt{<v0>^2 - 2<mu><g><d>}")
        key = "final_speed"
    else:
        if not masses:
            raise Missing("energy lost to friction", ["the mass"], score=3.0)
        if lengths:
            args["distance"] = lengths[0].si
            knowns.append(var("d", "d", "d", "distance", "length", lengths[0]))
        unknown = Var("E", "E", "E", "energy dissipated by friction", "energy")
        formula = ("<E> = <mu> <m> <g> d", r"<E> = <mu> <m> <g> d")
        key = "thermal_energy"

    def extract(results: StructuredResults) -> float:
        value = results[-1][key]
        if value is None:
            raise ValueError(f"{key} not reported")
        return abs(float(value))

    return FRICTION_SLIDE_LESSON.plan(
        unknown, knowns, formula, ToolCall("energy", "slide_with_friction", args), extract, 4.5
    )


EFFICIENCY_LESSON = lesson("efficiency")


@recipe("efficiency", "energy", {"efficiency", "energy", "work", "power"})
def efficiency(question: Question, target: Target) -> Plan | None:
    if target.name != "efficiency":
        return _through_efficiency(question, target)
    energies = question.stated("energy")
    powers = question.stated("power")
    pair = energies if len(energies) >= 2 else powers if len(powers) >= 2 else None
    if pair is None:
        raise Missing("an efficiency question", ["the useful output and the total input"], score=3.0)
    useful, total = sorted(pair[:2], key=lambda q: q.si)
    if re.search(r"useful|output|gives|delivers", question.before(pair[0], 50)):
        useful, total = pair[0], pair[1]
    energy = pair is energies
    args = {
        ("useful_energy" if energy else "useful_power"): useful.si,
        ("input_energy" if energy else "input_power"): total.si,
    }
    kind = "energy" if energy else "power"
    return EFFICIENCY_LESSON.plan(
        Var("eta", "η", r"\eta", "efficiency", "number"),
        [
            var("Eu", "useful", r"E_{\mathrm{useful}}", "useful output", kind, useful),
            var("Ei", "input", r"E_{\mathrm{in}}", "total input", kind, total),
        ],
        ("<eta> = <Eu> / <Ei>", r"<eta> = \frac{<Eu>}{<Ei>}"),
        ToolCall("energy", "efficiency", args),
        field_of("efficiency"),
        4.5,
        default_unit="percent",
    )


_INPUT_WORDS = r"\b(?:suppl\w*|input|consum\w*|uses?|used|takes? in|fed|draws?|electrical|fuel)\b"
_OUTPUT_WORDS = r"\b(?:useful|output|delivers?|gives? out|produces?)\b"


THROUGH_EFFICIENCY_LESSON = lesson("through_efficiency")


def _through_efficiency(question: Question, target: Target) -> Plan | None:
    """'25% efficient, supplied with 800 J: useful output?' (or the input needed for a useful output)."""
    if not question.has(r"efficien"):
        return None
    rates = [
        q
        for q in question.quantities
        if q.unit.strip("()") == "percent"
        or (q.kind == "number" and not q.implied and question.near(q, r"efficien", 30, 20))
    ]
    kind = "power" if target.name == "power" else "energy"
    givens = question.stated(kind)
    if len(rates) != 1 or len(givens) != 1:
        return None
    eta = rates[0]
    eta_si = eta.si if eta.unit else (eta.value / 100 if eta.value > 1 else eta.value)
    if not 0 < eta_si <= 1:
        return None
    given = givens[0]
    before, after = question.before(given, 40), question.after(given, 20)
    if re.search(_INPUT_WORDS, before) or re.search(_OUTPUT_WORDS, before):
        given_is_input = re.search(_INPUT_WORDS, before) is not None and not re.search(_OUTPUT_WORDS, before)
    else:
        given_is_input = re.search(_INPUT_WORDS, after) is not None and not re.search(_OUTPUT_WORDS, after)
    asks_useful = question.asks(_OUTPUT_WORDS)
    asks_input = question.asks(_INPUT_WORDS + r"|\b(?:needed|required|must be)\b")
    if given_is_input == asks_input or asks_useful == asks_input:
        return None  # cannot tell which side is given and which is asked
    useful_key, input_key = f"useful_{kind}", f"input_{kind}"
    args = {"efficiency": eta_si, (input_key if given_is_input else useful_key): given.si}
    known = var(
        "E",
        "E_in" if given_is_input else "E_useful",
        r"E_{\mathrm{in}}" if given_is_input else r"E_{\mathrm{u}}",
        "total input" if given_is_input else "useful output",
        kind,
        given,
    )
    eta_var = Var("eta", "η", r"\eta", "efficiency", "number", eta_si, eta)
    if given_is_input:
        unknown = Var("U", "E_useful", r"E_{\mathrm{u}}", "useful output", kind)
        formula = ("<U> = <eta> <E>", r"<U> = <eta> <E>")
        key = "useful_output"
    else:
        unknown = Var("U", "E_in", r"E_{\mathrm{in}}", "total input", kind)
        formula = ("<U> = <E> / <eta>", r"<U> = \frac{<E>}{<eta>}")
        key = "total_input"
    return THROUGH_EFFICIENCY_LESSON.plan(
        unknown, [known, eta_var], formula, ToolCall("energy", "efficiency", args), field_of(key), 5.0
    )
