#!/usr/bin/env bash
# Fails when dist/ differs from what the sources build: the runner executes dist/, not src/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NODE="$(bash scripts/node24.sh)"
rm -rf .build
"$NODE" node_modules/typescript/bin/tsc -p tsconfig.json
"$NODE" scripts/bundle.mjs
if ! git diff --quiet --ignore-space-at-eol -- dist/ || [ -n "$(git status --porcelain -- dist/)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/" >&2
  git status --short -- dist/ >&2
  git diff --stat -- dist/ >&2
  exit 1
fi
echo "dist/ is up to date"
