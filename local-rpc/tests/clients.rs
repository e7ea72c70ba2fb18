//! Real clients read the stand-in: the official `stellar-rpc-client` (the one stellar-cli is
//! built on) pages through every event the embedded host published while the escrow's story
//! ran on the shipped wasm, and `stellar events` (stellar-cli itself) lists exactly those
//! events; a read of the escrow simulated through the client returns what the host returns.

use std::process::Command;

use escrow_local_rpc::{
    driver::{Driver, PASSPHRASE},
    server,
};
use soroban_sdk::{IntoVal, TryFromVal};
use stellar_rpc_client::{Client, EventStart, EventType};
use stellar_xdr::{
    ContractEvent, ContractEventBody, HostFunction, InvokeContractArgs, InvokeHostFunctionOp,
    Limits, Memo, MuxedAccount, Operation, OperationBody, Preconditions, ReadXdr, ScAddress,
    ScSymbol, ScVal, SequenceNumber, Transaction, TransactionEnvelope, TransactionExt,
    TransactionV1Envelope, Uint256, WriteXdr,
};

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

/// The escrow's short story run by the driver on the shipped wasm, a call per ledger, served
/// on a loopback port: its URL, every contract event the host published in order, the escrow
/// contract's id and the first ledger closed.
fn served_story() -> (String, Vec<Seen>, String, u32) {
    let driver = Driver::new(120_960);
    driver.short_story();
    let published = driver.published.borrow().iter().map(seen).collect();
    let address = server::spawn(driver.chain.clone());
    (
        format!("http://{address}"),
        published,
        driver.contract_id(),
        driver.first_ledger(),
    )
}

#[tokio::test]
async fn the_official_client_pages_through_every_event_the_host_published() {
    let (url, published, _, first) = served_story();
    let client = Client::new(&url).unwrap();
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
    let (url, published, escrow, first) = served_story();
    let output = Command::new("stellar")
        .args(["events", "--rpc-url", &url])
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

/// A transaction that calls `function(args)` on `contract`, as a client builds one to simulate
/// a read.
fn call(contract: &ScAddress, function: &str, args: Vec<ScVal>) -> TransactionEnvelope {
    let invoke = InvokeHostFunctionOp {
        host_function: HostFunction::InvokeContract(InvokeContractArgs {
            contract_address: contract.clone(),
            function_name: ScSymbol(function.try_into().unwrap()),
            args: args.try_into().unwrap(),
        }),
        auth: Default::default(),
    };
    TransactionEnvelope::Tx(TransactionV1Envelope {
        tx: Transaction {
            source_account: MuxedAccount::Ed25519(Uint256([7; 32])),
            fee: 100,
            seq_num: SequenceNumber(1),
            cond: Preconditions::None,
            memo: Memo::None,
            operations: vec![Operation {
                source_account: None,
                body: OperationBody::InvokeHostFunction(invoke),
            }]
            .try_into()
            .unwrap(),
            ext: TransactionExt::V0,
        },
        signatures: Default::default(),
    })
}

#[tokio::test]
async fn a_read_of_the_escrow_is_simulated_on_the_latest_state() {
    let driver = Driver::new(120_960);
    let id = driver.short_story();
    let url = format!("http://{}", server::spawn(driver.chain.clone()));
    let client = Client::new(&url).unwrap();
    let contract = ScAddress::from(&driver.fixture.contract);
    let simulated = client
        .simulate_transaction_envelope(
            &call(
                &contract,
                "get_milestone",
                vec![ScVal::U64(id), ScVal::U32(0)],
            ),
            None,
        )
        .await
        .unwrap();
    assert_eq!(simulated.error, None);
    let returned = ScVal::from_xdr_base64(&simulated.results[0].xdr, Limits::none()).unwrap();
    // What the host itself returns for the same read.
    let f = &driver.fixture;
    let milestone = f.client.get_milestone(&id, &0);
    let value: soroban_sdk::Val = milestone.into_val(&f.env);
    let expected = ScVal::try_from_val(&f.env, &value).unwrap();
    assert_eq!(returned, expected);
    assert!(matches!(&returned, ScVal::Map(Some(_))));
    // A read the contract refuses is a result with an error, as stellar-rpc answers it.
    let missing = client
        .simulate_transaction_envelope(&call(&contract, "get_escrow", vec![ScVal::U64(9)]), None)
        .await
        .unwrap();
    assert!(
        missing
            .error
            .as_deref()
            .is_some_and(|e| e.contains("Error(Contract, #1)")),
        "{:?}",
        missing.error
    );
}
