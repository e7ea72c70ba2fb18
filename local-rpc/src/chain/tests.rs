//! Cursors, paging, filters, the retention window and the errors, as stellar-rpc has them.

use serde_json::json;
use stellar_xdr::{ContractEventType, ContractEventV0, ContractId, ExtensionPoint, Hash, ScSymbol};

use super::*;

const PASSPHRASE: &str = "Standalone Network ; February 2017";

fn symbol(s: &str) -> ScVal {
    ScVal::Symbol(ScSymbol(s.try_into().unwrap()))
}

/// A contract event of contract `contract` named `name`, carrying `n`.
fn event(contract: u8, name: &str, n: u32) -> ContractEvent {
    ContractEvent {
        ext: ExtensionPoint::V0,
        contract_id: Some(ContractId(Hash([contract; 32]))),
        type_: ContractEventType::Contract,
        body: ContractEventBody::V0(ContractEventV0 {
            topics: vec![symbol(name), ScVal::U64(1)].try_into().unwrap(),
            data: ScVal::U32(n),
        }),
    }
}

fn contract_id(contract: u8) -> String {
    ScAddress::Contract(ContractId(Hash([contract; 32]))).to_string()
}

/// Ledgers 100 to 110, each closed 5 seconds after the last; ledger 101 + i holds
/// transaction i of two events (contract 1's `a`, then contract 2's `b`).
fn chain(retention_window: u32) -> Chain {
    let mut chain = Chain::new(
        PASSPHRASE,
        Ledger {
            sequence: 100,
            close_time: 1_795_392_000,
        },
        retention_window,
    );
    for i in 0..10u32 {
        let txs = vec![vec![event(1, "a", i), event(2, "b", i)]];
        chain.close(101 + i, 1_795_392_005 + 5 * u64::from(i), &txs);
    }
    chain
}

