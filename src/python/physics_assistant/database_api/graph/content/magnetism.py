"""Magnetism: fields, magnetic forces, induction and inductance."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain(
    "magnetism", "Magnetism and induction", "Magnetic fields and forces, Faraday's and Lenz's laws, inductance."
)
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "magnetic_field",
        "Magnetic field",
        S,
        "Field lines, poles and the tesla.",
        requires=["electric_current", "scalars_and_vectors"],
    ),
    concept(
        "magnetic_force_on_charge",
        "Magnetic force on a moving charge",
        S,
        "The Lorentz force q v × B.",
        requires=["magnetic_field", "cross_product", "electric_field"],
        formulas=[
            formula(
                "lorentz_force",
                "F = q*v*B*sin(theta)",
                "Magnetic force on a moving charge",
                F="force",
                q="charge",
                v="velocity",
                B="magnetic_field",
                theta="angle",
            )
        ],
    ),
    concept(
        "charged_particle_in_magnetic_field",
        "Charged particles in magnetic fields",
        S,
        "Circular motion of a charge in a uniform field; cyclotron radius.",
        requires=["magnetic_force_on_charge", "centripetal_force"],
        formulas=[
            formula(
                "cyclotron_radius",
                "r = m*v / (q*B)",
                "Radius of the circular path",
                r="length",
                m="mass",
                v="velocity",
                q="charge",
                B="magnetic_field",
            )
        ],
    ),
    concept(
        "force_on_current_carrying_wire",
        "Force on a current-carrying wire",
        S,
        "Force I L × B on a wire in a magnetic field; the motor effect.",
        requires=["magnetic_force_on_charge"],
        formulas=[
            formula(
                "wire_force",
                "F = I*L*B*sin(theta)",
                "Force on a straight wire",
                F="force",
                I="current",
                L="length",
                B="magnetic_field",
                theta="angle",
            )
        ],
    ),
    concept(
        "magnetic_fields_of_currents",
        "Magnetic fields of currents",
        S,
        "Fields of a long straight wire and of a solenoid.",
        requires=["magnetic_field"],
        formulas=[
            formula(
                "straight_wire_field",
                "B = mu0*I / (2*pi*r)",
                "Field at distance r from a long wire",
                B="magnetic_field",
                mu0="permeability",
                I="current",
                r="length",
            ),
            formula(
                "solenoid_field",
                "B = mu0*n*I",
                "Field inside a long solenoid",
                B="magnetic_field",
                mu0="permeability",
                n="turns_per_length",
                I="current",
            ),
        ],
    ),
    concept(
        "magnetic_flux",
        "Magnetic flux",
        S,
        "Field through an area.",
        requires=["magnetic_field", "dot_product"],
        formulas=[
            formula(
                "magnetic_flux",
                "Phi = B*A*cos(theta)",
                "Flux through a flat loop",
                Phi="magnetic_flux",
                B="magnetic_field",
                A="area",
                theta="angle",
            )
        ],
    ),
    concept(
        "faradays_law",
        "Faraday's law of induction",
        S,
        "A changing flux induces an emf.",
        requires=["magnetic_flux", "rates_of_change"],
        formulas=[
            formula(
                "faradays_law",
                "emf = -N*dPhi / dt",
                "Induced emf in a coil of N turns",
                emf="electric_potential",
                N="number",
                dPhi="magnetic_flux",
                dt="time",
            )
        ],
    ),
    concept(
        "lenzs_law",
        "Lenz's law",
        S,
        "The induced current opposes the change that caused it.",
        requires=["faradays_law"],
    ),
    concept(
        "inductance",
        "Inductance",
        S,
        "Self-induced emf proportional to the rate of change of current; energy in an inductor.",
        requires=["faradays_law", "electric_current"],
        formulas=[
            formula(
                "self_induced_emf",
                "emf = -L*dI / dt",
                "Self-induced emf",
                emf="electric_potential",
                L="inductance",
                dI="current",
                dt="time",
            ),
            formula(
                "inductor_energy",
                "U = L*I**2 / 2",
                "Energy stored in an inductor",
                U="energy",
                L="inductance",
                I="current",
            ),
        ],
    ),
    concept(
        "electromagnetic_waves",
        "Electromagnetic waves",
        S,
        "Light as coupled electric and magnetic fields travelling at c.",
        requires=["faradays_law", "wave_properties"],
        formulas=[
            formula(
                "speed_of_light",
                "c = 1 / sqrt(mu0*eps0)",
                "Speed of light from the vacuum constants",
                c="velocity",
                mu0="permeability",
                eps0="permittivity",
            )
        ],
    ),
]
