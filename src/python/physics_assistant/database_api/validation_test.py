import math

import pytest

from physics_assistant.database_api.validation import MAX_JSON_DEPTH, clean_text, json_checker

check = json_checker(1000)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"v": math.nan}, "finite"),
        ({"v": [1, math.inf]}, "finite"),
        ({"v": "a\x00b"}, "NUL"),
        ({"a\x00": 1}, "NUL"),
        ({"v": "\ud800"}, "surrogate"),
        ({"v": "x" * 2000}, "at most 1000 bytes"),
    ],
)
def test_rejects_what_postgres_would_choke_on(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check(value)


def test_depth_limit() -> None:
    deep: object = 1
    for _ in range(MAX_JSON_DEPTH + 2):
        deep = {"a": deep}
    with pytest.raises(ValueError, match="nested deeper"):
        check(deep)


def test_accepts_ordinary_json() -> None:
    value = {"value": 12.5, "unit": "m/s", "steps": ["v = v0 + a t", {"latex": None}], "ok": True, "n": 3}
    assert check(value) == value
    assert clean_text("Ω = 2πf") == "Ω = 2πf"
