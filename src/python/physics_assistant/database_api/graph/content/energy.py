"""Energy: work, kinetic and potential energy, conservation, losses and power."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain(
    "energy", "Work and energy", "Work, kinetic and potential energy, conservation, friction losses, power."
)
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "work",
        "Work",
        S,
        "Energy transferred by a force acting along a displacement.",
        requires=["force_resolution", "dot_product"],
        formulas=[
            formula(
                "work_angle",
                "W = F*d*cos(theta)",
                "Work by a constant force at an angle",
                W="energy",
                F="force",
                d="length",
                theta="angle",
            )
        ],
    ),
    concept(
        "kinetic_energy",
        "Kinetic energy",
        S,
        "Energy of motion, half m v².",
        requires=["work", "newtons_second_law"],
        formulas=[
            formula(
                "kinetic_energy", "K = m*v**2 / 2", "Translational kinetic energy", K="energy", m="mass", v="velocity"
            )
        ],
    ),
    concept(
        "work_energy_theorem",
        "Work-energy theorem",
        S,
        "The net work on a body equals its change in kinetic energy.",
        requires=["work", "kinetic_energy"],
        formulas=[
            formula(
                "work_energy_theorem",
                "W_net = m*v_f**2/2 - m*v_i**2/2",
                "Net work and change in kinetic energy",
                W_net="energy",
                m="mass",
                v_f="velocity",
                v_i="velocity",
            )
        ],
    ),
    concept(
        "gravitational_potential_energy",
        "Gravitational potential energy",
        S,
        "Energy stored by height in a uniform field, relative to a chosen reference level.",
        requires=["work", "weight"],
        formulas=[
            formula(
                "gravitational_potential_energy",
                "U = m*g*h",
                "Potential energy at height h above the reference",
                U="energy",
                m="mass",
                g="gravitational_acceleration",
                h="length",
            )
        ],
    ),
    concept(
        "elastic_potential_energy",
        "Elastic potential energy",
        S,
        "Energy stored in a stretched or compressed spring.",
        requires=["work", "hookes_law"],
        formulas=[
            formula(
                "elastic_potential_energy",
                "U = k*x**2 / 2",
                "Spring potential energy",
                U="energy",
                k="spring_constant",
                x="length",
            )
        ],
    ),
    concept(
        "conservative_forces",
        "Conservative forces",
        S,
        "Forces whose work does not depend on the path, so a potential energy exists.",
        requires=["gravitational_potential_energy"],
    ),
    concept(
        "mechanical_energy_conservation",
        "Conservation of mechanical energy",
        S,
        "With only conservative forces doing work, kinetic plus potential energy stays constant.",
        requires=[
            "kinetic_energy",
            "gravitational_potential_energy",
            "elastic_potential_energy",
            "conservative_forces",
        ],
        formulas=[
            formula(
                "energy_conservation",
                "m*v1**2/2 + m*g*h1 = m*v2**2/2 + m*g*h2",
                "Mechanical energy at two points",
                m="mass",
                v1="velocity",
                v2="velocity",
                g="gravitational_acceleration",
                h1="length",
                h2="length",
            ),
            formula(
                "spring_launch_speed",
                "v = x*sqrt(k/m)",
                "Speed of a mass released from a compressed spring",
                v="velocity",
                x="length",
                k="spring_constant",
                m="mass",
            ),
        ],
        related=["free_fall"],
    ),
    concept(
        "energy_losses_to_friction",
        "Energy losses to friction",
        S,
        "Work done by kinetic friction turns mechanical energy into heat.",
        requires=["mechanical_energy_conservation", "kinetic_friction"],
        formulas=[
            formula(
                "friction_work",
                "W_f = mu_k*N*d",
                "Energy dissipated by sliding friction over distance d",
                W_f="energy",
                mu_k="coefficient",
                N="force",
                d="length",
            )
        ],
    ),
    concept(
        "track_energy_analysis",
        "Energy along a track",
        S,
        "Speed at each point of a roller-coaster style track from heights (and losses).",
        requires=["mechanical_energy_conservation", "energy_losses_to_friction"],
        formulas=[
            formula(
                "track_speed",
                "v_B = sqrt(v_A**2 + 2*g*(h_A - h_B))",
                "Speed at B from speed and height at A",
                v_B="velocity",
                v_A="velocity",
                g="gravitational_acceleration",
                h_A="length",
                h_B="length",
            )
        ],
    ),
    concept(
        "loop_the_loop",
        "Vertical loops",
        S,
        "The least speed at the top of a loop and the height needed to reach it.",
        requires=["mechanical_energy_conservation", "centripetal_force"],
        formulas=[
            formula(
                "loop_min_speed",
                "v_top = sqrt(g*r)",
                "Least speed at the top of a loop of radius r",
                v_top="velocity",
                g="gravitational_acceleration",
                r="length",
            )
        ],
    ),
    concept(
        "power",
        "Power",
        S,
        "Rate of doing work.",
        requires=["work"],
        formulas=[
            formula("average_power", "P = W / t", "Average power", P="power", W="energy", t="time"),
            formula(
                "power_force_velocity",
                "P = F*v",
                "Power delivered by a force at speed v",
                P="power",
                F="force",
                v="velocity",
            ),
        ],
    ),
    concept(
        "efficiency",
        "Efficiency",
        S,
        "Useful output energy or power as a fraction of the input.",
        requires=["power"],
        formulas=[
            formula("efficiency", "eta = P_out / P_in", "Efficiency", eta="coefficient", P_out="power", P_in="power")
        ],
    ),
]
