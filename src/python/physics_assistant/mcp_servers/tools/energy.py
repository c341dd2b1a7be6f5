"""Energy tools: kinetic and potential energy, work, power, conservation of mechanical energy,
friction losses, roller-coaster tracks, spring launches and efficiency.

Every tool validates its quantities (units, signs, finiteness) through the toolkit types, calls the
numba kernels in physics.energy and returns SI values with the worked steps.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Any, Literal

import numpy as np
from pydantic import AfterValidator, Field, WithJsonSchema

from physics_assistant.mcp_servers.toolkit import (
    Coefficient,
    Distance,
    Energy,
    Force,
    GravityField,
    Height,
    Length,
    Mass,
    Speed,
    SpringConstant,
    ToolInputError,
    ToolResult,
    ToolSet,
    float_array,
    quantity,
)
from physics_assistant.mcp_servers.tools._results import HalfSquare, num, only_missing, paren, qty, units
from physics_assistant.physics import energy as kernels
from physics_assistant.physics.energy import G_TEXTBOOK

TOOLS = ToolSet("energy", title="Energy, work and power")


def _fraction(value: Any) -> float:
    # Efficiency is a plain ratio; accept "80 %" / "80%" because people write it that way.
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(value, str):
        text = value.strip()
        scale = 1.0
        if text.endswith("%"):
            text, scale = text[:-1].strip(), 0.01
        try:
            number = float(text) * scale
        except ValueError:
            raise ValueError(f"cannot read {value!r} as a fraction or percentage") from None
    else:
        number = float(value)
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"must be between 0 and 1 (0 %-100 %), got {number:g}")
    return number


# Quantity types specific to this topic. The validators hand the tool SI floats, which is all the
# type checker needs to know (it cannot read a type built at run time).
if TYPE_CHECKING:
    Power = float
    Compression = float
    ReferenceHeight = float
    InclineAngle = float
    ForceAngle = float
    NonConservativeWork = float
    PositiveDuration = float
    Fraction = float
    TrackHeights = list[float]
else:
    Power = quantity("power", "power")
    PositiveDuration = quantity("time", "time interval", positive=True)
    Compression = quantity("length", "spring compression or stretch from its natural length", nonnegative=True)
    ReferenceHeight = quantity("length", "height of the zero level of potential energy")
    InclineAngle = quantity(
        "angle", "incline angle above the horizontal (0 = level surface), 0-90 deg", nonnegative=True
    )
    ForceAngle = quantity("angle", "angle between the force and the displacement (0 = along the motion)")
    NonConservativeWork = quantity(
        "energy", "work done by non-conservative forces (friction, air drag, a motor); negative when energy is lost"
    )
    TrackHeights = float_array("heights of successive track points (every crest and valley) in m, starting point first")
    Fraction = Annotated[
        float | str,
        AfterValidator(_fraction),
        WithJsonSchema(
            {
                "anyOf": [{"type": "number"}, {"type": "string"}],
                "description": 'efficiency as a fraction 0-1, or a percentage string such as "80 %"',
            }
        ),
    ]


# --------------------------------------------------------------------------------------------
# Kinetic and potential energy


class KineticEnergyResult(ToolResult):
    solved_for: str
    mass: float
    speed: float
    kinetic_energy: float
    units: dict[str, str] = units(mass="kg", speed="m/s", kinetic_energy="J")


@TOOLS.tool(title="Kinetic energy")
def kinetic_energy(
    mass: Mass | None = None,
    speed: Speed | None = None,
    kinetic_energy: Energy | None = None,
) -> KineticEnergyResult:
    """Kinetic energy KE = ½ m v². Give two of mass, speed and kinetic_energy; the third is solved for."""
    solved = only_missing(("mass", "speed", "kinetic_energy"), (mass, speed, kinetic_energy), "KE = ½ m v²")
    if kinetic_energy is not None and kinetic_energy < 0:
        raise ToolInputError("kinetic_energy", f"must be >= 0, got {kinetic_energy:g}")
    if solved == "kinetic_energy":
        assert mass is not None and speed is not None
        ke = kernels.kinetic_energy(mass, speed)
        steps = [f"KE = ½ m v² = ½ × {qty(mass, 'kg')} × ({qty(speed, 'm/s')})² = {qty(ke, 'J')}"]
        return KineticEnergyResult(solved_for=solved, mass=mass, speed=speed, kinetic_energy=ke, steps=steps)
    if solved == "speed":
        assert mass is not None and kinetic_energy is not None
        v = kernels.speed_from_kinetic_energy(kinetic_energy, mass)
        steps = [f"v = √(2 KE / m) = √(2 × {qty(kinetic_energy, 'J')} / {qty(mass, 'kg')}) = {qty(v, 'm/s')}"]
        return KineticEnergyResult(solved_for=solved, mass=mass, speed=v, kinetic_energy=kinetic_energy, steps=steps)
    assert speed is not None and kinetic_energy is not None
    if speed == 0:
        raise ToolInputError("speed", "must be > 0 to find the mass (at rest every mass has KE = 0)")
    if kinetic_energy == 0:
        raise ToolInputError("kinetic_energy", "must be > 0 to find the mass of a moving body")
    m = kernels.mass_from_kinetic_energy(kinetic_energy, speed)
    steps = [f"m = 2 KE / v² = 2 × {qty(kinetic_energy, 'J')} / ({qty(speed, 'm/s')})² = {qty(m, 'kg')}"]
    return KineticEnergyResult(solved_for=solved, mass=m, speed=speed, kinetic_energy=kinetic_energy, steps=steps)


class GravitationalPEResult(ToolResult):
    solved_for: str = Field(default="potential_energy", description="the quantity that was left out")
    mass: float
    height: float
    reference_height: float
    height_above_reference: float
    g: float
    potential_energy: float
    units: dict[str, str] = units(
        mass="kg", height="m", reference_height="m", height_above_reference="m", g="m/s^2", potential_energy="J"
    )


@TOOLS.tool(title="Gravitational potential energy")
def gravitational_potential_energy(
    mass: Mass | None = None,
    height: Height | None = None,
    potential_energy: Energy | None = None,
    reference_height: ReferenceHeight = 0.0,
    g: GravityField = G_TEXTBOOK,
) -> GravitationalPEResult:
    """Gravitational potential energy U = m g (h - h_ref) near a planet's surface, relative to a chosen
    zero level (reference_height, default 0), or the height or mass from an energy. Negative below the
    reference level. Give two of mass, height and potential_energy; the third is solved for: the height,
    h = h_ref + U / (m g) (a negative U puts the body below the zero level), or the mass,
    m = U / (g (h - h_ref)) (U must be positive above the zero level and negative below it)."""
    solved = only_missing(("mass", "height", "potential_energy"), (mass, height, potential_energy), "U = m g Δh")
    if solved == "potential_energy":
        assert mass is not None and height is not None
        dh = height - reference_height
        u = kernels.gravitational_potential_energy(mass, height, reference_height, g)
        steps = [
            f"Δh = h - h_ref = {qty(height, 'm')} - {paren(reference_height)} m = {qty(dh, 'm')}",
            f"U = m g Δh = {qty(mass, 'kg')} × {qty(g, 'm/s²')} × {qty(dh, 'm')} = {qty(u, 'J')}",
        ]
    elif solved == "height":
        assert mass is not None and potential_energy is not None
        u = potential_energy
        dh = u / (mass * g)
        height = reference_height + dh
        steps = [
            f"Δh = U / (m g) = {qty(u, 'J')} / ({qty(mass, 'kg')} × {qty(g, 'm/s²')}) = {qty(dh, 'm')}",
            f"h = h_ref + Δh = {qty(reference_height, 'm')} + {paren(dh)} m = {qty(height, 'm')}" + _level_note(dh),
        ]
    else:
        assert height is not None and potential_energy is not None
        u, dh = potential_energy, height - reference_height
        _check_mass_from_potential_energy(u, dh)
        mass = u / (g * dh)
        steps = [
            f"Δh = h - h_ref = {qty(height, 'm')} - {paren(reference_height)} m = {qty(dh, 'm')}",
            f"m = U / (g Δh) = {qty(u, 'J')} / ({qty(g, 'm/s²')} × {qty(dh, 'm')}) = {qty(mass, 'kg')}",
        ]
    return GravitationalPEResult(
        solved_for=solved,
        mass=mass,
        height=height,
        reference_height=reference_height,
        height_above_reference=dh,
        g=g,
        potential_energy=u,
        steps=steps,
    )


def _level_note(dh: float) -> str:
    if dh < 0:
        return f" (U < 0: {qty(-dh, 'm')} below the zero level)"
    return " (at the zero level: U = 0)" if dh == 0 else ""


def _check_mass_from_potential_energy(energy: float, dh: float) -> None:
    """m = U / (g Δh) needs Δh ≠ 0 and U of Δh's sign (a body above the zero level has U > 0)."""
    if dh == 0:
        raise ToolInputError(
            "height", "equals the reference height, where U = 0 for every mass: the mass cannot be found"
        )
    if energy == 0 or (energy > 0) != (dh > 0):
        side, sign = ("above", "positive") if dh > 0 else ("below", "negative")
        raise ToolInputError(
            "potential_energy",
            f"{energy:g} J at a height {side} the reference level would need a mass of "
            f"{'zero' if energy == 0 else 'less than zero'}: {side} the zero level U = m g Δh is {sign}",
        )


