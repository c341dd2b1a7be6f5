#!/bin/sh
# Alertmanager reads no environment variables, so its config carries ${NAME} placeholders that this
# script fills in from the environment before starting it (the container's entrypoint; busybox sh).
#   render.sh [alertmanager flags...]       renders /etc/alertmanager/alertmanager.yml.tmpl
# scripts/validate-deploy.sh runs it with RENDER_ONLY=1 to check the rendered file with amtool.
# The SMTP password is not rendered: it goes to its own 0600 file (smtp_auth_password_file) and
# Alertmanager starts without it in its environment.
set -eu
template="${ALERTMANAGER_TEMPLATE:-/etc/alertmanager/alertmanager.yml.tmpl}"
out="${ALERTMANAGER_CONFIG:-/tmp/alertmanager.yml}"
for name in SMTP_SMARTHOST SMTP_FROM SMTP_USER ALERT_EMAIL_TO; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || { echo "render.sh: $name is not set" >&2; exit 1; }
done
# awk's ENVIRON, not sed: values may contain characters sed would treat specially. Comments stay as they are.
awk '/^[[:space:]]*#/ { print; next }
{
  while (match($0, /\$\{[A-Z_]+\}/)) {
    name = substr($0, RSTART + 2, RLENGTH - 3)
    if (!(name in ENVIRON)) { print "render.sh: unknown placeholder " name > "/dev/stderr"; exit 1 }
    $0 = substr($0, 1, RSTART - 1) ENVIRON[name] substr($0, RSTART + RLENGTH)
  }
  print
}' "$template" >"$out"
[ "${RENDER_ONLY:-0}" = 1 ] && exit 0
(umask 077 && printf '%s' "${SMTP_PASSWORD:-}" >"${SMTP_PASSWORD_FILE:-/tmp/smtp_password}")
exec env -u SMTP_PASSWORD /bin/alertmanager "$@"
