//! The notifier's database, behind one seam: the events it has read, its cursor, its record of
//! every escrow and milestone, and the notifications with a delivery per webhook. SQLite,
//! embedded (`sqlite://PATH`); PostgreSQL is to come behind the same methods.
//!
//! What was read, what it changed, what is to be delivered and the cursor are written in one
//! transaction per batch ([`Store::commit`]): a crash at any instant leaves the database as it
//! was before the batch or after it, so nothing is lost and nothing is recorded twice. An event
//! read again (an RPC's pages may overlap) is recognised by its id and skipped.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::{
    event::EscrowEvent,
    notification::{EscrowRecord, Notification, NotifyError, Origin, Record, Roles},
    retry::Next,
};

/// The schema, one migration per entry, applied in order; `PRAGMA user_version` counts those
/// applied. Never edit one that has shipped: add the next.
const MIGRATIONS: &[&str] = &[
    // 1: the cursor, the events read, the record, the notifications and their deliveries.
    "CREATE TABLE sync (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         cursor TEXT NOT NULL,
         ledger INTEGER NOT NULL
     );
     CREATE TABLE events (
         event_id TEXT PRIMARY KEY,
         contract_id TEXT NOT NULL,
         ledger INTEGER NOT NULL,
         tx_hash TEXT NOT NULL,
         name TEXT NOT NULL,
         params TEXT NOT NULL
     );
     CREATE TABLE escrows (
         contract_id TEXT NOT NULL,
         escrow_id INTEGER NOT NULL,
         approver TEXT NOT NULL,
         service_provider TEXT NOT NULL,
         platform TEXT NOT NULL,
         release_signer TEXT NOT NULL,
         dispute_resolver TEXT NOT NULL,
         receiver TEXT NOT NULL,
         PRIMARY KEY (contract_id, escrow_id)
     );
     CREATE TABLE milestones (
         contract_id TEXT NOT NULL,
         escrow_id INTEGER NOT NULL,
         milestone_index INTEGER NOT NULL,
         status TEXT NOT NULL,
         PRIMARY KEY (contract_id, escrow_id, milestone_index)
     );
     CREATE TABLE notifications (
         id TEXT PRIMARY KEY,
         type TEXT NOT NULL,
         timestamp TEXT NOT NULL,
         body TEXT NOT NULL
     );
     CREATE TABLE deliveries (
         notification_id TEXT NOT NULL REFERENCES notifications (id),
         endpoint TEXT NOT NULL,
         status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
         attempts INTEGER NOT NULL DEFAULT 0,
         next_attempt_at INTEGER NOT NULL DEFAULT 0,
         last_error TEXT,
         PRIMARY KEY (notification_id, endpoint)
     );
     CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);",
    // 2: after a gap, the ledger where reading resumes (no cursor can point there) and the
    // reconciliation still owed once caught up.
    "ALTER TABLE sync ADD COLUMN resume_ledger INTEGER;
     ALTER TABLE sync ADD COLUMN reconcile_from INTEGER;",
];

/// How long a write waits for another connection's write to finish.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Why the database refused something, as one line.
#[derive(Debug)]
pub enum StoreError {
    /// The `--db` URL is not one the notifier opens.
    Url(String),
    /// SQLite failed (cannot open the file, a full disk, a corrupt database).
    Sqlite(rusqlite::Error),
    /// The database was written by a newer escrow-notify.
    TooNew { version: usize, known: usize },
    /// The events could not be applied to the record (see [`NotifyError`]); nothing was
    /// written.
    Notify(NotifyError),
}

impl core::fmt::Display for StoreError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            StoreError::Url(url) => write!(
                f,
                "--db {url}: expected sqlite://PATH (a relative path) or sqlite:///PATH (an absolute one)"
            ),
            StoreError::Sqlite(error) => write!(f, "database: {error}"),
            StoreError::TooNew { version, known } => write!(
                f,
                "database: schema version {version} is newer than this escrow-notify's {known}"
            ),
            StoreError::Notify(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Sqlite(error)
    }
}

