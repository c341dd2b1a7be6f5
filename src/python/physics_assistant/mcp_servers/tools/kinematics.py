"""Kinematics topic: uniform and constant-acceleration motion (all roots), free fall, projectiles
in vacuum and with quadratic air drag (single, batch, best angle), plot series, relative motion.

Numbers are SI; strings may carry units ("72 km/h", "30 deg"); a bare number for an angle is
radians. Positions/velocities are signed along the axis; projectiles: x forward, y up, landing
level y = 0. g defaults to 9.81 m/s² (the textbook value) in every tool.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import AfterValidator, Field

from physics_assistant.mcp_servers.toolkit import (
    MAX_BATCH_LENGTH,
    MAX_SERIES_POINTS,
    Acceleration,
    Coefficient,
    Distance,
    Duration,
    FiniteFloat,
    GravityField,
    Height,
    Length,
    Mass,
    ToolInputError,
    ToolResult,
    ToolSet,
    Velocity,
    float_array,
    quantity,
)
from physics_assistant.mcp_servers.tools._results import StrictModel, g_step, qty4
from physics_assistant.physics import drag
from physics_assistant.physics import kinematics as kernels
from physics_assistant.physics.forces import G_TEXTBOOK

TOOLS = ToolSet("kinematics", title="Kinematics")

SPEED_OF_LIGHT = 299_792_458.0


def _newtonian(v: float) -> float:
    if abs(v) >= SPEED_OF_LIGHT:
        raise ValueError("must be below the speed of light (Newtonian mechanics)")
    return v


# Quantity types of this topic. Validators hand the tool SI floats, which is all the type checker
# needs to know (it cannot read a type built at run time).
if TYPE_CHECKING:
    LaunchSpeed = float
    SignedVelocity = float
    LaunchAngle = float
    Area = float
    AirDensity = float
    DragFactor = float
    TargetDistance = float
    PositiveDragCoefficient = float
    BatchArray = list[float]
else:
    LaunchSpeed = Annotated[quantity("velocity", "launch speed", nonnegative=True), AfterValidator(_newtonian)]
    SignedVelocity = Annotated[Velocity, AfterValidator(_newtonian)]
    LaunchAngle = quantity("angle", "launch angle above the horizontal, -90° to 90°")
    Area = quantity("area", "cross-sectional area facing the air", positive=True)
    AirDensity = quantity("density", "air density (1.225 kg/m^3 at sea level, 15 °C)", positive=True)
    DragFactor = Annotated[
        FiniteFloat,
        Field(ge=0, le=100, description="drag factor k = ρ·C_d·A / (2 m) [1/m]: drag acceleration is k·v²"),
    ]
    TargetDistance = quantity("length", "horizontal distance from the launch point to the target", positive=True)
    PositiveDragCoefficient = quantity("dimensionless", "drag coefficient C_d (sphere ≈ 0.47)", positive=True)
    BatchArray = float_array(
        "values, one per launch (or a single value used for every launch)", max_length=MAX_BATCH_LENGTH
    )
SeriesPoints = Annotated[int, Field(ge=2, le=MAX_SERIES_POINTS, description="points in the returned series")]

_M = "m"
_S = "s"
_MS = "m/s"
_MS2 = "m/s^2"
_DEG = "deg"
_RAD = "rad"


def _check_launch_angle(angle: float) -> None:
    if not -math.pi / 2 * (1 + 1e-12) <= angle <= math.pi / 2 * (1 + 1e-12):
        raise ToolInputError("angle", f"launch angles run from -90° to 90°, got {math.degrees(angle):.4g}°")


# ---------------------------------------------------------------------------------------------
# Uniform motion


class UniformMotionResult(ToolResult):
    x0: float
    x: float
    velocity: float
    time: float
    solved_for: Literal["x0", "x", "velocity", "time", "nothing (checked)"]
    physical: bool = Field(description="false when the solved time is negative (it was there before t = 0)")


@TOOLS.tool(title="Uniform motion x = x0 + v t")
def uniform_motion(
    x: Length | None = None,
    velocity: SignedVelocity | None = None,
    time: Duration | None = None,
    x0: Length | None = None,
) -> UniformMotionResult:
    """Constant-velocity motion x = x0 + v·t. Leave out the one unknown among x (final position),
    velocity, time and x0 (initial position); x0 is taken as 0 when it is omitted together with
    another unknown. A negative solved time is reported with physical = false."""
    names = ("x", "velocity", "time", "x0")
    missing = [n for n, val in zip(names, (x, velocity, time, x0), strict=True) if val is None]
    if len(missing) == 2 and "x0" in missing:
        x0 = 0.0
        missing.remove("x0")
    if len(missing) > 1:
        raise ToolInputError(missing[0], f"unknown too; give all but one of {', '.join(names)}")
    solved = missing[0] if missing else "nothing (checked)"
    # NaN marks the one unknown; it is computed below.
    xv, v, t, x0v = (math.nan if val is None else float(val) for val in (x, velocity, time, x0))
    steps = ["x = x0 + v·t"]
    if solved == "x":
        xv = kernels.uniform_position(x0v, v, t)
        steps.append(f"x = {qty4(x0v, _M)} + {qty4(v, _MS)} × {qty4(t, _S)} = {qty4(xv, _M)}")
    elif solved == "x0":
        x0v = xv - v * t
        steps.append(f"x0 = x - v·t = {qty4(xv, _M)} - {qty4(v, _MS)} × {qty4(t, _S)} = {qty4(x0v, _M)}")
    elif solved == "velocity":
        if t == 0:
            raise ToolInputError("time", "must be > 0 to find the velocity")
        v = (xv - x0v) / t
        steps.append(f"v = (x - x0) / t = ({qty4(xv)} - {qty4(x0v)}) m / {qty4(t, _S)} = {qty4(v, _MS)}")
    elif solved == "time":
        if v == 0:
            if xv != x0v:
                raise ToolInputError("velocity", "is 0, so the body never reaches x")
            raise ToolInputError("time", "is undetermined: at rest at x for all t")
        t = (xv - x0v) / v
        steps.append(f"t = (x - x0) / v = ({qty4(xv)} - {qty4(x0v)}) m / {qty4(v, _MS)} = {qty4(t, _S)}")
    else:
        expected = kernels.uniform_position(x0v, v, t)
        if abs(expected - xv) > 1e-3 * max(abs(xv), abs(expected), 1e-9):
            raise ToolInputError("x", f"x0 + v·t gives {expected:.6g} m, not {xv:.6g} m")
        steps.append(f"x0 + v·t = {qty4(expected, _M)} = x ✓")
    physical = t >= 0
    if not physical:
        steps.append("t < 0: the body was at x before t = 0 and is moving away from it now.")
    return UniformMotionResult(
        x0=x0v,
        x=xv,
        velocity=v,
        time=t,
        solved_for=solved,  # type: ignore[arg-type]
        physical=physical,
        units={"x0": _M, "x": _M, "velocity": _MS, "time": _S},
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Constant acceleration


class MotionState(StrictModel):
    x0: float
    x: float
    displacement: float
    v0: float
    v: float
    a: float
    t: float
    physical: bool = Field(description="t >= 0")


class ConstantAccelerationResult(ToolResult):
    solutions: list[MotionState] = Field(description="every solution, sorted by time; two when a quadratic has two")
    physical_count: int
    x: float = Field(description="first physical solution (or the first one if none is physical)")
    v0: float
    v: float
    a: float
    t: float
    note: str


_KEYS = ("x", "v0", "v", "a", "t")  # kernel order S, U, V, A, T (S from x - x0)
_SYMBOLS = ("Δx", "v0", "v", "a", "t")
_UNITS = (_M, _MS, _MS, _MS2, _S)


@TOOLS.tool(title="Constant acceleration (SUVAT) solver")
def constant_acceleration(
    x: Length | None = None,
    v0: SignedVelocity | None = None,
    v: SignedVelocity | None = None,
    a: Acceleration | None = None,
    t: Duration | None = None,
    x0: Length = 0.0,
) -> ConstantAccelerationResult:
    """Motion with constant acceleration: x = x0 + v0 t + a t²/2, v = v0 + a t, v² = v0² + 2 a (x - x0).
    Give at least three of x (final position), v0, v, a, t (x0 defaults to 0) and get the rest.
    When a quadratic gives two answers (e.g. a ball passes a height on the way up and again on the
    way down, or v0 = ±√(v² - 2aΔx)) BOTH are returned, sorted by time, each marked physical
    (t >= 0) or not. Extra knowns are checked for consistency (0.1 %)."""
    given = {"x": x, "v0": v0, "v": v, "a": a, "t": t}
    known = np.array(
        [math.nan if x is None else x - x0] + [math.nan if given[k] is None else given[k] for k in _KEYS[1:]],
        dtype=np.float64,
    )
    count = int(np.sum(~np.isnan(known)))
    if count < 3:
        missing = [k for k in _KEYS if given[k] is None]
        raise ToolInputError(missing[0], f"give at least three of x, v0, v, a, t (got {count})")
    status, solutions, physical = kernels.solve_constant_acceleration(known)
    knowns_text = ", ".join(
        f"{sym} = {qty4(known[i], _UNITS[i])}" for i, sym in enumerate(_SYMBOLS) if not math.isnan(known[i])
    )
    if status == kernels.UNDERDETERMINED:
        missing = [k for k in ("t", "a", "v", "v0", "x") if given[k] is None]
        raise ToolInputError(
            missing[0] if missing else "t",
            f"with {knowns_text} the motion is not determined; give {missing[0] if missing else 't'}",
        )
    if status == kernels.NO_SOLUTION:
        problem = f"no motion with constant acceleration satisfies {knowns_text}"
        if x is not None and v0 is not None and a is not None and a != 0 and v is None and t is None:
            turn = x0 - v0 * v0 / (2 * a)
            problem += f"; it turns around at x = {turn:.6g} m and never reaches x = {x:.6g} m"
        raise ToolInputError("x" if x is not None else "v", problem)
    if status == kernels.INCONSISTENT:
        for row in kernels._TRIPLES:
            if not np.isnan(known[row]).any():
                extra = [_KEYS[i] for i in range(5) if i not in row and not math.isnan(known[i])]
                break
        raise ToolInputError(extra[0], f"is inconsistent with the other knowns ({knowns_text})")
    states = [
        MotionState(
            x0=x0,
            x=x0 + float(row[kernels.S]),
            displacement=float(row[kernels.S]),
            v0=float(row[kernels.U]),
            v=float(row[kernels.V]),
            a=float(row[kernels.A]),
            t=float(row[kernels.T]),
            physical=bool(phys),
        )
        for row, phys in zip(solutions, physical, strict=True)
    ]
    n_physical = sum(s.physical for s in states)
    primary = next((s for s in states if s.physical), states[0])
    steps = [f"knowns: {knowns_text}" + (f" (x0 = {qty4(x0, _M)})" if x0 else "")]
    steps += ["v = v0 + a t", "Δx = v0 t + a t²/2", "v² = v0² + 2 a Δx"]
    for i, s in enumerate(states):
        label = f"solution {i + 1}: " if len(states) > 1 else ""
        flag = "" if s.physical else " (t < 0: not physical)"
        steps.append(
            f"{label}Δx = {qty4(s.displacement, _M)}, v0 = {qty4(s.v0, _MS)}, v = {qty4(s.v, _MS)}, "
            f"a = {qty4(s.a, _MS2)}, "
            f"t = {qty4(s.t, _S)}{flag}"
        )
    if len(states) == 2:
        note = (
            "Two solutions: both times are physical (e.g. passing the same point twice)."
            if n_physical == 2
            else "Two mathematical solutions; only the one with t >= 0 is physical."
            if n_physical == 1
            else "Two mathematical solutions, neither with t >= 0."
        )
    else:
        note = "One solution." if n_physical else "The only solution has t < 0: the state was in the past."
    return ConstantAccelerationResult(
        solutions=states,
        physical_count=n_physical,
        x=primary.x,
        v0=primary.v0,
        v=primary.v,
        a=primary.a,
        t=primary.t,
        note=note,
        units={
            "x": _M,
            "v0": _MS,
            "v": _MS,
            "a": _MS2,
            "t": _S,
            "solutions": "x, x0, displacement m; v0, v m/s; a m/s^2; t s",
        },
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Free fall


class FreeFallResult(ToolResult):
    fall_time: float
    impact_velocity: float = Field(description="signed, up positive (negative = downward)")
    impact_speed: float
    max_height: float
    time_to_max_height: float
    t: list[float]
    y: list[float]
    v: list[float]


@TOOLS.tool(title="Free fall (vertical motion) with trajectory")
def free_fall(
    height: Height,
    initial_velocity: SignedVelocity = 0.0,
    g: GravityField = G_TEXTBOOK,
    n_points: SeriesPoints = 101,
) -> FreeFallResult:
    """Vertical motion under gravity alone from `height` above the ground with initial_velocity
    (up positive: thrown up > 0, thrown down < 0, dropped = 0): time to reach the ground, impact
    velocity, highest point, and the series t, y(t), v(t) for plotting (no air resistance)."""
    if height < 0:
        raise ToolInputError("height", "must be >= 0: the start is measured from the ground")
    if height == 0 and initial_velocity <= 0:
        raise ToolInputError("initial_velocity", "from ground level the body must be thrown upward (> 0)")
    t_fall = kernels.fall_time(height, initial_velocity, g)
    impact = initial_velocity - g * t_fall
    t_top = max(initial_velocity / g, 0.0)
    top = height + initial_velocity * t_top - 0.5 * g * t_top * t_top
    ts, ys, vs = kernels.constant_acceleration_series(height, initial_velocity, -g, t_fall, n_points)
    ys[-1] = 0.0  # the last sample is the landing itself; drop the round-off
    steps = [
        g_step(g),
        "y = h + v0 t - g t²/2 = 0 → t = (v0 + √(v0² + 2 g h)) / g",
        f"t = ({qty4(initial_velocity)} + √({qty4(initial_velocity)}² + 2 × {qty4(g)} × {qty4(height)})) / {qty4(g)}"
        f" = {qty4(t_fall, _S)}",
        f"v = v0 - g t = {qty4(impact, _MS)} (speed {qty4(abs(impact), _MS)})",
    ]
    if initial_velocity > 0:
        steps.append(f"highest point: t = v0/g = {qty4(t_top, _S)}, y = h + v0²/(2g) = {qty4(top, _M)}")
    return FreeFallResult(
        fall_time=t_fall,
        impact_velocity=impact,
        impact_speed=abs(impact),
        max_height=top,
        time_to_max_height=t_top,
        t=ts.tolist(),
        y=ys.tolist(),
        v=vs.tolist(),
        units={
            "fall_time": _S,
            "impact_velocity": _MS,
            "impact_speed": _MS,
            "max_height": _M,
            "time_to_max_height": _S,
            "t": _S,
            "y": _M,
            "v": _MS,
        },
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Projectiles in vacuum


class ProjectileResult(ToolResult):
    vx0: float
    vy0: float
    time_to_apex: float
    max_height: float = Field(description="highest point above the landing level")
    flight_time: float
    range: float
    impact_speed: float
    impact_angle_deg: float = Field(description="below the horizontal")
    impact_vx: float
    impact_vy: float
    target_height_at_x: float | None = Field(
        default=None, description="trajectory height at target_x (null if it lands first)"
    )
    hits_target: bool | None = None
    target_note: str | None = None


@TOOLS.tool(title="Projectile motion (no air resistance)")
def projectile(
    speed: LaunchSpeed,
    angle: LaunchAngle,
    height: Height = 0.0,
    g: GravityField = G_TEXTBOOK,
    target_x: Distance | None = None,
    target_height: Height = 0.0,
    target_tolerance: Distance = 0.05,
) -> ProjectileResult:
    """Projectile launched at `speed` and `angle` above the horizontal from `height` above the
    landing level (0 = level ground; negative = landing on higher ground): max height, time to the
    top, flight time, range, impact speed and angle. With target_x (and target_height), also the
    trajectory's height at target_x and whether it passes within target_tolerance of the target
    point (x, h). Vacuum; see projectile_with_drag for air resistance."""
    _check_launch_angle(angle)
    if height == 0 and angle <= 0:
        raise ToolInputError("angle", "from ground level the launch angle must be above 0°")
    t_apex, apex, flight, rng, ivx, ivy = kernels.projectile_flight(speed, angle, height, g)
    vx0 = speed * math.cos(angle)
    vy0 = speed * math.sin(angle)
    if math.isnan(flight):
        raise ToolInputError(
            "height", f"the projectile peaks {qty4(-apex, _M)} below the landing level and never reaches it"
        )
    if abs(vx0) <= 1e-12 * speed:
        vx0, rng, ivx = 0.0, 0.0, 0.0
    impact_speed = math.hypot(ivx, ivy)
    impact_angle = math.degrees(math.atan2(-ivy, ivx))
    steps = [
        g_step(g),
        f"vx = v cosθ = {qty4(vx0, _MS)}, vy0 = v sinθ = {qty4(vy0, _MS)}",
        f"top: t = vy0/g = {qty4(t_apex, _S)}, y_max = h + vy0²/(2g) = {qty4(apex, _M)}",
        f"flight: h + vy0 t - g t²/2 = 0 → t = (vy0 + √(vy0² + 2 g h))/g = {qty4(flight, _S)}",
        f"range R = vx·t = {qty4(rng, _M)}",
        f"impact: v = √(vx² + (vy0 - g t)²) = {qty4(impact_speed, _MS)} at {qty4(impact_angle)}° below horizontal",
    ]
    result = ProjectileResult(
        vx0=vx0,
        vy0=vy0,
        time_to_apex=t_apex,
        max_height=apex,
        flight_time=flight,
        range=rng,
        impact_speed=impact_speed,
        impact_angle_deg=impact_angle,
        impact_vx=ivx,
        impact_vy=ivy,
        units={
            "vx0": _MS,
            "vy0": _MS,
            "time_to_apex": _S,
            "max_height": _M,
            "flight_time": _S,
            "range": _M,
            "impact_speed": _MS,
            "impact_angle_deg": _DEG,
            "impact_vx": _MS,
            "impact_vy": _MS,
            "target_height_at_x": _M,
        },
        steps=steps,
    )
    if target_x is not None:
        if vx0 == 0:
            result.hits_target = target_x == 0 and apex >= target_height >= min(height, 0.0)
            result.target_note = "Launched straight up: it only ever reaches x = 0."
        else:
            t_target = target_x / vx0
            if t_target > flight:
                result.hits_target = False
                result.target_note = f"It lands at x = {qty4(rng, _M)}, before reaching x = {qty4(target_x, _M)}."
            else:
                y_at = height + vy0 * t_target - 0.5 * g * t_target * t_target
                result.target_height_at_x = y_at
                result.hits_target = abs(y_at - target_height) <= target_tolerance
                where = "hits" if result.hits_target else "passes above" if y_at > target_height else "passes below"
                result.target_note = (
                    f"At x = {qty4(target_x, _M)} (t = {qty4(t_target, _S)}) it is at y = {qty4(y_at, _M)}: "
                    f"it {where} the target at {qty4(target_height, _M)}."
                )
        steps.append(result.target_note)
    return result


class LaunchAnglesResult(ToolResult):
    low_angle_deg: float
    high_angle_deg: float
    low_angle: float
    high_angle: float
    low_flight_time: float
    high_flight_time: float
    minimum_speed: float = Field(description="slowest launch that can reach the target at all (at one angle)")


@TOOLS.tool(title="Launch angles to hit a target")
def projectile_launch_angles(
    speed: LaunchSpeed,
    target_x: TargetDistance,
    target_height: Length = 0.0,
    g: GravityField = G_TEXTBOOK,
) -> LaunchAnglesResult:
    """The launch angles (a low and a high one) that make a projectile of given speed pass through a
    target target_x ahead and target_height above the launch point (no air resistance), with the
    flight time on each path and the minimum speed that reaches the target at all."""
    count, low, high = kernels.launch_angles(speed, target_x, target_height, g)
    v_min = math.sqrt(g * (target_height + math.hypot(target_x, target_height)))
    if count == 0:
        raise ToolInputError("speed", f"{speed:.4g} m/s cannot reach the target; it needs at least {v_min:.4g} m/s")
    t_low = target_x / (speed * math.cos(low))
    t_high = target_x / (speed * math.cos(high))
    steps = [
        g_step(g),
        "y = x tanθ - g x² / (2 v² cos²θ) → tanθ = (v² ± √(v⁴ - g(g x² + 2 y v²))) / (g x)",
        f"θ_low = {qty4(math.degrees(low))}° (t = {qty4(t_low, _S)}), "
        f"θ_high = {qty4(math.degrees(high))}° (t = {qty4(t_high, _S)})",
        f"minimum speed √(g (y + √(x² + y²))) = {qty4(v_min, _MS)}",
    ]
    return LaunchAnglesResult(
        low_angle_deg=math.degrees(low),
        high_angle_deg=math.degrees(high),
        low_angle=low,
        high_angle=high,
        low_flight_time=t_low,
        high_flight_time=t_high,
        minimum_speed=v_min,
        units={
            "low_angle_deg": _DEG,
            "high_angle_deg": _DEG,
            "low_angle": _RAD,
            "high_angle": _RAD,
            "low_flight_time": _S,
            "high_flight_time": _S,
            "minimum_speed": _MS,
        },
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Air drag

_METHOD = (
    "RK4 with steps of 1/{sps} of the shorter of the flight and drag time scales; apex and impact "
    "located inside their step by Newton iteration. Range and flight time agree with a tight "
    "reference integration to ~1e-8 relative (docs/benchmarks.md)."
)


def _drag_k(
    drag_factor: float | None,
    mass: float | None,
    drag_coefficient: float | None,
    area: float | None,
    air_density: float,
    steps: list[str],
) -> float:
    if drag_factor is not None:
        if mass is not None or drag_coefficient is not None or area is not None:
            raise ToolInputError("drag_factor", "give either drag_factor or mass + drag_coefficient + area, not both")
        steps.append(f"k = {qty4(drag_factor, '1/m')} (given)")
        return drag_factor
    for name, value in (("mass", mass), ("drag_coefficient", drag_coefficient), ("area", area)):
        if value is None:
            raise ToolInputError(name, "needed for air drag (or give drag_factor k = ρ C_d A / 2m)")
    assert mass is not None and drag_coefficient is not None and area is not None
    k = drag.drag_factor(air_density, drag_coefficient, area, mass)
    steps.append(
        f"k = ρ C_d A / (2 m) = {qty4(air_density)} × {qty4(drag_coefficient)} × {qty4(area)} / (2 × {qty4(mass)})"
        f" = {qty4(k, '1/m')}"
    )
    return k


def _step_limit(parameter: str) -> ToolInputError:
    return ToolInputError(
        parameter, f"the flight needs more than {drag.DEFAULT_MAX_STEPS:,} integration steps; reduce height or drag"
    )


class DragProjectileResult(ToolResult):
    drag_factor: float
    terminal_speed: float | None = Field(description="√(g/k); null without drag")
    range: float
    max_height: float
    time_to_apex: float
    flight_time: float
    impact_speed: float
    impact_angle_deg: float = Field(description="below the horizontal")
    impact_vx: float
    impact_vy: float
    vacuum_range: float
    vacuum_max_height: float
    vacuum_flight_time: float
    method: str
    t: list[float]
    x: list[float]
    y: list[float]
    vx: list[float]
    vy: list[float]


@TOOLS.tool(title="Projectile with air drag (and wind)")
def projectile_with_drag(
    speed: LaunchSpeed,
    angle: LaunchAngle,
    height: Height = 0.0,
    mass: Mass | None = None,
    drag_coefficient: Coefficient | None = None,
    area: Area | None = None,
    air_density: AirDensity = drag.AIR_DENSITY_SEA_LEVEL,
    drag_factor: DragFactor | None = None,
    wind: SignedVelocity = 0.0,
    g: GravityField = G_TEXTBOOK,
    n_points: SeriesPoints = 201,
) -> DragProjectileResult:
    """Projectile with quadratic air drag F = ½ ρ C_d A v² (relative to the air) and an optional
    horizontal wind (positive = tailwind), integrated numerically. Give mass, drag_coefficient
    (sphere ≈ 0.47) and area, or drag_factor k = ρ C_d A / (2 m) directly. Returns range, max
    height, flight time, impact velocity, the same launch in vacuum for comparison, and the
    trajectory t, x, y, vx, vy (n_points samples, last = impact)."""
    _check_launch_angle(angle)
    if height == 0 and angle <= 0:
        raise ToolInputError("angle", "from ground level the launch angle must be above 0°")
    steps = [g_step(g)]
    k = _drag_k(drag_factor, mass, drag_coefficient, area, air_density, steps)
    sps = drag.DEFAULT_STEPS_PER_SCALE
    status, flight, rng, apex, t_apex, ivx, ivy, _ = drag.drag_flight(
        speed, angle, height, k, wind, g, sps, drag.DEFAULT_MAX_STEPS
    )
    if status == drag.NEVER_REACHES:
        raise ToolInputError("height", "the projectile never climbs to the landing level")
    if status == drag.STEP_LIMIT:
        raise _step_limit("height")
    ts, xs, ys, vxs, vys = drag.drag_series(
        speed, angle, height, k, wind, g, sps, drag.DEFAULT_MAX_STEPS, flight, n_points
    )
    # The last sample is the impact, found once already; report it identically.
    xs[-1], ys[-1], vxs[-1], vys[-1] = rng, 0.0, ivx, ivy
    _, v_apex, v_flight, v_range, _, _ = kernels.projectile_flight(speed, angle, height, g)
    terminal = drag.terminal_speed(k, g)
    # A drag factor so small (k ~ 1e-320) that √(g/k) overflows is no drag to speak of.
    has_terminal = k > 0 and math.isfinite(terminal)
    impact_speed = math.hypot(ivx, ivy)
    steps += [
        "dv/dt = -k |v - w| (v - w) - g ŷ (w = wind)",
        (
            f"terminal speed √(g/k) = {qty4(terminal, _MS)}"
            if has_terminal
            else ("k = 0: no drag" if k == 0 else f"k = {k:g} ≈ 0: no drag to speak of")
        ),
        f"integrated: range = {qty4(rng, _M)}, max height = {qty4(apex, _M)}, flight time = {qty4(flight, _S)}",
        f"impact: {qty4(impact_speed, _MS)} at {qty4(math.degrees(math.atan2(-ivy, ivx)))}° below horizontal",
        f"vacuum for comparison: range = {qty4(v_range, _M)}, max height = {qty4(v_apex, _M)}, "
        f"flight time = {qty4(v_flight, _S)}",
    ]
    return DragProjectileResult(
        drag_factor=k,
        terminal_speed=terminal if has_terminal else None,
        range=rng,
        max_height=apex,
        time_to_apex=t_apex,
        flight_time=flight,
        impact_speed=impact_speed,
        impact_angle_deg=math.degrees(math.atan2(-ivy, ivx)),
        impact_vx=ivx,
        impact_vy=ivy,
        vacuum_range=v_range,
        vacuum_max_height=v_apex,
        vacuum_flight_time=v_flight,
        method=_METHOD.format(sps=sps),
        t=ts.tolist(),
        x=xs.tolist(),
        y=ys.tolist(),
        vx=vxs.tolist(),
        vy=vys.tolist(),
        units={
            "drag_factor": "1/m",
            "terminal_speed": _MS,
            "range": _M,
            "max_height": _M,
            "time_to_apex": _S,
            "flight_time": _S,
            "impact_speed": _MS,
            "impact_angle_deg": _DEG,
            "impact_vx": _MS,
            "impact_vy": _MS,
            "vacuum_range": _M,
            "vacuum_max_height": _M,
            "vacuum_flight_time": _S,
            "t": _S,
            "x": _M,
            "y": _M,
            "vx": _MS,
            "vy": _MS,
        },
        steps=steps,
    )


# Batch work bound: about 2 s of one core at the measured batch RK4 rate (docs/benchmarks.md).
MAX_BATCH_STEPS = 100_000_000


def _broadcast(name: str, values: list[float], n: int) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float64)
    if arr.shape[0] == 1:
        return np.full(n, arr[0])
    if arr.shape[0] != n:
        raise ToolInputError(name, f"has {arr.shape[0]} values; expected 1 or {n} (the longest array)")
    return arr


class DragBatchResult(ToolResult):
    count: int
    ranges: list[float]
    max_heights: list[float]
    flight_times: list[float]
    impact_speeds: list[float]
    best_index: int = Field(description="index of the longest range")
    best_range: float
    total_steps: int
    method: str


@TOOLS.tool(title="Batch of drag trajectories")
def projectile_drag_batch(
    speeds: BatchArray,
    angles: BatchArray,
    drag_factors: BatchArray,
    angles_unit: Literal["deg", "rad"] = "deg",
    heights: BatchArray | None = None,
    wind: SignedVelocity = 0.0,
    g: GravityField = G_TEXTBOOK,
) -> DragBatchResult:
    """Many projectile launches with quadratic air drag at once (up to 100,000): arrays of speeds
    [m/s], angles (degrees by default; angles_unit="rad" for radians, -90..90°), drag factors
    k = ρ C_d A / (2 m) [1/m] and optional launch heights [m, >= 0]. An array of length 1 applies to
    every launch. Returns range, max height, flight time and impact speed per launch, and the best."""
    n = max(len(speeds), len(angles), len(drag_factors), len(heights or [0.0]))
    v = _broadcast("speeds", speeds, n)
    theta = _broadcast("angles", angles, n)
    if angles_unit == "deg":
        theta = np.radians(theta)
    k = _broadcast("drag_factors", drag_factors, n)
    h = _broadcast("heights", heights, n) if heights is not None else np.zeros(n)
    for name, arr, low, high in (
        ("speeds", v, 0.0, SPEED_OF_LIGHT),
        ("angles", theta, -math.pi / 2, math.pi / 2),
        ("drag_factors", k, 0.0, 100.0),
        ("heights", h, 0.0, math.inf),
    ):
        bad = np.flatnonzero((arr < low) | (arr > high))
        if bad.size:
            raise ToolInputError(name, f"item {bad[0]} = {arr[bad[0]]:g} is outside [{low:g}, {high:g}] (SI)")
    winds = np.full(n, wind)
    sps = drag.DEFAULT_STEPS_PER_SCALE
    status, flight, ranges, apexes, ivx, ivy, _, total = drag.drag_batch(v, theta, h, k, winds, g, sps, MAX_BATCH_STEPS)
    if (status != drag.LANDED).any():
        first = int(np.flatnonzero(status != drag.LANDED)[0])
        raise ToolInputError(
            "speeds",
            f"the batch needs more than {MAX_BATCH_STEPS:,} integration steps (stopped at launch {first}); split it",
        )
    impact = np.hypot(ivx, ivy)
    best = int(np.argmax(ranges))
    steps = [
        g_step(g),
        f"{n} launches integrated with dv/dt = -k |v - w| (v - w) - g ŷ, {total:,} RK4 steps in all",
        f"longest range: launch {best} ({qty4(v[best], _MS)} at {qty4(math.degrees(theta[best]))}°, "
        f"k = {qty4(k[best], '1/m')}) "
        f"→ {qty4(ranges[best], _M)}",
    ]
    return DragBatchResult(
        count=n,
        ranges=ranges.tolist(),
        max_heights=apexes.tolist(),
        flight_times=flight.tolist(),
        impact_speeds=impact.tolist(),
        best_index=best,
        best_range=float(ranges[best]),
        total_steps=int(total),
        method=_METHOD.format(sps=sps),
        units={"ranges": _M, "max_heights": _M, "flight_times": _S, "impact_speeds": _MS, "best_range": _M},
        steps=steps,
    )


class BestAngleResult(ToolResult):
    best_angle_deg: float
    best_range: float
    vacuum_best_angle_deg: float
    vacuum_best_range: float
    drag_factor: float


def _drag_range(speed: float, angle: float, height: float, k: float, wind: float, g: float) -> float:
    status, _, rng, *_ = drag.drag_flight(
        speed, angle, height, k, wind, g, drag.DEFAULT_STEPS_PER_SCALE, drag.DEFAULT_MAX_STEPS
    )
    if status == drag.STEP_LIMIT:
        raise _step_limit("height")
    return float(rng)


@TOOLS.tool(title="Best launch angle with air drag")
def drag_best_angle(
    speed: LaunchSpeed,
    height: Height = 0.0,
    mass: Mass | None = None,
    drag_coefficient: Coefficient | None = None,
    area: Area | None = None,
    air_density: AirDensity = drag.AIR_DENSITY_SEA_LEVEL,
    drag_factor: DragFactor | None = None,
    wind: SignedVelocity = 0.0,
    g: GravityField = G_TEXTBOOK,
) -> BestAngleResult:
    """The launch angle that gives the longest range with quadratic air drag (below 45° for level
    ground), compared with the vacuum optimum. Give mass, drag_coefficient and area, or drag_factor.
    Scans 1-89° in 1° steps with the batch kernel, then refines by golden-section search to 1e-6 rad."""
    if height < 0:
        raise ToolInputError("height", "must be >= 0 (launch at or above the landing level)")
    if speed == 0:
        raise ToolInputError("speed", "must be > 0")
    steps = [g_step(g)]
    k = _drag_k(drag_factor, mass, drag_coefficient, area, air_density, steps)
    grid = np.radians(np.arange(1.0, 90.0))
    n = grid.shape[0]
    status, _, ranges, *_ = drag.drag_batch(
        np.full(n, speed), grid, np.full(n, height), np.full(n, k), np.full(n, wind), g,
        drag.DEFAULT_STEPS_PER_SCALE, MAX_BATCH_STEPS,
    )  # fmt: skip
    if (status != drag.LANDED).any():
        raise _step_limit("height")
    i = int(np.argmax(ranges))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, n - 1)]
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    c, d = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    fc, fd = _drag_range(speed, c, height, k, wind, g), _drag_range(speed, d, height, k, wind, g)
    while hi - lo > 1e-6:
        if fc > fd:
            hi, d, fd = d, c, fc
            c = hi - ratio * (hi - lo)
            fc = _drag_range(speed, c, height, k, wind, g)
        else:
            lo, c, fc = c, d, fd
            d = lo + ratio * (hi - lo)
            fd = _drag_range(speed, d, height, k, wind, g)
    best = 0.5 * (lo + hi)
    best_range = _drag_range(speed, best, height, k, wind, g)
    # Vacuum optimum from a height h: tanθ = v / √(v² + 2 g h).
    vac_angle = math.atan2(speed, math.sqrt(speed * speed + 2.0 * g * height))
    vac_range = kernels.projectile_flight(speed, vac_angle, height, g)[3]
    steps += [
        f"scan 1°-89°: best near {qty4(math.degrees(grid[i]))}°; "
        f"golden-section refine → θ = {qty4(math.degrees(best))}°",
        f"best range with drag = {qty4(best_range, _M)}",
        f"vacuum: tanθ = v/√(v² + 2gh) → θ = {qty4(math.degrees(vac_angle))}°, range {qty4(vac_range, _M)}",
    ]
    return BestAngleResult(
        best_angle_deg=math.degrees(best),
        best_range=best_range,
        vacuum_best_angle_deg=math.degrees(vac_angle),
        vacuum_best_range=vac_range,
        drag_factor=k,
        units={
            "best_angle_deg": _DEG,
            "best_range": _M,
            "vacuum_best_angle_deg": _DEG,
            "vacuum_best_range": _M,
            "drag_factor": "1/m",
        },
        steps=steps,
    )


class TerminalVelocityResult(ToolResult):
    terminal_speed: float
    drag_factor: float
    time_scale: float = Field(description="v_t / g: time to get within ~25 % of terminal speed from rest")
    drag_force_at_terminal: float


@TOOLS.tool(title="Terminal velocity")
def terminal_velocity(
    mass: Mass,
    drag_coefficient: PositiveDragCoefficient,
    area: Area,
    air_density: AirDensity = drag.AIR_DENSITY_SEA_LEVEL,
    g: GravityField = G_TEXTBOOK,
) -> TerminalVelocityResult:
    """Terminal speed of a falling body with quadratic drag: m g = ½ ρ C_d A v_t², so
    v_t = √(2 m g / (ρ C_d A)); also the drag factor k = ρ C_d A / (2 m) and the time scale v_t/g."""
    k = drag.drag_factor(air_density, drag_coefficient, area, mass)
    vt = drag.terminal_speed(k, g)
    steps = [
        g_step(g),
        "m g = ½ ρ C_d A v_t² → v_t = √(2 m g / (ρ C_d A))",
        f"v_t = √(2 × {qty4(mass)} × {qty4(g)} / ({qty4(air_density)} × {qty4(drag_coefficient)} × {qty4(area)}))"
        f" = {qty4(vt, _MS)}",
    ]
    return TerminalVelocityResult(
        terminal_speed=vt,
        drag_factor=k,
        time_scale=vt / g,
        drag_force_at_terminal=mass * g,
        units={"terminal_speed": _MS, "drag_factor": "1/m", "time_scale": _S, "drag_force_at_terminal": "N"},
        steps=steps,
    )


# ---------------------------------------------------------------------------------------------
# Plot series and relative motion


class MotionGraphResult(ToolResult):
    kind: str
    t: list[float]
    x: list[float]
    y: list[float] | None = Field(default=None, description="projectile only")
    v: list[float] = Field(description="velocity (1-D, signed) or speed (projectile)")
    vx: list[float] | None = None
    vy: list[float] | None = None
    a: float | None = Field(default=None, description="constant acceleration (1-D)")


@TOOLS.tool(title="Motion graph data")
def motion_graph(
    kind: Literal["uniform", "constant_acceleration", "projectile"],
    duration: Duration | None = None,
    x0: Length = 0.0,
    v0: SignedVelocity = 0.0,
    a: Acceleration = 0.0,
    speed: LaunchSpeed | None = None,
    angle: LaunchAngle | None = None,
    height: Height = 0.0,
    g: GravityField = G_TEXTBOOK,
    n_points: SeriesPoints = 101,
) -> MotionGraphResult:
    """Arrays for position-time and velocity-time graphs: kind "uniform" (x0, v0), "constant_acceleration"
    (x0, v0, a) over `duration`, or "projectile" (speed, angle, height; duration defaults to the
    flight time) giving t, x, y, vx, vy and speed. n_points samples, evenly spaced in time."""
    if kind == "projectile":
        if speed is None:
            raise ToolInputError("speed", "needed for a projectile graph")
        if angle is None:
            raise ToolInputError("angle", "needed for a projectile graph")
        _check_launch_angle(angle)
        _, _, flight, _, _, _ = kernels.projectile_flight(speed, angle, height, g)
        if duration is None:
            if math.isnan(flight) or flight == 0:
                raise ToolInputError("duration", "the projectile never lands; give a duration")
            duration = flight
        ts, xs, ys, vxs, vys = kernels.projectile_series(speed, angle, height, g, duration, n_points)
        return MotionGraphResult(
            kind=kind,
            t=ts.tolist(),
            x=xs.tolist(),
            y=ys.tolist(),
            v=np.hypot(vxs, vys).tolist(),
            vx=vxs.tolist(),
            vy=vys.tolist(),
            units={"t": _S, "x": _M, "y": _M, "v": _MS, "vx": _MS, "vy": _MS},
            steps=[
                "x = v cosθ t, y = h + v sinθ t - g t²/2",
                f"{n_points} samples over {qty4(duration, _S)}",
            ],
        )
    if duration is None or duration == 0:
        raise ToolInputError("duration", "needed (> 0) for a 1-D motion graph")
    if kind == "uniform" and a != 0:
        raise ToolInputError("a", "uniform motion has no acceleration; use kind='constant_acceleration'")
    ts, xs, vs = kernels.constant_acceleration_series(x0, v0, a, duration, n_points)
    return MotionGraphResult(
        kind=kind,
        t=ts.tolist(),
        x=xs.tolist(),
        v=vs.tolist(),
        a=a,
        units={"t": _S, "x": _M, "v": _MS, "a": _MS2},
        steps=["x = x0 + v0 t + a t²/2, v = v0 + a t", f"{n_points} samples over {qty4(duration, _S)}"],
    )


class Meeting(StrictModel):
    t: float
    x: float
    physical: bool = Field(description="t >= 0")


class RelativeMotionResult(ToolResult):
    relative_velocity: float = Field(description="v_a - v_b at t = 0: how fast A moves as seen from B")
    relative_acceleration: float
    initial_separation: float = Field(description="x0_b - x0_a")
    meets: bool = Field(description="whether they are at the same place at some t >= 0")
    always_together: bool
    meetings: list[Meeting]


@TOOLS.tool(title="Relative motion in one dimension")
def relative_motion_1d(
    x0_a: Length,
    v_a: SignedVelocity,
    x0_b: Length,
    v_b: SignedVelocity,
    a_a: Acceleration = 0.0,
    a_b: Acceleration = 0.0,
) -> RelativeMotionResult:
    """Two bodies A and B on one line (start positions, velocities, optional constant accelerations):
    the velocity of A relative to B, and when and where they meet, solving
    x_a(t) = x_b(t). Both roots of the quadratic are reported, marked physical if t >= 0; if there is
    no real root (or only negative ones) they never meet."""
    count, t1, t2 = kernels.meeting_times(x0_a, v_a, a_a, x0_b, v_b, a_b)
    rel_v = v_a - v_b
    rel_a = a_a - a_b
    steps = [
        f"v_rel = v_a - v_b = {qty4(v_a)} - ({qty4(v_b)}) = {qty4(rel_v, _MS)}",
        "x_a(t) = x_b(t): (x0_a - x0_b) + (v_a - v_b) t + (a_a - a_b) t²/2 = 0",
    ]
    meetings: list[Meeting] = []
    if count == -1:
        steps.append("Identical motion: they are together at every moment.")
    else:
        roots = [t1] if count == 1 else [t1, t2] if count == 2 else []
        for t in roots:
            x = x0_a + v_a * t + 0.5 * a_a * t * t
            meetings.append(Meeting(t=t, x=x, physical=t >= 0))
            past = "" if t >= 0 else " (before t = 0: not physical)"
            steps.append(f"t = {qty4(t, _S)} at x = {qty4(x, _M)}{past}")
        if not any(m.physical for m in meetings):
            steps.append("They never meet at t >= 0.")
    return RelativeMotionResult(
        relative_velocity=rel_v,
        relative_acceleration=rel_a,
        initial_separation=x0_b - x0_a,
        meets=count == -1 or any(m.physical for m in meetings),
        always_together=count == -1,
        meetings=meetings,
        units={
            "relative_velocity": _MS,
            "relative_acceleration": _MS2,
            "initial_separation": _M,
            "meetings": "t s, x m",
        },
        steps=steps,
    )


FORMULAS = """# Kinematics — formula sheet

