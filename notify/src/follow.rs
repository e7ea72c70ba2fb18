//! `escrow-notify run`: follows the contracts through the RPC, a page at a time, commits each
//! page's whole transactions with what they change and the notifications they make, and
//! delivers what is due; until told to stop.

use std::{
    future::Future,
    time::{SystemTime, UNIX_EPOCH},
};

use serde_json::{json, Value};
use stellar_rpc_client::{Client, EventStart, EventType};

use crate::{
    config::Config,
    delivery::{self, Deliverer, Outcome},
    notification::{Notification, NotifyError, Record},
    rpc::{self, ReadError, SourceError},
    store::{Batch, Cursor, Store, StoreError},
};

/// Events asked for per `getEvents`.
const PAGE: usize = 200;
/// How long the RPC has to answer `getNetwork` at start.
const START_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs until `stop` completes (SIGINT or SIGTERM) between two steps, or a fault that waiting
/// cannot mend; returns that fault as one line.
pub async fn run(config: Config, stop: impl Future<Output = ()>) -> Result<(), String> {
    let client = Client::new(&config.rpc_url)
        .map_err(|error| format!("--rpc-url {}: {error}", config.rpc_url))?;
    let network = tokio::time::timeout(START_TIMEOUT, client.get_network())
        .await
        .map_err(|_| format!("--rpc-url {}: no answer within 30 s", config.rpc_url))?
        .map_err(|error| format!("--rpc-url {}: not a Stellar RPC: {error}", config.rpc_url))?;
    eprintln!(
        "escrow-notify: following {} contract(s) on \"{}\"",
        config.contracts.len(),
        network.passphrase
    );
    let mut store = Store::open(&config.db).map_err(|e| e.to_string())?;
    let mut record = store.record().map_err(|e| e.to_string())?;
    let deliverer = config.secret.clone().map(|secret| {
        Deliverer::new(
            secret,
            delivery::TIMEOUT,
            delivery::IN_FLIGHT_PER_ENDPOINT,
            config.retry_scale,
        )
    });
    tokio::pin!(stop);
    loop {
        let caught_up = tokio::select! {
            () = &mut stop => return Ok(()),
            step = step(&client, &config, &mut store, &mut record) => step?,
        };
        if let Some(deliverer) = &deliverer {
            let outcomes = deliverer
                .deliver_due(&mut store, unix_now())
                .await
                .map_err(|e| e.to_string())?;
            for (due, outcome) in outcomes {
                if let Outcome::Failed(error) = outcome {
                    eprintln!(
                        "escrow-notify: {} to {}: {error}",
                        due.notification_id, due.endpoint
                    );
                }
            }
        }
        if caught_up {
            tokio::select! {
                () = &mut stop => return Ok(()),
                () = tokio::time::sleep(config.poll_interval) => {}
            }
        }
    }
}

