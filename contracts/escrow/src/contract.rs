//! The entry points. Each one: who signs, which state it checks, what it stores, what it
//! publishes. Checks come first, then storage writes and events, then token transfers.

use soroban_sdk::{
    contract, contractimpl,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, BytesN, ContractExecutable, Env, EnvBase, IntoVal, String, TryFromVal, Val, Vec,
};

use crate::{
    accounts::Accounts,
    errors::Error,
    events::{
        AdminChanged, ContractUpgraded, EscrowCreated, EscrowFunded, MilestoneReleased,
        MilestoneSettled, MilestoneUpdated, MilestonesAdded, RoleTransferred, Withdrawn,
    },
    lifecycle::{
        self, Action, Clock, FirstFault, Party, Stage, MAX_DESCRIPTION_LEN, MAX_ENGAGEMENT_ID_LEN,
        MAX_EVIDENCE_LEN, MAX_MILESTONES, MAX_MILESTONE_DESCRIPTION_LEN, MAX_NOTES_LEN,
        MAX_RELEASE_BATCH, MAX_TITLE_LEN,
    },
    payout::{self, Payees, Split},
    storage::{self, EscrowTerms, Header, MilestoneTerms, Progress},
    types::{
        Escrow, Milestone, MilestoneStatus, NewEscrow, NewMilestone, Role, Roles, SettlementKind,
    },
};

/// Milestone escrow for Stellar marketplaces: holds a client's tokens while a service provider
/// delivers work milestone by milestone. One deployed contract holds many escrows, each
/// accounted separately, and every wait has a clock agreed at creation.
#[contract]
pub struct EscrowContract;

#[contractimpl]
impl EscrowContract {
    /// Deploys the contract with `admin`, the only address that may `upgrade` its code or
    /// hand that right over with `set_admin`, and starts the escrow counter.
    ///
    /// # Authorization
    /// The deployer signs the deploy transaction; `admin` does not need to sign.
    ///
    /// # Errors
    /// None.
    pub fn __constructor(env: Env, admin: Address) {
        storage::init(&env, &admin);
    }

    /// Opens an escrow with every milestone `Pending`, unfunded, and returns its id: 1 for the
    /// contract's first escrow, then 2, 3, and so on.
    ///
    /// # Authorization
    /// `escrow.roles.platform` signs.
    ///
    /// # Events
    /// `EscrowCreated`.
    ///
    /// # Errors
    /// - `NoMilestones`, `TooManyMilestones`: no milestone, or more than 50.
    /// - `TextTooLong`: a text is over its byte cap.
    /// - `InvalidRoles`: the approver is the service provider; the dispute resolver is a
    ///   party or a receiver; or a role or receiver is this contract.
    /// - `InvalidFee`: `platform_fee_bps` is above 2 000.
    /// - `InvalidTerms`: a period is outside 1 to 365 days, the fallback share is above
    ///   10 000, or a deadline is not in the next 5 years.
    /// - `InvalidAmount`: an amount is 0 or less, or the total overflows `i128`.
    pub fn create_escrow(env: Env, escrow: NewEscrow) -> Result<u64, Error> {
        escrow.roles.platform.require_auth();
        let this_contract = env.current_contract_address();
        let now = ledger_timestamp(&env);
        lifecycle::check_milestone_count(escrow.milestones.len())?;
        let milestones: [Option<NewMilestone>; MAX_MILESTONES as usize] =
            unpack(&escrow.milestones);
        let mut faults = FirstFault::default();
        faults.check(lifecycle::check_text(
            &escrow.engagement_id,
            MAX_ENGAGEMENT_ID_LEN,
        ));
        faults.check(lifecycle::check_text(&escrow.title, MAX_TITLE_LEN));
        faults.check(lifecycle::check_text(
            &escrow.description,
            MAX_DESCRIPTION_LEN,
        ));
        faults.check(lifecycle::check_roles(&escrow.roles, &this_contract));
        faults.check(lifecycle::check_fee(escrow.platform_fee_bps));
        faults.check(lifecycle::check_escrow_terms(
            escrow.review_period,
            escrow.resolution_period,
            escrow.fallback_receiver_bps,
        ));
        let mut accounts = Accounts::default();
        let new = NewMilestoneRules {
            roles: &escrow.roles,
            this_contract: &this_contract,
            now,
        };
        new.check(&milestones, &mut accounts, &mut faults);
        faults.result()?;

        let id = storage::next_escrow_id(&env);
        let terms = EscrowTerms {
            roles: escrow.roles,
            token: escrow.token,
            platform_fee_bps: escrow.platform_fee_bps,
            review_period: escrow.review_period,
            resolution_period: escrow.resolution_period,
            fallback_receiver_bps: escrow.fallback_receiver_bps,
            milestone_count: accounts.milestone_count,
            renewed_at: now,
            engagement_id: escrow.engagement_id,
            title: escrow.title,
            description: escrow.description,
        };
        storage::create_escrow(&env, id, &terms, &accounts);
        store_new_milestones(&env, id, 0, milestones, now);

        let roles = terms.roles;
        EscrowCreated {
            escrow_id: id,
            platform: roles.platform,
            approver: roles.approver,
            service_provider: roles.service_provider,
            release_signer: roles.release_signer,
            dispute_resolver: roles.dispute_resolver,
            receiver: roles.receiver,
            token: terms.token,
            platform_fee_bps: terms.platform_fee_bps,
            review_period: terms.review_period,
            resolution_period: terms.resolution_period,
            fallback_receiver_bps: terms.fallback_receiver_bps,
            total_amount: accounts.total_amount,
            milestone_count: accounts.milestone_count,
        }
        .publish(&env);
        Ok(id)
    }

