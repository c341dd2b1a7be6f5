"""Health checks: named async probes run concurrently with a timeout each.

`/health` answers 200 when every probe passes and 503 naming the ones that failed, so operators
(and Compose healthchecks) learn *which* store or server is down.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from physics_assistant.core.metrics import DEPENDENCY_UP

Probe = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class ProbeResult:
    name: str
    ok: bool
    latency_ms: float
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"status": "up" if self.ok else "down", "latency_ms": round(self.latency_ms, 2)}
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class HealthRegistry:
    service: str
    timeout_s: float = 2.0
    probes: dict[str, Probe] = field(default_factory=dict)

    def add(self, name: str, probe: Probe) -> None:
        self.probes[name] = probe

    async def run_one(self, name: str) -> ProbeResult:
        probe = self.probes[name]
        started = time.perf_counter()
        try:
            await asyncio.wait_for(probe(), timeout=self.timeout_s)
        except Exception as exc:  # noqa: BLE001 - any failure means "down"; the message says why
            result = ProbeResult(name, False, (time.perf_counter() - started) * 1000, _describe(exc))
        else:
            result = ProbeResult(name, True, (time.perf_counter() - started) * 1000)
        DEPENDENCY_UP.labels(self.service, name).set(1 if result.ok else 0)
        return result

    async def run_all(self) -> tuple[bool, dict[str, object]]:
        results = await asyncio.gather(*(self.run_one(name) for name in self.probes))
        healthy = all(r.ok for r in results)
        body: dict[str, object] = {
            "status": "ok" if healthy else "degraded",
            "service": self.service,
            "checks": {r.name: r.as_dict() for r in results},
        }
        down = [r.name for r in results if not r.ok]
        if down:
            body["down"] = down
        return healthy, body


def _describe(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "timed out"
    text = str(exc).strip() or type(exc).__name__
    return text[:300]
