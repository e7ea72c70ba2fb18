#!/usr/bin/env bash
# Follows an escrow contract's milestone events and prints one notification a line, for a
# platform to forward to the client or the provider:
#
#   Escrow 1, milestone 0 'Wireframes' is ready for review — evidence: https://… (notes: …)
#   Escrow 1, milestone 1 'Landing page design' was claimed by the provider after the review
#     period — paid 585.00 to G… (platform fee 15.00)
#   Escrow 1, milestone 2 'Copywriting': G… could not receive its payment: 292.50 credited, …
#
# Usage: scripts/watch-milestones.sh [options] <contract-id-or-alias> [escrow-id]
#   escrow-id                  follow one escrow only (a topic filter: the RPC sends no other)
#   --network NAME             testnet (default), mainnet or a network added to stellar-cli
#   --rpc-url URL              a custom RPC instead of a named network (with the next option)
#   --network-passphrase TEXT  that network's passphrase
#   --start-ledger N           first ledger to read (default: the latest ledger); the RPC
#                              keeps about 7 days of events
#   --source IDENTITY          account that simulates the `get_milestone` and `get_escrow`
#                              reads giving titles and roles (default: platform; reads are free)
#   --decimals N               decimals of the escrows' token, for amounts (default: 7, as
#                              every Stellar Asset Contract, USDC and XLM included)
#   --interval SECONDS         pause between polls (default: 5, about one ledger)
#   --once                     poll once and exit
#   --dry-run                  print the commands of the first poll instead of running them
#   -h, --help                 this help
#
# What it reports: every `milestone_updated` (delivered, changes requested, approved,
# disputed) and, with the `milestone_released` or `milestone_settled` event published in the
# same operation, how a milestone ended and who was paid what: released, claimed by the
# provider after the review period, split by the dispute resolver, split by the fallback rule
# after the resolution period, settled by the parties, cancelled after its deadline (the
# `kind` of `milestone_settled` says which split it was); every `payment_credited` (a recipient
# the token refused, and how it withdraws); and every `role_transferred`.
#
# `stellar events` makes one getEvents call and exits, so this script polls: the first call
# starts at --start-ledger, each later one at the cursor of the last event it read, so no
# event is missed or read twice. Needs stellar-cli and jq.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$root/scripts/lib/common.sh"

# The events followed, by their first topic: the base64 XDR of the ScVal Symbol of each name.
# Every one has the escrow id as its second topic. (The RPC takes at most 5 topic filters.)
MILESTONE_UPDATED_TOPIC="AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA=="
MILESTONE_RELEASED_TOPIC="AAAADwAAABJtaWxlc3RvbmVfcmVsZWFzZWQAAA=="
MILESTONE_SETTLED_TOPIC="AAAADwAAABFtaWxlc3RvbmVfc2V0dGxlZAAAAA=="
PAYMENT_CREDITED_TOPIC="AAAADwAAABBwYXltZW50X2NyZWRpdGVk"
ROLE_TRANSFERRED_TOPIC="AAAADwAAABByb2xlX3RyYW5zZmVycmVk"
START_LEDGER=""
SOURCE="platform"
DECIMALS=7
INTERVAL=5
ONCE=0
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,/^set /s/^# \{0,1\}//p' "$0"; exit 0 ;;
    --network) NETWORK="${2:?--network needs a name}"; shift 2 ;;
    --rpc-url) RPC_URL="${2:?--rpc-url needs a URL}"; shift 2 ;;
    --network-passphrase) NETWORK_PASSPHRASE="${2:?--network-passphrase needs a value}"; shift 2 ;;
    --start-ledger) START_LEDGER="${2:?--start-ledger needs a ledger}"; shift 2 ;;
    --source) SOURCE="${2:?--source needs an identity}"; shift 2 ;;
    --decimals) DECIMALS="${2:?--decimals needs a number}"; shift 2 ;;
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
[[ "$DECIMALS" =~ ^[0-9]+$ ]] || die "--decimals must be a number: $DECIMALS"
[ "$DRY_RUN" -eq 1 ] || command -v jq >/dev/null || die "jq is needed (apt-get install jq)"
mapfile -t net < <(network_args)

# The base64 XDR of ScVal::U64(n): discriminant 5, then n as 8 big-endian bytes.
u64_topic() {
  local hex
  hex="$(printf '00000005%016x' "$1")"
  printf '%b' "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64
}

# One topic filter per event followed: [name, escrow_id], any escrow or the one asked for.
escrow_topic="*"
[ -z "$ESCROW" ] || escrow_topic="$(u64_topic "$ESCROW")"
topics=()
for name_topic in "$MILESTONE_UPDATED_TOPIC" "$MILESTONE_RELEASED_TOPIC" "$MILESTONE_SETTLED_TOPIC" \
  "$PAYMENT_CREDITED_TOPIC" "$ROLE_TRANSFERRED_TOPIC"; do
  topics+=(--topic "$name_topic,$escrow_topic")
done

