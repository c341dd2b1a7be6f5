"""Tutoring sessions: Redis TTL for the live part, Postgres for the record."""

from __future__ import annotations

import time

import httpx
import redis


def test_create_get_and_activity(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    created = api.post("/v1/sessions", json={"metadata": {"course": "mechanics"}}, headers=user.headers)
    assert created.status_code == 201
    session = created.json()
    assert session["active"] and session["metadata"] == {"course": "mechanics"} and 0 < session["expires_in_s"] <= 3600
    for _ in range(2):
        assert (
            api.post("/v1/interactions", json=interaction(session_id=session["id"]), headers=user.headers).status_code
            == 201
        )
    got = api.get(f"/v1/sessions/{session['id']}", headers=user.headers).json()
    assert got["interaction_count"] == 2 and got["active"] and got["user_id"] == user.id
    listed = api.get("/v1/interactions", params={"session_id": session["id"]}, headers=user.headers).json()
    assert listed["total"] == 2
    assert api.post("/v1/sessions", headers=user.headers).status_code == 201  # body is optional


def test_other_peoples_sessions_are_invisible_and_unusable(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    owner, intruder = make_user(), make_user()
    session = api.post("/v1/sessions", json={}, headers=owner.headers).json()
    assert api.get(f"/v1/sessions/{session['id']}", headers=intruder.headers).status_code == 404
    hijack = api.post("/v1/interactions", json=interaction(session_id=session["id"]), headers=intruder.headers)
    assert hijack.status_code == 403
    # Nothing was recorded by the refused attempt.
    assert api.get("/v1/interactions", headers=intruder.headers).json()["total"] == 0
    assert api.get(f"/v1/sessions/{session['id']}", headers=owner.headers).json()["interaction_count"] == 0
    assert api.get("/v1/sessions/unknown-session", headers=owner.headers).status_code == 404
    assert api.get("/v1/sessions/bad id!", headers=owner.headers).status_code == 422


def test_client_chosen_session_ids_are_created_on_first_use(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    session_id = f"tutor-{user.id}-chat-1"
    assert (
        api.post("/v1/interactions", json=interaction(session_id=session_id), headers=user.headers).status_code == 201
    )
    got = api.get(f"/v1/sessions/{session_id}", headers=user.headers).json()
    assert got["active"] and got["interaction_count"] == 1


def test_expired_sessions_stay_on_record_as_inactive(
    api: httpx.Client, make_user, database_api_server, interaction
) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    session = api.post("/v1/sessions", json={}, headers=user.headers).json()
    client = redis.Redis.from_url(database_api_server.env()["REDIS_URL"])
    try:
        key = f"pa:session:{session['id']}"
        assert 0 < client.ttl(key) <= 3600
        client.pexpire(key, 50)  # let the real TTL run out instead of waiting an hour
        time.sleep(0.2)
        assert not client.exists(key)
    finally:
        client.close()
    expired = api.get(f"/v1/sessions/{session['id']}", headers=user.headers).json()
    assert expired["active"] is False and expired["expires_in_s"] is None
    # New activity brings it back to life.
    api.post("/v1/interactions", json=interaction(session_id=session["id"]), headers=user.headers)
    assert api.get(f"/v1/sessions/{session['id']}", headers=user.headers).json()["active"] is True
