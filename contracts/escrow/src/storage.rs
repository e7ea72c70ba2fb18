//! Storage layout, encoding and time to live. The only module that touches storage.
//!
//! | key (as stored) | kind | holds | written by |
//! |---|---|---|---|
//! | `Admin` (symbol) | instance | the admin address | constructor |
//! | `LastId` (symbol) | instance | id of the newest escrow (0 before the first) | `create_escrow` |
//! | `id` (`u64`) | persistent | parties, token, fee, totals and text of one escrow | `create_escrow`, `fund_escrow`, `release_milestone`, `resolve_dispute` |
//! | `id << 32 \| index` (`u128`) | persistent | one milestone | `create_escrow` and every status change of that milestone |
//!
//! A status change therefore reads one escrow entry and reads and writes one milestone entry,
//! whatever the number of milestones or escrows. Entries are stored as vectors, not maps, and
//! keys as bare numbers of two different types, not enum variants: field names would cost about
//! 100 bytes per milestone and 330 per escrow on every write, and a `Milestone(id, index)` key
//! 36 bytes more per milestone entry. A status is stored as its code (`MilestoneStatus::code`).
//! `make bench` measures what each choice saves.
//!
//! Time to live: every mutating call extends the entries it reads or writes, and the contract
//! instance and code, to [`TTL_EXTEND_TO`] (120 days) whenever their time to live is below
//! [`TTL_THRESHOLD`] (60 days). Milestones a call does not touch pay no rent; `extend_ttl`
//! keeps an idle escrow alive. Reading an archived entry fails the call (the host refuses it
//! until it is restored); it is never taken for a missing one.

use soroban_sdk::{
    contracttype, symbol_short,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, Env, EnvBase, IntoVal, String, Symbol, TryFromVal, Val, Vec,
};

use crate::{
    errors::Error,
    lifecycle::MAX_MILESTONES,
    types::{Escrow, Milestone, MilestoneStatus, Roles},
};

/// Ledgers in one day, at five seconds a ledger.
pub const DAY_IN_LEDGERS: u32 = 17_280;
/// What mutating calls extend entries to: 120 days.
pub const TTL_EXTEND_TO: u32 = 120 * DAY_IN_LEDGERS;
/// Below this time to live (60 days), a mutating call extends an entry it touches. An entry
/// a call touched therefore stays live for at least 60 days after it.
pub const TTL_THRESHOLD: u32 = 60 * DAY_IN_LEDGERS;
/// Asks for far more than any network allows (about 158 years): the host clamps a persistent
/// extension to the network's maximum. Saves reading the ledger sequence and the maximum.
const EXTEND_TO_NETWORK_MAXIMUM: u32 = 1_000_000_000;

/// Instance storage key of the admin.
const ADMIN: Symbol = symbol_short!("Admin");
/// Instance storage key of the last escrow id handed out.
const LAST_ESCROW_ID: Symbol = symbol_short!("LastId");

/// Persistent key of escrow `id`: the id itself, an `ScVal::U64` (12 bytes).
fn escrow_key(id: u64) -> u64 {
    id
}

/// Persistent key of milestone `index` of escrow `id`: `id << 32 | index`, an `ScVal::U128`
/// (20 bytes). Unique for every pair, and of another type than escrow keys, so the two never
/// collide. A `Milestone(id, index)` enum key would take 56 bytes in every milestone entry and
/// an `(id, index)` tuple 32, and both cost more instructions to build at every access.
fn milestone_key(id: u64, index: u32) -> u128 {
    (id as u128) << 32 | index as u128
}

/// An [`Escrow`] as stored: the same fields in the same order, roles flattened, without `id`
/// (it is in the key).
#[contracttype]
#[derive(Clone)]
struct EscrowEntry(
    Address, // roles.approver
    Address, // roles.service_provider
    Address, // roles.platform
    Address, // roles.release_signer
    Address, // roles.dispute_resolver
    Address, // roles.receiver
    Address, // token
    u32,     // platform_fee_bps
    u32,     // milestone_count
    i128,    // total_amount
    i128,    // funded
    i128,    // paid_out
    String,  // engagement_id
    String,  // title
    String,  // description
);