    /// Deposits `amount` of the escrow's token from `funder`. The deposit backs the open
    /// milestones in index order: it fills the lowest-indexed one not fully backed, then the
    /// next. Anyone may fund; usually the approver does. Refunds always go to the approver.
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
    /// - `FundingExceedsTotal`: `amount` is more than the open milestones still lack.
    /// - `TokenTransferFailed`: the token refused the transfer (too low a balance, a frozen
    ///   account).
    pub fn fund_escrow(
        env: Env,
        escrow_id: u64,
        funder: Address,
        amount: i128,
    ) -> Result<(), Error> {
        let now = ledger_timestamp(&env);
        let escrow = storage::open_escrow(&env, escrow_id, now)?;
        funder.require_auth();
        let mut accounts = storage::accounts(&env, escrow_id, escrow.milestone_count);
        accounts.deposit(amount, |index| {
            // Every index below milestone_count has its terms.
            storage::milestone_terms(&env, escrow_id, index, escrow.milestone_count)
                .unwrap_optimized()
                .amount
        })?;

        storage::save_accounts(&env, escrow_id, &accounts);
        EscrowFunded {
            escrow_id,
            funder: funder.clone(),
            amount,
            funded: accounts.funded,
        }
        .publish(&env);
        let this_contract = env.current_contract_address();
        if !payout::try_transfer(&env, &escrow.token, &funder, &this_contract, amount) {
            return Err(Error::TokenTransferFailed);
        }
        Ok(())
    }

    /// Marks a milestone delivered for the approver's review: `Pending`, `ChangesRequested`
    /// or `ForReview` (a resubmission) becomes `ForReview`, `approved` stays false, and the
    /// review period starts. Stores `evidence` (`None` keeps the previous one) and `notes`
    /// (`None` clears them). `new_status` must be `ForReview`.
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
        let now = ledger_timestamp(&env);
        let header = storage::open_header(&env, escrow_id, now)?;
        let provider = header.service_provider.clone();
        provider.require_auth();
        lifecycle::check_optional_text(&evidence, MAX_EVIDENCE_LEN)?;
        lifecycle::check_optional_text(&notes, MAX_NOTES_LEN)?;
        let mut progress =
            storage::progress(&env, escrow_id, milestone_index, header.milestone_count)?;
        if new_status != MilestoneStatus::ForReview {
            return Err(Error::InvalidStatusTransition);
        }
        progress.stage = lifecycle::next_stage(
            progress.stage,
            Action::Submit,
            &clock(&header, &progress, now),
        )?;

