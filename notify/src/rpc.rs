//! The RPC source: a Stellar RPC's `getEvents` pages, read with the official client
//! (`stellar-rpc-client` 28.0.0, the one stellar-cli 28.1.0 uses, on the workspace's
//! stellar-xdr 28), decoded, and cut at whole transactions before they are committed.

use std::str::FromStr;

use stellar_rpc_client::{Client, Event as RpcEvent};
use stellar_xdr::{
    HostFunction, InvokeContractArgs, InvokeHostFunctionOp, Limits, Memo, MuxedAccount, Operation,
    OperationBody, Preconditions, ReadXdr, ScAddress, ScSymbol, ScVal, SequenceNumber, Transaction,
    TransactionEnvelope, TransactionExt, TransactionV1Envelope, Uint256,
};

use crate::{
    event::{decode, DecodeError, EscrowEvent},
    notification::{EscrowRecord, Origin, Roles},
};

/// How deep an event's XDR may nest, as stellar-cli reads it.
const XDR_DEPTH_LIMIT: u32 = 500;

/// Why an event of a page could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceError {
    /// A topic or the value is not base64 XDR of an `ScVal`.
    Xdr { event_id: String },
    /// The RPC left out the transaction hash, which every stellar-rpc since protocol 21 gives.
    NoTxHash { event_id: String },
    /// The event is not one of the escrow's, or not of its declared shape.
    Decode {
        event_id: String,
        error: DecodeError,
    },
}

impl core::fmt::Display for SourceError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            SourceError::Xdr { event_id } => write!(f, "event {event_id}: malformed XDR"),
            SourceError::NoTxHash { event_id } => {
                write!(f, "event {event_id}: the RPC gave no transaction hash")
            }
            SourceError::Decode { event_id, error } => write!(f, "event {event_id}: {error}"),
        }
    }
}

impl std::error::Error for SourceError {}

/// One event of `getEvents`, with where it was published.
pub fn read_event(event: &RpcEvent) -> Result<(Origin, EscrowEvent), SourceError> {
    let xdr_error = || SourceError::Xdr {
        event_id: event.id.clone(),
    };
    let scval = |base64: &str| {
        ScVal::from_xdr_base64(base64, Limits::depth(XDR_DEPTH_LIMIT)).map_err(|_| xdr_error())
    };
    let topics = event
        .topic
        .iter()
        .map(|t| scval(t))
        .collect::<Result<Vec<_>, _>>()?;
    let value = scval(&event.value)?;
    let decoded = decode(&topics, &value).map_err(|error| SourceError::Decode {
        event_id: event.id.clone(),
        error,
    })?;
    let tx_hash = event.tx_hash.clone().ok_or_else(|| SourceError::NoTxHash {
        event_id: event.id.clone(),
    })?;
    let origin = Origin {
        contract_id: event.contract_id.clone(),
        ledger: event.ledger,
        ledger_closed_at: event.ledger_closed_at.clone(),
        tx_hash,
        event_id: event.id.clone(),
    };
    Ok((origin, decoded))
}

/// What to commit of a page of `getEvents` and where the next read starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    /// How many of the page's events, from the first, to commit now.
    pub commit: usize,
    /// The cursor of the next read: the RPC's when the whole page is committed, else the id
    /// of the last event committed.
    pub next_cursor: Option<String>,
}

/// Cuts a page at whole transactions. A page that filled its `limit` may end inside a
/// transaction: its last transaction's events are kept for the next read, which starts after
/// the last event committed. A page below the limit holds every event up to the RPC's
/// latest ledger, so it ends on a whole transaction; it is committed whole, with the RPC's
/// cursor. A full page of one transaction commits nothing: read it again with a larger
/// limit.
pub fn cut(page: &[(Origin, EscrowEvent)], limit: usize, rpc_cursor: &str) -> Cut {
    let whole = Cut {
        commit: page.len(),
        next_cursor: Some(rpc_cursor.to_string()),
    };
    let Some((last, _)) = page.last() else {
        return whole;
    };
    if page.len() < limit {
        return whole;
    }
    let commit = page
        .iter()
        .rposition(|(origin, _)| origin.tx_hash != last.tx_hash)
        .map_or(0, |position| position + 1);
    Cut {
        commit,
        next_cursor: commit
            .checked_sub(1)
            .map(|position| page[position].0.event_id.clone()),
    }
}

/// A milestone as the contract reports it: what a reconciliation compares and tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MilestoneState {
    pub status: String,
    pub approved: bool,
    /// What the contract holds for it, in base units, as a decimal string.
    pub held: String,
}

/// An escrow read from the contract: its record, and each milestone's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractEscrow {
    pub record: EscrowRecord,
    pub milestones: Vec<MilestoneState>,
}

/// Why an escrow could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The contract has no escrow with this id (`EscrowNotFound`).
    NotFound,
    /// The RPC or the answer failed; the line says how.
    Failed(String),
}

