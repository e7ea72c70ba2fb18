//! The story on the shipped wasm as `integration-tests/tests/client_fixtures.rs` recorded it
//! (tests only): every call with the escrow contract's events it published, and each event as
//! `stellar events --output json` printed it.

use serde_json::Value;
use stellar_xdr::{Limits, ReadXdr, ScVal};

use crate::{event::EscrowEvent, notification::Origin};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bindings/typescript/test/fixtures"
);

/// One call of the story: the function called and its events as `(topics, data)`.
pub struct Call {
    pub function: String,
    pub events: Vec<(Vec<ScVal>, ScVal)>,
}

/// Every call of the story, in order.
pub fn calls() -> Vec<Call> {
    let story: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/story.json")).unwrap())
            .unwrap();
    let xdr = |v: &Value| ScVal::from_xdr_base64(v.as_str().unwrap(), Limits::none()).unwrap();
    story["calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|call| Call {
            function: call["fn"].as_str().unwrap().into(),
            events: call["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|event| {
                    let topics = event["topics"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(xdr)
                        .collect();
                    (topics, xdr(&event["data"]))
                })
                .collect(),
        })
        .collect()
}

/// Every event of the story, in order, as stellar-cli printed it.
pub fn printed() -> Vec<Value> {
    std::fs::read_to_string(format!("{FIXTURES}/stellar-events.ndjson"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// The story's calls that published events, each as the events one transaction published,
/// with their origin (the ledger, time and id stellar-cli printed; a transaction hash made
/// up per call, since the fixture has none).
pub fn transactions() -> Vec<(String, Vec<(Origin, EscrowEvent)>)> {
    let mut printed = printed().into_iter();
    calls()
        .into_iter()
        .enumerate()
        .filter(|(_, call)| !call.events.is_empty())
        .map(|(position, call)| {
            let events = call
                .events
                .iter()
                .map(|(topics, data)| {
                    let cli = printed.next().unwrap();
                    let origin = Origin {
                        contract_id: cli["contract_id"].as_str().unwrap().into(),
                        ledger: cli["ledger"].as_u64().unwrap() as u32,
                        ledger_closed_at: cli["ledger_closed_at"].as_str().unwrap().into(),
                        tx_hash: format!("{position:064x}"),
                        event_id: cli["id"].as_str().unwrap().into(),
                    };
                    (origin, crate::event::decode(topics, data).unwrap())
                })
                .collect();
            (call.function, events)
        })
        .collect()
}
