//! Milestone escrow for Stellar marketplaces.
//!
//! A platform creates an escrow for a client (the approver) and a service provider; the client
//! funds it; the provider marks milestones done; the client approves, asks for changes or
//! disputes; the release signer pays approved milestones out; a neutral dispute resolver splits
//! disputed ones. Every wait has a clock agreed at creation, so no silent party can lock funds,
//! and a payout the token refuses is credited, so no recipient can block one. The public
//! interface is fixed by `SPEC.md`; see the README for the lifecycle.
//!
//! Modules: [`types`] (the interface's data), [`errors`], [`events`], [`lifecycle`] (status
//! rules with their clocks, and input checks), `accounts` (what each milestone holds),
//! [`payout`] (fee and split arithmetic, token transfers and credits), `storage` (keys,
//! encoding, time to live) and `contract` (the entry points).
#![no_std]

mod accounts;
mod contract;
pub mod errors;
pub mod events;
pub mod lifecycle;
pub mod payout;
mod storage;
pub mod types;

#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "testutils"))]
pub mod testutils;

pub use contract::{EscrowContract, EscrowContractClient};
pub use errors::Error;
pub use events::{
    AdminChanged, ContractUpgraded, EscrowCreated, EscrowFunded, MilestoneReleased,
    MilestoneSettled, MilestoneUpdated, MilestonesAdded, PaymentCredited, RoleTransferred,
    Withdrawn,
};
pub use lifecycle::{MAX_ADD_BATCH, MAX_MILESTONES, MAX_RELEASE_BATCH};
pub use storage::{TTL_EXTEND_TO, TTL_THRESHOLD};
pub use types::{
    Escrow, Milestone, MilestoneStatus, NewEscrow, NewMilestone, Role, Roles, SettlementKind,
};

soroban_sdk::contractmeta!(
    key = "Description",
    val = "Milestone escrow for Stellar marketplaces: a client funds, a service provider delivers milestone by milestone, approved work is paid out, and a neutral resolver splits disputes. Every wait has a clock agreed at creation, and a payout the token refuses is credited for withdrawal, so no silent party and no account that cannot receive can lock funds."
);
// contractmeta! takes only literals: `integration-tests/tests/self_describing.rs` checks that
// these match the crate version and repository in Cargo.toml.
soroban_sdk::contractmeta!(key = "version", val = "0.3.0");
// SEP-55 form, read by `stellar contract info build`.
soroban_sdk::contractmeta!(
    key = "source_repo",
    val = "github:milestone-escrow/milestone-escrow"
);
