"""Angular-motion tools: rotational kinematics, moments of inertia (parallel-axis theorem), torque,
τ = I α, angular momentum and its conservation, rotational and rolling kinetic energy, angular
impulse, rolling down an incline (and races between shapes), linear ↔ angular quantities,
centripetal force and sampled rotational motion.

Conventions: angles in radians unless a string says otherwise ("30 deg", "2 rev"); angular
velocities may be given as "1200 rpm"; counter-clockwise is positive.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import BaseModel, Field

from physics_assistant.mcp_servers.toolkit import (
    MAX_SERIES_POINTS,
    Acceleration,
    Angle,
    AngularAcceleration,
    AngularVelocity,
    Distance,
    Duration,
    Energy,
    Force,
    GravityField,
    Mass,
    MomentOfInertia,
    Radius,
    Speed,
    ToolInputError,
    ToolResult,
    ToolSet,
    Torque,
    float_array,
    quantity,
)
from physics_assistant.mcp_servers.tools._results import HalfSquare, num, only_missing, qty, units
from physics_assistant.physics import angular as kernels
from physics_assistant.physics.angular import G_TEXTBOOK

TOOLS = ToolSet("angular-motion", title="Angular motion")

# Quantity types of this topic. The validators hand the tool SI floats, which is all the type
# checker needs to know (it cannot read a type built at run time).
if TYPE_CHECKING:
    AngularDisplacement = float
    AngularMomentum = float
    Length = float
    InnerRadius = float
    AxisOffset = float
    InclineAngle = float
    LeverArm = float
    PositiveDuration = float
    Period = float
    ValueArray = list[float]
else:
    AngularDisplacement = quantity("angle", 'angular displacement (signed), e.g. "3 rev" or "90 deg"')
    AngularMomentum = quantity("angular_momentum", "angular momentum (signed)")
    Length = quantity("length", "length of the rod, or of the plate's side a", positive=True)
    InnerRadius = quantity("length", "inner radius of a hollow shape (omit for a thin wall)", nonnegative=True)
    AxisOffset = quantity(
        "length", "distance of the rotation axis from the parallel axis through the centre of mass", nonnegative=True
    )
    InclineAngle = quantity("angle", "incline angle above the horizontal, 0-90 deg", positive=True)
    LeverArm = quantity("length", "distance from the axis to where the force acts", nonnegative=True)
    PositiveDuration = quantity("time", "time interval", positive=True)
    Period = quantity("time", "time for one revolution", positive=True)
    ValueArray = float_array("one value per item")

SeriesPoints = Annotated[int, Field(ge=2, le=MAX_SERIES_POINTS, description="points in the returned series")]

Shape = Literal[
    "rod_center",
    "rod_end",
    "solid_disk",
    "solid_cylinder",
    "hollow_cylinder",
    "thin_hoop",
    "ring",
    "solid_sphere",
    "hollow_sphere",
    "rectangular_plate",
]
RollingShape = Literal[
    "solid_sphere", "hollow_sphere", "solid_disk", "solid_cylinder", "hollow_cylinder", "thin_hoop", "ring"
]

_SHAPE_CODES = {
    "rod_center": kernels.ROD_CENTER,
    "rod_end": kernels.ROD_END,
    "solid_disk": kernels.SOLID_CYLINDER,
    "solid_cylinder": kernels.SOLID_CYLINDER,
    "hollow_cylinder": kernels.HOLLOW_CYLINDER,
    "thin_hoop": kernels.THIN_HOOP,
    "ring": kernels.THIN_HOOP,
    "solid_sphere": kernels.SOLID_SPHERE,
    "hollow_sphere": kernels.HOLLOW_SPHERE,
    "rectangular_plate": kernels.RECTANGULAR_PLATE,
}
_FORMULAS = {
    kernels.ROD_CENTER: "I = m L² / 12",
    kernels.ROD_END: "I = m L² / 3",
    kernels.SOLID_CYLINDER: "I = ½ m R²",
    kernels.THIN_HOOP: "I = m R²",
    kernels.SOLID_SPHERE: "I = ⅖ m R²",
    kernels.RECTANGULAR_PLATE: "I = m (a² + b²) / 12",
}


def _rpm(omega: float) -> float:
    return omega * 60.0 / (2.0 * math.pi)


# --------------------------------------------------------------------------------------------
# Rotational kinematics

_KEYS = ("angular_displacement", "initial_angular_velocity", "final_angular_velocity", "angular_acceleration", "time")
_SYMBOLS = ("θ", "ω0", "ω", "α", "t")
_UNITS = ("rad", "rad/s", "rad/s", "rad/s²", "s")


class RotationState(BaseModel):
    angular_displacement: float
    initial_angular_velocity: float
    final_angular_velocity: float
    angular_acceleration: float
    time: float
    revolutions: float = Field(description="angular displacement in revolutions")
    physical: bool = Field(description="False for a root with t < 0")


class RotationalKinematicsResult(ToolResult):
    solutions: list[RotationState] = Field(description="one, or two where a quadratic gives two")
    physical_count: int
    angular_displacement: float = Field(description="first physical solution")
    initial_angular_velocity: float
    final_angular_velocity: float
    angular_acceleration: float
    time: float
    units: dict[str, str] = units(
        angular_displacement="rad", initial_angular_velocity="rad/s", final_angular_velocity="rad/s",
        angular_acceleration="rad/s^2", time="s", revolutions="rev",
    )  # fmt: skip


@TOOLS.tool(title="Rotational kinematics (constant angular acceleration)")
def rotational_kinematics(
    angular_displacement: AngularDisplacement | None = None,
    initial_angular_velocity: AngularVelocity | None = None,
    final_angular_velocity: AngularVelocity | None = None,
    angular_acceleration: AngularAcceleration | None = None,
    time: Duration | None = None,
) -> RotationalKinematicsResult:
    """Rotation with constant angular acceleration: ω = ω0 + α t, θ = ω0 t + ½ α t², ω² = ω0² + 2 α θ.
    Give at least three of angular_displacement θ, initial_angular_velocity ω0, final_angular_velocity
    ω, angular_acceleration α and time t; the others are solved for. Where a quadratic gives two
    answers (a wheel slowing down passes the same angle again after reversing, or ω0 = ±√(ω² - 2αθ))
    BOTH are returned, each marked physical (t >= 0) or not. Units like "1200 rpm", "3 rev" work."""
    given = (angular_displacement, initial_angular_velocity, final_angular_velocity, angular_acceleration, time)
    known = np.array([math.nan if v is None else v for v in given], dtype=np.float64)
    count = int(np.sum(~np.isnan(known)))
    if count < 3:
        missing = [k for k, v in zip(_KEYS, given, strict=True) if v is None]
        raise ToolInputError(missing[0], f"give at least three of {', '.join(_KEYS)} (got {count})")
    status, solutions, physical = kernels.solve_rotational_kinematics(known)
    knowns_text = ", ".join(
        f"{sym} = {qty(known[i], _UNITS[i])}" for i, sym in enumerate(_SYMBOLS) if not math.isnan(known[i])
    )
    if status == kernels.UNDERDETERMINED:
        missing = [k for k, v in zip(_KEYS, given, strict=True) if v is None]
        raise ToolInputError(
            missing[-1] if missing else "time", f"with {knowns_text} the motion is not determined; give another"
        )
    if status == kernels.NO_SOLUTION:
        raise ToolInputError(
            "angular_displacement" if angular_displacement is not None else "final_angular_velocity",
            f"no rotation with constant angular acceleration satisfies {knowns_text}",
        )
    if status == kernels.INCONSISTENT:
        raise ToolInputError(
            [k for k, v in zip(_KEYS, given, strict=True) if v is not None][-1],
            f"the knowns contradict each other ({knowns_text}); give exactly three",
        )
    states = [
        RotationState(
            angular_displacement=float(row[kernels.THETA]),
            initial_angular_velocity=float(row[kernels.OMEGA0]),
            final_angular_velocity=float(row[kernels.OMEGA]),
            angular_acceleration=float(row[kernels.ALPHA]),
            time=float(row[kernels.T]),
            revolutions=float(row[kernels.THETA]) / (2.0 * math.pi),
            physical=bool(flag),
        )
        for row, flag in zip(solutions, physical, strict=True)
    ]
    primary = next((s for s in states if s.physical), states[0])
    steps = [f"knowns: {knowns_text}", "ω = ω0 + α t", "θ = ω0 t + ½ α t²", "ω² = ω0² + 2 α θ"]
    for i, s in enumerate(states):
        label = f"solution {i + 1}: " if len(states) > 1 else ""
        flag_text = "" if s.physical else " (t < 0: not physical)"
        steps.append(
            f"{label}θ = {qty(s.angular_displacement, 'rad')} ({num(s.revolutions)} rev), "
            f"ω0 = {qty(s.initial_angular_velocity, 'rad/s')}, ω = {qty(s.final_angular_velocity, 'rad/s')}, "
            f"α = {qty(s.angular_acceleration, 'rad/s²')}, t = {qty(s.time, 's')}{flag_text}"
        )
    return RotationalKinematicsResult(
        solutions=states,
        physical_count=sum(s.physical for s in states),
        angular_displacement=primary.angular_displacement,
        initial_angular_velocity=primary.initial_angular_velocity,
        final_angular_velocity=primary.final_angular_velocity,
        angular_acceleration=primary.angular_acceleration,
        time=primary.time,
        steps=steps,
    )


class AngularSeriesResult(ToolResult):
    time: list[float]
    angle: list[float]
    angular_velocity: list[float]
    units: dict[str, str] = units(time="s", angle="rad", angular_velocity="rad/s")


@TOOLS.tool(title="Angular motion series (for plotting)")
def angular_motion_series(
    initial_angular_velocity: AngularVelocity,
    angular_acceleration: AngularAcceleration,
    duration: PositiveDuration,
    points: SeriesPoints = 100,
) -> AngularSeriesResult:
    """Sampled rotation with constant angular acceleration for plotting: time, angle θ(t) = ω0 t + ½ α t²
    and angular velocity ω(t) = ω0 + α t at `points` evenly spaced times from 0 to `duration`."""
    t, theta, omega = kernels.angular_motion_series(initial_angular_velocity, angular_acceleration, duration, points)
    steps = [
        "θ(t) = ω0 t + ½ α t², ω(t) = ω0 + α t",
        f"at t = {qty(duration, 's')}: θ = {qty(theta[-1], 'rad')}, ω = {qty(omega[-1], 'rad/s')}",
    ]
    return AngularSeriesResult(time=t.tolist(), angle=theta.tolist(), angular_velocity=omega.tolist(), steps=steps)


# --------------------------------------------------------------------------------------------
# Moments of inertia


class MomentOfInertiaResult(ToolResult):
    solved_for: str = Field(default="moment_of_inertia", description="the quantity that was left out")
    shape: str
    mass: float
    radius: float | None = Field(default=None, description="outer radius of a round shape")
    inner_radius: float | None = Field(default=None, description="inner radius of a thick-walled hollow shape")
    length: float | None = Field(default=None, description="length of a rod, or the plate's side a")
    width: float | None = Field(default=None, description="the plate's side b")
    moment_of_inertia_cm: float = Field(description="about the shape's own axis (rod_end: about its end)")
    axis_offset: float
    moment_of_inertia: float = Field(description="about the requested axis")
    rolling_factor: float | None = Field(default=None, description="β = I / (m R²) for round shapes")
    radius_of_gyration: float = Field(description="k = √(I / m)")
    units: dict[str, str] = units(
        mass="kg", radius="m", inner_radius="m", length="m", width="m", moment_of_inertia_cm="kg*m^2", axis_offset="m",
        moment_of_inertia="kg*m^2", rolling_factor="", radius_of_gyration="m",
    )  # fmt: skip


def _sizes_of(code: int) -> tuple[str, ...]:
    """The dimensions a shape's formula takes."""
    if code in (kernels.ROD_CENTER, kernels.ROD_END):
        return ("length",)
    return ("length", "width") if code == kernels.RECTANGULAR_PLATE else ("radius",)


