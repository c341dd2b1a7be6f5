"""Momentum: p = m v, impulse and change of momentum, average impact force, 1-D collisions, recoil."""

from __future__ import annotations

import itertools
import re

from physics_assistant.agents_api.understanding.quantities import Quantity
from physics_assistant.agents_api.understanding.question import Question, Target
from physics_assistant.agents_api.understanding.recipes.base import (
    Form,
    Law,
    Missing,
    Plan,
    Term,
    ToolCall,
    Var,
    count_cues,
    field_of,
    lesson,
    one_value_each,
    recipe,
    var,
)
from physics_assistant.agents_api.understanding.recipes.kinematics import velocity_roles

COLLISION = r"\b(?:collid\w*|collision|hits?|strikes?|crash\w*|bump\w*|runs? into|rams?|smash\w*|impact\w*)\b"
STICK = (
    r"\b(?:stick|sticks|stuck|(?:move[sd]?|moving|travel\w*|go|goes|went|continue[sd]?|slide[sd]?|roll\w*) (?:off )?"
    r"together|coupl\w*|lock\w*|embed\w*|combine\w*|join\w*|perfectly inelastic|latch\w*|"
    r"catch\w*|caught|holds? on|held on|hold onto|grab\w*|cling\w*|clung|hangs? on|entangl\w*)\b"
)
ELASTIC = r"(?<!in)elastic(?:ally)?\b"
BOUNCE = (
    r"\b(?:bounces?|bouncing|rebound\w*|reverses?|reversed|comes? back|returns?|recoils? back|back at|back with|"
    r"(?:hit|hits|struck|knocked|sent|batted|returned|kicked|thrown|deflected|turned) back|(?:in )?the opposite "
    r"direction)\b"
)
RECOIL = (
    r"\b(?:recoil\w*|fires?|fired|shoots?|leaves|explode\w*|explosion|push(?:es|ed|ing)? (?:\w+ )?(?:off|away|apart)|"
    r"push(?:es|ed)? (?:each other|one another)|(?:moves?|moved|glides?|drifts?|slides?) (?:away|apart)|throws?|"
    r"threw|launch\w*|split\w*|separat\w*|kick\w* off|(?:jump|leap|dive|step)\w* (?:off|from|out of))\b"
)
# A body at rest that comes apart: "a 10 kg bomb explodes into two pieces; a 4 kg piece ...".
SPLIT = (
    r"\b(?:explodes?|exploded|breaks?|broke|splits?|bursts?|blows? apart|flies apart|separates?)"
    r"(?: apart)? into (?:two|2)\b"
)
LAUNCHED_FROM_REST = (
    r"\b(?:club|bat|racket|racquet|foot|boot|kick\w*|struck|strikes?|hit|hits|served|serves|fired|launch\w*|"
    r"catapult\w*)\b"
)
OPPOSITE = (
    r"opposite|towards? each other|head[- ]on at each other|approach\w* each other|"
    r"(?:moving|running|travell?ing|coming|heading|going|rolling|sliding|skating|driving) towards? "
    r"(?:him|her|it|them)\b"
)
# Words before a speed a body ends up with ("leaves at", "moves away with a speed of").
_ENDS_WITH = (
    r"(?:leaves?|left|moves? (?:away|off)|reach\w*|acquires?|gets?|gains?)\W+(?:\w+\W+)?(?:at|with)\W*$|"
    r"(?:leaves?|left|moves? (?:away|off))\W+(?:\w+\W+){0,3}(?:at|with)(?: a speed of)?\W*$"
)
# Directions written next to a velocity ("4 m/s to the right", "westward at 3 m/s"), as a sign on one axis.
_DIRECTIONS = (
    (r"\b(?:to the )?right\b|\beast\w*|\bnorth\w*|\bforwards?\b|\bup(?:wards?)?\b", 1),
    (r"\b(?:to the )?left\b|\bwest\w*|\bsouth\w*|\bbackwards?\b|\bdown(?:wards?)?\b", -1),
)
# Relative to one object ("15 m/s toward the bat, then 25 m/s away from it"): only a pair of them on
# the same body's velocities says the motion reversed.
_RELATIVE = ((r"\btowards?\b|\bapproach\w*", 1), (r"\baway\b", -1))


_SAME_WAY = r"same (?:direction|way)|from behind|\bbehind\b|catch|overtak|\bahead\b"


