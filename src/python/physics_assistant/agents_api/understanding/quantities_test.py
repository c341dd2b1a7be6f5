from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.agents_api.understanding.quantities import EXACT, extract_quantities, normalise


def found(text: str) -> list[tuple[str, float, int, str]]:
    return [(q.kind, round(q.si, 6), q.sig_figs, q.implied) for q in extract_quantities(normalise(text))]


@pytest.mark.parametrize(
    ("text", "kind", "si"),
    [
        ("at 72 km/h", "velocity", 20.0),
        ("accelerates at 3.5 m/s^2", "acceleration", 3.5),
        ("accelerates at 3.5 m s^-2 now", "acceleration", 3.5),
        ("at 9.8 m/s/s", "acceleration", 9.8),
        ("10 metres per second squared", "acceleration", 10.0),
        ("at 40 degrees", "angle", math.radians(40)),
        ("at 40° above", "angle", math.radians(40)),
        ("a 25-degree incline", "angle", math.radians(25)),
        ("spins at 1200 rpm", "angular_velocity", 1200 * 2 * math.pi / 60),
        ("compressed 5 cm", "length", 0.05),
        ("in 3 minutes", "time", 180.0),
        ("a torque of 12 N m acts", "torque", 12.0),
        ("a torque of 12 Nm", "torque", 12.0),
        ("inertia 3 kg m^2.", "moment_of_inertia", 3.0),
        ("an impulse of 4 N s", "impulse", 4.0),
        ("5 kg*m/s", "momentum", 5.0),
        ("a 0.145-kg baseball", "mass", 0.145),
        ("a 500 g bag", "mass", 0.5),
        ("30 miles per hour", "velocity", 13.4112),
        ("a 2 kW motor", "power", 2000.0),
        ("3.0 x 10^8 m/s", "velocity", 3.0e8),
        ("2.5e3 J", "energy", 2500.0),
        ("1,200 kg", "mass", 1200.0),
        ("spins at 5 Hz", "frequency", 5.0),
        ("a spring of 800 N/m", "spring_constant", 800.0),
        ("for two minutes", "time", 120.0),
        ("in an hour", "time", 3600.0),
    ],
)
def test_units_are_recognised_and_converted_to_si(text: str, kind: str, si: float) -> None:
    q = extract_quantities(normalise(text))[0]
    assert q.kind == kind
    assert q.si == pytest.approx(si, rel=1e-4)


@pytest.mark.parametrize("text", ["stays in place", "a ball at the top", "a gram of it", "it is in the air"])
def test_words_are_not_units(text: str) -> None:
    assert extract_quantities(normalise(text)) == []


def test_a_number_before_a_word_that_is_no_unit_is_bare() -> None:
    assert found("sides 7 and 9 with an angle") == [("number", 7.0, 1, ""), ("number", 9.0, 1, "")]


def test_a_unit_is_shared_across_a_range_and_a_list() -> None:
    assert [k for k, *_ in found("spins up from 0 to 40 rad/s")] == ["angular_velocity", "angular_velocity"]
    assert found("masses of 2, 3 and 5 kg") == [("mass", 2.0, 1, ""), ("mass", 3.0, 1, ""), ("mass", 5.0, 1, "")]


def test_phrases_imply_zero_speeds() -> None:
    assert ("velocity", 0.0, EXACT, "rest") in found("it starts from rest")
    assert ("velocity", 0.0, EXACT, "stop") in found("the car comes to a stop")
    assert ("velocity", 0.0, EXACT, "stop") in found("brakes from 25 m/s to rest")


@pytest.mark.parametrize(
    ("text", "sig"), [("2.50 m", 3), ("0.0450 kg", 3), ("1200 kg", 2), ("1200.0 kg", 5), ("8 s", 1), ("0.5 kg", 1)]
)
def test_significant_figures_of_the_written_number(text: str, sig: int) -> None:
    assert extract_quantities(normalise(text))[0].sig_figs == sig


def test_exponents_inside_a_unit_are_not_extra_numbers() -> None:
    assert len(extract_quantities(normalise("accelerates at 3.5 m s^-2 for 4 s"))) == 2


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    for q in extract_quantities(normalise(text)):
        assert math.isfinite(q.si)
