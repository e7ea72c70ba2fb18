//! The entry points. Each one: who signs, which state it checks, what it stores, what it
//! publishes. Checks come first, then storage writes, then token transfers.
//!
//! Checks run in this order, so a call with several faults gets the first: the escrow exists
//! (`EscrowNotFound`), the signer, the text inputs (`TextTooLong`), the milestone exists
//! (`MilestoneNotFound`), the status transition (`InvalidStatusTransition`), the amounts
//! (`InvalidAmount`, `FundingExceedsTotal`, `InsufficientFunds`).

use soroban_sdk::{contract, contractimpl, Address, BytesN, ContractExecutable, Env, String, Vec};

use crate::{
    errors::Error,
    events::{DisputeResolved, EscrowCreated, EscrowFunded, MilestoneReleased, MilestoneUpdated},
    lifecycle::{self, Action, MAX_EVIDENCE_LEN, MAX_NOTES_LEN},
    payout, storage,
    types::{Escrow, Milestone, MilestoneStatus, NewEscrow},
};

/// Milestone escrow: holds a client's tokens while a service provider delivers work milestone
/// by milestone. One deployed contract holds many escrows, each accounted separately.
#[contract]
pub struct EscrowContract;

#[contractimpl]
impl EscrowContract {
    /// Deploys the contract with `admin`, the only address that may `upgrade` it.
    ///
    /// Signs: the deployer (the deploy transaction). Stores the admin. No event.
    pub fn __constructor(env: Env, admin: Address) {
        storage::set_admin(&env, &admin);
    }

    /// Stores a new escrow with every milestone `Pending` and `approved = false`, and returns its
    /// id (1 for the first escrow, then 2, 3, …).
    ///
    /// Signs: `escrow.roles.platform`. Publishes `EscrowCreated`.
    ///
    /// Errors: `NoMilestones`, `TooManyMilestones` (more than 50), `InvalidFee` (above 2 000 bps),
    /// `InvalidRoles` (the dispute resolver is the approver, service provider or receiver, or a
    /// role is this contract), `TextTooLong`, `InvalidAmount` (a milestone amount ≤ 0, or a
    /// total above `i128::MAX`).
    pub fn create_escrow(env: Env, escrow: NewEscrow) -> Result<u64, Error> {
        escrow.roles.platform.require_auth();
        let total_amount = lifecycle::check_new_escrow(&escrow, &env.current_contract_address())?;

        let id = storage::next_escrow_id(&env);
        let stored = Escrow {
            id,
            engagement_id: escrow.engagement_id,
            title: escrow.title,
            description: escrow.description,
            roles: escrow.roles,
            token: escrow.token,
            platform_fee_bps: escrow.platform_fee_bps,
            milestone_count: escrow.milestones.len(),
            total_amount,
            funded: 0,
            paid_out: 0,
        };
        storage::create_escrow(&env, &stored);
        let now = env.ledger().timestamp();
        for (index, new) in escrow.milestones.iter().enumerate() {
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

    /// Moves `amount` of the escrow's token from `funder` into the contract, on this escrow's
    /// account. Anyone may fund; usually the approver.
    ///
    /// Signs: `funder` (for this call and the token transfer it makes). Publishes
    /// `EscrowFunded`.
    ///
    /// Errors: `EscrowNotFound`, `InvalidAmount` (≤ 0), `FundingExceedsTotal` (`funded + amount`
    /// above `total_amount`).
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

    /// Marks a milestone done: `new_status` must be `ForReview`; allowed from `Pending`,
    /// `ChangesRequested` and `ForReview` (a resubmission). `approved` stays `false`. Stores
    /// `evidence` (`None` keeps the previous evidence) and `notes` (the latest note, `None` clears
    /// it).
    ///
    /// Signs: the stored `service_provider`. Publishes `MilestoneUpdated`.
    ///
    /// Errors: `EscrowNotFound`, `TextTooLong` (evidence above 512 bytes, notes above 1 024),
    /// `MilestoneNotFound`, `InvalidStatusTransition`.
    pub fn change_milestone_status(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        new_status: MilestoneStatus,
        evidence: Option<String>,
        notes: Option<String>,
    ) -> Result<(), Error> {
        let escrow = storage::open_escrow(&env, escrow_id)?;
        let provider = escrow.roles.service_provider;
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

    /// Sends a milestone back to the service provider: `ForReview` → `ChangesRequested`. Stores
    /// `notes` as the milestone's latest note (`None` clears it).
    ///
    /// Signs: the stored `approver`. Publishes `MilestoneUpdated`.
    ///
    /// Errors: `EscrowNotFound`, `TextTooLong` (notes above 1 024 bytes), `MilestoneNotFound`,
    /// `InvalidStatusTransition`.
    pub fn request_changes(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        notes: Option<String>,
    ) -> Result<(), Error> {
        let escrow = storage::open_escrow(&env, escrow_id)?;
        let approver = escrow.roles.approver;
        approver.require_auth();
        lifecycle::check_optional_text(&notes, MAX_NOTES_LEN)?;
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::RequestChanges)?;

        milestone.notes = notes;
        record_change(&env, escrow_id, milestone_index, milestone, approver);
        Ok(())
    }

    /// Accepts a milestone: `ForReview` → `Approved`, `approved = true`. The release signer may
    /// then pay it out.
    ///
    /// Signs: the stored `approver`. Publishes `MilestoneUpdated`.
    ///
    /// Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`.
    pub fn approve_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let escrow = storage::open_escrow(&env, escrow_id)?;
        let approver = escrow.roles.approver;
        approver.require_auth();
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Approve)?;

        record_change(&env, escrow_id, milestone_index, milestone, approver);
        Ok(())
    }

