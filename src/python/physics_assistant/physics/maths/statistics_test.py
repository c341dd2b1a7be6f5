from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.physics.maths.statistics import descriptive, linear_regression, weighted_mean

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(st.lists(finite, min_size=2, max_size=50))
def test_descriptive_matches_numpy(values: list[float]) -> None:
    d = descriptive(values)
    assert math.isclose(d.mean, float(np.mean(values)), rel_tol=1e-9, abs_tol=1e-6)
    assert d.sample_std is not None
    assert math.isclose(d.sample_std, float(np.std(values, ddof=1)), rel_tol=1e-9, abs_tol=1e-6)
    assert d.minimum <= d.q1 <= d.median <= d.q3 <= d.maximum
    assert d.standard_error == pytest.approx(d.sample_std / math.sqrt(len(values)))


@given(finite, finite, st.lists(st.floats(min_value=-100, max_value=100), min_size=3, max_size=30, unique=True))
def test_regression_recovers_an_exact_line(slope: float, intercept: float, xs: list[float]) -> None:
    if max(xs) - min(xs) < 1e-3:
        return
    ys = [slope * x + intercept for x in xs]
    reg = linear_regression(xs, ys)
    assert reg.slope == pytest.approx(slope, rel=1e-6, abs=1e-6 * (1 + abs(intercept)))
    assert reg.intercept == pytest.approx(intercept, rel=1e-6, abs=1e-4 * (1 + abs(slope)))


def test_weighted_regression_uncertainties_scale_with_sigma() -> None:
    xs = [1.0, 2.0, 3.0, 4.0, 5.0]
    ys = [2.1, 3.9, 6.2, 7.8, 10.1]
    one = linear_regression(xs, ys, [0.1] * 5)
    two = linear_regression(xs, ys, [0.2] * 5)
    assert two.slope == pytest.approx(one.slope)
    assert two.slope_uncertainty == pytest.approx(2 * one.slope_uncertainty)
    assert one.chi_squared == pytest.approx(4 * (two.chi_squared or 0))


def test_regression_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="^x:"):
        linear_regression([1, 1, 1], [1, 2, 3])
    with pytest.raises(ValueError, match="^y:"):
        linear_regression([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="^y_uncertainties:"):
        linear_regression([1, 2, 3], [1, 2, 3], [1, 0, 1])


def test_weighted_mean() -> None:
    mean, sigma = weighted_mean([10, 12], [1, 2])
    assert mean == pytest.approx(10.4)
    assert sigma == pytest.approx(1 / math.sqrt(1.25))
