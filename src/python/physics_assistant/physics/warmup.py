"""Compile every numba kernel once so its machine code lands in the on-disk cache.

`python -m physics_assistant.physics.warmup` imports each module of this package that defines
`warm_up()` and calls it. Image builds run it with NUMBA_CACHE_DIR pointing at the directory the
service will use, so containers load compiled kernels (milliseconds) instead of compiling them on
the first request (seconds). A new kernel module only needs its own `warm_up()`; it is found here
by name, not by a list.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import time
from collections.abc import Callable

import physics_assistant.physics as physics_package


def module_names() -> list[str]:
    """Every plain module of the package except tests and this one, in name order."""
    return sorted(
        f"{physics_package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(physics_package.__path__)
        if not info.ispkg and not info.name.endswith("_test") and info.name != "warmup"
    )


def run(out: Callable[[str], None] = print) -> float:
    """Import each module and call its warm_up(); report per-module time. Returns total seconds."""
    cache = os.environ.get("NUMBA_CACHE_DIR", "(unset: numba writes __pycache__ next to the sources)")
    out(f"numba cache: {cache}")
    start = time.perf_counter()
    for name in module_names():
        t0 = time.perf_counter()
        module = importlib.import_module(name)
        warm = getattr(module, "warm_up", None)
        if not callable(warm):
            continue
        imported = time.perf_counter() - t0
        warm()
        out(f"warmed {name}: import {imported:.2f} s, kernels {time.perf_counter() - t0 - imported:.2f} s")
    total = time.perf_counter() - start
    out(f"all kernels ready in {total:.2f} s")
    return total


def main() -> None:
    run(lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()
