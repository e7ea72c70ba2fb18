#!/usr/bin/env bash
# Installs what building and testing the escrow needs, only where it is missing:
#   - the wasm32v1-none Rust target (Soroban contracts are built for it), rustfmt and clippy
#   - Debian's libdbus-1-dev, libudev-dev and pkg-config (stellar-cli links them)
#   - stellar-cli 28.1.0 with its default features (they include the wasm optimizer)
#   - Debian's shellcheck and jq (make test checks the scripts; watch-milestones.sh reads JSON)
# Safe to run again: every step first checks whether it is already done.
set -euo pipefail

STELLAR_CLI_VERSION="28.1.0"

say() { printf '==> %s\n' "$*" >&2; }

case "${1:-}" in
  -h|--help)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
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

# Installs Debian packages that are missing (with sudo unless root).
apt_install() {
  local missing=() deb
  for deb in "$@"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q 'install ok installed' || missing+=("$deb")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian system: install the equivalents of ${missing[*]} yourself"
    return 0
  fi
  local sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  say "installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
}

if ! command -v shellcheck >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1; then
  apt_install shellcheck jq
fi

if stellar --version 2>/dev/null | grep -q "stellar ${STELLAR_CLI_VERSION}"; then
  exit 0
fi

missing_debs=()
for deb in libdbus-1-dev libudev-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q 'install ok installed' || missing_debs+=("$deb")
done
if [ "${#missing_debs[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    say "installing Debian packages stellar-cli needs: ${missing_debs[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing_debs[@]}"
  else
    say "not a Debian system: install the equivalents of ${missing_debs[*]} yourself"
  fi
fi

say "installing stellar-cli ${STELLAR_CLI_VERSION} (a one-time compile, about 30 minutes on 2 cores)"
cargo install --locked stellar-cli --version "${STELLAR_CLI_VERSION}"
say "stellar-cli installed: $(stellar --version | head -n 1)"
