//! The entry points. Each one: who signs, which state it checks, what it stores, what it
//! publishes. Checks come first, then storage writes, then token transfers.
//!
//! Checks run in this order, so a call with several faults gets the first: the escrow exists
//! (`EscrowNotFound`), the signer, the text inputs (`TextTooLong`), the milestone exists
//! (`MilestoneNotFound`), the status transition (`InvalidStatusTransition`), the amounts
//! (`InvalidAmount`, `FundingExceedsTotal`, `InsufficientFunds`).

use soroban_sdk::{
    contract, contractimpl,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, BytesN, ContractExecutable, Env, String, TryFromVal, Vec,
};

use crate::{
    errors::Error,
    events::{DisputeResolved, EscrowCreated, EscrowFunded, MilestoneReleased, MilestoneUpdated},
    lifecycle::{self, Action, MAX_EVIDENCE_LEN, MAX_NOTES_LEN},
    payout, storage,
    types::{Escrow, Milestone, MilestoneStatus, NewEscrow, NewMilestones},
};

/// Milestone escrow: holds a client's tokens while a service provider delivers work milestone
/// by milestone. One deployed contract holds many escrows, each accounted separately.
#[contract]
pub struct EscrowContract;

#[contractimpl]
impl EscrowContract {
    /// Deploys the contract with `admin`, the only address that may `upgrade` its code.
    ///
    /// # Authorization
    /// The deployer signs the deploy transaction; `admin` does not need to sign.
    ///
    /// # Errors
    /// None.
    pub fn __constructor(env: Env, admin: Address) {
        storage::set_admin(&env, &admin);
    }

    /// Stores a new escrow with every milestone `Pending` and `approved` false, and returns its id:
    /// 1 for the contract's first escrow, then 2, 3, and so on.
    ///
    /// # Authorization
    /// `escrow.roles.platform` signs.
    ///
    /// # Events
    /// `EscrowCreated`.
    ///
    /// # Errors
    /// - `NoMilestones`: the milestone list is empty.
    /// - `TooManyMilestones`: more than 50 milestones.
    /// - `InvalidFee`: `platform_fee_bps` is above 2 000.
    /// - `InvalidRoles`: the dispute resolver is the approver, the service provider or the
    ///   receiver, or a role is this contract.
    /// - `TextTooLong`: a text is over its byte cap.
    /// - `InvalidAmount`: a milestone amount is 0 or less, or the total overflows `i128`.
    pub fn create_escrow(env: Env, escrow: NewEscrow) -> Result<u64, Error> {
        escrow.roles.platform.require_auth();
        let milestones = NewMilestones::unpack(&env, &escrow.milestones)?;
        let this_contract = env.current_contract_address();
        let total_amount = lifecycle::check_new_escrow(&escrow, &milestones, &this_contract)?;

        let id = storage::next_escrow_id(&env);
        let stored = Escrow {
            id,
            engagement_id: escrow.engagement_id,
            title: escrow.title,
            description: escrow.description,
            roles: escrow.roles,
            token: escrow.token,
            platform_fee_bps: escrow.platform_fee_bps,
            milestone_count: milestones.len(),
            total_amount,
            funded: 0,
            paid_out: 0,
        };
        storage::create_escrow(&env, &stored);
        let now = ledger_timestamp(&env);
        for (index, new) in milestones.iter().enumerate() {
            let milestone = Milestone {
                description: new.description,
                amount: new.amount,
                status: MilestoneStatus::Pending,
                approved: false,
                evidence: None,
                notes: None,
                updated_at: now,
            };
            storage::save_milestone(&env, id, index as u32, &milestone);
        }

        EscrowCreated {
            escrow_id: id,
            platform: stored.roles.platform,
            approver: stored.roles.approver,
            service_provider: stored.roles.service_provider,
            token: stored.token,
            total_amount,
            milestone_count: stored.milestone_count,
        }
        .publish(&env);
        Ok(id)
    }

