"""Every concept -> MCP tool link names a tool that really exists in the MCP servers."""

from physics_assistant.database_api.graph.catalog import CATALOG
from physics_assistant.mcp_servers.tools import angular_motion, energy, forces, kinematics, mathematics, momentum

TOOLSETS = {m.TOOLS.topic: m.TOOLS for m in (forces, kinematics, mathematics, energy, momentum, angular_motion)}


def test_every_linked_tool_exists() -> None:
    assert set(TOOLSETS) == {"forces", "kinematics", "math", "energy", "momentum", "angular-motion"}
    links = [(c.name, ref) for c in CATALOG.concepts.values() for ref in c.tools]
    assert len(links) >= 80
    for concept_name, ref in links:
        assert ref.server in TOOLSETS, f"{concept_name}: unknown MCP server {ref.server!r}"
        assert ref.tool in TOOLSETS[ref.server].tools, f"{concept_name}: {ref.server} has no tool {ref.tool!r}"


def test_every_physics_topic_server_is_linked_and_most_tools_have_a_concept() -> None:
    linked = {(ref.server, ref.tool) for c in CATALOG.concepts.values() for ref in c.tools}
    for server, toolset in TOOLSETS.items():
        mine = {(server, name) for name in toolset.tools}
        assert mine & linked, f"no concept links to any {server} tool"
    every_tool = {(server, name) for server, toolset in TOOLSETS.items() for name in toolset.tools}
    assert len(linked & every_tool) / len(every_tool) >= 0.8


def test_tools_map_back_to_concepts() -> None:
    assert "projectile_motion" in CATALOG.concepts_by_tool["kinematics/projectile"]
    assert "rolling_on_an_incline" in CATALOG.concepts_by_tool["rolling_race"]
    # the coefficient of friction is what both friction concepts are about
    assert {"static_friction", "kinetic_friction"} <= set(CATALOG.concepts_by_tool["forces/friction_coefficient"])
