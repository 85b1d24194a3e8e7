#!/usr/bin/env bash
# Runs the command line's tests (test/cli: extract, detect, diff, batch, the launcher and its
# bundle) on each Node line given, e.g. `bash scripts/test-cli-on-node.sh 22 24 26`. The Node
# binary comes from the npm registry's `node` package (npx caches it), so no other download
# is needed. The tests spawn the CLI with the Node that runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
for line in "$@"; do
  bin="$(npx -y -p "node@$line" which node)"
  echo "== test/cli on Node $("$bin" --version) ($bin)"
  "$bin" node_modules/vitest/vitest.mjs run test/cli
done
