//! The contract's typed errors. Codes are part of the public interface: never renumber them.

use soroban_sdk::contracterror;

/// Why the escrow refused a call. A refused call changes nothing: every escrow, milestone,
/// credit and balance stays as it was. When a call has several faults, it reports the first
/// in this order: the escrow exists, the signers, `NotAParty`, the number of milestones, the
/// texts, the roles, the fee, the terms, the milestone exists, the status transition,
/// `TooEarly`, the amounts and funds.
#[contracterror]
#[derive(Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
#[repr(u32)]
pub enum Error {
    /// No escrow has this id. Ids start at 1 and are handed out in creation order.
    EscrowNotFound = 1,
    /// The escrow has no milestone at this index. Indices run from 0 to `milestone_count - 1`.
    MilestoneNotFound = 2,
    /// The milestone's status does not allow this change: for example approving a milestone
    /// that is not `ForReview`, asking for changes once the review period is over, a dispute
    /// the caller may not open, or any change to a final milestone.
    InvalidStatusTransition = 3,
    /// The `caller` of `dispute_milestone` or `expire_dispute` is neither the escrow's
    /// approver nor its service provider.
    NotAParty = 4,
    /// An amount is out of range: a milestone amount or deposit of zero or less, a total of
    /// milestone amounts above the largest `i128`, or a receiver's share below zero or above
    /// the milestone's amount.
    InvalidAmount = 5,
    /// A deposit is larger than what the escrow's open milestones still lack
    /// (`open_amount - (funded - paid_out)`).
    FundingExceedsTotal = 6,
    /// The milestone is not fully backed (`held < amount`), so the release signer cannot pay
    /// it in full yet; fund the escrow first.
    InsufficientFunds = 7,
    /// The platform fee is above 2 000 basis points (20 %).
    InvalidFee = 8,
    /// The list of milestones is empty.
    NoMilestones = 9,
    /// Too many milestones: the escrow would hold more than 50 (`MAX_MILESTONES`),
    /// `add_milestones` appends more than 40 in one call (`MAX_ADD_BATCH`), or
    /// `approve_and_release` lists more than 5 (`MAX_RELEASE_BATCH`).
    TooManyMilestones = 10,
    /// A text is longer than its byte cap: `engagement_id` 64, `title` 128, escrow
    /// `description` 1 024, milestone `description` 512, `evidence` 512, `notes` and a dispute
    /// `reason` 1 024 bytes.
    TextTooLong = 11,
    /// The roles break a rule: the approver is the service provider; the dispute resolver is
    /// the approver, the service provider, the escrow's receiver or a milestone's receiver; or
    /// a role or receiver is this escrow contract itself.
    InvalidRoles = 12,
    /// Too early: the ledger time has not reached the milestone's deadline or the end of its
    /// review or resolution period yet.
    TooEarly = 13,
    /// A time term is out of range: a review or resolution period outside 1 to 365 days, a
    /// fallback share above 10 000 basis points, or a deadline not later than now or more
    /// than 5 years away.
    InvalidTerms = 14,
    /// The token refused to move a deposit from the funder (for example, too low a balance
    /// or a frozen account), or to pay a withdrawal to its recipient.
    TokenTransferFailed = 15,
}
