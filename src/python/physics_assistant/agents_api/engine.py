"""The tutor's core: understand the question, compute with the MCP tools, answer in one of three
modes (solve, hint, check). No HTTP here; the tools are reached through a :class:`ToolBackend`."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from physics_assistant.agents_api.checking import UnreadableAnswer, grade, read_student_answer
from physics_assistant.agents_api.teaching import LAST_RUNG, Answer, hint_ladder, make_answer, solution_steps
from physics_assistant.agents_api.understanding.planner import NotUnderstood, understand
from physics_assistant.agents_api.understanding.question import Question
from physics_assistant.agents_api.understanding.recipes.base import Plan, ToolCall, Var

Mode = Literal["solve", "hint", "check"]


class ToolError(Exception):
    """A tool answered with an error result (bad or impossible input) or an unusable result."""

    def __init__(self, server: str, tool: str, message: str) -> None:
        super().__init__(f"{server}/{tool}: {message}")
        self.server = server
        self.tool = tool
        self.message = message


class ServerDown(Exception):
    """An MCP server could not be reached (connection refused, timeout after the retry)."""

    def __init__(self, server: str, detail: str = "") -> None:
        super().__init__(f"mcp-{server} unavailable" + (f": {detail}" if detail else ""))
        self.server = server
        self.detail = detail


class ToolBackend(Protocol):
    async def call(self, server: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """The tool's structured result; raises ToolError or ServerDown."""
        ...


class InvalidRequest(ValueError):
    """The request is well-formed JSON but asks for something impossible (e.g. check without an answer)."""


@dataclass
class TutorResult:
    topic: str
    answer: dict[str, Any] | None
    steps: list[dict[str, str | None]]
    hints: list[str]
    check: dict[str, Any] | None
    tools_used: list[dict[str, Any]]
    concepts: list[str]
    recipe: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "answer": self.answer,
            "steps": self.steps,
            "hints": self.hints,
            "check": self.check,
            "tools_used": self.tools_used,
            "concepts": self.concepts,
        }


async def run_calls(backend: ToolBackend, plan: Plan) -> tuple[list[dict[str, Any]], list[ToolCall]]:
    results: list[dict[str, Any]] = []
    made: list[ToolCall] = []
    for spec in plan.calls:
        call = spec if isinstance(spec, ToolCall) else spec(results)
        results.append(await backend.call(call.server, call.tool, call.arguments))
        made.append(call)
    return results, made


def _value(plan: Plan, results: list[dict[str, Any]], made: list[ToolCall], question: Question) -> float:
    try:
        value = plan.extract(results)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        last = made[-1]
        raise ToolError(last.server, last.tool, f"result without a usable value ({exc})") from None
    if not math.isfinite(value):
        last = made[-1]
        raise ToolError(last.server, last.tool, "result is not a finite number")
    if question.asks(r"\b(?:magnitude|size)\b"):
        return abs(value)  # "the magnitude of its acceleration": the sign is not wanted
    return value


def _tools_used(made: list[ToolCall]) -> list[dict[str, Any]]:
    return [{"server": c.server, "tool": c.tool, "arguments": c.arguments} for c in made]


async def _radian_mode_value(backend: ToolBackend, plan: Plan, question: Question) -> float | None:
    """The answer a calculator in radian mode would give: every angle given in degrees read as radians."""
    degree_vars = [v for v in plan.knowns if v.degrees and v.si is not None]
    if not degree_vars or len(plan.calls) != 1 or not isinstance(plan.calls[0], ToolCall):
        return None
    call = plan.calls[0]
    arguments = dict(call.arguments)
    changed = False
    for v in degree_vars:
        for name, value in arguments.items():
            if isinstance(value, float) and value == v.si:
                # the degrees read as radians, reduced to one turn: same sin and cos, and inside the
                # range tools accept (an incline takes 0-90°)
                arguments[name] = math.degrees(v.si) % (2 * math.pi)
                changed = True
    if not changed:
        return None
    try:
        results = [await backend.call(call.server, call.tool, arguments)]
        return _value(plan, results, [call], question)
    except (ToolError, ServerDown):
        return None


