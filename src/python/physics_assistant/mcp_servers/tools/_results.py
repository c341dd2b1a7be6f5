"""Helpers shared by the tool modules: the `units` field of a result, number formatting for
worked steps and the "leave exactly one unknown out" rule. (Results that would not be finite are
refused for every tool by toolkit.finite_results, which ToolSet.tool applies.)
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from physics_assistant.mcp_servers.toolkit import ToolInputError


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
