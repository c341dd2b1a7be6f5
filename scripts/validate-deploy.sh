#!/usr/bin/env bash
# Validates everything under deploy/ offline (no Docker engine, no network):
#   - Compose v5: prod.yml and dev.yml with their env templates; prod.yml refuses a missing secret
#   - Prometheus: promtool check config, check rules, test rules (a unit test for every alert)
#   - Alertmanager: the rendered config passes amtool check-config; severities route as documented
#   - nginx: nginx -t in plain-HTTP mode and, with a throw-away self-signed certificate, HTTPS mode
#   - Grafana: provisioning and dashboards are valid JSON/YAML that refer to the provisioned datasource
# tests/deploy/ runs the same checks (and more) under `pants test`. Needs: docker-compose (Compose v5,
# from scripts/setup-machine.sh), promtool, amtool, nginx, openssl, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS="${PA_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/physics-assistant}"
export PATH="$PATH:$TOOLS/compose-venv/bin:/usr/sbin:/sbin"
say() { echo "[validate] $*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

for tool in docker-compose promtool amtool nginx openssl python3; do
  command -v "$tool" >/dev/null || fail "$tool not found (run scripts/setup-machine.sh)"
done

# ---- Compose ----
docker-compose -f deploy/prod.yml --env-file deploy/.env.production.template config -q
say "compose: prod.yml ok"
docker-compose -f deploy/dev.yml --env-file deploy/.env.development.template config -q
say "compose: dev.yml ok"
# Production must refuse to start without each secret (the `${VAR:?}` guards).
for secret in POSTGRES_PASSWORD PHYSICS_DB_PASSWORD NEO4J_PASSWORD REDIS_PASSWORD JWT_SECRET_KEY SECRET_KEY \
              GRAFANA_ADMIN_PASSWORD SMTP_PASSWORD CORS_ORIGINS; do
  grep -v "^$secret=" deploy/.env.production.template >"$TMP/env"
  if out="$(env -u "$secret" docker-compose -f deploy/prod.yml --env-file "$TMP/env" config -q 2>&1)"; then
    fail "prod.yml starts without $secret"
  fi
  grep -q "$secret" <<<"$out" || fail "prod.yml refused a missing $secret without naming it: $out"
done
say "compose: prod.yml refuses each missing secret"

# ---- Prometheus ----
promtool check config deploy/prometheus/prometheus.yml >/dev/null
promtool check rules deploy/prometheus/rules/*.yml >/dev/null
promtool test rules deploy/prometheus/tests/*.yml
say "prometheus: config, rules and rule unit tests ok"

# ---- Alertmanager ----
SMTP_SMARTHOST=smtp.example.org:587 SMTP_FROM=alerts@example.org SMTP_USER=alerts@example.org \
  ALERT_EMAIL_TO=ops@example.org RENDER_ONLY=1 ALERTMANAGER_TEMPLATE=deploy/alertmanager/alertmanager.yml \
  ALERTMANAGER_CONFIG="$TMP/alertmanager.yml" sh deploy/alertmanager/render.sh
amtool check-config "$TMP/alertmanager.yml" >/dev/null
for severity in critical warning info; do
  got="$(amtool config routes test --config.file="$TMP/alertmanager.yml" severity="$severity" service=database-api 2>/dev/null)"
  [[ "$got" == "$severity" ]] || fail "severity=$severity routes to '$got'"
done
say "alertmanager: config ok; critical/warning/info route to their receivers"

# ---- nginx ----
mkdir -p "$TMP/nginx"
cp -r deploy/nginx/. "$TMP/nginx/"
cp /etc/nginx/mime.types "$TMP/nginx/"
rm -f "$TMP/nginx/certs/"*.pem
NGINX_DIR="$TMP/nginx" sh deploy/nginx/40-physics-assistant-tls.sh 2>/dev/null
nginx -t -q -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf"
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 \
  -keyout "$TMP/nginx/certs/privkey.pem" -out "$TMP/nginx/certs/fullchain.pem" 2>/dev/null
NGINX_DIR="$TMP/nginx" sh deploy/nginx/40-physics-assistant-tls.sh 2>/dev/null
grep -q "listen 8443 ssl" "$TMP/nginx/conf.d/physics-assistant.conf" || fail "certificates present but HTTPS not chosen"
nginx -t -q -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf"
say "nginx: HTTP and HTTPS configurations ok"

# ---- Grafana ----
python3 - <<'PY'
import json, pathlib, sys
root = pathlib.Path("deploy/grafana")
datasource_uids = set()
for line in (root / "provisioning/datasources/prometheus.yml").read_text().splitlines():
    if line.strip().startswith("uid:"):
        datasource_uids.add(line.split(":", 1)[1].strip())
uids = set()
for path in sorted((root / "dashboards").glob("*.json")):
    board = json.loads(path.read_text())
    assert board.get("uid") and board["uid"] not in uids, f"{path}: missing or duplicate uid"
    uids.add(board["uid"])
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), f"{path}: duplicate panel ids"
    for panel in board["panels"]:
        assert panel["datasource"]["uid"] in datasource_uids, f"{path}: panel {panel['title']!r} datasource"
        assert panel["targets"] and all(t["expr"].strip() for t in panel["targets"]), f"{path}: {panel['title']!r} has no query"
if len(uids) < 2:
    sys.exit("fewer than two dashboards")
print(f"[validate] grafana: {len(uids)} dashboards ok", file=sys.stderr)
PY
say "all deploy configuration valid"