# An amount in the token's smallest unit (a decimal string, of any size) as units with at
# least two decimals and no trailing zeros beyond them: 5850000000 → 585.00, 1 → 0.0000001.
units() {
  local n="$1" whole frac keep
  [ "$DECIMALS" -gt 0 ] || { printf '%s' "$n"; return; }
  while [ "${#n}" -le "$DECIMALS" ]; do n="0$n"; done
  whole="${n:0:${#n}-DECIMALS}"
  frac="${n:${#n}-DECIMALS}"
  keep=$((DECIMALS < 2 ? DECIMALS : 2))
  while [ "${#frac}" -gt "$keep" ] && [ "${frac: -1}" = 0 ]; do frac="${frac:0:${#frac}-1}"; done
  printf '%s.%s' "$whole" "$frac"
}

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

# The roles of each escrow that change milestones, read once per escrow with `get_escrow` and
# kept up to date from `role_transferred`: "approver provider release_signer resolver".
declare -A roles
lookup_roles() {
  if [ -z "${roles[$1]+set}" ]; then
    roles[$1]="$(stellar contract invoke --id "$CONTRACT" --source "$SOURCE" "${net[@]}" \
      --send=no -- get_escrow --escrow_id "$1" 2>/dev/null \
      | jq -r '.roles | [.approver, .service_provider, .release_signer, .dispute_resolver]
        | join(" ")' 2>/dev/null || true)"
  fi
}

# Sets `role` to what `address` is in escrow `escrow` (approver, provider, release signer,
# dispute resolver), or to "" when it holds none of these roles.
role_of() {
  local escrow="$1" address="$2" held
  lookup_roles "$escrow"
  read -r -a held <<<"${roles[$escrow]:-}"
  role=""
  case "$address" in
    "${held[0]:-}") role="approver" ;;
    "${held[1]:-}") role="provider" ;;
    "${held[2]:-}") role="release signer" ;;
    "${held[3]:-}") role="dispute resolver" ;;
  esac
}

# Replaces one role's address in the cache after a `role_transferred`.
transfer_role() {
  local escrow="$1" which="$2" new="$3" held slot
  lookup_roles "$escrow"
  read -r -a held <<<"${roles[$escrow]:-}"
  [ "${#held[@]}" -eq 4 ] || return 0
  case "$which" in
    Approver) slot=0 ;; ServiceProvider) slot=1 ;; ReleaseSigner) slot=2 ;;
    DisputeResolver) slot=3 ;; *) return 0 ;;
  esac
  held[slot]="$new"
  roles[$escrow]="${held[*]}"
}

# What a payout paid: "<net> to <receiver> (platform fee <fee>), <refund> refunded to the
# approver", leaving out the parts that are 0.
paid_text() {
  local paid="$1" receiver="$2" fee="$3" refund="${4:-0}" text=""
  if [ "$paid" != 0 ] || [ "$fee" != 0 ]; then
    text="$(units "$paid") to $receiver (platform fee $(units "$fee"))"
  fi
  [ "$refund" = 0 ] || text+="${text:+, }$(units "$refund") refunded to the approver"
  printf '%s' "${text:-nothing, as nothing was held for it}"
}

# A milestone that reached a final status waits here for the `milestone_released` or
# `milestone_settled` event of the same operation, which says what was paid.
pending=""         # "<operation>/<escrow>/<index>", or empty
pending_status=""  # Released, Resolved or Cancelled
pending_by=""      # the address that made the change
pending_what=""    # "Escrow 1, milestone 2 'Copywriting'"
credit_op=""       # the operation of the last payout reported, and its milestone
credit_what=""

# Prints the pending milestone without its payout (its companion event never came).
flush_pending() {
  [ -n "$pending" ] || return 0
  printf '%s is now %s\n' "$pending_what" "$pending_status"
  pending=""
}

# Prints how the pending milestone ended, with what `milestone_released` (3 fields) or
# `milestone_settled` (5 fields and its kind) says was paid.
report_ending() {
  local escrow="$1" event="$2" receiver="$3" paid="$4" fee="$5" refund="${6:-0}" kind="${7:-}" how role
  role_of "$escrow" "$pending_by"
  if [ "$event" = MilestoneReleased ]; then
    case "$role" in
      provider) how="was claimed by the provider after the review period" ;;
      *) how="was released" ;;
    esac
    printf '%s %s — paid %s\n' "$pending_what" "$how" "$(paid_text "$paid" "$receiver" "$fee")"
    return
  fi
  case "$kind" in
    Cancellation) how="was cancelled by the approver after its deadline passed undelivered" ;;
    Ruling) how="was split by the dispute resolver" ;;
    Fallback) how="was split by the fallback rule agreed at creation${role:+ (applied by the $role)}, the resolver having let the resolution period pass" ;;
    Agreement) how="was settled by the approver and the provider" ;;
    *) how="was split" ;;
  esac
  printf '%s %s — %s\n' "$pending_what" "$how" "$(paid_text "$paid" "$receiver" "$fee" "$refund")"
}