def direction(question: Question, v: Quantity, words: tuple[tuple[str, int], ...] = _DIRECTIONS) -> int | None:
    """+1 / -1 for a direction word in the velocity's own clause, None when it names none."""
    clause = re.split(r"\b(?:and|while|but|when|hits?|strikes?|collides?)\b|,", question.after(v, 30))[0]
    lead = re.split(r"\b(?:and|while|but|when|hits?|strikes?|collides?)\b|,", question.before(v, 30))[-1]
    found = {
        sign
        for pattern, sign in words
        if re.search(pattern, clause) or re.search(rf"(?:{pattern})\W+(?:at|with)\W*$", lead)
    }
    return found.pop() if len(found) == 1 else None


def _owners(question: Question, masses: list[Quantity], velocities: list[Quantity]) -> dict[int, list[Quantity]]:
    """Velocities per body: each velocity belongs to the mass written last before it."""
    owners: dict[int, list[Quantity]] = {i: [] for i in range(len(masses))}
    stated = [v for v in velocities if not v.implied]
    if (
        _listed_together(question, stated)
        and len(stated) == len(masses)
        and stated[0].start > masses[-1].end
        and (_listed_together(question, masses) or len(velocities) == len(stated))
    ):
        # "carts of 2 kg and 3 kg move at 4 m/s and 2 m/s", "a 2 kg ball and a 3 kg ball move towards
        # each other at 4 m/s and 2 m/s": the lists pair up in order
        for i, v in enumerate(stated):
            owners[i].append(v)
        return owners
    # Where each body is written: its mass, and later mentions of it ("the 5 kg ball moves at...").
    anchors = [(m.start, m.end, i) for i, m in enumerate(masses)]
    for mention, original in question.references:
        for i, m in enumerate(masses):
            if m is original:
                anchors.append((mention.start, mention.end, i))
    anchors.sort()
    nouns = [_nouns_near(question, m) for m in masses]
    for v in velocities:
        # "after the collision the ball moves at 2 m/s": the body named by its noun; in "the astronaut
        # pushes the satellite and moves away at 0.5 m/s" the one doing the moving (a noun before a verb)
        named = _subjects(question.before(v, 60))
        if named and not v.implied:
            matches = [i for i, words in enumerate(nouns) if named[-1] in words]
            if len(matches) == 1:
                owners[matches[0]].append(v)
                continue
        # "a stationary 1500 kg car": an adjective before a mass describes that mass
        following = [i for start, _, i in anchors if start >= v.end and start - v.end <= 12]
        if v.implied and following:
            owners[following[0]].append(v)
            continue
        before = [i for start, _, i in anchors if start < v.start]
        owners[before[-1] if before else 0].append(v)
    return owners


# "north at 15 m/s ... east at 10 m/s", "at right angles": velocities on two axes, a 2-D collision
_TWO_AXES = r"(?=.*\b(?:north|south)\w*)(?=.*\b(?:east|west)\w*)|right angles?|perpendicular"
_LAUNCHED = (
    r"\b(?:throws?|threw|thrown|tosse?s?|tossed|kicks?|kicked|hurls?|hurled|launch(?:es|ed)?|fires?|fired|"
    r"shoots?|shot)(?: (?:a|an|the))?\s*$"
)


def _one_body_moves(question: Question, masses: list[Quantity], speed: Quantity) -> bool:
    """Whether a speed's sentence names exactly one body before it ("the 50 kg skater moves off at
    2.1 m/s"), by its mass, a mention of it or its own noun; "two skaters of 50 kg and 70 kg ... The
    first moves at 2 m/s" or "one moves off at 2 m/s" names neither."""
    start = max((m.end() for m in re.finditer(r"[.?!;](?:\s|$)", question.lower[: speed.start])), default=0)
    bodies = {i for i, m in enumerate(masses) if start <= m.start < speed.start}
    bodies |= {
        i
        for mention, original in question.references
        for i, m in enumerate(masses)
        if m is original and start <= mention.start < speed.start
    }
    named = _subjects(question.before(speed, 60))
    if named and not speed.implied:
        matches = [i for i, m in enumerate(masses) if named[-1] in _nouns_near(question, m)]
        if len(matches) == 1:
            return True
    return len(bodies) == 1


def _listed_together(question: Question, items: list[Quantity]) -> bool:
    """Two or more values written as one list: '2 kg and 3 kg', '4, 2 m/s'."""
    if len(items) < 2:
        return False
    gaps = [question.lower[a.end : b.start] for a, b in itertools.pairwise(items)]
    return all(re.fullmatch(r"\s?(?:,\s?)?(?:and\s|&\s)?", gap) for gap in gaps)


_NOT_VERBS = frozenset("the a an and or with of at to in on from by for as is was are were has had which that".split())


