"""The nginx gateway: `nginx -t` in both modes, then a real nginx routing to a real upstream."""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from deploy.support import DEPLOY, run, tool

from physics_assistant.testing.processes import free_port

NGINX = DEPLOY / "nginx"


def config_copy(dest: Path, with_certs: bool) -> Path:
    shutil.copytree(NGINX, dest, ignore=shutil.ignore_patterns("*.pem"))
    mime = Path("/etc/nginx/mime.types")
    if not mime.is_file():
        pytest.fail("/etc/nginx/mime.types missing (nginx is not installed properly)")
    shutil.copy(mime, dest / "mime.types")
    if with_certs:
        result = run(
            tool("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1",
            "-keyout", dest / "certs/privkey.pem", "-out", dest / "certs/fullchain.pem",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    result = run(tool("sh"), dest / "40-physics-assistant-tls.sh", env=dict(os.environ, NGINX_DIR=str(dest)))
    assert result.returncode == 0, result.stderr
    return dest


@pytest.mark.parametrize("with_certs", [False, True], ids=["http", "https"])
def test_nginx_accepts_the_configuration(tmp_path: Path, with_certs: bool) -> None:
    conf = config_copy(tmp_path / "nginx", with_certs)
    site = (conf / "conf.d/physics-assistant.conf").read_text()
    assert ("listen 8443 ssl" in site) is with_certs
    result = run(tool("nginx"), "-t", "-e", "stderr", "-p", conf, "-c", conf / "nginx.conf")
    assert result.returncode == 0, result.stderr


class _Echo(http.server.BaseHTTPRequestHandler):
    """Answers with the path and forwarding headers it received."""

    def do_GET(self) -> None:  # - http.server's naming
        body = json.dumps(
            {"path": self.path, "host": self.headers.get("Host"), "forwarded_for": self.headers.get("X-Forwarded-For")}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[str]:
    """nginx with our config on a free port; every upstream is an echo server on 127.0.0.1 except
    dashboard-api, which stays a name nobody resolves (like a service of a later wave)."""
    nginx = tool("nginx")
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    echo = f"127.0.0.1:{upstream.server_address[1]}"
    conf = config_copy(tmp_path / "nginx", with_certs=False)
    port = free_port()
    main = (conf / "nginx.conf").read_text().replace("pid /tmp/nginx.pid;", f"pid {conf}/nginx.pid;")
    (conf / "nginx.conf").write_text(main)
    site = (conf / "conf.d/physics-assistant.conf").read_text().replace("listen 8080", f"listen 127.0.0.1:{port}")
    (conf / "conf.d/physics-assistant.conf").write_text(site)
    locations = (conf / "pa/locations.conf").read_text()
    for name in ("physics-agents-api:8000", "database-api:8001", "grafana:3000", "ui:8501"):
        locations = locations.replace(name, echo)
    # A resolver that never answers quickly: the unresolvable dashboard-api must fail fast and cleanly.
    locations = locations.replace("resolver_timeout 2s;", "resolver_timeout 1s;")
    (conf / "pa/locations.conf").write_text(locations)
    process = subprocess.Popen(
        [nginx, "-e", "stderr", "-p", str(conf), "-c", str(conf / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()  # - loopback
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"nginx did not start: {process.communicate()[1].decode()[-2000:]}") from None
            time.sleep(0.05)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        upstream.shutdown()


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # - loopback
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.mark.parametrize(
    ("path", "upstream_path"),
    [
        ("/api/agents/v1/ask?x=1", "/v1/ask?x=1"),
        ("/api/database/v1/concepts", "/v1/concepts"),
        ("/api/database/v1/auth/login", "/v1/auth/login"),
        ("/grafana/api/health", "/grafana/api/health"),
        ("/", "/"),
    ],
)
def test_routes_strip_their_prefix(gateway: str, path: str, upstream_path: str) -> None:
    status, headers, body = get(gateway + path)
    assert status == 200, body
    seen = json.loads(body)
    assert seen["path"] == upstream_path
    assert seen["forwarded_for"] == "127.0.0.1"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_service_that_does_not_exist_yet_gets_a_clean_503(gateway: str) -> None:
    status, headers, body = get(gateway + "/api/dashboard/v1/summary")
    assert status == 503
    assert headers["Content-Type"].startswith("application/json")
    assert "unavailable" in json.loads(body)["detail"]


def test_sign_in_is_rate_limited(gateway: str) -> None:
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda _: get(gateway + "/api/database/v1/auth/login")[0], range(20)))
    # burst=5 on top of 10 requests/minute: at most 6 pass at once, the rest are refused with 429.
    assert statuses.count(429) >= 14, statuses
    assert set(statuses) <= {200, 429}


def test_no_server_version_is_disclosed(gateway: str) -> None:
    _, headers, _ = get(gateway + "/healthz")
    assert re.fullmatch(r"nginx", headers.get("Server", "nginx"))
