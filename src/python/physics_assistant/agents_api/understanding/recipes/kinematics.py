"""Kinematics: uniform motion, constant acceleration (incl. free fall), vertical throws, projectiles."""

from __future__ import annotations

import re
from collections.abc import Callable

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
    height_on_the_way,
    lesson,
    one_value_each,
    recipe,
    var,
)

ACCELERATING = (
    r"accelerat|decelerat|from rest|speeds? up|slows?|slowing|brak|dropped|drops|falls|falling|thrown|launched|"
    r"comes? to (?:a )?(?:rest|stop)|stops|stopping|\bto a stop|takeoff|take-off|increases? (?:its )?speed|reaches"
)
FALLING = (
    r"\b(?:dropped|drops|drop|falls|falling|fell|free[- ]?fall|released|let go|plummets|plunges|"
    r"(?:steps?|stepped|jumps?|jumped|slips?|slipped|leaps?|leapt|dives?|dived|rolls?|rolled|tumbles?) off)\b"
)
THROWN_UP = (
    r"(?:thrown|tossed|thrown|fired|launched|shot|projected|kicked|hit|throws|tosses|fires|launches|shoots|kicks)"
    r" (?:\w+ )?(?:straight |vertically |directly )?(?:up|upward|upwards)\b|vertically upward|straight up(?:ward)?"
)
THROWN_DOWN = r"(?:thrown|throws|tossed|fired|shot|projected) (?:\w+ )?(?:straight |vertically )?down(?:ward|wards)?\b"
LAUNCH = (
    r"\b(?:kicked|thrown|throws|launched|launches|fired|fires|shot|shoots|projected|hit|struck|leaves|rolls off|driven "
    r"off|hurled|tossed|batted|served|lobbed)\b"
)
HORIZONTAL_LAUNCH = (
    r"\b(?:thrown|throws?|threw|fired|fires?|launched|launch(?:es)?|kicked|kicks?|shot|shoots?|projected|hit|hits|"
    r"struck|moving|moves|travell?ing|leaves?|left|rolls?|rolled|rolling|runs?|ran|slides?|slid|drives?|driven|"
    r"flying|flies|dropped|released|served|tossed|hurled) (?:\w+ )?horizontally\b|\bhorizontally (?:from|off|out "
    r"of|at|with)\b|horizontal (?:velocity|speed) of|rolls off|runs off|drives off|driven off|slides off"
)

_INITIAL = (
    r"\b(?:from|initial(?:ly)?|starts?|starting|begins?|beginning|launched|thrown|kicked|fired|shot|moving|"
    r"travell?ing|going|driving|running|cruising|enters?|entering|was|originally|projected|"
    r"released|rolling|sliding|at first|flying|riding|cycling)\b"
)
_FINAL = (
    r"\b(?:to|reach(?:es|ed|ing)?|final(?:ly)?|until|takeoff|take-off|lift-?off|landing|attains?|becomes?|ends?|"
    r"after|hits?|impact|lands?|leaves?|then|later)\b"
)


def _last_cue(text: str, pattern: str) -> int:
    found = [m.end() for m in re.finditer(pattern, text)]
    return found[-1] if found else -1


def velocity_roles(question: Question, velocities: list[Quantity]) -> tuple[Quantity | None, Quantity | None]:
    """(initial, final) among the velocities: implied rest/stop, cue words, then text order."""
    initial: Quantity | None = None
    final: Quantity | None = None
    undecided: list[Quantity] = []
    # a speed written before "... and stops" is not the final one, whatever cue precedes it
    stop_later = next((q.start for q in velocities if q.implied == "stop"), None)
    for q in velocities:
        if q.implied == "rest" and initial is None:
            initial = q
            continue
        if q.implied == "stop" and final is None:
            final = q
            continue
        if q.implied:
            continue
        before = question.before(q, 45)
        i, f = _last_cue(before, _INITIAL), _last_cue(before, _FINAL)
        if f > i and final is None and not (stop_later and q.start < stop_later):
            final = q
        elif i > f and initial is None:
            initial = q
        else:
            undecided.append(q)
    for q in undecided:
        if initial is None:
            initial = q
        elif final is None:
            final = q
    stated = [q for q in velocities if not q.implied]
    if initial is None and final is not None and final.implied == "stop" and len(stated) == 1:
        # "lands at 80 m/s and stops": the one speed given is where the stopping starts
        initial = stated[0]
    return initial, final


