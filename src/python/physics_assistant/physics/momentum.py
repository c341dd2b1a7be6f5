"""Momentum kernels: momentum and impulse, 1-D and 2-D collisions with any coefficient of
restitution, batches of collisions, recoil and the centre-of-mass velocity.

Conventions: SI floats. In 1-D, body 1 starts on the left of body 2, velocities are signed
(+ to the right), and the bodies collide only while closing (v1 > v2). In 2-D, velocities are
(x, y) components and a collision acts along the line of impact n, the unit vector from the centre
of body 1 to the centre of body 2 at contact (smooth bodies: no impulse across that line). The
coefficient of restitution e ∈ [0, 1] scales the separation speed along n: e = 1 keeps kinetic
energy, e = 0 leaves no rebound along n. Momentum is conserved in every case by construction.
"""

from __future__ import annotations

import math

import numba
import numpy as np

TWO_PI = 2.0 * math.pi
_EPS = 2.220446049250313e-16  # float64 machine epsilon


@numba.njit(cache=True)
def momentum(mass: float, velocity: float) -> float:
    return mass * velocity


@numba.njit(cache=True)
def direction(x: float, y: float) -> float:
    """Direction of (x, y) in [0, 2π) counter-clockwise from +x; the zero vector has direction 0."""
    if x == 0.0 and y == 0.0:
        return 0.0
    angle = math.atan2(y, x)
    if angle < 0.0:
        angle += TWO_PI
    if angle >= TWO_PI:
        angle = 0.0
    return angle


@numba.njit(cache=True)
def average_force(mass: float, initial_velocity: float, final_velocity: float, duration: float) -> float:
    """Impulse-momentum theorem: F_avg Δt = m Δv."""
    return mass * (final_velocity - initial_velocity) / duration


@numba.njit(cache=True)
def reduced_mass(m1: float, m2: float) -> float:
    return m1 * m2 / (m1 + m2)


@numba.njit(cache=True)
def collision_1d(m1: float, v1: float, m2: float, v2: float, e: float) -> tuple[float, float]:
    """Velocities after a head-on collision with restitution e (u2 - u1 = e (v1 - v2)).

    u1 = (m1 v1 + m2 v2 + m2 e (v2 - v1)) / (m1 + m2), and symmetrically for u2.
    """
    total = m1 * v1 + m2 * v2
    mass = m1 + m2
    u1 = (total + m2 * e * (v2 - v1)) / mass
    u2 = (total + m1 * e * (v1 - v2)) / mass
    return u1, u2


@numba.njit(cache=True)
def kinetic_energy_lost_1d(m1: float, v1: float, m2: float, v2: float, e: float) -> float:
    """Kinetic energy turned into heat/sound/deformation: ½ μ (1 - e²) (v1 - v2)², μ the reduced mass."""
    dv = v1 - v2
    return 0.5 * reduced_mass(m1, m2) * (1.0 - e * e) * dv * dv


