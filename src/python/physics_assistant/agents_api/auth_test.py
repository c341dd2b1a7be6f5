from __future__ import annotations

import pytest

from physics_assistant.agents_api.auth import Unauthorized, identify
from physics_assistant.core.tokens import Principal, issue_token

SECRET = "a-test-secret-that-is-long-enough-32"


def test_guests_are_allowed_in_development_only() -> None:
    assert identify(None, secret=SECRET, production=False).principal is None
    with pytest.raises(Unauthorized):
        identify(None, secret=SECRET, production=True)


def test_a_valid_access_token_identifies_the_student() -> None:
    token = issue_token(Principal("42", "ada", "student"), SECRET)
    caller = identify(f"Bearer {token}", secret=SECRET, production=True)
    assert caller.principal is not None and caller.principal.user_id == "42"
    assert caller.token == token


@pytest.mark.parametrize("production", [False, True])
def test_a_bad_token_is_refused_in_every_environment(production: bool) -> None:
    forged = issue_token(Principal("42", "ada", "student"), "another-secret-of-enough-length")
    refresh = issue_token(Principal("42", "ada", "student"), SECRET, token_type="refresh")
    for header in (f"Bearer {forged}", f"Bearer {refresh}", "Bearer not-a-jwt", "Basic abc", "Bearer"):
        with pytest.raises(Unauthorized):
            identify(header, secret=SECRET, production=production)
