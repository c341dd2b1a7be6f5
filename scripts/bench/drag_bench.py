"""Benchmark: 10,000 projectile-with-quadratic-drag trajectories, four ways, same inputs.

    PYTHONPATH=src/python .venv/bin/python scripts/bench/drag_bench.py [--n 10000] [--json out.json]

- numba: physics_assistant.physics.drag.drag_batch (the kernel the MCP tools use), all launches;
  also one drag_flight call per launch from Python, to show per-call overhead.
- numpy: the same RK4 scheme vectorised across launches (every array op steps all live launches).
- pure Python: the very same kernel source run by the interpreter (NUMBA_DISABLE_JIT=1, in a
  subprocess, Python floats), on the first --python-subset launches.
- scipy solve_ivp: the same ODE with a terminal y = 0 event, on the first --scipy-subset
  launches; RK45 and DOP853 over a ladder of rtol, and the cheapest setting that is at least as
  accurate as the numba kernel is the one compared ("same accuracy").

Accuracy: every method's range on the scipy subset is compared with a tight reference (DOP853,
rtol 1e-13, atol 1e-12); error = |R - R_ref| / max(|R_ref|, 1 m). Times are CPU seconds of this
process (time.process_time; all four run on one thread), which shared machines disturb far less
than wall-clock time; ratios are per trajectory against numbers from the same run. numba compile
time is excluded here (scripts/bench/numba_compile_bench.py measures it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

G = 9.81
REFERENCE_METHOD, REFERENCE_RTOL, REFERENCE_ATOL = "DOP853", 1e-13, 1e-12
KEYS = ("speeds", "angles", "heights", "ks", "winds")


def make_inputs(n: int, seed: int = 20261125) -> dict[str, np.ndarray]:
    """Launches a tutor might ask about: balls and projectiles, 5-150 m/s, light to strong drag."""
    rng = np.random.default_rng(seed)
    return {
        "speeds": rng.uniform(5.0, 150.0, n),
        "angles": np.radians(rng.uniform(5.0, 85.0, n)),
        "heights": rng.uniform(0.0, 20.0, n),
        "ks": rng.uniform(5e-4, 2e-2, n),  # 1/m: a baseball is ~5e-3, a ping-pong ball ~0.15
        "winds": rng.uniform(-10.0, 10.0, n),
    }


def subset(inputs: dict[str, np.ndarray], m: int) -> dict[str, np.ndarray]:
    return {key: values[:m] for key, values in inputs.items()}


# ---------------------------------------------------------------------------------------------
# numpy: the kernel's RK4 scheme (same steps, same apex/impact location) vectorised over launches


def _accel(vx: np.ndarray, vy: np.ndarray, k: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rx = vx - w
    air = np.sqrt(rx * rx + vy * vy)
    return -k * air * rx, -k * air * vy - G


def _rk4(
    x: np.ndarray, y: np.ndarray, vx: np.ndarray, vy: np.ndarray, h: np.ndarray, k: np.ndarray, w: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax1, ay1 = _accel(vx, vy, k, w)
    vx2, vy2 = vx + 0.5 * h * ax1, vy + 0.5 * h * ay1
    ax2, ay2 = _accel(vx2, vy2, k, w)
    vx3, vy3 = vx + 0.5 * h * ax2, vy + 0.5 * h * ay2
    ax3, ay3 = _accel(vx3, vy3, k, w)
    vx4, vy4 = vx + h * ax3, vy + h * ay3
    ax4, ay4 = _accel(vx4, vy4, k, w)
    s = h / 6.0
    return (
        x + s * (vx + 2 * vx2 + 2 * vx3 + vx4),
        y + s * (vy + 2 * vy2 + 2 * vy3 + vy4),
        vx + s * (ax1 + 2 * ax2 + 2 * ax3 + ax4),
        vy + s * (ay1 + 2 * ay2 + 2 * ay3 + ay4),
    )


def _locate(state: tuple[np.ndarray, ...], h: np.ndarray, k: np.ndarray, w: np.ndarray, apex: bool) -> np.ndarray:
    """Vectorised safeguarded Newton for the zero of vy (apex) or y (impact) inside one step."""
    x, y, vx, vy = state
    lo = np.zeros_like(h)
    hi = h.copy()
    f_lo = vy if apex else y
    _, yh, _, vyh = _rk4(x, y, vx, vy, h, k, w)
    f_hi = vyh if apex else yh
    denom = f_lo - f_hi
    tau = np.where(denom != 0, h * f_lo / np.where(denom != 0, denom, 1.0), 0.5 * h)
    for _ in range(60):
        _, yt, vxt, vyt = _rk4(x, y, vx, vy, tau, k, w)
        if apex:
            f, df = vyt, _accel(vxt, vyt, k, w)[1]
        else:
            f, df = yt, vyt
        lo = np.where(f > 0, tau, lo)
        hi = np.where(f > 0, hi, tau)
        safe_df = np.where(df != 0, df, 1.0)
        nxt = np.where(df != 0, tau - f / safe_df, 0.5 * (lo + hi))
        nxt = np.where((nxt > lo) & (nxt < hi), nxt, 0.5 * (lo + hi))
        done = (np.abs(nxt - tau) <= 1e-15 * h) | (hi - lo <= 1e-15 * h) | (f == 0)
        tau = np.where(f == 0, tau, nxt)
        if done.all():
            break
    return tau


def numpy_batch(inp: dict[str, np.ndarray], steps_per_scale: int) -> np.ndarray:
    """Ranges of all launches (heights >= 0), integrating every live launch in lock-step."""
    v, th, h0, k, w = inp["speeds"], inp["angles"], inp["heights"], inp["ks"], inp["winds"]
    n = v.size
    ranges = np.zeros(n)
    vy0 = v * np.sin(th)
    scale0 = (np.abs(vy0) + np.sqrt(vy0 * vy0 + 2 * G * np.abs(h0))) / G
    live = np.flatnonzero(~((h0 == 0) & (vy0 <= 0)))
    x = np.zeros(live.size)
    y = h0[live].copy()
    vx = (v * np.cos(th))[live]
    vy = vy0[live].copy()
    kk, ww = k[live], w[live]
    with np.errstate(divide="ignore"):
        longest = np.minimum(scale0[live], 1.0 / np.sqrt(G * kk)) / steps_per_scale
    while live.size:
        rx = vx - ww
        rate = kk * np.sqrt(rx * rx + vy * vy) * steps_per_scale
        with np.errstate(divide="ignore"):
            dt = np.where(rate * longest > 1.0, 1.0 / rate, longest)
        xn, yn, vxn, vyn = _rk4(x, y, vx, vy, dt, kk, ww)
        landing = yn <= 0
        if landing.any():
            i = np.flatnonzero(landing)
            state = (x[i], y[i], vx[i], vy[i])
            tau = _locate(state, dt[i], kk[i], ww[i], apex=False)
            ranges[live[i]] = _rk4(*state, tau, kk[i], ww[i])[0]
            keep = ~landing
            live, kk, ww, longest = live[keep], kk[keep], ww[keep], longest[keep]
            x, y, vx, vy = xn[keep], yn[keep], vxn[keep], vyn[keep]
        else:
            x, y, vx, vy = xn, yn, vxn, vyn
    return ranges


# ---------------------------------------------------------------------------------------------
# scipy solve_ivp


def scipy_one(v: float, th: float, h0: float, k: float, w: float, method: str, rtol: float, atol: float) -> float:
    from scipy.integrate import solve_ivp

    def rhs(_t: float, s: np.ndarray) -> list[float]:
        rx = s[2] - w
        air = math.hypot(rx, s[3])
        return [s[2], s[3], -k * air * rx, -k * air * s[3] - G]

    def ground(_t: float, s: np.ndarray) -> float:
        return float(s[1])

    ground.terminal = True  # type: ignore[attr-defined]
    ground.direction = -1  # type: ignore[attr-defined]
    s0 = [0.0, h0, v * math.cos(th), v * math.sin(th)]
    sol = solve_ivp(rhs, (0.0, 1e5), s0, method=method, rtol=rtol, atol=atol, events=ground)
    return float(sol.y_events[0][0][0])


def scipy_batch(inp: dict[str, np.ndarray], method: str, rtol: float, atol: float) -> np.ndarray:
    rows = zip(*(inp[key].tolist() for key in KEYS), strict=True)
    return np.array([scipy_one(v, th, h, k, w, method, rtol, atol) for v, th, h, k, w in rows])


# ---------------------------------------------------------------------------------------------
# pure Python: the kernel source, interpreted (runs in a subprocess with NUMBA_DISABLE_JIT=1)


def pure_python_worker(path: str, steps_per_scale: int) -> None:
    from physics_assistant.physics import drag

    data = np.load(path)
    rows = list(zip(*(data[key].tolist() for key in KEYS), strict=True))
    assert not hasattr(drag.drag_flight, "py_func"), "numba JIT is on; this worker must run interpreted"
    t0 = time.process_time()
    ranges = [
        drag.drag_flight(v, th, h, k, w, G, steps_per_scale, drag.DEFAULT_MAX_STEPS)[2] for v, th, h, k, w in rows
    ]
    elapsed = time.process_time() - t0
    print(json.dumps({"seconds": elapsed, "ranges": ranges}))


def pure_python(inp: dict[str, np.ndarray], steps_per_scale: int) -> tuple[float, np.ndarray]:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "inputs.npz")
        np.savez(path, **inp)  # type: ignore[arg-type]
        env = {**os.environ, "NUMBA_DISABLE_JIT": "1"}
        done = subprocess.run(
            [sys.executable, __file__, "--pure-python-worker", path, "--steps-per-scale", str(steps_per_scale)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    result = json.loads(done.stdout)
    return float(result["seconds"]), np.array(result["ranges"])


# ---------------------------------------------------------------------------------------------


@dataclass
class LadderRow:
    method: str
    rtol: float
    atol: float
    seconds: float
    error: tuple[float, float]


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median CPU time of `repeat` runs and the last result."""
    times = []
    out = None
    for _ in range(repeat):
        t0 = time.process_time()
        out = fn()
        times.append(time.process_time() - t0)
    return statistics.median(times), out


