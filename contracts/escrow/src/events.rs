//! Events. Each carries `escrow_id` as a topic after its name, so a platform can follow one
//! escrow with a topic filter `[<name>, <escrow_id>]`.

use soroban_sdk::{contractevent, Address, String};

use crate::types::MilestoneStatus;

/// A new escrow was stored. Topics: `["escrow_created", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowCreated {
    /// The new escrow's id.
    #[topic]
    pub escrow_id: u64,
    /// The platform that created it (and signed).
    pub platform: Address,
    /// The client who funds and approves.
    pub approver: Address,
    /// The provider who delivers.
    pub service_provider: Address,
    /// The token it holds.
    pub token: Address,
    /// Sum of the milestone amounts: what funding it fully takes.
    pub total_amount: i128,
    /// Number of milestones.
    pub milestone_count: u32,
}

/// Tokens were deposited. Topics: `["escrow_funded", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowFunded {
    /// The escrow funded.
    #[topic]
    pub escrow_id: u64,
    /// Who paid (and signed).
    pub funder: Address,
    /// What this deposit added.
    pub amount: i128,
    /// Everything deposited so far, this deposit included.
    pub funded: i128,
}

/// The milestone-update event: a milestone's status changed. Published by every status
/// change, so a platform can notify the other party. Topics: `["milestone_updated", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneUpdated {
    /// The escrow the milestone belongs to.
    #[topic]
    pub escrow_id: u64,
    /// The milestone's index in the escrow (from 0).
    pub milestone_index: u32,
    /// The status it moved to.
    pub status: MilestoneStatus,
    /// The approved flag after the change.
    pub approved: bool,
    /// The milestone's evidence after the change.
    pub evidence: Option<String>,
    /// The milestone's notes after the change.
    pub notes: Option<String>,
    /// Who made the change (and signed).
    pub changed_by: Address,
}

/// An approved milestone was paid out. Topics: `["milestone_released", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneReleased {
    /// The escrow paid from.
    #[topic]
    pub escrow_id: u64,
    /// The milestone paid.
    pub milestone_index: u32,
    /// Who received the payout.
    pub receiver: Address,
    /// What the receiver got: the milestone's amount less the platform fee.
    pub receiver_amount: i128,
    /// Who received the fee.
    pub platform: Address,
    /// The platform fee.
    pub platform_fee: i128,
}

/// A disputed milestone was split. Topics: `["dispute_resolved", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct DisputeResolved {
    /// The escrow paid from.
    #[topic]
    pub escrow_id: u64,
    /// The milestone split.
    pub milestone_index: u32,
    /// Who received the provider's share.
    pub receiver: Address,
    /// What the receiver got: their share less the platform fee.
    pub receiver_amount: i128,
    /// Who received the fee.
    pub platform: Address,
    /// The platform fee on the receiver's share.
    pub platform_fee: i128,
    /// Who got the refund.
    pub approver: Address,
    /// What went back to the approver.
    pub refund_amount: i128,
}
