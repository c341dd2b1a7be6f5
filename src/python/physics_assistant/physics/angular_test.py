import itertools
import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics import angular

G = angular.G_TEXTBOOK
SHAPES = range(angular.RECTANGULAR_PLATE + 1)
ROUND = (
    angular.SOLID_CYLINDER,
    angular.HOLLOW_CYLINDER,
    angular.THIN_HOOP,
    angular.SOLID_SPHERE,
    angular.HOLLOW_SPHERE,
)

masses = st.floats(1e-3, 1e4)
lengths = st.floats(1e-3, 100.0)
omegas = st.floats(-500.0, 500.0)
alphas = st.floats(-100.0, 100.0)
times = st.floats(0.0, 100.0)
incline_angles = st.floats(0.01, math.pi / 2 - 0.01)
heights = st.floats(1e-3, 1e3)


# ---- textbook values -------------------------------------------------------------------------


def test_textbook_values() -> None:
    assert angular.moment_of_inertia(angular.THIN_HOOP, 2.0, 0.5, 0.0, 0.0, 0.0) == pytest.approx(0.5)
    assert angular.moment_of_inertia(angular.ROD_CENTER, 3.0, 0.0, 0.0, 2.0, 0.0) == pytest.approx(1.0)
    assert angular.moment_of_inertia(angular.ROD_END, 3.0, 0.0, 0.0, 2.0, 0.0) == pytest.approx(4.0)
    assert angular.moment_of_inertia(angular.SOLID_SPHERE, 5.0, 0.2, 0.0, 0.0, 0.0) == pytest.approx(0.08)
    assert angular.moment_of_inertia(angular.RECTANGULAR_PLATE, 12.0, 0.0, 0.0, 3.0, 4.0) == pytest.approx(25.0)
    # A solid sphere rolling down 1.5 m from rest: v = √(10 g h / 7) = 4.585 m/s.
    assert angular.rolling_speed(0.4, 1.5, G) == pytest.approx(4.5849131476)
    assert angular.torque(0.5, 20.0, math.pi / 2) == pytest.approx(10.0)
    # Disk spun up from 0 to 40 rad/s in 8 s: α = 5 rad/s², θ = 160 rad.
    status, solutions, physical = angular.solve_rotational_kinematics(np.array([np.nan, 0.0, 40.0, np.nan, 8.0]))
    assert status == angular.SOLVED
    assert solutions[0, angular.ALPHA] == pytest.approx(5.0)
    assert solutions[0, angular.THETA] == pytest.approx(160.0)
    assert physical.all()


def test_rolling_factors_of_the_standard_shapes() -> None:
    assert angular.rolling_factor(angular.SOLID_SPHERE, 0.0) == pytest.approx(0.4)
    assert angular.rolling_factor(angular.SOLID_CYLINDER, 0.0) == pytest.approx(0.5)
    assert angular.rolling_factor(angular.HOLLOW_SPHERE, 1.0) == pytest.approx(2 / 3)
    assert angular.rolling_factor(angular.HOLLOW_CYLINDER, 1.0) == pytest.approx(1.0)
    assert angular.rolling_factor(angular.THIN_HOOP, 0.0) == pytest.approx(1.0)
    assert math.isnan(angular.rolling_factor(angular.ROD_CENTER, 0.0))


def test_wheel_slowing_down_passes_an_angle_twice() -> None:
    # ω0 = 5 rad/s, α = -1 rad/s²: θ = 10 rad at t = 5 ∓ √5 s (the second after reversing).
    status, solutions, physical = angular.solve_rotational_kinematics(np.array([10.0, 5.0, np.nan, -1.0, np.nan]))
    assert status == angular.SOLVED
    assert solutions[:, angular.T] == pytest.approx([5 - math.sqrt(5), 5 + math.sqrt(5)])
    assert physical.all()


# ---- moments of inertia ----------------------------------------------------------------------


