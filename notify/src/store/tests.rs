//! The database on the story's events: batches written whole or not at all, events read twice
//! recorded once, the record and the cursor as they were after a reopen.

use super::*;
use crate::{retry::Next, story};

/// The story's events, each with its origin, in order.
fn story_events() -> Vec<(Origin, EscrowEvent)> {
    story::transactions()
        .into_iter()
        .flat_map(|(_, events)| events)
        .collect()
}

/// The cursor after `events`: the last one's id and ledger.
fn after(events: &[(Origin, EscrowEvent)]) -> Cursor {
    let (origin, _) = events.last().unwrap();
    Cursor {
        cursor: origin.event_id.clone(),
        ledger: origin.ledger,
    }
}

/// The story's events in pages of at least `size` events and whole transactions: a reader
/// commits a transaction only once it has all of its events.
fn pages(size: usize) -> Vec<Vec<(Origin, EscrowEvent)>> {
    let mut pages: Vec<Vec<(Origin, EscrowEvent)>> = vec![vec![]];
    for (_, transaction) in story::transactions() {
        let page = pages.last_mut().unwrap();
        page.extend(transaction);
        if page.len() >= size {
            pages.push(vec![]);
        }
    }
    pages.retain(|page| !page.is_empty());
    pages
}

/// Writes the story's events in pages of at least `size` events, with a delivery to each of
/// `endpoints`.
fn commit_in_batches(
    store: &mut Store,
    record: &mut Record,
    size: usize,
    endpoints: &[String],
) -> Vec<Notification> {
    let mut notifications = Vec::new();
    for page in pages(size) {
        let batch = Batch {
            events: &page,
            next: after(&page),
        };
        notifications.extend(store.commit(record, &batch, endpoints).unwrap());
    }
    notifications
}

fn endpoints() -> Vec<String> {
    vec![
        "http://127.0.0.1:9001/hook".into(),
        "http://127.0.0.1:9002/hook".into(),
    ]
}

/// The story applied in memory, transaction by transaction: what the store must agree with.
fn expected() -> (Record, Vec<Notification>) {
    let mut record = Record::default();
    let mut notifications = Vec::new();
    for (_, events) in story::transactions() {
        notifications.extend(record.apply(&events).unwrap());
    }
    (record, notifications)
}

#[test]
fn a_new_database_has_no_cursor_and_an_empty_record() {
    let store = Store::in_memory().unwrap();
    assert_eq!(store.cursor().unwrap(), None);
    assert_eq!(store.record().unwrap(), Record::default());
    assert_eq!(store.event_count().unwrap(), 0);
    assert!(store.deliveries(None).unwrap().is_empty());
}

#[test]
fn the_story_in_batches_gives_the_record_the_notifications_and_a_delivery_per_webhook() {
    let (expected_record, expected_notifications) = expected();
    for size in [1, 3, 42] {
        let mut store = Store::in_memory().unwrap();
        let mut record = Record::default();
        let notifications = commit_in_batches(&mut store, &mut record, size, &endpoints());
        assert_eq!(notifications.len(), expected_notifications.len(), "{size}");
        assert_eq!(record, expected_record, "{size}");
        assert_eq!(store.record().unwrap(), expected_record, "{size}");
        assert_eq!(store.event_count().unwrap(), 42);
        assert_eq!(store.cursor().unwrap(), Some(after(&story_events())));
        let deliveries = store.deliveries(Some("pending")).unwrap();
        assert_eq!(deliveries.len(), 2 * notifications.len());
        for notification in &notifications {
            assert_eq!(
                store.body(&notification.id).unwrap().as_deref(),
                Some(notification.body().as_str())
            );
        }
    }
}

#[test]
fn events_read_again_are_recorded_once_and_notified_once() {
    let mut store = Store::in_memory().unwrap();
    let mut record = Record::default();
    let first = commit_in_batches(&mut store, &mut record, 5, &endpoints());
    // The RPC hands the last pages out again: the cursor moves, nothing else.
    let events = story_events();
    let again = &events[30..];
    let moved = Cursor {
        cursor: "later".into(),
        ledger: 2_000_000,
    };
    let batch = Batch {
        events: again,
        next: moved.clone(),
    };
    let notifications = store.commit(&mut record, &batch, &endpoints()).unwrap();
    assert!(notifications.is_empty());
    assert_eq!(store.event_count().unwrap(), 42);
    assert_eq!(store.deliveries(None).unwrap().len(), 2 * first.len());
    assert_eq!(store.cursor().unwrap(), Some(moved));
}

