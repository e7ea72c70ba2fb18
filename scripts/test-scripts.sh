#!/usr/bin/env bash
# Tests the stellar-cli scripts without a network (run by `make test`):
#   - shellcheck on every shell script of the project;
#   - each script's --help, and its --dry-run, which prints every command it would run;
#   - every `stellar contract invoke` (and the deploy's constructor call) those dry runs print
#     names a function and arguments that the built wasm's interface has, every required
#     argument is given, and every value has its argument's type, JSON structs with exactly
#     the struct's fields at every depth, enum cases the enum's (interface read with
#     `stellar contract info interface --output json`), so the scripts cannot drift from the
#     contract; the story's dry run calls every function it is meant to;
#   - watch-milestones.sh on the events of the story on the shipped wasm (the fixtures
#     integration-tests/tests/client_fixtures.rs writes), through a stand-in `stellar`: the
#     notifications, exactly.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
wasm="${ESCROW_WASM:-$root/target/wasm32v1-none/release/escrow.wasm}"
fixtures="$root/bindings/typescript/test/fixtures"
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
command -v shellcheck >/dev/null || { echo "shellcheck missing: run scripts/setup.sh" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq missing: run scripts/setup.sh" >&2; exit 1; }

shellcheck -x scripts/*.sh scripts/lib/*.sh tools/bindgen/generate.sh bindings/typescript/test/run.sh \
  || fail "shellcheck"

iface="$(stellar contract info interface --wasm "$wasm" --output json 2>/dev/null)"
# {function: [{name, optional}]}
functions="$(jq -c '[.[] | .function_v0 // empty | {key: .name, value: [.inputs[] | {name, optional: (.type | type == "object" and has("option"))}]}] | from_entries' <<<"$iface")"
[ "$(jq 'length' <<<"$functions")" -gt 10 ] || fail "the interface of $wasm lists no functions"

# The faults of one argument value (as the command line gives it) against its type in the
# interface, one a line: stellar-cli takes strings and addresses as they are, and parses every
# other value as JSON (a unit enum case also bare).
# shellcheck disable=SC2016 # a jq program, not shell
value_check='
  ($iface | map(.udt_struct_v0 // empty | {key: .name, value: .fields}) | from_entries) as $structs
  | ($iface | map(.udt_union_v0 // empty | {key: .name, value: [.cases[] | (.void_v0 // .tuple_v0).name]}) | from_entries) as $unions
  | ($iface | map(.udt_enum_v0 // empty | {key: .name, value: [.cases[].value]}) | from_entries) as $enums
  | def check($t; $v; $path):
      if ($t | type) == "string" then
        if ($t == "string" or $t == "address" or $t == "symbol") then
          if ($v | type) == "string" then empty else "\($path): \($t) expected, got \($v | tojson)" end
        elif ($t | test("^[ui](32|64|128|256)$")) then
          if ($v | type) == "number" or (($v | type) == "string" and ($v | test("^-?[0-9]+$")))
          then empty else "\($path): \($t) expected, got \($v | tojson)" end
        elif $t == "bool" then
          if ($v | type) == "boolean" then empty else "\($path): bool expected, got \($v | tojson)" end
        else empty end
      elif $t.option then
        if $v == null then empty else check($t.option.value_type; $v; $path) end
      elif $t.vec then
        if ($v | type) == "array" then
          range(0; $v | length) as $i | check($t.vec.element_type; $v[$i]; "\($path)[\($i)]")
        else "\($path): a list expected, got \($v | tojson)" end
      elif $t.udt then
        $t.udt.name as $n
        | if $structs[$n] then
            if ($v | type) != "object" then "\($path): a \($n) object expected, got \($v | tojson)"
            else
              ([$structs[$n][].name] | sort) as $want
              | ($v | keys) as $have
              | (if $have == $want then empty
                 else "\($path): \($n) has the fields \($want | join(",")), the JSON \($have | join(","))" end),
                ($structs[$n][] | select(. as $f | $v | has($f.name)) | check(.type; $v[.name]; "\($path).\(.name)"))
            end
          elif $unions[$n] then
            if (($v | type) == "string" and ($unions[$n] | index($v)) != null)
              or (($v | type) == "object" and ($v | length) == 1 and ($unions[$n] | index($v | keys[0])) != null)
            then empty else "\($path): one of \($unions[$n] | join(", ")) expected, got \($v | tojson)" end
          elif $enums[$n] then
            if ($enums[$n] | index($v)) != null then empty
            else "\($path): one of \($enums[$n] | map(tostring) | join(", ")) expected, got \($v | tojson)" end
          else empty end
      else empty end;
  ($iface | map(.function_v0 // empty) | map(select(.name == $fn)) | .[0].inputs[] | select(.name == $arg) | .type) as $t
  | (if ($t | type) == "string" and ($t == "string" or $t == "address" or $t == "symbol") then $value
     elif ($t | type) == "object" and $t.option and ($t.option.value_type | . == "string" or . == "address") then $value
     else ($value | try fromjson catch $value) end) as $v
  | check($t; $v; "--\($arg)")'

# Checks one contract call: function name, then `--arg value` pairs.
check_call() {
  local where="$1" fn="$2"
  shift 2
  if [ "$(jq --arg f "$fn" 'has($f)' <<<"$functions")" != true ]; then
    fail "$where: no function \`$fn\` in the contract"
    return
  fi
  local given=() fault
  while [ $# -gt 0 ]; do
    case "$1" in
      --*) local name="${1#--}" value="${2-}"
        given+=("$name")
        if [ "$(jq --arg f "$fn" --arg a "$name" '[.[$f][].name] | index($a) != null' <<<"$functions")" != true ]; then
          fail "$where: \`$fn\` has no argument \`$name\`"
        else
          while IFS= read -r fault; do
            [ -z "$fault" ] || fail "$where: \`$fn\` $fault"
          done < <(jq -nr --argjson iface "$iface" --arg fn "$fn" --arg arg "$name" --arg value "$value" "$value_check")
        fi
        shift 2 ;;
      *) fail "$where: unexpected word \`$1\` after \`$fn\`"; shift ;;
    esac
  done
  local required
  for required in $(jq -r --arg f "$fn" '.[$f][] | select(.optional | not) | .name' <<<"$functions"); do
    [[ " ${given[*]} " == *" $required "* ]] || fail "$where: \`$fn\` misses its argument \`$required\`"
  done
}

# Checks every contract call a dry run prints (in this shell, so that its faults count); sets
# `called` to the functions it checked, one a line.
check_dry_run() {
  local script="$1" line words i
  shift
  local out
  called=""
  out="$("$script" "$@" --dry-run 2>/dev/null)" || { fail "$script $* --dry-run exits with an error"; return; }
  while IFS= read -r line; do
    case "$line" in
      "stellar contract invoke "*|"stellar contract deploy "*) ;;
      *) continue ;;
    esac
    # The dry run prints words plain or single-quoted, as a shell reads them back.
    eval "words=( $line )"
    for ((i = 0; i < ${#words[@]}; i++)); do [ "${words[$i]}" = "--" ] && break; done
    if [ "${words[2]}" = deploy ]; then
      check_call "$script: $line" __constructor "${words[@]:i+1}"
      called+="__constructor"$'\n'
    else
      check_call "$script: $line" "${words[@]:i+1}"
      called+="${words[i+1]}"$'\n'
    fi
  done <<<"$out"
  called="${called%$'\n'}"
}

for script in scripts/deploy.sh scripts/testnet-story.sh scripts/watch-milestones.sh; do
  "$script" --help | grep -q '^Usage: ' || fail "$script --help prints no usage"
done
check_dry_run scripts/deploy.sh
[ "$called" = __constructor ] || fail "deploy.sh --dry-run: expected 1 deploy, checked: $called"
check_dry_run scripts/deploy.sh --network mainnet --source ops --admin GADMIN --no-build
[ "$called" = __constructor ] || fail "deploy.sh --dry-run --no-build: expected 1 deploy, checked: $called"
check_dry_run scripts/testnet-story.sh
n="$(grep -c . <<<"$called" || true)"
# Every function of the story: all but the admin's (upgrade, set_admin, admin) and withdraw,
# which XLM never needs.
story_fns="__constructor add_milestones approve_and_release approve_milestone cancel_milestone change_milestone_status claim_milestone claimable create_escrow dispute_milestone expire_dispute extend_ttl fund_escrow get_escrow get_milestone get_milestones release_milestone request_changes resolve_dispute settle_milestone transfer_role"
[ "$(sort -u <<<"$called" | tr '\n' ' ' | sed 's/ $//')" = "$story_fns" ] \
  || fail "testnet-story.sh --dry-run calls $(sort -u <<<"$called" | tr '\n' ' '), expected $story_fns"
echo "==> checked $n contract calls of testnet-story.sh against $(basename "$wasm")'s interface"
check_dry_run scripts/testnet-story.sh --id escrow --resume 7
[ "${called//$'\n'/ }" = "claim_milestone get_milestone expire_dispute get_milestone get_milestones get_escrow" ] \
  || fail "testnet-story.sh --resume: expected part 2 only, checked: ${called//$'\n'/ }"
watch_dry="$(scripts/watch-milestones.sh --dry-run escrow 7)"
for topic in AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA== AAAADwAAABJtaWxlc3RvbmVfcmVsZWFzZWQAAA== \
  AAAADwAAABFtaWxlc3RvbmVfc2V0dGxlZAAAAA== AAAADwAAABBwYXltZW50X2NyZWRpdGVk AAAADwAAABByb2xlX3RyYW5zZmVycmVk; do
  grep -q -- "--topic $topic,AAAABQAAAAAAAAAH " <<<"$watch_dry" \
    || fail "watch-milestones.sh does not filter on [$topic, 7]"
done
grep -qF -- "--topic 'AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA==,*' " <<<"$(scripts/watch-milestones.sh --dry-run escrow)" \
  || fail "watch-milestones.sh without an escrow id does not follow every escrow"

# The check above must catch drift: a wrong argument name, a missing argument, a struct with a
# wrong field, an unknown function, a nested struct that misses a field, an enum case the
# contract does not have, a number where a list is due.
before=$failures
{
  check_call "self-test" change_milestone_status --escrow_id 1 --milestone_idx 0 --new_status ForReview
  check_call "self-test" create_escrow --escrow '{"title":"x"}'
  check_call "self-test" no_such_function
  check_call "self-test" add_milestones --escrow_id 1 --milestones '[{"description":"x","amount":"1","receiver":null}]'
  check_call "self-test" transfer_role --escrow_id 1 --role Arbiter --new_address alice
  check_call "self-test" approve_and_release --escrow_id 1 --milestone_indices 2
} 2>/dev/null
if [ $((failures - before)) -ne 7 ]; then
  echo "FAIL: the interface check missed drift ($((failures - before)) of 7 faults found)" >&2
  exit 1
fi
failures=$before
check_call "self-test of valid input" add_milestones --escrow_id 1 \
  --milestones '[{"description":"x","amount":"1","deadline":2,"receiver":"GABC"}]'
check_call "self-test of valid input" approve_and_release --escrow_id 1 --milestone_indices '[2, 3]'

# watch-milestones.sh on the story's events, with a stand-in `stellar` that answers as
# stellar-cli does: the events it would print (the fixture's, or $STUB_EVENTS), the
# milestones `get_milestone` and the escrow `get_escrow` return.
stub="$(mktemp -d)"
trap 'rm -rf "$stub"' EXIT
cat >"$stub/stellar" <<STUB
#!/usr/bin/env bash
set -euo pipefail
printf '%s\n' "\$*" >>"$stub/calls"
case "\$1 \$2" in
  "ledger latest") echo '{"id":"x","protocolVersion":23,"sequence":1000000}' ;;
  "events --network")
    if [[ " \$* " == *" --cursor "* ]]; then echo "No events" >&2; else cat "\${STUB_EVENTS:-$fixtures/stellar-events.ndjson}"; fi ;;
  "contract invoke")
    args=" \$* "; e="\${args#* --escrow_id }"; e="\${e%% *}"
    if [[ "\$args" == *" get_escrow "* ]]; then
      jq -c --arg k "\$e" '.[\$k]' "$fixtures/stellar-get-escrow.json"
    else
      m="\${args#* --milestone_index }"; m="\${m%% *}"
      jq -c --arg k "\$e/\$m" '.[\$k]' "$fixtures/stellar-get-milestone.json"
    fi ;;
  *) echo "unexpected: \$*" >&2; exit 1 ;;
esac
STUB
chmod +x "$stub/stellar"
watch() { PATH="$stub:$PATH" scripts/watch-milestones.sh --once "$@" 2>/dev/null; }
who() { jq -r ".addresses.$1" "$fixtures/story.json"; }
receiver="$(who receiver)"
files="https://files.example.com/ORD-7731"
got="$(watch CESCROW 1)"
expected="Escrow 1, milestone 0 'Wireframes' is ready for review — evidence: $files/wireframes-v1.pdf (notes: Desktop and mobile wireframes)
Escrow 1, milestone 0 'Wireframes': changes requested — Add the pricing section, please
Escrow 1, milestone 0 'Wireframes' is ready for review — evidence: $files/wireframes-v1.pdf (notes: Pricing section added)
Escrow 1, milestone 0 'Wireframes' was approved and awaits release
Escrow 1, milestone 0 'Wireframes' was released — paid 390.00 to $receiver (platform fee 10.00)
Escrow 1, milestone 1 'Landing page design' is ready for review — evidence: $files/landing-v2.fig (notes: Desktop and mobile mockups)
Escrow 1, milestone 3 'Pricing page' is ready for review — evidence: $files/pricing-v1.pdf
Escrow 1, milestone 3 'Pricing page' is disputed by the approver — reason: The annual plans are missing
Escrow 1, milestone 3 'Pricing page' was split by the dispute resolver — 292.50 to $receiver (platform fee 7.50), 200.00 refunded to the approver
Escrow 1, milestone 4 'Checkout flow' is ready for review — evidence: $files/checkout-demo.mp4 (notes: Checkout flow demo)
Escrow 1, milestone 4 'Checkout flow': changes requested — Support PayPal too
Escrow 1, milestone 4 'Checkout flow' is disputed by the provider — reason: PayPal was not in the agreed scope
Escrow 1, milestone 5 'Analytics setup' is ready for review — evidence: none (notes: Tracking plan only)
Escrow 1, milestone 5 'Analytics setup' was settled by the approver and the provider — 48.75 to $receiver (platform fee 1.25), 150.00 refunded to the approver
Escrow 1, milestone 1 'Landing page design' was claimed by the provider after the review period — paid 585.00 to $receiver (platform fee 15.00)
Escrow 1, milestone 4 'Checkout flow' was split by the fallback rule agreed at creation (applied by the provider), the resolver having let the resolution period pass — 390.00 to $receiver (platform fee 10.00), 400.00 refunded to the approver
Escrow 1, milestone 2 'Copywriting' is ready for review — evidence: $files/copy-v1.docx (notes: All page copy)
Escrow 1, milestone 2 'Copywriting' was approved and awaits release
Escrow 1, milestone 2 'Copywriting' was released — paid 292.50 to $(who copywriter) (platform fee 7.50)
Escrow 1, milestone 2 'Copywriting': $(who copywriter) could not receive its payment: 292.50 credited, withdraw with: stellar contract invoke --id CESCROW --source <its identity> -- withdraw --recipient $(who copywriter) --token $(who token)
Escrow 1, milestone 6 'Launch support' was cancelled by the approver after its deadline passed undelivered — 1000.00 refunded to the approver
Escrow 1: the platform role passed from $(who platform) to $(who treasury)
Escrow 1, milestone 7 'A/B test report' is ready for review — evidence: $files/ab-report.pdf
Escrow 1, milestone 8 'Launch retrospective' is ready for review — evidence: $files/retro.pdf
Escrow 1, milestone 7 'A/B test report' was released — paid 243.75 to $receiver (platform fee 6.25)
Escrow 1, milestone 8 'Launch retrospective' was released — paid 146.25 to $receiver (platform fee 3.75)"
if [ "$got" != "$expected" ]; then
  fail "watch-milestones.sh notifications differ:"
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got") >&2 || true
fi
# One title read per milestone and one roles read per escrow, however many events they have.
reads="$(grep -c 'get_milestone ' "$stub/calls" || true)"
[ "$reads" = 9 ] || fail "watch-milestones.sh read titles $reads times, expected 9"
reads="$(grep -c 'get_escrow ' "$stub/calls" || true)"
[ "$reads" = 1 ] || fail "watch-milestones.sh read roles $reads times, expected 1"
# Following every escrow prints the same; another escrow's filter prints nothing of escrow 1.
[ "$(watch CESCROW)" = "$expected" ] || fail "watch-milestones.sh on every escrow differs from escrow 1's"
[ -z "$(watch CESCROW 2)" ] || fail "watch-milestones.sh printed events of escrow 1 when asked for escrow 2"

# Variations of the story's events. The kind of a split, not who made it, says what happened:
# the approver applying milestone 4's fallback split is still the fallback rule.
variant="$stub/variant.ndjson"
jq -c --arg a "$(who approver)" 'if .event_name == "MilestoneUpdated" and .params.milestone_index == 4
  and .params.status == "Resolved" then .params.changed_by = $a else . end' \
  "$fixtures/stellar-events.ndjson" >"$variant"
line="$(STUB_EVENTS="$variant" watch CESCROW 1 | grep "milestone 4 .* — 390.00" || true)"
[ "$line" = "Escrow 1, milestone 4 'Checkout flow' was split by the fallback rule agreed at creation (applied by the approver), the resolver having let the resolution period pass — 390.00 to $receiver (platform fee 10.00), 400.00 refunded to the approver" ] \
  || fail "watch-milestones.sh on a fallback split the approver applied: $line"
# A final status whose payout event is not there (yet) is still announced, once.
jq -c 'select(.event_name != "MilestoneReleased" or .params.milestone_index != 8)' \
  "$fixtures/stellar-events.ndjson" >"$variant"
line="$(STUB_EVENTS="$variant" watch CESCROW 1 | grep -c "milestone 8 .* is now Released" || true)"
[ "$line" = 1 ] || fail "watch-milestones.sh without milestone 8's payout event: $line lines"
# Amounts follow the token's decimals.
line="$(watch --decimals 2 CESCROW 1 | grep -c "was claimed .* paid 58500000.00 to .* (platform fee 1500000.00)" || true)"
[ "$line" = 1 ] || fail "watch-milestones.sh --decimals 2 misprints the claim"

if [ "$failures" -ne 0 ]; then
  echo "$failures script check(s) failed" >&2
  exit 1
fi
echo "==> scripts: shellcheck clean, dry runs match the contract's interface, notifications as expected"
