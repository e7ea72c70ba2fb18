import {Escrow, NewEscrow, Milestone, MilestoneStatus, ContractEvent} from './types.js';
import {Result, Spec, AssembledTransaction, Client as ContractClient, ClientOptions as ContractClientOptions, MethodOptions, ExternalExecutableRef} from '@stellar/stellar-sdk/contract';
import {Address, xdr} from '@stellar/stellar-sdk';

export interface Client {
  /**
   * Replaces the contract's code with the uploaded wasm whose hash is `new_wasm_hash`. Every
   * escrow keeps its state and its tokens.
   *
   * # Authorization
   * The admin set at deployment signs.
   *
   * # Errors
   * None of the escrow's; the host refuses a hash with no uploaded wasm.
   */
  upgrade(args: { new_wasm_hash: Uint8Array }, options?: MethodOptions): Promise<AssembledTransaction<void>>;
  /**
   * Extends the time to live of every ledger entry of an escrow (the escrow and all its
   * milestones), of the contract instance and of its code to the network's maximum, so that
   * an idle escrow is not archived. Changes nothing else.
   *
   * # Authorization
   * None: anyone may call, and the caller pays the rent.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  extend_ttl(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Reads an escrow: its parties, token, fee, texts and totals. Changes nothing.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  get_escrow(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Escrow, Error>>>;
  /**
   * Deposits `amount` of the escrow's token from `funder` into the escrow. Anyone may fund;
   * usually the approver does.
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
   * - `FundingExceedsTotal`: `funded + amount` would exceed `total_amount`.
   *
   * # Notes
   * A token transfer that fails (the funder lacks the balance) fails the call with the token's
   * error.
   */
  fund_escrow(args: { escrow_id: bigint; funder: string | Address; amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Stores a new escrow with every milestone `Pending` and `approved` false, and returns its id:
   * 1 for the contract's first escrow, then 2, 3, and so on.
   *
   * # Authorization
   * `escrow.roles.platform` signs.
   *
   * # Events
   * `EscrowCreated`.
   *
   * # Errors
   * - `NoMilestones`: the milestone list is empty.
   * - `TooManyMilestones`: more than 50 milestones.
   * - `InvalidFee`: `platform_fee_bps` is above 2 000.
   * - `InvalidRoles`: the dispute resolver is the approver, the service provider or the
   * receiver, or a role is this contract.
   * - `TextTooLong`: a text is over its byte cap.
   * - `InvalidAmount`: a milestone amount is 0 or less, or the total overflows `i128`.
   */
  create_escrow(args: { escrow: NewEscrow }, options?: MethodOptions): Promise<AssembledTransaction<Result<bigint, Error>>>;
  /**
   * Reads one milestone of an escrow: its status, approved flag, evidence and notes. Changes
   * nothing.
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
   * Reads every milestone of an escrow, in index order. Changes nothing.
   *
   * # Authorization
   * None: anyone may call.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   */
  get_milestones(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Array<Milestone>, Error>>>;
  /**
   * Sends a delivered milestone back to the service provider: `ForReview` becomes
   * `ChangesRequested`, and `notes` (the change request; `None` clears the notes) becomes the
   * milestone's latest note.
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
   * - `InvalidStatusTransition`: the milestone is not `ForReview`.
   */
  request_changes(args: { escrow_id: bigint; milestone_index: number; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Splits a disputed milestone: `Disputed` becomes `Resolved`. The receiver is paid
   * `receiver_amount` less the platform fee on it (rounded down), the platform the fee, and
   * the approver is refunded `amount - receiver_amount`.
   *
   * # Authorization
   * The escrow's `dispute_resolver` signs.
   *
   * # Events
   * `MilestoneUpdated`, then `DisputeResolved`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Disputed`.
   * - `InvalidAmount`: `receiver_amount` is below 0 or above the milestone's amount.
   * - `InsufficientFunds`: the escrow holds less than the milestone's amount.
   */
  resolve_dispute(args: { escrow_id: bigint; milestone_index: number; receiver_amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Accepts a delivered milestone: `ForReview` becomes `Approved` and `approved` becomes true.
   * The release signer may then pay it out.
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
   * Disputes a milestone that is not yet paid: `Pending`, `ForReview`, `ChangesRequested` or
   * `Approved` becomes `Disputed`, `approved` becomes false, and `reason` becomes the
   * milestone's latest note. The dispute resolver then splits it.
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
   * - `InvalidStatusTransition`: the milestone is already `Disputed` or final.
   */
  dispute_milestone(args: { escrow_id: bigint; milestone_index: number; caller: string | Address; reason: string }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Pays an approved milestone out: `Approved` becomes `Released`. The platform receives
   * `fee = amount * platform_fee_bps / 10 000`, rounded down, and the receiver `amount - fee`.
   *
   * # Authorization
   * The escrow's `release_signer` signs.
   *
   * # Events
   * `MilestoneUpdated`, then `MilestoneReleased`.
   *
   * # Errors
   * - `EscrowNotFound`: no escrow has this id.
   * - `MilestoneNotFound`: no milestone has this index.
   * - `InvalidStatusTransition`: the milestone is not `Approved`.
   * - `InsufficientFunds`: the escrow holds less than the milestone's amount
   * (`funded - paid_out`).
   */
  release_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Marks a milestone done: moves it from `Pending`, `ChangesRequested` or `ForReview` (a
   * resubmission) to `ForReview`, for the approver to review. `approved` stays false. Stores
   * `evidence` (`None` keeps the previous evidence) and `notes` (`None` clears them).
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
      new Spec(["AAAAAQAAAK9UaGUgcGFydGllcyBvZiBvbmUgZXNjcm93IGFuZCB3aGF0IGVhY2ggbWF5IGRvLiBFYWNoIGFkZHJlc3Mgc2lnbnMgZm9yIGl0cyBvd24gcm9sZSBvbmx5OwpvbmUgYWRkcmVzcyBtYXkgaG9sZCBzZXZlcmFsIHJvbGVzLCBleGNlcHQgdGhhdCB0aGUgZGlzcHV0ZSByZXNvbHZlciBtdXN0IGJlIG5ldXRyYWwuAAAAAAAAAAAFUm9sZXMAAAAAAAAGAAAAY1RoZSBjbGllbnQgKEFsaWNlKTogYXBwcm92ZXMgbWlsZXN0b25lcywgcmVxdWVzdHMgY2hhbmdlcywgbWF5IGRpc3B1dGU7IHJlZnVuZHMgZ28gdG8KdGhpcyBhZGRyZXNzLgAAAAAIYXBwcm92ZXIAAAATAAAAh1RoZSBuZXV0cmFsIHBhcnR5IHdobyBzcGxpdHMgZGlzcHV0ZWQgbWlsZXN0b25lcyB3aXRoIGByZXNvbHZlX2Rpc3B1dGVgLiBNYXkgbm90IGJlIHRoZQphcHByb3ZlciwgdGhlIHNlcnZpY2UgcHJvdmlkZXIgb3IgdGhlIHJlY2VpdmVyLgAAAAAQZGlzcHV0ZV9yZXNvbHZlcgAAABMAAABSVGhlIG1hcmtldHBsYWNlOiBjcmVhdGVzIHRoZSBlc2Nyb3cgYW5kIHJlY2VpdmVzIHRoZSBwbGF0Zm9ybSBmZWUgb24gZXZlcnkgcGF5b3V0LgAAAAAACHBsYXRmb3JtAAAAEwAAAEtXaGVyZSByZWxlYXNlZCBmdW5kcyBnbywgbGVzcyB0aGUgcGxhdGZvcm0gZmVlOyBvZnRlbiB0aGUgc2VydmljZSBwcm92aWRlci4AAAAACHJlY2VpdmVyAAAAEwAAADZQYXlzIGFwcHJvdmVkIG1pbGVzdG9uZXMgb3V0IHdpdGggYHJlbGVhc2VfbWlsZXN0b25lYC4AAAAAAA5yZWxlYXNlX3NpZ25lcgAAAAAAEwAAAEJUaGUgc2VydmljZSBwcm92aWRlciAoQm9iKTogbWFya3MgbWlsZXN0b25lcyBkb25lIGFuZCBtYXkgZGlzcHV0ZS4AAAAAABBzZXJ2aWNlX3Byb3ZpZGVyAAAAEw==", "AAAAAQAAAG1BbiBlc2Nyb3cgYXMgc3RvcmVkIG9uIGNoYWluLCByZWFkYWJsZSBieSBhbnlvbmUgd2l0aCBgZ2V0X2VzY3Jvd2AuIEFtb3VudHMgYXJlIGluIHRoZQp0b2tlbidzIHNtYWxsZXN0IHVuaXQuAAAAAAAAAAAAAAZFc2Nyb3cAAAAAAAsAAAAyV2hhdCB0aGUgZW5nYWdlbWVudCBpcyBhYm91dCwgYXQgbW9zdCAxIDAyNCBieXRlcy4AAAAAAAtkZXNjcmlwdGlvbgAAAAAQAAAARVRoZSBtYXJrZXRwbGFjZSdzIG93biByZWZlcmVuY2UgZm9yIHRoZSBlbmdhZ2VtZW50LCBhdCBtb3N0IDY0IGJ5dGVzLgAAAAAAAA1lbmdhZ2VtZW50X2lkAAAAAAAAEAAAADJFdmVyeXRoaW5nIGRlcG9zaXRlZCB0aHJvdWdoIGBmdW5kX2VzY3Jvd2Agc28gZmFyLgAAAAAABmZ1bmRlZAAAAAAACwAAAE9UaGUgZXNjcm93J3MgaWQ6IDEgZm9yIHRoZSBmaXJzdCBlc2Nyb3cgb2YgdGhpcyBjb250cmFjdCwgdGhlbiAyLCAzLCBhbmQgc28gb24uAAAAAAJpZAAAAAAABgAAAFNIb3cgbWFueSBtaWxlc3RvbmVzIHRoZSBlc2Nyb3cgaGFzOyB0aGVpciBpbmRpY2VzIGFyZSBgMGAgdG8gYG1pbGVzdG9uZV9jb3VudCAtIDFgLgAAAAAPbWlsZXN0b25lX2NvdW50AAAAAAQAAABIRXZlcnl0aGluZyB0aGF0IGhhcyBsZWZ0IHRoZSBlc2Nyb3c6IHBheW91dHMsIHBsYXRmb3JtIGZlZXMgYW5kIHJlZnVuZHMuAAAACHBhaWRfb3V0AAAACwAAAFFUaGUgcGxhdGZvcm0ncyBmZWUgb24gZXZlcnkgcGF5b3V0IHRvIHRoZSByZWNlaXZlciwgaW4gYmFzaXMgcG9pbnRzICgwIHRvIDIgMDAwKS4AAAAAAAAQcGxhdGZvcm1fZmVlX2JwcwAAAAQAAAAiV2hvIHRha2VzIHBhcnQsIGFuZCBpbiB3aGljaCByb2xlLgAAAAAABXJvbGVzAAAAAAAH0AAAAAVSb2xlcwAAAAAAACFBIHNob3J0IHRpdGxlLCBhdCBtb3N0IDEyOCBieXRlcy4AAAAAAAAFdGl0bGUAAAAAAAAQAAAAOFRoZSBTRVAtNDEgdG9rZW4gY29udHJhY3QgdGhhdCBob2xkcyB0aGUgZXNjcm93J3MgZnVuZHMuAAAABXRva2VuAAAAAAAAEwAAAEZUaGUgc3VtIG9mIGFsbCBtaWxlc3RvbmUgYW1vdW50czogd2hhdCBmdW5kaW5nIHRoZSBlc2Nyb3cgZnVsbHkgdGFrZXMuAAAAAAAMdG90YWxfYW1vdW50AAAACw==", "AAAAAQAAAEhBIG1pbGVzdG9uZSBhcyBzdG9yZWQgb24gY2hhaW4sIHJlYWRhYmxlIGJ5IGFueW9uZSB3aXRoIGBnZXRfbWlsZXN0b25lYC4AAAAAAAAACU1pbGVzdG9uZQAAAAAAAAcAAAA2V2hhdCB0aGUgbWlsZXN0b25lIHBheXMsIGluIHRoZSB0b2tlbidzIHNtYWxsZXN0IHVuaXQuAAAAAAAGYW1vdW50AAAAAAALAAAAoFRoZSBhcHByb3ZlZCBmbGFnOiBgdHJ1ZWAgZXhhY3RseSB3aGVuIHRoZSBzdGF0dXMgaXMgYEFwcHJvdmVkYCBvciBgUmVsZWFzZWRgLiBJdCBpcwpgZmFsc2VgIHVudGlsIHRoZSBhcHByb3ZlciBhcHByb3ZlcywgYW5kIGEgZGlzcHV0ZSBzZXRzIGl0IGJhY2sgdG8gYGZhbHNlYC4AAAAIYXBwcm92ZWQAAAABAAAAK1doYXQgaXMgdG8gYmUgZGVsaXZlcmVkLCBhdCBtb3N0IDUxMiBieXRlcy4AAAAAC2Rlc2NyaXB0aW9uAAAAABAAAAC1VGhlIHNlcnZpY2UgcHJvdmlkZXIncyBwcm9vZiBvZiBjb21wbGV0aW9uIChhIFVSTCwgYSBjb250ZW50IGhhc2gsIGEgdHJhY2tpbmcgbnVtYmVyKSwKYXQgbW9zdCA1MTIgYnl0ZXM7IGBOb25lYCB1bnRpbCBnaXZlbi4gQSByZXN1Ym1pc3Npb24gd2l0aG91dCBldmlkZW5jZSBrZWVwcyB0aGUKcHJldmlvdXMgb25lLgAAAAAAAAhldmlkZW5jZQAAA+gAAAAQAAAAb1RoZSBsYXRlc3Qgbm90ZSwgYXQgbW9zdCAxIDAyNCBieXRlczogZGVsaXZlcnkgbm90ZXMsIGEgY2hhbmdlIHJlcXVlc3Qgb3IgYSBkaXNwdXRlCnJlYXNvbiwgd2hvZXZlciB3cm90ZSBsYXN0LgAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAABtXaGVyZSB0aGUgbWlsZXN0b25lIHN0YW5kcy4AAAAABnN0YXR1cwAAAAAH0AAAAA9NaWxlc3RvbmVTdGF0dXMAAAAAhkxlZGdlciB0aW1lc3RhbXAsIGluIHNlY29uZHMgc2luY2UgdGhlIFVuaXggZXBvY2gsIG9mIHRoZSBsYXN0IGNoYW5nZSBvZiB0aGUgc3RhdHVzLApldmlkZW5jZSBvciBub3RlcyAodGhlIGNyZWF0aW9uIHRpbWUgdW50aWwgdGhlbikuAAAAAAAKdXBkYXRlZF9hdAAAAAAABg==", "AAAAAQAAADNFdmVyeXRoaW5nIGBjcmVhdGVfZXNjcm93YCBuZWVkcyB0byBvcGVuIGFuIGVzY3Jvdy4AAAAAAAAAAAlOZXdFc2Nyb3cAAAAAAAAHAAAAMldoYXQgdGhlIGVuZ2FnZW1lbnQgaXMgYWJvdXQsIGF0IG1vc3QgMSAwMjQgYnl0ZXMuAAAAAAALZGVzY3JpcHRpb24AAAAAEAAAAF5UaGUgbWFya2V0cGxhY2UncyBvd24gcmVmZXJlbmNlIGZvciB0aGUgZW5nYWdlbWVudCAoYW4gaW52b2ljZSBvciBvcmRlciBpZCksIGF0IG1vc3QKNjQgYnl0ZXMuAAAAAAANZW5nYWdlbWVudF9pZAAAAAAAABAAAABgVGhlIG1pbGVzdG9uZXMsIGluIG9yZGVyOiAxIHRvIDUwIChgTUFYX01JTEVTVE9ORVNgKS4gVGhlaXIgaW5kaWNlcyBhcmUgdGhlaXIKcG9zaXRpb25zLCBmcm9tIDAuAAAACm1pbGVzdG9uZXMAAAAAA+oAAAfQAAAADE5ld01pbGVzdG9uZQAAAJRUaGUgcGxhdGZvcm0ncyBmZWUgb24gZXZlcnkgcGF5b3V0IHRvIHRoZSByZWNlaXZlciwgaW4gYmFzaXMgcG9pbnRzICgxLzEwMCBvZiBhCnBlcmNlbnQpOiAwIHRvIDIgMDAwICgyMCAlKS4gUm91bmRlZCBkb3duLCBpbiB0aGUgcmVjZWl2ZXIncyBmYXZvdXIuAAAAEHBsYXRmb3JtX2ZlZV9icHMAAAAEAAAAIldobyB0YWtlcyBwYXJ0LCBhbmQgaW4gd2hpY2ggcm9sZS4AAAAAAAVyb2xlcwAAAAAAB9AAAAAFUm9sZXMAAAAAAAAhQSBzaG9ydCB0aXRsZSwgYXQgbW9zdCAxMjggYnl0ZXMuAAAAAAAABXRpdGxlAAAAAAAAEAAAAGhUaGUgU0VQLTQxIHRva2VuIGNvbnRyYWN0IHRoYXQgaG9sZHMgdGhlIGVzY3JvdydzIGZ1bmRzLCBmb3IgZXhhbXBsZSB0aGUgU3RlbGxhciBBc3NldApDb250cmFjdCBvZiBVU0RDLgAAAAV0b2tlbgAAAAAAABM=", "AAAAAQAAAEBPbmUgbWlsZXN0b25lIG9mIGEgbmV3IGVzY3JvdzogYSBwaWVjZSBvZiB3b3JrIGFuZCB3aGF0IGl0IHBheXMuAAAAAAAAAAxOZXdNaWxlc3RvbmUAAAACAAAAYldoYXQgdGhlIG1pbGVzdG9uZSBwYXlzLCBpbiB0aGUgdG9rZW4ncyBzbWFsbGVzdCB1bml0IChzdHJvb3BzIG9mIGEgNy1kZWNpbWFsIHRva2VuKTsKbW9yZSB0aGFuIDAuAAAAAAAGYW1vdW50AAAAAAALAAAANFdoYXQgaXMgdG8gYmUgZGVsaXZlcmVkLCBhdCBtb3N0IDUxMiBieXRlcyBvZiBVVEYtOC4AAAALZGVzY3JpcHRpb24AAAAAEA==", "AAAAAgAAAcJXaGVyZSBhIG1pbGVzdG9uZSBzdGFuZHMuIGBQZW5kaW5nYCBiZWNvbWVzIGBGb3JSZXZpZXdgIHdoZW4gdGhlIHNlcnZpY2UgcHJvdmlkZXIgZGVsaXZlcnM7CnRoZSBhcHByb3ZlciB0aGVuIG1vdmVzIGl0IHRvIGBDaGFuZ2VzUmVxdWVzdGVkYCAoYmFjayB0byB0aGUgcHJvdmlkZXIpIG9yIGBBcHByb3ZlZGA7IHRoZQpyZWxlYXNlIHNpZ25lciBwYXlzIGFuIGFwcHJvdmVkIG1pbGVzdG9uZSBvdXQgKGBSZWxlYXNlZGApLiBUaGUgYXBwcm92ZXIgb3IgdGhlIHNlcnZpY2UKcHJvdmlkZXIgbWF5IGRpc3B1dGUgaXQgYmVmb3JlIGl0IGlzIHBhaWQgKGBEaXNwdXRlZGApLCBhbmQgdGhlIGRpc3B1dGUgcmVzb2x2ZXIgc3BsaXRzIGl0CihgUmVzb2x2ZWRgKS4gYFJlbGVhc2VkYCBhbmQgYFJlc29sdmVkYCBhcmUgZmluYWw6IHN1Y2ggYSBtaWxlc3RvbmUgbmV2ZXIgY2hhbmdlcyBhZ2Fpbi4AAAAAAAAAAAAPTWlsZXN0b25lU3RhdHVzAAAAAAcAAAAAAAAAHkNyZWF0ZWQgYW5kIG5vdCB5ZXQgZGVsaXZlcmVkLgAAAAAAB1BlbmRpbmcAAAAAAAAAAEVEZWxpdmVyZWQgYnkgdGhlIHNlcnZpY2UgcHJvdmlkZXIgYW5kIGF3YWl0aW5nIHRoZSBhcHByb3ZlcidzIHJldmlldy4AAAAAAAAJRm9yUmV2aWV3AAAAAAAAAAAAAEdUaGUgYXBwcm92ZXIgYXNrZWQgZm9yIGNoYW5nZXM7IHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG1heSBkZWxpdmVyIGFnYWluLgAAAAAQQ2hhbmdlc1JlcXVlc3RlZAAAAAAAAABGVGhlIGFwcHJvdmVyIGFjY2VwdGVkIHRoZSBkZWxpdmVyeTsgdGhlIHJlbGVhc2Ugc2lnbmVyIG1heSBwYXkgaXQgb3V0LgAAAAAACEFwcHJvdmVkAAAAAAAAAFlUaGUgYXBwcm92ZXIgb3IgdGhlIHNlcnZpY2UgcHJvdmlkZXIgZGlzcHV0ZWQgaXQ7IHRoZSBkaXNwdXRlIHJlc29sdmVyIGRlY2lkZXMgdGhlCnNwbGl0LgAAAAAAAAhEaXNwdXRlZAAAAAAAAAA3UGFpZCBvdXQgdG8gdGhlIHJlY2VpdmVyLCBsZXNzIHRoZSBwbGF0Zm9ybSBmZWUuIEZpbmFsLgAAAAAIUmVsZWFzZWQAAAAAAAAAS1NwbGl0IGJ5IHRoZSBkaXNwdXRlIHJlc29sdmVyIGJldHdlZW4gdGhlIHJlY2VpdmVyIGFuZCB0aGUgYXBwcm92ZXIuIEZpbmFsLgAAAAAIUmVzb2x2ZWQ=", "AAAABAAAATNXaHkgdGhlIGVzY3JvdyByZWZ1c2VkIGEgY2FsbC4gQSByZWZ1c2VkIGNhbGwgY2hhbmdlcyBub3RoaW5nOiBldmVyeSBlc2Nyb3csIG1pbGVzdG9uZSBhbmQKYmFsYW5jZSBzdGF5cyBhcyBpdCB3YXMuIFdoZW4gYSBjYWxsIGhhcyBzZXZlcmFsIGZhdWx0cywgaXQgcmVwb3J0cyB0aGUgZmlyc3QgaW4gdGhpcwpvcmRlcjogdGhlIGVzY3JvdyBleGlzdHMsIHRoZSBzaWduZXJzLCBgTm90QVBhcnR5YCwgdGhlIHRleHRzLCB0aGUgbWlsZXN0b25lIGV4aXN0cywgdGhlCnN0YXR1cyB0cmFuc2l0aW9uLCB0aGUgYW1vdW50cyBhbmQgZnVuZHMuAAAAAAAAAAAFRXJyb3IAAAAAAAAMAAAAS05vIGVzY3JvdyBoYXMgdGhpcyBpZC4gSWRzIHN0YXJ0IGF0IDEgYW5kIGFyZSBoYW5kZWQgb3V0IGluIGNyZWF0aW9uIG9yZGVyLgAAAAAORXNjcm93Tm90Rm91bmQAAAAAAAEAAABXVGhlIGVzY3JvdyBoYXMgbm8gbWlsZXN0b25lIGF0IHRoaXMgaW5kZXguIEluZGljZXMgcnVuIGZyb20gMCB0byBgbWlsZXN0b25lX2NvdW50IC0gMWAuAAAAABFNaWxlc3RvbmVOb3RGb3VuZAAAAAAAAAIAAACmVGhlIG1pbGVzdG9uZSdzIGN1cnJlbnQgc3RhdHVzIGRvZXMgbm90IGFsbG93IHRoaXMgY2hhbmdlLCBmb3IgZXhhbXBsZSBhcHByb3ZpbmcgYQptaWxlc3RvbmUgdGhhdCBpcyBub3QgYEZvclJldmlld2AsIG9yIGFueSBjaGFuZ2UgdG8gYSBgUmVsZWFzZWRgIG9yIGBSZXNvbHZlZGAgb25lLgAAAAAAF0ludmFsaWRTdGF0dXNUcmFuc2l0aW9uAAAAAAMAAABeVGhlIGBjYWxsZXJgIG9mIGBkaXNwdXRlX21pbGVzdG9uZWAgaXMgbmVpdGhlciB0aGUgZXNjcm93J3MgYXBwcm92ZXIgbm9yIGl0cyBzZXJ2aWNlCnByb3ZpZGVyLgAAAAAACU5vdEFQYXJ0eQAAAAAAAAQAAAC/QW4gYW1vdW50IGlzIG91dCBvZiByYW5nZTogYSBtaWxlc3RvbmUgYW1vdW50IG9yIGRlcG9zaXQgb2YgemVybyBvciBsZXNzLCBhIHRvdGFsIG9mCm1pbGVzdG9uZSBhbW91bnRzIGFib3ZlIHRoZSBsYXJnZXN0IGBpMTI4YCwgb3IgYSBkaXNwdXRlIGF3YXJkIGJlbG93IHplcm8gb3IgYWJvdmUgdGhlCm1pbGVzdG9uZSdzIGFtb3VudC4AAAAADUludmFsaWRBbW91bnQAAAAAAAAFAAAAXEEgZGVwb3NpdCB3b3VsZCB0YWtlIHdoYXQgdGhlIGVzY3JvdyBoYXMgYmVlbiBmdW5kZWQgYWJvdmUgdGhlIHN1bSBvZiBpdHMgbWlsZXN0b25lCmFtb3VudHMuAAAAE0Z1bmRpbmdFeGNlZWRzVG90YWwAAAAABgAAAJNUaGUgZXNjcm93IGhvbGRzIGxlc3MgdGhhbiB0aGUgbWlsZXN0b25lJ3MgYW1vdW50IChgZnVuZGVkIC0gcGFpZF9vdXRgIGlzIHNtYWxsZXIpLCBzbwp0aGUgbWlsZXN0b25lIGNhbm5vdCBiZSBwYWlkIG91dCB5ZXQ7IGZ1bmQgdGhlIGVzY3JvdyBmaXJzdC4AAAAAEUluc3VmZmljaWVudEZ1bmRzAAAAAAAABwAAADRUaGUgcGxhdGZvcm0gZmVlIGlzIGFib3ZlIDIgMDAwIGJhc2lzIHBvaW50cyAoMjAgJSkuAAAACkludmFsaWRGZWUAAAAAAAgAAAAgVGhlIG5ldyBlc2Nyb3cgaGFzIG5vIG1pbGVzdG9uZS4AAAAMTm9NaWxlc3RvbmVzAAAACQAAAD5UaGUgbmV3IGVzY3JvdyBoYXMgbW9yZSB0aGFuIDUwIG1pbGVzdG9uZXMgKGBNQVhfTUlMRVNUT05FU2ApLgAAAAAAEVRvb01hbnlNaWxlc3RvbmVzAAAAAAAACgAAALlBIHRleHQgaXMgbG9uZ2VyIHRoYW4gaXRzIGJ5dGUgY2FwOiBgZW5nYWdlbWVudF9pZGAgNjQsIGB0aXRsZWAgMTI4LCBlc2Nyb3cKYGRlc2NyaXB0aW9uYCAxIDAyNCwgbWlsZXN0b25lIGBkZXNjcmlwdGlvbmAgNTEyLCBgZXZpZGVuY2VgIDUxMiwgYG5vdGVzYCBhbmQgYSBkaXNwdXRlCmByZWFzb25gIDEgMDI0IGJ5dGVzLgAAAAAAAAtUZXh0VG9vTG9uZwAAAAALAAAAklRoZSByb2xlcyBicmVhayBhIHJ1bGU6IHRoZSBkaXNwdXRlIHJlc29sdmVyIGlzIGFsc28gdGhlIGFwcHJvdmVyLCB0aGUgc2VydmljZSBwcm92aWRlcgpvciB0aGUgcmVjZWl2ZXIsIG9yIGEgcm9sZSBpcyB0aGlzIGVzY3JvdyBjb250cmFjdCBpdHNlbGYuAAAAAAAMSW52YWxpZFJvbGVzAAAADA==", "AAAABQAAAE9Ub2tlbnMgd2VyZSBkZXBvc2l0ZWQgYnkgYGZ1bmRfZXNjcm93YC4gVG9waWNzOiBgWyJlc2Nyb3dfZnVuZGVkIiwgZXNjcm93X2lkXWAuAAAAAAAAAAAMRXNjcm93RnVuZGVkAAAAAQAAAA1lc2Nyb3dfZnVuZGVkAAAAAAAABAAAABJUaGUgZXNjcm93IGZ1bmRlZC4AAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAACdXaG8gcGFpZCB0aGUgZGVwb3NpdCBhbmQgc2lnbmVkIGZvciBpdC4AAAAABmZ1bmRlcgAAAAAAEwAAAAAAAAAqVGhlIGRlcG9zaXQsIGluIHRoZSB0b2tlbidzIHNtYWxsZXN0IHVuaXQuAAAAAAAGYW1vdW50AAAAAAALAAAAAAAAAENFdmVyeXRoaW5nIGRlcG9zaXRlZCBpbnRvIHRoZSBlc2Nyb3cgc28gZmFyLCB0aGlzIGRlcG9zaXQgaW5jbHVkZWQuAAAAAAZmdW5kZWQAAAAAAAsAAAAAAAAAAg==", "AAAABQAAAI5BIG5ldyBlc2Nyb3cgd2FzIHN0b3JlZCBieSBgY3JlYXRlX2VzY3Jvd2AuIFRvcGljczogYFsiZXNjcm93X2NyZWF0ZWQiLCBlc2Nyb3dfaWRdYC4gVGhlCm1pbGVzdG9uZXMgdGhlbXNlbHZlcyBhcmUgcmVhZCB3aXRoIGBnZXRfbWlsZXN0b25lc2AuAAAAAAAAAAAADUVzY3Jvd0NyZWF0ZWQAAAAAAAABAAAADmVzY3Jvd19jcmVhdGVkAAAAAAAHAAAAFFRoZSBuZXcgZXNjcm93J3MgaWQuAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAAN1RoZSBwbGF0Zm9ybSB0aGF0IGNyZWF0ZWQgdGhlIGVzY3JvdyBhbmQgc2lnbmVkIGZvciBpdC4AAAAACHBsYXRmb3JtAAAAEwAAAAAAAAAjVGhlIGNsaWVudCB3aG8gYXBwcm92ZXMgbWlsZXN0b25lcy4AAAAACGFwcHJvdmVyAAAAEwAAAAAAAAAnVGhlIHNlcnZpY2UgcHJvdmlkZXIgd2hvIGRlbGl2ZXJzIHRoZW0uAAAAABBzZXJ2aWNlX3Byb3ZpZGVyAAAAEwAAAAAAAAAkVGhlIHRva2VuIGNvbnRyYWN0IHRoZSBlc2Nyb3cgaG9sZHMuAAAABXRva2VuAAAAAAAAEwAAAAAAAABkVGhlIHN1bSBvZiBhbGwgbWlsZXN0b25lIGFtb3VudHMsIGluIHRoZSB0b2tlbidzIHNtYWxsZXN0IHVuaXQ6IHdoYXQgZnVuZGluZyB0aGUKZXNjcm93IGZ1bGx5IHRha2VzLgAAAAx0b3RhbF9hbW91bnQAAAALAAAAAAAAACNIb3cgbWFueSBtaWxlc3RvbmVzIHRoZSBlc2Nyb3cgaGFzLgAAAAAPbWlsZXN0b25lX2NvdW50AAAAAAQAAAAAAAAAAg==", "AAAABQAAAK5BIGRpc3B1dGVkIG1pbGVzdG9uZSB3YXMgc3BsaXQgYnkgYHJlc29sdmVfZGlzcHV0ZWAuIFRvcGljczoKYFsiZGlzcHV0ZV9yZXNvbHZlZCIsIGVzY3Jvd19pZF1gLiBBbW91bnRzIGFyZSBpbiB0aGUgdG9rZW4ncyBzbWFsbGVzdCB1bml0IGFuZCBhZGQgdXAgdG8KdGhlIG1pbGVzdG9uZSdzIGFtb3VudC4AAAAAAAAAAAAPRGlzcHV0ZVJlc29sdmVkAAAAAAEAAAAQZGlzcHV0ZV9yZXNvbHZlZAAAAAgAAAAcVGhlIGVzY3JvdyBvZiB0aGUgbWlsZXN0b25lLgAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAACRUaGUgbWlsZXN0b25lJ3MgaW5kZXggaW4gaXRzIGVzY3Jvdy4AAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAIldobyB3YXMgcGFpZCB0aGUgcmVjZWl2ZXIncyBzaGFyZS4AAAAAAAhyZWNlaXZlcgAAABMAAAAAAAAAUVdoYXQgdGhlIHJlY2VpdmVyIHdhcyBwYWlkOiB0aGUgc2hhcmUgdGhlIHJlc29sdmVyIGF3YXJkZWQgbGVzcyB0aGUgcGxhdGZvcm0gZmVlLgAAAAAAAA9yZWNlaXZlcl9hbW91bnQAAAAACwAAAAAAAAAeV2hvIHdhcyBwYWlkIHRoZSBwbGF0Zm9ybSBmZWUuAAAAAAAIcGxhdGZvcm0AAAATAAAAAAAAADdUaGUgcGxhdGZvcm0gZmVlIG9uIHRoZSByZWNlaXZlcidzIHNoYXJlLCByb3VuZGVkIGRvd24uAAAAAAxwbGF0Zm9ybV9mZWUAAAALAAAAAAAAABpXaG8gd2FzIHJlZnVuZGVkIHRoZSByZXN0LgAAAAAACGFwcHJvdmVyAAAAEwAAAAAAAABOV2hhdCB0aGUgYXBwcm92ZXIgd2FzIHJlZnVuZGVkOiB0aGUgbWlsZXN0b25lJ3MgYW1vdW50IGxlc3MgdGhlIGF3YXJkZWQgc2hhcmUuAAAAAAANcmVmdW5kX2Ftb3VudAAAAAAAAAsAAAAAAAAAAg==", "AAAABQAAAOtUaGUgbWlsZXN0b25lLXVwZGF0ZSBldmVudDogYSBtaWxlc3RvbmUncyBzdGF0dXMgY2hhbmdlZC4gRXZlcnkgc3RhdHVzIGNoYW5nZSBwdWJsaXNoZXMKaXQsIHNvIGEgcGxhdGZvcm0gY2FuIHRlbGwgdGhlIG90aGVyIHBhcnR5IChhIGRlbGl2ZXJ5IGF3YWl0cyBBbGljZSdzIHJldmlldywgQWxpY2UgYXNrZWQKZm9yIGNoYW5nZXMpLiBUb3BpY3M6IGBbIm1pbGVzdG9uZV91cGRhdGVkIiwgZXNjcm93X2lkXWAuAAAAAAAAAAAQTWlsZXN0b25lVXBkYXRlZAAAAAEAAAARbWlsZXN0b25lX3VwZGF0ZWQAAAAAAAAHAAAAHFRoZSBlc2Nyb3cgb2YgdGhlIG1pbGVzdG9uZS4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAsVGhlIG1pbGVzdG9uZSdzIGluZGV4IGluIGl0cyBlc2Nyb3csIGZyb20gMC4AAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAG1RoZSBtaWxlc3RvbmUncyBuZXcgc3RhdHVzLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAAUVRoZSBhcHByb3ZlZCBmbGFnIGFmdGVyIHRoZSBjaGFuZ2U6IGB0cnVlYCBleGFjdGx5IGZvciBgQXBwcm92ZWRgIGFuZCBgUmVsZWFzZWRgLgAAAAAAAAhhcHByb3ZlZAAAAAEAAAAAAAAAKlRoZSBtaWxlc3RvbmUncyBldmlkZW5jZSBhZnRlciB0aGUgY2hhbmdlLgAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAAZFRoZSBtaWxlc3RvbmUncyBsYXRlc3Qgbm90ZSBhZnRlciB0aGUgY2hhbmdlIChkZWxpdmVyeSBub3RlcywgYSBjaGFuZ2UgcmVxdWVzdCBvciBhCmRpc3B1dGUgcmVhc29uKS4AAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAAAAAAmV2hvIG1hZGUgdGhlIGNoYW5nZSBhbmQgc2lnbmVkIGZvciBpdC4AAAAAAApjaGFuZ2VkX2J5AAAAAAATAAAAAAAAAAI=", "AAAABQAAALZBbiBhcHByb3ZlZCBtaWxlc3RvbmUgd2FzIHBhaWQgb3V0IGJ5IGByZWxlYXNlX21pbGVzdG9uZWAuIFRvcGljczoKYFsibWlsZXN0b25lX3JlbGVhc2VkIiwgZXNjcm93X2lkXWAuIEFtb3VudHMgYXJlIGluIHRoZSB0b2tlbidzIHNtYWxsZXN0IHVuaXQgYW5kIGFkZCB1cAp0byB0aGUgbWlsZXN0b25lJ3MgYW1vdW50LgAAAAAAAAAAABFNaWxlc3RvbmVSZWxlYXNlZAAAAAAAAAEAAAASbWlsZXN0b25lX3JlbGVhc2VkAAAAAAAGAAAAHFRoZSBlc2Nyb3cgb2YgdGhlIG1pbGVzdG9uZS4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAkVGhlIG1pbGVzdG9uZSdzIGluZGV4IGluIGl0cyBlc2Nyb3cuAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAB9XaG8gd2FzIHBhaWQgZm9yIHRoZSBtaWxlc3RvbmUuAAAAAAhyZWNlaXZlcgAAABMAAAAAAAAASVdoYXQgdGhlIHJlY2VpdmVyIHdhcyBwYWlkOiB0aGUgbWlsZXN0b25lJ3MgYW1vdW50IGxlc3MgdGhlIHBsYXRmb3JtIGZlZS4AAAAAAAAPcmVjZWl2ZXJfYW1vdW50AAAAAAsAAAAAAAAAHldobyB3YXMgcGFpZCB0aGUgcGxhdGZvcm0gZmVlLgAAAAAACHBsYXRmb3JtAAAAEwAAAAAAAABNVGhlIHBsYXRmb3JtIGZlZTogdGhlIGFtb3VudCB0aW1lcyBgcGxhdGZvcm1fZmVlX2Jwc2AgLyAxMCAwMDAsIHJvdW5kZWQgZG93bi4AAAAAAAAMcGxhdGZvcm1fZmVlAAAACwAAAAAAAAAC", "AAAAAAAAAQJSZXBsYWNlcyB0aGUgY29udHJhY3QncyBjb2RlIHdpdGggdGhlIHVwbG9hZGVkIHdhc20gd2hvc2UgaGFzaCBpcyBgbmV3X3dhc21faGFzaGAuIEV2ZXJ5CmVzY3JvdyBrZWVwcyBpdHMgc3RhdGUgYW5kIGl0cyB0b2tlbnMuCgojIEF1dGhvcml6YXRpb24KVGhlIGFkbWluIHNldCBhdCBkZXBsb3ltZW50IHNpZ25zLgoKIyBFcnJvcnMKTm9uZSBvZiB0aGUgZXNjcm93J3M7IHRoZSBob3N0IHJlZnVzZXMgYSBoYXNoIHdpdGggbm8gdXBsb2FkZWQgd2FzbS4AAAAAAAd1cGdyYWRlAAAAAAEAAAAAAAAADW5ld193YXNtX2hhc2gAAAAAAAPuAAAAIAAAAAA=", "AAAAAAAAAVxFeHRlbmRzIHRoZSB0aW1lIHRvIGxpdmUgb2YgZXZlcnkgbGVkZ2VyIGVudHJ5IG9mIGFuIGVzY3JvdyAodGhlIGVzY3JvdyBhbmQgYWxsIGl0cwptaWxlc3RvbmVzKSwgb2YgdGhlIGNvbnRyYWN0IGluc3RhbmNlIGFuZCBvZiBpdHMgY29kZSB0byB0aGUgbmV0d29yaydzIG1heGltdW0sIHNvIHRoYXQKYW4gaWRsZSBlc2Nyb3cgaXMgbm90IGFyY2hpdmVkLiBDaGFuZ2VzIG5vdGhpbmcgZWxzZS4KCiMgQXV0aG9yaXphdGlvbgpOb25lOiBhbnlvbmUgbWF5IGNhbGwsIGFuZCB0aGUgY2FsbGVyIHBheXMgdGhlIHJlbnQuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4AAAAKZXh0ZW5kX3R0bAAAAAAAAQAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAKlSZWFkcyBhbiBlc2Nyb3c6IGl0cyBwYXJ0aWVzLCB0b2tlbiwgZmVlLCB0ZXh0cyBhbmQgdG90YWxzLiBDaGFuZ2VzIG5vdGhpbmcuCgojIEF1dGhvcml6YXRpb24KTm9uZTogYW55b25lIG1heSBjYWxsLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuAAAAAAAACmdldF9lc2Nyb3cAAAAAAAEAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAD6QAAB9AAAAAGRXNjcm93AAAAAAAD", "AAAAAAAAAe5EZXBvc2l0cyBgYW1vdW50YCBvZiB0aGUgZXNjcm93J3MgdG9rZW4gZnJvbSBgZnVuZGVyYCBpbnRvIHRoZSBlc2Nyb3cuIEFueW9uZSBtYXkgZnVuZDsKdXN1YWxseSB0aGUgYXBwcm92ZXIgZG9lcy4KCiMgQXV0aG9yaXphdGlvbgpgZnVuZGVyYCBzaWducywgZm9yIHRoaXMgY2FsbCBhbmQgdGhlIHRva2VuIHRyYW5zZmVyIGl0IG1ha2VzLgoKIyBFdmVudHMKYEVzY3Jvd0Z1bmRlZGAuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgSW52YWxpZEFtb3VudGA6IGBhbW91bnRgIGlzIDAgb3IgbGVzcy4KLSBgRnVuZGluZ0V4Y2VlZHNUb3RhbGA6IGBmdW5kZWQgKyBhbW91bnRgIHdvdWxkIGV4Y2VlZCBgdG90YWxfYW1vdW50YC4KCiMgTm90ZXMKQSB0b2tlbiB0cmFuc2ZlciB0aGF0IGZhaWxzICh0aGUgZnVuZGVyIGxhY2tzIHRoZSBiYWxhbmNlKSBmYWlscyB0aGUgY2FsbCB3aXRoIHRoZSB0b2tlbidzCmVycm9yLgAAAAAAC2Z1bmRfZXNjcm93AAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAABmZ1bmRlcgAAAAAAEwAAAAAAAAAGYW1vdW50AAAAAAALAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAALtEZXBsb3lzIHRoZSBjb250cmFjdCB3aXRoIGBhZG1pbmAsIHRoZSBvbmx5IGFkZHJlc3MgdGhhdCBtYXkgYHVwZ3JhZGVgIGl0cyBjb2RlLgoKIyBBdXRob3JpemF0aW9uClRoZSBkZXBsb3llciBzaWducyB0aGUgZGVwbG95IHRyYW5zYWN0aW9uOyBgYWRtaW5gIGRvZXMgbm90IG5lZWQgdG8gc2lnbi4KCiMgRXJyb3JzCk5vbmUuAAAAAA1fX2NvbnN0cnVjdG9yAAAAAAAAAQAAAAAAAAAFYWRtaW4AAAAAAAATAAAAAA==", "AAAAAAAAAndTdG9yZXMgYSBuZXcgZXNjcm93IHdpdGggZXZlcnkgbWlsZXN0b25lIGBQZW5kaW5nYCBhbmQgYGFwcHJvdmVkYCBmYWxzZSwgYW5kIHJldHVybnMgaXRzIGlkOgoxIGZvciB0aGUgY29udHJhY3QncyBmaXJzdCBlc2Nyb3csIHRoZW4gMiwgMywgYW5kIHNvIG9uLgoKIyBBdXRob3JpemF0aW9uCmBlc2Nyb3cucm9sZXMucGxhdGZvcm1gIHNpZ25zLgoKIyBFdmVudHMKYEVzY3Jvd0NyZWF0ZWRgLgoKIyBFcnJvcnMKLSBgTm9NaWxlc3RvbmVzYDogdGhlIG1pbGVzdG9uZSBsaXN0IGlzIGVtcHR5LgotIGBUb29NYW55TWlsZXN0b25lc2A6IG1vcmUgdGhhbiA1MCBtaWxlc3RvbmVzLgotIGBJbnZhbGlkRmVlYDogYHBsYXRmb3JtX2ZlZV9icHNgIGlzIGFib3ZlIDIgMDAwLgotIGBJbnZhbGlkUm9sZXNgOiB0aGUgZGlzcHV0ZSByZXNvbHZlciBpcyB0aGUgYXBwcm92ZXIsIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG9yIHRoZQpyZWNlaXZlciwgb3IgYSByb2xlIGlzIHRoaXMgY29udHJhY3QuCi0gYFRleHRUb29Mb25nYDogYSB0ZXh0IGlzIG92ZXIgaXRzIGJ5dGUgY2FwLgotIGBJbnZhbGlkQW1vdW50YDogYSBtaWxlc3RvbmUgYW1vdW50IGlzIDAgb3IgbGVzcywgb3IgdGhlIHRvdGFsIG92ZXJmbG93cyBgaTEyOGAuAAAAAA1jcmVhdGVfZXNjcm93AAAAAAAAAQAAAAAAAAAGZXNjcm93AAAAAAfQAAAACU5ld0VzY3JvdwAAAAAAAAEAAAPpAAAABgAAAAM=", "AAAAAAAAAQBSZWFkcyBvbmUgbWlsZXN0b25lIG9mIGFuIGVzY3JvdzogaXRzIHN0YXR1cywgYXBwcm92ZWQgZmxhZywgZXZpZGVuY2UgYW5kIG5vdGVzLiBDaGFuZ2VzCm5vdGhpbmcuCgojIEF1dGhvcml6YXRpb24KTm9uZTogYW55b25lIG1heSBjYWxsLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYE1pbGVzdG9uZU5vdEZvdW5kYDogdGhlIGVzY3JvdyBoYXMgbm8gbWlsZXN0b25lIGF0IHRoaXMgaW5kZXguAAAADWdldF9taWxlc3RvbmUAAAAAAAACAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAEAAAPpAAAH0AAAAAlNaWxlc3RvbmUAAAAAAAAD", "AAAAAAAAAKFSZWFkcyBldmVyeSBtaWxlc3RvbmUgb2YgYW4gZXNjcm93LCBpbiBpbmRleCBvcmRlci4gQ2hhbmdlcyBub3RoaW5nLgoKIyBBdXRob3JpemF0aW9uCk5vbmU6IGFueW9uZSBtYXkgY2FsbC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgAAAAAAAA5nZXRfbWlsZXN0b25lcwAAAAAAAQAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAPpAAAD6gAAB9AAAAAJTWlsZXN0b25lAAAAAAAAAw==", "AAAAAAAAAeRTZW5kcyBhIGRlbGl2ZXJlZCBtaWxlc3RvbmUgYmFjayB0byB0aGUgc2VydmljZSBwcm92aWRlcjogYEZvclJldmlld2AgYmVjb21lcwpgQ2hhbmdlc1JlcXVlc3RlZGAsIGFuZCBgbm90ZXNgICh0aGUgY2hhbmdlIHJlcXVlc3Q7IGBOb25lYCBjbGVhcnMgdGhlIG5vdGVzKSBiZWNvbWVzIHRoZQptaWxlc3RvbmUncyBsYXRlc3Qgbm90ZS4KCiMgQXV0aG9yaXphdGlvbgpUaGUgZXNjcm93J3MgYGFwcHJvdmVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBUZXh0VG9vTG9uZ2A6IGBub3Rlc2AgaXMgb3ZlciAxIDAyNCBieXRlcy4KLSBgTWlsZXN0b25lTm90Rm91bmRgOiBubyBtaWxlc3RvbmUgaGFzIHRoaXMgaW5kZXguCi0gYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgYEZvclJldmlld2AuAAAAD3JlcXVlc3RfY2hhbmdlcwAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAo1TcGxpdHMgYSBkaXNwdXRlZCBtaWxlc3RvbmU6IGBEaXNwdXRlZGAgYmVjb21lcyBgUmVzb2x2ZWRgLiBUaGUgcmVjZWl2ZXIgaXMgcGFpZApgcmVjZWl2ZXJfYW1vdW50YCBsZXNzIHRoZSBwbGF0Zm9ybSBmZWUgb24gaXQgKHJvdW5kZWQgZG93biksIHRoZSBwbGF0Zm9ybSB0aGUgZmVlLCBhbmQKdGhlIGFwcHJvdmVyIGlzIHJlZnVuZGVkIGBhbW91bnQgLSByZWNlaXZlcl9hbW91bnRgLgoKIyBBdXRob3JpemF0aW9uClRoZSBlc2Nyb3cncyBgZGlzcHV0ZV9yZXNvbHZlcmAgc2lnbnMuCgojIEV2ZW50cwpgTWlsZXN0b25lVXBkYXRlZGAsIHRoZW4gYERpc3B1dGVSZXNvbHZlZGAuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTWlsZXN0b25lTm90Rm91bmRgOiBubyBtaWxlc3RvbmUgaGFzIHRoaXMgaW5kZXguCi0gYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgYERpc3B1dGVkYC4KLSBgSW52YWxpZEFtb3VudGA6IGByZWNlaXZlcl9hbW91bnRgIGlzIGJlbG93IDAgb3IgYWJvdmUgdGhlIG1pbGVzdG9uZSdzIGFtb3VudC4KLSBgSW5zdWZmaWNpZW50RnVuZHNgOiB0aGUgZXNjcm93IGhvbGRzIGxlc3MgdGhhbiB0aGUgbWlsZXN0b25lJ3MgYW1vdW50LgAAAAAAAA9yZXNvbHZlX2Rpc3B1dGUAAAAAAwAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAD3JlY2VpdmVyX2Ftb3VudAAAAAALAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAXhBY2NlcHRzIGEgZGVsaXZlcmVkIG1pbGVzdG9uZTogYEZvclJldmlld2AgYmVjb21lcyBgQXBwcm92ZWRgIGFuZCBgYXBwcm92ZWRgIGJlY29tZXMgdHJ1ZS4KVGhlIHJlbGVhc2Ugc2lnbmVyIG1heSB0aGVuIHBheSBpdCBvdXQuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGBhcHByb3ZlcmAgc2lnbnMuCgojIEV2ZW50cwpgTWlsZXN0b25lVXBkYXRlZGAuCgojIEVycm9ycwotIGBFc2Nyb3dOb3RGb3VuZGA6IG5vIGVzY3JvdyBoYXMgdGhpcyBpZC4KLSBgTWlsZXN0b25lTm90Rm91bmRgOiBubyBtaWxlc3RvbmUgaGFzIHRoaXMgaW5kZXguCi0gYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYDogdGhlIG1pbGVzdG9uZSBpcyBub3QgYEZvclJldmlld2AuAAAAEWFwcHJvdmVfbWlsZXN0b25lAAAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAAotEaXNwdXRlcyBhIG1pbGVzdG9uZSB0aGF0IGlzIG5vdCB5ZXQgcGFpZDogYFBlbmRpbmdgLCBgRm9yUmV2aWV3YCwgYENoYW5nZXNSZXF1ZXN0ZWRgIG9yCmBBcHByb3ZlZGAgYmVjb21lcyBgRGlzcHV0ZWRgLCBgYXBwcm92ZWRgIGJlY29tZXMgZmFsc2UsIGFuZCBgcmVhc29uYCBiZWNvbWVzIHRoZQptaWxlc3RvbmUncyBsYXRlc3Qgbm90ZS4gVGhlIGRpc3B1dGUgcmVzb2x2ZXIgdGhlbiBzcGxpdHMgaXQuCgojIEF1dGhvcml6YXRpb24KYGNhbGxlcmAgc2lnbnMsIGFuZCBtdXN0IGJlIHRoZSBlc2Nyb3cncyBhcHByb3ZlciBvciBzZXJ2aWNlIHByb3ZpZGVyLgoKIyBFdmVudHMKYE1pbGVzdG9uZVVwZGF0ZWRgLgoKIyBFcnJvcnMKLSBgRXNjcm93Tm90Rm91bmRgOiBubyBlc2Nyb3cgaGFzIHRoaXMgaWQuCi0gYE5vdEFQYXJ0eWA6IGBjYWxsZXJgIGlzIG5laXRoZXIgdGhlIGFwcHJvdmVyIG5vciB0aGUgc2VydmljZSBwcm92aWRlci4KLSBgVGV4dFRvb0xvbmdgOiBgcmVhc29uYCBpcyBvdmVyIDEgMDI0IGJ5dGVzLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIGFscmVhZHkgYERpc3B1dGVkYCBvciBmaW5hbC4AAAAAEWRpc3B1dGVfbWlsZXN0b25lAAAAAAAABAAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAABmNhbGxlcgAAAAAAEwAAAAAAAAAGcmVhc29uAAAAAAAQAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAiRQYXlzIGFuIGFwcHJvdmVkIG1pbGVzdG9uZSBvdXQ6IGBBcHByb3ZlZGAgYmVjb21lcyBgUmVsZWFzZWRgLiBUaGUgcGxhdGZvcm0gcmVjZWl2ZXMKYGZlZSA9IGFtb3VudCAqIHBsYXRmb3JtX2ZlZV9icHMgLyAxMCAwMDBgLCByb3VuZGVkIGRvd24sIGFuZCB0aGUgcmVjZWl2ZXIgYGFtb3VudCAtIGZlZWAuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGByZWxlYXNlX3NpZ25lcmAgc2lnbnMuCgojIEV2ZW50cwpgTWlsZXN0b25lVXBkYXRlZGAsIHRoZW4gYE1pbGVzdG9uZVJlbGVhc2VkYC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiB0aGUgbWlsZXN0b25lIGlzIG5vdCBgQXBwcm92ZWRgLgotIGBJbnN1ZmZpY2llbnRGdW5kc2A6IHRoZSBlc2Nyb3cgaG9sZHMgbGVzcyB0aGFuIHRoZSBtaWxlc3RvbmUncyBhbW91bnQKKGBmdW5kZWQgLSBwYWlkX291dGApLgAAABFyZWxlYXNlX21pbGVzdG9uZQAAAAAAAAIAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAndNYXJrcyBhIG1pbGVzdG9uZSBkb25lOiBtb3ZlcyBpdCBmcm9tIGBQZW5kaW5nYCwgYENoYW5nZXNSZXF1ZXN0ZWRgIG9yIGBGb3JSZXZpZXdgIChhCnJlc3VibWlzc2lvbikgdG8gYEZvclJldmlld2AsIGZvciB0aGUgYXBwcm92ZXIgdG8gcmV2aWV3LiBgYXBwcm92ZWRgIHN0YXlzIGZhbHNlLiBTdG9yZXMKYGV2aWRlbmNlYCAoYE5vbmVgIGtlZXBzIHRoZSBwcmV2aW91cyBldmlkZW5jZSkgYW5kIGBub3Rlc2AgKGBOb25lYCBjbGVhcnMgdGhlbSkuCgojIEF1dGhvcml6YXRpb24KVGhlIGVzY3JvdydzIGBzZXJ2aWNlX3Byb3ZpZGVyYCBzaWducy4KCiMgRXZlbnRzCmBNaWxlc3RvbmVVcGRhdGVkYC4KCiMgRXJyb3JzCi0gYEVzY3Jvd05vdEZvdW5kYDogbm8gZXNjcm93IGhhcyB0aGlzIGlkLgotIGBUZXh0VG9vTG9uZ2A6IGBldmlkZW5jZWAgaXMgb3ZlciA1MTIgYnl0ZXMgb3IgYG5vdGVzYCBvdmVyIDEgMDI0LgotIGBNaWxlc3RvbmVOb3RGb3VuZGA6IG5vIG1pbGVzdG9uZSBoYXMgdGhpcyBpbmRleC4KLSBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gOiBgbmV3X3N0YXR1c2AgaXMgbm90IGBGb3JSZXZpZXdgLCBvciB0aGUgbWlsZXN0b25lIGlzCmBBcHByb3ZlZGAsIGBEaXNwdXRlZGAgb3IgZmluYWwuAAAAABdjaGFuZ2VfbWlsZXN0b25lX3N0YXR1cwAAAAAFAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAKbmV3X3N0YXR1cwAAAAAH0AAAAA9NaWxlc3RvbmVTdGF0dXMAAAAAAAAAAAhldmlkZW5jZQAAA+gAAAAQAAAAAAAAAAVub3RlcwAAAAAAA+gAAAAQAAAAAQAAA+kAAAACAAAAAw=="]),
      options
    );
  }

   static deploy<T = Client>(args: { admin: string | Address }, options: MethodOptions & Omit<ContractClientOptions, 'contractId'> & { salt?: Uint8Array; address?: string; } & ({ wasmHash: Uint8Array | string; format?: "hex" | "base64"; externalRef?: never; } | { externalRef: ExternalExecutableRef; wasmHash?: never; format?: never; })): Promise<AssembledTransaction<T>> {
    return ContractClient.deploy(args, options);
  }
  public readonly fromJson = {
    upgrade : this.txFromJson<void>,  extend_ttl : this.txFromJson<Result<null, Error>>,  get_escrow : this.txFromJson<Result<Escrow, Error>>,  fund_escrow : this.txFromJson<Result<null, Error>>,  create_escrow : this.txFromJson<Result<bigint, Error>>,  get_milestone : this.txFromJson<Result<Milestone, Error>>,  get_milestones : this.txFromJson<Result<Array<Milestone>, Error>>,  request_changes : this.txFromJson<Result<null, Error>>,  resolve_dispute : this.txFromJson<Result<null, Error>>,  approve_milestone : this.txFromJson<Result<null, Error>>,  dispute_milestone : this.txFromJson<Result<null, Error>>,  release_milestone : this.txFromJson<Result<null, Error>>,  change_milestone_status : this.txFromJson<Result<null, Error>>
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
   * Build a topics filter row for the "DisputeResolved" event, for use in `Api.EventFilter.topics` when calling `server.getEvents`. Omitted fields match any value.
   */
  disputeResolvedEventFilter(topicValues?: { escrow_id?: bigint }): string[] {
    return this.spec.eventTopicFilter("DisputeResolved", topicValues);
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