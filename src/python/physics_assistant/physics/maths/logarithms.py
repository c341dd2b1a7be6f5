"""Logarithms in any base and exponential equations a·b^x = c."""

from __future__ import annotations

import math


def logarithm(value: float, base: float) -> float:
    if not value > 0:
        raise ValueError("value: the logarithm needs a value > 0")
    if not base > 0 or base == 1:
        raise ValueError("base: must be > 0 and not 1")
    if base == 10:
        return math.log10(value)
    if base == 2:
        return math.log2(value)
    if base == math.e:
        return math.log(value)
    return math.log(value) / math.log(base)


def solve_exponential(coefficient: float, base: float, result: float) -> float:
    """x with coefficient · base^x = result."""
    if coefficient == 0:
        raise ValueError("coefficient: must not be 0")
    if not base > 0 or base == 1:
        raise ValueError("base: must be > 0 and not 1")
    ratio = result / coefficient
    if not ratio > 0:
        raise ValueError("result: result/coefficient must be > 0 (a positive base to any power is positive)")
    return math.log(ratio) / math.log(base)
