//! The floor of a milestone status change, for the benchmarks (`make bench`): a reference
//! contract that does only what the change inherently needs, so that the escrow's cost can be
//! read as a multiple of it. Not deployed anywhere.
//!
//! A milestone is two entries: its terms (description, amount), which a status change never
//! touches, and its progress (status, evidence, notes, time), which it rewrites.
//! `change_milestone_status` reads the stored service provider and `require_auth`s it, reads
//! the milestone's progress, writes it back with the new status, evidence, notes and time, and
//! publishes one event carrying the same data. No state machine, no input checks, no
//! time-to-live upkeep: every one of those is something the escrow pays for on top of the
//! floor.
#![no_std]

use soroban_sdk::{contract, contractevent, contractimpl, contracttype, Address, Env, String};

/// One persistent entry per provider, and two per milestone, as the escrow splits its storage.
#[contracttype]
enum Key {
    Provider(u64),
    Terms(u64, u32),
    Progress(u64, u32),
}

/// A milestone's terms, fixed at creation, as a tuple so no field names are written.
#[contracttype]
struct MilestoneTerms(String, i128);

/// A milestone's progress: status, evidence, notes, time of the last change (`approved`
/// follows from the status).
#[contracttype]
struct MilestoneProgress(u32, Option<String>, Option<String>, u64);

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
            let terms = MilestoneTerms(description.clone(), amount);
            storage.set(&Key::Terms(escrow_id, index), &terms);
            let progress = MilestoneProgress(0, None, None, 0);
            storage.set(&Key::Progress(escrow_id, index), &progress);
        }
    }

    /// The measured call: a status change with evidence and notes, signed by the provider. It
    /// rewrites the milestone's progress entry only.
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
        let key = Key::Progress(escrow_id, milestone_index);
        let mut progress: MilestoneProgress = storage.get(&key).unwrap();
        progress.0 = new_status;
        progress.1 = evidence.clone();
        progress.2 = notes.clone();
        progress.3 = env.ledger().timestamp();
        storage.set(&key, &progress);
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
