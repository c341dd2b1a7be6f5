"""Benchmark: what numba compilation costs a fresh process, with an empty cache and a warm one.

    PYTHONPATH=src/python .venv/bin/python scripts/bench/numba_compile_bench.py [--repeat 3]

For each CPU target (the host's, and NUMBA_CPU_NAME=generic as the images use) it runs, in fresh
subprocesses:
- `python -m physics_assistant.physics.warmup` with an empty NUMBA_CACHE_DIR (cold: compiles every
  kernel of every physics module) and again on the cache that run left (warm: loads machine code);
- the first projectile_with_drag tool call of a new process (import + call), cold and warm: what
  an MCP server pays on its first request.
Times are CPU seconds (user + system) of the whole subprocess, interpreter start included; the
warmup's own in-process wall-clock total is shown too. Warm figures are medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

FIRST_CALL = (
    "from physics_assistant.mcp_servers.toolkit import invoke\n"
    "from physics_assistant.mcp_servers.tools.kinematics import TOOLS\n"
    "r = invoke(TOOLS.tools['projectile_with_drag'], {'speed': '50 m/s', 'angle': '45 deg', 'drag_factor': 0.005})\n"
    "assert r.range > 0\n"
)


def run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Run `python ARGS`; returns (CPU seconds of the child, its stdout).

    CPU time (user + system) rather than wall clock: on a shared machine the wall clock also
    measures everyone else's work.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.stdout


def in_process_total(output: str) -> float:
    match = re.search(r"all kernels ready in ([0-9.]+) s", output)
    return float(match.group(1)) if match else float("nan")


@dataclass
class Figures:
    cpu: str
    warmup_cold_cpu_s: float = 0.0
    warmup_cold_in_process_wall_s: float = 0.0
    warmup_warm_cpu_s: float = 0.0
    warmup_warm_in_process_wall_s: float = 0.0
    cache_bytes: int = 0
    first_call_warm_cpu_s: float = 0.0
    first_call_cold_cpu_s: float = 0.0
    imports_cpu_s: float = 0.0
    cold_lines: list[str] = field(default_factory=list)
    warm_lines: list[str] = field(default_factory=list)


def _warmed(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("warmed ")]


def measure(cpu_name: str | None, repeat: int) -> Figures:
    base = {k: v for k, v in os.environ.items() if k not in ("NUMBA_CPU_NAME", "NUMBA_DISABLE_JIT")}
    if cpu_name:
        base["NUMBA_CPU_NAME"] = cpu_name
    out = Figures(cpu=cpu_name or "host")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "numba-cache"
        env = {**base, "NUMBA_CACHE_DIR": str(cache)}
        cpu, text = run(["-m", "physics_assistant.physics.warmup"], env)
        out.warmup_cold_cpu_s, out.warmup_cold_in_process_wall_s, out.cold_lines = (
            cpu,
            in_process_total(text),
            _warmed(text),
        )
        warm = [run(["-m", "physics_assistant.physics.warmup"], env) for _ in range(repeat)]
        out.warmup_warm_cpu_s = statistics.median(w for w, _ in warm)
        out.warmup_warm_in_process_wall_s = statistics.median(in_process_total(t) for _, t in warm)
        out.warm_lines = _warmed(warm[-1][1])
        out.cache_bytes = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
        out.first_call_warm_cpu_s = statistics.median(run(["-c", FIRST_CALL], env)[0] for _ in range(repeat))
        imports_only = FIRST_CALL.split("r = invoke")[0]
        out.imports_cpu_s = statistics.median(run(["-c", imports_only], env)[0] for _ in range(repeat))
        shutil.rmtree(cache)  # the same first call, with nothing cached
        out.first_call_cold_cpu_s = run(["-c", FIRST_CALL], env)[0]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = [measure(None, args.repeat), measure("generic", args.repeat)]
    for r in results:
        print(f"CPU target: {r.cpu}")
        print(
            f"  warmup, empty cache: {r.warmup_cold_cpu_s:.2f} s CPU "
            f"({r.warmup_cold_in_process_wall_s:.2f} s wall in-process)"
        )
        print(
            f"  warmup, warm cache:  {r.warmup_warm_cpu_s:.2f} s CPU "
            f"({r.warmup_warm_in_process_wall_s:.2f} s wall in-process)"
        )
        print(f"  cache size: {r.cache_bytes / 1e6:.1f} MB")
        print(
            f"  first drag tool call in a new process: cold {r.first_call_cold_cpu_s:.2f} s, "
            f"warm {r.first_call_warm_cpu_s:.2f} s (interpreter + imports alone {r.imports_cpu_s:.2f} s)"
        )
        for line in r.cold_lines:
            print(f"    cold  {line}")
        for line in r.warm_lines:
            print(f"    warm  {line}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2))


if __name__ == "__main__":
    main()
