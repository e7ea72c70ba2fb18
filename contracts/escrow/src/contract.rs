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
    // Deploys the contract with `admin`, the only address that may `upgrade` it. Signs: the
    // deployer (the deploy transaction). Stores the admin. No event.
    /// Sets admin, who may upgrade. Signs: deployer.
    pub fn __constructor(env: Env, admin: Address) {
        storage::set_admin(&env, &admin);
    }

    // Stores a new escrow with every milestone `Pending` and `approved = false`, and returns its
    // id (1 for the first escrow, then 2, 3, …). Signs: `escrow.roles.platform`. Errors in
    // detail: `TooManyMilestones` more than 50; `InvalidFee` above 2 000 bps; `InvalidRoles` the
    // dispute resolver is the approver, service provider or receiver, or a role is this
    // contract; `InvalidAmount` a milestone amount ≤ 0, or a total above `i128::MAX`.
    /// New escrow (milestones Pending); returns id. Signs: platform. Event: escrow_created. Errors:
    /// NoMilestones, TooManyMilestones, InvalidFee, InvalidRoles, TextTooLong, InvalidAmount.
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

    // Moves `amount` of the escrow's token from `funder` into the contract, on this escrow's
    // account; usually the approver funds. `funder` signs for this call and for the token
    // transfer it makes. `InvalidAmount`: amount ≤ 0. `FundingExceedsTotal`: `funded + amount`
    // above `total_amount`.
    /// Deposits amount (anyone). Signs: funder. Event: escrow_funded. Errors: EscrowNotFound,
    /// InvalidAmount, FundingExceedsTotal.
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

    // Marks a milestone done. `new_status` must be `ForReview`; from `ForReview` it is a
    // resubmission. `approved` stays `false`. `evidence`: `None` keeps the previous evidence;
    // `notes` becomes the latest note (`None` clears it). Signs: the stored `service_provider`.
    // `TextTooLong`: evidence above 512 bytes, notes above 1 024.
    /// Pending|ChangesRequested|ForReview -> ForReview; sets evidence (None keeps) and notes.
    /// Signs: service_provider. Event: milestone_updated. Errors: EscrowNotFound, TextTooLong,
    /// MilestoneNotFound, InvalidStatusTransition.
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

    // Sends the milestone back to the service provider. `notes` becomes the milestone's latest
    // note (`None` clears it). Signs: the stored `approver`. `TextTooLong`: notes above 1 024
    // bytes.
    /// ForReview -> ChangesRequested; sets notes. Signs: approver. Event: milestone_updated.
    /// Errors: EscrowNotFound, TextTooLong, MilestoneNotFound, InvalidStatusTransition.
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

    // Accepts a milestone: sets `approved = true`; the release signer may then pay it out.
    // Signs: the stored `approver`.
    /// ForReview -> Approved. Signs: approver. Event: milestone_updated. Errors: EscrowNotFound,
    /// MilestoneNotFound, InvalidStatusTransition.
    pub fn approve_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let approver = storage::open_escrow_parties(&env, escrow_id)?.approver;
        approver.require_auth();
        let mut milestone = storage::milestone(&env, escrow_id, milestone_index)?;
        milestone.status = lifecycle::next_status(milestone.status, Action::Approve)?;

        record_change(&env, escrow_id, milestone_index, milestone, approver);
        Ok(())
    }

    // Pays an approved milestone out. `fee = amount × platform_fee_bps / 10 000`, rounded down;
    // the receiver gets `amount − fee`. Signs: the stored `release_signer`. Events in this order:
    // `MilestoneUpdated`, then `MilestoneReleased`. `InsufficientFunds`: the escrow holds less
    // than the milestone's amount.
    /// Approved -> Released; amount - fee to receiver, fee to platform. Signs: release_signer.
    /// Events: milestone_updated, milestone_released. Errors: EscrowNotFound, MilestoneNotFound,
    /// InvalidStatusTransition, InsufficientFunds.
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

    // Disputes a milestone: sets `approved = false`; `reason` becomes the milestone's latest
    // note; the dispute resolver then splits it. Signs: `caller`, who must be the stored approver
    // or service provider (else `NotAParty`). `TextTooLong`: reason above 1 024 bytes.
    /// Pending|ForReview|ChangesRequested|Approved -> Disputed; notes = reason. Signs: approver or
    /// provider. Event: milestone_updated. Errors: EscrowNotFound, NotAParty, TextTooLong,
    /// MilestoneNotFound, InvalidStatusTransition.
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

    // Pays `receiver_amount` less the platform fee on it to the receiver, the fee to the
    // platform, and refunds `amount − receiver_amount` to the approver. Signs: the stored
    // `dispute_resolver`. Events in this order:
    // `MilestoneUpdated`, then `DisputeResolved`. `InvalidAmount`: `receiver_amount` outside
    // `0..=amount`.
    /// Disputed -> Resolved; receiver_amount - fee to receiver, fee to platform, rest refunded.
    /// Signs: dispute_resolver. Events: milestone_updated, dispute_resolved. Errors:
    /// EscrowNotFound, MilestoneNotFound, InvalidStatusTransition, InvalidAmount,
    /// InsufficientFunds.
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

    // Anyone may call; changes nothing.
    /// Reads an escrow. Errors: EscrowNotFound.
    pub fn get_escrow(env: Env, escrow_id: u64) -> Result<Escrow, Error> {
        storage::escrow(&env, escrow_id)
    }

    // Anyone may call; changes nothing.
    /// Reads a milestone. Errors: EscrowNotFound, MilestoneNotFound.
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

    // Every milestone of the escrow, in index order. Anyone may call; changes nothing.
    /// Reads all milestones. Errors: EscrowNotFound.
    pub fn get_milestones(env: Env, escrow_id: u64) -> Result<Vec<Milestone>, Error> {
        let escrow = storage::escrow(&env, escrow_id)?;
        Ok(storage::milestones(&env, &escrow))
    }

    // Extends every ledger entry of an escrow (the escrow and all its milestones), and the
    // contract instance and code, to the network's maximum time to live, so an idle escrow is
    // not archived. Signs: nobody; the caller pays the rent. No event.
    /// Bumps escrow, instance, code TTL to max; anyone. Errors: EscrowNotFound.
    pub fn extend_ttl(env: Env, escrow_id: u64) -> Result<(), Error> {
        storage::extend_escrow_to_max(&env, escrow_id)
    }

    // Replaces the contract's code with the uploaded wasm `new_wasm_hash`. Every escrow keeps
    // its state and its tokens. Signs: the admin set at deployment. No event.
    /// Sets code to new_wasm_hash; state kept. Signs: admin.
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