/// Reads one page and commits it; `Ok(true)` once caught up with the RPC's latest ledger.
/// RPC faults are logged and retried at the next step, never fatal, and never move the
/// cursor.
async fn step(
    client: &Client,
    config: &Config,
    store: &mut Store,
    record: &mut Record,
) -> Result<bool, String> {
    let stored = store.cursor().map_err(|e| e.to_string())?;
    let resume = store.resume_ledger().map_err(|e| e.to_string())?;
    let start = match (resume, &stored) {
        (Some(ledger), _) => EventStart::Ledger(ledger),
        (None, Some(cursor)) => EventStart::Cursor(cursor.cursor.clone()),
        (None, None) => match config.start_ledger {
            Some(ledger) => EventStart::Ledger(ledger),
            None => match client.get_latest_ledger().await {
                Ok(latest) => EventStart::Ledger(latest.sequence),
                Err(error) => {
                    eprintln!("escrow-notify: getLatestLedger failed: {error}");
                    return Ok(true);
                }
            },
        },
    };
    let page = match client
        .get_events(
            start,
            Some(EventType::Contract),
            &config.contracts,
            &[],
            Some(PAGE),
        )
        .await
    {
        Ok(page) => page,
        // The RPC no longer holds the ledgers after the cursor (its retention window passed
        // them while the notifier was away): a gap.
        Err(error)
            if error
                .to_string()
                .contains("must be within the ledger range") =>
        {
            return gap(client, config, store, stored.as_ref())
                .await
                .map(|()| false);
        }
        Err(error) => {
            eprintln!("escrow-notify: getEvents failed: {error}");
            return Ok(true);
        }
    };
    let mut events = Vec::new();
    for event in &page.events {
        match rpc::read_event(event) {
            Ok(read) => events.push(read),
            // An event of another shape (another contract's, a later version's) is reported
            // and passed over: it can make no notification.
            Err(error @ SourceError::Decode { .. }) => eprintln!("escrow-notify: {error}"),
            Err(error) => {
                eprintln!("escrow-notify: {error}; reading again");
                return Ok(true);
            }
        }
    }
    let full = page.events.len() >= PAGE;
    let cut = rpc::cut(
        &events,
        if full { events.len() } else { PAGE },
        &page.cursor,
    );
    let Some(next) = cut.next_cursor else {
        return Err(format!(
            "a transaction has more than {PAGE} events: a larger page is needed"
        ));
    };
    let batch = Batch {
        events: &events[..cut.commit],
        next: Cursor {
            cursor: next,
            ledger: page.latest_ledger,
        },
    };
    let notifications = loop {
        match store.commit(record, &batch, &config.webhooks) {
            Ok(notifications) => break notifications,
            // An escrow created before the notifier started following: read it from the
            // contract, then apply the page again (the commit wrote nothing).
            Err(StoreError::Notify(NotifyError::UnknownEscrow {
                contract_id,
                escrow_id,
            })) => match rpc::read_escrow(client, &contract_id, escrow_id).await {
                Ok(escrow) => {
                    record
                        .escrows
                        .insert((contract_id, escrow_id), escrow.record);
                }
                Err(error) => {
                    eprintln!("escrow-notify: reading escrow {escrow_id}: {error:?}");
                    return Ok(true);
                }
            },
            Err(error) => return Err(error.to_string()),
        }
    };
    print(config, &notifications);
    let caught_up = !full;
    if caught_up && store.reconcile_from().map_err(|e| e.to_string())?.is_some() {
        reconcile(client, config, store, record).await?;
    }
    Ok(caught_up)
}

/// Prints `notifications` on stdout when asked to.
fn print(config: &Config, notifications: &[Notification]) {
    if config.stdout {
        for notification in notifications {
            println!("{}", line(notification));
        }
    }
}

/// Records a gap: `sync.gap_detected` for the ledgers missed after `stored`, and reading
/// resumes at the oldest ledger the RPC holds, with a reconciliation owed once caught up.
async fn gap(
    client: &Client,
    config: &Config,
    store: &mut Store,
    stored: Option<&Cursor>,
) -> Result<(), String> {
    let health = match client.get_health().await {
        Ok(health) => health,
        Err(error) => {
            eprintln!("escrow-notify: getHealth failed: {error}");
            return Ok(());
        }
    };
    let oldest = health.oldest_ledger;
    let first_missed = match stored {
        Some(cursor) => first_unread_ledger(&cursor.cursor),
        None => config.start_ledger.unwrap_or(oldest),
    };
    let last_missed = oldest.saturating_sub(1);
    let mut notifications = Vec::new();
    if first_missed <= last_missed {
        eprintln!("escrow-notify: gap: ledgers {first_missed} to {last_missed} are no longer held by the RPC");
        notifications.push(sync_notification(
            format!("sync_gap_{first_missed}_{last_missed}"),
            "sync.gap_detected",
            json!({
                "contract_ids": config.contracts,
                "recipients": [],
                "first_missed_ledger": first_missed,
                "last_missed_ledger": last_missed,
            }),
        ));
    }
    store
        .record_gap(&notifications, &config.webhooks, oldest)
        .map_err(|e| e.to_string())?;
    print(config, &notifications);
    Ok(())
}

