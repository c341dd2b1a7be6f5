"""Optics: reflection, refraction, lenses and interference of light."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("optics", "Optics", "Reflection, refraction, lenses and diffraction of light.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "reflection",
        "Reflection",
        S,
        "The angle of reflection equals the angle of incidence; plane mirrors.",
        requires=["trigonometry", "wave_properties"],
        formulas=[
            formula("law_of_reflection", "theta_r = theta_i", "Law of reflection", theta_r="angle", theta_i="angle")
        ],
    ),
    concept(
        "refraction",
        "Refraction and Snell's law",
        S,
        "Light bends at a boundary between media of different refractive index.",
        requires=["reflection"],
        formulas=[
            formula(
                "snells_law",
                "n1*sin(theta1) = n2*sin(theta2)",
                "Snell's law",
                n1="number",
                theta1="angle",
                n2="number",
                theta2="angle",
            ),
            formula("refractive_index", "n = c / v", "Refractive index", n="number", c="velocity", v="velocity"),
        ],
    ),
    concept(
        "total_internal_reflection",
        "Total internal reflection",
        S,
        "Beyond the critical angle no light is transmitted; optical fibres.",
        requires=["refraction"],
        formulas=[
            formula(
                "critical_angle", "sin(theta_c) = n2 / n1", "Critical angle", theta_c="angle", n2="number", n1="number"
            )
        ],
    ),
    concept(
        "thin_lenses",
        "Thin lenses",
        S,
        "Image position from the thin-lens equation.",
        requires=["refraction"],
        formulas=[
            formula("thin_lens", "1/f = 1/d_o + 1/d_i", "Thin-lens equation", f="length", d_o="length", d_i="length")
        ],
    ),
    concept(
        "magnification",
        "Magnification",
        S,
        "Image size relative to the object; upright or inverted.",
        requires=["thin_lenses"],
        formulas=[
            formula("magnification", "M = -d_i / d_o", "Lateral magnification", M="number", d_i="length", d_o="length")
        ],
    ),
    concept(
        "diffraction_and_double_slit",
        "Diffraction and the double slit",
        S,
        "Bright fringes where the path difference is a whole number of wavelengths; gratings.",
        requires=["superposition_and_interference", "electromagnetic_waves"],
        formulas=[
            formula(
                "grating_equation",
                "d*sin(theta) = m*lam",
                "Bright fringes of a grating or double slit",
                d="length",
                theta="angle",
                m="number",
                lam="length",
            )
        ],
    ),
]
