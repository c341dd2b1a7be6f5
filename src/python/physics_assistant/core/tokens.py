"""Bearer tokens shared by every service: issued by the Database API, verified everywhere.

HS256 JWTs signed with JWT_SECRET_KEY. Claims: ``sub`` (user id, string), ``username``, ``role``
(student | instructor | admin), ``type`` ("access" or "refresh"), ``iat``, ``exp``, ``jti``.
A refresh token is never accepted where an access token is required, and vice versa.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Literal

import jwt

ALGORITHM = "HS256"
ACCESS_TTL_S = 30 * 60
REFRESH_TTL_S = 14 * 24 * 3600
Role = Literal["student", "instructor", "admin"]
ROLES: tuple[Role, ...] = ("student", "instructor", "admin")
TokenType = Literal["access", "refresh"]


class InvalidToken(Exception):
    """Missing, expired, forged or wrong-type token (answer 401)."""


@dataclass(frozen=True)
class Principal:
    """Who is asking, as proven by a verified token."""

    user_id: str
    username: str
    role: Role
    token_id: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_instructor(self) -> bool:
        return self.role in ("instructor", "admin")


def issue_token(
    principal: Principal, secret: str, *, token_type: TokenType = "access", ttl_s: int | None = None
) -> str:
    now = int(time.time())
    ttl = ttl_s if ttl_s is not None else (ACCESS_TTL_S if token_type == "access" else REFRESH_TTL_S)
    claims = {
        "sub": principal.user_id,
        "username": principal.username,
        "role": principal.role,
        "type": token_type,
        "iat": now,
        "exp": now + ttl,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_token(token: str, secret: str, *, token_type: TokenType = "access") -> Principal:
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp", "iat", "type", "role"]}
        )
    except jwt.ExpiredSignatureError:
        raise InvalidToken("token expired") from None
    except jwt.PyJWTError as exc:
        raise InvalidToken(f"invalid token: {exc}") from None
    if claims.get("type") != token_type:
        raise InvalidToken(f"expected an {token_type} token")
    role = claims.get("role")
    if role not in ROLES:
        raise InvalidToken("invalid role claim")
    return Principal(
        user_id=str(claims["sub"]), username=str(claims.get("username", "")), role=role, token_id=claims.get("jti", "")
    )


def bearer_from_header(authorization: str | None) -> str | None:
    """The token in an ``Authorization: Bearer <token>`` header, else None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
