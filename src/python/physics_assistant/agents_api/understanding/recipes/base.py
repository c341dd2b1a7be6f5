"""What a recipe produces: a :class:`Plan` (which tool to call with which SI arguments, how to read
the answer from its structured result, and the formula to teach with), or :class:`Missing`.

A recipe is a function ``(Question, Target) -> Plan | None`` registered with :func:`recipe`. It returns None
when the question is not its kind, and raises :class:`Missing` when it is its kind but a value it
needs is not there (the planner turns the best such answer into a 422 saying what is missing).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from physics_assistant.agents_api.understanding.quantities import EXACT, Quantity
from physics_assistant.agents_api.understanding.question import Question, Target

StructuredResults = list[dict[str, Any]]


@dataclass(frozen=True)
class Var:
    """A variable of the formula: a known value (SI) or the unknown (si is None)."""

    key: str
    symbol: str  # plain text ("v0")
    latex: str  # LaTeX ("v_0")
    label: str  # words ("initial speed")
    kind: str  # unit kind ("velocity")
    si: float | None = None
    source: Quantity | None = None
    degrees: bool = False  # angle shown in degrees in the substitution


@dataclass(frozen=True)
class ToolCall:
    server: str  # "forces", "kinematics", "math", "energy", "momentum", "angular-motion"
    tool: str
    arguments: dict[str, Any]


# A call may depend on the structured results of the calls before it (e.g. weight -> Hooke's law).
CallSpec = ToolCall | Callable[[StructuredResults], ToolCall]


@dataclass
class Plan:
    recipe: str
    topic: str  # kinematics | forces | energy | momentum | angular_motion | math
    concepts: list[str]
    unknown: Var
    knowns: list[Var]
    formula: tuple[str, str]  # (text, latex) templates with <key> placeholders
    concept_hint: str
    calls: list[CallSpec]
    extract: Callable[[StructuredResults], float]
    score: float = 0.0
    notes: list[str] = field(default_factory=list)
    # Extra substitution lines between the formula and the result (multi-step recipes).
    intermediate: list[tuple[str, str]] = field(default_factory=list)
    # Answer unit when the question asks for none: None = SI of the unknown's kind.
    default_unit: str | None = None

    @property
    def used(self) -> list[Quantity]:
        return [v.source for v in self.knowns if v.source is not None]

    @property
    def primary_server(self) -> str:
        first = self.calls[0]
        return first.server if isinstance(first, ToolCall) else _SERVER_OF_TOPIC[self.topic]


_SERVER_OF_TOPIC = {
    "kinematics": "kinematics",
    "forces": "forces",
    "energy": "energy",
    "momentum": "momentum",
    "angular_motion": "angular-motion",
    "math": "math",
}


class Missing(Exception):
    """The question is this recipe's kind, but values it needs are not in the text."""

    def __init__(self, understood: str, needs: list[str], score: float = 0.0) -> None:
        super().__init__(f"{understood}: missing {', '.join(needs)}")
        self.understood = understood
        self.needs = needs
        self.score = score


# A recipe reads the question knowing what it asks for (the planner only runs it when it can answer that).
RecipeFn = Callable[[Question, Target], "Plan | None"]


@dataclass(frozen=True)
class Recipe:
    name: str
    topic: str
    targets: frozenset[str]
    fn: RecipeFn


RECIPES: list[Recipe] = []


def recipe(name: str, topic: str, targets: AbstractSet[str]) -> Callable[[RecipeFn], RecipeFn]:
    def register(fn: RecipeFn) -> RecipeFn:
        RECIPES.append(Recipe(name, topic, frozenset(targets), fn))
        return fn

    return register


@dataclass(frozen=True)
class Lesson:
    """What a recipe teaches, whatever the unknown: its name, topic, concepts and the concept nudge
    (the first rung of the hint ladder). `plan` binds one question's unknown, knowns and tool calls."""

    recipe: str
    topic: str
    concepts: tuple[str, ...]
    hint: str

    def plan(
        self,
        unknown: Var,
        knowns: list[Var],
        formula: tuple[str, str],
        calls: CallSpec | list[CallSpec],
        extract: Callable[[StructuredResults], float],
        score: float,
        **extras: Any,
    ) -> Plan:
        """extras: notes, intermediate, default_unit, or a different recipe / concepts / concept_hint."""
        fields: dict[str, Any] = {"recipe": self.recipe, "concepts": list(self.concepts), "concept_hint": self.hint}
        fields.update(extras)
        return Plan(
            topic=self.topic,
            unknown=unknown,
            knowns=knowns,
            formula=formula,
            calls=calls if isinstance(calls, list) else [calls],
            extract=extract,
            score=score,
            **fields,
        )


def _load_lessons() -> dict[str, Lesson]:
    """The teaching text lives in understanding/lessons.toml: one place to read and edit the words
    students see and the concepts recorded for them, apart from the rules that read questions."""
    text = resources.files("physics_assistant.agents_api.understanding").joinpath("lessons.toml").read_text("utf-8")
    return {
        key: Lesson(entry.get("recipe", key), entry["topic"], tuple(entry["concepts"]), entry["hint"])
        for key, entry in tomllib.loads(text).items()
    }