def _signed_acceleration(question: Question, q: Quantity) -> float:
    before = question.before(q, 50)
    if q.si > 0 and re.search(r"decelerat|slows?|slowing|brak|retard", before + " " + question.after(q, 15)):
        return -q.si
    return q.si


_V0 = ("v0", "v0", "v_0", "initial velocity", "velocity")
_V = ("v", "v", "v", "final velocity", "velocity")
_A = ("a", "a", "a", "acceleration", "acceleration")
_T = ("t", "t", "t", "time", "time")
_X = ("x", "s", "s", "displacement", "length")

# Formula for the unknown from a set of three knowns (text, LaTeX), in order of preference.
_SUVAT: dict[str, list[tuple[frozenset[str], str, str]]] = {
    "a": [
        (frozenset({"v0", "v", "t"}), "<a> = (<v> - <v0>) / <t>", r"<a> = \frac{<v> - <v0>}{<t>}"),
        (frozenset({"v0", "v", "x"}), "<a> = (<v>^2 - <v0>^2) / (2 <x>)", r"<a> = \frac{<v>^2 - <v0>^2}{2 <x>}"),
        (frozenset({"v0", "x", "t"}), "<a> = 2 (<x> - <v0> <t>) / <t>^2", r"<a> = \frac{2(<x> - <v0> <t>)}{<t>^2}"),
        (frozenset({"v", "x", "t"}), "<a> = 2 (<v> <t> - <x>) / <t>^2", r"<a> = \frac{2(<v> <t> - <x>)}{<t>^2}"),
    ],
    "v": [
        (frozenset({"v0", "a", "t"}), "<v> = <v0> + <a> <t>", r"<v> = <v0> + <a> <t>"),
        (frozenset({"v0", "a", "x"}), "<v> = √(<v0>^2 + 2 <a> <x>)", r"<v> = \sqrt{<v0>^2 + 2 <a> <x>}"),
        (frozenset({"v0", "x", "t"}), "<v> = 2 <x> / <t> - <v0>", r"<v> = \frac{2 <x>}{<t>} - <v0>"),
        (frozenset({"a", "x", "t"}), "<v> = <x> / <t> + <a> <t> / 2", r"<v> = \frac{<x>}{<t>} + \frac{<a> <t>}{2}"),
    ],
    "v0": [
        (frozenset({"v", "a", "t"}), "<v0> = <v> - <a> <t>", r"<v0> = <v> - <a> <t>"),
        (frozenset({"v", "a", "x"}), "<v0> = √(<v>^2 - 2 <a> <x>)", r"<v0> = \sqrt{<v>^2 - 2 <a> <x>}"),
        (frozenset({"v", "x", "t"}), "<v0> = 2 <x> / <t> - <v>", r"<v0> = \frac{2 <x>}{<t>} - <v>"),
        (frozenset({"a", "x", "t"}), "<v0> = <x> / <t> - <a> <t> / 2", r"<v0> = \frac{<x>}{<t>} - \frac{<a> <t>}{2}"),
    ],
    "x": [
        (frozenset({"v0", "a", "t"}), "<x> = <v0> <t> + ½ <a> <t>^2", r"<x> = <v0> <t> + \tfrac{1}{2} <a> <t>^2"),
        (frozenset({"v0", "v", "t"}), "<x> = (<v0> + <v>) <t> / 2", r"<x> = \frac{(<v0> + <v>) <t>}{2}"),
        (frozenset({"v0", "v", "a"}), "<x> = (<v>^2 - <v0>^2) / (2 <a>)", r"<x> = \frac{<v>^2 - <v0>^2}{2 <a>}"),
        (frozenset({"v", "a", "t"}), "<x> = <v> <t> - ½ <a> <t>^2", r"<x> = <v> <t> - \tfrac{1}{2} <a> <t>^2"),
    ],
    "t": [
        (frozenset({"v0", "v", "a"}), "<t> = (<v> - <v0>) / <a>", r"<t> = \frac{<v> - <v0>}{<a>}"),
        (frozenset({"v0", "v", "x"}), "<t> = 2 <x> / (<v0> + <v>)", r"<t> = \frac{2 <x>}{<v0> + <v>}"),
        (
            frozenset({"v0", "a", "x"}),
            "<x> = <v0> <t> + ½ <a> <t>^2, solved for <t>",
            r"<x> = <v0> <t> + \tfrac{1}{2} <a> <t>^2",
        ),
        (
            frozenset({"v", "a", "x"}),
            "<x> = <v> <t> - ½ <a> <t>^2, solved for <t>",
            r"<x> = <v> <t> - \tfrac{1}{2} <a> <t>^2",
        ),
    ],
}