        if evidence.is_some() {
            progress.evidence = evidence;
        }
        progress.notes = notes;
        record_change(&env, escrow_id, milestone_index, progress, now, provider);
        Ok(())
    }

    /// Sends a delivery back to the service provider: `ForReview` becomes `ChangesRequested`,
    /// and `notes` (the change request; `None` clears the notes) becomes the latest note.
    /// Only within the review period: a delivery left unanswered through it counts as
    /// approved.
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
    /// - `InvalidStatusTransition`: the milestone is not `ForReview`, or its review period is
    ///   over.
    pub fn request_changes(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        notes: Option<String>,
    ) -> Result<(), Error> {
        let now = ledger_timestamp(&env);
        let header = storage::open_header(&env, escrow_id, now)?;
        let approver = header.approver.clone();
        approver.require_auth();
        lifecycle::check_optional_text(&notes, MAX_NOTES_LEN)?;
        let mut progress =
            storage::progress(&env, escrow_id, milestone_index, header.milestone_count)?;
        progress.stage = lifecycle::next_stage(
            progress.stage,
            Action::RequestChanges,
            &clock(&header, &progress, now),
        )?;

        progress.notes = notes;
        record_change(&env, escrow_id, milestone_index, progress, now, approver);
        Ok(())
    }

    /// Accepts a delivery: `ForReview` becomes `Approved` and `approved` becomes true, also
    /// after the review period. The release signer then pays it out; if it does not within
    /// the review period, the service provider may claim it.
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
        let now = ledger_timestamp(&env);
        let header = storage::open_header(&env, escrow_id, now)?;
        let approver = header.approver.clone();
        approver.require_auth();
        let mut progress =
            storage::progress(&env, escrow_id, milestone_index, header.milestone_count)?;
        progress.stage = lifecycle::next_stage(
            progress.stage,
            Action::Approve,
            &clock(&header, &progress, now),
        )?;

        record_change(&env, escrow_id, milestone_index, progress, now, approver);
        Ok(())
    }

    /// Pays an approved, fully backed milestone out: `Approved` becomes `Released`. The
    /// platform gets `fee = amount * platform_fee_bps / 10 000`, rounded down, and the
    /// milestone's receiver `amount - fee`. A recipient whose transfer the token refuses is
    /// credited instead (`PaymentCredited`) and takes it later with `withdraw`.
    ///
    /// # Authorization
    /// The escrow's `release_signer` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, `MilestoneReleased`, and `PaymentCredited` per refused transfer.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Approved`.
    /// - `InsufficientFunds`: the milestone is not fully backed (`held < amount`).
    pub fn release_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let signer = call.escrow.roles.release_signer.clone();
        signer.require_auth();
        let closing = call.check(milestone_index, Action::Release)?;
        let mut accounts = call.accounts();
        call.check_backed(&accounts, &closing)?;

        let payment = call.release(&mut accounts, closing, signer);
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Disputes delivered or approved work, for the dispute resolver to split: the milestone
    /// becomes `Disputed`, `approved` false, and `reason` its latest note. The approver may
    /// dispute a `ForReview` milestone within its review period, a `ChangesRequested` one, or
    /// an `Approved` one not yet paid; the service provider only a `ChangesRequested` one. A
    /// `Pending` milestone is never disputed.
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
    /// - `InvalidStatusTransition`: `caller` may not dispute the milestone now.
    pub fn dispute_milestone(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        caller: Address,
        reason: String,
    ) -> Result<(), Error> {
        let now = ledger_timestamp(&env);
        let header = storage::open_header(&env, escrow_id, now)?;
        caller.require_auth();
        let party = party_of(&header, &caller)?;
        lifecycle::check_text(&reason, MAX_NOTES_LEN)?;
        let mut progress =
            storage::progress(&env, escrow_id, milestone_index, header.milestone_count)?;
        progress.stage = lifecycle::next_stage(
            progress.stage,
            Action::Dispute(party),
            &clock(&header, &progress, now),
        )?;

        progress.notes = Some(reason);
        record_change(&env, escrow_id, milestone_index, progress, now, caller);
        Ok(())
    }

    /// Rules on a dispute: `Disputed` becomes `Resolved`, and the milestone is split. Its
    /// receiver is due `receiver_amount` and the approver the rest of the amount, paid from
    /// what the milestone holds, the receiver's share first; the platform fee is charged on
    /// what the receiver is paid, rounded down.
    ///
    /// # Authorization
    /// The escrow's `dispute_resolver` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, `MilestoneSettled` (kind `Ruling`), and `PaymentCredited`
    /// per refused transfer.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Disputed`.
    /// - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
    pub fn resolve_dispute(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        receiver_amount: i128,
    ) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let resolver = call.escrow.roles.dispute_resolver.clone();
        resolver.require_auth();
        let closing = call.check(milestone_index, Action::Resolve)?;
        lifecycle::check_receiver_amount(receiver_amount, closing.terms.amount)?;

        let mut accounts = call.accounts();
        let payment = call.settle(
            &mut accounts,
            closing,
            receiver_amount,
            SettlementKind::Ruling,
            resolver,
        );
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Pays a milestone whose reviewer went silent: once the review period since its
    /// delivery (`ForReview`) or approval (`Approved`) is over, it becomes `Released` and
    /// `approved` true, and the receiver is paid what the milestone holds (all of it when
    /// fully backed), less the platform fee. Holding back funding cannot block a claim.
    ///
    /// # Authorization
    /// The escrow's `service_provider` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, `MilestoneReleased`, and `PaymentCredited` per refused transfer.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `ForReview` or `Approved`.
    /// - `TooEarly`: the ledger time has not reached `updated_at + review_period`.
    pub fn claim_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let provider = call.escrow.roles.service_provider.clone();
        provider.require_auth();
        let closing = call.check(milestone_index, Action::Claim)?;

        let mut accounts = call.accounts();
        let payment = call.release(&mut accounts, closing, provider);
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Takes back a milestone whose deadline passed undelivered: `Pending` once the ledger
    /// time reaches its `deadline`, or `ChangesRequested` once it reaches both the deadline
    /// and the end of the review period since the change request, becomes `Cancelled`, and
    /// what the milestone holds is refunded to the approver.
    ///
    /// # Authorization
    /// The escrow's `approver` signs.
    ///
    /// # Events
    /// `MilestoneUpdated`, `MilestoneSettled` (kind `Cancellation`), and `PaymentCredited`
    /// if the refund is refused.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Pending` or `ChangesRequested`.
    /// - `TooEarly`: the deadline, or the review period, has not passed yet.
    pub fn cancel_milestone(env: Env, escrow_id: u64, milestone_index: u32) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let approver = call.escrow.roles.approver.clone();
        approver.require_auth();
        let milestone_count = call.escrow.milestone_count;
        let deadline =
            storage::milestone_terms(&env, escrow_id, milestone_index, milestone_count)?.deadline;
        let closing = call.check(milestone_index, Action::Cancel { deadline })?;

        let mut accounts = call.accounts();
        let payment = call.settle(
            &mut accounts,
            closing,
            0,
            SettlementKind::Cancellation,
            approver,
        );
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Settles an open milestone by the parties' agreement, with no resolver: any status that
    /// is not final becomes `Resolved`, and the milestone is split as `resolve_dispute` does,
    /// its receiver due `receiver_amount` and the approver the rest.
    ///
    /// # Authorization
    /// The escrow's `approver` and `service_provider` both sign.
    ///
    /// # Events
    /// `MilestoneUpdated` (changed by the approver), `MilestoneSettled` (kind `Agreement`), and
    /// `PaymentCredited` per refused transfer.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is final.
    /// - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
    pub fn settle_milestone(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        receiver_amount: i128,
    ) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let approver = call.escrow.roles.approver.clone();
        require_all(&[&approver, &call.escrow.roles.service_provider]);
        let closing = call.check(milestone_index, Action::Settle)?;
        lifecycle::check_receiver_amount(receiver_amount, closing.terms.amount)?;

        let mut accounts = call.accounts();
        let payment = call.settle(
            &mut accounts,
            closing,
            receiver_amount,
            SettlementKind::Agreement,
            approver,
        );
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Ends a dispute the resolver left unanswered through the resolution period, by the
    /// fallback rule agreed at creation: `Disputed` becomes `Resolved`, and the receiver is
    /// due all of approved work, or `amount * fallback_receiver_bps / 10 000` (rounded down)
    /// of a contested delivery; the approver the rest. Paid as `resolve_dispute` pays.
    ///
    /// # Authorization
    /// `caller` signs, and must be the escrow's approver or service provider.
    ///
    /// # Events
    /// `MilestoneUpdated`, `MilestoneSettled` (kind `Fallback`), and `PaymentCredited`
    /// per refused transfer.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `NotAParty`: `caller` is neither the approver nor the service provider.
    /// - `MilestoneNotFound`: no milestone has this index.
    /// - `InvalidStatusTransition`: the milestone is not `Disputed`.
    /// - `TooEarly`: the ledger time has not reached `updated_at + resolution_period`.
    pub fn expire_dispute(
        env: Env,
        escrow_id: u64,
        milestone_index: u32,
        caller: Address,
    ) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        caller.require_auth();
        party_of(&call.escrow.header(), &caller)?;
        let closing = call.check(milestone_index, Action::Expire)?;
        let fallback_bps = call.escrow.fallback_receiver_bps;
        let receiver_amount =
            lifecycle::fallback_receiver_amount(closing.from, closing.terms.amount, fallback_bps);

        let mut accounts = call.accounts();
        let payment = call.settle(
            &mut accounts,
            closing,
            receiver_amount,
            SettlementKind::Fallback,
            caller,
        );
        storage::save_accounts(&env, escrow_id, &accounts);
        call.pay(payment);
        Ok(())
    }

    /// Approves and pays out several milestones at once, all or nothing: each listed
    /// milestone, `ForReview` or `Approved`, becomes `Released` and is paid as
    /// `release_milestone` pays.
    ///
    /// # Authorization
    /// The escrow's `approver` and `release_signer` sign (once if the same address).
    ///
    /// # Events
    /// Per milestone: `MilestoneUpdated` (changed by the release signer),
    /// `MilestoneReleased`, and `PaymentCredited` per refused transfer.
    ///
    /// # Errors
    /// The list is checked in order; the first faulty milestone reports its first fault, so
    /// an unfunded one listed before a missing one is `InsufficientFunds`.
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `NoMilestones`, `TooManyMilestones`: the list is empty, or longer than 5.
    /// - `MilestoneNotFound`: a listed index has no milestone.
    /// - `InvalidStatusTransition`: a listed milestone is not `ForReview` or `Approved`, or
    ///   is listed twice.
    /// - `InsufficientFunds`: a listed milestone is not fully backed.
    pub fn approve_and_release(
        env: Env,
        escrow_id: u64,
        milestone_indices: Vec<u32>,
    ) -> Result<(), Error> {
        let call = Opened::open(&env, escrow_id)?;
        let signer = call.escrow.roles.release_signer.clone();
        require_all(&[&call.escrow.roles.approver, &signer]);
        match milestone_indices.len() {
            0 => return Err(Error::NoMilestones),
            count if count > MAX_RELEASE_BATCH => return Err(Error::TooManyMilestones),
            _ => {}
        }
        let indices: [Option<u32>; MAX_RELEASE_BATCH as usize] = unpack(&milestone_indices);
        let mut accounts = call.accounts();
        let mut closings = [const { None }; MAX_RELEASE_BATCH as usize];
        let mut listed = 0u64;
        for (slot, index) in closings.iter_mut().zip(indices.into_iter().flatten()) {
            if index < u64::BITS && listed & (1 << index) != 0 {
                // Listed twice: by then the batch would have released it.
                return Err(Error::InvalidStatusTransition);
            }
            let closing = call.check(index, Action::ApproveAndRelease)?;
            call.check_backed(&accounts, &closing)?;
            listed |= 1 << index;
            *slot = Some(closing);
        }

        let mut payments = [const { None }; MAX_RELEASE_BATCH as usize];
        for (payment, closing) in payments.iter_mut().zip(closings.into_iter().flatten()) {
            *payment = Some(call.release(&mut accounts, closing, signer.clone()));
        }
        storage::save_accounts(&env, escrow_id, &accounts);
        for payment in payments.into_iter().flatten() {
            call.pay(payment);
        }
        Ok(())
    }

    /// Appends milestones to an escrow, at the next indices, `Pending` and unfunded, for
    /// example a second round of work after every earlier milestone is final. The same rules
    /// as at creation apply; one call appends at most 40 milestones (`MAX_ADD_BATCH`, so that
    /// the transaction fits the network's size limit with three signers), and the escrow may
    /// hold at most 50 in all.
    ///
    /// # Authorization
    /// The escrow's `platform`, `approver` and `service_provider` all sign (once each
    /// address).
    ///
    /// # Events
    /// `MilestonesAdded`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `NoMilestones`, `TooManyMilestones`: the list is empty, longer than 40, or the
    ///   escrow would hold more than 50.
    /// - `TextTooLong`: a description is over 512 bytes.
    /// - `InvalidRoles`: a receiver is the dispute resolver or this contract.
    /// - `InvalidTerms`: a deadline is not in the next 5 years.
    /// - `InvalidAmount`: an amount is 0 or less, or the total overflows `i128`.
    pub fn add_milestones(
        env: Env,
        escrow_id: u64,
        milestones: Vec<NewMilestone>,
    ) -> Result<(), Error> {
        let now = ledger_timestamp(&env);
        let escrow = storage::open_escrow(&env, escrow_id, now)?;
        let roles = &escrow.roles;
        require_all(&[&roles.platform, &roles.approver, &roles.service_provider]);
        let mut accounts = storage::accounts(&env, escrow_id, escrow.milestone_count);
        let first_index = accounts.milestone_count;
        lifecycle::check_added_milestone_count(first_index, milestones.len())?;
        let milestones: [Option<NewMilestone>; MAX_MILESTONES as usize] = unpack(&milestones);
        let mut faults = FirstFault::default();
        let this_contract = env.current_contract_address();
        let new = NewMilestoneRules {
            roles,
            this_contract: &this_contract,
            now,
        };
        new.check(&milestones, &mut accounts, &mut faults);
        faults.result()?;

        let mut header = escrow.header();
        header.milestone_count = accounts.milestone_count;
        storage::save_header(&env, escrow_id, &header);
        storage::save_accounts(&env, escrow_id, &accounts);
        store_new_milestones(&env, escrow_id, first_index, milestones, now);
        MilestonesAdded {
            escrow_id,
            first_index,
            count: accounts.milestone_count - first_index,
        }
        .publish(&env);
        Ok(())
    }

    /// Hands one role of an escrow to `new_address`: key rotation, or a platform's new
    /// treasury. The role rules of creation are checked again. Milestones without a receiver
    /// of their own pay whoever is the escrow's receiver when paid; credits already made to
    /// the old address stay with it.
    ///
    /// # Authorization
    /// The role's current holder and `new_address` sign. For `DisputeResolver`, instead the
    /// `approver`, the `service_provider` and `new_address`: a neutral is replaced only with
    /// both parties' consent, and one that lost its key can still be replaced.
    ///
    /// # Events
    /// `RoleTransferred`.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    /// - `InvalidRoles`: the new roles break a rule of `create_escrow`.
    pub fn transfer_role(
        env: Env,
        escrow_id: u64,
        role: Role,
        new_address: Address,
    ) -> Result<(), Error> {
        let now = ledger_timestamp(&env);
        let mut escrow = storage::open_escrow(&env, escrow_id, now)?;
        let mut roles = escrow.roles.clone();
        let holder = role_of(&mut roles, role);
        let old_address = core::mem::replace(holder, new_address.clone());
        let old_roles = &escrow.roles;
        if role == Role::DisputeResolver {
            require_all(&[
                &old_roles.approver,
                &old_roles.service_provider,
                &new_address,
            ]);
        } else {
            require_all(&[&old_address, &new_address]);
        }
        lifecycle::check_roles(&roles, &env.current_contract_address())?;
        if role == Role::DisputeResolver {
            for index in 0..escrow.milestone_count {
                let terms =
                    storage::milestone_terms(&env, escrow_id, index, escrow.milestone_count)
                        .unwrap_optimized();
                if terms.receiver.as_ref() == Some(&new_address) {
                    return Err(Error::InvalidRoles);
                }
            }
        }

        escrow.roles = roles;
        // Only the entry that holds the role changes.
        if matches!(role, Role::Approver | Role::ServiceProvider) {
            storage::save_header(&env, escrow_id, &escrow.header());
        } else {
            storage::save_details(&env, escrow_id, &escrow);
        }
        RoleTransferred {
            escrow_id,
            role,
            old_address,
            new_address,
        }
        .publish(&env);
        Ok(())
    }

    /// Pays `recipient` everything credited to it in `token` (payouts the token refused
    /// earlier) and returns the amount; 0, changing nothing, when nothing is credited. Pays
    /// only `recipient` itself, so a frozen account cannot route around its issuer's freeze.
    ///
    /// # Authorization
    /// `recipient` signs.
    ///
    /// # Events
    /// `Withdrawn`, when something is paid.
    ///
    /// # Errors
    /// - `TokenTransferFailed`: the token still refuses the transfer; the credit stays.
    pub fn withdraw(env: Env, recipient: Address, token: Address) -> Result<i128, Error> {
        recipient.require_auth();
        let amount = storage::credit(&env, &recipient, &token);
        if amount == 0 {
            return Ok(0);
        }

        storage::clear_credit(&env, &recipient, &token);
        Withdrawn {
            recipient: recipient.clone(),
            token: token.clone(),
            amount,
        }
        .publish(&env);
        let this_contract = env.current_contract_address();
        if !payout::try_transfer(&env, &token, &this_contract, &recipient, amount) {
            return Err(Error::TokenTransferFailed);
        }
        Ok(amount)
    }

    /// Reads what `withdraw` would pay `recipient` in `token` now, in the token's smallest
    /// unit: 0 when nothing is credited. Changes nothing.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// None.
    pub fn claimable(env: Env, recipient: Address, token: Address) -> i128 {
        storage::credit(&env, &recipient, &token)
    }

    /// Reads an escrow: its parties, token, terms, texts and totals. Changes nothing.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn get_escrow(env: Env, escrow_id: u64) -> Result<Escrow, Error> {
        let terms = storage::escrow_terms(&env, escrow_id)?;
        let accounts = storage::accounts(&env, escrow_id, terms.milestone_count);
        Ok(Escrow {
            id: escrow_id,
            engagement_id: terms.engagement_id,
            title: terms.title,
            description: terms.description,
            roles: terms.roles,
            token: terms.token,
            platform_fee_bps: terms.platform_fee_bps,
            review_period: terms.review_period,
            resolution_period: terms.resolution_period,
            fallback_receiver_bps: terms.fallback_receiver_bps,
            milestone_count: accounts.milestone_count,
            total_amount: accounts.total_amount,
            open_amount: accounts.open_amount,
            funded: accounts.funded,
            paid_out: accounts.paid_out,
        })
    }

    /// Reads one milestone of an escrow: its status, approved flag, evidence, notes,
    /// deadline, receiver and what the contract holds for it. Changes nothing.
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
        let escrow = storage::escrow_terms(&env, escrow_id)?;
        let accounts = storage::accounts(&env, escrow_id, escrow.milestone_count);
        read_milestone(&env, escrow_id, &escrow, &accounts, milestone_index)
    }

    /// Reads every milestone of an escrow, in index order. Changes nothing. About 2.4 KB per
    /// milestone with every text at its cap: a large escrow's list exceeds what a transaction
    /// may return on mainnet (16 KiB with its events), so read it by simulation, as clients
    /// do for reads, or milestone by milestone with `get_milestone`.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn get_milestones(env: Env, escrow_id: u64) -> Result<Vec<Milestone>, Error> {
        let escrow = storage::escrow_terms(&env, escrow_id)?;
        let accounts = storage::accounts(&env, escrow_id, escrow.milestone_count);
        // Built in one host call from a buffer rather than pushed one by one: the contract then
        // imports neither `vec_new` nor `vec_push_back`, and every call of every entry point is
        // cheaper by the two imports the VM no longer links (about 6 500 instructions each).
        let mut buffer = [Val::VOID.to_val(); MAX_MILESTONES as usize];
        let count = accounts.milestone_count as usize;
        for (index, slot) in (0..).zip(buffer.iter_mut().take(count)) {
            *slot = read_milestone(&env, escrow_id, &escrow, &accounts, index)?.into_val(&env);
        }
        let milestones = buffer.get(..count).unwrap_optimized();
        let vec = env.vec_new_from_slice(milestones).unwrap_infallible();
        Ok(Vec::try_from_val(&env, &vec.to_val()).unwrap_optimized())
    }

    /// Extends the time to live of every ledger entry of an escrow (its terms, accounts and
    /// milestones), of the contract instance and of its code to the network's maximum, so an
    /// idle escrow is not archived. Also reads the contract's balance in the escrow's token,
    /// which makes a Stellar Asset Contract extend that balance entry by its own rule.
    ///
    /// # Authorization
    /// None: anyone may call, and the caller pays the rent.
    ///
    /// # Errors
    /// - `EscrowNotFound`: no escrow has this id.
    pub fn extend_ttl(env: Env, escrow_id: u64) -> Result<(), Error> {
        let escrow = storage::escrow_terms(&env, escrow_id)?;
        storage::extend_escrow_to_max(&env, escrow_id, escrow.milestone_count);
        payout::touch_balance(&env, &escrow.token);
        Ok(())
    }

    /// Reads the admin: the address that may upgrade the contract and hand that right over.
    ///
    /// # Authorization
    /// None: anyone may call.
    ///
    /// # Errors
    /// None.
    pub fn admin(env: Env) -> Address {
        storage::admin(&env)
    }

    /// Hands the upgrade right to `new_admin`. A multisig account is recommended.
    ///
    /// # Authorization
    /// The current admin and `new_admin` sign.
    ///
    /// # Events
    /// `AdminChanged`.
    ///
    /// # Errors
    /// None.
    pub fn set_admin(env: Env, new_admin: Address) {
        let old_admin = storage::admin(&env);
        require_all(&[&old_admin, &new_admin]);
        storage::set_admin(&env, &new_admin);
        AdminChanged {
            old_admin,
            new_admin,
        }
        .publish(&env);
    }

    /// Replaces the contract's code with the uploaded wasm whose hash is `new_wasm_hash`.
    /// Every escrow keeps its state and its tokens.
    ///
    /// # Authorization
    /// The admin signs.
    ///
    /// # Events
    /// `ContractUpgraded`.
    ///
    /// # Errors
    /// None of the escrow's; the host refuses a hash with no uploaded wasm.
    pub fn upgrade(env: Env, new_wasm_hash: BytesN<32>) {
        storage::admin(&env).require_auth();
        env.deployer()
            .update_current_contract(ContractExecutable::Wasm(new_wasm_hash.clone()));
        ContractUpgraded { new_wasm_hash }.publish(&env);
    }
}