def _shape_dimensions(
    shape: str, radius: float | None, inner_radius: float | None, length: float | None, width: float | None
) -> tuple[float, float, float, float]:
    """(R, r, L, w) for the kernel, checking the shape gets the dimensions it needs."""
    code = _SHAPE_CODES[shape]
    if code in (kernels.ROD_CENTER, kernels.ROD_END, kernels.RECTANGULAR_PLATE):
        if length is None:
            raise ToolInputError("length", f"needed for a {shape}")
        if code == kernels.RECTANGULAR_PLATE and width is None:
            raise ToolInputError("width", "needed for a rectangular_plate (sides length × width)")
        return 0.0, 0.0, length, width or 0.0
    if radius is None:
        raise ToolInputError("radius", f"needed for a {shape}")
    _check_inner_radius(shape, inner_radius)
    if inner_radius is not None:
        if inner_radius > radius:
            raise ToolInputError("inner_radius", f"{inner_radius:g} m is larger than the outer radius {radius:g} m")
        return radius, inner_radius, 0.0, 0.0
    # Hollow shapes without an inner radius are thin-walled.
    return radius, radius, 0.0, 0.0


def _check_inner_radius(shape: str, inner_radius: float | None) -> None:
    if inner_radius is not None and _SHAPE_CODES[shape] not in (kernels.HOLLOW_CYLINDER, kernels.HOLLOW_SPHERE):
        raise ToolInputError("inner_radius", f"only for hollow shapes, not a {shape}")


def _inertia_formula(code: int, inner: float, outer: float) -> str:
    if code == kernels.HOLLOW_CYLINDER:
        return "I = m R² (thin wall)" if inner == outer else "I = ½ m (R² + r²)"
    if code == kernels.HOLLOW_SPHERE:
        return "I = ⅔ m R² (thin shell)" if inner == outer else "I = ⅖ m (R⁵ - r⁵) / (R³ - r³)"
    return _FORMULAS[code]


# The formula rearranged for the size, for shapes whose I/m is a fixed multiple c of the size squared.
_SIZE_FORMULAS = {
    kernels.ROD_CENTER: "L = √(12 I / m)",
    kernels.ROD_END: "L = √(3 I / m)",
    kernels.SOLID_CYLINDER: "R = √(2 I / m)",
    kernels.THIN_HOOP: "R = √(I / m)",
    kernels.SOLID_SPHERE: "R = √(5 I / (2 m))",
    kernels.HOLLOW_CYLINDER: "R = √(I / m) (thin wall)",
    kernels.HOLLOW_SPHERE: "R = √(3 I / (2 m)) (thin shell)",
}