/// Where the next read starts, and the last ledger read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// The RPC's pagination cursor after the last event read.
    pub cursor: String,
    /// The latest ledger the reads covered.
    pub ledger: u32,
}

/// What one read of the RPC brought: its events, in order, and where the next read starts.
/// The events are whole transactions: a reader that gets a page ending inside a transaction
/// keeps that transaction's events for the next read (a milestone's final update without its
/// payout event is refused as `Inconsistent`).
pub struct Batch<'a> {
    pub events: &'a [(Origin, EscrowEvent)],
    pub next: Cursor,
}

/// A notification's delivery to one webhook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub notification_id: String,
    pub endpoint: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// When the next attempt is due, Unix seconds (pending deliveries).
    pub next_attempt_at: u64,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
}

/// A delivery due now, with the body to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub notification_id: String,
    pub endpoint: String,
    /// Attempts made before this one.
    pub attempts: u32,
    pub body: String,
}

/// The notifier's database.
pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens the database at `url` (`sqlite://relative/path` or `sqlite:///absolute/path`),
    /// creating it if missing, and brings its schema up to date.
    pub fn open(url: &str) -> Result<Store, StoreError> {
        let path = url
            .strip_prefix("sqlite://")
            .filter(|path| !path.is_empty())
            .ok_or_else(|| StoreError::Url(url.to_string()))?;
        Store::migrated(Connection::open(path)?)
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::migrated(Connection::open_in_memory()?)
    }

    fn migrated(mut connection: Connection) -> Result<Store, StoreError> {
        // WAL: readers (a `deliveries` listing) never block the writer; FULL: a committed
        // batch survives a power cut, not only a crash of the process.
        // Another process on the same file (a `deliveries` listing beside `run`, or a run
        // restarted while the killed one's lock is released) waits its turn rather than fail.
        connection.busy_timeout(BUSY_TIMEOUT)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        let version = |connection: &Connection| -> Result<usize, StoreError> {
            let version: i64 = connection.pragma_query_value(None, "user_version", |r| r.get(0))?;
            Ok(usize::try_from(version).unwrap_or(usize::MAX))
        };
        // Up to date: open without writing, so that opening never contends with a writer.
        if version(&connection)? != MIGRATIONS.len() {
            let transaction =
                connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let current = version(&transaction)?;
            if current > MIGRATIONS.len() {
                return Err(StoreError::TooNew {
                    version: current,
                    known: MIGRATIONS.len(),
                });
            }
            for migration in &MIGRATIONS[current..] {
                transaction.execute_batch(migration)?;
            }
            transaction.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
            transaction.commit()?;
        }
        Ok(Store { connection })
    }

    /// The stored cursor; `None` for a new database.
    pub fn cursor(&self) -> Result<Option<Cursor>, StoreError> {
        Ok(self
            .connection
            .query_row("SELECT cursor, ledger FROM sync WHERE id = 1", [], |row| {
                Ok(Cursor {
                    cursor: row.get(0)?,
                    ledger: row.get(1)?,
                })
            })
            .optional()?)
    }

    /// The record of every escrow, as stored.
    pub fn record(&self) -> Result<Record, StoreError> {
        let mut record = Record::default();
        let mut escrows = self.connection.prepare(
            "SELECT contract_id, escrow_id, approver, service_provider, platform,
                    release_signer, dispute_resolver, receiver FROM escrows",
        )?;
        let rows = escrows.query_map([], |row| {
            Ok((
                (row.get::<_, String>(0)?, escrow_id(row.get(1)?)),
                Roles {
                    approver: row.get(2)?,
                    service_provider: row.get(3)?,
                    platform: row.get(4)?,
                    release_signer: row.get(5)?,
                    dispute_resolver: row.get(6)?,
                    receiver: row.get(7)?,
                },
            ))
        })?;
        for row in rows {
            let (key, roles) = row?;
            let record_of = EscrowRecord {
                roles,
                statuses: Vec::new(),
            };
            record.escrows.insert(key, record_of);
        }
        let mut milestones = self.connection.prepare(
            "SELECT contract_id, escrow_id, status FROM milestones
             ORDER BY contract_id, escrow_id, milestone_index",
        )?;
        let rows = milestones.query_map([], |row| {
            Ok((
                (row.get::<_, String>(0)?, escrow_id(row.get(1)?)),
                row.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (key, status) = row?;
            if let Some(escrow) = record.escrows.get_mut(&key) {
                escrow.statuses.push(status);
            }
        }
        Ok(record)
    }

    /// Writes one batch in one transaction: the events not recorded before, what they change
    /// in `record`, their notifications with a pending delivery to each of `endpoints`, and
    /// the cursor. Returns the new notifications. On any error nothing is written and
    /// `record` is left as it was.
    ///
    /// The events are applied transaction by transaction (by `tx_hash`, in order), as the
    /// contract published them.
    pub fn commit(
        &mut self,
        record: &mut Record,
        batch: &Batch,
        endpoints: &[String],
    ) -> Result<Vec<Notification>, StoreError> {
        let transaction = self
            .connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut fresh = Vec::new();
        for (origin, event) in batch.events {
            if !recorded(&transaction, &origin.event_id)? {
                fresh.push((origin.clone(), event.clone()));
            }
        }
        let mut next = record.clone();
        let mut notifications = Vec::new();
        for events in fresh.chunk_by(|a, b| a.0.tx_hash == b.0.tx_hash) {
            notifications.extend(next.apply(events).map_err(StoreError::Notify)?);
        }
        for (origin, event) in &fresh {
            transaction.execute(
                "INSERT INTO events (event_id, contract_id, ledger, tx_hash, name, params)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    origin.event_id,
                    origin.contract_id,
                    origin.ledger,
                    origin.tx_hash,
                    event.schema.name,
                    serde_json::Value::Object(event.params.clone()).to_string(),
                ],
            )?;
        }
        let touched: BTreeSet<(String, u64)> = fresh
            .iter()
            .filter_map(|(origin, event)| Some((origin.contract_id.clone(), event.escrow_id?)))
            .collect();
        for key in &touched {
            if let Some(escrow) = next.escrows.get(key) {
                save_escrow(&transaction, key, escrow)?;
            }
        }
        insert_notifications(&transaction, &notifications, endpoints)?;
        transaction.execute(
            "INSERT INTO sync (id, cursor, ledger) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor, ledger = excluded.ledger,
                 resume_ledger = NULL",
            params![batch.next.cursor, batch.next.ledger],
        )?;
        transaction.commit()?;
        *record = next;
        Ok(notifications)
    }

    /// After a gap: records the gap's notifications and that reading resumes at ledger
    /// `resume_ledger` (the oldest the RPC still holds), with a reconciliation owed from there.
    pub fn record_gap(
        &mut self,
        notifications: &[Notification],
        endpoints: &[String],
        resume_ledger: u32,
    ) -> Result<(), StoreError> {
        let transaction = self.connection.transaction()?;
        insert_notifications(&transaction, notifications, endpoints)?;
        transaction.execute(
            "INSERT INTO sync (id, cursor, ledger, resume_ledger, reconcile_from)
             VALUES (1, '', ?1, ?1, ?1)
             ON CONFLICT (id) DO UPDATE SET resume_ledger = ?1, reconcile_from = ?1",
            [resume_ledger],
        )?;
        transaction.commit()?;
        Ok(())
    }

    /// After catching up from a gap: writes the escrows read from the contract into `record`
    /// and the database, with their notifications, and clears the owed reconciliation.
    pub fn record_reconciliation(
        &mut self,
        record: &mut Record,
        escrows: Vec<((String, u64), EscrowRecord)>,
        notifications: &[Notification],
        endpoints: &[String],
    ) -> Result<(), StoreError> {
        let transaction = self.connection.transaction()?;
        for (key, escrow) in &escrows {
            save_escrow(&transaction, key, escrow)?;
        }
        insert_notifications(&transaction, notifications, endpoints)?;
        transaction.execute("UPDATE sync SET reconcile_from = NULL WHERE id = 1", [])?;
        transaction.commit()?;
        record.escrows.extend(escrows);
        Ok(())
    }

    /// Where reading resumes after a gap, when it has not resumed yet.
    pub fn resume_ledger(&self) -> Result<Option<u32>, StoreError> {
        self.sync_column("resume_ledger")
    }

    /// The ledger a reconciliation is owed from, once caught up after a gap.
    pub fn reconcile_from(&self) -> Result<Option<u32>, StoreError> {
        self.sync_column("reconcile_from")
    }

    fn sync_column(&self, column: &str) -> Result<Option<u32>, StoreError> {
        Ok(self
            .connection
            .query_row(
                &format!("SELECT {column} FROM sync WHERE id = 1"),
                [],
                |row| row.get::<_, Option<u32>>(0),
            )
            .optional()?
            .flatten())
    }

    /// Every delivery, optionally only those of one status, oldest notification first.
    pub fn deliveries(&self, status: Option<&str>) -> Result<Vec<Delivery>, StoreError> {
        let mut query = self.connection.prepare(
            "SELECT notification_id, endpoint, status, attempts, next_attempt_at, last_error
             FROM deliveries WHERE ?1 IS NULL OR status = ?1 ORDER BY rowid",
        )?;
        let rows = query.query_map([status], |row| {
            Ok(Delivery {
                notification_id: row.get(0)?,
                endpoint: row.get(1)?,
                status: row.get(2)?,
                attempts: row.get(3)?,
                next_attempt_at: row.get::<_, i64>(4)?.unsigned_abs(),
                last_error: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// At most `limit` pending deliveries whose next attempt is due at `now` (Unix seconds),
    /// the longest due first, with their bodies.
    pub fn due(&self, now: u64, limit: u32) -> Result<Vec<Due>, StoreError> {
        let mut query = self.connection.prepare(
            "SELECT d.notification_id, d.endpoint, d.attempts, n.body
             FROM deliveries d JOIN notifications n ON n.id = d.notification_id
             WHERE d.status = 'pending' AND d.next_attempt_at <= ?1
             ORDER BY d.next_attempt_at, d.rowid LIMIT ?2",
        )?;
        let rows = query.query_map(params![seconds(now), limit], |row| {
            Ok(Due {
                notification_id: row.get(0)?,
                endpoint: row.get(1)?,
                attempts: row.get(2)?,
                body: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a successful attempt: the delivery is done.
    pub fn delivered(&mut self, notification_id: &str, endpoint: &str) -> Result<(), StoreError> {
        self.connection.execute(
            "UPDATE deliveries SET status = 'delivered', attempts = attempts + 1,
                 last_error = NULL
             WHERE notification_id = ?1 AND endpoint = ?2 AND status = 'pending'",
            params![notification_id, endpoint],
        )?;
        Ok(())
    }

    /// Records a failed attempt at `now` and what follows it (see [`crate::retry`]): another
    /// attempt at its time, or the delivery marked failed.
    pub fn attempt_failed(
        &mut self,
        notification_id: &str,
        endpoint: &str,
        error: &str,
        next: Next,
        now: u64,
    ) -> Result<(), StoreError> {
        let (status, next_attempt_at) = match next {
            Next::RetryIn(wait) => ("pending", now.saturating_add(wait)),
            Next::GiveUp => ("failed", now),
        };
        self.connection.execute(
            "UPDATE deliveries SET status = ?3, attempts = attempts + 1, next_attempt_at = ?4,
                 last_error = ?5
             WHERE notification_id = ?1 AND endpoint = ?2 AND status = 'pending'",
            params![
                notification_id,
                endpoint,
                status,
                seconds(next_attempt_at),
                error
            ],
        )?;
        Ok(())
    }

    /// Sends failed deliveries again from `now` with a fresh schedule: every failed one, or
    /// those of notification `id`. Returns how many.
    pub fn resend(&mut self, id: Option<&str>, now: u64) -> Result<usize, StoreError> {
        Ok(self.connection.execute(
            "UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?2
             WHERE status = 'failed' AND (?1 IS NULL OR notification_id = ?1)",
            params![id, seconds(now)],
        )?)
    }

    /// How many events are recorded.
    pub fn event_count(&self) -> Result<u64, StoreError> {
        Ok(self
            .connection
            .query_row("SELECT COUNT(*) FROM events", [], |row| {
                row.get::<_, i64>(0)
            })?
            .unsigned_abs())
    }

    /// The body of notification `id`, as delivered.
    pub fn body(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .query_row(
                "SELECT body FROM notifications WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?)
    }
}

/// Unix seconds as SQLite stores them, a signed 64-bit integer.
fn seconds(time: u64) -> i64 {
    i64::try_from(time).unwrap_or(i64::MAX)
}

/// An escrow id as SQLite stores it, a signed 64-bit integer: ids count up from 1, so they
/// stay far below 2^63.
fn stored_id(escrow_id: u64) -> i64 {
    escrow_id as i64
}

/// An escrow id read back from SQLite.
fn escrow_id(stored: i64) -> u64 {
    stored as u64
}

/// Inserts `notifications`, each with a pending delivery to every one of `endpoints`. A
/// notification recorded before (the same id) is left as it is.
fn insert_notifications(
    transaction: &Transaction,
    notifications: &[Notification],
    endpoints: &[String],
) -> Result<(), StoreError> {
    for notification in notifications {
        let inserted = transaction.execute(
            "INSERT OR IGNORE INTO notifications (id, type, timestamp, body)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                notification.id,
                notification.kind,
                notification.timestamp,
                notification.body()
            ],
        )?;
        if inserted == 0 {
            continue;
        }
        for endpoint in endpoints {
            transaction.execute(
                "INSERT INTO deliveries (notification_id, endpoint, status)
                 VALUES (?1, ?2, 'pending')",
                params![notification.id, endpoint],
            )?;
        }
    }
    Ok(())
}

/// Whether event `event_id` is recorded already.
fn recorded(transaction: &Transaction, event_id: &str) -> Result<bool, StoreError> {
    Ok(transaction
        .query_row(
            "SELECT 1 FROM events WHERE event_id = ?1",
            [event_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Writes an escrow's roles and every milestone's status.
fn save_escrow(
    transaction: &Transaction,
    (contract_id, escrow_id): &(String, u64),
    escrow: &EscrowRecord,
) -> Result<(), StoreError> {
    let roles = &escrow.roles;
    transaction.execute(
        "INSERT INTO escrows (contract_id, escrow_id, approver, service_provider, platform,
                              release_signer, dispute_resolver, receiver)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (contract_id, escrow_id) DO UPDATE SET
             approver = excluded.approver, service_provider = excluded.service_provider,
             platform = excluded.platform, release_signer = excluded.release_signer,
             dispute_resolver = excluded.dispute_resolver, receiver = excluded.receiver",
        params![
            contract_id,
            stored_id(*escrow_id),
            roles.approver,
            roles.service_provider,
            roles.platform,
            roles.release_signer,
            roles.dispute_resolver,
            roles.receiver
        ],
    )?;
    for (index, status) in escrow.statuses.iter().enumerate() {
        transaction.execute(
            "INSERT INTO milestones (contract_id, escrow_id, milestone_index, status)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (contract_id, escrow_id, milestone_index)
             DO UPDATE SET status = excluded.status",
            params![contract_id, stored_id(*escrow_id), index as u32, status],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