/// What the milestones of `create_escrow` or `add_milestones` are checked against: the
/// escrow's roles, this contract and the ledger time.
struct NewMilestoneRules<'a> {
    roles: &'a Roles,
    this_contract: &'a Address,
    now: u64,
}

impl NewMilestoneRules<'_> {
    /// Checks `milestones` in one pass, recording each fault in `faults`, and adds their
    /// amounts to `accounts`.
    fn check(
        &self,
        milestones: &[Option<NewMilestone>],
        accounts: &mut Accounts,
        faults: &mut FirstFault,
    ) {
        for milestone in milestones.iter().flatten() {
            faults.check(lifecycle::check_text(
                &milestone.description,
                MAX_MILESTONE_DESCRIPTION_LEN,
            ));
            if let Some(receiver) = &milestone.receiver {
                faults.check(lifecycle::check_receiver(
                    receiver,
                    &self.roles.dispute_resolver,
                    self.this_contract,
                ));
            }
            faults.check(lifecycle::check_deadline(milestone.deadline, self.now));
            faults.check(accounts.add_milestones([milestone.amount]).map(drop));
        }
    }
}

/// Stores checked new milestones of escrow `id` from index `first_index` on, `Pending`.
fn store_new_milestones(
    env: &Env,
    id: u64,
    first_index: u32,
    milestones: [Option<NewMilestone>; MAX_MILESTONES as usize],
    now: u64,
) {
    let progress = Progress {
        stage: Stage::of(MilestoneStatus::Pending),
        evidence: None,
        notes: None,
        updated_at: now,
        payee: None,
    };
    for (index, new) in (first_index..).zip(milestones.into_iter().flatten()) {
        let terms = MilestoneTerms {
            description: new.description,
            amount: new.amount,
            deadline: new.deadline,
            receiver: new.receiver,
        };
        storage::add_milestone(env, id, index, &terms, &progress);
    }
}

