"""The contract between topic tool modules and the MCP server runner.

A topic module (``tools/<topic>.py``) owns one :class:`ToolSet` and registers plain functions on it::

    TOOLS = ToolSet("forces", title="Forces")

    @TOOLS.tool(title="Weight")
    def weight(mass: Mass, g: GravityField = G_STANDARD) -> WeightResult:
        '''Weight W = m g of a mass in a gravitational field.'''  # becomes the tool description
        w = kernels.weight(mass, g)
        return WeightResult(weight=w, steps=[...])

Rules every tool follows:
- Parameters use the quantity types below: JSON numbers are SI, strings may carry units
  ("20 km/h", "30 deg") and are converted to SI floats before the function runs. NaN, inf, wrong
  dimensions and sign violations are rejected with an error naming the parameter.
- The return type is a pydantic model derived from :class:`ToolResult`: SI values as numbers,
  arrays as lists, a ``units`` map (field -> unit) and ``steps`` (formula, substitution, result)
  that the runner also renders as the text content.
- Anything physically impossible raises :class:`ToolInputError` ("parameter 'angle': ...");
  the runner turns it into an MCP tool error result (isError), never a crash.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Any, NoReturn, TypeVar

import numpy as np
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainValidator, WithJsonSchema, validate_call

from physics_assistant.physics.units import SI_UNITS, UnitError, to_si

# Arrays larger than this are refused (a tool call must stay fast and bounded in memory).
MAX_ARRAY_LENGTH = 10_000
# Batch kernels (many launches / collisions) may go further.
MAX_BATCH_LENGTH = 100_000
# Series outputs (trajectories for plotting) never exceed this many points.
MAX_SERIES_POINTS = 5_000

G_STANDARD = 9.80665

F = TypeVar("F", bound=Callable[..., Any])


class ToolInputError(ValueError):
    """Bad or physically impossible input. The message must name the parameter (or an item of one:
    "values.u", "operands[2]")."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"parameter '{parameter}': {problem}")
        self.parameter = parameter


def _same_list_of_text(value: Any) -> list[str]:
    # Tools build a result and then append further steps to the list they passed in; pydantic's
    # list validation would copy it and those steps would silently vanish. Check, keep the object.
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("steps must be a list of strings")
    return value


# A list of text kept as the same object (see _same_list_of_text); the schema is a plain string array.
StepList = Annotated[
    list[str],
    PlainValidator(_same_list_of_text),
    WithJsonSchema({"type": "array", "items": {"type": "string"}}),
]


class ToolResult(BaseModel):
    """Base of every tool's structured output.

    ``steps`` keeps the list object it is given, so a tool may append steps after building its result.
    """

    model_config = ConfigDict(extra="forbid")

    units: dict[str, str] = Field(default_factory=dict, description="SI unit of each numeric field")
    steps: StepList = Field(default_factory=list, description="Worked steps: formula, substitution, result")


@lru_cache(maxsize=8192)
def _text_to_si(text: str, dimension: str) -> float:
    # Converting "2 kg" with pint costs ~0.2 ms; clients repeat the same strings, so remember them
    # (errors are not cached: they raise).
    return to_si(text, dimension)


def _quantity_validator(dimension: str, *, positive: bool, nonnegative: bool) -> Callable[[Any], float]:
    def validate(value: Any) -> float:
        try:
            number = _text_to_si(value, dimension) if isinstance(value, str) else to_si(value, dimension)
        except UnitError as exc:
            raise ValueError(str(exc)) from None
        if positive and not number > 0:
            raise ValueError(f"must be > 0 {SI_UNITS[dimension]}".rstrip() + f", got {number:g}")
        if nonnegative and not number >= 0:
            raise ValueError(f"must be >= 0, got {number:g}")
        return number

    return validate


def quantity(
    dimension: str,
    description: str,
    *,
    positive: bool = False,
    nonnegative: bool = False,
) -> Any:
    """An argument type: a number in SI units, or a string with units, converted to an SI float."""
    unit = SI_UNITS[dimension]
    example = {"angle": "30 deg", "velocity": "72 km/h", "length": "5 cm", "mass": "500 g"}.get(dimension)
    text = f"{description} [{unit or 'dimensionless'}]; a number in SI or a string with units"
    if example:
        text += f' such as "{example}"'
    schema = {"anyOf": [{"type": "number"}, {"type": "string"}], "description": text}
    return Annotated[
        float | str,
        AfterValidator(_quantity_validator(dimension, positive=positive, nonnegative=nonnegative)),
        WithJsonSchema(schema),
        Field(description=text),
    ]


def _finite_list(max_length: int) -> Callable[[list[float]], list[float]]:
    def validate(values: list[float]) -> list[float]:
        if len(values) > max_length:
            raise ValueError(f"at most {max_length} values allowed, got {len(values)}")
        for i, v in enumerate(values):
            if not math.isfinite(v):
                raise ValueError(f"item {i} is not a finite number")
        return values

    return validate


def float_array(description: str, *, max_length: int = MAX_ARRAY_LENGTH, min_length: int = 1) -> Any:
    return Annotated[
        list[float],
        Field(description=description, min_length=min_length, max_length=max_length),
        AfterValidator(_finite_list(max_length)),
    ]


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


# A plain finite number (coefficients, ratios, unitless inputs).
FiniteFloat = Annotated[float, AfterValidator(_finite)]

