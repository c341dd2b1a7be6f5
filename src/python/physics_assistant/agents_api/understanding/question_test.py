from __future__ import annotations

import pytest

from physics_assistant.agents_api.understanding.question import read_question


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A motorbike accelerates from 5 m/s to 25 m/s in 8 s. What is its acceleration?", "acceleration"),
        ("A plane accelerates at 2.5 m/s^2 from rest to 70 m/s. How long must the runway be?", "distance"),
        ("An arrow is shot horizontally at 60 m/s from a height of 1.5 m. How long is it in the air?", "time"),
        ("What normal force acts on a 7 kg box resting on a 25 degree incline?", "normal_force"),
        ("A disk spins up from 0 to 40 rad/s in 8 s. What is its angular acceleration?", "angular_acceleration"),
        ("What is the magnitude of the change in momentum?", "momentum_change"),
        ("How high is the bridge?", "height"),
        ("What maximum height does it reach?", "max_height"),
        ("If the box has a mass of 5 kg, what is its acceleration?", "acceleration"),
        ("Using energy conservation, how high does it rise?", "max_height"),
        ("Through how many revolutions does it turn?", "revolutions"),
        ("What is the recoil speed of the rifle?", "velocity"),
    ],
)
def test_what_is_asked(text: str, target: str) -> None:
    question = read_question(text)
    assert question.target is not None
    assert question.target.name == target


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A car moves at 20 m/s. What is its speed in km/h?", "kilometer"),
        ("How far does it go, in km?", "kilometer"),
        ("How much potential energy does she gain, in kJ?", "kilojoule"),
        ("Through how many revolutions does it turn?", "revolution"),
    ],
)
def test_the_unit_asked_for(text: str, unit: str) -> None:
    request = read_question(text).unit_request
    assert request is not None and unit in request.pint_unit


def test_a_duration_is_not_a_unit_request() -> None:
    assert read_question("How far does a car travel in 3 minutes at a constant 20 m/s?").unit_request is None


def test_g_given_in_the_question_is_used_and_reserved() -> None:
    question = read_question("What is the weight of a 75 kg astronaut on the Moon, where g = 1.62 m/s^2?")
    assert question.g == pytest.approx(1.62)
    assert question.stated("acceleration") == []


def test_the_moon_without_a_value() -> None:
    assert read_question("What does a 10 kg rock weigh on the Moon?").g == pytest.approx(1.62)


def test_a_value_repeated_to_name_a_body_is_not_a_new_given() -> None:
    question = read_question("A 1 kg ball at 6 m/s hits a 2 kg ball at rest. What is the velocity of the 2 kg ball?")
    assert len(question.stated("mass")) == 2
    assert len(question.references) == 1