def _size_for_inertia(
    shape: str, per_kg: float, inner_radius: float | None, length: float | None, width: float | None, unknown: str
) -> tuple[float, str]:
    """The one size (radius, length or width) at which the shape has I_cm / m = per_kg, and the step."""
    code = _SHAPE_CODES[shape]
    if code == kernels.RECTANGULAR_PLATE:
        other, other_name = (width, "width") if unknown == "length" else (length, "length")
        assert other is not None
        squared = 12.0 * per_kg - other * other
        if squared <= 0:
            raise ToolInputError(
                "moment_of_inertia",
                f"too small for a plate with a {other_name} of {other:g} m: that side alone gives I/m = "
                f"{other * other / 12:.4g} m²",
            )
        size = math.sqrt(squared)
        symbol, known = ("a", "b") if unknown == "length" else ("b", "a")
        return size, f"{symbol} = √(12 I / m - {known}²) = √(12 × {num(per_kg)} - {num(other)}²) = {qty(size, 'm')}"
    if inner_radius is not None:
        size = kernels.hollow_outer_radius(code, per_kg, inner_radius)
        if math.isnan(size):
            thinnest = kernels.moment_of_inertia(code, 1.0, inner_radius, inner_radius, 0.0, 0.0)
            raise ToolInputError(
                "moment_of_inertia",
                f"too small for a {shape} with an inner radius of {inner_radius:g} m: even the thinnest wall "
                f"(R = r) gives I/m = {thinnest:.4g} m²",
            )
        how = "R = √(2 I / m - r²)" if code == kernels.HOLLOW_CYLINDER else "R solves ⅖ (R⁵ - r⁵) / (R³ - r³) = I / m"
        return size, f"{how} = {qty(size, 'm')}"
    # I/m = c s² (rods: s = L; round shapes: s = R, thin-walled when hollow)
    c = kernels.moment_of_inertia(code, 1.0, 1.0, 1.0, 1.0, 0.0)
    size = math.sqrt(per_kg / c)
    return size, f"{_SIZE_FORMULAS[code]} = √({num(1.0 / c)} × {qty(per_kg, 'm²')}) = {qty(size, 'm')}"


@TOOLS.tool(title="Moment of inertia by shape (parallel-axis theorem)")
def moment_of_inertia(
    shape: Shape,
    mass: Mass | None = None,
    radius: Radius | None = None,
    inner_radius: InnerRadius | None = None,
    length: Length | None = None,
    width: Length | None = None,
    axis_offset: AxisOffset = 0.0,
    moment_of_inertia: MomentOfInertia | None = None,
) -> MomentOfInertiaResult:
    """Moment of inertia of a uniform body by shape, or the mass or a size from a moment of inertia.
    rod_center (m L²/12) and rod_end (m L²/3) need length; solid_disk / solid_cylinder (½ m R²),
    thin_hoop / ring (m R²), solid_sphere (⅖ m R²) need radius; hollow_cylinder (½ m (R² + r²),
    thin wall m R²) and hollow_sphere (thin shell ⅔ m R²) take an optional inner_radius;
    rectangular_plate (m (a² + b²)/12, axis perpendicular through the centre) needs length and
    width. axis_offset moves the axis parallel to itself by d from the centre of mass:
    I = I_cm + m d² (parallel-axis theorem). Give moment_of_inertia and leave out one of the mass
    and the shape's sizes (radius; length; length or width) to solve for it: a flywheel's mass from
    its I and radius, a hoop's radius from its I and mass (a hollow shape's outer radius for a given
    inner_radius)."""
    code = _SHAPE_CODES[shape]
    if code == kernels.ROD_END and axis_offset:
        raise ToolInputError(
            "axis_offset", "the parallel-axis theorem starts from the centre of mass: use rod_center with axis_offset"
        )
    _check_inner_radius(shape, inner_radius)
    given: dict[str, float | None] = {"radius": radius, "length": length, "width": width}
    names = ("mass", *_sizes_of(code), "moment_of_inertia")
    solved = only_missing(
        names, (mass, *(given[n] for n in _sizes_of(code)), moment_of_inertia), _inertia_formula(code, 0.0, 1.0)
    )
    steps: list[str] = []
    if solved == "mass":
        assert moment_of_inertia is not None
        big, small, length_, width_ = _shape_dimensions(shape, radius, inner_radius, length, width)
        per_kg = kernels.parallel_axis(
            kernels.moment_of_inertia(code, 1.0, big, small, length_, width_), 1.0, axis_offset
        )
        mass = moment_of_inertia / per_kg
        about = " + d²" if axis_offset else ""
        steps.append(f"{_inertia_formula(code, small, big)}{about}: I / m = {qty(per_kg, 'm²')} for these sizes")
        steps.append(f"m = I / (I / m) = {qty(moment_of_inertia, 'kg·m²')} / {qty(per_kg, 'm²')} = {qty(mass, 'kg')}")
    elif solved != "moment_of_inertia":
        assert mass is not None and moment_of_inertia is not None
        per_kg = moment_of_inertia / mass - axis_offset * axis_offset
        if per_kg <= 0:
            raise ToolInputError(
                "moment_of_inertia",
                f"{moment_of_inertia:g} kg·m² is no more than m d² = {mass * axis_offset**2:.4g} kg·m², the "
                "parallel-axis term alone: no size fits",
            )
        if axis_offset:
            steps.append(f"I_cm = I - m d² = {num(moment_of_inertia)} - {num(mass)} × {num(axis_offset)}² = "
                         f"{qty(per_kg * mass, 'kg·m²')}")  # fmt: skip
        size, step = _size_for_inertia(shape, per_kg, inner_radius, length, width, solved)
        given[solved] = size
        radius, length, width = given["radius"], given["length"], given["width"]
        steps += [
            f"{_inertia_formula(code, 1.0 if inner_radius is None else 0.0, 1.0)}, I_cm / m = {qty(per_kg, 'm²')}",
            step,
        ]
    assert mass is not None
    big, small, length_, width_ = _shape_dimensions(shape, radius, inner_radius, length, width)
    i_cm = kernels.moment_of_inertia(code, mass, big, small, length_, width_)
    i = kernels.parallel_axis(i_cm, mass, axis_offset) if moment_of_inertia is None else moment_of_inertia
    if solved == "moment_of_inertia":
        steps.append(f"{_inertia_formula(code, small, big)} = {qty(i_cm, 'kg·m²')}")
        if axis_offset:
            steps.append(f"I = I_cm + m d² = {num(i_cm)} + {num(mass)} × {num(axis_offset)}² = {qty(i, 'kg·m²')}")
    beta = None
    if big > 0:
        beta = i_cm / (mass * big * big)
    return MomentOfInertiaResult(
        solved_for=solved,
        shape=shape,
        mass=mass,
        radius=radius if big > 0 else None,
        inner_radius=inner_radius if big > 0 else None,
        length=length if big == 0 else None,
        width=width if code == kernels.RECTANGULAR_PLATE else None,
        moment_of_inertia_cm=i_cm,
        axis_offset=axis_offset,
        moment_of_inertia=i,
        rolling_factor=beta,
        radius_of_gyration=math.sqrt(i / mass),
        steps=steps,
    )


class PointMassesInertiaResult(ToolResult):
    moment_of_inertia: float
    contributions: list[float]
    total_mass: float
    units: dict[str, str] = units(moment_of_inertia="kg*m^2", contributions="kg*m^2", total_mass="kg")


@TOOLS.tool(title="Moment of inertia of point masses")
def moment_of_inertia_point_masses(masses: ValueArray, distances: ValueArray) -> PointMassesInertiaResult:
    """Moment of inertia of point masses (kg) at perpendicular distances (m) from the axis: I = Σ m r².
    Add it to moment_of_inertia results for composite bodies (e.g. a rod with masses on it)."""
    m = np.asarray(masses, dtype=np.float64)
    r = np.asarray(distances, dtype=np.float64)
    if r.shape != m.shape:
        raise ToolInputError("distances", f"has {r.shape[0]} values; masses has {m.shape[0]}")
    bad = np.flatnonzero(~(m > 0))
    if bad.size:
        raise ToolInputError("masses", f"item {int(bad[0])} must be > 0, got {m[bad[0]]:g}")
    bad = np.flatnonzero(r < 0)
    if bad.size:
        raise ToolInputError("distances", f"item {int(bad[0])} must be >= 0, got {r[bad[0]]:g}")
    i = kernels.point_masses_inertia(m, r)
    parts = (m * r * r).tolist()
    terms = " + ".join(f"{num(a)}×{num(b)}²" for a, b in zip(m[:6], r[:6], strict=True))
    steps = [f"I = Σ m r² = {terms}{' + …' if m.shape[0] > 6 else ''} = {qty(i, 'kg·m²')}"]
    return PointMassesInertiaResult(moment_of_inertia=i, contributions=parts, total_mass=float(m.sum()), steps=steps)


