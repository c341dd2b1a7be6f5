#!/usr/bin/env bash
# Builds stand-ins for the two base images our Dockerfiles use, for machines that cannot pull
# from a container registry (CI here):
#   gcr.io/distroless/python3-debian12        -> localhost/pa-standin/python3-debian12:latest
#   gcr.io/distroless/python3-debian12:debug  -> localhost/pa-standin/python3-debian12:debug
# Both are made from the Debian 12 packages distroless itself is assembled from (same CPython
# 3.11 at /usr/bin/python3.11, same glibc/OpenSSL), extracted with dpkg-deb (no maintainer
# scripts run), like distroless: no shell, no package manager, users root/nonroot(65532)/nobody.
# The :debug variant adds a static busybox under /busybox, as the real :debug tag does; our
# Dockerfiles use it as the builder stage.
#
#   scripts/build-base-image.sh          build (or reuse) and print the two image names
#   scripts/build-base-image.sh --force  rebuild even if cached
#
# Cache: the .debs and the root filesystem tarballs live in ~/.cache/physics-assistant/base-image/,
# keyed by the exact package versions; a rebuild with unchanged packages only re-imports the tarball
# (a few seconds) when podman's storage lost the image.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${PA_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/physics-assistant}/base-image"
RUNTIME_IMAGE="localhost/pa-standin/python3-debian12:latest"
DEBUG_IMAGE="localhost/pa-standin/python3-debian12:debug"
FORCE=0; [[ "${1:-}" == "--force" ]] && FORCE=1
say() { echo "[base-image] $*" >&2; }

# shellcheck source=scripts/podman-env.sh
source "$ROOT/scripts/podman-env.sh"

# What gcr.io/distroless/python3-debian12 is made of (its "base" + "cc" + python3 package sets),
# minus modules nobody here needs (curses, readline, dbm, nis).
RUNTIME_PACKAGES=(
  libc6 libgcc-s1 libstdc++6 libgomp1 libssl3 zlib1g libexpat1 libffi8 libbz2-1.0 liblzma5
  libsqlite3-0 libuuid1 libcrypt1 ca-certificates tzdata media-types netbase
  python3.11-minimal libpython3.11-minimal libpython3.11-stdlib
)
DEBUG_PACKAGES=(busybox-static)

# Cache key: the candidate version of every package plus this script's own text.
versions() {
  apt-cache show --no-all-versions "$@" 2>/dev/null | awk '/^Package:/{p=$2} /^Version:/{print p"="$2}' | sort
}
if [[ -z "$(versions libc6)" ]]; then
  say "apt has no package lists; running apt-get update"
  apt-get update -qq
fi
KEY="$( { versions "${RUNTIME_PACKAGES[@]}" "${DEBUG_PACKAGES[@]}"; cat "${BASH_SOURCE[0]}"; } | sha256sum | cut -c1-16)"
WORK="$CACHE/$KEY"

image_key() { podman image inspect --format '{{ index .Config.Labels "pa.standin.key" }}' "$1" 2>/dev/null || true; }
if ((FORCE == 0)) && [[ "$(image_key "$RUNTIME_IMAGE")" == "$KEY" && "$(image_key "$DEBUG_IMAGE")" == "$KEY" ]]; then
  say "up to date ($KEY)"
  echo "$RUNTIME_IMAGE $DEBUG_IMAGE"
  exit 0
fi

