import {Address} from '@stellar/stellar-sdk';

    /**
 * One of the six roles of [`Roles`], as `transfer_role` names it.
 */
 export type Role =
  /**
   * The client, `Roles::approver`.
   */
  { tag: "Approver"; values: void } |
  /**
   * The service provider, `Roles::service_provider`.
   */
  { tag: "ServiceProvider"; values: void } |
  /**
   * The marketplace, `Roles::platform`.
   */
  { tag: "Platform"; values: void } |
  /**
   * The payer of approved milestones, `Roles::release_signer`.
   */
  { tag: "ReleaseSigner"; values: void } |
  /**
   * The neutral who splits disputes, `Roles::dispute_resolver`.
   */
  { tag: "DisputeResolver"; values: void } |
  /**
   * The escrow's default payee, `Roles::receiver`.
   */
  { tag: "Receiver"; values: void };

/**
 * The parties of one escrow and what each may do. Each address signs for its own role only.
 * One address may hold several roles, with two exceptions: the approver is never the service
 * provider, and the dispute resolver is neutral (neither party, nor anyone paid for a
 * milestone). No role is the escrow contract itself.
 */
export interface Roles {
  /**
   * The client (Alice): approves milestones, requests changes, may dispute, cancels
   * milestones whose deadline passed undelivered. Every refund goes to this address.
   */
  approver: string;
  /**
   * The neutral party who splits disputed milestones with `resolve_dispute`.
   */
  dispute_resolver: string;
  /**
   * The marketplace: creates the escrow and receives the platform fee on every payout.
   */
  platform: string;
  /**
   * Where a milestone's pay goes, less the platform fee, unless the milestone names its own
   * receiver; often the service provider.
   */
  receiver: string;
  /**
   * Pays approved milestones out with `release_milestone`.
   */
  release_signer: string;
  /**
   * The service provider (Bob): marks milestones done, may dispute, and claims a delivery
   * or an approval left unanswered through the review period.
   */
  service_provider: string;
}

/**
 * An escrow as stored on chain, readable by anyone with `get_escrow`. Amounts are in the
 * token's smallest unit; periods are in seconds.
 */
export interface Escrow {
  /**
   * What the engagement is about, at most 1 024 bytes.
   */
  description: string;
  /**
   * The marketplace's own reference for the engagement, at most 64 bytes.
   */
  engagement_id: string;
  /**
   * The share of a disputed delivery paid to its receiver when the resolver does not rule
   * in time, in basis points.
   */
  fallback_receiver_bps: number;
  /**
   * Everything deposited through `fund_escrow` so far.
   */
  funded: bigint;
  /**
   * The escrow's id: 1 for the first escrow of this contract, then 2, 3, and so on.
   */
  id: bigint;
  /**
   * How many milestones the escrow has; their indices are `0` to `milestone_count - 1`.
   */
  milestone_count: number;
  /**
   * The sum of the amounts of the milestones that are not final yet: what the escrow may
   * still have to pay out.
   */
  open_amount: bigint;
  /**
   * Everything that has left the escrow: payouts, platform fees and refunds, including
   * amounts credited to a recipient whose transfer was refused and not yet withdrawn.
   */
  paid_out: bigint;
  /**
   * The platform's fee on every payout to a receiver, in basis points (0 to 2 000).
   */
  platform_fee_bps: number;
  /**
   * Seconds the dispute resolver has to rule before either party may apply the fallback
   * split.
   */
  resolution_period: bigint;
  /**
   * Seconds the approver has to act on a delivery, and the release signer to pay an
   * approval, before the service provider may claim it.
   */
  review_period: bigint;
  /**
   * Who takes part, and in which role.
   */
  roles: Roles;
  /**
   * A short title, at most 128 bytes.
   */
  title: string;
  /**
   * The SEP-41 token contract that holds the escrow's funds.
   */
  token: string;
  /**
   * The sum of all milestone amounts.
   */
  total_amount: bigint;
}

/**
 * A milestone as stored on chain, readable by anyone with `get_milestone`. Amounts are in the
 * token's smallest unit; times are ledger timestamps in seconds.
 */
