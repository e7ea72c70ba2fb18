//! The contract's typed errors. Codes are part of the public interface: never renumber them.

use soroban_sdk::contracterror;

// Why a call was refused. Every refused call leaves all state as it was.
/// Refusal reasons.
#[contracterror]
#[derive(Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
#[repr(u32)]
pub enum Error {
    // No escrow has this id.
    /// Unknown escrow.
    EscrowNotFound = 1,
    // The escrow has no milestone at this index.
    /// Unknown milestone.
    MilestoneNotFound = 2,
    // The milestone's current status does not allow this change.
    /// Bad transition.
    InvalidStatusTransition = 3,
    // `dispute_milestone` called by someone who is neither the approver nor the service provider.
    /// Not a party.
    NotAParty = 4,
    // An amount is zero, negative, or out of range (a total that would overflow `i128`, a
    // dispute split larger than the milestone).
    /// Amount <= 0 or too big.
    InvalidAmount = 5,
    // `fund_escrow` would take `funded` above `total_amount`.
    /// Over total.
    FundingExceedsTotal = 6,
    // The escrow holds less than the milestone's amount (`funded − paid_out < amount`).
    /// Underfunded.
    InsufficientFunds = 7,
    // `platform_fee_bps` is above the 2 000 bps (20 %) cap.
    /// Fee > 2 000 bps.
    InvalidFee = 8,
    // `create_escrow` with an empty milestone list.
    /// Empty list.
    NoMilestones = 9,
    // `create_escrow` with more than `MAX_MILESTONES` (50) milestones.
    /// Over 50.
    TooManyMilestones = 10,
    // A text field is longer than its byte cap.
    /// Over byte cap.
    TextTooLong = 11,
    // The dispute resolver is also the approver, the service provider or the receiver, or a role
    // is the escrow contract itself.
    /// Resolver is party or role is self.
    InvalidRoles = 12,
}
