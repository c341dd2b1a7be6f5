"""deploy/prod.yml and dev.yml, checked by the real Compose v5 binary (offline, no engine)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from deploy.support import DEPLOY, run, tool

from physics_assistant import __version__

PROD = DEPLOY / "prod.yml"
DEV = DEPLOY / "dev.yml"
PROD_ENV = DEPLOY / ".env.production.template"
DEV_ENV = DEPLOY / ".env.development.template"

OUR_SERVICES = {
    "db-migrate",
    "graph-load",
    "database-api",
    "physics-agents-api",
    "mcp-forces",
    "mcp-kinematics",
    "mcp-math",
    "mcp-energy",
    "mcp-momentum",
    "mcp-angular-motion",
}
SEED_SERVICES = OUR_SERVICES - {"db-migrate", "graph-load"} | {
    "postgres",
    "neo4j",
    "redis",
    "prometheus",
    "alertmanager",
    "grafana",
    "nginx-gateway",
}
ONE_SHOT = {"db-migrate", "graph-load"}
SECRETS = (
    "POSTGRES_PASSWORD",
    "PHYSICS_DB_PASSWORD",
    "NEO4J_PASSWORD",
    "REDIS_PASSWORD",
    "SECRET_KEY",
    "JWT_SECRET_KEY",
    "GRAFANA_ADMIN_PASSWORD",
    "SMTP_PASSWORD",
)
SEED_VARIABLES = (*SECRETS, "CORS_ORIGINS", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_FROM")


def settings(env_file: Path) -> dict[str, str]:
    lines = env_file.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def clean_env() -> dict[str, str]:
    """The test's environment without any variable the Compose files interpolate."""
    names = set(re.findall(r"\$\{([A-Z_]+)", PROD.read_text() + DEV.read_text()))
    return {k: v for k, v in os.environ.items() if k not in names}


def rendered(compose: str, file: Path, env_file: Path) -> dict[str, Any]:
    result = run(compose, "-f", file, "--env-file", env_file, "config", "--format", "json", env=clean_env())
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def compose() -> str:
    return tool("docker-compose")


@pytest.fixture(scope="module")
def prod(compose: str) -> dict[str, Any]:
    return rendered(compose, PROD, PROD_ENV)


@pytest.fixture(scope="module")
def dev(compose: str) -> dict[str, Any]:
    return rendered(compose, DEV, DEV_ENV)


def test_prod_and_dev_validate(compose: str) -> None:
    for file, env_file in ((PROD, PROD_ENV), (DEV, DEV_ENV)):
        result = run(compose, "-f", file, "--env-file", env_file, "config", "-q", env=clean_env())
        assert result.returncode == 0, f"{file.name}: {result.stderr}"


@pytest.mark.parametrize("secret", (*SECRETS, "CORS_ORIGINS"))
def test_prod_refuses_to_start_without_each_secret(compose: str, secret: str, tmp_path: Path) -> None:
    env_file = tmp_path / "env"
    kept = [line for line in PROD_ENV.read_text().splitlines() if not line.startswith(f"{secret}=")]
    env_file.write_text("\n".join(kept) + "\n")
    result = run(compose, "-f", PROD, "--env-file", env_file, "config", "-q", env=clean_env())
    assert result.returncode != 0, f"prod.yml accepted a missing {secret}"
    assert secret in result.stderr


def test_prod_has_the_seed_services_and_the_one_shot_jobs(prod: dict[str, Any]) -> None:
    assert set(prod["services"]) >= SEED_SERVICES | ONE_SHOT


def test_only_the_gateway_and_grafana_are_published(prod: dict[str, Any]) -> None:
    published = {name for name, svc in prod["services"].items() if svc.get("ports")}
    assert published == {"nginx-gateway", "grafana"}
    gateway_ports = {str(p["published"]) for p in prod["services"]["nginx-gateway"]["ports"]}
    assert gateway_ports == {"80", "443"}


