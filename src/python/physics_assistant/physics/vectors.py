"""Vector kernels: components <-> magnitude/direction, and 2-D/3-D vector algebra.

Directions are radians measured counter-clockwise from +x and reported in [0, 2π), so a caller
converting to degrees always gets 0-360. Vectors are float64 arrays of length 3; a 2-D vector is
one with z = 0 (its cross product then points along z).
"""

from __future__ import annotations

import math

import numba
import numpy as np

TWO_PI = 2.0 * math.pi


@numba.njit(cache=True)
def normalize_direction(angle: float) -> float:
    """The same direction expressed in [0, 2π)."""
    wrapped = angle % TWO_PI  # Python semantics: the sign of the divisor
    # A tiny negative angle wraps to exactly 2π after rounding; that direction is 0.
    if wrapped >= TWO_PI or wrapped < 0.0:
        wrapped = 0.0
    return wrapped


@numba.njit(cache=True)
def resolve(magnitude: float, angle: float) -> tuple[float, float]:
    """Components (Fx, Fy) of a vector of `magnitude` at `angle` from +x."""
    return magnitude * math.cos(angle), magnitude * math.sin(angle)


@numba.njit(cache=True)
def resultant(x: float, y: float) -> tuple[float, float]:
    """Magnitude and direction in [0, 2π) of the vector (x, y); the zero vector has direction 0."""
    magnitude = math.hypot(x, y)
    if magnitude == 0.0:
        return 0.0, 0.0
    return magnitude, normalize_direction(math.atan2(y, x))


@numba.njit(cache=True)
def resolve_batch(magnitudes: np.ndarray, angles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = magnitudes.shape[0]
    xs = np.empty(n)
    ys = np.empty(n)
    for i in range(n):
        xs[i], ys[i] = resolve(magnitudes[i], angles[i])
    return xs, ys


@numba.njit(cache=True)
def resultant_batch(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = xs.shape[0]
    magnitudes = np.empty(n)
    directions = np.empty(n)
    for i in range(n):
        magnitudes[i], directions[i] = resultant(xs[i], ys[i])
    return magnitudes, directions


@numba.njit(cache=True)
def sum_polar(magnitudes: np.ndarray, angles: np.ndarray) -> tuple[float, float, float, float]:
    """Sum of vectors given as magnitude/angle pairs: (x, y, magnitude, direction)."""
    x = 0.0
    y = 0.0
    for i in range(magnitudes.shape[0]):
        fx, fy = resolve(magnitudes[i], angles[i])
        x += fx
        y += fy
    magnitude, direction = resultant(x, y)
    return x, y, magnitude, direction


@numba.njit(cache=True)
def norm(a: np.ndarray) -> float:
    return math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2])


@numba.njit(cache=True)
def dot(a: np.ndarray, b: np.ndarray) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


@numba.njit(cache=True)
def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(3)
    out[0] = a[1] * b[2] - a[2] * b[1]
    out[1] = a[2] * b[0] - a[0] * b[2]
    out[2] = a[0] * b[1] - a[1] * b[0]
    return out


@numba.njit(cache=True)
def angle_between(a: np.ndarray, b: np.ndarray) -> float:
    """Angle in [0, π] between two non-zero vectors.

    atan2(|a×b|, a·b) stays accurate for nearly parallel vectors, where acos(a·b/|a||b|) loses
    half its digits.
    """
    c = cross(a, b)
    return math.atan2(norm(c), dot(a, b))


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    normalize_direction(-1.0)
    resolve(1.0, 0.5)
    resultant(1.0, 1.0)
    arr = np.array([1.0, 2.0])
    resolve_batch(arr, arr)
    resultant_batch(arr, arr)
    sum_polar(arr, arr)
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.0, 1.0, 0.0])
    norm(a)
    dot(a, b)
    cross(a, b)
    angle_between(a, b)