/// The elements of `list`, whose length the caller checked to be at most `N`, read out of the
/// host in one call.
///
/// Iterating a `Vec` asks the host for each element (`vec_get`); unpacking it takes one call,
/// and leaves `vec_get` out of the contract's imports, which every call of every entry point
/// pays for when the VM links them (about 6 500 instructions each). An element of the wrong
/// type traps, as it would when read from the `Vec`.
fn unpack<T: TryFromVal<Env, Val>, const N: usize>(list: &Vec<T>) -> [Option<T>; N] {
    let env = list.env();
    let mut vals = [Val::VOID.to_val(); N];
    let slots = vals.get_mut(..list.len() as usize).unwrap_optimized();
    env.vec_unpack_to_slice(list.to_object(), slots)
        .unwrap_infallible();
    let mut items = [const { None }; N];
    for (item, val) in items.iter_mut().zip(slots.iter()) {
        *item = Some(T::try_from_val(env, val).unwrap_optimized());
    }
    items
}

/// The milestone `index` of an escrow as `get_milestone` returns it.
fn read_milestone(
    env: &Env,
    id: u64,
    escrow: &EscrowTerms,
    accounts: &Accounts,
    index: u32,
) -> Result<Milestone, Error> {
    let progress = storage::progress(env, id, index, escrow.milestone_count)?;
    let terms = storage::milestone_terms(env, id, index, escrow.milestone_count)?;
    let status = progress.stage.status;
    Ok(Milestone {
        held: accounts.held(index, terms.amount),
        receiver: progress
            .payee
            .or(terms.receiver)
            .unwrap_or_else(|| escrow.roles.receiver.clone()),
        description: terms.description,
        amount: terms.amount,
        status,
        approved: lifecycle::is_approved(status),
        evidence: progress.evidence,
        notes: progress.notes,
        updated_at: progress.updated_at,
        deadline: terms.deadline,
    })
}

