#!/usr/bin/env bash
# Builds every PEX twice, from clean clones of HEAD in two different directories with Pants'
# process cache disabled (every build step re-runs), and compares the sha256 of every file under dist/.
# Exits non-zero and lists the differing files if any build is not bit-identical.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pa-repro.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
say() { echo "[repro] $*" >&2; }

build() {
  local dir="$1"
  say "clone HEAD into $dir"
  git clone -q --no-hardlinks "$ROOT" "$dir"
  # The pex CLI is rebuilt and sha-checked by the launcher; reuse the verified copy to save a minute.
  mkdir -p "$dir/.cache" && cp -r "$ROOT/.cache/pex-cli" "$dir/.cache/" 2>/dev/null || true
  say "build in $dir (no pantsd, no process cache)"
  (cd "$dir" && ./pants --no-pantsd --no-local-cache --tag=-docker package :: >"$dir.log" 2>&1) || {
    tail -n 40 "$dir.log" >&2; return 1; }
  (cd "$dir" && find dist -type f -print0 | sort -z | xargs -0 sha256sum) >"$dir.sha256"
}

build "$WORK/a"
build "$WORK/b"

count="$(wc -l <"$WORK/a.sha256")"
if [[ "$count" -eq 0 ]]; then say "no files under dist/"; exit 1; fi
if diff -u "$WORK/a.sha256" "$WORK/b.sha256"; then
  say "OK: $count files under dist/ are bit-identical across both builds"
  sed 's/^/[repro]   /' "$WORK/a.sha256" >&2
else
  say "FAIL: builds differ (see diff above)"
  exit 1
fi
