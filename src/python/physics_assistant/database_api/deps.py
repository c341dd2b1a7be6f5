"""FastAPI dependencies: the stores, who is asking (bearer token), and rate limits."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer

from physics_assistant.core.tokens import InvalidToken, Principal, verify_token
from physics_assistant.database_api.redis_store import rate_limit
from physics_assistant.database_api.redis_store.client import REDIS_DOWN, redis_errors
from physics_assistant.database_api.stores import Stores

log = logging.getLogger(__name__)

# auto_error=False: we answer 401 ourselves, with a reason (missing, expired, forged).
bearer_scheme = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


async def get_stores(request: Request) -> Stores:
    # async on purpose: FastAPI runs plain `def` dependencies in a worker thread, a thread hop per request.
    return request.app.state.stores  # type: ignore[no-any-return]


StoresDep = Annotated[Stores, Depends(get_stores)]


def client_address(request: Request, stores: Stores) -> str:
    if stores.settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        # Our gateway appends the address it saw; earlier entries are whatever the client claimed.
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last[:64]
    return request.client.host if request.client else "unknown"


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


async def limit_by_address(request: Request, stores: StoresDep) -> None:
    """Per-address limit on every /v1 request. Fails open: a Redis outage must not stop the API."""
    try:
        await rate_limit.hit(
            stores.redis, "ip", client_address(request, stores), stores.settings.rate_limit_ip_per_minute
        )
    except REDIS_DOWN as exc:
        log.warning("rate limit skipped: redis unavailable", extra={"error": str(exc)[:200]})


async def limit_auth_attempts(request: Request, stores: StoresDep) -> None:
    """Stricter per-address limit on register/token/refresh. Fails closed (503): without Redis we
    could not stop password guessing, so we refuse logins rather than allow unlimited attempts."""
    async with redis_errors():
        await rate_limit.hit(
            stores.redis, "auth", client_address(request, stores), stores.settings.rate_limit_auth_per_minute
        )


async def current_principal(stores: StoresDep, token: Annotated[str | None, Depends(bearer_scheme)]) -> Principal:
    if not token:
        raise unauthorized("missing bearer token")
    try:
        principal = verify_token(token, stores.jwt_secret)
    except InvalidToken as exc:
        raise unauthorized(str(exc)) from None
    if not (principal.user_id.isascii() and principal.user_id.isdigit() and len(principal.user_id) <= 18):
        raise unauthorized("invalid token subject")
    try:
        await rate_limit.hit(stores.redis, "user", principal.user_id, stores.settings.rate_limit_user_per_minute)
    except REDIS_DOWN as exc:
        log.warning("rate limit skipped: redis unavailable", extra={"error": str(exc)[:200]})
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def user_id_of(principal: Principal) -> int:
    return int(principal.user_id)
