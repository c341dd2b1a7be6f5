"""Which MCP tools compute what about a concept: concept name -> (server, tool) pairs.

Servers are the MCP topics (forces, kinematics, math, energy, momentum, angular-motion); tool names
are keys of ``physics_assistant.mcp_servers.tools.<module>.TOOLS.tools`` (a test checks that every
linked tool exists). Recording an interaction uses these links to credit the concepts a tool works
on, so keep them to tools that really compute the concept, not ones that merely mention it.
"""

# ruff: noqa: E501
# (Data: one concept per line reads better than wrapped lines.)

F, K, M, E, P, A = "forces", "kinematics", "math", "energy", "momentum", "angular-motion"

TOOL_LINKS: dict[str, list[tuple[str, str]]] = {
    # foundations
    "si_units": [(M, "convert_units")],
    "unit_conversion": [(M, "convert_units")],
    "significant_figures": [
        (M, "count_significant_figures"),
        (M, "round_significant_figures"),
        (M, "significant_figures_result"),
    ],
    "measurement_uncertainty": [(M, "propagate_uncertainty"), (M, "percent_error")],
    "statistics_and_regression": [(M, "descriptive_statistics"), (M, "linear_regression"), (M, "weighted_mean")],
    "algebra": [
        (M, "solve_linear"),
        (M, "solve_linear_system"),
        (M, "solve_for_variable"),
        (M, "simplify_expression"),
        (M, "solve_formula"),
    ],
    "quadratic_equations": [(M, "solve_quadratic")],
    "logarithms_and_exponentials": [(M, "logarithm"), (M, "solve_exponential")],
    "rates_of_change": [(M, "differentiate"), (M, "integrate")],
    "trigonometry": [(M, "trigonometric_values"), (M, "inverse_trigonometric"), (M, "unit_circle")],
    "triangle_solving": [(M, "solve_triangle")],
    "scalars_and_vectors": [(F, "vector_operation")],
    "vector_components": [(F, "resolve_force"), (F, "resultant_from_components")],
    "vector_addition": [(F, "vector_operation"), (F, "force_sum_2d")],
    "dot_product": [(F, "vector_operation")],
    "cross_product": [(F, "vector_operation")],
    # kinematics
    "average_velocity": [(K, "uniform_motion")],
    "uniform_motion": [(K, "uniform_motion")],
    "acceleration": [(K, "constant_acceleration")],
    "constant_acceleration": [(K, "constant_acceleration")],
    "free_fall": [(K, "free_fall")],
    "motion_graphs": [(K, "motion_graph")],
    "relative_motion": [(K, "relative_motion_1d")],
    "motion_in_two_dimensions": [(K, "projectile")],
    "projectile_motion": [(K, "projectile")],
    "projectile_elevated_launch": [(K, "projectile"), (K, "projectile_launch_angles")],
    "projectile_with_air_drag": [(K, "projectile_with_drag"), (K, "drag_best_angle"), (K, "projectile_drag_batch")],
    "uniform_circular_motion": [(A, "linear_angular_relation"), (A, "centripetal_force")],
    # forces
    "newtons_second_law": [(F, "newtons_second_law")],
    "net_force": [(F, "force_sum_1d"), (F, "force_sum_2d")],
    "force_resolution": [(F, "resolve_force"), (F, "resultant_from_components")],
    "weight": [(F, "weight")],
    "normal_force": [(F, "incline_forces")],
    "free_body_diagrams": [(F, "free_body_diagram")],
    "equilibrium": [(F, "equilibrium_check")],
    "static_friction": [(F, "friction"), (F, "incline_forces"), (F, "friction_coefficient")],
    "kinetic_friction": [(F, "friction"), (F, "friction_coefficient")],
    "inclined_plane": [(F, "incline_forces")],
    "tension": [(F, "tension_hanging_mass"), (F, "tension_table_pulley")],
    "atwood_machine": [(F, "tension_atwood")],
    "connected_bodies": [(F, "tension_chain"), (F, "tension_table_pulley")],
    "hookes_law": [(F, "hookes_law")],
    "centripetal_force": [(A, "centripetal_force")],
    "drag_force": [(K, "projectile_with_drag"), (K, "terminal_velocity")],
    "terminal_velocity": [(K, "terminal_velocity")],
    # energy
    "work": [(E, "work_done")],
    "kinetic_energy": [(E, "kinetic_energy")],
    "work_energy_theorem": [(E, "work_energy_theorem")],
    "gravitational_potential_energy": [(E, "gravitational_potential_energy")],
    "elastic_potential_energy": [(E, "elastic_potential_energy"), (E, "spring_launch")],
    "mechanical_energy_conservation": [(E, "mechanical_energy_conservation"), (E, "spring_launch")],
    "energy_losses_to_friction": [(E, "slide_with_friction")],
    "track_energy_analysis": [(E, "roller_coaster_track")],
    "power": [(E, "power")],
    "efficiency": [(E, "efficiency")],
    # momentum
    "linear_momentum": [(P, "momentum")],
    "momentum_in_two_dimensions": [(P, "momentum_2d")],
    "impulse": [(P, "impulse"), (P, "impulse_2d")],
    "impulse_momentum_theorem": [(P, "average_impact_force")],
    "average_collision_force": [(P, "average_impact_force"), (P, "collision_analysis")],
    "conservation_of_momentum": [(P, "collision_1d"), (P, "recoil")],
    "elastic_collisions": [(P, "collision_1d"), (P, "collisions_1d_batch")],
    "perfectly_inelastic_collisions": [(P, "collision_1d"), (P, "perfectly_inelastic_collision_2d")],
    "coefficient_of_restitution": [(P, "collision_1d"), (P, "collision_2d"), (P, "collision_analysis")],
    "collision_energy_loss": [(P, "collision_analysis")],
    "collisions_in_two_dimensions": [(P, "collision_2d"), (P, "perfectly_inelastic_collision_2d")],
    "center_of_mass": [(P, "centre_of_mass_velocity")],
    "rocket_propulsion": [(P, "recoil")],
    # rotation
    "angular_velocity": [(A, "linear_angular_relation")],
    "angular_acceleration": [(A, "rotational_kinematics")],
    "rotational_kinematics": [(A, "rotational_kinematics"), (A, "angular_motion_series")],
    "linear_and_angular_quantities": [(A, "linear_angular_relation")],
    "torque": [(A, "torque"), (A, "net_torque")],
    "moment_of_inertia": [(A, "moment_of_inertia"), (A, "moment_of_inertia_point_masses")],
    "parallel_axis_theorem": [(A, "moment_of_inertia")],
    "rotational_second_law": [(A, "rotational_second_law")],
    "rotational_kinetic_energy": [(A, "rotational_kinetic_energy")],
    "angular_momentum": [(A, "angular_momentum")],
    "conservation_of_angular_momentum": [(A, "angular_momentum_conservation")],
    "angular_impulse": [(A, "angular_impulse")],
    "rolling_motion": [(A, "rolling_kinetic_energy")],
    "rolling_on_an_incline": [(A, "rolling_down_incline"), (A, "rolling_race")],
    "rotational_equilibrium": [(A, "net_torque")],
}
