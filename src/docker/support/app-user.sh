#!/bin/sh
# Builder-stage step of every image: the passwd and group files of the final stage, i.e. the base
# image's (distroless only has root, nonroot and nobody) plus `app`, uid/gid 1001, no login.
#   sh /build/app-user.sh /out      (writes /out/passwd and /out/group)
set -eu
out="$1"
mkdir -p "$out"
cp /etc/passwd /etc/group "$out/"
echo 'app:x:1001:1001:Physics Assistant:/nonexistent:/sbin/nologin' >>"$out/passwd"
echo 'app:x:1001:' >>"$out/group"
