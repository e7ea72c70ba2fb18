//! `run` end to end: the escrow's short story on the shipped wasm, served by the local RPC,
//! followed into a SQLite file and delivered to a webhook on loopback; then a restart that
//! repeats nothing.

use std::time::Duration;

use escrow_local_rpc::{driver::Driver, server};
use serde_json::Value;

use super::*;
use crate::{signature::Secret, test_receiver::Receiver};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

fn config(url: &str, contract: &str, db: &str, start: u32, webhook: &str) -> Config {
    Config {
        rpc_url: url.into(),
        contracts: vec![contract.into()],
        db: db.into(),
        start_ledger: Some(start),
        webhooks: vec![webhook.into()],
        secret: Some(Secret::parse(SECRET).unwrap()),
        stdout: false,
        poll_interval: Duration::from_secs(1),
        retry_scale: 1,
    }
}

/// Where a test's notifier writes and delivers: a database in a temporary directory and a
/// webhook receiver on loopback.
struct Sink {
    receiver: Receiver,
    db: String,
    _dir: tempfile::TempDir,
}

impl Sink {
    async fn new() -> Sink {
        let dir = tempfile::tempdir().unwrap();
        Sink {
            receiver: Receiver::start(&[], Duration::ZERO).await,
            db: format!("sqlite://{}", dir.path().join("notify.db").display()),
            _dir: dir,
        }
    }

    /// The configuration that follows `driver`'s contract on `url` from ledger `start`.
    fn config(&self, url: &str, driver: &Driver, start: u32) -> Config {
        config(
            url,
            &driver.contract_id(),
            &self.db,
            start,
            &self.receiver.url,
        )
    }
}

