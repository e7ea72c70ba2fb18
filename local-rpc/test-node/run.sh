#!/usr/bin/env bash
# Builds the local RPC stand-in and lets the JavaScript SDK (pinned by this directory's
# lockfile) read it.
set -euo pipefail
cd "$(dirname "$0")"
target="${CARGO_TARGET_DIR:-$(cd ../.. && pwd)/target}"
cargo build --locked --quiet -p escrow-local-rpc
npm ci --no-audit --no-fund --loglevel=error
LOCAL_RPC_BIN="$target/debug/escrow-local-rpc" node --test