LESSONS = _load_lessons()


def lesson(key: str) -> Lesson:
    """The lesson named `key` in lessons.toml (recipe modules ask at import, so a missing one fails early)."""
    return LESSONS[key]


@dataclass(frozen=True)
class Term:
    """One quantity of a law: how it is written and named, and its name in the tool's arguments and
    structured result."""

    key: str
    symbol: str
    latex: str
    label: str
    kind: str
    name: str


@dataclass(frozen=True)
class Form:
    """The law solved for one of its quantities: formula (text, LaTeX), concept nudge, recipe name."""

    text: str
    latex: str
    hint: str = ""  # else the lesson's
    recipe: str = ""  # else the lesson's
    unknown: Var | None = None  # else the term as written in the law


@dataclass(frozen=True)
class Law:
    """A relation between three quantities (p = m v, KE = ½ m v², U = m g h) that one tool solves for
    whichever is missing: the recipe only says which two the question gives (as quantities, or as
    knowns it has already worked out, e.g. a stretch from a natural length)."""

    lesson: Lesson
    server: str
    tool: str
    terms: tuple[Term, ...]
    forms: dict[str, Form]

    def solve(
        self,
        unknown: str,
        given: Mapping[str, Quantity | Var],
        score: float,
        *,
        also: tuple[Var, ...] = (),
        arguments: dict[str, Any] | None = None,
        **extras: Any,
    ) -> Plan:
        """`also`: further knowns the formula shows (g, an angle), with their tool `arguments`;
        extras: notes and the like, as for Lesson.plan."""
        terms = {t.key: t for t in self.terms}
        knowns = [
            q if isinstance(q, Var) else var(k, terms[k].symbol, terms[k].latex, terms[k].label, terms[k].kind, q)
            for k, q in given.items()
        ]
        u, form = terms[unknown], self.forms[unknown]
        args = {terms[known.key].name: known.si for known in knowns}
        return self.lesson.plan(
            form.unknown or Var(u.key, u.symbol, u.latex, u.label, u.kind),
            [*knowns, *also],
            (form.text, form.latex),
            ToolCall(self.server, self.tool, {**args, **(arguments or {})}),
            field_of(u.name),
            score,
            **{"concept_hint": form.hint or self.lesson.hint, "recipe": form.recipe or self.lesson.recipe, **extras},
        )


# --- helpers shared by the recipes -------------------------------------------------------------------


def var(
    key: str, symbol: str, latex: str, label: str, kind: str, q: Quantity | None = None, si: float | None = None
) -> Var:
    """A known from a quantity (or a literal SI value), or the unknown when both are None."""
    value = q.si if q is not None else si
    degrees = q is not None and q.kind == "angle" and q.unit.strip("()") in ("degree",)
    return Var(key, symbol, latex, label, kind, value, q, degrees)


def g_var(question: Question) -> Var:
    return Var("g", "g", "g", "gravitational field strength", "acceleration", question.g, question.g_source)


def field_of(name: str, index: int = -1, magnitude: bool = False) -> Callable[[StructuredResults], float]:
    """Read a numeric field from the structured result of call `index` (default: the last); its size
    when `magnitude` (the question wants a speed, a force's size, a distance)."""

    def read(results: StructuredResults) -> float:
        value = float(results[index][name])
        return abs(value) if magnitude else value

    return read


def cue(text: str, pattern: str) -> bool:
    return re.search(pattern, text) is not None


def count_cues(question: Question, *patterns: str) -> int:
    return sum(1 for p in patterns if question.has(p))


def positive(value: float) -> bool:
    return math.isfinite(value) and value > 0


def sig_of(*quantities: Quantity | None) -> list[Quantity]:
    return [q for q in quantities if q is not None and q.sig_figs != EXACT]


def first(items: list[Quantity]) -> Quantity | None:
    return items[0] if items else None


def one_value_each(question: Question, understood: str, *kinds: str, score: float = 2.0) -> None:
    """Step aside (Missing, a 422) when the question states two different values of one of these
    kinds: "motor A does 6000 J in 20 s and motor B 6000 J in 30 s" gives two times for one P = W / t,
    and which body the question asks about is not matched to its value."""
    for kind in kinds:
        if len({q.si for q in question.stated(kind)}) > 1:
            raise Missing(understood, [f"which one {kind.replace('_', ' ')} the question is about"], score=score)


def height_on_the_way(question: Question, q: Quantity) -> bool:
    """"its speed when it is 3 m above the launch point": a height passed on the way, not where a
    fall starts."""
    return bool(
        re.search(r"when (?:it|the \w+) is|\bpass(?:es|ing)\b|reaches a height", question.before(q, 40))
        or re.search(
            r"above (?:the |its |her |his )?(?:launch|start|release|point|thrower|hand|where)", question.after(q, 40)
        )
    )


def not_implied(items: list[Quantity]) -> list[Quantity]:
    return [q for q in items if not q.implied]
