//! The rules: which milestone status changes are allowed and when, and which inputs are
//! accepted. Plain functions over plain values, so they are tested without a Soroban host.

use soroban_sdk::{Address, String};

use crate::{
    errors::Error,
    types::{MilestoneStatus, Roles},
};

/// Most milestones one escrow may hold, added ones included. At 50 milestones with every text
/// at its cap, `create_escrow` writes 105 ledger entries and 41 KB from 35.5 KB of arguments,
/// in a transaction of 77.5 KB (its authorization repeats the arguments) and 6.5 million
/// instructions: inside mainnet's per-transaction limits of 200 entries and 132 KB written and
/// 132 KB of transaction. A test on the shipped wasm holds it there
/// (`integration-tests/tests/network_limits.rs`).
pub const MAX_MILESTONES: u32 = 50;
/// Most milestones one `approve_and_release` may pay: with every text at its cap and every
/// payment credited, their events stay inside mainnet's 16 KiB limit on a transaction's events
/// and return value; a test on the shipped wasm holds it there.
pub const MAX_RELEASE_BATCH: u32 = 5;
/// Most milestones one `add_milestones` may append. Its three signers' authorizations each
/// repeat the whole list, so the transaction carries every milestone four times: with every
/// text at its cap and three distinct signing accounts, 2.8 KB per milestone, a transaction of
/// 113.8 KB for 40 against mainnet's 132 KB limit (46 would be the most that fit), which
/// leaves room for larger signatures such as a passkey's. A test on the shipped wasm holds it
/// there (`integration-tests/tests/network_limits.rs`).
pub const MAX_ADD_BATCH: u32 = 40;
/// Highest platform fee, in basis points (20 %).
pub const MAX_PLATFORM_FEE_BPS: u32 = 2_000;
/// Basis points in one whole.
pub const BPS_DENOMINATOR: u32 = 10_000;
/// One day, in seconds: the shortest review or resolution period.
pub const MIN_PERIOD: u64 = 86_400;
/// 365 days, in seconds: the longest review or resolution period.
pub const MAX_PERIOD: u64 = 31_536_000;
/// Five years of 365 days, in seconds: how far ahead a deadline may be.
pub const MAX_DEADLINE_AHEAD: u64 = 157_680_000;

/// Byte cap of `engagement_id`.
pub const MAX_ENGAGEMENT_ID_LEN: u32 = 64;
/// Byte cap of the escrow `title`.
pub const MAX_TITLE_LEN: u32 = 128;
/// Byte cap of the escrow `description`.
pub const MAX_DESCRIPTION_LEN: u32 = 1_024;
/// Byte cap of a milestone `description`.
pub const MAX_MILESTONE_DESCRIPTION_LEN: u32 = 512;
/// Byte cap of `evidence`.
pub const MAX_EVIDENCE_LEN: u32 = 512;
/// Byte cap of `notes` and of a dispute `reason`.
pub const MAX_NOTES_LEN: u32 = 1_024;

/// The two parties who act on milestones.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum Party {
    /// The client.
    Approver,
    /// The service provider.
    ServiceProvider,
}

/// Something done to a milestone.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum Action {
    /// The service provider marks it done (or resubmits).
    Submit,
    /// The approver asks for changes.
    RequestChanges,
    /// The approver accepts it.
    Approve,
    /// A party disputes it.
    Dispute(Party),
    /// The release signer pays it out.
    Release,
    /// The approver and the release signer approve it and pay it out at once.
    ApproveAndRelease,
    /// The service provider claims it after the review period.
    Claim,
    /// The approver takes back a milestone whose deadline, given here, passed undelivered.
    Cancel {
        /// The milestone's delivery deadline.
        deadline: u64,
    },
    /// The approver and the service provider agree on a split.
    Settle,
    /// The dispute resolver splits it.
    Resolve,
    /// A party ends a dispute the resolver left unanswered, by the fallback split.
    Expire,
}

/// A milestone's progress: its status, and, while `Disputed`, whether the work disputed had
/// been approved (which decides the fallback split of `expire_dispute`).
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub struct Stage {
    /// The milestone's status.
    pub status: MilestoneStatus,
    /// `true` only for a `Disputed` milestone that was `Approved` when disputed.
    pub disputed_after_approval: bool,
}

impl Stage {
    /// A stage with no dispute behind it.
    pub const fn of(status: MilestoneStatus) -> Stage {
        Stage {
            status,
            disputed_after_approval: false,
        }
    }
}

/// Whether `status` is final: `Released`, `Resolved` or `Cancelled`.
pub fn is_final(status: MilestoneStatus) -> bool {
    matches!(
        status,
        MilestoneStatus::Released | MilestoneStatus::Resolved | MilestoneStatus::Cancelled
    )
}

/// Whether `status` counts as approved: exactly `Approved` and `Released`.
pub fn is_approved(status: MilestoneStatus) -> bool {
    matches!(
        status,
        MilestoneStatus::Approved | MilestoneStatus::Released
    )
}