# --------------------------------------------------------------------------------------------
# Torque


class TorqueResult(ToolResult):
    torque: float = Field(description="+ counter-clockwise")
    lever_arm: float
    force: float
    angle: float
    moment_arm: float = Field(description="perpendicular distance r sin θ from the axis to the line of the force")
    perpendicular_force: float = Field(description="F sin θ")
    units: dict[str, str] = units(
        torque="N*m", lever_arm="m", force="N", angle="rad", moment_arm="m", perpendicular_force="N"
    )


@TOOLS.tool(title="Torque")
def torque(lever_arm: LeverArm, force: Force, angle: Angle = math.pi / 2) -> TorqueResult:
    """Torque of a force about an axis: τ = r F sin θ, with r the distance from the axis to where the
    force acts and θ the angle from the lever arm to the force (default 90°, a perpendicular push).
    Positive = counter-clockwise."""
    tau = kernels.torque(lever_arm, force, angle)
    steps = [
        f"τ = r F sin θ = {qty(lever_arm, 'm')} × {qty(force, 'N')} × sin({num(math.degrees(angle))}°) = "
        f"{qty(tau, 'N·m')}"
    ]
    return TorqueResult(
        torque=tau,
        lever_arm=lever_arm,
        force=force,
        angle=angle,
        moment_arm=lever_arm * abs(math.sin(angle)),
        perpendicular_force=force * math.sin(angle),
        steps=steps,
    )


class SecondLawResult(ToolResult):
    solved_for: str
    torque: float
    moment_of_inertia: float
    angular_acceleration: float
    units: dict[str, str] = units(torque="N*m", moment_of_inertia="kg*m^2", angular_acceleration="rad/s^2")


@TOOLS.tool(title="Newton's second law for rotation (τ = I α)")
def rotational_second_law(
    torque: Torque | None = None,
    moment_of_inertia: MomentOfInertia | None = None,
    angular_acceleration: AngularAcceleration | None = None,
) -> SecondLawResult:
    """Newton's second law for rotation about a fixed axis: τ_net = I α. Give two of torque,
    moment_of_inertia and angular_acceleration; the third is solved for."""
    solved = only_missing(
        ("torque", "moment_of_inertia", "angular_acceleration"), (torque, moment_of_inertia, angular_acceleration),
        "τ = I α",
    )  # fmt: skip
    if solved == "torque":
        assert moment_of_inertia is not None and angular_acceleration is not None
        tau, i, alpha = moment_of_inertia * angular_acceleration, moment_of_inertia, angular_acceleration
        steps = [f"τ = I α = {qty(i, 'kg·m²')} × {qty(alpha, 'rad/s²')} = {qty(tau, 'N·m')}"]
    elif solved == "angular_acceleration":
        assert torque is not None and moment_of_inertia is not None
        tau, i, alpha = torque, moment_of_inertia, torque / moment_of_inertia
        steps = [f"α = τ / I = {qty(tau, 'N·m')} / {qty(i, 'kg·m²')} = {qty(alpha, 'rad/s²')}"]
    else:
        assert torque is not None and angular_acceleration is not None
        if angular_acceleration == 0 or torque / angular_acceleration <= 0:
            raise ToolInputError(
                "angular_acceleration", "must be non-zero and in the direction of the torque to find I"
            )
        tau, alpha = torque, angular_acceleration
        i = tau / alpha
        steps = [f"I = τ / α = {qty(tau, 'N·m')} / {qty(alpha, 'rad/s²')} = {qty(i, 'kg·m²')}"]
    return SecondLawResult(solved_for=solved, torque=tau, moment_of_inertia=i, angular_acceleration=alpha, steps=steps)


Sense = Literal["counter-clockwise", "clockwise", "balanced"]


class NetTorqueResult(ToolResult):
    torques: list[float] = Field(description="torque of each force, + counter-clockwise")
    net_torque: float
    rotates: Sense
    moment_of_inertia: float | None = None
    angular_acceleration: float | None = None
    units: dict[str, str] = units(
        torques="N*m", net_torque="N*m", moment_of_inertia="kg*m^2", angular_acceleration="rad/s^2"
    )


@TOOLS.tool(title="Net torque of several forces")
def net_torque(
    lever_arms: ValueArray,
    forces: ValueArray,
    angles_deg: ValueArray | None = None,
    moment_of_inertia: MomentOfInertia | None = None,
) -> NetTorqueResult:
    """Sum of the torques of several forces about one axis: τ_i = r_i F_i sin θ_i, τ_net = Σ τ_i
    (positive = counter-clockwise). lever_arms in m (>= 0), forces in N, angles_deg in DEGREES from
    each lever arm to its force (default 90 for all; 270 or a negative force turns clockwise). With
    moment_of_inertia, the angular acceleration α = τ_net / I. Balanced torques mean rotational
    equilibrium (a see-saw that does not tip)."""
    r = np.asarray(lever_arms, dtype=np.float64)
    f = np.asarray(forces, dtype=np.float64)
    n = r.shape[0]
    if f.shape[0] != n:
        raise ToolInputError("forces", f"has {f.shape[0]} values; lever_arms has {n}")
    if angles_deg is not None and len(angles_deg) != n:
        raise ToolInputError("angles_deg", f"has {len(angles_deg)} values; lever_arms has {n}")
    bad = np.flatnonzero(r < 0)
    if bad.size:
        raise ToolInputError("lever_arms", f"item {int(bad[0])} must be >= 0, got {r[bad[0]]:g}")
    angles = np.full(n, math.pi / 2) if angles_deg is None else np.radians(np.asarray(angles_deg, dtype=np.float64))
    each, total = kernels.torques(r, f, angles)
    scale = float(np.sum(np.abs(each))) or 1.0
    sense: Sense = "balanced" if abs(total) <= 1e-12 * scale else ("counter-clockwise" if total > 0 else "clockwise")
    steps = [
        f"τ{i + 1} = {num(r[i])} × {num(f[i])} × sin({num(math.degrees(angles[i]))}°) = {qty(each[i], 'N·m')}"
        for i in range(min(n, 10))
    ]
    if n > 10:
        steps.append(f"… {n - 10} more")
    steps.append(f"τ_net = Σ τ = {qty(total, 'N·m')} ({sense})")
    result = NetTorqueResult(torques=each.tolist(), net_torque=total, rotates=sense, steps=steps)
    if moment_of_inertia is not None:
        result.moment_of_inertia = moment_of_inertia
        result.angular_acceleration = total / moment_of_inertia
        steps.append(
            f"α = τ_net / I = {num(total)} / {num(moment_of_inertia)} = {qty(result.angular_acceleration, 'rad/s²')}"
        )
    return result


# --------------------------------------------------------------------------------------------
# Angular momentum, rotational energy, angular impulse


class AngularMomentumResult(ToolResult):
    solved_for: str
    moment_of_inertia: float
    angular_velocity: float
    angular_momentum: float
    rotational_kinetic_energy: float
    units: dict[str, str] = units(
        moment_of_inertia="kg*m^2", angular_velocity="rad/s", angular_momentum="kg*m^2/s", rotational_kinetic_energy="J"
    )


