"""Benchmark: one MCP tool call over streamable HTTP on loopback, against baselines from the same run.

    PYTHONPATH=src/python .venv/bin/python scripts/bench/mcp_latency.py [--pex dist/bin/mcp.pex]
        [--calls 2000] [--concurrency 16] [--servers granian,uvicorn] [--json out.json]

What is measured (one client thread, HTTP/1.1 keep-alive, requests strictly one after another):

- mcp tools/call: a JSON-RPC `tools/call` POST to /mcp of the forces server for `weight`
  (`{"mass": "2 kg"}`: unit parsing, validation, a numba kernel, structured result, worked steps),
  exactly as an MCP client sends it, on both wires the server speaks: 2026-07-28 (what the
  official SDK client uses by default; one self-contained request) and 2025-11-25 (older clients
  and the conformance suite; served statelessly, so no initialize round trip is needed either).
- mcp ping: a JSON-RPC `ping` (2025-11-25 wire): the protocol layer without a tool.
- GET /health on the same server: our HTTP stack (granian, Starlette, metrics middleware) without MCP.
- bare Starlette: a separate process serving one constant JSON route with the same server
  software and settings: the floor for "an HTTP request to a Python app on this machine".
- the tool alone: the server's own tool wrapper (`PhysicsTool.run`: argument validation, kernel,
  result model and text) called in this process: what the protocol and HTTP add is the rest.

Latency is wall time per request (time.perf_counter) after a warm-up; p50/p90/p99 over --calls
requests. Throughput (calls/s) uses --concurrency parallel connections (asyncio) for --calls
requests. The official SDK client's round trip (`Client.call_tool`) is also reported, to show what
a Python MCP client adds on top. Ratios are against the bare Starlette baseline from the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
TOPIC = "forces"
TOOL = "weight"
ARGUMENTS = {"mass": "2 kg"}
HEADERS = {
    "content-type": "application/json",
    "accept": "application/json, text/event-stream",
    "mcp-protocol-version": "2025-11-25",
}
CALL_BODY = json.dumps(
    {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": TOOL, "arguments": ARGUMENTS}}
).encode()
PING_BODY = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"}).encode()
# The 2026-07-28 wire (what the official SDK client speaks by default): no session, no handshake,
# the protocol version and client info ride in each request's _meta and in headers.
MODERN_META = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": {"name": "bench", "version": "1"},
    "io.modelcontextprotocol/clientCapabilities": {},
}
MODERN_HEADERS = {
    "content-type": "application/json",
    "accept": "application/json, text/event-stream",
    "mcp-protocol-version": "2026-07-28",
    "mcp-method": "tools/call",
    "mcp-name": TOOL,
}
MODERN_CALL_BODY = json.dumps(
    {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": TOOL, "arguments": ARGUMENTS, "_meta": MODERN_META},
    }
).encode()


# --------------------------------------------------------------------------- baseline server


def baseline_app() -> Any:
    """A bare Starlette app with one JSON route (what the baseline process serves)."""
    # Starlette comes with the MCP SDK.
    from starlette.applications import Starlette  # pants: no-infer-dep
    from starlette.responses import JSONResponse  # pants: no-infer-dep
    from starlette.routing import Route  # pants: no-infer-dep

    payload = {"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": "W = 19.6 N"}]}}

    async def echo(request: Any) -> JSONResponse:
        await request.body()
        return JSONResponse(payload)

    return Starlette(routes=[Route("/", echo, methods=["POST", "GET"])])


def serve_baseline(server: str, port: int) -> None:
    if server == "uvicorn":
        import uvicorn

        uvicorn.run(baseline_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False)
        return
    from granian import Granian
    from granian.constants import Interfaces

    Granian(
        "bench.mcp_latency:baseline_app",
        address="127.0.0.1",
        port=port,
        interface=Interfaces.ASGI,
        workers=1,
        factory=True,
        log_enabled=False,
    ).serve()


# --------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src/python"), str(ROOT / "scripts"), env.get("PYTHONPATH", "")])
    env.setdefault("NUMBA_CACHE_DIR", os.path.join(tempfile.gettempdir(), "pa-numba-cache"))
    env["LOG_LEVEL"] = "WARNING"
    return env


@contextmanager
def running(command: list[str], url: str, env: dict[str, str]) -> Iterator[None]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"{command} exited: {process.stderr.read().decode()[-2000:] if process.stderr else ''}"
                )
            try:
                if httpx.get(url, timeout=1).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{command} did not answer {url}")
            time.sleep(0.2)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def mcp_command(pex: str | None, server: str, port: int) -> list[str]:
    if server == "uvicorn":
        return [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "physics_assistant.mcp_servers.http_app:app_from_env",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    base = [sys.executable, pex] if pex else [sys.executable, "-m", "physics_assistant.mcp_servers"]
    return [*base, TOPIC, "--transport", "http", "--port", str(port), "--log-level", "WARNING"]


# --------------------------------------------------------------------------- measurements


@dataclass
class Row:
    name: str
    p50_ms: float
    p90_ms: float
    p99_ms: float
    calls_per_s: float | None
    ratio_p50: float | None = None


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return at(0.50), at(0.90), at(0.99)


def sequential(send: Callable[[], None], calls: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        send()
    samples = []
    for _ in range(calls):
        started = time.perf_counter()
        send()
        samples.append(time.perf_counter() - started)
    return samples


class RawHttp:
    """A minimal HTTP/1.1 keep-alive client on a plain socket: a few microseconds per request, so
    the numbers are the server's (httpx alone adds ~0.3 ms per request on this machine)."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def request(self, raw: bytes) -> tuple[int, bytes]:
        self.sock.sendall(raw)
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.lower().split(b": ", 1) for line in lines[1:])
        length = int(headers.get(b"content-length", b"0"))
        self.buffer = rest
        while len(self.buffer) < length:
            self._fill()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return status, body

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self.buffer += chunk

    def close(self) -> None:
        self.sock.close()


