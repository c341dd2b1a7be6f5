"""The image definitions (src/docker/) and the helpers every image runs: launch.py (seeds numba's
cache, then execs the service), healthcheck.py (exec-form probe) and trim-site-packages.sh.
Building and running the images is scripts/build-images.sh --check (podman; CI runs it)."""

from __future__ import annotations

import http.server
import importlib.util
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from deploy.support import ROOT, run, tool

from physics_assistant import __version__
from physics_assistant.testing.processes import free_port

DOCKER = ROOT / "src/docker"
SUPPORT = DOCKER / "support"
SERVICES = {
    "mcp": ["10100", "10101", "10102", "10103", "10104", "10105"],
    "agents-api": ["8000"],
    "database-api": ["8001"],
}


def final_stage(dockerfile: str) -> str:
    return dockerfile[dockerfile.rindex("\nFROM ") :]


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_dockerfile_is_multi_stage_distroless_and_non_root(service: str) -> None:
    text = (DOCKER / service / "Dockerfile").read_text()
    assert "ARG BASE_IMAGE=gcr.io/distroless/python3-debian12\n" in text
    assert "ARG BUILDER_IMAGE=gcr.io/distroless/python3-debian12:debug\n" in text
    # Requirements and our sources become separate layers, each from its own PEX (installed with
    # `--scope=deps` / `--scope=srcs` by install-venv.sh).
    assert f"COPY src.docker.{service}/deps.pex" in text and "RUN sh /build/install-venv.sh deps\n" in text
    assert f"COPY src.docker.{service}/srcs.pex" in text and "RUN sh /build/install-venv.sh srcs\n" in text
    assert "COPY src/docker/support/app-user.sh /build/\nRUN sh /build/app-user.sh /out\n" in text
    final = final_stage(text)
    assert final.startswith("\nFROM ${BASE_IMAGE}")
    assert "\nRUN " not in final, "the distroless stage has no shell to RUN anything"
    assert "\nUSER 1001:1001\n" in final
    assert re.search(r'\nENTRYPOINT \["/usr/bin/python3\.11", "-I", "/app/launch\.py"\]', final)
    assert re.search(r"\nEXPOSE " + " ".join(SERVICES[service]) + r"\n", final)
    copies = re.findall(r"\nCOPY --from=(\w+) ", final)
    assert copies.index("deps") < copies.index("srcs"), "requirements layer must come before the sources layer"


def test_mcp_image_warms_and_seeds_numba_cache() -> None:
    text = (DOCKER / "mcp/Dockerfile").read_text()
    assert "physics_assistant.physics.warmup" in text
    final = final_stage(text)
    assert "COPY --from=warm /app/numba-cache /app/numba-cache" in final
    assert "NUMBA_CACHE_DIR=/tmp/numba-cache" in final and "PA_NUMBA_CACHE_SEED=/app/numba-cache" in final
    # The cache is compiled for a generic CPU at build time; run time must ask for the same.
    warm = text[text.index(" AS warm") : text.index(" AS users")]
    assert "NUMBA_CPU_NAME=generic" in warm and "NUMBA_CPU_NAME=generic" in final


def declared_targets(service: str) -> list[tuple[str, dict[str, Any]]]:
    """(target type, fields) of what src/docker/<service>/BUILD declares, macros expanded: the
    BUILD file run after images.macros, as Pants runs it, with target types that record."""
    declared: list[tuple[str, dict[str, Any]]] = []

    def recorder(kind: str) -> Callable[..., None]:
        return lambda **fields: declared.append((kind, fields))

    namespace: dict[str, Any] = {kind: recorder(kind) for kind in ("pex_binary", "docker_image", "files")}
    exec((DOCKER / "images.macros").read_text(), namespace)
    exec((DOCKER / service / "BUILD").read_text(), namespace)
    return declared


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_image_targets_are_tagged_with_the_version_and_kept_out_of_docker_less_builds(service: str) -> None:
    build = (DOCKER / service / "BUILD").read_text()
    assert f'image_tags=["{__version__}", "latest"]' in build
    targets = declared_targets(service)
    kinds = [kind for kind, _ in targets]
    assert sorted(kinds) == ["docker_image", "files", "pex_binary", "pex_binary"]
    # Every target but the plain files must carry the "docker" tag so `pants --tag=-docker package ::` skips it.
    for kind, fields in targets:
        assert fields.get("tags") == (None if kind == "files" else ["docker"]), (kind, fields)
    pexes = {fields["name"]: fields for kind, fields in targets if kind == "pex_binary"}
    assert pexes["deps"]["include_sources"] is False and "include_requirements" not in pexes["deps"]
    assert pexes["srcs"]["include_requirements"] is False and "include_sources" not in pexes["srcs"]
    (image,) = (fields for kind, fields in targets if kind == "docker_image")
    assert image["name"] == service and image["image_tags"] == [__version__, "latest"]
    assert {":deps", ":srcs", "src/docker/support"} <= set(image["dependencies"])