@given(st.sampled_from(SHAPES), masses, lengths, st.floats(0.0, 1.0), lengths, lengths, st.floats(0.0, 100.0))
def test_parallel_axis_never_lowers_the_moment_of_inertia(
    shape: int, m: float, radius: float, inner_fraction: float, length: float, width: float, d: float
) -> None:
    i_cm = angular.moment_of_inertia(shape, m, radius, inner_fraction * radius, length, width)
    assert i_cm > 0
    i = angular.parallel_axis(i_cm, m, d)
    assert i >= i_cm
    assert i == pytest.approx(i_cm + m * d * d)
    if d > 0:
        assert i > i_cm or m * d * d <= i_cm * 1e-15  # strictly larger unless below rounding


@given(masses, lengths)
def test_rod_about_its_end_is_the_parallel_axis_of_its_centre(m: float, length: float) -> None:
    centre = angular.moment_of_inertia(angular.ROD_CENTER, m, 0.0, 0.0, length, 0.0)
    end = angular.moment_of_inertia(angular.ROD_END, m, 0.0, 0.0, length, 0.0)
    assert end == pytest.approx(angular.parallel_axis(centre, m, length / 2), rel=1e-12)


@given(st.sampled_from([angular.HOLLOW_CYLINDER, angular.HOLLOW_SPHERE]), masses, lengths, st.floats(0.0, 1.0))
def test_hollow_shapes_lie_between_solid_and_thin_walled(shape: int, m: float, radius: float, fraction: float) -> None:
    solid = angular.moment_of_inertia(shape, m, radius, 0.0, 0.0, 0.0)
    thin = angular.moment_of_inertia(shape, m, radius, radius, 0.0, 0.0)
    i = angular.moment_of_inertia(shape, m, radius, fraction * radius, 0.0, 0.0)
    assert solid * (1 - 1e-12) <= i <= thin * (1 + 1e-12)
    # No hole is the solid body (½ m R², ⅖ m R²).
    solid_code = angular.SOLID_CYLINDER if shape == angular.HOLLOW_CYLINDER else angular.SOLID_SPHERE
    assert solid == pytest.approx(angular.moment_of_inertia(solid_code, m, radius, 0.0, 0.0, 0.0))


@given(
    st.sampled_from([angular.HOLLOW_CYLINDER, angular.HOLLOW_SPHERE]),
    lengths,
    st.one_of(st.just(0.0), st.floats(1e-6, 1.0)),
)
def test_hollow_outer_radius_inverts_the_moment_of_inertia(shape: int, radius: float, fraction: float) -> None:
    inner = fraction * radius
    per_kg = angular.moment_of_inertia(shape, 1.0, radius, inner, 0.0, 0.0)
    assert angular.hollow_outer_radius(shape, per_kg, inner) == pytest.approx(radius, rel=1e-9)
    # below the thin-walled value at the inner radius no outer radius fits
    assume(inner > 0)
    thinnest = angular.moment_of_inertia(shape, 1.0, inner, inner, 0.0, 0.0)
    assert math.isnan(angular.hollow_outer_radius(shape, thinnest * 0.99, inner))
    assert math.isnan(angular.hollow_outer_radius(angular.SOLID_SPHERE, per_kg, inner))


@given(st.lists(st.tuples(masses, st.floats(0.0, 100.0)), min_size=1, max_size=50))
def test_point_masses_add_up(points: list[tuple[float, float]]) -> None:
    m, r = (np.array(column) for column in zip(*points, strict=True))
    assert angular.point_masses_inertia(m, r) == pytest.approx(float(np.sum(m * r * r)))


# ---- rolling ---------------------------------------------------------------------------------


