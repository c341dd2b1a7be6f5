"""Who is asking: a verified bearer token (issued by the Database API), or a guest in development."""

from __future__ import annotations

from dataclasses import dataclass

from physics_assistant.core.tokens import InvalidToken, Principal, bearer_from_header, verify_token


class Unauthorized(Exception):
    """Answer 401 with this message."""


@dataclass(frozen=True)
class Caller:
    principal: Principal | None  # None for a guest
    token: str | None


def identify(authorization: str | None, *, secret: str | None, production: bool) -> Caller:
    """A present token must be valid in every environment; no token is allowed outside production."""
    token = bearer_from_header(authorization)
    if token is None:
        if authorization:
            raise Unauthorized("malformed Authorization header: expected 'Bearer <token>'")
        if production:
            raise Unauthorized("a bearer token is required (log in through the Database API)")
        return Caller(None, None)
    if not secret:
        raise Unauthorized("tokens cannot be verified here: JWT_SECRET_KEY is not set")
    try:
        return Caller(verify_token(token, secret), token)
    except InvalidToken as exc:
        raise Unauthorized(str(exc)) from None
