"""Helpers shared by the tool modules: a strict base for nested models, the `units` field of a
result, number formatting for worked steps (6 significant figures, or 4 in the forces and
kinematics steps), the g line of a worked solution, and the rules "leave exactly one unknown out"
and "give at least two". (Results that would not be finite are refused for every tool by
toolkit.finite_results, which ToolSet.tool applies.)
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from physics_assistant.mcp_servers.toolkit import ToolInputError
from physics_assistant.physics.forces import G_TEXTBOOK


class StrictModel(BaseModel):
    """A nested input or output model: unknown fields are refused, like a tool's own arguments."""

    model_config = ConfigDict(extra="forbid")


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


def qty4(value: float, unit: str = "") -> str:
    """A number for a worked step with 4 significant figures, and its unit if any."""
    text = f"{value:.4g}"
    return f"{text} {unit}" if unit else text


def g_step(g: float) -> str:
    """The worked step that states g, marking the textbook default."""
    return f"g = {qty4(g, 'm/s^2')}" + (" (textbook value)" if g == G_TEXTBOOK else "")


def only_missing(names: tuple[str, ...], values: tuple[float | None, ...], relation: str) -> str:
    """The one parameter of `names` left out (None); anything else is a ToolInputError naming one."""
    missing = [name for name, value in zip(names, values, strict=True) if value is None]
    if len(missing) == 1:
        return missing[0]
    if not missing:
        raise ToolInputError(names[-1], f"leave out exactly one of {', '.join(names)}: {relation}")
    raise ToolInputError(missing[0], f"missing; give all but one of {', '.join(names)} ({relation})")


def at_least_two(names: tuple[str, ...], values: tuple[float | None, ...]) -> None:
    """Fewer than two of `names` given is a ToolInputError naming the first one missing."""
    missing = [name for name, value in zip(names, values, strict=True) if value is None]
    if len(names) - len(missing) < 2:
        raise ToolInputError(missing[0], f"give at least two of {', '.join(names)}")