def raw_request(port: int, path: str, body: bytes | None) -> bytes:
    lines = [f"{'POST' if body is not None else 'GET'} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    if body is not None:
        headers = MODERN_HEADERS if body is MODERN_CALL_BODY else HEADERS
        lines += [f"{k}: {v}" for k, v in headers.items()] + [f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


def http_latency(
    port: int, path: str, body: bytes | None, calls: int, warmup: int, check: Callable[[int, bytes], None]
) -> list[float]:
    client = RawHttp(port)
    raw = raw_request(port, path, body)
    try:

        def send() -> None:
            check(*client.request(raw))

        return sequential(send, calls, warmup)
    finally:
        client.close()


async def _throughput(port: int, path: str, body: bytes | None, calls: int, concurrency: int) -> float:
    raw = raw_request(port, path, body)
    remaining = calls

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            writer.write(raw)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(
                next(line.split(b": ")[1] for line in head.lower().split(b"\r\n") if line.startswith(b"content-length"))
            )
            await reader.readexactly(length)

    connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)]
    remaining = concurrency * 20  # warm every connection
    await asyncio.gather(*(worker(r, w) for r, w in connections))
    remaining = calls
    started = time.perf_counter()
    await asyncio.gather(*(worker(r, w) for r, w in connections))
    elapsed = time.perf_counter() - started
    for _, writer in connections:
        writer.close()
    return calls / elapsed


def throughput(port: int, path: str, body: bytes | None, calls: int, concurrency: int) -> float:
    return asyncio.run(_throughput(port, path, body, calls, concurrency))


def check_tool(status: int, body: bytes) -> None:
    result = json.loads(body)["result"] if status == 200 else {"status": status}
    if result.get("isError") or "structuredContent" not in result:
        raise RuntimeError(f"unexpected tool result: {result}")


def check_ok(status: int, body: bytes) -> None:
    if status != 200:
        raise RuntimeError(f"HTTP {status}: {body[:200]!r}")


def sdk_latency(url: str, calls: int, warmup: int) -> list[float]:
    from mcp import Client

    async def run() -> list[float]:
        async with Client(url) as client:
            for _ in range(warmup):
                await client.call_tool(TOOL, ARGUMENTS)
            samples = []
            for _ in range(calls):
                started = time.perf_counter()
                result = await client.call_tool(TOOL, ARGUMENTS)
                samples.append(time.perf_counter() - started)
                if result.is_error:
                    raise RuntimeError(result)
            return samples

    return asyncio.run(run())