SPRING_ENERGY = HalfSquare(("spring_constant", "displacement", "potential_energy"), ("k", "x", "U"), ("N/m", "m", "J"))


class ElasticPEResult(ToolResult):
    solved_for: str = Field(default="potential_energy", description="the quantity that was left out")
    spring_constant: float
    displacement: float = Field(description="signed as given; when solved for, the size of the stretch or compression")
    potential_energy: float
    restoring_force: float
    units: dict[str, str] = units(spring_constant="N/m", displacement="m", potential_energy="J", restoring_force="N")


@TOOLS.tool(title="Elastic potential energy")
def elastic_potential_energy(
    spring_constant: SpringConstant | None = None,
    displacement: Length | None = None,
    potential_energy: Energy | None = None,
) -> ElasticPEResult:
    """Energy stored in a spring stretched or compressed by `displacement` from its natural length:
    U = ½ k x², or the stretch or k from a stored energy. Also gives Hooke's restoring force
    F = -k x. Give two of spring_constant, displacement and potential_energy; the third is solved
    for: the stretch or compression x = √(2 U / k) (its size: U is the same either way) or the
    spring constant k = 2 U / x²."""
    solved, k, x, u, step = SPRING_ENERGY.solve(spring_constant, displacement, potential_energy)
    if solved == "displacement":
        step += " (stretched or compressed: the energy is the same either way)"
    steps = [step]
    force = -k * x
    steps.append(f"F = -k x = -{num(k)} N/m × {qty(x, 'm')} = {qty(force, 'N')}")
    return ElasticPEResult(
        solved_for=solved, spring_constant=k, displacement=x, potential_energy=u, restoring_force=force, steps=steps
    )


# --------------------------------------------------------------------------------------------
# Work, the work-energy theorem and power


class WorkResult(ToolResult):
    force: float
    displacement: float
    angle: float
    force_along_displacement: float
    work: float
    units: dict[str, str] = units(force="N", displacement="m", angle="rad", force_along_displacement="N", work="J")


