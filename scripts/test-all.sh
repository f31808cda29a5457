#!/usr/bin/env bash
# Every test: types, lint, unit and pipeline tests, then end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== lint"; npx eslint . --max-warnings 0
echo "== unit and pipeline tests"; npx vitest run
# The ranker's weights are generated from ../shared's annotations by the current rules: stale weights fail.
if [ -d ../shared/gold ]; then
  echo "== ranker weights are fresh"; npm run --silent train -- --check
else
  echo "../shared/gold not found: the check that the ranker's weights are fresh is skipped."
fi
echo "== end-to-end tests"; bash scripts/e2e.sh
