"""Force kernels: net force, friction (static vs kinetic), inclines, springs and rope tensions.

Conventions: SI floats; a signed 1-D force is positive along the chosen axis; g is a parameter
(tools default to G_TEXTBOOK = 9.81 m/s², the value textbook problems use, not 9.80665).
Friction follows the textbook model: at rest, static friction supplies exactly what is needed to
hold, up to mu_s·N; once sliding, kinetic friction mu_k·N opposes the motion.
Results that statics cannot determine (tensions between blocks that do not move) come back NaN.
"""

from __future__ import annotations

import math

import numba
import numpy as np

# Textbook problems use g = 9.81 m/s²; standard gravity 9.80665 is available as a parameter value.
G_TEXTBOOK = 9.81

# Static friction "just holds" at the threshold: tolerate round-off in |F| <= mu_s·N comparisons.
_HOLD_RTOL = 1e-12

AT_REST = 0
SLIDING_UP = 1
SLIDING_DOWN = -1


@numba.njit(cache=True)
def net_force_1d(forces: np.ndarray) -> float:
    total = 0.0
    for f in forces:
        total += f
    return total


@numba.njit(cache=True)
def weight(mass: float, g: float) -> float:
    return mass * g


@numba.njit(cache=True)
def spring_force(k: float, extension: float) -> float:
    """Hooke's law: the spring pulls back against its extension, F = -k·x."""
    return -k * extension


@numba.njit(cache=True)
def _holds(driving: float, max_static: float) -> bool:
    return abs(driving) <= max_static * (1.0 + _HOLD_RTOL) + _HOLD_RTOL * abs(driving)


@numba.njit(cache=True)
def _holding_friction(driving: float, max_static: float) -> float:
    """Static friction that holds a body against `driving`: exactly -driving, kept within
    ±max_static (the round-off that _holds tolerates never shows up as friction above mu_s·N)."""
    friction = -driving
    if friction > max_static:
        return max_static
    if friction < -max_static:
        return -max_static
    return friction


@numba.njit(cache=True)
def friction_response(
    applied: float, normal: float, mu_static: float, mu_kinetic: float
) -> tuple[float, float, bool, float, float]:
    """A body at rest on a level surface pushed with a signed horizontal force `applied`.

    Returns (max static friction, kinetic friction magnitude, moves, friction force (signed),
    net force). At rest the friction force cancels the push exactly; past mu_s·N the body moves
    and kinetic friction mu_k·N opposes it.
    """
    max_static = mu_static * normal
    kinetic = mu_kinetic * normal
    if _holds(applied, max_static):
        return max_static, kinetic, False, _holding_friction(applied, max_static), 0.0
    friction = -math.copysign(kinetic, applied)
    return max_static, kinetic, True, friction, applied + friction


@numba.njit(cache=True)
def incline(
    mass: float,
    angle: float,
    mu_static: float,
    mu_kinetic: float,
    g: float,
    applied: float,
    motion: int,
) -> tuple[float, float, float, float, float, float, int]:
    """A block on a slope at `angle` (0..π/2); signed forces are positive UP the slope.

    `applied` is an extra force along the slope; `motion` is AT_REST, SLIDING_UP or SLIDING_DOWN
    (the state at the instant analysed). Returns (weight parallel component (magnitude, acting
    down the slope), weight perpendicular component, normal force, friction (signed), net force
    (signed), acceleration (signed), direction of motion afterwards: 0 at rest, +1 up, -1 down).
    """
    w_parallel = mass * g * math.sin(angle)
    w_perpendicular = mass * g * math.cos(angle)
    normal = w_perpendicular
    driving = applied - w_parallel  # everything along the slope except friction
    if motion == AT_REST:
        max_static = mu_static * normal
        if _holds(driving, max_static):
            return w_parallel, w_perpendicular, normal, _holding_friction(driving, max_static), 0.0, 0.0, 0
        direction = 1 if driving > 0.0 else -1
    else:
        direction = motion
    friction = -direction * mu_kinetic * normal
    net = driving + friction
    return w_parallel, w_perpendicular, normal, friction, net, net / mass, direction


