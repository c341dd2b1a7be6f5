"""Every metric a dashboard or alert rule uses must be exported by our services.

Dashboards that query a misspelt or never-exported name show "No data" forever and alerts on it
never fire, silently. The code that the images run is read from the srcs PEXes the images are built
from (built by Pants for this test), so a name counts only if deployed code defines it.
"""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from deploy.support import DEPLOY, ROOT

HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
SRCS_PEXES = [ROOT / f"src.docker.{svc}/srcs.pex" for svc in ("mcp", "agents-api", "database-api")]
METRIC = re.compile(r"\b((?:pa|process)_[a-z0-9_]+)")


def deploy_expressions() -> list[tuple[str, str]]:
    """(file name, PromQL) of every dashboard panel and every rule file in deploy/."""
    exprs: list[tuple[str, str]] = []
    for path in sorted((DEPLOY / "grafana/dashboards").glob("*.json")):
        for panel in json.loads(path.read_text())["panels"]:
            exprs += [(path.name, t["expr"]) for t in panel["targets"]]
    for path in sorted((DEPLOY / "prometheus/rules").glob("*.yml")):
        exprs.append((path.name, path.read_text()))
    return exprs


def used_in_deploy() -> dict[str, set[str]]:
    """Metric name -> the deploy/ files that use it."""
    used: dict[str, set[str]] = {}
    for where, expr in deploy_expressions():
        for name in METRIC.findall(expr):
            for suffix in HISTOGRAM_SUFFIXES:
                if name.endswith(suffix):
                    name = name[: -len(suffix)]
            used.setdefault(name, set()).add(where)
    return used


def deployed_sources() -> str:
    texts = []
    for pex in SRCS_PEXES:
        if not pex.is_file():
            pytest.fail(f"{pex} missing: run this test with Pants (runtime_package_dependencies builds it)")
        with zipfile.ZipFile(pex) as zf:
            names = [n for n in zf.namelist() if n.startswith("physics_assistant/") and n.endswith(".py")]
            texts += [zf.read(n).decode() for n in names]
    return "\n".join(texts)


def process_metric_names() -> set[str]:
    from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest

    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    return set(re.findall(r"^(process_[a-z_]+)", generate_latest(registry).decode(), flags=re.M))


def test_deploy_uses_metrics_at_all() -> None:
    used = used_in_deploy()
    assert "pa_http_requests_total" in used
    assert "pa_tutor_answers_total" in used


def test_every_metric_in_deploy_is_exported_by_our_code() -> None:
    sources = deployed_sources()
    process = process_metric_names()
    unknown = {}
    for name, where in sorted(used_in_deploy().items()):
        if name.startswith("process_"):
            if name not in process:
                unknown[name] = where
            continue
        # prometheus-client adds "_total" to counters declared without it.
        candidates = {name, name.removesuffix("_total")}
        if not any(re.search(rf"[\"']{re.escape(c)}[\"']", sources) for c in candidates):
            unknown[name] = where
    assert not unknown, "metrics used in deploy/ but defined by no deployed code: " + ", ".join(
        f"{n} ({', '.join(sorted(w))})" for n, w in unknown.items()
    )


def test_mcp_outcomes_in_deploy_are_the_ones_the_servers_count() -> None:
    """Rules and panels filter pa_mcp_tool_calls_total by outcome: a value the servers never use
    would make an alert that never fires."""
    used = {
        outcome
        for _, expr in deploy_expressions()
        for outcome in re.findall(r'pa_mcp_tool_calls_total\{[^}]*outcome="([a-z_]+)"', expr)
    }
    declared = re.search(r"^Outcome = Literal\[([^\]]*)\]", deployed_sources(), flags=re.M)
    assert declared, "physics_assistant.mcp_servers.metrics declares no Outcome"
    exported = set(re.findall(r'"([a-z_]+)"', declared.group(1)))
    assert exported == {"ok", "invalid_input", "error"}
    assert {"error", "invalid_input"} <= used <= exported