/// A [`Milestone`] as stored: the same fields in the same order, without `approved` (the
/// status determines it).
#[contracttype]
#[derive(Clone)]
struct MilestoneEntry(
    String,         // description
    i128,           // amount
    u32,            // status, as `MilestoneStatus::code`
    Option<String>, // evidence
    Option<String>, // notes
    u64,            // updated_at
);

/// Stores the admin; called once, by the constructor.
pub fn set_admin(env: &Env, admin: &Address) {
    env.storage().instance().set(&ADMIN, admin);
}

/// The admin set by the constructor.
pub fn admin(env: &Env) -> Address {
    // The constructor always sets it: a contract without an admin cannot exist.
    env.storage().instance().get(&ADMIN).unwrap_optimized()
}

/// Hands out the next escrow id (1, 2, 3, …).
///
/// The counter lives in the instance, which every mutating call keeps alive, rather than in a
/// persistent entry of its own: that would save a creation about 100 bytes of writes, but it
/// would archive whenever no escrow is created for 120 days.
pub fn next_escrow_id(env: &Env) -> u64 {
    let instance = env.storage().instance();
    let last: u64 = instance.get(&LAST_ESCROW_ID).unwrap_or(0);
    // 2^64 escrows cannot be created: each one costs a transaction.
    let id = last + 1;
    instance.set(&LAST_ESCROW_ID, &id);
    id
}

/// Reads an escrow, or `EscrowNotFound`. Extends nothing: for read-only calls.
pub fn escrow(env: &Env, escrow_id: u64) -> Result<Escrow, Error> {
    let entry: EscrowEntry = env
        .storage()
        .persistent()
        .get(&escrow_key(escrow_id))
        .ok_or(Error::EscrowNotFound)?;
    let EscrowEntry(
        approver,
        service_provider,
        platform,
        release_signer,
        dispute_resolver,
        receiver,
        token,
        platform_fee_bps,
        milestone_count,
        total_amount,
        funded,
        paid_out,
        engagement_id,
        title,
        description,
    ) = entry;
    Ok(Escrow {
        id: escrow_id,
        engagement_id,
        title,
        description,
        roles: Roles {
            approver,
            service_provider,
            platform,
            release_signer,
            dispute_resolver,
            receiver,
        },
        token,
        platform_fee_bps,
        milestone_count,
        total_amount,
        funded,
        paid_out,
    })
}

/// Reads an escrow for a mutating call, or `EscrowNotFound`, and keeps it and the contract
/// alive: extends the escrow entry, the instance and the code when below the threshold.
pub fn open_escrow(env: &Env, escrow_id: u64) -> Result<Escrow, Error> {
    let escrow = escrow(env, escrow_id)?;
    keep_alive(env, escrow_id);
    Ok(escrow)
}

/// The two parties who act on milestones, as a status change needs them.
pub struct Parties {
    pub approver: Address,
    pub service_provider: Address,
}

/// Reads the approver and service provider of an escrow for a status change, or
/// `EscrowNotFound`, and keeps the escrow and the contract alive as [`open_escrow`] does.
///
/// Decodes only those two addresses of the stored entry: a status change needs nothing else,
/// and decoding the whole escrow would cost it about 3 % more instructions.
pub fn open_escrow_parties(env: &Env, escrow_id: u64) -> Result<Parties, Error> {
    let entry: Vec<Val> = env
        .storage()
        .persistent()
        .get(&escrow_key(escrow_id))
        .ok_or(Error::EscrowNotFound)?;
    keep_alive(env, escrow_id);
    // Positions 0 and 1 of `EscrowEntry`; every stored escrow has all its fields.
    let party = |position| Address::try_from_val(env, &entry.get_unchecked(position));
    Ok(Parties {
        approver: party(0).unwrap_optimized(),
        service_provider: party(1).unwrap_optimized(),
    })
}

