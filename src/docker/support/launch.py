"""Container entry point: `python3.11 -I /app/launch.py ARGS...` runs the service with ARGS.

The image keeps a numba JIT cache warmed at build time in $PA_NUMBA_CACHE_SEED (read-only, like
the whole root filesystem). numba only uses a cache directory it can write to, so before the
service starts we copy the seed to $NUMBA_CACHE_DIR (a tmpfs, e.g. /tmp/numba-cache) unless that
already exists. Copying a few MB takes milliseconds; compiling the kernels again takes seconds.
Then we exec the venv's `pex` entry script, so the service runs as PID 1 and gets the signals.
"""

import json
import os
import shutil
import sys
import time

VENV_PYTHON = "/app/venv/bin/python3.11"
VENV_ENTRY = "/app/venv/pex"


def seed_numba_cache(seed: str | None, cache: str | None) -> str:
    """Copy the warm cache into place; returns what happened (for the start-up log line)."""
    if not seed or not cache:
        return "not configured"
    if not os.path.isdir(seed):
        return f"no seed at {seed}"
    if os.path.exists(cache):
        return f"kept existing {cache}"
    try:
        shutil.copytree(seed, cache)
    except OSError as exc:  # the service still runs, it just compiles on first use
        return f"copy failed: {exc}"
    return f"seeded {cache} from {seed}"


def main(argv: list[str]) -> None:
    started = time.perf_counter()
    outcome = seed_numba_cache(os.environ.get("PA_NUMBA_CACHE_SEED"), os.environ.get("NUMBA_CACHE_DIR"))
    if outcome != "not configured":
        line = {
            "level": "INFO",
            "logger": "launch",
            "message": "numba cache",
            "outcome": outcome,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }
        print(json.dumps(line), file=sys.stderr, flush=True)
    os.execv(VENV_PYTHON, [VENV_PYTHON, "-sE", VENV_ENTRY, *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
