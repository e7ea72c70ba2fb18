//! Storage layout, encoding and time to live. The only module that touches storage.
//!
//! | key (as stored) | kind | holds | written by |
//! |---|---|---|---|
//! | `Admin` (symbol) | instance | the admin | constructor, `set_admin` |
//! | `LastId` (symbol) | persistent | the id of the newest escrow (0 before the first) | constructor, `create_escrow` |
//! | `id × 512 + 1` (`u64`) | persistent | an escrow's header: approver, service provider, review and resolution periods, milestone count, last renewal | `create_escrow`, `transfer_role`, `add_milestones`, a renewal |
//! | `id × 512 + 5` | persistent | the rest of an escrow's terms: the other roles, token, fee, fallback share, texts | `create_escrow`, `transfer_role` |
//! | `id × 512 + 2` | persistent | an escrow's accounts (`Accounts`) | `create_escrow`, `fund_escrow`, every payout, `add_milestones` |
//! | `id × 512 + index × 8 + 3` | persistent | a milestone's terms: description, amount, deadline, receiver | `create_escrow`, `add_milestones` |
//! | `id × 512 + index × 8 + 4` | persistent | a milestone's progress: status, evidence, notes, time, and once final who was paid | every status change of that milestone |
//! | `[recipient, token]` (vector) | persistent | what is credited to `recipient` in `token` | a refused payout, `withdraw` |
//!
//! So a status change reads the escrow's small header and reads and writes the milestone's
//! progress entry alone, whatever the number of milestones or escrows; a deposit writes the
//! accounts entry alone, however many milestones it backs; and calls on different escrows
//! share no entry that either writes (the counter is written by creations only). Entries are
//! tuples, not maps, so no field names are stored; keys are bare numbers, not enum variants;
//! a status is stored as a code.
//!
//! Time to live: an escrow's entries live and archive together. Creating an escrow or adding
//! milestones extends the new entries to [`TTL_EXTEND_TO`] (120 days). Every mutating call on
//! an escrow reads its header, which records when the escrow was last renewed; once
//! [`RENEWAL_INTERVAL`] (60 days) has passed, the call renews it: extends every entry of the
//! escrow (header, details, accounts, every milestone) and the contract instance and code to
//! 120 days, and records the time. So an escrow used at least once in any 60 days never
//! archives, whichever of its entries the calls touch, and the usual call pays for no
//! extension at all. Calls other than status changes also keep the contract instance and code
//! alive (extended to 120 days once at or below [`TTL_THRESHOLD`], 60 days), as creations keep
//! the escrow counter. `extend_ttl` takes a whole escrow to the network's maximum. Reading an
//! archived entry fails the call until it is restored (which `stellar contract invoke` does
//! on its own); it is never taken for a missing one.

use soroban_env_common::StorageType;
use soroban_sdk::{
    contracttype, symbol_short,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, Env, IntoVal, String, Symbol, TryFromVal, Val,
};

use crate::{
    accounts::Accounts,
    errors::Error,
    lifecycle::{Stage, MAX_MILESTONES},
    types::{MilestoneStatus, Roles},
};

/// Ledgers in one day, at five seconds a ledger.
pub const DAY_IN_LEDGERS: u32 = 17_280;
/// What mutating calls extend entries to: 120 days.
pub const TTL_EXTEND_TO: u32 = 120 * DAY_IN_LEDGERS;
/// At or below this time to live (60 days), a call extends the contract instance and code, and
/// a creation the escrow counter, that it touches.
pub const TTL_THRESHOLD: u32 = 60 * DAY_IN_LEDGERS;
/// How long after its last renewal an escrow is renewed by the next mutating call on it: 60
/// days, in seconds. A renewal extends every entry to 120 days of ledgers, which last at least
/// 60 days more as long as ledgers close at least every 2.5 seconds on average (Stellar's close
/// in about 5 to 6), so the entries are still live when the renewal falls due.
pub const RENEWAL_INTERVAL: u64 = 60 * 86_400;
/// Asks for far more than any network allows (about 158 years): the host clamps a persistent
/// extension to the network's maximum. Saves reading the ledger sequence and the maximum.
const EXTEND_TO_NETWORK_MAXIMUM: u32 = 1_000_000_000;

/// Instance storage key of the admin.
const ADMIN: Symbol = symbol_short!("Admin");
/// Persistent key of the last escrow id handed out.
const LAST_ESCROW_ID: Symbol = symbol_short!("LastId");

/// What a persistent `u64` key names; its code is the key's three low bits.
#[derive(Copy, Clone)]
enum Slot {
    Header = 1,
    Accounts = 2,
    MilestoneTerms = 3,
    MilestoneProgress = 4,
    Details = 5,
}

