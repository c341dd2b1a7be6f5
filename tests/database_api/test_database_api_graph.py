"""The knowledge graph through the API and directly in the Bolt server it was loaded into."""

from __future__ import annotations

import httpx
from neo4j import GraphDatabase
from prometheus_client.parser import text_string_to_metric_families

from physics_assistant.database_api.graph.catalog import CATALOG


def _cypher(server, query: str, **params: object) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    bolt = server.bolt
    with GraphDatabase.driver(bolt.uri, auth=(bolt.user, bolt.password)) as driver:
        records, _, _ = driver.execute_query(query, params, database_=bolt.database)
        return [r.data() for r in records]


def test_loaded_graph_matches_the_catalog(database_api_server) -> None:  # type: ignore[no-untyped-def]
    concepts = _cypher(database_api_server, "MATCH (c:Concept) RETURN count(c) AS n")[0]["n"]
    subdomains = _cypher(database_api_server, "MATCH (s:Subdomain) RETURN count(s) AS n")[0]["n"]
    assert concepts == len(CATALOG.concepts) >= 100 and subdomains == len(CATALOG.subdomains) >= 10
    edges = _cypher(
        database_api_server, "MATCH (c:Concept)-[:PREREQUISITE]->(p:Concept) RETURN c.name AS c, p.name AS p"
    )
    assert {(e["c"], e["p"]) for e in edges} == {(c.name, p) for c in CATALOG.concepts.values() for p in c.requires}
    units = _cypher(
        database_api_server,
        "MATCH (f:Formula {name: 'newtons_second_law'})-[v:HAS_VARIABLE]->(q:Quantity) "
        "RETURN v.symbol AS s, q.unit AS u",
    )
    assert {(r["s"], r["u"]) for r in units} == {("F", "N"), ("m", "kg"), ("a", "m/s**2")}


def test_graph_in_the_database_is_acyclic_and_rooted(database_api_server) -> None:  # type: ignore[no-untyped-def]
    # Proven on the stored graph, not only on the Python catalog.
    cyclic = _cypher(
        database_api_server,
        "MATCH (c:Concept) WHERE EXISTS { MATCH (c)-[:PREREQUISITE*1..]->(c) } RETURN count(c) AS n",
    )
    assert cyclic[0]["n"] == 0
    roots: set[str] = {
        str(r["name"])
        for r in _cypher(
            database_api_server,
            "MATCH (c:Concept) WHERE NOT EXISTS { MATCH (c)-[:PREREQUISITE]->(:Concept) } RETURN c.name AS name",
        )
    }
    assert roots and all(CATALOG.concepts[r].subdomain == "foundations" for r in roots)
    reached = _cypher(
        database_api_server,
        "MATCH (c:Concept) OPTIONAL MATCH (c)-[:PREREQUISITE*0..]->(r:Concept) WHERE r.name IN $roots "
        "WITH c, count(r) AS reached WHERE reached = 0 RETURN collect(c.name) AS orphans",
        roots=sorted(roots),
    )
    assert reached[0]["orphans"] == []


def test_concept_listing_and_filters(api: httpx.Client) -> None:
    page = api.get("/v1/concepts", params={"limit": 20, "offset": 0}).json()
    assert page["total"] == len(CATALOG.concepts) and len(page["items"]) == 20
    assert page["items"][0]["depth"] == 0  # foundations first
    everything = []
    for offset in range(0, page["total"], 200):
        everything += api.get("/v1/concepts", params={"limit": 200, "offset": offset}).json()["items"]
    assert len({c["name"] for c in everything}) == len(CATALOG.concepts)
    waves = api.get("/v1/concepts", params={"subdomain": "waves"}).json()
    assert waves["total"] >= 5 and {c["subdomain"] for c in waves["items"]} == {"waves"}
    search = api.get("/v1/concepts", params={"q": "Pendulum"}).json()
    assert {c["name"] for c in search["items"]} >= {"simple_pendulum", "physical_pendulum"}
    assert api.get("/v1/concepts", params={"limit": 0}).status_code == 422
    assert api.get("/v1/concepts", params={"limit": 201}).status_code == 422
    assert api.get("/v1/concepts", params={"q": "drop table;"}).status_code == 422
    subdomains = api.get("/v1/subdomains").json()
    assert len(subdomains) == len(CATALOG.subdomains) and sum(s["concepts"] for s in subdomains) == len(
        CATALOG.concepts
    )


def test_concept_detail_prerequisites_and_related(api: httpx.Client) -> None:
    concept = api.get("/v1/concepts/inclined_plane").json()
    assert concept["subdomain"] == "forces" and set(concept["prerequisites"]) == set(
        CATALOG.concepts["inclined_plane"].requires
    )
    formula = next(f for f in concept["formulas"] if f["name"] == "incline_acceleration")
    assert {v["symbol"]: v["unit"] for v in formula["variables"]} == {
        "a": "m/s**2",
        "g": "m/s**2",
        "theta": "rad",
        "mu_k": "dimensionless",
    }

    direct = api.get("/v1/concepts/inclined_plane/prerequisites").json()
    assert {i["name"] for i in direct["items"]} == set(CATALOG.concepts["inclined_plane"].requires)
    assert all(i["distance"] == 1 for i in direct["items"])
    everything = api.get("/v1/concepts/inclined_plane/prerequisites", params={"transitive": "true"}).json()
    names = {i["name"] for i in everything["items"]}
    assert names >= {"si_units", "newtons_second_law", "weight"} and "inclined_plane" not in names
    assert {"si_units", "algebra"} & names
    assert min(i["distance"] for i in everything["items"]) == 1
    assert api.get("/v1/concepts/si_units/prerequisites").json()["items"] == []

    related = api.get("/v1/concepts/static_friction/related").json()["items"]
    kinds = {i["name"]: i["relation"] for i in related}
    assert kinds["kinetic_friction"] == "related" and kinds["inclined_plane"] == "builds_on_this"


def test_unknown_and_malformed_concepts(api: httpx.Client) -> None:
    assert api.get("/v1/concepts/no_such_thing").status_code == 404
    assert api.get("/v1/concepts/no_such_thing/prerequisites").status_code == 404
    assert api.get("/v1/concepts/no_such_thing/related").status_code == 404
    assert api.get("/v1/concepts/Not-A-Name").status_code == 422
    assert api.get("/v1/concepts/x' OR 1=1").status_code == 422


def test_graph_answers_are_cached(api: httpx.Client) -> None:
    def hits() -> float:
        for family in text_string_to_metric_families(api.get("/metrics").text):
            for sample in family.samples:
                if sample.name == "pa_cache_requests_total" and sample.labels.get("result") == "hit":
                    return sample.value
        return 0.0

    first = api.get("/v1/concepts/torque/related").json()
    before = hits()
    assert api.get("/v1/concepts/torque/related").json() == first
    assert hits() == before + 1
