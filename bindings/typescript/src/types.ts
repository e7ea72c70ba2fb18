import {Address} from '@stellar/stellar-sdk';

    /**
 * The parties of one escrow and what each may do. Each address signs for its own role only;
 * one address may hold several roles, except that the dispute resolver must be neutral.
 */
export interface Roles {
  /**
   * The client (Alice): approves milestones, requests changes, may dispute; refunds go to
   * this address.
   */
  approver: string;
  /**
   * The neutral party who splits disputed milestones with `resolve_dispute`. May not be the
   * approver, the service provider or the receiver.
   */
  dispute_resolver: string;
  /**
   * The marketplace: creates the escrow and receives the platform fee on every payout.
   */
  platform: string;
  /**
   * Where released funds go, less the platform fee; often the service provider.
   */
  receiver: string;
  /**
   * Pays approved milestones out with `release_milestone`.
   */
  release_signer: string;
  /**
   * The service provider (Bob): marks milestones done and may dispute.
   */
  service_provider: string;
}

/**
 * An escrow as stored on chain, readable by anyone with `get_escrow`. Amounts are in the
 * token's smallest unit.
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
   * Everything that has left the escrow: payouts, platform fees and refunds.
   */
  paid_out: bigint;
  /**
   * The platform's fee on every payout to the receiver, in basis points (0 to 2 000).
   */
  platform_fee_bps: number;
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
   * The sum of all milestone amounts: what funding the escrow fully takes.
   */
  total_amount: bigint;
}

/**
 * A milestone as stored on chain, readable by anyone with `get_milestone`.
 */
export interface Milestone {
  /**
   * What the milestone pays, in the token's smallest unit.
   */
  amount: bigint;
  /**
   * The approved flag: `true` exactly when the status is `Approved` or `Released`. It is
   * `false` until the approver approves, and a dispute sets it back to `false`.
   */
  approved: boolean;
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
   * The latest note, at most 1 024 bytes: delivery notes, a change request or a dispute
   * reason, whoever wrote last.
   */
  notes: string | null;
  /**
   * Where the milestone stands.
   */
  status: MilestoneStatus;
  /**
   * Ledger timestamp, in seconds since the Unix epoch, of the last change of the status,
   * evidence or notes (the creation time until then).
   */
  updated_at: bigint;
}

/**
 * Everything `create_escrow` needs to open an escrow.
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
   * The milestones, in order: 1 to 50 (`MAX_MILESTONES`). Their indices are their
   * positions, from 0.
   */
  milestones: Array<NewMilestone>;
  /**
   * The platform's fee on every payout to the receiver, in basis points (1/100 of a
   * percent): 0 to 2 000 (20 %). Rounded down, in the receiver's favour.
   */
  platform_fee_bps: number;
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
 * One milestone of a new escrow: a piece of work and what it pays.
 */
export interface NewMilestone {
  /**
   * What the milestone pays, in the token's smallest unit (stroops of a 7-decimal token);
   * more than 0.
   */
  amount: bigint;
  /**
   * What is to be delivered, at most 512 bytes of UTF-8.
   */
  description: string;
}

/**
 * Where a milestone stands. `Pending` becomes `ForReview` when the service provider delivers;
 * the approver then moves it to `ChangesRequested` (back to the provider) or `Approved`; the
 * release signer pays an approved milestone out (`Released`). The approver or the service
 * provider may dispute it before it is paid (`Disputed`), and the dispute resolver splits it
 * (`Resolved`). `Released` and `Resolved` are final: such a milestone never changes again.
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
   * The approver or the service provider disputed it; the dispute resolver decides the
   * split.
   */
  { tag: "Disputed"; values: void } |
  /**
   * Paid out to the receiver, less the platform fee. Final.
   */
  { tag: "Released"; values: void } |
  /**
   * Split by the dispute resolver between the receiver and the approver. Final.
   */
  { tag: "Resolved"; values: void };

