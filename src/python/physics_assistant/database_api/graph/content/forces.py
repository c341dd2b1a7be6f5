"""Forces: Newton's laws, weight, normal force, friction, tension, springs, drag."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain(
    "forces", "Forces and Newton's laws", "Why motion changes: forces, Newton's laws and common forces."
)
S = SUBDOMAIN.name

CONCEPTS = [
    concept("force", "Force", S, "A push or pull, a vector measured in newtons.", requires=["scalars_and_vectors"]),
    concept(
        "newtons_first_law",
        "Newton's first law and inertia",
        S,
        "An object keeps its velocity unless a net force acts on it.",
        requires=["force", "uniform_motion"],
    ),
    concept(
        "newtons_second_law",
        "Newton's second law",
        S,
        "Net force equals mass times acceleration.",
        requires=["newtons_first_law", "acceleration"],
        formulas=[
            formula(
                "newtons_second_law", "F = m*a", "Net force and acceleration", F="force", m="mass", a="acceleration"
            )
        ],
    ),
    concept(
        "newtons_third_law",
        "Newton's third law",
        S,
        "Forces come in equal and opposite pairs acting on different bodies.",
        requires=["force"],
    ),
    concept(
        "net_force",
        "Net force",
        S,
        "The vector sum of all forces on a body.",
        requires=["force", "vector_addition"],
        formulas=[
            formula(
                "net_force_1d",
                "F_net = F1 + F2 + F3",
                "Net force along one axis",
                F_net="force",
                F1="force",
                F2="force",
                F3="force",
            )
        ],
    ),
    concept(
        "force_resolution",
        "Resolving forces",
        S,
        "Splitting a force into components and combining components into a resultant.",
        requires=["net_force", "vector_components"],
        formulas=[
            formula(
                "force_component",
                "F_x = F*cos(theta)",
                "Component of a force along x",
                F_x="force",
                F="force",
                theta="angle",
            )
        ],
    ),
    concept(
        "weight",
        "Weight",
        S,
        "The gravitational force on a mass near a planet's surface.",
        requires=["newtons_second_law"],
        formulas=[
            formula("weight", "W = m*g", "Weight of a mass", W="force", m="mass", g="gravitational_acceleration")
        ],
    ),
    concept(
        "normal_force",
        "Normal force",
        S,
        "The contact force perpendicular to a surface.",
        requires=["weight", "newtons_third_law"],
        formulas=[
            formula(
                "normal_force_incline",
                "N = m*g*cos(theta)",
                "Normal force on an incline",
                N="force",
                m="mass",
                g="gravitational_acceleration",
                theta="angle",
            )
        ],
    ),
    concept(
        "free_body_diagrams",
        "Free-body diagrams",
        S,
        "Drawing every force on one body to set up Newton's second law.",
        requires=["net_force", "weight", "normal_force"],
    ),
    concept(
        "equilibrium",
        "Translational equilibrium",
        S,
        "Zero net force; the equilibrant balances the resultant of the other forces.",
        requires=["free_body_diagrams", "newtons_first_law"],
        formulas=[formula("equilibrant", "E = -R", "Equilibrant of a resultant R", E="force", R="force")],
    ),
    concept(
        "static_friction",
        "Static friction",
        S,
        "Friction that prevents sliding, up to a maximum of mu_s N; it matches the applied force below that.",
        requires=["normal_force"],
        formulas=[
            formula(
                "max_static_friction",
                "f_max = mu_s*N",
                "Largest static friction",
                f_max="force",
                mu_s="coefficient",
                N="force",
            )
        ],
    ),
    concept(
        "kinetic_friction",
        "Kinetic friction",
        S,
        "Friction on a sliding surface: mu_k N opposite the motion.",
        requires=["normal_force"],
        formulas=[
            formula("kinetic_friction", "f_k = mu_k*N", "Kinetic friction", f_k="force", mu_k="coefficient", N="force")
        ],
        related=["static_friction"],
    ),
    concept(
        "inclined_plane",
        "Inclined planes",
        S,
        "Weight components along and across a slope; whether a block slides (tan theta > mu_s) and how fast.",
        requires=["force_resolution", "static_friction", "kinetic_friction", "free_body_diagrams"],
        formulas=[
            formula(
                "incline_parallel_weight",
                "F_par = m*g*sin(theta)",
                "Weight component along the slope",
                F_par="force",
                m="mass",
                g="gravitational_acceleration",
                theta="angle",
            ),
            formula(
                "incline_acceleration",
                "a = g*(sin(theta) - mu_k*cos(theta))",
                "Acceleration of a sliding block",
                a="acceleration",
                g="gravitational_acceleration",
                theta="angle",
                mu_k="coefficient",
            ),
        ],
    ),
    concept(
        "tension",
        "Tension",
        S,
        "The pull transmitted by a rope or cable; hanging masses and trains of connected bodies.",
        requires=["free_body_diagrams", "newtons_second_law"],
        formulas=[
            formula(
                "hanging_tension",
                "T = m*(g + a)",
                "Tension holding an accelerating hanging mass",
                T="force",
                m="mass",
                g="gravitational_acceleration",
                a="acceleration",
            )
        ],
    ),
    concept(
        "atwood_machine",
        "Atwood machine",
        S,
        "Two masses over a pulley: common acceleration and rope tension.",
        requires=["tension"],
        formulas=[
            formula(
                "atwood_acceleration",
                "a = (m1 - m2)*g / (m1 + m2)",
                "Acceleration of an Atwood machine",
                a="acceleration",
                m1="mass",
                m2="mass",
                g="gravitational_acceleration",
            ),
            formula(
                "atwood_tension",
                "T = 2*m1*m2*g / (m1 + m2)",
                "Rope tension in an Atwood machine",
                T="force",
                m1="mass",
                m2="mass",
                g="gravitational_acceleration",
            ),
        ],
    ),
    concept(
        "connected_bodies",
        "Connected bodies",
        S,
        "Several masses pulled together: one acceleration, a different tension in each link.",
        requires=["tension"],
        formulas=[
            formula(
                "train_acceleration",
                "a = F / (m1 + m2 + m3)",
                "Acceleration of three linked masses pulled by F",
                a="acceleration",
                F="force",
                m1="mass",
                m2="mass",
                m3="mass",
            )
        ],
        related=["atwood_machine"],
    ),
    concept(
        "hookes_law",
        "Hooke's law",
        S,
        "A spring's restoring force is proportional to its extension.",
        requires=["force"],
        formulas=[
            formula(
                "hookes_law", "F = -k*x", "Spring force for extension x", F="force", k="spring_constant", x="length"
            )
        ],
    ),
    concept(
        "centripetal_force",
        "Centripetal force",
        S,
        "The net inward force that keeps a body on a circular path.",
        requires=["newtons_second_law", "uniform_circular_motion"],
        formulas=[
            formula(
                "centripetal_force",
                "F_c = m*v**2 / r",
                "Centripetal force",
                F_c="force",
                m="mass",
                v="velocity",
                r="length",
            )
        ],
    ),
    concept(
        "drag_force",
        "Drag force",
        S,
        "Air resistance at everyday speeds grows with the square of speed.",
        requires=["newtons_second_law"],
        formulas=[
            formula(
                "quadratic_drag",
                "F_d = C_d*rho*A*v**2 / 2",
                "Quadratic drag",
                F_d="force",
                C_d="coefficient",
                rho="density",
                A="area",
                v="velocity",
            )
        ],
    ),
    concept(
        "terminal_velocity",
        "Terminal velocity",
        S,
        "The speed at which drag balances weight.",
        requires=["drag_force", "weight", "equilibrium"],
        formulas=[
            formula(
                "terminal_velocity",
                "v_t = sqrt(2*m*g / (rho*C_d*A))",
                "Terminal speed with quadratic drag",
                v_t="velocity",
                m="mass",
                g="gravitational_acceleration",
                rho="density",
                C_d="coefficient",
                A="area",
            )
        ],
    ),
]