def _vertical(question: Question) -> bool:
    return question.has(FALLING) and not question.has(THROWN_UP)


SUVAT = lesson("suvat")
FREE_FALL = lesson("free_fall")


@recipe(
    "constant_acceleration",
    "kinematics",
    {"acceleration", "deceleration", "velocity", "time", "distance", "depth", "height"},
)
def constant_acceleration(question: Question, target: Target) -> Plan | None:
    unknown_key = {"acceleration": "a", "deceleration": "a", "velocity": "v", "time": "t"}.get(target.name, "x")
    if unknown_key == "v" and "average" in target.phrase:
        return None  # not the final speed; uniform motion answers distance / time
    falling = _vertical(question)
    if question.has(THROWN_UP) or (question.stated("angle") and not falling):
        return None  # projectiles and vertical throws have their own recipes
    if question.has(r"pendulum|\bswing|\bon an? (?:\w+ )?(?:string|rope|cord|thread)\b"):
        return None  # a bob on a string swings, it does not fall freely: conservation of energy's question
    if question.stated(
        "force", "energy", "power", "momentum", "impulse", "spring_constant", "angular_velocity", "torque"
    ):
        return None
    velocities = question.of("velocity")
    initial, final = velocity_roles(question, velocities)
    if any(q is not initial and q is not final and not q.implied for q in velocities):
        # "car A travels at 20 m/s and car B at 30 m/s; car B brakes …": a speed left over is a
        # body or a stage the motion does not place, so the recipe steps aside (a 422)
        raise Missing(
            f"a constant-acceleration problem asking for the {target.label}",
            ["which speed belongs to the accelerating body"],
            score=1.5,
        )
    one_value_each(
        question, f"a constant-acceleration problem asking for the {target.label}", "acceleration", "time", score=1.5
    )
    accelerations = question.stated("acceleration")
    times = question.stated("time")
    lengths = question.stated("length")
    knowns: dict[str, Var] = {}
    notes: list[str] = []
    if initial is not None:
        knowns["v0"] = var(*_V0[:4], "velocity", initial)
    elif falling and (not question.stated("velocity") or final is not None):
        knowns["v0"] = var(*_V0[:4], "velocity", si=0.0)
        notes.append("it falls from rest: v0 = 0")
    if final is not None:
        knowns["v"] = var(*_V[:4], "velocity", final)
    if accelerations:
        a = accelerations[0]
        knowns["a"] = Var("a", "a", "a", "acceleration", "acceleration", _signed_acceleration(question, a), a)
    elif falling:
        knowns["a"] = Var("a", "g", "g", "gravitational field strength", "acceleration", question.g, question.g_source)
        notes.append("falling freely, so a = g (taking downward as positive)")
    if times:
        knowns["t"] = var(*_T[:4], "time", times[0])
    if len(lengths) > 1:
        return None  # two distances (e.g. a drop to a height above the ground): not one displacement
    if lengths:
        knowns["x"] = var(*_X[:4], "length", lengths[0])
    if not question.has(ACCELERATING) and "a" not in knowns and not falling:
        return None  # no sign of acceleration: uniform motion's recipe
    knowns.pop(unknown_key, None)
    if len(knowns) < 3:
        need = [
            label
            for key, (_, _, _, label, _) in zip(("v0", "v", "a", "t", "x"), (_V0, _V, _A, _T, _X), strict=True)
            if key not in knowns and key != unknown_key
        ]
        raise Missing(
            f"a constant-acceleration problem asking for the {target.label}",
            [" or ".join(need[:2]) if len(need) >= 2 else need[0]],
            score=1.0,
        )
    chosen = next(
        ((known_set, text, latex) for known_set, text, latex in _SUVAT[unknown_key] if known_set <= set(knowns)),
        None,
    )
    if chosen is None:
        return None
    # three knowns fix the motion; a fourth ("on a 400 m track") is a distractor the tool would
    # reject as inconsistent, so only the formula's own knowns are used
    known_set, *formula_parts = chosen
    formula = (formula_parts[0], formula_parts[1])
    knowns = {k: v for k, v in knowns.items() if k in known_set}
    labels = {"a": _A, "v": _V, "v0": _V0, "t": _T, "x": _X}[unknown_key]
    unknown = Var(labels[0], labels[1], labels[2], labels[3], labels[4])
    if target.name == "deceleration":
        notes.append("the acceleration comes out negative (slowing down); the deceleration is its size")
    if unknown_key == "x" and target.name == "depth":
        unknown = Var("x", "d", "d", "depth", "length")
    arguments = {k: v.si for k, v in knowns.items()}
    call = ToolCall("kinematics", "constant_acceleration", arguments)
    want_speed = (
        target.name == "velocity" and re.search(r"speed|how fast", target.phrase + " " + question.ask) is not None
    )
    magnitude = target.name == "deceleration" or want_speed or target.name in ("depth", "height", "distance")
    extract = field_of(unknown_key, magnitude=magnitude)
    cues = count_cues(question, r"accelerat", r"from rest", r"decelerat|brak|slows", FALLING, r"constant acceleration")
    ordered = [knowns[k] for k in ("v0", "v", "a", "t", "x") if k in knowns]
    score = 2.0 + cues + 0.3 * len(knowns)
    return (FREE_FALL if falling else SUVAT).plan(unknown, ordered, formula, call, extract, score, notes=notes)


