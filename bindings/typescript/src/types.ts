import {Address} from '@stellar/stellar-sdk';

    /**
 * The parties of one escrow. Each address signs for its own role only.
 */
export interface Roles {
  /**
   * The client: approves, requests changes, may dispute; refunds go here.
   */
  approver: string;
  /**
   * Splits disputed milestones. May not be the approver, the service provider or the receiver.
   */
  dispute_resolver: string;
  /**
   * Creates the escrow; receives the platform fee.
   */
  platform: string;
  /**
   * Where released funds go (often the service provider).
   */
  receiver: string;
  /**
   * Pays approved milestones out.
   */
  release_signer: string;
  /**
   * Marks milestones done; may dispute.
   */
  service_provider: string;
}

/**
 * An escrow as everyone reads it.
 */
export interface Escrow {
  /**
   * Longer description.
   */
  description: string;
  /**
   * External reference (invoice, order id).
   */
  engagement_id: string;
  /**
   * Everything deposited through `fund_escrow`.
   */
  funded: bigint;
  /**
   * Handed out in creation order, starting at 1.
   */
  id: bigint;
  /**
   * Number of milestones; their indices are `0..milestone_count`.
   */
  milestone_count: number;
  /**
   * Everything that left: payouts, fees and refunds.
   */
  paid_out: bigint;
  /**
   * Fee on every payout to the receiver, in basis points.
   */
  platform_fee_bps: number;
  /**
   * Who may do what.
   */
  roles: Roles;
  /**
   * Short title.
   */
  title: string;
  /**
   * The token the escrow holds.
   */
  token: string;
  /**
   * Sum of the milestone amounts.
   */
  total_amount: bigint;
}

/**
 * A milestone as everyone reads it.
 */
export interface Milestone {
  /**
   * What the milestone pays.
   */
  amount: bigint;
  /**
   * False until the approver approves; stays true once `Released`; a dispute sets it back to
   * false. Always equal to `status` being `Approved` or `Released`.
   */
  approved: boolean;
  /**
   * What is to be delivered.
   */
  description: string;
  /**
   * Proof of completion (a URL, content hash, tracking number); a resubmission with `None`
   * keeps the previous evidence.
   */
  evidence: string | null;
  /**
   * The latest note: delivery notes, a change request or a dispute reason, whoever wrote last.
   */
  notes: string | null;
  /**
   * Where the milestone is in its lifecycle.
   */
  status: MilestoneStatus;
  /**
   * Ledger timestamp of the last change.
   */
  updated_at: bigint;
}

/**
 * The arguments of `create_escrow`.
 */
export interface NewEscrow {
  /**
   * At most 1 024 bytes.
   */
  description: string;
  /**
   * External reference (invoice, order id); at most 64 bytes.
   */
  engagement_id: string;
  /**
   * One to `MAX_MILESTONES` milestones.
   */
  milestones: Array<NewMilestone>;
  /**
   * Fee on every payout to the receiver, in basis points; at most 2 000 (20 %).
   */
  platform_fee_bps: number;
  /**
   * Who may do what.
   */
  roles: Roles;
  /**
   * At most 128 bytes.
   */
  title: string;
  /**
   * The SEP-41 token contract the escrow holds (e.g. a Stellar Asset Contract).
   */
  token: string;
}

/**
 * One milestone of a new escrow.
 */
export interface NewMilestone {
  /**
   * What the milestone pays, in the token's smallest unit; greater than zero.
   */
  amount: bigint;
  /**
   * What is to be delivered; at most 512 bytes.
   */
  description: string;
}

/**
 * Where a milestone is in its lifecycle.
 *
 * `Pending → ForReview ⇄ ChangesRequested`, `ForReview → Approved → Released`, and any of
 * `Pending`, `ForReview`, `ChangesRequested`, `Approved` → `Disputed → Resolved`.
 * `Released` and `Resolved` are final.
 */
 export type MilestoneStatus =
  /**
   * Created, not yet delivered.
   */
  { tag: "Pending"; values: void } |
  /**
   * The service provider marked it done; the approver has not decided yet.
   */
  { tag: "ForReview"; values: void } |
  /**
   * The approver asked for changes; the service provider may resubmit.
   */
  { tag: "ChangesRequested"; values: void } |
  /**
   * The approver accepted it; the release signer may pay it out.
   */
  { tag: "Approved"; values: void } |
  /**
   * The approver or the service provider disputed it; the dispute resolver decides.
   */
  { tag: "Disputed"; values: void } |
  /**
   * Paid out to the receiver (final).
   */
  { tag: "Released"; values: void } |
  /**
   * The dispute was split between the receiver and the approver (final).
   */
  { tag: "Resolved"; values: void };

/**
 * Why a call was refused. Every refused call leaves all state as it was.
 */
