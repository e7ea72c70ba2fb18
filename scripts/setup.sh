#!/usr/bin/env bash
# Installs what building and testing the escrow needs, only where it is missing:
#   - the wasm32v1-none Rust target (Soroban contracts are built for it), rustfmt and clippy
#   - Debian's nodejs and npm (`make build` optimizes the wasm with binaryen's npm package, and
#     make test runs the TypeScript client's tests), shellcheck (make test checks the scripts)
#     and jq (watch-milestones.sh reads JSON)
#   - stellar-cli 28.1.0 without its default features: no built-in optimizer (binaryen's
#     wasm-opt, the same version, does that job), keyring or Ledger support, so no C++ or
#     system library to build; a one-time compile of about 15 minutes on 2 cores. A stellar-cli
#     28.1.0 already installed, with or without its default features, is kept.
# Safe to run again: every step first checks whether it is already done.
set -euo pipefail

STELLAR_CLI_VERSION="28.1.0"

say() { printf '==> %s\n' "$*" >&2; }

case "${1:-}" in
  -h|--help)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
esac

if ! command -v cargo >/dev/null 2>&1; then
  say "cargo not found: install Rust with rustup first (https://rustup.rs)"
  exit 1
fi

if ! rustup target list --installed | grep -qx 'wasm32v1-none'; then
  say "installing the Rust target wasm32v1-none"
  rustup target add wasm32v1-none
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^${component}"; then
    say "installing the Rust component ${component}"
    rustup component add "$component"
  fi
done

# The Debian package that provides each command needed, installed in one go when missing
# (with sudo unless root).
missing_debs=()
for pair in node:nodejs npm:npm shellcheck:shellcheck jq:jq; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing_debs+=("${pair#*:}")
done
if [ "${#missing_debs[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    say "installing Debian packages: ${missing_debs[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing_debs[@]}"
  else
    say "not a Debian system: install ${missing_debs[*]} yourself"
    exit 1
  fi
fi

if stellar --version 2>/dev/null | grep -q "stellar ${STELLAR_CLI_VERSION}"; then
  exit 0
fi

say "installing stellar-cli ${STELLAR_CLI_VERSION} without its default features (a one-time compile, about 15 minutes on 2 cores)"
cargo install --locked stellar-cli --version "${STELLAR_CLI_VERSION}" --no-default-features
say "stellar-cli installed: $(stellar --version | head -n 1)"
