# Shared by the stellar-cli scripts: network options, and running or printing commands.
# shellcheck shell=bash
# Sourced, not run.

DRY_RUN=0
NETWORK="testnet"
RPC_URL=""
NETWORK_PASSPHRASE=""

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Prints a command as a shell would read it back: plain words as they are, anything else in
# single quotes. `--dry-run` prints every command this way, one a line.
show() {
  local out="" word
  for word in "$@"; do
    if [[ "$word" =~ ^[A-Za-z0-9_./:=@,+-]+$ ]]; then
      out+="$word "
    else
      out+="'${word//\'/\'\\\'\'}' "
    fi
  done
  printf '%s\n' "${out% }"
}

# Runs a command, or only prints it under --dry-run.
run() {
  if [ "$DRY_RUN" -eq 1 ]; then
    show "$@"
  else
    show "$@" >&2
    "$@"
  fi
}

# Runs a command whose output the script needs; under --dry-run prints it and outputs
# the placeholder given first instead.
capture() {
  local placeholder="$1"
  shift
  if [ "$DRY_RUN" -eq 1 ]; then
    show "$@"
    printf '%s' "$placeholder" >"$CAPTURED"
  else
    show "$@" >&2
    "$@" >"$CAPTURED"
  fi
}

# The network arguments of every stellar-cli call: a named network (testnet, mainnet or one
# added with `stellar network add`), or a custom RPC with its passphrase.
network_args() {
  if [ -n "$RPC_URL" ]; then
    [ -n "$NETWORK_PASSPHRASE" ] || die "--rpc-url needs --network-passphrase"
    printf '%s\n' --rpc-url "$RPC_URL" --network-passphrase "$NETWORK_PASSPHRASE"
  else
    printf '%s\n' --network "$NETWORK"
  fi
}

CAPTURED="$(mktemp)"
trap 'rm -f "$CAPTURED"' EXIT
