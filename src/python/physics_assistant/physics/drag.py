"""Projectile with quadratic air drag and optional horizontal wind, integrated numerically.

Model: dv/dt = -k |v - w| (v - w) - g ŷ, with w = (wind, 0) and drag factor k = ρ C_d A / (2 m)
[1/m]. No closed form exists, so the kernel integrates with classical RK4 on a step schedule
fixed by the physics rather than by error estimates (so a re-run reproduces every step):

- Step: dt = min(flight-time scale, drag time scale) / steps_per_scale. The flight-time scale is
  the vacuum time to come down, (|vy0| + √(vy0² + 2 g |h|)) / g; the drag time scale,
  1 / (k · max(current air speed, terminal speed √(g/k))), is how fast drag can change the
  velocity right now, so a fast launch takes short steps at first and longer ones as it slows.
- Apex and landing are located inside the step where they happen by safeguarded Newton on a
  partial RK4 step from the step's start, so they carry the integrator's accuracy instead of a
  linear interpolation's O(dt²).
- Accuracy with DEFAULT_STEPS_PER_SCALE = 100: range and flight time agree with a DOP853
  reference (rtol 1e-13) to better than 1e-8 relative over speeds 1-300 m/s, angles 1-89°,
  launch heights 0-50 m, k 0-0.1 /m, |wind| <= 20 m/s (scripts/bench/drag_bench.py measures it
  on every run; docs/benchmarks.md has the figures). Error falls as steps_per_scale⁻⁴.
- Every loop is bounded by `max_steps`; running out gives status STEP_LIMIT, never a hang.

The landing level is y = 0; the launch point is at height h (h < 0: landing on higher ground).
"""

from __future__ import annotations

import math

import numba
import numpy as np

DEFAULT_STEPS_PER_SCALE = 100
DEFAULT_MAX_STEPS = 2_000_000
AIR_DENSITY_SEA_LEVEL = 1.225  # kg/m³ at 15 °C

LANDED = 0
NEVER_REACHES = 1  # launched below y = 0 and turns back down before reaching it
STEP_LIMIT = 2  # max_steps ran out before landing

_NEWTON_ITERATIONS = 60


@numba.njit(cache=True)
def drag_factor(air_density: float, drag_coefficient: float, area: float, mass: float) -> float:
    """k = ρ C_d A / (2 m) in 1/m: drag acceleration is k·speed²."""
    return air_density * drag_coefficient * area / (2.0 * mass)


@numba.njit(cache=True)
def terminal_speed(k: float, g: float) -> float:
    return math.sqrt(g / k) if k > 0.0 else math.inf


@numba.njit(cache=True, inline="always")
def _acceleration(vx: float, vy: float, k: float, wind: float, g: float) -> tuple[float, float, float]:
    """(ax, ay, air speed)."""
    rx = vx - wind
    air_speed = math.sqrt(rx * rx + vy * vy)
    return -k * air_speed * rx, -k * air_speed * vy - g, air_speed


@numba.njit(cache=True, inline="always")
def _rk4_from(
    x: float, y: float, vx: float, vy: float, ax1: float, ay1: float, h: float, k: float, wind: float, g: float
) -> tuple[float, float, float, float]:
    """One RK4 step of size h given the acceleration (ax1, ay1) at the start.

    Acceleration does not depend on position, so the stages only need velocities.
    """
    half = 0.5 * h
    vx2 = vx + half * ax1
    vy2 = vy + half * ay1
    ax2, ay2, _ = _acceleration(vx2, vy2, k, wind, g)
    vx3 = vx + half * ax2
    vy3 = vy + half * ay2
    ax3, ay3, _ = _acceleration(vx3, vy3, k, wind, g)
    vx4 = vx + h * ax3
    vy4 = vy + h * ay3
    ax4, ay4, _ = _acceleration(vx4, vy4, k, wind, g)
    sixth = h / 6.0
    return (
        x + sixth * (vx + 2.0 * vx2 + 2.0 * vx3 + vx4),
        y + sixth * (vy + 2.0 * vy2 + 2.0 * vy3 + vy4),
        vx + sixth * (ax1 + 2.0 * ax2 + 2.0 * ax3 + ax4),
        vy + sixth * (ay1 + 2.0 * ay2 + 2.0 * ay3 + ay4),
    )


