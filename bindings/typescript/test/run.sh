#!/usr/bin/env bash
# Builds the generated TypeScript client as a frontend would (npm ci from the lockfile, tsc)
# and runs its Node tests against the fixtures the Rust story wrote. Offline apart from
# `npm ci` (the npm registry, or npm's cache).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
npx --no-install tsc
npx --no-install tsc -p test/tsconfig.json
node --test dist/tests/test/