# Motion at one speed. "uniformly" alone describes an acceleration ("accelerates uniformly"), not this.
_STEADY = r"constant (?:speed|velocity)|steady|steadily|uniform (?:speed|velocity|motion)|average"


_RADIUS = r"\bradius|\bradii|from the (?:axis|centre|center)|\bdiameter"


UNIFORM_MOTION_LESSON = lesson("uniform_motion")


_LAPS = r"\b(?:laps?|lengths|circuits?|times|twice|thrice)\s+(?:of|around|round)\b"


@recipe("uniform_motion", "kinematics", {"distance", "time", "velocity"})
def uniform_motion(question: Question, target: Target) -> Plan | None:
    if question.has(ACCELERATING) and not question.has(_STEADY):
        return None
    if question.stated("acceleration", "force", "energy", "angle", "angular_velocity"):
        return None
    speeds = question.stated("velocity")
    changing = len({q.si for q in speeds}) > 1 or any(q.implied for q in question.of("velocity"))
    if changing and not (question.asks(r"average") and not speeds):
        return None  # the speed changes (or starts/ends at rest): not uniform motion
    times = question.stated("time")
    lengths = question.stated("length")
    if len({q.si for q in times}) > 1 or len({q.si for q in lengths}) > 1:
        # "a runner covers 400 m in 50 s and a cyclist … in 25 s": two times (or distances) for one
        # motion at one speed cannot both be used, and which one is meant is not read (a 422)
        raise Missing(f"uniform motion asking for the {target.label}", ["one time and one distance"], score=2.0)
    if lengths and question.near(lengths[0], _RADIUS, 30, 30):
        return None  # "sits 2 m from the centre": a radius, not a distance travelled
    if lengths and re.search(_LAPS, question.before(lengths[0], 30)):
        # "4 laps of a 400 m track": the distance is a count times a lap, not read here
        raise Missing(f"uniform motion asking for the {target.label}", ["the total distance travelled"], score=2.0)
    knowns: dict[str, Var] = {}
    if speeds and target.name != "velocity":
        knowns["v"] = var("v", "v", "v", "speed", "velocity", speeds[0])
    if times and target.name != "time":
        knowns["t"] = var("t", "t", "t", "time", "time", times[0])
    if lengths and target.name not in ("distance",):
        knowns["x"] = var("x", "d", "d", "distance", "length", lengths[0])
    if len(knowns) < 2:
        need = {
            "distance": "the speed and the time",
            "time": "the distance and the speed",
            "velocity": "the distance and the time",
        }
        raise Missing(
            f"uniform motion asking for the {target.label}",
            [need.get(target.name, "two of distance, speed, time")],
            score=0.5,
        )
    if target.name == "distance":
        unknown = Var("x", "d", "d", "distance", "length")
        formula = ("<x> = <v> <t>", r"<x> = <v> <t>")
        arguments = {"velocity": knowns["v"].si, "time": knowns["t"].si}
        key = "x"
    elif target.name == "time":
        unknown = Var("t", "t", "t", "time", "time")
        formula = ("<t> = <x> / <v>", r"<t> = \frac{<x>}{<v>}")
        arguments = {"x": knowns["x"].si, "velocity": knowns["v"].si}
        key = "time"
    else:
        unknown = Var("v", "v", "v", "speed", "velocity")
        formula = ("<v> = <x> / <t>", r"<v> = \frac{<x>}{<t>}")
        arguments = {"x": knowns["x"].si, "time": knowns["t"].si}
        key = "velocity"
    score = 2.0 + count_cues(question, r"constant (?:speed|velocity)", _STEADY, r"average speed") * 1.5
    return UNIFORM_MOTION_LESSON.plan(
        unknown,
        list(knowns.values()),
        formula,
        ToolCall("kinematics", "uniform_motion", arguments),
        field_of(key),
        score + 0.3 * len(knowns),
    )


