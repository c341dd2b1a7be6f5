"""Knowledge-graph reads used by the API. Plain Cypher that Neo4j 5 and ArcadeDB both run."""

from __future__ import annotations

from typing import Any

from physics_assistant.database_api.graph.driver import Graph

CONCEPT_FIELDS = (
    "c.name AS name, c.title AS title, c.subdomain AS subdomain, c.description AS description, c.depth AS depth"
)


async def list_concepts(
    graph: Graph, *, limit: int, offset: int, subdomain: str | None, search: str | None
) -> tuple[list[dict[str, Any]], int]:
    where = (
        "WHERE ($subdomain IS NULL OR c.subdomain = $subdomain) "
        "AND ($search IS NULL OR toLower(c.name) CONTAINS $search OR toLower(c.title) CONTAINS $search)"
    )
    params = {"subdomain": subdomain, "search": search.lower() if search else None}
    items = await graph.read(
        f"MATCH (c:Concept) {where} RETURN {CONCEPT_FIELDS} ORDER BY c.depth, c.name SKIP $offset LIMIT $limit",
        offset=offset,
        limit=limit,
        **params,
    )
    total = await graph.read(f"MATCH (c:Concept) {where} RETURN count(c) AS total", **params)
    return items, int(total[0]["total"]) if total else 0


async def list_subdomains(graph: Graph) -> list[dict[str, Any]]:
    return await graph.read(
        "MATCH (s:Subdomain) OPTIONAL MATCH (c:Concept)-[:IN_SUBDOMAIN]->(s) "
        "RETURN s.name AS name, s.title AS title, s.description AS description, count(c) AS concepts ORDER BY s.name"
    )


async def get_concept(graph: Graph, name: str) -> dict[str, Any] | None:
    rows = await graph.read(f"MATCH (c:Concept {{name: $name}}) RETURN {CONCEPT_FIELDS}", name=name)
    if not rows:
        return None
    concept = rows[0]
    concept["prerequisites"] = [
        r["name"]
        for r in await graph.read(
            "MATCH (:Concept {name: $name})-[:PREREQUISITE]->(p:Concept) RETURN p.name AS name ORDER BY name", name=name
        )
    ]
    formulas = await graph.read(
        "MATCH (:Concept {name: $name})-[:HAS_FORMULA]->(f:Formula) "
        "OPTIONAL MATCH (f)-[v:HAS_VARIABLE]->(q:Quantity) "
        "RETURN f.name AS name, f.expression AS expression, f.description AS description, "
        "collect({symbol: v.symbol, quantity: q.name, unit: q.unit, description: q.description}) AS variables "
        "ORDER BY name",
        name=name,
    )
    for f in formulas:
        f["variables"] = sorted((v for v in f["variables"] if v.get("symbol") is not None), key=lambda v: v["symbol"])
    concept["formulas"] = formulas
    concept["tools"] = await graph.read(
        "MATCH (:Concept {name: $name})-[:COMPUTED_BY]->(t:Tool) "
        "RETURN t.server AS server, t.name AS tool ORDER BY server, tool",
        name=name,
    )
    return concept


async def concept_exists(graph: Graph, name: str) -> bool:
    return bool(await graph.read("MATCH (c:Concept {name: $name}) RETURN c.name AS name", name=name))


async def prerequisites(graph: Graph, name: str, *, transitive: bool) -> list[dict[str, Any]]:
    """Direct prerequisites, or all of them with `distance` = fewest PREREQUISITE hops from `name`."""
    if not transitive:
        rows = await graph.read(
            f"MATCH (:Concept {{name: $name}})-[:PREREQUISITE]->(c:Concept) "
            f"RETURN {CONCEPT_FIELDS} ORDER BY c.depth DESC, c.name",
            name=name,
        )
        return [{**r, "distance": 1} for r in rows]
    subgraph = await prerequisite_subgraph(graph, name)
    distance = _bfs_distances(name, {row["name"]: row["prerequisites"] for row in subgraph})
    items = [
        {k: row[k] for k in ("name", "title", "subdomain", "description", "depth")}
        | {"distance": distance[row["name"]]}
        for row in subgraph
        if row["name"] != name
    ]
    items.sort(key=lambda r: (r["distance"], -r["depth"], r["name"]))
    return items


async def prerequisite_subgraph(graph: Graph, name: str) -> list[dict[str, Any]]:
    """`name` and every concept it depends on, each with its direct prerequisites.

    One query; the distances and the teaching order are computed in Python (cheap, and avoids
    path enumeration, which grows quickly on a DAG with many paths)."""
    return await graph.read(
        "MATCH (:Concept {name: $name})-[:PREREQUISITE*0..]->(c:Concept) WITH DISTINCT c "
        "OPTIONAL MATCH (c)-[:PREREQUISITE]->(p:Concept) "
        f"RETURN {CONCEPT_FIELDS}, collect(p.name) AS prerequisites",
        name=name,
    )


def _bfs_distances(start: str, requires: dict[str, list[str]]) -> dict[str, int]:
    distance = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for p in requires.get(node, []):
                if p not in distance:
                    distance[p] = distance[node] + 1
                    nxt.append(p)
        frontier = nxt
    return distance


async def related(graph: Graph, name: str) -> list[dict[str, Any]]:
    """Explicitly related concepts (either direction) and the concepts that build directly on `name`."""
    rel = await graph.read(
        f"MATCH (:Concept {{name: $name}})-[:RELATED_TO]-(c:Concept) RETURN DISTINCT {CONCEPT_FIELDS}", name=name
    )
    dependents = await graph.read(
        f"MATCH (:Concept {{name: $name}})<-[:PREREQUISITE]-(c:Concept) RETURN {CONCEPT_FIELDS}", name=name
    )
    same = await graph.read(
        "MATCH (x:Concept {name: $name}) MATCH (c:Concept) WHERE c.subdomain = x.subdomain AND c.name <> x.name "
        f"RETURN {CONCEPT_FIELDS}",
        name=name,
    )
    items: dict[str, dict[str, Any]] = {}
    for relation, rows in (("related", rel), ("builds_on_this", dependents), ("same_subdomain", same)):
        for row in rows:
            items.setdefault(row["name"], {**row, "relation": relation})
    order = {"related": 0, "builds_on_this": 1, "same_subdomain": 2}
    return sorted(items.values(), key=lambda r: (order[r["relation"]], r["depth"], r["name"]))


async def graph_version(graph: Graph) -> str | None:
    rows = await graph.read("MATCH (m:GraphMeta {id: 'knowledge-graph'}) RETURN m.version AS version")
    return rows[0]["version"] if rows else None