#[test]
fn a_batch_that_cannot_be_applied_writes_nothing() {
    let mut store = Store::in_memory().unwrap();
    let mut record = Record::default();
    let events = story_events();
    // The escrow's creation is missing: its deposit cannot be notified.
    let batch = Batch {
        events: &events[1..3],
        next: after(&events[1..3]),
    };
    assert!(matches!(
        store.commit(&mut record, &batch, &endpoints()),
        Err(StoreError::Notify(NotifyError::UnknownEscrow {
            escrow_id: 1,
            ..
        }))
    ));
    assert_eq!(record, Record::default());
    assert_eq!(store.cursor().unwrap(), None);
    assert_eq!(store.event_count().unwrap(), 0);
    assert!(store.deliveries(None).unwrap().is_empty());
    // With the creation, the same events go through.
    let batch = Batch {
        events: &events[0..3],
        next: after(&events[0..3]),
    };
    assert_eq!(
        store
            .commit(&mut record, &batch, &endpoints())
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_payout_cut_from_its_update_is_refused_rather_than_notified_half() {
    // The reader must commit whole transactions: a page that ends between a milestone's final
    // update and its payout event is refused, and writes nothing.
    let mut store = Store::in_memory().unwrap();
    let mut record = Record::default();
    let events = story_events();
    let update = events
        .iter()
        .position(|(_, e)| e.params.get("status").is_some_and(|s| s == "Released"))
        .unwrap();
    let page = &events[..=update];
    let batch = Batch {
        events: page,
        next: after(page),
    };
    assert!(matches!(
        store.commit(&mut record, &batch, &endpoints()),
        Err(StoreError::Notify(NotifyError::Inconsistent(_)))
    ));
    assert_eq!(store.cursor().unwrap(), None);
    assert_eq!(record, Record::default());
}

#[test]
fn a_reopened_database_has_the_record_and_the_cursor_it_was_left_with() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("notify.db").display());
    let (expected_record, _) = expected();
    {
        let mut store = Store::open(&url).unwrap();
        let mut record = Record::default();
        commit_in_batches(&mut store, &mut record, 7, &endpoints());
    }
    let store = Store::open(&url).unwrap();
    assert_eq!(store.record().unwrap(), expected_record);
    assert_eq!(store.cursor().unwrap(), Some(after(&story_events())));
    assert_eq!(store.event_count().unwrap(), 42);
}

#[test]
fn bad_urls_and_newer_schemas_are_refused_with_one_line() {
    for url in ["postgres://localhost/db", "sqlite://", "notify.db", ""] {
        let error = Store::open(url).err().unwrap();
        assert!(matches!(error, StoreError::Url(_)), "{url}");
        assert_eq!(error.to_string().lines().count(), 1);
    }
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("sqlite://{}/no/such/dir/notify.db", dir.path().display());
    assert!(matches!(
        Store::open(&missing).err().unwrap(),
        StoreError::Sqlite(_)
    ));
    let url = format!("sqlite://{}", dir.path().join("notify.db").display());
    drop(Store::open(&url).unwrap());
    let connection = Connection::open(dir.path().join("notify.db")).unwrap();
    connection.pragma_update(None, "user_version", 99).unwrap();
    drop(connection);
    let error = Store::open(&url).err().unwrap();
    assert_eq!(
        error.to_string(),
        "database: schema version 99 is newer than this escrow-notify's 2"
    );
}

#[test]
fn a_delivery_is_retried_on_its_schedule_then_failed_and_can_be_sent_again() {
    let mut store = Store::in_memory().unwrap();
    let mut record = Record::default();
    let events = story_events();
    let batch = Batch {
        events: &events[..1],
        next: after(&events[..1]),
    };
    let created = store.commit(&mut record, &batch, &endpoints()).unwrap();
    let id = created[0].id.clone();
    let [first, second] = endpoints().try_into().unwrap();
    // Both deliveries are due at once, with the notification's body.
    let due = store.due(1_000, 10).unwrap();
    assert_eq!(due.len(), 2);
    assert_eq!(due[0].body, created[0].body());
    assert_eq!(due[0].attempts, 0);
    // The first webhook answers; the second fails and waits its turn.
    store.delivered(&id, &first).unwrap();
    store
        .attempt_failed(&id, &second, "HTTP 500", Next::RetryIn(5), 1_000)
        .unwrap();
    assert!(store.due(1_004, 10).unwrap().is_empty());
    let due = store.due(1_005, 10).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(
        (due[0].endpoint.as_str(), due[0].attempts),
        (second.as_str(), 1)
    );
    // The schedule runs out: failed, listed with its last error, due no more.
    store
        .attempt_failed(&id, &second, "timed out after 15 s", Next::GiveUp, 1_005)
        .unwrap();
    assert!(store.due(u64::MAX, 10).unwrap().is_empty());
    let failed = store.deliveries(Some("failed")).unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].attempts, 2);
    assert_eq!(
        failed[0].last_error.as_deref(),
        Some("timed out after 15 s")
    );
    assert_eq!(store.deliveries(Some("delivered")).unwrap().len(), 1);
    // A delivered one is never sent again, and a late report changes nothing.
    store
        .attempt_failed(&id, &first, "late", Next::GiveUp, 1_006)
        .unwrap();
    assert_eq!(store.deliveries(Some("delivered")).unwrap().len(), 1);
    // Sent again: pending from now, with a fresh schedule, under the same notification id.
    assert_eq!(store.resend(None, 2_000).unwrap(), 1);
    let due = store.due(2_000, 10).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(
        (due[0].notification_id.as_str(), due[0].attempts),
        (id.as_str(), 0)
    );
    assert_eq!(store.resend(None, 2_000).unwrap(), 0);
}

#[test]
fn resend_takes_one_notification_or_every_failed_one() {
    let mut store = Store::in_memory().unwrap();
    let mut record = Record::default();
    let events = story_events();
    let batch = Batch {
        events: &events[..2],
        next: after(&events[..2]),
    };
    let notifications = store
        .commit(&mut record, &batch, &endpoints()[..1])
        .unwrap();
    let endpoint = &endpoints()[0];
    for n in &notifications {
        store
            .attempt_failed(&n.id, endpoint, "refused", Next::GiveUp, 10)
            .unwrap();
    }
    assert_eq!(store.resend(Some(&notifications[1].id), 20).unwrap(), 1);
    assert_eq!(store.resend(Some("evt_unknown"), 20).unwrap(), 0);
    assert_eq!(store.deliveries(Some("failed")).unwrap().len(), 1);
    assert_eq!(store.resend(None, 20).unwrap(), 1);
    assert_eq!(store.due(20, 10).unwrap().len(), 2);
    assert_eq!(store.due(20, 1).unwrap().len(), 1, "at most the limit");
}