if ((FORCE == 1)) || [[ ! -f "$WORK/runtime.tar" || ! -f "$WORK/debug.tar" ]]; then
  say "building root filesystems from Debian packages into $WORK"
  rm -rf "$WORK"; mkdir -p "$WORK/debs"
  # apt's sandbox user cannot write into root's home; download as root into the cache.
  (cd "$WORK/debs" && apt-get download -o APT::Sandbox::User=root "${RUNTIME_PACKAGES[@]}" "${DEBUG_PACKAGES[@]}" >/dev/null)

  rootfs="$WORK/rootfs"
  mkdir -p "$rootfs"
  for pkg in "${RUNTIME_PACKAGES[@]}"; do
    dpkg-deb -x "$WORK"/debs/"${pkg}"_*.deb "$rootfs"
  done
  # What dpkg's maintainer scripts and distroless's own BUILD rules would have added.
  ln -sf python3.11 "$rootfs/usr/bin/python3"
  mkdir -p "$rootfs/etc/ssl/certs" "$rootfs/home/nonroot" "$rootfs/root" "$rootfs/tmp" "$rootfs/var/tmp"
  chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
  chmod 700 "$rootfs/root"
  chown 65532:65532 "$rootfs/home/nonroot"
  find "$rootfs/usr/share/ca-certificates" -name '*.crt' | sort | xargs cat >"$rootfs/etc/ssl/certs/ca-certificates.crt"
  cat >"$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
  cat >"$rootfs/etc/group" <<'EOF'
root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
EOF
  cat >"$rootfs/etc/os-release" <<'EOF'
PRETTY_NAME="Distroless (stand-in built from Debian 12 packages)"
NAME="Debian GNU/Linux"
ID="debian"
VERSION_ID="12"
VERSION="Debian GNU/Linux 12 (bookworm)"
HOME_URL="https://github.com/GoogleContainerTools/distroless"
EOF
  # Documentation and manual pages are not in distroless either.
  rm -rf "$rootfs/usr/share/doc" "$rootfs/usr/share/man" "$rootfs/usr/share/lintian" "$rootfs/usr/share/info"

  # Sorted, numeric owners (nonroot's home stays 65532), no atime/ctime: the same packages give
  # the same tarball.
  tar -C "$rootfs" --sort=name --numeric-owner --pax-option=delete=atime,delete=ctime -cf "$WORK/runtime.tar" .

  debugfs="$WORK/debugfs"
  cp -a "$rootfs" "$debugfs"
  mkdir -p "$debugfs/busybox"
  dpkg-deb --fsys-tarfile "$WORK"/debs/busybox-static_*.deb | tar -xO ./bin/busybox >"$debugfs/busybox/busybox"
  chmod 755 "$debugfs/busybox/busybox"
  for applet in $("$debugfs/busybox/busybox" --list); do
    [[ "$applet" == busybox ]] || ln -s busybox "$debugfs/busybox/$applet"
  done
  tar -C "$debugfs" --sort=name --numeric-owner --pax-option=delete=atime,delete=ctime -cf "$WORK/debug.tar" .
  rm -rf "$rootfs" "$debugfs" "$WORK/debs"
fi

# The same image configuration as the real images (entrypoint python, root user by default).
common=(--change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        --change "ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"
        --change "ENV LANG=C.UTF-8"
        --change "LABEL pa.standin.key=$KEY")
say "importing $RUNTIME_IMAGE"
podman import -q "${common[@]}" --change 'ENTRYPOINT ["/usr/bin/python3.11"]' "$WORK/runtime.tar" "$RUNTIME_IMAGE" >/dev/null
say "importing $DEBUG_IMAGE"
podman import -q "${common[@]}" \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/busybox" \
  --change 'ENTRYPOINT ["/busybox/sh"]' "$WORK/debug.tar" "$DEBUG_IMAGE" >/dev/null
# Older key directories are dead weight.
find "$CACHE" -mindepth 1 -maxdepth 1 -type d ! -name "$KEY" -exec rm -rf {} +
say "sizes: $(podman image inspect --format '{{.Size}}' "$RUNTIME_IMAGE" | awk '{printf "%.1f MB", $1/1e6}') (runtime), $(podman image inspect --format '{{.Size}}' "$DEBUG_IMAGE" | awk '{printf "%.1f MB", $1/1e6}') (debug)"
echo "$RUNTIME_IMAGE $DEBUG_IMAGE"
