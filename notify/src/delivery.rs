//! Delivery: every notification due is `POST`ed to its webhook, signed as NOTIFY.md says, with
//! a bounded number of requests in flight per endpoint. A `2xx` answer is a delivery; anything
//! else, or no answer within the timeout, is a failed attempt that [`crate::retry`] schedules
//! again, until the delivery is marked failed. Every attempt of a round is recorded in the
//! [`Store`] before the next round, so a crash repeats at most that round's attempts, never
//! with another `webhook-id`.

use std::{
    collections::BTreeMap,
    hash::{DefaultHasher, Hash, Hasher},
    sync::Arc,
    time::Duration,
};

use tokio::{sync::Semaphore, task::JoinSet};

use crate::{
    retry,
    signature::Secret,
    store::{Due, Store, StoreError},
};

/// How long an endpoint has to answer (NOTIFY.md: 15 seconds).
pub const TIMEOUT: Duration = Duration::from_secs(15);
/// The default number of requests in flight to one endpoint.
pub const IN_FLIGHT_PER_ENDPOINT: usize = 4;
/// The most deliveries one round takes from the database.
const ROUND: u32 = 256;

/// What one attempt came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint answered `2xx`.
    Delivered,
    /// Why it was not delivered, in a few words (`HTTP 500`, `timed out after 15 s`, …).
    Failed(String),
}

/// Sends the deliveries that are due.
pub struct Deliverer {
    client: reqwest::Client,
    secret: Secret,
    timeout: Duration,
    in_flight_per_endpoint: usize,
    retry_scale: u64,
}

impl Deliverer {
    /// A deliverer signing with `secret`, giving each endpoint `timeout` to answer and at most
    /// `in_flight_per_endpoint` requests at once, with the retry waits divided by
    /// `retry_scale` (1 in production).
    pub fn new(
        secret: Secret,
        timeout: Duration,
        in_flight_per_endpoint: usize,
        retry_scale: u64,
    ) -> Deliverer {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .user_agent(concat!("escrow-notify/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("an HTTP client with default TLS settings");
        Deliverer {
            client,
            secret,
            timeout,
            in_flight_per_endpoint: in_flight_per_endpoint.max(1),
            retry_scale,
        }
    }

    /// One attempt of `due`, signed at `now` (Unix seconds).
    pub async fn attempt(&self, due: &Due, now: u64) -> Outcome {
        attempt(&self.client, &self.secret, self.timeout, due, now).await
    }

    /// Sends every delivery due at `now`, at most the bound in flight per endpoint, and
    /// records each attempt's outcome. Returns the outcomes, in the order they were recorded.
    pub async fn deliver_due(
        &self,
        store: &mut Store,
        now: u64,
    ) -> Result<Vec<(Due, Outcome)>, StoreError> {
        let due = store.due(now, ROUND)?;
        let mut limits: BTreeMap<String, Arc<Semaphore>> = BTreeMap::new();
        let mut attempts = JoinSet::new();
        for delivery in due {
            let limit = limits
                .entry(delivery.endpoint.clone())
                .or_insert_with(|| Arc::new(Semaphore::new(self.in_flight_per_endpoint)))
                .clone();
            let (client, secret, timeout) =
                (self.client.clone(), self.secret.clone(), self.timeout);
            attempts.spawn(async move {
                let _slot = limit
                    .acquire_owned()
                    .await
                    .expect("the semaphore is never closed");
                let outcome = attempt(&client, &secret, timeout, &delivery, now).await;
                (delivery, outcome)
            });
        }
        let mut recorded = Vec::new();
        while let Some(result) = attempts.join_next().await {
            let (delivery, outcome) = result.expect("an attempt never panics");
            match &outcome {
                Outcome::Delivered => {
                    store.delivered(&delivery.notification_id, &delivery.endpoint)?
                }
                Outcome::Failed(error) => {
                    let next = retry::after_failure(
                        delivery.attempts + 1,
                        self.retry_scale,
                        jitter(&delivery),
                    );
                    store.attempt_failed(
                        &delivery.notification_id,
                        &delivery.endpoint,
                        error,
                        next,
                        now,
                    )?;
                }
            }
            recorded.push((delivery, outcome));
        }
        Ok(recorded)
    }
}

/// One signed `POST` of `due` at `now`.
async fn attempt(
    client: &reqwest::Client,
    secret: &Secret,
    timeout: Duration,
    due: &Due,
    now: u64,
) -> Outcome {
    let request = client
        .post(&due.endpoint)
        .header("webhook-id", &due.notification_id)
        .header("webhook-timestamp", now.to_string())
        .header(
            "webhook-signature",
            secret.sign(&due.notification_id, now, due.body.as_bytes()),
        )
        .header("content-type", "application/json")
        .body(due.body.clone());
    match request.send().await {
        Ok(response) if response.status().is_success() => Outcome::Delivered,
        Ok(response) => Outcome::Failed(format!("HTTP {}", response.status().as_u16())),
        Err(error) if error.is_timeout() => {
            Outcome::Failed(format!("timed out after {} s", timeout.as_secs_f64()))
        }
        Err(error) if error.is_connect() => Outcome::Failed("could not connect".into()),
        Err(error) => Outcome::Failed(format!("request failed: {error}")),
    }
}

/// The jitter of a delivery's next wait, from 0 to 1: spread over deliveries by a hash of the
/// delivery and its attempt, so that a receiver back from an outage is not hit by all of
/// them at once, and the same after a restart.
fn jitter(due: &Due) -> f64 {
    let mut hasher = DefaultHasher::new();
    (&due.notification_id, &due.endpoint, due.attempts).hash(&mut hasher);
    (hasher.finish() % 10_000) as f64 / 10_000.0
}

#[cfg(test)]
mod tests;
