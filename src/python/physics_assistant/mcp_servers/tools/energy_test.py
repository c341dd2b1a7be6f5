import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from physics_assistant.mcp_servers.tools.energy import TOOLS
from physics_assistant.testing.tool_calls import ToolCalls

call = ToolCalls(TOOLS)
rejects = call.rejects


# ---- the tutor's problem set (g = 9.81) -------------------------------------------------------


def test_tutor_problems() -> None:
    assert call("kinetic_energy", mass=1000, speed=25).kinetic_energy == pytest.approx(312_500.0)
    drop = call("mechanical_energy_conservation", initial_height=10, initial_speed=0, final_height=0, mass=0.5)
    assert drop.final_speed == pytest.approx(14.0071410359, rel=1e-9)
    assert call("work_done", force=25 * 9.81, displacement=2).work == pytest.approx(490.5)
    assert call("power", work=36000, duration="1 min").power == pytest.approx(600.0)
    assert call("elastic_potential_energy", spring_constant=800, displacement="5 cm").potential_energy == pytest.approx(
        1.0
    )
    assert call("work_energy_theorem", mass=3, initial_speed=2, final_speed=6).net_work == pytest.approx(48.0)


def test_gravity_defaults_to_the_textbook_value_and_can_be_changed() -> None:
    assert call("gravitational_potential_energy", mass=1, height=1).potential_energy == pytest.approx(9.81)
    moon = call("gravitational_potential_energy", mass=1, height=1, g="1.62 m/s^2")
    assert moon.potential_energy == pytest.approx(1.62)
    below = call("gravitational_potential_energy", mass=2, height="50 cm", reference_height="1.5 m")
    assert below.potential_energy == pytest.approx(-2 * 9.81)


def test_units_in_strings() -> None:
    r = call("kinetic_energy", mass="500 g", speed="72 km/h")
    assert r.kinetic_energy == pytest.approx(0.5 * 0.5 * 20**2)
    assert call("kinetic_energy", speed="36 km/h", kinetic_energy="1 kJ").mass == pytest.approx(20.0)
    assert call("work_done", force="2 kN", displacement="5 cm", angle="60 deg").work == pytest.approx(50.0)
    assert call("power", force="100 N", speed="18 km/h").power == pytest.approx(500.0)
    assert call("power", power="2 kW", work="1 MJ").duration == pytest.approx(500.0)
    assert call("efficiency", input_power="2 kW", efficiency="80 %").useful_output == pytest.approx(1600.0)
    assert call("efficiency", useful_energy=30, efficiency=0.25).total_input == pytest.approx(120.0)


def test_energy_conservation_with_springs_and_losses() -> None:
    # 0.5 kg block pushed by a 200 N/m spring compressed 15 cm: 3 m/s on a level floor.
    r = call("mechanical_energy_conservation", initial_height=0, initial_speed=0, final_height=0, mass=0.5,
             spring_constant=200, initial_compression="15 cm")  # fmt: skip
    assert r.final_speed == pytest.approx(3.0)
    # ... and backwards: the compression that gives 3 m/s.
    back = call("mechanical_energy_conservation", initial_height=0, initial_speed=0, final_height=0, final_speed=3,
                mass=0.5, spring_constant=200, solve_for="initial_compression")  # fmt: skip
    assert back.initial_compression == pytest.approx(0.15)
    # A 2 kg sled from rest down 10 m arrives at 12 m/s: friction took 2·9.81·10 - ½·2·144 = 52.2 J.
    sled = call("mechanical_energy_conservation", initial_height=10, initial_speed=0, final_height=0, final_speed=12,
                mass=2)  # fmt: skip
    assert sled.solved_for == "non_conservative_work"
    assert sled.non_conservative_work == pytest.approx(-52.2)
    # With that loss given, the speed comes back.
    again = call("mechanical_energy_conservation", initial_height=10, initial_speed=0, final_height=0, mass=2,
                 non_conservative_work=-52.2)  # fmt: skip
    assert again.final_speed == pytest.approx(12.0)