def test_our_services_are_hardened(prod: dict[str, Any]) -> None:
    for name in OUR_SERVICES:
        svc = prod["services"][name]
        assert svc.get("read_only") is True, name
        assert svc.get("user") == "1001", name
        assert svc.get("cap_drop") == ["ALL"], name
        assert "no-new-privileges:true" in svc.get("security_opt", []), name
        assert any(str(t).startswith("/tmp") for t in svc.get("tmpfs", [])), name
        assert "container_name" not in svc, f"{name} has a fixed container_name: it could not scale"
        assert set(svc["networks"]) >= {"backend"}, name


def test_every_service_has_limits_and_long_running_ones_a_healthcheck(prod: dict[str, Any]) -> None:
    for name, svc in prod["services"].items():
        assert svc.get("deploy", {}).get("resources", {}).get("limits", {}).get("memory"), f"{name}: no memory limit"
        if name in ONE_SHOT:
            assert svc.get("restart") == "no", name
        else:
            assert svc.get("healthcheck", {}).get("test"), f"{name}: no healthcheck"
            assert svc.get("restart") == "unless-stopped", name


def test_set_up_jobs_finish_before_the_database_api_starts(prod: dict[str, Any]) -> None:
    depends = prod["services"]["database-api"]["depends_on"]
    for job in ONE_SHOT:
        assert depends[job]["condition"] == "service_completed_successfully"
    assert prod["services"]["db-migrate"]["command"] == ["migrate"]
    assert prod["services"]["graph-load"]["command"] == ["load-graph"]


def test_backend_network_is_internal(prod: dict[str, Any]) -> None:
    assert prod["networks"]["backend"].get("internal") is True
    for store in ("postgres", "neo4j", "redis"):
        assert set(prod["services"][store]["networks"]) == {"backend"}, store


def test_mcp_servers_listen_on_their_ports_and_the_tutor_knows_them(prod: dict[str, Any]) -> None:
    agents = prod["services"]["physics-agents-api"]["environment"]
    for offset, topic in enumerate(("forces", "kinematics", "math", "energy", "momentum", "angular-motion")):
        port = 10100 + offset
        svc = prod["services"][f"mcp-{topic}"]
        assert svc["command"][:1] == [topic]
        assert svc["command"][-2:] == ["--port", str(port)]
        assert svc["environment"]["MCP_ALLOWED_HOSTS"] == f"mcp-{topic}"
        assert agents[f"MCP_{topic.upper().replace('-', '_')}_URL"] == f"http://mcp-{topic}:{port}/mcp"
    assert agents["DATABASE_API_URL"] == "http://database-api:8001"


def test_production_services_run_in_production_mode(prod: dict[str, Any]) -> None:
    for name in OUR_SERVICES:
        assert prod["services"][name]["environment"]["ENVIRONMENT"] == "production", name


def test_dev_publishes_on_loopback_and_mounts_sources(dev: dict[str, Any]) -> None:
    for name in OUR_SERVICES - ONE_SHOT:
        svc = dev["services"][name]
        assert svc["ports"] and all(p["host_ip"] == "127.0.0.1" for p in svc["ports"]), name
        assert svc["environment"]["LOG_LEVEL"] == "DEBUG", name
        targets = [v["target"] for v in svc.get("volumes", [])]
        assert "/app/venv/lib/python3.11/site-packages/physics_assistant" in targets, name


def test_env_templates_use_the_seed_names() -> None:
    for template in (PROD_ENV, DEV_ENV):
        names = set(settings(template))
        assert set(SEED_VARIABLES) <= names, f"{template.name} lacks {set(SEED_VARIABLES) - names}"


def test_production_template_holds_only_placeholders_for_secrets() -> None:
    # The services refuse "change-me" in production, and so does scripts/deploy-docker.sh.
    values = settings(PROD_ENV)
    for secret in SECRETS:
        assert values[secret] == "change-me", secret


def test_image_tags_follow_the_package_version(prod: dict[str, Any]) -> None:
    for name in OUR_SERVICES:
        assert prod["services"][name]["image"].endswith(f":{__version__}"), name
