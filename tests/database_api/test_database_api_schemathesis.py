"""schemathesis over /openapi.json against the live API (granian serving the built PEX): every
generated request, valid or malformed, must get a documented answer and never a server error.

Why the live server and not ASGI in-process: it exercises what production runs (granian's HTTP
parsing, the real worker, real connection pools to real stores), so a 500 anywhere in that stack
counts. It costs a few seconds of start-up and nothing else.

Checks: all of schemathesis' checks except `positive_data_acceptance`, which expects every
schema-valid request to succeed; ours legitimately refuses some (an unknown concept name, enrolling
a non-student, text with NUL characters) with a 422 that names the field.
The report is printed (shown by `pants test --output=all` or on failure) and written as JUnit XML
to `extra-output/schemathesis/` (Pants copies it to dist/test/extra-output/).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from physics_assistant.testing.servers import DatabaseApiServer

EXCLUDED_CHECKS = "positive_data_acceptance"


@pytest.fixture(scope="module")
def fuzz_target(postgres_server, redis_server, bolt_server) -> Iterator[DatabaseApiServer]:  # type: ignore[no-untyped-def]
    # Its own database and Redis db: the fuzzer, as an admin, changes roles and data at random.
    api = DatabaseApiServer(postgres_server, redis_server, bolt_server, redis_db=5)
    try:
        api.prepare()
        api.start()
        yield api
    finally:
        api.stop()


def test_no_server_errors_and_schema_conformance(fuzz_target: DatabaseApiServer) -> None:
    token = fuzz_target.new_user_token("fuzz_admin", "fuzz-password-1", role="admin")
    report_dir = Path("extra-output/schemathesis")
    report_dir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{fuzz_target.url}/openapi.json",
        "--checks",
        "all",
        "--exclude-checks",
        EXCLUDED_CHECKS,
        "--header",
        f"Authorization: Bearer {token}",
        "--max-examples",
        os.environ.get("PA_SCHEMATHESIS_EXAMPLES", "25"),
        "--generation-database",
        "none",
        "--suppress-health-check",
        "all",
        "--request-timeout",
        "30",
        "--no-color",
        "--report",
        "junit",
        "--report-junit-path",
        str(report_dir / "junit.xml"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    report = result.stdout + result.stderr
    print(report)  # the schemathesis report, kept in the test output
    (report_dir / "report.txt").write_text(report)
    assert result.returncode == 0, report[-8000:]
    assert "passed" in report and "Server error" not in report
    # The service is still healthy after the barrage.
    import httpx

    assert httpx.get(f"{fuzz_target.url}/health", timeout=10).status_code == 200