/// The milestone clocks of a call at `now`.
fn clock(header: &Header, progress: &Progress, now: u64) -> Clock {
    Clock {
        now,
        updated_at: progress.updated_at,
        review_period: header.review_period,
        resolution_period: header.resolution_period,
    }
}

/// Which party `caller` is, or `NotAParty`.
fn party_of(header: &Header, caller: &Address) -> Result<Party, Error> {
    if *caller == header.approver {
        Ok(Party::Approver)
    } else if *caller == header.service_provider {
        Ok(Party::ServiceProvider)
    } else {
        Err(Error::NotAParty)
    }
}

/// The holder of `role` in `roles`.
fn role_of(roles: &mut Roles, role: Role) -> &mut Address {
    match role {
        Role::Approver => &mut roles.approver,
        Role::ServiceProvider => &mut roles.service_provider,
        Role::Platform => &mut roles.platform,
        Role::ReleaseSigner => &mut roles.release_signer,
        Role::DisputeResolver => &mut roles.dispute_resolver,
        Role::Receiver => &mut roles.receiver,
    }
}

/// Requires the signature of every address in `signers`, once per distinct address (the host
/// would ask an address that holds two roles to sign twice).
fn require_all(signers: &[&Address]) {
    for (position, signer) in signers.iter().enumerate() {
        if !signers[..position].contains(signer) {
            signer.require_auth();
        }
    }
}

