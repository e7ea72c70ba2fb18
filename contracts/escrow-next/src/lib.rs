//! Test-only: the escrow contract (interface v2, every entry point of the `escrow` crate) plus
//! one entry point, `version`, built to its own wasm by `make build`
//! (`stellar contract build --package escrow-next`, next to `escrow.wasm`, as
//! `escrow_next.wasm`). `integration-tests/tests/upgrade.rs` upgrades the shipped escrow to this
//! code and checks that every escrow, milestone, credit and balance survives and keeps working,
//! and that the new entry point runs on the old state.
#![no_std]

// The escrow's entry points are exported from this wasm because the crate is linked in.
pub use escrow;

use soroban_sdk::{contract, contractimpl, Env};

/// The added code.
#[contract]
pub struct EscrowNext;

#[contractimpl]
impl EscrowNext {
    /// The code version: 2 for this build (the shipped build has no such entry point).
    pub fn version(_env: Env) -> u32 {
        2
    }
}
