"""Momentum tools: momentum and impulse (1-D, 2-D), the impulse-momentum theorem, collisions in
1-D (single and batch) and 2-D with any coefficient of restitution, collision analysis, recoil and
the centre-of-mass velocity.

Sign conventions (also in the formula sheet): 1-D velocities are signed, + to the right, and
body 1 starts on the left of body 2. 2-D velocities are given as speed and direction (angle
counter-clockwise from +x) and reported as components plus speed and direction.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import BaseModel, Field

from physics_assistant.mcp_servers.toolkit import (
    MAX_BATCH_LENGTH,
    Angle,
    Duration,
    Force,
    Mass,
    Momentum,
    Speed,
    ToolInputError,
    ToolResult,
    ToolSet,
    Velocity,
    float_array,
    quantity,
)
from physics_assistant.mcp_servers.tools._results import num, only_missing, paren, qty, units
from physics_assistant.physics import momentum as kernels

TOOLS = ToolSet("momentum", title="Momentum, impulse and collisions")

# Quantity types specific to this topic. The validators hand the tool SI floats, which is all the
# type checker needs to know (it cannot read a type built at run time).
if TYPE_CHECKING:
    Impulse = float
    ContactTime = float
    Restitution = float
    MassArray = list[float]
    VelocityArray = list[float]
    RestitutionArray = list[float]
    ValueArray = list[float]
else:
    Impulse = quantity("impulse", "impulse (signed)")
    ContactTime = quantity("time", "contact time of the collision or push", positive=True)
    Restitution = Annotated[
        float,
        Field(ge=0.0, le=1.0, description="coefficient of restitution e in [0, 1]: 1 elastic, 0 perfectly inelastic"),
    ]
    MassArray = float_array("masses in kg (each > 0)", max_length=MAX_BATCH_LENGTH)
    VelocityArray = float_array("signed velocities in m/s", max_length=MAX_BATCH_LENGTH)
    RestitutionArray = float_array(
        "coefficient of restitution per collision (0-1), or a single value for all", max_length=MAX_BATCH_LENGTH
    )
    ValueArray = float_array("one value per body")


class Vector2(BaseModel):
    """A 2-D vector as components, magnitude and direction."""

    x: float
    y: float
    magnitude: float
    direction: float = Field(description="rad, counter-clockwise from +x, in [0, 2π)")
    direction_degrees: float


def _vector(x: float, y: float) -> Vector2:
    angle = kernels.direction(x, y)
    return Vector2(x=x, y=y, magnitude=math.hypot(x, y), direction=angle, direction_degrees=math.degrees(angle))


def _components(speed: float, angle: float) -> tuple[float, float]:
    return speed * math.cos(angle), speed * math.sin(angle)


def _vec_text(v: Vector2, unit: str) -> str:
    return f"({num(v.x)}, {num(v.y)}) {unit} = {num(v.magnitude)} {unit} at {num(v.direction_degrees)}°"


def _ke(mass: float, speed: float) -> float:
    return 0.5 * mass * speed * speed


# --------------------------------------------------------------------------------------------
# Momentum


class MomentumResult(ToolResult):
    solved_for: str
    mass: float
    velocity: float
    momentum: float
    units: dict[str, str] = units(mass="kg", velocity="m/s", momentum="kg*m/s")


@TOOLS.tool(title="Momentum (1-D)")
def momentum(
    mass: Mass | None = None,
    velocity: Velocity | None = None,
    momentum: Momentum | None = None,
) -> MomentumResult:
    """Linear momentum p = m v along a line (signed: negative means moving the other way). Give two of
    mass, velocity and momentum; the third is solved for."""
    solved = only_missing(("mass", "velocity", "momentum"), (mass, velocity, momentum), "p = m v")
    if solved == "momentum":
        assert mass is not None and velocity is not None
        p = kernels.momentum(mass, velocity)
        steps = [f"p = m v = {qty(mass, 'kg')} × {qty(velocity, 'm/s')} = {qty(p, 'kg·m/s')}"]
        return MomentumResult(solved_for=solved, mass=mass, velocity=velocity, momentum=p, steps=steps)
    if solved == "velocity":
        assert mass is not None and momentum is not None
        v = momentum / mass
        steps = [f"v = p / m = {qty(momentum, 'kg·m/s')} / {qty(mass, 'kg')} = {qty(v, 'm/s')}"]
        return MomentumResult(solved_for=solved, mass=mass, velocity=v, momentum=momentum, steps=steps)
    assert velocity is not None and momentum is not None
    if velocity == 0 or momentum / velocity <= 0:
        raise ToolInputError("velocity", "must be non-zero and in the direction of the momentum to find the mass")
    m = momentum / velocity
    steps = [f"m = p / v = {qty(momentum, 'kg·m/s')} / {qty(velocity, 'm/s')} = {qty(m, 'kg')}"]
    return MomentumResult(solved_for=solved, mass=m, velocity=velocity, momentum=momentum, steps=steps)


class Momentum2DResult(ToolResult):
    mass: float
    velocity: Vector2
    momentum: Vector2
    units: dict[str, str] = units(mass="kg", velocity="m/s", momentum="kg*m/s")


@TOOLS.tool(title="Momentum (2-D)")
def momentum_2d(mass: Mass, speed: Speed, direction: Angle = 0.0) -> Momentum2DResult:
    """Momentum vector p = m v of a body moving at `speed` in `direction` (angle counter-clockwise
    from +x, e.g. "30 deg"): components px = m v cos θ, py = m v sin θ, magnitude and direction."""
    vx, vy = _components(speed, direction)
    px, py = kernels.momentum(mass, vx), kernels.momentum(mass, vy)
    p = _vector(px, py)
    steps = [
        f"px = m v cos θ = {num(mass)} × {num(speed)} × cos({num(math.degrees(direction))}°) = {qty(px, 'kg·m/s')}",
        f"py = m v sin θ = {num(mass)} × {num(speed)} × sin({num(math.degrees(direction))}°) = {qty(py, 'kg·m/s')}",
        f"|p| = m v = {qty(p.magnitude, 'kg·m/s')}",
    ]
    return Momentum2DResult(mass=mass, velocity=_vector(vx, vy), momentum=p, steps=steps)


# --------------------------------------------------------------------------------------------
# Impulse


class ImpulseResult(ToolResult):
    impulse: float
    force: float | None = Field(default=None, description="(average) force")
    duration: float | None = None
    mass: float | None = None
    initial_velocity: float | None = None
    final_velocity: float | None = None
    momentum_change: float
    units: dict[str, str] = units(
        impulse="N*s", force="N", duration="s", mass="kg", initial_velocity="m/s", final_velocity="m/s",
        momentum_change="kg*m/s",
    )  # fmt: skip


@TOOLS.tool(title="Impulse (1-D)")
def impulse(
    force: Force | None = None,
    duration: Duration | None = None,
    mass: Mass | None = None,
    initial_velocity: Velocity | None = None,
    final_velocity: Velocity | None = None,
) -> ImpulseResult:
    """Impulse J = F Δt = Δp = m (v - v0) along a line (signed). Either give force and duration (and,
    optionally, mass and initial_velocity to get the final velocity), or give mass, initial_velocity
    and final_velocity (and optionally duration for the average force, or force for the duration)."""
    steps: list[str] = []
    if force is not None and duration is not None:
        j = force * duration
        steps.append(f"J = F Δt = {qty(force, 'N')} × {qty(duration, 's')} = {qty(j, 'N·s')}")
        result = ImpulseResult(impulse=j, force=force, duration=duration, momentum_change=j, steps=steps)
        if mass is not None and initial_velocity is not None:
            if final_velocity is not None:
                raise ToolInputError("final_velocity", "over-determined: leave it out, it follows from J = m Δv")
            v = initial_velocity + j / mass
            steps.append(f"v = v0 + J / m = {num(initial_velocity)} + {num(j)} / {num(mass)} = {qty(v, 'm/s')}")
            result.mass, result.initial_velocity, result.final_velocity = mass, initial_velocity, v
        elif mass is not None or initial_velocity is not None or final_velocity is not None:
            raise ToolInputError(
                "initial_velocity" if mass is not None else "mass",
                "to get the final velocity give both mass and initial_velocity",
            )
        return result
    if mass is None or initial_velocity is None or final_velocity is None:
        missing = next(n for n, v in (("mass", mass), ("initial_velocity", initial_velocity),
                                      ("final_velocity", final_velocity)) if v is None)  # fmt: skip
        if force is None and duration is None:
            missing = "force"
        raise ToolInputError(
            missing, "give force and duration, or mass, initial_velocity and final_velocity (J = F Δt = m Δv)"
        )
    j = mass * (final_velocity - initial_velocity)
    steps.append(
        f"J = Δp = m (v - v0) = {num(mass)} × ({num(final_velocity)} - {paren(initial_velocity)}) = {qty(j, 'N·s')}"
    )
    result = ImpulseResult(
        impulse=j,
        mass=mass,
        initial_velocity=initial_velocity,
        final_velocity=final_velocity,
        momentum_change=j,
        steps=steps,
    )
    if duration is not None:
        if duration == 0:
            raise ToolInputError("duration", "must be > 0 to find the average force")
        result.duration, result.force = duration, j / duration
        steps.append(f"F_avg = J / Δt = {num(j)} / {num(duration)} = {qty(result.force, 'N')}")
    elif force is not None:
        if force == 0 or j / force < 0:
            raise ToolInputError("force", "must be non-zero and in the direction of the momentum change")
        result.force, result.duration = force, j / force
        steps.append(f"Δt = J / F = {num(j)} / {num(force)} = {qty(result.duration, 's')}")
    return result


class Impulse2DResult(ToolResult):
    impulse: Vector2
    average_force: Vector2 | None = None
    duration: float | None = None
    initial_velocity: Vector2 | None = None
    final_velocity: Vector2 | None = None
    units: dict[str, str] = units(
        impulse="N*s", average_force="N", duration="s", initial_velocity="m/s", final_velocity="m/s"
    )


@TOOLS.tool(title="Impulse (2-D)")
def impulse_2d(
    force: Force | None = None,
    force_direction: Angle = 0.0,
    duration: Duration | None = None,
    mass: Mass | None = None,
    initial_speed: Speed | None = None,
    initial_direction: Angle = 0.0,
    final_speed: Speed | None = None,
    final_direction: Angle = 0.0,
) -> Impulse2DResult:
    """Impulse vector J = F Δt = m (v - v0) in a plane (directions counter-clockwise from +x, e.g. a
    ball bouncing off a wall). Either give force (magnitude), force_direction and duration; or mass
    with initial and final speed and direction (plus duration for the average force vector)."""
    steps: list[str] = []
    if mass is not None and initial_speed is not None and final_speed is not None:
        v0x, v0y = _components(initial_speed, initial_direction)
        v1x, v1y = _components(final_speed, final_direction)
        j = _vector(mass * (v1x - v0x), mass * (v1y - v0y))
        steps.append(f"v0 = ({num(v0x)}, {num(v0y)}) m/s, v = ({num(v1x)}, {num(v1y)}) m/s")
        steps.append(f"J = m (v - v0) = {_vec_text(j, 'N·s')}")
        result = Impulse2DResult(
            impulse=j, initial_velocity=_vector(v0x, v0y), final_velocity=_vector(v1x, v1y), steps=steps
        )
        if duration is not None:
            if duration == 0:
                raise ToolInputError("duration", "must be > 0 to find the average force")
            result.duration = duration
            result.average_force = _vector(j.x / duration, j.y / duration)
            steps.append(f"F_avg = J / Δt = {_vec_text(result.average_force, 'N')}")
        return result
    if force is not None and duration is not None:
        fx, fy = _components(force, force_direction)
        j = _vector(fx * duration, fy * duration)
        steps.append(f"J = F Δt = {num(force)} N × {num(duration)} s at {num(math.degrees(force_direction))}° = "
                     f"{_vec_text(j, 'N·s')}")  # fmt: skip
        return Impulse2DResult(impulse=j, average_force=_vector(fx, fy), duration=duration, steps=steps)
    raise ToolInputError(
        "force" if mass is None else ("initial_speed" if initial_speed is None else "final_speed"),
        "give force and duration, or mass with initial_speed and final_speed (and their directions)",
    )


class AverageForceResult(ToolResult):
    mass: float
    initial_velocity: float
    final_velocity: float
    contact_time: float
    momentum_change: float
    impulse: float
    average_force: float = Field(description="average force on the body (signed)")
    force_on_other_body: float = Field(description="Newton's third law: equal and opposite")
    units: dict[str, str] = units(
        mass="kg", initial_velocity="m/s", final_velocity="m/s", contact_time="s", momentum_change="kg*m/s",
        impulse="N*s", average_force="N", force_on_other_body="N",
    )  # fmt: skip


@TOOLS.tool(title="Impulse-momentum theorem (average impact force)")
def average_impact_force(
    mass: Mass,
    initial_velocity: Velocity,
    final_velocity: Velocity,
    contact_time: ContactTime,
) -> AverageForceResult:
    """Impulse-momentum theorem F_avg Δt = m (v - v0): the average force during an impact from the
    velocities before and after (signed: a ball hitting a wall at +10 m/s and bouncing back at 8 m/s
    has final_velocity -8) and the contact time."""
    dp = mass * (final_velocity - initial_velocity)
    f = kernels.average_force(mass, initial_velocity, final_velocity, contact_time)
    steps = [
        f"Δp = m (v - v0) = {num(mass)} × ({num(final_velocity)} - {paren(initial_velocity)}) = {qty(dp, 'kg·m/s')}",
        f"F_avg = Δp / Δt = {num(dp)} / {num(contact_time)} = {qty(f, 'N')}",
    ]
    return AverageForceResult(
        mass=mass,
        initial_velocity=initial_velocity,
        final_velocity=final_velocity,
        contact_time=contact_time,
        momentum_change=dp,
        impulse=dp,
        average_force=f,
        force_on_other_body=-f,
        steps=steps,
    )


# --------------------------------------------------------------------------------------------
# 1-D collisions


class Collision1DResult(ToolResult):
    restitution: float
    final_velocity_1: float
    final_velocity_2: float
    momentum_before: float
    momentum_after: float
    kinetic_energy_before: float
    kinetic_energy_after: float
    kinetic_energy_lost: float
    fraction_lost: float
    impulse_on_2: float = Field(description="impulse on body 2; body 1 gets the opposite")
    units: dict[str, str] = units(
        final_velocity_1="m/s", final_velocity_2="m/s", momentum_before="kg*m/s", momentum_after="kg*m/s",
        kinetic_energy_before="J", kinetic_energy_after="J", kinetic_energy_lost="J", fraction_lost="",
        impulse_on_2="N*s", restitution="",
    )  # fmt: skip


def _restitution_for(kind: str | None, restitution: float | None) -> float:
    by_kind = {"elastic": 1.0, "perfectly_inelastic": 0.0}
    if kind in by_kind:
        if restitution is not None and restitution != by_kind[kind]:
            raise ToolInputError("restitution", f"contradicts kind={kind!r} (e = {by_kind[kind]:g})")
        return by_kind[kind]
    if restitution is None:
        if kind == "partially_elastic":
            raise ToolInputError("restitution", "needed (0-1) for a partially elastic collision")
        return 1.0
    return restitution


@TOOLS.tool(title="Collision (1-D)")
def collision_1d(
    mass_1: Mass,
    velocity_1: Velocity,
    mass_2: Mass,
    velocity_2: Velocity = 0.0,
    kind: Literal["elastic", "perfectly_inelastic", "partially_elastic"] | None = None,
    restitution: Restitution | None = None,
) -> Collision1DResult:
    """Head-on collision of two bodies on a line: final velocities from momentum conservation and the
    coefficient of restitution e = (u2 - u1) / (v1 - v2): elastic (e = 1, kinetic energy kept),
    perfectly_inelastic (e = 0, they move together) or partially_elastic (give restitution 0-1);
    with neither kind nor restitution the collision is elastic.
    Velocities are signed (+ to the right); body 1 starts on the left, so they collide only if
    velocity_1 > velocity_2."""
    e = _restitution_for(kind, restitution)
    if not velocity_1 > velocity_2:
        raise ToolInputError(
            "velocity_2", f"the bodies never meet: body 1 (left) must move faster to the right than body 2 "
            f"(v1 = {velocity_1:g} m/s, v2 = {velocity_2:g} m/s)"
        )  # fmt: skip
    u1, u2 = kernels.collision_1d(mass_1, velocity_1, mass_2, velocity_2, e)
    p0 = mass_1 * velocity_1 + mass_2 * velocity_2
    p1 = mass_1 * u1 + mass_2 * u2
    ke0 = _ke(mass_1, velocity_1) + _ke(mass_2, velocity_2)
    lost = kernels.kinetic_energy_lost_1d(mass_1, velocity_1, mass_2, velocity_2, e)
    steps = [
        f"momentum: m1 v1 + m2 v2 = {num(mass_1)} × {paren(velocity_1)} + {num(mass_2)} × {paren(velocity_2)} = "
        f"{qty(p0, 'kg·m/s')}",
        f"restitution: u2 - u1 = e (v1 - v2) = {num(e)} × {num(velocity_1 - velocity_2)} = "
        f"{qty(e * (velocity_1 - velocity_2), 'm/s')}",
        f"u1 = (p - m2 e (v1 - v2)) / (m1 + m2) = {qty(u1, 'm/s')}",
        f"u2 = (p + m1 e (v1 - v2)) / (m1 + m2) = {qty(u2, 'm/s')}",
        f"KE lost = ½ μ (1 - e²) (v1 - v2)² = {qty(lost, 'J')} of {qty(ke0, 'J')}",
    ]
    return Collision1DResult(
        restitution=e,
        final_velocity_1=u1,
        final_velocity_2=u2,
        momentum_before=p0,
        momentum_after=p1,
        kinetic_energy_before=ke0,
        kinetic_energy_after=_ke(mass_1, u1) + _ke(mass_2, u2),
        kinetic_energy_lost=lost,
        fraction_lost=lost / ke0 if ke0 > 0 else 0.0,
        impulse_on_2=mass_2 * (u2 - velocity_2),
        steps=steps,
    )


class CollisionBatchResult(ToolResult):
    count: int
    final_velocities_1: list[float]
    final_velocities_2: list[float]
    collides: list[bool] = Field(description="False where the pair is not closing (velocities unchanged)")
    kinetic_energy_lost: list[float]
    total_momentum_before: float
    total_momentum_after: float
    total_kinetic_energy_lost: float
    units: dict[str, str] = units(
        final_velocities_1="m/s", final_velocities_2="m/s", kinetic_energy_lost="J", total_momentum_before="kg*m/s",
        total_momentum_after="kg*m/s", total_kinetic_energy_lost="J",
    )  # fmt: skip


def _positive_items(name: str, values: np.ndarray) -> None:
    bad = np.flatnonzero(~(values > 0))
    if bad.size:
        raise ToolInputError(name, f"item {int(bad[0])} must be > 0, got {values[bad[0]]:g}")


@TOOLS.tool(title="Batch of 1-D collisions")
def collisions_1d_batch(
    masses_1: MassArray,
    velocities_1: VelocityArray,
    masses_2: MassArray,
    velocities_2: VelocityArray,
    restitution: RestitutionArray,
) -> CollisionBatchResult:
    """Many independent head-on collisions at once (same conventions as collision_1d): arrays of equal
    length (up to 100,000) for masses and signed velocities, and restitution per pair (0-1) or one
    value for all. Pairs that are not closing (v1 <= v2) are flagged and left unchanged."""
    m1 = np.asarray(masses_1, dtype=np.float64)
    n = m1.shape[0]
    arrays = {"velocities_1": velocities_1, "masses_2": masses_2, "velocities_2": velocities_2}
    for name, values in arrays.items():
        if len(values) != n:
            raise ToolInputError(name, f"has {len(values)} values; masses_1 has {n}")
    if len(restitution) not in (1, n):
        raise ToolInputError("restitution", f"give 1 value or {n}, got {len(restitution)}")
    v1 = np.asarray(velocities_1, dtype=np.float64)
    m2 = np.asarray(masses_2, dtype=np.float64)
    v2 = np.asarray(velocities_2, dtype=np.float64)
    e = np.asarray(restitution, dtype=np.float64)
    _positive_items("masses_1", m1)
    _positive_items("masses_2", m2)
    bad = np.flatnonzero((e < 0) | (e > 1))
    if bad.size:
        raise ToolInputError("restitution", f"item {int(bad[0])} must be in [0, 1], got {e[bad[0]]:g}")
    if e.shape[0] == 1:
        e = np.full(n, e[0])
    u1, u2, collides, lost = kernels.collisions_1d(m1, v1, m2, v2, e)
    p0 = float(np.sum(m1 * v1 + m2 * v2))
    p1 = float(np.sum(m1 * u1 + m2 * u2))
    hits = int(np.count_nonzero(collides))
    steps = [
        "per pair: u1 = (p - m2 e (v1 - v2)) / (m1 + m2), u2 = (p + m1 e (v1 - v2)) / (m1 + m2)",
        f"{hits} of {n} pairs collide; total momentum {qty(p0, 'kg·m/s')} before, {qty(p1, 'kg·m/s')} after",
        f"total kinetic energy lost = {qty(float(lost.sum()), 'J')}",
    ]
    return CollisionBatchResult(
        count=n,
        final_velocities_1=u1.tolist(),
        final_velocities_2=u2.tolist(),
        collides=collides.tolist(),
        kinetic_energy_lost=lost.tolist(),
        total_momentum_before=p0,
        total_momentum_after=p1,
        total_kinetic_energy_lost=float(lost.sum()),
        steps=steps,
    )


# --------------------------------------------------------------------------------------------
# 2-D collisions


class Collision2DSolution(BaseModel):
    line_of_impact: float = Field(description="rad, direction from body 1 to body 2 at contact, in [0, 2π)")
    line_of_impact_degrees: float
    final_velocity_1: Vector2
    final_velocity_2: Vector2
    kinetic_energy_after: float
    kinetic_energy_lost: float


class Collision2DResult(ToolResult):
    restitution: float
    initial_velocity_1: Vector2
    initial_velocity_2: Vector2
    momentum: Vector2 = Field(description="total momentum (the same before and after)")
    kinetic_energy_before: float
    solutions: list[Collision2DSolution] = Field(description="one, or two when the given direction allows two")
    units: dict[str, str] = units(
        initial_velocity_1="m/s", initial_velocity_2="m/s", momentum="kg*m/s", kinetic_energy_before="J",
        line_of_impact="rad", line_of_impact_degrees="deg", final_velocity_1="m/s", final_velocity_2="m/s",
        kinetic_energy_after="J", kinetic_energy_lost="J", restitution="",
    )  # fmt: skip


@TOOLS.tool(title="Collision (2-D, with restitution)")
def collision_2d(
    mass_1: Mass,
    speed_1: Speed,
    mass_2: Mass,
    direction_1: Angle = 0.0,
    speed_2: Speed = 0.0,
    direction_2: Angle = 0.0,
    restitution: Restitution = 1.0,
    line_of_impact: Angle | None = None,
    final_direction_1: Angle | None = None,
    final_direction_2: Angle | None = None,
) -> Collision2DResult:
    """Glancing collision of two smooth bodies (pucks, billiard balls) in a plane. Momentum is conserved
    and the coefficient of restitution (1 = elastic) acts along the line of impact. Give exactly one of:
    line_of_impact (direction from body 1's centre to body 2's at contact = the direction a struck body
    at rest moves off), final_direction_1 (where body 1 goes, e.g. "deflected at 30 deg") or
    final_direction_2. A given final direction can allow two collisions (both returned) or none (error).
    Directions are angles counter-clockwise from +x. For bodies that stick together use
    perfectly_inelastic_collision_2d."""
    given = [(n, v) for n, v in (("line_of_impact", line_of_impact), ("final_direction_1", final_direction_1),
                                 ("final_direction_2", final_direction_2)) if v is not None]  # fmt: skip
    if len(given) != 1:
        raise ToolInputError(
            given[1][0] if given else "line_of_impact",
            "give exactly one of line_of_impact, final_direction_1, final_direction_2",
        )
    name, angle = given[0]
    v1x, v1y = _components(speed_1, direction_1)
    v2x, v2y = _components(speed_2, direction_2)
    if v1x == v2x and v1y == v2y:
        raise ToolInputError("speed_1", "the bodies move together (same velocity), so they never collide")
    steps = [
        f"v1 = ({num(v1x)}, {num(v1y)}) m/s, v2 = ({num(v2x)}, {num(v2y)}) m/s, e = {num(restitution)}",
        "along the line of impact n: J = (1 + e) μ (v1 - v2)·n, μ = m1 m2 / (m1 + m2); "
        "u1 = v1 - (J/m1) n, u2 = v2 + (J/m2) n",
    ]
    if name == "line_of_impact":
        lines = [angle]
    else:
        ux, uy = math.cos(angle), math.sin(angle)
        if name == "final_direction_1":
            count, a, b = kernels.impact_lines_for_direction(mass_1, v1x, v1y, mass_2, v2x, v2y, ux, uy, restitution)
            lines = [a, b][:count]
        else:
            # Body 2's view: the same equation with the bodies swapped; its line points the other way.
            count, a, b = kernels.impact_lines_for_direction(mass_2, v2x, v2y, mass_1, v1x, v1y, ux, uy, restitution)
            lines = [phi + math.pi for phi in [a, b][:count]]
        if not lines:
            raise ToolInputError(
                name, f"no collision with e = {restitution:g} sends body {name[-1]} off at "
                f"{math.degrees(angle):.4g}° (too large a deflection for these masses and velocities)"
            )  # fmt: skip
        steps.append(
            f"n solved so that body {name[-1]} leaves at {num(math.degrees(angle))}°: {len(lines)} solution(s)"
        )
    ke0 = _ke(mass_1, speed_1) + _ke(mass_2, speed_2)
    solutions = []
    for phi in lines:
        nx, ny = math.cos(phi), math.sin(phi)
        u1x, u1y, u2x, u2y, closing = kernels.collision_2d(mass_1, v1x, v1y, mass_2, v2x, v2y, nx, ny, restitution)
        if closing <= 0:
            raise ToolInputError(
                "line_of_impact", f"the bodies are not approaching along {math.degrees(phi):.4g}° "
                "(it must point from body 1 towards body 2, within 90° of their relative velocity)"
            )  # fmt: skip
        ke1 = _ke(mass_1, math.hypot(u1x, u1y)) + _ke(mass_2, math.hypot(u2x, u2y))
        u1, u2 = _vector(u1x, u1y), _vector(u2x, u2y)
        line = kernels.direction(nx, ny)
        solutions.append(
            Collision2DSolution(
                line_of_impact=line,
                line_of_impact_degrees=math.degrees(line),
                final_velocity_1=u1,
                final_velocity_2=u2,
                kinetic_energy_after=ke1,
                kinetic_energy_lost=ke0 - ke1,
            )
        )
        steps.append(f"n at {num(math.degrees(line))}°: u1 = {_vec_text(u1, 'm/s')}; u2 = {_vec_text(u2, 'm/s')}; "
                     f"KE lost = {qty(ke0 - ke1, 'J')}")  # fmt: skip
    return Collision2DResult(
        restitution=restitution,
        initial_velocity_1=_vector(v1x, v1y),
        initial_velocity_2=_vector(v2x, v2y),
        momentum=_vector(mass_1 * v1x + mass_2 * v2x, mass_1 * v1y + mass_2 * v2y),
        kinetic_energy_before=ke0,
        solutions=solutions,
        steps=steps,
    )


class InelasticCollision2DResult(ToolResult):
    final_velocity: Vector2
    momentum: Vector2
    kinetic_energy_before: float
    kinetic_energy_after: float
    kinetic_energy_lost: float
    fraction_lost: float
    units: dict[str, str] = units(
        final_velocity="m/s", momentum="kg*m/s", kinetic_energy_before="J", kinetic_energy_after="J",
        kinetic_energy_lost="J", fraction_lost="",
    )  # fmt: skip


@TOOLS.tool(title="Perfectly inelastic collision (2-D)")
def perfectly_inelastic_collision_2d(
    mass_1: Mass,
    speed_1: Speed,
    mass_2: Mass,
    direction_1: Angle = 0.0,
    speed_2: Speed = 0.0,
    direction_2: Angle = 0.0,
) -> InelasticCollision2DResult:
    """Two bodies collide in a plane and stick together (e.g. cars locking at an intersection): the
    common velocity V = (m1 v1 + m2 v2) / (m1 + m2) as components, speed and direction, and the kinetic
    energy lost. Directions are angles counter-clockwise from +x (e.g. east 0, north "90 deg")."""
    v1x, v1y = _components(speed_1, direction_1)
    v2x, v2y = _components(speed_2, direction_2)
    vx, vy = kernels.perfectly_inelastic_2d(mass_1, v1x, v1y, mass_2, v2x, v2y)
    v = _vector(vx, vy)
    p = _vector(mass_1 * v1x + mass_2 * v2x, mass_1 * v1y + mass_2 * v2y)
    ke0 = _ke(mass_1, speed_1) + _ke(mass_2, speed_2)
    ke1 = _ke(mass_1 + mass_2, v.magnitude)
    steps = [
        f"p = m1 v1 + m2 v2 = {_vec_text(p, 'kg·m/s')}",
        f"V = p / (m1 + m2) = {_vec_text(v, 'm/s')}",
        f"KE: {qty(ke0, 'J')} → {qty(ke1, 'J')}, lost {qty(ke0 - ke1, 'J')}",
    ]
    return InelasticCollision2DResult(
        final_velocity=v,
        momentum=p,
        kinetic_energy_before=ke0,
        kinetic_energy_after=ke1,
        kinetic_energy_lost=ke0 - ke1,
        fraction_lost=(ke0 - ke1) / ke0 if ke0 > 0 else 0.0,
        steps=steps,
    )


# --------------------------------------------------------------------------------------------
# Collision analysis, recoil, centre of mass


class CollisionAnalysisResult(ToolResult):
    final_velocity_1: float
    final_velocity_2: float
    momentum_before: float
    momentum_after: float
    momentum_conserved: bool = Field(description="within 0.5 % (False points to an external impulse or bad data)")
    restitution: float
    classification: str
    kinetic_energy_before: float
    kinetic_energy_after: float
    kinetic_energy_lost: float
    fraction_lost: float
    impulse_on_1: float
    impulse_on_2: float
    contact_time: float | None = None
    average_force_on_1: float | None = None
    average_force_on_2: float | None = None
    units: dict[str, str] = units(
        final_velocity_1="m/s", final_velocity_2="m/s", momentum_before="kg*m/s", momentum_after="kg*m/s",
        restitution="", kinetic_energy_before="J", kinetic_energy_after="J", kinetic_energy_lost="J",
        fraction_lost="", impulse_on_1="N*s", impulse_on_2="N*s", contact_time="s", average_force_on_1="N",
        average_force_on_2="N",
    )  # fmt: skip


def _classify(e: float) -> str:
    if abs(e - 1.0) <= 1e-3:
        return "elastic"
    if abs(e) <= 1e-3:
        return "perfectly inelastic"
    if e > 1.0:
        return "superelastic (kinetic energy was added, e.g. by an explosion or a released spring)"
    return "inelastic"


@TOOLS.tool(title="Collision analysis (energy lost, restitution, average force)")
def collision_analysis(
    mass_1: Mass,
    velocity_1: Velocity,
    mass_2: Mass,
    velocity_2: Velocity,
    final_velocity_1: Velocity | None = None,
    final_velocity_2: Velocity | None = None,
    contact_time: ContactTime | None = None,
) -> CollisionAnalysisResult:
    """Analyse a 1-D collision from velocities before and after (signed, body 1 on the left): kinetic
    energy lost and the fraction lost, the coefficient of restitution and the type of collision, the
    impulse on each body and, with contact_time, the average force on each. Leave out one final
    velocity to get it from momentum conservation."""
    if not velocity_1 > velocity_2:
        raise ToolInputError("velocity_2", "the bodies never meet: body 1 (left) must be faster to the right")
    p0 = mass_1 * velocity_1 + mass_2 * velocity_2
    steps = [f"p before = m1 v1 + m2 v2 = {qty(p0, 'kg·m/s')}"]
    if final_velocity_1 is None and final_velocity_2 is None:
        raise ToolInputError("final_velocity_1", "give at least one final velocity")
    if final_velocity_1 is None:
        assert final_velocity_2 is not None
        final_velocity_1 = (p0 - mass_2 * final_velocity_2) / mass_1
        steps.append(f"u1 = (p - m2 u2) / m1 = {qty(final_velocity_1, 'm/s')} (momentum conservation)")
    elif final_velocity_2 is None:
        final_velocity_2 = (p0 - mass_1 * final_velocity_1) / mass_2
        steps.append(f"u2 = (p - m1 u1) / m2 = {qty(final_velocity_2, 'm/s')} (momentum conservation)")
    u1, u2 = final_velocity_1, final_velocity_2
    if u1 > u2:
        raise ToolInputError("final_velocity_1", "body 1 would pass through body 2 (needs u1 <= u2 afterwards)")
    p1 = mass_1 * u1 + mass_2 * u2
    e = kernels.restitution(velocity_1, velocity_2, u1, u2)
    ke0 = _ke(mass_1, velocity_1) + _ke(mass_2, velocity_2)
    ke1 = _ke(mass_1, u1) + _ke(mass_2, u2)
    scale = max(abs(mass_1 * velocity_1), abs(mass_2 * velocity_2), 1e-300)
    steps += [
        f"p after = m1 u1 + m2 u2 = {qty(p1, 'kg·m/s')}",
        f"e = (u2 - u1) / (v1 - v2) = ({num(u2)} - {paren(u1)}) / ({num(velocity_1)} - {paren(velocity_2)}) = {num(e)}",
        f"KE: {qty(ke0, 'J')} → {qty(ke1, 'J')}, lost {qty(ke0 - ke1, 'J')}",
    ]
    result = CollisionAnalysisResult(
        final_velocity_1=u1,
        final_velocity_2=u2,
        momentum_before=p0,
        momentum_after=p1,
        momentum_conserved=abs(p1 - p0) <= 5e-3 * scale,
        restitution=e,
        classification=_classify(e),
        kinetic_energy_before=ke0,
        kinetic_energy_after=ke1,
        kinetic_energy_lost=ke0 - ke1,
        fraction_lost=(ke0 - ke1) / ke0 if ke0 > 0 else 0.0,
        impulse_on_1=mass_1 * (u1 - velocity_1),
        impulse_on_2=mass_2 * (u2 - velocity_2),
        steps=steps,
    )
    if contact_time is not None:
        result.contact_time = contact_time
        result.average_force_on_1 = result.impulse_on_1 / contact_time
        result.average_force_on_2 = result.impulse_on_2 / contact_time
        steps.append(f"F_avg on 2 = J2 / Δt = {num(result.impulse_on_2)} / {num(contact_time)} = "
                     f"{qty(result.average_force_on_2, 'N')} (body 1 feels the opposite)")  # fmt: skip
    return result


class RecoilResult(ToolResult):
    initial_velocity: float
    velocity_1: float
    velocity_2: float
    momentum_1: float
    momentum_2: float
    kinetic_energy_released: float = Field(description="kinetic energy gained (from the powder, spring, ...)")
    units: dict[str, str] = units(
        initial_velocity="m/s", velocity_1="m/s", velocity_2="m/s", momentum_1="kg*m/s", momentum_2="kg*m/s",
        kinetic_energy_released="J",
    )  # fmt: skip


@TOOLS.tool(title="Recoil / explosion")
def recoil(
    mass_1: Mass,
    mass_2: Mass,
    velocity_1: Velocity | None = None,
    velocity_2: Velocity | None = None,
    initial_velocity: Velocity = 0.0,
) -> RecoilResult:
    """A body at rest (or moving at initial_velocity) splits into two parts: a gun and its bullet, a
    skater pushing off another, an explosion. Momentum is conserved: (m1 + m2) v0 = m1 v1 + m2 v2.
    Give one part's velocity (signed); the other's comes out (negative = backwards), with the kinetic
    energy released."""
    solved = only_missing(("velocity_1", "velocity_2"), (velocity_1, velocity_2), "m1 v1 + m2 v2 = (m1 + m2) v0")
    if solved == "velocity_2":
        assert velocity_1 is not None
        v1, v2 = velocity_1, kernels.recoil_velocity(mass_1, velocity_1, mass_2, initial_velocity)
        steps = [f"v2 = ((m1 + m2) v0 - m1 v1) / m2 = (({num(mass_1)} + {num(mass_2)}) × {paren(initial_velocity)} - "
                 f"{num(mass_1)} × {paren(v1)}) / {num(mass_2)} = {qty(v2, 'm/s')}"]  # fmt: skip
    else:
        assert velocity_2 is not None
        v2, v1 = velocity_2, kernels.recoil_velocity(mass_2, velocity_2, mass_1, initial_velocity)
        steps = [f"v1 = ((m1 + m2) v0 - m2 v2) / m1 = (({num(mass_1)} + {num(mass_2)}) × {paren(initial_velocity)} - "
                 f"{num(mass_2)} × {paren(v2)}) / {num(mass_1)} = {qty(v1, 'm/s')}"]  # fmt: skip
    released = _ke(mass_1, v1) + _ke(mass_2, v2) - _ke(mass_1 + mass_2, initial_velocity)
    steps.append(f"KE released = ½ m1 v1² + ½ m2 v2² - ½ (m1 + m2) v0² = {qty(released, 'J')}")
    return RecoilResult(
        initial_velocity=initial_velocity,
        velocity_1=v1,
        velocity_2=v2,
        momentum_1=mass_1 * v1,
        momentum_2=mass_2 * v2,
        kinetic_energy_released=released,
        steps=steps,
    )


class CentreOfMassResult(ToolResult):
    total_mass: float
    velocity: Vector2 = Field(description="velocity of the centre of mass")
    total_momentum: Vector2
    kinetic_energy: float = Field(description="total kinetic energy of the bodies")
    kinetic_energy_of_centre_of_mass: float = Field(description="½ M v_cm²: can never be lost in a collision")
    internal_kinetic_energy: float = Field(
        description="KE relative to the centre of mass: the most a collision can dissipate"
    )
    units: dict[str, str] = units(
        total_mass="kg", velocity="m/s", total_momentum="kg*m/s", kinetic_energy="J",
        kinetic_energy_of_centre_of_mass="J", internal_kinetic_energy="J",
    )  # fmt: skip


@TOOLS.tool(title="Centre-of-mass velocity")
def centre_of_mass_velocity(
    masses: ValueArray,
    velocities: ValueArray,
    velocities_y: ValueArray | None = None,
) -> CentreOfMassResult:
    """Velocity of the centre of mass of several bodies, v_cm = Σ m v / Σ m (= total momentum / total
    mass), which no internal force or collision can change. masses in kg; velocities in m/s (signed,
    1-D, or the x components with velocities_y for 2-D). Also splits the kinetic energy into the part
    of the centre of mass and the internal part a perfectly inelastic collision would dissipate."""
    m = np.asarray(masses, dtype=np.float64)
    _positive_items("masses", m)
    if len(velocities) != m.shape[0]:
        raise ToolInputError("velocities", f"has {len(velocities)} values; masses has {m.shape[0]}")
    if velocities_y is not None and len(velocities_y) != m.shape[0]:
        raise ToolInputError("velocities_y", f"has {len(velocities_y)} values; masses has {m.shape[0]}")
    vx = np.asarray(velocities, dtype=np.float64)
    vy = np.zeros_like(vx) if velocities_y is None else np.asarray(velocities_y, dtype=np.float64)
    cx, cy, total = kernels.centre_of_mass_velocity(m, vx, vy)
    ke = float(np.sum(0.5 * m * (vx * vx + vy * vy)))
    ke_cm = _ke(total, math.hypot(cx, cy))
    v = _vector(cx, cy)
    steps = [
        f"M = Σ m = {qty(total, 'kg')}",
        f"p = Σ m v = ({num(total * cx)}, {num(total * cy)}) kg·m/s",
        f"v_cm = p / M = {_vec_text(v, 'm/s')}",
        f"KE = {qty(ke, 'J')} = ½ M v_cm² ({qty(ke_cm, 'J')}) + internal ({qty(ke - ke_cm, 'J')})",
    ]
    return CentreOfMassResult(
        total_mass=total,
        velocity=v,
        total_momentum=_vector(total * cx, total * cy),
        kinetic_energy=ke,
        kinetic_energy_of_centre_of_mass=ke_cm,
        internal_kinetic_energy=max(ke - ke_cm, 0.0),
        steps=steps,
    )


FORMULAS = """# Momentum, impulse and collisions (SI units)

