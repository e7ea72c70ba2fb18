#!/usr/bin/env bash
# Optimizes wasm files in place exactly as `stellar contract build` does with stellar-cli's
# default features: binaryen 116 (pinned by this directory's package-lock.json), optimizing
# aggressively for size until nothing changes (-Oz --converge), for the wasm features Soroban
# accepts (MVP, mutable globals, sign extension, bulk memory). `make build` runs it on what
# `stellar contract build --optimize=false` produces, so stellar-cli needs no C++ optimizer.
#
#   tools/wasm-opt/optimize.sh FILE.wasm [FILE.wasm ...]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

case "${1:-}" in
  ""|-h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

if [ ! -x "$here/node_modules/.bin/wasm-opt" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

for wasm in "$@"; do
  [ -f "$wasm" ] || { echo "no wasm at $wasm" >&2; exit 1; }
  before="$(wc -c <"$wasm")"
  # Written beside it and renamed over it, as stellar-cli does: cargo's output may be a hard
  # link to its own copy, which must stay as cargo built it.
  "$here/node_modules/.bin/wasm-opt" -Oz --converge --mvp-features --enable-mutable-globals \
    --enable-sign-ext --enable-bulk-memory "$wasm" -o "$wasm.optimized"
  mv "$wasm.optimized" "$wasm"
  printf '==> optimized %s: %s -> %s bytes\n' "$wasm" "$before" "$(wc -c <"$wasm")"
done
