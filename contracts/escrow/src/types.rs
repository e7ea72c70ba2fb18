//! The public data types of the interface (`SPEC.md`): what callers pass in and read back.

use soroban_sdk::{contracttype, Address, String, Vec};

/// The parties of one escrow and what each may do. Each address signs for its own role only.
/// One address may hold several roles, with two exceptions: the approver is never the service
/// provider, and the dispute resolver is neutral (neither party, nor anyone paid for a
/// milestone). No role is the escrow contract itself.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Roles {
    /// The client (Alice): approves milestones, requests changes, may dispute, cancels
    /// milestones whose deadline passed undelivered. Every refund goes to this address.
    pub approver: Address,
    /// The service provider (Bob): marks milestones done, may dispute, and claims a delivery
    /// or an approval left unanswered through the review period.
    pub service_provider: Address,
    /// The marketplace: creates the escrow and receives the platform fee on every payout.
    pub platform: Address,
    /// Pays approved milestones out with `release_milestone`.
    pub release_signer: Address,
    /// The neutral party who splits disputed milestones with `resolve_dispute`.
    pub dispute_resolver: Address,
    /// Where a milestone's pay goes, less the platform fee, unless the milestone names its own
    /// receiver; often the service provider.
    pub receiver: Address,
}

/// One of the six roles of [`Roles`], as `transfer_role` names it.
#[contracttype]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum Role {
    /// The client, `Roles::approver`.
    Approver,
    /// The service provider, `Roles::service_provider`.
    ServiceProvider,
    /// The marketplace, `Roles::platform`.
    Platform,
    /// The payer of approved milestones, `Roles::release_signer`.
    ReleaseSigner,
    /// The neutral who splits disputes, `Roles::dispute_resolver`.
    DisputeResolver,
    /// The escrow's default payee, `Roles::receiver`.
    Receiver,
}

/// Which of the four kinds of split ended a milestone, as `MilestoneSettled` reports it, so a
/// platform can tell the parties what happened without reading earlier events.
#[contracttype]
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum SettlementKind {
    /// The dispute resolver ruled on a dispute (`resolve_dispute`).
    Ruling,
    /// The resolver let the resolution period pass, and a party applied the split agreed at
    /// creation (`expire_dispute`).
    Fallback,
    /// The approver and the service provider agreed on the split (`settle_milestone`).
    Agreement,
    /// The approver took back a milestone whose deadline passed undelivered
    /// (`cancel_milestone`); the receiver's share is 0.
    Cancellation,
}

/// One milestone of a new escrow (or of `add_milestones`): a piece of work, what it pays and
/// when it is due.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct NewMilestone {
    /// What is to be delivered, at most 512 bytes of UTF-8.
    pub description: String,
    /// What the milestone pays, in the token's smallest unit (for a 7-decimal token such as
    /// USDC, 10 000 000 is one unit); more than 0.
    pub amount: i128,
    /// When delivery is due: a ledger timestamp in seconds since the Unix epoch, later than
    /// the ledger time of the call that adds the milestone and at most 5 years (157 680 000
    /// seconds) after it. Once it passes undelivered, the approver may cancel the milestone.
    pub deadline: u64,
    /// Who is paid for this milestone; `None` pays whoever is the escrow's receiver when the
    /// milestone is paid. May not be the dispute resolver or this contract.
    pub receiver: Option<Address>,
}

/// Everything `create_escrow` needs to open an escrow. The time terms are agreed here, once:
/// they put a clock on every wait.
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
    /// The platform's fee on every payout to a receiver, in basis points (1/100 of a
    /// percent): 0 to 2 000 (20 %). Charged on what the receiver is actually paid, rounded
    /// down.
    pub platform_fee_bps: u32,
    /// Seconds the approver has to act on a delivery, and the release signer to pay an
    /// approval, before the service provider may claim it: 86 400 (1 day) to 31 536 000
    /// (365 days).
    pub review_period: u64,
    /// Seconds the dispute resolver has to rule before either party may end the dispute with
    /// the fallback split: 86 400 (1 day) to 31 536 000 (365 days).
    pub resolution_period: u64,
    /// The share of a disputed delivery that goes to its receiver when the resolver lets the
    /// resolution period pass, in basis points: 0 to 10 000 (all of it). Approved work that
    /// was disputed goes to the receiver whole.
    pub fallback_receiver_bps: u32,
    /// The milestones, in order: 1 to 50 (`MAX_MILESTONES`). Their indices are their
    /// positions, from 0.
    pub milestones: Vec<NewMilestone>,
}