@TOOLS.tool(title="Work done by a constant force")
def work_done(force: Force, displacement: Distance, angle: ForceAngle = 0.0) -> WorkResult:
    """Work W = F d cos θ done by a constant force F over a straight displacement d, with θ the angle
    between force and displacement: positive when the force helps the motion, negative when it opposes
    it (friction, braking), zero when perpendicular (normal force, a load carried level)."""
    w = kernels.work(force, displacement, angle)
    along = force * math.cos(angle)
    steps = [
        f"W = F d cos θ = {qty(force, 'N')} × {qty(displacement, 'm')} × cos({num(math.degrees(angle))}°) = "
        f"{qty(w, 'J')}"
    ]
    return WorkResult(
        force=force, displacement=displacement, angle=angle, force_along_displacement=along, work=w, steps=steps
    )


class WorkEnergyResult(ToolResult):
    solved_for: str
    mass: float
    initial_speed: float
    final_speed: float
    net_work: float
    initial_kinetic_energy: float
    final_kinetic_energy: float
    units: dict[str, str] = units(
        mass="kg", initial_speed="m/s", final_speed="m/s", net_work="J", initial_kinetic_energy="J",
        final_kinetic_energy="J",
    )  # fmt: skip


@TOOLS.tool(title="Work-energy theorem")
def work_energy_theorem(
    mass: Mass,
    initial_speed: Speed | None = None,
    final_speed: Speed | None = None,
    net_work: Energy | None = None,
) -> WorkEnergyResult:
    """Work-energy theorem W_net = ΔKE = ½ m v² - ½ m v0². Give the mass and two of initial_speed,
    final_speed and net_work (the total work of all forces); the third is solved for."""
    solved = only_missing(
        ("initial_speed", "final_speed", "net_work"), (initial_speed, final_speed, net_work), "W_net = ½mv² - ½mv0²"
    )
    if solved == "net_work":
        assert initial_speed is not None and final_speed is not None
        ke0 = kernels.kinetic_energy(mass, initial_speed)
        ke1 = kernels.kinetic_energy(mass, final_speed)
        w = ke1 - ke0
        steps = [
            f"KE0 = ½ m v0² = ½ × {qty(mass, 'kg')} × ({qty(initial_speed, 'm/s')})² = {qty(ke0, 'J')}",
            f"KE = ½ m v² = ½ × {qty(mass, 'kg')} × ({qty(final_speed, 'm/s')})² = {qty(ke1, 'J')}",
            f"W_net = KE - KE0 = {qty(ke1, 'J')} - {qty(ke0, 'J')} = {qty(w, 'J')}",
        ]
        v0, v1 = initial_speed, final_speed
    elif solved == "final_speed":
        assert initial_speed is not None and net_work is not None
        ke0 = kernels.kinetic_energy(mass, initial_speed)
        ke1 = ke0 + net_work
        if ke1 < 0:
            raise ToolInputError(
                "net_work", f"{net_work:g} J removes more than the {ke0:g} J of kinetic energy the body has"
            )
        v0, v1, w = initial_speed, kernels.speed_from_kinetic_energy(ke1, mass), net_work
        steps = [
            f"KE0 = ½ m v0² = ½ × {qty(mass, 'kg')} × ({qty(v0, 'm/s')})² = {qty(ke0, 'J')}",
            f"KE = KE0 + W_net = {qty(ke0, 'J')} + {qty(w, 'J')} = {qty(ke1, 'J')}",
            f"v = √(2 KE / m) = √(2 × {qty(ke1, 'J')} / {qty(mass, 'kg')}) = {qty(v1, 'm/s')}",
        ]
    else:
        assert final_speed is not None and net_work is not None
        ke1 = kernels.kinetic_energy(mass, final_speed)
        ke0 = ke1 - net_work
        if ke0 < 0:
            raise ToolInputError(
                "net_work", f"{net_work:g} J is more than the final kinetic energy {ke1:g} J, so v0² would be < 0"
            )
        v0, v1, w = kernels.speed_from_kinetic_energy(ke0, mass), final_speed, net_work
        steps = [
            f"KE = ½ m v² = ½ × {qty(mass, 'kg')} × ({qty(v1, 'm/s')})² = {qty(ke1, 'J')}",
            f"KE0 = KE - W_net = {qty(ke1, 'J')} - {qty(w, 'J')} = {qty(ke0, 'J')}",
            f"v0 = √(2 KE0 / m) = √(2 × {qty(ke0, 'J')} / {qty(mass, 'kg')}) = {qty(v0, 'm/s')}",
        ]
    return WorkEnergyResult(
        solved_for=solved,
        mass=mass,
        initial_speed=v0,
        final_speed=v1,
        net_work=w,
        initial_kinetic_energy=ke0,
        final_kinetic_energy=ke1,
        steps=steps,
    )


class PowerResult(ToolResult):
    solved_for: str
    power: float
    work: float | None = None
    duration: float | None = None
    force: float | None = None
    speed: float | None = None
    angle: float | None = None
    units: dict[str, str] = units(power="W", work="J", duration="s", force="N", speed="m/s", angle="rad")