@TOOLS.tool(title="Angular momentum (L = I ω)")
def angular_momentum(
    moment_of_inertia: MomentOfInertia | None = None,
    angular_velocity: AngularVelocity | None = None,
    angular_momentum: AngularMomentum | None = None,
) -> AngularMomentumResult:
    """Angular momentum of a body rotating about a fixed axis: L = I ω (signed, + counter-clockwise).
    Give two of moment_of_inertia, angular_velocity ("300 rpm" works) and angular_momentum; the third
    is solved for. (A point mass m moving at v at distance r: use I = m r², or L = m v r.)"""
    solved = only_missing(
        ("moment_of_inertia", "angular_velocity", "angular_momentum"),
        (moment_of_inertia, angular_velocity, angular_momentum),
        "L = I ω",
    )
    if solved == "angular_momentum":
        assert moment_of_inertia is not None and angular_velocity is not None
        i, w = moment_of_inertia, angular_velocity
        ell = i * w
        steps = [f"L = I ω = {qty(i, 'kg·m²')} × {qty(w, 'rad/s')} = {qty(ell, 'kg·m²/s')}"]
    elif solved == "angular_velocity":
        assert moment_of_inertia is not None and angular_momentum is not None
        i, ell = moment_of_inertia, angular_momentum
        w = ell / i
        steps = [f"ω = L / I = {qty(ell, 'kg·m²/s')} / {qty(i, 'kg·m²')} = {qty(w, 'rad/s')}"]
    else:
        assert angular_velocity is not None and angular_momentum is not None
        if angular_velocity == 0 or angular_momentum / angular_velocity <= 0:
            raise ToolInputError("angular_velocity", "must be non-zero and in the sense of L to find I")
        w, ell = angular_velocity, angular_momentum
        i = ell / w
        steps = [f"I = L / ω = {qty(ell, 'kg·m²/s')} / {qty(w, 'rad/s')} = {qty(i, 'kg·m²')}"]
    return AngularMomentumResult(
        solved_for=solved,
        moment_of_inertia=i,
        angular_velocity=w,
        angular_momentum=ell,
        rotational_kinetic_energy=kernels.rotational_kinetic_energy(i, w),
        steps=steps,
    )


class AngularMomentumConservationResult(ToolResult):
    solved_for: str
    initial_moment_of_inertia: float
    initial_angular_velocity: float
    final_moment_of_inertia: float
    final_angular_velocity: float
    angular_momentum: float = Field(description="the same before and after")
    initial_kinetic_energy: float
    final_kinetic_energy: float
    kinetic_energy_change: float = Field(description="> 0: work done by the body's muscles (arms pulled in)")
    initial_rpm: float
    final_rpm: float
    units: dict[str, str] = units(
        initial_moment_of_inertia="kg*m^2", initial_angular_velocity="rad/s", final_moment_of_inertia="kg*m^2",
        final_angular_velocity="rad/s", angular_momentum="kg*m^2/s", initial_kinetic_energy="J",
        final_kinetic_energy="J", kinetic_energy_change="J", initial_rpm="rpm", final_rpm="rpm",
    )  # fmt: skip


@TOOLS.tool(title="Conservation of angular momentum (spinning skater)")
def angular_momentum_conservation(
    initial_moment_of_inertia: MomentOfInertia,
    initial_angular_velocity: AngularVelocity,
    final_moment_of_inertia: MomentOfInertia | None = None,
    final_angular_velocity: AngularVelocity | None = None,
) -> AngularMomentumConservationResult:
    """With no external torque angular momentum is conserved: I1 ω1 = I2 ω2 (a skater pulling in her
    arms spins faster; a child jumping onto a merry-go-round slows it). Give the initial moment of
    inertia and angular velocity and one of the final ones; the other is solved for. Kinetic energy is
    NOT conserved: ½ I ω² changes by the work the body does on itself."""
    solved = only_missing(
        ("final_moment_of_inertia", "final_angular_velocity"),
        (final_moment_of_inertia, final_angular_velocity),
        "I1 ω1 = I2 ω2",
    )
    i1, w1 = initial_moment_of_inertia, initial_angular_velocity
    ell = i1 * w1
    if solved == "final_angular_velocity":
        assert final_moment_of_inertia is not None
        i2 = final_moment_of_inertia
        w2 = kernels.conserved_angular_velocity(i1, w1, i2)
        steps = [f"ω2 = I1 ω1 / I2 = {num(i1)} × {num(w1)} / {num(i2)} = {qty(w2, 'rad/s')}"]
    else:
        assert final_angular_velocity is not None
        w2 = final_angular_velocity
        if w2 == 0 or ell / w2 <= 0:
            raise ToolInputError(
                "final_angular_velocity", "must be non-zero and in the same sense as the initial spin (L is conserved)"
            )
        i2 = ell / w2
        steps = [f"I2 = I1 ω1 / ω2 = {num(i1)} × {num(w1)} / {num(w2)} = {qty(i2, 'kg·m²')}"]
    ke1 = kernels.rotational_kinetic_energy(i1, w1)
    ke2 = kernels.rotational_kinetic_energy(i2, w2)
    steps.insert(0, f"L = I1 ω1 = {qty(ell, 'kg·m²/s')} (conserved)")
    steps.append(f"KE: ½ I1 ω1² = {qty(ke1, 'J')} → ½ I2 ω2² = {qty(ke2, 'J')} (change {qty(ke2 - ke1, 'J')})")
    return AngularMomentumConservationResult(
        solved_for=solved,
        initial_moment_of_inertia=i1,
        initial_angular_velocity=w1,
        final_moment_of_inertia=i2,
        final_angular_velocity=w2,
        angular_momentum=ell,
        initial_kinetic_energy=ke1,
        final_kinetic_energy=ke2,
        kinetic_energy_change=ke2 - ke1,
        initial_rpm=_rpm(w1),
        final_rpm=_rpm(w2),
        steps=steps,
    )


ROTATIONAL_ENERGY = HalfSquare(
    ("moment_of_inertia", "angular_velocity", "kinetic_energy"), ("I", "ω", "KE"), ("kg·m²", "rad/s", "J")
)


class RotationalKEResult(ToolResult):
    solved_for: str
    moment_of_inertia: float
    angular_velocity: float
    kinetic_energy: float
    units: dict[str, str] = units(moment_of_inertia="kg*m^2", angular_velocity="rad/s", kinetic_energy="J")


@TOOLS.tool(title="Rotational kinetic energy")
def rotational_kinetic_energy(
    moment_of_inertia: MomentOfInertia | None = None,
    angular_velocity: AngularVelocity | None = None,
    kinetic_energy: Energy | None = None,
) -> RotationalKEResult:
    """Kinetic energy of rotation KE = ½ I ω² (a flywheel, a spinning wheel). Give two of
    moment_of_inertia, angular_velocity ("3000 rpm" works) and kinetic_energy; the third is solved
    for (ω comes out positive)."""
    solved, i, w, ke, step = ROTATIONAL_ENERGY.solve(moment_of_inertia, angular_velocity, kinetic_energy)
    steps = [step]
    return RotationalKEResult(
        solved_for=solved, moment_of_inertia=i, angular_velocity=w, kinetic_energy=ke, steps=steps
    )


class AngularImpulseResult(ToolResult):
    angular_impulse: float = Field(description="τ Δt = ΔL")
    torque: float | None = Field(default=None, description="(average) torque")
    duration: float | None = None
    moment_of_inertia: float | None = None
    initial_angular_velocity: float | None = None
    final_angular_velocity: float | None = None
    units: dict[str, str] = units(
        angular_impulse="N*m*s", torque="N*m", duration="s", moment_of_inertia="kg*m^2",
        initial_angular_velocity="rad/s", final_angular_velocity="rad/s",
    )  # fmt: skip


