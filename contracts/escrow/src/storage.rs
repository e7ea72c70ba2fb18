//! Storage layout, encoding and time to live. The only module that touches storage.
//!
//! | key (as stored) | kind | holds | written by |
//! |---|---|---|---|
//! | `Admin` (symbol) | instance | the admin | constructor, `set_admin` |
//! | `LastId` (symbol) | persistent | the id of the newest escrow (0 before the first) | constructor, `create_escrow` |
//! | `1 << 96 \| id << 32` (`u128`) | persistent | an escrow's roles, token, terms and texts | `create_escrow`, `transfer_role` |
//! | `2 << 96 \| id << 32` | persistent | an escrow's accounts (`Accounts`) | `create_escrow`, `fund_escrow`, every payout, `add_milestones` |
//! | `3 << 96 \| id << 32 \| index` | persistent | a milestone's terms: description, amount, deadline, receiver | `create_escrow`, `add_milestones` |
//! | `4 << 96 \| id << 32 \| index` | persistent | a milestone's progress: status, evidence, notes, time | every status change of that milestone |
//! | `[recipient, token]` (vector) | persistent | what is credited to `recipient` in `token` | a refused payout, `withdraw` |
//!
//! So a status change reads the escrow entry and reads and writes the milestone's progress
//! entry alone, whatever the number of milestones or escrows; a deposit writes the accounts
//! entry alone, however many milestones it backs; and calls on different escrows share no
//! entry that either writes (the counter is written by creations only). Entries are tuples, not
//! maps, so no field names are stored; keys are bare numbers, not enum variants; a status is
//! stored as a code.
//!
//! Time to live: every mutating call on an escrow extends its escrow and accounts entries,
//! the contract instance and code, and, for a call on one milestone, that milestone's two
//! entries, to [`TTL_EXTEND_TO`] (120 days) whenever their time to live is below
//! [`TTL_THRESHOLD`] (60 days). `extend_ttl` takes a whole escrow to the network's maximum.
//! Reading an archived entry fails the call until it is restored (which `stellar contract
//! invoke` does on its own); it is never taken for a missing one.

use soroban_sdk::{
    contracttype, symbol_short, unwrap::UnwrapOptimized, Address, Env, IntoVal, String, Symbol,
    Val,
};

use crate::{
    accounts::Accounts,
    errors::Error,
    lifecycle::Stage,
    types::{MilestoneStatus, Roles},
};

/// Ledgers in one day, at five seconds a ledger.
pub const DAY_IN_LEDGERS: u32 = 17_280;
/// What mutating calls extend entries to: 120 days.
pub const TTL_EXTEND_TO: u32 = 120 * DAY_IN_LEDGERS;
/// Below this time to live (60 days), a mutating call extends an entry it touches. An entry a
/// call touched therefore stays live for at least 60 days after it.
pub const TTL_THRESHOLD: u32 = 60 * DAY_IN_LEDGERS;
/// Asks for far more than any network allows (about 158 years): the host clamps a persistent
/// extension to the network's maximum. Saves reading the ledger sequence and the maximum.
const EXTEND_TO_NETWORK_MAXIMUM: u32 = 1_000_000_000;

/// Instance storage key of the admin.
const ADMIN: Symbol = symbol_short!("Admin");
/// Persistent key of the last escrow id handed out.
const LAST_ESCROW_ID: Symbol = symbol_short!("LastId");

/// What a persistent `u128` key names; its code is the key's top bits.
#[derive(Copy, Clone)]
enum Slot {
    Escrow = 1,
    Accounts = 2,
    MilestoneTerms = 3,
    MilestoneProgress = 4,
}

/// The persistent key of `slot` of escrow `id` (milestone `index` for milestone slots):
/// `slot << 96 | id << 32 | index`, an `ScVal::U128` of 20 bytes. Unique for every triple.
fn key(slot: Slot, id: u64, index: u32) -> u128 {
    (slot as u128) << 96 | (id as u128) << 32 | index as u128
}

/// An escrow's roles, token, terms and texts: everything fixed at creation but the
/// milestones (the roles change only by `transfer_role`).
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowTerms {
    pub roles: Roles,
    pub token: Address,
    pub platform_fee_bps: u32,
    pub review_period: u64,
    pub resolution_period: u64,
    pub fallback_receiver_bps: u32,
    pub engagement_id: String,
    pub title: String,
    pub description: String,
}

