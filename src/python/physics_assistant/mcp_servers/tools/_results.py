"""Helpers shared by the tool modules: a strict base for nested models, the `units` field of a
result, number formatting for worked steps (6 significant figures, or 4 in the forces and
kinematics steps), the g line of a worked solution, the rules "leave exactly one unknown out"
and "give at least two", and E = ½ c x² solved for any one of its quantities. (Results that
would not be finite are refused for every tool by toolkit.finite_results, which ToolSet.tool
applies.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
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


@dataclass(frozen=True)
class HalfSquare:
    """A relation E = ½ c x² (U = ½ k x², KE = ½ I ω²) solved for whichever of c, x and E is left out.

    `names` are the tool's parameters for (c, x, E), `symbols` and `units` how the steps write them.
    x comes out positive (E is the same for ±x); c needs x ≠ 0 and E > 0.
    """

    names: tuple[str, str, str]
    symbols: tuple[str, str, str]
    units: tuple[str, str, str]

    def solve(self, c: float | None, x: float | None, e: float | None) -> tuple[str, float, float, float, str]:
        """(the name solved for, c, x, E, the worked step)."""
        (_, xn, en), (cs, xs, es), (cu, xu, eu) = self.names, self.symbols, self.units
        solved = only_missing(self.names, (c, x, e), f"{es} = ½ {cs} {xs}²")
        if e is not None and e < 0:
            raise ToolInputError(en, f"must be >= 0 (½ {cs} {xs}² is never negative), got {e:g}")
        if solved == en:
            assert c is not None and x is not None
            e = 0.5 * c * x * x
            step = f"{es} = ½ {cs} {xs}² = ½ × {qty(c, cu)} × ({qty(x, xu)})² = {qty(e, eu)}"
        elif solved == xn:
            assert c is not None and e is not None
            x = math.sqrt(2.0 * e / c)
            step = f"{xs} = √(2 {es} / {cs}) = √(2 × {qty(e, eu)} / {qty(c, cu)}) = {qty(x, xu)}"
        else:
            assert x is not None and e is not None
            if x == 0:
                raise ToolInputError(xn, f"must be non-zero to find {cs} (at {xs} = 0 every {cs} gives {es} = 0)")
            if e == 0:
                raise ToolInputError(en, f"must be > 0 to find {cs} (with {xs} ≠ 0 and {cs} > 0, {es} > 0)")
            c = 2.0 * e / (x * x)
            step = f"{cs} = 2 {es} / {xs}² = 2 × {qty(e, eu)} / ({qty(x, xu)})² = {qty(c, cu)}"
        return solved, c, x, e, step