/**
 * Why the escrow refused a call. A refused call changes nothing: every escrow, milestone and
 * balance stays as it was. When a call has several faults, it reports the first in this
 * order: the escrow exists, the signers, `NotAParty`, the texts, the milestone exists, the
 * status transition, the amounts and funds.
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
   * The milestone's current status does not allow this change, for example approving a
   * milestone that is not `ForReview`, or any change to a `Released` or `Resolved` one.
   */
  3 : { message: "InvalidStatusTransition" },
  /**
   * The `caller` of `dispute_milestone` is neither the escrow's approver nor its service
   * provider.
   */
  4 : { message: "NotAParty" },
  /**
   * An amount is out of range: a milestone amount or deposit of zero or less, a total of
   * milestone amounts above the largest `i128`, or a dispute award below zero or above the
   * milestone's amount.
   */
  5 : { message: "InvalidAmount" },
  /**
   * A deposit would take what the escrow has been funded above the sum of its milestone
   * amounts.
   */
  6 : { message: "FundingExceedsTotal" },
  /**
   * The escrow holds less than the milestone's amount (`funded - paid_out` is smaller), so
   * the milestone cannot be paid out yet; fund the escrow first.
   */
  7 : { message: "InsufficientFunds" },
  /**
   * The platform fee is above 2 000 basis points (20 %).
   */
  8 : { message: "InvalidFee" },
  /**
   * The new escrow has no milestone.
   */
  9 : { message: "NoMilestones" },
  /**
   * The new escrow has more than 50 milestones (`MAX_MILESTONES`).
   */
  10 : { message: "TooManyMilestones" },
  /**
   * A text is longer than its byte cap: `engagement_id` 64, `title` 128, escrow
   * `description` 1 024, milestone `description` 512, `evidence` 512, `notes` and a dispute
   * `reason` 1 024 bytes.
   */
  11 : { message: "TextTooLong" },
  /**
   * The roles break a rule: the dispute resolver is also the approver, the service provider
   * or the receiver, or a role is this escrow contract itself.
   */
  12 : { message: "InvalidRoles" }
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
     * The deposit, in the token's smallest unit.
     */
    amount?: bigint;
    /**
     * Everything deposited into the escrow so far, this deposit included.
     */
    funded?: bigint;
  };
}

/**
 * A new escrow was stored by `create_escrow`. Topics: `["escrow_created", escrow_id]`. The
 * milestones themselves are read with `get_milestones`.
 */
export interface EscrowCreatedEvent {
  name: "EscrowCreated";
  data: {
    /**
     * The new escrow's id.
     */
    escrow_id: bigint;
    /**
     * The platform that created the escrow and signed for it.
     */
    platform?: string;
    /**
     * The client who approves milestones.
     */
    approver?: string;
    /**
     * The service provider who delivers them.
     */
    service_provider?: string;
    /**
     * The token contract the escrow holds.
     */
    token?: string;
    /**
     * The sum of all milestone amounts, in the token's smallest unit: what funding the
     * escrow fully takes.
     */
    total_amount?: bigint;
    /**
     * How many milestones the escrow has.
     */
    milestone_count?: number;
  };
}

/**
 * A disputed milestone was split by `resolve_dispute`. Topics:
 * `["dispute_resolved", escrow_id]`. Amounts are in the token's smallest unit and add up to
 * the milestone's amount.
 */
export interface DisputeResolvedEvent {
  name: "DisputeResolved";
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
     * What the receiver was paid: the share the resolver awarded less the platform fee.
     */
    receiver_amount?: bigint;
    /**
     * Who was paid the platform fee.
     */
    platform?: string;
    /**
     * The platform fee on the receiver's share, rounded down.
     */
    platform_fee?: bigint;
    /**
     * Who was refunded the rest.
     */
    approver?: string;
    /**
     * What the approver was refunded: the milestone's amount less the awarded share.
     */
    refund_amount?: bigint;
  };
}

/**
 * The milestone-update event: a milestone's status changed. Every status change publishes
 * it, so a platform can tell the other party (a delivery awaits Alice's review, Alice asked
 * for changes). Topics: `["milestone_updated", escrow_id]`.
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
     * Who made the change and signed for it.
     */
    changed_by?: string;
  };
}

/**
 * An approved milestone was paid out by `release_milestone`. Topics:
 * `["milestone_released", escrow_id]`. Amounts are in the token's smallest unit and add up
 * to the milestone's amount.
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
     * What the receiver was paid: the milestone's amount less the platform fee.
     */
    receiver_amount?: bigint;
    /**
     * Who was paid the platform fee.
     */
    platform?: string;
    /**
     * The platform fee: the amount times `platform_fee_bps` / 10 000, rounded down.
     */
    platform_fee?: bigint;
  };
}
    export type ContractEvent = EscrowFundedEvent | EscrowCreatedEvent | DisputeResolvedEvent | MilestoneUpdatedEvent | MilestoneReleasedEvent;
    