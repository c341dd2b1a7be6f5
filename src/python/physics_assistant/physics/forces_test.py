import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.physics import forces
from physics_assistant.physics.forces import AT_REST, G_TEXTBOOK, SLIDING_DOWN, SLIDING_UP

masses = st.floats(min_value=1e-3, max_value=1e4)
incline_angles = st.floats(min_value=0.0, max_value=math.pi / 2)
coefficients = st.floats(min_value=0.0, max_value=2.0)
gs = st.sampled_from([G_TEXTBOOK, 9.80665, 1.62, 24.79])


@st.composite
def mu_pairs(draw: st.DrawFn) -> tuple[float, float]:
    mu_s = draw(coefficients)
    return mu_s, draw(st.floats(min_value=0.0, max_value=mu_s))


@given(masses, incline_angles, mu_pairs(), gs, st.floats(min_value=-1e5, max_value=1e5))
def test_static_friction_never_exceeds_mu_s_n(
    mass: float, angle: float, mu: tuple[float, float], g: float, applied: float
) -> None:
    mu_s, mu_k = mu
    w_par, w_perp, normal, friction, net, a, direction = forces.incline(mass, angle, mu_s, mu_k, g, applied, AT_REST)
    assert w_par == pytest.approx(mass * g * math.sin(angle))
    assert normal == pytest.approx(mass * g * math.cos(angle))
    if direction == 0:
        assert abs(friction) <= mu_s * normal
        # Static friction supplies exactly what holds the block: net force zero.
        assert friction == pytest.approx(w_par - applied, abs=1e-9 * (w_par + abs(applied) + 1e-300))
        assert net == 0.0 and a == 0.0
    else:
        assert abs(friction) == pytest.approx(mu_k * normal)
        assert friction * direction <= 0  # opposes the motion
        assert net == pytest.approx(applied - w_par + friction, abs=1e-9 * (w_par + abs(applied)))
        assert a == pytest.approx(net / mass)


@given(masses, incline_angles, mu_pairs(), gs)
def test_block_without_push_stays_iff_tan_theta_at_most_mu_s(
    mass: float, angle: float, mu: tuple[float, float], g: float
) -> None:
    mu_s, mu_k = mu
    *_, friction, net, a, direction = forces.incline(mass, angle, mu_s, mu_k, g, 0.0, AT_REST)
    tan_theta = math.tan(angle)
    if tan_theta <= mu_s:
        assert direction == 0 and a == 0.0
    elif tan_theta > mu_s * (1 + 1e-9) + 1e-12:  # beyond round-off of the threshold
        assert direction == -1  # slides down, never up
        assert a == pytest.approx(-g * (math.sin(angle) - mu_k * math.cos(angle)), abs=1e-9 * g)


def test_incline_textbook_values() -> None:
    # 2 kg on 30°, mu_s 0.6 > tan 30° = 0.577: rests; static friction = m g sin30 = 9.81 N, not mu_s N.
    _, _, normal, friction, _, a, direction = forces.incline(2.0, math.radians(30), 0.6, 0.5, 9.81, 0.0, AT_REST)
    assert direction == 0 and a == 0.0
    assert friction == pytest.approx(9.81)
    assert 0.6 * normal == pytest.approx(10.19485, rel=1e-5)
    # mu_s 0.5 < tan 30°: slides, a = g (sin30 - mu_k cos30) = 1.507 m/s² down the slope.
    *_, a, direction = forces.incline(2.0, math.radians(30), 0.5, 0.4, 9.81, 0.0, AT_REST)
    assert direction == -1
    assert a == pytest.approx(-1.50672, rel=1e-5)


def test_incline_already_sliding_up_decelerates_with_kinetic_friction() -> None:
    *_, friction, _, a, direction = forces.incline(1.0, math.radians(20), 0.5, 0.3, 9.81, 0.0, SLIDING_UP)
    assert direction == 1
    assert friction < 0
    assert a == pytest.approx(-9.81 * (math.sin(math.radians(20)) + 0.3 * math.cos(math.radians(20))))
    *_, a, direction = forces.incline(1.0, math.radians(20), 0.5, 0.3, 9.81, 0.0, SLIDING_DOWN)
    assert direction == -1
    assert a == pytest.approx(-9.81 * (math.sin(math.radians(20)) - 0.3 * math.cos(math.radians(20))))


def test_push_up_the_slope_beyond_static_limit_moves_it_up() -> None:
    m, theta, mu_s, mu_k, g = 5.0, math.radians(25), 0.4, 0.3, 9.81
    needed = m * g * (math.sin(theta) + mu_s * math.cos(theta))
    *_, friction, _, a, direction = forces.incline(m, theta, mu_s, mu_k, g, needed * 1.01, AT_REST)
    assert direction == 1 and friction < 0 and a > 0
    *_, a, direction = forces.incline(m, theta, mu_s, mu_k, g, needed * 0.99, AT_REST)
    assert direction == 0 and a == 0.0


@given(st.floats(min_value=-1e4, max_value=1e4), st.floats(min_value=0, max_value=1e4), mu_pairs())
def test_level_friction(applied: float, normal: float, mu: tuple[float, float]) -> None:
    mu_s, mu_k = mu
    max_static, kinetic, moves, friction, net = forces.friction_response(applied, normal, mu_s, mu_k)
    assert max_static == mu_s * normal and kinetic == mu_k * normal
    if moves:
        assert abs(applied) > max_static
        assert friction == pytest.approx(-math.copysign(kinetic, applied))
        assert net == pytest.approx(applied + friction)
    else:
        assert abs(friction) <= max_static
        assert net == 0.0


