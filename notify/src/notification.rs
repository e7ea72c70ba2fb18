//! The notifications of NOTIFY.md, made from the contract's events: which type, for whom, with
//! which fields. [`Record`] is the notifier's view of every escrow it follows (its roles and
//! each milestone's status), which a notification's recipients and its `how` need and the
//! events keep up to date; it is plain data, so the database stores it and tests run it
//! without one.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::event::EscrowEvent;

/// Where an event was published: what the notification's envelope says of its origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The escrow contract's id (`C…`).
    pub contract_id: String,
    /// The ledger that closed with it.
    pub ledger: u32,
    /// That ledger's close time, RFC 3339 in UTC.
    pub ledger_closed_at: String,
    /// The hash of the transaction that published it, hex.
    pub tx_hash: String,
    /// The RPC's id of the event (`0000530242871959552-0000000001`).
    pub event_id: String,
}

/// One notification: the envelope a webhook's body carries, and its id.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// The `webhook-id`: the same for every attempt and every webhook, and for the same event
    /// read twice, so that receivers deduplicate on it.
    pub id: String,
    /// The notification's type (`milestone.delivered`).
    pub kind: &'static str,
    /// When it became due: the ledger's close time, RFC 3339.
    pub timestamp: String,
    /// Its fields.
    pub data: Map<String, Value>,
}

impl Notification {
    /// The webhook's body: `{"type", "timestamp", "data"}`.
    pub fn body(&self) -> String {
        json!({ "type": self.kind, "timestamp": self.timestamp, "data": self.data }).to_string()
    }
}

/// The six roles of an escrow, as strkeys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roles {
    pub approver: String,
    pub service_provider: String,
    pub platform: String,
    pub release_signer: String,
    pub dispute_resolver: String,
    pub receiver: String,
}

impl Roles {
    /// Every role, named as a recipient.
    fn every_role(&self) -> Recipients {
        vec![
            ("approver", self.approver.clone()),
            ("service_provider", self.service_provider.clone()),
            ("platform", self.platform.clone()),
            ("release_signer", self.release_signer.clone()),
            ("dispute_resolver", self.dispute_resolver.clone()),
            ("receiver", self.receiver.clone()),
        ]
    }

    /// The holder of `role`, as the contract's `Role` names it.
    fn holder_mut(&mut self, role: &str) -> Option<&mut String> {
        Some(match role {
            "Approver" => &mut self.approver,
            "ServiceProvider" => &mut self.service_provider,
            "Platform" => &mut self.platform,
            "ReleaseSigner" => &mut self.release_signer,
            "DisputeResolver" => &mut self.dispute_resolver,
            "Receiver" => &mut self.receiver,
            _ => return None,
        })
    }
}

/// What the notifier knows of one escrow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscrowRecord {
    pub roles: Roles,
    /// Each milestone's status, by index, as the contract spells it.
    pub statuses: Vec<String>,
}

/// The notifier's view of every escrow it follows, by contract and escrow id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub escrows: BTreeMap<(String, u64), EscrowRecord>,
}

/// Why the events of a transaction could not be made into notifications.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotifyError {
    /// An event of an escrow the record does not hold (created before the notifier started
    /// following it): read it from the contract first, then apply the events again.
    UnknownEscrow { contract_id: String, escrow_id: u64 },
    /// An event whose fields contradict the record (a milestone index past the escrow's
    /// count, a role the contract does not have).
    Inconsistent(String),
}

impl core::fmt::Display for NotifyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            NotifyError::UnknownEscrow {
                contract_id,
                escrow_id,
            } => write!(
                f,
                "escrow {escrow_id} of {contract_id} is not in the record"
            ),
            NotifyError::Inconsistent(what) => write!(f, "an event contradicts the record: {what}"),
        }
    }
}

impl std::error::Error for NotifyError {}

