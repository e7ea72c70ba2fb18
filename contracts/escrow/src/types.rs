//! The public data types of the interface (`SPEC.md`): what callers pass in and read back.

use soroban_sdk::{
    contracttype,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, Env, EnvBase, String, TryFromVal, Val, Vec,
};

use crate::{errors::Error, lifecycle};

// The parties of one escrow. Each address signs for its own role only.
/// Parties.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Roles {
    // The client: approves, requests changes, may dispute; refunds go here.
    /// Client; refunded.
    pub approver: Address,
    // Marks milestones done; may dispute.
    /// Does the work.
    pub service_provider: Address,
    /// Creator; gets fees.
    pub platform: Address,
    /// Releases payouts.
    pub release_signer: Address,
    // May not be the approver, the service provider or the receiver.
    /// Splits disputes.
    pub dispute_resolver: Address,
    // Often the service provider.
    /// Gets payouts.
    pub receiver: Address,
}

/// A new milestone.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewMilestone {
    // What is to be delivered.
    /// <= 512 bytes.
    pub description: String,
    // In the token's smallest unit.
    /// Payment; > 0.
    pub amount: i128,
}

/// Escrow to create.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewEscrow {
    // External reference: invoice, order id, ….
    /// Ref; <= 64 bytes.
    pub engagement_id: String,
    /// <= 128 bytes.
    pub title: String,
    /// <= 1 024 bytes.
    pub description: String,
    /// Parties.
    pub roles: Roles,
    // A SEP-41 token contract, e.g. a Stellar Asset Contract.
    /// SEP-41 token.
    pub token: Address,
    // Fee on every payout to the receiver; at most 2 000 (20 %).
    /// Fee, bps; <= 2 000.
    pub platform_fee_bps: u32,
    // One to `MAX_MILESTONES` (50) milestones.
    /// 1 to 50.
    pub milestones: Vec<NewMilestone>,
}

// `Pending → ForReview ⇄ ChangesRequested`, `ForReview → Approved → Released`, and any of
// `Pending`, `ForReview`, `ChangesRequested`, `Approved` → `Disputed → Resolved`.
// `Released` and `Resolved` are final.
/// Milestone status.
#[contracttype]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum MilestoneStatus {
    // Created, not yet delivered.
    /// Created.
    Pending,
    // The service provider marked it done; the approver has not decided yet.
    /// In review.
    ForReview,
    // The approver asked for changes; the service provider may resubmit.
    /// Changes asked.
    ChangesRequested,
    // The approver accepted it; the release signer may pay it out.
    /// Releasable.
    Approved,
    // The approver or the service provider disputed it; the dispute resolver decides.
    /// To resolve.
    Disputed,
    // Paid out to the receiver.
    /// Paid (final).
    Released,
    // The dispute was split between the receiver and the approver.
    /// Split (final).
    Resolved,
}

/// A milestone.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Milestone {
    /// Deliverable.
    pub description: String,
    /// Payment.
    pub amount: i128,
    /// Status.
    pub status: MilestoneStatus,
    // False until the approver approves; stays true once `Released`; a dispute sets it back to
    // false. Always equal to `status` being `Approved` or `Released`.
    /// Approved/Released.
    pub approved: bool,
    // A URL, content hash, tracking number; a resubmission with `None` keeps the previous
    // evidence.
    /// Proof of work.
    pub evidence: Option<String>,
    // Delivery notes, a change request or a dispute reason, whoever wrote last.
    /// Latest note.
    pub notes: Option<String>,
    // Ledger timestamp of the last change.
    /// Last change.
    pub updated_at: u64,
}

/// An escrow.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Escrow {
    // Handed out in creation order.
    /// Id, from 1.
    pub id: u64,
    // External reference: invoice, order id, ….
    /// External ref.
    pub engagement_id: String,
    /// Title.
    pub title: String,
    /// Details.
    pub description: String,
    /// Parties.
    pub roles: Roles,
    /// Token held.
    pub token: Address,
    // Fee on every payout to the receiver, in basis points.
    /// Fee, bps.
    pub platform_fee_bps: u32,
    // Milestone indices are `0..milestone_count`.
    /// Milestones.
    pub milestone_count: u32,
    /// Sum of amounts.
    pub total_amount: i128,
    // Everything deposited through `fund_escrow`.
    /// Deposited.
    pub funded: i128,
    /// Paid, fees, refunds.
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
        *Self::ALL.get(code as usize).unwrap_optimized()
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

/// The milestones of a [`NewEscrow`], read out of their host vector in one host call.
///
/// Iterating a `Vec` asks the host for each element (`vec_get`); unpacking it into a buffer
/// takes one call, and leaves `vec_get` out of the contract's imports, which every call of
/// every entry point pays for when the VM links them (about 6 500 instructions each).
pub struct NewMilestones {
    env: Env,
    vals: [Val; lifecycle::MAX_MILESTONES as usize],
    count: usize,
}

impl NewMilestones {
    /// Reads `list`, refusing an empty one (`NoMilestones`) or one of more than
    /// `MAX_MILESTONES` (`TooManyMilestones`) before reading any element.
    pub fn unpack(env: &Env, list: &Vec<NewMilestone>) -> Result<NewMilestones, Error> {
        let count = list.len();
        lifecycle::check_milestone_count(count)?;
        let count = count as usize;
        let mut vals = [Val::VOID.to_val(); lifecycle::MAX_MILESTONES as usize];
        // count ≤ MAX_MILESTONES, checked above.
        let slots = vals.get_mut(..count).unwrap_optimized();
        env.vec_unpack_to_slice(list.to_object(), slots)
            .unwrap_infallible();
        Ok(NewMilestones {
            env: env.clone(),
            vals,
            count,
        })
    }

    /// How many milestones there are: 1 to `MAX_MILESTONES`.
    pub fn len(&self) -> u32 {
        self.count as u32
    }

    /// Always false: [`NewMilestones::unpack`] refuses an empty list.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The milestones in index order. An element that is not a `NewMilestone` traps, as it
    /// would when read from the `Vec`.
    pub fn iter(&self) -> impl Iterator<Item = NewMilestone> + '_ {
        self.vals
            .iter()
            .take(self.count)
            .map(|val| NewMilestone::try_from_val(&self.env, val).unwrap_optimized())
    }
}

#[cfg(test)]
mod tests {
    use super::MilestoneStatus;

    #[test]
    fn every_status_round_trips_through_its_stored_code() {
        for (code, status) in MilestoneStatus::ALL.iter().enumerate() {
            assert_eq!(status.code(), code as u32);
            assert_eq!(MilestoneStatus::from_code(code as u32), *status);
        }
    }
}
