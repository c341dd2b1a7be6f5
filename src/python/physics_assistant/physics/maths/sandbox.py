"""Run CAS work in worker processes with a hard time limit and a memory cap.

sympy can run for minutes (or exhaust memory) on innocent-looking input, and a thread cannot be
stopped. So CAS calls go to a small pool of worker processes: the caller waits at most
`timeout_s`; a worker that overruns is killed and replaced, and the caller gets `CasTimeout`.

Workers are plain subprocesses (`python -m physics_assistant.physics.maths.sandbox <memory MB>`)
speaking one JSON object per line on stdin/stdout: nothing is pickled, no main module is
re-imported (as multiprocessing's spawn/forkserver would do), and nothing is forked from our
multi-threaded server. A request names a function of `cas.OPERATIONS` and its plain-data keyword
arguments.

The limits are plain arguments (`CasLimits`); this module reads no configuration itself. The MCP
servers validate theirs (MCP_CAS_*) at start-up and hand them over with `configure`.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import IO, Any

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 5.0
MAX_TIMEOUT_S = 600.0
DEFAULT_WORKERS = 2
# A fresh worker imports sympy and pint first (about a second on an idle machine).
STARTUP_TIMEOUT_S = 90.0
# Address-space cap per worker: sympy on a bad input fails with MemoryError instead of taking the
# host. An idle worker maps ~270 MB. If a container limit kills a worker first, the pool notices
# (EOF), replaces it and the call gets an error; the server carries on.
DEFAULT_WORKER_MEMORY_MB = 1024
MIN_WORKER_MEMORY_MB = 512
# A worker is recycled after this many calls (sympy's caches only grow).
CALLS_PER_WORKER = 1000
MAX_LINE_BYTES = 1_000_000


@dataclass(frozen=True)
class CasLimits:
    """How long one call may take, how many worker processes run, and each one's memory cap."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    workers: int = DEFAULT_WORKERS
    memory_mb: int = DEFAULT_WORKER_MEMORY_MB


class CasTimeout(TimeoutError):
    """The computation exceeded its time limit; the worker was killed."""


class CasFailure(RuntimeError):
    """The worker died or failed in a way that is not the input's fault."""


