//! Pages as a Stellar RPC serves them: the story's events in getEvents' JSON, read back, and
//! cut at whole transactions.

use serde_json::{json, Value};

use super::*;
use crate::story;

/// The story's events as `getEvents` returns them, one JSON object each (the fields of
/// stellar-rpc's event, as `stellar-rpc-client` reads them), with a transaction hash per call.
fn served() -> Vec<Value> {
    let mut printed = story::printed().into_iter();
    story::calls()
        .into_iter()
        .enumerate()
        .flat_map(|(position, call)| {
            call.events
                .into_iter()
                .map(|(topics, data)| {
                    let cli = printed.next().unwrap();
                    use stellar_xdr::WriteXdr;
                    let base64 = |v: &ScVal| v.to_xdr_base64(Limits::none()).unwrap();
                    json!({
                        "type": "contract",
                        "ledger": cli["ledger"],
                        "ledgerClosedAt": cli["ledger_closed_at"],
                        "contractId": cli["contract_id"],
                        "id": cli["id"],
                        "operationIndex": 0,
                        "transactionIndex": 1,
                        "txHash": format!("{position:064x}"),
                        "inSuccessfulContractCall": true,
                        "topic": topics.iter().map(base64).collect::<Vec<_>>(),
                        "value": base64(&data),
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn rpc_event(json: &Value) -> RpcEvent {
    serde_json::from_value(json.clone()).unwrap()
}

#[test]
fn every_event_served_reads_back_as_the_story_decodes_it() {
    let expected: Vec<(Origin, EscrowEvent)> = story::transactions()
        .into_iter()
        .flat_map(|(_, events)| events)
        .collect();
    let read: Vec<(Origin, EscrowEvent)> = served()
        .iter()
        .map(|json| read_event(&rpc_event(json)).unwrap())
        .collect();
    assert_eq!(read.len(), expected.len());
    for ((origin, event), (want_origin, want_event)) in read.iter().zip(&expected) {
        assert_eq!(event, want_event);
        assert_eq!(origin.event_id, want_origin.event_id);
        assert_eq!(origin.ledger, want_origin.ledger);
        assert_eq!(origin.ledger_closed_at, want_origin.ledger_closed_at);
        assert_eq!(origin.contract_id, want_origin.contract_id);
    }
}

#[test]
fn malformed_events_are_refused_with_the_event_and_the_reason() {
    let good = served()[0].clone();
    let id = good["id"].as_str().unwrap().to_string();
    let mut bad_xdr = good.clone();
    bad_xdr["value"] = json!("not base64 XDR");
    assert_eq!(
        read_event(&rpc_event(&bad_xdr)),
        Err(SourceError::Xdr {
            event_id: id.clone()
        })
    );
    let mut no_hash = good.clone();
    no_hash.as_object_mut().unwrap().remove("txHash");
    assert_eq!(
        read_event(&rpc_event(&no_hash)),
        Err(SourceError::NoTxHash {
            event_id: id.clone()
        })
    );
    let mut other = good.clone();
    use stellar_xdr::WriteXdr;
    other["topic"][0] = json!(ScVal::Symbol("transfer".try_into().unwrap())
        .to_xdr_base64(Limits::none())
        .unwrap());
    let error = read_event(&rpc_event(&other)).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("event {id}: not an escrow event: transfer")
    );
}

/// The story's events read back, in order.
fn page() -> Vec<(Origin, EscrowEvent)> {
    served()
        .iter()
        .map(|json| read_event(&rpc_event(json)).unwrap())
        .collect()
}

#[test]
fn a_page_below_its_limit_is_committed_whole_with_the_rpcs_cursor() {
    let page = page();
    let cut = cut(&page[..10], 100, "end-of-window");
    assert_eq!(cut.commit, 10);
    assert_eq!(cut.next_cursor.as_deref(), Some("end-of-window"));
    assert_eq!(
        super::cut(&[], 100, "end-of-window"),
        Cut {
            commit: 0,
            next_cursor: Some("end-of-window".into())
        }
    );
}

#[test]
fn a_full_page_keeps_its_last_transaction_for_the_next_read() {
    let page = page();
    // The release of the first milestone publishes two events: a page ending on its first
    // holds it back, and the next read starts after the event before it.
    let update = page
        .iter()
        .position(|(_, e)| e.params.get("status").is_some_and(|s| s == "Released"))
        .unwrap();
    let full = &page[..=update];
    let cut = cut(full, full.len(), "ignored");
    assert_eq!(cut.commit, update);
    assert_eq!(
        cut.next_cursor.as_deref(),
        Some(page[update - 1].0.event_id.as_str())
    );
    // A full page that is one transaction commits nothing: read it with a larger limit.
    let one = &page[update..update + 2];
    assert_eq!(
        super::cut(one, 2, "ignored"),
        Cut {
            commit: 0,
            next_cursor: None
        }
    );
}
