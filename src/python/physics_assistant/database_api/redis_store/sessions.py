"""Live tutoring sessions in Redis: a hash per session that expires `ttl_s` after its last activity.

Postgres keeps the durable row (who, when, how many interactions); Redis holds what is live, so an
idle session disappears on its own.
"""

from __future__ import annotations

import json
from typing import Any

import redis.asyncio as aioredis

from physics_assistant.database_api.redis_store.client import redis_errors

PREFIX = "pa:session:"


def _key(session_id: str) -> str:
    return f"{PREFIX}{session_id}"


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Postgres `sessions` row in the shape `put` stores (timestamps as ISO text)."""
    return row | {"created_at": row["created_at"].isoformat(), "last_activity_at": row["last_activity_at"].isoformat()}


async def put(client: aioredis.Redis, session: dict[str, Any], ttl_s: int) -> None:
    fields: dict[Any, Any] = {
        "id": session["id"],
        "user_id": str(session["user_id"]),
        "created_at": session["created_at"],
        "last_activity_at": session["last_activity_at"],
        "interaction_count": str(session.get("interaction_count", 0)),
        "metadata": json.dumps(session.get("metadata") or {}, allow_nan=False),
    }
    async with redis_errors(), client.pipeline(transaction=True) as pipe:
        pipe.hset(_key(session["id"]), mapping=fields)
        pipe.expire(_key(session["id"]), ttl_s)
        await pipe.execute()


async def get(client: aioredis.Redis, session_id: str) -> dict[str, Any] | None:
    """The live session with its remaining TTL, or None when unknown or expired."""
    async with redis_errors(), client.pipeline(transaction=True) as pipe:
        pipe.hgetall(_key(session_id))
        pipe.ttl(_key(session_id))
        raw, ttl = await pipe.execute()
    if not raw:
        return None
    data = {k.decode(): v.decode() for k, v in raw.items()}
    return {
        "id": data["id"],
        "user_id": int(data["user_id"]),
        "created_at": data["created_at"],
        "last_activity_at": data["last_activity_at"],
        "interaction_count": int(data.get("interaction_count", "0")),
        "metadata": json.loads(data.get("metadata", "{}")),
        "expires_in_s": max(int(ttl), 0),
    }
