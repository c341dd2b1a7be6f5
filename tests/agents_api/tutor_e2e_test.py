"""The tutor end to end: six real MCP servers and the tutor, from the built PEXes.

Scores the public problem set and our held-out sets (the score table is printed), checks the hint
ladder and check-mode rules over HTTP, fuzzes /v1/ask, and stops one MCP server to see a 503 that
names it while the other topics keep working.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agents_api.heldout import BLIND, FRESH, PROBE, PROBLEMS
from agents_api.stack import SCORED_SETS, TRAP_SETS, McpServers, Tutor, load_problems, score_table, within_tolerance

PASS_MARK = 0.95
# The blind sets (blind_answers.py, blind5_answers.py) and the development probes (probe_answers.py): the
# floor each must keep. Measured in-process 2026-11-26 after the fixes: 207/207, 75/75, 62/62, 58/58,
# 63/63 and 278/280 (every miss a 422).
BLIND_FLOOR = 0.95
KE = "A 1000 kg car moves at 25 m/s. What is its kinetic energy?"


@dataclass
class Score:
    right: int
    total: int
    wrong: list[str]  # an answer outside the tolerance (or in the wrong unit): the failure that matters
    not_understood: int  # a 422 saying what is missing

    @property
    def fraction(self) -> float:
        return self.right / self.total


def score(tutor: Tutor, problems: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], title: str) -> Score:
    results = []
    wrong: list[str] = []
    not_understood = 0
    for problem in problems:
        response = tutor.ask({"question": problem["question"]})
        if response.status_code != 200:
            results.append((problem, False, f"HTTP {response.status_code}: {response.text[:160]}"))
            if response.status_code == 422:
                not_understood += 1
            else:
                wrong.append(f"{problem['question']} -> HTTP {response.status_code}")
            continue
        ok, why = within_tolerance(response.json()["answer"], problem)
        results.append((problem, ok, why))
        if not ok:
            wrong.append(f"{problem['question']} -> {why}")
    table = score_table(results)
    with capsys.disabled():
        print(f"\n{title}\n{table}")
    right = sum(ok for _, ok, _ in results)
    return Score(right, len(results), wrong, not_understood)


def test_public_problem_set(tutor: Tutor, capsys: pytest.CaptureFixture[str]) -> None:
    result = score(tutor, load_problems("tutor_problems.json"), capsys, "public set (tutor_problems.json)")
    assert result.fraction >= PASS_MARK
    assert result.wrong == []


def test_held_out_problem_sets(tutor: Tutor, capsys: pytest.CaptureFixture[str]) -> None:
    first = score(tutor, [p.as_dict() for p in PROBLEMS], capsys, "held-out set 1")
    second = score(tutor, [p.as_dict() for p in FRESH], capsys, "held-out set 2")
    third = score(tutor, [p.as_dict() for p in BLIND], capsys, "held-out set 3")
    fourth = score(tutor, [p.as_dict() for p in PROBE], capsys, "held-out set 4")
    assert min(s.fraction for s in (first, second, third, fourth)) >= PASS_MARK


@pytest.mark.parametrize("name", SCORED_SETS)
def test_blind_sets_and_probes_keep_their_floor_and_never_give_a_wrong_number(
    tutor: Tutor, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    result = score(tutor, load_problems(name), capsys, name)
    assert result.wrong == []
    assert result.fraction >= BLIND_FLOOR


@pytest.mark.parametrize("name", TRAP_SETS)
def test_trap_sets_never_give_a_wrong_number(tutor: Tutor, capsys: pytest.CaptureFixture[str], name: str) -> None:
    # a 422 is allowed here (these sets are below the floor), a wrong number is not
    assert score(tutor, load_problems(name), capsys, name).wrong == []


def test_answers_carry_steps_tools_and_sensible_figures(tutor: Tutor) -> None:
    body = tutor.ask(
        {"question": "A spring of constant 800 N/m is compressed 5 cm. How much energy does it store?"}
    ).json()
    assert body["answer"] == {"value": 1.0, "unit": "J", "display": "1.00 J"}
    assert body["tools_used"][0]["server"] == "energy"
    texts = [s["text"] for s in body["steps"]]
    assert texts[0] == "Given: k = 800 N/m, x = 5 cm = 0.05 m"
    assert any(t.startswith("Substitute: Ee = ½ × 800 N/m × (0.05 m)²") for t in texts)


@pytest.mark.parametrize("problem", load_problems("tutor_problems.json"), ids=lambda p: p["question"][:40])
def test_hint_ladder_reveals_the_answer_only_on_the_last_rung(tutor: Tutor, problem: dict[str, Any]) -> None:
    final = tutor.ask({"question": problem["question"]}).json()
    number = final["answer"]["display"].split(" ")[0]
    givens = re.findall(r"\d+(?:\.\d+)?", problem["question"])
    previous: list[str] = []
    for level in (1, 2, 3):
        body = tutor.ask({"question": problem["question"], "mode": "hint", "hint_level": level}).json()
        assert body["answer"] is None and body["steps"] == [] and len(body["hints"]) == level
        assert body["hints"][: level - 1] == previous  # a ladder: each rung adds one hint
        previous = body["hints"]
        if number not in givens:  # an answer equal to a given value cannot be hidden
            assert not any(re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)", hint) for hint in body["hints"]), body[
                "hints"
            ]
    last = tutor.ask({"question": problem["question"], "mode": "hint", "hint_level": 4}).json()
    assert last["answer"] == final["answer"] and last["hints"][:3] == previous


def check(tutor: Tutor, question: str, answer: str) -> dict[str, Any]:
    response = tutor.ask({"question": question, "mode": "check", "student_answer": answer})
    assert response.status_code == 200, response.text
    return response.json()


def test_check_tolerance_after_unit_conversion(tutor: Tutor) -> None:
    assert check(tutor, KE, "312.5 kJ")["check"]["correct"]
    assert check(tutor, KE, "0.3125 MJ")["check"]["correct"]
    assert check(tutor, "How far does a car travel in 3 minutes at a constant 20 m/s?", "3.6 km")["check"]["correct"]
    wrong = check(tutor, KE, "300 kJ")
    assert not wrong["check"]["correct"] and wrong["answer"] is None


def test_check_calls_out_the_wrong_dimension(tutor: Tutor) -> None:
    body = check(tutor, "A net force of 45 N acts on a 9 kg object. What is its acceleration?", "5 m/s")
    assert body["check"]["dimension_ok"] is False and "wrong_dimension" in body["check"]["slips"]
    assert "acceleration" in body["check"]["feedback"][0]


def test_check_gives_sig_fig_feedback(tutor: Tutor) -> None:
    body = check(tutor, KE, "312500.00 J")
    assert body["check"]["correct"] and body["check"]["sig_figs"] == {"given": 8, "expected": 3, "ok": False}


def test_check_spots_degrees_versus_radians(tutor: Tutor) -> None:
    question = (
        "A 12 kg sled is on a frictionless slope inclined at 20 degrees. What is the component of gravity along "
        "the slope?"
    )
    radian_mode = 12 * 9.81 * math.sin(20)  # sin of 20 rad
    body = check(tutor, question, f"{radian_mode:.3g} N")
    assert "degrees_radians" in body["check"]["slips"]
    assert "radian mode" in " ".join(body["check"]["feedback"])


def test_check_spots_a_lost_sign(tutor: Tutor) -> None:
    question = "A flywheel spinning at 120 rad/s slows uniformly to 40 rad/s in 20 s. What is its angular acceleration?"
    body = check(tutor, question, "4 rad/s^2")
    assert body["check"]["slips"] == ["sign"] and not body["check"]["correct"]


def test_a_question_it_cannot_understand_gets_422_saying_what_is_missing(tutor: Tutor) -> None:
    response = tutor.ask({"question": "What is the momentum of a car moving at 20 m/s?"})
    assert response.status_code == 422
    assert response.json()["missing"] == ["the mass"]
    assert tutor.ask({"question": "Tell me a joke"}).status_code == 422


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
_ask_like = st.fixed_dictionaries(
    {},
    optional={
        "question": st.one_of(
            st.text(max_size=300), st.sampled_from([KE, "x^2", "A 2 kg ball at 3 m/s. Momentum?"]), _json_values
        ),
        "mode": st.one_of(st.sampled_from(["solve", "hint", "check"]), _json_values),
        "student_answer": st.one_of(st.none(), st.text(max_size=40), _json_values),
        "hint_level": st.one_of(st.none(), st.integers(-5, 200), _json_values),
        "session_id": st.one_of(st.none(), st.text(max_size=140), _json_values),
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(payload=st.one_of(_ask_like, _json_values))
def test_fuzzed_requests_never_give_a_server_error(tutor: Tutor, payload: Any) -> None:
    response = httpx.post(
        f"{tutor.url}/v1/ask", content=json.dumps(payload), headers={"content-type": "application/json"}, timeout=30
    )
    assert response.status_code in (200, 422), response.text
    assert response.headers["content-type"].startswith("application/json")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300))
def test_fuzzed_bytes_never_give_a_server_error(tutor: Tutor, raw: bytes) -> None:
    response = httpx.post(f"{tutor.url}/v1/ask", content=raw, timeout=30)
    assert response.status_code == 422


def test_health_and_metrics(tutor: Tutor) -> None:
    health = httpx.get(f"{tutor.url}/health", timeout=30)
    assert health.status_code == 200
    checks = health.json()["checks"]
    assert sorted(checks) == sorted(
        f"mcp-{t}" for t in ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")
    )
    assert all(c["status"] == "up" for c in checks.values())
    exposition = httpx.get(f"{tutor.url}/metrics", timeout=30).text
    assert 'pa_tutor_mcp_call_duration_seconds_count{server="energy",tool="kinetic_energy"}' in exposition
    assert 'pa_dependency_up{dependency="mcp-forces",service="physics-agents-api"} 1.0' in exposition
    assert "pa_tutor_answers_total{" in exposition and "pa_tutor_failures_total{" in exposition


def test_one_server_down_gives_503_naming_it_and_the_rest_keep_working(tutor: Tutor, mcp_servers: McpServers) -> None:
    forces_question = "A net force of 45 N acts on a 9 kg object. What is its acceleration?"
    assert tutor.ask({"question": forces_question}).status_code == 200
    mcp_servers.stop("forces")
    try:
        down = tutor.ask({"question": forces_question})
        assert down.status_code == 503
        assert down.json()["dependency"] == "mcp-forces" and "mcp-forces" in down.json()["detail"]
        assert tutor.ask({"question": KE}).status_code == 200
        assert tutor.ask({"question": "What is the momentum of a 1500 kg car traveling at 15 m/s?"}).status_code == 200
        health = httpx.get(f"{tutor.url}/health", timeout=30)
        assert health.status_code == 503 and health.json()["down"] == ["mcp-forces"]
    finally:
        mcp_servers.start("forces")
        mcp_servers.wait("forces")
    # the tutor reconnects by itself
    assert tutor.ask({"question": forces_question}).status_code == 200