_ABOVE_GROUND = r"above (?:the )?(?:ground|floor|water|sea)|from the ground"


VERTICAL_THROW_LESSON = lesson("vertical_throw")


@recipe("vertical_throw", "kinematics", {"max_height", "height", "time", "velocity", "distance"})
def vertical_throw(question: Question, target: Target) -> Plan | None:
    """Thrown straight up (or down) from the ground or a height: free_fall tool (up positive)."""
    up, down = question.has(THROWN_UP), question.has(THROWN_DOWN)
    falling = question.has(FALLING)
    if not (up or down or falling):
        return None
    if question.stated("angle"):
        return None
    one_value_each(question, "a vertical throw", "velocity")
    speeds = question.stated("velocity")
    lengths = question.stated("length")
    height_q = next(
        (
            q
            for q in lengths
            if question.near(
                q, r"height|high|tall|cliff|building|tower|roof|bridge|above|from|top|off|window|balcony|deep|well"
            )
        ),
        None,
    )
    if target.name == "time" and falling and not up and not down and height_q is None:
        return None  # a drop timed over a distance that is not a height: constant acceleration
    if len(lengths) > 1 and target.name in ("velocity", "time"):
        return None  # to a height above the ground, not the ground: energy conservation's question
    if up and not speeds and target.name == "velocity" and question.stated("time"):
        return _launch_speed_from_time(question)
    top = next(
        (q for q in lengths if question.near(q, r"maximum|max|greatest|highest|peak|rises? to|reach\w* a", 40, 5)), None
    )
    to_the_top = question.asks(r"top|highest|maximum|max\b|peak|that height|reach (?:it|this|that)|rise|climb|go up")
    if up and not speeds and target.name == "time" and top is not None and len(lengths) == 1 and to_the_top:
        return _time_to_top(question, top)
    if (up or down) and not speeds:
        raise Missing("a ball thrown vertically", ["the speed it is thrown at"], score=1.5)
    if not (up or down) and height_q is None:
        return None
    v0 = speeds[0].si if speeds else 0.0
    signed_v0 = -v0 if down else v0
    knowns = [g_var(question)]
    if speeds:
        knowns.insert(0, Var("v0", "v0", "v_0", "launch speed", "velocity", signed_v0, speeds[0]))
    h = height_q.si if height_q is not None else 0.0
    if height_q is not None:
        knowns.insert(0, var("h", "h", "h", "starting height", "length", height_q))
    name = target.name
    extract: Callable[[StructuredResults], float]
    to_top = bool(re.search(r"(?:top|highest|maximum|max|peak|apex|stops? rising|momentarily)", question.ask))
    if name in ("max_height", "height") or (name == "distance" and up and re.search(r"how far up|rise", question.ask)):
        if not up:
            return None
        above_launch = h > 0 and not question.asks(_ABOVE_GROUND)
        unknown = Var("H", "H", "H", "maximum height" + (" above the launch point" if above_launch else ""), "length")
        formula = (
            ("<H> = <v0>^2 / (2 <g>)", r"<H> = \frac{<v0>^2}{2<g>}")
            if (above_launch or h == 0)
            else ("<H> = <h> + <v0>^2 / (2 <g>)", r"<H> = <h> + \frac{<v0>^2}{2<g>}")
        )

        def apex(results: StructuredResults) -> float:
            top = float(results[-1]["max_height"])
            return top - h if above_launch else top

        extract = apex

    elif name == "time":
        if to_top and up:
            unknown = Var("t", "t", "t", "time to the top", "time")
            formula = ("<t> = <v0> / <g>", r"<t> = \frac{<v0>}{<g>}")
            extract = field_of("time_to_max_height")
        else:
            unknown = Var("t", "t", "t", "time to reach the ground", "time")
            formula = (
                ("<h> + <v0> <t> - ½ <g> <t>^2 = 0, solved for <t>", r"<h> + <v0> t - \tfrac{1}{2} <g> t^2 = 0")
                if (height_q is not None)
                else ("<t> = 2 <v0> / <g>", r"<t> = \frac{2 <v0>}{<g>}")
            )
            extract = field_of("fall_time")
    elif name == "velocity":
        if to_top:
            return None
        if height_q is not None and height_on_the_way(question, height_q):
            # "its speed when it is 3 m above the launch point": a height on the way, not where the fall
            # starts (the speed there is √(v0² − 2 g h)), is not read here (a 422)
            raise Missing("a ball thrown vertically", ["the speed at the ground, or from a height"], score=4.0)
        unknown = Var("v", "v", "v", "speed on reaching the ground", "velocity")
        formula = (
            ("<v> = √(<v0>^2 + 2 <g> <h>)", r"<v> = \sqrt{<v0>^2 + 2 <g> <h>}")
            if height_q is not None
            else ("<v> = <v0> (same speed on the way down)", r"<v> = <v0>")
        )
        extract = field_of("impact_speed")
    else:
        return None
    if height_q is None and not up:
        raise Missing("an object falling", ["the height it falls from"], score=1.0)
    score = 3.0 + (1.5 if up or down else 0.0) + (0.5 if height_q is not None else 0.0)
    if question.stated("mass") and name == "velocity" and not (up or down):
        score -= 1.0  # with a mass given, "dropped from h, how fast" is the energy recipe's
    return VERTICAL_THROW_LESSON.plan(
        unknown,
        knowns,
        formula,
        ToolCall(
            "kinematics", "free_fall", {"height": h, "initial_velocity": signed_v0, "g": question.g, "n_points": 2}
        ),
        extract,
        score,
        notes=["taking upward as positive"] if up else [],
    )


