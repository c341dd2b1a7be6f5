import time

import jwt
import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.core.tokens import (
    InvalidToken,
    Principal,
    bearer_from_header,
    issue_token,
    verify_token,
)

SECRET = "s" * 32


@given(
    user_id=st.text(min_size=1, max_size=40),
    username=st.text(max_size=40),
    role=st.sampled_from(["student", "instructor", "admin"]),
)
def test_round_trip(user_id: str, username: str, role: str) -> None:
    p = Principal(user_id, username, role)  # type: ignore[arg-type]
    got = verify_token(issue_token(p, SECRET), SECRET)
    assert (got.user_id, got.username, got.role) == (user_id, username, role)


def test_forged_expired_and_wrong_type_are_rejected() -> None:
    p = Principal("7", "ada", "student")
    with pytest.raises(InvalidToken):
        verify_token(issue_token(p, "other-secret-" * 3), SECRET)
    with pytest.raises(InvalidToken, match="expired"):
        verify_token(issue_token(p, SECRET, ttl_s=-5), SECRET)
    with pytest.raises(InvalidToken, match="access"):
        verify_token(issue_token(p, SECRET, token_type="refresh"), SECRET)
    forged = jwt.encode({"sub": "1", "role": "admin", "type": "access", "iat": 0, "exp": time.time() + 60}, "x")
    with pytest.raises(InvalidToken):
        verify_token(forged, SECRET)
    bad_role = jwt.encode({"sub": "1", "role": "root", "type": "access", "iat": 0, "exp": time.time() + 60}, SECRET)
    with pytest.raises(InvalidToken, match="role"):
        verify_token(bad_role, SECRET)


def test_bearer_header_parsing() -> None:
    assert bearer_from_header("Bearer abc") == "abc"
    assert bearer_from_header("bearer  abc ") == "abc"
    assert bearer_from_header("Basic abc") is None
    assert bearer_from_header(None) is None
    assert bearer_from_header("Bearer ") is None