@TOOLS.tool(title="Power")
def power(
    work: Energy | None = None,
    duration: PositiveDuration | None = None,
    power: Power | None = None,
    force: Force | None = None,
    speed: Speed | None = None,
    angle: ForceAngle = 0.0,
) -> PowerResult:
    """Power as a rate of doing work, P = W / t or P = F v cos θ, for any one unknown. Either average
    power P = W / t (give two of work, duration and power; the third is solved for), or the power
    of a force F on a body moving at speed v: P = F v cos θ (give two of force, speed and power, and
    the angle between force and motion if not 0; the third is solved for: F = P / (v cos θ),
    v = P / (F cos θ))."""
    if force is not None or speed is not None:
        if work is not None or duration is not None:
            raise ToolInputError(
                "work" if work is not None else "duration",
                "give two of force, speed and power (P = F v cos θ), or two of work, duration and power (P = W / t)",
            )
        return _power_of_force(force, speed, power, angle)
    solved = only_missing(("work", "duration", "power"), (work, duration, power), "P = W / t")
    if solved == "power":
        assert work is not None and duration is not None
        p = work / duration
        steps = [f"P = W / t = {qty(work, 'J')} / {qty(duration, 's')} = {qty(p, 'W')}"]
        return PowerResult(solved_for=solved, power=p, work=work, duration=duration, steps=steps)
    if solved == "work":
        assert power is not None and duration is not None
        w = power * duration
        steps = [f"W = P t = {qty(power, 'W')} × {qty(duration, 's')} = {qty(w, 'J')}"]
        return PowerResult(solved_for=solved, power=power, work=w, duration=duration, steps=steps)
    assert work is not None and power is not None
    if power == 0 or work / power <= 0:
        raise ToolInputError("power", "must be non-zero and have the same sign as the work to give a positive time")
    t = work / power
    steps = [f"t = W / P = {qty(work, 'J')} / {qty(power, 'W')} = {qty(t, 's')}"]
    return PowerResult(solved_for=solved, power=power, work=work, duration=t, steps=steps)


def _power_of_force(force: float | None, speed: float | None, power: float | None, angle: float) -> PowerResult:
    """P = F v cos θ solved for whichever of force, speed and power is left out."""
    solved = only_missing(("force", "speed", "power"), (force, speed, power), "P = F v cos θ")
    cos = math.cos(angle)
    along = "" if angle == 0 else f" × cos({num(math.degrees(angle))}°)"
    if solved != "power" and abs(cos) < 1e-12:
        raise ToolInputError("angle", "a force at 90° to the motion delivers no power (P = 0 whatever F and v)")
    if solved == "power":
        assert force is not None and speed is not None
        p = kernels.power_from_force(force, speed, angle)
        steps = [f"P = F v cos θ = {qty(force, 'N')} × {qty(speed, 'm/s')}{along} = {qty(p, 'W')}"]
    elif solved == "force":
        assert speed is not None and power is not None
        if speed == 0:
            raise ToolInputError("speed", "must be > 0 to find the force (on a body at rest no force delivers power)")
        force = power / (speed * cos)
        steps = [f"F = P / (v cos θ) = {qty(power, 'W')} / ({qty(speed, 'm/s')}{along}) = {qty(force, 'N')}"]
        p = power
    else:
        assert force is not None and power is not None
        if force == 0:
            raise ToolInputError("force", "must be non-zero to find the speed (a zero force delivers no power)")
        speed = power / (force * cos)
        if speed < 0:
            raise ToolInputError(
                "power",
                f"{power:g} W with a force of {force * cos:g} N along the motion would need a negative speed: "
                "a force helping the motion delivers positive power, one opposing it negative power",
            )
        steps = [f"v = P / (F cos θ) = {qty(power, 'W')} / ({qty(force, 'N')}{along}) = {qty(speed, 'm/s')}"]
        p = power
    return PowerResult(solved_for=solved, power=p, force=force, speed=speed, angle=angle, steps=steps)


# --------------------------------------------------------------------------------------------
# Conservation of mechanical energy (with optional springs and non-conservative work)

EnergyUnknown = Literal[
    "initial_height",
    "initial_speed",
    "final_height",
    "final_speed",
    "initial_compression",
    "final_compression",
    "non_conservative_work",
]


class MechanicalEnergyResult(ToolResult):
    solved_for: str
    initial_height: float
    initial_speed: float
    initial_compression: float
    final_height: float
    final_speed: float
    final_compression: float
    specific_energy_initial: float = Field(description="mechanical energy per kg at the start")
    specific_energy_final: float = Field(description="mechanical energy per kg at the end")
    mass: float | None = None
    non_conservative_work: float | None = Field(default=None, description="needs the mass; negative = energy lost")
    initial_mechanical_energy: float | None = None
    final_mechanical_energy: float | None = None
    initial_kinetic_energy: float | None = None
    final_kinetic_energy: float | None = None
    units: dict[str, str] = units(
        initial_height="m", initial_speed="m/s", initial_compression="m", final_height="m", final_speed="m/s",
        final_compression="m", specific_energy_initial="J/kg", specific_energy_final="J/kg", mass="kg",
        non_conservative_work="J", initial_mechanical_energy="J", final_mechanical_energy="J",
        initial_kinetic_energy="J", final_kinetic_energy="J",
    )  # fmt: skip


def _energy_unknown(
    solve_for: str | None,
    four: dict[str, float | None],
    non_conservative_work: float | None,
) -> str:
    if solve_for is not None:
        return solve_for
    missing = [name for name, value in four.items() if value is None]
    if len(missing) == 1:
        return missing[0]
    if len(missing) > 1:
        raise ToolInputError(
            missing[0], f"missing; leave out only the one unknown (also missing: {', '.join(missing[1:])})"
        )
    if non_conservative_work is None:
        return "non_conservative_work"
    raise ToolInputError("solve_for", "every quantity is given: leave the unknown out or name it in solve_for")


