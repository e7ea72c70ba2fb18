//! Fixtures that tie the TypeScript client and the platform's notification script to the
//! shipped wasm.
//!
//! The escrow's story runs on the shipped optimized wasm, one entry point call at a time; every
//! call's arguments, its return value and the events the contract published are recorded as
//! base64 XDR `ScVal`s (`bindings/typescript/test/fixtures/story.json`, which the Node test
//! compares with what the generated client encodes and decodes). The same events are written
//! as `stellar events --output json` prints them (`stellar-events.ndjson`, one JSON object a
//! line, decoded with `soroban-spec-tools` as stellar-cli 28.1.0 does), and the milestones as
//! `stellar contract invoke -- get_milestone` prints them (`stellar-get-milestone.json`): the
//! offline test of `scripts/watch-milestones.sh` reads both.
//!
//! The committed fixtures must equal what the story produces: the test fails on any
//! difference. `make bindings` (which sets `UPDATE_FIXTURES=1`) rewrites them.

use std::{fmt::Write as _, path::PathBuf};

use escrow::{
    testutils::{shipped_wasm, Fixture},
    MilestoneStatus, NewEscrow, NewMilestone,
};
use indexmap::IndexMap;
use serde::Serialize;
use serde_json::{json, Value};
use soroban_sdk::{testutils::Events as _, IntoVal, String, Symbol, TryFromVal, Val, Vec};
use stellar_xdr::{ContractEventBody, Limits, ScAddress, ScVal, WriteXdr};

const USDC: i128 = 10_000_000; // 7 decimals

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bindings/typescript/test/fixtures")
}

fn b64(v: &ScVal) -> std::string::String {
    v.to_xdr_base64(Limits::none()).expect("encodes")
}

/// One line of `stellar events --output json` (soroban-cli 28.1.0, `DecodedEventWithMetadata`
/// in src/commands/events.rs): the field order is the CLI's.
#[derive(Serialize)]
struct CliEvent<'a> {
    id: std::string::String,
    ledger: u32,
    ledger_closed_at: std::string::String,
    #[serde(rename = "type")]
    event_type: &'static str,
    contract_id: &'a str,
    event_name: std::string::String,
    prefix_topics: std::vec::Vec<std::string::String>,
    params: IndexMap<std::string::String, Value>,
}

/// RFC 3339 in UTC, as the RPC reports `ledgerClosedAt` (days-to-civil, Howard Hinnant's
/// algorithm, to avoid a date crate for one line).
fn rfc3339(ts: u64) -> std::string::String {
    let days = (ts / 86_400) as i64;
    let secs = ts % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

struct Recorder<'a> {
    f: Fixture<'a>,
    spec: soroban_spec_tools::Spec,
    contract_id: std::string::String,
    calls: std::vec::Vec<Value>,
    cli_events: std::string::String,
}

