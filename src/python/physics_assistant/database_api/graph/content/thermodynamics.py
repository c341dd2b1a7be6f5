"""Thermodynamics: temperature, heat, gases, the laws of thermodynamics, engines."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("thermodynamics", "Thermodynamics", "Temperature, heat, ideal gases, the laws of thermodynamics.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "temperature",
        "Temperature and thermal equilibrium",
        S,
        "Celsius and kelvin scales; the zeroth law.",
        requires=["si_units"],
    ),
    concept(
        "thermal_expansion",
        "Thermal expansion",
        S,
        "Solids grow in length in proportion to the temperature change.",
        requires=["temperature"],
        formulas=[
            formula(
                "linear_expansion",
                "dL = alpha*L0*dT",
                "Linear thermal expansion",
                dL="length",
                alpha="expansion_coefficient",
                L0="length",
                dT="temperature",
            )
        ],
    ),
    concept(
        "heat_and_specific_heat",
        "Heat and specific heat capacity",
        S,
        "Energy needed to change the temperature of a mass of material.",
        requires=["temperature", "work"],
        formulas=[
            formula(
                "sensible_heat",
                "Q = m*c*dT",
                "Heat for a temperature change",
                Q="energy",
                m="mass",
                c="specific_heat",
                dT="temperature",
            )
        ],
    ),
    concept(
        "latent_heat",
        "Latent heat and phase changes",
        S,
        "Energy to melt or boil a substance at constant temperature.",
        requires=["heat_and_specific_heat"],
        formulas=[formula("latent_heat", "Q = m*L", "Heat for a phase change", Q="energy", m="mass", L="latent_heat")],
    ),
    concept(
        "heat_conduction",
        "Heat conduction",
        S,
        "Heat flow through a material in proportion to the temperature gradient.",
        requires=["heat_and_specific_heat", "power"],
        formulas=[
            formula(
                "conduction_rate",
                "P = k*A*dT / d",
                "Rate of heat conduction through a slab",
                P="power",
                k="thermal_conductivity",
                A="area",
                dT="temperature",
                d="length",
            )
        ],
    ),
    concept(
        "ideal_gas_law",
        "Ideal gas law",
        S,
        "Pressure, volume, temperature and amount of an ideal gas.",
        requires=["temperature", "pressure"],
        formulas=[
            formula(
                "ideal_gas_law",
                "p*V = n*R*T",
                "Ideal gas law",
                p="pressure",
                V="volume",
                n="amount_of_substance",
                R="gas_constant",
                T="temperature",
            )
        ],
    ),
    concept(
        "kinetic_theory_of_gases",
        "Kinetic theory of gases",
        S,
        "Temperature as the mean kinetic energy of molecules.",
        requires=["ideal_gas_law", "kinetic_energy"],
        formulas=[
            formula(
                "mean_molecular_ke",
                "K = 3*k_B*T / 2",
                "Mean translational kinetic energy per molecule",
                K="energy",
                k_B="boltzmann_constant",
                T="temperature",
            )
        ],
    ),
    concept(
        "first_law_of_thermodynamics",
        "First law of thermodynamics",
        S,
        "Change in internal energy equals heat added minus work done by the system.",
        requires=["heat_and_specific_heat", "work"],
        formulas=[formula("first_law", "dU = Q - W", "First law", dU="energy", Q="energy", W="energy")],
    ),
    concept(
        "thermodynamic_processes",
        "Thermodynamic processes",
        S,
        "Isobaric, isochoric, isothermal and adiabatic changes of a gas and the work they do.",
        requires=["first_law_of_thermodynamics", "ideal_gas_law", "logarithms_and_exponentials"],
        formulas=[
            formula("isobaric_work", "W = p*dV", "Work at constant pressure", W="energy", p="pressure", dV="volume"),
            formula(
                "isothermal_work",
                "W = n*R*T*ln(V2 / V1)",
                "Work in an isothermal expansion",
                W="energy",
                n="amount_of_substance",
                R="gas_constant",
                T="temperature",
                V2="volume",
                V1="volume",
            ),
        ],
    ),
    concept(
        "heat_engines",
        "Heat engines and efficiency",
        S,
        "Converting heat to work between two reservoirs; the Carnot limit.",
        requires=["first_law_of_thermodynamics", "efficiency"],
        formulas=[
            formula(
                "engine_efficiency",
                "eta = W / Q_h",
                "Efficiency of a heat engine",
                eta="coefficient",
                W="energy",
                Q_h="energy",
            ),
            formula(
                "carnot_efficiency",
                "eta = 1 - T_c / T_h",
                "Carnot efficiency",
                eta="coefficient",
                T_c="temperature",
                T_h="temperature",
            ),
        ],
    ),
    concept(
        "entropy_and_second_law",
        "Entropy and the second law",
        S,
        "Entropy of an isolated system never decreases.",
        requires=["heat_engines"],
        formulas=[
            formula(
                "entropy_change",
                "dS = Q / T",
                "Entropy change for reversible heat flow",
                dS="entropy",
                Q="energy",
                T="temperature",
            )
        ],
    ),
]
