"""The whole tutor in-process (tools called through toolkit.invoke, no MCP transport): hint ladder
and check rules. The same rules are tested against the real servers in tests/agents_api."""

from __future__ import annotations

import re

import pytest

from physics_assistant.agents_api.engine import InvalidRequest, ToolError, tutor_answer
from physics_assistant.agents_api.inprocess import InProcessBackend
from physics_assistant.agents_api.teaching import LAST_RUNG

BACKEND = InProcessBackend()
KE = "A 1000 kg car moves at 25 m/s. What is its kinetic energy?"
INCLINE = "What normal force acts on a 7 kg box resting on a 25 degree incline?"


async def solve(question: str):  # type: ignore[no-untyped-def]
    return await tutor_answer(BACKEND, question)


async def check(question: str, student: str):  # type: ignore[no-untyped-def]
    result = await tutor_answer(BACKEND, question, "check", student_answer=student)
    assert result.check is not None
    return result


@pytest.mark.asyncio
async def test_solve_gives_steps_answer_and_the_tool_call() -> None:
    result = await solve(KE)
    assert result.answer == {"value": 313000.0, "unit": "J", "display": "313000 J"}
    assert [s["text"].split(":")[0] for s in result.steps[:4]] == ["Given", "Formula", "Substitute", "Result"]
    assert result.tools_used == [
        {"server": "energy", "tool": "kinetic_energy", "arguments": {"mass": 1000.0, "speed": 25.0}}
    ]


@pytest.mark.asyncio
async def test_answer_in_the_unit_asked_for() -> None:
    result = await solve(
        "A motorcycle traveling at 15 m/s accelerates at 2 m/s^2 for 5 seconds. What is its final velocity in km/h?"
    )
    assert result.answer is not None
    assert (result.answer["value"], result.answer["unit"]) == (90.0, "km/h")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "question",
    [KE, INCLINE, "A ball is kicked at 18 m/s at 30 degrees above the horizontal. What maximum height does it reach?"],
)
async def test_hint_ladder_never_gives_the_answer_before_the_last_rung(question: str) -> None:
    final = await solve(question)
    assert final.answer is not None
    number = final.answer["display"].split(" ")[0]
    for level in range(1, LAST_RUNG):
        result = await tutor_answer(BACKEND, question, "hint", hint_level=level)
        assert result.answer is None and result.steps == [] and len(result.hints) == level
        assert not any(re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", hint) for hint in result.hints)
    last = await tutor_answer(BACKEND, question, "hint", hint_level=LAST_RUNG + 5)
    assert last.answer == final.answer and len(last.hints) == LAST_RUNG
    assert number in last.hints[-1]


@pytest.mark.asyncio
async def test_hint_rungs_are_concept_formula_substitution() -> None:
    hints = (await tutor_answer(BACKEND, INCLINE, "hint", hint_level=3)).hints
    assert "incline" in hints[0].lower()
    assert "N = m g cos θ" in hints[1]
    assert "7 kg × 9.81 m/s² × cos 25°" in hints[2]


@pytest.mark.asyncio
async def test_substitutions_show_every_product_sign() -> None:
    # a fraction other than ½ is a factor too; a factor of 1 leaves no empty parentheses
    sphere = await tutor_answer(
        BACKEND, "A 12 kg solid sphere has a rotational inertia of 0.192 kg m². Find its diameter."
    )
    assert "(⅖ × 12 kg)" in str(sphere.steps[2]["text"])
    ring = await tutor_answer(
        BACKEND, "A thin ring of radius 0.35 m has a moment of inertia of 0.147 kg m^2. What is its mass?"
    )
    assert ring.steps[1]["text"] == "Formula: m = I / r²"


@pytest.mark.asyncio
async def test_check_accepts_a_value_in_other_units_within_tolerance() -> None:
    result = await check(KE, "312.5 kJ")
    assert result.check["correct"] and result.check["dimension_ok"]
    assert result.answer is not None


@pytest.mark.asyncio
async def test_check_rejects_outside_tolerance_without_revealing_the_answer() -> None:
    result = await check(KE, "290000 J")
    assert not result.check["correct"]
    assert result.answer is None and len(result.hints) == 1


@pytest.mark.asyncio
async def test_check_calls_out_a_wrong_dimension() -> None:
    result = await check(KE, "312500 N")
    assert not result.check["correct"] and not result.check["dimension_ok"]
    assert "wrong_dimension" in result.check["slips"]
    assert "force" in result.check["feedback"][0] and "energy" in result.check["feedback"][0]


@pytest.mark.asyncio
async def test_check_sig_fig_feedback() -> None:
    too_many = await check(KE, "312500.000 J")
    assert too_many.check["correct"] and not too_many.check["sig_figs"]["ok"]
    assert any("significant figures" in f for f in too_many.check["feedback"])
    fine = await check(KE, "3.13e5 J")
    assert fine.check["correct"] and fine.check["sig_figs"]["ok"]


@pytest.mark.asyncio
async def test_check_spots_a_lost_sign() -> None:
    question = "A bus slows down from 54 km/h to 18 km/h over a distance of 50 m. What is its acceleration?"
    result = await check(question, "2 m/s^2")
    assert not result.check["correct"] and result.check["slips"] == ["sign"]


@pytest.mark.asyncio
async def test_check_spots_a_calculator_in_radian_mode() -> None:
    # 12 N × cos(60 rad) instead of cos(60°)
    import math

    question = "A force of 12 N acts at 60 degrees above the horizontal. What is its horizontal component?"
    result = await check(question, f"{abs(12 * math.cos(60)):.3f} N")
    assert "degrees_radians" in result.check["slips"]


@pytest.mark.asyncio
async def test_check_spots_degrees_labelled_as_radians() -> None:
    result = await check("A wheel turns at 5 rad/s for 4 s. Through what angle does it turn?", "20 degrees")
    assert "degrees_radians" in result.check["slips"]


@pytest.mark.asyncio
async def test_check_spots_a_missing_half_and_a_power_of_ten() -> None:
    assert (await check(KE, "625000 J")).check["slips"] == ["factor_of_two"]
    assert (
        await check("A spring of constant 800 N/m is compressed 5 cm. How much energy does it store?", "10000 J")
    ).check["slips"] == ["power_of_ten"]


@pytest.mark.asyncio
async def test_check_without_a_unit_reads_the_number_in_the_answer_unit() -> None:
    result = await check(KE, "312500")
    assert result.check["correct"] and not result.check["unit_ok"]


@pytest.mark.asyncio
async def test_check_needs_a_readable_answer() -> None:
    with pytest.raises(InvalidRequest):
        await tutor_answer(BACKEND, KE, "check", student_answer=None)
    with pytest.raises(InvalidRequest):
        await tutor_answer(BACKEND, KE, "check", student_answer="no idea")


@pytest.mark.asyncio
async def test_impossible_physics_is_a_tool_error_not_a_number() -> None:
    with pytest.raises(ToolError):
        await solve("A 5 kg block rests on a 95 degree incline. What is the normal force on it?")