/// Reads escrow `escrow_id` of `contract_id` from the contract, by simulating `get_escrow` and
/// `get_milestones` (reads cost nothing and change nothing): its roles and each milestone's
/// status, approved flag and holding.
pub async fn read_escrow(
    client: &Client,
    contract_id: &str,
    escrow_id: u64,
) -> Result<ContractEscrow, ReadError> {
    let failed = |e: &str| ReadError::Failed(e.to_string());
    let escrow = simulate(
        client,
        contract_id,
        "get_escrow",
        vec![ScVal::U64(escrow_id)],
    )
    .await?;
    let roles = field(&escrow, "roles").ok_or(failed("get_escrow returned no roles"))?;
    let address = |name: &str| match field(roles, name) {
        Some(ScVal::Address(address)) => Ok(address.to_string()),
        _ => Err(failed(&format!("get_escrow returned no {name}"))),
    };
    let roles = Roles {
        approver: address("approver")?,
        service_provider: address("service_provider")?,
        platform: address("platform")?,
        release_signer: address("release_signer")?,
        dispute_resolver: address("dispute_resolver")?,
        receiver: address("receiver")?,
    };
    let list = simulate(
        client,
        contract_id,
        "get_milestones",
        vec![ScVal::U64(escrow_id)],
    )
    .await?;
    let ScVal::Vec(Some(list)) = list else {
        return Err(failed("get_milestones returned no list"));
    };
    let milestones = list
        .iter()
        .map(|milestone| {
            let status = match field(milestone, "status") {
                Some(ScVal::Vec(Some(case))) => match case.first() {
                    Some(ScVal::Symbol(status)) => status.to_utf8_string_lossy(),
                    _ => return Err(failed("a milestone's status is not a case")),
                },
                _ => return Err(failed("a milestone has no status")),
            };
            let approved = matches!(field(milestone, "approved"), Some(ScVal::Bool(true)));
            let held = match field(milestone, "held") {
                Some(ScVal::I128(parts)) => i128::from(parts).to_string(),
                _ => return Err(failed("a milestone has no holding")),
            };
            Ok(MilestoneState {
                status,
                approved,
                held,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let statuses = milestones.iter().map(|m| m.status.clone()).collect();
    Ok(ContractEscrow {
        record: EscrowRecord { roles, statuses },
        milestones,
    })
}

/// The value that `function(args)` of contract `contract_id` returns, simulated; a read the
/// contract refuses with `EscrowNotFound` is [`ReadError::NotFound`].
async fn simulate(
    client: &Client,
    contract_id: &str,
    function: &str,
    args: Vec<ScVal>,
) -> Result<ScVal, ReadError> {
    simulate_call(client, contract_id, function, args)
        .await
        .map_err(|error| {
            // The contract's EscrowNotFound, as the host reports a contract error.
            if error.contains("Error(Contract, #1)") {
                ReadError::NotFound
            } else {
                ReadError::Failed(error)
            }
        })
}

/// [`simulate`], its failures as one line.
async fn simulate_call(
    client: &Client,
    contract_id: &str,
    function: &str,
    args: Vec<ScVal>,
) -> Result<ScVal, String> {
    let contract = ScAddress::from_str(contract_id).map_err(|e| e.to_string())?;
    let invoke = InvokeHostFunctionOp {
        host_function: HostFunction::InvokeContract(InvokeContractArgs {
            contract_address: contract,
            function_name: ScSymbol(function.try_into().map_err(|_| "a function name")?),
            args: args.try_into().map_err(|_| "few arguments")?,
        }),
        auth: Default::default(),
    };
    // A read needs no real source account: simulation neither checks nor charges it.
    let envelope = TransactionEnvelope::Tx(TransactionV1Envelope {
        tx: Transaction {
            source_account: MuxedAccount::Ed25519(Uint256([0; 32])),
            fee: 100,
            seq_num: SequenceNumber(0),
            cond: Preconditions::None,
            memo: Memo::None,
            operations: vec![Operation {
                source_account: None,
                body: OperationBody::InvokeHostFunction(invoke),
            }]
            .try_into()
            .map_err(|_| "one operation")?,
            ext: TransactionExt::V0,
        },
        signatures: Default::default(),
    });
    let simulated = client
        .simulate_transaction_envelope(&envelope, None)
        .await
        .map_err(|e| format!("simulating {function}: {e}"))?;
    if let Some(error) = simulated.error {
        return Err(format!("simulating {function}: {error}"));
    }
    let result = simulated
        .results
        .first()
        .ok_or_else(|| format!("simulating {function}: no result"))?;
    ScVal::from_xdr_base64(&result.xdr, Limits::depth(XDR_DEPTH_LIMIT))
        .map_err(|_| format!("simulating {function}: malformed XDR"))
}

/// The field `name` of a contract type returned as a map.
fn field<'a>(value: &'a ScVal, name: &str) -> Option<&'a ScVal> {
    let ScVal::Map(Some(map)) = value else {
        return None;
    };
    map.iter()
        .find(|e| matches!(&e.key, ScVal::Symbol(s) if s.as_vec() == name.as_bytes()))
        .map(|e| &e.val)
}

#[cfg(test)]
mod tests;
