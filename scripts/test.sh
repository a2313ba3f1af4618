#!/usr/bin/env bash
# The whole test suite, on Node 24: compile, rebuild the bundle the end-to-end tests run, test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NODE="$(bash scripts/node24.sh)"
echo "testing on node $("$NODE" --version)"
rm -rf .build
"$NODE" node_modules/typescript/bin/tsc -p tsconfig.json
"$NODE" scripts/bundle.mjs
shopt -s globstar nullglob
files=(.build/test/**/*.test.js)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no test files found" >&2
  exit 1
fi
# A hung test fails after 10 minutes instead of holding CI until its own limit.
"$NODE" --test --test-concurrency=2 --test-timeout=600000 --test-reporter=spec "${files[@]}"