@given(incline_angles, heights, st.floats(1.0, 20.0))
def test_rolling_race_order_is_sphere_disk_hoop(angle: float, height: float, g: float) -> None:
    betas = np.array(
        [
            angular.rolling_factor(angular.SOLID_SPHERE, 0.0),
            angular.rolling_factor(angular.SOLID_CYLINDER, 0.0),
            angular.rolling_factor(angular.THIN_HOOP, 0.0),
        ]
    )
    accelerations, t, v = angular.rolling_race(betas, height, angle, g)
    assert t[0] < t[1] < t[2]
    assert v[0] > v[1] > v[2]
    assert accelerations[0] > accelerations[1] > accelerations[2]


@given(st.sampled_from(ROUND), st.floats(0.0, 1.0), masses, heights)
def test_rolling_converts_all_height_into_kinetic_energy(shape: int, ratio: float, m: float, h: float) -> None:
    beta = angular.rolling_factor(shape, ratio)
    v = angular.rolling_speed(beta, h, G)
    assert 0.5 * m * v * v * (1 + beta) == pytest.approx(m * G * h, rel=1e-12)
    assert v < math.sqrt(2 * G * h)  # slower than sliding without friction: some energy spins it


@given(st.sampled_from(ROUND), st.floats(0.0, 1.0), incline_angles, heights)
def test_rolling_time_matches_the_speed_at_the_bottom(shape: int, ratio: float, angle: float, h: float) -> None:
    beta = angular.rolling_factor(shape, ratio)
    a, t, v = angular.rolling_race(np.array([beta]), h, angle, G)
    assert a[0] * t[0] == pytest.approx(v[0], rel=1e-9)  # from rest with constant a: v = a t
    assert angular.rolling_friction_needed(beta, angle) < math.tan(angle)


# ---- angular momentum, torque ----------------------------------------------------------------


@given(st.floats(1e-3, 1e3), omegas, st.floats(1e-3, 1e3))
def test_skater_conserves_angular_momentum(i1: float, w1: float, i2: float) -> None:
    w2 = angular.conserved_angular_velocity(i1, w1, i2)
    assert i2 * w2 == pytest.approx(i1 * w1, rel=1e-12, abs=1e-300)
    ke1 = angular.rotational_kinetic_energy(i1, w1)
    ke2 = angular.rotational_kinetic_energy(i2, w2)
    # Pulling in (I2 < I1) raises the kinetic energy by the factor I1 / I2.
    assert ke2 == pytest.approx(ke1 * i1 / i2, rel=1e-9, abs=1e-300)


@given(st.lists(st.tuples(st.floats(0.0, 10.0), st.floats(-1e3, 1e3), st.floats(-7.0, 7.0)), min_size=1, max_size=20))
def test_net_torque_is_the_sum_of_r_f_sin_theta(items: list[tuple[float, float, float]]) -> None:
    r, f, theta = (np.array(column) for column in zip(*items, strict=True))
    each, total = angular.torques(r, f, theta)
    assert each == pytest.approx(r * f * np.sin(theta))
    assert total == pytest.approx(float(np.sum(r * f * np.sin(theta))), abs=1e-9 * float(np.sum(np.abs(r * f))))


# ---- rotational kinematics -------------------------------------------------------------------


# Dyadic values (k / 2^n) keep θ and ω exact in floating point, so the round trip compares the
# solver with the truth rather than with rounding noise in the inputs.
dyadic_omegas = st.integers(-2000, 2000).map(lambda k: k / 4)
dyadic_alphas = st.integers(-800, 800).map(lambda k: k / 8)
dyadic_times = st.integers(0, 400).map(lambda k: k / 4)