PROJECTILE_LESSON = lesson("projectile")


@recipe("projectile", "kinematics", {"max_height", "height", "range", "distance", "time", "velocity"})
def projectile(question: Question, target: Target) -> Plan | None:
    horizontal = question.has(HORIZONTAL_LAUNCH)
    angles = question.stated("angle")
    if not angles and not horizontal:
        return None
    if question.has(r"incline|slope|ramp") and not question.has(LAUNCH):
        return None
    if question.stated("force", "mass") and not question.has(LAUNCH) and not horizontal:
        return None
    one_value_each(question, "a projectile", "velocity", "angle")
    speeds = question.stated("velocity")
    lengths = question.stated("length")
    if not speeds:
        if horizontal and not angles and target.name == "velocity" and len(lengths) == 2:
            return _horizontal_launch_speed(question, lengths)
        raise Missing("a projectile", ["the launch speed"], score=2.0)
    angle_q = angles[0] if angles else None
    theta = angle_q.si if angle_q is not None else 0.0
    if angle_q is not None and question.near(angle_q, r"below the horizontal|downward"):
        theta = -theta
    height_q = next(
        (
            q
            for q in lengths
            if question.near(
                q, r"height|high|tall|cliff|building|tower|roof|bridge|above|table|from|top|off|window|balcony|platform"
            )
        ),
        None,
    )
    h = height_q.si if height_q is not None else 0.0
    if horizontal and not angles and height_q is None:
        raise Missing("a horizontal launch", ["the height it is launched from"], score=2.0)
    knowns = [var("v0", "v0", "v_0", "launch speed", "velocity", speeds[0])]
    if angle_q is not None:
        knowns.append(
            Var("theta", "θ", r"\theta", "launch angle", "angle", theta, angle_q, angle_q.unit.strip("()") == "degree")
        )
    if height_q is not None:
        knowns.append(var("h", "h", "h", "launch height", "length", height_q))
    knowns.append(g_var(question))
    name = target.name
    to_top = bool(re.search(r"(?:top|highest|maximum|max|peak|apex)", question.ask))
    theta_sym = "<theta>" if angle_q is not None else "0"
    if name in ("max_height", "height"):
        unknown = Var("H", "H", "H", "maximum height", "length")
        base = f"(<v0> sin {theta_sym})^2 / (2 <g>)"
        formula = (
            f"<H> = {'<h> + ' if h else ''}{base}",
            rf"<H> = {'<h> + ' if h else ''}\frac{{(<v0> \sin {theta_sym})^2}}{{2<g>}}",
        )
        extract = field_of("max_height")
    elif name in ("range", "distance"):
        unknown = Var("R", "R", "R", "horizontal range", "length")
        if h == 0:
            formula = ("<R> = <v0>^2 sin(2<theta>) / <g>", r"<R> = \frac{<v0>^2 \sin 2<theta>}{<g>}")
        else:
            formula = (f"<R> = <v0> cos {theta_sym} × t, with t the flight time", rf"<R> = <v0> \cos {theta_sym}\, t")
        extract = field_of("range")
    elif name == "time":
        if to_top:
            unknown = Var("t", "t", "t", "time to the top", "time")
            formula = (f"<t> = <v0> sin {theta_sym} / <g>", rf"<t> = \frac{{<v0> \sin {theta_sym}}}{{<g>}}")
            extract = field_of("time_to_apex")
        else:
            unknown = Var("t", "t", "t", "time of flight", "time")
            if h == 0:
                formula = ("<t> = 2 <v0> sin <theta> / <g>", r"<t> = \frac{2 <v0> \sin <theta>}{<g>}")
            elif angle_q is None:
                formula = ("<t> = √(2 <h> / <g>)", r"<t> = \sqrt{\frac{2<h>}{<g>}}")
            else:
                formula = (
                    "<h> + <v0> sin <theta> t - ½ <g> t^2 = 0, solved for t",
                    r"<h> + <v0> \sin <theta>\, t - \tfrac{1}{2}<g> t^2 = 0",
                )
            extract = field_of("flight_time")
    elif name == "velocity":
        if question.asks(r"\bvertical"):
            return None  # a vertical component is not the impact speed
        if question.asks(r"\bhorizontal"):
            # the horizontal component stays v0 cos θ throughout the flight
            unknown = Var("v", "v_x", "v_x", "horizontal component of the velocity", "velocity")
            formula = (f"<v> = <v0> cos {theta_sym}", rf"<v> = <v0> \cos {theta_sym}")
            extract = field_of("vx0")
        elif to_top:
            unknown = Var("v", "v", "v", "speed at the top", "velocity")
            formula = (f"<v> = <v0> cos {theta_sym}", rf"<v> = <v0> \cos {theta_sym}")
            extract = field_of("vx0")
        else:
            unknown = Var("v", "v", "v", "impact speed", "velocity")
            formula = ("<v> = √(<v0>^2 + 2 <g> <h>)", r"<v> = \sqrt{<v0>^2 + 2<g><h>}")
            extract = field_of("impact_speed")
    else:
        return None
    score = 3.0 + count_cues(
        question, LAUNCH, r"above the horizontal|to the horizontal|angle", HORIZONTAL_LAUNCH, r"projectile"
    )
    return PROJECTILE_LESSON.plan(
        unknown,
        knowns,
        formula,
        ToolCall("kinematics", "projectile", {"speed": speeds[0].si, "angle": theta, "height": h, "g": question.g}),
        extract,
        score,
    )


