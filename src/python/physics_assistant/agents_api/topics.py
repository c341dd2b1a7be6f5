"""What the tutor can do, per topic, with example questions (served by GET /v1/topics)."""

from __future__ import annotations

TOPICS: list[dict[str, object]] = [
    {
        "topic": "kinematics",
        "server": "kinematics",
        "description": (
            "Uniform motion, constant acceleration (SUVAT), free fall, vertical throws, projectiles (level or "
            "elevated launch)."
        ),
        "examples": [
            "A car accelerates from 10 m/s to 25 m/s in 6 s. What is its acceleration?",
            "A stone is dropped from a 45 m cliff. How long does it take to reach the ground?",
            "A ball is kicked at 20 m/s at 35 degrees above the horizontal. What is its range?",
        ],
    },
    {
        "topic": "forces",
        "server": "forces",
        "description": (
            "Newton's second law, weight, net force, inclines (with static/kinetic friction), springs, components, "
            "resultants, pulleys, tension, friction."
        ),
        "examples": [
            "What force gives a 1200 kg car an acceleration of 2.5 m/s^2?",
            "What normal force acts on a 20 kg crate on a 35 degree ramp?",
            "Masses of 3 kg and 5 kg hang over a frictionless pulley. What is the tension in the string?",
        ],
    },
    {
        "topic": "energy",
        "server": "energy",
        "description": (
            "Kinetic, gravitational and elastic energy, work, power, the work-energy theorem, conservation of "
            "energy, spring launches, friction losses, efficiency."
        ),
        "examples": [
            "What is the kinetic energy of a 70 kg runner at 18 km/h?",
            "A skier starts from rest at the top of a 20 m frictionless hill. What is her speed at the bottom?",
            "A crane lifts a 500 kg load 12 m in 20 s. What is its power output?",
        ],
    },
    {
        "topic": "momentum",
        "server": "momentum",
        "description": (
            "Momentum, impulse and change of momentum, average impact force, elastic and inelastic collisions, "
            "recoil."
        ),
        "examples": [
            "A 3 kg trolley at 4 m/s hits a 1 kg trolley at rest and they stick together. What is their common speed?",
            "A 0.4 kg ball hits a wall at 12 m/s and rebounds at 10 m/s in 0.05 s. What is the average force?",
            "A 50 g bullet leaves a 2.5 kg gun at 300 m/s. What is the recoil speed of the gun?",
        ],
    },
    {
        "topic": "angular_motion",
        "server": "angular-motion",
        "description": (
            "Rotational kinematics, moment of inertia by shape, torque, τ = I α, v = ω r, centripetal force, "
            "rolling, angular momentum, rotational kinetic energy."
        ),
        "examples": [
            "A fan speeds up from rest to 30 rad/s in 6 s. What is its angular acceleration?",
            "What is the moment of inertia of a solid sphere of mass 5 kg and radius 10 cm?",
            "A hoop rolls without slipping from rest down a 2 m high ramp. What is its speed at the bottom?",
        ],
    },
    {
        "topic": "math",
        "server": "math",
        "description": (
            "Quadratic and linear equations, square roots, logarithms, trigonometric values (and inverses) in "
            "degrees or radians, triangles (law of cosines, right triangles), unit conversion."
        ),
        "examples": [
            "Solve x^2 - 7x + 10 = 0 for the smaller root.",
            "What is sin(30 degrees)?",
            "Convert 72 km/h to m/s.",
        ],
    },
]

MODES = ["solve", "hint", "check"]