def _subjects(text: str) -> list[str]:
    """Nouns after 'the' that are followed by a verb-like word ('the astronaut pushes'), else all
    nouns after 'the', in text order."""
    pairs = re.findall(r"\bthe ([a-z]+)(?:'s)?(?= ([a-z]+))", text)
    acting = [noun for noun, nxt in pairs if nxt not in _NOT_VERBS]
    return acting or re.findall(r"\bthe ([a-z]+)\b", text)


_NOT_NOUNS = frozenset(
    "a an the of with mass stationary moving at rest is was has and to by in on which that it its initially another "
    "second first other one two kg g".split()
)


def _nouns_near(question: Question, mass: Quantity) -> set[str]:
    """Words naming the body a mass belongs to: 'a bowling ball of mass 7 kg', 'a 1.5 kg pin'."""
    before = re.findall(r"[a-z]+", question.before(mass, 25))[-3:]
    after = re.findall(r"[a-z]+", question.after(mass, 15))[:2]
    return {w for w in before + after if w not in _NOT_NOUNS}


def _is_after(question: Question, v: Quantity) -> bool:
    return bool(
        re.search(
            r"\b(?:after|afterwards|then|later|bounces?|rebounds?|now|continues?|moves? off|leaves?)\b",
            question.before(v, 45),
        )
    )


IMPULSE = lesson("impulse")
COLLISION_LESSON = lesson("collision")
_ELASTIC_NOTE = "; in an elastic collision kinetic energy is conserved too."
_STICK_NOTE = "; bodies that stick together move off with one common velocity."
RECOIL_LESSON = lesson("recoil")
MOMENTUM = Law(
    lesson("momentum"),
    "momentum",
    "momentum",
    (
        Term("p", "p", "p", "momentum", "momentum", "momentum"),
        Term("m", "m", "m", "mass", "mass", "mass"),
        Term("v", "v", "v", "velocity", "velocity", "velocity"),
    ),
    {
        "p": Form(
            "<p> = <m> <v>", r"<p> = <m> <v>", "Momentum is mass times velocity; it points the way the body moves."
        ),
        "v": Form(
            "<v> = <p> / <m>",
            r"<v> = \frac{<p>}{<m>}",
            "Momentum is mass times velocity, so velocity is momentum divided by mass.",
        ),
        "m": Form(
            "<m> = <p> / <v>",
            r"<m> = \frac{<p>}{<v>}",
            "Momentum is mass times velocity, so mass is momentum divided by velocity.",
        ),
    },
)


