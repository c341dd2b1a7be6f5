"""Momentum: impulse, conservation, collisions in one and two dimensions."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("momentum", "Momentum and collisions", "Momentum, impulse, conservation and collisions.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "linear_momentum",
        "Linear momentum",
        S,
        "Mass times velocity, a vector.",
        requires=["newtons_second_law"],
        formulas=[formula("momentum", "p = m*v", "Linear momentum", p="momentum", m="mass", v="velocity")],
    ),
    concept(
        "momentum_in_two_dimensions",
        "Momentum in two dimensions",
        S,
        "Momentum as a vector with x and y components.",
        requires=["linear_momentum", "vector_components"],
        formulas=[
            formula(
                "momentum_magnitude",
                "p = sqrt(p_x**2 + p_y**2)",
                "Magnitude from components",
                p="momentum",
                p_x="momentum",
                p_y="momentum",
            )
        ],
    ),
    concept(
        "impulse",
        "Impulse",
        S,
        "Force multiplied by the time it acts.",
        requires=["linear_momentum"],
        formulas=[formula("impulse", "J = F*dt", "Impulse of a constant force", J="impulse", F="force", dt="time")],
    ),
    concept(
        "impulse_momentum_theorem",
        "Impulse-momentum theorem",
        S,
        "Impulse equals the change in momentum.",
        requires=["impulse"],
        formulas=[
            formula(
                "impulse_momentum",
                "J = m*v_f - m*v_i",
                "Impulse and change in momentum",
                J="impulse",
                m="mass",
                v_f="velocity",
                v_i="velocity",
            )
        ],
    ),
    concept(
        "average_collision_force",
        "Average force in a collision",
        S,
        "Change in momentum divided by the contact time.",
        requires=["impulse_momentum_theorem"],
        formulas=[
            formula(
                "average_force",
                "F_avg = m*(v_f - v_i) / dt",
                "Average force during contact",
                F_avg="force",
                m="mass",
                v_f="velocity",
                v_i="velocity",
                dt="time",
            )
        ],
    ),
    concept(
        "conservation_of_momentum",
        "Conservation of momentum",
        S,
        "The total momentum of an isolated system is constant.",
        requires=["linear_momentum", "newtons_third_law"],
        formulas=[
            formula(
                "momentum_conservation",
                "m1*v1i + m2*v2i = m1*v1f + m2*v2f",
                "Two bodies before and after",
                m1="mass",
                m2="mass",
                v1i="velocity",
                v2i="velocity",
                v1f="velocity",
                v2f="velocity",
            )
        ],
    ),
    concept(
        "elastic_collisions",
        "Elastic collisions",
        S,
        "Collisions that conserve kinetic energy as well as momentum.",
        requires=["conservation_of_momentum", "kinetic_energy"],
        formulas=[
            formula(
                "elastic_final_velocity",
                "v1f = ((m1 - m2)*v1 + 2*m2*v2) / (m1 + m2)",
                "Velocity of body 1 after a 1-D elastic collision",
                v1f="velocity",
                m1="mass",
                m2="mass",
                v1="velocity",
                v2="velocity",
            )
        ],
    ),
    concept(
        "perfectly_inelastic_collisions",
        "Perfectly inelastic collisions",
        S,
        "The bodies stick together; kinetic energy is lost.",
        requires=["conservation_of_momentum"],
        formulas=[
            formula(
                "common_velocity",
                "v_f = (m1*v1 + m2*v2) / (m1 + m2)",
                "Common velocity after sticking",
                v_f="velocity",
                m1="mass",
                m2="mass",
                v1="velocity",
                v2="velocity",
            )
        ],
    ),
    concept(
        "coefficient_of_restitution",
        "Coefficient of restitution",
        S,
        "Ratio of separation to approach speed, from 0 (sticking) to 1 (elastic).",
        requires=["elastic_collisions", "perfectly_inelastic_collisions"],
        formulas=[
            formula(
                "restitution",
                "e = (v2f - v1f) / (v1i - v2i)",
                "Coefficient of restitution",
                e="coefficient",
                v2f="velocity",
                v1f="velocity",
                v1i="velocity",
                v2i="velocity",
            )
        ],
    ),
    concept(
        "collision_energy_loss",
        "Kinetic energy lost in collisions",
        S,
        "How much kinetic energy a collision converts to heat and deformation.",
        requires=["perfectly_inelastic_collisions", "kinetic_energy"],
        formulas=[
            formula(
                "inelastic_energy_loss",
                "dK = m1*m2*(v1 - v2)**2 / (2*(m1 + m2))",
                "Energy lost when two bodies stick",
                dK="energy",
                m1="mass",
                m2="mass",
                v1="velocity",
                v2="velocity",
            )
        ],
    ),
    concept(
        "collisions_in_two_dimensions",
        "Collisions in two dimensions",
        S,
        "Momentum conserved component by component in glancing collisions.",
        requires=["conservation_of_momentum", "momentum_in_two_dimensions"],
    ),
    concept(
        "center_of_mass",
        "Centre of mass",
        S,
        "The mass-weighted mean position, which moves as if all external forces acted there.",
        requires=["linear_momentum"],
        formulas=[
            formula(
                "center_of_mass",
                "x_cm = (m1*x1 + m2*x2) / (m1 + m2)",
                "Centre of mass of two bodies",
                x_cm="length",
                m1="mass",
                m2="mass",
                x1="length",
                x2="length",
            )
        ],
    ),
    concept(
        "rocket_propulsion",
        "Rocket propulsion",
        S,
        "Thrust from expelled mass; the rocket equation.",
        requires=["conservation_of_momentum", "logarithms_and_exponentials"],
        formulas=[
            formula(
                "rocket_equation",
                "dv = v_e*ln(m0 / m_f)",
                "Tsiolkovsky rocket equation",
                dv="velocity",
                v_e="velocity",
                m0="mass",
                m_f="mass",
            )
        ],
    ),
]
