"""Kinematics kernels: uniform and constant-acceleration motion, free fall, vacuum projectiles,
1-D meetings, and sampled series for plotting.

Sign conventions: 1-D motion is signed along one axis; projectiles use x horizontal, y up, with
the landing level at y = 0 and the launch point at height h (h < 0: landing on ground above the
launch point). Times before t = 0 are mathematically valid roots but not physical; the solvers
return them flagged rather than hiding them.
"""

from __future__ import annotations

import math

import numba
import numpy as np

# Indices of the constant-acceleration variables in solver arrays.
S, U, V, A, T = 0, 1, 2, 3, 4  # displacement, initial velocity, final velocity, acceleration, time

SOLVED = 0
UNDERDETERMINED = 1  # the knowns do not pin the unknowns down (e.g. a = 0 and v0 = v, t unknown)
NO_SOLUTION = 2  # the knowns contradict each other physically (e.g. v² < 0 needed)
INCONSISTENT = 3  # more than three knowns given and they disagree

# Relative size of floating-point round-off tolerated in discriminants (b² - 4ac, v² - 2as).
_ROUNDOFF = 1e-12

# An over-determined known agrees with the computed value within this relative tolerance
# (textbook data are rounded to 3-4 significant figures).
CONSISTENCY_RTOL = 1e-3

# Preferred triples of knowns: unique closed forms first, quadratic cases last.
_TRIPLES = np.array(
    [
        [U, A, T],
        [U, V, T],
        [V, A, T],
        [S, U, T],
        [S, V, T],
        [S, A, T],
        [U, V, A],
        [S, U, V],
        [S, U, A],
        [S, V, A],
    ]
)


@numba.njit(cache=True)
def quadratic_roots(a: float, b: float, c: float) -> tuple[int, float, float]:
    """Real roots of a x² + b x + c = 0 as (count, r1, r2) with r1 <= r2.

    count -1: every x solves it (a = b = c = 0); 0: none; 1: one (linear or double root).
    Uses the cancellation-free form q = -(b + sign(b)·√disc)/2.
    """
    # Scale so the largest coefficient is 1: no overflow in b², and underflow only of terms that
    # are negligible anyway.
    scale = max(abs(a), abs(b), abs(c))
    if scale == 0.0:
        return -1, math.nan, math.nan
    a /= scale
    b /= scale
    c /= scale
    if a == 0.0:
        if b == 0.0:
            return 0, math.nan, math.nan
        r = -c / b
        if not math.isfinite(r):
            return 0, math.nan, math.nan
        return 1, r, r
    disc = b * b - 4.0 * a * c
    if not math.isfinite(disc):
        return 0, math.nan, math.nan
    if disc < 0.0:
        # Within round-off of zero it is a double root (e.g. exactly reaching the apex), not "never".
        if disc < -_ROUNDOFF * (b * b + abs(4.0 * a * c)):
            return 0, math.nan, math.nan
        disc = 0.0
    if disc == 0.0:
        r = -b / (2.0 * a)
        return (1, r, r) if math.isfinite(r) else (0, math.nan, math.nan)
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    r1 = q / a
    r2 = c / q
    # A root beyond float range (a vanishingly small a) is not a time anyone can use.
    if not math.isfinite(r1):
        return (1, r2, r2) if math.isfinite(r2) else (0, math.nan, math.nan)
    if not math.isfinite(r2):
        return 1, r1, r1
    if r1 > r2:
        r1, r2 = r2, r1
    return 2, r1, r2


@numba.njit(cache=True)
def uniform_position(x0: float, v: float, t: float) -> float:
    return x0 + v * t


@numba.njit(cache=True)
def _agrees(given: float, computed: float) -> bool:
    scale = max(abs(given), abs(computed), 1e-9)
    return abs(given - computed) <= CONSISTENCY_RTOL * scale