def test_impossible_energy_problems_name_the_parameter() -> None:
    assert "turns back) at 10 m" in rejects(
        "mechanical_energy_conservation", "final_height", initial_height=10, initial_speed=0, final_height=12
    )
    rejects("mechanical_energy_conservation", "initial_speed", initial_height=10, final_height=2)
    rejects("mechanical_energy_conservation", "spring_constant", initial_height=0, initial_speed=0, final_height=0,
            mass=1, initial_compression=0.1)  # fmt: skip
    rejects("mechanical_energy_conservation", "mass", initial_height=0, initial_speed=1, final_height=0,
            non_conservative_work=-0.1)  # fmt: skip
    rejects("mechanical_energy_conservation", "final_speed", initial_height=10, initial_speed=0, final_height=0,
            final_speed=1, solve_for="final_speed")  # fmt: skip
    rejects("kinetic_energy", "mass", mass=-2, speed=3)
    rejects("kinetic_energy", "mass", mass="3 m", speed=3)
    rejects("kinetic_energy", "speed", mass=1, speed=float("nan"))
    rejects("kinetic_energy", "speed", mass=1, speed=float("inf"))
    rejects("kinetic_energy", "kinetic_energy", mass=1, kinetic_energy=-5)
    rejects("kinetic_energy", "speed", speed=0, kinetic_energy=5)
    rejects("work_energy_theorem", "net_work", mass=2, initial_speed=1, net_work=-10)
    rejects("power", "duration", work=10, duration=0)
    rejects("efficiency", "useful_energy", useful_energy=120, input_energy=100)
    rejects("efficiency", "efficiency", input_energy=100, efficiency="120 %")
    rejects("slide_with_friction", "angle", initial_speed=1, mu_kinetic=0.1, angle="100 deg")
    rejects("slide_with_friction", "mu_kinetic", initial_speed=1, mu_kinetic=-0.1)
    rejects("spring_launch", "max_height", spring_constant=100, mass=1, max_height=1)
    rejects("spring_launch", "compression", spring_constant=10, mass=1, compression=0.1, orientation="vertical")


def test_roller_coaster_flags_points_it_cannot_reach() -> None:
    r = call("roller_coaster_track", heights=[30, 0, 25, 31, 5], mass=500)
    assert r.reachable == [True, True, True, False, False]
    assert r.first_unreachable_point == 3
    assert r.speeds[1] == pytest.approx(math.sqrt(2 * 9.81 * 30))
    assert r.speeds[3] is None and r.kinetic_energies is not None and r.kinetic_energies[4] is None
    assert call("roller_coaster_track", heights=[30, 0, 25, 31, 5], point=2).speed_at_point == pytest.approx(
        math.sqrt(2 * 9.81 * 5)
    )
    assert "cannot reach point 3" in rejects("roller_coaster_track", "point", heights=[30, 0, 25, 31, 5], point=3)
    rejects("roller_coaster_track", "point", heights=[30, 0], point=7)
    # Enough speed at the start clears the 31 m hill.
    assert all(call("roller_coaster_track", heights=[30, 0, 25, 31, 5], initial_speed=5).reachable)


def test_sliding_with_friction() -> None:
    # 10 m/s on a level floor with mu_k = 0.3: stops after v²/(2 mu g).
    r = call("slide_with_friction", initial_speed=10, mu_kinetic=0.3, mass=2)
    assert r.stops and r.stopping_distance == pytest.approx(100 / (2 * 0.3 * 9.81))
    assert r.thermal_energy == pytest.approx(100.0)  # all of ½ m v²
    # Up a 30° slope it stops and, with mu_s = 0.2 < tan 30°, slides back down.
    up = call("slide_with_friction", initial_speed=5, mu_kinetic=0.1, angle="30 deg", direction="up", mu_static=0.2)
    assert up.stops and up.slides_back
    # Down a steep slope it never stops: a distance is needed.
    rejects("slide_with_friction", "distance", initial_speed=1, mu_kinetic=0.1, angle="45 deg")
    down = call("slide_with_friction", initial_speed=1, mu_kinetic=0.1, angle="45 deg", distance=2)
    assert not down.stops and down.final_speed > 1
    # At rest on a 20° slope: static friction holds it when mu_s >= tan 20° = 0.364, not below.
    held = call("slide_with_friction", initial_speed=0, mu_kinetic=0.2, angle="20 deg", mu_static=0.5)
    assert held.stops and held.distance_travelled == 0 and held.acceleration == 0
    starts = call("slide_with_friction", initial_speed=0, mu_kinetic=0.2, angle="20 deg", mu_static=0.3, distance=2)
    theta = math.radians(20)
    assert starts.final_speed == pytest.approx(math.sqrt(2 * 2 * 9.81 * (math.sin(theta) - 0.2 * math.cos(theta))))