@numba.njit(cache=True)
def _rk4(
    x: float, y: float, vx: float, vy: float, h: float, k: float, wind: float, g: float
) -> tuple[float, float, float, float]:
    ax1, ay1, _ = _acceleration(vx, vy, k, wind, g)
    return _rk4_from(x, y, vx, vy, ax1, ay1, h, k, wind, g)


@numba.njit(cache=True)
def flight_scale(speed: float, angle: float, height: float, g: float) -> float:
    """Vacuum time scale of the flight: (|vy0| + √(vy0² + 2 g |h|)) / g."""
    vy = speed * math.sin(angle)
    return (abs(vy) + math.sqrt(vy * vy + 2.0 * g * abs(height))) / g


@numba.njit(cache=True)
def max_step(speed: float, angle: float, height: float, k: float, g: float, steps_per_scale: int) -> float:
    """The longest RK4 step of a launch: min(flight-time scale, 1/√(g k)) / steps_per_scale.

    1/√(g k) = 1/(k·terminal speed) is the drag time scale once the air speed is at or below
    terminal speed; written so a tiny k cannot overflow √(g/k).
    """
    scale = flight_scale(speed, angle, height, g)
    gk = g * k
    if gk > 0.0:
        scale = min(scale, 1.0 / math.sqrt(gk))
    return scale / steps_per_scale


@numba.njit(cache=True, inline="always")
def time_step(air_speed: float, k: float, longest: float, steps_per_scale: int) -> float:
    """The RK4 step now: min(longest, 1/(k·air speed·steps_per_scale)).

    1/(k·air speed) is how fast drag changes the velocity at this moment; it grows as a fast
    launch slows down, so later steps get longer. (The comparison avoids a division while drag
    is weak.)
    """
    rate = k * air_speed * steps_per_scale
    if rate * longest > 1.0:
        return 1.0 / rate
    return longest


@numba.njit(cache=True)
def _locate(x: float, y: float, vx: float, vy: float, h: float, k: float, wind: float, g: float, apex: bool) -> float:
    """Time tau in [0, h] within one step where vy (apex) or y (landing) falls through zero.

    Requires the quantity to be > 0 at tau = 0 and <= 0 at tau = h. Newton with the exact time
    derivative (ay or vy), kept inside a shrinking bracket by bisection.
    """
    lo = 0.0
    hi = h
    f_lo = vy if apex else y
    _, yh, _, vyh = _rk4(x, y, vx, vy, h, k, wind, g)
    f_hi = vyh if apex else yh
    tau = h * f_lo / (f_lo - f_hi) if f_lo != f_hi else 0.5 * h
    for _ in range(_NEWTON_ITERATIONS):
        _, yt, vxt, vyt = _rk4(x, y, vx, vy, tau, k, wind, g)
        if apex:
            f = vyt
            df = _acceleration(vxt, vyt, k, wind, g)[1]
        else:
            f = yt
            df = vyt
        if f > 0.0:
            lo = tau
        else:
            hi = tau
        if f == 0.0:
            return tau
        nxt = tau - f / df if df != 0.0 else 0.5 * (lo + hi)
        if not (lo < nxt < hi):
            nxt = 0.5 * (lo + hi)
        if abs(nxt - tau) <= 1e-15 * h or hi - lo <= 1e-15 * h:
            return nxt
        tau = nxt
    return tau