/// The persistent key of `slot` of escrow `id` (milestone `index` for milestone slots, 0
/// otherwise): `(id << 6 | index) << 3 | slot`, that is `id × 512 + index × 8 + slot`, an
/// `ScVal::U64` of 12 bytes.
///
/// Unique for every triple: `index < 64` (at most `MAX_MILESTONES`, 50) and `slot < 8`, and
/// ids, handed out one per creation, stay far below 2^55. Below 2^47 escrows the key is also a
/// small value that the host passes without allocating an object. A larger id would wrap onto a
/// lower one's key, so [`header`], which every call on an escrow reads first, refuses any id
/// above [`MAX_ESCROW_ID`].
fn key(slot: Slot, id: u64, index: u32) -> u64 {
    (id << 6 | index as u64) << 3 | slot as u64
}

const _: () = assert!(
    MAX_MILESTONES <= 64,
    "a milestone index takes six bits of a key"
);

/// The largest id whose keys do not wrap (see [`key`]): no escrow has a larger one.
const MAX_ESCROW_ID: u64 = u64::MAX >> 9;

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
    pub milestone_count: u32,
    pub renewed_at: u64,
    pub engagement_id: String,
    pub title: String,
    pub description: String,
}

impl EscrowTerms {
    /// The escrow's header.
    pub fn header(&self) -> Header {
        Header {
            approver: self.roles.approver.clone(),
            service_provider: self.roles.service_provider.clone(),
            review_period: self.review_period,
            resolution_period: self.resolution_period,
            milestone_count: self.milestone_count,
            renewed_at: self.renewed_at,
        }
    }
}

/// An escrow's header: what a status change needs of its escrow (the two parties, the two
/// periods, how many milestones there are) and when the escrow was last renewed.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Header {
    pub approver: Address,
    pub service_provider: Address,
    pub review_period: u64,
    pub resolution_period: u64,
    pub milestone_count: u32,
    /// Ledger time of the escrow's creation or last renewal (see [`RENEWAL_INTERVAL`]).
    pub renewed_at: u64,
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
    /// Who was paid for the milestone, once final; `None` before.
    pub payee: Option<Address>,
}

/// [`Header`] as stored.
#[contracttype]
struct HeaderEntry(Address, Address, u64, u64, u32, u64);

/// The rest of [`EscrowTerms`] as stored.
#[contracttype]
struct DetailsEntry(
    Address, // roles.platform
    Address, // roles.release_signer
    Address, // roles.dispute_resolver
    Address, // roles.receiver
    Address, // token
    u32,     // platform_fee_bps
    u32,     // fallback_receiver_bps
    String,  // engagement_id
    String,  // title
    String,  // description
);