@given(dyadic_omegas, dyadic_alphas, dyadic_times)
def test_rotational_kinematics_round_trips_from_every_triple(w0: float, alpha: float, t: float) -> None:
    theta = w0 * t + 0.5 * alpha * t * t
    w = w0 + alpha * t
    truth = np.array([theta, w0, w, alpha, t])
    scale = np.array([abs(w0) * t + abs(alpha) * t * t, abs(w0) + abs(alpha) * t, abs(w0) + abs(alpha) * t,
                      abs(alpha), t]) + 1.0  # fmt: skip
    for triple in itertools.combinations(range(5), 3):
        known = np.full(5, np.nan)
        known[list(triple)] = truth[list(triple)]
        status, solutions, physical = angular.solve_rotational_kinematics(known)
        if status == angular.UNDERDETERMINED:
            # Only degenerate data leaves the motion open (e.g. α = 0 and ω0 = ω with t unknown).
            assert alpha == 0 or t == 0 or w0 + w == 0 or theta == 0, (triple, truth)
            continue
        assert status == angular.SOLVED, (triple, truth)
        errors = (np.abs(solutions - truth) / scale).max(axis=1)
        assert errors.min() < 1e-9, (triple, truth, solutions)
        assert physical[int(np.argmin(errors))]


@given(
    # Magnitudes a problem can have. (Far below them, e.g. α = 1e-135 rad/s² with ω = 1 rad/s, the
    # shared solver's t = (ω - ω0)/α cancels catastrophically; t² can underflow for t < 1e-154, and
    # ω² for |ω| < 1e-154, e.g. ω = 2.6e-166 rad/s with θ = 0 gives ω0² = 0.)
    st.one_of(st.just(0.0), st.floats(1e-6, 500.0), st.floats(-500.0, -1e-6)),
    st.one_of(st.just(0.0), st.floats(1e-6, 100.0), st.floats(-100.0, -1e-6)),
    st.one_of(st.just(0.0), st.floats(1e-6, 100.0)),
    st.sets(st.integers(0, 4), min_size=3, max_size=3),
)
def test_every_rotational_solution_satisfies_the_equations(w0: float, alpha: float, t: float, triple: set[int]) -> None:
    truth = np.array([w0 * t + 0.5 * alpha * t * t, w0, w0 + alpha * t, alpha, t])
    known = np.full(5, np.nan)
    known[list(triple)] = truth[list(triple)]
    status, solutions, _ = angular.solve_rotational_kinematics(known)
    assume(status == angular.SOLVED)
    for theta_s, w0_s, w_s, alpha_s, t_s in solutions:
        scale = abs(w0_s) + abs(alpha_s * t_s) + 1e-300
        assert w_s == pytest.approx(w0_s + alpha_s * t_s, abs=1e-6 * scale)
        assert theta_s == pytest.approx(w0_s * t_s + 0.5 * alpha_s * t_s * t_s, abs=1e-6 * scale * (abs(t_s) + 1))


def test_rotational_kinematics_reports_contradictions() -> None:
    # ω0 = 0, ω = 10, t = 2 forces α = 5; α = 3 contradicts it.
    status, _, _ = angular.solve_rotational_kinematics(np.array([np.nan, 0.0, 10.0, 3.0, 2.0]))
    assert status == angular.INCONSISTENT
    # ω² = ω0² + 2 α θ < 0: no such motion.
    status, _, _ = angular.solve_rotational_kinematics(np.array([10.0, np.nan, 1.0, -1.0, np.nan]))
    assert status == angular.SOLVED  # ω0 = ±√21: two directions of approach
    status, _, _ = angular.solve_rotational_kinematics(np.array([10.0, 1.0, np.nan, -1.0, np.nan]))
    assert status == angular.NO_SOLUTION


@given(omegas, alphas, st.floats(1e-3, 100.0), st.integers(2, 500))
def test_angular_series_matches_the_closed_form(w0: float, alpha: float, t_end: float, n: int) -> None:
    t, theta, w = angular.angular_motion_series(w0, alpha, t_end, n)
    assert t[0] == 0.0 and t[-1] == pytest.approx(t_end)
    assert theta == pytest.approx(w0 * t + 0.5 * alpha * t * t)
    assert w == pytest.approx(w0 + alpha * t)


def test_warm_up_runs() -> None:
    angular.warm_up()
