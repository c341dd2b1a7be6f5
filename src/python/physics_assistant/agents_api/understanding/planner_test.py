"""The understanding layer alone (no tools): which physics each kind of question gets, and what a
question that cannot be answered is told."""

from __future__ import annotations

import pytest

from physics_assistant.agents_api.understanding.planner import NotUnderstood, understand
from physics_assistant.agents_api.understanding.recipes.base import ToolCall


@pytest.mark.parametrize(
    ("text", "recipe", "topic"),
    [
        (
            "A motorbike accelerates from 5 m/s to 25 m/s in 8 s. What is its acceleration?",
            "constant_acceleration",
            "kinematics",
        ),
        ("How far does a car travel in 3 minutes at a constant 20 m/s?", "uniform_motion", "kinematics"),
        (
            "A ball is kicked at 18 m/s at 30 degrees above the horizontal. What maximum height does it reach?",
            "projectile",
            "kinematics",
        ),
        ("A ball is thrown straight up at 12 m/s. How high does it go?", "vertical_throw", "kinematics"),
        ("A net force of 45 N acts on a 9 kg object. What is its acceleration?", "newtons_second_law", "forces"),
        (
            "Masses of 2 kg and 6 kg hang on either side of a frictionless pulley. What is the tension in the string?",
            "atwood",
            "forces",
        ),
        (
            "A 1500 kg car brakes from 25 m/s to rest in 5 s. What is the average braking force?",
            "force_from_motion",
            "forces",
        ),
        (
            "A 0.5 kg ball is dropped from 10 m. What is its speed just before hitting the ground?",
            "energy_conservation",
            "energy",
        ),
        ("A 3 kg object speeds up from 2 m/s to 6 m/s. How much work was done on it?", "work_energy_theorem", "energy"),
        (
            "A bullet of 0.01 kg leaves a 4 kg rifle at 400 m/s. What is the recoil speed of the rifle?",
            "recoil",
            "momentum",
        ),
        (
            (
                "A 0.2 kg ball hits a wall at 10 m/s and bounces back at 8 m/s. What is the magnitude of the change in "
                "momentum?"
            ),
            "impulse",
            "momentum",
        ),
        (
            "A solid sphere rolls without slipping down a 1.5 m high slope from rest. What is its speed at the bottom?",
            "rolling",
            "angular_motion",
        ),
        (
            "A wheel turns at 5 rad/s for 4 s. Through what angle does it turn?",
            "rotational_kinematics",
            "angular_motion",
        ),
    ],
)
def test_recipe_choice(text: str, recipe: str, topic: str) -> None:
    _, plan = understand(text)
    assert (plan.recipe, plan.topic) == (recipe, topic)


def test_values_reach_the_tool_in_si() -> None:
    _, plan = understand("A car travelling at 72 km/h brakes to a stop in 5 s. What is its deceleration?")
    call = plan.calls[0]
    assert isinstance(call, ToolCall)
    assert call.arguments == {"v0": pytest.approx(20.0), "v": 0.0, "t": 5.0}


def test_a_bounce_reverses_the_velocity() -> None:
    _, plan = understand(
        "A 0.2 kg ball hits a wall at 10 m/s and bounces back at 8 m/s. What is the change in momentum?"
    )
    call = plan.calls[0]
    assert isinstance(call, ToolCall)
    assert call.arguments["final_velocity"] == -8.0


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("What is the kinetic energy of a 2 kg ball?", "speed"),
        ("What is the momentum of a car moving at 20 m/s?", "mass"),
        ("A 5 kg block on a 30 degree incline. What is the friction force?", "coefficient"),
        ("Two masses hang over a pulley. What is the tension?", "masses"),
        ("A 3 kg ball moving at 4 m/s hits a 1 kg ball at rest. What is the velocity of the 1 kg ball?", "elastic"),
    ],
)
def test_an_incomplete_question_says_what_is_missing(text: str, needs: str) -> None:
    with pytest.raises(NotUnderstood) as caught:
        understand(text)
    assert needs in " ".join(caught.value.missing)


@pytest.mark.parametrize("text", ["hello", "What is the meaning of life?", "5 6 7?", "x" * 3000])
def test_no_question_no_number(text: str) -> None:
    with pytest.raises(NotUnderstood):
        understand(text)
