import {Address} from '@stellar/stellar-sdk';

    /**
 * Parties.
 */
export interface Roles {
  /**
   * Client; refunded.
   */
  approver: string;
  /**
   * Splits disputes.
   */
  dispute_resolver: string;
  /**
   * Creator; gets fees.
   */
  platform: string;
  /**
   * Gets payouts.
   */
  receiver: string;
  /**
   * Releases payouts.
   */
  release_signer: string;
  /**
   * Does the work.
   */
  service_provider: string;
}

/**
 * An escrow.
 */
export interface Escrow {
  /**
   * Details.
   */
  description: string;
  /**
   * External ref.
   */
  engagement_id: string;
  /**
   * Deposited.
   */
  funded: bigint;
  /**
   * Id, from 1.
   */
  id: bigint;
  /**
   * Milestones.
   */
  milestone_count: number;
  /**
   * Paid, fees, refunds.
   */
  paid_out: bigint;
  /**
   * Fee, bps.
   */
  platform_fee_bps: number;
  /**
   * Parties.
   */
  roles: Roles;
  /**
   * Title.
   */
  title: string;
  /**
   * Token held.
   */
  token: string;
  /**
   * Sum of amounts.
   */
  total_amount: bigint;
}

/**
 * A milestone.
 */
export interface Milestone {
  /**
   * Payment.
   */
  amount: bigint;
  /**
   * Approved/Released.
   */
  approved: boolean;
  /**
   * Deliverable.
   */
  description: string;
  /**
   * Proof of work.
   */
  evidence: string | null;
  /**
   * Latest note.
   */
  notes: string | null;
  /**
   * Status.
   */
  status: MilestoneStatus;
  /**
   * Last change.
   */
  updated_at: bigint;
}

/**
 * Escrow to create.
 */
export interface NewEscrow {
  /**
   * <= 1 024 bytes.
   */
  description: string;
  /**
   * Ref; <= 64 bytes.
   */
  engagement_id: string;
  /**
   * 1 to 50.
   */
  milestones: Array<NewMilestone>;
  /**
   * Fee, bps; <= 2 000.
   */
  platform_fee_bps: number;
  /**
   * Parties.
   */
  roles: Roles;
  /**
   * <= 128 bytes.
   */
  title: string;
  /**
   * SEP-41 token.
   */
  token: string;
}

/**
 * A new milestone.
 */
export interface NewMilestone {
  /**
   * Payment; > 0.
   */
  amount: bigint;
  /**
   * <= 512 bytes.
   */
  description: string;
}

/**
 * Milestone status.
 */
 export type MilestoneStatus =
  /**
   * Created.
   */
  { tag: "Pending"; values: void } |
  /**
   * In review.
   */
  { tag: "ForReview"; values: void } |
  /**
   * Changes asked.
   */
  { tag: "ChangesRequested"; values: void } |
  /**
   * Releasable.
   */
  { tag: "Approved"; values: void } |
  /**
   * To resolve.
   */
  { tag: "Disputed"; values: void } |
  /**
   * Paid (final).
   */
  { tag: "Released"; values: void } |
  /**
   * Split (final).
   */
  { tag: "Resolved"; values: void };

/**
 * Refusal reasons.
 */
export const Error = {
  /**
   * Unknown escrow.
   */
  1 : { message: "EscrowNotFound" },
  /**
   * Unknown milestone.
   */
  2 : { message: "MilestoneNotFound" },
  /**
   * Bad transition.
   */
  3 : { message: "InvalidStatusTransition" },
  /**
   * Not a party.
   */
  4 : { message: "NotAParty" },
  /**
   * Amount <= 0 or too big.
   */
  5 : { message: "InvalidAmount" },
  /**
   * Over total.
   */
  6 : { message: "FundingExceedsTotal" },
  /**
   * Underfunded.
   */
  7 : { message: "InsufficientFunds" },
  /**
   * Fee > 2 000 bps.
   */
  8 : { message: "InvalidFee" },
  /**
   * Empty list.
   */
  9 : { message: "NoMilestones" },
  /**
   * Over 50.
   */
  10 : { message: "TooManyMilestones" },
  /**
   * Over byte cap.
   */
  11 : { message: "TextTooLong" },
  /**
   * Resolver is party or role is self.
   */
  12 : { message: "InvalidRoles" }
}

/**
 * Deposit.
 */
export interface EscrowFundedEvent {
  name: "EscrowFunded";
  data: {
    /**
     * Escrow id.
     */
    escrow_id: bigint;
    /**
     * Payer.
     */
    funder?: string;
    /**
     * Deposited.
     */
    amount?: bigint;
    /**
     * Total funded.
     */
    funded?: bigint;
  };
}

/**
 * Escrow created.
 */
export interface EscrowCreatedEvent {
  name: "EscrowCreated";
  data: {
    /**
     * Escrow id.
     */
    escrow_id: bigint;
    /**
     * Creator.
     */
    platform?: string;
    /**
     * Client.
     */
    approver?: string;
    /**
     * Provider.
     */
    service_provider?: string;
    /**
     * Token.
     */
    token?: string;
    /**
     * Sum of amounts.
     */
    total_amount?: bigint;
    /**
     * Milestones.
     */
    milestone_count?: number;
  };
}

/**
 * Dispute split.
 */
export interface DisputeResolvedEvent {
  name: "DisputeResolved";
  data: {
    /**
     * Escrow id.
     */
    escrow_id: bigint;
    /**
     * Index.
     */
    milestone_index?: number;
    /**
     * Payee.
     */
    receiver?: string;
    /**
     * Share less fee.
     */
    receiver_amount?: bigint;
    /**
     * Fee payee.
     */
    platform?: string;
    /**
     * Fee.
     */
    platform_fee?: bigint;
    /**
     * Refundee.
     */
    approver?: string;
    /**
     * Refund.
     */
    refund_amount?: bigint;
  };
}

/**
 * Status changed.
 */
export interface MilestoneUpdatedEvent {
  name: "MilestoneUpdated";
  data: {
    /**
     * Escrow id.
     */
    escrow_id: bigint;
    /**
     * Index.
     */
    milestone_index?: number;
    /**
     * New status.
     */
    status?: MilestoneStatus;
    /**
     * Approved flag.
     */
    approved?: boolean;
    /**
     * Evidence now.
     */
    evidence?: string | null;
    /**
     * Notes now.
     */
    notes?: string | null;
    /**
     * Signer.
     */
    changed_by?: string;
  };
}

/**
 * Milestone paid.
 */
export interface MilestoneReleasedEvent {
  name: "MilestoneReleased";
  data: {
    /**
     * Escrow id.
     */
    escrow_id: bigint;
    /**
     * Index.
     */
    milestone_index?: number;
    /**
     * Payee.
     */
    receiver?: string;
    /**
     * Amount less fee.
     */
    receiver_amount?: bigint;
    /**
     * Fee payee.
     */
    platform?: string;
    /**
     * Fee.
     */
    platform_fee?: bigint;
  };
}
    export type ContractEvent = EscrowFundedEvent | EscrowCreatedEvent | DisputeResolvedEvent | MilestoneUpdatedEvent | MilestoneReleasedEvent;
    