#!/usr/bin/env bash
# Back up the Physics Assistant PostgreSQL database with pg_dump (custom format: compressed, checked,
# restorable with scripts/restore-postgres.sh, selectively if need be).
#   DATABASE_URL=postgresql://user:password@host:5432/db scripts/backup-postgres.sh [OUTPUT_FILE]
# OUTPUT_FILE defaults to backups/postgres-<UTC time>.dump. Prints the path written. pg_dump must be
# the server's major version or newer (Debian: postgresql-client-15). The password is passed to
# pg_dump in PGPASSWORD, not on its command line, so it never shows up in `ps`.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must be set (postgresql://user:password@host:port/database)}"

out="${1:-backups/postgres-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$out")"

# Split the password out of the URL (percent-decoded, as libpq would) into PGPASSWORD.
url="${DATABASE_URL/postgresql+asyncpg:/postgresql:}"
if [[ "$url" =~ ^([a-z]+://[^:/@]+):([^@]*)@(.*)$ ]]; then
  encoded="${BASH_REMATCH[2]}"
  PGPASSWORD="$(printf '%b' "${encoded//%/\\x}")"
  export PGPASSWORD
  url="${BASH_REMATCH[1]}@${BASH_REMATCH[3]}"
fi

partial="$out.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$partial" --dbname="$url"
# A dump we cannot list is a dump we cannot restore: check before calling it a backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$out"
trap - EXIT
echo "$out"
