//! The escrow contract's events, decoded from the XDR an RPC's `getEvents` returns (a list of
//! topics and a value, each an `ScVal`) against the schema the contract declares for them.
//!
//! Every event is a map of named fields (`#[contractevent(sparse = false)]`, every field
//! present) after one or two topics: its name, then the escrow id, or the recipient for
//! `withdrawn`. An event whose name, topics or fields do not match its schema is refused with
//! the reason, never half read. Values come out as JSON, in the form stellar-cli's
//! `stellar events --output json` prints them: numbers for `u32` and `u64`, decimal strings for
//! amounts, strkeys for addresses, names for enum cases, `null` for an absent text.

use serde_json::{Map, Value};
use stellar_xdr::{ScMapEntry, ScVal};

/// The type of one field of an event, as the contract's spec declares it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// An account or contract address, as a strkey (`G…` or `C…`).
    Address,
    /// A `u32`.
    U32,
    /// A `u64`: an escrow id or a time in seconds.
    U64,
    /// An amount in the token's base units (`i128`), as a decimal string.
    I128,
    /// A `bool`.
    Bool,
    /// An optional text (`Option<String>`): the text, or `null`.
    OptionalText,
    /// A text (`String`).
    Text,
    /// A case of an enum of unit variants (`MilestoneStatus`, `Role`, `SettlementKind`), with
    /// the cases it may take.
    Enum(&'static [&'static str]),
    /// 32 bytes (`BytesN<32>`, a wasm hash), as lowercase hex.
    Hash,
}

/// The cases of `MilestoneStatus`.
pub const MILESTONE_STATUSES: &[&str] = &[
    "Pending",
    "ForReview",
    "ChangesRequested",
    "Approved",
    "Disputed",
    "Released",
    "Resolved",
    "Cancelled",
];
/// The cases of `Role`.
pub const ROLES: &[&str] = &[
    "Approver",
    "ServiceProvider",
    "Platform",
    "ReleaseSigner",
    "DisputeResolver",
    "Receiver",
];
/// The cases of `SettlementKind`.
pub const SETTLEMENT_KINDS: &[&str] = &["Ruling", "Fallback", "Agreement", "Cancellation"];

/// What an event's second topic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `escrow_id` (`u64`): an event of one escrow.
    Escrow,
    /// `recipient` (an address): `withdrawn`, which belongs to no escrow.
    Recipient,
    /// No second topic: an event of the contract as a whole.
    Contract,
}

/// The declared shape of one of the contract's events.
#[derive(Debug, PartialEq, Eq)]
pub struct EventSchema {
    /// The event's name in the contract's spec (`MilestoneUpdated`).
    pub name: &'static str,
    /// Its first topic, a symbol (`milestone_updated`).
    pub topic: &'static str,
    /// What its second topic is.
    pub scope: Scope,
    /// The fields of its data map, in the order the contract declares them.
    pub fields: &'static [(&'static str, FieldType)],
}

use FieldType::*;

/// Every event the escrow contract publishes (`contracts/escrow/src/events.rs`); a test holds
/// this table to the shipped wasm's spec.
pub const SCHEMAS: &[EventSchema] = &[
    EventSchema {
        name: "EscrowCreated",
        topic: "escrow_created",
        scope: Scope::Escrow,
        fields: &[
            ("platform", Address),
            ("approver", Address),
            ("service_provider", Address),
            ("release_signer", Address),
            ("dispute_resolver", Address),
            ("receiver", Address),
            ("token", Address),
            ("platform_fee_bps", U32),
            ("review_period", U64),
            ("resolution_period", U64),
            ("fallback_receiver_bps", U32),
            ("total_amount", I128),
            ("milestone_count", U32),
        ],
    },
    EventSchema {
        name: "EscrowFunded",
        topic: "escrow_funded",
        scope: Scope::Escrow,
        fields: &[("funder", Address), ("amount", I128), ("funded", I128)],
    },
    EventSchema {
        name: "MilestoneUpdated",
        topic: "milestone_updated",
        scope: Scope::Escrow,
        fields: &[
            ("milestone_index", U32),
            ("status", Enum(MILESTONE_STATUSES)),
            ("approved", Bool),
            ("evidence", OptionalText),
            ("notes", OptionalText),
            ("changed_by", Address),
        ],
    },
    EventSchema {
        name: "MilestoneReleased",
        topic: "milestone_released",
        scope: Scope::Escrow,
        fields: &[
            ("milestone_index", U32),
            ("receiver", Address),
            ("paid_to_receiver", I128),
            ("platform", Address),
            ("platform_fee", I128),
        ],
    },
    EventSchema {
        name: "MilestoneSettled",
        topic: "milestone_settled",
        scope: Scope::Escrow,
        fields: &[
            ("milestone_index", U32),
            ("receiver", Address),
            ("paid_to_receiver", I128),
            ("platform", Address),
            ("platform_fee", I128),
            ("approver", Address),
            ("refunded_to_approver", I128),
            ("kind", Enum(SETTLEMENT_KINDS)),
        ],
    },
    EventSchema {
        name: "MilestonesAdded",
        topic: "milestones_added",
        scope: Scope::Escrow,
        fields: &[("first_index", U32), ("count", U32)],
    },
    EventSchema {
        name: "RoleTransferred",
        topic: "role_transferred",
        scope: Scope::Escrow,
        fields: &[
            ("role", Enum(ROLES)),
            ("old_address", Address),
            ("new_address", Address),
        ],
    },
    EventSchema {
        name: "PaymentCredited",
        topic: "payment_credited",
        scope: Scope::Escrow,
        fields: &[("recipient", Address), ("token", Address), ("amount", I128)],
    },
    EventSchema {
        name: "Withdrawn",
        topic: "withdrawn",
        scope: Scope::Recipient,
        fields: &[("token", Address), ("amount", I128)],
    },
    EventSchema {
        name: "ContractUpgraded",
        topic: "contract_upgraded",
        scope: Scope::Contract,
        fields: &[("new_wasm_hash", Hash)],
    },
    EventSchema {
        name: "AdminChanged",
        topic: "admin_changed",
        scope: Scope::Contract,
        fields: &[("old_admin", Address), ("new_admin", Address)],
    },
];