@numba.njit(cache=True)
def drag_flight(
    speed: float,
    angle: float,
    height: float,
    k: float,
    wind: float,
    g: float,
    steps_per_scale: int,
    max_steps: int,
) -> tuple[int, float, float, float, float, float, float, int]:
    """One launch: (status, flight time, range, apex height, time of apex, impact vx, impact vy, steps).

    Launched from ground level (h = 0) at or below the horizontal it never flies: all zeros.
    """
    vx = speed * math.cos(angle)
    vy = speed * math.sin(angle)
    if height == 0.0 and vy <= 0.0:
        return LANDED, 0.0, 0.0, 0.0, 0.0, vx, vy, 0
    longest = max_step(speed, angle, height, k, g, steps_per_scale)
    x = 0.0
    y = height
    t = 0.0
    apex = height
    t_apex = 0.0
    # From ground level (h = 0, climbing) it is "above" at once: any step ending at y <= 0 lands.
    above = height >= 0.0
    ax, ay, air = _acceleration(vx, vy, k, wind, g)
    for step in range(max_steps):
        dt = time_step(air, k, longest, steps_per_scale)
        xn, yn, vxn, vyn = _rk4_from(x, y, vx, vy, ax, ay, dt, k, wind, g)
        if vy > 0.0 and vyn <= 0.0:
            tau = _locate(x, y, vx, vy, dt, k, wind, g, True)
            y_top = _rk4(x, y, vx, vy, tau, k, wind, g)[1]
            if y_top > apex:
                apex = y_top
                t_apex = t + tau
        if above and yn <= 0.0:
            tau = _locate(x, y, vx, vy, dt, k, wind, g, False)
            xl, _, vxl, vyl = _rk4(x, y, vx, vy, tau, k, wind, g)
            return LANDED, t + tau, xl, apex, t_apex, vxl, vyl, step + 1
        if not above:
            if yn > 0.0:
                above = True
            elif vyn <= 0.0:
                return NEVER_REACHES, math.nan, math.nan, apex, t_apex, math.nan, math.nan, step + 1
        x, y, vx, vy = xn, yn, vxn, vyn
        ax, ay, air = _acceleration(vx, vy, k, wind, g)
        t += dt
    return STEP_LIMIT, math.nan, math.nan, apex, t_apex, math.nan, math.nan, max_steps