    /// Deposits `amount` of the escrow's token from `funder` into the escrow. Anyone may fund;
    /// usually the approver does.
    ///
    /// # Authorization
    /// `funder` signs, for this call and the token transfer it makes.
    ///
    /// # Events
    /// `EscrowFunded`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `InvalidAmount`: `amount` is 0 or less.
    /// - `FundingExceedsTotal`: `funded + amount` would exceed `total_amount`.
    ///
    /// # Notes
    /// A token transfer that fails (the funder lacks the balance) fails the call with the token's
    /// error.
    pub fn fund_escrow(
        env: Env,
        escrow_id: u64,
        funder: Address,
        amount: i128,
    ) -> Result<(), Error> {
        let mut escrow = storage::open_escrow(&env, escrow_id)?;
        funder.require_auth();
        lifecycle::check_funding(amount, escrow.funded, escrow.total_amount)?;

        escrow.funded += amount;
        storage::save_escrow(&env, &escrow);
        payout::transfer(
            &env,
            &escrow.token,
            &funder,
            &env.current_contract_address(),
            amount,
        );

        EscrowFunded {
            escrow_id,
            funder,
            amount,
            funded: escrow.funded,
        }
        .publish(&env);
        Ok(())
    }

    /// Marks a milestone done: moves it from `Pending`, `ChangesRequested` or `ForReview` (a
    /// resubmission) to `ForReview`, for the approver to review. `approved` stays false. Stores
    /// `evidence` (`None` keeps the previous evidence) and `notes` (`None` clears them).
    ///
    /// # Authorization
    /// The escrow's `service_provider` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `TextTooLong`: `evidence` is over 512 bytes or `notes` over 1 024.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: `new_status` is not `ForReview`, or the milestone is
    ///   `Approved`, `Disputed` or final.
    pub fn change_milestone_status(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        new_status: MilestoneStatus,
        evidence: Option<String>,
        notes: Option<String>,
    ) -> Result<(), Error> {
        let provider = storage::open_escrow_parties(&env, escrow_id)?.service_provider;
        provider.require_auth();
        lifecycle::check_optional_text(&evidence, MAX_EVIDENCE_LEN)?;
        lifecycle::check_optional_text(&notes, MAX_NOTES_LEN)?;
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        if new_status != MilestoneStatus::ForReview {
            return Err(Error::InvalidStatusTransition);
        }
        milestone.status = lifecycle::next_status(milestone.status, Action::Submit)?;

        if evidence.is_some() {
            milestone.evidence = evidence;
        }
        milestone.notes = notes;
        record_change(&env, escrow_id, milestone_index, milestone, provider);
        Ok(())
    }

    /// Sends a delivered milestone back to the service provider: `ForReview` becomes
    /// `ChangesRequested`, and `notes` (the change request; `None` clears the notes) becomes the
    /// milestone's latest note.
    ///
    /// # Authorization
    /// The escrow's `approver` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `TextTooLong`: `notes` is over 1 024 bytes.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `ForReview`.
    pub fn request_changes(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        notes: Option<String>,
    ) -> Result<(), Error> {
        let approver = storage::open_escrow_parties(&env, escrow_id)?.approver;
        approver.require_auth();
        lifecycle::check_optional_text(&notes, MAX_NOTES_LEN)?;
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::RequestChanges)?;

