"""Tutoring sessions: a durable row in Postgres and a live entry in Redis that expires when idle."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path

from physics_assistant.database_api.deps import PrincipalDep, StoresDep, user_id_of
from physics_assistant.database_api.errors import NotFound
from physics_assistant.database_api.postgres import sessions as stored_sessions
from physics_assistant.database_api.redis_store import sessions as live_sessions
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import SESSION_ID_PATTERN, SessionIn, SessionOut

router = APIRouter(prefix="/v1/sessions", tags=["sessions"])


@router.post("", status_code=201, response_model=SessionOut, responses=responses(401))
async def create_session(principal: PrincipalDep, stores: StoresDep, body: SessionIn | None = None) -> dict[str, Any]:
    """Start a session; pass its `id` as `session_id` when recording interactions."""
    metadata = body.metadata if body else {}
    session_id = uuid.uuid4().hex
    ttl = stores.settings.session_ttl_s
    # The Redis write happens inside the Postgres transaction: if it fails, the row is rolled back.
    async with stores.postgres.transaction() as conn:
        row = await conn.fetchrow(
            f"INSERT INTO sessions (id, user_id, metadata) VALUES ($1, $2, $3) RETURNING {stored_sessions.COLUMNS}",  # noqa: S608
            session_id,
            user_id_of(principal),
            metadata,
        )
        assert row is not None
        session = dict(row)
        await live_sessions.put(stores.redis, live_sessions.from_row(session), ttl)
    return session | {"active": True, "expires_in_s": ttl}


@router.get("/{session_id}", response_model=SessionOut, responses=responses(401, 404))
async def get_session(
    session_id: Annotated[str, Path(pattern=SESSION_ID_PATTERN)], principal: PrincipalDep, stores: StoresDep
) -> dict[str, Any]:
    """The session if it is yours (admins: anyone's); `active` is false once it expired."""
    me = user_id_of(principal)
    live = await live_sessions.get(stores.redis, session_id)
    if live is not None:
        if live["user_id"] != me and not principal.is_admin:
            raise NotFound(f"session {session_id} not found")
        return live | {"active": True}
    stored = await stored_sessions.get(stores.postgres, session_id)
    if stored is None or (stored["user_id"] != me and not principal.is_admin):
        raise NotFound(f"session {session_id} not found")
    return stored | {"active": False, "expires_in_s": None}
