#!/usr/bin/env bash
# Deploys the Compose stack and waits until it is healthy.
#   scripts/deploy-docker.sh production     deploy/prod.yml with deploy/.env.production
#   scripts/deploy-docker.sh development    deploy/dev.yml  with deploy/.env.development
# Steps: check the env file (production: every secret set, no placeholder, >= 16 characters), build
# the images with Pants, `compose up -d`, wait until every service is healthy (one-shot jobs: exited
# 0), print the URLs. On failure it prints the failing services' logs and exits non-zero.
# Environment: PA_SKIP_BUILD=1 (use existing images), PA_DEPLOY_TIMEOUT (seconds, default 600),
# PA_DEPLOY_POLL (seconds between status checks, default 3), COMPOSE (the compose command, e.g.
# `podman-compose`; default: `docker compose`, else `docker-compose`).
# Needs Docker with Compose v2+ (Docker's healthchecks gate the start order; Podman without systemd
# never runs healthchecks, so there the stack stops at the first `service_healthy` dependency).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { echo "[deploy] $*" >&2; }
die() { say "$*"; exit 1; }

MODE="${1:-}"
case "$MODE" in
  production) FILE=deploy/prod.yml ENV_FILE=deploy/.env.production ;;
  development) FILE=deploy/dev.yml ENV_FILE=deploy/.env.development ;;
  *) echo "usage: $0 development|production" >&2; exit 2 ;;
esac
TIMEOUT="${PA_DEPLOY_TIMEOUT:-600}"

# ---- the env file ----
[[ -f "$ENV_FILE" ]] || die "$ENV_FILE is missing: cp $ENV_FILE.template $ENV_FILE and fill it in"
env_value() { sed -n "s/^$1=//p" "$ENV_FILE" | tail -n1; }
if [[ "$MODE" == production ]]; then
  problems=()
  for secret in POSTGRES_PASSWORD PHYSICS_DB_PASSWORD NEO4J_PASSWORD REDIS_PASSWORD JWT_SECRET_KEY SECRET_KEY \
                GRAFANA_ADMIN_PASSWORD SMTP_PASSWORD; do
    value="$(env_value "$secret")"
    lower="$(tr '[:upper:]' '[:lower:]' <<<"$value")"
    if [[ -z "$value" ]]; then problems+=("$secret is empty")
    elif [[ "$lower" =~ ^(change-?me|changeme|password|secret|admin|neo4j|postgres|physics)$ ]]; then problems+=("$secret is a placeholder")
    elif ((${#value} < 16)); then problems+=("$secret is shorter than 16 characters")
    fi
  done
  for name in CORS_ORIGINS SMTP_HOST SMTP_FROM SMTP_USER ALERT_EMAIL_TO; do
    [[ -n "$(env_value "$name")" ]] || problems+=("$name is empty")
  done
  if ((${#problems[@]})); then
    printf '  - %s\n' "${problems[@]}" >&2
    die "$ENV_FILE is not ready for production (generate secrets with: openssl rand -hex 32)"
  fi
  if [[ "$(stat -c %a "$ENV_FILE")" != 600 && "$(stat -c %a "$ENV_FILE")" != 400 ]]; then
    say "warning: $ENV_FILE is readable by other users (chmod 600 $ENV_FILE)"
  fi
fi

# ---- Compose ----
if [[ -n "${COMPOSE:-}" ]]; then
  read -r -a compose <<<"$COMPOSE"
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  die "neither 'docker compose' nor 'docker-compose' found"
fi
if [[ -z "${COMPOSE:-}" ]]; then
  docker info >/dev/null 2>&1 || die "no Docker engine answers (docker info failed); see docs/deployment.md"
fi
compose+=(-f "$FILE" --env-file "$ENV_FILE")
"${compose[@]}" config -q || die "$FILE does not validate with $ENV_FILE"

# ---- images ----
if [[ "${PA_SKIP_BUILD:-0}" != 1 ]]; then
  say "building images: ./pants package src/docker::"
  ./pants package src/docker:: || die "image build failed"
fi

# ---- up ----
say "starting $FILE"
"${compose[@]}" up -d --remove-orphans

# ---- wait ----
# One JSON object per container (`ps --format json`; older Compose prints one array).
status_table() {
  "${compose[@]}" ps --all --format json | python3 -c '
import json, sys
text = sys.stdin.read().strip()
rows = json.loads(text) if text.startswith("[") else [json.loads(line) for line in text.splitlines() if line.strip()]
for r in rows:
    print(r.get("Service", "?"), r.get("State", "?"), r.get("Health", "") or "-", r.get("ExitCode", 0))
'
}
one_shot=" db-migrate graph-load "
deadline=$((SECONDS + TIMEOUT))
while true; do
  pending=() failed=()
  while read -r service state health code; do
    if [[ "$one_shot" == *" $service "* ]]; then
      if [[ "$state" == exited ]]; then [[ "$code" == 0 ]] || failed+=("$service"); else pending+=("$service"); fi
    elif [[ "$state" != running || "$health" == unhealthy ]]; then
      [[ "$state" == exited || "$state" == dead || "$health" == unhealthy ]] && failed+=("$service") || pending+=("$service")
    elif [[ "$health" != healthy && "$health" != - ]]; then
      pending+=("$service")
    fi
  done < <(status_table)
  if ((${#failed[@]})); then
    for service in "${failed[@]}"; do
      say "---- $service failed; last log lines:"
      "${compose[@]}" logs --no-color --tail 60 "$service" >&2 || true
    done
    die "deployment failed: ${failed[*]}"
  fi
  ((${#pending[@]} == 0)) && break
  if ((SECONDS > deadline)); then
    for service in "${pending[@]}"; do
      say "---- $service is not healthy after ${TIMEOUT}s; last log lines:"
      "${compose[@]}" logs --no-color --tail 40 "$service" >&2 || true
    done
    die "timed out waiting for: ${pending[*]}"
  fi
  sleep "${PA_DEPLOY_POLL:-3}"
done

public="$(env_value PUBLIC_URL)"
if [[ "$MODE" == production ]]; then
  cat <<URLS
Physics Assistant is up (production).
  gateway        ${public:-http://localhost}/
  tutor API      ${public:-http://localhost}/api/agents/docs
  database API   ${public:-http://localhost}/api/database/docs
  Grafana        ${public:-http://localhost}/grafana/   (also http://$(env_value GRAFANA_BIND):$(env_value GRAFANA_PORT)/grafana/)
Status: ${compose[*]} ps    Logs: ${compose[*]} logs -f <service>
URLS
else
  cat <<URLS
Physics Assistant is up (development; every port on 127.0.0.1).
  gateway        http://localhost:8080/
  tutor API      http://localhost:8000/docs
  database API   http://localhost:8001/docs
  MCP servers    http://localhost:10100/mcp ... http://localhost:10105/mcp
  Prometheus     http://localhost:9090/     Alertmanager http://localhost:9093/
  Grafana        http://localhost:3000/grafana/
  Neo4j browser  http://localhost:7474/
URLS
fi
