"""Request and response shapes of the tutor API (msgspec: fast to decode and encode, and the
source of the OpenAPI schemas)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

# Same pattern as the Database API's session ids, so every accepted id can be recorded.
SESSION_ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"


class AskRequest(msgspec.Struct, kw_only=True):
    question: Annotated[str, Meta(min_length=1, max_length=2000, description="the question, in plain English")]
    mode: Literal["solve", "hint", "check"] = "solve"
    student_answer: (
        Annotated[str, Meta(max_length=200, description="the student's answer (check mode), e.g. '2.5 m/s^2'")] | None
    ) = None
    hint_level: (
        Annotated[
            int,
            Meta(
                ge=1, le=100, description="hint mode: how many rungs of the ladder to show (the last one is the answer)"
            ),
        ]
        | None
    ) = None
    session_id: Annotated[str, Meta(pattern=SESSION_ID_PATTERN)] | None = None


class AnswerOut(msgspec.Struct):
    value: float
    unit: Annotated[str, Meta(description="pint-parsable unit; empty for a pure number")]
    display: str


class Step(msgspec.Struct):
    text: str
    latex: str | None


class ToolUse(msgspec.Struct):
    server: str
    tool: str
    arguments: dict[str, Any]


class SigFigs(msgspec.Struct):
    given: int | None
    expected: int | None
    ok: bool


class StudentValue(msgspec.Struct):
    value: float | None
    unit: str


class CheckOut(msgspec.Struct):
    correct: bool
    student: StudentValue
    relative_error: float | None
    tolerance: float
    dimension_ok: bool
    unit_ok: bool
    sig_figs: SigFigs
    slips: Annotated[
        list[str],
        Meta(
            description=(
                "sign | degrees_radians | factor_of_two | square_root | square | unit_conversion | power_of_ten "
                "| wrong_dimension"
            )
        ),
    ]
    feedback: list[str]


class AskResponse(msgspec.Struct):
    topic: Annotated[str, Meta(description="kinematics | forces | energy | momentum | angular_motion | math")]
    answer: AnswerOut | None
    steps: list[Step]
    hints: list[str]
    check: CheckOut | None
    tools_used: list[ToolUse]
    concepts: list[str]


class NotUnderstoodOut(msgspec.Struct):
    detail: str
    missing: list[str]
    topic: str | None


class TopicExample(msgspec.Struct):
    topic: str
    server: str
    description: str
    examples: list[str]


class TopicsOut(msgspec.Struct):
    topics: list[TopicExample]
    modes: list[str]


decode_ask = msgspec.json.Decoder(AskRequest).decode
encode = msgspec.json.Encoder().encode


def openapi_components() -> tuple[dict[str, Any], dict[str, Any]]:
    """(schemas by name, refs by type) for the OpenAPI document."""
    types = (AskRequest, AskResponse, NotUnderstoodOut, TopicsOut)
    refs, components = msgspec.json.schema_components(types, ref_template="#/components/schemas/{name}")
    return components, {t.__name__: ref for t, ref in zip(types, refs, strict=True)}
