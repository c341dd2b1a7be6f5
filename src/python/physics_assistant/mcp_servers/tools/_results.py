"""Helpers shared by the energy, momentum and angular-motion tool modules: the `units` field of a
result, number formatting for worked steps, the "leave exactly one unknown out" rule, and a guard
that turns non-finite results and divisions by an underflowed zero (inputs so extreme that a
value overflows or underflows) into an error naming the most extreme parameter, instead of a
crash or an inf/NaN that a JSON client cannot read.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, Field

from physics_assistant.mcp_servers.toolkit import ToolInputError

F = TypeVar("F", bound=Callable[..., Any])


def units(**fields: str) -> Any:
    """The `units` field of a result, pre-filled with the SI unit of each numeric field."""
    return Field(default_factory=lambda: dict(fields), description="SI unit of each numeric field")


def num(value: float) -> str:
    """A number for a worked step: 6 significant figures."""
    return f"{value:.6g}"


def paren(value: float) -> str:
    """A number inside a substitution: negative values in parentheses, "3 - (-1)"."""
    return f"({value:.6g})" if value < 0 else f"{value:.6g}"


def qty(value: float, unit: str) -> str:
    """A number with its unit for a worked step."""
    return f"{value:.6g} {unit}".rstrip()


def only_missing(names: tuple[str, ...], values: tuple[float | None, ...], relation: str) -> str:
    """The one parameter of `names` left out (None); anything else is a ToolInputError naming one."""
    missing = [name for name, value in zip(names, values, strict=True) if value is None]
    if len(missing) == 1:
        return missing[0]
    if not missing:
        raise ToolInputError(names[-1], f"leave out exactly one of {', '.join(names)}: {relation}")
    raise ToolInputError(missing[0], f"missing; give all but one of {', '.join(names)} ({relation})")


def _numbers(value: Any, path: str) -> Iterator[tuple[str, float]]:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        yield path, float(value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _numbers(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _numbers(item, f"{path}[{i}]")


def _most_extreme(arguments: dict[str, Any]) -> str:
    """The argument whose magnitude is farthest from 1 (in decades): the likeliest culprit."""
    best, best_score = "arguments", -1.0
    for name, value in arguments.items():
        for _, number in _numbers(value, name):
            if number != 0 and math.isfinite(number):
                score = abs(math.log10(abs(number)))
                if score > best_score:
                    best, best_score = name, score
    return best


def finite_outputs(fn: F) -> F:
    """Decorate a tool: a result with an inf/NaN field becomes a ToolInputError naming an argument."""
    signature = inspect.signature(fn)

    def culprit(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        return _most_extreme(signature.bind(*args, **kwargs).arguments)

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            result = fn(*args, **kwargs)
        except (ZeroDivisionError, OverflowError):
            # Only extreme magnitudes get here (validated inputs exclude 0 where it matters, but a
            # product like 2·m·g can still underflow to 0 or overflow).
            raise ToolInputError(
                culprit(args, kwargs), "out of range: too extreme a value for the calculation"
            ) from None
        for path, number in _numbers(result, ""):
            if not math.isfinite(number):
                raise ToolInputError(culprit(args, kwargs), f"out of range: the result {path} would not be finite")
        return result

    return checked  # type: ignore[return-value]