@numba.njit(cache=True)
def drag_series(
    speed: float,
    angle: float,
    height: float,
    k: float,
    wind: float,
    g: float,
    steps_per_scale: int,
    max_steps: int,
    flight_time: float,
    n: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(t, x, y, vx, vy) at n evenly spaced times over `flight_time` (from drag_flight).

    Re-runs the same fixed steps and fills each sample with a partial RK4 step from the step
    before it, so samples are as accurate as the summary and the last one is the impact point.
    """
    ts = np.linspace(0.0, flight_time, n)
    xs = np.empty(n)
    ys = np.empty(n)
    vxs = np.empty(n)
    vys = np.empty(n)
    longest = max_step(speed, angle, height, k, g, steps_per_scale)
    x = 0.0
    y = height
    vx = speed * math.cos(angle)
    vy = speed * math.sin(angle)
    t = 0.0
    steps = 0
    for i in range(n):
        # Same steps (and same accumulated t) as drag_flight, so the last sample is the impact.
        ax, ay, air = _acceleration(vx, vy, k, wind, g)
        dt = time_step(air, k, longest, steps_per_scale)
        while ts[i] - t > dt and steps < max_steps:
            x, y, vx, vy = _rk4_from(x, y, vx, vy, ax, ay, dt, k, wind, g)
            t += dt
            steps += 1
            ax, ay, air = _acceleration(vx, vy, k, wind, g)
            dt = time_step(air, k, longest, steps_per_scale)
        xs[i], ys[i], vxs[i], vys[i] = _rk4(x, y, vx, vy, ts[i] - t, k, wind, g)
    return ts, xs, ys, vxs, vys


# drag_batch integrates up to this many launches side by side. Their RK4 steps are independent,
# so LLVM turns the step loop into SIMD instructions and the CPU overlaps the square roots and
# divisions of different launches; fewer lanes leave the vector units idle.
_LANES = 128


@numba.njit(cache=True, error_model="numpy")
def _step_lanes(
    x: np.ndarray,
    y: np.ndarray,
    vx: np.ndarray,
    vy: np.ndarray,
    ax: np.ndarray,
    ay: np.ndarray,
    air: np.ndarray,
    longest: np.ndarray,
    k: np.ndarray,
    wind: np.ndarray,
    g: float,
    steps_per_scale: int,
    x_next: np.ndarray,
    y_next: np.ndarray,
    vx_next: np.ndarray,
    vy_next: np.ndarray,
    ax_next: np.ndarray,
    ay_next: np.ndarray,
    air_next: np.ndarray,
    dts: np.ndarray,
) -> None:
    """One RK4 step in every lane: the same arithmetic as drag_flight, branch-free so it vectorises.

    error_model="numpy" drops Python's zero-division checks (which would block vectorisation);
    time_step only divides by a positive rate. (More array arguments than these, e.g. the clock,
    and LLVM stops vectorising: it cannot afford the run-time overlap checks.)
    """
    for lane in range(x.shape[0]):
        dt = time_step(air[lane], k[lane], longest[lane], steps_per_scale)
        dts[lane] = dt
        xn, yn, vxn, vyn = _rk4_from(
            x[lane], y[lane], vx[lane], vy[lane], ax[lane], ay[lane], dt, k[lane], wind[lane], g
        )
        axn, ayn, airn = _acceleration(vxn, vyn, k[lane], wind[lane], g)
        x_next[lane] = xn
        y_next[lane] = yn
        vx_next[lane] = vxn
        vy_next[lane] = vyn
        ax_next[lane] = axn
        ay_next[lane] = ayn
        air_next[lane] = airn


@numba.njit(cache=True, error_model="numpy")
def _mark_events(
    y_next: np.ndarray,
    vy: np.ndarray,
    vy_next: np.ndarray,
    t: np.ndarray,
    t_next: np.ndarray,
    dts: np.ndarray,
    above: np.ndarray,
    events: np.ndarray,
) -> None:
    """Advance the clocks, and flag lanes whose step needs a look: impact, apex, or still below
    the landing level. Vectorised, so the common no-event step costs no scalar work."""
    for lane in range(y_next.shape[0]):
        t_next[lane] = t[lane] + dts[lane]
        events[lane] = (y_next[lane] <= 0.0) | ((vy[lane] > 0.0) & (vy_next[lane] <= 0.0)) | (~above[lane])


@numba.njit(cache=True)
def drag_batch(
    speeds: np.ndarray,
    angles: np.ndarray,
    heights: np.ndarray,
    ks: np.ndarray,
    winds: np.ndarray,
    g: float,
    steps_per_scale: int,
    max_total_steps: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Many launches: (status, flight time, range, apex height, impact vx, impact vy, steps, total steps).

    Each launch takes exactly the steps drag_flight takes and gives bit-for-bit the same numbers;
    up to _LANES launches are integrated side by side and a finished lane takes the next launch.
    Stops once `max_total_steps` is spent; launches not finished by then keep status STEP_LIMIT.
    """
    n = speeds.shape[0]
    status = np.full(n, STEP_LIMIT, dtype=np.int64)
    flight = np.full(n, np.nan)
    ranges = np.full(n, np.nan)
    apexes = np.full(n, np.nan)
    impact_vx = np.full(n, np.nan)
    impact_vy = np.full(n, np.nan)
    steps = np.zeros(n, dtype=np.int64)

    lanes = max(min(_LANES, n), 1)
    # Double-buffered lane state: a step reads `cur` and writes `nxt`, then they swap.
    cur = np.zeros((8, lanes))  # x, y, vx, vy, ax, ay, air, t
    nxt = np.zeros((8, lanes))
    # Row views made once (a view per row per step would cost more than the step itself).
    cur_rows = (cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6], cur[7])
    nxt_rows = (nxt[0], nxt[1], nxt[2], nxt[3], nxt[4], nxt[5], nxt[6], nxt[7])
    dts = np.zeros(lanes)
    longest = np.ones(lanes)  # idle lanes step harmlessly: k = 0, step 1
    k = np.zeros(lanes)
    wind = np.zeros(lanes)
    apex = np.zeros(lanes)
    t_apex = np.zeros(lanes)
    above = np.zeros(lanes, dtype=np.bool_)
    events = np.zeros(lanes, dtype=np.bool_)
    which = np.full(lanes, -1, dtype=np.int64)
    started = np.zeros(lanes, dtype=np.int64)  # iteration of the lane's launch's first step

    upcoming = 0
    running = 0
    for lane in range(lanes):
        i = _next_launch(upcoming, speeds, angles, heights, status, flight, ranges, apexes, impact_vx, impact_vy)
        upcoming = i + 1
        if i < n:
            _start_lane(cur, lane, i, speeds, angles, heights, ks, winds, g, steps_per_scale, longest, k, wind, apex)
            t_apex[lane] = 0.0
            above[lane] = heights[i] >= 0.0  # from ground level it is "above" at once, as in drag_flight
            which[lane] = i
            running += 1
    total = 0
    iteration = 0
    while running > 0 and total < max_total_steps:
        _step_lanes(
            cur_rows[0], cur_rows[1], cur_rows[2], cur_rows[3], cur_rows[4], cur_rows[5], cur_rows[6],
            longest, k, wind, g, steps_per_scale,
            nxt_rows[0], nxt_rows[1], nxt_rows[2], nxt_rows[3], nxt_rows[4], nxt_rows[5], nxt_rows[6], dts,
        )  # fmt: skip
        _mark_events(nxt_rows[1], cur_rows[3], nxt_rows[3], cur_rows[7], nxt_rows[7], dts, above, events)
        total += running
        # Events (apex, impact) and bookkeeping in the few lanes that have one, as in drag_flight.
        for lane in range(lanes):
            if not events[lane]:
                continue
            i = which[lane]
            if i < 0:
                continue
            x, y, vx, vy, t = cur[0, lane], cur[1, lane], cur[2, lane], cur[3, lane], cur[7, lane]
            dt = dts[lane]
            if vy > 0.0 and nxt[3, lane] <= 0.0:
                tau = _locate(x, y, vx, vy, dt, k[lane], wind[lane], g, True)
                y_top = _rk4(x, y, vx, vy, tau, k[lane], wind[lane], g)[1]
                if y_top > apex[lane]:
                    apex[lane] = y_top
                    t_apex[lane] = t + tau
            finished = False
            if above[lane] and nxt[1, lane] <= 0.0:
                tau = _locate(x, y, vx, vy, dt, k[lane], wind[lane], g, False)
                xl, _, vxl, vyl = _rk4(x, y, vx, vy, tau, k[lane], wind[lane], g)
                status[i] = LANDED
                flight[i] = t + tau
                ranges[i] = xl
                apexes[i] = apex[lane]
                impact_vx[i] = vxl
                impact_vy[i] = vyl
                steps[i] = iteration - started[lane] + 1
                finished = True
            elif not above[lane]:
                if nxt[1, lane] > 0.0:
                    above[lane] = True
                elif nxt[3, lane] <= 0.0:
                    status[i] = NEVER_REACHES
                    apexes[i] = apex[lane]
                    steps[i] = iteration - started[lane] + 1
                    finished = True
            if finished:
                j = _next_launch(
                    upcoming, speeds, angles, heights, status, flight, ranges, apexes, impact_vx, impact_vy
                )
                upcoming = j + 1
                if j < n:  # the lane's next state (after the swap) is the new launch
                    _start_lane(
                        nxt, lane, j, speeds, angles, heights, ks, winds, g, steps_per_scale, longest, k, wind, apex
                    )
                    t_apex[lane] = 0.0
                    above[lane] = heights[j] >= 0.0
                    which[lane] = j
                    started[lane] = iteration + 1
                else:
                    which[lane] = -1
                    k[lane] = 0.0
                    longest[lane] = 1.0
                    running -= 1
        cur, nxt = nxt, cur
        cur_rows, nxt_rows = nxt_rows, cur_rows
        iteration += 1
    for lane in range(lanes):  # out of budget: how far the unfinished launches got
        if which[lane] >= 0 and status[which[lane]] == STEP_LIMIT:
            apexes[which[lane]] = apex[lane]
            steps[which[lane]] = iteration - started[lane]
    return status, flight, ranges, apexes, impact_vx, impact_vy, steps, total


