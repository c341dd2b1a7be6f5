# Sourced by the image scripts: makes podman work daemonless on these machines.
# Out of the box podman fails here with "setrlimit ... Operation not permitted" (default ulimits
# above the container's limits) and crun refuses the hybrid cgroup layout; a private
# containers.conf fixes both without touching /etc. Sets CONTAINERS_CONF (Pants passes it on to
# `docker build` through [docker].env_vars).
# shellcheck shell=bash
_pa_podman_dir="${PA_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/physics-assistant}/podman"
mkdir -p "$_pa_podman_dir"
if [[ ! -f "$_pa_podman_dir/containers.conf" ]]; then
  cat >"$_pa_podman_dir/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]

[engine]
runtime = "runc"
CONF
fi
export CONTAINERS_CONF="$_pa_podman_dir/containers.conf"
command -v podman >/dev/null || { echo "podman is not installed (run scripts/setup-machine.sh)" >&2; return 1 2>/dev/null || exit 1; }
unset _pa_podman_dir
