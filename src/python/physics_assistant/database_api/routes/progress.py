"""A student's progress: mastery per concept and a summary of their interactions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from physics_assistant.database_api import mastery
from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import NotFound
from physics_assistant.database_api.graph.catalog import CATALOG
from physics_assistant.database_api.postgres import progress, users
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import ProgressOut

router = APIRouter(prefix="/v1/progress", tags=["progress"])


async def progress_of(stores: Any, user_id: int) -> dict[str, Any]:
    rows = await progress.concept_progress(stores.postgres, user_id)
    totals = await progress.summary(stores.postgres, user_id)
    concepts = []
    for row in rows:
        known = CATALOG.concepts.get(row["concept"])
        concepts.append(
            row
            | {
                "title": known.title if known else None,
                "subdomain": known.subdomain if known else None,
                "mastered": mastery.is_mastered(row["mastery"], row["attempts"]),
            }
        )
    interactions = int(totals["interactions"])
    summary = totals | {
        "success_rate": (int(totals["successes"]) / interactions) if interactions else 0.0,
        "concepts_attempted": len(concepts),
        "concepts_mastered": sum(1 for c in concepts if c["mastered"]),
    }
    return {"user_id": user_id, "summary": summary, "concepts": concepts}


@router.get("/me", response_model=ProgressOut, responses=responses(401))
async def my_progress(principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    return await progress_of(stores, user_id_of(principal))


@router.get("/{user_id}", response_model=ProgressOut, responses=responses(401, 404))
async def student_progress(
    user_id: Annotated[int, Path(ge=1, le=2**63 - 1)], principal: PrincipalDep, stores: StoresDep
) -> dict[str, Any]:
    """A student's progress, for their instructors and admins (and the student)."""
    if not await users.can_view_user(stores.postgres, user_id_of(principal), principal.role, user_id):
        raise NotFound(f"user {user_id} not found")
    return await progress_of(stores, user_id)