@numba.njit(cache=True)
def _next_launch(
    start: int,
    speeds: np.ndarray,
    angles: np.ndarray,
    heights: np.ndarray,
    status: np.ndarray,
    flight: np.ndarray,
    ranges: np.ndarray,
    apexes: np.ndarray,
    impact_vx: np.ndarray,
    impact_vy: np.ndarray,
) -> int:
    """Index of the next launch that needs integrating; launches that never fly are filled in."""
    i = start
    while i < speeds.shape[0]:
        vy = speeds[i] * math.sin(angles[i])
        if heights[i] == 0.0 and vy <= 0.0:  # as drag_flight: it never leaves the ground
            status[i] = LANDED
            flight[i] = 0.0
            ranges[i] = 0.0
            apexes[i] = 0.0
            impact_vx[i] = speeds[i] * math.cos(angles[i])
            impact_vy[i] = vy
            i += 1
            continue
        return i
    return i


@numba.njit(cache=True)
def _start_lane(
    state: np.ndarray,
    lane: int,
    i: int,
    speeds: np.ndarray,
    angles: np.ndarray,
    heights: np.ndarray,
    ks: np.ndarray,
    winds: np.ndarray,
    g: float,
    steps_per_scale: int,
    longest: np.ndarray,
    k: np.ndarray,
    wind: np.ndarray,
    apex: np.ndarray,
) -> None:
    """Put launch i into a lane: the same initial state as drag_flight."""
    vx = speeds[i] * math.cos(angles[i])
    vy = speeds[i] * math.sin(angles[i])
    ax, ay, air = _acceleration(vx, vy, ks[i], winds[i], g)
    state[0, lane] = 0.0
    state[1, lane] = heights[i]
    state[2, lane] = vx
    state[3, lane] = vy
    state[4, lane] = ax
    state[5, lane] = ay
    state[6, lane] = air
    state[7, lane] = 0.0
    longest[lane] = max_step(speeds[i], angles[i], heights[i], ks[i], g, steps_per_scale)
    k[lane] = ks[i]
    wind[lane] = winds[i]
    apex[lane] = heights[i]


def warm_up() -> None:
    """Compile every kernel here for float64 inputs (fills the numba cache)."""
    drag_factor(AIR_DENSITY_SEA_LEVEL, 0.47, 0.01, 0.5)
    terminal_speed(0.01, 9.81)
    st, tf, *_ = drag_flight(30.0, 0.7, 1.0, 0.01, 2.0, 9.81, DEFAULT_STEPS_PER_SCALE, DEFAULT_MAX_STEPS)
    drag_series(30.0, 0.7, 1.0, 0.01, 2.0, 9.81, DEFAULT_STEPS_PER_SCALE, DEFAULT_MAX_STEPS, tf, 20)
    arr = np.array([30.0, 40.0])
    drag_batch(arr, arr * 0.02, arr * 0.0, arr * 1e-3, arr * 0.0, 9.81, DEFAULT_STEPS_PER_SCALE, 10_000_000)
