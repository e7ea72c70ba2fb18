//! Events. Each event of an escrow carries `escrow_id` as a topic after its name, so a platform
//! can follow one escrow with a topic filter `[<name>, <escrow_id>]`; contract-level events
//! (`withdrawn`, `contract_upgraded`, `admin_changed`) carry none. Amounts are in the token's
//! smallest unit.

use soroban_sdk::{contractevent, Address, BytesN, String};

use crate::types::{MilestoneStatus, Role, SettlementKind};

/// A new escrow was stored by `create_escrow`, with every term agreed. Topics:
/// `["escrow_created", escrow_id]`. The milestones themselves are read with `get_milestones`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct EscrowCreated {
    /// The new escrow's id.
    #[topic]
    pub escrow_id: u64,
    /// The platform that created the escrow and signed for it; it receives the fees.
    pub platform: Address,
    /// The client who approves milestones and receives refunds.
    pub approver: Address,
    /// The service provider who delivers.
    pub service_provider: Address,
    /// Who pays approved milestones out.
    pub release_signer: Address,
    /// Who splits disputed milestones.
    pub dispute_resolver: Address,
    /// Who is paid for milestones without a receiver of their own.
    pub receiver: Address,
    /// The token contract the escrow holds.
    pub token: Address,
    /// The platform's fee on every payout to a receiver, in basis points.
    pub platform_fee_bps: u32,
    /// Seconds the approver has to act on a delivery, and the release signer to pay an
    /// approval.
    pub review_period: u64,
    /// Seconds the dispute resolver has to rule.
    pub resolution_period: u64,
    /// The share of a disputed delivery paid to its receiver when the resolver does not rule
    /// in time, in basis points.
    pub fallback_receiver_bps: u32,
    /// The sum of all milestone amounts.
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
    /// The deposit.
    pub amount: i128,
    /// Everything deposited into the escrow so far, this deposit included.
    pub funded: i128,
}

/// The milestone-update event: a milestone's status changed. Every status change publishes
/// it, so a platform can tell the other party (a delivery awaits Alice's review, Alice asked
/// for changes, Bob claimed a milestone). Topics: `["milestone_updated", escrow_id]`.
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
    /// Who made the change and signed for it: for `settle_milestone` the approver, for
    /// `approve_and_release` the release signer.
    pub changed_by: Address,
}

/// A milestone was paid to its receiver, by `release_milestone`, `approve_and_release` or
/// `claim_milestone`. Topics: `["milestone_released", escrow_id]`. The amounts are what was
/// actually paid (a claim pays what the milestone held) and add up to it.
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
    /// What the receiver was paid, net of the platform fee.
    pub paid_to_receiver: i128,
    /// Who was paid the platform fee.
    pub platform: Address,
    /// The platform fee: the receiver's gross pay times `platform_fee_bps` / 10 000, rounded
    /// down.
    pub platform_fee: i128,
}

/// A milestone was split between its receiver and the approver: by a ruling
/// (`resolve_dispute`), the fallback rule (`expire_dispute`), the parties' agreement
/// (`settle_milestone`) or a cancellation (`cancel_milestone`, the receiver's share 0), as
/// `kind` says. Topics: `["milestone_settled", escrow_id]`. The three amounts add up to what
/// the milestone held.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestoneSettled {
    /// The escrow of the milestone.
    #[topic]
    pub escrow_id: u64,
    /// The milestone's index in its escrow.
    pub milestone_index: u32,
    /// Who was paid the receiver's share.
    pub receiver: Address,
    /// What the receiver was paid, net of the platform fee.
    pub paid_to_receiver: i128,
    /// Who was paid the platform fee.
    pub platform: Address,
    /// The platform fee on the receiver's gross share, rounded down.
    pub platform_fee: i128,
    /// Who was refunded the rest.
    pub approver: Address,
    /// What the approver was refunded.
    pub refunded_to_approver: i128,
    /// Which kind of split it was: `Ruling`, `Fallback`, `Agreement` or `Cancellation`.
    pub kind: SettlementKind,
}

/// Milestones were appended to an escrow by `add_milestones`. Topics:
/// `["milestones_added", escrow_id]`. They are read with `get_milestone`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct MilestonesAdded {
    /// The escrow that grew.
    #[topic]
    pub escrow_id: u64,
    /// The index of the first new milestone.
    pub first_index: u32,
    /// How many milestones were added.
    pub count: u32,
}

/// One role of an escrow was handed to a new address by `transfer_role`. Topics:
/// `["role_transferred", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct RoleTransferred {
    /// The escrow whose role changed.
    #[topic]
    pub escrow_id: u64,
    /// The role handed over.
    pub role: Role,
    /// Who held it until now. Credits already made to this address stay with it.
    pub old_address: Address,
    /// Who holds it from now on.
    pub new_address: Address,
}

/// The token refused a payout to `recipient` (no trustline, a frozen or deauthorized
/// balance), so the amount was credited to it in this contract instead; the recipient takes
/// it with `withdraw`. Topics: `["payment_credited", escrow_id]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct PaymentCredited {
    /// The escrow that made the payout.
    #[topic]
    pub escrow_id: u64,
    /// Who the payout was for.
    pub recipient: Address,
    /// The token credited.
    pub token: Address,
    /// The amount credited.
    pub amount: i128,
}

/// A recipient took its credited payouts with `withdraw`. Topics: `["withdrawn", recipient]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Withdrawn {
    /// Who withdrew and was paid.
    #[topic]
    pub recipient: Address,
    /// The token paid.
    pub token: Address,
    /// The amount paid: everything that was credited to the recipient in that token.
    pub amount: i128,
}

/// The contract's code was replaced by `upgrade`; every escrow kept its state. Topics:
/// `["contract_upgraded"]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct ContractUpgraded {
    /// The hash of the new wasm.
    pub new_wasm_hash: BytesN<32>,
}

/// The upgrade right was handed over by `set_admin`. Topics: `["admin_changed"]`.
#[contractevent(sparse = false)]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct AdminChanged {
    /// The admin until now.
    pub old_admin: Address,
    /// The admin from now on.
    pub new_admin: Address,
}