export const Error = {
  /**
   * No escrow has this id.
   */
  1 : { message: "EscrowNotFound" },
  /**
   * The escrow has no milestone at this index.
   */
  2 : { message: "MilestoneNotFound" },
  /**
   * The milestone's current status does not allow this change.
   */
  3 : { message: "InvalidStatusTransition" },
  /**
   * `dispute_milestone` called by someone who is neither the approver nor the service provider.
   */
  4 : { message: "NotAParty" },
  /**
   * An amount is zero, negative, or out of range (a total that would overflow `i128`, a
   * dispute split larger than the milestone).
   */
  5 : { message: "InvalidAmount" },
  /**
   * `fund_escrow` would take `funded` above `total_amount`.
   */
  6 : { message: "FundingExceedsTotal" },
  /**
   * The escrow holds less than the milestone's amount (`funded − paid_out < amount`).
   */
  7 : { message: "InsufficientFunds" },
  /**
   * `platform_fee_bps` is above the 2 000 bps (20 %) cap.
   */
  8 : { message: "InvalidFee" },
  /**
   * `create_escrow` with an empty milestone list.
   */
  9 : { message: "NoMilestones" },
  /**
   * `create_escrow` with more than `MAX_MILESTONES` milestones.
   */
  10 : { message: "TooManyMilestones" },
  /**
   * A text field is longer than its byte cap.
   */
  11 : { message: "TextTooLong" },
  /**
   * The dispute resolver is also the approver, the service provider or the receiver, or a role
   * is the escrow contract itself.
   */
  12 : { message: "InvalidRoles" }
}

/**
 * Tokens were deposited. Topics: `["escrow_funded", escrow_id]`.
 */
export interface EscrowFundedEvent {
  name: "EscrowFunded";
  data: {
    /**
     * The escrow funded.
     */
    escrow_id: bigint;
    /**
     * Who paid (and signed).
     */
    funder?: string;
    /**
     * What this deposit added.
     */
    amount?: bigint;
    /**
     * Everything deposited so far, this deposit included.
     */
    funded?: bigint;
  };
}

/**
 * A new escrow was stored. Topics: `["escrow_created", escrow_id]`.
 */
export interface EscrowCreatedEvent {
  name: "EscrowCreated";
  data: {
    /**
     * The new escrow's id.
     */
    escrow_id: bigint;
    /**
     * The platform that created it (and signed).
     */
    platform?: string;
    /**
     * The client who funds and approves.
     */
    approver?: string;
    /**
     * The provider who delivers.
     */
    service_provider?: string;
    /**
     * The token it holds.
     */
    token?: string;
    /**
     * Sum of the milestone amounts: what funding it fully takes.
     */
    total_amount?: bigint;
    /**
     * Number of milestones.
     */
    milestone_count?: number;
  };
}

/**
 * A disputed milestone was split. Topics: `["dispute_resolved", escrow_id]`.
 */
export interface DisputeResolvedEvent {
  name: "DisputeResolved";
  data: {
    /**
     * The escrow paid from.
     */
    escrow_id: bigint;
    /**
     * The milestone split.
     */
    milestone_index?: number;
    /**
     * Who received the provider's share.
     */
    receiver?: string;
    /**
     * What the receiver got: their share less the platform fee.
     */
    receiver_amount?: bigint;
    /**
     * Who received the fee.
     */
    platform?: string;
    /**
     * The platform fee on the receiver's share.
     */
    platform_fee?: bigint;
    /**
     * Who got the refund.
     */
    approver?: string;
    /**
     * What went back to the approver.
     */
    refund_amount?: bigint;
  };
}

/**
 * The milestone-update event: a milestone's status changed. Published by every status
 * change, so a platform can notify the other party. Topics: `["milestone_updated", escrow_id]`.
 */
export interface MilestoneUpdatedEvent {
  name: "MilestoneUpdated";
  data: {
    /**
     * The escrow the milestone belongs to.
     */
    escrow_id: bigint;
    /**
     * The milestone's index in the escrow (from 0).
     */
    milestone_index?: number;
    /**
     * The status it moved to.
     */
    status?: MilestoneStatus;
    /**
     * The approved flag after the change.
     */
    approved?: boolean;
    /**
     * The milestone's evidence after the change.
     */
    evidence?: string | null;
    /**
     * The milestone's notes after the change.
     */
    notes?: string | null;
    /**
     * Who made the change (and signed).
     */
    changed_by?: string;
  };
}

/**
 * An approved milestone was paid out. Topics: `["milestone_released", escrow_id]`.
 */
export interface MilestoneReleasedEvent {
  name: "MilestoneReleased";
  data: {
    /**
     * The escrow paid from.
     */
    escrow_id: bigint;
    /**
     * The milestone paid.
     */
    milestone_index?: number;
    /**
     * Who received the payout.
     */
    receiver?: string;
    /**
     * What the receiver got: the milestone's amount less the platform fee.
     */
    receiver_amount?: bigint;
    /**
     * Who received the fee.
     */
    platform?: string;
    /**
     * The platform fee.
     */
    platform_fee?: bigint;
  };
}
    export type ContractEvent = EscrowFundedEvent | EscrowCreatedEvent | DisputeResolvedEvent | MilestoneUpdatedEvent | MilestoneReleasedEvent;
    