/// The clocks of one milestone at one moment, in ledger seconds.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub struct Clock {
    /// The ledger time of the call.
    pub now: u64,
    /// When the milestone's status, evidence or notes last changed.
    pub updated_at: u64,
    /// The escrow's review period.
    pub review_period: u64,
    /// The escrow's resolution period.
    pub resolution_period: u64,
}

impl Clock {
    /// Whether the review period that started at the last change is still running.
    pub fn in_review_period(&self) -> bool {
        self.now < self.updated_at.saturating_add(self.review_period)
    }

    /// `TooEarly` until the review period that started at the last change has ended.
    fn review_period_over(&self) -> Result<(), Error> {
        not_before(self.now, self.updated_at.saturating_add(self.review_period))
    }

    /// `TooEarly` until the resolution period that started at the dispute has ended.
    fn resolution_period_over(&self) -> Result<(), Error> {
        not_before(
            self.now,
            self.updated_at.saturating_add(self.resolution_period),
        )
    }
}

/// `TooEarly` while `now` is before `moment`.
fn not_before(now: u64, moment: u64) -> Result<(), Error> {
    if now < moment {
        Err(Error::TooEarly)
    } else {
        Ok(())
    }
}

/// The stage a milestone in `from` moves to when `action` happens at `clock`.
///
/// `InvalidStatusTransition` when the action is not allowed from there at all, or no longer
/// (asking for changes to, or disputing, a delivery whose review period is over: it counts as
/// approved); `TooEarly` when it is allowed from there but its time has not come (a claim
/// before the review period is over, a cancellation before the deadline, an expiry before the
/// resolution period is over). The status check comes first.
pub fn next_stage(from: Stage, action: Action, clock: &Clock) -> Result<Stage, Error> {
    use MilestoneStatus::*;
    let status = from.status;
    let to = match (action, status) {
        (Action::Submit, Pending | ChangesRequested | ForReview) => ForReview,
        (Action::RequestChanges, ForReview) if clock.in_review_period() => ChangesRequested,
        (Action::Approve, ForReview) => Approved,
        (Action::Dispute(Party::Approver), ForReview) if clock.in_review_period() => {
            return Ok(Stage {
                status: Disputed,
                disputed_after_approval: false,
            })
        }
        (Action::Dispute(_), ChangesRequested) => Disputed,
        (Action::Dispute(Party::Approver), Approved) => {
            return Ok(Stage {
                status: Disputed,
                disputed_after_approval: true,
            })
        }
        (Action::Release, Approved) => Released,
        (Action::ApproveAndRelease, ForReview | Approved) => Released,
        (Action::Claim, ForReview | Approved) => {
            clock.review_period_over()?;
            Released
        }
        (Action::Cancel { deadline }, Pending) => {
            not_before(clock.now, deadline)?;
            Cancelled
        }
        (Action::Cancel { deadline }, ChangesRequested) => {
            not_before(clock.now, deadline)?;
            clock.review_period_over()?;
            Cancelled
        }
        (Action::Settle, _) if !is_final(status) => Resolved,
        (Action::Resolve, Disputed) => Resolved,
        (Action::Expire, Disputed) => {
            clock.resolution_period_over()?;
            Resolved
        }
        _ => return Err(Error::InvalidStatusTransition),
    };
    Ok(Stage::of(to))
}

/// What the receiver gets of a disputed milestone of `amount` when the resolver lets the
/// resolution period pass: all of it for work that had been approved, else
/// `amount × fallback_receiver_bps / 10 000`, rounded down.
pub fn fallback_receiver_amount(stage: Stage, amount: i128, fallback_receiver_bps: u32) -> i128 {
    if stage.disputed_after_approval {
        amount
    } else {
        crate::payout::share(amount, fallback_receiver_bps)
    }
}

/// The first fault among a call's inputs, in the documented order (the number of
/// milestones, the texts, the roles, the fee, the terms, the amounts) whatever order they were
/// found in, so the inputs can be checked in one pass.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct FirstFault(Option<Error>);

impl FirstFault {
    /// Records the fault of `result`, if any, unless one reported before it is recorded.
    pub fn check(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            if self.0.is_none_or(|first| rank(error) < rank(first)) {
                self.0 = Some(error);
            }
        }
    }

    /// The first fault recorded, or `Ok`.
    pub fn result(self) -> Result<(), Error> {
        self.0.map_or(Ok(()), Err)
    }
}

/// Where an input fault comes in the order of reporting.
fn rank(error: Error) -> u8 {
    match error {
        Error::NoMilestones | Error::TooManyMilestones => 0,
        Error::TextTooLong => 1,
        Error::InvalidRoles => 2,
        Error::InvalidFee => 3,
        Error::InvalidTerms => 4,
        Error::InvalidAmount => 5,
        _ => 6,
    }
}

/// `TextTooLong` when a text of `len` bytes exceeds `cap`.
pub fn check_text_len(len: u32, cap: u32) -> Result<(), Error> {
    if len > cap {
        Err(Error::TextTooLong)
    } else {
        Ok(())
    }
}

/// `TextTooLong` when `text` is longer than `cap` bytes.
pub fn check_text(text: &String, cap: u32) -> Result<(), Error> {
    check_text_len(text.len(), cap)
}

