"""Fluids: density, pressure, buoyancy and flow."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("fluids", "Fluids", "Density, pressure, buoyancy and fluid flow.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "density",
        "Density",
        S,
        "Mass per unit volume.",
        requires=["si_units", "algebra"],
        formulas=[formula("density", "rho = m / V", "Density", rho="density", m="mass", V="volume")],
    ),
    concept(
        "pressure",
        "Pressure",
        S,
        "Force per unit area acting perpendicular to a surface.",
        requires=["force"],
        formulas=[formula("pressure", "p = F / A", "Pressure", p="pressure", F="force", A="area")],
    ),
    concept(
        "hydrostatic_pressure",
        "Hydrostatic pressure",
        S,
        "Pressure grows with depth in a fluid at rest.",
        requires=["pressure", "density", "weight"],
        formulas=[
            formula(
                "hydrostatic_pressure",
                "p = p0 + rho*g*h",
                "Pressure at depth h",
                p="pressure",
                p0="pressure",
                rho="density",
                g="gravitational_acceleration",
                h="length",
            )
        ],
    ),
    concept(
        "buoyancy",
        "Buoyancy and Archimedes' principle",
        S,
        "The upthrust equals the weight of displaced fluid.",
        requires=["hydrostatic_pressure", "equilibrium"],
        formulas=[
            formula(
                "buoyant_force",
                "F_b = rho*V*g",
                "Buoyant force",
                F_b="force",
                rho="density",
                V="volume",
                g="gravitational_acceleration",
            )
        ],
    ),
    concept(
        "continuity_equation",
        "Continuity equation",
        S,
        "An incompressible flow speeds up where the pipe narrows.",
        requires=["density", "uniform_motion"],
        formulas=[
            formula(
                "continuity",
                "A1*v1 = A2*v2",
                "Same volume flow through two sections",
                A1="area",
                v1="velocity",
                A2="area",
                v2="velocity",
            ),
            formula("volume_flow_rate", "Q = A*v", "Volume flow rate", Q="volume_flow_rate", A="area", v="velocity"),
        ],
    ),
    concept(
        "bernoulli_equation",
        "Bernoulli's equation",
        S,
        "Energy conservation along a streamline of an ideal fluid.",
        requires=["continuity_equation", "hydrostatic_pressure", "mechanical_energy_conservation"],
        formulas=[
            formula(
                "bernoulli",
                "p1 + rho*v1**2/2 + rho*g*h1 = p2 + rho*v2**2/2 + rho*g*h2",
                "Bernoulli's equation between two points",
                p1="pressure",
                p2="pressure",
                rho="density",
                v1="velocity",
                v2="velocity",
                g="gravitational_acceleration",
                h1="length",
                h2="length",
            )
        ],
    ),
]