/// Extends escrow `escrow_id`'s entry, the instance and the code when below the threshold.
fn keep_alive(env: &Env, escrow_id: u64) {
    extend(env, &escrow_key(escrow_id));
    env.storage()
        .instance()
        .extend_ttl(TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Writes an escrow (its time to live is kept by [`open_escrow`] or [`create_escrow`]).
pub fn save_escrow(env: &Env, escrow: &Escrow) {
    let roles = escrow.roles.clone();
    let entry = EscrowEntry(
        roles.approver,
        roles.service_provider,
        roles.platform,
        roles.release_signer,
        roles.dispute_resolver,
        roles.receiver,
        escrow.token.clone(),
        escrow.platform_fee_bps,
        escrow.milestone_count,
        escrow.total_amount,
        escrow.funded,
        escrow.paid_out,
        escrow.engagement_id.clone(),
        escrow.title.clone(),
        escrow.description.clone(),
    );
    env.storage()
        .persistent()
        .set(&escrow_key(escrow.id), &entry);
}

/// Writes a new escrow and extends it and the instance.
pub fn create_escrow(env: &Env, escrow: &Escrow) {
    save_escrow(env, escrow);
    extend(env, &escrow_key(escrow.id));
    env.storage()
        .instance()
        .extend_ttl(TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Reads one milestone, or `MilestoneNotFound`.
pub fn milestone(env: &Env, escrow_id: u64, index: u32) -> Result<Milestone, Error> {
    let MilestoneEntry(description, amount, status, evidence, notes, updated_at) = env
        .storage()
        .persistent()
        .get(&milestone_key(escrow_id, index))
        .ok_or(Error::MilestoneNotFound)?;
    let status = MilestoneStatus::from_code(status);
    Ok(Milestone {
        description,
        amount,
        status,
        approved: Milestone::is_approved(status),
        evidence,
        notes,
        updated_at,
    })
}

/// Every milestone of an escrow, in index order.
///
/// Built in one host call from a buffer rather than pushed one by one: the contract then needs
/// neither `vec_new` nor `vec_push_back`, and every call of every entry point is cheaper by
/// the two host-function imports the VM no longer links (about 6 500 instructions each).
pub fn milestones(env: &Env, escrow: &Escrow) -> Vec<Milestone> {
    let mut buffer = [Val::VOID.to_val(); MAX_MILESTONES as usize];
    // milestone_count ≤ MAX_MILESTONES, checked by create_escrow.
    let all = buffer
        .get_mut(..escrow.milestone_count as usize)
        .unwrap_optimized();
    for (index, slot) in all.iter_mut().enumerate() {
        // Every index below milestone_count was written by create_escrow.
        *slot = milestone(env, escrow.id, index as u32)
            .unwrap_optimized()
            .into_val(env);
    }
    let vec = env.vec_new_from_slice(all).unwrap_infallible();
    Vec::try_from_val(env, &vec.to_val()).unwrap_optimized()
}

/// Writes one milestone and extends it. `approved` is not stored: the status determines it.
pub fn save_milestone(env: &Env, escrow_id: u64, index: u32, milestone: &Milestone) {
    let key = milestone_key(escrow_id, index);
    let entry = MilestoneEntry(
        milestone.description.clone(),
        milestone.amount,
        milestone.status.code(),
        milestone.evidence.clone(),
        milestone.notes.clone(),
        milestone.updated_at,
    );
    env.storage().persistent().set(&key, &entry);
    extend(env, &key);
}

/// Extends every entry of an escrow, and the instance and code, to the network's maximum time
/// to live. `EscrowNotFound` if there is no such escrow.
pub fn extend_escrow_to_max(env: &Env, escrow_id: u64) -> Result<(), Error> {
    let escrow = escrow(env, escrow_id)?;
    let max = EXTEND_TO_NETWORK_MAXIMUM;
    let persistent = env.storage().persistent();
    persistent.extend_ttl(&escrow_key(escrow_id), max, max);
    for index in 0..escrow.milestone_count {
        persistent.extend_ttl(&milestone_key(escrow_id, index), max, max);
    }
    env.storage().instance().extend_ttl(max, max);
    Ok(())
}

fn extend<K: IntoVal<Env, Val>>(env: &Env, key: &K) {
    env.storage()
        .persistent()
        .extend_ttl(key, TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Time to live, in ledgers, of an escrow's entry and of one of its milestones (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn ttls(env: &Env, escrow_id: u64, index: u32) -> (u32, u32) {
    use soroban_sdk::testutils::storage::Persistent as _;
    let persistent = env.storage().persistent();
    (
        persistent.get_ttl(&escrow_key(escrow_id)),
        persistent.get_ttl(&milestone_key(escrow_id, index)),
    )
}