        milestone.notes = notes;
        record_change(&env, escrow_id, milestone_index, milestone, approver);
        Ok(())
    }

    /// Accepts a delivered milestone: `ForReview` becomes `Approved` and `approved` becomes true.
    /// The release signer may then pay it out.
    ///
    /// # Authorization
    /// The escrow's `approver` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `ForReview`.
    pub fn approve_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let approver = storage::open_escrow_parties(&env, escrow_id)?.approver;
        approver.require_auth();
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Approve)?;

        record_change(&env, escrow_id, milestone_index, milestone, approver);
        Ok(())
    }

    /// Pays an approved milestone out: `Approved` becomes `Released`. The platform receives
    /// `fee = amount * platform_fee_bps / 10 000`, rounded down, and the receiver `amount - fee`.
    ///
    /// # Authorization
    /// The escrow's `release_signer` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, then `MilestoneReleased`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Approved`.
    /// - `InsufficientFunds`: the escrow holds less than the milestone's amount
    ///   (`funded - paid_out`).
    pub fn release_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let mut escrow = storage::open_escrow(&env, escrow_id)?;
        let signer = escrow.roles.release_signer.clone();
        signer.require_auth();
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Release)?;
        lifecycle::check_available(milestone.amount, escrow.funded, escrow.paid_out)?;
        let split = payout::release_split(milestone.amount, escrow.platform_fee_bps);

        settle(
            &env,
            &mut escrow,
            milestone_index,
            milestone,
            &split,
            signer,
        );

        MilestoneReleased {
            escrow_id,
            milestone_index,
            receiver: escrow.roles.receiver,
            receiver_amount: split.to_receiver,
            platform: escrow.roles.platform,
            platform_fee: split.platform_fee,
        }
        .publish(&env);
        Ok(())
    }

    /// Disputes a milestone that is not yet paid: `Pending`, `ForReview`, `ChangesRequested` or
    /// `Approved` becomes `Disputed`, `approved` becomes false, and `reason` becomes the
    /// milestone's latest note. The dispute resolver then splits it.
    ///
    /// # Authorization
    /// `caller` signs, and must be the escrow's approver or service provider.
    ///
    /// # Events
    /// `MilestoneUpdated`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `NotAParty`: `caller` is neither the approver nor the service provider.
    /// - `TextTooLong`: `reason` is over 1 024 bytes.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is already `Disputed` or final.
    pub fn dispute_milestone(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        caller: Address,
        reason: String,
    ) -> Result<(), Error> {
        let parties = storage::open_escrow_parties(&env, escrow_id)?;
        if caller != parties.approver && caller != parties.service_provider {
            return Err(Error::NotAParty);
        }
        caller.require_auth();
        lifecycle::check_text(&reason, MAX_NOTES_LEN)?;
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Dispute)?;

        milestone.notes = Some(reason);
        record_change(&env, escrow_id, milestone_index, milestone, caller);
        Ok(())
    }

    /// Splits a disputed milestone: `Disputed` becomes `Resolved`. The receiver is paid
    /// `receiver_amount` less the platform fee on it (rounded down), the platform the fee, and
    /// the approver is refunded `amount - receiver_amount`.
    ///
    /// # Authorization
    /// The escrow's `dispute_resolver` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, then `DisputeResolved`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Disputed`.
    /// - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
    /// - `InsufficientFunds`: the escrow holds less than the milestone's amount.
    pub fn resolve_dispute(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        receiver_amount: i128,
    ) -> Result<(), Error> {
        let mut escrow = storage::open_escrow(&env, escrow_id)?;
        let resolver = escrow.roles.dispute_resolver.clone();
        resolver.require_auth();
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Resolve)?;
        let split =
            payout::dispute_split(milestone.amount, receiver_amount, escrow.platform_fee_bps)?;
        lifecycle::check_available(milestone.amount, escrow.funded, escrow.paid_out)?;

        settle(
            &env,
            &mut escrow,
            milestone_index,
            milestone,
            &split,
            resolver,
        );

        DisputeResolved {
            escrow_id,
            milestone_index,
            receiver: escrow.roles.receiver,
            receiver_amount: split.to_receiver,
            platform: escrow.roles.platform,
            platform_fee: split.platform_fee,
            approver: escrow.roles.approver,
            refund_amount: split.refund,
        }
        .publish(&env);
        Ok(())
    }

    /// Reads an escrow: its parties, token, fee, texts and totals. Changes nothing.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn get_escrow(env: Env, escrow_id: u64) -> Result<Escrow, Error> {
        storage::escrow(&env, escrow_id)
    }

    /// Reads one milestone of an escrow: its status, approved flag, evidence and notes. Changes
    /// nothing.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: the escrow has no milestone at this index.
    pub fn get_milestone(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
    ) -> Result<Milestone, Error> {
        storage::milestone(&env, escrow_id, milestone_index).or_else(|not_found| {
            // Only on the failure path: tell a missing escrow from a missing milestone.
            storage::escrow(&env, escrow_id)?;
            Err(not_found)
        })
    }

    /// Reads every milestone of an escrow, in index order. Changes nothing.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn get_milestones(env: Env, escrow_id: u64) -> Result<Vec<Milestone>, Error> {
        let escrow = storage::escrow(&env, escrow_id)?;
        Ok(storage::milestones(&env, &escrow))
    }

    /// Extends the time to live of every ledger entry of an escrow (the escrow and all its
    /// milestones), of the contract instance and of its code to the network's maximum, so that
    /// an idle escrow is not archived. Changes nothing else.
    ///
    /// # Authorization
    /// None: anyone may call, and the caller pays the rent.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn extend_ttl(env: Env, escrow_id: u64) -> Result<(), Error> {
        storage::extend_escrow_to_max(&env, escrow_id)
    }

    /// Replaces the contract's code with the uploaded wasm whose hash is `new_wasm_hash`. Every
    /// escrow keeps its state and its tokens.
    ///
    /// # Authorization
    /// The admin set at deployment signs.
    ///
    /// # Errors
    /// None of the escrow's; the host refuses a hash with no uploaded wasm.
    pub fn upgrade(env: Env, new_wasm_hash: BytesN<32>) {
        storage::admin(&env).require_auth();
        env.deployer()
            .update_current_contract(ContractExecutable::Wasm(new_wasm_hash));
    }
}

