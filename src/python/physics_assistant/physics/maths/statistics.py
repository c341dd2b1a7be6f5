"""Descriptive statistics, (weighted) linear regression with parameter uncertainties, weighted
means: the numbers a physics lab report needs."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Descriptive:
    n: int
    mean: float
    median: float
    modes: list[float]
    minimum: float
    maximum: float
    range: float
    sample_std: float | None
    population_std: float
    sample_variance: float | None
    population_variance: float
    standard_error: float | None
    q1: float
    q3: float
    iqr: float


def descriptive(values: list[float]) -> Descriptive:
    x = np.asarray(values, dtype=float)
    n = int(x.size)
    if n == 0:
        raise ValueError("values: need at least one value")
    mean = float(np.mean(x))
    pop_var = float(np.mean((x - mean) ** 2))
    sample_var = float(np.sum((x - mean) ** 2) / (n - 1)) if n > 1 else None
    sample_std = math.sqrt(sample_var) if sample_var is not None else None
    uniques, counts = np.unique(x, return_counts=True)
    top = int(counts.max())
    modes = [] if top == 1 and n > 1 else [float(u) for u, c in zip(uniques, counts, strict=True) if c == top]
    q1, median, q3 = (float(v) for v in np.percentile(x, [25, 50, 75]))
    return Descriptive(
        n=n,
        mean=mean,
        median=median,
        modes=modes,
        minimum=float(x.min()),
        maximum=float(x.max()),
        range=float(x.max() - x.min()),
        sample_std=sample_std,
        population_std=math.sqrt(pop_var),
        sample_variance=sample_var,
        population_variance=pop_var,
        standard_error=sample_std / math.sqrt(n) if sample_std is not None else None,
        q1=q1,
        q3=q3,
        iqr=q3 - q1,
    )


@dataclass(frozen=True)
class Regression:
    n: int
    slope: float
    intercept: float
    slope_uncertainty: float
    intercept_uncertainty: float
    r: float
    r_squared: float
    residual_std: float
    chi_squared: float | None
    reduced_chi_squared: float | None
    weighted: bool


def linear_regression(x: list[float], y: list[float], y_uncertainties: list[float] | None = None) -> Regression:
    """Least squares y = slope·x + intercept. With y uncertainties σ_i: weights 1/σ_i², parameter
    uncertainties from the covariance matrix (absolute σ), plus χ². Without: from the residuals."""
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    n = int(xs.size)
    if ys.size != n:
        raise ValueError(f"y: needs as many values as x ({n}), got {ys.size}")
    if n < 3:
        raise ValueError("x: need at least 3 points for a line with uncertainties")
    if np.ptp(xs) == 0:
        raise ValueError("x: all x values are equal; the slope is undefined")
    weighted = y_uncertainties is not None
    chi2: float | None = None
    reduced: float | None = None
    if weighted:
        sig = np.asarray(y_uncertainties, dtype=float)
        if sig.size != n:
            raise ValueError(f"y_uncertainties: needs as many values as y ({n}), got {sig.size}")
        if np.any(sig <= 0):
            raise ValueError("y_uncertainties: every uncertainty must be > 0")
        w = 1.0 / sig**2
    else:
        w = np.ones(n)
    # Centre x for numerical stability.
    sw = float(np.sum(w))
    xbar = float(np.sum(w * xs) / sw)
    ybar = float(np.sum(w * ys) / sw)
    dx = xs - xbar
    sxx = float(np.sum(w * dx * dx))
    slope = float(np.sum(w * dx * (ys - ybar)) / sxx)
    intercept = ybar - slope * xbar
    residuals = ys - (slope * xs + intercept)
    ss_res = float(np.sum(w * residuals**2))
    ss_tot = float(np.sum(w * (ys - ybar) ** 2))
    r_squared = 1.0 - ss_res / ss_tot if ss_tot > 0 else 1.0
    r = math.copysign(math.sqrt(max(r_squared, 0.0)), slope) if ss_tot > 0 else 0.0
    residual_std = math.sqrt(float(np.sum(residuals**2)) / (n - 2))
    if weighted:
        var_slope = 1.0 / sxx
        var_intercept = 1.0 / sw + xbar * xbar / sxx
        chi2 = ss_res
        reduced = chi2 / (n - 2)
    else:
        s2 = ss_res / (n - 2)
        var_slope = s2 / sxx
        var_intercept = s2 * (1.0 / n + xbar * xbar / sxx)
    return Regression(
        n=n,
        slope=slope,
        intercept=intercept,
        slope_uncertainty=math.sqrt(var_slope),
        intercept_uncertainty=math.sqrt(var_intercept),
        r=r,
        r_squared=r_squared,
        residual_std=residual_std,
        chi_squared=chi2,
        reduced_chi_squared=reduced,
        weighted=weighted,
    )


def weighted_mean(values: list[float], uncertainties: list[float]) -> tuple[float, float]:
    """Inverse-variance weighted mean and its uncertainty."""
    v = np.asarray(values, dtype=float)
    s = np.asarray(uncertainties, dtype=float)
    if s.size != v.size:
        raise ValueError(f"uncertainties: needs as many values as values ({v.size}), got {s.size}")
    if np.any(s <= 0):
        raise ValueError("uncertainties: every uncertainty must be > 0")
    w = 1.0 / s**2
    return float(np.sum(w * v) / np.sum(w)), float(1.0 / math.sqrt(np.sum(w)))