@TOOLS.tool(title="Conservation of mechanical energy")
def mechanical_energy_conservation(
    initial_height: Height | None = None,
    initial_speed: Speed | None = None,
    final_height: Height | None = None,
    final_speed: Speed | None = None,
    mass: Mass | None = None,
    spring_constant: SpringConstant | None = None,
    initial_compression: Compression | None = None,
    final_compression: Compression | None = None,
    non_conservative_work: NonConservativeWork | None = None,
    solve_for: EnergyUnknown | None = None,
    g: GravityField = G_TEXTBOOK,
) -> MechanicalEnergyResult:
    """Energy balance between two points of a motion:
    ½ m v1² + m g h1 + ½ k x1² + W_nc = ½ m v2² + m g h2 + ½ k x2².
    Leave out the one unknown (or name it in solve_for); with all heights and speeds given, the
    non-conservative work (e.g. lost to friction) is solved for. Spring compressions default to 0 and
    need spring_constant and mass; W_nc defaults to 0 (frictionless). Without springs or W_nc the mass
    cancels and may be omitted. Impossible motion (a height the body cannot reach) is an error."""
    four = {
        "initial_height": initial_height,
        "initial_speed": initial_speed,
        "final_height": final_height,
        "final_speed": final_speed,
    }
    solved = _energy_unknown(solve_for, four, non_conservative_work)
    given = dict(four, initial_compression=initial_compression, final_compression=final_compression)
    given["non_conservative_work"] = non_conservative_work
    if given[solved] is not None:
        raise ToolInputError(solved, "is the unknown (solve_for) but was also given; leave it out")
    for name, value in four.items():
        if value is None and name != solved:
            raise ToolInputError(name, f"missing; only {solved} may be left out")
    x1 = 0.0 if initial_compression is None else initial_compression
    x2 = 0.0 if final_compression is None else final_compression
    w_nc = 0.0 if non_conservative_work is None else non_conservative_work
    uses_spring = solved in ("initial_compression", "final_compression") or x1 > 0 or x2 > 0
    if uses_spring and spring_constant is None:
        raise ToolInputError("spring_constant", "needed when a spring is compressed (or its compression is solved for)")
    if (uses_spring or w_nc != 0 or solved == "non_conservative_work") and mass is None:
        raise ToolInputError("mass", "needed with a spring or non-conservative work (the mass no longer cancels)")
    k_per_m = spring_constant / mass if (uses_spring and spring_constant is not None and mass is not None) else 0.0
    w_per_m = w_nc / mass if mass is not None else 0.0

    h1, v1, h2, v2 = initial_height, initial_speed, final_height, final_speed
    steps = ["½ v1² + g h1 + ½ (k/m) x1² + W_nc/m = ½ v2² + g h2 + ½ (k/m) x2²  (energy per kg)"]
    if solved in ("final_speed", "final_height", "final_compression"):
        assert h1 is not None and v1 is not None
        e1 = kernels.specific_mechanical_energy(v1, h1, x1, k_per_m, g)
        e2 = e1 + w_per_m
        steps.append(f"e1 = ½ ({qty(v1, 'm/s')})² + {num(g)} × {qty(h1, 'm')} + ½ {num(k_per_m)} × ({num(x1)})² = "
                     f"{qty(e1, 'J/kg')}")  # fmt: skip
        if w_nc:
            steps.append(f"e2 = e1 + W_nc/m = {num(e1)} + {num(w_nc)}/{num(mass or 1.0)} = {qty(e2, 'J/kg')}")
        if solved == "final_speed":
            assert h2 is not None
            v2 = kernels.speed_at(e2, h2, x2, k_per_m, g)
            if math.isnan(v2):
                top = kernels.height_at(e2, 0.0, x2, k_per_m, g)
                raise ToolInputError(
                    "final_height", f"the body cannot reach {h2:g} m; it runs out of energy (turns back) at {top:.4g} m"
                )
            steps.append(f"v2 = √(2 (e2 - g h2 - ½ (k/m) x2²)) = {qty(v2, 'm/s')}")
        elif solved == "final_height":
            assert v2 is not None
            h2 = kernels.height_at(e2, v2, x2, k_per_m, g)
            steps.append(f"h2 = (e2 - ½ v2² - ½ (k/m) x2²) / g = {qty(h2, 'm')}")
        else:
            assert v2 is not None and h2 is not None
            x2 = kernels.compression_at(e2, v2, h2, k_per_m, g)
            if math.isnan(x2):
                raise ToolInputError("final_speed", "more energy than the body has at that height; no compression fits")
            steps.append(f"x2 = √(2 (e2 - ½ v2² - g h2) / (k/m)) = {qty(x2, 'm')}")
    elif solved in ("initial_speed", "initial_height", "initial_compression"):
        assert h2 is not None and v2 is not None
        e2 = kernels.specific_mechanical_energy(v2, h2, x2, k_per_m, g)
        e1 = e2 - w_per_m
        steps.append(f"e2 = ½ ({qty(v2, 'm/s')})² + {num(g)} × {qty(h2, 'm')} + ½ {num(k_per_m)} × ({num(x2)})² = "
                     f"{qty(e2, 'J/kg')}")  # fmt: skip
        if w_nc:
            steps.append(f"e1 = e2 - W_nc/m = {num(e2)} - {paren(w_nc)}/{num(mass or 1.0)} = {qty(e1, 'J/kg')}")
        if solved == "initial_speed":
            assert h1 is not None
            v1 = kernels.speed_at(e1, h1, x1, k_per_m, g)
            if math.isnan(v1):
                floor = kernels.speed_at(
                    kernels.specific_mechanical_energy(0.0, h1, x1, k_per_m, g) + w_per_m, h2, x2, k_per_m, g
                )
                raise ToolInputError(
                    "final_speed", f"too small: even starting from rest the body arrives at {floor:.4g} m/s"
                )
            steps.append(f"v1 = √(2 (e1 - g h1 - ½ (k/m) x1²)) = {qty(v1, 'm/s')}")
        elif solved == "initial_height":
            assert v1 is not None
            h1 = kernels.height_at(e1, v1, x1, k_per_m, g)
            steps.append(f"h1 = (e1 - ½ v1² - ½ (k/m) x1²) / g = {qty(h1, 'm')}")
        else:
            assert v1 is not None and h1 is not None
            x1 = kernels.compression_at(e1, v1, h1, k_per_m, g)
            if math.isnan(x1):
                raise ToolInputError("final_speed", "less energy than the start already has; no compression fits")
            steps.append(f"x1 = √(2 (e1 - ½ v1² - g h1) / (k/m)) = {qty(x1, 'm')}")
    else:
        assert h1 is not None and v1 is not None and h2 is not None and v2 is not None and mass is not None
        e1 = kernels.specific_mechanical_energy(v1, h1, x1, k_per_m, g)
        e2 = kernels.specific_mechanical_energy(v2, h2, x2, k_per_m, g)
        w_nc = mass * (e2 - e1)
        steps.append(f"e1 = {qty(e1, 'J/kg')}, e2 = {qty(e2, 'J/kg')}")
        steps.append(f"W_nc = m (e2 - e1) = {qty(mass, 'kg')} × ({num(e2)} - {paren(e1)}) J/kg = {qty(w_nc, 'J')}")
    assert h1 is not None and v1 is not None and h2 is not None and v2 is not None

    result = MechanicalEnergyResult(
        solved_for=solved,
        initial_height=h1,
        initial_speed=v1,
        initial_compression=x1,
        final_height=h2,
        final_speed=v2,
        final_compression=x2,
        specific_energy_initial=kernels.specific_mechanical_energy(v1, h1, x1, k_per_m, g),
        specific_energy_final=kernels.specific_mechanical_energy(v2, h2, x2, k_per_m, g),
        steps=steps,
    )
    if mass is not None:
        result.mass = mass
        result.non_conservative_work = w_nc
        result.initial_mechanical_energy = mass * result.specific_energy_initial
        result.final_mechanical_energy = mass * result.specific_energy_final
        result.initial_kinetic_energy = kernels.kinetic_energy(mass, v1)
        result.final_kinetic_energy = kernels.kinetic_energy(mass, v2)
    return result