/// Who a notification is for: each recipient's role and address.
type Recipients = Vec<(&'static str, String)>;
/// A notification's type and its recipients.
type Addressed = (&'static str, Recipients);

/// The statuses whose `milestone_updated` comes with a payout event of the same call.
const FINAL_STATUSES: [&str; 3] = ["Released", "Resolved", "Cancelled"];

impl Record {
    /// Applies the events one transaction published, in order, to the record, and returns
    /// their notifications. All or nothing: on an error the record is left as it was.
    ///
    /// A milestone's final `milestone_updated` and the `milestone_released` or
    /// `milestone_settled` published for it by the same call make one notification, with the
    /// update's event id; every other event makes one of its own.
    pub fn apply(
        &mut self,
        events: &[(Origin, EscrowEvent)],
    ) -> Result<Vec<Notification>, NotifyError> {
        let mut next = self.clone();
        let mut notifications = Vec::new();
        let mut grouped = vec![false; events.len()];
        for (position, (origin, event)) in events.iter().enumerate() {
            if grouped[position] {
                continue;
            }
            let payout = if is_final_update(event) {
                let found = events
                    .iter()
                    .enumerate()
                    .skip(position + 1)
                    .find(|(later, (_, other))| !grouped[*later] && is_payout_of(other, event))
                    .map(|(later, (_, other))| (later, other));
                found.map(|(later, other)| {
                    grouped[later] = true;
                    other
                })
            } else {
                None
            };
            notifications.push(next.notify(origin, event, payout)?);
        }
        *self = next;
        Ok(notifications)
    }

    /// The notification of `event` (with its payout event, for a final update), applying it to
    /// the record.
    fn notify(
        &mut self,
        origin: &Origin,
        event: &EscrowEvent,
        payout: Option<&EscrowEvent>,
    ) -> Result<Notification, NotifyError> {
        let p = &event.params;
        let text = |name: &str| p[name].as_str().unwrap_or_default().to_string();
        let key = event.escrow_id.map(|id| (origin.contract_id.clone(), id));
        let mut extra = Map::new();
        let (kind, recipients): Addressed = match event.schema.name {
            "EscrowCreated" => {
                let roles = Roles {
                    approver: text("approver"),
                    service_provider: text("service_provider"),
                    platform: text("platform"),
                    release_signer: text("release_signer"),
                    dispute_resolver: text("dispute_resolver"),
                    receiver: text("receiver"),
                };
                let count = p["milestone_count"].as_u64().unwrap_or_default() as usize;
                let recipients = roles.every_role();
                let record = EscrowRecord {
                    roles,
                    statuses: vec!["Pending".into(); count],
                };
                self.escrows.insert(key.clone().unwrap_or_default(), record);
                ("escrow.created", recipients)
            }
            "ContractUpgraded" => ("contract.upgraded", vec![]),
            "AdminChanged" => ("contract.admin_changed", vec![]),
            "Withdrawn" => ("payment.withdrawn", vec![("recipient", text("recipient"))]),
            _ => {
                let key = key.clone().unwrap_or_default();
                let record =
                    self.escrows
                        .get_mut(&key)
                        .ok_or_else(|| NotifyError::UnknownEscrow {
                            contract_id: key.0.clone(),
                            escrow_id: key.1,
                        })?;
                escrow_notification(record, event, payout, &mut extra)?
            }
        };
        let mut data = Map::new();
        data.insert(
            "contract_id".into(),
            Value::from(origin.contract_id.clone()),
        );
        data.insert(
            "escrow_id".into(),
            event.escrow_id.map_or(Value::Null, Value::from),
        );
        let recipients: Vec<Value> = recipients
            .into_iter()
            .map(|(role, address)| json!({ "role": role, "address": address }))
            .collect();
        data.insert("recipients".into(), Value::from(recipients));
        data.insert("ledger".into(), Value::from(origin.ledger));
        data.insert(
            "ledger_closed_at".into(),
            Value::from(origin.ledger_closed_at.clone()),
        );
        data.insert("tx_hash".into(), Value::from(origin.tx_hash.clone()));
        data.insert("event_id".into(), Value::from(origin.event_id.clone()));
        for (name, value) in payout.map(|e| &e.params).into_iter().chain([p]).flatten() {
            data.entry(name.clone()).or_insert_with(|| value.clone());
        }
        data.extend(extra);
        Ok(Notification {
            id: format!("evt_{}", origin.event_id),
            kind,
            timestamp: origin.ledger_closed_at.clone(),
            data,
        })
    }
}

/// The type and recipients of an event of escrow `record`, applying the event to it; `how` and
/// other derived fields go in `extra`.
fn escrow_notification(
    record: &mut EscrowRecord,
    event: &EscrowEvent,
    payout: Option<&EscrowEvent>,
    extra: &mut Map<String, Value>,
) -> Result<Addressed, NotifyError> {
    let p = &event.params;
    let text = |name: &str| p[name].as_str().unwrap_or_default().to_string();
    let roles = record.roles.clone();
    Ok(match event.schema.name {
        "EscrowFunded" => (
            "escrow.funded",
            vec![
                ("approver", roles.approver),
                ("service_provider", roles.service_provider),
                ("platform", roles.platform),
            ],
        ),
        "MilestonesAdded" => {
            let count = p["count"].as_u64().unwrap_or_default() as usize;
            record
                .statuses
                .extend(std::iter::repeat_n("Pending".to_string(), count));
            ("milestones.added", roles.every_role())
        }
        "RoleTransferred" => {
            let role = text("role");
            *record
                .roles
                .holder_mut(&role)
                .ok_or_else(|| NotifyError::Inconsistent(format!("role {role}")))? =
                text("new_address");
            (
                "role.transferred",
                vec![
                    ("old_holder", text("old_address")),
                    ("new_holder", text("new_address")),
                    ("approver", record.roles.approver.clone()),
                    ("service_provider", record.roles.service_provider.clone()),
                ],
            )
        }
        "PaymentCredited" => ("payment.credited", vec![("recipient", text("recipient"))]),
        "MilestoneReleased" | "MilestoneSettled" => payout_notification(&roles, event, extra),
        "MilestoneUpdated" => {
            let index = p["milestone_index"].as_u64().unwrap_or(u64::MAX) as usize;
            let status = text("status");
            let before = record
                .statuses
                .get_mut(index)
                .ok_or_else(|| NotifyError::Inconsistent(format!("milestone {index}")))?;
            let previous = std::mem::replace(before, status.clone());
            let changed_by = text("changed_by");
            match (status.as_str(), payout) {
                ("ForReview", _) => ("milestone.delivered", vec![("approver", roles.approver)]),
                ("ChangesRequested", _) => (
                    "milestone.changes_requested",
                    vec![("service_provider", roles.service_provider)],
                ),
                ("Approved", _) => (
                    "milestone.approved",
                    vec![
                        ("release_signer", roles.release_signer),
                        ("service_provider", roles.service_provider),
                    ],
                ),
                ("Disputed", _) => {
                    let other = if changed_by == roles.approver {
                        ("service_provider", roles.service_provider.clone())
                    } else {
                        ("approver", roles.approver.clone())
                    };
                    (
                        "milestone.disputed",
                        vec![("dispute_resolver", roles.dispute_resolver), other],
                    )
                }
                (_, Some(payout)) => {
                    if payout.schema.name == "MilestoneReleased" {
                        // A claim is the provider's; the release signer releases an approved
                        // milestone, or approves and releases a delivery in one call (from
                        // `Approved`, both calls publish the same events: `release`).
                        let how = if changed_by == roles.service_provider {
                            "claim"
                        } else if previous == "ForReview" {
                            "approve_and_release"
                        } else {
                            "release"
                        };
                        extra.insert("how".into(), Value::from(how));
                    }
                    payout_notification(&roles, payout, extra)
                }
                (other, None) => {
                    return Err(NotifyError::Inconsistent(format!(
                        "milestone {index} became {other} without its payout event"
                    )))
                }
            }
        }
        other => return Err(NotifyError::Inconsistent(format!("event {other}"))),
    })
}

/// The type and recipients of a payout event, and the `how` of a split.
fn payout_notification(
    roles: &Roles,
    payout: &EscrowEvent,
    extra: &mut Map<String, Value>,
) -> Addressed {
    let receiver = payout.params["receiver"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let platform = payout.params["platform"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if payout.schema.name == "MilestoneSettled" {
        let how = match payout.params["kind"].as_str() {
            Some("Ruling") => "ruling",
            Some("Fallback") => "fallback",
            Some("Agreement") => "agreement",
            _ => "cancellation",
        };
        extra.insert("how".into(), Value::from(how));
        (
            "milestone.settled",
            vec![
                ("approver", roles.approver.clone()),
                ("service_provider", roles.service_provider.clone()),
                ("receiver", receiver),
                ("platform", platform),
            ],
        )
    } else {
        extra.entry("how").or_insert_with(|| Value::from("release"));
        (
            "milestone.released",
            vec![
                ("receiver", receiver),
                ("service_provider", roles.service_provider.clone()),
                ("approver", roles.approver.clone()),
                ("platform", platform),
            ],
        )
    }
}

/// Whether `event` is a milestone's `milestone_updated` to a final status.
fn is_final_update(event: &EscrowEvent) -> bool {
    event.schema.name == "MilestoneUpdated"
        && FINAL_STATUSES.contains(&event.params["status"].as_str().unwrap_or_default())
}

/// Whether `payout` is the payout event of the same milestone as the final update `update`.
fn is_payout_of(payout: &EscrowEvent, update: &EscrowEvent) -> bool {
    matches!(payout.schema.name, "MilestoneReleased" | "MilestoneSettled")
        && payout.escrow_id == update.escrow_id
        && payout.params["milestone_index"] == update.params["milestone_index"]
}

#[cfg(test)]
mod tests;
