"""Energy kernels: kinetic and potential energy, work, power, mechanical-energy balances, sliding
with friction, roller-coaster tracks and spring launches.

Conventions: SI floats; heights are measured up from any fixed reference level; g is a parameter
(tools default to G_TEXTBOOK = 9.81 m/s², the value textbook problems use). Energy balances are
written per unit mass ("specific" energy, J/kg) so that problems which never give the mass still
solve: ½v² + g·h + ½(k/m)·x² (+ W_nc/m for non-conservative work). A state that would need v² < 0
is unreachable and comes back NaN; the caller decides how to explain it.
"""

from __future__ import annotations

import math

import numba
import numpy as np

# Textbook problems use g = 9.81 m/s²; standard gravity 9.80665 is available as a parameter value.
G_TEXTBOOK = 9.81

# v² computed as a difference of energies may land a few ulps below zero when the body just
# reaches a point (same height, zero speed); tolerate that much round-off relative to the energy scale.
_REACH_RTOL = 1e-12

SLIDING_DOWN = 1
SLIDING_UP = -1


@numba.njit(cache=True)
def kinetic_energy(mass: float, speed: float) -> float:
    return 0.5 * mass * speed * speed


@numba.njit(cache=True)
def speed_from_kinetic_energy(energy: float, mass: float) -> float:
    """v = √(2 KE / m); NaN for negative energy."""
    if energy < 0.0:
        return math.nan
    return math.sqrt(2.0 * energy / mass)


@numba.njit(cache=True)
def mass_from_kinetic_energy(energy: float, speed: float) -> float:
    """m = 2 KE / v²; NaN when the speed is zero (any mass has zero KE then)."""
    if speed == 0.0:
        return math.nan
    return 2.0 * energy / (speed * speed)


@numba.njit(cache=True)
def gravitational_potential_energy(mass: float, height: float, reference_height: float, g: float) -> float:
    """U = m g (h - h_ref): only differences of height matter, so the reference level is a choice."""
    return mass * g * (height - reference_height)


@numba.njit(cache=True)
def elastic_potential_energy(k: float, displacement: float) -> float:
    """U = ½ k x², the same for stretch and compression."""
    return 0.5 * k * displacement * displacement


@numba.njit(cache=True)
def work(force: float, displacement: float, angle: float) -> float:
    """W = F d cos θ with θ the angle between the force and the displacement."""
    return force * displacement * math.cos(angle)


@numba.njit(cache=True)
def power_from_force(force: float, velocity: float, angle: float) -> float:
    """Instantaneous power P = F v cos θ."""
    return force * velocity * math.cos(angle)


@numba.njit(cache=True)
def _clamped_square(value: float, scale: float) -> float:
    """A computed v² (or x²): round-off below zero becomes 0, a real deficit becomes NaN."""
    if value >= 0.0:
        return value
    if value >= -_REACH_RTOL * scale:
        return 0.0
    return math.nan


@numba.njit(cache=True)
def specific_mechanical_energy(speed: float, height: float, compression: float, k_per_mass: float, g: float) -> float:
    """Mechanical energy per kilogram: ½v² + g h + ½ (k/m) x²."""
    return 0.5 * speed * speed + g * height + 0.5 * k_per_mass * compression * compression


@numba.njit(cache=True)
def speed_at(energy: float, height: float, compression: float, k_per_mass: float, g: float) -> float:
    """Speed of a body with specific energy `energy` at `height` with spring compression `compression`;
    NaN when that point needs more energy than the body has."""
    potential = g * height + 0.5 * k_per_mass * compression * compression
    v2 = _clamped_square(2.0 * (energy - potential), 2.0 * (abs(energy) + abs(potential)))
    return math.sqrt(v2)


@numba.njit(cache=True)
def height_at(energy: float, speed: float, compression: float, k_per_mass: float, g: float) -> float:
    """Height at which a body of specific energy `energy` moves at `speed`."""
    return (energy - 0.5 * speed * speed - 0.5 * k_per_mass * compression * compression) / g


@numba.njit(cache=True)
def compression_at(energy: float, speed: float, height: float, k_per_mass: float, g: float) -> float:
    """Spring compression (>= 0) at which the body has `speed` at `height`; NaN if none."""
    rest = energy - 0.5 * speed * speed - g * height
    x2 = _clamped_square(2.0 * rest / k_per_mass, 2.0 * (abs(energy) + abs(g * height)) / k_per_mass)
    return math.sqrt(x2)


@numba.njit(cache=True)
def slide_acceleration(angle: float, mu: float, g: float, direction: int) -> float:
    """Acceleration along the direction of motion of a block sliding on an incline (angle 0: level).

    Kinetic friction mu·N with N = m g cos θ always opposes the motion; gravity's component g sin θ
    helps a block sliding down (direction SLIDING_DOWN) and slows one sliding up (SLIDING_UP).
    """
    friction = mu * g * math.cos(angle)
    along = g * math.sin(angle)
    if direction == SLIDING_DOWN:
        return along - friction
    return -along - friction


