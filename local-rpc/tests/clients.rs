//! Real clients read the stand-in: the official `stellar-rpc-client` (the one stellar-cli is
//! built on) pages through every event the embedded host published while the escrow's story
//! ran on the shipped wasm, and `stellar events` (stellar-cli itself) lists exactly those
//! events.

use std::{
    process::Command,
    sync::{Arc, Mutex},
};

use escrow::testutils::Fixture;
use escrow_local_rpc::chain::{Chain, Ledger};
use soroban_sdk::testutils::Events as _;
use stellar_rpc_client::{Client, EventStart, EventType};
use stellar_xdr::{ContractEvent, ContractEventBody, Limits, ScAddress, WriteXdr};

const PASSPHRASE: &str = "Standalone Network ; February 2017";

/// One event as a client sees it: id, contract, topics and value in base64 XDR.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seen {
    contract_id: String,
    topic: Vec<String>,
    value: String,
}

fn seen(event: &ContractEvent) -> Seen {
    let ContractEventBody::V0(body) = &event.body;
    Seen {
        contract_id: ScAddress::Contract(event.contract_id.clone().unwrap()).to_string(),
        topic: body
            .topics
            .iter()
            .map(|t| t.to_xdr_base64(Limits::none()).unwrap())
            .collect(),
        value: body.data.to_xdr_base64(Limits::none()).unwrap(),
    }
}

/// The escrow's story on the shipped wasm, each call in a ledger of its own: the chain the
/// stand-in serves, every contract event the host published in order, and the escrow's id.
fn story() -> (Chain, Vec<Seen>, String, u32) {
    let f = Fixture::wasm();
    let first = f.env.ledger().sequence();
    let mut chain = Chain::new(
        PASSPHRASE,
        Ledger {
            sequence: first,
            close_time: f.env.ledger().timestamp(),
        },
        120_960,
    );
    let mut published = Vec::new();
    let mut close = |chain: &mut Chain, f: &Fixture| {
        let events = f.env.events().all().events().to_vec();
        published.extend(events.iter().map(seen));
        chain.close(
            f.env.ledger().sequence(),
            f.env.ledger().timestamp(),
            &[events],
        );
        f.advance(1);
    };
    f.advance(1);
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000]));
    close(&mut chain, &f);
    f.fund(id, 3_000);
    close(&mut chain, &f);
    f.submit(id, 0);
    close(&mut chain, &f);
    c.approve_milestone(&id, &0);
    close(&mut chain, &f);
    c.release_milestone(&id, &0);
    close(&mut chain, &f);
    let escrow = ScAddress::from(&f.contract).to_string();
    (chain, published, escrow, first + 1)
}

#[tokio::test]
async fn the_official_client_pages_through_every_event_the_host_published() {
    let (chain, published, _, first) = story();
    let address = escrow_local_rpc::server::spawn(Arc::new(Mutex::new(chain)));
    let client = Client::new(&format!("http://{address}")).unwrap();
    assert_eq!(client.get_network().await.unwrap().passphrase, PASSPHRASE);
    let latest = client.get_latest_ledger().await.unwrap().sequence;
    let health = client.get_health().await.unwrap();
    assert_eq!(health.latest_ledger, latest);
    assert_eq!(health.status, "healthy");

    let mut read = Vec::new();
    let mut start = EventStart::Ledger(first);
    loop {
        let page = client
            .get_events(start, Some(EventType::All), &[], &[], Some(3))
            .await
            .unwrap();
        assert_eq!(page.latest_ledger, latest);
        let count = page.events.len();
        read.extend(page.events.into_iter().map(|e| Seen {
            contract_id: e.contract_id,
            topic: e.topic,
            value: e.value,
        }));
        if count < 3 {
            break;
        }
        start = EventStart::Cursor(page.cursor);
    }
    // Creation 1, deposit 2 (with the token's transfer), delivery 1, approval 1, release 4
    // (with the token's two transfers): three full pages of 3, then an empty one.
    assert_eq!(published.len(), 9);
    assert_eq!(read, published);
}

#[test]
fn stellar_events_lists_exactly_the_escrows_events() {
    if Command::new("stellar").arg("--version").output().is_err() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI installs stellar-cli (scripts/setup.sh)"
        );
        eprintln!("stellar-cli not found: skipped");
        return;
    }
    let (chain, published, escrow, first) = story();
    let address = escrow_local_rpc::server::spawn(Arc::new(Mutex::new(chain)));
    let output = Command::new("stellar")
        .args(["events", "--rpc-url"])
        .arg(format!("http://{address}"))
        .args(["--network-passphrase", PASSPHRASE, "--start-ledger"])
        .arg(first.to_string())
        .args(["--id", &escrow, "--output", "json", "--count", "1000"])
        .env(
            "STELLAR_CONFIG_HOME",
            std::env::temp_dir().join("escrow-local-rpc-cli"),
        )
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let listed: Vec<Seen> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let event: serde_json::Value = serde_json::from_str(line).unwrap();
            Seen {
                contract_id: event["contractId"].as_str().unwrap().into(),
                topic: event["topic"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t.as_str().unwrap().into())
                    .collect(),
                value: event["value"].as_str().unwrap().into(),
            }
        })
        .collect();
    let escrows: Vec<Seen> = published
        .into_iter()
        .filter(|e| e.contract_id == escrow)
        .collect();
    // Created, funded, delivered, approved, released: five updates and the payout.
    assert_eq!(escrows.len(), 6);
    assert_eq!(listed, escrows);
}