# --------------------------------------------------------------------------------------------
# Friction losses


class SlideResult(ToolResult):
    direction: str
    acceleration: float = Field(description="along the motion; negative = slowing down")
    initial_speed: float
    final_speed: float
    distance_travelled: float
    stops: bool
    stopping_distance: float | None = Field(default=None, description="None when the block never stops")
    slides_back: bool | None = Field(default=None, description="after stopping on a slope; needs mu_static")
    friction_work: float | None = Field(default=None, description="needs the mass; always <= 0")
    gravity_work: float | None = None
    thermal_energy: float | None = Field(default=None, description="energy turned into heat by friction")
    initial_kinetic_energy: float | None = None
    final_kinetic_energy: float | None = None
    units: dict[str, str] = units(
        acceleration="m/s^2", initial_speed="m/s", final_speed="m/s", distance_travelled="m", stopping_distance="m",
        friction_work="J", gravity_work="J", thermal_energy="J", initial_kinetic_energy="J", final_kinetic_energy="J",
    )  # fmt: skip


@TOOLS.tool(title="Sliding with friction (energy losses)")
def slide_with_friction(
    initial_speed: Speed,
    mu_kinetic: Coefficient,
    angle: InclineAngle = 0.0,
    direction: Literal["down", "up"] = "down",
    distance: Distance | None = None,
    mass: Mass | None = None,
    mu_static: Coefficient | None = None,
    g: GravityField = G_TEXTBOOK,
) -> SlideResult:
    """A block sliding on a level surface (angle 0) or up/down an incline with kinetic friction mu_k:
    the speed after `distance` along the surface, or (without distance) how far it slides before it
    stops. Friction work -mu_k m g cos θ d only ever removes energy; with the mass, the energy split
    (friction, gravity, kinetic) is given too. With mu_static: whether a block at rest starts to
    slide at all, and whether one that stops on a slope slides back (tan θ > mu_s)."""
    if angle > math.pi / 2:
        raise ToolInputError("angle", f"must be between 0 and 90 deg, got {math.degrees(angle):.4g} deg")
    sign = kernels.SLIDING_DOWN if direction == "down" else kernels.SLIDING_UP
    a = kernels.slide_acceleration(angle, mu_kinetic, g, sign)
    sin_part = "g sin θ" if sign == kernels.SLIDING_DOWN else "-g sin θ"
    steps = [
        f"a = {sin_part} - mu_k g cos θ = {qty(a, 'm/s²')}  (θ = {num(math.degrees(angle))}°, mu_k = {num(mu_kinetic)})"
    ]
    # A block at rest starts to slide only if gravity along the slope beats static friction.
    held = initial_speed == 0 and (a <= 0 or (mu_static is not None and math.tan(angle) <= mu_static))
    if held:
        a, v_end, stop, stops, travelled = 0.0, 0.0, 0.0, True, 0.0
        steps.append("at rest and static friction holds it (tan θ <= mu_s, or nothing pulls it): it does not move")
    else:
        if distance is None and a >= 0:
            raise ToolInputError(
                "distance", "the block never stops (gravity along the slope beats friction); give the distance"
            )
        travel = math.inf if distance is None else distance
        v_end, stop = kernels.slide(initial_speed, a, travel)
        stops = math.isfinite(stop) and stop <= travel
        travelled = stop if stops else travel
        if stops:
            steps.append(f"stops after d = v0² / (2|a|) = ({qty(initial_speed, 'm/s')})² / (2 × {num(abs(a))}) = "
                         f"{qty(stop, 'm')}")  # fmt: skip
        else:
            steps.append(f"v = √(v0² + 2 a d) = √({num(initial_speed)}² + 2 × {paren(a)} × {num(travelled)}) = "
                         f"{qty(v_end, 'm/s')}")  # fmt: skip
    result = SlideResult(
        direction=direction,
        acceleration=a,
        initial_speed=initial_speed,
        final_speed=v_end,
        distance_travelled=travelled,
        stops=stops,
        stopping_distance=stop if math.isfinite(stop) else None,
        steps=steps,
    )
    if stops and angle > 0 and mu_static is not None:
        result.slides_back = math.tan(angle) > mu_static
    if mass is not None:
        normal = mass * g * math.cos(angle)
        result.friction_work = -mu_kinetic * normal * travelled
        result.gravity_work = sign * mass * g * math.sin(angle) * travelled
        result.thermal_energy = -result.friction_work
        result.initial_kinetic_energy = kernels.kinetic_energy(mass, initial_speed)
        result.final_kinetic_energy = kernels.kinetic_energy(mass, v_end)
        steps.append(f"W_friction = -mu_k m g cos θ d = {qty(result.friction_work, 'J')} (turned into heat)")
        steps.append(f"W_gravity = {'+' if sign > 0 else '-'}m g sin θ d = {qty(result.gravity_work, 'J')}")
        steps.append(
            f"KE = KE0 + W_gravity + W_friction = {num(result.initial_kinetic_energy)} + {num(result.gravity_work)} "
            f"+ {num(result.friction_work)} = {qty(result.final_kinetic_energy, 'J')}"
        )
    return result


