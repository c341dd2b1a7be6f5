"""Accounts and tokens against the real API: register, login, refresh rotation, roles, 401s."""

from __future__ import annotations

import time

import httpx
import jwt
from prometheus_client.parser import text_string_to_metric_families

from physics_assistant.core.tokens import Principal, issue_token


def test_register_login_and_me(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    response = api.post(
        "/v1/auth/register", json={"email": "grace@example.org", "username": "grace", "password": "correct horse"}
    )
    assert response.status_code == 201
    created = response.json()
    assert created["role"] == "student" and created["username"] == "grace" and "password" not in str(created)

    token = api.post("/v1/auth/token", data={"username": "grace", "password": "correct horse"})
    assert token.status_code == 200
    body = token.json()
    assert body["token_type"] == "bearer" and body["access_token"] and body["refresh_token"]
    me = api.get("/v1/users/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.json()["id"] == created["id"]
    # Logging in with the email works too, case-insensitively.
    assert (
        api.post("/v1/auth/token", data={"username": "GRACE@example.org", "password": "correct horse"}).status_code
        == 200
    )


def test_register_conflicts_and_field_errors(api: httpx.Client) -> None:
    first = {"email": "dup@example.org", "username": "dup_user", "password": "long enough"}
    assert api.post("/v1/auth/register", json=first).status_code == 201
    again = api.post("/v1/auth/register", json={**first, "email": "other@example.org", "username": "DUP_USER"})
    assert again.status_code == 409 and again.json()["field"] == "username"
    same_email = api.post("/v1/auth/register", json={**first, "username": "someone_else"})
    assert same_email.status_code == 409 and same_email.json()["field"] == "email"

    bad = api.post("/v1/auth/register", json={"email": "not-an-email", "username": "x", "password": "short"})
    assert bad.status_code == 422
    fields = {tuple(e["loc"]) for e in bad.json()["detail"]}
    assert {("body", "email"), ("body", "username"), ("body", "password")} <= fields
    nul = api.post(
        "/v1/auth/register", json={"email": "n@example.org", "username": "nul_user", "password": "abc\u0000defgh"}
    )
    assert nul.status_code == 422 and nul.json()["detail"][0]["loc"] == ["body", "password"]
    assert (
        api.post("/v1/auth/register", content=b"{not json", headers={"content-type": "application/json"}).status_code
        == 422
    )


def test_wrong_password_and_unknown_user_are_401(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    assert api.post("/v1/auth/token", data={"username": user.username, "password": "wrong password"}).status_code == 401
    assert api.post("/v1/auth/token", data={"username": "nobody_here", "password": "whatever1"}).status_code == 401
    assert api.post("/v1/auth/token", data={"username": "a\u0000b", "password": "whatever1"}).status_code == 422


def test_missing_expired_forged_and_wrong_type_tokens_are_401(
    api: httpx.Client,
    database_api_server,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    user = make_user()
    secret = database_api_server.jwt_secret
    principal = Principal(str(user.id), user.username, "student")
    cases = {
        "missing": {},
        "not bearer": {"Authorization": f"Basic {user.token}"},
        "garbage": {"Authorization": "Bearer not.a.jwt"},
        "expired": {"Authorization": f"Bearer {issue_token(principal, secret, ttl_s=-10)}"},
        "forged": {"Authorization": f"Bearer {issue_token(principal, 'another-secret-of-enough-length-for-hs256')}"},
        "refresh as access": {"Authorization": f"Bearer {user.refresh_token}"},
        "alg none": {
            "Authorization": "Bearer "
            + jwt.encode(
                {"sub": str(user.id), "role": "admin", "type": "access", "iat": 0, "exp": time.time() + 99},
                None,  # type: ignore[arg-type]
                algorithm="none",
            )
        },
    }
    for name, headers in cases.items():
        response = api.get("/v1/users/me", headers=headers)
        assert response.status_code == 401, name
        assert response.headers.get("www-authenticate") == "Bearer", name


def test_refresh_rotates_and_refuses_replay(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    first = api.post("/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    assert first.status_code == 200
    new = first.json()
    assert api.get("/v1/users/me", headers={"Authorization": f"Bearer {new['access_token']}"}).status_code == 200
    replay = api.post("/v1/auth/refresh", json={"refresh_token": user.refresh_token})
    assert replay.status_code == 401 and "already used" in replay.json()["detail"]
    assert api.post("/v1/auth/refresh", json={"refresh_token": user.token}).status_code == 401  # an access token
    assert api.post("/v1/auth/refresh", json={"refresh_token": new["refresh_token"]}).status_code == 200


def test_only_admins_change_roles_and_it_shows_after_refresh(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    admin, student, other = make_user("admin"), make_user(), make_user()
    denied = api.patch(f"/v1/users/{other.id}/role", json={"role": "admin"}, headers=student.headers)
    assert denied.status_code == 403
    instructor = make_user("instructor")
    assert (
        api.patch(f"/v1/users/{other.id}/role", json={"role": "instructor"}, headers=instructor.headers).status_code
        == 403
    )
    assert api.patch(f"/v1/users/{admin.id}/role", json={"role": "student"}, headers=admin.headers).status_code == 409
    assert api.patch("/v1/users/999999999/role", json={"role": "student"}, headers=admin.headers).status_code == 404
    bad = api.patch(f"/v1/users/{student.id}/role", json={"role": "root"}, headers=admin.headers)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "role"]

    changed = api.patch(f"/v1/users/{student.id}/role", json={"role": "instructor"}, headers=admin.headers)
    assert changed.status_code == 200 and changed.json()["role"] == "instructor"
    # The old access token still says student; the refreshed one carries the new role.
    assert api.post("/v1/classes", json={"name": "Physics 1"}, headers=student.headers).status_code == 403
    refreshed = api.post("/v1/auth/refresh", json={"refresh_token": student.refresh_token}).json()
    headers = {"Authorization": f"Bearer {refreshed['access_token']}"}
    assert api.post("/v1/classes", json={"name": "Physics 1"}, headers=headers).status_code == 201


def test_users_see_themselves_admins_see_everyone(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    admin, a, b = make_user("admin"), make_user(), make_user()
    assert api.get(f"/v1/users/{a.id}", headers=a.headers).status_code == 200
    assert api.get(f"/v1/users/{b.id}", headers=a.headers).status_code == 404
    assert api.get(f"/v1/users/{b.id}", headers=admin.headers).json()["username"] == b.username
    assert api.get("/v1/users/0", headers=a.headers).status_code == 422
    assert api.get(f"/v1/users/{2**64}", headers=a.headers).status_code == 422


def test_preferences_round_trip(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    assert api.get("/v1/users/me/preferences", headers=user.headers).json() == {}
    prefs = {"units": "SI", "hint_style": "socratic", "sig_figs": 3}
    assert api.put("/v1/users/me/preferences", json=prefs, headers=user.headers).json() == prefs
    assert api.get("/v1/users/me/preferences", headers=user.headers).json() == prefs
    assert api.put("/v1/users/me/preferences", json=[1, 2], headers=user.headers).status_code == 422
    assert api.put("/v1/users/me/preferences", json={"x": "y" * 20_000}, headers=user.headers).status_code == 422


def test_login_upgrades_weak_password_hashes(api: httpx.Client, database_api_server, make_user) -> None:  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    user = make_user()
    # A hash made with other parameters (argon2-cffi's defaults), as if from an older release.
    old_hash = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(user.password)
    db = database_api_server.database
    database_api_server.postgres.psql(f"UPDATE users SET password_hash = '{old_hash}' WHERE id = {user.id}", db)
    assert api.post("/v1/auth/token", data={"username": user.username, "password": user.password}).status_code == 200
    stored = database_api_server.postgres.psql(f"SELECT password_hash FROM users WHERE id = {user.id}", db)
    assert stored != old_hash and stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored


def test_auth_metrics_are_exported(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user()
    families = {f.name: f for f in text_string_to_metric_families(api.get("/metrics").text)}
    seen = {
        (s.labels["event"], s.labels["outcome"])
        for s in families["pa_auth_events"].samples
        if s.name.endswith("_total")
    }
    assert {("register", "ok"), ("login", "ok")} <= seen
