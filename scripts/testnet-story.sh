#!/usr/bin/env bash
# The escrow's story on a network, one `stellar contract invoke` per step, in two parts a day
# apart (the shortest review and resolution periods an escrow accepts are one day).
#
# Part 1 creates and funds (friendbot) the identities platform, alice (the client), bob (the
# provider), signer (the release signer), resolver (the dispute resolver) and designer (paid
# for one milestone directly); deploys the contract (scripts/deploy.sh, admin: platform); uses
# the native XLM Stellar Asset Contract as the escrow's token; creates an escrow of six
# milestones with a 1-day review period, a 1-day resolution period and a 50 % fallback share,
# funds it, and takes them through delivery, change request, approval and release; a dispute
# the resolver splits; a dispute the resolver leaves unanswered; the release role handed to
# alice, who then approves and pays the designer's milestone in one call; and a milestone
# cancelled once its deadline (two minutes after creation) passed undelivered. It prints each
# milestone as stellar-cli returns it after every change.
#
# Part 2, a day later (`--resume ESCROW_ID`): bob claims the delivery alice left unanswered
# through the review period, and ends the unanswered dispute with the fallback split.
#
# add_milestones (platform, alice and bob sign) and settle_milestone (alice and bob) need
# signatures of several accounts in one call; stellar-cli 28.1 signs only for the source
# account and for address arguments that name an identity, so the script prints these two
# calls instead of sending them (a platform sends them with the TypeScript client's
# `signAuthEntries`, or a wallet). A payout the token refuses (credited, then `withdraw`)
# needs a token whose issuer can freeze a balance, which XLM is not: the offline fixtures
# show it.
#
# Usage: scripts/testnet-story.sh [options]
#   --network NAME       testnet (default) or another network with a friendbot
#   --id CONTRACT        use a deployed contract (id or alias) instead of deploying one
#   --resume ESCROW_ID   run part 2 on that escrow (with --id, a day after part 1)
#   --dry-run            print every command instead of running it (both parts)
#   -h, --help           this help
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$root/scripts/lib/common.sh"

CONTRACT=""
RESUME=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,/^set /s/^# \{0,1\}//p' "$0"; exit 0 ;;
    --network) NETWORK="${2:?--network needs a name}"; shift 2 ;;
    --id) CONTRACT="${2:?--id needs a contract id or alias}"; shift 2 ;;
    --resume) RESUME="${2:?--resume needs an escrow id}"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ -z "$RESUME" ] || [[ "$RESUME" =~ ^[0-9]+$ ]] || die "escrow id must be a number: $RESUME"
[ -z "$RESUME" ] || [ -n "$CONTRACT" ] || die "--resume needs --id: the contract of part 1"
mapfile -t net < <(network_args)
XLM=10000000 # stroops per XLM
DAY=86400

step() { printf '\n### %s\n' "$*"; }

# `invoke SIGNER FUNCTION ARGS...` sends a transaction signed by SIGNER; `read_only FUNCTION
# ARGS...` only simulates (a read costs nothing) and prints what stellar-cli returns.
invoke() {
  local signer="$1"
  shift
  run stellar contract invoke --id "$CONTRACT" --source "$signer" "${net[@]}" --send=yes -- "$@"
}
read_only() {
  run stellar contract invoke --id "$CONTRACT" --source alice "${net[@]}" --send=no -- "$@"
}
show_milestone() { read_only get_milestone --escrow_id "$escrow_id" --milestone_index "$1"; }

# `cosigned WHO SIGNER FUNCTION ARGS...`: a call several accounts (WHO) must sign. Printed,
# not sent: stellar-cli signs for the source account and identity-named address arguments
# only.
cosigned() {
  local who="$1" signer="$2"
  shift 2
  if [ "$DRY_RUN" -eq 1 ]; then
    printf '# needs the signatures of %s: sent with a wallet or the TypeScript client\n' "$who"
    show stellar contract invoke --id "$CONTRACT" --source "$signer" "${net[@]}" --send=yes -- "$@"
  else
    say "not sent: this call needs the signatures of $who, which stellar-cli cannot gather in one invocation; send it with a wallet or the TypeScript client:"
    show stellar contract invoke --id "$CONTRACT" --source "$signer" "${net[@]}" --send=yes -- "$@" >&2
  fi
}

