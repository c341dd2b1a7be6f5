"""Recording and reading interactions, progress and learning paths against the real API."""

from __future__ import annotations

import math

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from physics_assistant.database_api import mastery


def test_record_and_read_back(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    body = interaction(concepts=["free_fall"], timings={"parse_ms": 1.5, "tools_ms": 30})
    created = api.post("/v1/interactions", json=body, headers=user.headers)
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["id"] > 0 and record["user_id"] == user.id
    assert record["answer"] == body["answer"] and record["timings"] == {"parse_ms": 1.5, "tools_ms": 30.0}
    assert "free_fall" in record["concepts"]
    fetched = api.get(f"/v1/interactions/{record['id']}", headers=user.headers)
    assert fetched.status_code == 200 and fetched.json() == record
    page = api.get("/v1/interactions", params={"limit": 10}, headers=user.headers).json()
    assert page["total"] == 1 and page["items"][0]["id"] == record["id"]


def test_tools_used_credit_their_concepts(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    tools = [{"server": "forces", "tool": "incline_forces", "arguments": {"mass": 2}}, "angular-motion/rolling_race"]
    response = api.post("/v1/interactions", json=interaction(tools_used=tools, concepts=[]), headers=user.headers)
    assert response.status_code == 201
    assert {"inclined_plane", "normal_force", "static_friction", "rolling_on_an_incline"} <= set(
        response.json()["concepts"]
    )
    progress = {c["concept"] for c in api.get("/v1/progress/me", headers=user.headers).json()["concepts"]}
    assert {"inclined_plane", "rolling_on_an_incline"} <= progress


def test_tools_may_be_plain_names_and_null_answer_is_kept_as_empty(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    response = api.post(
        "/v1/interactions",
        json=interaction(tools_used=["kinematics/free_fall", "weight"], answer=None),
        headers=user.headers,
    )
    assert response.status_code == 201, response.text
    tools = response.json()["tools_used"]
    assert tools[0] == {"server": "kinematics", "tool": "free_fall", "arguments": None}
    assert tools[1]["tool"] == "weight" and response.json()["answer"] == {}


def test_pagination_is_newest_first_with_total(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    ids = [
        api.post("/v1/interactions", json=interaction(question=f"q{i}"), headers=user.headers).json()["id"]
        for i in range(5)
    ]
    page = api.get("/v1/interactions", params={"limit": 2, "offset": 1}, headers=user.headers).json()
    assert page["total"] == 5 and [i["id"] for i in page["items"]] == ids[::-1][1:3]
    assert api.get("/v1/interactions", params={"offset": 99}, headers=user.headers).json() == {
        "items": [],
        "total": 5,
        "limit": 50,
        "offset": 99,
    }
    topic = api.get("/v1/interactions", params={"topic": "forces"}, headers=user.headers).json()
    assert topic["total"] == 0


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"topic": ""}, "topic"),
        ({"question": "x" * 10_001}, "question"),
        ({"question": "nul \u0000 here"}, "question"),
        ({"duration_ms": -1}, "duration_ms"),
        ({"duration_ms": 10**12}, "duration_ms"),
        ({"success": "maybe"}, "success"),
        ({"session_id": "no spaces allowed"}, "session_id"),
        ({"concepts": ["not_a_concept_anywhere"]}, "concepts"),
        ({"answer": {"deep": [[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}}, "answer"),
        ({"tools_used": [{"server": "x"}]}, "tools_used"),
        ({"timings": {"parse_ms": -3}}, "timings"),
        ({"unexpected": 1}, "unexpected"),
    ],
)
def test_bad_input_is_422_naming_the_field(api: httpx.Client, make_user, interaction, override, field) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    response = api.post("/v1/interactions", json=interaction(**override), headers=user.headers)
    assert response.status_code == 422, response.text
    assert any(field in e["loc"] for e in response.json()["detail"]), response.json()


def test_nan_and_infinity_in_json_are_422(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    for bad in ("NaN", "Infinity", "-Infinity"):
        raw = (
            '{"topic":"energy","question":"q","answer":{"value":'
            + bad
            + '},"tools_used":[],"success":true,"duration_ms":1}'
        )
        response = api.post(
            "/v1/interactions", content=raw, headers={**user.headers, "content-type": "application/json"}
        )
        assert response.status_code == 422, (bad, response.text)
    assert api.post("/v1/interactions", json=interaction(), headers=user.headers).status_code == 201
    assert math.isfinite(1.0)


def test_students_see_only_their_own(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    ada, bob = make_user(), make_user()
    mine = api.post("/v1/interactions", json=interaction(), headers=ada.headers).json()
    assert api.get(f"/v1/interactions/{mine['id']}", headers=bob.headers).status_code == 404
    assert api.get("/v1/interactions", headers=bob.headers).json()["total"] == 0
    assert api.get("/v1/interactions", params={"user_id": ada.id}, headers=bob.headers).json()["total"] == 0
    assert api.get("/v1/interactions/999999999", headers=ada.headers).status_code == 404
    assert api.get(f"/v1/progress/{ada.id}", headers=bob.headers).status_code == 404


def test_instructors_see_their_classes_students(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    teacher, other_teacher, admin = make_user("instructor"), make_user("instructor"), make_user("admin")
    student, outsider = make_user(), make_user()
    record = api.post("/v1/interactions", json=interaction(), headers=student.headers).json()
    api.post("/v1/interactions", json=interaction(), headers=outsider.headers)
    assert api.get(f"/v1/interactions/{record['id']}", headers=teacher.headers).status_code == 404

    klass = api.post("/v1/classes", json={"name": "Mechanics A"}, headers=teacher.headers).json()
    enrolled = api.post(
        f"/v1/classes/{klass['id']}/students", json={"usernames": [student.username]}, headers=teacher.headers
    )
    assert enrolled.status_code == 200 and [s["id"] for s in enrolled.json()["students"]] == [student.id]

    assert api.get(f"/v1/interactions/{record['id']}", headers=teacher.headers).status_code == 200
    visible = api.get("/v1/interactions", params={"user_id": student.id}, headers=teacher.headers).json()
    assert visible["total"] == 1
    owners = {
        i["user_id"]
        for i in api.get("/v1/interactions", params={"limit": 200}, headers=teacher.headers).json()["items"]
    }
    assert owners == {student.id}
    assert api.get(f"/v1/progress/{student.id}", headers=teacher.headers).status_code == 200
    assert api.get(f"/v1/progress/{outsider.id}", headers=teacher.headers).status_code == 404
    assert api.get(f"/v1/users/{student.id}", headers=teacher.headers).status_code == 200
    # Another instructor sees neither the class nor the student.
    assert api.get(f"/v1/classes/{klass['id']}", headers=other_teacher.headers).status_code == 404
    assert api.get(f"/v1/interactions/{record['id']}", headers=other_teacher.headers).status_code == 404
    # Admins see everything.
    assert api.get(f"/v1/interactions/{record['id']}", headers=admin.headers).status_code == 200
    # After removal the instructor no longer sees the student's data.
    assert api.delete(f"/v1/classes/{klass['id']}/students/{student.id}", headers=teacher.headers).status_code == 204
    assert api.get(f"/v1/interactions/{record['id']}", headers=teacher.headers).status_code == 404
    assert api.delete(f"/v1/classes/{klass['id']}/students/{student.id}", headers=teacher.headers).status_code == 404


def test_classes_are_for_instructors_and_enrolment_is_all_or_nothing(api: httpx.Client, make_user) -> None:  # type: ignore[no-untyped-def]
    teacher, s1, s2, another_teacher = make_user("instructor"), make_user(), make_user(), make_user("instructor")
    assert api.post("/v1/classes", json={"name": "nope"}, headers=s1.headers).status_code == 403
    assert api.get("/v1/classes", headers=s1.headers).status_code == 403
    klass = api.post("/v1/classes", json={"name": "Waves"}, headers=teacher.headers)
    assert klass.status_code == 201 and klass.json()["student_count"] == 0
    class_id = klass.json()["id"]
    assert api.post("/v1/classes", json={"name": "Waves"}, headers=teacher.headers).status_code == 409

    partial = api.post(
        f"/v1/classes/{class_id}/students", json={"usernames": [s1.username, "ghost_user"]}, headers=teacher.headers
    )
    assert partial.status_code == 422 and "ghost_user" in partial.text
    assert api.get(f"/v1/classes/{class_id}", headers=teacher.headers).json()["students"] == []  # nothing half-written
    not_student = api.post(
        f"/v1/classes/{class_id}/students",
        json={"usernames": [s1.username, another_teacher.username]},
        headers=teacher.headers,
    )
    assert (
        not_student.status_code == 422
        and api.get(f"/v1/classes/{class_id}", headers=teacher.headers).json()["student_count"] == 0
    )

    both = api.post(
        f"/v1/classes/{class_id}/students",
        json={"usernames": [s1.username, s2.username.upper()]},
        headers=teacher.headers,
    )
    assert both.status_code == 200 and both.json()["student_count"] == 2
    again = api.post(f"/v1/classes/{class_id}/students", json={"usernames": [s1.username]}, headers=teacher.headers)
    assert again.json()["student_count"] == 2
    listing = api.get("/v1/classes", headers=teacher.headers).json()
    assert listing["total"] == 1 and listing["items"][0]["student_count"] == 2
    assert (
        api.post(
            f"/v1/classes/{class_id}/students", json={"usernames": [s1.username]}, headers=another_teacher.headers
        ).status_code
        == 404
    )


def test_progress_follows_the_mastery_rule(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    outcomes = [False, True, True, True, True, True]
    for ok in outcomes:
        response = api.post(
            "/v1/interactions",
            json=interaction(concepts=["newtons_second_law"], tools_used=[], success=ok),
            headers=user.headers,
        )
        assert response.status_code == 201
    progress = api.get("/v1/progress/me", headers=user.headers).json()
    by_concept = {c["concept"]: c for c in progress["concepts"]}
    entry = by_concept["newtons_second_law"]
    assert entry["attempts"] == 6 and entry["successes"] == 5
    assert entry["mastery"] == pytest.approx(mastery.replay(outcomes))
    assert entry["mastered"] is True and entry["subdomain"] == "forces"
    summary = progress["summary"]
    assert summary["interactions"] == 6 and summary["successes"] == 5 and summary["concepts_mastered"] == 1
    assert summary["success_rate"] == pytest.approx(5 / 6) and summary["topics"][0]["interactions"] == 6


def test_learning_path_skips_what_is_mastered(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    assert api.get("/v1/learning-path", params={"target": "projectile_motion"}).status_code == 401
    before = api.get("/v1/learning-path", params={"target": "projectile_motion"}, headers=user.headers).json()
    names = [s["name"] for s in before["steps"]]
    assert names[-1] == "projectile_motion" and "free_fall" in names and before["already_mastered"] == []
    # Every step comes after its prerequisites.
    position = {n: i for i, n in enumerate(names)}
    for step in before["steps"]:
        prereqs = api.get(f"/v1/concepts/{step['name']}/prerequisites").json()["items"]
        assert all(position[p["name"]] < position[step["name"]] for p in prereqs)

    for _ in range(4):
        api.post("/v1/interactions", json=interaction(concepts=["free_fall"], tools_used=[]), headers=user.headers)
    after = api.get("/v1/learning-path", params={"target": "projectile_motion"}, headers=user.headers).json()
    assert "free_fall" not in [s["name"] for s in after["steps"]] and after["already_mastered"] == ["free_fall"]
    assert api.get("/v1/learning-path", params={"target": "no_such_concept"}, headers=user.headers).status_code == 404
    assert api.get("/v1/learning-path", params={"target": "Bad Name"}, headers=user.headers).status_code == 422


def test_interaction_metrics(api: httpx.Client, make_user, interaction) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    first = api.post("/v1/interactions", json=interaction(topic="Energy", success=False), headers=user.headers)
    assert first.status_code == 201, first.text
    api.post("/v1/interactions", json=interaction(topic="something made up"), headers=user.headers)
    samples = metric_samples(api.get("/metrics").text, "pa_interactions_recorded_total")
    assert samples[(("success", "false"), ("topic", "energy"))] >= 1
    assert samples[(("success", "true"), ("topic", "other"))] >= 1


def metric_samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    """{sorted label pairs: value} of one metric in a Prometheus exposition."""
    return {
        tuple(sorted(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    }