/// The first ledger that a stored cursor has not read all of: the cursor's own, unless it
/// marks the end of its ledger.
fn first_unread_ledger(cursor: &str) -> u32 {
    let (toid, event) = cursor.split_once('-').unwrap_or((cursor, ""));
    let ledger = toid.parse::<i64>().map_or(0, |toid| (toid >> 32) as u32);
    if event == u32::MAX.to_string() {
        ledger.saturating_add(1)
    } else {
        ledger
    }
}

/// After a gap, once caught up: reads every escrow the record knows and every escrow created
/// since (ids past the highest known, until `EscrowNotFound`) from the contract, and records
/// `sync.reconciled` for each milestone whose state differs from the record. A failed read is
/// logged, and the reconciliation is tried again at the next step.
async fn reconcile(
    client: &Client,
    config: &Config,
    store: &mut Store,
    record: &mut Record,
) -> Result<(), String> {
    let from = store
        .reconcile_from()
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let mut escrows = Vec::new();
    let mut notifications = Vec::new();
    for contract in &config.contracts {
        let known: Vec<u64> = record
            .escrows
            .keys()
            .filter(|(c, _)| c == contract)
            .map(|(_, id)| *id)
            .collect();
        let highest = known.iter().copied().max().unwrap_or(0);
        for id in known.into_iter().chain(highest + 1..) {
            let escrow = match rpc::read_escrow(client, contract, id).await {
                Ok(escrow) => escrow,
                Err(ReadError::NotFound) if id > highest => break,
                Err(error) => {
                    eprintln!("escrow-notify: reconciling escrow {id}: {error:?}; trying again");
                    return Ok(());
                }
            };
            let key = (contract.clone(), id);
            let before = record
                .escrows
                .get(&key)
                .map(|e| e.statuses.clone())
                .unwrap_or_default();
            for (index, state) in escrow.milestones.iter().enumerate() {
                if before.get(index) == Some(&state.status) {
                    continue;
                }
                notifications.push(sync_notification(
                    format!("sync_reconciled_{contract}_{id}_{index}_{from}"),
                    "sync.reconciled",
                    json!({
                        "contract_id": contract,
                        "escrow_id": id,
                        "milestone_index": index,
                        "recipients": [],
                        "status": state.status,
                        "approved": state.approved,
                        "held": state.held,
                    }),
                ));
            }
            escrows.push((key, escrow.record));
        }
    }
    store
        .record_reconciliation(record, escrows, &notifications, &config.webhooks)
        .map_err(|e| e.to_string())?;
    print(config, &notifications);
    Ok(())
}

/// A notification of the notifier's own, due when it is recorded (now).
fn sync_notification(id: String, kind: &'static str, data: Value) -> Notification {
    let Value::Object(data) = data else {
        unreachable!("the data of a notification is an object")
    };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    Notification {
        id,
        kind,
        timestamp: now,
        data,
    }
}

/// One line a person reads for `notification`.
pub fn line(notification: &Notification) -> String {
    let data = &notification.data;
    let mut text = format!("{} {}", notification.timestamp, notification.kind);
    if let Some(id) = data["escrow_id"].as_u64() {
        text += &format!(" escrow {id}");
    }
    if let Some(index) = data.get("milestone_index").and_then(|i| i.as_u64()) {
        text += &format!(" milestone {index}");
    }
    if let Some(how) = data.get("how").and_then(|h| h.as_str()) {
        text += &format!(" ({how})");
    }
    let recipients: Vec<String> = data["recipients"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            format!(
                "{} {}",
                r["role"].as_str().unwrap_or(""),
                r["address"].as_str().unwrap_or("")
            )
        })
        .collect();
    if !recipients.is_empty() {
        text += &format!(" for {}", recipients.join(", "));
    }
    text
}

/// The wall clock, Unix seconds: delivery retries are scheduled by it (the chain's clock is
/// for the escrow's own clocks).
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests;
