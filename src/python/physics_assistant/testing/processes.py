"""Start real server processes for tests and stop them afterwards.

`ServiceProcess` runs a command, waits until a TCP port accepts connections or a URL answers,
and keeps the combined output in a log file so a failing test can show why the server died.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def python_command(pex_path: str, module: str) -> list[str]:
    """How to run one of our programs: the built PEX when the test sandbox has it (Pants
    `runtime_package_dependencies`, i.e. the real artifact), else `python -m module` from source."""
    if Path(pex_path).is_file():
        return [sys.executable, pex_path]
    return [sys.executable, "-m", module]


def source_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a child Python that must import what this test process imports."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env.setdefault("NUMBA_CACHE_DIR", os.path.join(tempfile.gettempdir(), "pa-numba-cache"))
    if extra:
        env.update(extra)
    return env


@dataclass
class ServiceProcess:
    name: str
    command: Sequence[str]
    env: dict[str, str] | None = None
    cwd: str | None = None
    log_path: Path = field(default_factory=lambda: Path(tempfile.mkstemp(prefix="pa-svc-", suffix=".log")[1]))
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> ServiceProcess:
        log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.process = subprocess.Popen(
            list(self.command),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.env,
            cwd=self.cwd,
            start_new_session=True,
        )
        return self

    def logs(self, tail: int = 60) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-tail:])

    def _check_alive(self) -> None:
        assert self.process is not None
        code = self.process.poll()
        if code is not None:
            raise RuntimeError(f"{self.name} exited with code {code} during start-up:\n{self.logs()}")

    def wait_for_port(self, port: int, host: str = "127.0.0.1", timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError(f"{self.name} did not open {host}:{port} within {timeout}s:\n{self.logs()}")

    def wait_for_http(self, url: str, timeout: float = 60.0, expect_status: int | None = 200) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback test URL
                    if expect_status is None or response.status == expect_status:
                        return
                    last = f"status {response.status}"
            except urllib.error.HTTPError as exc:
                if expect_status is None:
                    return
                last = f"status {exc.code}"
            except OSError as exc:
                last = str(exc)
            time.sleep(0.15)
        raise TimeoutError(f"{self.name} did not answer {url} within {timeout}s ({last}):\n{self.logs()}")

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=timeout)
        log = getattr(self, "_log", None)
        if log is not None:
            log.close()

    def __enter__(self) -> ServiceProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