/// An escrow opened by a mutating call: its terms, read once, and the call's ledger time.
struct Opened<'a> {
    env: &'a Env,
    id: u64,
    escrow: EscrowTerms,
    now: u64,
}

/// A milestone that a call is about to make final: its stage before the call, its progress
/// moved to the final stage, and its terms.
struct Closing {
    index: u32,
    from: Stage,
    progress: Progress,
    terms: MilestoneTerms,
}

/// A payout recorded in the escrow's state, whose transfers are still to be made.
struct Payment {
    split: Split,
    receiver: Address,
}

impl<'a> Opened<'a> {
    /// Opens escrow `id` for a mutating call now (see `storage::open_escrow`), or
    /// `EscrowNotFound`.
    fn open(env: &'a Env, id: u64) -> Result<Self, Error> {
        let now = ledger_timestamp(env);
        let escrow = storage::open_escrow(env, id, now)?;
        Ok(Opened {
            env,
            id,
            escrow,
            now,
        })
    }

    fn accounts(&self) -> Accounts {
        storage::accounts(self.env, self.id, self.escrow.milestone_count)
    }

    /// Checks that `action` may make milestone `index` final now: `MilestoneNotFound`,
    /// `InvalidStatusTransition`, `TooEarly`.
    fn check(&self, index: u32, action: Action) -> Result<Closing, Error> {
        let mut progress =
            storage::progress(self.env, self.id, index, self.escrow.milestone_count)?;
        let from = progress.stage;
        let clock = clock(&self.escrow.header(), &progress, self.now);
        progress.stage = lifecycle::next_stage(from, action, &clock)?;
        let terms =
            storage::milestone_terms(self.env, self.id, index, self.escrow.milestone_count)?;
        Ok(Closing {
            index,
            from,
            progress,
            terms,
        })
    }

