//! The ledgers the stand-in holds, and the read methods of a Stellar RPC over them, answering
//! as stellar-rpc does (`cmd/stellar-rpc/internal/methods/get_events.go` and the protocol types
//! of `go-stellar-sdk/protocols/rpc`): the same fields, the same cursors and paging, the same
//! window of retained ledgers, the same errors for the same bad requests.

use std::str::FromStr;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use stellar_xdr::{
    ContractEvent, ContractEventBody, Hash, LedgerCloseMeta, LedgerCloseMetaV0, LedgerHeader,
    LedgerHeaderHistoryEntry, Limits, ReadXdr, ScAddress, ScVal, StellarValue, TimePoint, WriteXdr,
};

/// JSON-RPC error codes, as stellar-rpc uses them.
pub const INVALID_REQUEST: i64 = -32600;
pub const METHOD_NOT_FOUND: i64 = -32601;
pub const INVALID_PARAMS: i64 = -32602;

/// stellar-rpc's defaults: events per page unless asked, and at most.
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 10_000;
/// How many ledgers one `getEvents` scans at most.
pub const LEDGER_SCAN_LIMIT: u32 = 10_000;

/// A JSON-RPC error: its code and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RpcError {
    pub code: i64,
    pub message: String,
}

fn invalid_params(message: impl Into<String>) -> RpcError {
    RpcError {
        code: INVALID_PARAMS,
        message: message.into(),
    }
}

/// A position in the event stream: an event's ledger, transaction and operation (a TOID, as
/// Horizon and stellar-rpc number operations) and its index in the operation, written
/// `%019d-%010d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor {
    pub ledger: u32,
    pub tx: u32,
    pub op: u32,
    pub event: u32,
}

impl Cursor {
    /// The last position of ledger `ledger`.
    pub fn end_of(ledger: u32) -> Cursor {
        Cursor {
            ledger,
            tx: (1 << 20) - 1,
            op: (1 << 12) - 1,
            event: u32::MAX,
        }
    }

    fn toid(&self) -> i64 {
        (i64::from(self.ledger) << 32) | (i64::from(self.tx) << 12) | i64::from(self.op)
    }
}

impl core::fmt::Display for Cursor {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:019}-{:010}", self.toid(), self.event)
    }
}

impl FromStr for Cursor {
    type Err = RpcError;

    fn from_str(s: &str) -> Result<Cursor, RpcError> {
        let bad = || invalid_params(format!("invalid cursor {s}"));
        let (toid, event) = s.split_once('-').ok_or_else(bad)?;
        let toid: i64 = toid.parse().map_err(|_| bad())?;
        let event: u32 = event.parse().map_err(|_| bad())?;
        Ok(Cursor {
            ledger: u32::try_from(toid >> 32).map_err(|_| bad())?,
            tx: ((toid >> 12) & ((1 << 20) - 1)) as u32,
            op: (toid & ((1 << 12) - 1)) as u32,
            event,
        })
    }
}

/// One contract event as the stand-in stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    pub cursor: Cursor,
    pub contract_id: String,
    pub tx_hash: String,
    pub topics: Vec<ScVal>,
    pub value: ScVal,
}

/// A closed ledger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger {
    pub sequence: u32,
    /// Its close time, Unix seconds.
    pub close_time: u64,
}

/// The ledgers the stand-in holds and serves.
#[derive(Clone, Debug)]
pub struct Chain {
    pub passphrase: String,
    pub protocol_version: u32,
    /// How many of the latest ledgers it keeps events for, as stellar-rpc's history retention
    /// window: older ones are forgotten.
    pub retention_window: u32,
    ledgers: Vec<Ledger>,
    events: Vec<StoredEvent>,
    /// The ledger state after the latest ledger, which `simulateTransaction` runs against.
    state: Option<soroban_ledger_snapshot::LedgerSnapshot>,
}

impl Chain {
    /// An empty chain whose first ledger is `first` closed at `close_time`.
    pub fn new(passphrase: &str, first: Ledger, retention_window: u32) -> Chain {
        Chain {
            passphrase: passphrase.into(),
            protocol_version: 23,
            retention_window: retention_window.max(1),
            ledgers: vec![first],
            events: Vec::new(),
            state: None,
        }
    }