def in_process_latency(calls: int, warmup: int) -> list[float]:
    """The tool as the server runs it (argument validation, kernel, result and text), no protocol."""
    from physics_assistant.mcp_servers.adapter import PhysicsTool
    from physics_assistant.mcp_servers.topics import load_toolset

    tool = PhysicsTool.from_spec(load_toolset(TOPIC).tools[TOOL], server_name=TOPIC)

    async def run() -> list[float]:
        samples = []
        for i in range(warmup + calls):
            started = time.perf_counter()
            result = await tool.run(dict(ARGUMENTS))
            if i >= warmup:
                samples.append(time.perf_counter() - started)
            if result.is_error:
                raise RuntimeError(result)
        return samples

    return asyncio.run(run())


def row(name: str, samples: list[float], rate: float | None) -> Row:
    p50, p90, p99 = percentiles(samples)
    return Row(name, p50, p90, p99, rate)


def measure(server: str, pex: str | None, calls: int, warmup: int, concurrency: int) -> list[Row]:
    env = child_env()
    rows: list[Row] = []
    base_port, mcp_port = free_port(), free_port()
    baseline_cmd = [sys.executable, str(Path(__file__).resolve()), "--serve-baseline", server, "--port", str(base_port)]
    with running(baseline_cmd, f"http://127.0.0.1:{base_port}/", env):
        baseline = row(
            f"bare Starlette JSON POST ({server})",
            http_latency(base_port, "/", b"{}", calls, warmup, check_ok),
            throughput(base_port, "/", b"{}", calls, concurrency),
        )
    mcp_env = {**env, "PA_MCP_TOPIC": TOPIC}
    with running(mcp_command(pex, server, mcp_port), f"http://127.0.0.1:{mcp_port}/health", mcp_env):
        for name, path, body, check in (
            (f"mcp tools/call {TOOL}, 2026-07-28 wire", "/mcp", MODERN_CALL_BODY, check_tool),
            (f"mcp tools/call {TOOL}, 2025-11-25 wire", "/mcp", CALL_BODY, check_tool),
            ("mcp ping", "/mcp", PING_BODY, check_ok),
            ("GET /health, same server", "/health", None, check_ok),
        ):
            rows.append(
                row(
                    f"{name} ({server})",
                    http_latency(mcp_port, path, body, calls, warmup, check),
                    throughput(mcp_port, path, body, calls, concurrency),
                )
            )
        if server == "granian":
            url = f"http://127.0.0.1:{mcp_port}/mcp"
            rows.append(row("official SDK client call_tool (granian)", sdk_latency(url, min(calls, 500), 50), None))
    rows.append(baseline)
    for r in rows:
        r.ratio_p50 = r.p50_ms / baseline.p50_ms
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pex", help="run the MCP server from this PEX (default: from source)")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--servers", default="granian", help="comma-separated: granian,uvicorn")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--serve-baseline", choices=("granian", "uvicorn"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_baseline:
        serve_baseline(args.serve_baseline, args.port)
        return

    rows: list[Row] = []
    for server in args.servers.split(","):
        rows += measure(server.strip(), args.pex, args.calls, args.warmup, args.concurrency)
    in_process = row(
        f"{TOOL} alone, in-process (no protocol, no HTTP)", in_process_latency(args.calls, args.warmup), None
    )
    rows.append(in_process)

    print(
        f"\n{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {args.calls} calls per row, "
        f"throughput with {args.concurrency} connections\n"
    )
    print("| what | p50 ms | p90 ms | p99 ms | calls/s | p50 ÷ bare Starlette POST |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        rate = f"{r.calls_per_s:,.0f}" if r.calls_per_s else "-"
        ratio = f"{r.ratio_p50:.2f}" if r.ratio_p50 is not None else "-"
        print(f"| {r.name} | {r.p50_ms:.3f} | {r.p90_ms:.3f} | {r.p99_ms:.3f} | {rate} | {ratio} |")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in rows], indent=2))


if __name__ == "__main__":
    main()
