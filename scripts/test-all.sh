#!/usr/bin/env bash
# Every test: types, lint, unit and pipeline tests, then end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== lint"; npx eslint . --max-warnings 0
echo "== unit and pipeline tests"; npx vitest run
echo "== end-to-end tests"; bash scripts/e2e.sh