/// Completes once `receiver` holds `count` requests, or after 30 seconds.
async fn received(receiver: &Receiver, count: usize) {
    for _ in 0..300 {
        if receiver.received().len() >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_story_is_followed_delivered_signed_and_not_repeated_after_a_restart() {
    let driver = Driver::new(120_960);
    driver.short_story();
    let url = format!("http://{}", server::spawn(driver.chain.clone()));
    let sink = Sink::new().await;
    let (receiver, db) = (&sink.receiver, &sink.db);
    let config_of = || sink.config(&url, &driver, driver.first_ledger());

    run(config_of(), received(receiver, 5)).await.unwrap();
    let got = receiver.received();
    let types = types(receiver);
    assert_eq!(
        types,
        [
            "escrow.created",
            "escrow.funded",
            "milestone.delivered",
            "milestone.approved",
            "milestone.released"
        ]
    );
    let secret = Secret::parse(SECRET).unwrap();
    for r in &got {
        let body: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(
            r.id,
            format!("evt_{}", body["data"]["event_id"].as_str().unwrap())
        );
        let timestamp: u64 = r.timestamp.parse().unwrap();
        assert_eq!(
            r.signature,
            secret.sign(&r.id, timestamp, r.body.as_bytes())
        );
        assert_eq!(body["data"]["contract_id"], driver.contract_id().as_str());
    }

    // A restart reads on from the stored cursor: nothing is delivered again.
    let mut polls = 0;
    run(config_of(), async {
        while polls < 3 {
            tokio::time::sleep(Duration::from_millis(400)).await;
            polls += 1;
        }
    })
    .await
    .unwrap();
    assert_eq!(receiver.received().len(), 5);
    let store = Store::open(db).unwrap();
    assert_eq!(store.deliveries(Some("delivered")).unwrap().len(), 5);
    assert_eq!(store.event_count().unwrap(), 6);
}

#[tokio::test]
async fn an_escrow_created_before_the_start_ledger_is_read_from_the_contract() {
    let driver = Driver::new(120_960);
    driver.short_story();
    let url = format!("http://{}", server::spawn(driver.chain.clone()));
    let sink = Sink::new().await;
    let (receiver, db) = (&sink.receiver, &sink.db);
    // Starting two ledgers in: the creation and the deposit are not read.
    let start = driver.first_ledger() + 2;
    let config = sink.config(&url, &driver, start);
    run(config, received(receiver, 3)).await.unwrap();
    let types = types(receiver);
    assert_eq!(
        types,
        [
            "milestone.delivered",
            "milestone.approved",
            "milestone.released"
        ]
    );
    // The recipients come from the roles read from the contract.
    let delivered: Value = serde_json::from_str(&receiver.received()[0].body).unwrap();
    let approver = driver.fixture.client.get_escrow(&1).roles.approver;
    let approver = stellar_xdr::ScAddress::from(&approver).to_string();
    assert_eq!(
        delivered["data"]["recipients"][0]["address"],
        approver.as_str()
    );
    let store = Store::open(db).unwrap();
    let record = store.record().unwrap();
    let escrow = record.escrows.values().next().unwrap();
    assert_eq!(escrow.statuses, ["Released", "Pending"]);
}

/// The type of each notification `receiver` got, in order.
fn types(receiver: &Receiver) -> Vec<String> {
    bodies(receiver)
        .iter()
        .map(|b| b["type"].as_str().unwrap().to_string())
        .collect()
}

/// The bodies `receiver` got, as JSON.
fn bodies(receiver: &Receiver) -> Vec<Value> {
    receiver
        .received()
        .iter()
        .map(|r| serde_json::from_str(&r.body).unwrap())
        .collect()
}

#[tokio::test]
async fn a_gap_is_reported_and_the_record_reconciled_with_the_contract() {
    // The RPC keeps four ledgers.
    let driver = Driver::new(4);
    let escrow = driver.step(|f| f.create(&f.new_escrow(&[1_000, 2_000])));
    driver.step(|f| f.fund(escrow, 3_000));
    let url = format!("http://{}", server::spawn(driver.chain.clone()));
    let sink = Sink::new().await;
    let (receiver, db) = (&sink.receiver, &sink.db);
    let config_of = || sink.config(&url, &driver, driver.first_ledger());
    run(config_of(), received(receiver, 2)).await.unwrap();
    let funded_at = driver.chain.lock().unwrap().latest().sequence;

    // While the notifier is away: milestone 0 delivered, approved and released, a second
    // escrow created, then four quiet ledgers push all of it out of the RPC's window.
    driver.step(|f| f.submit(escrow, 0));
    driver.step(|f| f.client.mock_all_auths().approve_milestone(&escrow, &0));
    driver.step(|f| f.client.mock_all_auths().release_milestone(&escrow, &0));
    let second = driver.step(|f| f.create(&f.new_escrow(&[500])));
    for _ in 0..4 {
        driver.step(|f| f.client.get_escrow(&escrow));
    }

    run(config_of(), received(receiver, 5)).await.unwrap();
    let bodies = bodies(receiver);
    let kinds: Vec<&str> = bodies.iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "escrow.created",
            "escrow.funded",
            "sync.gap_detected",
            "sync.reconciled",
            "sync.reconciled"
        ]
    );
    let gap = &bodies[2]["data"];
    assert_eq!(gap["first_missed_ledger"], funded_at + 1);
    assert_eq!(gap["last_missed_ledger"], funded_at + 4);
    let reconciled: Vec<(u64, u64, &str, bool, &str)> = bodies[3..]
        .iter()
        .map(|b| {
            let d = &b["data"];
            (
                d["escrow_id"].as_u64().unwrap(),
                d["milestone_index"].as_u64().unwrap(),
                d["status"].as_str().unwrap(),
                d["approved"].as_bool().unwrap(),
                d["held"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        reconciled,
        [
            (escrow, 0, "Released", true, "0"),
            (second, 0, "Pending", false, "0")
        ]
    );
    // The record equals the contract's state, the escrow created in the gap included.
    let record = Store::open(db).unwrap().record().unwrap();
    let statuses: Vec<(u64, Vec<String>)> = record
        .escrows
        .iter()
        .map(|((_, id), e)| (*id, e.statuses.clone()))
        .collect();
    assert_eq!(
        statuses,
        [
            (escrow, vec!["Released".to_string(), "Pending".to_string()]),
            (second, vec!["Pending".to_string()])
        ]
    );
    let store = Store::open(db).unwrap();
    assert_eq!(store.reconcile_from().unwrap(), None);
    assert_eq!(store.resume_ledger().unwrap(), None);
}

#[tokio::test]
async fn an_address_that_is_not_an_rpc_is_refused_with_one_line() {
    // A port that nothing listens on.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("notify.db").display());
    let error = run(
        config(
            &closed,
            "CDBNDHAVTZMXQMFS2GBJK4RBJFARUFYQZCWZZWYBLJGXZLB5KTENOHZS",
            &db,
            1,
            "http://127.0.0.1:1/",
        ),
        std::future::pending(),
    )
    .await
    .unwrap_err();
    assert!(
        error.starts_with(&format!("--rpc-url {closed}: not a Stellar RPC")),
        "{error}"
    );
    assert_eq!(error.lines().count(), 1);
    assert!(!dir.path().join("notify.db").exists(), "nothing written");
}

#[tokio::test]
async fn rpc_faults_and_events_of_unknown_shape_are_logged_and_retried_without_loss() {
    use escrow_local_rpc::server::{spawn_with_faults, Fault, Faults};
    use stellar_xdr::{
        ContractEvent, ContractEventBody, ContractEventType, ContractEventV0, ExtensionPoint,
        ScAddress, ScSymbol, ScVal,
    };

    let driver = Driver::new(120_960);
    driver.short_story();
    // An event of the escrow contract that no version of it publishes.
    let ScAddress::Contract(contract_id) = ScAddress::from(&driver.fixture.contract) else {
        unreachable!()
    };
    let mystery = ContractEvent {
        ext: ExtensionPoint::V0,
        contract_id: Some(contract_id),
        type_: ContractEventType::Contract,
        body: ContractEventBody::V0(ContractEventV0 {
            topics: vec![ScVal::Symbol(ScSymbol("mystery".try_into().unwrap()))]
                .try_into()
                .unwrap(),
            data: ScVal::Void,
        }),
    };
    {
        let mut chain = driver.chain.lock().unwrap();
        let next = chain.latest().sequence + 1;
        let close_time = chain.latest().close_time + 5;
        chain.close(next, close_time, &[vec![mystery]]);
    }
    // The first answers fail: after getNetwork, every kind of fault once.
    let faults = Faults::default();
    let url = format!(
        "http://{}",
        spawn_with_faults(driver.chain.clone(), faults.clone())
    );
    let sink = Sink::new().await;
    let (receiver, db) = (&sink.receiver, &sink.db);
    let config = sink.config(&url, &driver, driver.first_ledger());
    // getNetwork passes; every later kind of fault comes once before the RPC answers again.
    faults.lock().unwrap().extend([
        Fault::None,
        Fault::Status(503),
        Fault::Status(429),
        Fault::Garbage,
        Fault::Truncated,
        Fault::Status(500),
    ]);
    run(config, received(receiver, 5)).await.unwrap();
    assert!(faults.lock().unwrap().is_empty(), "every fault was met");
    let types = types(receiver);
    assert_eq!(
        types,
        [
            "escrow.created",
            "escrow.funded",
            "milestone.delivered",
            "milestone.approved",
            "milestone.released"
        ]
    );
    let store = Store::open(db).unwrap();
    assert_eq!(store.event_count().unwrap(), 6, "every escrow event, once");
}