    /// Closes ledger `sequence` at `close_time` with these transactions, each the list of
    /// contract events it published. Transaction hashes are made up (the host runs
    /// invocations, not signed envelopes): the SHA-256 of the ledger and the transaction's
    /// index.
    pub fn close(&mut self, sequence: u32, close_time: u64, transactions: &[Vec<ContractEvent>]) {
        assert!(sequence > self.latest().sequence, "ledgers close in order");
        for (tx, events) in (1..).zip(transactions) {
            let tx_hash = hex(&Sha256::digest(format!("{sequence}/{tx}")));
            for (event, contract_event) in (0..).zip(events) {
                let ContractEventBody::V0(body) = &contract_event.body;
                let contract_id = contract_event
                    .contract_id
                    .clone()
                    .map(|id| ScAddress::Contract(id).to_string())
                    .unwrap_or_default();
                self.events.push(StoredEvent {
                    cursor: Cursor {
                        ledger: sequence,
                        tx,
                        op: 1,
                        event,
                    },
                    contract_id,
                    tx_hash: tx_hash.clone(),
                    topics: body.topics.to_vec(),
                    value: body.data.clone(),
                });
            }
        }
        self.ledgers.push(Ledger {
            sequence,
            close_time,
        });
        let oldest = self.oldest().sequence;
        self.ledgers.retain(|l| l.sequence >= oldest);
        self.events.retain(|e| e.cursor.ledger >= oldest);
    }

    /// Sets the ledger state that `simulateTransaction` runs against.
    pub fn set_state(&mut self, state: soroban_ledger_snapshot::LedgerSnapshot) {
        self.state = Some(state);
    }

    /// The latest ledger.
    pub fn latest(&self) -> &Ledger {
        self.ledgers.last().expect("a chain has a ledger")
    }

    /// The oldest ledger still held.
    pub fn oldest(&self) -> &Ledger {
        let latest = self.latest().sequence;
        let oldest = latest.saturating_sub(self.retention_window - 1);
        self.ledgers
            .iter()
            .find(|l| l.sequence >= oldest)
            .expect("the latest ledger is held")
    }

    /// Answers the JSON-RPC call `method(params)`.
    pub fn call(&self, method: &str, params: &Value) -> Result<Value, RpcError> {
        match method {
            "getHealth" => Ok(json!({
                "status": "healthy",
                "latestLedger": self.latest().sequence,
                "oldestLedger": self.oldest().sequence,
                "ledgerRetentionWindow": self.retention_window,
            })),
            "getNetwork" => Ok(json!({
                "passphrase": self.passphrase,
                "protocolVersion": self.protocol_version,
            })),
            "getLatestLedger" => Ok(self.latest_ledger()),
            "getEvents" => self.get_events(params),
            "simulateTransaction" => match &self.state {
                Some(state) => crate::simulate::simulate(state, self.latest().sequence, params),
                None => Err(RpcError {
                    code: INVALID_REQUEST,
                    message: "no ledger state to simulate against".into(),
                }),
            },
            other => Err(RpcError {
                code: METHOD_NOT_FOUND,
                message: format!("method {other} not found"),
            }),
        }
    }

    /// `getLatestLedger`: the latest ledger's hash, sequence and close time, with its header
    /// and close meta in XDR. The stand-in has no real ledger headers: the header carries the
    /// protocol, the sequence and the close time, the meta that header and no transactions,
    /// and the hash is made up (the SHA-256 of the sequence), as clients only read them.
    fn latest_ledger(&self) -> Value {
        let latest = self.latest();
        let hash = Hash(Sha256::digest(latest.sequence.to_be_bytes()).into());
        let header = LedgerHeader {
            ledger_version: self.protocol_version,
            ledger_seq: latest.sequence,
            scp_value: StellarValue {
                close_time: TimePoint(latest.close_time),
                ..Default::default()
            },
            ..Default::default()
        };
        let meta = LedgerCloseMeta::V0(LedgerCloseMetaV0 {
            ledger_header: LedgerHeaderHistoryEntry {
                hash: hash.clone(),
                header: header.clone(),
                ext: Default::default(),
            },
            ..Default::default()
        });
        let base64 = |xdr: Result<String, stellar_xdr::Error>| xdr.expect("a ledger encodes");
        json!({
            "id": hex(&hash.0),
            "protocolVersion": self.protocol_version,
            "sequence": latest.sequence,
            "closeTime": latest.close_time.to_string(),
            "headerXdr": base64(header.to_xdr_base64(Limits::none())),
            "metadataXdr": base64(meta.to_xdr_base64(Limits::none())),
        })
    }