export interface Milestone {
  /**
   * What the milestone pays.
   */
  amount: bigint;
  /**
   * The approved flag: `true` exactly when the status is `Approved` or `Released`. It is
   * `false` until the approver approves (or the provider claims), and a dispute sets it
   * back to `false`.
   */
  approved: boolean;
  /**
   * When delivery is due. Once it passes undelivered, the approver may cancel.
   */
  deadline: bigint;
  /**
   * What is to be delivered, at most 512 bytes.
   */
  description: string;
  /**
   * The service provider's proof of completion (a URL, a content hash, a tracking number),
   * at most 512 bytes; `None` until given. A resubmission without evidence keeps the
   * previous one.
   */
  evidence: string | null;
  /**
   * What the contract holds for this milestone now: 0 to `amount`. Deposits fill open
   * milestones in index order; a payout spends it to 0.
   */
  held: bigint;
  /**
   * The latest note, at most 1 024 bytes: delivery notes, a change request or a dispute
   * reason, whoever wrote last.
   */
  notes: string | null;
  /**
   * Who is paid for the milestone: its own receiver, or else the escrow's receiver now; once
   * the milestone is final, whoever was paid for it (even if the receiver role changed
   * hands since).
   */
  receiver: string;
  /**
   * Where the milestone stands.
   */
  status: MilestoneStatus;
  /**
   * When the status, evidence or notes last changed (when the milestone was added, until
   * then). A delivery's review period and a dispute's resolution period run from here.
   */
  updated_at: bigint;
}

/**
 * Everything `create_escrow` needs to open an escrow. The time terms are agreed here, once:
 * they put a clock on every wait.
 */
export interface NewEscrow {
  /**
   * What the engagement is about, at most 1 024 bytes.
   */
  description: string;
  /**
   * The marketplace's own reference for the engagement (an invoice or order id), at most
   * 64 bytes.
   */
  engagement_id: string;
  /**
   * The share of a disputed delivery that goes to its receiver when the resolver lets the
   * resolution period pass, in basis points: 0 to 10 000 (all of it). Approved work that
   * was disputed goes to the receiver whole.
   */
  fallback_receiver_bps: number;
  /**
   * The milestones, in order: 1 to 50 (`MAX_MILESTONES`). Their indices are their
   * positions, from 0.
   */
  milestones: Array<NewMilestone>;
  /**
   * The platform's fee on every payout to a receiver, in basis points (1/100 of a
   * percent): 0 to 2 000 (20 %). Charged on what the receiver is actually paid, rounded
   * down.
   */
  platform_fee_bps: number;
  /**
   * Seconds the dispute resolver has to rule before either party may end the dispute with
   * the fallback split: 86 400 (1 day) to 31 536 000 (365 days).
   */
  resolution_period: bigint;
  /**
   * Seconds the approver has to act on a delivery, and the release signer to pay an
   * approval, before the service provider may claim it: 86 400 (1 day) to 31 536 000
   * (365 days).
   */
  review_period: bigint;
  /**
   * Who takes part, and in which role.
   */
  roles: Roles;
  /**
   * A short title, at most 128 bytes.
   */
  title: string;
  /**
   * The SEP-41 token contract that holds the escrow's funds, for example the Stellar Asset
   * Contract of USDC.
   */
  token: string;
}

/**
 * One milestone of a new escrow (or of `add_milestones`): a piece of work, what it pays and
 * when it is due.
 */
export interface NewMilestone {
  /**
   * What the milestone pays, in the token's smallest unit (for a 7-decimal token such as
   * USDC, 10 000 000 is one unit); more than 0.
   */
  amount: bigint;
  /**
   * When delivery is due: a ledger timestamp in seconds since the Unix epoch, later than
   * the ledger time of the call that adds the milestone and at most 5 years (157 680 000
   * seconds) after it. Once it passes undelivered, the approver may cancel the milestone.
   */
  deadline: bigint;
  /**
   * What is to be delivered, at most 512 bytes of UTF-8.
   */
  description: string;
  /**
   * Who is paid for this milestone; `None` pays whoever is the escrow's receiver when the
   * milestone is paid. May not be the dispute resolver or this contract.
   */
  receiver: string | null;
}

/**
 * Which of the four kinds of split ended a milestone, as `MilestoneSettled` reports it, so a
 * platform can tell the parties what happened without reading earlier events.
 */
 export type SettlementKind =
  /**
   * The dispute resolver ruled on a dispute (`resolve_dispute`).
   */
  { tag: "Ruling"; values: void } |
  /**
   * The resolver let the resolution period pass, and a party applied the split agreed at
   * creation (`expire_dispute`).
   */
  { tag: "Fallback"; values: void } |
  /**
   * The approver and the service provider agreed on the split (`settle_milestone`).
   */
  { tag: "Agreement"; values: void } |
  /**
   * The approver took back a milestone whose deadline passed undelivered
   * (`cancel_milestone`); the receiver's share is 0.
   */
  { tag: "Cancellation"; values: void };

