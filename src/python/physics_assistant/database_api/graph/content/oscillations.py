"""Oscillations: periodic and simple harmonic motion, springs, pendulums, damping, resonance."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("oscillations", "Oscillations", "Periodic motion, simple harmonic motion, pendulums, damping.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "periodic_motion",
        "Periodic motion",
        S,
        "Period, frequency and angular frequency of repeating motion.",
        requires=["angular_velocity"],
        formulas=[
            formula("frequency_period", "f = 1 / T", "Frequency from period", f="frequency", T="time"),
            formula(
                "angular_frequency", "omega = 2*pi*f", "Angular frequency", omega="angular_velocity", f="frequency"
            ),
        ],
    ),
    concept(
        "simple_harmonic_motion",
        "Simple harmonic motion",
        S,
        "Oscillation under a restoring force proportional to displacement; sinusoidal in time.",
        requires=["periodic_motion", "hookes_law", "newtons_second_law"],
        formulas=[
            formula(
                "shm_position",
                "x = A*cos(omega*t + phi)",
                "Displacement in SHM",
                x="length",
                A="length",
                omega="angular_velocity",
                t="time",
                phi="angle",
            )
        ],
    ),
    concept(
        "mass_spring_oscillator",
        "Mass-spring oscillator",
        S,
        "A mass on a spring oscillates with a period set by m and k only.",
        requires=["simple_harmonic_motion"],
        formulas=[
            formula(
                "spring_period",
                "T = 2*pi*sqrt(m / k)",
                "Period of a mass on a spring",
                T="time",
                m="mass",
                k="spring_constant",
            )
        ],
    ),
    concept(
        "simple_pendulum",
        "Simple pendulum",
        S,
        "Small swings of a point mass on a string: period set by length and g.",
        requires=["simple_harmonic_motion", "weight"],
        formulas=[
            formula(
                "pendulum_period",
                "T = 2*pi*sqrt(L / g)",
                "Period of a simple pendulum",
                T="time",
                L="length",
                g="gravitational_acceleration",
            )
        ],
    ),
    concept(
        "physical_pendulum",
        "Physical pendulum",
        S,
        "A swinging rigid body: period from its moment of inertia about the pivot.",
        requires=["simple_pendulum", "moment_of_inertia", "rotational_second_law"],
        formulas=[
            formula(
                "physical_pendulum_period",
                "T = 2*pi*sqrt(I / (m*g*d))",
                "Period of a physical pendulum",
                T="time",
                I="moment_of_inertia",
                m="mass",
                g="gravitational_acceleration",
                d="length",
            )
        ],
    ),
    concept(
        "energy_in_shm",
        "Energy in simple harmonic motion",
        S,
        "Energy sloshes between kinetic and potential; total k A² / 2.",
        requires=["simple_harmonic_motion", "elastic_potential_energy", "mechanical_energy_conservation"],
        formulas=[
            formula(
                "shm_total_energy",
                "E = k*A**2 / 2",
                "Total energy of an oscillator",
                E="energy",
                k="spring_constant",
                A="length",
            ),
            formula(
                "shm_max_speed",
                "v_max = A*omega",
                "Greatest speed in SHM",
                v_max="velocity",
                A="length",
                omega="angular_velocity",
            ),
        ],
    ),
    concept(
        "damped_oscillations",
        "Damped oscillations",
        S,
        "Friction-like forces make the amplitude decay exponentially.",
        requires=["mass_spring_oscillator", "drag_force", "logarithms_and_exponentials"],
        formulas=[
            formula(
                "damped_amplitude",
                "A = A0*exp(-b*t / (2*m))",
                "Amplitude of a lightly damped oscillator",
                A="length",
                A0="length",
                b="damping_constant",
                t="time",
                m="mass",
            )
        ],
    ),
    concept(
        "resonance",
        "Driven oscillations and resonance",
        S,
        "A periodic driving force near the natural frequency gives large amplitude.",
        requires=["damped_oscillations"],
        formulas=[
            formula(
                "natural_frequency",
                "omega0 = sqrt(k / m)",
                "Natural angular frequency",
                omega0="angular_velocity",
                k="spring_constant",
                m="mass",
            )
        ],
    ),
]