@TOOLS.tool(title="Angular impulse (τ Δt = ΔL)")
def angular_impulse(
    torque: Torque | None = None,
    duration: Duration | None = None,
    moment_of_inertia: MomentOfInertia | None = None,
    initial_angular_velocity: AngularVelocity | None = None,
    final_angular_velocity: AngularVelocity | None = None,
) -> AngularImpulseResult:
    """Angular impulse-momentum theorem: τ Δt = ΔL = I (ω - ω0). Either give torque and duration (and
    moment_of_inertia with initial_angular_velocity to get the final one), or give moment_of_inertia,
    initial and final angular velocity (and duration for the average torque, or torque for the time)."""
    steps: list[str] = []
    if torque is not None and duration is not None:
        dl = torque * duration
        steps.append(f"ΔL = τ Δt = {qty(torque, 'N·m')} × {qty(duration, 's')} = {qty(dl, 'N·m·s')}")
        result = AngularImpulseResult(angular_impulse=dl, torque=torque, duration=duration, steps=steps)
        if moment_of_inertia is not None and initial_angular_velocity is not None:
            if final_angular_velocity is not None:
                raise ToolInputError("final_angular_velocity", "over-determined: it follows from τ Δt = I (ω - ω0)")
            w = initial_angular_velocity + dl / moment_of_inertia
            steps.append(f"ω = ω0 + ΔL / I = {num(initial_angular_velocity)} + {num(dl)} / {num(moment_of_inertia)} = "
                         f"{qty(w, 'rad/s')}")  # fmt: skip
            result.moment_of_inertia = moment_of_inertia
            result.initial_angular_velocity = initial_angular_velocity
            result.final_angular_velocity = w
        elif moment_of_inertia is not None or initial_angular_velocity is not None:
            raise ToolInputError(
                "initial_angular_velocity" if moment_of_inertia is not None else "moment_of_inertia",
                "to get the final angular velocity give both moment_of_inertia and initial_angular_velocity",
            )
        return result
    if moment_of_inertia is None or initial_angular_velocity is None or final_angular_velocity is None:
        missing = next(n for n, v in (("moment_of_inertia", moment_of_inertia),
                                      ("initial_angular_velocity", initial_angular_velocity),
                                      ("final_angular_velocity", final_angular_velocity)) if v is None)  # fmt: skip
        raise ToolInputError(
            "torque" if torque is None and duration is None else missing,
            "give torque and duration, or moment_of_inertia with initial and final angular velocity",
        )
    dl = moment_of_inertia * (final_angular_velocity - initial_angular_velocity)
    steps.append(f"ΔL = I (ω - ω0) = {num(moment_of_inertia)} × ({num(final_angular_velocity)} - "
                 f"{num(initial_angular_velocity)}) = {qty(dl, 'N·m·s')}")  # fmt: skip
    result = AngularImpulseResult(
        angular_impulse=dl,
        moment_of_inertia=moment_of_inertia,
        initial_angular_velocity=initial_angular_velocity,
        final_angular_velocity=final_angular_velocity,
        steps=steps,
    )
    if duration is not None:
        if duration == 0:
            raise ToolInputError("duration", "must be > 0 to find the average torque")
        result.duration, result.torque = duration, dl / duration
        steps.append(f"τ_avg = ΔL / Δt = {num(dl)} / {num(duration)} = {qty(result.torque, 'N·m')}")
    elif torque is not None:
        if torque == 0 or dl / torque < 0:
            raise ToolInputError("torque", "must be non-zero and in the sense of the change of angular momentum")
        result.torque, result.duration = torque, dl / torque
        steps.append(f"Δt = ΔL / τ = {num(dl)} / {num(torque)} = {qty(result.duration, 's')}")
    return result


# --------------------------------------------------------------------------------------------
# Rolling without slipping


def _rolling_beta(shape: str, radius: float | None, inner_radius: float | None) -> float:
    code = _SHAPE_CODES[shape]
    if inner_radius is None:
        ratio = 1.0  # hollow shapes without an inner radius are thin-walled
    else:
        if code not in (kernels.HOLLOW_CYLINDER, kernels.HOLLOW_SPHERE):
            raise ToolInputError("inner_radius", f"only for hollow shapes, not a {shape}")
        if radius is None:
            raise ToolInputError("radius", "needed with inner_radius (only the ratio r/R matters)")
        if inner_radius > radius:
            raise ToolInputError("inner_radius", f"{inner_radius:g} m is larger than the outer radius {radius:g} m")
        ratio = inner_radius / radius
    return kernels.rolling_factor(code, ratio)


def _check_incline(angle: float) -> None:
    if not 0 < angle <= math.pi / 2:
        raise ToolInputError("angle", f"must be between 0 and 90 deg, got {math.degrees(angle):.4g} deg")


class RollingResult(ToolResult):
    shape: str
    rolling_factor: float = Field(description="β = I / (m R²)")
    acceleration: float | None = Field(description="along the incline: g sin θ / (1 + β); needs angle")
    height: float
    incline_length: float | None = Field(description="needs angle")
    speed_at_bottom: float
    time_to_bottom: float | None = Field(description="needs angle")
    sliding_speed_without_friction: float = Field(description="√(2 g h), for comparison")
    minimum_static_friction: float | None = Field(
        description="least mu_s for rolling without slipping: β tan θ / (1 + β); needs angle"
    )
    rolls_without_slipping: bool | None = Field(default=None, description="needs mu_static")
    angular_velocity_at_bottom: float | None = Field(default=None, description="needs radius")
    translational_kinetic_energy: float | None = Field(default=None, description="needs mass")
    rotational_kinetic_energy: float | None = Field(default=None, description="needs mass")
    units: dict[str, str] = units(
        rolling_factor="", acceleration="m/s^2", height="m", incline_length="m", speed_at_bottom="m/s",
        time_to_bottom="s", sliding_speed_without_friction="m/s", minimum_static_friction="",
        angular_velocity_at_bottom="rad/s", translational_kinetic_energy="J", rotational_kinetic_energy="J",
    )  # fmt: skip


