"""Request and response bodies (they are the OpenAPI schema at /docs)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from physics_assistant.database_api.validation import clean_text, json_checker

Role = Literal["student", "instructor", "admin"]

USERNAME_PATTERN = r"^[A-Za-z0-9_.-]{3,32}$"
CONCEPT_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
SESSION_ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"
# Deliberately loose (the address is confirmed by use, not by regex): one @, a dot in the domain.
EMAIL_PATTERN = r"^[^@\s\x00]{1,64}@[^@\s\x00]+\.[^@\s\x00]+$"


def text(min_length: int, max_length: int) -> Any:
    return Annotated[
        str,
        StringConstraints(min_length=min_length, max_length=max_length, strip_whitespace=False),
        AfterValidator(clean_text),
    ]


def json_object(max_bytes: int, description: str) -> Any:
    return Annotated[dict[str, Any], AfterValidator(json_checker(max_bytes)), Field(description=description)]


Username = Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)]
ConceptName = Annotated[str, StringConstraints(pattern=CONCEPT_NAME_PATTERN)]
SessionId = Annotated[str, StringConstraints(pattern=SESSION_ID_PATTERN)]


class Strict(BaseModel):
    """Request bodies: unknown fields and type coercion ("true" for true, "1" for 1) are refused."""

    model_config = ConfigDict(extra="forbid", strict=True)


# ---- auth and users


class RegisterIn(Strict):
    email: Annotated[str, StringConstraints(pattern=EMAIL_PATTERN, max_length=254)]
    username: Username
    password: text(8, 128)  # type: ignore[valid-type]


class UserOut(BaseModel):
    id: int
    email: str
    username: str
    role: Role
    is_active: bool
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    refresh_token: str
    expires_in: int = Field(description="seconds until the access token expires")


class RefreshIn(Strict):
    refresh_token: text(1, 4096)  # type: ignore[valid-type]


class RoleIn(Strict):
    role: Role


Preferences = json_object(16_384, "free-form preferences (units, language, hint style...)")


# ---- interactions


class ToolUse(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)

    server: text(1, 64) | None = None  # type: ignore[valid-type]
    tool: text(1, 128)  # type: ignore[valid-type]
    arguments: json_object(16_384, "arguments the tool was called with") | None = None  # type: ignore[valid-type]


class InteractionIn(Strict):
    topic: text(1, 64)  # type: ignore[valid-type]
    question: text(1, 10_000)  # type: ignore[valid-type]
    # The tutor sends null when it gave hints only; that is stored as {}.
    answer: json_object(65_536, "the answer as given to the student (null is stored as {})") | None  # type: ignore[valid-type]
    tools_used: list[ToolUse | text(1, 200)] = Field(  # type: ignore[valid-type]
        default_factory=list, max_length=50, description='tool calls: {"server", "tool", "arguments"} or "tool" names'
    )
    success: bool
    duration_ms: int = Field(ge=0, le=86_400_000)
    session_id: SessionId | None = None
    concepts: list[ConceptName] = Field(
        default_factory=list,
        max_length=50,
        description="knowledge-graph concepts involved (in addition to those of the tools)",
    )
    timings: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,40}$")],
        Annotated[float, Field(ge=0, le=86_400_000, allow_inf_nan=False)],
    ] = Field(
        default_factory=dict, max_length=20, description="named durations in milliseconds (parse_ms, tools_ms, ...)"
    )


class InteractionOut(BaseModel):
    id: int
    user_id: int
    session_id: str | None
    topic: str
    question: str
    answer: dict[str, Any]
    tools_used: list[dict[str, Any]]
    concepts: list[str]
    timings: dict[str, float]
    success: bool
    duration_ms: int
    created_at: datetime


class InteractionPage(BaseModel):
    items: list[InteractionOut]
    total: int
    limit: int
    offset: int


# ---- progress


class ConceptProgressOut(BaseModel):
    concept: str
    title: str | None
    subdomain: str | None
    attempts: int
    successes: int
    mastery: float
    mastered: bool
    first_seen_at: datetime
    last_attempt_at: datetime


class TopicSummary(BaseModel):
    topic: str
    interactions: int
    successes: int


class ProgressSummary(BaseModel):
    interactions: int
    successes: int
    success_rate: float
    mean_duration_ms: float
    last_interaction_at: datetime | None
    concepts_attempted: int
    concepts_mastered: int
    topics: list[TopicSummary]


class ProgressOut(BaseModel):
    user_id: int
    summary: ProgressSummary
    concepts: list[ConceptProgressOut]


# ---- knowledge graph


class ConceptSummary(BaseModel):
    name: str
    title: str
    subdomain: str
    description: str
    depth: int = Field(description="length of the longest prerequisite chain below this concept")


class ConceptPage(BaseModel):
    items: list[ConceptSummary]
    total: int
    limit: int
    offset: int


class VariableOut(BaseModel):
    symbol: str
    quantity: str
    unit: str
    description: str


class FormulaOut(BaseModel):
    name: str
    expression: str
    description: str
    variables: list[VariableOut]


class ToolRefOut(BaseModel):
    server: str
    tool: str


class ConceptDetail(ConceptSummary):
    prerequisites: list[str]
    formulas: list[FormulaOut]
    tools: list[ToolRefOut]


class PrerequisiteItem(ConceptSummary):
    distance: int = Field(description="fewest prerequisite steps from the concept asked about")


class PrerequisitesOut(BaseModel):
    concept: str
    transitive: bool
    items: list[PrerequisiteItem]


class RelatedItem(ConceptSummary):
    relation: Literal["related", "builds_on_this", "same_subdomain"]


class RelatedOut(BaseModel):
    concept: str
    items: list[RelatedItem]


class LearningStep(ConceptSummary):
    mastery: float
    attempts: int


class LearningPathOut(BaseModel):
    target: str
    steps: list[LearningStep] = Field(description="what to study, in order; the target comes last unless mastered")
    already_mastered: list[str]


class SubdomainOut(BaseModel):
    name: str
    title: str
    description: str
    concepts: int


# ---- sessions


class SessionIn(Strict):
    metadata: json_object(8_192, "anything the client wants to keep with the session") = Field(default_factory=dict)  # type: ignore[valid-type]


class SessionOut(BaseModel):
    id: str
    user_id: int
    created_at: datetime
    last_activity_at: datetime
    interaction_count: int
    metadata: dict[str, Any]
    active: bool = Field(description="false once the live session expired from Redis")
    expires_in_s: int | None


# ---- classes


class ClassIn(Strict):
    name: text(1, 120)  # type: ignore[valid-type]


class ClassOut(BaseModel):
    id: int
    name: str
    instructor_id: int
    created_at: datetime
    student_count: int


class ClassPage(BaseModel):
    items: list[ClassOut]
    total: int
    limit: int
    offset: int


class StudentOut(BaseModel):
    id: int
    username: str
    email: str
    added_at: datetime


class ClassDetail(ClassOut):
    students: list[StudentOut]


class EnrollIn(Strict):
    usernames: list[Username] = Field(min_length=1, max_length=200)


class ErrorOut(BaseModel):
    detail: Any
