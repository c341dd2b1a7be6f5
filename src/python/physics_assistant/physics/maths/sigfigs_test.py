from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.physics.maths.sigfigs import count, least_decimal_places, round_decimals, round_sig


@pytest.mark.parametrize(
    ("text", "expected", "ambiguous"),
    [
        ("0.00340", 3, False),
        ("1200", 2, True),
        ("1200.", 4, False),
        ("1.20e3", 3, False),
        ("100.0", 4, False),
        ("5", 1, False),
        ("-0.050", 2, False),
        ("0.00", 2, False),
        ("3.0040", 5, False),
    ],
)
def test_counting_rules(text: str, expected: int, ambiguous: bool) -> None:
    result = count(text)
    assert (result.count, result.ambiguous) == (expected, ambiguous)


@given(
    st.floats(min_value=1e-30, max_value=1e30).map(lambda v: v * 1.0),
    st.integers(min_value=1, max_value=15),
    st.booleans(),
)
def test_rounded_text_has_exactly_the_requested_figures(value: float, figures: int, negative: bool) -> None:
    value = -value if negative else value
    rounded, text, scientific = round_sig(value, figures)
    assert count(scientific).count == figures
    # The decimal text may end in ambiguous zeros (120000); the count never exceeds the request.
    assert count(text).count <= figures <= count(text).max_count
    assert math.isclose(rounded, float(scientific), rel_tol=1e-15)
    # Rounding changes the value by at most half a unit in the last kept place.
    place = 10 ** (math.floor(math.log10(abs(value))) - figures + 1)
    assert abs(rounded - value) <= 0.5 * place * (1 + 1e-9) + 1e-300 or abs(rounded) > abs(value)


@given(st.floats(min_value=1e-10, max_value=1e10), st.integers(min_value=1, max_value=12))
def test_rounding_is_idempotent(value: float, figures: int) -> None:
    once, text, _ = round_sig(value, figures)
    twice, text_again, _ = round_sig(once, figures)
    assert once == twice and text == text_again


def test_keeps_trailing_zeros_and_carries() -> None:
    assert round_sig(0.0012, 3)[1] == "0.00120"
    assert round_sig(9.99, 2)[:2] == (10.0, "10")
    assert round_sig(2.5, 1)[0] == 3.0  # half up, as taught
    assert round_sig(0.0, 3)[1] == "0.00"


def test_sums_keep_the_fewest_decimal_places() -> None:
    assert least_decimal_places(["12.1", "0.345"]) == 1
    assert round_decimals(12.445, 1) == (12.4, "12.4")