# Part 2: what the review and resolution periods make possible a day later.
part_two() {
  step "claim_milestone (bob): alice left milestone 1 unanswered through the review period; bob gets 146.25 XLM, the platform 3.75 XLM"
  invoke bob claim_milestone --escrow_id "$escrow_id" --milestone_index 1
  show_milestone 1

  step "expire_dispute (bob): the resolver let the resolution period pass; the 50 % fallback gives bob 39 XLM, the platform 1 XLM, alice 40 XLM back"
  invoke bob expire_dispute --escrow_id "$escrow_id" --milestone_index 4 --caller bob
  show_milestone 4

  step "the escrow at the end: every milestone final, nothing held"
  read_only get_milestones --escrow_id "$escrow_id"
  read_only get_escrow --escrow_id "$escrow_id"
}

if [ -n "$RESUME" ]; then
  escrow_id="$RESUME"
  part_two
  exit 0
fi

# 1. Identities, funded by friendbot. An existing identity is kept and only funded.
step "identities"
declare -A address
for who in platform alice bob signer resolver designer; do
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

# 4. The escrow: six milestones, 480 XLM; 2.5 % platform fee; bob receives the payouts but
# for the copywriting, which pays the designer. Deadlines are ledger timestamps: a month
# from now, and two minutes for the launch support, which is never delivered.
now="$(date +%s)"
due=$((now + 30 * DAY))
launch_due=$((now + 120))
step "create_escrow (platform)"
escrow_json=$(cat <<JSON
{"engagement_id":"ORD-7731","title":"Landing page","description":"Design and build the marketing landing page","roles":{"approver":"${address[alice]}","service_provider":"${address[bob]}","platform":"${address[platform]}","release_signer":"${address[signer]}","dispute_resolver":"${address[resolver]}","receiver":"${address[bob]}"},"token":"$token","platform_fee_bps":250,"review_period":$DAY,"resolution_period":$DAY,"fallback_receiver_bps":5000,"milestones":[{"description":"Wireframes","amount":"$((100 * XLM))","deadline":$due,"receiver":null},{"description":"Landing page design","amount":"$((150 * XLM))","deadline":$due,"receiver":null},{"description":"Copywriting","amount":"$((40 * XLM))","deadline":$due,"receiver":"${address[designer]}"},{"description":"Pricing page","amount":"$((60 * XLM))","deadline":$due,"receiver":null},{"description":"Checkout flow","amount":"$((80 * XLM))","deadline":$due,"receiver":null},{"description":"Launch support","amount":"$((50 * XLM))","deadline":$launch_due,"receiver":null}]}
JSON
)
capture "1" stellar contract invoke --id "$CONTRACT" --source platform "${net[@]}" --send=yes \
  -- create_escrow --escrow "$escrow_json"
escrow_id="$(tr -d '[:space:]"' <"$CAPTURED")"
echo "escrow id: $escrow_id"
read_only get_milestones --escrow_id "$escrow_id"

step "fund_escrow (alice): backs the milestones in index order"
invoke alice fund_escrow --escrow_id "$escrow_id" --funder alice --amount "$((480 * XLM))"
read_only get_escrow --escrow_id "$escrow_id"

# 5. Milestone 0: delivered, changes requested, delivered again, approved, released.
step "change_milestone_status (bob): milestone 0 ready for review"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 0 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/wireframes-v1.pdf" \
  --notes "Desktop and mobile wireframes"
show_milestone 0

step "request_changes (alice), within the review period"
invoke alice request_changes --escrow_id "$escrow_id" --milestone_index 0 \
  --notes "Add the pricing section, please"
show_milestone 0

step "change_milestone_status (bob): resubmitted, evidence kept, the review period starts again"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 0 \
  --new_status ForReview --notes "Pricing section added"
show_milestone 0

step "approve_milestone (alice)"
invoke alice approve_milestone --escrow_id "$escrow_id" --milestone_index 0
show_milestone 0