class CasError(ValueError):
    """The CAS refused the input (bad expression, no solution, ...); the message is for people."""

    def __init__(self, message: str, kind: str = "CasError") -> None:
        super().__init__(message)
        self.kind = kind


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        env = dict(os.environ)
        # The child must import what we import (source checkouts, test sandboxes); a PEX venv
        # interpreter finds everything on its own path anyway.
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self.process = subprocess.Popen(  # - our own interpreter and module
            [sys.executable, "-m", "physics_assistant.physics.maths.sandbox", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # worker log lines go to our stderr
            env=env,
        )
        self.calls = 0
        self.ready = False

    @property
    def stdout(self) -> IO[bytes]:
        assert self.process.stdout is not None
        return self.process.stdout

    def read_line(self, timeout_s: float) -> dict[str, Any] | None:
        """The next message, or None when nothing arrived in time."""
        ready, _, _ = select.select([self.stdout], [], [], max(timeout_s, 0.0))
        if not ready:
            return None
        line = self.stdout.readline(MAX_LINE_BYTES)
        if not line:
            raise EOFError("worker closed its output")
        message: dict[str, Any] = json.loads(line)
        return message

    def wait_ready(self) -> None:
        if self.ready:
            return
        message = self.read_line(STARTUP_TIMEOUT_S)
        if message is None or message.get("status") != "ready":
            raise CasFailure(f"CAS worker did not start ({message!r})")
        self.ready = True

    def send(self, operation: str, kwargs: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": operation, "kwargs": kwargs}).encode() + b"\n")
        self.process.stdin.flush()

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):  # pragma: no cover - best effort
            pass
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:  # pragma: no cover
                pass


class CasSandbox:
    """A pool of CAS worker processes. Thread-safe; `call` blocks the calling thread.

    `limits` may be replaced while the pool runs: the time limit applies from the next call, the
    pool size and the memory cap to workers started from then on.
    """

    def __init__(self, limits: CasLimits | None = None) -> None:
        self.limits = limits or CasLimits()
        self._lock = threading.Lock()
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._started = 0

    @property
    def size(self) -> int:
        return max(1, self.limits.workers)

    def _acquire(self, wait_s: float) -> _Worker:
        with self._lock:
            if self._idle.empty() and self._started < self.size:
                self._started += 1
                try:
                    return _Worker(self.limits.memory_mb)
                except Exception:
                    self._started -= 1
                    raise
        try:
            return self._idle.get(timeout=max(wait_s, 0.001))
        except queue.Empty:
            raise CasTimeout("all CAS workers are busy; try again") from None

    def _release(self, worker: _Worker | None) -> None:
        if worker is not None and worker.alive() and worker.calls < CALLS_PER_WORKER:
            self._idle.put(worker)
            return
        if worker is not None:
            worker.kill()
        with self._lock:
            self._started -= 1

    def call(self, operation: str, *, timeout_s: float | None = None, **kwargs: Any) -> Any:
        """The operation's result; the time limit (default: the pool's) starts once a worker has the request."""
        if timeout_s is None:
            timeout_s = self.limits.timeout_s
        worker: _Worker | None = self._acquire(timeout_s)
        assert worker is not None
        try:
            worker.wait_ready()
            worker.calls += 1
            worker.send(operation, kwargs)
            # The clock starts once the worker has the request (a fresh one first had to import sympy).
            message = worker.read_line(timeout_s)
            if message is None:
                log.warning(
                    "CAS call timed out; killing its worker", extra={"operation": operation, "timeout_s": timeout_s}
                )
                worker.kill()
                worker = None
                raise CasTimeout(f"the computation did not finish within {timeout_s:g} s")
        except CasTimeout:
            raise
        except (EOFError, OSError, ValueError) as exc:
            if worker is not None:
                worker.kill()
                worker = None
            raise CasFailure(f"the CAS worker stopped unexpectedly ({type(exc).__name__}: {exc})") from None
        finally:
            self._release(worker)
        if message.get("status") == "ok":
            return message["result"]
        kind = str(message.get("kind", "CasError"))
        text = str(message.get("message", "the computation failed"))
        if kind == "Failure":
            raise CasFailure(text)
        raise CasError(text, kind)

    def warm_up(self) -> None:
        """Start every worker now (each imports sympy) so the first calls are fast."""
        workers = []
        try:
            for _ in range(self.size - self._idle.qsize()):
                worker = self._acquire(STARTUP_TIMEOUT_S)
                workers.append(worker)
                worker.wait_ready()
        finally:
            for worker in workers:
                self._release(worker)

    def close(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            worker.kill()
            with self._lock:
                self._started -= 1


_default: CasSandbox | None = None
_default_limits = CasLimits()
_default_lock = threading.Lock()


def configure(limits: CasLimits) -> None:
    """Set the limits of the process's shared sandbox (at start-up, before the first CAS call)."""
    global _default_limits
    with _default_lock:
        _default_limits = limits
        if _default is not None:
            _default.limits = limits


def default_sandbox() -> CasSandbox:
    """The process's shared sandbox, started lazily with the limits given to `configure`."""
    global _default
    with _default_lock:
        if _default is None:
            _default = CasSandbox(_default_limits)
        return _default


# --------------------------------------------------------------------------- the worker side


def _limit_memory(memory_mb: int) -> None:
    limit = max(memory_mb, MIN_WORKER_MEMORY_MB) * 1024 * 1024
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not every platform allows it
        pass


def _answer(operation: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    from physics_assistant.physics.maths import cas

    function = cas.OPERATIONS.get(operation)
    if function is None:
        return {"status": "error", "kind": "Failure", "message": f"unknown operation {operation!r}"}
    try:
        return {"status": "ok", "result": function(**kwargs)}
    except MemoryError:
        return {"status": "error", "kind": "MemoryError", "message": "the computation needs too much memory"}
    except RecursionError:
        return {"status": "error", "kind": "RecursionError", "message": "the expression is nested too deeply"}
    except ValueError as exc:  # ExpressionError, CasInputError: messages meant for people
        return {"status": "error", "kind": type(exc).__name__, "message": str(exc)}
    except Exception as exc:  # noqa: BLE001 - report and keep serving
        return {"status": "error", "kind": "Failure", "message": f"{type(exc).__name__}: {exc}"[:300]}


def _exit_with_parent() -> None:
    """A worker must not outlive its server (it could be deep in a runaway computation)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def worker_main(argv: list[str] | None = None) -> None:
    """The worker process; its one argument is the memory cap in MB (`_Worker` passes it)."""
    args = sys.argv[1:] if argv is None else argv
    _exit_with_parent()
    _limit_memory(int(args[0]) if args else DEFAULT_WORKER_MEMORY_MB)
    import physics_assistant.physics.maths.cas  # noqa: F401 - import sympy and pint before saying ready

    out = sys.stdout.buffer
    out.write(b'{"status": "ready"}\n')
    out.flush()
    for raw in sys.stdin.buffer:
        try:
            request = json.loads(raw)
            reply = _answer(str(request["op"]), dict(request.get("kwargs") or {}))
        except (ValueError, KeyError, TypeError) as exc:
            reply = {"status": "error", "kind": "Failure", "message": f"bad request: {exc}"}
        out.write(json.dumps(reply).encode() + b"\n")
        out.flush()


if __name__ == "__main__":
    worker_main()