impl Recorder<'_> {
    /// Calls `function` with `args` (every signature mocked, as the signers of the story sign
    /// them on a network), one ledger after the previous call, and records it.
    fn call(&mut self, signer: &str, function: &str, args: &[(&str, Val)]) -> Val {
        self.f.advance(1);
        let env = &self.f.env;
        let mut vals = Vec::<Val>::new(env);
        for (_, v) in args {
            vals.push_back(*v);
        }
        let result: Val = env.invoke_contract(&self.f.contract, &Symbol::new(env, function), vals);

        let recorded_args: std::vec::Vec<Value> = args
            .iter()
            .map(|(name, v)| json!({ "name": name, "xdr": b64(&ScVal::try_from_val(env, v).unwrap()) }))
            .collect();
        let mut recorded_events = std::vec::Vec::new();
        let ledger = env.ledger().sequence();
        let closed_at = rfc3339(env.ledger().timestamp());
        for (index, event) in env
            .events()
            .all()
            .filter_by_contract(&self.f.contract)
            .events()
            .iter()
            .enumerate()
        {
            let ContractEventBody::V0(body) = &event.body;
            let topics: std::vec::Vec<ScVal> = body.topics.to_vec();
            recorded_events.push(json!({
                "topics": topics.iter().map(b64).collect::<std::vec::Vec<_>>(),
                "data": b64(&body.data),
            }));
            let decoded = self
                .spec
                .decode_event(&self.contract_id, &topics, &body.data)
                .expect("stellar-cli decodes every event of the contract with its spec");
            // The RPC's event id: the operation's TOID (ledger << 32 | tx 1 << 12 | op 1), then
            // the event's index within it.
            let toid = (u64::from(ledger) << 32) | (1 << 12) | 1;
            let line = CliEvent {
                id: format!("{toid:019}-{index:010}"),
                ledger,
                ledger_closed_at: closed_at.clone(),
                event_type: "contract",
                contract_id: &self.contract_id,
                event_name: decoded.event_name,
                prefix_topics: decoded.prefix_topics,
                params: decoded.params,
            };
            writeln!(self.cli_events, "{}", serde_json::to_string(&line).unwrap()).unwrap();
        }

        let result_sc = ScVal::try_from_val(env, &result).unwrap();
        self.calls.push(json!({
            "fn": function,
            "signer": signer,
            "args": recorded_args,
            "result": b64(&result_sc),
            "events": recorded_events,
        }));
        result
    }

    /// What `stellar contract invoke -- <function>` prints for this return value.
    fn cli_output(&self, function: &str, result: Val) -> Value {
        let sc = ScVal::try_from_val(&self.f.env, &result).unwrap();
        let output = &self.spec.find_function(function).unwrap().outputs[0];
        self.spec.xdr_to_json(&sc, output).unwrap()
    }
}