/// `TextTooLong` when `text` is given and longer than `cap` bytes.
pub fn check_optional_text(text: &Option<String>, cap: u32) -> Result<(), Error> {
    match text {
        Some(text) => check_text(text, cap),
        None => Ok(()),
    }
}

/// Checks how many milestones `create_escrow` opens an escrow with: `NoMilestones` for none,
/// `TooManyMilestones` beyond `MAX_MILESTONES`.
pub fn check_milestone_count(count: u32) -> Result<(), Error> {
    check_added_count(0, count, MAX_MILESTONES)
}

/// Checks how many milestones `add_milestones` appends to an escrow that has `existing`
/// already: `NoMilestones` for none, `TooManyMilestones` beyond `MAX_ADD_BATCH` in one call or
/// `MAX_MILESTONES` in all.
pub fn check_added_milestone_count(existing: u32, added: u32) -> Result<(), Error> {
    check_added_count(existing, added, MAX_ADD_BATCH)
}

/// `NoMilestones` when `added` is 0, `TooManyMilestones` when it is above `per_call` or takes
/// the escrow's `existing` milestones beyond `MAX_MILESTONES`.
fn check_added_count(existing: u32, added: u32, per_call: u32) -> Result<(), Error> {
    if added == 0 {
        Err(Error::NoMilestones)
    } else if added > per_call || existing.saturating_add(added) > MAX_MILESTONES {
        Err(Error::TooManyMilestones)
    } else {
        Ok(())
    }
}

/// `InvalidRoles` unless the roles follow the rules: the approver is not the service
/// provider; the dispute resolver is neither of them nor the receiver; and no role is
/// `this_contract`, so that no payout is ever owed to the contract itself, where it would
/// belong to no escrow. Milestones' own receivers are checked by [`check_receiver`].
pub fn check_roles(roles: &Roles, this_contract: &Address) -> Result<(), Error> {
    let resolver = &roles.dispute_resolver;
    let parties_overlap = roles.approver == roles.service_provider
        || *resolver == roles.approver
        || *resolver == roles.service_provider;
    let contract_has_a_role = [
        &roles.approver,
        &roles.service_provider,
        &roles.platform,
        &roles.release_signer,
        resolver,
    ]
    .contains(&this_contract);
    if parties_overlap || contract_has_a_role {
        return Err(Error::InvalidRoles);
    }
    check_receiver(&roles.receiver, resolver, this_contract)
}

/// `InvalidRoles` when `receiver`, who is paid for milestones, is the dispute resolver (who
/// must gain nothing from a ruling) or this contract.
pub fn check_receiver(
    receiver: &Address,
    dispute_resolver: &Address,
    this_contract: &Address,
) -> Result<(), Error> {
    if receiver == dispute_resolver || receiver == this_contract {
        Err(Error::InvalidRoles)
    } else {
        Ok(())
    }
}

/// `InvalidFee` above `MAX_PLATFORM_FEE_BPS`.
pub fn check_fee(platform_fee_bps: u32) -> Result<(), Error> {
    if platform_fee_bps > MAX_PLATFORM_FEE_BPS {
        Err(Error::InvalidFee)
    } else {
        Ok(())
    }
}

/// `InvalidTerms` unless both periods are 1 to 365 days and the fallback share is at most
/// 10 000 basis points.
pub fn check_escrow_terms(
    review_period: u64,
    resolution_period: u64,
    fallback_receiver_bps: u32,
) -> Result<(), Error> {
    let period_ok = |period: u64| (MIN_PERIOD..=MAX_PERIOD).contains(&period);
    if period_ok(review_period)
        && period_ok(resolution_period)
        && fallback_receiver_bps <= BPS_DENOMINATOR
    {
        Ok(())
    } else {
        Err(Error::InvalidTerms)
    }
}

/// `InvalidTerms` unless `deadline` is later than `now` and at most 5 years after it.
pub fn check_deadline(deadline: u64, now: u64) -> Result<(), Error> {
    if deadline > now && deadline - now <= MAX_DEADLINE_AHEAD {
        Ok(())
    } else {
        Err(Error::InvalidTerms)
    }
}

/// Adds one milestone amount to a running total: `InvalidAmount` for an amount that is not
/// positive or a total that would overflow `i128`. Every later payout is at most the total
/// and its fee is computed without an intermediate `amount × bps` (see `payout::share`), so a
/// total accepted here never overflows at payout.
pub fn add_milestone_amount(total: i128, amount: i128) -> Result<i128, Error> {
    if amount <= 0 {
        return Err(Error::InvalidAmount);
    }
    total.checked_add(amount).ok_or(Error::InvalidAmount)
}

/// `InvalidAmount` unless `0 ≤ receiver_amount ≤ amount`.
pub fn check_receiver_amount(receiver_amount: i128, amount: i128) -> Result<(), Error> {
    if (0..=amount).contains(&receiver_amount) {
        Ok(())
    } else {
        Err(Error::InvalidAmount)
    }
}

#[cfg(test)]
mod tests;
