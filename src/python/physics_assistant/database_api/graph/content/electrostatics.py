"""Electrostatics: charge, Coulomb's law, fields, potential and capacitance."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain(
    "electrostatics", "Electrostatics", "Charge, Coulomb's law, electric field and potential, capacitors."
)
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "electric_charge",
        "Electric charge",
        S,
        "Positive and negative charge, conservation and quantisation in units of e.",
        requires=["si_units"],
        formulas=[
            formula(
                "charge_quantisation", "q = n*e", "Charge of n elementary charges", q="charge", n="number", e="charge"
            )
        ],
    ),
    concept(
        "coulombs_law",
        "Coulomb's law",
        S,
        "Force between point charges, proportional to q1 q2 / r².",
        requires=["electric_charge", "force"],
        formulas=[
            formula(
                "coulombs_law",
                "F = k_e*q1*q2 / r**2",
                "Coulomb force",
                F="force",
                k_e="coulomb_constant",
                q1="charge",
                q2="charge",
                r="length",
            )
        ],
        related=["universal_gravitation"],
    ),
    concept(
        "electric_field",
        "Electric field",
        S,
        "Force per unit charge; superposition of point-charge fields.",
        requires=["coulombs_law", "vector_addition"],
        formulas=[
            formula(
                "field_definition",
                "E = F / q",
                "Field from force on a test charge",
                E="electric_field",
                F="force",
                q="charge",
            ),
            formula(
                "point_charge_field",
                "E = k_e*q / r**2",
                "Field of a point charge",
                E="electric_field",
                k_e="coulomb_constant",
                q="charge",
                r="length",
            ),
        ],
    ),
    concept(
        "charges_in_electric_fields",
        "Charges moving in electric fields",
        S,
        "Acceleration of a charged particle in a uniform field.",
        requires=["electric_field", "newtons_second_law"],
        formulas=[
            formula(
                "field_acceleration",
                "a = q*E / m",
                "Acceleration of a charge in a field",
                a="acceleration",
                q="charge",
                E="electric_field",
                m="mass",
            )
        ],
    ),
    concept(
        "gauss_law",
        "Gauss's law",
        S,
        "Electric flux through a closed surface is the enclosed charge over eps0.",
        requires=["electric_field"],
        formulas=[
            formula(
                "gauss_law", "Phi_E = Q / eps0", "Gauss's law", Phi_E="electric_flux", Q="charge", eps0="permittivity"
            )
        ],
    ),
    concept(
        "electric_potential_energy",
        "Electric potential energy",
        S,
        "Energy stored in a configuration of charges.",
        requires=["coulombs_law", "work"],
        formulas=[
            formula(
                "charge_pair_energy",
                "U = k_e*q1*q2 / r",
                "Potential energy of two point charges",
                U="energy",
                k_e="coulomb_constant",
                q1="charge",
                q2="charge",
                r="length",
            )
        ],
    ),
    concept(
        "electric_potential",
        "Electric potential and voltage",
        S,
        "Potential energy per unit charge; potential difference (voltage).",
        requires=["electric_potential_energy", "electric_field"],
        formulas=[
            formula(
                "point_charge_potential",
                "V = k_e*q / r",
                "Potential of a point charge",
                V="electric_potential",
                k_e="coulomb_constant",
                q="charge",
                r="length",
            ),
            formula(
                "uniform_field_voltage",
                "V = E*d",
                "Potential difference in a uniform field",
                V="electric_potential",
                E="electric_field",
                d="length",
            ),
        ],
    ),
    concept(
        "capacitance",
        "Capacitance",
        S,
        "Charge stored per volt; parallel-plate capacitors and their energy.",
        requires=["electric_potential"],
        formulas=[
            formula(
                "capacitance_definition",
                "C = Q / V",
                "Capacitance",
                C="capacitance",
                Q="charge",
                V="electric_potential",
            ),
            formula(
                "parallel_plate_capacitance",
                "C = eps0*A / d",
                "Parallel-plate capacitor",
                C="capacitance",
                eps0="permittivity",
                A="area",
                d="length",
            ),
            formula(
                "capacitor_energy",
                "U = C*V**2 / 2",
                "Energy stored in a capacitor",
                U="energy",
                C="capacitance",
                V="electric_potential",
            ),
        ],
    ),
]
