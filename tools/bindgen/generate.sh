#!/usr/bin/env bash
# Generates the TypeScript client in bindings/typescript/ from the optimized wasm, with the
# generator that ships in @stellar/stellar-sdk (`stellar-js generate`), pinned by this
# directory's package-lock.json.
#
#   tools/bindgen/generate.sh           regenerate bindings/typescript (make bindings)
#   tools/bindgen/generate.sh --check   fail if the committed copy differs from a fresh one
#
# Only the generator's own files are written (src/, package.json, tsconfig.json, README.md,
# .gitignore); the lockfile and the tests beside them are ours and stay.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
wasm="${ESCROW_WASM:-$root/target/wasm32v1-none/release/escrow.wasm}"
out="$root/bindings/typescript"
generated=(src package.json tsconfig.json README.md .gitignore)

case "${1:-}" in
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  ""|--check) ;;
  *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
esac

[ -f "$wasm" ] || { echo "no wasm at $wasm: run make build first" >&2; exit 1; }
if [ ! -x "$here/node_modules/.bin/stellar-js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The contract name titles the client's README; the output depends only on the wasm, the
# pinned generator and Cargo.toml's version, so two runs give the same bytes.
"$here/node_modules/.bin/stellar-js" generate --wasm "$wasm" --contract-name milestone-escrow \
  --output-dir "$tmp/escrow" >/dev/null

# The package as a frontend depends on it: a name of its own, and the contract's version
# (the workspace's, which contractmeta! `version` follows), so the client and the contract it
# was generated from are released in step. The lockfile beside it follows.
package_name="@milestone-escrow/client"
version="$(sed -n '/^\[workspace.package\]/,/^\[/{s/^version *= *"\(.*\)"/\1/p}' "$root/Cargo.toml")"
[ -n "$version" ] || { echo "no version in [workspace.package] of Cargo.toml" >&2; exit 1; }
PACKAGE_NAME="$package_name" VERSION="$version" node - "${1:---write}" "$tmp/escrow/package.json" "$out/package-lock.json" <<'JS'
const fs = require("node:fs");
const [mode, packageJson, lockfile] = process.argv.slice(2);
const name = process.env.PACKAGE_NAME;
const version = process.env.VERSION;
const pkg = JSON.parse(fs.readFileSync(packageJson, "utf8"));
pkg.name = name;
pkg.version = version;
pkg.description = "TypeScript client of the milestone escrow Soroban contract, generated from the contract's spec";
pkg.license = "Apache-2.0";
fs.writeFileSync(packageJson, JSON.stringify(pkg, null, 2) + "\n");
if (fs.existsSync(lockfile)) {
  const lock = JSON.parse(fs.readFileSync(lockfile, "utf8"));
  if (lock.name !== name || lock.version !== version) {
    if (mode === "--check") {
      console.error("bindings/typescript/package-lock.json names another package or version: run make bindings");
      process.exit(1);
    }
    lock.name = name;
    lock.version = version;
    lock.packages[""].name = name;
    lock.packages[""].version = version;
    lock.packages[""].license = pkg.license;
    fs.writeFileSync(lockfile, JSON.stringify(lock, null, 2) + "\n");
  }
}
JS

if [ "${1:-}" = "--check" ]; then
  stale=0
  for f in "${generated[@]}"; do
    if ! diff -r -q "$tmp/escrow/$f" "$out/$f" >/dev/null 2>&1; then
      echo "bindings/typescript/$f differs from a fresh generation" >&2
      stale=1
    fi
  done
  if [ "$stale" -ne 0 ]; then
    echo "the committed TypeScript client is stale: run make bindings and commit bindings/typescript" >&2
    exit 1
  fi
  echo "==> bindings/typescript matches a fresh generation from $(basename "$wasm")"
  exit 0
fi

mkdir -p "$out"
for f in "${generated[@]}"; do
  rm -rf "${out:?}/$f"
  cp -R "$tmp/escrow/$f" "$out/$f"
done
echo "==> generated bindings/typescript from $wasm"
