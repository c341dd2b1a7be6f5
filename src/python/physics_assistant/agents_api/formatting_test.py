from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.agents_api.formatting import count_sig_figs, format_number, pretty_unit, round_sig


@pytest.mark.parametrize(
    ("value", "sig", "out"),
    [(312500, 3, 313000.0), (2.45, 2, 2.5), (-2.45, 2, -2.5), (0.0012345, 3, 0.00123), (0, 3, 0)],
)
def test_round_half_up(value: float, sig: int, out: float) -> None:
    assert round_sig(value, sig) == out


@pytest.mark.parametrize(
    ("value", "sig", "text"),
    [
        (2.5, 3, "2.50"),
        (980.0, 3, "980"),
        (312500, 3, "313000"),
        (1.23e-5, 3, "1.23 × 10⁻⁵"),
        (6.02e23, 3, "6.02 × 10²³"),
        (20.0, 3, "20.0"),
    ],
)
def test_format_number(value: float, sig: int, text: str) -> None:
    assert format_number(value, sig) == text


def test_pretty_units() -> None:
    assert pretty_unit("m/s^2") == "m/s²"
    assert pretty_unit("kg*m/s") == "kg·m/s"


@pytest.mark.parametrize(("text", "sig"), [("0.0450", 3), ("1200", 2), ("1.20e3", 3), ("7", 1), ("abc", None)])
def test_count_sig_figs(text: str, sig: int | None) -> None:
    assert count_sig_figs(text) == sig


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(1, 8))
def test_rounding_error_is_within_half_a_unit_in_the_last_place(value: float, sig: int) -> None:
    rounded = round_sig(value, sig)
    if value != 0:
        assert (
            abs(rounded - value) <= 0.5 * 10 ** (len(str(int(abs(value)))) - sig) + 1e-9 * abs(value) or abs(value) < 1
        )
