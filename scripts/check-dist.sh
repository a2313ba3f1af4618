#!/usr/bin/env bash
# Fails when dist/ differs from what the sources build: the runner executes dist/, not src/.
# The entries load chunk files beside them (<id>.index.js) only when a run reaches the import(), so
# a missing or stale chunk would otherwise go unnoticed until a workflow packages or uploads; here
# it shows as an untracked, deleted or changed file. bundle.mjs has already checked that each
# entry's chunks are all there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NODE="$(bash scripts/node24.sh)"
rm -rf .build
"$NODE" node_modules/typescript/bin/tsc -p tsconfig.json
"$NODE" scripts/bundle.mjs
if ! git diff --quiet --ignore-space-at-eol -- dist/ || [ -n "$(git status --porcelain -- dist/)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/, every chunk file included" >&2
  git status --short -- dist/ >&2
  git diff --stat -- dist/ >&2
  exit 1
fi
echo "dist/ is up to date"
