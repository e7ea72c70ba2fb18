import {Escrow, NewEscrow, Milestone, Role, NewMilestone, MilestoneStatus, ContractEvent} from './types.js';
import {Result, Spec, AssembledTransaction, Client as ContractClient, ClientOptions as ContractClientOptions, MethodOptions, ExternalExecutableRef} from '@stellar/stellar-sdk/contract';
import {Address, xdr} from '@stellar/stellar-sdk';

export interface Client {
  /**
   * Reads the admin: the address that may upgrade the contract and hand that right over.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * None.
   */
  admin(options?: MethodOptions): Promise<AssembledTransaction<string>>;
  /**
   * Replaces the contract's code with the uploaded wasm whose hash is `new_wasm_hash`.
   * Every escrow keeps its state and its tokens.
   *
   * # Authorization
   * The admin signs.
   *
   * # Events
   * `ContractUpgraded`.
   *
   * # Errors
   * None of the escrow's; the host refuses a hash with no uploaded wasm.
   */
  upgrade(args: { new_wasm_hash: Uint8Array }, options?: MethodOptions): Promise<AssembledTransaction<void>>;
  /**
   * Pays `recipient` everything credited to it in `token` (payouts the token refused
   * earlier) and returns the amount; 0, changing nothing, when nothing is credited. Pays
   * only `recipient` itself, so a frozen account cannot route around its issuer's freeze.
   *
   * # Authorization
   * `recipient` signs.
   *
   * # Events
   * `Withdrawn`, when something is paid.
   *
   * # Errors
   * - `TokenTransferFailed`: the token still refuses the transfer; the credit stays.
   */
  withdraw(args: { recipient: string | Address; token: string | Address }, options?: MethodOptions): Promise<AssembledTransaction<Result<bigint, Error>>>;
  /**
   * Reads what `withdraw` would pay `recipient` in `token` now, in the token's smallest
   * unit: 0 when nothing is credited. Changes nothing.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * None.
   */
  claimable(args: { recipient: string | Address; token: string | Address }, options?: MethodOptions): Promise<AssembledTransaction<bigint>>;
  /**
   * Hands the upgrade right to `new_admin`. A multisig account is recommended.
   *
   * # Authorization
   * The current admin and `new_admin` sign.
   *
   * # Events
   * `AdminChanged`.
   *
   * # Errors
   * None.
   */
  set_admin(args: { new_admin: string | Address }, options?: MethodOptions): Promise<AssembledTransaction<void>>;
  /**
   * Extends the time to live of every ledger entry of an escrow (its terms, accounts and
   * milestones), of the contract instance and of its code to the network's maximum, so an
   * idle escrow is not archived. Also reads the contract's balance in the escrow's token,
   * which makes a Stellar Asset Contract extend that balance entry by its own rule.
   *
   * # Authorization
   * None: anyone may call, and the caller pays the rent.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  extend_ttl(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Reads an escrow: its parties, token, terms, texts and totals. Changes nothing.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  get_escrow(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Escrow, Error>>>;
  /**
   * Deposits `amount` of the escrow's token from `funder`. The deposit backs the open
   * milestones in index order: it fills the lowest-indexed one not fully backed, then the
   * next. Anyone may fund; usually the approver does. Refunds always go to the approver.
   *
   * # Authorization
   * `funder` signs, for this call and the token transfer it makes.
   *
   * # Events
   * `EscrowFunded`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `InvalidAmount`: `amount` is 0 or less.
   * - `FundingExceedsTotal`: `amount` is more than the open milestones still lack.
   * - `TokenTransferFailed`: the token refused the transfer (too low a balance, a frozen
   * account).
   */
  fund_escrow(args: { escrow_id: bigint; funder: string | Address; amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Opens an escrow with every milestone `Pending`, unfunded, and returns its id: 1 for the
   * contract's first escrow, then 2, 3, and so on.
   *
   * # Authorization
   * `escrow.roles.platform` signs.
   *
   * # Events
   * `EscrowCreated`.
   *
   * # Errors
   * - `NoMilestones`, `TooManyMilestones`: no milestone, or more than 50.
   * - `TextTooLong`: a text is over its byte cap.
   * - `InvalidRoles`: the approver is the service provider; the dispute resolver is a
   * party or a receiver; or a role or receiver is this contract.
   * - `InvalidFee`: `platform_fee_bps` is above 2 000.
   * - `InvalidTerms`: a period is outside 1 to 365 days, the fallback share is above
   * 10 000, or a deadline is not in the next 5 years.
   * - `InvalidAmount`: an amount is 0 or less, or the total overflows `i128`.
   */
  create_escrow(args: { escrow: NewEscrow }, options?: MethodOptions): Promise<AssembledTransaction<Result<bigint, Error>>>;
  /**
   * Reads one milestone of an escrow: its status, approved flag, evidence, notes,
   * deadline, receiver and what the contract holds for it. Changes nothing.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: the escrow has no milestone at this index.
   */
  get_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<Milestone, Error>>>;
  /**
   * Hands one role of an escrow to `new_address`: key rotation, or a platform's new
   * treasury. The role rules of creation are checked again. Milestones without a receiver
   * of their own pay whoever is the escrow's receiver when paid; credits already made to
   * the old address stay with it.
   *
   * # Authorization
   * The role's current holder and `new_address` sign. For `DisputeResolver`, instead the
   * `approver`, the `service_provider` and `new_address`: a neutral is replaced only with
   * both parties' consent, and one that lost its key can still be replaced.
   *
   * # Events
   * `RoleTransferred`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `InvalidRoles`: the new roles break a rule of `create_escrow`.
   */
  transfer_role(args: { escrow_id: bigint; role: Role; new_address: string | Address }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Appends milestones to an escrow, at the next indices, `Pending` and unfunded, for
   * example a second round of work after every earlier milestone is final. The same rules
   * as at creation apply; one call appends at most 40 milestones (`MAX_ADD_BATCH`, so that
   * the transaction fits the network's size limit with three signers), and the escrow may
   * hold at most 50 in all.
   *
   * # Authorization
   * The escrow's `platform`, `approver` and `service_provider` all sign (once each
   * address).
   *
   * # Events
   * `MilestonesAdded`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `NoMilestones`, `TooManyMilestones`: the list is empty, longer than 40, or the
   * escrow would hold more than 50.
   * - `TextTooLong`: a description is over 512 bytes.
   * - `InvalidRoles`: a receiver is the dispute resolver or this contract.
   * - `InvalidTerms`: a deadline is not in the next 5 years.
   * - `InvalidAmount`: an amount is 0 or less, or the total overflows `i128`.
   */
  add_milestones(args: { escrow_id: bigint; milestones: Array<NewMilestone> }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Ends a dispute the resolver left unanswered through the resolution period, by the
   * fallback rule agreed at creation: `Disputed` becomes `Resolved`, and the receiver is
   * due all of approved work, or `amount * fallback_receiver_bps / 10 000` (rounded down)
   * of a contested delivery; the approver the rest. Paid as `resolve_dispute` pays.
   *
   * # Authorization
   * `caller` signs, and must be the escrow's approver or service provider.
   *
   * # Events
   * `MilestoneUpdated`, `MilestoneSettled` (kind `Fallback`), and `PaymentCredited`
   * per refused transfer.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `NotAParty`: `caller` is neither the approver nor the service provider.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Disputed`.
   * - `TooEarly`: the ledger time has not reached `updated_at + resolution_period`.
   */
  expire_dispute(args: { escrow_id: bigint; milestone_index: number; caller: string | Address }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Reads every milestone of an escrow, in index order. Changes nothing. About 2.4 KB per
   * milestone with every text at its cap: a large escrow's list exceeds what a transaction
   * may return on mainnet (16 KiB with its events), so read it by simulation, as clients
   * do for reads, or milestone by milestone with `get_milestone`.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  get_milestones(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Array<Milestone>, Error>>>;
  /**
   * Pays a milestone whose reviewer went silent: once the review period since its
   * delivery (`ForReview`) or approval (`Approved`) is over, it becomes `Released` and
   * `approved` true, and the receiver is paid what the milestone holds (all of it when
   * fully backed), less the platform fee. Holding back funding cannot block a claim.
   *
   * # Authorization
   * The escrow's `service_provider` signs.
   *
   * # Events
   * `MilestoneUpdated`, `MilestoneReleased`, and `PaymentCredited` per refused transfer.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `ForReview` or `Approved`.
   * - `TooEarly`: the ledger time has not reached `updated_at + review_period`.
   */
  claim_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Sends a delivery back to the service provider: `ForReview` becomes `ChangesRequested`,
   * and `notes` (the change request; `None` clears the notes) becomes the latest note.
   * Only within the review period: a delivery left unanswered through it counts as
   * approved.
   *
   * # Authorization
   * The escrow's `approver` signs.
   *
   * # Events
   * `MilestoneUpdated`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `TextTooLong`: `notes` is over 1 024 bytes.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `ForReview`, or its review period is
   * over.
   */
  request_changes(args: { escrow_id: bigint; milestone_index: number; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Rules on a dispute: `Disputed` becomes `Resolved`, and the milestone is split. Its
   * receiver is due `receiver_amount` and the approver the rest of the amount, paid from
   * what the milestone holds, the receiver's share first; the platform fee is charged on
   * what the receiver is paid, rounded down.
   *
   * # Authorization
   * The escrow's `dispute_resolver` signs.
   *
   * # Events
   * `MilestoneUpdated`, `MilestoneSettled` (kind `Ruling`), and `PaymentCredited`
   * per refused transfer.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Disputed`.
   * - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
   */
  resolve_dispute(args: { escrow_id: bigint; milestone_index: number; receiver_amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Takes back a milestone whose deadline passed undelivered: `Pending` once the ledger
   * time reaches its `deadline`, or `ChangesRequested` once it reaches both the deadline
   * and the end of the review period since the change request, becomes `Cancelled`, and
   * what the milestone holds is refunded to the approver.
   *
   * # Authorization
   * The escrow's `approver` signs.
   *
   * # Events
   * `MilestoneUpdated`, `MilestoneSettled` (kind `Cancellation`), and `PaymentCredited`
   * if the refund is refused.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Pending` or `ChangesRequested`.
   * - `TooEarly`: the deadline, or the review period, has not passed yet.
   */
  cancel_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Settles an open milestone by the parties' agreement, with no resolver: any status that
   * is not final becomes `Resolved`, and the milestone is split as `resolve_dispute` does,
   * its receiver due `receiver_amount` and the approver the rest.
   *
   * # Authorization
   * The escrow's `approver` and `service_provider` both sign.
   *
   * # Events
   * `MilestoneUpdated` (changed by the approver), `MilestoneSettled` (kind `Agreement`), and
   * `PaymentCredited` per refused transfer.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is final.
   * - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
   */
  settle_milestone(args: { escrow_id: bigint; milestone_index: number; receiver_amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Accepts a delivery: `ForReview` becomes `Approved` and `approved` becomes true, also
   * after the review period. The release signer then pays it out; if it does not within
   * the review period, the service provider may claim it.
   *
   * # Authorization
   * The escrow's `approver` signs.
   *
   * # Events
   * `MilestoneUpdated`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `ForReview`.
   */
  approve_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Disputes delivered or approved work, for the dispute resolver to split: the milestone
   * becomes `Disputed`, `approved` false, and `reason` its latest note. The approver may
   * dispute a `ForReview` milestone within its review period, a `ChangesRequested` one, or
   * an `Approved` one not yet paid; the service provider only a `ChangesRequested` one. A
   * `Pending` milestone is never disputed.
   *
   * # Authorization
   * `caller` signs, and must be the escrow's approver or service provider.
   *
   * # Events
   * `MilestoneUpdated`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `NotAParty`: `caller` is neither the approver nor the service provider.
   * - `TextTooLong`: `reason` is over 1 024 bytes.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: `caller` may not dispute the milestone now.
   */
  dispute_milestone(args: { escrow_id: bigint; milestone_index: number; caller: string | Address; reason: string }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Pays an approved, fully backed milestone out: `Approved` becomes `Released`. The
   * platform gets `fee = amount * platform_fee_bps / 10 000`, rounded down, and the
   * milestone's receiver `amount - fee`. A recipient whose transfer the token refuses is
   * credited instead (`PaymentCredited`) and takes it later with `withdraw`.
   *
   * # Authorization
   * The escrow's `release_signer` signs.
   *
   * # Events
   * `MilestoneUpdated`, `MilestoneReleased`, and `PaymentCredited` per refused transfer.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Approved`.
   * - `InsufficientFunds`: the milestone is not fully backed (`held < amount`).
   */
  release_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Approves and pays out several milestones at once, all or nothing: each listed
   * milestone, `ForReview` or `Approved`, becomes `Released` and is paid as
   * `release_milestone` pays.
   *
   * # Authorization
   * The escrow's `approver` and `release_signer` sign (once if the same address).
   *
   * # Events
   * Per milestone: `MilestoneUpdated` (changed by the release signer),
   * `MilestoneReleased`, and `PaymentCredited` per refused transfer.
   *
   * # Errors
   * The list is checked in order; the first faulty milestone reports its first fault, so
   * an unfunded one listed before a missing one is `InsufficientFunds`.
   * - `EscrowNotFound`: no escrow has this id.
   * - `NoMilestones`, `TooManyMilestones`: the list is empty, or longer than 5.
   * - `MilestoneNotFound`: a listed index has no milestone.
   * - `InvalidStatusTransition`: a listed milestone is not `ForReview` or `Approved`, or
   * is listed twice.
   * - `InsufficientFunds`: a listed milestone is not fully backed.
   */
  approve_and_release(args: { escrow_id: bigint; milestone_indices: Array<number> }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Marks a milestone delivered for the approver's review: `Pending`, `ChangesRequested`
   * or `ForReview` (a resubmission) becomes `ForReview`, `approved` stays false, and the
   * review period starts. Stores `evidence` (`None` keeps the previous one) and `notes`
   * (`None` clears them). `new_status` must be `ForReview`.
   *
   * # Authorization
   * The escrow's `service_provider` signs.
   *
   * # Events
   * `MilestoneUpdated`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `TextTooLong`: `evidence` is over 512 bytes or `notes` over 1 024.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: `new_status` is not `ForReview`, or the milestone is
   * `Approved`, `Disputed` or final.
   */
  change_milestone_status(args: { escrow_id: bigint; milestone_index: number; new_status: MilestoneStatus; evidence: string | null; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
}

export class Client extends ContractClient {
  constructor(public readonly options: ContractClientOptions) {
    super(
      new Spec(["AAAAAgAAAD9PbmUgb2YgdGhlIHNpeCByb2xlcyBvZiBbYFJvbGVzYF0sIGFzIGB0cmFuc2Zlcl9yb2xlYCBuYW1lcyBpdC4AAAAAAAAAAARSb2xlAAAABgAAAAAAAAAeVGhlIGNsaWVudCwgYFJvbGVzOjphcHByb3ZlcmAuAAAAAAAIQXBwcm92ZXIAAAAAAAAAMFRoZSBzZXJ2aWNlIHByb3ZpZGVyLCBgUm9sZXM6OnNlcnZpY2VfcHJvdmlkZXJgLgAAAA9TZXJ2aWNlUHJvdmlkZXIAAAAAAAAAACNUaGUgbWFya2V0cGxhY2UsIGBSb2xlczo6cGxhdGZvcm1gLgAAAAAIUGxhdGZvcm0AAAAAAAAAOlRoZSBwYXllciBvZiBhcHByb3ZlZCBtaWxlc3RvbmVzLCBgUm9sZXM6OnJlbGVhc2Vfc2lnbmVyYC4AAAAAAA1SZWxlYXNlU2lnbmVyAAAAAAAAAAAAADtUaGUgbmV1dHJhbCB3aG8gc3BsaXRzIGRpc3B1dGVzLCBgUm9sZXM6OmRpc3B1dGVfcmVzb2x2ZXJgLgAAAAAPRGlzcHV0ZVJlc29sdmVyAAAAAAAAAAAuVGhlIGVzY3JvdydzIGRlZmF1bHQgcGF5ZWUsIGBSb2xlczo6cmVjZWl2ZXJgLgAAAAAACFJlY2VpdmVy", "AAAAAQAAATtUaGUgcGFydGllcyBvZiBvbmUgZXNjcm93IGFuZCB3aGF0IGVhY2ggbWF5IGRvLiBFYWNoIGFkZHJlc3Mgc2lnbnMgZm9yIGl0cyBvd24gcm9sZSBvbmx5LgpPbmUgYWRkcmVzcyBtYXkgaG9sZCBzZXZlcmFsIHJvbGVzLCB3aXRoIHR3byBleGNlcHRpb25zOiB0aGUgYXBwcm92ZXIgaXMgbmV2ZXIgdGhlIHNlcnZpY2UKcHJvdmlkZXIsIGFuZCB0aGUgZGlzcHV0ZSByZXNvbHZlciBpcyBuZXV0cmFsIChuZWl0aGVyIHBhcnR5LCBub3IgYW55b25lIHBhaWQgZm9yIGEKbWlsZXN0b25lKS4gTm8gcm9sZSBpcyB0aGUgZXNjcm93IGNvbnRyYWN0IGl0c2VsZi4AAAAAAAAAAAVSb2xlcwAAAAAAAAYAAACgVGhlIGNsaWVudCAoQWxpY2UpOiBhcHByb3ZlcyBtaWxlc3RvbmVzLCByZXF1ZXN0cyBjaGFuZ2VzLCBtYXkgZGlzcHV0ZSwgY2FuY2VscwptaWxlc3RvbmVzIHdob3NlIGRlYWRsaW5lIHBhc3NlZCB1bmRlbGl2ZXJlZC4gRXZlcnkgcmVmdW5kIGdvZXMgdG8gdGhpcyBhZGRyZXNzLgAAAAhhcHByb3ZlcgAAABMAAABIVGhlIG5ldXRyYWwgcGFydHkgd2hvIHNwbGl0cyBkaXNwdXRlZCBtaWxlc3RvbmVzIHdpdGggYHJlc29sdmVfZGlzcHV0ZWAuAAAAEGRpc3B1dGVfcmVzb2x2ZXIAAAATAAAAUlRoZSBtYXJrZXRwbGFjZTogY3JlYXRlcyB0aGUgZXNjcm93IGFuZCByZWNlaXZlcyB0aGUgcGxhdGZvcm0gZmVlIG9uIGV2ZXJ5IHBheW91dC4AAAAAAAhwbGF0Zm9ybQAAABMAAAB9V2hlcmUgYSBtaWxlc3RvbmUncyBwYXkgZ29lcywgbGVzcyB0aGUgcGxhdGZvcm0gZmVlLCB1bmxlc3MgdGhlIG1pbGVzdG9uZSBuYW1lcyBpdHMgb3duCnJlY2VpdmVyOyBvZnRlbiB0aGUgc2VydmljZSBwcm92aWRlci4AAAAAAAAIcmVjZWl2ZXIAAAATAAAANlBheXMgYXBwcm92ZWQgbWlsZXN0b25lcyBvdXQgd2l0aCBgcmVsZWFzZV9taWxlc3RvbmVgLgAAAAAADnJlbGVhc2Vfc2lnbmVyAAAAAAATAAAAj1RoZSBzZXJ2aWNlIHByb3ZpZGVyIChCb2IpOiBtYXJrcyBtaWxlc3RvbmVzIGRvbmUsIG1heSBkaXNwdXRlLCBhbmQgY2xhaW1zIGEgZGVsaXZlcnkKb3IgYW4gYXBwcm92YWwgbGVmdCB1bmFuc3dlcmVkIHRocm91Z2ggdGhlIHJldmlldyBwZXJpb2QuAAAAABBzZXJ2aWNlX3Byb3ZpZGVyAAAAEw==", "AAAAAQAAAIVBbiBlc2Nyb3cgYXMgc3RvcmVkIG9uIGNoYWluLCByZWFkYWJsZSBieSBhbnlvbmUgd2l0aCBgZ2V0X2VzY3Jvd2AuIEFtb3VudHMgYXJlIGluIHRoZQp0b2tlbidzIHNtYWxsZXN0IHVuaXQ7IHBlcmlvZHMgYXJlIGluIHNlY29uZHMuAAAAAAAAAAAAAAZFc2Nyb3cAAAAAAA8AAAAyV2hhdCB0aGUgZW5nYWdlbWVudCBpcyBhYm91dCwgYXQgbW9zdCAxIDAyNCBieXRlcy4AAAAAAAtkZXNjcmlwdGlvbgAAAAAQAAAARVRoZSBtYXJrZXRwbGFjZSdzIG93biByZWZlcmVuY2UgZm9yIHRoZSBlbmdhZ2VtZW50LCBhdCBtb3N0IDY0IGJ5dGVzLgAAAAAAAA1lbmdhZ2VtZW50X2lkAAAAAAAAEAAAAG9UaGUgc2hhcmUgb2YgYSBkaXNwdXRlZCBkZWxpdmVyeSBwYWlkIHRvIGl0cyByZWNlaXZlciB3aGVuIHRoZSByZXNvbHZlciBkb2VzIG5vdCBydWxlCmluIHRpbWUsIGluIGJhc2lzIHBvaW50cy4AAAAAFWZhbGxiYWNrX3JlY2VpdmVyX2JwcwAAAAAAAAQAAAAyRXZlcnl0aGluZyBkZXBvc2l0ZWQgdGhyb3VnaCBgZnVuZF9lc2Nyb3dgIHNvIGZhci4AAAAAAAZmdW5kZWQAAAAAAAsAAABPVGhlIGVzY3JvdydzIGlkOiAxIGZvciB0aGUgZmlyc3QgZXNjcm93IG9mIHRoaXMgY29udHJhY3QsIHRoZW4gMiwgMywgYW5kIHNvIG9uLgAAAAACaWQAAAAAAAYAAABTSG93IG1hbnkgbWlsZXN0b25lcyB0aGUgZXNjcm93IGhhczsgdGhlaXIgaW5kaWNlcyBhcmUgYDBgIHRvIGBtaWxlc3RvbmVfY291bnQgLSAxYC4AAAAAD21pbGVzdG9uZV9jb3VudAAAAAAEAAAAa1RoZSBzdW0gb2YgdGhlIGFtb3VudHMgb2YgdGhlIG1pbGVzdG9uZXMgdGhhdCBhcmUgbm90IGZpbmFsIHlldDogd2hhdCB0aGUgZXNjcm93IG1heQpzdGlsbCBoYXZlIHRvIHBheSBvdXQuAAAAAAtvcGVuX2Ftb3VudAAAAAALAAAApEV2ZXJ5dGhpbmcgdGhhdCBoYXMgbGVmdCB0aGUgZXNjcm93OiBwYXlvdXRzLCBwbGF0Zm9ybSBmZWVzIGFuZCByZWZ1bmRzLCBpbmNsdWRpbmcKYW1vdW50cyBjcmVkaXRlZCB0byBhIHJlY2lwaWVudCB3aG9zZSB0cmFuc2ZlciB3YXMgcmVmdXNlZCBhbmQgbm90IHlldCB3aXRoZHJhd24uAAAACHBhaWRfb3V0AAAACwAAAE9UaGUgcGxhdGZvcm0ncyBmZWUgb24gZXZlcnkgcGF5b3V0IHRvIGEgcmVjZWl2ZXIsIGluIGJhc2lzIHBvaW50cyAoMCB0byAyIDAwMCkuAAAAABBwbGF0Zm9ybV9mZWVfYnBzAAAABAAAAFpTZWNvbmRzIHRoZSBkaXNwdXRlIHJlc29sdmVyIGhhcyB0byBydWxlIGJlZm9yZSBlaXRoZXIgcGFydHkgbWF5IGFwcGx5IHRoZSBmYWxsYmFjawpzcGxpdC4AAAAAABFyZXNvbHV0aW9uX3BlcmlvZAAAAAAAAAYAAACDU2Vjb25kcyB0aGUgYXBwcm92ZXIgaGFzIHRvIGFjdCBvbiBhIGRlbGl2ZXJ5LCBhbmQgdGhlIHJlbGVhc2Ugc2lnbmVyIHRvIHBheSBhbgphcHByb3ZhbCwgYmVmb3JlIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG1heSBjbGFpbSBpdC4AAAAADXJldmlld19wZXJpb2QAAAAAAAAGAAAAIldobyB0YWtlcyBwYXJ0LCBhbmQgaW4gd2hpY2ggcm9sZS4AAAAAAAVyb2xlcwAAAAAAB9AAAAAFUm9sZXMAAAAAAAAhQSBzaG9ydCB0aXRsZSwgYXQgbW9zdCAxMjggYnl0ZXMuAAAAAAAABXRpdGxlAAAAAAAAEAAAADhUaGUgU0VQLTQxIHRva2VuIGNvbnRyYWN0IHRoYXQgaG9sZHMgdGhlIGVzY3JvdydzIGZ1bmRzLgAAAAV0b2tlbgAAAAAAABMAAAAhVGhlIHN1bSBvZiBhbGwgbWlsZXN0b25lIGFtb3VudHMuAAAAAAAADHRvdGFsX2Ftb3VudAAAAAs=", "AAAAAQAAAJpBIG1pbGVzdG9uZSBhcyBzdG9yZWQgb24gY2hhaW4sIHJlYWRhYmxlIGJ5IGFueW9uZSB3aXRoIGBnZXRfbWlsZXN0b25lYC4gQW1vdW50cyBhcmUgaW4gdGhlCnRva2VuJ3Mgc21hbGxlc3QgdW5pdDsgdGltZXMgYXJlIGxlZGdlciB0aW1lc3RhbXBzIGluIHNlY29uZHMuAAAAAAAAAAAACU1pbGVzdG9uZQAAAAAAAAoAAAAYV2hhdCB0aGUgbWlsZXN0b25lIHBheXMuAAAABmFtb3VudAAAAAAACwAAALlUaGUgYXBwcm92ZWQgZmxhZzogYHRydWVgIGV4YWN0bHkgd2hlbiB0aGUgc3RhdHVzIGlzIGBBcHByb3ZlZGAgb3IgYFJlbGVhc2VkYC4gSXQgaXMKYGZhbHNlYCB1bnRpbCB0aGUgYXBwcm92ZXIgYXBwcm92ZXMgKG9yIHRoZSBwcm92aWRlciBjbGFpbXMpLCBhbmQgYSBkaXNwdXRlIHNldHMgaXQKYmFjayB0byBgZmFsc2VgLgAAAAAAAAhhcHByb3ZlZAAAAAEAAABKV2hlbiBkZWxpdmVyeSBpcyBkdWUuIE9uY2UgaXQgcGFzc2VzIHVuZGVsaXZlcmVkLCB0aGUgYXBwcm92ZXIgbWF5IGNhbmNlbC4AAAAAAAhkZWFkbGluZQAAAAYAAAArV2hhdCBpcyB0byBiZSBkZWxpdmVyZWQsIGF0IG1vc3QgNTEyIGJ5dGVzLgAAAAALZGVzY3JpcHRpb24AAAAAEAAAALVUaGUgc2VydmljZSBwcm92aWRlcidzIHByb29mIG9mIGNvbXBsZXRpb24gKGEgVVJMLCBhIGNvbnRlbnQgaGFzaCwgYSB0cmFja2luZyBudW1iZXIpLAphdCBtb3N0IDUxMiBieXRlczsgYE5vbmVgIHVudGlsIGdpdmVuLiBBIHJlc3VibWlzc2lvbiB3aXRob3V0IGV2aWRlbmNlIGtlZXBzIHRoZQpwcmV2aW91cyBvbmUuAAAAAAAACGV2aWRlbmNlAAAD6AAAABAAAACFV2hhdCB0aGUgY29udHJhY3QgaG9sZHMgZm9yIHRoaXMgbWlsZXN0b25lIG5vdzogMCB0byBgYW1vdW50YC4gRGVwb3NpdHMgZmlsbCBvcGVuCm1pbGVzdG9uZXMgaW4gaW5kZXggb3JkZXI7IGEgcGF5b3V0IHNwZW5kcyBpdCB0byAwLgAAAAAAAARoZWxkAAAACwAAAG9UaGUgbGF0ZXN0IG5vdGUsIGF0IG1vc3QgMSAwMjQgYnl0ZXM6IGRlbGl2ZXJ5IG5vdGVzLCBhIGNoYW5nZSByZXF1ZXN0IG9yIGEgZGlzcHV0ZQpyZWFzb24sIHdob2V2ZXIgd3JvdGUgbGFzdC4AAAAABW5vdGVzAAAAAAAD6AAAABAAAAC5V2hvIGlzIHBhaWQgZm9yIHRoZSBtaWxlc3RvbmU6IGl0cyBvd24gcmVjZWl2ZXIsIG9yIGVsc2UgdGhlIGVzY3JvdydzIHJlY2VpdmVyIG5vdzsgb25jZQp0aGUgbWlsZXN0b25lIGlzIGZpbmFsLCB3aG9ldmVyIHdhcyBwYWlkIGZvciBpdCAoZXZlbiBpZiB0aGUgcmVjZWl2ZXIgcm9sZSBjaGFuZ2VkCmhhbmRzIHNpbmNlKS4AAAAAAAAIcmVjZWl2ZXIAAAATAAAAG1doZXJlIHRoZSBtaWxlc3RvbmUgc3RhbmRzLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAACnV2hlbiB0aGUgc3RhdHVzLCBldmlkZW5jZSBvciBub3RlcyBsYXN0IGNoYW5nZWQgKHdoZW4gdGhlIG1pbGVzdG9uZSB3YXMgYWRkZWQsIHVudGlsCnRoZW4pLiBBIGRlbGl2ZXJ5J3MgcmV2aWV3IHBlcmlvZCBhbmQgYSBkaXNwdXRlJ3MgcmVzb2x1dGlvbiBwZXJpb2QgcnVuIGZyb20gaGVyZS4AAAAACnVwZGF0ZWRfYXQAAAAAAAY=", "AAAAAQAAAHlFdmVyeXRoaW5nIGBjcmVhdGVfZXNjcm93YCBuZWVkcyB0byBvcGVuIGFuIGVzY3Jvdy4gVGhlIHRpbWUgdGVybXMgYXJlIGFncmVlZCBoZXJlLCBvbmNlOgp0aGV5IHB1dCBhIGNsb2NrIG9uIGV2ZXJ5IHdhaXQuAAAAAAAAAAAAAAlOZXdFc2Nyb3cAAAAAAAAKAAAAMldoYXQgdGhlIGVuZ2FnZW1lbnQgaXMgYWJvdXQsIGF0IG1vc3QgMSAwMjQgYnl0ZXMuAAAAAAALZGVzY3JpcHRpb24AAAAAEAAAAF5UaGUgbWFya2V0cGxhY2UncyBvd24gcmVmZXJlbmNlIGZvciB0aGUgZW5nYWdlbWVudCAoYW4gaW52b2ljZSBvciBvcmRlciBpZCksIGF0IG1vc3QKNjQgYnl0ZXMuAAAAAAANZW5nYWdlbWVudF9pZAAAAAAAABAAAADTVGhlIHNoYXJlIG9mIGEgZGlzcHV0ZWQgZGVsaXZlcnkgdGhhdCBnb2VzIHRvIGl0cyByZWNlaXZlciB3aGVuIHRoZSByZXNvbHZlciBsZXRzIHRoZQpyZXNvbHV0aW9uIHBlcmlvZCBwYXNzLCBpbiBiYXNpcyBwb2ludHM6IDAgdG8gMTAgMDAwIChhbGwgb2YgaXQpLiBBcHByb3ZlZCB3b3JrIHRoYXQKd2FzIGRpc3B1dGVkIGdvZXMgdG8gdGhlIHJlY2VpdmVyIHdob2xlLgAAAAAVZmFsbGJhY2tfcmVjZWl2ZXJfYnBzAAAAAAAABAAAAGBUaGUgbWlsZXN0b25lcywgaW4gb3JkZXI6IDEgdG8gNTAgKGBNQVhfTUlMRVNUT05FU2ApLiBUaGVpciBpbmRpY2VzIGFyZSB0aGVpcgpwb3NpdGlvbnMsIGZyb20gMC4AAAAKbWlsZXN0b25lcwAAAAAD6gAAB9AAAAAMTmV3TWlsZXN0b25lAAAAp1RoZSBwbGF0Zm9ybSdzIGZlZSBvbiBldmVyeSBwYXlvdXQgdG8gYSByZWNlaXZlciwgaW4gYmFzaXMgcG9pbnRzICgxLzEwMCBvZiBhCnBlcmNlbnQpOiAwIHRvIDIgMDAwICgyMCAlKS4gQ2hhcmdlZCBvbiB3aGF0IHRoZSByZWNlaXZlciBpcyBhY3R1YWxseSBwYWlkLCByb3VuZGVkCmRvd24uAAAAABBwbGF0Zm9ybV9mZWVfYnBzAAAABAAAAJJTZWNvbmRzIHRoZSBkaXNwdXRlIHJlc29sdmVyIGhhcyB0byBydWxlIGJlZm9yZSBlaXRoZXIgcGFydHkgbWF5IGVuZCB0aGUgZGlzcHV0ZSB3aXRoCnRoZSBmYWxsYmFjayBzcGxpdDogODYgNDAwICgxIGRheSkgdG8gMzEgNTM2IDAwMCAoMzY1IGRheXMpLgAAAAAAEXJlc29sdXRpb25fcGVyaW9kAAAAAAAABgAAAKxTZWNvbmRzIHRoZSBhcHByb3ZlciBoYXMgdG8gYWN0IG9uIGEgZGVsaXZlcnksIGFuZCB0aGUgcmVsZWFzZSBzaWduZXIgdG8gcGF5IGFuCmFwcHJvdmFsLCBiZWZvcmUgdGhlIHNlcnZpY2UgcHJvdmlkZXIgbWF5IGNsYWltIGl0OiA4NiA0MDAgKDEgZGF5KSB0byAzMSA1MzYgMDAwCigzNjUgZGF5cykuAAAADXJldmlld19wZXJpb2QAAAAAAAAGAAAAIldobyB0YWtlcyBwYXJ0LCBhbmQgaW4gd2hpY2ggcm9sZS4AAAAAAAVyb2xlcwAAAAAAB9AAAAAFUm9sZXMAAAAAAAAhQSBzaG9ydCB0aXRsZSwgYXQgbW9zdCAxMjggYnl0ZXMuAAAAAAAABXRpdGxlAAAAAAAAEAAAAGhUaGUgU0VQLTQxIHRva2VuIGNvbnRyYWN0IHRoYXQgaG9sZHMgdGhlIGVzY3JvdydzIGZ1bmRzLCBmb3IgZXhhbXBsZSB0aGUgU3RlbGxhciBBc3NldApDb250cmFjdCBvZiBVU0RDLgAAAAV0b2tlbgAAAAAAABM=", "AAAAAQAAAGlPbmUgbWlsZXN0b25lIG9mIGEgbmV3IGVzY3JvdyAob3Igb2YgYGFkZF9taWxlc3RvbmVzYCk6IGEgcGllY2Ugb2Ygd29yaywgd2hhdCBpdCBwYXlzIGFuZAp3aGVuIGl0IGlzIGR1ZS4AAAAAAAAAAAAADE5ld01pbGVzdG9uZQAAAAQAAACAV2hhdCB0aGUgbWlsZXN0b25lIHBheXMsIGluIHRoZSB0b2tlbidzIHNtYWxsZXN0IHVuaXQgKGZvciBhIDctZGVjaW1hbCB0b2tlbiBzdWNoIGFzClVTREMsIDEwIDAwMCAwMDAgaXMgb25lIHVuaXQpOyBtb3JlIHRoYW4gMC4AAAAGYW1vdW50AAAAAAALAAAA/1doZW4gZGVsaXZlcnkgaXMgZHVlOiBhIGxlZGdlciB0aW1lc3RhbXAgaW4gc2Vjb25kcyBzaW5jZSB0aGUgVW5peCBlcG9jaCwgbGF0ZXIgdGhhbgp0aGUgbGVkZ2VyIHRpbWUgb2YgdGhlIGNhbGwgdGhhdCBhZGRzIHRoZSBtaWxlc3RvbmUgYW5kIGF0IG1vc3QgNSB5ZWFycyAoMTU3IDY4MCAwMDAKc2Vjb25kcykgYWZ0ZXIgaXQuIE9uY2UgaXQgcGFzc2VzIHVuZGVsaXZlcmVkLCB0aGUgYXBwcm92ZXIgbWF5IGNhbmNlbCB0aGUgbWlsZXN0b25lLgAAAAAIZGVhZGxpbmUAAAAGAAAANFdoYXQgaXMgdG8gYmUgZGVsaXZlcmVkLCBhdCBtb3N0IDUxMiBieXRlcyBvZiBVVEYtOC4AAAALZGVzY3JpcHRpb24AAAAAEAAAAJpXaG8gaXMgcGFpZCBmb3IgdGhpcyBtaWxlc3RvbmU7IGBOb25lYCBwYXlzIHdob2V2ZXIgaXMgdGhlIGVzY3JvdydzIHJlY2VpdmVyIHdoZW4gdGhlCm1pbGVzdG9uZSBpcyBwYWlkLiBNYXkgbm90IGJlIHRoZSBkaXNwdXRlIHJlc29sdmVyIG9yIHRoaXMgY29udHJhY3QuAAAAAAAIcmVjZWl2ZXIAAAPoAAAAEw==", "AAAAAgAAAKZXaGljaCBvZiB0aGUgZm91ciBraW5kcyBvZiBzcGxpdCBlbmRlZCBhIG1pbGVzdG9uZSwgYXMgYE1pbGVzdG9uZVNldHRsZWRgIHJlcG9ydHMgaXQsIHNvIGEKcGxhdGZvcm0gY2FuIHRlbGwgdGhlIHBhcnRpZXMgd2hhdCBoYXBwZW5lZCB3aXRob3V0IHJlYWRpbmcgZWFybGllciBldmVudHMuAAAAAAAAAAAADlNldHRsZW1lbnRLaW5kAAAAAAAEAAAAAAAAADxUaGUgZGlzcHV0ZSByZXNvbHZlciBydWxlZCBvbiBhIGRpc3B1dGUgKGByZXNvbHZlX2Rpc3B1dGVgKS4AAAAGUnVsaW5nAAAAAAAAAAAAcVRoZSByZXNvbHZlciBsZXQgdGhlIHJlc29sdXRpb24gcGVyaW9kIHBhc3MsIGFuZCBhIHBhcnR5IGFwcGxpZWQgdGhlIHNwbGl0IGFncmVlZCBhdApjcmVhdGlvbiAoYGV4cGlyZV9kaXNwdXRlYCkuAAAAAAAACEZhbGxiYWNrAAAAAAAAAE9UaGUgYXBwcm92ZXIgYW5kIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIGFncmVlZCBvbiB0aGUgc3BsaXQgKGBzZXR0bGVfbWlsZXN0b25lYCkuAAAAAAlBZ3JlZW1lbnQAAAAAAAAAAAAAdVRoZSBhcHByb3ZlciB0b29rIGJhY2sgYSBtaWxlc3RvbmUgd2hvc2UgZGVhZGxpbmUgcGFzc2VkIHVuZGVsaXZlcmVkCihgY2FuY2VsX21pbGVzdG9uZWApOyB0aGUgcmVjZWl2ZXIncyBzaGFyZSBpcyAwLgAAAAAAAAxDYW5jZWxsYXRpb24=", "AAAAAgAAAslXaGVyZSBhIG1pbGVzdG9uZSBzdGFuZHMuCgpgUGVuZGluZ2AgYmVjb21lcyBgRm9yUmV2aWV3YCB3aGVuIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIGRlbGl2ZXJzLiBUaGUgYXBwcm92ZXIgdGhlbiBhc2tzCmZvciBjaGFuZ2VzIChgQ2hhbmdlc1JlcXVlc3RlZGAsIGJhY2sgdG8gdGhlIHByb3ZpZGVyKSBvciBhcHByb3ZlcyAoYEFwcHJvdmVkYCksIGFuZCB0aGUKcmVsZWFzZSBzaWduZXIgcGF5cyBhcHByb3ZlZCB3b3JrIG91dCAoYFJlbGVhc2VkYCkuIEEgZGVsaXZlcnkgb3IgYW4gYXBwcm92YWwgbGVmdAp1bmFuc3dlcmVkIHRocm91Z2ggdGhlIHJldmlldyBwZXJpb2QgaXMgY2xhaW1lZCBieSB0aGUgcHJvdmlkZXIgKGBSZWxlYXNlZGApLiBUaGUgcGFydGllcwptYXkgZGlzcHV0ZSBkZWxpdmVyZWQgd29yayAoYERpc3B1dGVkYCksIHdoaWNoIHRoZSByZXNvbHZlciBvciwgYWZ0ZXIgdGhlIHJlc29sdXRpb24KcGVyaW9kLCB0aGUgZmFsbGJhY2sgc3BsaXQgZW5kcyAoYFJlc29sdmVkYCk7IHRoZXkgbWF5IGFsc28gc2V0dGxlIGFueSBvcGVuIG1pbGVzdG9uZQpiZXR3ZWVuIHRoZW1zZWx2ZXMgKGBSZXNvbHZlZGApLiBUaGUgYXBwcm92ZXIgY2FuY2VscyBhIG1pbGVzdG9uZSB3aG9zZSBkZWFkbGluZSBwYXNzZWQKdW5kZWxpdmVyZWQgKGBDYW5jZWxsZWRgKS4gYFJlbGVhc2VkYCwgYFJlc29sdmVkYCBhbmQgYENhbmNlbGxlZGAgYXJlIGZpbmFsLgAAAAAAAAAAAAAPTWlsZXN0b25lU3RhdHVzAAAAAAgAAAAAAAAAHkNyZWF0ZWQgYW5kIG5vdCB5ZXQgZGVsaXZlcmVkLgAAAAAAB1BlbmRpbmcAAAAAAAAAAEVEZWxpdmVyZWQgYnkgdGhlIHNlcnZpY2UgcHJvdmlkZXIgYW5kIGF3YWl0aW5nIHRoZSBhcHByb3ZlcidzIHJldmlldy4AAAAAAAAJRm9yUmV2aWV3AAAAAAAAAAAAAEdUaGUgYXBwcm92ZXIgYXNrZWQgZm9yIGNoYW5nZXM7IHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG1heSBkZWxpdmVyIGFnYWluLgAAAAAQQ2hhbmdlc1JlcXVlc3RlZAAAAAAAAABGVGhlIGFwcHJvdmVyIGFjY2VwdGVkIHRoZSBkZWxpdmVyeTsgdGhlIHJlbGVhc2Ugc2lnbmVyIG1heSBwYXkgaXQgb3V0LgAAAAAACEFwcHJvdmVkAAAAAAAAAFlEaXNwdXRlZCBieSB0aGUgYXBwcm92ZXIgb3IgdGhlIHNlcnZpY2UgcHJvdmlkZXI7IHRoZSBkaXNwdXRlIHJlc29sdmVyIGRlY2lkZXMgdGhlCnNwbGl0LgAAAAAAAAhEaXNwdXRlZAAAAAAAAAAzUGFpZCB0byBpdHMgcmVjZWl2ZXIsIGxlc3MgdGhlIHBsYXRmb3JtIGZlZS4gRmluYWwuAAAAAAhSZWxlYXNlZAAAAAAAAAB4U3BsaXQgYmV0d2VlbiBpdHMgcmVjZWl2ZXIgYW5kIHRoZSBhcHByb3ZlcjogYnkgdGhlIHJlc29sdmVyLCBieSB0aGUgZmFsbGJhY2sgcnVsZSBvcgpieSB0aGUgcGFydGllcycgc2V0dGxlbWVudC4gRmluYWwuAAAACFJlc29sdmVkAAAAAAAAAEZSZWZ1bmRlZCB0byB0aGUgYXBwcm92ZXIgYWZ0ZXIgaXRzIGRlYWRsaW5lIHBhc3NlZCB1bmRlbGl2ZXJlZC4gRmluYWwuAAAAAAAJQ2FuY2VsbGVkAAAA", "AAAABAAAAYBXaHkgdGhlIGVzY3JvdyByZWZ1c2VkIGEgY2FsbC4gQSByZWZ1c2VkIGNhbGwgY2hhbmdlcyBub3RoaW5nOiBldmVyeSBlc2Nyb3csIG1pbGVzdG9uZSwKY3JlZGl0IGFuZCBiYWxhbmNlIHN0YXlzIGFzIGl0IHdhcy4gV2hlbiBhIGNhbGwgaGFzIHNldmVyYWwgZmF1bHRzLCBpdCByZXBvcnRzIHRoZSBmaXJzdAppbiB0aGlzIG9yZGVyOiB0aGUgZXNjcm93IGV4aXN0cywgdGhlIHNpZ25lcnMsIGBOb3RBUGFydHlgLCB0aGUgbnVtYmVyIG9mIG1pbGVzdG9uZXMsIHRoZQp0ZXh0cywgdGhlIHJvbGVzLCB0aGUgZmVlLCB0aGUgdGVybXMsIHRoZSBtaWxlc3RvbmUgZXhpc3RzLCB0aGUgc3RhdHVzIHRyYW5zaXRpb24sCmBUb29FYXJseWAsIHRoZSBhbW91bnRzIGFuZCBmdW5kcy4AAAAAAAAABUVycm9yAAAAAAAADwAAAEtObyBlc2Nyb3cgaGFzIHRoaXMgaWQuIElkcyBzdGFydCBhdCAxIGFuZCBhcmUgaGFuZGVkIG91dCBpbiBjcmVhdGlvbiBvcmRlci4AAAAADkVzY3Jvd05vdEZvdW5kAAAAAAABAAAAV1RoZSBlc2Nyb3cgaGFzIG5vIG1pbGVzdG9uZSBhdCB0aGlzIGluZGV4LiBJbmRpY2VzIHJ1biBmcm9tIDAgdG8gYG1pbGVzdG9uZV9jb3VudCAtIDFgLgAAAAARTWlsZXN0b25lTm90Rm91bmQAAAAAAAACAAAA51RoZSBtaWxlc3RvbmUncyBzdGF0dXMgZG9lcyBub3QgYWxsb3cgdGhpcyBjaGFuZ2U6IGZvciBleGFtcGxlIGFwcHJvdmluZyBhIG1pbGVzdG9uZQp0aGF0IGlzIG5vdCBgRm9yUmV2aWV3YCwgYXNraW5nIGZvciBjaGFuZ2VzIG9uY2UgdGhlIHJldmlldyBwZXJpb2QgaXMgb3ZlciwgYSBkaXNwdXRlCnRoZSBjYWxsZXIgbWF5IG5vdCBvcGVuLCBvciBhbnkgY2hhbmdlIHRvIGEgZmluYWwgbWlsZXN0b25lLgAAAAAXSW52YWxpZFN0YXR1c1RyYW5zaXRpb24AAAAAAwAAAHJUaGUgYGNhbGxlcmAgb2YgYGRpc3B1dGVfbWlsZXN0b25lYCBvciBgZXhwaXJlX2Rpc3B1dGVgIGlzIG5laXRoZXIgdGhlIGVzY3JvdydzCmFwcHJvdmVyIG5vciBpdHMgc2VydmljZSBwcm92aWRlci4AAAAAAAlOb3RBUGFydHkAAAAAAAAEAAAAwkFuIGFtb3VudCBpcyBvdXQgb2YgcmFuZ2U6IGEgbWlsZXN0b25lIGFtb3VudCBvciBkZXBvc2l0IG9mIHplcm8gb3IgbGVzcywgYSB0b3RhbCBvZgptaWxlc3RvbmUgYW1vdW50cyBhYm92ZSB0aGUgbGFyZ2VzdCBgaTEyOGAsIG9yIGEgcmVjZWl2ZXIncyBzaGFyZSBiZWxvdyB6ZXJvIG9yIGFib3ZlCnRoZSBtaWxlc3RvbmUncyBhbW91bnQuAAAAAAANSW52YWxpZEFtb3VudAAAAAAAAAUAAABsQSBkZXBvc2l0IGlzIGxhcmdlciB0aGFuIHdoYXQgdGhlIGVzY3JvdydzIG9wZW4gbWlsZXN0b25lcyBzdGlsbCBsYWNrCihgb3Blbl9hbW91bnQgLSAoZnVuZGVkIC0gcGFpZF9vdXQpYCkuAAAAE0Z1bmRpbmdFeGNlZWRzVG90YWwAAAAABgAAAHxUaGUgbWlsZXN0b25lIGlzIG5vdCBmdWxseSBiYWNrZWQgKGBoZWxkIDwgYW1vdW50YCksIHNvIHRoZSByZWxlYXNlIHNpZ25lciBjYW5ub3QgcGF5Cml0IGluIGZ1bGwgeWV0OyBmdW5kIHRoZSBlc2Nyb3cgZmlyc3QuAAAAEUluc3VmZmljaWVudEZ1bmRzAAAAAAAABwAAADRUaGUgcGxhdGZvcm0gZmVlIGlzIGFib3ZlIDIgMDAwIGJhc2lzIHBvaW50cyAoMjAgJSkuAAAACkludmFsaWRGZWUAAAAAAAgAAAAgVGhlIGxpc3Qgb2YgbWlsZXN0b25lcyBpcyBlbXB0eS4AAAAMTm9NaWxlc3RvbmVzAAAACQAAANJUb28gbWFueSBtaWxlc3RvbmVzOiB0aGUgZXNjcm93IHdvdWxkIGhvbGQgbW9yZSB0aGFuIDUwIChgTUFYX01JTEVTVE9ORVNgKSwKYGFkZF9taWxlc3RvbmVzYCBhcHBlbmRzIG1vcmUgdGhhbiA0MCBpbiBvbmUgY2FsbCAoYE1BWF9BRERfQkFUQ0hgKSwgb3IKYGFwcHJvdmVfYW5kX3JlbGVhc2VgIGxpc3RzIG1vcmUgdGhhbiA1IChgTUFYX1JFTEVBU0VfQkFUQ0hgKS4AAAAAABFUb29NYW55TWlsZXN0b25lcwAAAAAAAAoAAAC5QSB0ZXh0IGlzIGxvbmdlciB0aGFuIGl0cyBieXRlIGNhcDogYGVuZ2FnZW1lbnRfaWRgIDY0LCBgdGl0bGVgIDEyOCwgZXNjcm93CmBkZXNjcmlwdGlvbmAgMSAwMjQsIG1pbGVzdG9uZSBgZGVzY3JpcHRpb25gIDUxMiwgYGV2aWRlbmNlYCA1MTIsIGBub3Rlc2AgYW5kIGEgZGlzcHV0ZQpgcmVhc29uYCAxIDAyNCBieXRlcy4AAAAAAAALVGV4dFRvb0xvbmcAAAAACwAAAOBUaGUgcm9sZXMgYnJlYWsgYSBydWxlOiB0aGUgYXBwcm92ZXIgaXMgdGhlIHNlcnZpY2UgcHJvdmlkZXI7IHRoZSBkaXNwdXRlIHJlc29sdmVyIGlzCnRoZSBhcHByb3ZlciwgdGhlIHNlcnZpY2UgcHJvdmlkZXIsIHRoZSBlc2Nyb3cncyByZWNlaXZlciBvciBhIG1pbGVzdG9uZSdzIHJlY2VpdmVyOyBvcgphIHJvbGUgb3IgcmVjZWl2ZXIgaXMgdGhpcyBlc2Nyb3cgY29udHJhY3QgaXRzZWxmLgAAAAxJbnZhbGlkUm9sZXMAAAAMAAAAdlRvbyBlYXJseTogdGhlIGxlZGdlciB0aW1lIGhhcyBub3QgcmVhY2hlZCB0aGUgbWlsZXN0b25lJ3MgZGVhZGxpbmUgb3IgdGhlIGVuZCBvZiBpdHMKcmV2aWV3IG9yIHJlc29sdXRpb24gcGVyaW9kIHlldC4AAAAAAAhUb29FYXJseQAAAA0AAAC5QSB0aW1lIHRlcm0gaXMgb3V0IG9mIHJhbmdlOiBhIHJldmlldyBvciByZXNvbHV0aW9uIHBlcmlvZCBvdXRzaWRlIDEgdG8gMzY1IGRheXMsIGEKZmFsbGJhY2sgc2hhcmUgYWJvdmUgMTAgMDAwIGJhc2lzIHBvaW50cywgb3IgYSBkZWFkbGluZSBub3QgbGF0ZXIgdGhhbiBub3cgb3IgbW9yZQp0aGFuIDUgeWVhcnMgYXdheS4AAAAAAAAMSW52YWxpZFRlcm1zAAAADgAAAJJUaGUgdG9rZW4gcmVmdXNlZCB0byBtb3ZlIGEgZGVwb3NpdCBmcm9tIHRoZSBmdW5kZXIgKGZvciBleGFtcGxlLCB0b28gbG93IGEgYmFsYW5jZQpvciBhIGZyb3plbiBhY2NvdW50KSwgb3IgdG8gcGF5IGEgd2l0aGRyYXdhbCB0byBpdHMgcmVjaXBpZW50LgAAAAAAE1Rva2VuVHJhbnNmZXJGYWlsZWQAAAAADw==", "AAAABQAAAFpBIHJlY2lwaWVudCB0b29rIGl0cyBjcmVkaXRlZCBwYXlvdXRzIHdpdGggYHdpdGhkcmF3YC4gVG9waWNzOiBgWyJ3aXRoZHJhd24iLCByZWNpcGllbnRdYC4AAAAAAAAAAAAJV2l0aGRyYXduAAAAAAAAAQAAAAl3aXRoZHJhd24AAAAAAAADAAAAGldobyB3aXRoZHJldyBhbmQgd2FzIHBhaWQuAAAAAAAJcmVjaXBpZW50AAAAAAAAEwAAAAEAAAAPVGhlIHRva2VuIHBhaWQuAAAAAAV0b2tlbgAAAAAAABMAAAAAAAAATVRoZSBhbW91bnQgcGFpZDogZXZlcnl0aGluZyB0aGF0IHdhcyBjcmVkaXRlZCB0byB0aGUgcmVjaXBpZW50IGluIHRoYXQgdG9rZW4uAAAAAAAABmFtb3VudAAAAAAACwAAAAAAAAAC", "AAAABQAAAE5UaGUgdXBncmFkZSByaWdodCB3YXMgaGFuZGVkIG92ZXIgYnkgYHNldF9hZG1pbmAuIFRvcGljczogYFsiYWRtaW5fY2hhbmdlZCJdYC4AAAAAAAAAAAAMQWRtaW5DaGFuZ2VkAAAAAQAAAA1hZG1pbl9jaGFuZ2VkAAAAAAAAAgAAABRUaGUgYWRtaW4gdW50aWwgbm93LgAAAAlvbGRfYWRtaW4AAAAAAAATAAAAAAAAABZUaGUgYWRtaW4gZnJvbSBub3cgb24uAAAAAAAJbmV3X2FkbWluAAAAAAAAEwAAAAAAAAAC", "AAAABQAAAE9Ub2tlbnMgd2VyZSBkZXBvc2l0ZWQgYnkgYGZ1bmRfZXNjcm93YC4gVG9waWNzOiBgWyJlc2Nyb3dfZnVuZGVkIiwgZXNjcm93X2lkXWAuAAAAAAAAAAAMRXNjcm93RnVuZGVkAAAAAQAAAA1lc2Nyb3dfZnVuZGVkAAAAAAAABAAAABJUaGUgZXNjcm93IGZ1bmRlZC4AAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAACdXaG8gcGFpZCB0aGUgZGVwb3NpdCBhbmQgc2lnbmVkIGZvciBpdC4AAAAABmZ1bmRlcgAAAAAAEwAAAAAAAAAMVGhlIGRlcG9zaXQuAAAABmFtb3VudAAAAAAACwAAAAAAAABDRXZlcnl0aGluZyBkZXBvc2l0ZWQgaW50byB0aGUgZXNjcm93IHNvIGZhciwgdGhpcyBkZXBvc2l0IGluY2x1ZGVkLgAAAAAGZnVuZGVkAAAAAAALAAAAAAAAAAI=", "AAAABQAAAKZBIG5ldyBlc2Nyb3cgd2FzIHN0b3JlZCBieSBgY3JlYXRlX2VzY3Jvd2AsIHdpdGggZXZlcnkgdGVybSBhZ3JlZWQuIFRvcGljczoKYFsiZXNjcm93X2NyZWF0ZWQiLCBlc2Nyb3dfaWRdYC4gVGhlIG1pbGVzdG9uZXMgdGhlbXNlbHZlcyBhcmUgcmVhZCB3aXRoIGBnZXRfbWlsZXN0b25lc2AuAAAAAAAAAAAADUVzY3Jvd0NyZWF0ZWQAAAAAAAABAAAADmVzY3Jvd19jcmVhdGVkAAAAAAAOAAAAFFRoZSBuZXcgZXNjcm93J3MgaWQuAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAATVRoZSBwbGF0Zm9ybSB0aGF0IGNyZWF0ZWQgdGhlIGVzY3JvdyBhbmQgc2lnbmVkIGZvciBpdDsgaXQgcmVjZWl2ZXMgdGhlIGZlZXMuAAAAAAAACHBsYXRmb3JtAAAAEwAAAAAAAAA4VGhlIGNsaWVudCB3aG8gYXBwcm92ZXMgbWlsZXN0b25lcyBhbmQgcmVjZWl2ZXMgcmVmdW5kcy4AAAAIYXBwcm92ZXIAAAATAAAAAAAAACJUaGUgc2VydmljZSBwcm92aWRlciB3aG8gZGVsaXZlcnMuAAAAAAAQc2VydmljZV9wcm92aWRlcgAAABMAAAAAAAAAIVdobyBwYXlzIGFwcHJvdmVkIG1pbGVzdG9uZXMgb3V0LgAAAAAAAA5yZWxlYXNlX3NpZ25lcgAAAAAAEwAAAAAAAAAfV2hvIHNwbGl0cyBkaXNwdXRlZCBtaWxlc3RvbmVzLgAAAAAQZGlzcHV0ZV9yZXNvbHZlcgAAABMAAAAAAAAAO1dobyBpcyBwYWlkIGZvciBtaWxlc3RvbmVzIHdpdGhvdXQgYSByZWNlaXZlciBvZiB0aGVpciBvd24uAAAAAAhyZWNlaXZlcgAAABMAAAAAAAAAJFRoZSB0b2tlbiBjb250cmFjdCB0aGUgZXNjcm93IGhvbGRzLgAAAAV0b2tlbgAAAAAAABMAAAAAAAAAQlRoZSBwbGF0Zm9ybSdzIGZlZSBvbiBldmVyeSBwYXlvdXQgdG8gYSByZWNlaXZlciwgaW4gYmFzaXMgcG9pbnRzLgAAAAAAEHBsYXRmb3JtX2ZlZV9icHMAAAAEAAAAAAAAAFlTZWNvbmRzIHRoZSBhcHByb3ZlciBoYXMgdG8gYWN0IG9uIGEgZGVsaXZlcnksIGFuZCB0aGUgcmVsZWFzZSBzaWduZXIgdG8gcGF5IGFuCmFwcHJvdmFsLgAAAAAAAA1yZXZpZXdfcGVyaW9kAAAAAAAABgAAAAAAAAApU2Vjb25kcyB0aGUgZGlzcHV0ZSByZXNvbHZlciBoYXMgdG8gcnVsZS4AAAAAAAARcmVzb2x1dGlvbl9wZXJpb2QAAAAAAAAGAAAAAAAAAG9UaGUgc2hhcmUgb2YgYSBkaXNwdXRlZCBkZWxpdmVyeSBwYWlkIHRvIGl0cyByZWNlaXZlciB3aGVuIHRoZSByZXNvbHZlciBkb2VzIG5vdCBydWxlCmluIHRpbWUsIGluIGJhc2lzIHBvaW50cy4AAAAAFWZhbGxiYWNrX3JlY2VpdmVyX2JwcwAAAAAAAAQAAAAAAAAAIVRoZSBzdW0gb2YgYWxsIG1pbGVzdG9uZSBhbW91bnRzLgAAAAAAAAx0b3RhbF9hbW91bnQAAAALAAAAAAAAACNIb3cgbWFueSBtaWxlc3RvbmVzIHRoZSBlc2Nyb3cgaGFzLgAAAAAPbWlsZXN0b25lX2NvdW50AAAAAAQAAAAAAAAAAg==", "AAAABQAAAIlNaWxlc3RvbmVzIHdlcmUgYXBwZW5kZWQgdG8gYW4gZXNjcm93IGJ5IGBhZGRfbWlsZXN0b25lc2AuIFRvcGljczoKYFsibWlsZXN0b25lc19hZGRlZCIsIGVzY3Jvd19pZF1gLiBUaGV5IGFyZSByZWFkIHdpdGggYGdldF9taWxlc3RvbmVgLgAAAAAAAAAAAAAPTWlsZXN0b25lc0FkZGVkAAAAAAEAAAAQbWlsZXN0b25lc19hZGRlZAAAAAMAAAAVVGhlIGVzY3JvdyB0aGF0IGdyZXcuAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAAJVRoZSBpbmRleCBvZiB0aGUgZmlyc3QgbmV3IG1pbGVzdG9uZS4AAAAAAAALZmlyc3RfaW5kZXgAAAAABAAAAAAAAAAfSG93IG1hbnkgbWlsZXN0b25lcyB3ZXJlIGFkZGVkLgAAAAAFY291bnQAAAAAAAAEAAAAAAAAAAI=", "AAAABQAAAOlUaGUgdG9rZW4gcmVmdXNlZCBhIHBheW91dCB0byBgcmVjaXBpZW50YCAobm8gdHJ1c3RsaW5lLCBhIGZyb3plbiBvciBkZWF1dGhvcml6ZWQKYmFsYW5jZSksIHNvIHRoZSBhbW91bnQgd2FzIGNyZWRpdGVkIHRvIGl0IGluIHRoaXMgY29udHJhY3QgaW5zdGVhZDsgdGhlIHJlY2lwaWVudCB0YWtlcwppdCB3aXRoIGB3aXRoZHJhd2AuIFRvcGljczogYFsicGF5bWVudF9jcmVkaXRlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAAAAAAPUGF5bWVudENyZWRpdGVkAAAAAAEAAAAQcGF5bWVudF9jcmVkaXRlZAAAAAQAAAAgVGhlIGVzY3JvdyB0aGF0IG1hZGUgdGhlIHBheW91dC4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAXV2hvIHRoZSBwYXlvdXQgd2FzIGZvci4AAAAACXJlY2lwaWVudAAAAAAAABMAAAAAAAAAE1RoZSB0b2tlbiBjcmVkaXRlZC4AAAAABXRva2VuAAAAAAAAEwAAAAAAAAAUVGhlIGFtb3VudCBjcmVkaXRlZC4AAAAGYW1vdW50AAAAAAALAAAAAAAAAAI=", "AAAABQAAAHBPbmUgcm9sZSBvZiBhbiBlc2Nyb3cgd2FzIGhhbmRlZCB0byBhIG5ldyBhZGRyZXNzIGJ5IGB0cmFuc2Zlcl9yb2xlYC4gVG9waWNzOgpgWyJyb2xlX3RyYW5zZmVycmVkIiwgZXNjcm93X2lkXWAuAAAAAAAAAA9Sb2xlVHJhbnNmZXJyZWQAAAAAAQAAABByb2xlX3RyYW5zZmVycmVkAAAABAAAAB5UaGUgZXNjcm93IHdob3NlIHJvbGUgY2hhbmdlZC4AAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAABVUaGUgcm9sZSBoYW5kZWQgb3Zlci4AAAAAAAAEcm9sZQAAB9AAAAAEUm9sZQAAAAAAAABJV2hvIGhlbGQgaXQgdW50aWwgbm93LiBDcmVkaXRzIGFscmVhZHkgbWFkZSB0byB0aGlzIGFkZHJlc3Mgc3RheSB3aXRoIGl0LgAAAAAAAAtvbGRfYWRkcmVzcwAAAAATAAAAAAAAABlXaG8gaG9sZHMgaXQgZnJvbSBub3cgb24uAAAAAAAAC25ld19hZGRyZXNzAAAAABMAAAAAAAAAAg==", "AAAABQAAAGxUaGUgY29udHJhY3QncyBjb2RlIHdhcyByZXBsYWNlZCBieSBgdXBncmFkZWA7IGV2ZXJ5IGVzY3JvdyBrZXB0IGl0cyBzdGF0ZS4gVG9waWNzOgpgWyJjb250cmFjdF91cGdyYWRlZCJdYC4AAAAAAAAAEENvbnRyYWN0VXBncmFkZWQAAAABAAAAEWNvbnRyYWN0X3VwZ3JhZGVkAAAAAAAAAQAAABlUaGUgaGFzaCBvZiB0aGUgbmV3IHdhc20uAAAAAAAADW5ld193YXNtX2hhc2gAAAAAAAPuAAAAIAAAAAAAAAAC", "AAAABQAAAWBBIG1pbGVzdG9uZSB3YXMgc3BsaXQgYmV0d2VlbiBpdHMgcmVjZWl2ZXIgYW5kIHRoZSBhcHByb3ZlcjogYnkgYSBydWxpbmcKKGByZXNvbHZlX2Rpc3B1dGVgKSwgdGhlIGZhbGxiYWNrIHJ1bGUgKGBleHBpcmVfZGlzcHV0ZWApLCB0aGUgcGFydGllcycgYWdyZWVtZW50Cihgc2V0dGxlX21pbGVzdG9uZWApIG9yIGEgY2FuY2VsbGF0aW9uIChgY2FuY2VsX21pbGVzdG9uZWAsIHRoZSByZWNlaXZlcidzIHNoYXJlIDApLCBhcwpga2luZGAgc2F5cy4gVG9waWNzOiBgWyJtaWxlc3RvbmVfc2V0dGxlZCIsIGVzY3Jvd19pZF1gLiBUaGUgdGhyZWUgYW1vdW50cyBhZGQgdXAgdG8gd2hhdAp0aGUgbWlsZXN0b25lIGhlbGQuAAAAAAAAABBNaWxlc3RvbmVTZXR0bGVkAAAAAQAAABFtaWxlc3RvbmVfc2V0dGxlZAAAAAAAAAkAAAAcVGhlIGVzY3JvdyBvZiB0aGUgbWlsZXN0b25lLgAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAACRUaGUgbWlsZXN0b25lJ3MgaW5kZXggaW4gaXRzIGVzY3Jvdy4AAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAIldobyB3YXMgcGFpZCB0aGUgcmVjZWl2ZXIncyBzaGFyZS4AAAAAAAhyZWNlaXZlcgAAABMAAAAAAAAANFdoYXQgdGhlIHJlY2VpdmVyIHdhcyBwYWlkLCBuZXQgb2YgdGhlIHBsYXRmb3JtIGZlZS4AAAAQcGFpZF90b19yZWNlaXZlcgAAAAsAAAAAAAAAHldobyB3YXMgcGFpZCB0aGUgcGxhdGZvcm0gZmVlLgAAAAAACHBsYXRmb3JtAAAAEwAAAAAAAAA9VGhlIHBsYXRmb3JtIGZlZSBvbiB0aGUgcmVjZWl2ZXIncyBncm9zcyBzaGFyZSwgcm91bmRlZCBkb3duLgAAAAAAAAxwbGF0Zm9ybV9mZWUAAAALAAAAAAAAABpXaG8gd2FzIHJlZnVuZGVkIHRoZSByZXN0LgAAAAAACGFwcHJvdmVyAAAAEwAAAAAAAAAfV2hhdCB0aGUgYXBwcm92ZXIgd2FzIHJlZnVuZGVkLgAAAAAUcmVmdW5kZWRfdG9fYXBwcm92ZXIAAAALAAAAAAAAAFBXaGljaCBraW5kIG9mIHNwbGl0IGl0IHdhczogYFJ1bGluZ2AsIGBGYWxsYmFja2AsIGBBZ3JlZW1lbnRgIG9yIGBDYW5jZWxsYXRpb25gLgAAAARraW5kAAAH0AAAAA5TZXR0bGVtZW50S2luZAAAAAAAAAAAAAI=", "AAAABQAAAQRUaGUgbWlsZXN0b25lLXVwZGF0ZSBldmVudDogYSBtaWxlc3RvbmUncyBzdGF0dXMgY2hhbmdlZC4gRXZlcnkgc3RhdHVzIGNoYW5nZSBwdWJsaXNoZXMKaXQsIHNvIGEgcGxhdGZvcm0gY2FuIHRlbGwgdGhlIG90aGVyIHBhcnR5IChhIGRlbGl2ZXJ5IGF3YWl0cyBBbGljZSdzIHJldmlldywgQWxpY2UgYXNrZWQKZm9yIGNoYW5nZXMsIEJvYiBjbGFpbWVkIGEgbWlsZXN0b25lKS4gVG9waWNzOiBgWyJtaWxlc3RvbmVfdXBkYXRlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAAQTWlsZXN0b25lVXBkYXRlZAAAAAEAAAARbWlsZXN0b25lX3VwZGF0ZWQAAAAAAAAHAAAAHFRoZSBlc2Nyb3cgb2YgdGhlIG1pbGVzdG9uZS4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAsVGhlIG1pbGVzdG9uZSdzIGluZGV4IGluIGl0cyBlc2Nyb3csIGZyb20gMC4AAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAG1RoZSBtaWxlc3RvbmUncyBuZXcgc3RhdHVzLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAAUVRoZSBhcHByb3ZlZCBmbGFnIGFmdGVyIHRoZSBjaGFuZ2U6IGB0cnVlYCBleGFjdGx5IGZvciBgQXBwcm92ZWRgIGFuZCBgUmVsZWFzZWRgLgAAAAAAAAhhcHByb3ZlZAAAAAEAAAAAAAAAKlRoZSBtaWxlc3RvbmUncyBldmlkZW5jZSBhZnRlciB0aGUgY2hhbmdlLgAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAAZFRoZSBtaWxlc3RvbmUncyBsYXRlc3Qgbm90ZSBhZnRlciB0aGUgY2hhbmdlIChkZWxpdmVyeSBub3RlcywgYSBjaGFuZ2UgcmVxdWVzdCBvciBhCmRpc3B1dGUgcmVhc29uKS4AAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAAAAAB5V2hvIG1hZGUgdGhlIGNoYW5nZSBhbmQgc2lnbmVkIGZvciBpdDogZm9yIGBzZXR0bGVfbWlsZXN0b25lYCB0aGUgYXBwcm92ZXIsIGZvcgpgYXBwcm92ZV9hbmRfcmVsZWFzZWAgdGhlIHJlbGVhc2Ugc2lnbmVyLgAAAAAAAApjaGFuZ2VkX2J5AAAAAAATAAAAAAAAAAI=", "AAAABQAAAPZBIG1pbGVzdG9uZSB3YXMgcGFpZCB0byBpdHMgcmVjZWl2ZXIsIGJ5IGByZWxlYXNlX21pbGVzdG9uZWAsIGBhcHByb3ZlX2FuZF9yZWxlYXNlYCBvcgpgY2xhaW1fbWlsZXN0b25lYC4gVG9waWNzOiBgWyJtaWxlc3RvbmVfcmVsZWFzZWQiLCBlc2Nyb3dfaWRdYC4gVGhlIGFtb3VudHMgYXJlIHdoYXQgd2FzCmFjdHVhbGx5IHBhaWQgKGEgY2xhaW0gcGF5cyB3aGF0IHRoZSBtaWxlc3RvbmUgaGVsZCkgYW5kIGFkZCB1cCB0byBpdC4AAAAAAAAAAAARTWlsZXN0b25lUmVsZWFzZWQAAAAAAAABAAAAEm1pbGVzdG9uZV9yZWxlYXNlZAAAAAAABgAAABxUaGUgZXNjcm93IG9mIHRoZSBtaWxlc3RvbmUuAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAAJFRoZSBtaWxlc3RvbmUncyBpbmRleCBpbiBpdHMgZXNjcm93LgAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAfV2hvIHdhcyBwYWlkIGZvciB0aGUgbWlsZXN0b25lLgAAAAAIcmVjZWl2ZXIAAAATAAAAAAAAADRXaGF0IHRoZSByZWNlaXZlciB3YXMgcGFpZCwgbmV0IG9mIHRoZSBwbGF0Zm9ybSBmZWUuAAAAEHBhaWRfdG9fcmVjZWl2ZXIAAAALAAAAAAAAAB5XaG8gd2FzIHBhaWQgdGhlIHBsYXRmb3JtIGZlZS4AAAAAAAhwbGF0Zm9ybQAAABMAAAAAAAAAW1RoZSBwbGF0Zm9ybSBmZWU6IHRoZSByZWNlaXZlcidzIGdyb3NzIHBheSB0aW1lcyBgcGxhdGZvcm1fZmVlX2Jwc2AgLyAxMCAwMDAsIHJvdW5kZWQKZG93bi4AAAAADHBsYXRmb3JtX2ZlZQAAAAsAAAAAAAAAAg==", "AAAAAAAAAIxSZWFkcyB0aGUgYWRtaW46IHRoZSBhZGRyZXNzIHRoYXQgbWF5IHVwZ3JhZGUgdGhlIGNvbnRyYWN0IGFuZCBoYW5kIHRoYXQgcmlnaHQgb3Zlci4KCiMgQXV0aG9yaXphdGlvbgpOb25lOiBhbnlvbmUgbWF5IGNhbGwuCgojIEVycm9ycwpOb25lLgAAAAVhZG1pbgAAAAAAAAAAAAABAAAAEw==", "AAAAAAAAAQ5SZXBsYWNlcyB0aGUgY29udHJhY3QncyBjb2RlIHdpdGggdGhlIHVwbG9hZGVkIHdhc20gd2hvc2UgaGFzaCBpcyBgbmV3X3dhc21faGFzaGAuCkV2ZXJ5IGVzY3JvdyBrZWVwcyBpdHMgc3RhdGUgYW5kIGl0cyB0b2tlbnMuCgojIEF1dGhvcml6YXRpb24KVGhlIGFkbWluIHNpZ25zLgoKIyBFdmVudHMKYENvbnRyYWN0VXBncmFkZWRgLgoKIyBFcnJvcnMKTm9uZSBvZiB0aGUgZXNjcm93J3M7IHRoZSBob3N0IHJlZnVzZXMgYSBoYXNoIHdpdGggbm8gdXBsb2FkZWQgd2FzbS4AAAAAAAd1cGdyYWRlAAAAAAEAAAAAAAAADW5ld193YXNtX2hhc2gAAAAAAAPuAAAAIAAAAAA=", "AAAAAAAAAalQYXlzIGByZWNpcGllbnRgIGV2ZXJ5dGhpbmcgY3JlZGl0ZWQgdG8gaXQgaW4gYHRva2VuYCAocGF5b3V0cyB0aGUgdG9rZW4gcmVmdXNlZAplYXJsaWVyKSBhbmQgcmV0dXJucyB0aGUgYW1vdW50OyAwLCBjaGFuZ2luZyBub3RoaW5nLCB3aGVuIG5vdGhpbmcgaXMgY3JlZGl0ZWQuIFBheXMKb25seSBgcmVjaXBpZW50YCBpdHNlbGYsIHNvIGEgZnJvemVuIGFjY291bnQgY2Fubm90IHJvdXRlIGFyb3VuZCBpdHMgaXNzdWVyJ3MgZnJlZXplLgoKIyBBdXRob3JpemF0aW9uCmByZWNpcGllbnRgIHNpZ25zLgoKIyBFdmVudHMKYFdpdGhkcmF3bmAsIHdoZW4gc29tZXRoaW5nIGlzIHBhaWQuCgojIEVycm9ycwotIGBUb2tlblRyYW5zZmVyRmFpbGVkYDogdGhlIHRva2VuIHN0aWxsIHJlZnVzZXMgdGhlIHRyYW5zZmVyOyB0aGUgY3JlZGl0IHN0YXlzLgAAAAAAAAh3aXRoZHJhdwAAAAIAAAAAAAAACXJlY2lwaWVudAAAAAAAABMAAAAAAAAABXRva2VuAAAAAAAAEwAAAAEAAAPpAAAACwAAAAM=", "AAAAAAAAAL5SZWFkcyB3aGF0IGB3aXRoZHJhd2Agd291bGQgcGF5IGByZWNpcGllbnRgIGluIGB0b2tlbmAgbm93LCBpbiB0aGUgdG9rZW4ncyBzbWFsbGVzdAp1bml0OiAwIHdoZW4gbm90aGluZyBpcyBjcmVkaXRlZC4gQ2hhbmdlcyBub3RoaW5nLgoKIyBBdXRob3JpemF0aW9uCk5vbmU6IGFueW9uZSBtYXkgY2FsbC4KCiMgRXJyb3JzCk5vbmUuAAAAAAAJY2xhaW1hYmxlAAAAAAAAAgAAAAAAAAAJcmVjaXBpZW50AAAAAAAAEwAAAAAAAAAFdG9rZW4AAAAAAAATAAAAAQAAAAs=", "AAAAAAAAAK1IYW5kcyB0aGUgdXBncmFkZSByaWdodCB0byBgbmV3X2FkbWluYC4gQSBtdWx0aXNpZyBhY2NvdW50IGlzIHJlY29tbWVuZGVkLgoKIyBBdXRob3JpemF0aW9uClRoZSBjdXJyZW50IGFkbWluIGFuZCBgbmV3X2FkbWluYCBzaWduLgoKIyBFdmVudHMKYEFkbWluQ2hhbmdlZGAuCgojIEVycm9ycwpOb25lLgAAAAAAAAlzZXRfYWRtaW4AAAAAAAABAAAAAAAAAAluZXdfYWRtaW4AAAAAAAATAAAAAA==", "AAAAAAAAActFeHRlbmRzIHRoZSB0aW1lIHRvIGxpdmUgb2YgZXZlcnkgbGVkZ2VyIGVudHJ5IG9mIGFuIGVzY3JvdyAoaXRzIHRlcm1zLCBhY2NvdW50cyBhbmQKbWlsZXN0b25lcyksIG9mIHRoZSBjb250cmFjdCBpbnN0YW5jZSBhbmQgb2YgaXRzIGNvZGUgdG8gdGhlIG5ldHdvcmsncyBtYXhpbXVtLCBzbyBhbgppZGxlIGVzY3JvdyBpcyBub3QgYXJjaGl2ZWQuIEFsc28gcmVhZHMgdGhlIGNvbnRyYWN0J3MgYmFsYW5jZSBpbiB0aGUgZXNjcm93J3MgdG9rZW4sCndoaWNoIG1ha2VzIGEgU3RlbGxhciBBc3NldCBDb250cmFjdCBleHRlbmQgdGhhdCBiYWxhbmNlIGVudHJ5IGJ5IGl0cyBvd24gcnVsZS4KCiMgQXV0aG9yaXphdGlvbgpOb25lOiBhbnlvbmUgbWF5IGNhbGwsIGFuZCB0aGUgY2FsbGVyIHBheXMgdGhlIHJlbnQuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4AAAAACmV4dGVuZF90dGwAAAAAAAEAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAAKtSZWFkcyBhbiBlc2Nyb3c6IGl0cyBwYXJ0aWVzLCB0b2tlbiwgdGVybXMsIHRleHRzIGFuZCB0b3RhbHMuIENoYW5nZXMgbm90aGluZy4KCiMgQXV0aG9yaXphdGlvbgpOb25lOiBhbnlvbmUgbWF5IGNhbGwuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4AAAAACmdldF9lc2Nyb3cAAAAAAAEAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAD6QAAB9AAAAAGRXNjcm93AAAAAAAD", "AAAAAAAAAnNEZXBvc2l0cyBgYW1vdW50YCBvZiB0aGUgZXNjcm93J3MgdG9rZW4gZnJvbSBgZnVuZGVyYC4gVGhlIGRlcG9zaXQgYmFja3MgdGhlIG9wZW4KbWlsZXN0b25lcyBpbiBpbmRleCBvcmRlcjogaXQgZmlsbHMgdGhlIGxvd2VzdC1pbmRleGVkIG9uZSBub3QgZnVsbHkgYmFja2VkLCB0aGVuIHRoZQpuZXh0LiBBbnlvbmUgbWF5IGZ1bmQ7IHVzdWFsbHkgdGhlIGFwcHJvdmVyIGRvZXMuIFJlZnVuZHMgYWx3YXlzIGdvIHRvIHRoZSBhcHByb3Zlci4KCiMgQXV0aG9yaXphdGlvbgpgZnVuZGVyYCBzaWducywgZm9yIHRoaXMgY2FsbCBhbmQgdGhlIHRva2VuIHRyYW5zZmVyIGl0IG1ha2VzLgoKIyBFdmVudHMKYEVzY3Jvd0Z1bmRlZGAuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgSW52YWxpZEFtb3VudGA6IGBhbW91bnRgIGlzIDAgb3IgbGVzcy4KLSBgRnVuZGluZ0V4Y2VlZHNUb3RhbGA6IGBhbW91bnRgIGlzIG1vcmUgdGhhbiB0aGUgb3BlbiBtaWxlc3RvbmVzIHN0aWxsIGxhY2suCi0gYFRva2VuVHJhbnNmZXJGYWlsZWRgOiB0aGUgdG9rZW4gcmVmdXNlZCB0aGUgdHJhbnNmZXIgKHRvbyBsb3cgYSBiYWxhbmNlLCBhIGZyb3plbgphY2NvdW50KS4AAAAAC2Z1bmRfZXNjcm93AAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAABmZ1bmRlcgAAAAAAEwAAAAAAAAAGYW1vdW50AAAAAAALAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAQNEZXBsb3lzIHRoZSBjb250cmFjdCB3aXRoIGBhZG1pbmAsIHRoZSBvbmx5IGFkZHJlc3MgdGhhdCBtYXkgYHVwZ3JhZGVgIGl0cyBjb2RlIG9yCmhhbmQgdGhhdCByaWdodCBvdmVyIHdpdGggYHNldF9hZG1pbmAsIGFuZCBzdGFydHMgdGhlIGVzY3JvdyBjb3VudGVyLgoKIyBBdXRob3JpemF0aW9uClRoZSBkZXBsb3llciBzaWducyB0aGUgZGVwbG95IHRyYW5zYWN0aW9uOyBgYWRtaW5gIGRvZXMgbm90IG5lZWQgdG8gc2lnbi4KCiMgRXJyb3JzCk5vbmUuAAAAAA1fX2NvbnN0cnVjdG9yAAAAAAAAAQAAAAAAAAAFYWRtaW4AAAAAAAATAAAAAA==", "AAAAAAAAAt5PcGVucyBhbiBlc2Nyb3cgd2l0aCBldmVyeSBtaWxlc3RvbmUgYFBlbmRpbmdgLCB1bmZ1bmRlZCwgYW5kIHJldHVybnMgaXRzIGlkOiAxIGZvciB0aGUKY29udHJhY3QncyBmaXJzdCBlc2Nyb3csIHRoZW4gMiwgMywgYW5kIHNvIG9uLgoKIyBBdXRob3JpemF0aW9uCmBlc2Nyb3cucm9sZXMucGxhdGZvcm1gIHNpZ25zLgoKIyBFdmVudHMKYEVzY3Jvd0NyZWF0ZWRgLgoKIyBFcnJvcnMKLSBgTm9NaWxlc3RvbmVzYCwgYFRvb01hbnlNaWxlc3RvbmVzYDogbm8gbWlsZXN0b25lLCBvciBtb3JlIHRoYW4gNTAuCi0gYFRleHRUb29Mb25nYDogYSB0ZXh0IGlzIG92ZXIgaXRzIGJ5dGUgY2FwLgotIGBJbnZhbGlkUm9sZXNgOiB0aGUgYXBwcm92ZXIgaXMgdGhlIHNlcnZpY2UgcHJvdmlkZXI7IHRoZSBkaXNwdXRlIHJlc29sdmVyIGlzIGEKcGFydHkgb3IgYSByZWNlaXZlcjsgb3IgYSByb2xlIG9yIHJlY2VpdmVyIGlzIHRoaXMgY29udHJhY3QuCi0gYEludmFsaWRGZWVgOiBgcGxhdGZvcm1fZmVlX2Jwc2AgaXMgYWJvdmUgMiAwMDAuCi0gYEludmFsaWRUZXJtc2A6IGEgcGVyaW9kIGlzIG91dHNpZGUgMSB0byAzNjUgZGF5cywgdGhlIGZhbGxiYWNrIHNoYXJlIGlzIGFib3ZlCjEwIDAwMCwgb3IgYSBkZWFkbGluZSBpcyBub3QgaW4gdGhlIG5leHQgNSB5ZWFycy4KLSBgSW52YWxpZEFtb3VudGA6IGFuIGFtb3VudCBpcyAwIG9yIGxlc3MsIG9yIHRoZSB0b3RhbCBvdmVyZmxvd3MgYGkxMjhgLgAAAAAADWNyZWF0ZV9lc2Nyb3cAAAAAAAABAAAAAAAAAAZlc2Nyb3cAAAAAB9AAAAAJTmV3RXNjcm93AAAAAAAAAQAAA+kAAAAGAAAAAw==", "AAAAAAAAATRSZWFkcyBvbmUgbWlsZXN0b25lIG9mIGFuIGVzY3JvdzogaXRzIHN0YXR1cywgYXBwcm92ZWQgZmxhZywgZXZpZGVuY2UsIG5vdGVzLApkZWFkbGluZSwgcmVjZWl2ZXIgYW5kIHdoYXQgdGhlIGNvbnRyYWN0IGhvbGRzIGZvciBpdC4gQ2hhbmdlcyBub3RoaW5nLgoKIyBBdXRob3JpemF0aW9uCk5vbmU6IGFueW9uZSBtYXkgY2FsbC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IHRoZSBlc2Nyb3cgaGFzIG5vIG1pbGVzdG9uZSBhdCB0aGlzIGluZGV4LgAAAA1nZXRfbWlsZXN0b25lAAAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAABAAAD6QAAB9AAAAAJTWlsZXN0b25lAAAAAAAAAw==", "AAAAAAAAAq9IYW5kcyBvbmUgcm9sZSBvZiBhbiBlc2Nyb3cgdG8gYG5ld19hZGRyZXNzYDoga2V5IHJvdGF0aW9uLCBvciBhIHBsYXRmb3JtJ3MgbmV3CnRyZWFzdXJ5LiBUaGUgcm9sZSBydWxlcyBvZiBjcmVhdGlvbiBhcmUgY2hlY2tlZCBhZ2Fpbi4gTWlsZXN0b25lcyB3aXRob3V0IGEgcmVjZWl2ZXIKb2YgdGhlaXIgb3duIHBheSB3aG9ldmVyIGlzIHRoZSBlc2Nyb3cncyByZWNlaXZlciB3aGVuIHBhaWQ7IGNyZWRpdHMgYWxyZWFkeSBtYWRlIHRvCnRoZSBvbGQgYWRkcmVzcyBzdGF5IHdpdGggaXQuCgojIEF1dGhvcml6YXRpb24KVGhlIHJvbGUncyBjdXJyZW50IGhvbGRlciBhbmQgYG5ld19hZGRyZXNzYCBzaWduLiBGb3IgYERpc3B1dGVSZXNvbHZlcmAsIGluc3RlYWQgdGhlCmBhcHByb3ZlcmAsIHRoZSBgc2VydmljZV9wcm92aWRlcmAgYW5kIGBuZXdfYWRkcmVzc2A6IGEgbmV1dHJhbCBpcyByZXBsYWNlZCBvbmx5IHdpdGgKYm90aCBwYXJ0aWVzJyBjb25zZW50LCBhbmQgb25lIHRoYXQgbG9zdCBpdHMga2V5IGNhbiBzdGlsbCBiZSByZXBsYWNlZC4KCiMgRXZlbnRzCmBSb2xlVHJhbnNmZXJyZWRgLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYEludmFsaWRSb2xlc2A6IHRoZSBuZXcgcm9sZXMgYnJlYWsgYSBydWxlIG9mIGBjcmVhdGVfZXNjcm93YC4AAAAADXRyYW5zZmVyX3JvbGUAAAAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAARyb2xlAAAH0AAAAARSb2xlAAAAAAAAAAtuZXdfYWRkcmVzcwAAAAATAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAA5VBcHBlbmRzIG1pbGVzdG9uZXMgdG8gYW4gZXNjcm93LCBhdCB0aGUgbmV4dCBpbmRpY2VzLCBgUGVuZGluZ2AgYW5kIHVuZnVuZGVkLCBmb3IKZXhhbXBsZSBhIHNlY29uZCByb3VuZCBvZiB3b3JrIGFmdGVyIGV2ZXJ5IGVhcmxpZXIgbWlsZXN0b25lIGlzIGZpbmFsLiBUaGUgc2FtZSBydWxlcwphcyBhdCBjcmVhdGlvbiBhcHBseTsgb25lIGNhbGwgYXBwZW5kcyBhdCBtb3N0IDQwIG1pbGVzdG9uZXMgKGBNQVhfQUREX0JBVENIYCwgc28gdGhhdAp0aGUgdHJhbnNhY3Rpb24gZml0cyB0aGUgbmV0d29yaydzIHNpemUgbGltaXQgd2l0aCB0aHJlZSBzaWduZXJzKSwgYW5kIHRoZSBlc2Nyb3cgbWF5CmhvbGQgYXQgbW9zdCA1MCBpbiBhbGwuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGBwbGF0Zm9ybWAsIGBhcHByb3ZlcmAgYW5kIGBzZXJ2aWNlX3Byb3ZpZGVyYCBhbGwgc2lnbiAob25jZSBlYWNoCmFkZHJlc3MpLgoKIyBFdmVudHMKYE1pbGVzdG9uZXNBZGRlZGAuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTm9NaWxlc3RvbmVzYCwgYFRvb01hbnlNaWxlc3RvbmVzYDogdGhlIGxpc3QgaXMgZW1wdHksIGxvbmdlciB0aGFuIDQwLCBvciB0aGUKZXNjcm93IHdvdWxkIGhvbGQgbW9yZSB0aGFuIDUwLgotIGBUZXh0VG9vTG9uZ2A6IGEgZGVzY3JpcHRpb24gaXMgb3ZlciA1MTIgYnl0ZXMuCi0gYEludmFsaWRSb2xlc2A6IGEgcmVjZWl2ZXIgaXMgdGhlIGRpc3B1dGUgcmVzb2x2ZXIgb3IgdGhpcyBjb250cmFjdC4KLSBgSW52YWxpZFRlcm1zYDogYSBkZWFkbGluZSBpcyBub3QgaW4gdGhlIG5leHQgNSB5ZWFycy4KLSBgSW52YWxpZEFtb3VudGA6IGFuIGFtb3VudCBpcyAwIG9yIGxlc3MsIG9yIHRoZSB0b3RhbCBvdmVyZmxvd3MgYGkxMjhgLgAAAAAAAA5hZGRfbWlsZXN0b25lcwAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAKbWlsZXN0b25lcwAAAAAD6gAAB9AAAAAMTmV3TWlsZXN0b25lAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAA1VFbmRzIGEgZGlzcHV0ZSB0aGUgcmVzb2x2ZXIgbGVmdCB1bmFuc3dlcmVkIHRocm91Z2ggdGhlIHJlc29sdXRpb24gcGVyaW9kLCBieSB0aGUKZmFsbGJhY2sgcnVsZSBhZ3JlZWQgYXQgY3JlYXRpb246IGBEaXNwdXRlZGAgYmVjb21lcyBgUmVzb2x2ZWRgLCBhbmQgdGhlIHJlY2VpdmVyIGlzCmR1ZSBhbGwgb2YgYXBwcm92ZWQgd29yaywgb3IgYGFtb3VudCAqIGZhbGxiYWNrX3JlY2VpdmVyX2JwcyAvIDEwIDAwMGAgKHJvdW5kZWQgZG93bikKb2YgYSBjb250ZXN0ZWQgZGVsaXZlcnk7IHRoZSBhcHByb3ZlciB0aGUgcmVzdC4gUGFpZCBhcyBgcmVzb2x2ZV9kaXNwdXRlYCBwYXlzLgoKIyBBdXRob3JpemF0aW9uCmBjYWxsZXJgIHNpZ25zLCBhbmQgbXVzdCBiZSB0aGUgZXNjcm93J3MgYXBwcm92ZXIgb3Igc2VydmljZSBwcm92aWRlci4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYCwgYE1pbGVzdG9uZVNldHRsZWRgIChraW5kIGBGYWxsYmFja2ApLCBhbmQgYFBheW1lbnRDcmVkaXRlZGAKcGVyIHJlZnVzZWQgdHJhbnNmZXIuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTm90QVBhcnR5YDogYGNhbGxlcmAgaXMgbmVpdGhlciB0aGUgYXBwcm92ZXIgbm9yIHRoZSBzZXJ2aWNlIHByb3ZpZGVyLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIG5vdCBgRGlzcHV0ZWRgLgotIGBUb29FYXJseWA6IHRoZSBsZWRnZXIgdGltZSBoYXMgbm90IHJlYWNoZWQgYHVwZGF0ZWRfYXQgKyByZXNvbHV0aW9uX3BlcmlvZGAuAAAAAAAADmV4cGlyZV9kaXNwdXRlAAAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAGY2FsbGVyAAAAAAATAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAZxSZWFkcyBldmVyeSBtaWxlc3RvbmUgb2YgYW4gZXNjcm93LCBpbiBpbmRleCBvcmRlci4gQ2hhbmdlcyBub3RoaW5nLiBBYm91dCAyLjQgS0IgcGVyCm1pbGVzdG9uZSB3aXRoIGV2ZXJ5IHRleHQgYXQgaXRzIGNhcDogYSBsYXJnZSBlc2Nyb3cncyBsaXN0IGV4Y2VlZHMgd2hhdCBhIHRyYW5zYWN0aW9uCm1heSByZXR1cm4gb24gbWFpbm5ldCAoMTYgS2lCIHdpdGggaXRzIGV2ZW50cyksIHNvIHJlYWQgaXQgYnkgc2ltdWxhdGlvbiwgYXMgY2xpZW50cwpkbyBmb3IgcmVhZHMsIG9yIG1pbGVzdG9uZSBieSBtaWxlc3RvbmUgd2l0aCBgZ2V0X21pbGVzdG9uZWAuCgojIEF1dGhvcml6YXRpb24KTm9uZTogYW55b25lIG1heSBjYWxsLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuAAAADmdldF9taWxlc3RvbmVzAAAAAAABAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAA+kAAAPqAAAH0AAAAAlNaWxlc3RvbmUAAAAAAAAD", "AAAAAAAAAt1QYXlzIGEgbWlsZXN0b25lIHdob3NlIHJldmlld2VyIHdlbnQgc2lsZW50OiBvbmNlIHRoZSByZXZpZXcgcGVyaW9kIHNpbmNlIGl0cwpkZWxpdmVyeSAoYEZvclJldmlld2ApIG9yIGFwcHJvdmFsIChgQXBwcm92ZWRgKSBpcyBvdmVyLCBpdCBiZWNvbWVzIGBSZWxlYXNlZGAgYW5kCmBhcHByb3ZlZGAgdHJ1ZSwgYW5kIHRoZSByZWNlaXZlciBpcyBwYWlkIHdoYXQgdGhlIG1pbGVzdG9uZSBob2xkcyAoYWxsIG9mIGl0IHdoZW4KZnVsbHkgYmFja2VkKSwgbGVzcyB0aGUgcGxhdGZvcm0gZmVlLiBIb2xkaW5nIGJhY2sgZnVuZGluZyBjYW5ub3QgYmxvY2sgYSBjbGFpbS4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYHNlcnZpY2VfcHJvdmlkZXJgIHNpZ25zLgoKIyBFdmVudHMKYE1pbGVzdG9uZVVwZGF0ZWRgLCBgTWlsZXN0b25lUmVsZWFzZWRgLCBhbmQgYFBheW1lbnRDcmVkaXRlZGAgcGVyIHJlZnVzZWQgdHJhbnNmZXIuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTWlsZXN0b25lTm90Rm91bmRgOiBubyBtaWxlc3RvbmUgaGFzIHRoaXMgaW5kZXguCi0gYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgYEZvclJldmlld2Agb3IgYEFwcHJvdmVkYC4KLSBgVG9vRWFybHlgOiB0aGUgbGVkZ2VyIHRpbWUgaGFzIG5vdCByZWFjaGVkIGB1cGRhdGVkX2F0ICsgcmV2aWV3X3BlcmlvZGAuAAAAAAAAD2NsYWltX21pbGVzdG9uZQAAAAACAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAkRTZW5kcyBhIGRlbGl2ZXJ5IGJhY2sgdG8gdGhlIHNlcnZpY2UgcHJvdmlkZXI6IGBGb3JSZXZpZXdgIGJlY29tZXMgYENoYW5nZXNSZXF1ZXN0ZWRgLAphbmQgYG5vdGVzYCAodGhlIGNoYW5nZSByZXF1ZXN0OyBgTm9uZWAgY2xlYXJzIHRoZSBub3RlcykgYmVjb21lcyB0aGUgbGF0ZXN0IG5vdGUuCk9ubHkgd2l0aGluIHRoZSByZXZpZXcgcGVyaW9kOiBhIGRlbGl2ZXJ5IGxlZnQgdW5hbnN3ZXJlZCB0aHJvdWdoIGl0IGNvdW50cyBhcwphcHByb3ZlZC4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYGFwcHJvdmVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBUZXh0VG9vTG9uZ2A6IGBub3Rlc2AgaXMgb3ZlciAxIDAyNCBieXRlcy4KLSBgTWlsZXN0b25lTm90Rm91bmRgOiBubyBtaWxlc3RvbmUgaGFzIHRoaXMgaW5kZXguCi0gYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgYEZvclJldmlld2AsIG9yIGl0cyByZXZpZXcgcGVyaW9kIGlzCm92ZXIuAAAAD3JlcXVlc3RfY2hhbmdlcwAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAsNSdWxlcyBvbiBhIGRpc3B1dGU6IGBEaXNwdXRlZGAgYmVjb21lcyBgUmVzb2x2ZWRgLCBhbmQgdGhlIG1pbGVzdG9uZSBpcyBzcGxpdC4gSXRzCnJlY2VpdmVyIGlzIGR1ZSBgcmVjZWl2ZXJfYW1vdW50YCBhbmQgdGhlIGFwcHJvdmVyIHRoZSByZXN0IG9mIHRoZSBhbW91bnQsIHBhaWQgZnJvbQp3aGF0IHRoZSBtaWxlc3RvbmUgaG9sZHMsIHRoZSByZWNlaXZlcidzIHNoYXJlIGZpcnN0OyB0aGUgcGxhdGZvcm0gZmVlIGlzIGNoYXJnZWQgb24Kd2hhdCB0aGUgcmVjZWl2ZXIgaXMgcGFpZCwgcm91bmRlZCBkb3duLgoKIyBBdXRob3JpemF0aW9uClRoZSBlc2Nyb3cncyBgZGlzcHV0ZV9yZXNvbHZlcmAgc2lnbnMuCgojIEV2ZW50cwpgTWlsZXN0b25lVXBkYXRlZGAsIGBNaWxlc3RvbmVTZXR0bGVkYCAoa2luZCBgUnVsaW5nYCksIGFuZCBgUGF5bWVudENyZWRpdGVkYApwZXIgcmVmdXNlZCB0cmFuc2Zlci4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIG5vdCBgRGlzcHV0ZWRgLgotIGBJbnZhbGlkQW1vdW50YDogYHJlY2VpdmVyX2Ftb3VudGAgaXMgYmVsb3cgMCBvciBhYm92ZSB0aGUgbWlsZXN0b25lJ3MgYW1vdW50LgAAAAAPcmVzb2x2ZV9kaXNwdXRlAAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAA9yZWNlaXZlcl9hbW91bnQAAAAACwAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAtxUYWtlcyBiYWNrIGEgbWlsZXN0b25lIHdob3NlIGRlYWRsaW5lIHBhc3NlZCB1bmRlbGl2ZXJlZDogYFBlbmRpbmdgIG9uY2UgdGhlIGxlZGdlcgp0aW1lIHJlYWNoZXMgaXRzIGBkZWFkbGluZWAsIG9yIGBDaGFuZ2VzUmVxdWVzdGVkYCBvbmNlIGl0IHJlYWNoZXMgYm90aCB0aGUgZGVhZGxpbmUKYW5kIHRoZSBlbmQgb2YgdGhlIHJldmlldyBwZXJpb2Qgc2luY2UgdGhlIGNoYW5nZSByZXF1ZXN0LCBiZWNvbWVzIGBDYW5jZWxsZWRgLCBhbmQKd2hhdCB0aGUgbWlsZXN0b25lIGhvbGRzIGlzIHJlZnVuZGVkIHRvIHRoZSBhcHByb3Zlci4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYGFwcHJvdmVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYCwgYE1pbGVzdG9uZVNldHRsZWRgIChraW5kIGBDYW5jZWxsYXRpb25gKSwgYW5kIGBQYXltZW50Q3JlZGl0ZWRgCmlmIHRoZSByZWZ1bmQgaXMgcmVmdXNlZC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIG5vdCBgUGVuZGluZ2Agb3IgYENoYW5nZXNSZXF1ZXN0ZWRgLgotIGBUb29FYXJseWA6IHRoZSBkZWFkbGluZSwgb3IgdGhlIHJldmlldyBwZXJpb2QsIGhhcyBub3QgcGFzc2VkIHlldC4AAAAQY2FuY2VsX21pbGVzdG9uZQAAAAIAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAArBTZXR0bGVzIGFuIG9wZW4gbWlsZXN0b25lIGJ5IHRoZSBwYXJ0aWVzJyBhZ3JlZW1lbnQsIHdpdGggbm8gcmVzb2x2ZXI6IGFueSBzdGF0dXMgdGhhdAppcyBub3QgZmluYWwgYmVjb21lcyBgUmVzb2x2ZWRgLCBhbmQgdGhlIG1pbGVzdG9uZSBpcyBzcGxpdCBhcyBgcmVzb2x2ZV9kaXNwdXRlYCBkb2VzLAppdHMgcmVjZWl2ZXIgZHVlIGByZWNlaXZlcl9hbW91bnRgIGFuZCB0aGUgYXBwcm92ZXIgdGhlIHJlc3QuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGBhcHByb3ZlcmAgYW5kIGBzZXJ2aWNlX3Byb3ZpZGVyYCBib3RoIHNpZ24uCgojIEV2ZW50cwpgTWlsZXN0b25lVXBkYXRlZGAgKGNoYW5nZWQgYnkgdGhlIGFwcHJvdmVyKSwgYE1pbGVzdG9uZVNldHRsZWRgIChraW5kIGBBZ3JlZW1lbnRgKSwgYW5kCmBQYXltZW50Q3JlZGl0ZWRgIHBlciByZWZ1c2VkIHRyYW5zZmVyLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYE1pbGVzdG9uZU5vdEZvdW5kYDogbm8gbWlsZXN0b25lIGhhcyB0aGlzIGluZGV4LgotIGBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbmA6IHRoZSBtaWxlc3RvbmUgaXMgZmluYWwuCi0gYEludmFsaWRBbW91bnRgOiBgcmVjZWl2ZXJfYW1vdW50YCBpcyBiZWxvdyAwIG9yIGFib3ZlIHRoZSBtaWxlc3RvbmUncyBhbW91bnQuAAAAEHNldHRsZV9taWxlc3RvbmUAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAPcmVjZWl2ZXJfYW1vdW50AAAAAAsAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAAdRBY2NlcHRzIGEgZGVsaXZlcnk6IGBGb3JSZXZpZXdgIGJlY29tZXMgYEFwcHJvdmVkYCBhbmQgYGFwcHJvdmVkYCBiZWNvbWVzIHRydWUsIGFsc28KYWZ0ZXIgdGhlIHJldmlldyBwZXJpb2QuIFRoZSByZWxlYXNlIHNpZ25lciB0aGVuIHBheXMgaXQgb3V0OyBpZiBpdCBkb2VzIG5vdCB3aXRoaW4KdGhlIHJldmlldyBwZXJpb2QsIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG1heSBjbGFpbSBpdC4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYGFwcHJvdmVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIG5vdCBgRm9yUmV2aWV3YC4AAAARYXBwcm92ZV9taWxlc3RvbmUAAAAAAAACAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAx9EaXNwdXRlcyBkZWxpdmVyZWQgb3IgYXBwcm92ZWQgd29yaywgZm9yIHRoZSBkaXNwdXRlIHJlc29sdmVyIHRvIHNwbGl0OiB0aGUgbWlsZXN0b25lCmJlY29tZXMgYERpc3B1dGVkYCwgYGFwcHJvdmVkYCBmYWxzZSwgYW5kIGByZWFzb25gIGl0cyBsYXRlc3Qgbm90ZS4gVGhlIGFwcHJvdmVyIG1heQpkaXNwdXRlIGEgYEZvclJldmlld2AgbWlsZXN0b25lIHdpdGhpbiBpdHMgcmV2aWV3IHBlcmlvZCwgYSBgQ2hhbmdlc1JlcXVlc3RlZGAgb25lLCBvcgphbiBgQXBwcm92ZWRgIG9uZSBub3QgeWV0IHBhaWQ7IHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG9ubHkgYSBgQ2hhbmdlc1JlcXVlc3RlZGAgb25lLiBBCmBQZW5kaW5nYCBtaWxlc3RvbmUgaXMgbmV2ZXIgZGlzcHV0ZWQuCgojIEF1dGhvcml6YXRpb24KYGNhbGxlcmAgc2lnbnMsIGFuZCBtdXN0IGJlIHRoZSBlc2Nyb3cncyBhcHByb3ZlciBvciBzZXJ2aWNlIHByb3ZpZGVyLgoKIyBFdmVudHMKYE1pbGVzdG9uZVVwZGF0ZWRgLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYE5vdEFQYXJ0eWA6IGBjYWxsZXJgIGlzIG5laXRoZXIgdGhlIGFwcHJvdmVyIG5vciB0aGUgc2VydmljZSBwcm92aWRlci4KLSBgVGV4dFRvb0xvbmdgOiBgcmVhc29uYCBpcyBvdmVyIDEgMDI0IGJ5dGVzLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiBgY2FsbGVyYCBtYXkgbm90IGRpc3B1dGUgdGhlIG1pbGVzdG9uZSBub3cuAAAAABFkaXNwdXRlX21pbGVzdG9uZQAAAAAAAAQAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAAZjYWxsZXIAAAAAABMAAAAAAAAABnJlYXNvbgAAAAAAEAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAsZQYXlzIGFuIGFwcHJvdmVkLCBmdWxseSBiYWNrZWQgbWlsZXN0b25lIG91dDogYEFwcHJvdmVkYCBiZWNvbWVzIGBSZWxlYXNlZGAuIFRoZQpwbGF0Zm9ybSBnZXRzIGBmZWUgPSBhbW91bnQgKiBwbGF0Zm9ybV9mZWVfYnBzIC8gMTAgMDAwYCwgcm91bmRlZCBkb3duLCBhbmQgdGhlCm1pbGVzdG9uZSdzIHJlY2VpdmVyIGBhbW91bnQgLSBmZWVgLiBBIHJlY2lwaWVudCB3aG9zZSB0cmFuc2ZlciB0aGUgdG9rZW4gcmVmdXNlcyBpcwpjcmVkaXRlZCBpbnN0ZWFkIChgUGF5bWVudENyZWRpdGVkYCkgYW5kIHRha2VzIGl0IGxhdGVyIHdpdGggYHdpdGhkcmF3YC4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYHJlbGVhc2Vfc2lnbmVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYCwgYE1pbGVzdG9uZVJlbGVhc2VkYCwgYW5kIGBQYXltZW50Q3JlZGl0ZWRgIHBlciByZWZ1c2VkIHRyYW5zZmVyLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYE1pbGVzdG9uZU5vdEZvdW5kYDogbm8gbWlsZXN0b25lIGhhcyB0aGlzIGluZGV4LgotIGBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbmA6IHRoZSBtaWxlc3RvbmUgaXMgbm90IGBBcHByb3ZlZGAuCi0gYEluc3VmZmljaWVudEZ1bmRzYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgZnVsbHkgYmFja2VkIChgaGVsZCA8IGFtb3VudGApLgAAAAAAEXJlbGVhc2VfbWlsZXN0b25lAAAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAA5NBcHByb3ZlcyBhbmQgcGF5cyBvdXQgc2V2ZXJhbCBtaWxlc3RvbmVzIGF0IG9uY2UsIGFsbCBvciBub3RoaW5nOiBlYWNoIGxpc3RlZAptaWxlc3RvbmUsIGBGb3JSZXZpZXdgIG9yIGBBcHByb3ZlZGAsIGJlY29tZXMgYFJlbGVhc2VkYCBhbmQgaXMgcGFpZCBhcwpgcmVsZWFzZV9taWxlc3RvbmVgIHBheXMuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGBhcHByb3ZlcmAgYW5kIGByZWxlYXNlX3NpZ25lcmAgc2lnbiAob25jZSBpZiB0aGUgc2FtZSBhZGRyZXNzKS4KCiMgRXZlbnRzClBlciBtaWxlc3RvbmU6IGBNaWxlc3RvbmVVcGRhdGVkYCAoY2hhbmdlZCBieSB0aGUgcmVsZWFzZSBzaWduZXIpLApgTWlsZXN0b25lUmVsZWFzZWRgLCBhbmQgYFBheW1lbnRDcmVkaXRlZGAgcGVyIHJlZnVzZWQgdHJhbnNmZXIuCgojIEVycm9ycwpUaGUgbGlzdCBpcyBjaGVja2VkIGluIG9yZGVyOyB0aGUgZmlyc3QgZmF1bHR5IG1pbGVzdG9uZSByZXBvcnRzIGl0cyBmaXJzdCBmYXVsdCwgc28KYW4gdW5mdW5kZWQgb25lIGxpc3RlZCBiZWZvcmUgYSBtaXNzaW5nIG9uZSBpcyBgSW5zdWZmaWNpZW50RnVuZHNgLgotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTm9NaWxlc3RvbmVzYCwgYFRvb01hbnlNaWxlc3RvbmVzYDogdGhlIGxpc3QgaXMgZW1wdHksIG9yIGxvbmdlciB0aGFuIDUuCi0gYE1pbGVzdG9uZU5vdEZvdW5kYDogYSBsaXN0ZWQgaW5kZXggaGFzIG5vIG1pbGVzdG9uZS4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiBhIGxpc3RlZCBtaWxlc3RvbmUgaXMgbm90IGBGb3JSZXZpZXdgIG9yIGBBcHByb3ZlZGAsIG9yCmlzIGxpc3RlZCB0d2ljZS4KLSBgSW5zdWZmaWNpZW50RnVuZHNgOiBhIGxpc3RlZCBtaWxlc3RvbmUgaXMgbm90IGZ1bGx5IGJhY2tlZC4AAAAAE2FwcHJvdmVfYW5kX3JlbGVhc2UAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAARbWlsZXN0b25lX2luZGljZXMAAAAAAAPqAAAABAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAqxNYXJrcyBhIG1pbGVzdG9uZSBkZWxpdmVyZWQgZm9yIHRoZSBhcHByb3ZlcidzIHJldmlldzogYFBlbmRpbmdgLCBgQ2hhbmdlc1JlcXVlc3RlZGAKb3IgYEZvclJldmlld2AgKGEgcmVzdWJtaXNzaW9uKSBiZWNvbWVzIGBGb3JSZXZpZXdgLCBgYXBwcm92ZWRgIHN0YXlzIGZhbHNlLCBhbmQgdGhlCnJldmlldyBwZXJpb2Qgc3RhcnRzLiBTdG9yZXMgYGV2aWRlbmNlYCAoYE5vbmVgIGtlZXBzIHRoZSBwcmV2aW91cyBvbmUpIGFuZCBgbm90ZXNgCihgTm9uZWAgY2xlYXJzIHRoZW0pLiBgbmV3X3N0YXR1c2AgbXVzdCBiZSBgRm9yUmV2aWV3YC4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYHNlcnZpY2VfcHJvdmlkZXJgIHNpZ25zLgoKIyBFdmVudHMKYE1pbGVzdG9uZVVwZGF0ZWRgLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYFRleHRUb29Mb25nYDogYGV2aWRlbmNlYCBpcyBvdmVyIDUxMiBieXRlcyBvciBgbm90ZXNgIG92ZXIgMSAwMjQuCi0gYE1pbGVzdG9uZU5vdEZvdW5kYDogbm8gbWlsZXN0b25lIGhhcyB0aGlzIGluZGV4LgotIGBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbmA6IGBuZXdfc3RhdHVzYCBpcyBub3QgYEZvclJldmlld2AsIG9yIHRoZSBtaWxlc3RvbmUgaXMKYEFwcHJvdmVkYCwgYERpc3B1dGVkYCBvciBmaW5hbC4AAAAXY2hhbmdlX21pbGVzdG9uZV9zdGF0dXMAAAAABQAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAACm5ld19zdGF0dXMAAAAAB9AAAAAPTWlsZXN0b25lU3RhdHVzAAAAAAAAAAAIZXZpZGVuY2UAAAPoAAAAEAAAAAAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAEAAAPpAAAAAgAAAAM="]),
      options
    );
  }

   static deploy<T = Client>(args: { admin: string | Address }, options: MethodOptions & Omit<ContractClientOptions, 'contractId'> & { salt?: Uint8Array; address?: string; } & ({ wasmHash: Uint8Array | string; format?: "hex" | "base64"; externalRef?: never; } | { externalRef: ExternalExecutableRef; wasmHash?: never; format?: never; })): Promise<AssembledTransaction<T>> {
    return ContractClient.deploy(args, options);
  }
  public readonly fromJson = {
    admin : this.txFromJson<string>,  upgrade : this.txFromJson<void>,  withdraw : this.txFromJson<Result<bigint, Error>>,  claimable : this.txFromJson<bigint>,  set_admin : this.txFromJson<void>,  extend_ttl : this.txFromJson<Result<null, Error>>,  get_escrow : this.txFromJson<Result<Escrow, Error>>,  fund_escrow : this.txFromJson<Result<null, Error>>,  create_escrow : this.txFromJson<Result<bigint, Error>>,  get_milestone : this.txFromJson<Result<Milestone, Error>>,  transfer_role : this.txFromJson<Result<null, Error>>,  add_milestones : this.txFromJson<Result<null, Error>>,  expire_dispute : this.txFromJson<Result<null, Error>>,  get_milestones : this.txFromJson<Result<Array<Milestone>, Error>>,  claim_milestone : this.txFromJson<Result<null, Error>>,  request_changes : this.txFromJson<Result<null, Error>>,  resolve_dispute : this.txFromJson<Result<null, Error>>,  cancel_milestone : this.txFromJson<Result<null, Error>>,  settle_milestone : this.txFromJson<Result<null, Error>>,  approve_milestone : this.txFromJson<Result<null, Error>>,  dispute_milestone : this.txFromJson<Result<null, Error>>,  release_milestone : this.txFromJson<Result<null, Error>>,  approve_and_release : this.txFromJson<Result<null, Error>>,  change_milestone_status : this.txFromJson<Result<null, Error>>
  };

  /** @deprecated Use fromJson instead. */
  public readonly fromJSON = this.fromJson;

  /**
   * Parse a raw contract event (topics + data) into a typed {@link ContractEvent}.
   */
  parseEvent(topics: xdr.ScVal[] | string[], data: xdr.ScVal | string): ContractEvent | undefined {
    return this.spec.parseEvent(topics, data) as ContractEvent | undefined;
  }
  /**
   * Build a topics filter row for the "Withdrawn" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  withdrawnEventFilter(topicValues?: { recipient?: string | Address }): string[] {
    return this.spec.eventTopicFilter("Withdrawn", topicValues);
  }
  /**
   * Build a topics filter row for the "AdminChanged" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  adminChangedEventFilter(): string[] {
    return this.spec.eventTopicFilter("AdminChanged");
  }
  /**
   * Build a topics filter row for the "EscrowFunded" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  escrowFundedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("EscrowFunded", topicValues);
  }
  /**
   * Build a topics filter row for the "EscrowCreated" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  escrowCreatedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("EscrowCreated", topicValues);
  }
  /**
   * Build a topics filter row for the "MilestonesAdded" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  milestonesAddedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("MilestonesAdded", topicValues);
  }
  /**
   * Build a topics filter row for the "PaymentCredited" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  paymentCreditedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("PaymentCredited", topicValues);
  }
  /**
   * Build a topics filter row for the "RoleTransferred" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  roleTransferredEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("RoleTransferred", topicValues);
  }
  /**
   * Build a topics filter row for the "ContractUpgraded" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  contractUpgradedEventFilter(): string[] {
    return this.spec.eventTopicFilter("ContractUpgraded");
  }
  /**
   * Build a topics filter row for the "MilestoneSettled" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  milestoneSettledEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("MilestoneSettled", topicValues);
  }
  /**
   * Build a topics filter row for the "MilestoneUpdated" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  milestoneUpdatedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("MilestoneUpdated", topicValues);
  }
  /**
   * Build a topics filter row for the "MilestoneReleased" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  milestoneReleasedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("MilestoneReleased", topicValues);
  }
}