/// Stores a milestone after a status change and publishes the milestone-update event.
fn record_change(env: &Env, escrow_id: u64, index: u32, mut milestone: Milestone, by: Address) {
    milestone.approved = Milestone::is_approved(milestone.status);
    milestone.updated_at = ledger_timestamp(env);
    storage::save_milestone(env, escrow_id, index, &milestone);
    MilestoneUpdated {
        escrow_id,
        milestone_index: index,
        status: milestone.status,
        approved: milestone.approved,
        evidence: milestone.evidence,
        notes: milestone.notes,
        changed_by: by,
    }
    .publish(env);
}

/// Pays a milestone out of its escrow, effects before interactions: counts the whole amount as
/// paid out, stores the escrow and the milestone (publishing the milestone-update event), then
/// transfers the split from the contract's balance.
fn settle(
    env: &Env,
    escrow: &mut Escrow,
    index: u32,
    milestone: Milestone,
    split: &payout::Split,
    by: Address,
) {
    // check_available ran first: paid_out + amount ≤ funded ≤ i128::MAX.
    escrow.paid_out += milestone.amount;
    storage::save_escrow(env, escrow);
    record_change(env, escrow.id, index, milestone, by);

    let contract = env.current_contract_address();
    let roles = &escrow.roles;
    payout::transfer(
        env,
        &escrow.token,
        &contract,
        &roles.receiver,
        split.to_receiver,
    );
    payout::transfer(
        env,
        &escrow.token,
        &contract,
        &roles.platform,
        split.platform_fee,
    );
    payout::transfer(env, &escrow.token, &contract, &roles.approver, split.refund);
}

/// The ledger's close time, in seconds. `env.ledger().timestamp()` unwraps its conversion with
/// a formatted panic, which links about 4 KB of formatting code into the wasm; this traps
/// instead. The conversion cannot fail: the host always returns a `u64`.
fn ledger_timestamp(env: &Env) -> u64 {
    let timestamp = soroban_env_common::Env::get_ledger_timestamp(env).unwrap_infallible();
    u64::try_from_val(env, &timestamp).unwrap_optimized()
}
