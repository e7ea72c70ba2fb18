//! Crash safety: the notifier binary SIGKILLed at random instants while it reads and delivers
//! a story of more than 500 events from the shipped wasm, restarted each time. Afterwards every
//! event is recorded exactly once, every notification was received at least once and always
//! under one `webhook-id`, and the record equals the contract's state read through the RPC.

use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader, Read, Write},
    net::TcpListener,
    process::{Child, Command},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use escrow_local_rpc::{driver::Driver, server};
use escrow_notify::{rpc, store::Store};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
/// Escrows in the story, each of two milestones created, funded, and each milestone
/// delivered, approved and released: 10 escrow events and 8 notifications an escrow.
const ESCROWS: u64 = 55;
/// The fewest SIGKILLs.
const KILLS: u32 = 20;

/// What a webhook endpoint got: every body under each `webhook-id`.
type Received = Arc<Mutex<BTreeMap<String, Vec<String>>>>;

/// A webhook endpoint on loopback (plain HTTP/1.1 over std, one thread a connection) that
/// records each request's `webhook-id` and body and answers 200 after 25 ms.
fn receiver() -> (String, Received) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let received: Received = Arc::default();
    let record = received.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let record = record.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream);
                loop {
                    let (mut id, mut length) = (String::new(), 0usize);
                    let mut line = String::new();
                    let mut first = true;
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        let trimmed = line.trim_end();
                        if trimmed.is_empty() && !first {
                            break;
                        }
                        first = false;
                        if let Some((name, value)) = trimmed.split_once(':') {
                            match name.to_ascii_lowercase().as_str() {
                                "webhook-id" => id = value.trim().to_string(),
                                "content-length" => length = value.trim().parse().unwrap_or(0),
                                _ => {}
                            }
                        }
                    }
                    let mut body = vec![0; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    record
                        .lock()
                        .unwrap()
                        .entry(id)
                        .or_default()
                        .push(String::from_utf8(body).unwrap());
                    // A receiver that takes its time, so that the deliveries outlast the
                    // kills' intervals.
                    std::thread::sleep(Duration::from_millis(25));
                    let stream = reader.get_mut();
                    if stream
                        .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (url, received)
}

/// Starts the notifier, its stderr appended to `log`.
fn notifier(
    rpc_url: &str,
    contract: &str,
    db: &str,
    start: u32,
    webhook: &str,
    log: &std::path::Path,
) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .unwrap();
    Command::new(env!("CARGO_BIN_EXE_escrow-notify"))
        .args([
            "run",
            "--rpc-url",
            rpc_url,
            "--contract",
            contract,
            "--db",
            db,
        ])
        .args(["--start-ledger", &start.to_string(), "--webhook", webhook])
        .env("ESCROW_NOTIFY_WEBHOOK_SECRET", SECRET)
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

/// A pseudo-random number from `seed`, advanced (xorshift), for the kill instants.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn sigkilled_at_random_instants_it_loses_and_duplicates_nothing() {
    let driver = Driver::new(120_960);
    for _ in 0..ESCROWS {
        let id = driver.step(|f| f.create(&f.new_escrow(&[1_000, 2_000])));
        driver.step(|f| f.fund(id, 3_000));
        for index in 0..2 {
            driver.step(|f| f.submit(id, index));
            driver.step(|f| f.client.mock_all_auths().approve_milestone(&id, &index));
            driver.step(|f| f.client.mock_all_auths().release_milestone(&id, &index));
        }
    }
    let url = format!("http://{}", server::spawn(driver.chain.clone()));
    let contract = driver.contract_id();
    let (webhook, received) = receiver();
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("notify.db").display());
    let expected = (8 * ESCROWS) as usize;
    let log = dir.path().join("stderr.log");

    let mut seed = 0x2545_f491_4f6c_dd1d;
    let mut kills = 0;
    let started = Instant::now();
    // Only kills that land before everything is delivered count.
    while kills < KILLS && received.lock().unwrap().len() < expected {
        let mut child = notifier(&url, &contract, &db, driver.first_ledger(), &webhook, &log);
        std::thread::sleep(Duration::from_millis(20 + next(&mut seed) % 100));
        child.kill().unwrap();
        child.wait().unwrap();
        if received.lock().unwrap().len() < expected {
            kills += 1;
        }
        assert!(started.elapsed() < Duration::from_secs(120));
    }
    assert_eq!(kills, KILLS, "the kills fell while it read and delivered");
    let during = received.lock().unwrap().len();
    // Then it runs to the end.
    let mut child = notifier(&url, &contract, &db, driver.first_ledger(), &webhook, &log);
    // Until every delivery is recorded as delivered, not only received.
    let deadline = Instant::now() + Duration::from_secs(60);
    let delivered = || {
        Store::open(&db)
            .and_then(|s| s.deliveries(Some("delivered")))
            .map_or(0, |d| d.len())
    };
    while delivered() < expected && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let received = received.lock().unwrap().clone();
    let log = std::fs::read_to_string(&log).unwrap();
    // Every start said what it follows, and nothing else went wrong.
    assert!(
        log.lines()
            .all(|l| l.starts_with("escrow-notify: following 1 contract(s)")),
        "{log}"
    );
    println!(
        "{kills} SIGKILLs; {during} notifications received before the last start; {} in all",
        received.len()
    );
    assert_eq!(
        received.len(),
        expected,
        "every notification, each under one id"
    );
    for (id, bodies) in &received {
        assert!(
            bodies.iter().all(|b| b == &bodies[0]),
            "{id} changed between deliveries"
        );
    }
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store.event_count().unwrap(),
        10 * ESCROWS,
        "every event once"
    );
    assert_eq!(store.deliveries(Some("delivered")).unwrap().len(), expected);

    // The record equals the contract's state, read through the RPC.
    let record = store.record().unwrap();
    assert_eq!(record.escrows.len() as u64, ESCROWS);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = stellar_rpc_client::Client::new(&url).unwrap();
    for ((contract, id), escrow) in &record.escrows {
        let read = runtime
            .block_on(rpc::read_escrow(&client, contract, *id))
            .unwrap();
        assert_eq!(&read.record, escrow, "escrow {id}");
    }
}
