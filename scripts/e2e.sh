#!/usr/bin/env bash
# Builds the sites the end-to-end tests read (the bundled sample collection, invented hostile-markup
# articles, and a collection made from ../shared/corpus when it is there), then runs Playwright against them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn
# Invented articles full of markup: proves the browser shows article text as text and runs none of it.
CONTENT_DIR=e2e/hostile-content npx vite build --logLevel warn --outDir dist-hostile
if [ -d ../shared/corpus ]; then
  CONTENT_DIR=../shared/corpus npx vite build --logLevel warn --outDir dist-corpus
else
  echo "../shared/corpus not found: the corpus end-to-end tests will be skipped."
fi
npx playwright test "$@"
