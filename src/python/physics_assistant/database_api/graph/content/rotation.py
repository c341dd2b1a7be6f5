"""Rotation: angular kinematics, torque, moment of inertia, angular momentum, rolling."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("rotation", "Rotational motion", "Angular kinematics and dynamics, angular momentum, rolling.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "angular_position",
        "Angular position and radians",
        S,
        "Angle turned, measured in radians as arc length over radius.",
        requires=["trigonometry", "position_and_displacement"],
        formulas=[
            formula("arc_length", "theta = s / r", "Angle from arc length", theta="angle", s="length", r="length")
        ],
    ),
    concept(
        "angular_velocity",
        "Angular velocity",
        S,
        "Rate of change of angular position (rad/s; rpm in everyday use).",
        requires=["angular_position", "instantaneous_velocity"],
        formulas=[
            formula(
                "angular_velocity",
                "omega = dtheta / dt",
                "Average angular velocity",
                omega="angular_velocity",
                dtheta="angle",
                dt="time",
            )
        ],
    ),
    concept(
        "angular_acceleration",
        "Angular acceleration",
        S,
        "Rate of change of angular velocity.",
        requires=["angular_velocity", "acceleration"],
        formulas=[
            formula(
                "angular_acceleration",
                "alpha = domega / dt",
                "Average angular acceleration",
                alpha="angular_acceleration",
                domega="angular_velocity",
                dt="time",
            )
        ],
    ),
    concept(
        "rotational_kinematics",
        "Rotational kinematics",
        S,
        "Constant angular acceleration equations, the rotational twins of SUVAT.",
        requires=["angular_acceleration", "constant_acceleration"],
        formulas=[
            formula(
                "angular_velocity_time",
                "omega = omega0 + alpha*t",
                "Angular velocity after time t",
                omega="angular_velocity",
                omega0="angular_velocity",
                alpha="angular_acceleration",
                t="time",
            ),
            formula(
                "angle_time",
                "theta = omega0*t + alpha*t**2/2",
                "Angle turned after time t",
                theta="angle",
                omega0="angular_velocity",
                alpha="angular_acceleration",
                t="time",
            ),
            formula(
                "angular_velocity_angle",
                "omega**2 = omega0**2 + 2*alpha*theta",
                "Angular velocity without time",
                omega="angular_velocity",
                omega0="angular_velocity",
                alpha="angular_acceleration",
                theta="angle",
            ),
        ],
    ),
    concept(
        "linear_and_angular_quantities",
        "Linking linear and angular quantities",
        S,
        "Tangential speed and acceleration of a point at radius r.",
        requires=["angular_velocity", "uniform_circular_motion"],
        formulas=[
            formula(
                "tangential_speed",
                "v = omega*r",
                "Tangential speed",
                v="velocity",
                omega="angular_velocity",
                r="length",
            ),
            formula(
                "tangential_acceleration",
                "a_t = alpha*r",
                "Tangential acceleration",
                a_t="acceleration",
                alpha="angular_acceleration",
                r="length",
            ),
        ],
    ),
    concept(
        "torque",
        "Torque",
        S,
        "The turning effect of a force about an axis; sums of several torques.",
        requires=["force_resolution", "cross_product"],
        formulas=[
            formula(
                "torque",
                "tau = r*F*sin(theta)",
                "Torque of a force at lever arm r",
                tau="torque",
                r="length",
                F="force",
                theta="angle",
            )
        ],
    ),
    concept(
        "moment_of_inertia",
        "Moment of inertia",
        S,
        "Rotational inertia; depends on shape and axis (rod, disk, sphere, cylinder, hoop).",
        requires=["center_of_mass", "angular_velocity"],
        formulas=[
            formula(
                "point_mass_inertia",
                "I = m*r**2",
                "Point mass at radius r",
                I="moment_of_inertia",
                m="mass",
                r="length",
            ),
            formula(
                "solid_disk_inertia",
                "I = M*R**2 / 2",
                "Solid disk or cylinder about its axis",
                I="moment_of_inertia",
                M="mass",
                R="length",
            ),
            formula(
                "solid_sphere_inertia",
                "I = 2*M*R**2 / 5",
                "Solid sphere about a diameter",
                I="moment_of_inertia",
                M="mass",
                R="length",
            ),
            formula(
                "rod_center_inertia",
                "I = M*L**2 / 12",
                "Thin rod about its centre",
                I="moment_of_inertia",
                M="mass",
                L="length",
            ),
        ],
    ),
    concept(
        "parallel_axis_theorem",
        "Parallel-axis theorem",
        S,
        "Moment of inertia about any axis parallel to one through the centre of mass.",
        requires=["moment_of_inertia"],
        formulas=[
            formula(
                "parallel_axis",
                "I = I_cm + M*d**2",
                "Parallel-axis theorem",
                I="moment_of_inertia",
                I_cm="moment_of_inertia",
                M="mass",
                d="length",
            )
        ],
    ),
    concept(
        "rotational_second_law",
        "Newton's second law for rotation",
        S,
        "Net torque equals moment of inertia times angular acceleration.",
        requires=["torque", "moment_of_inertia", "newtons_second_law"],
        formulas=[
            formula(
                "rotational_second_law",
                "tau = I*alpha",
                "Net torque and angular acceleration",
                tau="torque",
                I="moment_of_inertia",
                alpha="angular_acceleration",
            )
        ],
    ),
    concept(
        "rotational_kinetic_energy",
        "Rotational kinetic energy",
        S,
        "Kinetic energy of a spinning body.",
        requires=["moment_of_inertia", "kinetic_energy"],
        formulas=[
            formula(
                "rotational_kinetic_energy",
                "K = I*omega**2 / 2",
                "Rotational kinetic energy",
                K="energy",
                I="moment_of_inertia",
                omega="angular_velocity",
            )
        ],
    ),
    concept(
        "angular_momentum",
        "Angular momentum",
        S,
        "Moment of inertia times angular velocity.",
        requires=["moment_of_inertia", "linear_momentum"],
        formulas=[
            formula(
                "angular_momentum",
                "L = I*omega",
                "Angular momentum of a rigid body",
                L="angular_momentum",
                I="moment_of_inertia",
                omega="angular_velocity",
            )
        ],
    ),
    concept(
        "conservation_of_angular_momentum",
        "Conservation of angular momentum",
        S,
        "Without external torque angular momentum is constant (a skater pulling in her arms spins faster).",
        requires=["angular_momentum", "rotational_second_law"],
        formulas=[
            formula(
                "angular_momentum_conservation",
                "I1*omega1 = I2*omega2",
                "Before and after a change of shape",
                I1="moment_of_inertia",
                omega1="angular_velocity",
                I2="moment_of_inertia",
                omega2="angular_velocity",
            )
        ],
        related=["conservation_of_momentum"],
    ),
    concept(
        "angular_impulse",
        "Angular impulse",
        S,
        "Torque times time equals the change in angular momentum.",
        requires=["angular_momentum", "impulse"],
        formulas=[
            formula("angular_impulse", "dL = tau*dt", "Angular impulse", dL="angular_momentum", tau="torque", dt="time")
        ],
    ),
    concept(
        "rolling_motion",
        "Rolling without slipping",
        S,
        "Rolling combines translation and rotation with v = omega R.",
        requires=["rotational_kinetic_energy", "linear_and_angular_quantities"],
        formulas=[
            formula(
                "rolling_kinetic_energy",
                "K = M*v**2/2 + I*(v/R)**2/2",
                "Total kinetic energy of a rolling body",
                K="energy",
                M="mass",
                v="velocity",
                I="moment_of_inertia",
                R="length",
            )
        ],
    ),
    concept(
        "rolling_on_an_incline",
        "Rolling down an incline",
        S,
        "Shape decides the acceleration: sphere beats disk beats hoop.",
        requires=["rolling_motion", "inclined_plane", "mechanical_energy_conservation"],
        formulas=[
            formula(
                "rolling_acceleration",
                "a = g*sin(theta) / (1 + I/(M*R**2))",
                "Acceleration of a body rolling down a slope",
                a="acceleration",
                g="gravitational_acceleration",
                theta="angle",
                I="moment_of_inertia",
                M="mass",
                R="length",
            )
        ],
    ),
    concept(
        "rotational_equilibrium",
        "Rotational equilibrium and levers",
        S,
        "Zero net torque: balancing beams, levers and ladders.",
        requires=["torque", "equilibrium"],
        formulas=[
            formula(
                "lever_balance", "F1*d1 = F2*d2", "Balanced lever", F1="force", d1="length", F2="force", d2="length"
            )
        ],
    ),
]
