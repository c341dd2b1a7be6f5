"""Database API benchmark: req/s and latency for recording interactions and for a prerequisites
query, against a granian-served API on loopback, with a same-run baseline (GET /livez: the whole
middleware stack, no store behind it) so the figures read as ratios that survive another machine.

    eval "$(scripts/setup-machine.sh)"
    ./pants package src/python/physics_assistant/database_api:database-api   # optional: bench the PEX
    .venv/bin/python scripts/bench/database_api_bench.py                      # 10 s per endpoint
    .venv/bin/python scripts/bench/database_api_bench.py --duration 20 --connections 64 --workers 2

Starts its own private Postgres, Redis and ArcadeDB Bolt server (physics_assistant.testing.servers)
and runs dist/bin/database-api.pex when it exists, else the sources. Load comes from wrk (Debian
package `wrk`) when installed, else from the small asyncio HTTP/1.1 keep-alive client below. The
prerequisites query is measured twice: answered from the Redis response cache (the normal case)
and with the cache off (CACHE_TTL_S=0: every request walks the graph in the Bolt server). Prints
a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src" / "python"))

from physics_assistant.testing import servers  # noqa: E402 - importable once the source path is known

PEX = ROOT / "dist" / "bin" / "database-api.pex"
PREREQUISITES_PATH = "/v1/concepts/rolling_on_an_incline/prerequisites?transitive=true"
INTERACTION = {
    "topic": "kinematics",
    "question": "A ball is launched at 20 m/s at 30 degrees above level ground. How far does it land?",
    "answer": {"value": 35.3, "unit": "m", "display": "35.3 m"},
    "tools_used": [{"server": "kinematics", "tool": "projectile", "arguments": {"speed": 20, "angle": "30 deg"}}],
    "concepts": ["projectile_motion"],
    "success": True,
    "duration_ms": 41,
}


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------------------- load generators

WRK_SCRIPT = """
wrk.method = "{method}"
wrk.body = {body}
{headers}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {{"requests": %d, "duration_us": %d, "errors": %d, "p50_us": %d, "p99_us": %d}}\\n',
    summary.requests, summary.duration, e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def run_wrk(base: str, endpoint: Endpoint, duration: float, connections: int, threads: int) -> Result:
    headers = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in endpoint.headers.items())
    script = WRK_SCRIPT.format(method=endpoint.method, body=json.dumps(endpoint.body.decode()), headers=headers)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration:g}s", "--timeout", "10s", "-s", f.name]
    try:
        out = subprocess.run([*command, base + endpoint.path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    data = json.loads(line.removeprefix("RESULT "))
    return Result(
        endpoint.name,
        data["requests"],
        data["duration_us"] / 1e6,
        data["p50_us"] / 1e3,
        data["p99_us"] / 1e3,
        data["errors"],
    )


async def _connection(
    host: str, port: int, request: bytes, stop_at: float, latencies: list[float], errors: list[int]
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status >= 300:
                errors.append(status)
    finally:
        writer.close()


def run_python(base: str, endpoint: Endpoint, duration: float, connections: int) -> Result:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    headers = {"Host": f"{host}:{port}", "Content-Length": str(len(endpoint.body)), **endpoint.headers}
    head = f"{endpoint.method} {endpoint.path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = (head + "\r\n").encode() + endpoint.body
    latencies: list[float] = []
    errors: list[int] = []

    async def load() -> float:
        started = time.perf_counter()
        stop_at = started + duration
        await asyncio.gather(
            *(_connection(host, port, request, stop_at, latencies, errors) for _ in range(connections))
        )
        return time.perf_counter() - started

    seconds = asyncio.run(load())
    ordered = sorted(latencies) or [0.0]
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return Result(endpoint.name, len(latencies), seconds, statistics.median(ordered) * 1e3, p99 * 1e3, len(errors))


# ---------------------------------------------------------------------------- the run


def measure(api: servers.DatabaseApiServer, endpoints: list[Endpoint], args: argparse.Namespace) -> list[Result]:
    results = []
    for endpoint in endpoints:
        # A short warm-up first, so pools, caches and granian are in their steady state.
        if args.generator == "wrk":
            run_wrk(api.url, endpoint, 2, args.connections, args.threads)
            result = run_wrk(api.url, endpoint, args.duration, args.connections, args.threads)
        else:
            run_python(api.url, endpoint, 2, args.connections)
            result = run_python(api.url, endpoint, args.duration, args.connections)
        print(
            f"  {result.name:<42} {result.rps:8.0f} req/s  p50 {result.p50_ms:7.2f} ms  "
            f"p99 {result.p99_ms:7.2f} ms  errors {result.errors}",
            flush=True,
        )
        results.append(result)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per endpoint (after a 2 s warm-up)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=1, help="granian workers")
    parser.add_argument("--generator", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--pex", default=str(PEX), help='the PEX to serve; "" runs the sources')
    args = parser.parse_args()
    pex = Path(args.pex) if args.pex else None

    bolt_server = servers.BoltServer(quick_start=False)  # the JVM's full JIT, as in production
    with servers.PostgresServer() as pg, servers.RedisServer() as redis, bolt_server as bolt:

        def api(**kwargs: object) -> servers.DatabaseApiServer:
            # A missing path makes DatabaseApiServer run `python -m` from the sources.
            return servers.DatabaseApiServer(pg, redis, bolt, pex=str(pex or "/nonexistent"), **kwargs)  # type: ignore[arg-type]

        setup = api()
        setup.prepare()
        token = setup.start().new_user_token("bench_student", "bench-password-1")
        setup.stop()

        auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        baseline = Endpoint("GET /livez (baseline)", "GET", "/livez")
        health = Endpoint("GET /health (probes all 3 stores)", "GET", "/health")
        record = Endpoint("POST /v1/interactions", "POST", "/v1/interactions", json.dumps(INTERACTION).encode(), auth)
        cached_prereq = Endpoint("GET .../prerequisites?transitive (cached)", "GET", PREREQUISITES_PATH)
        uncached_prereq = Endpoint("GET .../prerequisites?transitive (no cache)", "GET", PREREQUISITES_PATH)
        # Same database and token key as the set-up server, so the student's token stays valid.
        common = {
            "database": setup.database,
            "jwt_secret": setup.jwt_secret,
            "serve_args": ("--workers", str(args.workers)),
        }
        print(f"generator={args.generator} connections={args.connections} duration={args.duration:g}s")

        print("run 1: response cache on (CACHE_TTL_S=300)")
        server = api(**common, extra_env={"CACHE_TTL_S": "300"}).start()
        try:
            run1 = measure(server, [baseline, health, record, cached_prereq], args)
        finally:
            server.stop()
        print("run 2: response cache off (CACHE_TTL_S=0): every request queries the graph")
        server = api(**common, extra_env={"CACHE_TTL_S": "0"}).start()
        try:
            run2 = measure(server, [baseline, uncached_prereq], args)
        finally:
            server.stop()

    print()
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; {args.generator}, "
        f"{args.connections} connections, {args.duration:g} s per endpoint, granian workers: {args.workers}; "
        f"served from {pex if pex and pex.is_file() else 'the sources'}."
    )
    print()
    print("| run | endpoint | req/s | p50 ms | p99 ms | errors | req/s ÷ baseline | p99 ÷ baseline |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for run, results in (("1", run1), ("2", run2)):
        base = results[0]
        for r in results:
            print(
                f"| {run} | {r.name} | {r.rps:.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.errors} | "
                f"{r.rps / base.rps:.2f} | {r.p99_ms / base.p99_ms:.1f} |"
            )


if __name__ == "__main__":
    main()
