#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d/) before nginx starts: serve HTTPS when
# certificates are mounted at /etc/nginx/certs (fullchain.pem + privkey.pem), plain HTTP otherwise.
# NGINX_DIR lets scripts/validate-deploy.sh run the same choice on a copy of the config.
set -eu
dir="${NGINX_DIR:-/etc/nginx}"
if [ -s "$dir/certs/fullchain.pem" ] && [ -s "$dir/certs/privkey.pem" ]; then
  mode=https
else
  mode=http
fi
mkdir -p "$dir/conf.d"
cp "$dir/pa/site-$mode.conf" "$dir/conf.d/physics-assistant.conf"
echo "physics-assistant gateway: serving $mode" >&2
