#!/usr/bin/env bash
# The escrow's whole story on a network, one `stellar contract invoke` per step.
#
# Creates and funds (friendbot) the identities platform, alice (the client), bob (the
# provider), signer (the release signer) and resolver (the dispute resolver); deploys the
# contract (scripts/deploy.sh, admin: platform); uses the native XLM Stellar Asset Contract as
# the escrow's token; then creates an escrow of three milestones, funds it, and takes them
# through delivery, change request, approval, release, dispute and resolution, printing each
# milestone as stellar-cli returns it after every change.
#
# Usage: scripts/testnet-story.sh [options]
#   --network NAME   testnet (default) or another network with a friendbot
#   --id CONTRACT    use a deployed contract (id or alias) instead of deploying one
#   --dry-run        print every command instead of running it
#   -h, --help       this help
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$root/scripts/lib/common.sh"

CONTRACT=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --network) NETWORK="${2:?--network needs a name}"; shift 2 ;;
    --id) CONTRACT="${2:?--id needs a contract id or alias}"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
mapfile -t net < <(network_args)
XLM=10000000 # stroops per XLM

step() { printf '\n### %s\n' "$*"; }

# 1. Identities, funded by friendbot. An existing identity is kept and only funded.
step "identities"
declare -A address
for who in platform alice bob signer resolver; do
  if [ "$DRY_RUN" -eq 0 ] && stellar keys address "$who" >/dev/null 2>&1; then
    run stellar keys fund "$who" "${net[@]}"
  else
    run stellar keys generate "$who" "${net[@]}" --fund
  fi
  capture "<$who-address>" stellar keys address "$who"
  address[$who]="$(tr -d '[:space:]' <"$CAPTURED")"
done

# 2. The contract.
if [ -z "$CONTRACT" ]; then
  step "deploy"
  deploy=("$root/scripts/deploy.sh" --network "$NETWORK" --source platform --alias escrow)
  [ "$DRY_RUN" -eq 1 ] && deploy+=(--dry-run)
  "${deploy[@]}"
  CONTRACT="escrow"
fi

# 3. The token: the native XLM Stellar Asset Contract (deployed on every network).
step "token"
capture "<xlm-sac-id>" stellar contract id asset --asset native "${net[@]}"
token="$(tr -d '[:space:]' <"$CAPTURED")"

# `invoke SIGNER FUNCTION ARGS...` sends a transaction signed by SIGNER; `read FUNCTION ARGS...`
# only simulates (a read costs nothing) and prints what stellar-cli returns.
invoke() {
  local signer="$1"
  shift
  run stellar contract invoke --id "$CONTRACT" --source "$signer" "${net[@]}" --send=yes -- "$@"
}
read_only() {
  run stellar contract invoke --id "$CONTRACT" --source alice "${net[@]}" --send=no -- "$@"
}
show_milestone() { read_only get_milestone --escrow_id "$escrow_id" --milestone_index "$1"; }

# 4. The escrow: 100, 150 and 50 XLM; 2.5 % platform fee; Bob receives the payouts.
step "create_escrow (platform)"
escrow_json=$(cat <<JSON
{"engagement_id":"ORD-7731","title":"Landing page","description":"Design and build the marketing landing page","roles":{"approver":"${address[alice]}","service_provider":"${address[bob]}","platform":"${address[platform]}","release_signer":"${address[signer]}","dispute_resolver":"${address[resolver]}","receiver":"${address[bob]}"},"token":"$token","platform_fee_bps":250,"milestones":[{"description":"Wireframes","amount":"$((100 * XLM))"},{"description":"Landing page design","amount":"$((150 * XLM))"},{"description":"Build and launch","amount":"$((50 * XLM))"}]}
JSON
)
capture "1" stellar contract invoke --id "$CONTRACT" --source platform "${net[@]}" --send=yes \
  -- create_escrow --escrow "$escrow_json"
escrow_id="$(tr -d '[:space:]"' <"$CAPTURED")"
echo "escrow id: $escrow_id"
read_only get_milestones --escrow_id "$escrow_id"

step "fund_escrow (alice)"
invoke alice fund_escrow --escrow_id "$escrow_id" --funder alice --amount "$((300 * XLM))"
read_only get_escrow --escrow_id "$escrow_id"

# 5. Milestone 1: delivered, changes requested, delivered again, approved, released.
step "change_milestone_status (bob): milestone 1 ready for review"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 1 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/landing-v1.pdf" \
  --notes "Desktop and mobile mockups"
show_milestone 1

step "request_changes (alice)"
invoke alice request_changes --escrow_id "$escrow_id" --milestone_index 1 \
  --notes "Bigger logo, please"
show_milestone 1

step "change_milestone_status (bob): resubmitted, evidence kept"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 1 \
  --new_status ForReview --notes "Logo enlarged"
show_milestone 1

step "approve_milestone (alice)"
invoke alice approve_milestone --escrow_id "$escrow_id" --milestone_index 1
show_milestone 1

step "release_milestone (signer): Bob gets 146.25 XLM, the platform 3.75 XLM"
invoke signer release_milestone --escrow_id "$escrow_id" --milestone_index 1
show_milestone 1

# 6. Milestone 0: disputed by Alice, split 60 / 40 by the resolver.
step "dispute_milestone (alice)"
invoke alice dispute_milestone --escrow_id "$escrow_id" --milestone_index 0 --caller alice \
  --reason "The pricing page is missing"
show_milestone 0

step "resolve_dispute (resolver): 60 XLM to Bob (less the fee), 40 XLM back to Alice"
invoke resolver resolve_dispute --escrow_id "$escrow_id" --milestone_index 0 \
  --receiver_amount "$((60 * XLM))"
show_milestone 0

# 7. Milestone 2: straight through.
step "milestone 2: delivered, approved, released"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 2 \
  --new_status ForReview --evidence "https://example.com/ORD-7731" --notes "Live"
invoke alice approve_milestone --escrow_id "$escrow_id" --milestone_index 2
invoke signer release_milestone --escrow_id "$escrow_id" --milestone_index 2

step "the escrow at the end"
read_only get_milestones --escrow_id "$escrow_id"
read_only get_escrow --escrow_id "$escrow_id"
