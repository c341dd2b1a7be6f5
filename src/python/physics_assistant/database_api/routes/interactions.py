"""Recording tutoring interactions (by the student, or by the tutor on their behalf) and reading them."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from physics_assistant.core.http import ServiceUnavailable
from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import Invalid
from physics_assistant.database_api.graph.catalog import CATALOG
from physics_assistant.database_api.metrics import INTERACTIONS_RECORDED, topic_label
from physics_assistant.database_api.postgres import interactions
from physics_assistant.database_api.redis_store import sessions as live_sessions
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import (
    SESSION_ID_PATTERN,
    InteractionIn,
    InteractionOut,
    InteractionPage,
    ToolUse,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/interactions", tags=["interactions"])

MAX_ID = 2**63 - 1


def normalise_tools(tools_used: list[ToolUse | str]) -> list[dict[str, Any]]:
    out = []
    for item in tools_used:
        if isinstance(item, str):
            server, _, tool = item.rpartition("/")
            out.append({"server": server or None, "tool": tool, "arguments": None})
        else:
            out.append(item.model_dump())
    return out


def concepts_for(explicit: list[str], tools: list[dict[str, Any]]) -> list[str]:
    """Explicit concepts (must exist in the knowledge graph) plus those linked to the tools used."""
    unknown = sorted(set(explicit) - set(CATALOG.concepts))
    if unknown:
        raise Invalid("concepts", f"unknown concepts: {', '.join(unknown)}")
    found = set(explicit)
    for tool in tools:
        key = f"{tool['server']}/{tool['tool']}" if tool.get("server") else tool["tool"]
        found.update(CATALOG.concepts_by_tool.get(key, CATALOG.concepts_by_tool.get(tool["tool"], ())))
    return sorted(found)


@router.post("", status_code=201, response_model=InteractionOut, responses=responses(401, 403, 404))
async def record(body: InteractionIn, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    """Record one question and its answer for the caller (the tutor forwards the student's token).

    Updates the caller's per-concept mastery (concepts given explicitly and those linked to the
    tools used) and the session's activity in the same transaction. A `session_id` that does not
    exist yet is created for the caller; one that belongs to someone else is refused (403).
    """
    data = body.model_dump()
    data["tools_used"] = normalise_tools(body.tools_used)
    if data["answer"] is None:
        data["answer"] = {}
    concepts = concepts_for(body.concepts, data["tools_used"])
    row, session = await interactions.record(stores.postgres, user_id_of(principal), data, concepts)
    INTERACTIONS_RECORDED.labels(topic_label(body.topic), "true" if body.success else "false").inc()
    if session is not None:
        try:
            await live_sessions.put(stores.redis, live_sessions.from_row(session), stores.settings.session_ttl_s)
        except ServiceUnavailable:
            # The durable record is written; keeping the live session warm is best effort.
            log.warning("could not refresh live session", extra={"session_id": body.session_id})
    return row


@router.get("", response_model=InteractionPage, responses=responses(401))
async def list_interactions(
    principal: PrincipalDep,
    stores: StoresDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    user_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="only this student's (if visible to you)")
    ] = None,
    topic: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9 _.-]{1,64}$")] = None,
    session_id: Annotated[str | None, Query(pattern=SESSION_ID_PATTERN)] = None,
) -> dict[str, Any]:
    """Newest first. Students see their own; instructors also their classes'; admins everything."""
    items, total = await interactions.list_visible(
        stores.postgres,
        user_id_of(principal),
        principal.role,
        limit=limit,
        offset=offset,
        user_id=user_id,
        topic=topic,
        session_id=session_id,
    )
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/{interaction_id}", response_model=InteractionOut, responses=responses(401, 404))
async def get_interaction(
    interaction_id: Annotated[int, Path(ge=1, le=MAX_ID)], principal: PrincipalDep, stores: StoresDep
) -> dict[str, Any]:
    return await interactions.get(stores.postgres, interaction_id, user_id_of(principal), principal.role)