fn ids(result: &Value) -> Vec<String> {
    result["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cursors_are_written_and_read_as_stellar_rpc_writes_them() {
    // An id the story's fixture recorded: ledger 1 000 001, transaction 1, operation 1.
    let cursor: Cursor = "0004294971590971393-0000000000".parse().unwrap();
    assert_eq!(
        cursor,
        Cursor {
            ledger: 1_000_001,
            tx: 1,
            op: 1,
            event: 0
        }
    );
    assert_eq!(cursor.to_string(), "0004294971590971393-0000000000");
    // The last position of a ledger is the one before the next ledger's first.
    assert_eq!(
        Cursor::end_of(1_000_001).to_string(),
        "0004294975885934591-4294967295"
    );
    assert_eq!(
        Cursor::end_of(7).to_string().parse::<Cursor>().unwrap(),
        Cursor::end_of(7)
    );
    for bad in ["", "12", "x-1", "1-x", "1-99999999999"] {
        assert_eq!(
            bad.parse::<Cursor>().unwrap_err().code,
            INVALID_PARAMS,
            "{bad}"
        );
    }
    assert_eq!(rfc3339(1_795_392_005), "2026-11-23T00:00:05Z");
    assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
}

#[test]
fn get_events_pages_with_a_limit_and_continues_after_its_cursor() {
    let chain = chain(1_000);
    let first = chain
        .call(
            "getEvents",
            &json!({ "startLedger": 101, "pagination": { "limit": 3 } }),
        )
        .unwrap();
    assert_eq!(ids(&first).len(), 3);
    // A full page's cursor is its last event.
    assert_eq!(first["cursor"], first["events"][2]["id"]);
    let second = chain
        .call(
            "getEvents",
            &json!({ "pagination": { "cursor": first["cursor"], "limit": 100 } }),
        )
        .unwrap();
    assert_eq!(ids(&second).len(), 17);
    assert!(ids(&second)[0] > ids(&first)[2]);
    // A page below its limit ends at the end of the window: the latest ledger.
    assert_eq!(second["cursor"], Cursor::end_of(110).to_string());
    let again = chain
        .call(
            "getEvents",
            &json!({ "pagination": { "cursor": second["cursor"] } }),
        )
        .unwrap();
    assert!(ids(&again).is_empty());
    assert_eq!(first["latestLedger"], 110);
    assert_eq!(first["oldestLedger"], 100);
    assert_eq!(first["latestLedgerCloseTime"], "1795392050");
    assert_eq!(first["oldestLedgerCloseTime"], "1795392000");
    let e = &first["events"][0];
    assert_eq!(e["type"], "contract");
    assert_eq!(e["ledger"], 101);
    assert_eq!(e["ledgerClosedAt"], "2026-11-23T00:00:05Z");
    assert_eq!(e["contractId"], contract_id(1));
    assert_eq!(
        (e["transactionIndex"].clone(), e["operationIndex"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(e["txHash"].as_str().unwrap().len(), 64);
    assert_eq!(
        ScVal::from_xdr_base64(e["value"].as_str().unwrap(), Limits::none()).unwrap(),
        ScVal::U32(0)
    );
}

#[test]
fn filters_by_contract_and_topic_and_the_end_ledger() {
    let chain = chain(1_000);
    let b = symbol("b").to_xdr_base64(Limits::none()).unwrap();
    let only = |filters: Value, end: Option<u32>| {
        let mut params = json!({ "startLedger": 101, "filters": filters });
        if let Some(end) = end {
            params["endLedger"] = json!(end);
        }
        ids(&chain.call("getEvents", &params).unwrap()).len()
    };
    assert_eq!(only(json!([{ "contractIds": [contract_id(1)] }]), None), 10);
    assert_eq!(only(json!([{ "topics": [[b, "*"]] }]), None), 10);
    assert_eq!(
        only(json!([{ "topics": [["*"]] }]), None),
        0,
        "two topics, not one"
    );
    assert_eq!(only(json!([{ "topics": [["*", "**"]] }]), None), 20);
    assert_eq!(only(json!([{ "type": "contract" }]), None), 20);
    assert_eq!(only(json!([{ "type": "system" }]), None), 0);
    assert_eq!(only(json!([]), Some(104)), 6, "ledgers 101 to 103");
}

#[test]
fn bad_requests_get_stellar_rpcs_errors() {
    let chain = chain(1_000);
    let error = |params: Value| chain.call("getEvents", &params).unwrap_err();
    assert_eq!(error(json!({})).message, "startLedger must be positive");
    assert_eq!(
        error(json!({ "startLedger": 101, "pagination": { "cursor": "0004294971590971393-0000000000" } }))
            .message,
        "ledger ranges and cursor cannot both be set"
    );
    assert_eq!(
        error(json!({ "startLedger": 101, "pagination": { "limit": 10_001 } })).message,
        "limit must not exceed 10000"
    );
    let out_of_range = error(json!({ "startLedger": 111 }));
    assert_eq!(
        (out_of_range.code, out_of_range.message.as_str()),
        (
            INVALID_REQUEST,
            "startLedger must be within the ledger range: 100 - 110"
        )
    );
    assert_eq!(
        error(json!({ "startLedger": 101, "filters": [{ "contractIds": ["GABC"] }] })).message,
        "filter 1 invalid: contract ID 1 invalid"
    );
    assert_eq!(
        error(json!({ "startLedger": 101, "filters": [{ "topics": [["**", "*"]] }] })).message,
        "filter 1 invalid: topic 1 invalid: segment 1 invalid: wildcard '**' is only allowed as the last segment"
    );
    assert_eq!(
        chain.call("getTransaction", &json!({})).unwrap_err().code,
        METHOD_NOT_FOUND
    );
}

#[test]
fn ledgers_past_the_retention_window_are_forgotten() {
    let chain = chain(4);
    let health = chain.call("getHealth", &json!(null)).unwrap();
    assert_eq!(health["oldestLedger"], 107);
    assert_eq!(health["latestLedger"], 110);
    assert_eq!(health["ledgerRetentionWindow"], 4);
    let error = chain
        .call("getEvents", &json!({ "startLedger": 106 }))
        .unwrap_err();
    assert_eq!(
        error.message,
        "startLedger must be within the ledger range: 107 - 110"
    );
    let kept = chain
        .call("getEvents", &json!({ "startLedger": 107 }))
        .unwrap();
    assert_eq!(ids(&kept).len(), 8);
    let network = chain.call("getNetwork", &json!(null)).unwrap();
    assert_eq!(network["passphrase"], PASSPHRASE);
    let latest = chain.call("getLatestLedger", &json!(null)).unwrap();
    assert_eq!(latest["sequence"], 110);
    assert_eq!(latest["closeTime"], "1795392050");
    let header = stellar_xdr::LedgerHeader::from_xdr_base64(
        latest["headerXdr"].as_str().unwrap(),
        Limits::none(),
    )
    .unwrap();
    assert_eq!(
        (header.ledger_seq, header.scp_value.close_time.0),
        (110, 1_795_392_050)
    );
    let meta = stellar_xdr::LedgerCloseMeta::from_xdr_base64(
        latest["metadataXdr"].as_str().unwrap(),
        Limits::none(),
    )
    .unwrap();
    assert!(
        matches!(meta, stellar_xdr::LedgerCloseMeta::V0(m) if m.ledger_header.header == header)
    );
}
