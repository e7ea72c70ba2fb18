#!/usr/bin/env bash
# Verifies the notifier's webhooks (webhooks.json, written by the Rust tests) with the
# standardwebhooks npm package, pinned by this directory's lockfile.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node --test
