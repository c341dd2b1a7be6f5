"""Benchmark the tutor: POST /v1/ask latency (p50/p99) and throughput with all six MCP servers local.

Starts the six MCP servers and the tutor (the built PEXes in dist/bin when present, else from
source), warms them up, then measures in the same run:

- ``ask``: POST /v1/ask over the public problem set (cycled), the full path: parse, MCP tool
  call(s) over streamable HTTP, answer;
- ``mcp``: the same tool calls made directly with the official MCP SDK client (one long-lived
  session per server, like the tutor's) - the floor the tutor adds its work to;
- ``topics``: GET /v1/topics, the tutor's HTTP floor (no parsing, no tool call).

Ratios against these baselines come from the same run, so they survive a busy or slow machine.

    ./pants package src/python/physics_assistant/mcp_servers:mcp src/python/physics_assistant/agents_api:agents-api
    python3.11 scripts/bench/agents_api_bench.py [--requests 600] [--concurrency 1 4] [--from-source]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src" / "python"))

from physics_assistant.agents_api.mcp_pool import McpPool  # noqa: E402
from physics_assistant.agents_api.understanding.planner import understand  # noqa: E402
from physics_assistant.agents_api.understanding.recipes.base import ToolCall  # noqa: E402
from physics_assistant.testing.processes import ServiceProcess, free_port  # noqa: E402

TOPICS = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")
PUBLIC = ROOT / "tests" / "agents_api" / "data" / "tutor_problems.json"


FROM_SOURCE = False


def command(pex: str, module: str) -> list[str]:
    path = ROOT / "dist" / "bin" / pex
    if path.is_file() and not FROM_SOURCE:
        return [sys.executable, str(path)]
    return [sys.executable, "-m", module]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src" / "python")
    env.setdefault("NUMBA_CACHE_DIR", os.path.join(tempfile.gettempdir(), "pa-numba-cache"))
    env["LOG_LEVEL"] = "WARNING"
    for name in ("DATABASE_API_URL", "LLM_BASE_URL", "LLM_MODEL"):
        env.pop(name, None)
    return env


def summary(name: str, samples: list[float], wall: float) -> dict[str, float | str]:
    ordered = sorted(samples)
    return {
        "name": name,
        "n": len(ordered),
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000,
        "rps": len(ordered) / wall,
    }


async def run_load(call, payloads: list, total: int, concurrency: int) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
    samples: list[float] = []
    counter = iter(range(total))

    async def worker() -> None:
        for i in counter:
            started = time.perf_counter()
            await call(payloads[i % len(payloads)])
            samples.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples, time.perf_counter() - started


async def bench(requests: int, concurrencies: list[int], tutor_url: str, mcp_urls: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    questions = [p["question"] for p in json.loads(PUBLIC.read_text())]
    # The tool calls the tutor makes for each question (first call; later ones need earlier results).
    direct: list[ToolCall] = []
    for q in questions:
        _, plan = understand(q)
        if isinstance(plan.calls[0], ToolCall):
            direct.append(plan.calls[0])
    pool = McpPool(mcp_urls)
    results = []
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=tutor_url, timeout=60, limits=limits) as client:

        async def ask(question: str) -> None:
            response = await client.post("/v1/ask", json={"question": question})
            if response.status_code != 200:
                raise RuntimeError(f"/v1/ask answered {response.status_code}: {response.text[:200]}")

        async def topics(_: object) -> None:
            (await client.get("/v1/topics")).raise_for_status()

        async def mcp(call: ToolCall) -> None:
            await pool.call(call.server, call.tool, call.arguments)

        # warm-up: every question and every direct call once (compiles, opens sessions)
        for q in questions:
            await ask(q)
        for c in direct:
            await mcp(c)
        for concurrency in concurrencies:
            for name, fn, payloads in (("topics", topics, [None]), ("mcp", mcp, direct), ("ask", ask, questions)):
                samples, wall = await run_load(fn, payloads, requests, concurrency)
                row = summary(name, samples, wall)
                row["concurrency"] = concurrency
                results.append(row)
    await pool.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--from-source", action="store_true", help="run from src/python even if dist/bin has PEXes")
    args = parser.parse_args()
    global FROM_SOURCE  # a process-wide switch for this script
    FROM_SOURCE = args.from_source
    env = environment()
    processes: list[ServiceProcess] = []
    ports = {t: free_port() for t in TOPICS}
    try:
        for topic in TOPICS:
            processes.append(
                ServiceProcess(
                    f"mcp-{topic}",
                    [
                        *command("mcp.pex", "physics_assistant.mcp_servers"),
                        *(topic, "--transport", "http", "--host", "127.0.0.1", "--port", str(ports[topic])),
                    ],
                    env=env,
                ).start()
            )
        for process, topic in zip(processes, TOPICS, strict=True):
            process.wait_for_http(f"http://127.0.0.1:{ports[topic]}/health", timeout=300)
        mcp_urls = {t: f"http://127.0.0.1:{p}/mcp" for t, p in ports.items()}
        tutor_port = free_port()
        tutor_env = dict(env)
        tutor_env.update({f"MCP_{t.upper().replace('-', '_')}_URL": url for t, url in mcp_urls.items()})
        tutor = ServiceProcess(
            "agents-api",
            [
                *command("agents-api.pex", "physics_assistant.agents_api"),
                "--host",
                "127.0.0.1",
                "--port",
                str(tutor_port),
            ],
            env=tutor_env,
        ).start()
        processes.append(tutor)
        tutor_url = f"http://127.0.0.1:{tutor_port}"
        tutor.wait_for_http(f"{tutor_url}/v1/topics", timeout=120)
        rows = asyncio.run(bench(args.requests, args.concurrency, tutor_url, mcp_urls))
    finally:
        for process in reversed(processes):
            process.stop()
    pex = (ROOT / "dist" / "bin" / "agents-api.pex").is_file() and not FROM_SOURCE
    print(f"\nrunning {'the built PEXes (dist/bin)' if pex else 'from source'}; requests per row: {args.requests}")
    print(f"{'concurrency':>11} {'what':<8}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}")
    for row in rows:
        print(f"{row['concurrency']:>11} {row['name']:<8}{row['p50_ms']:>9.2f}{row['p99_ms']:>9.2f}{row['rps']:>9.1f}")
    for concurrency in args.concurrency:
        by = {r["name"]: r for r in rows if r["concurrency"] == concurrency}
        ask, mcp, topics = by["ask"], by["mcp"], by["topics"]
        print(
            f"concurrency {concurrency}: ask p50 = {ask['p50_ms'] / mcp['p50_ms']:.2f}x a direct MCP tool call, "
            f"{ask['p50_ms'] / topics['p50_ms']:.2f}x GET /v1/topics; "
            f"ask req/s = {ask['rps'] / mcp['rps']:.2f}x direct MCP calls/s"
        )


if __name__ == "__main__":
    main()