step "release_milestone (signer): bob gets 97.50 XLM, the platform 2.50 XLM"
invoke signer release_milestone --escrow_id "$escrow_id" --milestone_index 0
show_milestone 0

# 6. Milestone 1: delivered; alice will not answer (part 2: bob claims it).
step "change_milestone_status (bob): milestone 1 ready for review; alice stays silent"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 1 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/landing-v2.fig" \
  --notes "Desktop and mobile mockups"
show_milestone 1

# 7. Milestone 3: disputed by alice, split 40 / 20 by the resolver.
step "milestone 3 delivered, then dispute_milestone (alice)"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 3 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/pricing-v1.pdf"
invoke alice dispute_milestone --escrow_id "$escrow_id" --milestone_index 3 --caller alice \
  --reason "The annual plans are missing"
show_milestone 3

step "resolve_dispute (resolver): 40 XLM to bob (less the fee), 20 XLM back to alice"
invoke resolver resolve_dispute --escrow_id "$escrow_id" --milestone_index 3 \
  --receiver_amount "$((40 * XLM))"
show_milestone 3

# 8. Milestone 4: changes requested, disputed by bob; the resolver will not rule (part 2).
step "milestone 4 delivered, changes requested, dispute_milestone (bob)"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 4 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/checkout-demo.mp4"
invoke alice request_changes --escrow_id "$escrow_id" --milestone_index 4 \
  --notes "Support PayPal too"
invoke bob dispute_milestone --escrow_id "$escrow_id" --milestone_index 4 --caller bob \
  --reason "PayPal was not in the agreed scope"
show_milestone 4

# 9. Milestone 2: the signer hands the release role to alice (both sign: the signer as the
# source, alice as the `new_address` identity), who then approves and pays it in one call.
step "transfer_role (signer and alice): alice becomes the release signer"
invoke signer transfer_role --escrow_id "$escrow_id" --role ReleaseSigner --new_address alice
step "milestone 2 delivered; approve_and_release (alice): the designer gets 39 XLM, the platform 1 XLM"
invoke bob change_milestone_status --escrow_id "$escrow_id" --milestone_index 2 \
  --new_status ForReview --evidence "https://files.example.com/ORD-7731/copy-v1.docx"
invoke alice approve_and_release --escrow_id "$escrow_id" --milestone_indices '[2]'
show_milestone 2
step "claimable (anyone): nothing credited to the designer, whose payout went through"
read_only claimable --recipient designer --token "$token"

# 10. Milestone 5: never delivered; once its deadline passed, alice takes the money back.
step "cancel_milestone (alice), once the deadline of milestone 5 passed undelivered: alice gets its 50 XLM back"
if [ "$DRY_RUN" -eq 1 ]; then
  printf '# waits until the ledger time passes %s\n' "$launch_due"
else
  wait_for=$((launch_due + 10 - $(date +%s)))
  if [ "$wait_for" -gt 0 ]; then
    say "waiting ${wait_for}s for the deadline of milestone 5"
    sleep "$wait_for"
  fi
fi
invoke alice cancel_milestone --escrow_id "$escrow_id" --milestone_index 5
show_milestone 5

# 11. Calls several parties sign: printed, not sent.
step "add_milestones and settle_milestone (several signers)"
added_json="[{\"description\":\"Analytics setup\",\"amount\":\"$((20 * XLM))\",\"deadline\":$due,\"receiver\":null}]"
cosigned "platform, alice and bob" platform add_milestones --escrow_id "$escrow_id" \
  --milestones "$added_json"
cosigned "alice and bob" alice settle_milestone --escrow_id "$escrow_id" --milestone_index 6 \
  --receiver_amount "$((5 * XLM))"

step "extend_ttl (platform): keeps every entry of the escrow alive"
invoke platform extend_ttl --escrow_id "$escrow_id"

if [ "$DRY_RUN" -eq 1 ]; then
  printf '\n# part 2, a day later: %s --id %s --resume %s\n' "$0" "$CONTRACT" "$escrow_id"
  part_two
else
  step "part 2, in a day: $0 --network $NETWORK --id $CONTRACT --resume $escrow_id"
fi
