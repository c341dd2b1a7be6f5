from __future__ import annotations

import pytest

from physics_assistant.mcp_servers.topics import TOPICS, Topic, TopicUnavailable, get_topic, load_toolset


def test_registry() -> None:
    assert {t.name: t.default_port for t in TOPICS.values()} == {
        "forces": 10100,
        "kinematics": 10101,
        "math": 10102,
        "energy": 10103,
        "momentum": 10104,
        "angular-motion": 10105,
    }
    assert get_topic("angular-motion").module.endswith(".tools.angular_motion")
    assert get_topic("math").service == "mcp-math"
    with pytest.raises(TopicUnavailable, match="unknown topic"):
        get_topic("optics")


def test_a_missing_module_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(TOPICS, "math", Topic("math", "physics_assistant.mcp_servers.tools.does_not_exist", 10102))
    with pytest.raises(TopicUnavailable, match="not available in this build"):
        load_toolset("math")


def test_tool_names_are_unique_across_all_six_servers() -> None:
    seen: dict[str, str] = {}
    for name in TOPICS:
        toolset = load_toolset(name)
        assert toolset.topic == name
        for tool in toolset.tools:
            assert tool not in seen, f"tool {tool!r} is defined by both {seen[tool]} and {name}"
            seen[tool] = name
    assert len(seen) >= 60