@numba.njit(cache=True)
def hanging_tension(mass: float, acceleration: float, g: float) -> float:
    """Rope tension holding a mass that accelerates at `acceleration` (positive = upward)."""
    return mass * (g + acceleration)


@numba.njit(cache=True)
def atwood(m1: float, m2: float, g: float) -> tuple[float, float]:
    """Ideal Atwood machine: (acceleration, tension); a > 0 means m2 descends and m1 rises."""
    total = m1 + m2
    return (m2 - m1) * g / total, 2.0 * m1 * m2 * g / total


@numba.njit(cache=True)
def _trailing_sums(masses: np.ndarray) -> np.ndarray:
    """sums[i] = total mass behind link i (masses i+1 .. n-1)."""
    n = masses.shape[0]
    sums = np.empty(max(n - 1, 0))
    behind = 0.0
    for i in range(n - 1, 0, -1):
        behind += masses[i]
        sums[i - 1] = behind
    return sums


@numba.njit(cache=True)
def chain_pulled(
    masses: np.ndarray, force: float, mu_static: float, mu_kinetic: float, g: float
) -> tuple[bool, float, np.ndarray, float]:
    """Masses in a line on a level surface joined by light ropes, `force` (>= 0) pulling masses[0].

    Every block has the same friction coefficients. Returns (moves, acceleration, tensions,
    force needed to start moving); tensions[i] is the rope between masses[i] and masses[i+1].
    Moving, each rope drags the blocks behind it: T_i = (m behind)·(a + mu_k g) = F·(m behind)/Σm.
    At rest the split of static friction between blocks, hence the tensions, is indeterminate (NaN).
    """
    total = 0.0
    for m in masses:
        total += m
    to_start = mu_static * total * g
    behind = _trailing_sums(masses)
    tensions = np.empty(behind.shape[0])
    if _holds(force, to_start):
        # Nothing pulls at all: every rope is slack. Otherwise statics cannot split the load.
        tensions[:] = 0.0 if force == 0.0 else np.nan
        return False, 0.0, tensions, to_start
    acceleration = (force - mu_kinetic * total * g) / total
    for i in range(behind.shape[0]):
        tensions[i] = behind[i] * (acceleration + mu_kinetic * g)
    return True, acceleration, tensions, to_start


@numba.njit(cache=True)
def table_pulley(
    table_masses: np.ndarray, hanging_mass: float, mu_static: float, mu_kinetic: float, g: float
) -> tuple[bool, float, float, np.ndarray]:
    """Blocks on a level table joined in a line; table_masses[0] is tied over a light, frictionless
    pulley at the table edge to `hanging_mass`.

    Returns (moves, acceleration, tension in the rope over the pulley, tensions between table
    blocks); tensions[i] joins table_masses[i] and table_masses[i+1]. When static friction holds,
    the pulley rope carries the hanging weight and the table ropes are indeterminate (NaN).
    """
    on_table = 0.0
    for m in table_masses:
        on_table += m
    behind = _trailing_sums(table_masses)
    tensions = np.empty(behind.shape[0])
    pull = hanging_mass * g
    if _holds(pull, mu_static * on_table * g):
        tensions[:] = np.nan
        return False, 0.0, pull, tensions
    acceleration = (pull - mu_kinetic * on_table * g) / (hanging_mass + on_table)
    for i in range(behind.shape[0]):
        tensions[i] = behind[i] * (acceleration + mu_kinetic * g)
    return True, acceleration, hanging_mass * (g - acceleration), tensions


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    masses = np.array([1.0, 2.0, 3.0])
    net_force_1d(masses)
    weight(1.0, G_TEXTBOOK)
    spring_force(10.0, 0.1)
    friction_response(5.0, 10.0, 0.5, 0.4)
    incline(1.0, 0.5, 0.5, 0.4, G_TEXTBOOK, 0.0, AT_REST)
    hanging_tension(1.0, 0.0, G_TEXTBOOK)
    atwood(1.0, 2.0, G_TEXTBOOK)
    chain_pulled(masses, 10.0, 0.1, 0.1, G_TEXTBOOK)
    table_pulley(masses, 2.0, 0.1, 0.1, G_TEXTBOOK)
