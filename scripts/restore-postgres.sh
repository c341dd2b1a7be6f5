#!/usr/bin/env bash
# Restore a dump made by scripts/backup-postgres.sh into DATABASE_URL, in one transaction (a failure
# leaves the database as it was).
#   DATABASE_URL=... scripts/restore-postgres.sh DUMP_FILE            into an empty database
#   DATABASE_URL=... scripts/restore-postgres.sh --clean DUMP_FILE    REPLACE what is there
# Afterwards run `database-api.pex migrate`: it applies any migration newer than the dump.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must be set (postgresql://user:password@host:port/database)}"

clean=()
if [[ "${1:-}" == "--clean" ]]; then
  clean=(--clean --if-exists)
  shift
fi
dump="${1:?usage: restore-postgres.sh [--clean] DUMP_FILE}"
[[ -f "$dump" ]] || { echo "no such dump: $dump" >&2; exit 2; }
pg_restore --list "$dump" >/dev/null

url="${DATABASE_URL/postgresql+asyncpg:/postgresql:}"
if [[ "$url" =~ ^([a-z]+://[^:/@]+):([^@]*)@(.*)$ ]]; then
  encoded="${BASH_REMATCH[2]}"
  PGPASSWORD="$(printf '%b' "${encoded//%/\\x}")"
  export PGPASSWORD
  url="${BASH_REMATCH[1]}@${BASH_REMATCH[3]}"
fi

pg_restore "${clean[@]}" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$url" "$dump"
version="$(psql --no-psqlrc --tuples-only --no-align --dbname="$url" -c 'SELECT coalesce(max(version), 0) FROM schema_migrations' 2>/dev/null || echo '?')"
echo "restored $dump (schema version $version)"
