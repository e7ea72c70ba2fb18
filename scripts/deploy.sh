#!/usr/bin/env bash
# Builds the optimized escrow wasm, uploads it and deploys the contract with its admin.
#
# Usage: scripts/deploy.sh [options]
#   --network NAME             testnet (default), mainnet, or a network added with
#                              `stellar network add`
#   --rpc-url URL              a custom RPC instead of a named network (with the next option)
#   --network-passphrase TEXT  that network's passphrase
#   --source IDENTITY          the stellar-cli identity that pays and signs (default: admin)
#   --admin ADDRESS            the contract's admin, who alone may upgrade it: an address or
#                              an identity name (default: the source identity)
#   --alias NAME               the name stellar-cli records the contract id under (default:
#                              escrow), usable as `--id NAME` afterwards
#   --no-build                 deploy the wasm already built
#   --dry-run                  print every command instead of running it
#   -h, --help                 this help
#
# stellar-cli records the contract id under the alias in its config directory (a local
# `.stellar/` when there is one, else ~/.config/stellar); this script also prints it. The
# admin hands the upgrade right over later with `set_admin` (the admin and the new admin
# sign; a multisig account is recommended) and replaces the code with `upgrade`, naming the
# hash of a wasm uploaded as here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$root/scripts/lib/common.sh"

SOURCE="admin"
ADMIN=""
ALIAS="escrow"
BUILD=1
WASM="$root/target/wasm32v1-none/release/escrow.wasm"

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,/^set /s/^# \{0,1\}//p' "$0"; exit 0 ;;
    --network) NETWORK="${2:?--network needs a name}"; shift 2 ;;
    --rpc-url) RPC_URL="${2:?--rpc-url needs a URL}"; shift 2 ;;
    --network-passphrase) NETWORK_PASSPHRASE="${2:?--network-passphrase needs a value}"; shift 2 ;;
    --source) SOURCE="${2:?--source needs an identity}"; shift 2 ;;
    --admin) ADMIN="${2:?--admin needs an address}"; shift 2 ;;
    --alias) ALIAS="${2:?--alias needs a name}"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
ADMIN="${ADMIN:-$SOURCE}"
mapfile -t net < <(network_args)

if [ "$BUILD" -eq 1 ]; then
  run stellar contract build --locked --package escrow --manifest-path "$root/Cargo.toml"
fi

# Upload first, then deploy by hash: the hash printed here is what a later `upgrade` names.
capture "<wasm-hash>" stellar contract upload --wasm "$WASM" --source "$SOURCE" "${net[@]}"
wasm_hash="$(tr -d '[:space:]' <"$CAPTURED")"
say "wasm hash: $wasm_hash"

capture "<contract-id>" stellar contract deploy --wasm-hash "$wasm_hash" --source "$SOURCE" \
  "${net[@]}" --alias "$ALIAS" -- --admin "$ADMIN"
contract_id="$(tr -d '[:space:]' <"$CAPTURED")"
say "escrow contract: $contract_id (alias \`$ALIAS\`)"
printf '%s\n' "$contract_id"