def test_spring_launch_both_ways() -> None:
    r = call("spring_launch", spring_constant=500, mass=0.1, compression="5 cm")
    assert r.launch_speed == pytest.approx(0.05 * math.sqrt(5000))
    v = call("spring_launch", spring_constant=500, mass=0.1, compression="5 cm", orientation="vertical")
    assert v.max_height == pytest.approx(0.625 / (0.1 * 9.81))
    back = call("spring_launch", spring_constant=500, mass=0.1, max_height=v.max_height, orientation="vertical")
    assert back.compression == pytest.approx(0.05)
    speed = call("spring_launch", spring_constant=500, mass=0.1, launch_speed=v.launch_speed, orientation="vertical")
    assert speed.compression == pytest.approx(0.05)


# ---- properties through the tools ------------------------------------------------------------

heights = st.floats(-100, 100)
speeds = st.floats(0, 100)


@given(heights, speeds, heights, st.floats(0.01, 100))
def test_frictionless_energy_balance_round_trips(h1: float, v1: float, h2: float, m: float) -> None:
    assume(h2 < h1 + v1 * v1 / (2 * 9.81) - 1e-6)
    forward = call("mechanical_energy_conservation", initial_height=h1, initial_speed=v1, final_height=h2, mass=m)
    assert forward.final_mechanical_energy == pytest.approx(forward.initial_mechanical_energy, abs=1e-9 * m * 2000)
    back = call("mechanical_energy_conservation", initial_speed=v1, final_height=h2, final_speed=forward.final_speed)
    assert back.initial_height == pytest.approx(h1, abs=1e-6)


@given(speeds, st.floats(0, 1.5), st.floats(0, 89.9), st.floats(0, 100), st.sampled_from(["up", "down"]))
def test_friction_only_ever_removes_energy(v0: float, mu: float, angle: float, d: float, direction: str) -> None:
    r = call("slide_with_friction", initial_speed=v0, mu_kinetic=mu, angle=f"{angle} deg", distance=d,
             direction=direction, mass=1.0)  # fmt: skip
    assert r.friction_work <= 0 and r.thermal_energy >= 0
    scale = r.initial_kinetic_energy + abs(r.gravity_work) + 1
    assert r.final_kinetic_energy <= r.initial_kinetic_energy + r.gravity_work + 1e-9 * scale
    assert r.final_kinetic_energy == pytest.approx(
        r.initial_kinetic_energy + r.gravity_work + r.friction_work, abs=1e-9 * scale
    )


# ---- one unknown left out: the height or mass from U, the stretch or k from U, F or v from P ------


def test_inverse_modes_answer_textbook_questions() -> None:
    # How high must a 2 kg book be lifted to gain 50 J?
    book = call("gravitational_potential_energy", mass="2 kg", potential_energy="50 J")
    assert book.solved_for == "height" and book.height == pytest.approx(50 / (2 * 9.81))
    lifted = call("gravitational_potential_energy", height="3 m", reference_height=1, potential_energy="1 kJ")
    assert lifted.solved_for == "mass" and lifted.mass == pytest.approx(1000 / (9.81 * 2))
    below = call("gravitational_potential_energy", mass=2, potential_energy=-50, reference_height=1)
    assert below.height == pytest.approx(1 - 50 / (2 * 9.81)) and "below the zero level" in below.steps[-1]
    assert call("gravitational_potential_energy", mass=2, height=3).solved_for == "potential_energy"
    spring = call("elastic_potential_energy", spring_constant="800 N/m", potential_energy="1 J")
    assert spring.solved_for == "displacement" and spring.displacement == pytest.approx(0.05)
    assert spring.restoring_force == pytest.approx(-40.0)
    stiff = call("elastic_potential_energy", displacement="5 cm", potential_energy=1)
    assert stiff.solved_for == "spring_constant" and stiff.spring_constant == pytest.approx(800.0)
    # A 2 kW motor pulls a lift at 72 km/h: the force; a 750 W cyclist pushing with 250 N: the speed.
    motor = call("power", power="2 kW", speed="72 km/h")
    assert motor.solved_for == "force" and motor.force == pytest.approx(100.0)
    assert call("power", power=750, force=250).speed == pytest.approx(3.0)
    assert call("power", power=500, force=100, angle="60 deg").speed == pytest.approx(10.0)
    assert call("power", force=100, speed=5).power == pytest.approx(500.0)