def errors(ranges: np.ndarray, reference: np.ndarray) -> tuple[float, float]:
    err = np.abs(ranges - reference) / np.maximum(np.abs(reference), 1.0)
    return float(err.max()), float(np.median(err))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="launches in the full batch")
    parser.add_argument("--python-subset", type=int, default=1000, help="launches timed in pure Python")
    parser.add_argument("--scipy-subset", type=int, default=200, help="launches timed with solve_ivp (and checked)")
    parser.add_argument("--steps-per-scale", type=int, default=None)
    parser.add_argument("--pure-python-worker", metavar="NPZ", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    from physics_assistant.physics import drag

    sps = args.steps_per_scale or drag.DEFAULT_STEPS_PER_SCALE
    if args.pure_python_worker:
        pure_python_worker(args.pure_python_worker, sps)
        return

    inp = make_inputs(args.n)
    sub = subset(inp, args.scipy_subset)
    print(
        f"{args.n} launches; pure Python on {args.python_subset}, solve_ivp on {args.scipy_subset}; "
        f"RK4 steps_per_scale={sps}; CPU time"
    )

    print("reference: DOP853 rtol 1e-13 on the scipy subset ...", flush=True)
    reference = scipy_batch(sub, REFERENCE_METHOD, REFERENCE_RTOL, REFERENCE_ATOL)

    def numba_all() -> np.ndarray:
        out = drag.drag_batch(inp["speeds"], inp["angles"], inp["heights"], inp["ks"], inp["winds"], G, sps, 10**12)
        return out[2]

    numba_all()  # compile (or load the cache) outside the timing
    t_numba, numba_ranges = timed(numba_all, repeat=5)
    rows = list(zip(*(inp[key].tolist() for key in KEYS), strict=True))

    def numba_calls() -> list[float]:
        return [drag.drag_flight(v, th, h, k, w, G, sps, drag.DEFAULT_MAX_STEPS)[2] for v, th, h, k, w in rows]

    t_numba_calls, _ = timed(numba_calls, repeat=3)
    steps = drag.drag_batch(inp["speeds"], inp["angles"], inp["heights"], inp["ks"], inp["winds"], G, sps, 10**12)[6]

    print("numpy vectorised ...", flush=True)
    t_numpy, numpy_ranges = timed(lambda: numpy_batch(inp, sps), repeat=3)
    print("pure Python (interpreted kernel) ...", flush=True)
    t_python, python_ranges = pure_python(subset(inp, args.python_subset), sps)

    print("solve_ivp ladder ...", flush=True)
    m = args.scipy_subset
    numba_err = errors(numba_ranges[:m], reference)
    ladder: list[LadderRow] = []
    for method in ("RK45", "DOP853"):
        for rtol in (1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11):
            atol = rtol * 1e-2
            t0 = time.process_time()
            ranges = scipy_batch(sub, method, rtol, atol)
            ladder.append(LadderRow(method, rtol, atol, time.process_time() - t0, errors(ranges, reference)))
    # "Same accuracy": the cheapest solve_ivp setting at least as accurate as the numba kernel.
    matching = [row for row in ladder if row.error[0] <= numba_err[0]]
    chosen = min(matching, key=lambda r: r.seconds) if matching else min(ladder, key=lambda r: r.error[0])

    per = {
        "numba_batch": t_numba / args.n,
        "numba_per_call": t_numba_calls / args.n,
        "numpy_vectorised": t_numpy / args.n,
        "pure_python": t_python / args.python_subset,
        "solve_ivp": chosen.seconds / m,
    }
    errs = {
        "numba_batch": numba_err,
        "numba_per_call": numba_err,
        "numpy_vectorised": errors(numpy_ranges[:m], reference),
        "pure_python": errors(python_ranges[:m], reference[: len(python_ranges[:m])]),
        "solve_ivp": chosen.error,
    }
    numpy_vs_numba = float(np.max(np.abs(numpy_ranges - numba_ranges)))
    labels = {
        "numba_batch": f"numba drag_batch ({args.n})",
        "numba_per_call": f"numba drag_flight/call ({args.n})",
        "numpy_vectorised": f"numpy vectorised ({args.n})",
        "pure_python": f"pure Python ({args.python_subset})",
        "solve_ivp": f"solve_ivp {chosen.method} rtol {chosen.rtol:g} ({m})",
    }

    print()
    print(f"mean RK4 steps per trajectory: {steps.mean():.0f}")
    print(f"{'method':<36}{'µs/trajectory':>15}{'÷ numba batch':>15}{'max rel err':>13}{'median':>10}")
    for key, label in labels.items():
        e = errs[key]
        print(f"{label:<36}{per[key] * 1e6:>15.1f}{per[key] / per['numba_batch']:>15.1f}{e[0]:>13.1e}{e[1]:>10.1e}")
    print()
    print(f"solve_ivp ladder (first {m} launches):")
    for row in ladder:
        print(
            f"  {row.method:<7} rtol {row.rtol:<6g} {row.seconds / m * 1e6:>10.1f} µs/traj  max err {row.error[0]:.1e}"
        )
    print(f"numpy vs numba, all {args.n}: max |ΔR| = {numpy_vs_numba:.1e} m")
    if args.json:
        results = {
            "n": args.n,
            "python_subset": args.python_subset,
            "scipy_subset": m,
            "steps_per_scale": sps,
            "mean_rk4_steps": float(steps.mean()),
            "cpu_seconds_per_trajectory": per,
            "errors_vs_reference_max_median": errs,
            "numpy_vs_numba_max_abs_diff_all": numpy_vs_numba,
            "solve_ivp_chosen": {"method": chosen.method, "rtol": chosen.rtol, "atol": chosen.atol},
            "solve_ivp_ladder": [row.__dict__ for row in ladder],
        }
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