    /// Pays an approved milestone out: `Approved` → `Released`. Sends `amount − fee` to the
    /// receiver and `fee = amount × platform_fee_bps / 10 000` (rounded down) to the platform.
    ///
    /// Signs: the stored `release_signer`. Publishes `MilestoneUpdated`, then
    /// `MilestoneReleased`.
    ///
    /// Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`,
    /// `InsufficientFunds` (the escrow holds less than the milestone's amount).
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

    /// Disputes a milestone: any of `Pending`, `ForReview`, `ChangesRequested`, `Approved` →
    /// `Disputed`, `approved = false`. `reason` becomes the milestone's latest note. The dispute
    /// resolver then splits it.
    ///
    /// Signs: `caller`, who must be the stored approver or service provider. Publishes
    /// `MilestoneUpdated`.
    ///
    /// Errors: `EscrowNotFound`, `NotAParty`, `TextTooLong` (reason above 1 024 bytes),
    /// `MilestoneNotFound`, `InvalidStatusTransition`.
    pub fn dispute_milestone(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        caller: Address,
        reason: String,
    ) -> Result<(), Error> {
        let escrow = storage::open_escrow(&env, escrow_id)?;
        if caller != escrow.roles.approver && caller != escrow.roles.service_provider {
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

    /// Splits a disputed milestone: `Disputed` → `Resolved`. Pays `receiver_amount` less the
    /// platform fee on it to the receiver, the fee to the platform, and refunds
    /// `amount − receiver_amount` to the approver.
    ///
    /// Signs: the stored `dispute_resolver`. Publishes `MilestoneUpdated`, then
    /// `DisputeResolved`.
    ///
    /// Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`,
    /// `InvalidAmount` (`receiver_amount` outside `0..=amount`), `InsufficientFunds`.
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

    /// Reads an escrow. Anyone; changes nothing.
    ///
    /// Errors: `EscrowNotFound`.
    pub fn get_escrow(env: Env, escrow_id: u64) -> Result<Escrow, Error> {
        storage::escrow(&env, escrow_id)
    }

    /// Reads one milestone. Anyone; changes nothing.
    ///
    /// Errors: `EscrowNotFound`, `MilestoneNotFound`.
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

    /// Reads every milestone of an escrow, in index order. Anyone; changes nothing.
    ///
    /// Errors: `EscrowNotFound`.
    pub fn get_milestones(env: Env, escrow_id: u64) -> Result<Vec<Milestone>, Error> {
        let escrow = storage::escrow(&env, escrow_id)?;
        Ok(storage::milestones(&env, &escrow))
    }

    /// Extends every ledger entry of an escrow (the escrow and all its milestones), and the
    /// contract instance and code, to the network's maximum time to live. Keeps an idle escrow
    /// from being archived.
    ///
    /// Signs: nobody; the caller pays the rent. No event.
    ///
    /// Errors: `EscrowNotFound`.
    pub fn extend_ttl(env: Env, escrow_id: u64) -> Result<(), Error> {
        storage::extend_escrow_to_max(&env, escrow_id)
    }

    /// Replaces the contract's code with the uploaded wasm `new_wasm_hash`. Every escrow keeps
    /// its state and its tokens.
    ///
    /// Signs: the admin set at deployment. No event.
    pub fn upgrade(env: Env, new_wasm_hash: BytesN<32>) {
        storage::admin(&env).require_auth();
        env.deployer()
            .update_current_contract(ContractExecutable::Wasm(new_wasm_hash));
    }
}

/// Stores a milestone after a status change and publishes the milestone-update event.
fn record_change(env: &Env, escrow_id: u64, index: u32, mut milestone: Milestone, by: Address) {
    milestone.approved = Milestone::is_approved(milestone.status);
    milestone.updated_at = env.ledger().timestamp();
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
