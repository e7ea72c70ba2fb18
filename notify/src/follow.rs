//! `escrow-notify run`: follows the contracts through the RPC, a page at a time, commits each
//! page's whole transactions with what they change and the notifications they make, and
//! delivers what is due; until told to stop.

use std::{
    future::Future,
    time::{SystemTime, UNIX_EPOCH},
};

use stellar_rpc_client::{Client, EventStart, EventType};

use crate::{
    config::Config,
    delivery::{self, Deliverer, Outcome},
    notification::{Notification, NotifyError, Record},
    rpc::{self, SourceError},
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
    let start = match store.cursor().map_err(|e| e.to_string())? {
        Some(cursor) => EventStart::Cursor(cursor.cursor),
        None => match config.start_ledger {
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
                    record.escrows.insert((contract_id, escrow_id), escrow);
                }
                Err(error) => {
                    eprintln!("escrow-notify: reading escrow {escrow_id}: {error}");
                    return Ok(true);
                }
            },
            Err(error) => return Err(error.to_string()),
        }
    };
    if config.stdout {
        for notification in &notifications {
            println!("{}", line(notification));
        }
    }
    Ok(!full)
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
