//! The public data types of the interface (`SPEC.md`): what callers pass in and read back.

use soroban_sdk::{
    contracttype,
    unwrap::{UnwrapInfallible, UnwrapOptimized},
    Address, Env, EnvBase, String, TryFromVal, Val, Vec,
};

use crate::{errors::Error, lifecycle};

/// The parties of one escrow and what each may do. Each address signs for its own role only;
/// one address may hold several roles, except that the dispute resolver must be neutral.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Roles {
    /// The client (Alice): approves milestones, requests changes, may dispute; refunds go to
    /// this address.
    pub approver: Address,
    /// The service provider (Bob): marks milestones done and may dispute.
    pub service_provider: Address,
    /// The marketplace: creates the escrow and receives the platform fee on every payout.
    pub platform: Address,
    /// Pays approved milestones out with `release_milestone`.
    pub release_signer: Address,
    /// The neutral party who splits disputed milestones with `resolve_dispute`. May not be the
    /// approver, the service provider or the receiver.
    pub dispute_resolver: Address,
    /// Where released funds go, less the platform fee; often the service provider.
    pub receiver: Address,
}

/// One milestone of a new escrow: a piece of work and what it pays.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewMilestone {
    /// What is to be delivered, at most 512 bytes of UTF-8.
    pub description: String,
    /// What the milestone pays, in the token's smallest unit (stroops of a 7-decimal token);
    /// more than 0.
    pub amount: i128,
}

/// Everything `create_escrow` needs to open an escrow.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewEscrow {
    /// The marketplace's own reference for the engagement (an invoice or order id), at most
    /// 64 bytes.
    pub engagement_id: String,
    /// A short title, at most 128 bytes.
    pub title: String,
    /// What the engagement is about, at most 1 024 bytes.
    pub description: String,
    /// Who takes part, and in which role.
    pub roles: Roles,
    /// The SEP-41 token contract that holds the escrow's funds, for example the Stellar Asset
    /// Contract of USDC.
    pub token: Address,
    /// The platform's fee on every payout to the receiver, in basis points (1/100 of a
    /// percent): 0 to 2 000 (20 %). Rounded down, in the receiver's favour.
    pub platform_fee_bps: u32,
    /// The milestones, in order: 1 to 50 (`MAX_MILESTONES`). Their indices are their
    /// positions, from 0.
    pub milestones: Vec<NewMilestone>,
}

/// Where a milestone stands. `Pending` becomes `ForReview` when the service provider delivers;
/// the approver then moves it to `ChangesRequested` (back to the provider) or `Approved`; the
/// release signer pays an approved milestone out (`Released`). The approver or the service
/// provider may dispute it before it is paid (`Disputed`), and the dispute resolver splits it
/// (`Resolved`). `Released` and `Resolved` are final: such a milestone never changes again.
#[contracttype]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum MilestoneStatus {
    /// Created and not yet delivered.
    Pending,
    /// Delivered by the service provider and awaiting the approver's review.
    ForReview,
    /// The approver asked for changes; the service provider may deliver again.
    ChangesRequested,
    /// The approver accepted the delivery; the release signer may pay it out.
    Approved,
    /// The approver or the service provider disputed it; the dispute resolver decides the
    /// split.
    Disputed,
    /// Paid out to the receiver, less the platform fee. Final.
    Released,
    /// Split by the dispute resolver between the receiver and the approver. Final.
    Resolved,
}

/// A milestone as stored on chain, readable by anyone with `get_milestone`.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Milestone {
    /// What is to be delivered, at most 512 bytes.
    pub description: String,
    /// What the milestone pays, in the token's smallest unit.
    pub amount: i128,
    /// Where the milestone stands.
    pub status: MilestoneStatus,
    /// The approved flag: `true` exactly when the status is `Approved` or `Released`. It is
    /// `false` until the approver approves, and a dispute sets it back to `false`.
    pub approved: bool,
    /// The service provider's proof of completion (a URL, a content hash, a tracking number),
    /// at most 512 bytes; `None` until given. A resubmission without evidence keeps the
    /// previous one.
    pub evidence: Option<String>,
    /// The latest note, at most 1 024 bytes: delivery notes, a change request or a dispute
    /// reason, whoever wrote last.
    pub notes: Option<String>,
    /// Ledger timestamp, in seconds since the Unix epoch, of the last change of the status,
    /// evidence or notes (the creation time until then).
    pub updated_at: u64,
}

/// An escrow as stored on chain, readable by anyone with `get_escrow`. Amounts are in the
/// token's smallest unit.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Escrow {
    /// The escrow's id: 1 for the first escrow of this contract, then 2, 3, and so on.
    pub id: u64,
    /// The marketplace's own reference for the engagement, at most 64 bytes.
    pub engagement_id: String,
    /// A short title, at most 128 bytes.
    pub title: String,
    /// What the engagement is about, at most 1 024 bytes.
    pub description: String,
    /// Who takes part, and in which role.
    pub roles: Roles,
    /// The SEP-41 token contract that holds the escrow's funds.
    pub token: Address,
    /// The platform's fee on every payout to the receiver, in basis points (0 to 2 000).
    pub platform_fee_bps: u32,
    /// How many milestones the escrow has; their indices are `0` to `milestone_count - 1`.
    pub milestone_count: u32,
    /// The sum of all milestone amounts: what funding the escrow fully takes.
    pub total_amount: i128,
    /// Everything deposited through `fund_escrow` so far.
    pub funded: i128,
    /// Everything that has left the escrow: payouts, platform fees and refunds.
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
