"""The knowledge graph: concepts, prerequisites, related concepts, subdomains, learning paths.

Concept reads are public (no token; the per-address rate limit applies) and cached in Redis for
CACHE_TTL_S. The learning path is personal: it needs a token and reads the caller's mastery.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel

from physics_assistant.database_api import mastery
from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import NotFound
from physics_assistant.database_api.graph import dag, queries
from physics_assistant.database_api.postgres import progress
from physics_assistant.database_api.redis_store.cache import cache_key
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import (
    CONCEPT_NAME_PATTERN,
    ConceptDetail,
    ConceptPage,
    LearningPathOut,
    PrerequisitesOut,
    RelatedOut,
    SubdomainOut,
)
from physics_assistant.database_api.stores import Stores

router = APIRouter(prefix="/v1", tags=["knowledge graph"])

ConceptName = Annotated[
    str,
    Path(
        pattern=CONCEPT_NAME_PATTERN, description="concept name, e.g. projectile_motion", examples=["projectile_motion"]
    ),
]
JSON = "application/json"


async def cached(stores: Stores, key: str, model: type[BaseModel], compute: Callable[[], Awaitable[Any]]) -> Response:
    """Serve `compute()` (validated as `model`) from the response cache."""

    async def render() -> bytes:
        return model.model_validate(await compute()).model_dump_json().encode()

    return Response(await stores.cache.get_or_compute(key, render), media_type=JSON)


async def _require_concept(stores: Stores, name: str) -> None:
    if not await queries.concept_exists(stores.graph, name):
        raise NotFound(f"concept {name!r} not found")


@router.get("/concepts", response_model=ConceptPage, responses=responses())
async def list_concepts(
    stores: StoresDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    subdomain: Annotated[str | None, Query(pattern=CONCEPT_NAME_PATTERN)] = None,
    q: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9 _'-]{1,64}$", description="text in the name or title")] = None,
) -> Response:
    """Concepts from the foundations up (shallowest first)."""

    async def compute() -> dict[str, Any]:
        items, total = await queries.list_concepts(
            stores.graph, limit=limit, offset=offset, subdomain=subdomain, search=q
        )
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    return await cached(stores, cache_key("concepts", limit, offset, subdomain, q), ConceptPage, compute)


@router.get("/subdomains", response_model=list[SubdomainOut], responses=responses())
async def list_subdomains(stores: StoresDep) -> Response:
    async def compute() -> list[dict[str, Any]]:
        return await queries.list_subdomains(stores.graph)

    async def render() -> bytes:
        rows = await compute()
        return ("[" + ",".join(SubdomainOut.model_validate(r).model_dump_json() for r in rows) + "]").encode()

    return Response(await stores.cache.get_or_compute(cache_key("subdomains"), render), media_type=JSON)


@router.get("/concepts/{name}", response_model=ConceptDetail, responses=responses(404))
async def get_concept(name: ConceptName, stores: StoresDep) -> Response:
    """A concept with its formulas (variables and SI units), prerequisites and the MCP tools that compute it."""

    async def compute() -> dict[str, Any]:
        concept = await queries.get_concept(stores.graph, name)
        if concept is None:
            raise NotFound(f"concept {name!r} not found")
        return concept

    return await cached(stores, cache_key("concept", name), ConceptDetail, compute)


@router.get("/concepts/{name}/prerequisites", response_model=PrerequisitesOut, responses=responses(404))
async def get_prerequisites(
    name: ConceptName,
    stores: StoresDep,
    transitive: Annotated[
        bool, Query(description="all prerequisites down to the foundations, not just direct ones")
    ] = False,
) -> Response:
    async def compute() -> dict[str, Any]:
        items = await queries.prerequisites(stores.graph, name, transitive=transitive)
        if not items:
            await _require_concept(stores, name)
        return {"concept": name, "transitive": transitive, "items": items}

    return await cached(stores, cache_key("prerequisites", name, transitive), PrerequisitesOut, compute)


@router.get("/concepts/{name}/related", response_model=RelatedOut, responses=responses(404))
async def get_related(name: ConceptName, stores: StoresDep) -> Response:
    """Explicitly related concepts, concepts that build on this one, then the rest of its subdomain."""

    async def compute() -> dict[str, Any]:
        items = await queries.related(stores.graph, name)
        if not items:
            await _require_concept(stores, name)
        return {"concept": name, "items": items}

    return await cached(stores, cache_key("related", name), RelatedOut, compute)


@router.get("/learning-path", response_model=LearningPathOut, responses=responses(401, 404))
async def learning_path(
    principal: PrincipalDep,
    stores: StoresDep,
    target: Annotated[
        str, Query(pattern=CONCEPT_NAME_PATTERN, description="the concept to learn", examples=["projectile_motion"])
    ],
) -> dict[str, Any]:
    """Everything `target` builds on that the caller has not mastered yet, in an order that
    respects prerequisites (foundations first), ending with the target itself."""
    subgraph = await queries.prerequisite_subgraph(stores.graph, target)
    if not subgraph:
        raise NotFound(f"concept {target!r} not found")
    by_name = {row["name"]: row for row in subgraph}
    order = dag.topological_order(
        {name: [p for p in row["prerequisites"] if p in by_name] for name, row in by_name.items()},
        rank={name: f"{row['depth']:04d}" for name, row in by_name.items()},
    )
    known = await progress.mastery_of(stores.postgres, user_id_of(principal), order)
    steps, mastered = [], []
    for name in order:
        row = by_name[name]
        state = known.get(name, {"mastery": 0.0, "attempts": 0})
        if mastery.is_mastered(state["mastery"], state["attempts"]):
            mastered.append(name)
            continue
        steps.append(
            {k: row[k] for k in ("name", "title", "subdomain", "description", "depth")}
            | {"mastery": state["mastery"], "attempts": state["attempts"]}
        )
    return {"target": target, "steps": steps, "already_mastered": mastered}