@TOOLS.tool(title="Rolling down an incline")
def rolling_down_incline(
    shape: RollingShape,
    angle: InclineAngle | None = None,
    height: Distance | None = None,
    length: Distance | None = None,
    radius: Radius | None = None,
    inner_radius: InnerRadius | None = None,
    mass: Mass | None = None,
    mu_static: Annotated[float, Field(ge=0, le=10)] | None = None,
    g: GravityField = G_TEXTBOOK,
) -> RollingResult:
    """A round body rolls from rest without slipping down an incline: a = g sin θ / (1 + β) and
    v = √(2 g h / (1 + β)) with β = I / (m R²) (solid_sphere ⅖, solid_disk/solid_cylinder ½, thin_hoop/ring
    and thin hollow_cylinder 1, thin hollow_sphere ⅔), independent of mass and radius. Give the drop
    height, or the length along the slope with the angle. The speed at the bottom depends only on
    the height, so the angle may be omitted then; the acceleration, the time, the length along the
    slope and the friction needed come back only with the angle (null without it). With radius: ω at
    the bottom; with mass: the translational/rotational energy split; with mu_static (needs the
    angle): whether it really rolls without slipping."""
    if angle is not None:
        _check_incline(angle)
    if (height is None) == (length is None):
        raise ToolInputError("height", "give either height (vertical drop) or length (along the incline)")
    if height is None:
        assert length is not None
        if angle is None:
            raise ToolInputError("angle", "needed to turn the length along the incline into a height")
        height = length * math.sin(angle)
    if height <= 0:
        raise ToolInputError("height" if length is None else "length", "must be > 0")
    if mu_static is not None and angle is None:
        raise ToolInputError("angle", "needed to decide whether mu_static is enough to roll without slipping")
    beta = _rolling_beta(shape, radius, inner_radius)
    v = kernels.rolling_speed(beta, height, g)
    steps = [
        f"β = I / (m R²) = {num(beta)} for a {shape}",
        f"m g h = ½ m v² (1 + β) → v = √(2 g h / (1 + β)) = √(2 × {num(g)} × {num(height)} / {num(1 + beta)}) = "
        f"{qty(v, 'm/s')}",
    ]
    result = RollingResult(
        shape=shape,
        rolling_factor=beta,
        acceleration=None,
        height=height,
        incline_length=None,
        speed_at_bottom=v,
        time_to_bottom=None,
        sliding_speed_without_friction=math.sqrt(2 * g * height),
        minimum_static_friction=None,
        steps=steps,
    )
    if angle is None:
        steps.append("the speed at the bottom does not depend on the angle; acceleration and time need it")
    else:
        incline_length = height / math.sin(angle)
        a = kernels.rolling_acceleration(beta, angle, g)
        t = math.sqrt(2 * incline_length / a)
        mu_needed = kernels.rolling_friction_needed(beta, angle)
        result.acceleration, result.incline_length, result.time_to_bottom = a, incline_length, t
        result.minimum_static_friction = mu_needed
        steps[1:1] = [
            f"a = g sin θ / (1 + β) = {num(g)} × sin({num(math.degrees(angle))}°) / {num(1 + beta)} = {qty(a, 'm/s²')}"
        ]
        steps += [
            f"t = √(2 L / a) = √(2 × {num(incline_length)} / {num(a)}) = {qty(t, 's')}",
            f"rolling without slipping needs mu_s >= β tan θ / (1 + β) = {num(mu_needed)}",
        ]
        if mu_static is not None:
            result.rolls_without_slipping = mu_static >= mu_needed
            if not result.rolls_without_slipping:
                steps.append(
                    f"mu_s = {num(mu_static)} is too small: the body slips, so these rolling results do not apply"
                )
    if radius is not None:
        result.angular_velocity_at_bottom = v / radius
        steps.append(f"ω = v / R = {num(v)} / {num(radius)} = {qty(v / radius, 'rad/s')}")
    if mass is not None:
        result.translational_kinetic_energy = 0.5 * mass * v * v
        result.rotational_kinetic_energy = 0.5 * beta * mass * v * v
        steps.append(f"KE: translational ½ m v² = {qty(result.translational_kinetic_energy, 'J')}, rotational "
                     f"½ β m v² = {qty(result.rotational_kinetic_energy, 'J')}")  # fmt: skip
    return result


class RaceEntry(BaseModel):
    shape: str
    rolling_factor: float
    acceleration: float
    speed_at_bottom: float
    time_to_bottom: float
    place: int = Field(description="1 = arrives first")


class RollingRaceResult(ToolResult):
    entries: list[RaceEntry] = Field(description="in finishing order")
    winner: str
    height: float
    angle: float
    units: dict[str, str] = units(
        rolling_factor="", acceleration="m/s^2", speed_at_bottom="m/s", time_to_bottom="s", height="m", angle="rad"
    )


@TOOLS.tool(title="Rolling race down an incline (which shape wins)")
def rolling_race(
    angle: InclineAngle,
    height: Distance,
    shapes: Annotated[list[RollingShape], Field(min_length=1, max_length=10)] | None = None,
    g: GravityField = G_TEXTBOOK,
) -> RollingRaceResult:
    """Race round bodies released together from rest down the same incline, rolling without slipping.
    The one with the smallest β = I / (m R²) wins whatever the masses and radii: solid sphere (⅖) beats
    solid disk/cylinder (½), which beats hollow sphere (⅔), which beats hoop/ring/thin hollow cylinder (1).
    Hollow shapes are thin-walled here. shapes defaults to solid_sphere, solid_disk and thin_hoop."""
    _check_incline(angle)
    if shapes is None:
        shapes = ["solid_sphere", "solid_disk", "thin_hoop"]
    if height <= 0:
        raise ToolInputError("height", "must be > 0")
    betas = np.array([_rolling_beta(s, None, None) for s in shapes], dtype=np.float64)
    accelerations, times, speeds = kernels.rolling_race(betas, height, angle, g)
    order = np.argsort(times, kind="stable")
    entries = []
    for place, i in enumerate(order, start=1):
        entries.append(
            RaceEntry(
                shape=shapes[i],
                rolling_factor=float(betas[i]),
                acceleration=float(accelerations[i]),
                speed_at_bottom=float(speeds[i]),
                time_to_bottom=float(times[i]),
                place=place,
            )
        )
    steps = ["a = g sin θ / (1 + β), v = √(2 g h / (1 + β)): smaller β (less inertia per m R²) is faster"]
    steps += [
        f"{e.place}. {e.shape}: β = {num(e.rolling_factor)}, t = {qty(e.time_to_bottom, 's')}, "
        f"v = {qty(e.speed_at_bottom, 'm/s')}"
        for e in entries
    ]
    return RollingRaceResult(entries=entries, winner=entries[0].shape, height=height, angle=angle, steps=steps)


class RollingEnergyResult(ToolResult):
    shape: str
    rolling_factor: float
    translational_kinetic_energy: float
    rotational_kinetic_energy: float
    total_kinetic_energy: float
    rotational_fraction: float
    angular_velocity: float | None = Field(default=None, description="needs radius")
    units: dict[str, str] = units(
        rolling_factor="", translational_kinetic_energy="J", rotational_kinetic_energy="J", total_kinetic_energy="J",
        rotational_fraction="", angular_velocity="rad/s",
    )  # fmt: skip


@TOOLS.tool(title="Kinetic energy of a rolling body")
def rolling_kinetic_energy(
    shape: RollingShape,
    mass: Mass,
    speed: Speed,
    radius: Radius | None = None,
    inner_radius: InnerRadius | None = None,
) -> RollingEnergyResult:
    """Kinetic energy of a body rolling without slipping at speed v, split into translational ½ m v²
    and rotational ½ I ω² = ½ β m v² (ω = v / R), with β = I / (m R²) of the shape."""
    beta = _rolling_beta(shape, radius, inner_radius)
    trans = 0.5 * mass * speed * speed
    rot = beta * trans
    total = trans + rot
    steps = [
        f"KE_trans = ½ m v² = ½ × {num(mass)} × {num(speed)}² = {qty(trans, 'J')}",
        f"KE_rot = ½ I ω² = ½ β m v² = {num(beta)} × {num(trans)} = {qty(rot, 'J')}",
        f"KE = {qty(total, 'J')}; rotation holds β / (1 + β) = {num(beta / (1 + beta))} of it",
    ]
    return RollingEnergyResult(
        shape=shape,
        rolling_factor=beta,
        translational_kinetic_energy=trans,
        rotational_kinetic_energy=rot,
        total_kinetic_energy=total,
        rotational_fraction=beta / (1 + beta),
        angular_velocity=speed / radius if radius is not None else None,
        steps=steps,
    )


# --------------------------------------------------------------------------------------------
# Linear <-> angular, centripetal force


class LinearAngularResult(ToolResult):
    radius: float | None = None
    angular_velocity: float | None = None
    rpm: float | None = None
    frequency: float | None = None
    period: float | None = None
    linear_speed: float | None = None
    angular_acceleration: float | None = None
    tangential_acceleration: float | None = None
    centripetal_acceleration: float | None = None
    total_acceleration: float | None = None
    units: dict[str, str] = units(
        radius="m", angular_velocity="rad/s", rpm="rpm", frequency="Hz", period="s", linear_speed="m/s",
        angular_acceleration="rad/s^2", tangential_acceleration="m/s^2", centripetal_acceleration="m/s^2",
        total_acceleration="m/s^2",
    )  # fmt: skip