HORIZONTAL_LAUNCH_SPEED_LESSON = lesson("horizontal_launch_speed")


def _horizontal_launch_speed(question: Question, lengths: list[Quantity]) -> Plan | None:
    """Launched horizontally from a height h, landing a distance R away: the fall takes t = √(2h/g),
    so the launch speed is R / t."""
    height = next(
        (q for q in lengths if question.near(q, r"high|height|tall|cliff|table|above|from|off|top", 40, 15)), None
    )
    reach = next((q for q in lengths if q is not height), None)
    if (
        height is None
        or reach is None
        or not question.near(reach, r"lands?|from the|away|horizontal|base|foot|out", 40, 20)
    ):
        return None
    g, x = question.g, reach.si

    def speed(results: StructuredResults) -> ToolCall:
        return ToolCall("kinematics", "uniform_motion", {"x": x, "time": float(results[0]["fall_time"])})

    return HORIZONTAL_LAUNCH_SPEED_LESSON.plan(
        Var("v0", "v0", "v_0", "launch speed", "velocity"),
        [
            var("h", "h", "h", "launch height", "length", height),
            var("R", "R", "R", "horizontal distance", "length", reach),
            g_var(question),
        ],
        ("<v0> = <R> / √(2 <h> / <g>)", r"<v0> = \frac{<R>}{\sqrt{2<h>/<g>}}"),
        [
            ToolCall("kinematics", "free_fall", {"height": height.si, "initial_velocity": 0.0, "g": g, "n_points": 2}),
            speed,
        ],
        field_of("velocity"),
        5.0,
        notes=["the fall time comes from the height alone; the horizontal speed does not change"],
    )


