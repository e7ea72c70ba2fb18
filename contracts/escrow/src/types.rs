//! The public data types of the interface (`SPEC.md`): what callers pass in and read back.

use soroban_sdk::{contracttype, Address, String, Vec};

/// The parties of one escrow. Each address signs for its own role only.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Roles {
    /// The client: approves, requests changes, may dispute; refunds go here.
    pub approver: Address,
    /// Marks milestones done; may dispute.
    pub service_provider: Address,
    /// Creates the escrow; receives the platform fee.
    pub platform: Address,
    /// Pays approved milestones out.
    pub release_signer: Address,
    /// Splits disputed milestones. May not be the approver, the service provider or the receiver.
    pub dispute_resolver: Address,
    /// Where released funds go (often the service provider).
    pub receiver: Address,
}

/// One milestone of a new escrow.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewMilestone {
    /// What is to be delivered; at most 512 bytes.
    pub description: String,
    /// What the milestone pays, in the token's smallest unit; greater than zero.
    pub amount: i128,
}

/// The arguments of `create_escrow`.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewEscrow {
    /// External reference (invoice, order id); at most 64 bytes.
    pub engagement_id: String,
    /// At most 128 bytes.
    pub title: String,
    /// At most 1 024 bytes.
    pub description: String,
    /// Who may do what.
    pub roles: Roles,
    /// The SEP-41 token contract the escrow holds (e.g. a Stellar Asset Contract).
    pub token: Address,
    /// Fee on every payout to the receiver, in basis points; at most 2 000 (20 %).
    pub platform_fee_bps: u32,
    /// One to `MAX_MILESTONES` milestones.
    pub milestones: Vec<NewMilestone>,
}

/// Where a milestone is in its lifecycle.
///
/// `Pending → ForReview ⇄ ChangesRequested`, `ForReview → Approved → Released`, and any of
/// `Pending`, `ForReview`, `ChangesRequested`, `Approved` → `Disputed → Resolved`.
/// `Released` and `Resolved` are final.
#[contracttype]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum MilestoneStatus {
    /// Created, not yet delivered.
    Pending,
    /// The service provider marked it done; the approver has not decided yet.
    ForReview,
    /// The approver asked for changes; the service provider may resubmit.
    ChangesRequested,
    /// The approver accepted it; the release signer may pay it out.
    Approved,
    /// The approver or the service provider disputed it; the dispute resolver decides.
    Disputed,
    /// Paid out to the receiver (final).
    Released,
    /// The dispute was split between the receiver and the approver (final).
    Resolved,
}

/// A milestone as everyone reads it.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Milestone {
    /// What is to be delivered.
    pub description: String,
    /// What the milestone pays.
    pub amount: i128,
    /// Where the milestone is in its lifecycle.
    pub status: MilestoneStatus,
    /// False until the approver approves; stays true once `Released`; a dispute sets it back to
    /// false. Always equal to `status` being `Approved` or `Released`.
    pub approved: bool,
    /// Proof of completion (a URL, content hash, tracking number); a resubmission with `None`
    /// keeps the previous evidence.
    pub evidence: Option<String>,
    /// The latest note: delivery notes, a change request or a dispute reason, whoever wrote last.
    pub notes: Option<String>,
    /// Ledger timestamp of the last change.
    pub updated_at: u64,
}

/// An escrow as everyone reads it.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Escrow {
    /// Handed out in creation order, starting at 1.
    pub id: u64,
    /// External reference (invoice, order id).
    pub engagement_id: String,
    /// Short title.
    pub title: String,
    /// Longer description.
    pub description: String,
    /// Who may do what.
    pub roles: Roles,
    /// The token the escrow holds.
    pub token: Address,
    /// Fee on every payout to the receiver, in basis points.
    pub platform_fee_bps: u32,
    /// Number of milestones; their indices are `0..milestone_count`.
    pub milestone_count: u32,
    /// Sum of the milestone amounts.
    pub total_amount: i128,
    /// Everything deposited through `fund_escrow`.
    pub funded: i128,
    /// Everything that left: payouts, fees and refunds.
    pub paid_out: i128,
}

impl MilestoneStatus {
    /// Every status, in the order of their codes.
    const ALL: [MilestoneStatus; 7] = [
        MilestoneStatus::Pending,
        MilestoneStatus::ForReview,
        MilestoneStatus::ChangesRequested,
        MilestoneStatus::Approved,
        MilestoneStatus::Disputed,
        MilestoneStatus::Released,
        MilestoneStatus::Resolved,
    ];

    /// The status as stored: its position in the declaration, 0 to 6 (an `ScVal::U32` of 8
    /// bytes instead of a symbol in a vector, 20 to 36).
    pub fn code(self) -> u32 {
        self as u32
    }

    /// The status stored as `code`. Only [`MilestoneStatus::code`] writes codes, so any other
    /// value is a broken invariant and traps.
    pub fn from_code(code: u32) -> MilestoneStatus {
        Self::ALL[code as usize]
    }
}

impl Milestone {
    /// Whether `status` counts as approved: exactly `Approved` and `Released`.
    pub fn is_approved(status: MilestoneStatus) -> bool {
        matches!(
            status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        )
    }
}