/**
 * Where a milestone stands.
 *
 * `Pending` becomes `ForReview` when the service provider delivers. The approver then asks
 * for changes (`ChangesRequested`, back to the provider) or approves (`Approved`), and the
 * release signer pays approved work out (`Released`). A delivery or an approval left
 * unanswered through the review period is claimed by the provider (`Released`). The parties
 * may dispute delivered work (`Disputed`), which the resolver or, after the resolution
 * period, the fallback split ends (`Resolved`); they may also settle any open milestone
 * between themselves (`Resolved`). The approver cancels a milestone whose deadline passed
 * undelivered (`Cancelled`). `Released`, `Resolved` and `Cancelled` are final.
 */
 export type MilestoneStatus =
  /**
   * Created and not yet delivered.
   */
  { tag: "Pending"; values: void } |
  /**
   * Delivered by the service provider and awaiting the approver's review.
   */
  { tag: "ForReview"; values: void } |
  /**
   * The approver asked for changes; the service provider may deliver again.
   */
  { tag: "ChangesRequested"; values: void } |
  /**
   * The approver accepted the delivery; the release signer may pay it out.
   */
  { tag: "Approved"; values: void } |
  /**
   * Disputed by the approver or the service provider; the dispute resolver decides the
   * split.
   */
  { tag: "Disputed"; values: void } |
  /**
   * Paid to its receiver, less the platform fee. Final.
   */
  { tag: "Released"; values: void } |
  /**
   * Split between its receiver and the approver: by the resolver, by the fallback rule or
   * by the parties' settlement. Final.
   */
  { tag: "Resolved"; values: void } |
  /**
   * Refunded to the approver after its deadline passed undelivered. Final.
   */
  { tag: "Cancelled"; values: void };

/**
 * Why the escrow refused a call. A refused call changes nothing: every escrow, milestone,
 * credit and balance stays as it was. When a call has several faults, it reports the first
 * in this order: the escrow exists, the signers, `NotAParty`, the number of milestones, the
 * texts, the roles, the fee, the terms, the milestone exists, the status transition,
 * `TooEarly`, the amounts and funds.
 */
export const Error = {
  /**
   * No escrow has this id. Ids start at 1 and are handed out in creation order.
   */
  1 : { message: "EscrowNotFound" },
  /**
   * The escrow has no milestone at this index. Indices run from 0 to `milestone_count - 1`.
   */
  2 : { message: "MilestoneNotFound" },
  /**
   * The milestone's status does not allow this change: for example approving a milestone
   * that is not `ForReview`, asking for changes once the review period is over, a dispute
   * the caller may not open, or any change to a final milestone.
   */
  3 : { message: "InvalidStatusTransition" },
  /**
   * The `caller` of `dispute_milestone` or `expire_dispute` is neither the escrow's
   * approver nor its service provider.
   */
  4 : { message: "NotAParty" },
  /**
   * An amount is out of range: a milestone amount or deposit of zero or less, a total of
   * milestone amounts above the largest `i128`, or a receiver's share below zero or above
   * the milestone's amount.
   */
  5 : { message: "InvalidAmount" },
  /**
   * A deposit is larger than what the escrow's open milestones still lack
   * (`open_amount - (funded - paid_out)`).
   */
  6 : { message: "FundingExceedsTotal" },
  /**
   * The milestone is not fully backed (`held < amount`), so the release signer cannot pay
   * it in full yet; fund the escrow first.
   */
  7 : { message: "InsufficientFunds" },
  /**
   * The platform fee is above 2 000 basis points (20 %).
   */
  8 : { message: "InvalidFee" },
  /**
   * The list of milestones is empty.
   */
  9 : { message: "NoMilestones" },
  /**
   * Too many milestones: the escrow would hold more than 50 (`MAX_MILESTONES`),
   * `add_milestones` appends more than 40 in one call (`MAX_ADD_BATCH`), or
   * `approve_and_release` lists more than 5 (`MAX_RELEASE_BATCH`).
   */
  10 : { message: "TooManyMilestones" },
  /**
   * A text is longer than its byte cap: `engagement_id` 64, `title` 128, escrow
   * `description` 1 024, milestone `description` 512, `evidence` 512, `notes` and a dispute
   * `reason` 1 024 bytes.
   */
  11 : { message: "TextTooLong" },
  /**
   * The roles break a rule: the approver is the service provider; the dispute resolver is
   * the approver, the service provider, the escrow's receiver or a milestone's receiver; or
   * a role or receiver is this escrow contract itself.
   */
  12 : { message: "InvalidRoles" },
  /**
   * Too early: the ledger time has not reached the milestone's deadline or the end of its
   * review or resolution period yet.
   */
  13 : { message: "TooEarly" },
  /**
   * A time term is out of range: a review or resolution period outside 1 to 365 days, a
   * fallback share above 10 000 basis points, or a deadline not later than now or more
   * than 5 years away.
   */
  14 : { message: "InvalidTerms" },
  /**
   * The token refused to move a deposit from the funder (for example, too low a balance
   * or a frozen account), or to pay a withdrawal to its recipient.
   */
  15 : { message: "TokenTransferFailed" }
}

