"""Foundations: measurement, units, algebra, trigonometry and vectors (the roots of the graph)."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("foundations", "Foundations", "Measurement, units, algebra, trigonometry and vectors.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "si_units", "SI units and measurement", S, "The seven SI base units and how derived units are built from them."
    ),
    concept("algebra", "Algebra and rearranging formulas", S, "Manipulating equations to isolate an unknown."),
    concept(
        "unit_conversion",
        "Unit conversion",
        S,
        "Converting between units with conversion factors (km/h to m/s, degrees to radians).",
        requires=["si_units", "algebra"],
    ),
    concept(
        "significant_figures",
        "Significant figures",
        S,
        "Reporting a result with the precision its inputs justify.",
        requires=["si_units"],
    ),
    concept(
        "measurement_uncertainty",
        "Measurement uncertainty",
        S,
        "Absolute and relative uncertainty and how they propagate through calculations.",
        requires=["significant_figures", "algebra"],
        formulas=[
            formula(
                "relative_uncertainty",
                "r = dx / x",
                "Relative uncertainty of a measurement",
                r="number",
                dx="length_uncertainty",
                x="length",
            )
        ],
    ),
    concept(
        "statistics_and_regression",
        "Statistics and linear regression",
        S,
        "Mean, standard deviation, standard error and least-squares fits of measured data.",
        requires=["measurement_uncertainty"],
        formulas=[
            formula(
                "standard_error",
                "s_m = s / sqrt(N)",
                "Standard error of the mean of N measurements",
                s_m="length_uncertainty",
                s="length_uncertainty",
                N="number",
            )
        ],
    ),
    concept(
        "quadratic_equations",
        "Quadratic equations",
        S,
        "Solving a x² + b x + c = 0: discriminant, two, one or no real roots.",
        requires=["algebra"],
        formulas=[
            formula(
                "quadratic_formula",
                "x = (-b + sqrt(b**2 - 4*a*c)) / (2*a)",
                "Larger root of a x² + b x + c = 0",
                x="number",
                a="number",
                b="number",
                c="number",
            )
        ],
    ),
    concept(
        "logarithms_and_exponentials",
        "Logarithms and exponentials",
        S,
        "Exponential growth and decay, natural and base-10 logarithms.",
        requires=["algebra"],
        formulas=[
            formula(
                "exponential_decay",
                "y = y0 * exp(-t / tau)",
                "Exponential decay with time constant tau",
                y="number",
                y0="number",
                t="time",
                tau="time",
            )
        ],
    ),
    concept(
        "graphs_and_slopes",
        "Graphs and slopes",
        S,
        "Reading slopes and areas of graphs as physical quantities.",
        requires=["algebra"],
        formulas=[
            formula(
                "slope",
                "m = (y2 - y1) / (x2 - x1)",
                "Slope of a straight line",
                m="number",
                y1="number",
                y2="number",
                x1="number",
                x2="number",
            )
        ],
    ),
    concept(
        "rates_of_change",
        "Rates of change",
        S,
        "Instantaneous rate of change as the limit of average rates (the derivative).",
        requires=["graphs_and_slopes"],
    ),
    concept(
        "trigonometry",
        "Trigonometry",
        S,
        "Sine, cosine and tangent of right triangles; degrees and radians.",
        requires=["algebra"],
        formulas=[
            formula(
                "opposite_side",
                "o = h * sin(theta)",
                "Side opposite an angle in a right triangle",
                o="length",
                h="length",
                theta="angle",
            )
        ],
    ),
    concept(
        "triangle_solving",
        "Solving triangles",
        S,
        "Law of sines and law of cosines, including the ambiguous SSA case.",
        requires=["trigonometry"],
        formulas=[
            formula(
                "law_of_cosines",
                "c = sqrt(a**2 + b**2 - 2*a*b*cos(C))",
                "Law of cosines",
                c="length",
                a="length",
                b="length",
                C="angle",
            )
        ],
    ),
    concept(
        "scalars_and_vectors",
        "Scalars and vectors",
        S,
        "Quantities with magnitude only versus magnitude and direction.",
        requires=["si_units", "trigonometry"],
    ),
    concept(
        "vector_components",
        "Vector components",
        S,
        "Resolving a vector into perpendicular components and back.",
        requires=["scalars_and_vectors"],
        formulas=[
            formula(
                "x_component",
                "A_x = A * cos(theta)",
                "x-component of a vector at angle theta",
                A_x="length",
                A="length",
                theta="angle",
            ),
            formula(
                "vector_magnitude",
                "A = sqrt(A_x**2 + A_y**2)",
                "Magnitude from components",
                A="length",
                A_x="length",
                A_y="length",
            ),
        ],
    ),
    concept(
        "vector_addition",
        "Vector addition",
        S,
        "Adding and subtracting vectors by components; resultant magnitude and direction.",
        requires=["vector_components"],
        formulas=[
            formula(
                "resultant_magnitude",
                "R = sqrt((A_x + B_x)**2 + (A_y + B_y)**2)",
                "Magnitude of A + B",
                R="length",
                A_x="length",
                B_x="length",
                A_y="length",
                B_y="length",
            )
        ],
    ),
    concept(
        "dot_product",
        "Dot product",
        S,
        "The scalar product A·B = |A||B|cos θ, projection of one vector on another.",
        requires=["vector_components"],
        formulas=[
            formula(
                "dot_product_angle",
                "s = A * B * cos(theta)",
                "Scalar product from magnitudes and angle",
                s="area",
                A="length",
                B="length",
                theta="angle",
            )
        ],
    ),
    concept(
        "cross_product",
        "Cross product",
        S,
        "The vector product A×B, magnitude |A||B|sin θ, direction by the right-hand rule.",
        requires=["vector_components"],
        formulas=[
            formula(
                "cross_product_magnitude",
                "c = A * B * sin(theta)",
                "Magnitude of the vector product",
                c="area",
                A="length",
                B="length",
                theta="angle",
            )
        ],
    ),
]