Sign conventions: 1-D velocities are signed (+ to the right), body 1 starts left of body 2.
2-D directions are angles counter-clockwise from +x.

| quantity | formula |
|---|---|
| momentum | p = m v (a vector) |
| impulse | J = F Δt = Δp = m (v - v0) |
| impulse-momentum theorem | F_avg = m (v - v0) / Δt |
| conservation | m1 v1 + m2 v2 = m1 u1 + m2 u2 (no external impulse) |
| restitution | e = (u2 - u1) / (v1 - v2), 0 ≤ e ≤ 1 |
| 1-D collision | u1 = (p - m2 e (v1 - v2)) / (m1 + m2) ; u2 = (p + m1 e (v1 - v2)) / (m1 + m2), p = m1 v1 + m2 v2 |
| elastic, equal masses | the velocities swap |
| perfectly inelastic | V = (m1 v1 + m2 v2) / (m1 + m2) |
| energy lost (1-D) | ΔKE = ½ μ (1 - e²) (v1 - v2)², μ = m1 m2 / (m1 + m2) |
| 2-D collision | impulse J n along the line of impact n: J = (1 + e) μ (v1 - v2)·n |
| recoil | (m1 + m2) v0 = m1 v1 + m2 v2 ; from rest v2 = -m1 v1 / m2 |
| centre of mass | v_cm = Σ m v / Σ m ; KE = ½ M v_cm² + internal KE |
"""

TOOLS.resource(
    "physics://formulas/momentum",
    "Momentum formula sheet",
    "Momentum, impulse, collisions (1-D, 2-D, restitution), recoil, centre of mass",
    FORMULAS,
)