/// The story, and every fixture it produces: file name and content.
fn story() -> std::vec::Vec<(&'static str, std::string::String)> {
    let wasm = shipped_wasm();
    let f = Fixture::wasm();
    f.env.mock_all_auths();
    let contract_id = ScAddress::from(&f.contract).to_string();
    let mut r = Recorder {
        spec: soroban_spec_tools::Spec::from_wasm(&wasm).unwrap(),
        contract_id,
        f,
        calls: std::vec::Vec::new(),
        cli_events: std::string::String::new(),
    };
    let p = r.f.parties.clone();
    let env = r.f.env.clone();
    let s = |t: &str| String::from_str(&env, t);
    let v = |x: &dyn IntoValRef| x.val(&env);

    let mut milestones = Vec::new(&env);
    for (description, amount) in [
        ("Wireframes", 500 * USDC),
        ("Landing page design", 1_500 * USDC),
        ("Build and launch", 1_000 * USDC),
    ] {
        milestones.push_back(NewMilestone {
            description: s(description),
            amount,
        });
    }
    let new_escrow = NewEscrow {
        engagement_id: s("ORD-7731"),
        title: s("Landing page"),
        description: s("Design and build the marketing landing page"),
        roles: p.roles(),
        token: r.f.usdc.address.clone(),
        platform_fee_bps: 250,
        milestones,
    };
    let id: u64 = u64::try_from_val(
        &env,
        &r.call("platform", "create_escrow", &[("escrow", v(&new_escrow))]),
    )
    .unwrap();
    r.f.usdc.mint(&p.approver, 3_000 * USDC);
    r.call(
        "approver",
        "fund_escrow",
        &[
            ("escrow_id", v(&id)),
            ("funder", v(&p.approver)),
            ("amount", v(&(3_000 * USDC))),
        ],
    );
    r.call(
        "service_provider",
        "change_milestone_status",
        &[
            ("escrow_id", v(&id)),
            ("milestone_index", v(&1u32)),
            ("new_status", v(&MilestoneStatus::ForReview)),
            (
                "evidence",
                v(&Some(s(
                    "https://files.example.com/ORD-7731/landing-v1.pdf",
                ))),
            ),
            ("notes", v(&Some(s("Desktop and mobile mockups")))),
        ],
    );
    r.call(
        "approver",
        "get_milestone",
        &[("escrow_id", v(&id)), ("milestone_index", v(&1u32))],
    );
    r.call(
        "approver",
        "request_changes",
        &[
            ("escrow_id", v(&id)),
            ("milestone_index", v(&1u32)),
            ("notes", v(&Some(s("Bigger logo, please")))),
        ],
    );
    r.call(
        "service_provider",
        "change_milestone_status",
        &[
            ("escrow_id", v(&id)),
            ("milestone_index", v(&1u32)),
            ("new_status", v(&MilestoneStatus::ForReview)),
            ("evidence", v(&None::<String>)),
            ("notes", v(&Some(s("Logo enlarged")))),
        ],
    );
    r.call(
        "approver",
        "approve_milestone",
        &[("escrow_id", v(&id)), ("milestone_index", v(&1u32))],
    );
    r.call(
        "release_signer",
        "release_milestone",
        &[("escrow_id", v(&id)), ("milestone_index", v(&1u32))],
    );
    r.call(
        "approver",
        "dispute_milestone",
        &[
            ("escrow_id", v(&id)),
            ("milestone_index", v(&0u32)),
            ("caller", v(&p.approver)),
            ("reason", v(&s("The pricing page is missing"))),
        ],
    );
    r.call(
        "dispute_resolver",
        "resolve_dispute",
        &[
            ("escrow_id", v(&id)),
            ("milestone_index", v(&0u32)),
            ("receiver_amount", v(&(300 * USDC))),
        ],
    );
    r.call("approver", "get_escrow", &[("escrow_id", v(&id))]);
    r.call("approver", "get_milestones", &[("escrow_id", v(&id))]);

    // What `stellar contract invoke -- get_milestone` prints for each milestone, keyed
    // `<escrow_id>/<milestone_index>`: the notification script reads the titles from it.
    let mut cli_milestones = serde_json::Map::new();
    for index in 0..3u32 {
        let m = r.f.client.get_milestone(&id, &index);
        cli_milestones.insert(
            format!("{id}/{index}"),
            r.cli_output("get_milestone", m.into_val(&env)),
        );
    }

    let address = |a: &soroban_sdk::Address| ScAddress::from(a).to_string();
    let story = json!({
        "generated_by": "integration-tests/tests/client_fixtures.rs (make bindings rewrites it)",
        "contract_id": r.contract_id,
        "addresses": {
            "platform": address(&p.platform),
            "approver": address(&p.approver),
            "service_provider": address(&p.service_provider),
            "release_signer": address(&p.release_signer),
            "dispute_resolver": address(&p.dispute_resolver),
            "receiver": address(&p.receiver),
            "token": address(&r.f.usdc.address),
        },
        "calls": r.calls,
    });
    vec![
        (
            "story.json",
            serde_json::to_string_pretty(&story).unwrap() + "\n",
        ),
        ("stellar-events.ndjson", r.cli_events),
        (
            "stellar-get-milestone.json",
            serde_json::to_string_pretty(&Value::Object(cli_milestones)).unwrap() + "\n",
        ),
    ]
}

/// Converts a contract value to a `Val` in the fixture's host (a trait object so the story
/// can list arguments of different types side by side).
trait IntoValRef {
    fn val(&self, env: &soroban_sdk::Env) -> Val;
}

impl<T: IntoVal<soroban_sdk::Env, Val> + Clone> IntoValRef for T {
    fn val(&self, env: &soroban_sdk::Env) -> Val {
        self.clone().into_val(env)
    }
}

#[test]
fn committed_fixtures_match_the_story_on_the_shipped_wasm() {
    let dir = fixtures_dir();
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut stale = std::vec::Vec::new();
    for (name, content) in story() {
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &content).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(content.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these fixtures differ from what the story produces on the shipped wasm: {stale:?}; \
         run `make bindings` to regenerate them (and the TypeScript client) and commit the result"
    );
}

#[test]
fn the_story_is_the_same_every_run() {
    // Comparing against the committed files only makes sense if the story is deterministic.
    assert_eq!(story(), story());
}

#[test]
fn rfc3339_formats_ledger_times() {
    assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    assert_eq!(rfc3339(1_795_392_005), "2026-11-23T00:00:05Z");
    assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
}