def test_inverse_modes_refuse_impossible_or_wrong_sets_of_knowns() -> None:
    # above the zero level U is positive: a negative energy there would need a negative mass
    assert "less than zero" in rejects("gravitational_potential_energy", "potential_energy", height=3,
                                       potential_energy=-50)  # fmt: skip
    rejects("gravitational_potential_energy", "potential_energy", height=-3, potential_energy=50)
    rejects("gravitational_potential_energy", "potential_energy", height=3, potential_energy=0)
    rejects("gravitational_potential_energy", "height", height=2, reference_height=2, potential_energy=10)
    rejects("gravitational_potential_energy", "potential_energy", mass=2, height=3, potential_energy=10)
    rejects("gravitational_potential_energy", "height", mass=2)
    rejects("gravitational_potential_energy", "mass", mass=-2, potential_energy=10)
    rejects("elastic_potential_energy", "potential_energy", spring_constant=100, potential_energy=-1)
    rejects("elastic_potential_energy", "displacement", displacement=0, potential_energy=1)
    rejects("elastic_potential_energy", "potential_energy", displacement=0.1, potential_energy=0)
    rejects("elastic_potential_energy", "spring_constant", potential_energy=1)
    rejects("elastic_potential_energy", "potential_energy", spring_constant=1, displacement=1, potential_energy=1)
    rejects("power", "angle", power=100, speed=2, angle="90 deg")
    rejects("power", "speed", power=100, speed=0)
    assert "negative speed" in rejects("power", "power", power=-100, force=50)
    rejects("power", "force", power=100, force=0)
    rejects("power", "work", work=10, force=5, speed=2)
    rejects("power", "duration", duration=10, power=5, force=2)
    rejects("power", "speed", force=5)
    rejects("power", "power", force=5, speed=2, power=10)


masses = st.floats(0.01, 1e4)
gravities = st.floats(0.5, 30)


@given(masses, heights, heights, gravities)
def test_gravitational_pe_round_trips(m: float, h: float, ref: float, g: float) -> None:
    u = call("gravitational_potential_energy", mass=m, height=h, reference_height=ref, g=g).potential_energy
    back = call("gravitational_potential_energy", mass=m, potential_energy=u, reference_height=ref, g=g)
    assert back.height == pytest.approx(h, rel=1e-9, abs=1e-9)
    assume(abs(h - ref) > 1e-3)
    again = call("gravitational_potential_energy", height=h, potential_energy=u, reference_height=ref, g=g)
    assert again.mass == pytest.approx(m, rel=1e-9)


@given(st.floats(0.1, 1e5), st.floats(-10, 10))
def test_elastic_pe_round_trips(k: float, x: float) -> None:
    u = call("elastic_potential_energy", spring_constant=k, displacement=x).potential_energy
    back = call("elastic_potential_energy", spring_constant=k, potential_energy=u)
    assert back.displacement == pytest.approx(abs(x), rel=1e-9, abs=1e-12)  # the size: U is the same either way
    assume(abs(x) > 1e-3)
    assert call("elastic_potential_energy", displacement=x, potential_energy=u).spring_constant == pytest.approx(
        k, rel=1e-9
    )


@given(st.floats(-1e4, 1e4), st.floats(0.01, 100), st.floats(0, 85))
def test_power_of_a_force_round_trips(f: float, v: float, angle: float) -> None:
    assume(abs(f) > 1e-3)
    p = call("power", force=f, speed=v, angle=f"{angle} deg").power
    assert call("power", power=p, speed=v, angle=f"{angle} deg").force == pytest.approx(f, rel=1e-9)
    assert call("power", power=p, force=f, angle=f"{angle} deg").speed == pytest.approx(v, rel=1e-9)
