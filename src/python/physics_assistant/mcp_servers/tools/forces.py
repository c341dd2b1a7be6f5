"""Forces topic: net force, components, free-body data, Newton's laws, springs, friction, inclines,
vector algebra and rope tensions (any number of masses).

Numbers are SI; strings may carry units ("3 kN", "30 deg"). A bare number for an angle is radians.
g defaults to 9.81 m/s² (the textbook value) everywhere and can be overridden, e.g. g=9.80665.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import Field

from physics_assistant.mcp_servers.toolkit import (
    MAX_ARRAY_LENGTH,
    Acceleration,
    Angle,
    Coefficient,
    FiniteFloat,
    Force,
    GravityField,
    Length,
    Mass,
    SpringConstant,
    ToolInputError,
    ToolResult,
    ToolSet,
    quantity,
)
from physics_assistant.mcp_servers.tools._results import StrictModel, at_least_two, g_step, qty4
from physics_assistant.physics import forces as kernels
from physics_assistant.physics import vectors
from physics_assistant.physics.forces import G_TEXTBOOK

TOOLS = ToolSet("forces", title="Forces")

# Quantity types of this topic. Validators hand the tool SI floats, which is all the type checker
# needs to know (it cannot read a type built at run time).
if TYPE_CHECKING:
    ForceMagnitude = float
    InclineAngle = float
else:
    ForceMagnitude = quantity("force", "force magnitude", nonnegative=True)
    InclineAngle = quantity("angle", "incline angle above the horizontal, 0-90°")
MAX_BODIES = 1_000  # masses in one rope system; plenty for any problem, bounded for the server

_N = "N"
_RAD = "rad"
_DEG = "deg"
_MS2 = "m/s^2"


def _deg(radians: float) -> float:
    return math.degrees(radians)


def _clean(value: float, scale: float) -> float:
    """Zero out round-off such as cos(90°) = 6e-17 relative to the size of the problem."""
    return 0.0 if abs(value) <= 1e-12 * scale else value


def _coefficients(mu_static: float, mu_kinetic: float | None) -> tuple[float, float]:
    kinetic = mu_static if mu_kinetic is None else mu_kinetic
    if kinetic > mu_static:
        raise ToolInputError(
            "mu_kinetic", f"kinetic friction ({kinetic:g}) cannot exceed static friction mu_static ({mu_static:g})"
        )
    return mu_static, kinetic


class PolarForce(StrictModel):
    magnitude: ForceMagnitude
    angle: Angle = Field(description="direction, counter-clockwise from +x; radians or a string like '30 deg'")


class NamedForce(PolarForce):
    name: str = Field(min_length=1, max_length=80, description="label, e.g. 'weight', 'normal', 'tension'")


class ForceComponents(StrictModel):
    name: str
    magnitude: float
    angle_deg: float
    fx: float
    fy: float


def _components_table(items: Sequence[PolarForce], names: list[str]) -> list[ForceComponents]:
    mags = np.array([f.magnitude for f in items], dtype=np.float64)
    angles = np.array([f.angle for f in items], dtype=np.float64)
    fx, fy = vectors.resolve_batch(mags, angles)
    return [
        ForceComponents(
            name=names[i],
            magnitude=float(mags[i]),
            angle_deg=_deg(vectors.normalize_direction(float(angles[i]))),
            fx=_clean(float(fx[i]), float(mags[i])),
            fy=_clean(float(fy[i]), float(mags[i])),
        )
        for i in range(len(items))
    ]


def _net(items: Sequence[PolarForce]) -> tuple[float, float, float, float]:
    mags = np.array([f.magnitude for f in items], dtype=np.float64)
    angles = np.array([f.angle for f in items], dtype=np.float64)
    fx, fy, _, _ = vectors.sum_polar(mags, angles)
    scale = float(mags.sum())
    fx, fy = _clean(fx, scale), _clean(fy, scale)
    magnitude, direction = vectors.resultant(fx, fy)
    return fx, fy, magnitude, direction


# ---------------------------------------------------------------------------------------------
# Sums, components, free-body data, equilibrium


class ForceSum1DResult(ToolResult):
    net_force: float
    direction: Literal["positive", "negative", "none"]
    acceleration: float | None = None


@TOOLS.tool(title="Net force in one dimension")
def force_sum_1d(
    forces: Annotated[
        list[Force],
        Field(min_length=1, max_length=MAX_ARRAY_LENGTH, description="signed forces along one axis"),
    ],
    mass: Mass | None = None,
) -> ForceSum1DResult:
    """Net force of signed forces acting along one line (positive one way, negative the other),
    and the acceleration a = F_net / m if the mass is given."""
    net = kernels.net_force_1d(np.array(forces, dtype=np.float64))
    terms = " + ".join(f"({qty4(f)})" for f in forces[:12]) + (" + …" if len(forces) > 12 else "")
    steps = [f"F_net = ΣF = {terms} = {qty4(net, _N)}"]
    units = {"net_force": _N}
    acceleration = None
    if mass is not None:
        acceleration = net / mass
        steps.append(f"a = F_net / m = {qty4(net, _N)} / {qty4(mass, 'kg')} = {qty4(acceleration, _MS2)}")
        units["acceleration"] = _MS2
    direction: Literal["positive", "negative", "none"] = "positive" if net > 0 else "negative" if net < 0 else "none"
    return ForceSum1DResult(net_force=net, direction=direction, acceleration=acceleration, units=units, steps=steps)


class ForceSum2DResult(ToolResult):
    fx: float
    fy: float
    magnitude: float
    direction: float = Field(description="direction of the net force in [0, 2π) rad from +x")
    direction_deg: float
    components: list[ForceComponents]


@TOOLS.tool(title="Net force in two dimensions")
def force_sum_2d(
    forces: Annotated[list[PolarForce], Field(min_length=1, max_length=MAX_ARRAY_LENGTH)],
) -> ForceSum2DResult:
    """Net force of several forces given as magnitude and direction (angle counter-clockwise from
    +x): each force is resolved into components, the components summed, and the resultant's
    magnitude and direction (0-360°) reported."""
    table = _components_table(forces, [f"F{i + 1}" for i in range(len(forces))])
    fx, fy, magnitude, direction = _net(forces)
    steps = [
        f"{c.name}: ({qty4(c.fx)}, {qty4(c.fy)}) N from {qty4(c.magnitude, _N)} at {qty4(c.angle_deg)}°"
        for c in table[:12]
    ]
    steps += [
        f"Fx = ΣF·cosθ = {qty4(fx, _N)}; Fy = ΣF·sinθ = {qty4(fy, _N)}",
        f"|F| = √(Fx² + Fy²) = {qty4(magnitude, _N)}; θ = atan2(Fy, Fx) = {qty4(_deg(direction))}°",
    ]
    return ForceSum2DResult(
        fx=fx,
        fy=fy,
        magnitude=magnitude,
        direction=direction,
        direction_deg=_deg(direction),
        components=table,
        # components: each force's magnitude, fx and fy in N (its angle_deg in degrees, as named)
        units={"fx": _N, "fy": _N, "magnitude": _N, "direction": _RAD, "direction_deg": _DEG, "components": _N},
        steps=steps,
    )


class ComponentsResult(ToolResult):
    fx: float
    fy: float


@TOOLS.tool(title="Resolve a force into components")
def resolve_force(magnitude: ForceMagnitude, angle: Angle) -> ComponentsResult:
    """Components Fx = F cosθ and Fy = F sinθ of a force of given magnitude at angle θ measured
    counter-clockwise from the +x axis."""
    fx, fy = vectors.resolve(magnitude, angle)
    fx, fy = _clean(fx, magnitude), _clean(fy, magnitude)
    steps = [
        f"Fx = F·cosθ = {qty4(magnitude, _N)} × cos({qty4(_deg(angle))}°) = {qty4(fx, _N)}",
        f"Fy = F·sinθ = {qty4(magnitude, _N)} × sin({qty4(_deg(angle))}°) = {qty4(fy, _N)}",
    ]
    return ComponentsResult(fx=fx, fy=fy, units={"fx": _N, "fy": _N}, steps=steps)


class ResultantResult(ToolResult):
    magnitude: float
    direction: float = Field(description="[0, 2π) rad counter-clockwise from +x; 0 for the zero vector")
    direction_deg: float


@TOOLS.tool(title="Resultant from components")
def resultant_from_components(fx: Force, fy: Force) -> ResultantResult:
    """Magnitude √(Fx² + Fy²) and direction (0-360°, counter-clockwise from +x, quadrant-correct via
    atan2) of the force with components (Fx, Fy)."""
    magnitude, direction = vectors.resultant(fx, fy)
    steps = [
        f"|F| = √(Fx² + Fy²) = √({qty4(fx)}² + {qty4(fy)}²) = {qty4(magnitude, _N)}",
        f"θ = atan2(Fy, Fx) = atan2({qty4(fy)}, {qty4(fx)}) = {qty4(_deg(direction))}° (measured from +x, 0-360°)",
    ]
    if magnitude == 0:
        steps.append("The zero vector has no direction; 0° is reported.")
    return ResultantResult(
        magnitude=magnitude,
        direction=direction,
        direction_deg=_deg(direction),
        units={"magnitude": _N, "direction": _RAD, "direction_deg": _DEG},
        steps=steps,
    )


class FreeBodyResult(ToolResult):
    forces: list[ForceComponents]
    net_fx: float
    net_fy: float
    net_magnitude: float
    net_direction: float
    net_direction_deg: float
    acceleration: float | None = None
    acceleration_x: float | None = None
    acceleration_y: float | None = None


@TOOLS.tool(title="Free-body diagram data")
def free_body_diagram(
    forces: Annotated[list[NamedForce], Field(min_length=1, max_length=100)],
    mass: Mass | None = None,
) -> FreeBodyResult:
    """Free-body diagram data for named forces (e.g. weight 19.6 N at 270°, normal 19.6 N at 90°):
    each force's components, the net force (magnitude, direction 0-360°), and, if the mass is
    given, the acceleration a = F_net / m."""
    table = _components_table(forces, [f.name for f in forces])
    fx, fy, magnitude, direction = _net(forces)
    steps = [
        f"{c.name}: {qty4(c.magnitude, _N)} at {qty4(c.angle_deg)}° → ({qty4(c.fx)}, {qty4(c.fy)}) N" for c in table
    ]
    steps.append(f"F_net = ({qty4(fx)}, {qty4(fy)}) N, |F_net| = {qty4(magnitude, _N)} at {qty4(_deg(direction))}°")
    units = {"net_fx": _N, "net_fy": _N, "net_magnitude": _N, "net_direction": _RAD, "net_direction_deg": _DEG}
    units["forces"] = _N  # each force's magnitude, fx and fy (its angle_deg in degrees, as named)
    result = FreeBodyResult(
        forces=table,
        net_fx=fx,
        net_fy=fy,
        net_magnitude=magnitude,
        net_direction=direction,
        net_direction_deg=_deg(direction),
        units=units,
        steps=steps,
    )
    if mass is not None:
        result.acceleration = magnitude / mass
        result.acceleration_x = fx / mass
        result.acceleration_y = fy / mass
        result.units.update(acceleration=_MS2, acceleration_x=_MS2, acceleration_y=_MS2)
        steps.append(f"a = F_net / m = {qty4(magnitude, _N)} / {qty4(mass, 'kg')} = {qty4(magnitude / mass, _MS2)}")
    return result


class EquilibriumResult(ToolResult):
    in_equilibrium: bool
    net_fx: float
    net_fy: float
    net_magnitude: float
    equilibrant_magnitude: float
    equilibrant_direction: float
    equilibrant_direction_deg: float


@TOOLS.tool(title="Equilibrium check and equilibrant")
def equilibrium_check(
    forces: Annotated[list[PolarForce], Field(min_length=1, max_length=MAX_ARRAY_LENGTH)],
    tolerance: ForceMagnitude | None = None,
) -> EquilibriumResult:
    """Whether forces (magnitude, angle from +x) balance, and the equilibrant: the single force that
    would balance them (same magnitude as the net force, opposite direction). The default tolerance
    is 1e-9 of the largest force, i.e. balance up to rounding; pass e.g. "0.01 N" for measured data."""
    fx, fy, magnitude, _ = _net(forces)
    scale = max(f.magnitude for f in forces)
    limit = tolerance if tolerance is not None else 1e-9 * scale
    balanced = magnitude <= limit
    eq_magnitude, eq_direction = vectors.resultant(-fx, -fy)
    if balanced:
        eq_magnitude, eq_direction = 0.0, 0.0
    steps = [
        f"ΣFx = {qty4(fx, _N)}, ΣFy = {qty4(fy, _N)}, |ΣF| = {qty4(magnitude, _N)}",
        (
            f"|ΣF| ≤ {qty4(limit, _N)} → in equilibrium"
            if balanced
            else f"Not balanced: equilibrant = -ΣF = {qty4(eq_magnitude, _N)} at {qty4(_deg(eq_direction))}°"
        ),
    ]
    return EquilibriumResult(
        in_equilibrium=balanced,
        net_fx=fx,
        net_fy=fy,
        net_magnitude=magnitude,
        equilibrant_magnitude=eq_magnitude,
        equilibrant_direction=eq_direction,
        equilibrant_direction_deg=_deg(eq_direction),
        units={
            "net_fx": _N,
            "net_fy": _N,
            "net_magnitude": _N,
            "equilibrant_magnitude": _N,
            "equilibrant_direction": _RAD,
            "equilibrant_direction_deg": _DEG,
        },
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Newton's second law, weight, springs, friction


class NewtonResult(ToolResult):
    force: float
    mass: float
    acceleration: float
    solved_for: Literal["force", "mass", "acceleration", "nothing (checked)"]


@TOOLS.tool(title="Newton's second law F = m a")
def newtons_second_law(
    force: Force | None = None, mass: Mass | None = None, acceleration: Acceleration | None = None
) -> NewtonResult:
    """Newton's second law F = m·a: give any two of force, mass, acceleration and get the third
    (give all three to check them against each other)."""
    units = {"force": _N, "mass": "kg", "acceleration": _MS2}
    at_least_two(("force", "mass", "acceleration"), (force, mass, acceleration))
    solved: Literal["force", "mass", "acceleration", "nothing (checked)"]
    if force is None:
        assert mass is not None and acceleration is not None
        force = mass * acceleration
        step = f"F = m·a = {qty4(mass, 'kg')} × {qty4(acceleration, _MS2)} = {qty4(force, _N)}"
        solved = "force"
    elif mass is None:
        assert acceleration is not None
        if acceleration == 0 or force / acceleration <= 0:
            raise ToolInputError(
                "acceleration", "must be non-zero and in the direction of the force to give a positive mass"
            )
        mass = force / acceleration
        step = f"m = F / a = {qty4(force, _N)} / {qty4(acceleration, _MS2)} = {qty4(mass, 'kg')}"
        solved = "mass"
    elif acceleration is None:
        acceleration = force / mass
        step = f"a = F / m = {qty4(force, _N)} / {qty4(mass, 'kg')} = {qty4(acceleration, _MS2)}"
        solved = "acceleration"
    else:
        expected = mass * acceleration
        if abs(expected - force) > 1e-3 * max(abs(force), abs(expected), 1e-12):
            raise ToolInputError("force", f"F = m·a gives {expected:.6g} N, not {force:.6g} N")
        step = f"m·a = {qty4(expected, _N)} = F ✓"
        solved = "nothing (checked)"
    return NewtonResult(
        force=force, mass=mass, acceleration=acceleration, solved_for=solved, units=units, steps=["F = m·a", step]
    )


class WeightResult(ToolResult):
    weight: float
    g: float


@TOOLS.tool(title="Weight")
def weight(mass: Mass, g: GravityField = G_TEXTBOOK) -> WeightResult:
    """Weight W = m·g of a mass (g defaults to 9.81 m/s²; pass g=9.80665 for standard gravity or
    e.g. "1.62 m/s^2" for the Moon)."""
    w = kernels.weight(mass, g)
    steps = [g_step(g), f"W = m·g = {qty4(mass, 'kg')} × {qty4(g, _MS2)} = {qty4(w, _N)}"]
    return WeightResult(weight=w, g=g, units={"weight": _N, "g": _MS2}, steps=steps)


class HookeResult(ToolResult):
    applied_force: float = Field(description="force stretching (+) or compressing (-) the spring")
    restoring_force: float = Field(description="force the spring exerts: -k·x")
    spring_constant: float
    extension: float
    solved_for: Literal["applied_force", "spring_constant", "extension", "nothing (checked)"]


@TOOLS.tool(title="Hooke's law")
def hookes_law(
    force: Force | None = None,
    spring_constant: SpringConstant | None = None,
    extension: Length | None = None,
) -> HookeResult:
    """Hooke's law for an ideal spring: the force F = k·x needed to stretch (x > 0) or compress
    (x < 0) it, and the spring's restoring force -k·x. Give any two of force (the applied force,
    same sign as x), spring_constant k, extension x."""
    at_least_two(("force", "spring_constant", "extension"), (force, spring_constant, extension))
    solved: Literal["applied_force", "spring_constant", "extension", "nothing (checked)"]
    if force is None:
        assert spring_constant is not None and extension is not None
        force = -kernels.spring_force(spring_constant, extension)
        step = f"F = k·x = {qty4(spring_constant, 'N/m')} × {qty4(extension, 'm')} = {qty4(force, _N)}"
        solved = "applied_force"
    elif spring_constant is None:
        assert extension is not None
        if extension == 0:
            raise ToolInputError("extension", "must be non-zero to find k")
        if force == 0 or (force > 0) != (extension > 0):
            raise ToolInputError("force", "must be non-zero with the same sign as the extension (k > 0)")
        spring_constant = force / extension
        step = f"k = F / x = {qty4(force, _N)} / {qty4(extension, 'm')} = {qty4(spring_constant, 'N/m')}"
        solved = "spring_constant"
    elif extension is None:
        extension = force / spring_constant
        step = f"x = F / k = {qty4(force, _N)} / {qty4(spring_constant, 'N/m')} = {qty4(extension, 'm')}"
        solved = "extension"
    else:
        expected = spring_constant * extension
        if abs(expected - force) > 1e-3 * max(abs(force), abs(expected), 1e-12):
            raise ToolInputError("force", f"k·x gives {expected:.6g} N, not {force:.6g} N")
        step = f"k·x = {qty4(expected, _N)} = F ✓"
        solved = "nothing (checked)"
    restoring = kernels.spring_force(spring_constant, extension)
    return HookeResult(
        applied_force=force,
        restoring_force=restoring,
        spring_constant=spring_constant,
        extension=extension,
        solved_for=solved,
        units={"applied_force": _N, "restoring_force": _N, "spring_constant": "N/m", "extension": "m"},
        steps=["F = k·x (the spring pulls back with -k·x)", step, f"restoring force = -k·x = {qty4(restoring, _N)}"],
    )


class FrictionResult(ToolResult):
    normal_force: float
    max_static_friction: float
    kinetic_friction: float
    moves: bool
    friction_force: float = Field(description="actual friction force, signed (opposes the push)")
    net_force: float
    acceleration: float | None = None


@TOOLS.tool(title="Friction: static vs kinetic")
def friction(
    applied_force: Force,
    mu_static: Coefficient,
    mu_kinetic: Coefficient | None = None,
    normal_force: ForceMagnitude | None = None,
    mass: Mass | None = None,
    g: GravityField = G_TEXTBOOK,
) -> FrictionResult:
    """Friction on a body at rest on a level surface pushed horizontally with applied_force
    (signed). Static friction matches the push exactly up to mu_s·N, so a smaller push does not move
    it and the friction force equals the push; a larger push moves it and kinetic friction mu_k·N
    opposes the motion. Give normal_force, or mass (N = m·g on a level surface); with mass, the
    acceleration is reported. mu_kinetic defaults to mu_static. To find a coefficient from a
    measured force or angle, use friction_coefficient."""
    mu_s, mu_k = _coefficients(mu_static, mu_kinetic)
    steps = []
    if normal_force is None:
        if mass is None:
            raise ToolInputError("normal_force", "give normal_force or mass")
        normal_force = mass * g
        steps.append(f"N = m·g = {qty4(mass, 'kg')} × {qty4(g, _MS2)} = {qty4(normal_force, _N)} (level surface)")
    max_static, kinetic, moves, friction_force, net = kernels.friction_response(applied_force, normal_force, mu_s, mu_k)
    steps.append(f"f_s,max = μs·N = {qty4(mu_s)} × {qty4(normal_force, _N)} = {qty4(max_static, _N)}")
    if moves:
        steps.append(f"|F| = {qty4(abs(applied_force), _N)} > f_s,max → it slides; kinetic friction opposes the motion")
        steps.append(f"f_k = μk·N = {qty4(mu_k)} × {qty4(normal_force, _N)} = {qty4(kinetic, _N)}")
        steps.append(f"F_net = F + f = {qty4(applied_force)} + ({qty4(friction_force)}) = {qty4(net, _N)}")
    else:
        steps.append(
            f"|F| = {qty4(abs(applied_force), _N)} ≤ f_s,max → it stays at rest; "
            f"static friction = {qty4(friction_force, _N)}"
            " (exactly what is needed, not μs·N)"
        )
    units = {
        "normal_force": _N,
        "max_static_friction": _N,
        "kinetic_friction": _N,
        "friction_force": _N,
        "net_force": _N,
    }
    acceleration = None
    if mass is not None:
        acceleration = net / mass
        units["acceleration"] = _MS2
        steps.append(f"a = F_net / m = {qty4(acceleration, _MS2)}")
    return FrictionResult(
        normal_force=normal_force,
        max_static_friction=max_static,
        kinetic_friction=kinetic,
        moves=moves,
        friction_force=friction_force,
        net_force=net,
        acceleration=acceleration,
        units=units,
        steps=steps,
    )


def _check_below_vertical(parameter: str, angle: float) -> None:
    """An incline angle in [0, 90°): at 90° there is no normal force and tanθ is infinite."""
    if not 0.0 <= angle < math.pi / 2:
        raise ToolInputError(parameter, f"must be at least 0° and below 90°, got {_deg(angle):.4g}°")


class FrictionCoefficientResult(ToolResult):
    coefficient: float = Field(description="mu_s or mu_k, as `kind` says")
    kind: Literal["static", "kinetic"]
    method: Literal["force_over_normal", "slip_angle", "deceleration"]
    friction_force: float | None = None
    normal_force: float | None = None
    slip_angle_deg: float | None = None
    deceleration: float | None = None


@TOOLS.tool(title="Coefficient of friction from a force, an angle or a deceleration")
def friction_coefficient(
    friction_force: ForceMagnitude | None = None,
    normal_force: ForceMagnitude | None = None,
    mass: Mass | None = None,
    incline_angle: InclineAngle = 0.0,
    slip_angle: InclineAngle | None = None,
    deceleration: Acceleration | None = None,
    kind: Literal["static", "kinetic"] | None = None,
    g: GravityField = G_TEXTBOOK,
) -> FrictionCoefficientResult:
    """The coefficient of friction mu from a friction force, a slip angle or a deceleration.
    Give exactly one of the three. friction_force with normal_force or mass: mu = f / N, with
    N = m g cos(incline_angle) (level by default); on a level surface the friction force equals the
    horizontal push that just starts the body moving (static) or keeps it moving at constant speed
    (kinetic). slip_angle: the incline angle at which a block just starts to slide (static) or
    slides down at constant speed (kinetic): mu = tan θ. deceleration: a body sliding on level
    ground with no push slows at a = mu_k g, so mu_k = |a| / g. kind says which coefficient it is
    (static by default, kinetic for a deceleration); the numbers are the same, only the meaning
    differs."""
    given = [
        n
        for n, v in (("friction_force", friction_force), ("slip_angle", slip_angle), ("deceleration", deceleration))
        if v is not None
    ]
    if len(given) != 1:
        raise ToolInputError(
            given[1] if given else "friction_force", "give exactly one of friction_force, slip_angle, deceleration"
        )
    if deceleration is not None:
        if kind == "static":
            raise ToolInputError("kind", "a deceleration while sliding measures kinetic friction")
        mu = abs(deceleration) / g
        steps = [
            g_step(g),
            "sliding on level ground with no push: m·a = μk·m·g → μk = |a| / g",
            f"μk = {qty4(abs(deceleration), _MS2)} / {qty4(g, _MS2)} = {qty4(mu)}",
        ]
        return FrictionCoefficientResult(
            coefficient=mu,
            kind="kinetic",
            method="deceleration",
            deceleration=abs(deceleration),
            units={"coefficient": "", "deceleration": _MS2},
            steps=steps,
        )
    chosen: Literal["static", "kinetic"] = kind or "static"
    symbol = "μs" if chosen == "static" else "μk"
    if slip_angle is not None:
        _check_below_vertical("slip_angle", slip_angle)
        mu = math.tan(slip_angle)
        situation = "just starts to slide" if chosen == "static" else "slides at constant speed"
        steps = [
            f"at the angle where the block {situation}: m·g·sinθ = {symbol}·m·g·cosθ → {symbol} = tanθ",
            f"{symbol} = tan({qty4(_deg(slip_angle))}°) = {qty4(mu)}",
        ]
        return FrictionCoefficientResult(
            coefficient=mu,
            kind=chosen,
            method="slip_angle",
            slip_angle_deg=_deg(slip_angle),
            units={"coefficient": "", "slip_angle_deg": _DEG},
            steps=steps,
        )
    assert friction_force is not None
    steps = []
    if normal_force is None:
        if mass is None:
            raise ToolInputError("normal_force", "give normal_force or mass to find mu = f / N")
        _check_below_vertical("incline_angle", incline_angle)
        normal_force = mass * g * math.cos(incline_angle)
        if incline_angle:
            steps.append(f"N = m·g·cosθ = {qty4(mass, 'kg')} × {qty4(g, _MS2)} × cos({qty4(_deg(incline_angle))}°)"
                         f" = {qty4(normal_force, _N)}")  # fmt: skip
        else:
            steps.append(f"N = m·g = {qty4(mass, 'kg')} × {qty4(g, _MS2)} = {qty4(normal_force, _N)} (level surface)")
    elif mass is not None:
        raise ToolInputError("mass", "give normal_force or mass, not both")
    elif incline_angle:
        raise ToolInputError("incline_angle", "only turns mass into N = m·g·cosθ; leave it out with normal_force")
    if normal_force == 0:
        raise ToolInputError("normal_force", "must be > 0: without a normal force there is no friction to measure")
    mu = friction_force / normal_force
    situation = "the largest static friction (as it starts to slip)" if chosen == "static" else "kinetic friction"
    steps.append(f"{symbol} = f / N, f = {situation} = {qty4(friction_force, _N)}")
    steps.append(f"{symbol} = {qty4(friction_force, _N)} / {qty4(normal_force, _N)} = {qty4(mu)}")
    return FrictionCoefficientResult(
        coefficient=mu,
        kind=chosen,
        method="force_over_normal",
        friction_force=friction_force,
        normal_force=normal_force,
        units={"coefficient": "", "friction_force": _N, "normal_force": _N},
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Inclines

_MOTION = {"at_rest": kernels.AT_REST, "sliding_up": kernels.SLIDING_UP, "sliding_down": kernels.SLIDING_DOWN}
_DIRECTION = {0: "at_rest", 1: "up_the_slope", -1: "down_the_slope"}


class InclineResult(ToolResult):
    weight: float | None = Field(description="null when mass is omitted")
    weight_parallel: float | None = Field(
        description="component of the weight along the slope, acting down it; null when mass is omitted"
    )
    weight_perpendicular: float | None = Field(description="null when mass is omitted")
    normal_force: float | None = Field(description="null when mass is omitted")
    max_static_friction: float | None = Field(description="null when mass is omitted")
    friction_force: float | None = Field(description="signed, positive up the slope; null when mass is omitted")
    net_force: float | None = Field(description="signed, positive up the slope; null when mass is omitted")
    acceleration: float = Field(description="signed, positive up the slope")
    slides: bool
    motion: Literal["at_rest", "up_the_slope", "down_the_slope"]
    critical_angle_deg: float = Field(
        description="steepest slope on which the block can rest without a push: atan(mu_s)"
    )
    note: str


@TOOLS.tool(title="Forces on an incline (static and kinetic friction)")
def incline_forces(
    angle: InclineAngle,
    mass: Mass | None = None,
    mu_static: Coefficient = 0.0,
    mu_kinetic: Coefficient | None = None,
    applied_force: Force = 0.0,
    initial_motion: Literal["at_rest", "sliding_up", "sliding_down"] = "at_rest",
    g: GravityField = G_TEXTBOOK,
) -> InclineResult:
    """A block on an incline: weight components along (m g sinθ) and perpendicular (m g cosθ) to
    the slope, normal force, friction, net force, acceleration, and whether it slides.
    Friction done right: a block at rest gets exactly the static friction it needs, up to mu_s·N;
    with no push it stays put when tanθ <= mu_s and slides when tanθ > mu_s, and then kinetic
    friction mu_k·N opposes the motion. applied_force acts along the slope (positive = up the slope).
    initial_motion says whether the block is at rest or already sliding at this instant.
    mu_kinetic defaults to mu_static. Signed results are positive up the slope. Without an
    applied force the acceleration does not depend on the mass, so mass may be omitted: the force
    fields are then null and the steps show forces per kilogram (N/kg); with an applied force the
    mass is needed."""
    if not 0.0 <= angle <= math.pi / 2 * (1 + 1e-12):
        raise ToolInputError("angle", f"an incline angle must be between 0 and 90°, got {_deg(angle):.4g}°")
    if mass is None and applied_force != 0:
        raise ToolInputError("mass", "needed with an applied force (a = F_net / m then depends on the mass)")
    angle = min(angle, math.pi / 2)
    mu_s, mu_k = _coefficients(mu_static, mu_kinetic)
    # Without a mass, every force is per kilogram: the kernel's m = 1 kg gives exactly that, and
    # the acceleration (net force / mass) is the same for any mass.
    m = 1.0 if mass is None else mass
    w_par, w_perp, normal, friction_force, net, acceleration, direction = kernels.incline(
        m, angle, mu_s, mu_k, g, applied_force, _MOTION[initial_motion]
    )
    w = kernels.weight(m, g)
    max_static = mu_s * normal
    f_unit = _N if mass is not None else "N/kg"
    steps = [g_step(g)]
    if mass is None:
        steps.append("no mass given: forces per kilogram (N/kg); the acceleration is the same for any mass")
        steps.append(f"W/m = g = {qty4(w, f_unit)}")
    else:
        steps.append(f"W = m·g = {qty4(w, _N)}")
    per, mg = ("/m", "g") if mass is None else ("", "m·g")
    steps += [
        f"W∥{per} = {mg}·sinθ = {qty4(w, f_unit)} × sin({qty4(_deg(angle))}°) = {qty4(w_par, f_unit)} (down the slope)",
        f"W⊥{per} = {mg}·cosθ = {qty4(w_perp, f_unit)}; N{per} = W⊥{per} = {qty4(normal, f_unit)}",
    ]
    driving = applied_force - w_par
    if initial_motion == "at_rest":
        steps.append(f"f_s,max = μs·N = {qty4(mu_s)} × {qty4(normal, f_unit)} = {qty4(max_static, f_unit)}")
        steps.append(
            f"force to hold it (without friction, + up the slope) = F_applied - W∥ = {qty4(driving, f_unit)}"
        )
        if direction == 0:
            steps.append(
                f"|{qty4(driving)}| ≤ {qty4(max_static)} → static friction holds it: "
                f"f = {qty4(friction_force, f_unit)}, "
                "a = 0"
            )
            note = "At rest: static friction equals exactly what is needed, not μs·N."
        else:
            slides = _DIRECTION[direction].replace("_", " ")
            steps.append(f"|{qty4(driving)}| > {qty4(max_static)} → it slides {slides}")
            note = "Static friction cannot hold it; kinetic friction μk·N opposes the sliding."
    else:
        note = f"Already sliding {'up' if direction > 0 else 'down'}: kinetic friction μk·N opposes the motion."
    if direction != 0:
        steps.append(
            f"f_k = μk·N = {qty4(mu_k)} × {qty4(normal, f_unit)} = {qty4(abs(friction_force), f_unit)}, "
            "opposing the motion"
        )
        steps.append(f"F_net = {qty4(driving)} + ({qty4(friction_force)}) = {qty4(net, f_unit)}")
        if mass is None:
            steps.append(f"a = F_net / m = {qty4(acceleration, _MS2)}")
        else:
            steps.append(f"a = F_net / m = {qty4(net, _N)} / {qty4(mass, 'kg')} = {qty4(acceleration, _MS2)}")
        if acceleration * direction < 0:
            note += " It is slowing down; once it stops, static friction decides whether it stays."
    if applied_force == 0 and initial_motion == "at_rest":
        steps.append(f"Check: tanθ = {qty4(math.tan(angle))} {'≤' if direction == 0 else '>'} μs = {qty4(mu_s)}")
    forces = {
        "weight": w,
        "weight_parallel": w_par,
        "weight_perpendicular": w_perp,
        "normal_force": normal,
        "max_static_friction": max_static,
        "friction_force": friction_force,
        "net_force": net,
    }
    return InclineResult(
        **{name: value if mass is not None else None for name, value in forces.items()},
        acceleration=acceleration,
        slides=direction != 0,
        motion=_DIRECTION[direction],  # type: ignore[arg-type]
        critical_angle_deg=_deg(math.atan(mu_s)),
        note=note,
        units={**({name: _N for name in forces} if mass is not None else {}), "acceleration": _MS2,
               "critical_angle_deg": _DEG},  # fmt: skip
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Vector algebra

VectorComponents = Annotated[
    list[FiniteFloat], Field(min_length=2, max_length=3, description="components [x, y] or [x, y, z]")
]


class VectorResult(ToolResult):
    operation: str
    vector: list[float] | None = Field(default=None, description="[x, y, z] for add/subtract/cross")
    scalar: float | None = Field(default=None, description="dot product, magnitude, or z of a 2-D cross product")
    magnitude: float | None = None
    angle: float | None = Field(default=None, description="rad, for operation 'angle' (0..π)")
    angle_deg: float | None = None


def _as3(values: list[float]) -> np.ndarray:
    out = np.zeros(3)
    out[: len(values)] = values
    return out


@TOOLS.tool(title="Vector operations (2-D/3-D)")
def vector_operation(
    operation: Literal["add", "subtract", "dot", "cross", "angle", "magnitude"],
    a: VectorComponents,
    b: VectorComponents | None = None,
) -> VectorResult:
    """Vector algebra on 2-D or 3-D vectors given as component lists: add (a + b), subtract (a - b),
    dot product, cross product (a 2-D cross product is the z component), the angle between a and
    b (0-180°), or the magnitude of a. Components are plain numbers in any one unit."""
    va = _as3(a)
    steps: list[str] = []
    if operation == "magnitude":
        m = vectors.norm(va)
        return VectorResult(operation=operation, scalar=m, magnitude=m, steps=[f"|a| = √(Σ aᵢ²) = {qty4(m)}"])
    if b is None:
        raise ToolInputError("b", f"operation '{operation}' needs a second vector b")
    vb = _as3(b)
    if operation in ("add", "subtract"):
        out = va + vb if operation == "add" else va - vb
        sign = "+" if operation == "add" else "-"
        m = vectors.norm(out)
        steps.append(f"a {sign} b = ({', '.join(qty4(v) for v in out)}), |a {sign} b| = {qty4(m)}")
        return VectorResult(operation=operation, vector=out.tolist(), magnitude=m, steps=steps)
    if operation == "dot":
        d = vectors.dot(va, vb)
        steps.append(f"a·b = axbx + ayby + azbz = {qty4(d)}")
        return VectorResult(operation=operation, scalar=d, steps=steps)
    if operation == "cross":
        c = vectors.cross(va, vb)
        m = vectors.norm(c)
        steps.append(f"a×b = (aybz - azby, azbx - axbz, axby - aybx) = ({', '.join(qty4(v) for v in c)})")
        planar = len(a) == 2 and len(b) == 2
        if planar:
            steps.append(f"2-D vectors: a×b points along z with z = {qty4(c[2])}")
        return VectorResult(
            operation=operation, vector=c.tolist(), scalar=float(c[2]) if planar else None, magnitude=m, steps=steps
        )
    # angle
    if vectors.norm(va) == 0:
        raise ToolInputError("a", "the zero vector has no direction")
    if vectors.norm(vb) == 0:
        raise ToolInputError("b", "the zero vector has no direction")
    theta = vectors.angle_between(va, vb)
    steps.append(f"θ = atan2(|a×b|, a·b) = {qty4(_deg(theta))}° (same as acos(a·b / |a||b|))")
    return VectorResult(
        operation=operation, angle=theta, angle_deg=_deg(theta), units={"angle": _RAD, "angle_deg": _DEG}, steps=steps
    )


# ---------------------------------------------------------------------------------------------
# Tension


class HangingTensionResult(ToolResult):
    tension: float
    weight: float
    acceleration: float


@TOOLS.tool(title="Tension: hanging mass")
def tension_hanging_mass(
    mass: Mass, acceleration: Acceleration = 0.0, g: GravityField = G_TEXTBOOK
) -> HangingTensionResult:
    """Tension in a rope holding a mass that hangs still or moves with acceleration a (positive =
    upward, e.g. an elevator speeding up on the way up): T = m (g + a)."""
    t = kernels.hanging_tension(mass, acceleration, g)
    if t < 0:
        raise ToolInputError("acceleration", f"a downward acceleration beyond g ({g:g} m/s²) needs a rope that pushes")
    w = kernels.weight(mass, g)
    steps = [
        g_step(g),
        "T - m·g = m·a (up positive) → T = m (g + a)",
        f"T = {qty4(mass, 'kg')} × ({qty4(g)} + {qty4(acceleration)}) m/s² = {qty4(t, _N)}",
    ]
    return HangingTensionResult(
        tension=t,
        weight=w,
        acceleration=acceleration,
        units={"tension": _N, "weight": _N, "acceleration": _MS2},
        steps=steps,
    )


class AtwoodResult(ToolResult):
    acceleration: float = Field(description="magnitude of each mass's acceleration")
    descending: Literal["mass_1", "mass_2", "neither"]
    tension: float


@TOOLS.tool(title="Tension: Atwood machine")
def tension_atwood(mass_1: Mass, mass_2: Mass, g: GravityField = G_TEXTBOOK) -> AtwoodResult:
    """Ideal Atwood machine (two masses over a light frictionless pulley): acceleration
    a = |m2 - m1| g / (m1 + m2), which mass descends, and the rope tension T = 2 m1 m2 g / (m1 + m2)."""
    a, t = kernels.atwood(mass_1, mass_2, g)
    descending: Literal["mass_1", "mass_2", "neither"] = "mass_2" if a > 0 else "mass_1" if a < 0 else "neither"
    steps = [
        g_step(g),
        f"a = (m2 - m1) g / (m1 + m2) = ({qty4(mass_2)} - {qty4(mass_1)}) × {qty4(g)} / {qty4(mass_1 + mass_2)}"
        f" = {qty4(a, _MS2)}",
        f"T = 2 m1 m2 g / (m1 + m2) = {qty4(t, _N)}",
    ]
    return AtwoodResult(
        acceleration=abs(a), descending=descending, tension=t, units={"acceleration": _MS2, "tension": _N}, steps=steps
    )


MassList = Annotated[list[Mass], Field(min_length=1, max_length=MAX_BODIES)]


class ChainResult(ToolResult):
    moves: bool
    acceleration: float
    total_mass: float
    tensions: list[float] | None = Field(
        description="tensions[i] joins masses[i] and masses[i+1]; null when at rest with friction (indeterminate)"
    )
    force_to_start_moving: float
    kinetic_friction_total: float


@TOOLS.tool(title="Tension: chain of masses pulled along a surface")
def tension_chain(
    masses: MassList,
    pulling_force: ForceMagnitude,
    mu_static: Coefficient = 0.0,
    mu_kinetic: Coefficient | None = None,
    g: GravityField = G_TEXTBOOK,
) -> ChainResult:
    """Any number of blocks in a line on a level surface, joined by light ropes, pulled by a
    horizontal force on the first block (masses[0]). Returns whether they move (pull > mu_s·Σm·g),
    the common acceleration a = (F - mu_k Σm g) / Σm, and the tension in each rope:
    T_i = (mass behind rope i)·(a + mu_k g). Frictionless when both coefficients are 0."""
    mu_s, mu_k = _coefficients(mu_static, mu_kinetic)
    arr = np.array(masses, dtype=np.float64)
    moves, a, tensions, to_start = kernels.chain_pulled(arr, pulling_force, mu_s, mu_k, g)
    total = float(arr.sum())
    steps = [g_step(g), f"Σm = {qty4(total, 'kg')}; to start moving: F > μs·Σm·g = {qty4(to_start, _N)}"]
    tension_list: list[float] | None = tensions.tolist()
    if moves:
        steps.append(
            f"a = (F - μk·Σm·g) / Σm = ({qty4(pulling_force)} - {qty4(mu_k * total * g)}) / {qty4(total)}"
            f" = {qty4(a, _MS2)}"
        )
        for i, t in enumerate(tensions[:20]):
            steps.append(f"T{i + 1} (between block {i + 1} and {i + 2}) = m_behind·(a + μk·g) = {qty4(t, _N)}")
    elif np.isnan(tensions).any():
        tension_list = None
        steps.append(
            "F ≤ μs·Σm·g → the blocks stay at rest; how static friction is shared, hence each tension, is indeterminate"
        )
    else:
        steps.append("No pull: everything stays at rest and the ropes are slack.")
    return ChainResult(
        moves=moves,
        acceleration=a,
        total_mass=total,
        tensions=tension_list,
        force_to_start_moving=to_start,
        kinetic_friction_total=mu_k * total * g if moves else 0.0,
        units={
            "acceleration": _MS2,
            "total_mass": "kg",
            "tensions": _N,
            "force_to_start_moving": _N,
            "kinetic_friction_total": _N,
        },
        steps=steps,
    )


class TablePulleyResult(ToolResult):
    moves: bool
    acceleration: float
    pulley_tension: float = Field(description="rope over the pulley (holds the hanging mass)")
    table_tensions: list[float] | None = Field(
        description="table_tensions[i] joins table_masses[i] and table_masses[i+1]; null when at rest with friction"
    )


@TOOLS.tool(title="Tension: masses on a table with a hanging mass over a pulley")
def tension_table_pulley(
    table_masses: MassList,
    hanging_mass: Mass,
    mu_static: Coefficient = 0.0,
    mu_kinetic: Coefficient | None = None,
    g: GravityField = G_TEXTBOOK,
) -> TablePulleyResult:
    """One or more blocks in a line on a level table, table_masses[0] tied over a light frictionless
    pulley at the edge to a hanging mass. Moves if m_hang·g > mu_s·Σm_table·g; then
    a = (m_hang - mu_k Σm_table) g / (m_hang + Σm_table), the pulley rope tension is m_hang (g - a)
    and each table rope carries (mass behind it)·(a + mu_k g)."""
    mu_s, mu_k = _coefficients(mu_static, mu_kinetic)
    arr = np.array(table_masses, dtype=np.float64)
    moves, a, pulley, tensions = kernels.table_pulley(arr, hanging_mass, mu_s, mu_k, g)
    on_table = float(arr.sum())
    steps = [
        g_step(g),
        f"pull = m_hang·g = {qty4(hanging_mass * g, _N)}; static limit μs·Σm_table·g = {qty4(mu_s * on_table * g, _N)}",
    ]
    table_list: list[float] | None = tensions.tolist()
    if moves:
        steps.append(
            f"a = (m_hang - μk·Σm_table) g / (m_hang + Σm_table) = {qty4(a, _MS2)}",
        )
        steps.append(f"T_pulley = m_hang (g - a) = {qty4(pulley, _N)}")
        for i, t in enumerate(tensions[:20]):
            steps.append(f"T{i + 1} (between table blocks {i + 1} and {i + 2}) = m_behind·(a + μk·g) = {qty4(t, _N)}")
    else:
        steps.append("pull ≤ static limit → nothing moves; T_pulley = m_hang·g")
        if len(table_masses) > 1:
            table_list = None
            steps.append(
                "How static friction is shared between the table blocks (their rope tensions) is indeterminate."
            )
    return TablePulleyResult(
        moves=moves,
        acceleration=a,
        pulley_tension=pulley,
        table_tensions=table_list,
        units={"acceleration": _MS2, "pulley_tension": _N, "table_tensions": _N},
        steps=steps,
    )


FORMULAS = """# Forces — formula sheet