chains = st.lists(masses, min_size=1, max_size=30).map(lambda ms: np.array(ms, dtype=np.float64))


# Forces of 0 or at least a micronewton: subnormal floats only test the tolerance arithmetic.
pulls = st.one_of(st.just(0.0), st.floats(min_value=1e-6, max_value=1e6))


@given(chains, pulls, mu_pairs(), gs)
def test_chain_tensions_obey_newton_for_every_block(
    ms: np.ndarray, force: float, mu: tuple[float, float], g: float
) -> None:
    mu_s, mu_k = mu
    moves, a, tensions, to_start = forces.chain_pulled(ms, force, mu_s, mu_k, g)
    total = ms.sum()
    assert to_start == pytest.approx(mu_s * total * g)
    assert tensions.shape == (ms.size - 1,)
    if not moves:
        assert a == 0.0
        assert force <= to_start * (1 + 1e-9)
        return
    # Whole system: F - Σ friction = (Σm) a.
    assert force - mu_k * total * g == pytest.approx(total * a, rel=1e-9, abs=1e-9 * force)
    # Each block: pulled forward by the rope ahead (or F), back by the rope behind and friction.
    ahead = np.concatenate([[force], tensions])
    behind = np.concatenate([tensions, [0.0]])
    net = ahead - behind - mu_k * ms * g
    np.testing.assert_allclose(net, ms * a, rtol=1e-9, atol=1e-9 * force)
    assert (tensions >= -1e-12 * force).all()
    assert (np.diff(tensions) <= 1e-9 * force).all()  # ropes further back carry less


def test_chain_textbook_values() -> None:
    # 1, 2, 3 kg pulled by 30 N without friction: a = 5 m/s², T1 = 25 N, T2 = 15 N.
    moves, a, tensions, _ = forces.chain_pulled(np.array([1.0, 2.0, 3.0]), 30.0, 0.0, 0.0, 9.81)
    assert moves and a == pytest.approx(5.0)
    np.testing.assert_allclose(tensions, [25.0, 15.0])
    # With friction and too small a pull, nothing moves and tensions are indeterminate.
    moves, a, tensions, to_start = forces.chain_pulled(np.array([1.0, 2.0, 3.0]), 10.0, 0.2, 0.1, 9.81)
    assert not moves and a == 0.0 and to_start == pytest.approx(11.772)
    assert np.isnan(tensions).all()
    # No pull at all: ropes are slack.
    moves, _, tensions, _ = forces.chain_pulled(np.array([1.0, 2.0]), 0.0, 0.0, 0.0, 9.81)
    assert not moves and tensions.tolist() == [0.0]


@given(chains, masses, mu_pairs(), gs)
def test_table_pulley_is_consistent(ms: np.ndarray, hanging: float, mu: tuple[float, float], g: float) -> None:
    mu_s, mu_k = mu
    moves, a, pulley, tensions = forces.table_pulley(ms, hanging, mu_s, mu_k, g)
    on_table = ms.sum()
    if not moves:
        assert hanging <= mu_s * on_table * (1 + 1e-9)
        assert pulley == pytest.approx(hanging * g)
        return
    scale = (hanging + on_table) * g
    # Hanging mass: m g - T = m a. Table blocks: T - μk Σm g = Σm a.
    assert hanging * g - pulley == pytest.approx(hanging * a, abs=1e-9 * scale)
    assert pulley - mu_k * on_table * g == pytest.approx(on_table * a, abs=1e-9 * scale)
    ahead = np.concatenate([[pulley], tensions])
    behind = np.concatenate([tensions, [0.0]])
    np.testing.assert_allclose(ahead - behind - mu_k * ms * g, ms * a, rtol=1e-9, atol=1e-9 * scale)


def test_table_pulley_textbook() -> None:
    # 4 kg on a frictionless table, 1 kg hanging: a = g/5, T = 4 g/5.
    moves, a, pulley, tensions = forces.table_pulley(np.array([4.0]), 1.0, 0.0, 0.0, 9.81)
    assert moves and a == pytest.approx(1.962) and pulley == pytest.approx(7.848)
    assert tensions.size == 0


@given(masses, masses, gs)
def test_atwood(m1: float, m2: float, g: float) -> None:
    a, t = forces.atwood(m1, m2, g)
    assume(m1 + m2 > 0)
    # Each side obeys Newton: T - m1 g = m1 a (m1 rises when a > 0), m2 g - T = m2 a.
    assert t - m1 * g == pytest.approx(m1 * a, abs=1e-9 * (m1 + m2) * g)
    assert m2 * g - t == pytest.approx(m2 * a, abs=1e-9 * (m1 + m2) * g)
    assert abs(a) <= g


def test_atwood_and_hanging_textbook() -> None:
    a, t = forces.atwood(3.0, 5.0, 9.81)
    assert a == pytest.approx(2.4525) and t == pytest.approx(36.7875)
    assert forces.hanging_tension(10.0, 2.0, 9.81) == pytest.approx(118.1)
    assert forces.hanging_tension(10.0, 0.0, 9.80665) == pytest.approx(98.0665)


def test_weight_spring_sum() -> None:
    assert forces.weight(2.0, G_TEXTBOOK) == pytest.approx(19.62)
    assert forces.spring_force(200.0, 0.05) == pytest.approx(-10.0)
    assert forces.net_force_1d(np.array([10.0, -4.0, 2.5])) == pytest.approx(8.5)
