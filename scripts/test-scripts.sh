#!/usr/bin/env bash
# Tests the stellar-cli scripts without a network (run by `make test`):
#   - shellcheck on every shell script of the project;
#   - each script's --help, and its --dry-run, which prints every command it would run;
#   - every `stellar contract invoke` (and the deploy's constructor call) those dry runs print
#     names a function and arguments that the built wasm's interface has, every required
#     argument is given, and JSON struct arguments have exactly the struct's fields
#     (interface read with `stellar contract info interface --output json`), so the scripts
#     cannot drift from the contract;
#   - watch-milestones.sh on the events of the story on the shipped wasm (the fixtures
#     integration-tests/tests/client_fixtures.rs writes), through a stand-in `stellar`.
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
# {function: [{name, optional}]} and {struct: [field names]}
functions="$(jq -c '[.[] | .function_v0 // empty | {key: .name, value: [.inputs[] | {name, optional: (.type | type == "object" and has("option"))}]}] | from_entries' <<<"$iface")"
structs="$(jq -c '[.[] | .udt_struct_v0 // empty | {key: .name, value: [.fields[].name] | sort}] | from_entries' <<<"$iface")"
struct_of="$(jq -c '[.[] | .function_v0 // empty | {key: .name, value: ([.inputs[] | select(.type | type == "object" and has("udt")) | {key: .name, value: .type.udt.name}] | from_entries)}] | from_entries' <<<"$iface")"
[ "$(jq 'length' <<<"$functions")" -gt 10 ] || fail "the interface of $wasm lists no functions"

# Checks one contract call: function name, then `--arg value` pairs.
check_call() {
  local where="$1" fn="$2"
  shift 2
  if [ "$(jq --arg f "$fn" 'has($f)' <<<"$functions")" != true ]; then
    fail "$where: no function \`$fn\` in the contract"
    return
  fi
  local given=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --*) local name="${1#--}" value="${2-}"
        given+=("$name")
        if [ "$(jq --arg f "$fn" --arg a "$name" '[.[$f][].name] | index($a) != null' <<<"$functions")" != true ]; then
          fail "$where: \`$fn\` has no argument \`$name\`"
        fi
        local udt
        udt="$(jq -r --arg f "$fn" --arg a "$name" '.[$f][$a] // empty' <<<"$struct_of")"
        if [ -n "$udt" ] && [ "$(jq --arg s "$udt" 'has($s)' <<<"$structs")" = true ]; then
          local keys want
          keys="$(jq -c 'keys | sort' <<<"$value" 2>/dev/null || echo invalid)"
          want="$(jq -c --arg s "$udt" '.[$s]' <<<"$structs")"
          [ "$keys" = "$want" ] || fail "$where: \`$fn --$name\` JSON has fields $keys, $udt has $want"
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

# Checks every contract call a dry run prints; returns how many it checked.
check_dry_run() {
  local script="$1" line words i checked=0
  shift
  local out
  out="$("$script" "$@" --dry-run 2>/dev/null)" || { fail "$script --dry-run exits with an error"; return; }
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
    else
      check_call "$script: $line" "${words[@]:i+1}"
    fi
    checked=$((checked + 1))
  done <<<"$out"
  echo "$checked"
}

for script in scripts/deploy.sh scripts/testnet-story.sh scripts/watch-milestones.sh; do
  "$script" --help | grep -q '^Usage: ' || fail "$script --help prints no usage"
done
n="$(check_dry_run scripts/deploy.sh)"
[ "$n" = 1 ] || fail "deploy.sh --dry-run: expected 1 deploy, checked $n"
n="$(check_dry_run scripts/deploy.sh --network mainnet --source ops --admin GADMIN --no-build)"
n="$(check_dry_run scripts/testnet-story.sh)"
[ "$n" -ge 20 ] || fail "testnet-story.sh --dry-run: expected the whole story, checked $n calls"
echo "==> checked $n contract calls of testnet-story.sh against $(basename "$wasm")'s interface"
"$root/scripts/watch-milestones.sh" --dry-run escrow 7 | grep -q -- "--topic AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA==,AAAABQAAAAAAAAAH " \
  || fail "watch-milestones.sh does not filter on [milestone_updated, 7]"

# The check above must catch drift: a call with a wrong argument name, a missing argument
# and a struct with a wrong field.
before=$failures
check_call "self-test" change_milestone_status --escrow_id 1 --milestone_idx 0 --new_status ForReview 2>/dev/null
check_call "self-test" create_escrow --escrow '{"title":"x"}' 2>/dev/null
check_call "self-test" no_such_function 2>/dev/null
if [ $((failures - before)) -ne 4 ]; then
  echo "FAIL: the interface check missed drift ($((failures - before)) of 4 faults found)" >&2
  exit 1
fi
failures=$before

# watch-milestones.sh on the story's events, with a stand-in `stellar` that answers as
# stellar-cli does: the events it would print, the milestones `get_milestone` returns.
stub="$(mktemp -d)"
trap 'rm -rf "$stub"' EXIT
cat >"$stub/stellar" <<STUB
#!/usr/bin/env bash
set -euo pipefail
printf '%s\n' "\$*" >>"$stub/calls"
case "\$1 \$2" in
  "ledger latest") echo '{"id":"x","protocolVersion":23,"sequence":1000000}' ;;
  "events --network")
    if [[ " \$* " == *" --cursor "* ]]; then echo "No events" >&2; else cat "$fixtures/stellar-events.ndjson"; fi ;;
  "contract invoke")
    args=" \$* "; e="\${args#* --escrow_id }"; e="\${e%% *}"; m="\${args#* --milestone_index }"; m="\${m%% *}"
    jq -c --arg k "\$e/\$m" '.[\$k]' "$fixtures/stellar-get-milestone.json" ;;
  *) echo "unexpected: \$*" >&2; exit 1 ;;
esac
STUB
chmod +x "$stub/stellar"
got="$(PATH="$stub:$PATH" scripts/watch-milestones.sh --once CESCROW 1 2>/dev/null)"
expected="Escrow 1, milestone 1 'Landing page design' is ready for review — evidence: https://files.example.com/ORD-7731/landing-v1.pdf (notes: Desktop and mobile mockups)
Escrow 1, milestone 1 'Landing page design': changes requested — Bigger logo, please
Escrow 1, milestone 1 'Landing page design' is ready for review — evidence: https://files.example.com/ORD-7731/landing-v1.pdf (notes: Logo enlarged)
Escrow 1, milestone 1 'Landing page design' was approved and awaits release
Escrow 1, milestone 1 'Landing page design' was released to the receiver
Escrow 1, milestone 0 'Wireframes' is disputed by $(jq -r .addresses.approver "$fixtures/story.json") — reason: The pricing page is missing
Escrow 1, milestone 0 'Wireframes': the dispute was resolved"
if [ "$got" != "$expected" ]; then
  fail "watch-milestones.sh notifications differ:"
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got") >&2 || true
fi
# One title read per milestone, however many events it has.
reads="$(grep -c 'get_milestone' "$stub/calls" || true)"
[ "$reads" = 2 ] || fail "watch-milestones.sh read titles $reads times, expected 2"
# Another escrow's filter prints nothing from escrow 1's events.
[ -z "$(PATH="$stub:$PATH" scripts/watch-milestones.sh --once CESCROW 2 2>/dev/null)" ] \
  || fail "watch-milestones.sh printed events of escrow 1 when asked for escrow 2"

if [ "$failures" -ne 0 ]; then
  echo "$failures script check(s) failed" >&2
  exit 1
fi
echo "==> scripts: shellcheck clean, dry runs match the contract's interface, notifications as expected"