Units SI; g = 9.81 m/s² unless stated (tools take `g`, e.g. 9.80665 for standard gravity).

| idea | formula |
|---|---|
| Newton's second law | ΣF = m·a |
| weight | W = m·g |
| components | Fx = F cosθ, Fy = F sinθ (θ from +x, counter-clockwise) |
| resultant | \\|F\\| = √(Fx² + Fy²), θ = atan2(Fy, Fx) in 0-360° |
| equilibrium | ΣF = 0; equilibrant = -ΣF |
| Hooke's law | F = k·x (spring pulls back with -k·x) |
| static friction | 0 ≤ f_s ≤ μs·N — only as large as needed to prevent sliding |
| kinetic friction | f_k = μk·N, opposing the sliding |
| incline | W∥ = m g sinθ, W⊥ = m g cosθ, N = m g cosθ; at rest without a push iff tanθ ≤ μs |
| hanging mass | T = m (g + a), a up positive |
| Atwood machine | a = (m2 - m1) g / (m1 + m2), T = 2 m1 m2 g / (m1 + m2) |
| chain pulled by F | a = (F - μk Σm g) / Σm, T_i = (m behind rope i)(a + μk g) = F·(m behind)/Σm |
| table + hanging mass | a = (m_h - μk Σm_t) g / (m_h + Σm_t), T = m_h (g - a) |
| vectors | a·b = \\|a\\|\\|b\\| cosθ, \\|a×b\\| = \\|a\\|\\|b\\| sinθ |
"""

TOOLS.resource(
    "physics://formulas/forces",
    "forces-formulas",
    "Formula sheet for forces: Newton's laws, friction, inclines, springs, tension, vectors",
    FORMULAS,
)


def warm_up() -> None:
    """Load (or compile) this topic's kernels before the first call; the runner calls it at start."""
    kernels.warm_up()
    vectors.warm_up()
