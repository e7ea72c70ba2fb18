//! The contract's typed errors. Codes are part of the public interface: never renumber them.

use soroban_sdk::contracterror;

/// Why the escrow refused a call. A refused call changes nothing: every escrow, milestone and
/// balance stays as it was. When a call has several faults, it reports the first in this
/// order: the escrow exists, the signers, `NotAParty`, the texts, the milestone exists, the
/// status transition, the amounts and funds.
#[contracterror]
#[derive(Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
#[repr(u32)]
pub enum Error {
    /// No escrow has this id. Ids start at 1 and are handed out in creation order.
    EscrowNotFound = 1,
    /// The escrow has no milestone at this index. Indices run from 0 to `milestone_count - 1`.
    MilestoneNotFound = 2,
    /// The milestone's current status does not allow this change, for example approving a
    /// milestone that is not `ForReview`, or any change to a `Released` or `Resolved` one.
    InvalidStatusTransition = 3,
    /// The `caller` of `dispute_milestone` is neither the escrow's approver nor its service
    /// provider.
    NotAParty = 4,
    /// An amount is out of range: a milestone amount or deposit of zero or less, a total of
    /// milestone amounts above the largest `i128`, or a dispute award below zero or above the
    /// milestone's amount.
    InvalidAmount = 5,
    /// A deposit would take what the escrow has been funded above the sum of its milestone
    /// amounts.
    FundingExceedsTotal = 6,
    /// The escrow holds less than the milestone's amount (`funded - paid_out` is smaller), so
    /// the milestone cannot be paid out yet; fund the escrow first.
    InsufficientFunds = 7,
    /// The platform fee is above 2 000 basis points (20 %).
    InvalidFee = 8,
    /// The new escrow has no milestone.
    NoMilestones = 9,
    /// The new escrow has more than 50 milestones (`MAX_MILESTONES`).
    TooManyMilestones = 10,
    /// A text is longer than its byte cap: `engagement_id` 64, `title` 128, escrow
    /// `description` 1 024, milestone `description` 512, `evidence` 512, `notes` and a dispute
    /// `reason` 1 024 bytes.
    TextTooLong = 11,
    /// The roles break a rule: the dispute resolver is also the approver, the service provider
    /// or the receiver, or a role is this escrow contract itself.
    InvalidRoles = 12,
}
