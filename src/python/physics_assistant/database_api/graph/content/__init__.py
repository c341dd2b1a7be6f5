"""Knowledge-graph content, one module per subdomain. `ALL` lists them in teaching order."""

from physics_assistant.database_api.graph.content import (
    circuits,
    electrostatics,
    energy,
    fluids,
    forces,
    foundations,
    gravitation,
    kinematics,
    magnetism,
    momentum,
    optics,
    oscillations,
    rotation,
    thermodynamics,
    waves,
)

ALL = (
    foundations,
    kinematics,
    forces,
    energy,
    momentum,
    rotation,
    gravitation,
    oscillations,
    waves,
    fluids,
    thermodynamics,
    electrostatics,
    circuits,
    magnetism,
    optics,
)