    /// `InsufficientFunds` unless the milestone is fully backed, as a payout in full by the
    /// release signer needs.
    fn check_backed(&self, accounts: &Accounts, closing: &Closing) -> Result<(), Error> {
        let amount = closing.terms.amount;
        if accounts.held(closing.index, amount) < amount {
            Err(Error::InsufficientFunds)
        } else {
            Ok(())
        }
    }

    /// Records a payout of what the milestone holds to its receiver, less the platform fee:
    /// closes it in `accounts` (which the caller stores), stores its progress and publishes
    /// `MilestoneUpdated` and `MilestoneReleased`. The transfers are left to [`Opened::pay`].
    fn release(&self, accounts: &mut Accounts, closing: Closing, by: Address) -> Payment {
        let amount = closing.terms.amount;
        let (index, payment) = self.close(accounts, closing, amount, by);
        MilestoneReleased {
            escrow_id: self.id,
            milestone_index: index,
            receiver: payment.receiver.clone(),
            paid_to_receiver: payment.split.to_receiver,
            platform: self.escrow.roles.platform.clone(),
            platform_fee: payment.split.platform_fee,
        }
        .publish(self.env);
        payment
    }

    /// Records a split of `kind` of the milestone, its receiver due `receiver_amount` and the
    /// approver the rest, as [`Opened::release`] records a payout, with `MilestoneSettled`.
    fn settle(
        &self,
        accounts: &mut Accounts,
        closing: Closing,
        receiver_amount: i128,
        kind: SettlementKind,
        by: Address,
    ) -> Payment {
        let (index, payment) = self.close(accounts, closing, receiver_amount, by);
        MilestoneSettled {
            escrow_id: self.id,
            milestone_index: index,
            receiver: payment.receiver.clone(),
            paid_to_receiver: payment.split.to_receiver,
            platform: self.escrow.roles.platform.clone(),
            platform_fee: payment.split.platform_fee,
            approver: self.escrow.roles.approver.clone(),
            refunded_to_approver: payment.split.refund,
            kind,
        }
        .publish(self.env);
        payment
    }

    /// Closes the milestone in `accounts`, its receiver due `receiver_amount` of what it
    /// holds, and stores its progress with who is paid; returns its index and the payment.
    fn close(
        &self,
        accounts: &mut Accounts,
        closing: Closing,
        receiver_amount: i128,
        by: Address,
    ) -> (u32, Payment) {
        let Closing {
            index,
            mut progress,
            terms,
            ..
        } = closing;
        let held = accounts.held(index, terms.amount);
        let fee_bps = self.escrow.platform_fee_bps;
        let split = payout::split(terms.amount, held, receiver_amount, fee_bps);
        accounts.close(index, terms.amount, held);
        let receiver = terms
            .receiver
            .unwrap_or_else(|| self.escrow.roles.receiver.clone());
        // The milestone keeps who was paid, whoever holds the receiver role later.
        progress.payee = Some(receiver.clone());
        record_change(self.env, self.id, index, progress, self.now, by);
        (index, Payment { split, receiver })
    }

    /// Makes the transfers of a recorded payment: to its receiver, the platform and the
    /// approver, each credited instead when the token refuses it.
    fn pay(&self, payment: Payment) {
        let payees = Payees {
            receiver: &payment.receiver,
            platform: &self.escrow.roles.platform,
            approver: &self.escrow.roles.approver,
        };
        payout::pay_split(
            self.env,
            self.id,
            &self.escrow.token,
            &payment.split,
            &payees,
        );
    }
}

/// Stores a milestone's progress after a status change at `now`, and publishes the
/// milestone-update event.
fn record_change(env: &Env, id: u64, index: u32, mut progress: Progress, now: u64, by: Address) {
    progress.updated_at = now;
    storage::save_progress(env, id, index, &progress);
    let status = progress.stage.status;
    MilestoneUpdated {
        escrow_id: id,
        milestone_index: index,
        status,
        approved: lifecycle::is_approved(status),
        evidence: progress.evidence,
        notes: progress.notes,
        changed_by: by,
    }
    .publish(env);
}

/// The ledger's close time, in seconds. `env.ledger().timestamp()` unwraps its conversion with
/// a formatted panic, which links about 4 KB of formatting code into the wasm; this traps
/// instead. The conversion cannot fail: the host always returns a `u64`.
fn ledger_timestamp(env: &Env) -> u64 {
    let timestamp = soroban_env_common::Env::get_ledger_timestamp(env).unwrap_infallible();
    u64::try_from_val(env, &timestamp).unwrap_optimized()
}