# Quantity types shared by the topics. Topic modules may define more with `quantity(...)`.
Mass = quantity("mass", "mass", positive=True)
Length = quantity("length", "length or displacement")
Distance = quantity("length", "distance", nonnegative=True)
Height = quantity("length", "height above the reference level")
Radius = quantity("length", "radius", positive=True)
Duration = quantity("time", "time interval", nonnegative=True)
Time = quantity("time", "time")
Velocity = quantity("velocity", "velocity (signed)")
Speed = quantity("velocity", "speed", nonnegative=True)
Acceleration = quantity("acceleration", "acceleration (signed)")
GravityField = quantity("acceleration", "gravitational field strength g", positive=True)
Force = quantity("force", "force (signed)")
Angle = quantity("angle", "angle")
SpringConstant = quantity("spring_constant", "spring constant k", positive=True)
Energy = quantity("energy", "energy")
Momentum = quantity("momentum", "momentum (signed)")
AngularVelocity = quantity("angular_velocity", "angular velocity (signed)")
AngularAcceleration = quantity("angular_acceleration", "angular acceleration (signed)")
Torque = quantity("torque", "torque (signed)")
MomentOfInertia = quantity("moment_of_inertia", "moment of inertia", positive=True)
Coefficient = Annotated[
    float, Field(ge=0, le=10, description="dimensionless coefficient (e.g. friction mu)"), AfterValidator(_finite)
]


@dataclass(frozen=True)
class ToolSpec:
    name: str
    fn: Callable[..., ToolResult]
    title: str
    description: str
    # True for tools that wait on something outside the process (the CAS worker pool): the runner
    # then always calls them from a worker thread, never inline on the event loop.
    blocking: bool = False


@dataclass(frozen=True)
class ResourceSpec:
    uri: str
    name: str
    description: str
    text: str
    mime_type: str = "text/markdown"


# ---------------------------------------------------------------------------------------------
# Results stay finite: input so extreme that a value overflows or underflows (a mass of 1e300 kg,
# a product like 2·m·g that underflows to 0 and is then divided by) becomes a ToolInputError
# naming the likeliest argument, instead of a crash or an inf/NaN that a JSON client cannot read.


def _first_non_finite(value: Any, path: str) -> str | None:
    """Dotted path of the first NaN/inf among the numbers of a result, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return None if math.isfinite(value) else (path or "result")
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            found = _first_non_finite(getattr(value, name), f"{path}.{name}" if path else name)
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        if not value or isinstance(value[0], str):
            return None  # steps, names
        if isinstance(value[0], float) and len(value) > 8:
            try:  # a long series of plain numbers: one vectorised check
                if np.isfinite(np.asarray(value, dtype=np.float64)).all():
                    return None
            except (TypeError, ValueError):
                pass
        for i, item in enumerate(value):
            found = _first_non_finite(item, f"{path}[{i}]")
            if found:
                return found
    return None


def _scalars(value: Any) -> Iterator[float]:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        yield float(value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _scalars(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _scalars(item)


def _most_extreme(arguments: dict[str, Any]) -> str | None:
    """The argument whose magnitude is farthest from 1 (in decades): the likeliest culprit."""
    best, best_score = None, -1.0
    for name, value in arguments.items():
        for number in _scalars(value):
            if number != 0 and math.isfinite(number):
                score = abs(math.log10(abs(number)))
                if score > best_score:
                    best, best_score = name, score
    return best


def finite_results(fn: F) -> F:
    """Wrap a tool: a division by zero, an overflow or an inf/NaN in its result becomes a
    ToolInputError naming the likeliest argument. ToolSet.tool applies it to every tool."""
    signature = inspect.signature(fn)
    first = next(iter(signature.parameters), "arguments")

    def refuse(args: tuple[Any, ...], kwargs: dict[str, Any], problem: str) -> NoReturn:
        raise ToolInputError(_most_extreme(signature.bind(*args, **kwargs).arguments) or first, problem)

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            # numpy's overflow warnings would only repeat what the check below turns into an answer
            with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
                result = fn(*args, **kwargs)
        except (ZeroDivisionError, OverflowError):
            # Only extreme magnitudes get here (validated inputs exclude 0 where it matters, but a
            # product like 2·m·g can still underflow to 0 or overflow).
            refuse(args, kwargs, "out of range: too extreme a value for the calculation")
        bad = _first_non_finite(result, "")
        if bad is not None:
            refuse(args, kwargs, f"out of range: the result {bad} would not be finite")
        return result

    return checked  # type: ignore[return-value]


@dataclass
class ToolSet:
    """The tools and resources (formula sheets) of one topic server.

    Every tool is wrapped by :func:`finite_results` unless ``guard_results`` is False (for tests
    of the runner's own last-resort checks).
    """

    topic: str
    title: str
    tools: dict[str, ToolSpec] = field(default_factory=dict)
    resources: list[ResourceSpec] = field(default_factory=list)
    guard_results: bool = True

    def tool(
        self, *, title: str, name: str | None = None, blocking: bool = False
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            tool_name = name or fn.__name__
            if tool_name in self.tools:
                raise ValueError(f"duplicate tool {tool_name!r} in {self.topic}")
            description = (fn.__doc__ or title).strip()
            if self.guard_results:
                fn = finite_results(fn)
            self.tools[tool_name] = ToolSpec(tool_name, fn, title, description, blocking)
            return fn

        return register

    def resource(self, uri: str, name: str, description: str, text: str) -> None:
        self.resources.append(ResourceSpec(uri, name, description, text))


def invoke(spec: ToolSpec, arguments: dict[str, Any]) -> ToolResult:
    """Validate `arguments` as JSON input (units parsed, limits checked) and call the tool.

    For tests and in-process callers; raises pydantic.ValidationError or ToolInputError on bad input.
    """
    return validate_call(spec.fn)(**arguments)  # type: ignore[no-any-return]
