"""scripts/deploy-docker.sh: its checks of the env file and its wait-until-healthy loop, driven
through a stand-in `compose` command (there is no Docker engine here) that replays container states
the way `docker compose ps --format json` reports them."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from deploy.support import ROOT, run, tool

SCRIPT = ROOT / "scripts/deploy-docker.sh"
GOOD_SECRETS = {
    name: "a" * 8 + name.lower()[:8].ljust(8, "x")
    for name in (
        "POSTGRES_PASSWORD",
        "PHYSICS_DB_PASSWORD",
        "NEO4J_PASSWORD",
        "REDIS_PASSWORD",
        "JWT_SECRET_KEY",
        "SECRET_KEY",
        "GRAFANA_ADMIN_PASSWORD",
        "SMTP_PASSWORD",
    )
}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the bits of the repository the script reads."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(SCRIPT, root / "scripts/deploy-docker.sh")
    shutil.copytree(ROOT / "deploy", root / "deploy", ignore=shutil.ignore_patterns("*.pem"))
    return root


def env_file(repo: Path, **overrides: str) -> Path:
    lines = (repo / "deploy/.env.production.template").read_text().splitlines()
    values = {**GOOD_SECRETS, **overrides}
    out = []
    for line in lines:
        name = line.split("=", 1)[0]
        out.append(f"{name}={values[name]}" if name in values and not line.startswith("#") else line)
    path = repo / "deploy/.env.production"
    path.write_text("\n".join(out) + "\n")
    path.chmod(0o600)
    return path


def fake_compose(repo: Path, rounds: list[list[dict[str, object]]]) -> str:
    """A compose command whose `ps` answers one round of container states per call (the last one
    repeats); every call is logged."""
    states = repo / "states.json"
    states.write_text(json.dumps(rounds))
    script = repo / "fake-compose"
    script.write_text(
        f"""#!{tool("python3")}
import json, sys
args = sys.argv[1:]
with open({str(repo / "calls.log")!r}, "a") as log:
    log.write(" ".join(args) + "\\n")
if "ps" in args:
    rounds = json.load(open({str(states)!r}))
    counter = {str(repo / "ps-count")!r}
    try:
        n = int(open(counter).read())
    except OSError:
        n = 0
    open(counter, "w").write(str(n + 1))
    for row in rounds[min(n, len(rounds) - 1)]:
        print(json.dumps(row))
elif "logs" in args:
    print("log line of " + args[-1])
"""
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def deploy(repo: Path, compose: str, mode: str = "production", timeout_s: int = 20) -> tuple[int, str]:
    env = dict(
        os.environ, COMPOSE=compose, PA_SKIP_BUILD="1", PA_DEPLOY_TIMEOUT=str(timeout_s), PA_DEPLOY_POLL="0.05"
    )
    result = run(tool("bash"), repo / "scripts/deploy-docker.sh", mode, env=env, cwd=repo)
    return result.returncode, result.stdout + result.stderr


def svc(name: str, state: str = "running", health: str = "healthy", code: int = 0) -> dict[str, object]:
    return {"Service": name, "State": state, "Health": health, "ExitCode": code}


def test_production_refuses_placeholders_and_short_secrets(repo: Path) -> None:
    env_file(repo, JWT_SECRET_KEY="change-me", NEO4J_PASSWORD="short")
    code, out = deploy(repo, fake_compose(repo, [[]]))
    assert code == 1
    assert "JWT_SECRET_KEY is a placeholder" in out
    assert "NEO4J_PASSWORD is shorter than 16 characters" in out
    assert not (repo / "calls.log").exists(), "nothing may start with a bad env file"


def test_a_missing_env_file_says_how_to_make_one(repo: Path) -> None:
    code, out = deploy(repo, fake_compose(repo, [[]]))
    assert code == 1
    assert "cp deploy/.env.production.template deploy/.env.production" in out


def test_waits_until_every_service_is_healthy_and_the_jobs_are_done(repo: Path) -> None:
    env_file(repo)
    starting = [svc("db-migrate", "running", ""), svc("database-api", "running", "starting")]
    done = [
        svc("db-migrate", "exited", "", 0),
        svc("graph-load", "exited", "", 0),
        svc("database-api"),
        svc("postgres"),
        svc("prometheus", "running", ""),  # no healthcheck: running is enough
    ]
    code, out = deploy(repo, fake_compose(repo, [starting, starting, done]))
    assert code == 0, out
    assert "Physics Assistant is up (production)" in out
    calls = (repo / "calls.log").read_text()
    assert "config -q" in calls and "up -d --remove-orphans" in calls
    assert int((repo / "ps-count").read_text()) == 3


def test_a_failed_job_stops_the_deployment_with_its_logs(repo: Path) -> None:
    env_file(repo)
    code, out = deploy(repo, fake_compose(repo, [[svc("db-migrate", "exited", "", 1), svc("postgres")]]))
    assert code == 1
    assert "deployment failed: db-migrate" in out
    assert "log line of db-migrate" in out


def test_an_unhealthy_service_fails_with_its_logs(repo: Path) -> None:
    env_file(repo)
    code, out = deploy(repo, fake_compose(repo, [[svc("database-api", "running", "unhealthy")]]))
    assert code == 1
    assert "deployment failed: database-api" in out and "log line of database-api" in out


def test_a_service_that_never_gets_healthy_times_out_with_its_logs(repo: Path) -> None:
    env_file(repo)
    code, out = deploy(repo, fake_compose(repo, [[svc("neo4j", "running", "starting")]]), timeout_s=1)
    assert code == 1
    assert "timed out waiting for: neo4j" in out and "log line of neo4j" in out


def test_development_mode_uses_the_dev_file(repo: Path) -> None:
    shutil.copy(repo / "deploy/.env.development.template", repo / "deploy/.env.development")
    code, out = deploy(repo, fake_compose(repo, [[svc("database-api")]]), mode="development")
    assert code == 0, out
    assert "-f deploy/dev.yml --env-file deploy/.env.development" in (repo / "calls.log").read_text()
    assert "every port on 127.0.0.1" in out
