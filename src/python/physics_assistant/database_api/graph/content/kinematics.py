"""Kinematics: describing motion in one and two dimensions."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("kinematics", "Kinematics", "Describing motion: position, velocity, acceleration, projectiles.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "position_and_displacement",
        "Position and displacement",
        S,
        "Where an object is relative to an origin, and the change of that position.",
        requires=["scalars_and_vectors"],
        formulas=[
            formula(
                "displacement",
                "dx = x - x0",
                "Displacement as change of position",
                dx="length",
                x="length",
                x0="length",
            )
        ],
    ),
    concept(
        "average_velocity",
        "Average speed and velocity",
        S,
        "Displacement (or distance) divided by elapsed time.",
        requires=["position_and_displacement"],
        formulas=[
            formula("average_velocity", "v_avg = dx / dt", "Average velocity", v_avg="velocity", dx="length", dt="time")
        ],
    ),
    concept(
        "instantaneous_velocity",
        "Instantaneous velocity",
        S,
        "The velocity at one instant: the slope of the position-time graph.",
        requires=["average_velocity", "rates_of_change"],
    ),
    concept(
        "acceleration",
        "Acceleration",
        S,
        "Rate of change of velocity.",
        requires=["instantaneous_velocity"],
        formulas=[
            formula(
                "average_acceleration",
                "a = dv / dt",
                "Average acceleration",
                a="acceleration",
                dv="velocity",
                dt="time",
            )
        ],
    ),
    concept(
        "uniform_motion",
        "Uniform motion",
        S,
        "Motion at constant velocity: x = x0 + v t.",
        requires=["average_velocity"],
        formulas=[
            formula(
                "uniform_motion_position",
                "x = x0 + v*t",
                "Position under constant velocity",
                x="length",
                x0="length",
                v="velocity",
                t="time",
            )
        ],
    ),
    concept(
        "constant_acceleration",
        "Motion with constant acceleration",
        S,
        "The SUVAT equations; solving for any unknown from three knowns, both roots of a quadratic time.",
        requires=["acceleration", "uniform_motion", "quadratic_equations"],
        formulas=[
            formula(
                "velocity_time",
                "v = v0 + a*t",
                "Velocity after time t",
                v="velocity",
                v0="velocity",
                a="acceleration",
                t="time",
            ),
            formula(
                "position_time",
                "x = x0 + v0*t + a*t**2/2",
                "Position after time t",
                x="length",
                x0="length",
                v0="velocity",
                a="acceleration",
                t="time",
            ),
            formula(
                "velocity_position",
                "v**2 = v0**2 + 2*a*(x - x0)",
                "Velocity without time",
                v="velocity",
                v0="velocity",
                a="acceleration",
                x="length",
                x0="length",
            ),
        ],
    ),
    concept(
        "free_fall",
        "Free fall",
        S,
        "Vertical motion under gravity alone, with constant acceleration g downwards.",
        requires=["constant_acceleration"],
        formulas=[
            formula(
                "free_fall_height",
                "y = y0 + v0*t - g*t**2/2",
                "Height in free fall (up positive)",
                y="length",
                y0="length",
                v0="velocity",
                g="gravitational_acceleration",
                t="time",
            ),
            formula(
                "free_fall_impact_speed",
                "v = sqrt(2*g*h)",
                "Speed after falling h from rest",
                v="velocity",
                g="gravitational_acceleration",
                h="length",
            ),
        ],
    ),
    concept(
        "motion_graphs",
        "Motion graphs",
        S,
        "Position-, velocity- and acceleration-time graphs and how slopes and areas link them.",
        requires=["uniform_motion", "acceleration", "graphs_and_slopes"],
        related=["constant_acceleration"],
    ),
    concept(
        "relative_motion",
        "Relative motion",
        S,
        "Velocity of one object as seen from another; when and where two moving objects meet.",
        requires=["uniform_motion", "vector_addition"],
        formulas=[
            formula(
                "relative_velocity",
                "v_AB = v_A - v_B",
                "Velocity of A relative to B",
                v_AB="velocity",
                v_A="velocity",
                v_B="velocity",
            ),
            formula(
                "meeting_time",
                "t = d / (v_A - v_B)",
                "Time for A to close a gap d on B",
                t="time",
                d="length",
                v_A="velocity",
                v_B="velocity",
            ),
        ],
    ),
    concept(
        "motion_in_two_dimensions",
        "Motion in two dimensions",
        S,
        "Independent x and y motions combined as vectors.",
        requires=["constant_acceleration", "vector_addition"],
    ),
    concept(
        "projectile_motion",
        "Projectile motion",
        S,
        "Launch from level ground: range, maximum height and flight time without air resistance.",
        requires=["free_fall", "motion_in_two_dimensions"],
        formulas=[
            formula(
                "projectile_range",
                "R = v0**2 * sin(2*theta) / g",
                "Range on level ground",
                R="length",
                v0="velocity",
                theta="angle",
                g="gravitational_acceleration",
            ),
            formula(
                "projectile_max_height",
                "H = v0**2 * sin(theta)**2 / (2*g)",
                "Maximum height",
                H="length",
                v0="velocity",
                theta="angle",
                g="gravitational_acceleration",
            ),
            formula(
                "projectile_flight_time",
                "T = 2*v0*sin(theta) / g",
                "Time of flight on level ground",
                T="time",
                v0="velocity",
                theta="angle",
                g="gravitational_acceleration",
            ),
        ],
    ),
    concept(
        "projectile_elevated_launch",
        "Projectile launched from a height",
        S,
        "Launch above the landing level: the flight time is a root of a quadratic; hitting a target.",
        requires=["projectile_motion"],
        formulas=[
            formula(
                "elevated_height",
                "y = h + v0*sin(theta)*t - g*t**2/2",
                "Height of a projectile launched from h",
                y="length",
                h="length",
                v0="velocity",
                theta="angle",
                t="time",
                g="gravitational_acceleration",
            )
        ],
    ),
    concept(
        "projectile_with_air_drag",
        "Projectile with air drag",
        S,
        "Quadratic drag (and wind) integrated numerically; shorter range, steeper descent.",
        requires=["projectile_motion", "drag_force"],
        related=["terminal_velocity"],
    ),
    concept(
        "uniform_circular_motion",
        "Uniform circular motion",
        S,
        "Constant speed on a circle: centripetal acceleration v²/r towards the centre.",
        requires=["acceleration", "vector_components"],
        formulas=[
            formula(
                "centripetal_acceleration",
                "a_c = v**2 / r",
                "Centripetal acceleration",
                a_c="acceleration",
                v="velocity",
                r="length",
            ),
            formula(
                "circular_speed", "v = 2*pi*r / T", "Speed from radius and period", v="velocity", r="length", T="time"
            ),
        ],
    ),
]
