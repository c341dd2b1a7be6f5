"""Waves: wave properties, strings, superposition, standing waves, sound, Doppler."""
# ruff: noqa: E501
# (Data: one concept or formula per line reads better than wrapped lines.)

from physics_assistant.database_api.graph.model import Subdomain, concept, formula

SUBDOMAIN = Subdomain("waves", "Waves and sound", "Mechanical waves, superposition, standing waves, sound.")
S = SUBDOMAIN.name

CONCEPTS = [
    concept(
        "wave_properties",
        "Wave properties",
        S,
        "Wavelength, frequency, amplitude and speed of a travelling wave.",
        requires=["periodic_motion"],
        formulas=[
            formula(
                "wave_equation",
                "v = f*lam",
                "Wave speed from frequency and wavelength",
                v="velocity",
                f="frequency",
                lam="length",
            )
        ],
    ),
    concept(
        "transverse_and_longitudinal_waves",
        "Transverse and longitudinal waves",
        S,
        "Oscillation across or along the direction of travel.",
        requires=["wave_properties"],
    ),
    concept(
        "waves_on_strings",
        "Waves on a string",
        S,
        "Wave speed set by tension and mass per unit length.",
        requires=["wave_properties", "tension"],
        formulas=[
            formula(
                "string_wave_speed",
                "v = sqrt(T / mu)",
                "Speed of a wave on a string",
                v="velocity",
                T="force",
                mu="linear_density",
            )
        ],
    ),
    concept(
        "superposition_and_interference",
        "Superposition and interference",
        S,
        "Overlapping waves add; path differences decide constructive or destructive interference.",
        requires=["wave_properties"],
        formulas=[
            formula(
                "constructive_path_difference",
                "dL = m*lam",
                "Path difference for constructive interference",
                dL="length",
                m="number",
                lam="length",
            )
        ],
    ),
    concept(
        "standing_waves",
        "Standing waves and harmonics",
        S,
        "Reflections make nodes and antinodes; allowed frequencies are harmonics.",
        requires=["superposition_and_interference", "waves_on_strings"],
        formulas=[
            formula(
                "string_harmonics",
                "f_n = n*v / (2*L)",
                "n-th harmonic of a string fixed at both ends",
                f_n="frequency",
                n="number",
                v="velocity",
                L="length",
            )
        ],
    ),
    concept(
        "sound_waves",
        "Sound waves",
        S,
        "Longitudinal pressure waves; the speed of sound in air is about 343 m/s at 20 °C.",
        requires=["transverse_and_longitudinal_waves"],
        formulas=[
            formula(
                "sound_wavelength", "lam = v / f", "Wavelength of a sound", lam="length", v="velocity", f="frequency"
            )
        ],
    ),
    concept(
        "sound_intensity",
        "Sound intensity and decibels",
        S,
        "Power per area spreading from a source, on a logarithmic decibel scale.",
        requires=["sound_waves", "power", "logarithms_and_exponentials"],
        formulas=[
            formula(
                "point_source_intensity",
                "I = P / (4*pi*r**2)",
                "Intensity at distance r from a point source",
                I="intensity",
                P="power",
                r="length",
            ),
            formula(
                "sound_level",
                "beta = 10*log10(I / I0)",
                "Sound level in decibels",
                beta="sound_level",
                I="intensity",
                I0="intensity",
            ),
        ],
    ),
    concept(
        "doppler_effect",
        "Doppler effect",
        S,
        "Frequency shift from a moving source or observer.",
        requires=["sound_waves", "relative_motion"],
        formulas=[
            formula(
                "doppler",
                "f_o = f_s*(v + v_o) / (v - v_s)",
                "Observed frequency (approaching positive)",
                f_o="frequency",
                f_s="frequency",
                v="velocity",
                v_o="velocity",
                v_s="velocity",
            )
        ],
    ),
]
