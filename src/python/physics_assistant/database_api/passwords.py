"""Password hashing with argon2id (argon2-cffi), off the event loop.

Hashing costs ~tens of milliseconds of CPU by design; running it in a thread keeps other requests
flowing. A login for an unknown user still verifies against a dummy hash so response time does not
reveal which usernames exist.
"""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP's argon2id baseline (m=19 MiB, t=2, p=1): ~25 ms per hash on one core. argon2-cffi's own
# default (64 MiB, 4 lanes) costs ~0.4 s on a busy 2-core host, which turns logins into a DoS lever.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = _HASHER.hash("not-a-real-password-used-for-timing-only")


def hash_password_sync(password: str) -> str:
    return _HASHER.hash(password)


def verify_password_sync(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(hash_password_sync, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.to_thread(verify_password_sync, password_hash, password)


def needs_rehash(password_hash: str) -> bool:
    """True when the stored hash used weaker parameters than today's (rehash on next login)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True
