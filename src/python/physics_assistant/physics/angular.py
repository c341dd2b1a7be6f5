"""Angular-motion kernels: rotational kinematics, moments of inertia (with the parallel-axis
theorem), torque, angular momentum, rotational energy, rolling without slipping and sampled
rotational motion.

Conventions: SI floats, angles in radians, counter-clockwise positive. Rotation with constant
angular acceleration obeys exactly the equations of linear motion with θ ↔ x, ω ↔ v, α ↔ a, so
the rotational solver is the kinematics solver under those names (one implementation, both roots
of the quadratic cases). A rolling body is described by β = I / (m R²): it rolls down an incline
with a = g sin θ / (1 + β) whatever its mass and radius.
"""

from __future__ import annotations

import math

import numba
import numpy as np

from physics_assistant.physics import kinematics

# Textbook problems use g = 9.81 m/s²; standard gravity 9.80665 is available as a parameter value.
G_TEXTBOOK = 9.81

# Indices in the rotational solver arrays: the linear solver's (s, u, v, a, t) slots.
THETA, OMEGA0, OMEGA, ALPHA, T = kinematics.S, kinematics.U, kinematics.V, kinematics.A, kinematics.T
SOLVED = kinematics.SOLVED
UNDERDETERMINED = kinematics.UNDERDETERMINED
NO_SOLUTION = kinematics.NO_SOLUTION
INCONSISTENT = kinematics.INCONSISTENT

# Shapes, each about its symmetry axis through the centre of mass (the rod also about one end).
ROD_CENTER = 0  # thin rod of length L about a perpendicular axis through its centre: m L²/12
ROD_END = 1  # the same rod about a perpendicular axis through one end: m L²/3
SOLID_CYLINDER = 2  # solid disk or cylinder: ½ m R²
HOLLOW_CYLINDER = 3  # thick-walled tube between radii r and R: ½ m (R² + r²); thin-walled (r = R): m R²
THIN_HOOP = 4  # thin hoop or ring: m R²
SOLID_SPHERE = 5  # 2/5 m R²
HOLLOW_SPHERE = 6  # shell between r and R: 2/5 m (R⁵ - r⁵)/(R³ - r³); thin shell (r = R): 2/3 m R²
RECTANGULAR_PLATE = 7  # a × b plate about the perpendicular axis through its centre: m (a² + b²)/12


@numba.njit(cache=True)
def moment_of_inertia(
    shape: int, mass: float, radius: float, inner_radius: float, length: float, width: float
) -> float:
    """Moment of inertia about the centre-of-mass axis of `shape` (ROD_END: about the end).

    `radius`/`inner_radius` apply to round shapes, `length` to rods and plates, `width` to plates.
    NaN for an unknown shape code.
    """
    if shape == ROD_CENTER:
        return mass * length * length / 12.0
    if shape == ROD_END:
        return mass * length * length / 3.0
    if shape == SOLID_CYLINDER:
        return 0.5 * mass * radius * radius
    if shape == HOLLOW_CYLINDER:
        return 0.5 * mass * (radius * radius + inner_radius * inner_radius)
    if shape == THIN_HOOP:
        return mass * radius * radius
    if shape == SOLID_SPHERE:
        return 0.4 * mass * radius * radius
    if shape == HOLLOW_SPHERE:
        # (R⁵ - r⁵)/(R³ - r³) with the common factor (R - r) cancelled: exact for a thin shell (r = R).
        big, small = radius, inner_radius
        top = big**4 + big**3 * small + big**2 * small**2 + big * small**3 + small**4
        bottom = big**2 + big * small + small**2
        return 0.4 * mass * top / bottom
    if shape == RECTANGULAR_PLATE:
        return mass * (length * length + width * width) / 12.0
    return math.nan


@numba.njit(cache=True)
def parallel_axis(i_cm: float, mass: float, offset: float) -> float:
    """Parallel-axis theorem: I = I_cm + m d² about an axis a distance d from the centre of mass."""
    return i_cm + mass * offset * offset


@numba.njit(cache=True)
def _shell_inertia_per_mass(outer: float, inner: float) -> float:
    """I / m of a thick spherical shell, ⅖ (R⁵ - r⁵) / (R³ - r³), written with q = r / R <= 1 so that
    no tiny radius can make the denominator underflow to zero."""
    q = inner / outer
    return 0.4 * outer * outer * (1.0 + q + q * q + q**3 + q**4) / (1.0 + q + q * q)


@numba.njit(cache=True)
def hollow_outer_radius(shape: int, inertia_per_mass: float, inner_radius: float) -> float:
    """The outer radius R of a thick-walled HOLLOW_CYLINDER or HOLLOW_SPHERE with inner radius r whose
    moment of inertia per unit mass (about its own axis) is I/m: the inverse of moment_of_inertia.

    I/m grows with R from its thin-wall value at R = r (r² for the tube, ⅔ r² for the shell), so
    there is one answer when I/m is at least that, else NaN. The tube is closed-form
    (R² = 2 I/m - r²); the shell's I/m is bisected between r and √(I/m / 0.4), where ⅖ R² <= I/m
    already holds. NaN for any other shape.
    """
    r = inner_radius
    if shape == HOLLOW_CYLINDER:
        squared = 2.0 * inertia_per_mass - r * r
        return math.sqrt(squared) if squared >= r * r else math.nan
    if shape != HOLLOW_SPHERE or not inertia_per_mass >= 2.0 / 3.0 * r * r:  # (NaN too)
        return math.nan
    low, high = r, max(r, math.sqrt(inertia_per_mass / 0.4))
    for _ in range(200):
        middle = 0.5 * (low + high)
        if not low < middle < high:
            break  # as narrow as floats allow
        if _shell_inertia_per_mass(middle, r) < inertia_per_mass:
            low = middle
        else:
            high = middle
    return 0.5 * (low + high)