# --------------------------------------------------------------------------------------------
# Roller-coaster track


class TrackResult(ToolResult):
    heights: list[float]
    speeds: list[float | None] = Field(description="speed at each point; None where the car never gets")
    reachable: list[bool]
    first_unreachable_point: int | None = None
    turning_height: float = Field(description="highest level the car can reach: h0 + v0²/(2g)")
    point: int | None = None
    speed_at_point: float | None = None
    kinetic_energies: list[float | None] | None = None
    units: dict[str, str] = units(
        heights="m", speeds="m/s", turning_height="m", speed_at_point="m/s", kinetic_energies="J"
    )


@TOOLS.tool(title="Roller-coaster track (multi-point energy analysis)")
def roller_coaster_track(
    heights: TrackHeights,
    initial_speed: Speed = 0.0,
    mass: Mass | None = None,
    point: int | None = None,
    g: GravityField = G_TEXTBOOK,
) -> TrackResult:
    """Speed at every point of a frictionless track from energy conservation, v_i = √(v0² + 2 g (h0 - h_i)).
    A car that cannot climb over a point rolls back, so that point and all later ones are flagged
    unreachable. Give `point` (0-based index) to ask for one point's speed; asking for a point the car
    cannot reach is an error."""
    h = np.asarray(heights, dtype=np.float64)
    speeds, first_bad = kernels.track_speeds(h, initial_speed, g)
    turning = kernels.highest_reachable(h, initial_speed, g)
    reachable = [not math.isnan(v) for v in speeds]
    speed_list: list[float | None] = [None if math.isnan(v) else float(v) for v in speeds]
    steps = [f"v_i = √(v0² + 2 g (h0 - h_i)), v0 = {qty(initial_speed, 'm/s')}, h0 = {qty(h[0], 'm')}"]
    for i, v in enumerate(speed_list):
        if v is None:
            steps.append(f"point {i}: h = {qty(h[i], 'm')} is above the turning height {qty(turning, 'm')}: "
                         "the car rolls back and never gets here (nor further)")  # fmt: skip
            break
        steps.append(f"point {i}: h = {qty(h[i], 'm')}, v = {qty(v, 'm/s')}")
    result = TrackResult(
        heights=[float(x) for x in h],
        speeds=speed_list,
        reachable=reachable,
        first_unreachable_point=None if first_bad < 0 else int(first_bad),
        turning_height=turning,
        steps=steps,
    )
    if point is not None:
        if not 0 <= point < len(h):
            raise ToolInputError("point", f"must be an index from 0 to {len(h) - 1}, got {point}")
        if speed_list[point] is None:
            raise ToolInputError(
                "point", f"the car cannot reach point {point}: it turns back before it (turning height {turning:.4g} m)"
            )
        result.point = point
        result.speed_at_point = speed_list[point]
    if mass is not None:
        result.kinetic_energies = [None if v is None else kernels.kinetic_energy(mass, v) for v in speed_list]
    return result


# --------------------------------------------------------------------------------------------
# Spring launch


class SpringLaunchResult(ToolResult):
    orientation: str
    spring_constant: float
    mass: float
    compression: float
    stored_energy: float
    launch_speed: float
    max_height: float | None = Field(default=None, description="vertical launch: rise above the release position")
    units: dict[str, str] = units(
        spring_constant="N/m", mass="kg", compression="m", stored_energy="J", launch_speed="m/s", max_height="m"
    )


@TOOLS.tool(title="Spring launch")
def spring_launch(
    spring_constant: SpringConstant,
    mass: Mass,
    compression: Compression | None = None,
    launch_speed: Speed | None = None,
    max_height: Distance | None = None,
    orientation: Literal["horizontal", "vertical"] = "horizontal",
    g: GravityField = G_TEXTBOOK,
) -> SpringLaunchResult:
    """A compressed spring launches a mass: ½ k x² → ½ m v² (horizontal), or for a vertical launch
    ½ k x² = ½ m v² + m g x at the natural length and ½ k x² = m g h at the top (h measured from the
    release position). Give exactly one of compression, launch_speed or max_height (vertical only);
    the others are solved for."""
    given = [name for name, v in (("compression", compression), ("launch_speed", launch_speed),
                                  ("max_height", max_height)) if v is not None]  # fmt: skip
    if len(given) != 1:
        raise ToolInputError(
            given[1] if len(given) > 1 else "compression", "give exactly one of compression, launch_speed, max_height"
        )
    vertical = orientation == "vertical"
    if max_height is not None and not vertical:
        raise ToolInputError("max_height", "only a vertical launch has a height; set orientation='vertical'")
    steps: list[str] = []
    if launch_speed is not None:
        x = kernels.compression_for_speed(spring_constant, mass, launch_speed, vertical, g)
        formula = "½ k x² = ½ m v² + m g x" if vertical else "x = v √(m/k)"
        steps.append(f"{formula} → x = {qty(x, 'm')}")
    elif max_height is not None:
        x = kernels.compression_for_height(spring_constant, mass, max_height, g)
        steps.append(f"x = √(2 m g h / k) = √(2 × {num(mass)} × {num(g)} × {num(max_height)} / "
                     f"{num(spring_constant)}) = "
                     f"{qty(x, 'm')}")  # fmt: skip
    else:
        assert compression is not None
        x = compression
    energy = kernels.elastic_potential_energy(spring_constant, x)
    v = kernels.spring_launch_speed(spring_constant, mass, x, vertical, g)
    if math.isnan(v):
        raise ToolInputError(
            "compression", f"the spring (½ k x² = {energy:.4g} J) cannot lift the mass through the compression itself"
        )
    steps.append(f"U = ½ k x² = ½ × {qty(spring_constant, 'N/m')} × ({qty(x, 'm')})² = {qty(energy, 'J')}")
    if vertical:
        steps.append(f"v = √(k x²/m - 2 g x) = {qty(v, 'm/s')} (at the spring's natural length)")
        h = kernels.spring_launch_height(spring_constant, mass, x, g)
        steps.append(
            f"h = ½ k x² / (m g) = {num(energy)} / ({num(mass)} × {num(g)}) = {qty(h, 'm')} above the release point"
        )
    else:
        steps.append(f"v = x √(k/m) = {num(x)} × √({num(spring_constant)} / {num(mass)}) = {qty(v, 'm/s')}")
        h = None
    return SpringLaunchResult(
        orientation=orientation,
        spring_constant=spring_constant,
        mass=mass,
        compression=x,
        stored_energy=energy,
        launch_speed=v,
        max_height=h,
        steps=steps,
    )


