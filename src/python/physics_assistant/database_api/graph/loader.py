"""`load-graph`: write the catalog to Neo4j idempotently (MERGE, then prune what is no longer there).

Schema statements (constraints, indexes) run first, each on its own, because neither Neo4j nor
ArcadeDB mixes schema and data changes in one transaction. All data then goes in ONE write
transaction: a failure leaves the previous graph untouched. Running it twice changes nothing.
"""

from __future__ import annotations

import logging
from typing import Any

import neo4j

from physics_assistant.database_api.graph.catalog import Catalog

log = logging.getLogger(__name__)

SCHEMA = (
    "CREATE CONSTRAINT subdomain_name IF NOT EXISTS FOR (s:Subdomain) REQUIRE s.name IS UNIQUE",
    "CREATE CONSTRAINT concept_name IF NOT EXISTS FOR (c:Concept) REQUIRE c.name IS UNIQUE",
    "CREATE CONSTRAINT formula_name IF NOT EXISTS FOR (f:Formula) REQUIRE f.name IS UNIQUE",
    "CREATE CONSTRAINT quantity_name IF NOT EXISTS FOR (q:Quantity) REQUIRE q.name IS UNIQUE",
    # One property, not a composite key: composite uniqueness is not in every Neo4j edition.
    "CREATE CONSTRAINT tool_key IF NOT EXISTS FOR (t:Tool) REQUIRE t.key IS UNIQUE",
    "CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE",
    "CREATE INDEX concept_subdomain IF NOT EXISTS FOR (c:Concept) ON (c.subdomain)",
)

# (description, Cypher) in order; every statement gets the same parameters (the catalog rows).
DATA = (
    (
        "subdomains",
        "UNWIND $subdomains AS row MERGE (s:Subdomain {name: row.name}) "
        "SET s.title = row.title, s.description = row.description",
    ),
    (
        "quantities",
        "UNWIND $quantities AS row MERGE (q:Quantity {name: row.name}) "
        "SET q.unit = row.unit, q.description = row.description",
    ),
    (
        "concepts",
        "UNWIND $concepts AS row MERGE (c:Concept {name: row.name}) "
        "SET c.title = row.title, c.subdomain = row.subdomain, c.description = row.description, c.depth = row.depth",
    ),
    (
        "concept subdomains",
        "UNWIND $concepts AS row MATCH (c:Concept {name: row.name}) MATCH (s:Subdomain {name: row.subdomain}) "
        "MERGE (c)-[:IN_SUBDOMAIN]->(s)",
    ),
    (
        "formulas",
        "UNWIND $formulas AS row MATCH (c:Concept {name: row.concept}) MERGE (f:Formula {name: row.name}) "
        "SET f.expression = row.expression, f.description = row.description MERGE (c)-[:HAS_FORMULA]->(f)",
    ),
    (
        "formula variables",
        "UNWIND $variables AS row MATCH (f:Formula {name: row.formula}) MATCH (q:Quantity {name: row.quantity}) "
        "MERGE (f)-[v:HAS_VARIABLE {symbol: row.symbol}]->(q)",
    ),
    (
        "prerequisites",
        "UNWIND $prerequisites AS row MATCH (c:Concept {name: row.concept}) "
        "MATCH (p:Concept {name: row.prerequisite}) MERGE (c)-[:PREREQUISITE]->(p)",
    ),
    (
        "related",
        "UNWIND $related AS row MATCH (a:Concept {name: row.a}) MATCH (b:Concept {name: row.b}) "
        "MERGE (a)-[:RELATED_TO]->(b)",
    ),
    (
        "tools",
        "UNWIND $tools AS row MATCH (c:Concept {name: row.concept}) MERGE (t:Tool {key: row.key}) "
        "SET t.server = row.server, t.name = row.tool MERGE (c)-[:COMPUTED_BY]->(t)",
    ),
    # Prune what the catalog no longer has, so a reload converges on exactly the catalog.
    (
        "prune stale prerequisites",
        "MATCH (c:Concept)-[r:PREREQUISITE]->(p:Concept) "
        "WHERE NOT {concept: c.name, prerequisite: p.name} IN $prerequisites DELETE r",
    ),
    (
        "prune stale related",
        "MATCH (a:Concept)-[r:RELATED_TO]->(b:Concept) WHERE NOT {a: a.name, b: b.name} IN $related DELETE r",
    ),
    (
        "prune stale tool links",
        "MATCH (c:Concept)-[r:COMPUTED_BY]->(t:Tool) "
        "WHERE NOT {concept: c.name, key: t.key, server: t.server, tool: t.name} IN $tools "
        "DELETE r",
    ),
    (
        "prune stale variables",
        "MATCH (f:Formula)-[r:HAS_VARIABLE]->(q:Quantity) "
        "WHERE NOT {formula: f.name, symbol: r.symbol, quantity: q.name} IN $variables DELETE r",
    ),
    ("prune stale formulas", "MATCH (f:Formula) WHERE NOT f.name IN $formula_names DETACH DELETE f"),
    ("prune stale concepts", "MATCH (c:Concept) WHERE NOT c.name IN $concept_names DETACH DELETE c"),
    ("prune stale tools", "MATCH (t:Tool) WHERE NOT EXISTS { MATCH (:Concept)-[:COMPUTED_BY]->(t) } DETACH DELETE t"),
    ("prune stale quantities", "MATCH (q:Quantity) WHERE NOT q.name IN $quantity_names DETACH DELETE q"),
    ("prune stale subdomains", "MATCH (s:Subdomain) WHERE NOT s.name IN $subdomain_names DETACH DELETE s"),
    (
        "version",
        "MERGE (m:GraphMeta {id: 'knowledge-graph'}) SET m.version = $version, m.concepts = size($concept_names)",
    ),
)


def parameters(catalog: Catalog) -> dict[str, Any]:
    rows: dict[str, Any] = dict(catalog.as_rows())
    rows["concept_names"] = [c["name"] for c in rows["concepts"]]
    rows["formula_names"] = [f["name"] for f in rows["formulas"]]
    rows["quantity_names"] = [q["name"] for q in rows["quantities"]]
    rows["subdomain_names"] = [s["name"] for s in rows["subdomains"]]
    rows["version"] = catalog.version
    return rows


async def load_graph(driver: neo4j.AsyncDriver, database: str, catalog: Catalog) -> dict[str, int]:
    """Create the schema and write the catalog; returns node counts by label afterwards."""
    for statement in SCHEMA:
        await driver.execute_query(statement, database_=database)
    params = parameters(catalog)

    async def write(tx: neo4j.AsyncManagedTransaction) -> None:
        for description, statement in DATA:
            result = await tx.run(statement, params)
            await result.consume()
            log.debug("graph load step", extra={"step": description})

    async with driver.session(database=database) as session:
        await session.execute_write(write)
    return await counts(driver, database)


async def counts(driver: neo4j.AsyncDriver, database: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for label in ("Subdomain", "Concept", "Formula", "Quantity", "Tool"):
        records, _, _ = await driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS n", database_=database)
        out[label] = int(records[0]["n"])
    for rel in ("PREREQUISITE", "RELATED_TO", "HAS_FORMULA", "HAS_VARIABLE", "COMPUTED_BY", "IN_SUBDOMAIN"):
        records, _, _ = await driver.execute_query(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n", database_=database)
        out[rel] = int(records[0]["n"])
    return out