Units SI; g = 9.81 m/s² unless stated (tools take `g`). Signs: up/forward positive.

| idea | formula |
|---|---|
| uniform motion | x = x0 + v t |
| constant acceleration | v = v0 + a t; x = x0 + v0 t + a t²/2; v² = v0² + 2 a (x - x0); x - x0 = (v0 + v) t / 2 |
| two times | a t²/2 + v0 t - Δx = 0 has two roots when the body passes a point twice; t < 0 is not physical |
| free fall from h | y = h + v0 t - g t²/2; t = (v0 + √(v0² + 2 g h)) / g |
| projectile | vx = v cosθ, vy = v sinθ - g t; t_top = v sinθ / g; y_max = h + v² sin²θ / (2g) |
| level-ground range | R = v² sin 2θ / g (max at 45°) |
| angle to hit (x, y) | tanθ = (v² ± √(v⁴ - g(g x² + 2 y v²))) / (g x) |
| quadratic drag | dv/dt = -k \\|v - w\\| (v - w) - g ŷ, k = ρ C_d A / (2 m); terminal speed √(g/k) |
| relative motion | v_AB = v_A - v_B; meet when x_A(t) = x_B(t) |

Drag trajectories are integrated numerically (RK4, ~1e-8 relative accuracy); with drag the range
never exceeds the vacuum range (no tailwind) and the best angle is below 45° on level ground.
"""

TOOLS.resource(
    "physics://formulas/kinematics",
    "kinematics-formulas",
    "Formula sheet for kinematics: SUVAT, free fall, projectiles, air drag, relative motion",
    FORMULAS,
)


def warm_up() -> None:
    """Load (or compile) this topic's kernels before the first call; the runner calls it at start."""
    kernels.warm_up()
    drag.warm_up()