    /// `getEvents`, as stellar-rpc pages and filters it.
    fn get_events(&self, params: &Value) -> Result<Value, RpcError> {
        let start_ledger = params["startLedger"].as_u64().unwrap_or(0) as u32;
        let end_ledger = params["endLedger"].as_u64().unwrap_or(0) as u32;
        let pagination = &params["pagination"];
        let cursor = match pagination["cursor"].as_str() {
            Some(cursor) => Some(Cursor::from_str(cursor)?),
            None => None,
        };
        if cursor.is_some() {
            if start_ledger != 0 || end_ledger != 0 {
                return Err(invalid_params(
                    "ledger ranges and cursor cannot both be set",
                ));
            }
        } else if start_ledger == 0 {
            return Err(invalid_params("startLedger must be positive"));
        }
        let limit = match pagination["limit"].as_u64() {
            Some(limit) if limit as usize > MAX_LIMIT => {
                return Err(invalid_params(format!("limit must not exceed {MAX_LIMIT}")))
            }
            Some(limit) if limit > 0 => limit as usize,
            _ => DEFAULT_LIMIT,
        };
        let filters = Filters::parse(&params["filters"])?;

        let start = match cursor {
            // The page starts right after the cursor.
            Some(cursor) => Cursor {
                event: cursor.event.wrapping_add(1),
                ..cursor
            },
            None => Cursor {
                ledger: start_ledger,
                tx: 0,
                op: 0,
                event: 0,
            },
        };
        let mut end = start
            .ledger
            .saturating_add(LEDGER_SCAN_LIMIT)
            .min(self.latest().sequence + 1);
        if end_ledger != 0 {
            end = end.min(end_ledger);
        }
        let (oldest, latest) = (self.oldest().sequence, self.latest().sequence);
        if start.ledger < oldest || start.ledger > latest {
            return Err(RpcError {
                code: INVALID_REQUEST,
                message: format!(
                    "startLedger must be within the ledger range: {oldest} - {latest}"
                ),
            });
        }
        let found: Vec<&StoredEvent> = self
            .events
            .iter()
            .filter(|e| e.cursor >= start && e.cursor.ledger < end && filters.matches(e))
            .take(limit)
            .collect();
        let next = if found.len() == limit {
            found.last().map(|e| e.cursor).expect("a full page")
        } else {
            Cursor::end_of(end - 1)
        };
        let events: Vec<Value> = found.iter().map(|e| self.event_info(e)).collect();
        Ok(json!({
            "events": events,
            "cursor": next.to_string(),
            "latestLedger": latest,
            "oldestLedger": oldest,
            "latestLedgerCloseTime": self.latest().close_time.to_string(),
            "oldestLedgerCloseTime": self.oldest().close_time.to_string(),
        }))
    }

    /// An event as `getEvents` returns it.
    fn event_info(&self, event: &StoredEvent) -> Value {
        let closed_at = self
            .ledgers
            .iter()
            .find(|l| l.sequence == event.cursor.ledger)
            .map_or(0, |l| l.close_time);
        let base64 = |v: &ScVal| v.to_xdr_base64(Limits::none()).expect("an ScVal encodes");
        json!({
            "type": "contract",
            "ledger": event.cursor.ledger,
            "ledgerClosedAt": rfc3339(closed_at),
            "contractId": event.contract_id,
            "id": event.cursor.to_string(),
            "operationIndex": event.cursor.op,
            "transactionIndex": event.cursor.tx,
            "txHash": event.tx_hash,
            "topic": event.topics.iter().map(base64).collect::<Vec<_>>(),
            "value": base64(&event.value),
        })
    }
}

/// The filters of a `getEvents` request: an event matches when it matches any of them.
struct Filters(Vec<Filter>);

/// One filter: an event type, contract ids and topic patterns, each empty for any.
struct Filter {
    contract_ids: Vec<String>,
    topics: Vec<Vec<Segment>>,
    types: Vec<String>,
}

/// One segment of a topic pattern.
enum Segment {
    /// `*`: any one topic.
    One,
    /// `**`, last: any number of topics.
    Rest,
    /// Exactly this topic.
    Exactly(ScVal),
}