/// A milestone's terms, fixed when it is added.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneTerms {
    pub description: String,
    pub amount: i128,
    pub deadline: u64,
    /// Its own receiver; `None` pays the escrow's receiver.
    pub receiver: Option<Address>,
}

/// A milestone's progress, rewritten by every status change.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Progress {
    pub stage: Stage,
    pub evidence: Option<String>,
    pub notes: Option<String>,
    pub updated_at: u64,
}

/// [`EscrowTerms`] as stored, roles flattened.
#[contracttype]
struct EscrowEntry(
    Address, // roles.approver
    Address, // roles.service_provider
    Address, // roles.platform
    Address, // roles.release_signer
    Address, // roles.dispute_resolver
    Address, // roles.receiver
    Address, // token
    u32,     // platform_fee_bps
    u64,     // review_period
    u64,     // resolution_period
    u32,     // fallback_receiver_bps
    String,  // engagement_id
    String,  // title
    String,  // description
);

/// [`Accounts`] as stored.
#[contracttype]
struct AccountsEntry(
    u32,  // milestone_count
    i128, // total_amount
    i128, // open_amount
    i128, // funded
    i128, // paid_out
    u64,  // open
    u32,  // fill_index
    i128, // fill_held
);

/// [`MilestoneTerms`] as stored.
#[contracttype]
struct MilestoneTermsEntry(String, i128, u64, Option<Address>);

/// [`Progress`] as stored: the stage as its code (see [`stage_code`]), evidence, notes, time.
#[contracttype]
struct ProgressEntry(u32, Option<String>, Option<String>, u64);

/// The key of a credit: the recipient and the token.
#[contracttype]
struct CreditKey(Address, Address);

/// Stage codes: a status's position in `MilestoneStatus` (0 to 7), and 8 for a dispute of
/// approved work.
const DISPUTED_AFTER_APPROVAL: u32 = 8;
const STATUSES: [MilestoneStatus; 8] = [
    MilestoneStatus::Pending,
    MilestoneStatus::ForReview,
    MilestoneStatus::ChangesRequested,
    MilestoneStatus::Approved,
    MilestoneStatus::Disputed,
    MilestoneStatus::Released,
    MilestoneStatus::Resolved,
    MilestoneStatus::Cancelled,
];

/// The code a stage is stored as: an `ScVal::U32` of 8 bytes instead of a symbol in a vector.
fn stage_code(stage: Stage) -> u32 {
    if stage.disputed_after_approval {
        DISPUTED_AFTER_APPROVAL
    } else {
        stage.status as u32
    }
}

/// The stage stored as `code`. Only [`stage_code`] writes codes, so any other value is a
/// broken invariant and traps.
fn stage_of_code(code: u32) -> Stage {
    if code == DISPUTED_AFTER_APPROVAL {
        Stage {
            status: MilestoneStatus::Disputed,
            disputed_after_approval: true,
        }
    } else {
        Stage::of(*STATUSES.get(code as usize).unwrap_optimized())
    }
}

