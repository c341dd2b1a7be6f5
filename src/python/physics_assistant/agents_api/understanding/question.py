"""A question, read: its quantities, the sentence that asks, what it asks for and in which unit.

Recipes (see `recipes/`) work on a :class:`Question`: they look up quantities by kind and read the
words around each one (`before`/`after`) to decide its role ("from 5 m/s" is an initial speed).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

from physics_assistant.agents_api.understanding.quantities import (
    EXACT,
    Quantity,
    extract_quantities,
    normalise,
    scan_unit,
)
from physics_assistant.agents_api.understanding.unitsys import UnknownUnit, compatible, display_unit, unit_info

G_DEFAULT = 9.81
# Surface gravity for questions set elsewhere ("on the Moon"), m/s^2.
G_BODIES = {"moon": 1.62, "mars": 3.71, "jupiter": 24.79, "venus": 8.87, "mercury": 3.7}

MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class Target:
    """What the question asks for: a name from TARGETS, its kind, and the words that said so."""

    name: str
    kind: str
    phrase: str
    about: str = ""  # the words after the phrase ("of the second ball afterwards")

    @property
    def label(self) -> str:
        """Plain words for what is asked ("speed", "maximum height")."""
        return TARGET_LABELS.get(self.name, self.name.replace("_", " "))


@dataclass(frozen=True)
class UnitRequest:
    pint_unit: str
    kind: str

    @property
    def display(self) -> str:
        return display_unit(self.pint_unit)


def _load_targets() -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(pattern, target name, kind) in the order written, and the labels, from targets.toml: the
    lexicon of asking phrases is data, kept apart from the code that reads it."""
    text = resources.files("physics_assistant.agents_api.understanding").joinpath("targets.toml").read_text("utf-8")
    table = tomllib.loads(text)
    targets = [("|".join(entry["phrases"]), entry["name"], entry["kind"]) for entry in table["target"]]
    return targets, dict(table["labels"])


# (pattern on the asking sentence, target name, kind): see targets.toml for how one is chosen.
_TARGETS, TARGET_LABELS = _load_targets()
_TARGET_PATTERNS = [(re.compile(rf"(?<![\w-])(?:{p})"), name, kind) for p, name, kind in _TARGETS]
# For recipes that recognise their questions by shape (an equation, "cos(60°)"), whatever is asked.
TARGETS_ANY: frozenset[str] = frozenset(name for _, name, _ in _TARGETS)

_ASKING_START = re.compile(
    r"^(?:what|how|find|calculate|determine|compute|solve|convert|express|through|at what|which|when|"
    r"work out|estimate|give|evaluate|show|state|by how much|if|assuming|use)\b",
    re.I,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!;])\s+(?=\S)")


@dataclass
class Question:
    """A question after reading: quantities, the asking sentence, what is asked, in which unit."""

    original: str
    text: str
    quantities: list[Quantity]
    ask_start: int  # offset of the asking sentence(s) in `text`
    reserved: set[int] = field(default_factory=set)  # indices of quantities already given a role (g, mu)
    # Repeated values that name a body already given ("the 5 kg ball"): (mention, first mention).
    references: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    g: float = G_DEFAULT
    g_source: Quantity | None = None
    g_note: str = ""

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def ask(self) -> str:
        return self.lower[self.ask_start :]

    @cached_property
    def given_text(self) -> str:
        return self.lower[: self.ask_start]

    @cached_property
    def target(self) -> Target | None:
        return find_target(self.ask)

    @cached_property
    def unit_request(self) -> UnitRequest | None:
        return find_unit_request(self.text[self.ask_start :], self.target)

    # --- lookups used by recipes -------------------------------------------------------------------

    def has(self, pattern: str) -> bool:
        """Does the (lower-case) question match `pattern` anywhere?"""
        return re.search(pattern, self.lower) is not None

    def asks(self, pattern: str) -> bool:
        return re.search(pattern, self.ask) is not None

    def of(self, *kinds: str, implied: bool = True) -> list[Quantity]:
        """Unreserved quantities of these kinds (compatible dimensions included), in text order."""
        return [
            q
            for i, q in enumerate(self.quantities)
            if i not in self.reserved and any(compatible(q.kind, k) for k in kinds) and (implied or not q.implied)
        ]

    def stated(self, *kinds: str) -> list[Quantity]:
        return self.of(*kinds, implied=False)

    def index(self, q: Quantity) -> int:
        return next(i for i, other in enumerate(self.quantities) if other is q)

    def before(self, q: Quantity, width: int = 60) -> str:
        """Lower-case words before q, back to the previous quantity or sentence start."""
        start = max(0, q.start - width)
        for other in self.quantities:
            if other.end <= q.start and other.end > start and not other.implied:
                start = other.end
        text = self.lower[start : q.start]
        cut = max(text.rfind(". "), text.rfind("? "), text.rfind("! "), text.rfind("; "))
        return text[cut + 2 :] if cut >= 0 else text

    def after(self, q: Quantity, width: int = 40) -> str:
        """Lower-case words after q, up to the next quantity or sentence end."""
        end = min(len(self.lower), q.end + width)
        for other in self.quantities:
            if other.start >= q.end and other.start < end and not other.implied:
                end = other.start
        text = self.lower[q.end : end]
        cut = re.search(r"[.?!;](?:\s|$)", text)
        return text[: cut.start()] if cut else text

    def near(self, q: Quantity, pattern: str, before: int = 60, after: int = 40) -> bool:
        return bool(re.search(pattern, self.before(q, before)) or re.search(pattern, self.after(q, after)))

    def significant_figures(self, used: list[Quantity]) -> int:
        """Significant figures the answer deserves: the least precise input, at least 3, at most 6."""
        figures = [q.sig_figs for q in used if q.sig_figs != EXACT]
        return max(3, min(6, min(figures))) if figures else 3


