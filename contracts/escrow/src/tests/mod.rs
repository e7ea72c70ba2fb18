//! Tests of every entry point on the real Soroban host, with the contract compiled natively
//! (the lifecycle also runs on the shipped wasm in `integration-tests`).

mod accounts;
mod admin;
mod amend;
mod auth;
mod batch;
mod cancel;
mod claim;
mod create;
mod credits;
mod expire;
mod flow;
mod fund;
mod keys;
mod known_limits;
mod payout;
mod roles;
mod settle;
mod smoke;
mod support;
mod ttl;

extern crate std;

use soroban_sdk::{testutils::Events as _, xdr, Address, Event};

use crate::testutils::Fixture;

/// The events the last call published from the escrow contract, in their XDR form.
fn contract_events(f: &Fixture) -> std::vec::Vec<xdr::ContractEvent> {
    f.env
        .events()
        .all()
        .filter_by_contract(&f.contract)
        .events()
        .to_vec()
}

/// `events`, as the escrow contract `contract` would publish them.
fn as_published(
    f: &Fixture,
    contract: &Address,
    events: &[&dyn Event],
) -> std::vec::Vec<xdr::ContractEvent> {
    events.iter().map(|e| e.to_xdr(&f.env, contract)).collect()
}
