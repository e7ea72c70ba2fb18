//! The contract's typed errors. Codes are part of the public interface: never renumber them.

use soroban_sdk::contracterror;

/// Why a call was refused. Every refused call leaves all state as it was.
#[contracterror]
#[derive(Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
#[repr(u32)]
pub enum Error {
    /// No escrow has this id.
    EscrowNotFound = 1,
    /// The escrow has no milestone at this index.
    MilestoneNotFound = 2,
    /// The milestone's current status does not allow this change.
    InvalidStatusTransition = 3,
    /// `dispute_milestone` called by someone who is neither the approver nor the service provider.
    NotAParty = 4,
    /// An amount is zero, negative, or out of range (a total that would overflow `i128`, a
    /// dispute split larger than the milestone).
    InvalidAmount = 5,
    /// `fund_escrow` would take `funded` above `total_amount`.
    FundingExceedsTotal = 6,
    /// The escrow holds less than the milestone's amount (`funded − paid_out < amount`).
    InsufficientFunds = 7,
    /// `platform_fee_bps` is above the 2 000 bps (20 %) cap.
    InvalidFee = 8,
    /// `create_escrow` with an empty milestone list.
    NoMilestones = 9,
    /// `create_escrow` with more than `MAX_MILESTONES` milestones.
    TooManyMilestones = 10,
    /// A text field is longer than its byte cap.
    TextTooLong = 11,
    /// The dispute resolver is also the approver, the service provider or the receiver, or a role
    /// is the escrow contract itself.
    InvalidRoles = 12,
}
