//! The floor of a milestone status change, for the benchmarks (`make bench`): a reference
//! contract that does only what the change inherently needs, so that the escrow's cost can be
//! read as a multiple of it. Not deployed anywhere.
//!
//! `change_milestone_status` reads the stored service provider and `require_auth`s it, reads
//! the milestone, writes it back with the new status, evidence and notes, and publishes one
//! event carrying the same data. No state machine, no input checks, no time-to-live upkeep:
//! every one of those is something the escrow pays for on top of the floor.
#![no_std]

use soroban_sdk::{contract, contractevent, contractimpl, contracttype, Address, Env, String};

/// One persistent entry per provider and per milestone, as the escrow splits its storage.
#[contracttype]
enum Key {
    Provider(u64),
    Milestone(u64, u32),
}

/// A milestone's state: the fields of the spec's `Milestone` that are stored (`approved`
/// follows from the status), as a tuple so no field names are written.
#[contracttype]
struct MilestoneState(String, i128, u32, Option<String>, Option<String>, u64);

/// The milestone-update event, with the same data as the escrow's.
#[contractevent(topics = ["milestone_updated"])]
struct MilestoneUpdated {
    #[topic]
    escrow_id: u64,
    milestone_index: u32,
    status: u32,
    approved: bool,
    evidence: Option<String>,
    notes: Option<String>,
    changed_by: Address,
}

/// The reference contract.
#[contract]
pub struct Floor;

#[contractimpl]
impl Floor {
    /// Stores `provider` and `count` pending milestones (each with `description` and `amount`)
    /// for `escrow_id`. Setup only; not measured.
    pub fn setup(
        env: Env,
        escrow_id: u64,
        provider: Address,
        count: u32,
        description: String,
        amount: i128,
    ) {
        let storage = env.storage().persistent();
        storage.set(&Key::Provider(escrow_id), &provider);
        for index in 0..count {
            let state = MilestoneState(description.clone(), amount, 0, None, None, 0);
            storage.set(&Key::Milestone(escrow_id, index), &state);
        }
    }

    /// The measured call: a status change with evidence and notes, signed by the provider.
    pub fn change_milestone_status(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        new_status: u32,
        evidence: Option<String>,
        notes: Option<String>,
    ) {
        let storage = env.storage().persistent();
        let provider: Address = storage.get(&Key::Provider(escrow_id)).unwrap();
        provider.require_auth();
        let key = Key::Milestone(escrow_id, milestone_index);
        let mut state: MilestoneState = storage.get(&key).unwrap();
        state.2 = new_status;
        state.3 = evidence.clone();
        state.4 = notes.clone();
        state.5 = env.ledger().timestamp();
        storage.set(&key, &state);
        MilestoneUpdated {
            escrow_id,
            milestone_index,
            status: new_status,
            approved: false,
            evidence,
            notes,
            changed_by: provider,
        }
        .publish(&env);
    }
}
