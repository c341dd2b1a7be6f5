#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: builds the PEXes, starts a private Postgres,
# Redis and a Bolt server (ArcadeDB, standing in for Neo4j), migrates, loads the knowledge graph, then
# runs the six MCP servers, the Database API and the tutor on 127.0.0.1. Ctrl-C stops everything.
#   scripts/run-local.sh            build + run (state in $PA_LOCAL_STATE, default /tmp/physics-assistant-local)
#   PA_SKIP_BUILD=1 scripts/run-local.sh   reuse dist/bin/*.pex
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STATE="${PA_LOCAL_STATE:-/tmp/physics-assistant-local}"
PG_PORT="${PA_PG_PORT:-15432}" REDIS_PORT="${PA_REDIS_PORT:-16379}"
BOLT_PORT="${PA_BOLT_PORT:-17687}" ARCADE_HTTP_PORT="${PA_ARCADE_HTTP_PORT:-12480}"
say() { echo "[run-local] $*" >&2; }
PIDS=()
cleanup() {
  say "stopping ${#PIDS[@]} processes"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -n "${PG_BIN:-}" && -d "$STATE/pg" ]] && as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_http() {  # name url [seconds]
  local name="$1" url="$2" deadline=$((SECONDS + ${3:-90}))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ((SECONDS > deadline)); then say "$name did not become healthy at $url; last log lines:"; tail -n 30 "$STATE/logs/$name.log" >&2; exit 1; fi
    sleep 0.3
  done
  say "$name is up ($url)"
}
start() {  # name command...
  local name="$1"; shift
  "$@" >"$STATE/logs/$name.log" 2>&1 &
  PIDS+=("$!")
}

eval "$(scripts/setup-machine.sh)"
mkdir -p "$STATE/logs"
chmod 755 "$STATE"

if [[ "${PA_SKIP_BUILD:-0}" != 1 ]]; then
  say "building PEXes (./pants --tag=-docker package ::)"
  ./pants --tag=-docker package :: >"$STATE/logs/build.log" 2>&1 || { tail -n 40 "$STATE/logs/build.log" >&2; exit 1; }
fi

# Secrets for this local, development-mode run: random per state directory, never committed.
if [[ ! -f "$STATE/secrets.env" ]]; then
  umask 077
  cat >"$STATE/secrets.env" <<SECRETS
PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
NEO4J_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
JWT_SECRET_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
SECRETS
  umask 022
fi
# shellcheck disable=SC1091
source "$STATE/secrets.env"

# Postgres
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
if [[ ! -f "$STATE/pg/PG_VERSION" ]]; then
  say "initdb $STATE/pg"
  mkdir -p "$STATE/pg" && chown postgres:postgres "$STATE/pg" 2>/dev/null || true
  printf '%s\n' "$PG_PASSWORD" >"$STATE/pgpass" && chown postgres "$STATE/pgpass" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb" -D "$STATE/pg" -U postgres --auth=scram-sha-256 --pwfile="$STATE/pgpass" >"$STATE/logs/initdb.log"
  rm -f "$STATE/pgpass"
fi
touch "$STATE/logs/postgres.log" && chown postgres "$STATE/logs/postgres.log" 2>/dev/null || true
as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/logs/postgres.log" -w \
  -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
export DATABASE_URL="postgresql://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"

# Redis
start redis redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"

# Bolt server (ArcadeDB; production runs Neo4j 5)
A="$PA_ARCADEDB_HOME"
start bolt "$A/jre/bin/java" -Xmx512m -Darcadedb.server.rootPath="$STATE/arcadedb" \
  -Darcadedb.server.rootPassword="$NEO4J_PASSWORD" -Darcadedb.server.httpIncomingHost=127.0.0.1 \
  -Darcadedb.server.httpIncomingPort="$ARCADE_HTTP_PORT" \
  -Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin -Darcadedb.bolt.host=127.0.0.1 \
  -Darcadedb.bolt.port="$BOLT_PORT" "-Darcadedb.server.defaultDatabases=neo4j[root]" -cp "$A/jars/*" \
  com.arcadedb.server.ArcadeDBServer
export NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" NEO4J_USER=root NEO4J_PASSWORD
export JWT_SECRET_KEY ENVIRONMENT=development LOG_LEVEL="${LOG_LEVEL:-INFO}"
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null && break; sleep 0.2; done

say "migrate + load-graph"
python3.11 dist/bin/database-api.pex migrate
python3.11 dist/bin/database-api.pex load-graph

# MCP servers
topics=(forces kinematics math energy momentum angular-motion)
for i in "${!topics[@]}"; do
  start "mcp-${topics[$i]}" python3.11 dist/bin/mcp.pex "${topics[$i]}" --transport http --host 127.0.0.1 --port $((10100 + i))
done
start database-api python3.11 dist/bin/database-api.pex serve --host 127.0.0.1 --port 8001
export DATABASE_API_URL="http://127.0.0.1:8001"
for i in "${!topics[@]}"; do
  var="MCP_$(echo "${topics[$i]}" | tr 'a-z-' 'A-Z_')_URL"
  export "$var=http://127.0.0.1:$((10100 + i))/mcp"
done
start agents-api python3.11 dist/bin/agents-api.pex --host 127.0.0.1 --port 8000

for i in "${!topics[@]}"; do wait_http "mcp-${topics[$i]}" "http://127.0.0.1:$((10100 + i))/health"; done
wait_http database-api http://127.0.0.1:8001/health
wait_http agents-api http://127.0.0.1:8000/health

cat >&2 <<URLS

Physics Assistant is running (development mode; logs in $STATE/logs):
  tutor            http://127.0.0.1:8000/docs    POST /v1/ask
  database API     http://127.0.0.1:8001/docs
  MCP servers      http://127.0.0.1:10100/mcp ... http://127.0.0.1:10105/mcp
Ctrl-C stops everything.
URLS
wait -n "${PIDS[@]}" || true
say "a process exited; see $STATE/logs"
