"""Prometheus rules (with their unit tests), Alertmanager routing and Grafana provisioning, checked
with the real promtool and amtool."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from deploy.support import DEPLOY, run, tool

PROMETHEUS = DEPLOY / "prometheus"
RULES = sorted((PROMETHEUS / "rules").glob("*.yml"))
RULE_TESTS = sorted((PROMETHEUS / "tests").glob("*.yml"))
GRAFANA = DEPLOY / "grafana"
DASHBOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))


def alert_names(text: str) -> list[str]:
    return re.findall(r"^\s*-\s*alert:\s*(\S+)", text, flags=re.M)


def test_prometheus_config_and_rules_are_valid() -> None:
    promtool = tool("promtool")
    result = run(promtool, "check", "config", PROMETHEUS / "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    result = run(promtool, "check", "rules", *RULES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rule_unit_tests_pass() -> None:
    result = run(tool("promtool"), "test", "rules", *RULE_TESTS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    tests = "\n".join(p.read_text() for p in RULE_TESTS)
    # Each `alertname: X` block followed by either `exp_alerts: []` or a non-empty list.
    cases = re.findall(r"alertname:\s*(\S+)\s*\n\s*exp_alerts:\s*(\[\])?", tests)
    fires = {name for name, empty in cases if not empty}
    quiet = {name for name, empty in cases if empty}
    for name in alert_names("\n".join(p.read_text() for p in RULES)):
        assert name in fires, f"no unit test where {name} fires"
        assert name in quiet, f"no unit test where {name} stays quiet"


def test_the_issue_s_alerts_exist_with_a_severity() -> None:
    text = "\n".join(p.read_text() for p in RULES)
    names = set(alert_names(text))
    required = {"ServiceDown", "HighLatencyP95", "HighErrorRatio", "MCPToolErrorRate", "StoreDown", "NoStudentActivity"}
    assert required <= names
    severities = re.findall(r"severity:\s*(\S+)", text)
    assert len(severities) == len(alert_names(text))
    assert set(severities) == {"critical", "warning", "info"}


def test_every_service_is_scraped() -> None:
    config = (PROMETHEUS / "prometheus.yml").read_text()
    topics = ("forces", "kinematics", "math", "energy", "momentum", "angular-motion")
    for job in ("database-api", "physics-agents-api", *(f"mcp-{t}" for t in topics)):
        assert re.search(rf"job_name:\s*{job}\n\s*dns_sd_configs: \[\{{names: \[{job}\]", config), job


@pytest.fixture(scope="module")
def alertmanager_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("alertmanager") / "alertmanager.yml"
    env = dict(
        os.environ,
        SMTP_SMARTHOST="smtp.example.org:587",
        SMTP_FROM="alerts@example.org",
        SMTP_USER="alerts&ops|team@example.org",  # characters sed would mangle
        ALERT_EMAIL_TO="ops@example.org",
        RENDER_ONLY="1",
        ALERTMANAGER_TEMPLATE=str(DEPLOY / "alertmanager/alertmanager.yml"),
        ALERTMANAGER_CONFIG=str(out),
    )
    result = run(tool("sh"), DEPLOY / "alertmanager/render.sh", env=env)
    assert result.returncode == 0, result.stderr
    return out


def test_alertmanager_config_renders_and_is_valid(alertmanager_config: Path) -> None:
    text = alertmanager_config.read_text()
    assert "${" not in "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "smtp_auth_username: 'alerts&ops|team@example.org'" in text
    assert "smtp_auth_password_file: /tmp/smtp_password" in text
    result = run(tool("amtool"), "check-config", alertmanager_config)
    assert result.returncode == 0, result.stdout + result.stderr


def test_render_refuses_a_missing_variable(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "SMTP_SMARTHOST": "smtp.example.org:587",
        "SMTP_FROM": "a@example.org",
        "SMTP_USER": "a@example.org",
        "RENDER_ONLY": "1",
        "ALERTMANAGER_TEMPLATE": str(DEPLOY / "alertmanager/alertmanager.yml"),
        "ALERTMANAGER_CONFIG": str(tmp_path / "out.yml"),
    }
    result = run(tool("sh"), DEPLOY / "alertmanager/render.sh", env=env)
    assert result.returncode != 0
    assert "ALERT_EMAIL_TO" in result.stderr


@pytest.mark.parametrize("severity", ["critical", "warning", "info"])
def test_each_severity_routes_to_its_receiver(alertmanager_config: Path, severity: str) -> None:
    result = run(
        tool("amtool"), "config", "routes", "test", f"--config.file={alertmanager_config}",
        f"severity={severity}", "service=database-api",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == severity


def test_grafana_datasource_and_dashboards_are_provisioned() -> None:
    datasource = (GRAFANA / "provisioning/datasources/prometheus.yml").read_text()
    assert re.search(r"^\s*uid:\s*prometheus\s*$", datasource, flags=re.M)
    assert "url: http://prometheus:9090" in datasource
    provider = (GRAFANA / "provisioning/dashboards/physics-assistant.yml").read_text()
    assert "path: /var/lib/grafana/dashboards" in provider
    assert len(DASHBOARDS) >= 2


def test_dashboards_are_well_formed() -> None:
    uids = set()
    titles = set()
    for path in DASHBOARDS:
        board = json.loads(path.read_text())
        assert board["uid"] not in uids, path
        uids.add(board["uid"])
        titles.add(board["title"])
        ids = [panel["id"] for panel in board["panels"]]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate panel ids"
        for panel in board["panels"]:
            assert panel["datasource"] == {"type": "prometheus", "uid": "prometheus"}, panel["title"]
            assert panel["targets"], panel["title"]
            for target in panel["targets"]:
                assert target["datasource"]["uid"] == "prometheus"
                assert target["expr"].count("(") == target["expr"].count(")"), target["expr"]
            pos = panel["gridPos"]
            assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24, panel["title"]
    assert any("System overview" in t for t in titles)
    assert any("Tutoring activity" in t for t in titles)