LAUNCH_SPEED_FROM_TIME_LESSON = lesson("launch_speed_from_time")


def _time_to_top(question: Question, top: Quantity) -> Plan:
    """Thrown straight up to a known greatest height: at the top v = 0, so h = v0² / 2g and t = v0 / g."""
    knowns = [
        var("h", "h", "h", "greatest height", "length", top),
        Var("a", "g", "g", "gravitational field strength", "acceleration", -question.g, question.g_source),
    ]
    call = ToolCall("kinematics", "constant_acceleration", {"v": 0.0, "a": -question.g, "x": top.si})
    formula = ("<t> = √(2 <h> / g) (at the top v = 0)", r"<t> = \sqrt{\frac{2<h>}{g}}")
    unknown = Var("t", "t", "t", "time to the top", "time")
    notes = ["taking upward as positive, so a = -g"]
    return LAUNCH_SPEED_FROM_TIME_LESSON.plan(unknown, knowns, formula, call, field_of("t"), 4.0, notes=notes)


def _launch_speed_from_time(question: Question) -> Plan | None:
    """Thrown straight up and timed: back in the hand after T (x = 0), or at the top after t (v = 0)."""
    t = question.stated("time")[0]
    to_top = question.has(
        r"(?:highest|top|maximum|max|peak) (?:point|height)|stops? rising|reaches? (?:its|the) (?:top|highest|maximum)"
    )
    back = question.has(
        r"return\w*|comes? back|back (?:to|down|into)|caught|lands?|falls? back|in the air|hits? the ground"
    )
    if not (to_top or back):
        raise Missing(
            "a vertical throw timed by a clock",
            ["what happens at that time (back in the hand, or at the top)"],
            score=2.0,
        )
    knowns = [
        var("t", "t", "t", "time to the top" if to_top else "time of flight", "time", t),
        Var("a", "g", "g", "gravitational field strength", "acceleration", -question.g, question.g_source),
    ]
    if to_top:
        args = {"v": 0.0, "a": -question.g, "t": t.si}
        formula = ("<v0> = <a> <t> (at the top v = 0)", r"<v0> = g t")
    else:
        args = {"x": 0.0, "a": -question.g, "t": t.si}
        formula = ("<v0> = <a> <t> / 2 (back where it started: x = 0)", r"<v0> = \frac{g t}{2}")
    return LAUNCH_SPEED_FROM_TIME_LESSON.plan(
        Var("v0", "v0", "v_0", "launch speed", "velocity"),
        knowns,
        formula,
        ToolCall("kinematics", "constant_acceleration", args),
        lambda results: abs(float(results[-1]["v0"])),
        4.0,
        notes=["taking upward as positive, so a = -g"],
    )
