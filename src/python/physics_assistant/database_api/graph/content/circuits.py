"""Circuits: current, resistance, power, networks and RC circuits."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("circuits", "Electric circuits", "Current, resistance, Ohm's law, networks and RC circuits.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "electric_current",
        "Electric current",
        S,
        "Rate of flow of charge.",
        requires=["electric_charge"],
        formulas=[formula("current", "I = Q / t", "Current", I="current", Q="charge", t="time")],
    ),
    concept(
        "ohms_law",
        "Ohm's law",
        S,
        "Voltage across a resistor is proportional to the current through it.",
        requires=["electric_current", "electric_potential"],
        formulas=[formula("ohms_law", "V = I*R", "Ohm's law", V="electric_potential", I="current", R="resistance")],
    ),
    concept(
        "resistivity",
        "Resistivity",
        S,
        "Resistance of a wire from its material, length and cross-section.",
        requires=["ohms_law"],
        formulas=[
            formula(
                "wire_resistance",
                "R = rho_e*L / A",
                "Resistance of a uniform wire",
                R="resistance",
                rho_e="resistivity",
                L="length",
                A="area",
            )
        ],
    ),
    concept(
        "electric_power",
        "Electric power",
        S,
        "Rate of energy transfer in a circuit element.",
        requires=["ohms_law", "power"],
        formulas=[
            formula(
                "electric_power",
                "P = I*V",
                "Power in a circuit element",
                P="power",
                I="current",
                V="electric_potential",
            ),
            formula(
                "joule_heating", "P = I**2*R", "Power dissipated in a resistor", P="power", I="current", R="resistance"
            ),
        ],
    ),
    concept(
        "series_and_parallel_resistors",
        "Series and parallel resistors",
        S,
        "Equivalent resistance of resistors in series and in parallel.",
        requires=["ohms_law"],
        formulas=[
            formula(
                "series_resistance",
                "R_s = R1 + R2",
                "Two resistors in series",
                R_s="resistance",
                R1="resistance",
                R2="resistance",
            ),
            formula(
                "parallel_resistance",
                "R_p = R1*R2 / (R1 + R2)",
                "Two resistors in parallel",
                R_p="resistance",
                R1="resistance",
                R2="resistance",
            ),
        ],
    ),
    concept(
        "kirchhoffs_rules",
        "Kirchhoff's rules",
        S,
        "Junction (charge conservation) and loop (energy conservation) rules for networks.",
        requires=["series_and_parallel_resistors"],
    ),
    concept(
        "rc_circuits",
        "RC circuits",
        S,
        "Charging and discharging a capacitor through a resistor; the time constant R C.",
        requires=["capacitance", "kirchhoffs_rules", "logarithms_and_exponentials"],
        formulas=[
            formula(
                "rc_discharge",
                "q = Q0*exp(-t / (R*C))",
                "Charge on a discharging capacitor",
                q="charge",
                Q0="charge",
                t="time",
                R="resistance",
                C="capacitance",
            ),
            formula("rc_time_constant", "tau = R*C", "Time constant", tau="time", R="resistance", C="capacitance"),
        ],
    ),
]