impl Filters {
    fn parse(filters: &Value) -> Result<Filters, RpcError> {
        let filters = match filters {
            Value::Null => return Ok(Filters(Vec::new())),
            Value::Array(filters) => filters,
            _ => return Err(invalid_params("filters must be a list")),
        };
        if filters.len() > 5 {
            return Err(invalid_params("maximum 5 filters per request"));
        }
        let mut parsed = Vec::new();
        for (i, filter) in (1..).zip(filters) {
            let invalid = |why: String| invalid_params(format!("filter {i} invalid: {why}"));
            let types: Vec<String> = match filter["type"].as_str() {
                Some("") | None => Vec::new(),
                Some(types) => types.split(',').map(str::to_string).collect(),
            };
            if types.iter().any(|t| t != "system" && t != "contract") {
                return Err(invalid(
                    "filter type invalid: if set, type must be either 'system' or 'contract'"
                        .into(),
                ));
            }
            let strings = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let contract_ids = strings(&filter["contractIds"]);
            if contract_ids.len() > 5 {
                return Err(invalid("maximum 5 contract IDs per filter".into()));
            }
            for (n, id) in (1..).zip(&contract_ids) {
                if !matches!(ScAddress::from_str(id), Ok(ScAddress::Contract(_))) {
                    return Err(invalid(format!("contract ID {n} invalid")));
                }
            }
            let patterns = filter["topics"].as_array().cloned().unwrap_or_default();
            if patterns.len() > 5 {
                return Err(invalid("maximum 5 topics per filter".into()));
            }
            let mut topics = Vec::new();
            for (n, pattern) in (1..).zip(&patterns) {
                let segments = strings(pattern);
                let topic_invalid = |why: &str| invalid(format!("topic {n} invalid: {why}"));
                if segments.is_empty() {
                    return Err(topic_invalid("topic must have at least 1 segment"));
                }
                let mut parsed_segments = Vec::new();
                for (s, segment) in (1..).zip(&segments) {
                    parsed_segments.push(match segment.as_str() {
                        "*" => Segment::One,
                        "**" if s == segments.len() => Segment::Rest,
                        "**" => {
                            return Err(topic_invalid(&format!(
                                "segment {s} invalid: wildcard '**' is only allowed as the last segment"
                            )))
                        }
                        base64 => Segment::Exactly(
                            ScVal::from_xdr_base64(base64, Limits::none())
                                .map_err(|_| topic_invalid(&format!("segment {s} invalid")))?,
                        ),
                    });
                }
                let counted = parsed_segments
                    .iter()
                    .filter(|s| !matches!(s, Segment::Rest))
                    .count();
                if counted > 4 {
                    return Err(topic_invalid("topic cannot have more than 4 segments"));
                }
                topics.push(parsed_segments);
            }
            parsed.push(Filter {
                contract_ids,
                topics,
                types,
            });
        }
        Ok(Filters(parsed))
    }

    fn matches(&self, event: &StoredEvent) -> bool {
        self.0.is_empty() || self.0.iter().any(|f| f.matches(event))
    }
}

impl Filter {
    fn matches(&self, event: &StoredEvent) -> bool {
        let type_ok = self.types.is_empty() || self.types.iter().any(|t| t == "contract");
        let contract_ok =
            self.contract_ids.is_empty() || self.contract_ids.contains(&event.contract_id);
        let topics_ok = self.topics.is_empty()
            || self
                .topics
                .iter()
                .any(|pattern| topic_matches(pattern, &event.topics));
        type_ok && contract_ok && topics_ok
    }
}

/// Whether `topics` match `pattern`: as many topics as segments (at least as many as those
/// before a trailing `**`), each matching its segment.
fn topic_matches(pattern: &[Segment], topics: &[ScVal]) -> bool {
    let (fixed, rest) = match pattern.last() {
        Some(Segment::Rest) => (&pattern[..pattern.len() - 1], true),
        _ => (pattern, false),
    };
    let length_ok = if rest {
        topics.len() >= fixed.len()
    } else {
        topics.len() == fixed.len()
    };
    length_ok
        && fixed
            .iter()
            .zip(topics)
            .all(|(segment, topic)| match segment {
                Segment::One | Segment::Rest => true,
                Segment::Exactly(value) => value == topic,
            })
}

/// Lowercase hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Unix seconds as RFC 3339 in UTC (`2026-11-23T00:00:05Z`), as stellar-rpc writes close
/// times.
pub fn rfc3339(seconds: u64) -> String {
    let days = seconds / 86_400;
    let rem = seconds % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests;