/// One event of the escrow contract, decoded and checked against its schema.
#[derive(Clone, Debug, PartialEq)]
pub struct EscrowEvent {
    /// The event's schema.
    pub schema: &'static EventSchema,
    /// The escrow it belongs to, for an event of one escrow.
    pub escrow_id: Option<u64>,
    /// Every parameter by name, the topic after the name (`escrow_id` or `recipient`)
    /// first, then the data's fields in declared order: `params` of `stellar events`.
    pub params: Map<String, Value>,
}

/// Why an event could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The first topic is not the symbol of an escrow event (another contract's event, or one
    /// a later version of the contract added).
    UnknownEvent(String),
    /// The topics are not the ones the event's schema declares.
    Topics(&'static str),
    /// The data is not a map of exactly the declared fields.
    Fields(&'static str),
    /// A field's value is not of its declared type.
    Field {
        /// The event.
        event: &'static str,
        /// The field.
        field: &'static str,
    },
}

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            DecodeError::UnknownEvent(name) => write!(f, "not an escrow event: {name}"),
            DecodeError::Topics(event) => write!(f, "{event}: unexpected topics"),
            DecodeError::Fields(event) => {
                write!(f, "{event}: the data is not a map of the declared fields")
            }
            DecodeError::Field { event, field } => {
                write!(f, "{event}: field {field} is not of its declared type")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes one event of the escrow contract from its `topics` and its `data`.
pub fn decode(topics: &[ScVal], data: &ScVal) -> Result<EscrowEvent, DecodeError> {
    let name = match topics.first() {
        Some(ScVal::Symbol(symbol)) => symbol.to_utf8_string_lossy(),
        other => return Err(DecodeError::UnknownEvent(format!("{other:?}"))),
    };
    let schema = SCHEMAS
        .iter()
        .find(|s| s.topic == name)
        .ok_or(DecodeError::UnknownEvent(name))?;
    let mut params = Map::new();
    let mut escrow_id = None;
    match (schema.scope, &topics[1..]) {
        (Scope::Escrow, [ScVal::U64(id)]) => {
            escrow_id = Some(*id);
            params.insert("escrow_id".into(), Value::from(*id));
        }
        (Scope::Recipient, [recipient @ ScVal::Address(_)]) => {
            let value = value_of(recipient, Address).ok_or(DecodeError::Topics(schema.name))?;
            params.insert("recipient".into(), value);
        }
        (Scope::Contract, []) => {}
        _ => return Err(DecodeError::Topics(schema.name)),
    }
    let entries: &[ScMapEntry] = match data {
        ScVal::Map(Some(map)) if map.len() == schema.fields.len() => map,
        _ => return Err(DecodeError::Fields(schema.name)),
    };
    for &(field, field_type) in schema.fields {
        let entry = entries
            .iter()
            .find(|e| matches!(&e.key, ScVal::Symbol(s) if s.as_vec() == field.as_bytes()))
            .ok_or(DecodeError::Fields(schema.name))?;
        let value = value_of(&entry.val, field_type).ok_or(DecodeError::Field {
            event: schema.name,
            field,
        })?;
        params.insert(field.into(), value);
    }
    Ok(EscrowEvent {
        schema,
        escrow_id,
        params,
    })
}

/// `value` as JSON, if it is of type `field_type`.
fn value_of(value: &ScVal, field_type: FieldType) -> Option<Value> {
    Some(match (field_type, value) {
        (Address, ScVal::Address(address)) => Value::from(address.to_string()),
        (U32, ScVal::U32(n)) => Value::from(*n),
        (U64, ScVal::U64(n)) => Value::from(*n),
        (I128, ScVal::I128(parts)) => Value::from(i128::from(parts).to_string()),
        (Bool, ScVal::Bool(b)) => Value::from(*b),
        (OptionalText, ScVal::Void) => Value::Null,
        (OptionalText | Text, ScVal::String(text)) => {
            Value::from(std::str::from_utf8(text.as_vec()).ok()?)
        }
        (Enum(cases), ScVal::Vec(Some(items))) => match items.as_slice() {
            [ScVal::Symbol(case)] => {
                let case = std::str::from_utf8(case.as_vec()).ok()?;
                Value::from(*cases.iter().find(|c| **c == case)?)
            }
            _ => return None,
        },
        (Hash, ScVal::Bytes(bytes)) if bytes.len() == 32 => {
            Value::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
