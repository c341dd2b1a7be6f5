"""The assembled knowledge graph: every subdomain, concept, formula and quantity, validated.

Built once at import from the content modules (pure data, no I/O). `load-graph` writes it to
Neo4j; the API also uses it in-process to map the tools an interaction used to concepts, so
recording an interaction never needs the graph database.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from functools import cached_property

from physics_assistant.database_api.graph import dag
from physics_assistant.database_api.graph.content import ALL
from physics_assistant.database_api.graph.content.quantities import QUANTITIES
from physics_assistant.database_api.graph.content.related import RELATED_PAIRS
from physics_assistant.database_api.graph.content.tools import TOOL_LINKS
from physics_assistant.database_api.graph.model import Concept, Formula, Quantity, Subdomain, ToolRef

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class CatalogError(ValueError):
    pass


@dataclass(frozen=True)
class Catalog:
    subdomains: dict[str, Subdomain]
    concepts: dict[str, Concept]
    quantities: dict[str, Quantity]

    @cached_property
    def requires(self) -> dict[str, tuple[str, ...]]:
        return {name: c.requires for name, c in self.concepts.items()}

    @cached_property
    def formulas(self) -> dict[str, Formula]:
        return {f.name: f for c in self.concepts.values() for f in c.formulas}

    @cached_property
    def depth(self) -> dict[str, int]:
        return dag.depths(self.requires)

    @cached_property
    def concepts_by_tool(self) -> dict[str, tuple[str, ...]]:
        """Tool name (and "server/tool") -> concepts it computes, for mapping interactions to concepts."""
        index: dict[str, list[str]] = {}
        for c in self.concepts.values():
            for ref in c.tools:
                index.setdefault(ref.tool, []).append(c.name)
                index.setdefault(ref.key, []).append(c.name)
        return {tool: tuple(sorted(set(names))) for tool, names in index.items()}

    @cached_property
    def version(self) -> str:
        """Content hash: changes whenever anything in the graph changes."""
        blob = json.dumps(self.as_rows(), sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def as_rows(self) -> dict[str, list[dict[str, object]]]:
        """Plain rows (lists of dicts) for UNWIND-based loading."""
        return {
            "subdomains": [vars(s) for s in self.subdomains.values()],
            "quantities": [vars(q) for q in self.quantities.values()],
            "concepts": [
                {
                    "name": c.name,
                    "title": c.title,
                    "subdomain": c.subdomain,
                    "description": c.description,
                    "depth": self.depth[c.name],
                }
                for c in self.concepts.values()
            ],
            "formulas": [
                {"concept": c.name, "name": f.name, "expression": f.expression, "description": f.description}
                for c in self.concepts.values()
                for f in c.formulas
            ],
            "variables": [
                {"formula": f.name, "symbol": symbol, "quantity": quantity}
                for c in self.concepts.values()
                for f in c.formulas
                for symbol, quantity in sorted(f.variables.items())
            ],
            "prerequisites": [
                {"concept": c.name, "prerequisite": p} for c in self.concepts.values() for p in c.requires
            ],
            "related": [{"a": c.name, "b": r} for c in self.concepts.values() for r in c.related],
            "tools": [
                {"concept": c.name, "key": t.key, "server": t.server, "tool": t.tool}
                for c in self.concepts.values()
                for t in c.tools
            ],
        }


def build_catalog() -> Catalog:
    subdomains: dict[str, Subdomain] = {}
    concepts: dict[str, Concept] = {}
    for module in ALL:
        subdomain: Subdomain = module.SUBDOMAIN
        if subdomain.name in subdomains:
            raise CatalogError(f"duplicate subdomain {subdomain.name}")
        subdomains[subdomain.name] = subdomain
        for c in module.CONCEPTS:
            if c.name in concepts:
                raise CatalogError(f"duplicate concept {c.name}")
            concepts[c.name] = c
    for name, links in TOOL_LINKS.items():
        if name not in concepts:
            raise CatalogError(f"tool links for unknown concept {name}")
        concepts[name] = replace(concepts[name], tools=tuple(ToolRef(server, tool) for server, tool in links))
    for a, b in RELATED_PAIRS:
        if a not in concepts or b not in concepts:
            raise CatalogError(f"related pair ({a}, {b}) names an unknown concept")
        if b not in concepts[a].related and a not in concepts[b].related:
            concepts[a] = replace(concepts[a], related=(*concepts[a].related, b))
    catalog = Catalog(subdomains, concepts, dict(QUANTITIES))
    validate(catalog)
    return catalog


def validate(catalog: Catalog) -> None:
    """Structural checks (names, references, symbols, DAG); the physics is checked by tests."""
    formula_names: set[str] = set()
    for c in catalog.concepts.values():
        if not NAME_PATTERN.match(c.name):
            raise CatalogError(f"concept name {c.name!r} must match {NAME_PATTERN.pattern}")
        if c.subdomain not in catalog.subdomains:
            raise CatalogError(f"{c.name}: unknown subdomain {c.subdomain}")
        for ref in (*c.requires, *c.related):
            if ref not in catalog.concepts:
                raise CatalogError(f"{c.name}: unknown concept {ref}")
            if ref == c.name:
                raise CatalogError(f"{c.name} refers to itself")
        for f in c.formulas:
            if f.name in formula_names:
                raise CatalogError(f"duplicate formula {f.name}")
            formula_names.add(f.name)
            symbols = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", f.expression)) - {
                "sqrt",
                "sin",
                "cos",
                "tan",
                "exp",
                "ln",
                "log10",
                "pi",
            }
            if symbols != set(f.variables):
                raise CatalogError(f"formula {f.name}: symbols {sorted(symbols)} != variables {sorted(f.variables)}")
            for quantity in f.variables.values():
                if quantity not in catalog.quantities:
                    raise CatalogError(f"formula {f.name}: unknown quantity {quantity}")
    cycle = dag.find_cycle(catalog.requires)
    if cycle:
        raise dag.CycleError(cycle)


CATALOG = build_catalog()