@numba.njit(cache=True)
def rolling_factor(shape: int, inner_ratio: float) -> float:
    """β = I / (m R²) of a round shape (inner_ratio = r / R for hollow shapes); NaN for rods/plates."""
    if shape in (ROD_CENTER, ROD_END, RECTANGULAR_PLATE):
        return math.nan
    return moment_of_inertia(shape, 1.0, 1.0, inner_ratio, 0.0, 0.0)


@numba.njit(cache=True)
def point_masses_inertia(masses: np.ndarray, distances: np.ndarray) -> float:
    """I = Σ m r² of point masses at perpendicular distances r from the axis."""
    total = 0.0
    for i in range(masses.shape[0]):
        total += masses[i] * distances[i] * distances[i]
    return total


@numba.njit(cache=True)
def torque(lever_arm: float, force: float, angle: float) -> float:
    """τ = r F sin θ, θ measured counter-clockwise from the lever arm (r) to the force; + = CCW."""
    return lever_arm * force * math.sin(angle)


@numba.njit(cache=True)
def torques(lever_arms: np.ndarray, forces: np.ndarray, angles: np.ndarray) -> tuple[np.ndarray, float]:
    """Each force's torque and the net torque."""
    n = lever_arms.shape[0]
    each = np.empty(n)
    total = 0.0
    for i in range(n):
        each[i] = torque(lever_arms[i], forces[i], angles[i])
        total += each[i]
    return each, total


@numba.njit(cache=True)
def rotational_kinetic_energy(moment: float, angular_velocity: float) -> float:
    return 0.5 * moment * angular_velocity * angular_velocity


@numba.njit(cache=True)
def conserved_angular_velocity(moment_before: float, omega_before: float, moment_after: float) -> float:
    """No external torque: I1 ω1 = I2 ω2."""
    return moment_before * omega_before / moment_after


@numba.njit(cache=True)
def rolling_acceleration(beta: float, angle: float, g: float) -> float:
    """Acceleration down an incline when rolling without slipping: g sin θ / (1 + β)."""
    return g * math.sin(angle) / (1.0 + beta)


@numba.njit(cache=True)
def rolling_speed(beta: float, height: float, g: float) -> float:
    """Speed after rolling from rest down a height h: m g h = ½ m v² (1 + β)."""
    return math.sqrt(2.0 * g * height / (1.0 + beta))


@numba.njit(cache=True)
def rolling_friction_needed(beta: float, angle: float) -> float:
    """Least static friction coefficient for rolling without slipping: β tan θ / (1 + β)."""
    return beta * math.tan(angle) / (1.0 + beta)


@numba.njit(cache=True)
def rolling_race(betas: np.ndarray, height: float, angle: float, g: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(accelerations, times, speeds at the bottom) of bodies rolling from rest down the same incline
    of `height` and `angle`: the smaller β, the faster."""
    n = betas.shape[0]
    accelerations = np.empty(n)
    times = np.empty(n)
    speeds = np.empty(n)
    length = height / math.sin(angle)
    for i in range(n):
        accelerations[i] = rolling_acceleration(betas[i], angle, g)
        times[i] = math.sqrt(2.0 * length / accelerations[i])
        speeds[i] = rolling_speed(betas[i], height, g)
    return accelerations, times, speeds


@numba.njit(cache=True)
def solve_rotational_kinematics(known: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """Solve θ = ω0 t + α t²/2, ω = ω0 + α t from at least three of (θ, ω0, ω, α, t) (NaN = unknown).

    Returns (status, solutions (count x 5), physical flags (t >= 0)): both roots where a quadratic
    gives two, exactly as kinematics.solve_constant_acceleration.
    """
    return kinematics.solve_constant_acceleration(known)


@numba.njit(cache=True)
def angular_motion_series(
    omega0: float, alpha: float, t_end: float, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(t, θ, ω) at n evenly spaced times from 0 to t_end for constant angular acceleration."""
    t = np.linspace(0.0, t_end, n)
    theta = np.empty(n)
    omega = np.empty(n)
    for i in range(n):
        theta[i] = omega0 * t[i] + 0.5 * alpha * t[i] * t[i]
        omega[i] = omega0 + alpha * t[i]
    return t, theta, omega


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    for shape in range(RECTANGULAR_PLATE + 1):
        moment_of_inertia(shape, 1.0, 0.5, 0.4, 1.0, 0.5)
        rolling_factor(shape, 0.5)
        hollow_outer_radius(shape, 1.0, 0.5)
    parallel_axis(1.0, 2.0, 0.5)
    arr = np.array([1.0, 2.0])
    point_masses_inertia(arr, arr)
    torque(0.5, 10.0, 1.0)
    torques(arr, arr, arr)
    rotational_kinetic_energy(2.0, 3.0)
    conserved_angular_velocity(2.0, 3.0, 1.0)
    rolling_acceleration(0.4, 0.5, G_TEXTBOOK)
    rolling_speed(0.4, 1.5, G_TEXTBOOK)
    rolling_friction_needed(0.4, 0.5)
    rolling_race(np.array([0.4, 0.5, 1.0]), 1.5, 0.5, G_TEXTBOOK)
    solve_rotational_kinematics(np.array([np.nan, 0.0, 40.0, np.nan, 8.0]))
    angular_motion_series(1.0, 0.5, 2.0, 10)