@recipe("momentum", "momentum", {"momentum", "velocity", "mass"})
def momentum(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    speeds = question.stated("velocity")
    ps = question.stated("momentum")
    if len(masses) != 1 and (question.has(COLLISION) or question.has(RECOIL)) or question.has(BOUNCE):
        return None  # (one body alone cannot recoil: "a 20 g bullet is fired with a momentum of ...")
    if target.name == "momentum":
        if len(masses) != 1 or len(speeds) != 1:
            if not masses or not speeds:
                raise Missing("a momentum question", ["the mass" if not masses else "the velocity"], score=2.0)
            return None
        return MOMENTUM.solve("p", {"m": masses[0], "v": speeds[0]}, 4.0)
    if not ps:
        return None
    if target.name == "velocity":
        if not masses:
            raise Missing("velocity from momentum", ["the mass"], score=3.0)
        return MOMENTUM.solve("v", {"p": ps[0], "m": masses[0]}, 4.0)
    if not speeds:
        raise Missing("mass from momentum", ["the velocity"], score=3.0)
    return MOMENTUM.solve("m", {"p": ps[0], "v": speeds[0]}, 4.0)


@recipe("impulse", "momentum", {"momentum_change", "impulse", "average_force", "force", "time", "velocity"})
def impulse(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    speeds = question.of("velocity")
    forces = question.stated("force")
    times = question.stated("time")
    impulses = question.stated("momentum", "impulse")
    name = target.name
    if len(masses) > 1:
        return None
    one_value_each(question, "impulse", "force", "time")
    if name == "velocity":
        return _speed_from_impulse(question, masses, forces, times, speeds)
    if name in ("force", "time") and not (
        impulses or question.has(r"impulse|momentum|impact|collision|hits|bounce|catch|caught|kick|strike|struck")
    ):
        return None
    if name in ("impulse", "momentum_change") and forces and times and not speeds:
        knowns = [
            var("F", "F", "F", "force", "force", forces[0]),
            var("t", "Δt", r"\Delta t", "time", "time", times[0]),
        ]
        return _plan(
            question,
            Var("J", "J", "J", "impulse", "impulse"),
            knowns,
            ("<J> = <F> <t>", r"<J> = <F> <t>"),
            ToolCall("momentum", "impulse", {"force": forces[0].si, "duration": times[0].si}),
            "impulse",
            4.0,
            absolute=False,
        )
    if impulses and name in ("force", "average_force", "time"):
        j = impulses[0]
        if name == "time":
            if not forces:
                raise Missing("time from impulse", ["the force"], score=3.0)
            knowns = [var("J", "J", "J", "impulse", "impulse", j), var("F", "F", "F", "force", "force", forces[0])]
            return _plan(
                question,
                Var("t", "Δt", r"\Delta t", "time", "time"),
                knowns,
                ("<t> = <J> / <F>", r"<t> = \frac{<J>}{<F>}"),
                ToolCall(
                    "momentum",
                    "impulse",
                    {"force": forces[0].si, "mass": 1.0, "initial_velocity": 0.0, "final_velocity": j.si},
                ),
                "duration",
                4.0,
            )
        if not times:
            raise Missing("force from impulse", ["the time"], score=3.0)
        knowns = [var("J", "J", "J", "impulse", "impulse", j), var("t", "Δt", r"\Delta t", "time", "time", times[0])]
        return _plan(
            question,
            Var("F", "F", "F", "average force", "force"),
            knowns,
            ("<F> = <J> / <t>", r"<F> = \frac{<J>}{<t>}"),
            ToolCall(
                "momentum",
                "impulse",
                {"mass": 1.0, "initial_velocity": 0.0, "final_velocity": j.si, "duration": times[0].si},
            ),
            "force",
            4.0,
        )
    if not masses:
        if name in ("momentum_change", "impulse", "average_force"):
            raise Missing(f"a change of momentum asking for the {target.label}", ["the mass"], score=2.0)
        return None
    stated = [q for q in speeds if not q.implied]
    implied_stop = [q for q in speeds if q.implied == "stop"]
    bounce = question.has(BOUNCE)
    if not stated:
        raise Missing(f"a change of momentum asking for the {target.label}", ["the speeds before and after"], score=2.0)
    initial, final = velocity_roles(question, speeds)
    launched = question.has(
        r"\b(?:struck|hit|kicked|served|thrown|fired|launched|pushed|shot|push(?:es|ed)? off|jump(?:s|ed)? off)\b"
    )
    # "pushes off a wall and moves away at 1.2 m/s": a speed it ends with, not one it had
    if (
        len(stated) == 1
        and launched
        and not bounce
        and not implied_stop
        and initial is stated[0]
        and re.search(_ENDS_WITH, question.before(stated[0], 40))
    ):
        initial, final = None, stated[0]
    if len(stated) == 1 and final is stated[0] and (initial is None or initial.implied) and launched and not bounce:
        # "a ball is struck and leaves at 70 m/s": it started at rest
        launch = [
            var("m", "m", "m", "mass", "mass", masses[0]),
            Var("v0", "v0", "v_0", "velocity before (at rest)", "velocity", 0.0, initial),
            Var("v", "v", "v", "velocity after", "velocity", final.si, final),
        ]
        return _impulse_or_force(question, name, masses[0], launch, 0.0, final.si, times)
    v0_q: Quantity | None = stated[0]
    v0 = stated[0].si
    v_q: Quantity | None
    if len(stated) >= 2:
        v_q = stated[1]
        reversed_ = bounce or any(
            (a := direction(question, stated[0], words)) is not None
            and (b := direction(question, v_q, words)) is not None
            and a != b
            for words in (_DIRECTIONS, _RELATIVE)
        )
        v = -abs(v_q.si) if reversed_ and v0 > 0 else v_q.si
    elif implied_stop or question.has(r"\b(?:stops?|caught|catch\w*|comes? to rest|brought to rest|stuck|embed\w*)\b"):
        v_q, v = None, 0.0
    elif bounce and question.has(r"same speed|equal speed|without losing speed|elastically"):
        v_q, v = None, -v0
    else:
        raise Missing(f"a change of momentum asking for the {target.label}", ["the speed afterwards"], score=3.0)
    knowns = [
        var("m", "m", "m", "mass", "mass", masses[0]),
        Var("v0", "v0", "v_0", "velocity before", "velocity", v0, v0_q),
        Var("v", "v", "v", "velocity after" + (" (reversed: negative)" if v < 0 else ""), "velocity", v, v_q),
    ]
    return _impulse_or_force(question, name, masses[0], knowns, v0, v, times)


def _impulse_or_force(
    question: Question, name: str, mass: Quantity, knowns: list[Var], v0: float, v: float, times: list[Quantity]
) -> Plan | None:
    masses = [mass]
    if name in ("average_force", "force"):
        if not times:
            raise Missing("the average force of an impact", ["the contact time"], score=3.5)
        knowns.append(var("t", "Δt", r"\Delta t", "contact time", "time", times[0]))
        return _plan(
            question,
            Var("F", "F", "F", "average force", "force"),
            knowns,
            ("<F> = <m> (<v> - <v0>) / <t>", r"<F> = \frac{<m>(<v> - <v0>)}{<t>}"),
            ToolCall(
                "momentum",
                "average_impact_force",
                {"mass": masses[0].si, "initial_velocity": v0, "final_velocity": v, "contact_time": times[0].si},
            ),
            "average_force",
            5.0,
        )
    if name not in ("momentum_change", "impulse"):
        return None
    return _plan(
        question,
        Var("dp", "Δp", r"\Delta p", "change in momentum", "momentum"),
        knowns,
        ("<dp> = <m> (<v> - <v0>)", r"<dp> = <m>(<v> - <v0>)"),
        ToolCall("momentum", "impulse", {"mass": masses[0].si, "initial_velocity": v0, "final_velocity": v}),
        "momentum_change",
        5.0,
    )


def _plan(
    question: Question,
    unknown: Var,
    knowns: list[Var],
    formula: tuple[str, str],
    call: ToolCall,
    key: str,
    score: float,
    absolute: bool = True,
) -> Plan:
    cues = count_cues(question, BOUNCE, r"impulse|change in momentum|average force")
    return IMPULSE.plan(unknown, knowns, formula, call, field_of(key, magnitude=absolute), score + cues)


@recipe("collision", "momentum", {"velocity", "energy_lost", "kinetic_energy", "energy"})
def collision(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    if len(masses) != 2 or not (question.has(COLLISION) or question.has(STICK)):
        return None
    if question.has(RECOIL) and not question.has(COLLISION):
        return None
    if target.name in ("kinetic_energy", "energy") and not question.asks(r"lost|loss|dissipat|convert|wasted"):
        return None
    if question.has(_TWO_AXES):
        raise Missing("a collision on one line", ["velocities along one line (2-D collisions are not read)"], score=4.0)
    velocities = [q for q in question.of("velocity") if q.implied != "stop"]
    owners = _owners(question, masses, velocities)
    before: list[Quantity | None] = [None, None]
    after: list[Quantity | None] = [None, None]
    for body, vs in owners.items():
        for v in vs:
            slot = after if _is_after(question, v) else before
            if slot[body] is None:
                slot[body] = v
            elif slot is before and after[body] is None:
                after[body] = v
    if before[0] is None and before[1] is not None and after[0] is None:
        before[0], before[1] = before[1], None
    if before[0] is None:
        raise Missing("a collision", ["the speed of the moving body"], score=3.0)
    u1 = before[0].si
    u2 = before[1].si if before[1] is not None else 0.0
    reference = direction(question, before[0]) if not before[0].implied else None
    if before[1] is not None and not before[1].implied and u2 > 0 and u1 > 0:
        second = direction(question, before[1])
        if (reference is not None and second is not None and second != reference) or (
            second is None and question.has(OPPOSITE)
        ):
            u2 = -u2
        elif reference is None and second is None and not question.has(_SAME_WAY):
            # two moving bodies and no word for their directions ("collide head-on" says they meet,
            # but the sign is not read): a 422 rather than adding the speeds
            raise Missing("a collision", ["the direction of each body (e.g. 'to the left')"], score=3.0)
    stick = question.has(STICK)
    elastic = question.has(ELASTIC) and not stick
    asks_second = bool(
        re.search(
            (
                r"\b(?:second|other|struck|target|stationary|was at rest|initially at rest|at rest|lighter|heavier|it "
                r"hits|"
                r"hit)\b"
            ),
            target.about,
        )
    )
    if re.search(r"\bfirst\b|incoming|moving ball|cue ball", target.about):
        asks_second = False
    m_named = re.search(r"(\d+(?:\.\d+)?)\s?-?(?:kg|g)\b", target.about)
    if m_named:
        value = float(m_named.group(1))
        if abs(masses[1].value - value) < 1e-9 and abs(masses[0].value - value) > 1e-9:
            asks_second = True
        elif abs(masses[0].value - value) < 1e-9 and abs(masses[1].value - value) > 1e-9:
            asks_second = False
    if u2 > u1:
        # "hit from behind by a faster truck": number the bodies so that body 1 catches up with body 2
        masses, before, after = [masses[1], masses[0]], [before[1], before[0]], [after[1], after[0]]
        u1, u2, asks_second = u2, u1, not asks_second
    knowns = [
        var("m1", "m1", "m_1", "first mass", "mass", masses[0]),
        Var("u1", "u1", "u_1", "first velocity before", "velocity", u1, before[0]),
        var("m2", "m2", "m_2", "second mass", "mass", masses[1]),
        Var("u2", "u2", "u_2", "second velocity before", "velocity", u2, before[1]),
    ]
    energy = target.name in ("energy_lost", "kinetic_energy", "energy")
    if after[0] is not None or after[1] is not None:
        known_after = after[0] if after[0] is not None else after[1]
        assert known_after is not None
        first_known = after[0] is not None
        v_after = known_after.si
        heading = direction(question, known_after)
        if v_after > 0 and (
            (heading is not None and reference is not None and heading != reference)
            or (heading is None and question.near(known_after, BOUNCE))
        ):
            v_after = -v_after
        args: dict[str, object] = {
            "mass_1": masses[0].si,
            "velocity_1": u1,
            "mass_2": masses[1].si,
            "velocity_2": u2,
            ("final_velocity_1" if first_known else "final_velocity_2"): v_after,
        }
        key_sym = "v1" if first_known else "v2"
        knowns.append(
            Var(
                key_sym,
                key_sym,
                f"v_{key_sym[1]}",
                f"{'first' if first_known else 'second'} velocity after",
                "velocity",
                v_after,
                known_after,
            )
        )
        if energy:
            unknown = Var("dK", "ΔKE", r"\Delta E_k", "kinetic energy lost", "energy")
            formula = (
                "<dK> = ½ <m1> <u1>^2 + ½ <m2> <u2>^2 - (½ <m1> v1^2 + ½ <m2> v2^2)",
                r"<dK> = \tfrac12 <m1><u1>^2 + \tfrac12 <m2><u2>^2 - \tfrac12 <m1>v_1^2 - \tfrac12 <m2>v_2^2",
            )
            key = "kinetic_energy_lost"
        else:
            other = "v2" if first_known else "v1"
            unknown = Var(
                other, other, f"v_{other[1]}", f"{'second' if first_known else 'first'} velocity after", "velocity"
            )
            formula = (
                f"<m1> <u1> + <m2> <u2> = <m1> v1 + <m2> v2, solved for {other}",
                r"<m1><u1> + <m2><u2> = <m1> v_1 + <m2> v_2",
            )
            key = "final_velocity_2" if first_known else "final_velocity_1"
        call = ToolCall("momentum", "collision_analysis", args)
        kind_word = "collision"
    else:
        kind = "perfectly_inelastic" if stick else "elastic" if elastic else None
        if kind is None:
            raise Missing(
                "a collision",
                ["whether the bodies stick together or the collision is elastic (or a speed after it)"],
                score=3.5,
            )
        args = {"mass_1": masses[0].si, "velocity_1": u1, "mass_2": masses[1].si, "velocity_2": u2, "kind": kind}
        call = ToolCall("momentum", "collision_1d", args)
        kind_word = "perfectly inelastic collision" if stick else "elastic collision"
        if energy:
            unknown = Var("dK", "ΔKE", r"\Delta E_k", "kinetic energy lost", "energy")
            formula = (
                "<dK> = ½ <m1> <u1>^2 + ½ <m2> <u2>^2 - ½ (<m1> + <m2>) V^2",
                r"<dK> = \tfrac12 <m1><u1>^2 + \tfrac12 <m2><u2>^2 - \tfrac12 (<m1>+<m2>)V^2",
            )
            key = "kinetic_energy_lost"
        elif stick:
            unknown = Var("V", "V", "V", "common velocity", "velocity")
            formula = (
                "<V> = (<m1> <u1> + <m2> <u2>) / (<m1> + <m2>)",
                r"<V> = \frac{<m1><u1> + <m2><u2>}{<m1> + <m2>}",
            )
            key = "final_velocity_1"
        elif asks_second:
            unknown = Var("v2", "v2", "v_2", "second body's velocity after", "velocity")
            formula = (
                "<v2> = (2 <m1> <u1> + (<m2> - <m1>) <u2>) / (<m1> + <m2>)",
                r"<v2> = \frac{2<m1><u1> + (<m2>-<m1>)<u2>}{<m1>+<m2>}",
            )
            key = "final_velocity_2"
        else:
            unknown = Var("v1", "v1", "v_1", "first body's velocity after", "velocity")
            formula = (
                "<v1> = ((<m1> - <m2>) <u1> + 2 <m2> <u2>) / (<m1> + <m2>)",
                r"<v1> = \frac{(<m1>-<m2>)<u1> + 2<m2><u2>}{<m1>+<m2>}",
            )
            key = "final_velocity_1"
    speed = bool(re.search(r"speed|how fast|magnitude", target.phrase + " " + question.ask)) or energy
    hint = COLLISION_LESSON.hint + (_ELASTIC_NOTE if elastic else _STICK_NOTE if stick else ".")
    extract = field_of(key, magnitude=speed)
    score = 5.0 + count_cues(question, COLLISION, STICK, ELASTIC)
    return COLLISION_LESSON.plan(
        unknown,
        knowns,
        formula,
        call,
        extract,
        score,
        concepts=["conservation of momentum", kind_word],
        concept_hint=hint,
    )


@recipe("recoil", "momentum", {"velocity"})
def recoil(question: Question, target: Target) -> Plan | None:
    masses = question.stated("mass")
    speeds = question.stated("velocity")
    if len(masses) != 2 or not question.has(RECOIL) or question.has(STICK):
        return None
    if not speeds:
        raise Missing("a recoil (explosion) question", ["the speed of one of the parts"], score=3.0)
    if len(speeds) > 1:
        # "on a skateboard moving at 2 m/s jumps off at 1 m/s": the whole was moving, not at rest
        raise Missing("a recoil (explosion) question", ["a whole that starts at rest"], score=3.0)
    split = re.search(SPLIT, question.lower)
    if split and masses[0].end <= split.start() < masses[1].start:
        return _split_whole(question, target, masses[0], masses[1], speeds[0])
    # Which part is asked about: the mass named next to the noun in the question ("of the rifle"),
    # else the part that "recoils" (the heavier launcher), else the part without a speed.
    about = target.about + " " + target.phrase
    # The noun written right after a mass ("a 70 kg skater throws a 5 kg ball") names it before one
    # nearby; a noun next to both masses ("a 50 kg skater and a 70 kg skater ... the other skater")
    # names neither.
    stop = {"the", "and", "what", "its", "speed", "velocity", "recoil", "after", "with"}
    nouns = set(re.findall(r"\b([a-z]{3,})\b", about)) - stop
    named: list[int] = []
    for window in ((0, 15), (25, 25)):
        named = [
            i
            for i, m in enumerate(masses)
            if nouns
            & set(re.findall(r"\b([a-z]{3,})\b", question.before(m, window[0]) + " " + question.after(m, window[1])))
        ]
        if named:
            break
    asked = named[0] if len(named) == 1 else None
    owner = _owners(question, masses, speeds[:1])
    given_body = next(i for i, vs in owner.items() if vs)
    if asked is None and "recoil" not in about and not _one_body_moves(question, masses, speeds[0]):
        raise Missing("a recoil (explosion) question", ["which part moves at the speed given"], score=3.0)
    if asked is None:
        asked = 1 - given_body if "recoil" not in about else max(range(2), key=lambda i: masses[i].si)
    if asked == given_body:
        # "a 70 kg skater throws a 5 kg ball at 14 m/s": the thing thrown carries the speed written
        # after it in its sentence, so asking for its speed asks for a value already given; else the
        # speed is the other part's ("a bullet leaves a 4 kg rifle at 400 m/s")
        thrown, gap = masses[asked], question.lower[masses[asked].end : speeds[0].start]
        if re.search(_LAUNCHED, question.before(thrown, 25)) and gap and not re.search(r"[.?!;](?:\s|$)", gap):
            raise Missing("a recoil (explosion) question", ["a speed that is not already given"], score=3.0)
        given_body = 1 - asked
    m_given, m_asked = masses[given_body], masses[asked]
    knowns = [
        var("m1", "m1", "m_1", "mass of the part whose speed is given", "mass", m_given),
        var("v1", "v1", "v_1", "its velocity", "velocity", speeds[0]),
        var("m2", "m2", "m_2", "mass of the other part", "mass", m_asked),
    ]
    # "recoil" already says backwards: the answer is its size (a signed velocity only when asked so)
    speed_only = bool(re.search(r"speed|how fast|magnitude|recoil", target.phrase + " " + question.ask))
    call = ToolCall("momentum", "recoil", {"mass_1": m_given.si, "mass_2": m_asked.si, "velocity_1": speeds[0].si})
    return RECOIL_LESSON.plan(
        Var("v2", "v2", "v_2", "velocity of the other part", "velocity"),
        knowns,
        ("0 = <m1> <v1> + <m2> <v2> → <v2> = -<m1> <v1> / <m2>", r"<v2> = -\frac{<m1><v1>}{<m2>}"),
        call,
        field_of("velocity_2", magnitude=speed_only),
        5.5,
        notes=["it moves in the opposite direction to the other part (the tool's velocity is negative)"],
    )


def _speed_from_impulse(
    question: Question, masses: list[Quantity], forces: list[Quantity], times: list[Quantity], speeds: list[Quantity]
) -> Plan | None:
    """'A net force of 10 N acts on a 2 kg object for 3 s from rest': F Δt = m (v - v0)."""
    if not (masses and forces and times) or len(forces) > 1:
        return None
    initial = next((q for q in speeds if not q.implied), None)
    # a ball struck by a club or a bat, kicked or served, leaves from rest
    struck = question.has(LAUNCHED_FROM_REST) and question.asks(r"\bleaves?\b|leaving|take[sn]? off|launch")
    if initial is None and not any(q.implied == "rest" for q in speeds) and not struck:
        raise Missing(
            "a force acting for a time, asking for the speed", ["the starting speed (or 'from rest')"], score=3.0
        )
    if initial is not None and initial.si != 0:
        along, against = direction(question, initial), direction(question, forces[0])
        if (along is not None and against is not None and along != against) or (
            (along is None) != (against is None)
        ) or question.has(r"oppos|against|retard|resist|brak|slow"):
            # "moving at 10 m/s to the right … a 4 N force to the left": a force against the motion
            # (or a direction given for only one of them) is not read as speeding it up (a 422)
            raise Missing(
                "a force acting for a time, asking for the speed",
                ["a force along the motion (a force against it is not read)"],
                score=4.0,
            )
    v0 = initial.si if initial is not None else 0.0
    knowns = [
        var("F", "F", "F", "net force", "force", forces[0]),
        var("t", "Δt", r"\Delta t", "time", "time", times[0]),
        var("m", "m", "m", "mass", "mass", masses[0]),
        Var("v0", "v0", "v_0", "initial velocity", "velocity", v0, initial),
    ]
    args = {"force": forces[0].si, "duration": times[0].si, "mass": masses[0].si, "initial_velocity": v0}
    return IMPULSE.plan(
        Var("v", "v", "v", "final velocity", "velocity"),
        knowns,
        ("<v> = <v0> + <F> <t> / <m>", r"<v> = <v0> + \frac{<F> <t>}{<m>}"),
        ToolCall("momentum", "impulse", args),
        field_of("final_velocity"),
        4.5,
        concepts=["impulse", "impulse-momentum theorem"],
        concept_hint="The impulse F Δt of the net force changes the momentum: F Δt = m v - m v0.",
        notes=["it is struck from rest: v0 = 0"] if initial is None and struck else [],
    )


def _split_whole(question: Question, target: Target, whole: Quantity, part: Quantity, speed: Quantity) -> Plan | None:
    """The mass written before 'explodes into two pieces' is the whole; the other piece is the rest."""
    if not part.si < whole.si:
        return None
    # The speed asked for is the other piece's, unless the question names the given piece ("the 4 kg piece").
    named_part = any(
        mention.start >= question.ask_start and original is part for mention, original in question.references
    )
    rest = whole.si - part.si
    rest_var = Var("mr", "m_rest", r"m_{\mathrm{rest}}", "mass of the other piece (whole minus part)", "mass", rest)
    if named_part:
        return None  # the given speed would be the unnamed piece's: not worth a guess
    knowns = [
        var("M", "M", "M", "mass of the whole (at rest)", "mass", whole),
        var("m1", "m1", "m_1", "mass of the piece whose speed is given", "mass", part),
        var("v1", "v1", "v_1", "its velocity", "velocity", speed),
        rest_var,
    ]
    speed_only = bool(re.search(r"speed|how fast|magnitude", target.phrase + " " + question.ask))
    return RECOIL_LESSON.plan(
        Var("v2", "v2", "v_2", "velocity of the other piece", "velocity"),
        knowns,
        (
            "0 = <m1> <v1> + (<M> - <m1>) <v2> → <v2> = -<m1> <v1> / (<M> - <m1>)",
            r"<v2> = -\frac{<m1><v1>}{<M> - <m1>}",
        ),
        ToolCall("momentum", "recoil", {"mass_1": part.si, "mass_2": rest, "velocity_1": speed.si}),
        field_of("velocity_2", magnitude=speed_only),
        6.0,
        concepts=["conservation of momentum", "explosions"],
        concept_hint=(
            "The body is at rest before it comes apart, so the pieces' momenta add to zero; the other piece has "
            "the rest of the mass."
        ),
        notes=["the other piece moves in the opposite direction (the tool's velocity is negative)"],
    )
