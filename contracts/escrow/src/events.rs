//! Events. Each carries `escrow_id` as a topic after its name, so a platform can follow one
//! escrow with a topic filter `[<name>, <escrow_id>]`.

use soroban_sdk::{contractevent, Address, String};

use crate::types::MilestoneStatus;

// A new escrow was stored. Topics: `["escrow_created", escrow_id]`.
/// Escrow created.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowCreated {
    /// Escrow id.
    #[topic]
    pub escrow_id: u64,
    // The platform that created it (and signed).
    /// Creator.
    pub platform: Address,
    /// Client.
    pub approver: Address,
    /// Provider.
    pub service_provider: Address,
    /// Token.
    pub token: Address,
    // What funding it fully takes.
    /// Sum of amounts.
    pub total_amount: i128,
    /// Milestones.
    pub milestone_count: u32,
}

// Tokens were deposited. Topics: `["escrow_funded", escrow_id]`.
/// Deposit.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowFunded {
    /// Escrow id.
    #[topic]
    pub escrow_id: u64,
    // Who paid (and signed).
    /// Payer.
    pub funder: Address,
    /// Deposited.
    pub amount: i128,
    // Everything deposited so far, this deposit included.
    /// Total funded.
    pub funded: i128,
}

// The milestone-update event: a milestone's status changed. Published by every status change, so a platform can notify the
// other party. Topics: `["milestone_updated", escrow_id]`.
/// Status changed.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneUpdated {
    /// Escrow id.
    #[topic]
    pub escrow_id: u64,
    // The milestone's index in the escrow, from 0.
    /// Index.
    pub milestone_index: u32,
    /// New status.
    pub status: MilestoneStatus,
    /// Approved flag.
    pub approved: bool,
    /// Evidence now.
    pub evidence: Option<String>,
    /// Notes now.
    pub notes: Option<String>,
    // Who made the change (and signed).
    /// Signer.
    pub changed_by: Address,
}

// An approved milestone was paid out. Topics: `["milestone_released", escrow_id]`.
/// Milestone paid.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneReleased {
    /// Escrow id.
    #[topic]
    pub escrow_id: u64,
    /// Index.
    pub milestone_index: u32,
    /// Payee.
    pub receiver: Address,
    /// Amount less fee.
    pub receiver_amount: i128,
    /// Fee payee.
    pub platform: Address,
    /// Fee.
    pub platform_fee: i128,
}

// A disputed milestone was split. Topics: `["dispute_resolved", escrow_id]`.
/// Dispute split.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct DisputeResolved {
    /// Escrow id.
    #[topic]
    pub escrow_id: u64,
    /// Index.
    pub milestone_index: u32,
    // Who received the provider's share.
    /// Payee.
    pub receiver: Address,
    /// Share less fee.
    pub receiver_amount: i128,
    /// Fee payee.
    pub platform: Address,
    // The platform fee on the receiver's share.
    /// Fee.
    pub platform_fee: i128,
    /// Refundee.
    pub approver: Address,
    /// Refund.
    pub refund_amount: i128,
}
