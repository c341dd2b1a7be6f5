"""Classes: instructors create them and enroll students; admins see all."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from physics_assistant.core.tokens import Principal
from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import Forbidden
from physics_assistant.database_api.postgres import classes
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import ClassDetail, ClassIn, ClassOut, ClassPage, EnrollIn

router = APIRouter(prefix="/v1/classes", tags=["classes"])

MAX_ID = 2**63 - 1
ClassId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _require_instructor(principal: Principal) -> None:
    if not principal.is_instructor:
        raise Forbidden("only instructors and admins manage classes")


@router.post("", status_code=201, response_model=ClassOut, responses=responses(401, 403, 409))
async def create_class(body: ClassIn, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    _require_instructor(principal)
    return await classes.create_class(stores.postgres, user_id_of(principal), body.name)


@router.get("", response_model=ClassPage, responses=responses(401, 403))
async def list_classes(
    principal: PrincipalDep,
    stores: StoresDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """Your classes (all classes for an admin)."""
    _require_instructor(principal)
    items, total = await classes.list_classes(
        stores.postgres, user_id_of(principal), principal.role, limit=limit, offset=offset
    )
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/{class_id}", response_model=ClassDetail, responses=responses(401, 403, 404))
async def get_class(class_id: ClassId, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    _require_instructor(principal)
    return await classes.get_class(stores.postgres, class_id, user_id_of(principal), principal.role)


@router.post("/{class_id}/students", response_model=ClassDetail, responses=responses(401, 403, 404))
async def enroll(class_id: ClassId, body: EnrollIn, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    """Enroll students by username, all or none (one unknown name and nothing is written).
    Enrolling someone already in the class is a no-op."""
    _require_instructor(principal)
    return await classes.enroll(stores.postgres, class_id, user_id_of(principal), principal.role, body.usernames)


@router.delete(
    "/{class_id}/students/{student_id}", status_code=204, response_class=Response, responses=responses(401, 403, 404)
)
async def remove_student(
    class_id: ClassId, student_id: Annotated[int, Path(ge=1, le=MAX_ID)], principal: PrincipalDep, stores: StoresDep
) -> Response:
    _require_instructor(principal)
    await classes.remove_student(stores.postgres, class_id, user_id_of(principal), principal.role, student_id)
    return Response(status_code=204)