/// Where a milestone stands.
///
/// `Pending` becomes `ForReview` when the service provider delivers. The approver then asks
/// for changes (`ChangesRequested`, back to the provider) or approves (`Approved`), and the
/// release signer pays approved work out (`Released`). A delivery or an approval left
/// unanswered through the review period is claimed by the provider (`Released`). The parties
/// may dispute delivered work (`Disputed`), which the resolver or, after the resolution
/// period, the fallback split ends (`Resolved`); they may also settle any open milestone
/// between themselves (`Resolved`). The approver cancels a milestone whose deadline passed
/// undelivered (`Cancelled`). `Released`, `Resolved` and `Cancelled` are final.
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
    /// Disputed by the approver or the service provider; the dispute resolver decides the
    /// split.
    Disputed,
    /// Paid to its receiver, less the platform fee. Final.
    Released,
    /// Split between its receiver and the approver: by the resolver, by the fallback rule or
    /// by the parties' settlement. Final.
    Resolved,
    /// Refunded to the approver after its deadline passed undelivered. Final.
    Cancelled,
}

/// A milestone as stored on chain, readable by anyone with `get_milestone`. Amounts are in the
/// token's smallest unit; times are ledger timestamps in seconds.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Milestone {
    /// What is to be delivered, at most 512 bytes.
    pub description: String,
    /// What the milestone pays.
    pub amount: i128,
    /// Where the milestone stands.
    pub status: MilestoneStatus,
    /// The approved flag: `true` exactly when the status is `Approved` or `Released`. It is
    /// `false` until the approver approves (or the provider claims), and a dispute sets it
    /// back to `false`.
    pub approved: bool,
    /// The service provider's proof of completion (a URL, a content hash, a tracking number),
    /// at most 512 bytes; `None` until given. A resubmission without evidence keeps the
    /// previous one.
    pub evidence: Option<String>,
    /// The latest note, at most 1 024 bytes: delivery notes, a change request or a dispute
    /// reason, whoever wrote last.
    pub notes: Option<String>,
    /// When the status, evidence or notes last changed (when the milestone was added, until
    /// then). A delivery's review period and a dispute's resolution period run from here.
    pub updated_at: u64,
    /// When delivery is due. Once it passes undelivered, the approver may cancel.
    pub deadline: u64,
    /// Who is paid for the milestone: its own receiver, or else the escrow's receiver now; once
    /// the milestone is final, whoever was paid for it (even if the receiver role changed
    /// hands since).
    pub receiver: Address,
    /// What the contract holds for this milestone now: 0 to `amount`. Deposits fill open
    /// milestones in index order; a payout spends it to 0.
    pub held: i128,
}

/// An escrow as stored on chain, readable by anyone with `get_escrow`. Amounts are in the
/// token's smallest unit; periods are in seconds.
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
    /// The platform's fee on every payout to a receiver, in basis points (0 to 2 000).
    pub platform_fee_bps: u32,
    /// Seconds the approver has to act on a delivery, and the release signer to pay an
    /// approval, before the service provider may claim it.
    pub review_period: u64,
    /// Seconds the dispute resolver has to rule before either party may apply the fallback
    /// split.
    pub resolution_period: u64,
    /// The share of a disputed delivery paid to its receiver when the resolver does not rule
    /// in time, in basis points.
    pub fallback_receiver_bps: u32,
    /// How many milestones the escrow has; their indices are `0` to `milestone_count - 1`.
    pub milestone_count: u32,
    /// The sum of all milestone amounts.
    pub total_amount: i128,
    /// The sum of the amounts of the milestones that are not final yet: what the escrow may
    /// still have to pay out.
    pub open_amount: i128,
    /// Everything deposited through `fund_escrow` so far.
    pub funded: i128,
    /// Everything that has left the escrow: payouts, platform fees and refunds, including
    /// amounts credited to a recipient whose transfer was refused and not yet withdrawn.
    pub paid_out: i128,
}
