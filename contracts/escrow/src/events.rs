//! Events. Each carries `escrow_id` as a topic after its name, so a platform can follow one
//! escrow with a topic filter `[<name>, <escrow_id>]`.

use soroban_sdk::{contractevent, Address, String};

use crate::types::MilestoneStatus;

/// A new escrow was stored by `create_escrow`. Topics: `["escrow_created", escrow_id]`. The
/// milestones themselves are read with `get_milestones`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowCreated {
    /// The new escrow's id.
    #[topic]
    pub escrow_id: u64,
    /// The platform that created the escrow and signed for it.
    pub platform: Address,
    /// The client who approves milestones.
    pub approver: Address,
    /// The service provider who delivers them.
    pub service_provider: Address,
    /// The token contract the escrow holds.
    pub token: Address,
    /// The sum of all milestone amounts, in the token's smallest unit: what funding the
    /// escrow fully takes.
    pub total_amount: i128,
    /// How many milestones the escrow has.
    pub milestone_count: u32,
}

/// Tokens were deposited by `fund_escrow`. Topics: `["escrow_funded", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowFunded {
    /// The escrow funded.
    #[topic]
    pub escrow_id: u64,
    /// Who paid the deposit and signed for it.
    pub funder: Address,
    /// The deposit, in the token's smallest unit.
    pub amount: i128,
    /// Everything deposited into the escrow so far, this deposit included.
    pub funded: i128,
}

/// The milestone-update event: a milestone's status changed. Every status change publishes
/// it, so a platform can tell the other party (a delivery awaits Alice's review, Alice asked
/// for changes). Topics: `["milestone_updated", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneUpdated {
    /// The escrow of the milestone.
    #[topic]
    pub escrow_id: u64,
    /// The milestone's index in its escrow, from 0.
    pub milestone_index: u32,
    /// The milestone's new status.
    pub status: MilestoneStatus,
    /// The approved flag after the change: `true` exactly for `Approved` and `Released`.
    pub approved: bool,
    /// The milestone's evidence after the change.
    pub evidence: Option<String>,
    /// The milestone's latest note after the change (delivery notes, a change request or a
    /// dispute reason).
    pub notes: Option<String>,
    /// Who made the change and signed for it.
    pub changed_by: Address,
}

/// An approved milestone was paid out by `release_milestone`. Topics:
/// `["milestone_released", escrow_id]`. Amounts are in the token's smallest unit and add up
/// to the milestone's amount.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneReleased {
    /// The escrow of the milestone.
    #[topic]
    pub escrow_id: u64,
    /// The milestone's index in its escrow.
    pub milestone_index: u32,
    /// Who was paid for the milestone.
    pub receiver: Address,
    /// What the receiver was paid: the milestone's amount less the platform fee.
    pub receiver_amount: i128,
    /// Who was paid the platform fee.
    pub platform: Address,
    /// The platform fee: the amount times `platform_fee_bps` / 10 000, rounded down.
    pub platform_fee: i128,
}

/// A disputed milestone was split by `resolve_dispute`. Topics:
/// `["dispute_resolved", escrow_id]`. Amounts are in the token's smallest unit and add up to
/// the milestone's amount.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct DisputeResolved {
    /// The escrow of the milestone.
    #[topic]
    pub escrow_id: u64,
    /// The milestone's index in its escrow.
    pub milestone_index: u32,
    /// Who was paid the receiver's share.
    pub receiver: Address,
    /// What the receiver was paid: the share the resolver awarded less the platform fee.
    pub receiver_amount: i128,
    /// Who was paid the platform fee.
    pub platform: Address,
    /// The platform fee on the receiver's share, rounded down.
    pub platform_fee: i128,
    /// Who was refunded the rest.
    pub approver: Address,
    /// What the approver was refunded: the milestone's amount less the awarded share.
    pub refund_amount: i128,
}