@numba.njit(cache=True)
def _solve_triple(known: np.ndarray, i: int, j: int, k: int, out: np.ndarray) -> tuple[int, int]:
    """Fill out[0..1] with solutions from the knowns at indices (i, j, k). Returns (status, count)."""
    s, u, v, a, t = known[S], known[U], known[V], known[A], known[T]
    n = 0
    if i == U and j == A and k == T:
        out[0, S] = u * t + 0.5 * a * t * t
        out[0, V] = u + a * t
        n = 1
    elif i == U and j == V and k == T:
        if t == 0.0:
            return UNDERDETERMINED, 0
        out[0, A] = (v - u) / t
        out[0, S] = 0.5 * (u + v) * t
        n = 1
    elif i == V and j == A and k == T:
        out[0, U] = v - a * t
        out[0, S] = v * t - 0.5 * a * t * t
        n = 1
    elif i == S and j == U and k == T:
        if t * t == 0.0:  # also a t so small that t² underflows
            return UNDERDETERMINED, 0
        out[0, A] = 2.0 * (s - u * t) / (t * t)
        out[0, V] = 2.0 * s / t - u
        n = 1
    elif i == S and j == V and k == T:
        if t * t == 0.0:
            return UNDERDETERMINED, 0
        out[0, U] = 2.0 * s / t - v
        out[0, A] = 2.0 * (v * t - s) / (t * t)
        n = 1
    elif i == S and j == A and k == T:
        if t == 0.0:
            return UNDERDETERMINED, 0
        out[0, U] = s / t - 0.5 * a * t
        out[0, V] = s / t + 0.5 * a * t
        n = 1
    elif i == U and j == V and k == A:
        if a == 0.0:
            return (UNDERDETERMINED if u == v else NO_SOLUTION), 0
        out[0, T] = (v - u) / a
        out[0, S] = (v * v - u * u) / (2.0 * a)
        n = 1
    elif i == S and j == U and k == V:
        if u + v == 0.0:
            # Average velocity zero: only s = 0 works, and then t (and a) stay unknown.
            return (UNDERDETERMINED if s == 0.0 else NO_SOLUTION), 0
        if s == 0.0:
            # No displacement with u + v != 0 means t = 0, possible only if nothing changed.
            return (UNDERDETERMINED if u == v else NO_SOLUTION), 0
        out[0, T] = 2.0 * s / (u + v)
        out[0, A] = (v * v - u * u) / (2.0 * s)
        n = 1
    elif i == S and j == U and k == A:
        # s = u t + a t²/2: two times when the quadratic has two roots (e.g. up and back down).
        count, t1, t2 = quadratic_roots(0.5 * a, u, -s)
        if count == -1:
            return UNDERDETERMINED, 0
        if count == 0:
            return NO_SOLUTION, 0
        out[0, T] = t1
        out[1, T] = t2
        n = count
        for r in range(n):
            out[r, V] = u + a * out[r, T]
    else:  # S, V, A: v0 = ±√(v² - 2 a s)
        disc = v * v - 2.0 * a * s
        if -_ROUNDOFF * (v * v + abs(2.0 * a * s)) <= disc < 0.0:
            disc = 0.0  # round-off: it starts from rest (v0 = 0)
        if a == 0.0:
            if v == 0.0:
                return (UNDERDETERMINED if s == 0.0 else NO_SOLUTION), 0
            out[0, U] = v
            out[0, T] = s / v
            n = 1
        elif disc < 0.0:
            return NO_SOLUTION, 0
        else:
            root = math.sqrt(disc)
            out[0, U] = -root
            out[1, U] = root
            n = 1 if root == 0.0 else 2
            for r in range(n):
                ur = out[r, U]
                # s = (u + v) t / 2 is exact and stable; (v - u) / a cancels when a is tiny.
                if abs(ur + v) >= abs(v - ur) and ur + v != 0.0:
                    out[r, T] = 2.0 * s / (ur + v)
                else:
                    out[r, T] = (v - ur) / a
            if n == 2 and out[0, T] > out[1, T]:
                for q in range(5):
                    out[0, q], out[1, q] = out[1, q], out[0, q]
    for r in range(n):
        out[r, i] = known[i]
        out[r, j] = known[j]
        out[r, k] = known[k]
    return SOLVED, n


