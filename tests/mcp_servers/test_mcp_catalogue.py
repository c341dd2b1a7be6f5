"""The catalogue: at least 60 tools over the six servers, unique names, and every capability of the
platform we replace (../shared/notes/seed-capabilities.md) mapped to the tool that covers it."""

from __future__ import annotations

import asyncio

import pytest
from mcp import Client
from mcp_servers.servers import TOPICS, ServerPool

# capability (as the seed list words it) -> (server, tools that cover it)
CAPABILITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Forces (12)
    "1-D force sum": ("forces", ("force_sum_1d",)),
    "2-D force sum from magnitude/angle list": ("forces", ("force_sum_2d",)),
    "resolve a force into components": ("forces", ("resolve_force",)),
    "resultant from components (magnitude, direction 0-360 deg)": ("forces", ("resultant_from_components",)),
    "free-body diagram data": ("forces", ("free_body_diagram",)),
    "equilibrium check with the equilibrant": ("forces", ("equilibrium_check",)),
    "Hooke's law spring force": ("forces", ("hookes_law",)),
    "friction, static or kinetic": ("forces", ("friction", "friction_coefficient")),
    "weight": ("forces", ("weight",)),
    "forces on an incline (static vs kinetic friction, slides or not)": ("forces", ("incline_forces",)),
    "2-D vector add/subtract/dot/cross": ("forces", ("vector_operation",)),
    "tension: hanging mass, Atwood machine, any number of masses": (
        "forces",
        ("tension_hanging_mass", "tension_atwood", "tension_chain", "tension_table_pulley"),
    ),
    # Kinematics (6)
    "uniform motion x = x0 + v t": ("kinematics", ("uniform_motion",)),
    "constant acceleration solver, both roots of a quadratic time": ("kinematics", ("constant_acceleration",)),
    "free fall with trajectory": ("kinematics", ("free_fall",)),
    "2-D projectile, level or elevated, hits a target": ("kinematics", ("projectile", "projectile_launch_angles")),
    "motion graph data (t, x, y, v series)": ("kinematics", ("motion_graph",)),
    "1-D relative motion: relative velocity, when and where they meet": ("kinematics", ("relative_motion_1d",)),
    # Math (10)
    "quadratic equation (discriminant, roots, factored form)": ("math", ("solve_quadratic",)),
    "linear equation": ("math", ("solve_linear", "solve_linear_system")),
    "trig functions and inverses in degrees/radians": ("math", ("trigonometric_values", "inverse_trigonometric")),
    "triangle solver incl. the ambiguous SSA case": ("math", ("solve_triangle",)),
    "logarithms": ("math", ("logarithm", "solve_exponential")),
    "algebra simplify (CAS)": ("math", ("simplify_expression",)),
    "unit-circle reference values": ("math", ("unit_circle",)),
    "statistics: descriptive, error, regression": (
        "math",
        ("descriptive_statistics", "linear_regression", "propagate_uncertainty", "weighted_mean", "percent_error"),
    ),
    "solve a formula for a variable (CAS)": ("math", ("solve_for_variable",)),
    "physics formula solver (with units)": ("math", ("solve_formula",)),
    # Energy (8)
    "kinetic energy": ("energy", ("kinetic_energy",)),
    "gravitational PE with reference level": ("energy", ("gravitational_potential_energy",)),
    "elastic PE": ("energy", ("elastic_potential_energy",)),
    "work with angle": ("energy", ("work_done",)),
    "work-energy theorem": ("energy", ("work_energy_theorem",)),
    "mechanical energy conservation (heights, speeds, springs)": ("energy", ("mechanical_energy_conservation",)),
    "energy with friction losses": ("energy", ("slide_with_friction", "mechanical_energy_conservation")),
    "multi-point track analysis (roller coaster)": ("energy", ("roller_coaster_track",)),
    # Momentum (8)
    "momentum 1-D and 2-D": ("momentum", ("momentum", "momentum_2d")),
    "impulse 1-D and 2-D": ("momentum", ("impulse", "impulse_2d")),
    "impulse-momentum theorem": ("momentum", ("impulse", "average_impact_force")),
    "1-D collisions (elastic, perfectly inelastic, any restitution)": ("momentum", ("collision_1d",)),
    "2-D collisions": ("momentum", ("collision_2d", "perfectly_inelastic_collision_2d")),
    "collision analysis (energy lost, average force)": ("momentum", ("collision_analysis",)),
    # Angular motion (7)
    "rotational kinematics": ("angular-motion", ("rotational_kinematics",)),
    "moment of inertia by shape, parallel-axis theorem": ("angular-motion", ("moment_of_inertia",)),
    "torque: r F sin theta, I alpha, sum of torques": (
        "angular-motion",
        ("torque", "rotational_second_law", "net_torque"),
    ),
    "angular momentum conservation": ("angular-motion", ("angular_momentum_conservation",)),
    "rotational KE": ("angular-motion", ("rotational_kinetic_energy",)),
    "angular impulse": ("angular-motion", ("angular_impulse",)),
    "rolling motion on an incline, which shape wins": ("angular-motion", ("rolling_down_incline", "rolling_race")),
    # What users and peers ask for beyond the seed
    "unit conversion": ("math", ("convert_units",)),
    "significant-figure feedback": (
        "math",
        ("count_significant_figures", "round_significant_figures", "significant_figures_result"),
    ),
    "projectile with air drag (and wind), batches": (
        "kinematics",
        ("projectile_with_drag", "projectile_drag_batch", "drag_best_angle"),
    ),
    "trajectory / plot data as arrays": ("kinematics", ("motion_graph", "free_fall", "projectile_with_drag")),
}


@pytest.fixture(scope="module")
def catalogue(servers: ServerPool) -> dict[str, dict[str, object]]:
    async def list_all() -> dict[str, dict[str, object]]:
        listed: dict[str, dict[str, object]] = {}
        for topic in TOPICS:
            async with Client(servers.get(topic).url) as client:
                listed[topic] = {tool.name: tool for tool in (await client.list_tools()).tools}
        return listed

    return asyncio.run(list_all())


def test_at_least_sixty_tools_with_unique_names(catalogue: dict[str, dict[str, object]]) -> None:
    names = [name for tools in catalogue.values() for name in tools]
    assert len(names) >= 60
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates, f"tool names used by more than one server: {duplicates}"


@pytest.mark.parametrize("capability", sorted(CAPABILITIES))
def test_capability_is_covered(catalogue: dict[str, dict[str, object]], capability: str) -> None:
    topic, tools = CAPABILITIES[capability]
    for tool in tools:
        assert tool in catalogue[topic], f"{capability!r}: {topic} has no tool {tool!r}"
        assert getattr(catalogue[topic][tool], "output_schema", None), f"{tool} has no outputSchema"
