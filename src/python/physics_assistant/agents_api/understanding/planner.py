"""Choose the physics for a question: run every recipe that can produce what is asked, keep the
best-scoring plan, or explain what is missing (never guess a number)."""

from __future__ import annotations

from dataclasses import dataclass

from physics_assistant.agents_api.understanding.question import MAX_QUESTION_CHARS, Question, read_question
from physics_assistant.agents_api.understanding.recipes import (
    angular,
    energy,
    forces,
    kinematics,
    mathematics,
    momentum,
)
from physics_assistant.agents_api.understanding.recipes.base import RECIPES, Missing, Plan

# Importing a recipe module registers its recipes; these are all of them.
RECIPE_MODULES = (kinematics, forces, energy, momentum, angular, mathematics)


@dataclass
class NotUnderstood(Exception):
    """The question cannot be answered as written: `detail` says why, `missing` what to add."""

    detail: str
    missing: list[str]
    topic: str | None = None

    def __str__(self) -> str:
        return self.detail


# A plan must beat the runner-up by this much to be trusted when the two give different physics
# for the same question; otherwise the higher score still wins (ties are common and harmless when
# two recipes are equivalent, e.g. free fall by kinematics or by energy).
def plan_question(question: Question) -> Plan:
    target = question.target
    if target is None:
        raise NotUnderstood(
            "I could not tell which quantity you want: ask for it explicitly, e.g. 'What is its acceleration?'",
            ["the quantity asked for"],
        )
    plans: list[Plan] = []
    gaps: list[tuple[float, Missing, str]] = []
    for entry in RECIPES:
        if target.name not in entry.targets:
            continue
        try:
            plan = entry.fn(question, target)
        except Missing as gap:
            gaps.append((gap.score, gap, entry.topic))
            continue
        if plan is not None:
            plans.append(plan)
    if plans:
        return max(plans, key=lambda p: p.score)
    if gaps:
        _, best, topic = max(gaps, key=lambda item: item[0])
        raise NotUnderstood(
            f"This looks like {best.understood}, but I could not find {' and '.join(best.needs)} in the question.",
            best.needs,
            topic,
        )
    raise NotUnderstood(
        f"I understood that you want the {target.label}, but not which situation this is or which values to use; "
        "state the given quantities with their units (e.g. 'a 2 kg ball moving at 3 m/s').",
        ["the given quantities, with units"],
    )


def understand(text: str) -> tuple[Question, Plan]:
    if len(text) > MAX_QUESTION_CHARS:
        raise NotUnderstood(f"question is longer than {MAX_QUESTION_CHARS} characters", ["a shorter question"])
    question = read_question(text)
    if not any(ch.isalpha() for ch in text):
        raise NotUnderstood("the question has no words in it", ["a question"])
    return question, plan_question(question)
