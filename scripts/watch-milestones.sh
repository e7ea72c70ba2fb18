#!/usr/bin/env bash
# Follows an escrow contract's `milestone_updated` events and prints one notification a line,
# for a platform to forward to the client or the provider:
#
#   Escrow 1, milestone 1 'Landing page design' is ready for review — evidence: https://… (notes: …)
#
# Usage: scripts/watch-milestones.sh [options] <contract-id-or-alias> [escrow-id]
#   escrow-id                  follow one escrow only (a topic filter: the RPC sends no other)
#   --network NAME             testnet (default), mainnet or a network added to stellar-cli
#   --rpc-url URL              a custom RPC instead of a named network (with the next option)
#   --network-passphrase TEXT  that network's passphrase
#   --start-ledger N           first ledger to read (default: the latest ledger); the RPC
#                              keeps about 7 days of events
#   --source IDENTITY          account that simulates the `get_milestone` reads giving the
#                              milestones' titles (default: platform; reads cost nothing)
#   --interval SECONDS         pause between polls (default: 5, about one ledger)
#   --once                     poll once and exit
#   --dry-run                  print the commands of the first poll instead of running them
#   -h, --help                 this help
#
# `stellar events` makes one getEvents call and exits, so this script polls: the first call
# starts at --start-ledger, each later one at the cursor of the last event it printed, so no
# event is missed or printed twice. Needs stellar-cli and jq.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$root/scripts/lib/common.sh"

# The topic `milestone_updated`: the base64 XDR of the ScVal Symbol("milestone_updated").
MILESTONE_UPDATED_TOPIC="AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA=="
START_LEDGER=""
SOURCE="platform"
INTERVAL=5
ONCE=0
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --network) NETWORK="${2:?--network needs a name}"; shift 2 ;;
    --rpc-url) RPC_URL="${2:?--rpc-url needs a URL}"; shift 2 ;;
    --network-passphrase) NETWORK_PASSPHRASE="${2:?--network-passphrase needs a value}"; shift 2 ;;
    --start-ledger) START_LEDGER="${2:?--start-ledger needs a ledger}"; shift 2 ;;
    --source) SOURCE="${2:?--source needs an identity}"; shift 2 ;;
    --interval) INTERVAL="${2:?--interval needs seconds}"; shift 2 ;;
    --once) ONCE=1; shift ;;
    --dry-run) DRY_RUN=1; ONCE=1; shift ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ "${#args[@]}" -lt 1 ] || [ "${#args[@]}" -gt 2 ]; then
  die "usage: $0 [options] <contract-id> [escrow-id] (see --help)"
fi
CONTRACT="${args[0]}"
ESCROW="${args[1]:-}"
[ -z "$ESCROW" ] || [[ "$ESCROW" =~ ^[0-9]+$ ]] || die "escrow id must be a number: $ESCROW"
[ "$DRY_RUN" -eq 1 ] || command -v jq >/dev/null || die "jq is needed (apt-get install jq)"
mapfile -t net < <(network_args)

# The base64 XDR of ScVal::U64(n): discriminant 5, then n as 8 big-endian bytes.
u64_topic() {
  local hex
  hex="$(printf '00000005%016x' "$1")"
  printf '%b' "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64
}

# Topics are [milestone_updated, escrow_id]: any escrow, or the one asked for.
topic="$MILESTONE_UPDATED_TOPIC,*"
[ -z "$ESCROW" ] || topic="$MILESTONE_UPDATED_TOPIC,$(u64_topic "$ESCROW")"

# Sets `name` to a milestone's description, read once per milestone (it never changes).
declare -A titles
lookup_title() {
  local key="$1/$2"
  if [ -z "${titles[$key]+set}" ]; then
    titles[$key]="$(stellar contract invoke --id "$CONTRACT" --source "$SOURCE" "${net[@]}" \
      --send=no -- get_milestone --escrow_id "$1" --milestone_index "$2" 2>/dev/null \
      | jq -r '.description // empty' 2>/dev/null || true)"
  fi
  name="${titles[$key]}"
}

# Reads `stellar events --output json` lines and prints a notification for each
# `MilestoneUpdated` one; prints the id of the last event read on fd 3 (the next cursor).
notify() {
  local line id escrow index status evidence notes by name what
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    id="$(jq -r '.id // empty' <<<"$line" 2>/dev/null || true)"
    [ -n "$id" ] || continue
    printf '%s\n' "$id" >&3
    [ "$(jq -r '.event_name' <<<"$line")" = "MilestoneUpdated" ] || continue
    # Fields joined by the unit separator (not a tab: read would merge empty fields).
    IFS=$'\x1f' read -r escrow index status evidence notes by < <(jq -r '.params |
      [.escrow_id, .milestone_index, .status, (.evidence // ""), (.notes // ""), .changed_by]
      | map(tostring | gsub("[\n\u001f]"; " ")) | join("\u001f")' <<<"$line")
    [ -z "$ESCROW" ] || [ "$escrow" = "$ESCROW" ] || continue
    lookup_title "$escrow" "$index"
    what="Escrow $escrow, milestone $index"
    [ -z "$name" ] || what+=" '$name'"
    case "$status" in
      ForReview) printf '%s is ready for review — evidence: %s%s\n' "$what" "${evidence:-none}" "${notes:+ (notes: $notes)}" ;;
      ChangesRequested) printf '%s: changes requested — %s\n' "$what" "${notes:-no notes}" ;;
      Approved) printf '%s was approved and awaits release\n' "$what" ;;
      Released) printf '%s was released to the receiver\n' "$what" ;;
      Disputed) printf '%s is disputed by %s — reason: %s\n' "$what" "$by" "${notes:-none}" ;;
      Resolved) printf '%s: the dispute was resolved\n' "$what" ;;
      *) printf '%s is now %s\n' "$what" "$status" ;;
    esac
  done
}

if [ -z "$START_LEDGER" ]; then
  capture "<latest-ledger>" stellar ledger latest "${net[@]}" --output json
  START_LEDGER="$(if [ "$DRY_RUN" -eq 1 ]; then cat "$CAPTURED"; else jq -r '.sequence' <"$CAPTURED"; fi)"
fi

cursor=""
last="$(mktemp)"
trap 'rm -f "$CAPTURED" "$last"' EXIT
while :; do
  range=(--start-ledger "$START_LEDGER")
  [ -z "$cursor" ] || range=(--cursor "$cursor")
  events=(stellar events "${net[@]}" --id "$CONTRACT" --type contract --topic "$topic"
    --output json --count 200 "${range[@]}")
  if [ "$DRY_RUN" -eq 1 ]; then
    show "${events[@]}"
    exit 0
  fi
  : >"$last"
  # Not a pipe: notify runs in this shell, so the titles it read stay cached between polls.
  notify 3>>"$last" < <("${events[@]}" 2>/dev/null || true)
  [ ! -s "$last" ] || cursor="$(tail -n 1 "$last")"
  [ "$ONCE" -eq 0 ] || exit 0
  sleep "$INTERVAL"
done