@numba.njit(cache=True)
def slide(speed: float, acceleration: float, distance: float) -> tuple[float, float]:
    """A block starting at `speed` with constant `acceleration` along its motion, for `distance`.

    Returns (speed at the end or 0 if it stopped first, stopping distance or inf if it never stops).
    """
    stop = math.inf
    if acceleration < 0.0:
        stop = speed * speed / (-2.0 * acceleration)
    if distance >= stop:
        return 0.0, stop
    v2 = speed * speed + 2.0 * acceleration * distance
    return math.sqrt(max(v2, 0.0)), stop


@numba.njit(cache=True)
def track_speeds(heights: np.ndarray, initial_speed: float, g: float) -> tuple[np.ndarray, int]:
    """Speeds at each point of a frictionless track, starting at heights[0] with `initial_speed`.

    Returns (speeds, first unreachable index or -1). A car that cannot climb to a point rolls back,
    so that point and every later one are unreachable (NaN speed).
    """
    n = heights.shape[0]
    speeds = np.full(n, np.nan)
    energy = specific_mechanical_energy(initial_speed, heights[0], 0.0, 0.0, g)
    for i in range(n):
        v = speed_at(energy, heights[i], 0.0, 0.0, g)
        if math.isnan(v):
            return speeds, i
        speeds[i] = v
    return speeds, -1


@numba.njit(cache=True)
def highest_reachable(heights: np.ndarray, initial_speed: float, g: float) -> float:
    """Turning height of the car on a frictionless track: h0 + v0²/(2g)."""
    return heights[0] + initial_speed * initial_speed / (2.0 * g)


@numba.njit(cache=True)
def spring_launch_speed(k: float, mass: float, compression: float, vertical: bool, g: float) -> float:
    """Speed as the spring reaches its natural length. Vertical launches also lift the mass through
    the compression distance: v² = k x²/m - 2 g x (NaN: the spring cannot even lift it)."""
    v2 = k * compression * compression / mass
    if vertical:
        v2 -= 2.0 * g * compression
        if v2 < 0.0:
            return math.nan
    return math.sqrt(v2)


@numba.njit(cache=True)
def spring_launch_height(k: float, mass: float, compression: float, g: float) -> float:
    """Greatest height above the release (compressed) position of a vertical launch: ½kx² = m g h."""
    return k * compression * compression / (2.0 * mass * g)


@numba.njit(cache=True)
def compression_for_speed(k: float, mass: float, speed: float, vertical: bool, g: float) -> float:
    """Compression that launches the mass at `speed`: the positive root of ½kx² - [m g x] - ½mv² = 0."""
    if not vertical:
        return speed * math.sqrt(mass / k)
    mg = mass * g
    return (mg + math.sqrt(mg * mg + k * mass * speed * speed)) / k


@numba.njit(cache=True)
def compression_for_height(k: float, mass: float, height: float, g: float) -> float:
    """Compression that lifts the mass `height` above the release position."""
    return math.sqrt(2.0 * mass * g * height / k)


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    kinetic_energy(1.0, 2.0)
    speed_from_kinetic_energy(2.0, 1.0)
    mass_from_kinetic_energy(2.0, 2.0)
    gravitational_potential_energy(1.0, 2.0, 0.0, G_TEXTBOOK)
    elastic_potential_energy(100.0, 0.1)
    work(10.0, 2.0, 0.5)
    power_from_force(10.0, 2.0, 0.0)
    e = specific_mechanical_energy(1.0, 2.0, 0.1, 100.0, G_TEXTBOOK)
    speed_at(e, 1.0, 0.0, 100.0, G_TEXTBOOK)
    height_at(e, 1.0, 0.0, 100.0, G_TEXTBOOK)
    compression_at(e, 1.0, 0.0, 100.0, G_TEXTBOOK)
    a = slide_acceleration(0.3, 0.2, G_TEXTBOOK, SLIDING_DOWN)
    slide(3.0, a, 2.0)
    heights = np.array([30.0, 0.0, 20.0])
    track_speeds(heights, 0.0, G_TEXTBOOK)
    highest_reachable(heights, 0.0, G_TEXTBOOK)
    spring_launch_speed(500.0, 0.1, 0.05, True, G_TEXTBOOK)
    spring_launch_height(500.0, 0.1, 0.05, G_TEXTBOOK)
    compression_for_speed(500.0, 0.1, 3.0, True, G_TEXTBOOK)
    compression_for_height(500.0, 0.1, 1.0, G_TEXTBOOK)
