"""Gravitation: Newton's law of gravitation, fields, orbits and escape."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("gravitation", "Gravitation", "Universal gravitation, fields, orbits and escape speed.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "universal_gravitation",
        "Newton's law of universal gravitation",
        S,
        "Every pair of masses attracts with a force proportional to m1 m2 / r².",
        requires=["weight", "newtons_third_law"],
        formulas=[
            formula(
                "gravitation",
                "F = G*m1*m2 / r**2",
                "Gravitational force between two masses",
                F="force",
                G="gravitational_constant",
                m1="mass",
                m2="mass",
                r="length",
            )
        ],
    ),
    concept(
        "gravitational_field",
        "Gravitational field strength",
        S,
        "Force per unit mass around a body; g at a planet's surface.",
        requires=["universal_gravitation"],
        formulas=[
            formula(
                "field_strength",
                "g = G*M / r**2",
                "Field of a spherical mass",
                g="gravitational_acceleration",
                G="gravitational_constant",
                M="mass",
                r="length",
            )
        ],
    ),
    concept(
        "circular_orbits",
        "Circular orbits",
        S,
        "Gravity supplies the centripetal force of an orbiting body.",
        requires=["gravitational_field", "centripetal_force"],
        formulas=[
            formula(
                "orbital_speed",
                "v = sqrt(G*M / r)",
                "Speed in a circular orbit",
                v="velocity",
                G="gravitational_constant",
                M="mass",
                r="length",
            )
        ],
    ),
    concept(
        "keplers_laws",
        "Kepler's laws",
        S,
        "Elliptical orbits, equal areas, and T² proportional to r³.",
        requires=["circular_orbits"],
        formulas=[
            formula(
                "keplers_third_law",
                "T**2 = 4*pi**2*r**3 / (G*M)",
                "Period of a circular orbit",
                T="time",
                r="length",
                G="gravitational_constant",
                M="mass",
            )
        ],
    ),
    concept(
        "gravitational_potential_energy_general",
        "Gravitational potential energy (general)",
        S,
        "-G M m / r, zero at infinity; reduces to m g h near a surface.",
        requires=["universal_gravitation", "gravitational_potential_energy"],
        formulas=[
            formula(
                "general_gravitational_pe",
                "U = -G*M*m / r",
                "Potential energy of two masses",
                U="energy",
                G="gravitational_constant",
                M="mass",
                m="mass",
                r="length",
            )
        ],
    ),
    concept(
        "escape_velocity",
        "Escape velocity",
        S,
        "The launch speed that just reaches infinity with zero speed.",
        requires=["gravitational_potential_energy_general", "mechanical_energy_conservation"],
        formulas=[
            formula(
                "escape_velocity",
                "v_esc = sqrt(2*G*M / r)",
                "Escape speed from radius r",
                v_esc="velocity",
                G="gravitational_constant",
                M="mass",
                r="length",
            )
        ],
    ),
]