# Reads `stellar events --output json` lines and prints the notifications; prints the id of
# each event read on fd 3 (the last one is the next cursor).
notify() {
  local line id event escrow f1 f2 f3 f4 f5 f6 op name what by_role role_name
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    # Fields joined by the unit separator (not a tab: read would merge empty fields).
    IFS=$'\x1f' read -r id event escrow f1 f2 f3 f4 f5 f6 < <(jq -r '
      def text: if . == null then "" else tostring | gsub("[\n\u001f]"; " ") end;
      .params as $p
      | [.id, .event_name, $p.escrow_id]
        + (if .event_name == "MilestoneUpdated" then
             [$p.milestone_index, $p.status, $p.evidence, $p.notes, $p.changed_by]
           elif .event_name == "MilestoneReleased" then
             [$p.milestone_index, $p.receiver, $p.paid_to_receiver, $p.platform_fee]
           elif .event_name == "MilestoneSettled" then
             [$p.milestone_index, $p.receiver, $p.paid_to_receiver, $p.platform_fee,
              $p.refunded_to_approver, $p.kind]
           elif .event_name == "PaymentCredited" then [$p.recipient, $p.token, $p.amount]
           elif .event_name == "RoleTransferred" then [$p.role, $p.old_address, $p.new_address]
           else [] end)
      | map(text) | join("\u001f")' <<<"$line" 2>/dev/null || true)
    [ -n "${id:-}" ] || continue
    printf '%s\n' "$id" >&3
    [ -z "$ESCROW" ] || [ "$escrow" = "$ESCROW" ] || continue
    op="${id%%-*}"
    case "$event" in
      MilestoneUpdated|MilestoneReleased|MilestoneSettled)
        lookup_title "$escrow" "$f1"
        what="Escrow $escrow, milestone $f1"
        [ -z "$name" ] || what+=" '$name'" ;;
    esac
    case "$event" in
      MilestoneUpdated)
        # f1 index, f2 status, f3 evidence, f4 notes, f5 changed_by
        flush_pending
        case "$f2" in
          ForReview) printf '%s is ready for review — evidence: %s%s\n' "$what" "${f3:-none}" "${f4:+ (notes: $f4)}" ;;
          ChangesRequested) printf '%s: changes requested — %s\n' "$what" "${f4:-no notes}" ;;
          Approved) printf '%s was approved and awaits release\n' "$what" ;;
          Disputed)
            role_of "$escrow" "$f5"
            by_role="${role:+the $role}"
            printf '%s is disputed by %s — reason: %s\n' "$what" "${by_role:-$f5}" "${f4:-none}" ;;
          Released|Resolved|Cancelled)
            pending="$op/$escrow/$f1" pending_status="$f2" pending_by="$f5"
            pending_what="$what" ;;
          *) printf '%s is now %s\n' "$what" "$f2" ;;
        esac ;;
      MilestoneReleased|MilestoneSettled)
        # f1 index, f2 receiver, f3 paid_to_receiver, f4 platform_fee, f5 refunded_to_approver,
        # f6 kind
        if [ "$pending" = "$op/$escrow/$f1" ]; then
          report_ending "$escrow" "$event" "$f2" "$f3" "$f4" "${f5:-0}" "${f6:-}"
          pending=""
        else
          flush_pending
          printf '%s was paid out — %s\n' "$what" "$(paid_text "$f3" "$f2" "$f4" "${f5:-0}")"
        fi
        credit_op="$op" credit_what="$what" ;;
      PaymentCredited)
        # f1 recipient, f2 token, f3 amount
        flush_pending
        what="Escrow $escrow"
        [ "$credit_op" != "$op" ] || what="$credit_what"
        printf '%s: %s could not receive its payment: %s credited, withdraw with: stellar contract invoke --id %s --source <its identity> -- withdraw --recipient %s --token %s\n' \
          "$what" "$f1" "$(units "$f3")" "$CONTRACT" "$f1" "$f2" ;;
      RoleTransferred)
        # f1 role, f2 old address, f3 new address
        flush_pending
        transfer_role "$escrow" "$f1" "$f3"
        case "$f1" in
          ServiceProvider) role_name="service provider" ;;
          ReleaseSigner) role_name="release signer" ;;
          DisputeResolver) role_name="dispute resolver" ;;
          *) role_name="${f1,,}" ;;
        esac
        printf 'Escrow %s: the %s role passed from %s to %s\n' "$escrow" "$role_name" "$f2" "$f3" ;;
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
  events=(stellar events "${net[@]}" --id "$CONTRACT" --type contract "${topics[@]}"
    --output json --count 200 "${range[@]}")
  if [ "$DRY_RUN" -eq 1 ]; then
    show "${events[@]}"
    exit 0
  fi
  : >"$last"
  # Not a pipe: notify runs in this shell, so the titles, roles and a milestone awaiting its
  # payout event stay between polls.
  notify 3>>"$last" < <("${events[@]}" 2>/dev/null || true)
  [ ! -s "$last" ] || cursor="$(tail -n 1 "$last")"
  if [ "$ONCE" -eq 1 ]; then
    flush_pending
    exit 0
  fi
  sleep "$INTERVAL"
done
