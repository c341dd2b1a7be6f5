#!/bin/sh
# Builder-stage step of every image: turn one of the service's two PEXes into its part of
# /app/venv, byte-compiled. `deps` (third-party requirements, then trimmed by
# trim-site-packages.sh) and `srcs` (our sources) run in separate stages, so each becomes its own
# layer of the final image.
#   sh /build/install-venv.sh deps|srcs      (expects /build/<deps|srcs>.pex; removes /build)
set -eu
scope="$1"
site=/app/venv/lib/python3.11/site-packages
PEX_ROOT=/build/pex-root PEX_TOOLS=1 python3.11 "/build/$scope.pex" venv --scope="$scope" --site-packages-copies /app/venv
if [ "$scope" = deps ]; then
  sh /build/trim-site-packages.sh "$site"
fi
python3.11 -m compileall -q -j 0 --invalidation-mode unchecked-hash "$site"
rm -rf /build