/**
 * A recipient took its credited payouts with `withdraw`. Topics: `["withdrawn", recipient]`.
 */
export interface WithdrawnEvent {
  name: "Withdrawn";
  data: {
    /**
     * Who withdrew and was paid.
     */
    recipient: string;
    /**
     * The token paid.
     */
    token?: string;
    /**
     * The amount paid: everything that was credited to the recipient in that token.
     */
    amount?: bigint;
  };
}

/**
 * The upgrade right was handed over by `set_admin`. Topics: `["admin_changed"]`.
 */
export interface AdminChangedEvent {
  name: "AdminChanged";
  data: {
    /**
     * The admin until now.
     */
    old_admin?: string;
    /**
     * The admin from now on.
     */
    new_admin?: string;
  };
}

/**
 * Tokens were deposited by `fund_escrow`. Topics: `["escrow_funded", escrow_id]`.
 */
export interface EscrowFundedEvent {
  name: "EscrowFunded";
  data: {
    /**
     * The escrow funded.
     */
    escrow_id: bigint;
    /**
     * Who paid the deposit and signed for it.
     */
    funder?: string;
    /**
     * The deposit.
     */
    amount?: bigint;
    /**
     * Everything deposited into the escrow so far, this deposit included.
     */
    funded?: bigint;
  };
}

/**
 * A new escrow was stored by `create_escrow`, with every term agreed. Topics:
 * `["escrow_created", escrow_id]`. The milestones themselves are read with `get_milestones`.
 */
export interface EscrowCreatedEvent {
  name: "EscrowCreated";
  data: {
    /**
     * The new escrow's id.
     */
    escrow_id: bigint;
    /**
     * The platform that created the escrow and signed for it; it receives the fees.
     */
    platform?: string;
    /**
     * The client who approves milestones and receives refunds.
     */
    approver?: string;
    /**
     * The service provider who delivers.
     */
    service_provider?: string;
    /**
     * Who pays approved milestones out.
     */
    release_signer?: string;
    /**
     * Who splits disputed milestones.
     */
    dispute_resolver?: string;
    /**
     * Who is paid for milestones without a receiver of their own.
     */
    receiver?: string;
    /**
     * The token contract the escrow holds.
     */
    token?: string;
    /**
     * The platform's fee on every payout to a receiver, in basis points.
     */
    platform_fee_bps?: number;
    /**
     * Seconds the approver has to act on a delivery, and the release signer to pay an
     * approval.
     */
    review_period?: bigint;
    /**
     * Seconds the dispute resolver has to rule.
     */
    resolution_period?: bigint;
    /**
     * The share of a disputed delivery paid to its receiver when the resolver does not rule
     * in time, in basis points.
     */
    fallback_receiver_bps?: number;
    /**
     * The sum of all milestone amounts.
     */
    total_amount?: bigint;
    /**
     * How many milestones the escrow has.
     */
    milestone_count?: number;
  };
}

/**
 * Milestones were appended to an escrow by `add_milestones`. Topics:
 * `["milestones_added", escrow_id]`. They are read with `get_milestone`.
 */
export interface MilestonesAddedEvent {
  name: "MilestonesAdded";
  data: {
    /**
     * The escrow that grew.
     */
    escrow_id: bigint;
    /**
     * The index of the first new milestone.
     */
    first_index?: number;
    /**
     * How many milestones were added.
     */
    count?: number;
  };
}

/**
 * The token refused a payout to `recipient` (no trustline, a frozen or deauthorized
 * balance), so the amount was credited to it in this contract instead; the recipient takes
 * it with `withdraw`. Topics: `["payment_credited", escrow_id]`.
 */
export interface PaymentCreditedEvent {
  name: "PaymentCredited";
  data: {
    /**
     * The escrow that made the payout.
     */
    escrow_id: bigint;
    /**
     * Who the payout was for.
     */
    recipient?: string;
    /**
     * The token credited.
     */
    token?: string;
    /**
     * The amount credited.
     */
    amount?: bigint;
  };
}

