#!/usr/bin/env bash
# Builds the two sites the end-to-end tests read (the bundled sample collection, and a collection
# made from ../shared/corpus when it is there), then runs Playwright against them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn
if [ -d ../shared/corpus ]; then
  CONTENT_DIR=../shared/corpus npx vite build --logLevel warn --outDir dist-corpus
else
  echo "../shared/corpus not found: the corpus end-to-end tests will be skipped."
fi
npx playwright test "$@"