/// [`Accounts`] as stored, but the milestone count, which is in the header.
#[contracttype]
struct AccountsEntry(
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

/// [`Progress`] as stored: the stage as its code (see [`stage_code`]), evidence, notes, time,
/// payee.
#[contracttype]
struct ProgressEntry(u32, Option<String>, Option<String>, u64, Option<Address>);

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

/// Reads an escrow's header, or `EscrowNotFound`.
fn header(env: &Env, id: u64) -> Result<Header, Error> {
    if id > MAX_ESCROW_ID {
        // Its keys would be another escrow's.
        return Err(Error::EscrowNotFound);
    }
    let HeaderEntry(
        approver,
        service_provider,
        review_period,
        resolution_period,
        milestone_count,
        renewed_at,
    ) = env
        .storage()
        .persistent()
        .get(&key(Slot::Header, id, 0))
        .ok_or(Error::EscrowNotFound)?;
    Ok(Header {
        approver,
        service_provider,
        review_period,
        resolution_period,
        milestone_count,
        renewed_at,
    })
}

/// Reads an escrow's header for a status change at ledger time `now`, or `EscrowNotFound`,
/// and renews the escrow if it is due (see the module's doc). Reads nothing else of the escrow.
///
/// A status change leaves the contract instance and code to the other calls (creations,
/// deposits, payouts, `extend_ttl`) and to renewals: extending them costs every status change
/// about 8 000 instructions, and any of those calls on any escrow keeps them alive.
pub fn open_header(env: &Env, id: u64, now: u64) -> Result<Header, Error> {
    let mut header = header(env, id)?;
    renew_if_due(env, id, &mut header, now);
    Ok(header)
}

/// Reads an escrow's terms, or `EscrowNotFound`. Extends nothing: for read-only calls.
pub fn escrow_terms(env: &Env, id: u64) -> Result<EscrowTerms, Error> {
    let parties = header(env, id)?;
    // Written with the header: an escrow has both.
    let DetailsEntry(
        platform,
        release_signer,
        dispute_resolver,
        receiver,
        token,
        platform_fee_bps,
        fallback_receiver_bps,
        engagement_id,
        title,
        description,
    ) = env
        .storage()
        .persistent()
        .get(&key(Slot::Details, id, 0))
        .unwrap_optimized();
    Ok(EscrowTerms {
        roles: Roles {
            approver: parties.approver,
            service_provider: parties.service_provider,
            platform,
            release_signer,
            dispute_resolver,
            receiver,
        },
        token,
        platform_fee_bps,
        review_period: parties.review_period,
        resolution_period: parties.resolution_period,
        fallback_receiver_bps,
        milestone_count: parties.milestone_count,
        renewed_at: parties.renewed_at,
        engagement_id,
        title,
        description,
    })
}

/// Reads an escrow's terms for a mutating call at ledger time `now`, or `EscrowNotFound`,
/// renews the escrow if it is due, and keeps the contract instance and code alive.
pub fn open_escrow(env: &Env, id: u64, now: u64) -> Result<EscrowTerms, Error> {
    let mut terms = escrow_terms(env, id)?;
    let mut header = terms.header();
    renew_if_due(env, id, &mut header, now);
    terms.renewed_at = header.renewed_at;
    extend_instance(env);
    Ok(terms)
}

/// Renews escrow `id` when [`RENEWAL_INTERVAL`] has passed since `header.renewed_at`: extends
/// every entry of the escrow and the instance and code to [`TTL_EXTEND_TO`], and stores the
/// header with `renewed_at = now`.
fn renew_if_due(env: &Env, id: u64, header: &mut Header, now: u64) {
    if now < header.renewed_at.saturating_add(RENEWAL_INTERVAL) {
        return;
    }
    let to = TTL_EXTEND_TO;
    let persistent = env.storage().persistent();
    persistent.extend_ttl(&key(Slot::Header, id, 0), to, to);
    persistent.extend_ttl(&key(Slot::Details, id, 0), to, to);
    persistent.extend_ttl(&key(Slot::Accounts, id, 0), to, to);
    for index in 0..header.milestone_count {
        persistent.extend_ttl(&key(Slot::MilestoneTerms, id, index), to, to);
        persistent.extend_ttl(&key(Slot::MilestoneProgress, id, index), to, to);
    }
    env.storage().instance().extend_ttl(to, to);
    header.renewed_at = now;
    save_header(env, id, header);
}

fn extend_instance(env: &Env) {
    env.storage()
        .instance()
        .extend_ttl(TTL_THRESHOLD, TTL_EXTEND_TO);
}

/// Writes an escrow's header.
pub fn save_header(env: &Env, id: u64, header: &Header) {
    let entry = HeaderEntry(
        header.approver.clone(),
        header.service_provider.clone(),
        header.review_period,
        header.resolution_period,
        header.milestone_count,
        header.renewed_at,
    );
    env.storage()
        .persistent()
        .set(&key(Slot::Header, id, 0), &entry);
}

/// Writes an escrow's terms: its header and its details.
pub fn save_escrow_terms(env: &Env, id: u64, terms: &EscrowTerms) {
    save_header(env, id, &terms.header());
    save_details(env, id, terms);
}

/// Writes an escrow's details: its terms but those of the header.
pub fn save_details(env: &Env, id: u64, terms: &EscrowTerms) {
    let roles = terms.roles.clone();
    let details = DetailsEntry(
        roles.platform,
        roles.release_signer,
        roles.dispute_resolver,
        roles.receiver,
        terms.token.clone(),
        terms.platform_fee_bps,
        terms.fallback_receiver_bps,
        terms.engagement_id.clone(),
        terms.title.clone(),
        terms.description.clone(),
    );
    env.storage()
        .persistent()
        .set(&key(Slot::Details, id, 0), &details);
}

/// Writes a new escrow's terms and accounts, and extends them and the instance.
pub fn create_escrow(env: &Env, id: u64, terms: &EscrowTerms, accounts: &Accounts) {
    save_escrow_terms(env, id, terms);
    save_accounts(env, id, accounts);
    extend(env, &key(Slot::Header, id, 0));
    extend(env, &key(Slot::Details, id, 0));
    extend(env, &key(Slot::Accounts, id, 0));
    extend_instance(env);
}

/// Reads the accounts of escrow `id`, which has `milestone_count` milestones (from its
/// header). The escrow exists: its accounts were written with it.
pub fn accounts(env: &Env, id: u64, milestone_count: u32) -> Accounts {
    let AccountsEntry(total_amount, open_amount, funded, paid_out, open, fill_index, fill_held) =
        env.storage()
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

/// Writes an escrow's accounts; its milestone count is written with its header.
pub fn save_accounts(env: &Env, id: u64, accounts: &Accounts) {
    let entry = AccountsEntry(
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

/// Reads the terms of milestone `index` of escrow `id`, which has `milestone_count`
/// milestones, or `MilestoneNotFound` (see [`progress`]).
pub fn milestone_terms(
    env: &Env,
    id: u64,
    index: u32,
    milestone_count: u32,
) -> Result<MilestoneTerms, Error> {
    let MilestoneTermsEntry(description, amount, deadline, receiver) =
        existing(env, Slot::MilestoneTerms, id, index, milestone_count)?;
    Ok(MilestoneTerms {
        description,
        amount,
        deadline,
        receiver,
    })
}

/// Reads the progress of milestone `index` of escrow `id`, which has `milestone_count`
/// milestones, or `MilestoneNotFound`.
///
pub fn progress(env: &Env, id: u64, index: u32, milestone_count: u32) -> Result<Progress, Error> {
    let ProgressEntry(code, evidence, notes, updated_at, payee) =
        existing(env, Slot::MilestoneProgress, id, index, milestone_count)?;
    Ok(Progress {
        stage: stage_of_code(code),
        evidence,
        notes,
        updated_at,
        payee,
    })
}

/// Reads the entry of `slot` of milestone `index` of escrow `id`, which has `milestone_count`
/// milestones, or `MilestoneNotFound`.
///
/// The count tells whether the milestone exists, so the entry is read without asking the host
/// first whether it is there, which saves a status change about 3 700 instructions: every
/// index below the count was written with its escrow or by `add_milestones`. It also keeps an
/// index of 64 or more, which would wrap onto another escrow's key, from being read at all.
fn existing<T: TryFromVal<Env, Val>>(
    env: &Env,
    slot: Slot,
    id: u64,
    index: u32,
    milestone_count: u32,
) -> Result<T, Error> {
    if index >= milestone_count {
        return Err(Error::MilestoneNotFound);
    }
    let key = key(slot, id, index).into_val(env);
    let entry = soroban_env_common::Env::get_contract_data(env, key, StorageType::Persistent)
        .unwrap_infallible();
    Ok(T::try_from_val(env, &entry).unwrap_optimized())
}

/// Writes a milestone's progress.
pub fn save_progress(env: &Env, id: u64, index: u32, progress: &Progress) {
    let entry = ProgressEntry(
        stage_code(progress.stage),
        progress.evidence.clone(),
        progress.notes.clone(),
        progress.updated_at,
        progress.payee.clone(),
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

/// Sets the credit of `recipient` in `token` to 0, once paid.
///
/// The entry stays, at 0, rather than being removed: removing would import one more host
/// function (`del_contract_data`), which every call of every entry point pays for when the VM
/// links it (about 6 500 instructions), to save a few bytes of storage that archive anyway.
pub fn clear_credit(env: &Env, recipient: &Address, token: &Address) {
    let key = CreditKey(recipient.clone(), token.clone());
    env.storage().persistent().set(&key, &0i128);
}

/// Extends every entry of escrow `id` (and `milestone_count` milestones), the instance and the
/// code to the network's maximum time to live.
pub fn extend_escrow_to_max(env: &Env, id: u64, milestone_count: u32) {
    let max = EXTEND_TO_NETWORK_MAXIMUM;
    let persistent = env.storage().persistent();
    persistent.extend_ttl(&key(Slot::Header, id, 0), max, max);
    persistent.extend_ttl(&key(Slot::Details, id, 0), max, max);
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

/// Time to live, in ledgers, of every entry of escrow `id` with its milestone `index`:
/// header, accounts, milestone terms, milestone progress, details (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn ttls(env: &Env, id: u64, index: u32) -> [u32; 5] {
    use soroban_sdk::testutils::storage::Persistent as _;
    let persistent = env.storage().persistent();
    [
        persistent.get_ttl(&key(Slot::Header, id, 0)),
        persistent.get_ttl(&key(Slot::Accounts, id, 0)),
        persistent.get_ttl(&key(Slot::MilestoneTerms, id, index)),
        persistent.get_ttl(&key(Slot::MilestoneProgress, id, index)),
        persistent.get_ttl(&key(Slot::Details, id, 0)),
    ]
}

/// Time to live, in ledgers, of the credit of `recipient` in `token` (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn credit_ttl(env: &Env, recipient: &Address, token: &Address) -> u32 {
    use soroban_sdk::testutils::storage::Persistent as _;
    let key = CreditKey(recipient.clone(), token.clone());
    env.storage().persistent().get_ttl(&key)
}

/// Time to live, in ledgers, of the escrow counter (tests only).
#[cfg(any(test, feature = "testutils"))]
pub fn counter_ttl(env: &Env) -> u32 {
    use soroban_sdk::testutils::storage::Persistent as _;
    env.storage().persistent().get_ttl(&LAST_ESCROW_ID)
}
