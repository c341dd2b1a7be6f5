import math
import random
from typing import Any

import pytest

from physics_assistant.database_api.graph import dag
from physics_assistant.database_api.graph.catalog import CATALOG
from physics_assistant.physics.units import ureg

REQUIRED_SUBDOMAINS = {
    "kinematics",
    "forces",
    "energy",
    "momentum",
    "rotation",
    "oscillations",
    "waves",
    "thermodynamics",
    "electrostatics",
    "magnetism",
}


def test_size_and_coverage() -> None:
    assert len(CATALOG.concepts) >= 100
    assert len(CATALOG.subdomains) >= 10
    assert set(CATALOG.subdomains) >= REQUIRED_SUBDOMAINS
    for subdomain in CATALOG.subdomains:
        members = [c for c in CATALOG.concepts.values() if c.subdomain == subdomain]
        assert len(members) >= 5, subdomain


def test_prerequisites_form_a_dag() -> None:
    assert dag.find_cycle(CATALOG.requires) is None
    order = dag.topological_order(CATALOG.requires)
    position = {name: i for i, name in enumerate(order)}
    assert len(order) == len(CATALOG.concepts)
    for name, prereqs in CATALOG.requires.items():
        for p in prereqs:
            assert position[p] < position[name], f"{p} must come before {name}"


def test_every_concept_is_connected_to_a_root_in_foundations() -> None:
    roots = dag.roots(CATALOG.requires)
    assert roots, "a DAG has at least one root"
    assert {CATALOG.concepts[r].subdomain for r in roots} == {"foundations"}
    for name in CATALOG.concepts:
        if name not in roots:
            assert dag.ancestors(CATALOG.requires, name) & roots, f"{name} does not reach a root"
    assert len(dag.weakly_connected_components(CATALOG.requires)) == 1


def test_every_formula_variable_has_a_unit_pint_understands() -> None:
    for quantity in CATALOG.quantities.values():
        if quantity.unit != "dB":
            ureg.Quantity(1.0, quantity.unit)
    used = {q for f in CATALOG.formulas.values() for q in f.variables.values()}
    assert used <= set(CATALOG.quantities)
    assert len(CATALOG.formulas) >= 100


def _value(unit: str, rng: random.Random) -> object:
    # Distinct random magnitudes, so differences like (v1 - v2) are never zero.
    magnitude = rng.uniform(1.1, 3.0)
    if unit in ("dimensionless", "dB"):
        return ureg.Quantity(magnitude, "dimensionless")
    return ureg.Quantity(magnitude, unit)


def _dimensionless(x: Any) -> float:
    q = x if hasattr(x, "to") else ureg.Quantity(x)
    assert q.dimensionless, f"a function argument has units {q.units}"
    return float(q.to("dimensionless").magnitude)


FUNCTIONS = {
    "sqrt": lambda x: x**0.5,
    "sin": lambda x: math.sin(_dimensionless(x)),
    "cos": lambda x: math.cos(_dimensionless(x)),
    "tan": lambda x: math.tan(_dimensionless(x)),
    "exp": lambda x: math.exp(_dimensionless(x)),
    "ln": lambda x: math.log(_dimensionless(x)),
    "log10": lambda x: math.log10(_dimensionless(x)),
    "pi": math.pi,
}


@pytest.mark.parametrize("name", sorted(CATALOG.formulas))
def test_formula_is_dimensionally_consistent(name: str) -> None:
    formula = CATALOG.formulas[name]
    rng = random.Random(name)
    namespace = dict(FUNCTIONS)
    namespace.update({symbol: _value(CATALOG.quantities[q].unit, rng) for symbol, q in formula.variables.items()})
    lhs, rhs = formula.expression.split(" = ")
    # Our own constant expressions, evaluated with pint quantities to compare dimensions.
    left = eval(lhs, {"__builtins__": {}}, namespace)
    right = eval(rhs, {"__builtins__": {}}, namespace)
    left = left if hasattr(left, "dimensionality") else ureg.Quantity(left)
    right = right if hasattr(right, "dimensionality") else ureg.Quantity(right)
    assert left.dimensionality == right.dimensionality, f"{formula.expression}: {left.units} vs {right.units}"


def test_rows_are_consistent_and_version_is_stable() -> None:
    rows = CATALOG.as_rows()
    assert len(rows["concepts"]) == len(CATALOG.concepts)
    assert len(rows["prerequisites"]) == sum(len(c.requires) for c in CATALOG.concepts.values())
    assert CATALOG.version == CATALOG.version and len(CATALOG.version) == 16
