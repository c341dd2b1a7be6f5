#!/bin/sh
# Runs once, when the Postgres volume is first initialised (docker-entrypoint-initdb.d): creates the
# role the services use. It owns the application database (migrations create tables) but is not a
# superuser; POSTGRES_PASSWORD (the superuser's) stays with the operator.
set -eu
: "${PHYSICS_DB_PASSWORD:?PHYSICS_DB_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$PHYSICS_DB_PASSWORD" --set db="$POSTGRES_DB" <<'SQL'
CREATE ROLE physics_app LOGIN PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO physics_app;
ALTER SCHEMA public OWNER TO physics_app;
SQL
