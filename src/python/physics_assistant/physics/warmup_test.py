import os
import subprocess
import sys
from pathlib import Path

from physics_assistant.physics import warmup


def test_discovers_every_kernel_module_but_not_tests_or_itself() -> None:
    names = warmup.module_names()
    for expected in ("vectors", "forces", "kinematics", "drag"):
        assert f"physics_assistant.physics.{expected}" in names
    assert not any(n.endswith("_test") or n.endswith(".warmup") for n in names)


def test_run_reports_each_module_with_a_warm_up() -> None:
    lines: list[str] = []
    total = warmup.run(lines.append)
    assert total > 0
    warmed = [line for line in lines if line.startswith("warmed ")]
    for module in ("vectors", "forces", "kinematics", "drag"):
        assert any(f"physics_assistant.physics.{module}:" in line for line in warmed)
    assert not any("units" in line for line in warmed)  # no warm_up() there: skipped
    assert lines[-1].startswith("all kernels ready in ")


def test_module_entry_point_fills_the_cache_dir(tmp_path: Path) -> None:
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path)}
    src = Path(warmup.__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "physics_assistant.physics.warmup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"numba cache: {tmp_path}" in done.stdout
    assert list(tmp_path.rglob("*.nbi")), "numba wrote no cache index"
