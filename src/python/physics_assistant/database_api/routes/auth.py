"""Registration and tokens: register, log in (OAuth2 password form), refresh."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form

from physics_assistant.core.tokens import (
    ACCESS_TTL_S,
    REFRESH_TTL_S,
    InvalidToken,
    Principal,
    issue_token,
    verify_token,
)
from physics_assistant.database_api import passwords
from physics_assistant.database_api.deps import StoresDep, limit_auth_attempts, unauthorized
from physics_assistant.database_api.errors import Invalid
from physics_assistant.database_api.metrics import auth_event
from physics_assistant.database_api.postgres import users
from physics_assistant.database_api.redis_store.client import redis_errors
from physics_assistant.database_api.routes import responses
from physics_assistant.database_api.schemas import RefreshIn, RegisterIn, TokenOut, UserOut
from physics_assistant.database_api.validation import clean_text

router = APIRouter(prefix="/v1/auth", tags=["auth"], dependencies=[Depends(limit_auth_attempts)])

USED_REFRESH_PREFIX = "pa:refresh-used:"


def _tokens(user: dict[str, object], secret: str) -> TokenOut:
    principal = Principal(str(user["id"]), str(user["username"]), user["role"])  # type: ignore[arg-type]
    return TokenOut(
        access_token=issue_token(principal, secret),
        refresh_token=issue_token(principal, secret, token_type="refresh"),
        expires_in=ACCESS_TTL_S,
    )


@router.post("/register", status_code=201, response_model=UserOut, responses=responses(409))
async def register(body: RegisterIn, stores: StoresDep) -> dict[str, object]:
    """Create a student account. Roles are changed afterwards by an admin only."""
    password_hash = await passwords.hash_password(body.password)
    try:
        user = await users.create_user(
            stores.postgres, email=body.email, username=body.username, password_hash=password_hash
        )
    except Exception:
        auth_event("register", False)
        raise
    auth_event("register", True)
    return user


def _login_field(value: str, name: str) -> str:
    try:
        return clean_text(value)
    except ValueError as exc:
        raise Invalid(name, str(exc)) from None


@router.post("/token", response_model=TokenOut, responses=responses(401))
async def token(
    stores: StoresDep,
    username: Annotated[str, Form(min_length=1, max_length=254, description="username or email")],
    password: Annotated[str, Form(min_length=1, max_length=1024)],
) -> TokenOut:
    """OAuth2 password flow: form fields `username` (or the email) and `password`."""
    login = _login_field(username, "username")
    secret_text = _login_field(password, "password")
    user = await users.get_login(stores.postgres, login)
    ok = await passwords.verify_password(user["password_hash"] if user else None, secret_text)
    if not ok or user is None or not user["is_active"]:
        auth_event("login", False)
        raise unauthorized("incorrect username or password")
    if passwords.needs_rehash(str(user["password_hash"])):
        await users.set_password_hash(stores.postgres, int(user["id"]), await passwords.hash_password(secret_text))
    auth_event("login", True)
    return _tokens(user, stores.jwt_secret)


@router.post("/refresh", response_model=TokenOut, responses=responses(401))
async def refresh(body: RefreshIn, stores: StoresDep) -> TokenOut:
    """Trade a refresh token for a new pair. Each refresh token works once (rotation): a replayed
    one is refused, which limits what a stolen token is worth."""
    try:
        principal = verify_token(body.refresh_token, stores.jwt_secret, token_type="refresh")
    except InvalidToken as exc:
        auth_event("refresh", False)
        raise unauthorized(str(exc)) from None
    if not (principal.user_id.isascii() and principal.user_id.isdigit() and len(principal.user_id) <= 18):
        auth_event("refresh", False)
        raise unauthorized("invalid token subject")
    async with redis_errors():
        first_use = await stores.redis.set(
            f"{USED_REFRESH_PREFIX}{principal.token_id}", b"1", nx=True, ex=REFRESH_TTL_S + 60
        )
    if not first_use:
        auth_event("refresh", False)
        raise unauthorized("refresh token already used")
    # Re-read the user: a role change or deactivation takes effect at the next refresh.
    user = await users.get_user(stores.postgres, int(principal.user_id))
    if user is None or not user["is_active"]:
        auth_event("refresh", False)
        raise unauthorized("user no longer exists or is disabled")
    auth_event("refresh", True)
    return _tokens(user, stores.jwt_secret)