def find_target(ask: str) -> Target | None:
    best: tuple[int, int, re.Match[str], str, str] | None = None
    for regex, name, kind in _TARGET_PATTERNS:
        m = regex.search(ask)
        if m is None or not m.group(0).strip():
            continue
        key = (m.start(), -len(m.group(0)))
        if best is None or key < (best[0], best[1]):
            best = (m.start(), -len(m.group(0)), m, name, kind)
    if best is None:
        return None
    m, name, kind = best[2], best[3], best[4]
    about = ask[m.end() :]
    return Target(name, kind, m.group(0).strip(), about.strip(" ?.!"))


_UNIT_REQUEST = re.compile(
    r"(?:\bin(?: units of)?|\binto|\bto|\bhow many|\bas|\bexpressed in|\banswer in|\bin terms of)\s\(?", re.I
)


def find_unit_request(ask: str, target: Target | None) -> UnitRequest | None:
    """'in km/h', 'how many revolutions', 'convert ... to meters': the unit the answer should use."""
    for m in _UNIT_REQUEST.finditer(ask):
        scanned = scan_unit(ask, m.end())
        if scanned is None:
            continue
        unit, end = scanned
        if end < len(ask) and (ask[end].isdigit()):
            continue
        try:
            info = unit_info(unit)
        except UnknownUnit:
            continue
        # "in 8 s" is a duration, not a request: a number right before the unit is not allowed above,
        # and the unit must fit what is asked (a time unit for "how far" is a given, not a request).
        if target is not None and target.kind not in ("number",) and not compatible(info.kind, target.kind):
            continue
        return UnitRequest(unit, info.kind)
    return None


def _split_sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _SENTENCE_SPLIT.split(text):
        start = text.index(part, pos)
        out.append((start, part))
        pos = start + len(part)
    return out


_LEADING_CLAUSE = re.compile(
    r"(?:if|assuming|given|suppose|supposing|using|ignoring|neglecting|taking|when|with|after|before|once|"
    r"in|on|by|as|since|because|while|starting)\b[^,?]*,\s?(?=(?:what|how|find|calculate|determine|compute|"
    r"through|at what|which|when|work out|estimate|give|show)\b)",
    re.I,
)


def _ask_start(text: str) -> int:
    sentences = _split_sentences(text)
    asking = [start for start, s in sentences if s.rstrip().endswith("?") or _ASKING_START.match(s)]
    if asking:
        # The first asking sentence that still has a target after it; questions usually end the text.
        start = asking[-1] if find_target(text[asking[-1] :].lower()) else asking[0]
    else:
        start = sentences[-1][0] if sentences else 0
    # "If the box has a mass of 5 kg, what is its acceleration?": the question is after the comma.
    lead = _LEADING_CLAUSE.match(text, start)
    return lead.end() if lead else start


_G_GIVEN = re.compile(
    r"(?:\bg\s?(?:=|is|of|as|to be)|acceleration (?:due to|of) (?:gravity|free fall)(?: is| of| =| as)?|"
    r"gravitational (?:field strength|acceleration)(?: is| of| =)?|gravity(?: is| of| =)|take g(?: as| to be| =)?)\s?$"
)


def _split_references(
    text: str, quantities: list[Quantity], ask_start: int
) -> tuple[list[Quantity], list[tuple[Quantity, Quantity]]]:
    """'What is the velocity of the 2 kg ball?', 'After the collision the 5 kg ball moves...': a value
    repeated in the question, or after 'the', names a body already given; it is not a new given."""
    kept: list[Quantity] = []
    references: list[tuple[Quantity, Quantity]] = []
    seen: dict[tuple[float, str], Quantity] = {}
    lower = text.lower()
    for q in quantities:
        key = (q.value, q.unit)
        if (
            not q.implied
            and key in seen
            and q.unit
            and (q.start >= ask_start or re.search(r"\bthe\s$", lower[max(0, q.start - 5) : q.start]))
        ):
            references.append((q, seen[key]))
            continue
        if not q.implied:
            seen.setdefault(key, q)
        kept.append(q)
    return kept, references


def read_question(raw: str) -> Question:
    text = normalise(raw)
    quantities = extract_quantities(text)
    ask_start = _ask_start(text)
    # "What is the velocity of the 2 kg ball?": a value repeated in the question names a body, it is
    # not a new given.
    quantities, references = _split_references(text, quantities, ask_start)
    question = Question(original=raw, text=text, quantities=quantities, ask_start=ask_start, references=references)
    for i, q in enumerate(quantities):
        if q.kind == "acceleration" and _G_GIVEN.search(question.before(q, 50)):
            question.g, question.g_source = q.si, q
            question.reserved.add(i)
            question.g_note = f"taking g = {q.text} as stated"
            break
    else:
        for body, g in G_BODIES.items():
            if re.search(rf"\b(?:on|of) (?:the )?{body}\b", question.lower):
                question.g = g
                question.g_note = f"g on the {body.title() if body != 'moon' else 'Moon'} = {g} m/s^2"
                break
    return question