def test_app_user_script_adds_uid_1001_to_the_base_users(tmp_path: Path) -> None:
    result = run(tool("sh"), SUPPORT / "app-user.sh", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    passwd = (tmp_path / "out/passwd").read_text().splitlines()
    group = (tmp_path / "out/group").read_text().splitlines()
    assert passwd[:-1] == Path("/etc/passwd").read_text().splitlines()
    assert passwd[-1] == "app:x:1001:1001:Physics Assistant:/nonexistent:/sbin/nologin"
    assert group[-1] == "app:x:1001:"


def test_install_venv_script_keeps_the_two_layers_apart() -> None:
    script = (SUPPORT / "install-venv.sh").read_text()
    assert 'venv --scope="$scope" --site-packages-copies /app/venv' in script
    # Only the requirements are trimmed; both are byte-compiled; the PEX is gone afterwards.
    assert 'if [ "$scope" = deps ]; then\n  sh /build/trim-site-packages.sh "$site"' in script
    assert "compileall" in script and "rm -rf /build" in script


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SUPPORT / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_launch_seeds_the_numba_cache_once(tmp_path: Path) -> None:
    launch = load("launch")
    seed = tmp_path / "seed"
    (seed / "kinematics_abc").mkdir(parents=True)
    (seed / "kinematics_abc/projectile.nbi").write_bytes(b"index")
    cache = tmp_path / "cache"
    assert launch.seed_numba_cache(str(seed), str(cache)).startswith("seeded")
    assert (cache / "kinematics_abc/projectile.nbi").read_bytes() == b"index"
    # A second start (container restart with the same tmpfs) keeps what the service compiled since.
    (cache / "kinematics_abc/new.nbc").write_bytes(b"compiled later")
    assert launch.seed_numba_cache(str(seed), str(cache)).startswith("kept")
    assert (cache / "kinematics_abc/new.nbc").exists()


def test_launch_without_a_seed_still_starts(tmp_path: Path) -> None:
    launch = load("launch")
    assert launch.seed_numba_cache(None, str(tmp_path / "c")) == "not configured"
    assert launch.seed_numba_cache(str(tmp_path / "absent"), str(tmp_path / "c")).startswith("no seed")
    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o500)
    seed = tmp_path / "seed"
    seed.mkdir()
    outcome = launch.seed_numba_cache(str(seed), str(read_only / "cache"))
    read_only.chmod(0o700)
    # As root the directory is writable anyway; as a user the copy fails and the service still runs.
    assert outcome.startswith(("seeded", "copy failed"))


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status = 200 if self.path == "/health" else 503
        body = b'{"status": "ok"}' if status == 200 else b'{"status": "degraded", "down": ["postgres"]}'
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def probe(*args: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-I", SUPPORT / "healthcheck.py", *args)


def test_healthcheck_passes_on_200(health_server: str) -> None:
    assert probe(health_server + "/health").returncode == 0


def test_healthcheck_fails_on_503_and_says_what_is_down(health_server: str) -> None:
    result = probe(health_server + "/degraded")
    assert result.returncode == 1
    assert "503" in result.stderr and "postgres" in result.stderr


def test_healthcheck_fails_when_nothing_listens() -> None:
    result = probe(f"http://127.0.0.1:{free_port()}/health")
    assert result.returncode == 1
    assert "unhealthy" in result.stderr


def test_healthcheck_usage() -> None:
    assert probe().returncode == 2


def test_trim_removes_tests_and_build_files_but_keeps_what_runs(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    keep = [
        "numpy/__init__.py",
        "numpy/testing/__init__.py",
        "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        "numba/__init__.py",
        "numba/testing/__init__.py",
        "numba-0.68.1.dist-info/METADATA",
        "numba-0.68.1.dist-info/LICENSE",
        "sympy/core/basic.py",
    ]
    drop = [
        "numba/tests/test_jit.py",
        "sympy/core/tests/test_basic.py",
        "sympy/benchmarks/bench_x.py",
        "numpy/_core/include/numpy/ndarraytypes.h",
        "numpy/f2py/__init__.py",
        "numpy/__init__.pyi",
        "numba/_helperlib.c",
        "pkg/__pycache__/mod.cpython-311.pyc",
    ]
    for rel in keep + drop:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("x")
    result = run(tool("sh"), SUPPORT / "trim-site-packages.sh", site)
    assert result.returncode == 0, result.stderr
    assert "trim-site-packages:" in result.stdout
    for rel in keep:
        assert (site / rel).exists(), f"removed {rel}"
    for rel in drop:
        assert not (site / rel).exists(), f"kept {rel}"