# --------------------------------------------------------------------------------------------
# Efficiency


class EfficiencyResult(ToolResult):
    solved_for: str
    kind: str = Field(description="'energy' or 'power'")
    useful_output: float
    total_input: float
    wasted: float
    efficiency: float = Field(description="fraction 0-1")
    efficiency_percent: float
    units: dict[str, str] = Field(default_factory=dict)


@TOOLS.tool(title="Efficiency")
def efficiency(
    useful_energy: Energy | None = None,
    input_energy: Energy | None = None,
    useful_power: Power | None = None,
    input_power: Power | None = None,
    efficiency: Fraction | None = None,
) -> EfficiencyResult:
    """Efficiency η = useful output / total input (energies or powers; 0 ≤ η ≤ 1). Give two of the
    three (useful, input, efficiency) for energies or for powers; the third is solved for, and the
    wasted part (input - useful) is reported."""
    energy_given = useful_energy is not None or input_energy is not None
    power_given = useful_power is not None or input_power is not None
    if energy_given and power_given:
        raise ToolInputError("useful_power", "give energies or powers, not both")
    kind = "power" if power_given else "energy"
    useful, total = (useful_power, input_power) if power_given else (useful_energy, input_energy)
    names = (f"useful_{kind}", f"input_{kind}", "efficiency")
    solved = only_missing(names, (useful, total, efficiency), "η = useful / input")
    unit = "W" if kind == "power" else "J"
    for name, value in ((names[0], useful), (names[1], total)):
        if value is not None and value < 0:
            raise ToolInputError(name, f"must be >= 0, got {value:g}")
    if solved == "efficiency":
        assert useful is not None and total is not None
        if total <= 0:
            raise ToolInputError(names[1], "must be > 0")
        if useful > total:
            raise ToolInputError(names[0], f"{useful:g} {unit} exceeds the input {total:g} {unit} (η would be > 1)")
        eta = useful / total
        steps = [f"η = useful / input = {qty(useful, unit)} / {qty(total, unit)} = {num(eta)} ({num(100 * eta)} %)"]
    elif solved == names[0]:
        assert total is not None and efficiency is not None
        eta, useful = efficiency, efficiency * total
        steps = [f"useful = η × input = {num(eta)} × {qty(total, unit)} = {qty(useful, unit)}"]
    else:
        assert useful is not None and efficiency is not None
        if efficiency == 0:
            raise ToolInputError("efficiency", "must be > 0 to find the input")
        eta, total = efficiency, useful / efficiency
        steps = [f"input = useful / η = {qty(useful, unit)} / {num(eta)} = {qty(total, unit)}"]
    return EfficiencyResult(
        solved_for=solved,
        kind=kind,
        useful_output=useful,
        total_input=total,
        wasted=total - useful,
        efficiency=eta,
        efficiency_percent=100 * eta,
        units={"useful_output": unit, "total_input": unit, "wasted": unit, "efficiency": "", "efficiency_percent": "%"},
        steps=steps,
    )


FORMULAS = """# Energy, work and power (SI units; g = 9.81 m/s² unless stated)

| quantity | formula |
|---|---|
| kinetic energy | KE = ½ m v² |
| gravitational PE | U = m g (h - h_ref) — only differences in height matter |
| elastic PE | U = ½ k x² ; Hooke's law F = -k x |
| work (constant force) | W = F d cos θ (θ between force and displacement) |
| work-energy theorem | W_net = ΔKE = ½ m v² - ½ m v0² |
| power | P = W / t ; P = F v cos θ |
| mechanical energy | ½ m v1² + m g h1 + ½ k x1² + W_nc = ½ m v2² + m g h2 + ½ k x2² |
| friction on an incline | W_f = -mu_k m g cos θ d (always removes energy) ; a = ±g sin θ - mu_k g cos θ |
| stopping distance | d = v0² / (2 |a|) |
| track (frictionless) | v_i = √(v0² + 2 g (h0 - h_i)) ; unreachable if h_i > h0 + v0²/(2g) |
| spring launch | horizontal v = x √(k/m) ; vertical ½ k x² = m g h |
| efficiency | η = useful output / input (0 ≤ η ≤ 1) |
"""

TOOLS.resource(
    "physics://formulas/energy",
    "Energy formula sheet",
    "Kinetic/potential energy, work, power, energy conservation, friction losses, efficiency",
    FORMULAS,
)
