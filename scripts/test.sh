#!/usr/bin/env bash
# The test command: installs what the tests need (scripts/setup-machine.sh), then runs
# `./pants test` with every real-server test REQUIRED (a missing Postgres/Redis/Bolt/Node/Chromium fails).
#   scripts/test.sh                 all tests (./pants test ::)
#   scripts/test.sh src/python/physics_assistant/physics::   a subset
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

eval "$(scripts/setup-machine.sh)"
export PA_REQUIRE_SERVICES=1
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"

targets=("$@")
((${#targets[@]})) || targets=("::")
exec ./pants test "${targets[@]}"