@numba.njit(cache=True)
def collisions_1d(
    m1: np.ndarray, v1: np.ndarray, m2: np.ndarray, v2: np.ndarray, e: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Many independent head-on collisions: (u1, u2, collides, kinetic energy lost).

    Pairs that are not closing (v1 <= v2) never touch: their velocities pass through unchanged.
    """
    n = m1.shape[0]
    u1 = np.empty(n)
    u2 = np.empty(n)
    collides = np.empty(n, dtype=np.bool_)
    lost = np.zeros(n)
    for i in range(n):
        if v1[i] > v2[i]:
            u1[i], u2[i] = collision_1d(m1[i], v1[i], m2[i], v2[i], e[i])
            lost[i] = kinetic_energy_lost_1d(m1[i], v1[i], m2[i], v2[i], e[i])
            collides[i] = True
        else:
            u1[i] = v1[i]
            u2[i] = v2[i]
            collides[i] = False
    return u1, u2, collides, lost


@numba.njit(cache=True)
def restitution(v1: float, v2: float, u1: float, u2: float) -> float:
    """Coefficient of restitution from velocities before (v) and after (u): (u2 - u1) / (v1 - v2)."""
    return (u2 - u1) / (v1 - v2)


@numba.njit(cache=True)
def perfectly_inelastic_2d(m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float) -> tuple[float, float]:
    """Common velocity when the bodies stick together: (m1 v1 + m2 v2) / (m1 + m2)."""
    mass = m1 + m2
    return (m1 * v1x + m2 * v2x) / mass, (m1 * v1y + m2 * v2y) / mass


@numba.njit(cache=True)
def collision_2d(
    m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float, nx: float, ny: float, e: float
) -> tuple[float, float, float, float, float]:
    """Smooth-body collision along the line of impact n (from body 1 towards body 2).

    Returns (u1x, u1y, u2x, u2y, closing speed along n). The impulse on body 2 is J n with
    J = (1 + e) μ (v1 - v2)·n; body 1 gets -J n. When the closing speed is <= 0 the bodies are
    not approaching along n: no impulse, velocities unchanged.
    """
    norm = math.hypot(nx, ny)
    nx /= norm
    ny /= norm
    closing = (v1x - v2x) * nx + (v1y - v2y) * ny
    if closing <= 0.0:
        return v1x, v1y, v2x, v2y, closing
    j = (1.0 + e) * reduced_mass(m1, m2) * closing
    return v1x - j / m1 * nx, v1y - j / m1 * ny, v2x + j / m2 * nx, v2y + j / m2 * ny, closing


@numba.njit(cache=True)
def impact_lines_for_direction(
    m1: float, v1x: float, v1y: float, m2: float, v2x: float, v2y: float, ux: float, uy: float, e: float
) -> tuple[int, float, float]:
    """Lines of impact that send body 1 off along the direction u after the collision.

    Body 1 leaves with v1' = v1 - c (w·n) n, with w = v1 - v2 and c = (1 + e) m2 / (m1 + m2).
    v1' ∥ u means c |w| cos(φ - α) sin(β - φ) = v1 × u (α, β, φ the angles of w, u, n), i.e.
    sin(α + β - 2φ) = 2 (v1 × u) / (c |w|) - sin(β - α): up to two lines of impact. Returns
    (count, φ_a, φ_b) keeping only lines along which the bodies approach and that send body 1
    forwards along u (not backwards, and not stopped dead).
    """
    wx = v1x - v2x
    wy = v1y - v2y
    w = math.hypot(wx, wy)
    if w == 0.0:
        return 0, math.nan, math.nan
    un = math.hypot(ux, uy)
    ux /= un
    uy /= un
    c = (1.0 + e) * m2 / (m1 + m2)
    if c * w == 0.0:
        return 0, math.nan, math.nan  # body 2 too light (relative to body 1) to deflect it at all
    alpha = math.atan2(wy, wx)
    beta = math.atan2(uy, ux)
    cross = v1x * uy - v1y * ux
    rhs = 2.0 * cross / (c * w) - math.sin(beta - alpha)
    # |rhs| = 1 is the largest possible deflection (a double root). Rounding in v1 × u, amplified by
    # 1/(c |w|) when body 2 is light, can push it just past 1: allow for that much.
    slack = 1e-12 + 16.0 * _EPS * (math.hypot(v1x, v1y) + w) / (c * w)
    if rhs > 1.0 + slack or rhs < -1.0 - slack:
        return 0, math.nan, math.nan
    psi = math.asin(min(1.0, max(-1.0, rhs)))
    candidates = ((alpha + beta - psi) / 2.0, (alpha + beta - math.pi + psi) / 2.0)
    found = 0
    out_a = math.nan
    out_b = math.nan
    scale = max(math.hypot(v1x, v1y), w)
    for phi in candidates:
        if math.cos(phi - alpha) < 0.0:
            phi += math.pi  # the same line, pointing from body 1 towards body 2
        nx = math.cos(phi)
        ny = math.sin(phi)
        closing = wx * nx + wy * ny
        if closing <= 1e-12 * w:
            continue  # grazing: no impulse, no deflection
        u1x, u1y, _, _, _ = collision_2d(m1, v1x, v1y, m2, v2x, v2y, nx, ny, e)
        if u1x * ux + u1y * uy <= 1e-9 * scale:
            continue  # moves along the line of u but backwards, or stops (then it has no direction)
        phi = direction(nx, ny)
        if found == 1 and abs(phi - out_a) < 1e-12:
            continue  # double root
        if found == 0:
            out_a = phi
        else:
            out_b = phi
        found += 1
    return found, out_a, out_b


@numba.njit(cache=True)
def recoil_velocity(m1: float, v1: float, m2: float, initial_velocity: float) -> float:
    """Velocity of part 2 when a body of mass m1 + m2 moving at `initial_velocity` splits and part 1
    leaves at v1: (m1 + m2) v0 = m1 v1 + m2 v2."""
    return ((m1 + m2) * initial_velocity - m1 * v1) / m2


@numba.njit(cache=True)
def centre_of_mass_velocity(masses: np.ndarray, vx: np.ndarray, vy: np.ndarray) -> tuple[float, float, float]:
    """(v_cm x, v_cm y, total mass) of a system of bodies: Σ m v / Σ m."""
    total = 0.0
    px = 0.0
    py = 0.0
    for i in range(masses.shape[0]):
        total += masses[i]
        px += masses[i] * vx[i]
        py += masses[i] * vy[i]
    return px / total, py / total, total


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    momentum(1.0, 2.0)
    direction(1.0, -1.0)
    average_force(1.0, 2.0, -1.0, 0.1)
    reduced_mass(1.0, 2.0)
    collision_1d(1.0, 2.0, 3.0, -1.0, 0.5)
    kinetic_energy_lost_1d(1.0, 2.0, 3.0, -1.0, 0.5)
    arr = np.array([1.0, 2.0])
    collisions_1d(arr, arr, arr, -arr, arr * 0.5)
    restitution(2.0, 0.0, 0.5, 1.5)
    perfectly_inelastic_2d(1.0, 2.0, 0.0, 1.0, 0.0, 1.0)
    collision_2d(1.0, 2.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0)
    impact_lines_for_direction(1.0, 2.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0)
    recoil_velocity(0.01, 400.0, 4.0, 0.0)
    centre_of_mass_velocity(arr, arr, arr)