@TOOLS.tool(title="Linear ↔ angular quantities (v = ω r, rpm ↔ rad/s)")
def linear_angular_relation(
    radius: Radius | None = None,
    angular_velocity: AngularVelocity | None = None,
    linear_speed: Speed | None = None,
    angular_acceleration: AngularAcceleration | None = None,
    tangential_acceleration: Acceleration | None = None,
) -> LinearAngularResult:
    """Relations for a point at distance r from a rotation axis: v = ω r, a_t = α r, centripetal
    a_c = ω² r = v² / r; also ω in rpm, frequency f = ω / 2π and period T = 1/f. Give angular_velocity
    (e.g. "1200 rpm"; alone it is just converted) or linear_speed with radius; optionally
    angular_acceleration or tangential_acceleration (with radius)."""
    steps: list[str] = []
    result = LinearAngularResult(radius=radius)
    if angular_velocity is not None and linear_speed is not None:
        raise ToolInputError("linear_speed", "give angular_velocity or linear_speed, not both")
    w = angular_velocity
    if linear_speed is not None:
        if radius is None:
            raise ToolInputError("radius", "needed to turn linear_speed into angular velocity")
        w = linear_speed / radius
        steps.append(f"ω = v / r = {qty(linear_speed, 'm/s')} / {qty(radius, 'm')} = {qty(w, 'rad/s')}")
    if w is not None:
        result.angular_velocity = w
        result.rpm = _rpm(w)
        result.frequency = abs(w) / (2 * math.pi)
        result.period = 1 / result.frequency if w != 0 else None
        steps.append(f"{qty(w, 'rad/s')} = {num(result.rpm)} rpm; f = |ω| / 2π = {qty(result.frequency, 'Hz')}")
        if radius is not None:
            result.linear_speed = abs(w) * radius
            result.centripetal_acceleration = w * w * radius
            if linear_speed is None:
                steps.append(f"v = ω r = {num(w)} × {num(radius)} = {qty(result.linear_speed, 'm/s')}")
            steps.append(f"a_c = ω² r = {qty(result.centripetal_acceleration, 'm/s²')}")
    alpha = angular_acceleration
    if tangential_acceleration is not None:
        if angular_acceleration is not None:
            raise ToolInputError("tangential_acceleration", "give angular_acceleration or tangential_acceleration")
        if radius is None:
            raise ToolInputError("radius", "needed to turn tangential_acceleration into angular acceleration")
        alpha = tangential_acceleration / radius
        steps.append(f"α = a_t / r = {qty(alpha, 'rad/s²')}")
    if alpha is not None:
        result.angular_acceleration = alpha
        if radius is not None:
            result.tangential_acceleration = alpha * radius
            if tangential_acceleration is None:
                steps.append(f"a_t = α r = {num(alpha)} × {num(radius)} = {qty(alpha * radius, 'm/s²')}")
    if w is None and alpha is None:
        raise ToolInputError("angular_velocity", "give angular_velocity, linear_speed or an acceleration")
    if result.centripetal_acceleration is not None and result.tangential_acceleration is not None:
        result.total_acceleration = math.hypot(result.centripetal_acceleration, result.tangential_acceleration)
        steps.append(f"a = √(a_c² + a_t²) = {qty(result.total_acceleration, 'm/s²')}")
    result.steps = steps
    return result


class CentripetalResult(ToolResult):
    mass: float
    radius: float
    speed: float
    angular_velocity: float
    period: float | None = Field(description="None when at rest")
    centripetal_acceleration: float
    centripetal_force: float
    units: dict[str, str] = units(
        mass="kg", radius="m", speed="m/s", angular_velocity="rad/s", period="s", centripetal_acceleration="m/s^2",
        centripetal_force="N",
    )  # fmt: skip


@TOOLS.tool(title="Centripetal force")
def centripetal_force(
    mass: Mass,
    radius: Radius,
    speed: Speed | None = None,
    angular_velocity: AngularVelocity | None = None,
    period: Period | None = None,
) -> CentripetalResult:
    """Net inward force needed to keep a mass on a circle: F_c = m v² / r = m ω² r (a_c = v² / r). Give
    exactly one of speed, angular_velocity ("33 rpm" works) or period (time per revolution)."""
    given = [
        n for n, v in (("speed", speed), ("angular_velocity", angular_velocity), ("period", period)) if v is not None
    ]
    if len(given) != 1:
        raise ToolInputError(given[1] if given else "speed", "give exactly one of speed, angular_velocity, period")
    if speed is not None:
        v = speed
        steps = [f"v = {qty(v, 'm/s')}"]
    elif angular_velocity is not None:
        v = abs(angular_velocity) * radius
        steps = [f"v = ω r = {num(abs(angular_velocity))} × {num(radius)} = {qty(v, 'm/s')}"]
    else:
        assert period is not None
        v = 2 * math.pi * radius / period
        steps = [f"v = 2π r / T = 2π × {num(radius)} / {num(period)} = {qty(v, 'm/s')}"]
    a = v * v / radius
    f = mass * a
    steps += [
        f"a_c = v² / r = {num(v)}² / {num(radius)} = {qty(a, 'm/s²')}",
        f"F_c = m a_c = {num(mass)} × {num(a)} = {qty(f, 'N')}",
    ]
    w = v / radius
    return CentripetalResult(
        mass=mass,
        radius=radius,
        speed=v,
        angular_velocity=w,
        period=2 * math.pi / w if w > 0 else None,
        centripetal_acceleration=a,
        centripetal_force=f,
        steps=steps,
    )


FORMULAS = """# Angular motion (SI units; angles in rad, 1 rev = 2π rad, 1 rpm = 2π/60 rad/s)

Counter-clockwise is positive.

## Rotational kinematics (constant α)
- ω = ω0 + α t ; θ = ω0 t + ½ α t² ; ω² = ω0² + 2 α θ ; θ = ½ (ω0 + ω) t

## Linear ↔ angular
- v = ω r ; a_t = α r ; a_c = ω² r = v² / r ; f = ω / 2π ; T = 1 / f

## Moments of inertia
- thin rod about its centre: m L²/12 ; about one end: m L²/3
- solid disk / cylinder: ½ m R² ; thin hoop / ring / thin-walled cylinder: m R²
- thick hollow cylinder: ½ m (R² + r²)
- solid sphere: ⅖ m R² ; thin spherical shell: ⅔ m R² ; thick shell: ⅖ m (R⁵ - r⁵)/(R³ - r³)
- rectangular plate, perpendicular axis through its centre: m (a² + b²)/12
- point masses: Σ m r²
- parallel-axis theorem: I = I_cm + m d² (so I ≥ I_cm)

## Dynamics
- torque τ = r F sin θ ; τ_net = Σ τ = I α
- angular momentum L = I ω ; no external torque: I1 ω1 = I2 ω2
- rotational kinetic energy ½ I ω² ; angular impulse τ Δt = ΔL = I (ω - ω0)
- centripetal force F_c = m v² / r = m ω² r

## Rolling without slipping (β = I / (m R²))
- v = ω R ; KE = ½ m v² (1 + β)
- down an incline from rest: a = g sin θ / (1 + β) ; v = √(2 g h / (1 + β))
- needs mu_s ≥ β tan θ / (1 + β)
- race: solid sphere (⅖) > solid disk (½) > thin spherical shell (⅔) > hoop (1), whatever the mass and radius
"""

TOOLS.resource(
    "physics://formulas/angular-motion",
    "Angular motion formula sheet",
    "Rotational kinematics, moments of inertia, torque, angular momentum, rolling, centripetal force",
    FORMULAS,
)