@numba.njit(cache=True)
def solve_constant_acceleration(known: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """Solve s = u t + a t²/2, v = u + a t from at least three knowns.

    `known` holds (s, u, v, a, t) with NaN for unknowns. Returns (status, solutions (count x 5),
    physical flags (t >= 0)). Two solutions come back when a quadratic gives two (both reported,
    sorted by time). With more than three knowns, only solutions matching the extra knowns
    (within CONSISTENCY_RTOL) are kept; none matching gives INCONSISTENT.
    """
    out = np.full((2, 5), np.nan)
    chosen = -1
    for row in range(_TRIPLES.shape[0]):
        i, j, k = _TRIPLES[row, 0], _TRIPLES[row, 1], _TRIPLES[row, 2]
        if not (math.isnan(known[i]) or math.isnan(known[j]) or math.isnan(known[k])):
            chosen = row
            break
    if chosen < 0:
        return UNDERDETERMINED, np.empty((0, 5)), np.zeros(0, dtype=np.bool_)
    i, j, k = _TRIPLES[chosen, 0], _TRIPLES[chosen, 1], _TRIPLES[chosen, 2]
    status, n = _solve_triple(known, i, j, k, out)
    if status != SOLVED:
        return status, np.empty((0, 5)), np.zeros(0, dtype=np.bool_)
    keep = np.zeros(n, dtype=np.bool_)
    kept = 0
    for r in range(n):
        ok = True
        for q in range(5):
            if not math.isnan(known[q]) and not _agrees(known[q], out[r, q]):
                ok = False
        keep[r] = ok
        if ok:
            kept += 1
    if kept == 0:
        return INCONSISTENT, np.empty((0, 5)), np.zeros(0, dtype=np.bool_)
    solutions = np.empty((kept, 5))
    physical = np.empty(kept, dtype=np.bool_)
    w = 0
    for r in range(n):
        if keep[r]:
            solutions[w, :] = out[r, :]
            # Known values stay exactly as given.
            for q in range(5):
                if not math.isnan(known[q]):
                    solutions[w, q] = known[q]
            physical[w] = solutions[w, T] >= 0.0
            w += 1
    return SOLVED, solutions, physical


@numba.njit(cache=True)
def constant_acceleration_series(
    x0: float, v0: float, a: float, t_end: float, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(t, x, v) at n evenly spaced times from 0 to t_end."""
    t = np.linspace(0.0, t_end, n)
    x = np.empty(n)
    v = np.empty(n)
    for i in range(n):
        x[i] = x0 + v0 * t[i] + 0.5 * a * t[i] * t[i]
        v[i] = v0 + a * t[i]
    return t, x, v


@numba.njit(cache=True)
def fall_time(height: float, v0: float, g: float) -> float:
    """Time for a body at `height` moving vertically at v0 (up positive) to reach y = 0; NaN if never."""
    disc = v0 * v0 + 2.0 * g * height
    if disc < 0.0:
        return math.nan
    t = (v0 + math.sqrt(disc)) / g
    return t if t >= 0.0 else math.nan


@numba.njit(cache=True)
def projectile_flight(
    speed: float, angle: float, height: float, g: float
) -> tuple[float, float, float, float, float, float]:
    """Vacuum projectile launched from height `height` above the landing level.

    Returns (time to apex, apex height, flight time, range, impact vx, impact vy); NaN flight
    values when it never comes down to y = 0 from above (launch below a level it cannot reach).
    """
    vx = speed * math.cos(angle)
    vy = speed * math.sin(angle)
    t_apex = vy / g if vy > 0.0 else 0.0
    apex = height + vy * t_apex - 0.5 * g * t_apex * t_apex
    disc = vy * vy + 2.0 * g * height
    if disc < 0.0:
        return t_apex, apex, math.nan, math.nan, math.nan, math.nan
    flight = (vy + math.sqrt(disc)) / g
    if flight < 0.0:
        return t_apex, apex, math.nan, math.nan, math.nan, math.nan
    return t_apex, apex, flight, vx * flight, vx, vy - g * flight


@numba.njit(cache=True)
def projectile_series(
    speed: float, angle: float, height: float, g: float, t_end: float, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(t, x, y, vx, vy) of a vacuum projectile at n evenly spaced times from 0 to t_end."""
    vx0 = speed * math.cos(angle)
    vy0 = speed * math.sin(angle)
    t = np.linspace(0.0, t_end, n)
    x = np.empty(n)
    y = np.empty(n)
    vx = np.empty(n)
    vy = np.empty(n)
    for i in range(n):
        x[i] = vx0 * t[i]
        y[i] = height + vy0 * t[i] - 0.5 * g * t[i] * t[i]
        vx[i] = vx0
        vy[i] = vy0 - g * t[i]
    return t, x, y, vx, vy


@numba.njit(cache=True)
def projectile_batch(
    speeds: np.ndarray, angles: np.ndarray, heights: np.ndarray, g: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ranges, apex heights, flight times) for many vacuum launches (NaN where none lands)."""
    n = speeds.shape[0]
    ranges = np.empty(n)
    apexes = np.empty(n)
    flights = np.empty(n)
    for i in range(n):
        _, apexes[i], flights[i], ranges[i], _, _ = projectile_flight(speeds[i], angles[i], heights[i], g)
    return ranges, apexes, flights


@numba.njit(cache=True)
def launch_angles(speed: float, dx: float, dy: float, g: float) -> tuple[int, float, float]:
    """Launch angles that put a projectile of given speed through the point (dx > 0, dy) relative to
    the launch point: (count, low angle, high angle). From tanθ = (v² ∓ √(v⁴ - g(g dx² + 2 dy v²)))/(g dx).
    """
    v2 = speed * speed
    disc = v2 * v2 - g * (g * dx * dx + 2.0 * dy * v2)
    if disc < 0.0:
        return 0, math.nan, math.nan
    root = math.sqrt(disc)
    low = math.atan2(v2 - root, g * dx)
    high = math.atan2(v2 + root, g * dx)
    return (1 if root == 0.0 else 2), low, high


@numba.njit(cache=True)
def meeting_times(x0_a: float, v_a: float, a_a: float, x0_b: float, v_b: float, a_b: float) -> tuple[int, float, float]:
    """Times when two bodies on one line are at the same place: roots of
    (x0_a - x0_b) + (v_a - v_b) t + (a_a - a_b) t²/2 = 0. Count -1 means always together."""
    return quadratic_roots(0.5 * (a_a - a_b), v_a - v_b, x0_a - x0_b)


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    quadratic_roots(1.0, -3.0, 2.0)
    uniform_position(0.0, 1.0, 2.0)
    known = np.array([np.nan, 1.0, np.nan, 2.0, 3.0])
    solve_constant_acceleration(known)
    constant_acceleration_series(0.0, 1.0, 2.0, 3.0, 10)
    fall_time(10.0, 0.0, 9.81)
    projectile_flight(10.0, 0.5, 1.0, 9.81)
    projectile_series(10.0, 0.5, 1.0, 9.81, 1.0, 10)
    arr = np.array([10.0, 20.0])
    projectile_batch(arr, arr * 0.01, arr * 0.0, 9.81)
    launch_angles(20.0, 10.0, 1.0, 9.81)
    meeting_times(0.0, 1.0, 0.0, 10.0, -1.0, 0.0)