/**
 * One role of an escrow was handed to a new address by `transfer_role`. Topics:
 * `["role_transferred", escrow_id]`.
 */
export interface RoleTransferredEvent {
  name: "RoleTransferred";
  data: {
    /**
     * The escrow whose role changed.
     */
    escrow_id: bigint;
    /**
     * The role handed over.
     */
    role?: Role;
    /**
     * Who held it until now. Credits already made to this address stay with it.
     */
    old_address?: string;
    /**
     * Who holds it from now on.
     */
    new_address?: string;
  };
}

/**
 * The contract's code was replaced by `upgrade`; every escrow kept its state. Topics:
 * `["contract_upgraded"]`.
 */
export interface ContractUpgradedEvent {
  name: "ContractUpgraded";
  data: {
    /**
     * The hash of the new wasm.
     */
    new_wasm_hash?: Uint8Array;
  };
}

/**
 * A milestone was split between its receiver and the approver: by a ruling
 * (`resolve_dispute`), the fallback rule (`expire_dispute`), the parties' agreement
 * (`settle_milestone`) or a cancellation (`cancel_milestone`, the receiver's share 0), as
 * `kind` says. Topics: `["milestone_settled", escrow_id]`. The three amounts add up to what
 * the milestone held.
 */
export interface MilestoneSettledEvent {
  name: "MilestoneSettled";
  data: {
    /**
     * The escrow of the milestone.
     */
    escrow_id: bigint;
    /**
     * The milestone's index in its escrow.
     */
    milestone_index?: number;
    /**
     * Who was paid the receiver's share.
     */
    receiver?: string;
    /**
     * What the receiver was paid, net of the platform fee.
     */
    paid_to_receiver?: bigint;
    /**
     * Who was paid the platform fee.
     */
    platform?: string;
    /**
     * The platform fee on the receiver's gross share, rounded down.
     */
    platform_fee?: bigint;
    /**
     * Who was refunded the rest.
     */
    approver?: string;
    /**
     * What the approver was refunded.
     */
    refunded_to_approver?: bigint;
    /**
     * Which kind of split it was: `Ruling`, `Fallback`, `Agreement` or `Cancellation`.
     */
    kind?: SettlementKind;
  };
}

/**
 * The milestone-update event: a milestone's status changed. Every status change publishes
 * it, so a platform can tell the other party (a delivery awaits Alice's review, Alice asked
 * for changes, Bob claimed a milestone). Topics: `["milestone_updated", escrow_id]`.
 */
export interface MilestoneUpdatedEvent {
  name: "MilestoneUpdated";
  data: {
    /**
     * The escrow of the milestone.
     */
    escrow_id: bigint;
    /**
     * The milestone's index in its escrow, from 0.
     */
    milestone_index?: number;
    /**
     * The milestone's new status.
     */
    status?: MilestoneStatus;
    /**
     * The approved flag after the change: `true` exactly for `Approved` and `Released`.
     */
    approved?: boolean;
    /**
     * The milestone's evidence after the change.
     */
    evidence?: string | null;
    /**
     * The milestone's latest note after the change (delivery notes, a change request or a
     * dispute reason).
     */
    notes?: string | null;
    /**
     * Who made the change and signed for it: for `settle_milestone` the approver, for
     * `approve_and_release` the release signer.
     */
    changed_by?: string;
  };
}

/**
 * A milestone was paid to its receiver, by `release_milestone`, `approve_and_release` or
 * `claim_milestone`. Topics: `["milestone_released", escrow_id]`. The amounts are what was
 * actually paid (a claim pays what the milestone held) and add up to it.
 */
export interface MilestoneReleasedEvent {
  name: "MilestoneReleased";
  data: {
    /**
     * The escrow of the milestone.
     */
    escrow_id: bigint;
    /**
     * The milestone's index in its escrow.
     */
    milestone_index?: number;
    /**
     * Who was paid for the milestone.
     */
    receiver?: string;
    /**
     * What the receiver was paid, net of the platform fee.
     */
    paid_to_receiver?: bigint;
    /**
     * Who was paid the platform fee.
     */
    platform?: string;
    /**
     * The platform fee: the receiver's gross pay times `platform_fee_bps` / 10 000, rounded
     * down.
     */
    platform_fee?: bigint;
  };
}
    export type ContractEvent = WithdrawnEvent | AdminChangedEvent | EscrowFundedEvent | EscrowCreatedEvent | MilestonesAddedEvent | PaymentCreditedEvent | RoleTransferredEvent | ContractUpgradedEvent | MilestoneSettledEvent | MilestoneUpdatedEvent | MilestoneReleasedEvent;
    