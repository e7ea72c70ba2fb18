//! Deliveries over real HTTP on loopback: a receiver that records what it got and answers as
//! a test tells it (a status, a delay, or no listener at all).

use std::sync::atomic::Ordering;

use super::*;
use crate::{
    notification::{Notification, Record},
    store::{Batch, Cursor},
    story,
    test_receiver::Receiver,
};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// A database holding the story's first transactions, at least `count` events, with a
/// delivery of each notification to each of `endpoints`.
fn store_with(count: usize, endpoints: &[String]) -> (Store, Vec<Notification>) {
    let mut events = Vec::new();
    for (_, transaction) in story::transactions() {
        if events.len() >= count {
            break;
        }
        events.extend(transaction);
    }
    let mut store = Store::in_memory().unwrap();
    let (origin, _) = events.last().unwrap();
    let batch = Batch {
        events: &events,
        next: Cursor {
            cursor: origin.event_id.clone(),
            ledger: origin.ledger,
        },
    };
    let notifications = store
        .commit(&mut Record::default(), &batch, endpoints)
        .unwrap();
    (store, notifications)
}

fn deliverer(timeout: Duration, in_flight: usize) -> Deliverer {
    Deliverer::new(Secret::parse(SECRET).unwrap(), timeout, in_flight, 1)
}

#[tokio::test]
async fn a_delivery_is_a_signed_post_of_the_body_under_the_notifications_id() {
    let receiver = Receiver::start(&[], Duration::ZERO).await;
    let (mut store, notifications) = store_with(2, std::slice::from_ref(&receiver.url));
    let outcomes = deliverer(TIMEOUT, 4)
        .deliver_due(&mut store, 1_800_000_000)
        .await
        .unwrap();
    assert_eq!(outcomes.len(), 2);
    assert!(outcomes.iter().all(|(_, o)| *o == Outcome::Delivered));
    assert_eq!(store.deliveries(Some("delivered")).unwrap().len(), 2);
    let mut received = receiver.received();
    received.sort_by(|a, b| a.id.cmp(&b.id));
    let mut expected = notifications.clone();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    let secret = Secret::parse(SECRET).unwrap();
    for (got, notification) in received.iter().zip(&expected) {
        assert_eq!(got.id, notification.id);
        assert_eq!(got.body, notification.body());
        assert_eq!(got.content_type, "application/json");
        assert_eq!(got.timestamp, "1800000000");
        assert_eq!(
            got.signature,
            secret.sign(
                &notification.id,
                1_800_000_000,
                notification.body().as_bytes()
            )
        );
    }
    // Nothing is due any more.
    let again = deliverer(TIMEOUT, 4)
        .deliver_due(&mut store, 1_800_000_100)
        .await
        .unwrap();
    assert!(again.is_empty());
    assert_eq!(receiver.received().len(), 2);
}

#[tokio::test]
async fn an_error_answer_is_retried_on_schedule_under_the_same_id_until_delivered() {
    let receiver = Receiver::start(&[500, 503], Duration::ZERO).await;
    let (mut store, notifications) = store_with(1, std::slice::from_ref(&receiver.url));
    let deliverer = deliverer(TIMEOUT, 4);
    let outcomes = deliverer.deliver_due(&mut store, 1_000).await.unwrap();
    assert_eq!(outcomes[0].1, Outcome::Failed("HTTP 500".into()));
    // The first retry comes 5 to 6 seconds later, not before.
    assert!(deliverer
        .deliver_due(&mut store, 1_004)
        .await
        .unwrap()
        .is_empty());
    let pending = store.deliveries(Some("pending")).unwrap();
    assert!((1_005..=1_006).contains(&pending[0].next_attempt_at));
    let outcomes = deliverer.deliver_due(&mut store, 1_006).await.unwrap();
    assert_eq!(outcomes[0].1, Outcome::Failed("HTTP 503".into()));
    let outcomes = deliverer.deliver_due(&mut store, 1_006 + 72).await.unwrap();
    assert_eq!(outcomes[0].1, Outcome::Delivered);
    let received = receiver.received();
    assert_eq!(received.len(), 3);
    assert!(received.iter().all(|r| r.id == notifications[0].id));
    let delivered = store.deliveries(Some("delivered")).unwrap();
    assert_eq!(delivered[0].attempts, 3);
}

#[tokio::test]
async fn a_slow_endpoint_times_out_and_a_closed_one_cannot_be_reached() {
    let slow = Receiver::start(&[], Duration::from_millis(1_500)).await;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/hook", listener.local_addr().unwrap())
    };
    let (mut store, _) = store_with(1, &[slow.url.clone(), closed.clone()]);
    let outcomes = deliverer(Duration::from_millis(300), 4)
        .deliver_due(&mut store, 1_000)
        .await
        .unwrap();
    let outcome_of = |url: &str| {
        outcomes
            .iter()
            .find(|(d, _)| d.endpoint == url)
            .map(|(_, o)| o.clone())
            .unwrap()
    };
    assert_eq!(
        outcome_of(&slow.url),
        Outcome::Failed("timed out after 0.3 s".into())
    );
    assert_eq!(
        outcome_of(&closed),
        Outcome::Failed("could not connect".into())
    );
    let pending = store.deliveries(Some("pending")).unwrap();
    assert_eq!(pending.len(), 2);
    assert!(pending
        .iter()
        .all(|d| d.attempts == 1 && d.last_error.is_some()));
}

#[tokio::test]
async fn an_endpoint_that_never_answers_well_ends_failed_after_nine_attempts() {
    // Nine errors, then it answers well.
    let receiver = Receiver::start(&[500; 9], Duration::ZERO).await;
    let (mut store, _) = store_with(1, std::slice::from_ref(&receiver.url));
    let deliverer = deliverer(TIMEOUT, 4);
    let mut now = 1_000;
    for _ in 0..20 {
        deliverer.deliver_due(&mut store, now).await.unwrap();
        now += 40_000;
    }
    let failed = store.deliveries(Some("failed")).unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].attempts, 9);
    assert_eq!(failed[0].last_error.as_deref(), Some("HTTP 500"));
    assert_eq!(receiver.received().len(), 9);
    // Sent again, it is delivered under the same id.
    assert_eq!(store.resend(None, now).unwrap(), 1);
    let outcomes = deliverer.deliver_due(&mut store, now).await.unwrap();
    assert_eq!(outcomes[0].1, Outcome::Delivered);
    let ids: Vec<String> = receiver.received().into_iter().map(|r| r.id).collect();
    assert!(ids.iter().all(|id| *id == ids[0]));
}

#[tokio::test]
async fn no_more_than_the_bound_is_in_flight_to_one_endpoint() {
    let receiver = Receiver::start(&[], Duration::from_millis(300)).await;
    let (mut store, notifications) = store_with(12, std::slice::from_ref(&receiver.url));
    assert!(notifications.len() >= 8);
    let outcomes = deliverer(TIMEOUT, 2)
        .deliver_due(&mut store, 1_000)
        .await
        .unwrap();
    assert_eq!(outcomes.len(), notifications.len());
    assert_eq!(receiver.most_in_flight.load(Ordering::SeqCst), 2);
    assert_eq!(receiver.in_flight.load(Ordering::SeqCst), 0);
}
