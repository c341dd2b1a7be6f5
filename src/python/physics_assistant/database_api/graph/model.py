"""The shapes of knowledge-graph content: subdomains, concepts, formulas, quantities, tool links."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Subdomain:
    name: str
    title: str
    description: str


@dataclass(frozen=True)
class Quantity:
    """A physical quantity a formula's variables stand for, with its SI unit (pint syntax)."""

    name: str
    unit: str
    description: str


@dataclass(frozen=True)
class Formula:
    """``expression`` is ``lhs = rhs`` in Python syntax (``**``, ``sqrt``, ``sin``, ``ln``); every
    symbol in it is a key of ``variables`` (symbol -> quantity name). A test checks each formula is
    dimensionally consistent by evaluating it with pint quantities."""

    name: str
    expression: str
    description: str
    variables: dict[str, str]


@dataclass(frozen=True)
class ToolRef:
    """An MCP tool that computes something about a concept: server (topic) and tool name."""

    server: str
    tool: str

    @property
    def key(self) -> str:
        return f"{self.server}/{self.tool}"


@dataclass(frozen=True)
class Concept:
    name: str
    title: str
    subdomain: str
    description: str
    requires: tuple[str, ...] = ()
    formulas: tuple[Formula, ...] = ()
    related: tuple[str, ...] = ()
    tools: tuple[ToolRef, ...] = field(default=())


def concept(
    name: str,
    title: str,
    subdomain: str,
    description: str,
    *,
    requires: tuple[str, ...] | list[str] = (),
    formulas: tuple[Formula, ...] | list[Formula] = (),
    related: tuple[str, ...] | list[str] = (),
) -> Concept:
    return Concept(name, title, subdomain, description, tuple(requires), tuple(formulas), tuple(related))


def formula(name: str, expression: str, description: str, **variables: str) -> Formula:
    return Formula(name, expression, description, dict(variables))
