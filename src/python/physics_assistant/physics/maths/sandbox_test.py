"""The CAS sandbox: real worker processes, a real runaway computation, a real kill."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from physics_assistant.physics.maths.sandbox import CasError, CasLimits, CasSandbox, CasTimeout


@pytest.fixture(scope="module")
def sandbox() -> Iterator[CasSandbox]:
    box = CasSandbox(CasLimits(workers=2))
    box.warm_up()
    yield box
    box.close()


def test_answers_and_reports_input_errors(sandbox: CasSandbox) -> None:
    assert sandbox.call("simplify", expression="sin(x)^2 + cos(x)^2")["result"] == "1"
    with pytest.raises(CasError, match="parameter 'expression'"):
        sandbox.call("simplify", expression="__import__('os')")


def test_a_runaway_computation_is_killed_and_the_pool_recovers(sandbox: CasSandbox) -> None:
    started = time.monotonic()
    with pytest.raises(CasTimeout):
        sandbox.call("simplify", timeout_s=0.5, expression="(x + y + 1)^100000", mode="expand")
    assert time.monotonic() - started < 5
    # The killed worker is replaced; the next call works.
    assert sandbox.call("differentiate", timeout_s=60, expression="x^3", variable="x")["result"] == "3*x^2"


def test_serves_concurrent_callers(sandbox: CasSandbox) -> None:
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(lambda n: sandbox.call("simplify", timeout_s=60, expression=f"x^{n}/x")["result"], range(2, 10))
        )
    assert results == [f"x^{n - 1}" if n > 2 else "x" for n in range(2, 10)]


def test_limits_are_arguments_not_the_environment() -> None:
    box = CasSandbox(CasLimits(timeout_s=0.5, workers=1, memory_mb=768))
    try:
        box.warm_up()
        (worker,) = list(box._idle.queue)
        if hasattr(resource, "prlimit"):  # Linux
            assert resource.prlimit(worker.process.pid, resource.RLIMIT_AS)[0] == 768 * 1024 * 1024
        started = time.monotonic()
        with pytest.raises(CasTimeout, match="within 0.5 s"):
            box.call("simplify", expression="(x + y + 1)^100000", mode="expand")
        assert time.monotonic() - started < 5
    finally:
        box.close()
