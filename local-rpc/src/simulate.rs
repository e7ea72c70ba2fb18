//! `simulateTransaction` of a contract call, as stellar-rpc simulates it: the host's recording
//! mode (`soroban_env_host::e2e_invoke::invoke_host_function_in_recording_mode`, the function
//! stellar-rpc's simulation library calls) against the ledger state the driver left, which
//! records the footprint and the signatures instead of checking them and changes nothing.

use std::rc::Rc;

use serde_json::{json, Value};
use soroban_env_host::{
    budget::Budget,
    e2e_invoke::{invoke_host_function_in_recording_mode, RecordingInvocationAuthMode},
};
use soroban_ledger_snapshot::LedgerSnapshot;
use stellar_xdr::{
    Limits, MuxedAccount, OperationBody, ReadXdr, SorobanTransactionData,
    SorobanTransactionDataExt, TransactionEnvelope, WriteXdr,
};

use crate::chain::{RpcError, INVALID_PARAMS};

/// Simulates the one `InvokeHostFunction` operation of `params.transaction` against `state`.
/// A call the contract or the host refuses is a simulation result with `error`, as
/// stellar-rpc answers it, not a JSON-RPC error.
pub fn simulate(
    state: &LedgerSnapshot,
    latest_ledger: u32,
    params: &Value,
) -> Result<Value, RpcError> {
    let invalid = |message: &str| RpcError {
        code: INVALID_PARAMS,
        message: message.into(),
    };
    let transaction = params["transaction"]
        .as_str()
        .ok_or_else(|| invalid("transaction is required"))?;
    let envelope = TransactionEnvelope::from_xdr_base64(transaction, Limits::none())
        .map_err(|_| invalid("could not unmarshal transaction"))?;
    let TransactionEnvelope::Tx(envelope) = envelope else {
        return Err(invalid("only a v1 transaction envelope is supported"));
    };
    let operations = envelope.tx.operations.to_vec();
    let [operation] = operations.as_slice() else {
        return Err(invalid("a transaction must contain exactly one operation"));
    };
    let OperationBody::InvokeHostFunction(invoke) = &operation.body else {
        return Err(invalid(
            "the operation is not an invocation of a host function",
        ));
    };
    let source = match operation
        .source_account
        .as_ref()
        .unwrap_or(&envelope.tx.source_account)
    {
        MuxedAccount::Ed25519(key) => {
            stellar_xdr::AccountId(stellar_xdr::PublicKey::PublicKeyTypeEd25519(key.clone()))
        }
        MuxedAccount::MuxedEd25519(muxed) => stellar_xdr::AccountId(
            stellar_xdr::PublicKey::PublicKeyTypeEd25519(muxed.ed25519.clone()),
        ),
    };
    let mut diagnostics = Vec::new();
    let result = invoke_host_function_in_recording_mode(
        &Budget::default(),
        false,
        &invoke.host_function,
        &source,
        RecordingInvocationAuthMode::recording(false, false),
        state.ledger_info(),
        Rc::new(state.clone()),
        [0; 32],
        &mut diagnostics,
    );
    let result = match result {
        Ok(result) => result,
        Err(error) => {
            return Ok(json!({ "error": format!("{error:?}"), "latestLedger": latest_ledger }))
        }
    };
    let value = match result.invoke_result {
        Ok(value) => value,
        Err(error) => {
            return Ok(
                json!({ "error": format!("HostError: {:?}", error.error), "latestLedger": latest_ledger }),
            )
        }
    };
    let base64 = |xdr: Result<String, stellar_xdr::Error>| xdr.expect("simulation output encodes");
    let data = SorobanTransactionData {
        ext: SorobanTransactionDataExt::V0,
        resources: result.resources,
        resource_fee: 0,
    };
    let auth: Vec<String> = result
        .auth
        .iter()
        .map(|entry| base64(entry.to_xdr_base64(Limits::none())))
        .collect();
    Ok(json!({
        "transactionData": base64(data.to_xdr_base64(Limits::none())),
        "minResourceFee": "0",
        "events": [],
        "results": [{ "auth": auth, "xdr": base64(value.to_xdr_base64(Limits::none())) }],
        "cost": { "cpuInsns": "0", "memBytes": "0" },
        "latestLedger": latest_ledger,
    }))
}
