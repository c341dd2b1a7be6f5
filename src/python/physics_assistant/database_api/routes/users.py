"""The caller's account and preferences; other users for admins and their instructors; roles."""

from __future__ import annotations

from typing import Annotated, Any

import asyncpg
from fastapi import APIRouter, Body, Path

from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import Conflict, Forbidden, NotFound
from physics_assistant.database_api.postgres import users
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import Preferences, RoleIn, UserOut

router = APIRouter(prefix="/v1/users", tags=["users"])

MAX_ID = 2**63 - 1
UserId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("/me", response_model=UserOut, responses=responses(401, 404))
async def me(principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    user = await users.get_user(stores.postgres, user_id_of(principal))
    if user is None:
        raise NotFound("the user this token was issued to no longer exists")
    return user


@router.get("/me/preferences", response_model=dict[str, Any], responses=responses(401))
async def get_preferences(principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    return await users.get_preferences(stores.postgres, user_id_of(principal))


@router.put("/me/preferences", response_model=dict[str, Any], responses=responses(401, 404))
async def put_preferences(
    principal: PrincipalDep, stores: StoresDep, preferences: Annotated[Preferences, Body()]
) -> dict[str, Any]:
    """Replace the caller's preferences (a JSON object of at most 16 KiB)."""
    try:
        return await users.put_preferences(stores.postgres, user_id_of(principal), preferences)
    except asyncpg.ForeignKeyViolationError:
        raise NotFound("the user this token was issued to no longer exists") from None


@router.get("/{user_id}", response_model=UserOut, responses=responses(401, 404))
async def get_user(user_id: UserId, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    """Yourself; any user for an admin; a student in one of your classes for an instructor."""
    if not await users.can_view_user(stores.postgres, user_id_of(principal), principal.role, user_id):
        raise NotFound(f"user {user_id} not found")
    user = await users.get_user(stores.postgres, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    return user


@router.patch("/{user_id}/role", response_model=UserOut, responses=responses(401, 403, 404, 409))
async def set_role(user_id: UserId, body: RoleIn, principal: PrincipalDep, stores: StoresDep) -> dict[str, Any]:
    """Admins only. The new role is in the user's tokens from their next login or refresh."""
    if not principal.is_admin:
        raise Forbidden("only admins can change roles")
    if user_id == user_id_of(principal):
        # Keeps the last admin from locking everyone out by accident.
        raise Conflict("user_id", "admins cannot change their own role")
    user = await users.set_role(stores.postgres, user_id, body.role)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    return user
