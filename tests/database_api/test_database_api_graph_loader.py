"""`load-graph` against the real Bolt server: idempotent, prunes stale data, all-or-nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from neo4j import AsyncGraphDatabase

from physics_assistant.database_api.graph import loader
from physics_assistant.database_api.graph.catalog import CATALOG, Catalog
from physics_assistant.database_api.graph.model import concept


@pytest.fixture()
async def driver(bolt_server):  # type: ignore[no-untyped-def]
    bolt_server.clear()
    async with AsyncGraphDatabase.driver(bolt_server.uri, auth=(bolt_server.user, bolt_server.password)) as d:
        yield d


async def test_load_is_idempotent_and_complete(driver, bolt_server) -> None:  # type: ignore[no-untyped-def]
    first = await loader.load_graph(driver, bolt_server.database, CATALOG)
    second = await loader.load_graph(driver, bolt_server.database, CATALOG)
    assert first == second
    assert first["Concept"] == len(CATALOG.concepts) and first["Subdomain"] == len(CATALOG.subdomains)
    assert first["Formula"] == len(CATALOG.formulas) and first["IN_SUBDOMAIN"] == len(CATALOG.concepts)
    assert first["PREREQUISITE"] == sum(len(c.requires) for c in CATALOG.concepts.values())
    records, _, _ = await driver.execute_query(
        "MATCH (m:GraphMeta) RETURN m.version AS v", database_=bolt_server.database
    )
    assert [r["v"] for r in records] == [CATALOG.version]
    # Uniqueness is enforced by the database, not only by MERGE.
    with pytest.raises(Exception, match="(?i)duplicat|already exists|constraint"):
        await driver.execute_query("CREATE (:Concept {name: 'kinetic_energy'})", database_=bolt_server.database)


def _with_extra_concept(catalog: Catalog) -> Catalog:
    extra = concept("extra_concept", "Extra", "kinematics", "Only in this test.", requires=["free_fall"])
    return Catalog(catalog.subdomains, {**catalog.concepts, extra.name: extra}, catalog.quantities)


async def test_reload_prunes_what_the_catalog_dropped(driver, bolt_server) -> None:  # type: ignore[no-untyped-def]
    bigger = _with_extra_concept(CATALOG)
    counts = await loader.load_graph(driver, bolt_server.database, bigger)
    assert counts["Concept"] == len(CATALOG.concepts) + 1
    # An edge someone added by hand, not in the catalog, is removed too.
    await driver.execute_query(
        "MATCH (a:Concept {name: 'si_units'}), (b:Concept {name: 'work'}) MERGE (a)-[:PREREQUISITE]->(b)",
        database_=bolt_server.database,
    )
    counts = await loader.load_graph(driver, bolt_server.database, CATALOG)
    assert counts["Concept"] == len(CATALOG.concepts)
    assert counts["PREREQUISITE"] == sum(len(c.requires) for c in CATALOG.concepts.values())


async def test_a_failing_load_leaves_the_previous_graph(driver, bolt_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await loader.load_graph(driver, bolt_server.database, CATALOG)
    bigger = _with_extra_concept(CATALOG)
    renamed = replace(CATALOG.concepts["work"], title="Work (renamed)")
    bigger.concepts["work"] = renamed
    # A statement that fails after the new concept and title were written in the same transaction.
    monkeypatch.setattr(loader, "DATA", (*loader.DATA, ("boom", "UNWIND [1] AS x RETURN 1 / 0 AS boom")))
    with pytest.raises(Exception):  # noqa: B017 - the server's own error type for division by zero
        await loader.load_graph(driver, bolt_server.database, bigger)
    records, _, _ = await driver.execute_query(
        "MATCH (c:Concept) WHERE c.name IN ['extra_concept', 'work'] RETURN c.name AS name, c.title AS title",
        database_=bolt_server.database,
    )
    assert {r["name"]: r["title"] for r in records} == {"work": CATALOG.concepts["work"].title}