/// Stores the admin and starts the escrow counter; called once, by the constructor.
pub fn init(env: &Env, admin: &Address) {
    env.storage().instance().set(&ADMIN, admin);
    let persistent = env.storage().persistent();
    persistent.set(&LAST_ESCROW_ID, &0u64);
    persistent.extend_ttl(&LAST_ESCROW_ID, TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// The admin.
pub fn admin(env: &Env) -> Address {
    // The constructor always sets it: a contract without an admin cannot exist.
    env.storage().instance().get(&ADMIN).unwrap_optimized()
}

/// Hands the upgrade right to `admin`.
pub fn set_admin(env: &Env, admin: &Address) {
    env.storage().instance().set(&ADMIN, admin);
}

/// Hands out the next escrow id (1, 2, 3, …) and keeps the counter alive.
///
/// The counter is an entry of its own, written by creations only, so that no other call has
/// it in its footprint and none waits on a creation. The constructor starts it, so it is never
/// missing: archived (after 120 days without a creation), it fails the creation until
/// restored, and is never read as 0.
pub fn next_escrow_id(env: &Env) -> u64 {
    let persistent = env.storage().persistent();
    let last: u64 = persistent.get(&LAST_ESCROW_ID).unwrap_optimized();
    // 2^64 escrows cannot be created: each one costs a transaction.
    let id = last + 1;
    persistent.set(&LAST_ESCROW_ID, &id);
    persistent.extend_ttl(&LAST_ESCROW_ID, TTL_THRESHOLD, TTL_EXTEND_TO);
    id
}

/// Reads an escrow's terms, or `EscrowNotFound`. Extends nothing: for read-only calls.
pub fn escrow_terms(env: &Env, id: u64) -> Result<EscrowTerms, Error> {
    let EscrowEntry(
        approver,
        service_provider,
        platform,
        release_signer,
        dispute_resolver,
        receiver,
        token,
        platform_fee_bps,
        review_period,
        resolution_period,
        fallback_receiver_bps,
        engagement_id,
        title,
        description,
    ) = env
        .storage()
        .persistent()
        .get(&key(Slot::Escrow, id, 0))
        .ok_or(Error::EscrowNotFound)?;
    Ok(EscrowTerms {
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
        review_period,
        resolution_period,
        fallback_receiver_bps,
        engagement_id,
        title,
        description,
    })
}

/// Reads an escrow's terms for a mutating call, or `EscrowNotFound`, and keeps the escrow and
/// the contract alive: extends the escrow and accounts entries, the instance and the code when
/// below the threshold.
pub fn open_escrow(env: &Env, id: u64) -> Result<EscrowTerms, Error> {
    let terms = escrow_terms(env, id)?;
    extend(env, &key(Slot::Escrow, id, 0));
    extend(env, &key(Slot::Accounts, id, 0));
    env.storage()
        .instance()
        .extend_ttl(TTL_THRESHOLD, TTL_EXTEND_TO);
    Ok(terms)
}

/// Writes an escrow's terms.
pub fn save_escrow_terms(env: &Env, id: u64, terms: &EscrowTerms) {
    let roles = terms.roles.clone();
    let entry = EscrowEntry(
        roles.approver,
        roles.service_provider,
        roles.platform,
        roles.release_signer,
        roles.dispute_resolver,
        roles.receiver,
        terms.token.clone(),
        terms.platform_fee_bps,
        terms.review_period,
        terms.resolution_period,
        terms.fallback_receiver_bps,
        terms.engagement_id.clone(),
        terms.title.clone(),
        terms.description.clone(),
    );
    env.storage()
        .persistent()
        .set(&key(Slot::Escrow, id, 0), &entry);
}

/// Writes a new escrow's terms and accounts, and extends them and the instance.
pub fn create_escrow(env: &Env, id: u64, terms: &EscrowTerms, accounts: &Accounts) {
    save_escrow_terms(env, id, terms);
    save_accounts(env, id, accounts);
    extend(env, &key(Slot::Escrow, id, 0));
    extend(env, &key(Slot::Accounts, id, 0));
    env.storage()
        .instance()
        .extend_ttl(TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Reads an escrow's accounts. The escrow exists: its accounts were written with it.
pub fn accounts(env: &Env, id: u64) -> Accounts {
    let AccountsEntry(
        milestone_count,
        total_amount,
        open_amount,
        funded,
        paid_out,
        open,
        fill_index,
        fill_held,
    ) = env
        .storage()
        .persistent()
        .get(&key(Slot::Accounts, id, 0))
        .unwrap_optimized();
    Accounts {
        milestone_count,
        total_amount,
        open_amount,
        funded,
        paid_out,
        open,
        fill_index,
        fill_held,
    }
}

/// Writes an escrow's accounts.
pub fn save_accounts(env: &Env, id: u64, accounts: &Accounts) {
    let entry = AccountsEntry(
        accounts.milestone_count,
        accounts.total_amount,
        accounts.open_amount,
        accounts.funded,
        accounts.paid_out,
        accounts.open,
        accounts.fill_index,
        accounts.fill_held,
    );
    env.storage()
        .persistent()
        .set(&key(Slot::Accounts, id, 0), &entry);
}

/// Reads a milestone's terms, or `MilestoneNotFound`.
pub fn milestone_terms(env: &Env, id: u64, index: u32) -> Result<MilestoneTerms, Error> {
    let MilestoneTermsEntry(description, amount, deadline, receiver) = env
        .storage()
        .persistent()
        .get(&key(Slot::MilestoneTerms, id, index))
        .ok_or(Error::MilestoneNotFound)?;
    Ok(MilestoneTerms {
        description,
        amount,
        deadline,
        receiver,
    })
}

/// Reads a milestone's progress, or `MilestoneNotFound`.
pub fn progress(env: &Env, id: u64, index: u32) -> Result<Progress, Error> {
    let ProgressEntry(code, evidence, notes, updated_at) = env
        .storage()
        .persistent()
        .get(&key(Slot::MilestoneProgress, id, index))
        .ok_or(Error::MilestoneNotFound)?;
    Ok(Progress {
        stage: stage_of_code(code),
        evidence,
        notes,
        updated_at,
    })
}

/// Reads a milestone's progress for a mutating call, or `MilestoneNotFound`, and keeps both of
/// the milestone's entries alive.
pub fn open_progress(env: &Env, id: u64, index: u32) -> Result<Progress, Error> {
    let progress = progress(env, id, index)?;
    extend(env, &key(Slot::MilestoneProgress, id, index));
    extend(env, &key(Slot::MilestoneTerms, id, index));
    Ok(progress)
}

/// Writes a milestone's progress.
pub fn save_progress(env: &Env, id: u64, index: u32, progress: &Progress) {
    let entry = ProgressEntry(
        stage_code(progress.stage),
        progress.evidence.clone(),
        progress.notes.clone(),
        progress.updated_at,
    );
    env.storage()
        .persistent()
        .set(&key(Slot::MilestoneProgress, id, index), &entry);
}

/// Writes a new milestone's terms and progress, and extends them.
pub fn add_milestone(env: &Env, id: u64, index: u32, terms: &MilestoneTerms, progress: &Progress) {
    let terms_key = key(Slot::MilestoneTerms, id, index);
    let entry = MilestoneTermsEntry(
        terms.description.clone(),
        terms.amount,
        terms.deadline,
        terms.receiver.clone(),
    );
    env.storage().persistent().set(&terms_key, &entry);
    extend(env, &terms_key);
    save_progress(env, id, index, progress);
    extend(env, &key(Slot::MilestoneProgress, id, index));
}

/// What is credited to `recipient` in `token`: 0 when nothing is.
pub fn credit(env: &Env, recipient: &Address, token: &Address) -> i128 {
    let key = CreditKey(recipient.clone(), token.clone());
    env.storage().persistent().get(&key).unwrap_or(0)
}

/// Credits `amount` more to `recipient` in `token`, and keeps the credit alive.
pub fn add_credit(env: &Env, recipient: &Address, token: &Address, amount: i128) {
    let key = CreditKey(recipient.clone(), token.clone());
    let persistent = env.storage().persistent();
    let credited: i128 = persistent.get(&key).unwrap_or(0);
    // Credits are tokens the contract holds, so their sum fits an i128 balance.
    let credited = credited.checked_add(amount).unwrap_optimized();
    persistent.set(&key, &credited);
    extend(env, &key);
}

/// Removes the credit of `recipient` in `token`, once paid.
pub fn remove_credit(env: &Env, recipient: &Address, token: &Address) {
    let key = CreditKey(recipient.clone(), token.clone());
    env.storage().persistent().remove(&key);
}

/// Extends every entry of escrow `id` (and `milestone_count` milestones), the instance and the
/// code to the network's maximum time to live.
pub fn extend_escrow_to_max(env: &Env, id: u64, milestone_count: u32) {
    let max = EXTEND_TO_NETWORK_MAXIMUM;
    let persistent = env.storage().persistent();
    persistent.extend_ttl(&key(Slot::Escrow, id, 0), max, max);
    persistent.extend_ttl(&key(Slot::Accounts, id, 0), max, max);
    for index in 0..milestone_count {
        persistent.extend_ttl(&key(Slot::MilestoneTerms, id, index), max, max);
        persistent.extend_ttl(&key(Slot::MilestoneProgress, id, index), max, max);
    }
    env.storage().instance().extend_ttl(max, max);
}

fn extend<K: IntoVal<Env, Val>>(env: &Env, key: &K) {
    env.storage()
        .persistent()
        .extend_ttl(key, TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Time to live, in ledgers, of every entry of escrow `id` with its milestone `index`: escrow,
/// accounts, milestone terms, milestone progress (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn ttls(env: &Env, id: u64, index: u32) -> [u32; 4] {
    use soroban_sdk::testutils::storage::Persistent as _;
    let persistent = env.storage().persistent();
    [
        persistent.get_ttl(&key(Slot::Escrow, id, 0)),
        persistent.get_ttl(&key(Slot::Accounts, id, 0)),
        persistent.get_ttl(&key(Slot::MilestoneTerms, id, index)),
        persistent.get_ttl(&key(Slot::MilestoneProgress, id, index)),
    ]
}

/// Time to live, in ledgers, of the escrow counter (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn counter_ttl(env: &Env) -> u32 {
    use soroban_sdk::testutils::storage::Persistent as _;
    env.storage().persistent().get_ttl(&LAST_ESCROW_ID)
}
