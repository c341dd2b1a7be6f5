"""Turn a plan and its result into what a student reads: the answer in the right unit with sensible
significant figures, the worked steps (given, formula, substitution, result) and the hint ladder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from physics_assistant.agents_api.formatting import (
    format_number,
    format_number_latex,
    latex_unit,
    round_sig,
    with_unit,
)
from physics_assistant.agents_api.understanding.question import Question
from physics_assistant.agents_api.understanding.recipes.base import Plan, Var
from physics_assistant.agents_api.understanding.unitsys import (
    SI_UNIT_OF_KIND,
    UnknownUnit,
    compatible,
    conversion_factor,
    unit_info,
)
from physics_assistant.physics.units import ureg

# The rungs of the hint ladder; the answer is only on the last one.
HINT_RUNGS = ("concept", "formula", "substitution", "answer")
LAST_RUNG = len(HINT_RUNGS)

_SHORT_FIXES = {"m*N": "N*m", "rev/min": "rpm", "mi/h": "mph", "s*N": "N*s", "m^2*kg": "kg*m^2", "m*kg/s": "kg*m/s"}


@lru_cache(maxsize=512)
def short_unit(pint_unit: str) -> str:
    """A pint expression as the compact, pint-parsable spelling we return ('km/h', 'm/s^2')."""
    if not pint_unit:
        return ""
    text = format(ureg.Unit(pint_unit), "~").replace(" ** ", "^").replace(" / ", "/").replace(" * ", "*")
    return _SHORT_FIXES.get(text, text)


@dataclass(frozen=True)
class Answer:
    value: float  # rounded to `sig_figs`, in `unit`
    unit: str  # compact, pint-parsable ("" when dimensionless)
    display: str
    latex: str
    si: float  # unrounded, SI
    si_unit: str
    sig_figs: int
    kind: str

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "unit": self.unit, "display": self.display}


def answer_unit(question: Question, plan: Plan) -> tuple[str, str]:
    """(pint unit, kind) the answer is given in: the unit asked for if it fits, else the plan's
    preferred unit, else SI."""
    kind = plan.unknown.kind
    request = question.unit_request
    if request is not None and compatible(request.kind, kind):
        return request.pint_unit, kind
    if plan.default_unit:
        return plan.default_unit, kind
    return SI_UNIT_OF_KIND.get(kind, ""), kind


def make_answer(question: Question, plan: Plan, si_value: float) -> Answer:
    unit, kind = answer_unit(question, plan)
    si_unit = SI_UNIT_OF_KIND.get(kind, "")
    value = si_value
    if unit and unit != si_unit:
        try:
            value = si_value * conversion_factor(si_unit or "dimensionless", unit)
        except UnknownUnit:
            unit = si_unit
    sig = question.significant_figures(plan.used)
    shown = short_unit(unit) if unit else ""
    number = format_number(value, sig)
    return Answer(
        value=round_sig(value, sig),
        unit=shown,
        display=with_unit(number, shown),
        latex=format_number_latex(value, sig) + latex_unit(shown),
        si=si_value,
        si_unit=si_unit,
        sig_figs=sig,
        kind=kind,
    )


# --- rendering formulas ------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"<(\w+)>")


def _value_text(v: Var, latex: bool) -> str:
    assert v.si is not None
    sig = 4
    if v.source is not None and v.source.sig_figs < 99:
        sig = min(max(v.source.sig_figs, 3), 6)
    if v.degrees:
        import math

        number = math.degrees(v.si)
        text = format_number_latex(number, sig, trim=True) if latex else format_number(number, sig, trim=True)
        return text + (r"^{\circ}" if latex else "°")
    unit = SI_UNIT_OF_KIND.get(v.kind, "")
    text = format_number_latex(v.si, sig, trim=True) if latex else format_number(v.si, sig, trim=True)
    out = text + latex_unit(unit) if latex else with_unit(text, unit)
    if v.si < 0:
        out = f"({out})"
    return out


# A gap between two factors of a product ("<m> <g>", "2 <a>", ") sin"); with numbers substituted it
# needs an explicit multiplication sign.
_PRODUCT_GAP = re.compile(
    r"(?<=[>)}\d½⅓⅔⅖¼¾²])\s*(?=<)|(?<=[>)}\d½⅓⅔⅖¼¾²])\s+(?=\(|√|\\(?:sin|cos|tan|sqrt|frac|tfrac)|sin\b|cos\b|tan\b)"
)


def render(template: str, plan: Plan, *, values: bool, latex: bool) -> str:
    by_key = {v.key: v for v in plan.knowns}
    by_key[plan.unknown.key] = plan.unknown
    if values:
        # keep the left-hand side ("<a> = ") as is; multiply explicitly on the right
        head, sep, tail = template.partition(" = ")
        if sep:
            template = head + sep + _PRODUCT_GAP.sub(r" \\times " if latex else " × ", tail)

    def fill(m: re.Match[str]) -> str:
        v = by_key.get(m.group(1))
        if v is None:
            return m.group(1)
        if values and v.si is not None and v is not plan.unknown:
            shown = _value_text(v, latex)
            # "(25 m/s)²", not "25 m/s²"
            if template.startswith("^", m.end()) and not shown.startswith("("):
                shown = f"({shown})"
            return shown
        return v.latex if latex else v.symbol

    text = _PLACEHOLDER.sub(fill, template)
    if not latex:
        text = re.sub(r"\^(\d)", lambda m: "²" if m.group(1) == "2" else "³" if m.group(1) == "3" else m.group(0), text)
    return text


def step(text: str, latex: str | None = None) -> dict[str, str | None]:
    return {"text": text, "latex": latex}


def given_line(plan: Plan) -> str:
    parts = []
    for v in plan.knowns:
        if v.si is None:
            continue
        shown = _value_text(v, latex=False).strip("()")
        src = v.source
        if src is not None and not src.implied and src.unit and not v.degrees:
            written = src.text.strip()
            if _differs(written, shown):
                shown = f"{written} = {shown}"
        elif src is not None and src.implied:
            shown = f"{shown} ({src.text.strip()})"
        parts.append(f"{v.symbol} = {shown}")
    return "Given: " + ", ".join(parts)


def _differs(written: str, shown: str) -> bool:
    norm = lambda s: re.sub(r"[\s*·]", "", s).replace("^2", "²")  # noqa: E731
    return norm(written) != norm(shown)


def solution_steps(question: Question, plan: Plan, answer: Answer) -> list[dict[str, str | None]]:
    text_f, latex_f = plan.formula
    steps = [step(given_line(plan))]
    if question.g_note and any(v.key == "g" for v in plan.knowns):
        steps.append(step(f"Note: {question.g_note}."))
    steps.append(
        step(
            "Formula: " + render(text_f, plan, values=False, latex=False),
            render(latex_f, plan, values=False, latex=True),
        )
    )
    steps.append(
        step(
            "Substitute: " + render(text_f, plan, values=True, latex=False),
            render(latex_f, plan, values=True, latex=True),
        )
    )
    result = f"Result: {plan.unknown.symbol} = {answer.display}"
    latex_result = f"{plan.unknown.latex} = {answer.latex}"
    si_shown = answer.unit != short_unit(answer.si_unit) and answer.si_unit
    if si_shown:
        result += f" (= {format_number(answer.si, answer.sig_figs)} {answer.si_unit})"
    steps.append(step(result, latex_result))
    for note in plan.notes:
        steps.append(step(f"Note: {note}."))
    if answer.sig_figs:
        steps.append(step(f"Rounded to {answer.sig_figs} significant figures, matching the precision of the data."))
    return steps


def hint_ladder(question: Question, plan: Plan, answer: Answer | None) -> list[str]:
    """All rungs; the last one (the answer) only when `answer` is given."""
    text_f, _ = plan.formula
    rungs = [
        plan.concept_hint,
        f"Use the relation {render(text_f, plan, values=False, latex=False)} (for the {plan.unknown.label}).",
        f"Substitute the values: {render(text_f, plan, values=True, latex=False)}. Now evaluate it.",
    ]
    if answer is not None:
        rungs.append(f"{plan.unknown.symbol} = {answer.display}")
    return rungs


def unit_kind(pint_unit: str) -> str:
    try:
        return unit_info(pint_unit).kind
    except UnknownUnit:
        return ""