Rephrase = Callable[[str], Awaitable[str | None]]


async def _understand(text: str, rephrase: Rephrase | None) -> tuple[Question, Plan, str | None]:
    try:
        question, plan = understand(text)
        return question, plan, None
    except NotUnderstood:
        if rephrase is None:
            raise
        restated = await rephrase(text)
        if restated is None:
            raise
        try:
            question, plan = understand(restated)
        except NotUnderstood:
            raise NotUnderstood(*_original_failure(text)) from None
        return question, plan, restated


def _original_failure(text: str) -> tuple[str, list[str], str | None]:
    try:
        understand(text)
    except NotUnderstood as exc:
        return exc.detail, exc.missing, exc.topic
    return "question not understood", [], None  # pragma: no cover - understand() failed before


async def tutor_answer(
    backend: ToolBackend,
    text: str,
    mode: Mode = "solve",
    student_answer: str | None = None,
    hint_level: int | None = None,
    rephrase: Rephrase | None = None,
) -> TutorResult:
    """Answer one question; raises NotUnderstood, InvalidRequest, ToolError or ServerDown."""
    started = time.perf_counter()
    if mode == "check" and not (student_answer and student_answer.strip()):
        raise InvalidRequest("student_answer is required in check mode")
    student = None
    if mode == "check":
        assert student_answer is not None
        try:
            student = read_student_answer(student_answer)
        except UnreadableAnswer as exc:
            raise InvalidRequest(str(exc)) from None
    question, plan, restated = await _understand(text, rephrase)
    if restated is not None:
        plan.notes.insert(0, f"read as: {restated}")
    parsed = time.perf_counter()
    if mode == "hint":
        level = 1 if hint_level is None else max(1, min(hint_level, LAST_RUNG))
        if level < LAST_RUNG:
            return TutorResult(
                plan.topic, None, [], hint_ladder(question, plan, None)[:level], None, [], plan.concepts, plan.recipe
            )
    results, made = await run_calls(backend, plan)
    computed = time.perf_counter()
    answer = make_answer(question, plan, _value(plan, results, made, question))
    tools = _tools_used(made)
    if mode == "hint":
        return TutorResult(
            plan.topic,
            answer.as_dict(),
            solution_steps(question, plan, answer),
            hint_ladder(question, plan, answer),
            None,
            tools,
            plan.concepts,
            plan.recipe,
        )
    if mode == "check":
        assert student is not None
        radian_value = None
        preliminary = grade(student, answer)
        if not preliminary.correct and preliminary.dimension_ok:
            radian_value = await _radian_mode_value(backend, plan, question)
        graded = grade(student, answer, radian_value) if radian_value is not None else preliminary
        check = graded.as_dict()
        if graded.correct:
            return TutorResult(
                plan.topic,
                answer.as_dict(),
                solution_steps(question, plan, answer),
                [],
                check,
                tools,
                plan.concepts,
                plan.recipe,
            )
        # A wrong answer gets feedback and the first hint, not the solution.
        return TutorResult(
            plan.topic, None, [], hint_ladder(question, plan, None)[:1], check, tools, plan.concepts, plan.recipe
        )
    result = TutorResult(
        plan.topic,
        answer.as_dict(),
        solution_steps(question, plan, answer),
        [],
        None,
        tools,
        plan.concepts,
        plan.recipe,
    )
    result.timings = {"parse_ms": round((parsed - started) * 1000, 3), "tools_ms": round((computed - parsed) * 1000, 3)}
    return result


__all__ = [
    "Answer",
    "InvalidRequest",
    "Mode",
    "NotUnderstood",
    "Question",
    "ServerDown",
    "ToolBackend",
    "ToolError",
    "TutorResult",
    "Var",
    "replace",
    "tutor_answer",
]
