import {Escrow, NewEscrow, Milestone, MilestoneStatus, ContractEvent} from './types.js';
import {Result, Spec, AssembledTransaction, Client as ContractClient, ClientOptions as ContractClientOptions, MethodOptions, ExternalExecutableRef} from '@stellar/stellar-sdk/contract';
import {Address, xdr} from '@stellar/stellar-sdk';

export interface Client {
  /**
   * Replaces the contract's code with the uploaded wasm `new_wasm_hash`. Every escrow keeps
   * its state and its tokens.
   *
   * Signs: the admin set at deployment. No event.
   */
  upgrade(args: { new_wasm_hash: Uint8Array }, options?: MethodOptions): Promise<AssembledTransaction<void>>;
  /**
   * Extends every ledger entry of an escrow (the escrow and all its milestones), and the
   * contract instance and code, to the network's maximum time to live. Keeps an idle escrow
   * from being archived.
   *
   * Signs: nobody; the caller pays the rent. No event.
   *
   * Errors: `EscrowNotFound`.
   */
  extend_ttl(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Reads an escrow. Anyone; changes nothing.
   *
   * Errors: `EscrowNotFound`.
   */
  get_escrow(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Escrow, Error>>>;
  /**
   * Moves `amount` of the escrow's token from `funder` into the contract, on this escrow's
   * account. Anyone may fund; usually the approver.
   *
   * Signs: `funder` (for this call and the token transfer it makes). Publishes
   * `EscrowFunded`.
   *
   * Errors: `EscrowNotFound`, `InvalidAmount` (≤ 0), `FundingExceedsTotal` (`funded + amount`
   * above `total_amount`).
   */
  fund_escrow(args: { escrow_id: bigint; funder: string | Address; amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Stores a new escrow with every milestone `Pending` and `approved = false`, and returns its
   * id (1 for the first escrow, then 2, 3, …).
   *
   * Signs: `escrow.roles.platform`. Publishes `EscrowCreated`.
   *
   * Errors: `NoMilestones`, `TooManyMilestones` (more than 50), `InvalidFee` (above 2 000 bps),
   * `InvalidRoles` (the dispute resolver is the approver, service provider or receiver, or a
   * role is this contract), `TextTooLong`, `InvalidAmount` (a milestone amount ≤ 0, or a
   * total above `i128::MAX`).
   */
  create_escrow(args: { escrow: NewEscrow }, options?: MethodOptions): Promise<AssembledTransaction<Result<bigint, Error>>>;
  /**
   * Reads one milestone. Anyone; changes nothing.
   *
   * Errors: `EscrowNotFound`, `MilestoneNotFound`.
   */
  get_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<Milestone, Error>>>;
  /**
   * Reads every milestone of an escrow, in index order. Anyone; changes nothing.
   *
   * Errors: `EscrowNotFound`.
   */
  get_milestones(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Array<Milestone>, Error>>>;
  /**
   * Sends a milestone back to the service provider: `ForReview` → `ChangesRequested`. Stores
   * `notes` as the milestone's latest note (`None` clears it).
   *
   * Signs: the stored `approver`. Publishes `MilestoneUpdated`.
   *
   * Errors: `EscrowNotFound`, `TextTooLong` (notes above 1 024 bytes), `MilestoneNotFound`,
   * `InvalidStatusTransition`.
   */
  request_changes(args: { escrow_id: bigint; milestone_index: number; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Splits a disputed milestone: `Disputed` → `Resolved`. Pays `receiver_amount` less the
   * platform fee on it to the receiver, the fee to the platform, and refunds
   * `amount − receiver_amount` to the approver.
   *
   * Signs: the stored `dispute_resolver`. Publishes `MilestoneUpdated`, then
   * `DisputeResolved`.
   *
   * Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`,
   * `InvalidAmount` (`receiver_amount` outside `0..=amount`), `InsufficientFunds`.
   */
  resolve_dispute(args: { escrow_id: bigint; milestone_index: number; receiver_amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Accepts a milestone: `ForReview` → `Approved`, `approved = true`. The release signer may
   * then pay it out.
   *
   * Signs: the stored `approver`. Publishes `MilestoneUpdated`.
   *
   * Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`.
   */
  approve_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Disputes a milestone: any of `Pending`, `ForReview`, `ChangesRequested`, `Approved` →
   * `Disputed`, `approved = false`. `reason` becomes the milestone's latest note. The dispute
   * resolver then splits it.
   *
   * Signs: `caller`, who must be the stored approver or service provider. Publishes
   * `MilestoneUpdated`.
   *
   * Errors: `EscrowNotFound`, `NotAParty`, `TextTooLong` (reason above 1 024 bytes),
   * `MilestoneNotFound`, `InvalidStatusTransition`.
   */
  dispute_milestone(args: { escrow_id: bigint; milestone_index: number; caller: string | Address; reason: string }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Pays an approved milestone out: `Approved` → `Released`. Sends `amount − fee` to the
   * receiver and `fee = amount × platform_fee_bps / 10 000` (rounded down) to the platform.
   *
   * Signs: the stored `release_signer`. Publishes `MilestoneUpdated`, then
   * `MilestoneReleased`.
   *
   * Errors: `EscrowNotFound`, `MilestoneNotFound`, `InvalidStatusTransition`,
   * `InsufficientFunds` (the escrow holds less than the milestone's amount).
   */
  release_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Marks a milestone done: `new_status` must be `ForReview`; allowed from `Pending`,
   * `ChangesRequested` and `ForReview` (a resubmission). `approved` stays `false`. Stores
   * `evidence` (`None` keeps the previous evidence) and `notes` (the latest note, `None` clears
   * it).
   *
   * Signs: the stored `service_provider`. Publishes `MilestoneUpdated`.
   *
   * Errors: `EscrowNotFound`, `TextTooLong` (evidence above 512 bytes, notes above 1 024),
   * `MilestoneNotFound`, `InvalidStatusTransition`.
   */
  change_milestone_status(args: { escrow_id: bigint; milestone_index: number; new_status: MilestoneStatus; evidence: string | null; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
}

export class Client extends ContractClient {
  constructor(public readonly options: ContractClientOptions) {
    super(
      new Spec(["AAAAAQAAAERUaGUgcGFydGllcyBvZiBvbmUgZXNjcm93LiBFYWNoIGFkZHJlc3Mgc2lnbnMgZm9yIGl0cyBvd24gcm9sZSBvbmx5LgAAAAAAAAAFUm9sZXMAAAAAAAAGAAAARVRoZSBjbGllbnQ6IGFwcHJvdmVzLCByZXF1ZXN0cyBjaGFuZ2VzLCBtYXkgZGlzcHV0ZTsgcmVmdW5kcyBnbyBoZXJlLgAAAAAAAAhhcHByb3ZlcgAAABMAAABaU3BsaXRzIGRpc3B1dGVkIG1pbGVzdG9uZXMuIE1heSBub3QgYmUgdGhlIGFwcHJvdmVyLCB0aGUgc2VydmljZSBwcm92aWRlciBvciB0aGUgcmVjZWl2ZXIuAAAAAAAQZGlzcHV0ZV9yZXNvbHZlcgAAABMAAAAuQ3JlYXRlcyB0aGUgZXNjcm93OyByZWNlaXZlcyB0aGUgcGxhdGZvcm0gZmVlLgAAAAAACHBsYXRmb3JtAAAAEwAAADVXaGVyZSByZWxlYXNlZCBmdW5kcyBnbyAob2Z0ZW4gdGhlIHNlcnZpY2UgcHJvdmlkZXIpLgAAAAAAAAhyZWNlaXZlcgAAABMAAAAdUGF5cyBhcHByb3ZlZCBtaWxlc3RvbmVzIG91dC4AAAAAAAAOcmVsZWFzZV9zaWduZXIAAAAAABMAAAAjTWFya3MgbWlsZXN0b25lcyBkb25lOyBtYXkgZGlzcHV0ZS4AAAAAEHNlcnZpY2VfcHJvdmlkZXIAAAAT", "AAAAAQAAAB9BbiBlc2Nyb3cgYXMgZXZlcnlvbmUgcmVhZHMgaXQuAAAAAAAAAAAGRXNjcm93AAAAAAALAAAAE0xvbmdlciBkZXNjcmlwdGlvbi4AAAAAC2Rlc2NyaXB0aW9uAAAAABAAAAAnRXh0ZXJuYWwgcmVmZXJlbmNlIChpbnZvaWNlLCBvcmRlciBpZCkuAAAAAA1lbmdhZ2VtZW50X2lkAAAAAAAAEAAAACtFdmVyeXRoaW5nIGRlcG9zaXRlZCB0aHJvdWdoIGBmdW5kX2VzY3Jvd2AuAAAAAAZmdW5kZWQAAAAAAAsAAAAsSGFuZGVkIG91dCBpbiBjcmVhdGlvbiBvcmRlciwgc3RhcnRpbmcgYXQgMS4AAAACaWQAAAAAAAYAAAA9TnVtYmVyIG9mIG1pbGVzdG9uZXM7IHRoZWlyIGluZGljZXMgYXJlIGAwLi5taWxlc3RvbmVfY291bnRgLgAAAAAAAA9taWxlc3RvbmVfY291bnQAAAAABAAAADBFdmVyeXRoaW5nIHRoYXQgbGVmdDogcGF5b3V0cywgZmVlcyBhbmQgcmVmdW5kcy4AAAAIcGFpZF9vdXQAAAALAAAANUZlZSBvbiBldmVyeSBwYXlvdXQgdG8gdGhlIHJlY2VpdmVyLCBpbiBiYXNpcyBwb2ludHMuAAAAAAAAEHBsYXRmb3JtX2ZlZV9icHMAAAAEAAAAEFdobyBtYXkgZG8gd2hhdC4AAAAFcm9sZXMAAAAAAAfQAAAABVJvbGVzAAAAAAAADFNob3J0IHRpdGxlLgAAAAV0aXRsZQAAAAAAABAAAAAbVGhlIHRva2VuIHRoZSBlc2Nyb3cgaG9sZHMuAAAAAAV0b2tlbgAAAAAAABMAAAAdU3VtIG9mIHRoZSBtaWxlc3RvbmUgYW1vdW50cy4AAAAAAAAMdG90YWxfYW1vdW50AAAACw==", "AAAAAQAAACFBIG1pbGVzdG9uZSBhcyBldmVyeW9uZSByZWFkcyBpdC4AAAAAAAAAAAAACU1pbGVzdG9uZQAAAAAAAAcAAAAYV2hhdCB0aGUgbWlsZXN0b25lIHBheXMuAAAABmFtb3VudAAAAAAACwAAAJhGYWxzZSB1bnRpbCB0aGUgYXBwcm92ZXIgYXBwcm92ZXM7IHN0YXlzIHRydWUgb25jZSBgUmVsZWFzZWRgOyBhIGRpc3B1dGUgc2V0cyBpdCBiYWNrIHRvCmZhbHNlLiBBbHdheXMgZXF1YWwgdG8gYHN0YXR1c2AgYmVpbmcgYEFwcHJvdmVkYCBvciBgUmVsZWFzZWRgLgAAAAhhcHByb3ZlZAAAAAEAAAAYV2hhdCBpcyB0byBiZSBkZWxpdmVyZWQuAAAAC2Rlc2NyaXB0aW9uAAAAABAAAABzUHJvb2Ygb2YgY29tcGxldGlvbiAoYSBVUkwsIGNvbnRlbnQgaGFzaCwgdHJhY2tpbmcgbnVtYmVyKTsgYSByZXN1Ym1pc3Npb24gd2l0aCBgTm9uZWAKa2VlcHMgdGhlIHByZXZpb3VzIGV2aWRlbmNlLgAAAAAIZXZpZGVuY2UAAAPoAAAAEAAAAFpUaGUgbGF0ZXN0IG5vdGU6IGRlbGl2ZXJ5IG5vdGVzLCBhIGNoYW5nZSByZXF1ZXN0IG9yIGEgZGlzcHV0ZSByZWFzb24sIHdob2V2ZXIgd3JvdGUgbGFzdC4AAAAAAAVub3RlcwAAAAAAA+gAAAAQAAAAKFdoZXJlIHRoZSBtaWxlc3RvbmUgaXMgaW4gaXRzIGxpZmVjeWNsZS4AAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAkTGVkZ2VyIHRpbWVzdGFtcCBvZiB0aGUgbGFzdCBjaGFuZ2UuAAAACnVwZGF0ZWRfYXQAAAAAAAY=", "AAAAAQAAACFUaGUgYXJndW1lbnRzIG9mIGBjcmVhdGVfZXNjcm93YC4AAAAAAAAAAAAACU5ld0VzY3JvdwAAAAAAAAcAAAAUQXQgbW9zdCAxIDAyNCBieXRlcy4AAAALZGVzY3JpcHRpb24AAAAAEAAAADlFeHRlcm5hbCByZWZlcmVuY2UgKGludm9pY2UsIG9yZGVyIGlkKTsgYXQgbW9zdCA2NCBieXRlcy4AAAAAAAANZW5nYWdlbWVudF9pZAAAAAAAABAAAAAjT25lIHRvIGBNQVhfTUlMRVNUT05FU2AgbWlsZXN0b25lcy4AAAAACm1pbGVzdG9uZXMAAAAAA+oAAAfQAAAADE5ld01pbGVzdG9uZQAAAEtGZWUgb24gZXZlcnkgcGF5b3V0IHRvIHRoZSByZWNlaXZlciwgaW4gYmFzaXMgcG9pbnRzOyBhdCBtb3N0IDIgMDAwICgyMCAlKS4AAAAAEHBsYXRmb3JtX2ZlZV9icHMAAAAEAAAAEFdobyBtYXkgZG8gd2hhdC4AAAAFcm9sZXMAAAAAAAfQAAAABVJvbGVzAAAAAAAAEkF0IG1vc3QgMTI4IGJ5dGVzLgAAAAAABXRpdGxlAAAAAAAAEAAAAEtUaGUgU0VQLTQxIHRva2VuIGNvbnRyYWN0IHRoZSBlc2Nyb3cgaG9sZHMgKGUuZy4gYSBTdGVsbGFyIEFzc2V0IENvbnRyYWN0KS4AAAAABXRva2VuAAAAAAAAEw==", "AAAAAQAAAB5PbmUgbWlsZXN0b25lIG9mIGEgbmV3IGVzY3Jvdy4AAAAAAAAAAAAMTmV3TWlsZXN0b25lAAAAAgAAAElXaGF0IHRoZSBtaWxlc3RvbmUgcGF5cywgaW4gdGhlIHRva2VuJ3Mgc21hbGxlc3QgdW5pdDsgZ3JlYXRlciB0aGFuIHplcm8uAAAAAAAABmFtb3VudAAAAAAACwAAACtXaGF0IGlzIHRvIGJlIGRlbGl2ZXJlZDsgYXQgbW9zdCA1MTIgYnl0ZXMuAAAAAAtkZXNjcmlwdGlvbgAAAAAQ", "AAAAAgAAAQBXaGVyZSBhIG1pbGVzdG9uZSBpcyBpbiBpdHMgbGlmZWN5Y2xlLgoKYFBlbmRpbmcg4oaSIEZvclJldmlldyDih4QgQ2hhbmdlc1JlcXVlc3RlZGAsIGBGb3JSZXZpZXcg4oaSIEFwcHJvdmVkIOKGkiBSZWxlYXNlZGAsIGFuZCBhbnkgb2YKYFBlbmRpbmdgLCBgRm9yUmV2aWV3YCwgYENoYW5nZXNSZXF1ZXN0ZWRgLCBgQXBwcm92ZWRgIOKGkiBgRGlzcHV0ZWQg4oaSIFJlc29sdmVkYC4KYFJlbGVhc2VkYCBhbmQgYFJlc29sdmVkYCBhcmUgZmluYWwuAAAAAAAAAA9NaWxlc3RvbmVTdGF0dXMAAAAABwAAAAAAAAAbQ3JlYXRlZCwgbm90IHlldCBkZWxpdmVyZWQuAAAAAAdQZW5kaW5nAAAAAAAAAABGVGhlIHNlcnZpY2UgcHJvdmlkZXIgbWFya2VkIGl0IGRvbmU7IHRoZSBhcHByb3ZlciBoYXMgbm90IGRlY2lkZWQgeWV0LgAAAAAACUZvclJldmlldwAAAAAAAAAAAABCVGhlIGFwcHJvdmVyIGFza2VkIGZvciBjaGFuZ2VzOyB0aGUgc2VydmljZSBwcm92aWRlciBtYXkgcmVzdWJtaXQuAAAAAAAQQ2hhbmdlc1JlcXVlc3RlZAAAAAAAAAA8VGhlIGFwcHJvdmVyIGFjY2VwdGVkIGl0OyB0aGUgcmVsZWFzZSBzaWduZXIgbWF5IHBheSBpdCBvdXQuAAAACEFwcHJvdmVkAAAAAAAAAE9UaGUgYXBwcm92ZXIgb3IgdGhlIHNlcnZpY2UgcHJvdmlkZXIgZGlzcHV0ZWQgaXQ7IHRoZSBkaXNwdXRlIHJlc29sdmVyIGRlY2lkZXMuAAAAAAhEaXNwdXRlZAAAAAAAAAAhUGFpZCBvdXQgdG8gdGhlIHJlY2VpdmVyIChmaW5hbCkuAAAAAAAACFJlbGVhc2VkAAAAAAAAAERUaGUgZGlzcHV0ZSB3YXMgc3BsaXQgYmV0d2VlbiB0aGUgcmVjZWl2ZXIgYW5kIHRoZSBhcHByb3ZlciAoZmluYWwpLgAAAAhSZXNvbHZlZA==", "AAAABAAAAEZXaHkgYSBjYWxsIHdhcyByZWZ1c2VkLiBFdmVyeSByZWZ1c2VkIGNhbGwgbGVhdmVzIGFsbCBzdGF0ZSBhcyBpdCB3YXMuAAAAAAAAAAAABUVycm9yAAAAAAAADAAAABZObyBlc2Nyb3cgaGFzIHRoaXMgaWQuAAAAAAAORXNjcm93Tm90Rm91bmQAAAAAAAEAAAAqVGhlIGVzY3JvdyBoYXMgbm8gbWlsZXN0b25lIGF0IHRoaXMgaW5kZXguAAAAAAARTWlsZXN0b25lTm90Rm91bmQAAAAAAAACAAAAOlRoZSBtaWxlc3RvbmUncyBjdXJyZW50IHN0YXR1cyBkb2VzIG5vdCBhbGxvdyB0aGlzIGNoYW5nZS4AAAAAABdJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbgAAAAADAAAAW2BkaXNwdXRlX21pbGVzdG9uZWAgY2FsbGVkIGJ5IHNvbWVvbmUgd2hvIGlzIG5laXRoZXIgdGhlIGFwcHJvdmVyIG5vciB0aGUgc2VydmljZSBwcm92aWRlci4AAAAACU5vdEFQYXJ0eQAAAAAAAAQAAAB9QW4gYW1vdW50IGlzIHplcm8sIG5lZ2F0aXZlLCBvciBvdXQgb2YgcmFuZ2UgKGEgdG90YWwgdGhhdCB3b3VsZCBvdmVyZmxvdyBgaTEyOGAsIGEKZGlzcHV0ZSBzcGxpdCBsYXJnZXIgdGhhbiB0aGUgbWlsZXN0b25lKS4AAAAAAAANSW52YWxpZEFtb3VudAAAAAAAAAUAAAA3YGZ1bmRfZXNjcm93YCB3b3VsZCB0YWtlIGBmdW5kZWRgIGFib3ZlIGB0b3RhbF9hbW91bnRgLgAAAAATRnVuZGluZ0V4Y2VlZHNUb3RhbAAAAAAGAAAAU1RoZSBlc2Nyb3cgaG9sZHMgbGVzcyB0aGFuIHRoZSBtaWxlc3RvbmUncyBhbW91bnQgKGBmdW5kZWQg4oiSIHBhaWRfb3V0IDwgYW1vdW50YCkuAAAAABFJbnN1ZmZpY2llbnRGdW5kcwAAAAAAAAcAAAA1YHBsYXRmb3JtX2ZlZV9icHNgIGlzIGFib3ZlIHRoZSAyIDAwMCBicHMgKDIwICUpIGNhcC4AAAAAAAAKSW52YWxpZEZlZQAAAAAACAAAAC1gY3JlYXRlX2VzY3Jvd2Agd2l0aCBhbiBlbXB0eSBtaWxlc3RvbmUgbGlzdC4AAAAAAAAMTm9NaWxlc3RvbmVzAAAACQAAADtgY3JlYXRlX2VzY3Jvd2Agd2l0aCBtb3JlIHRoYW4gYE1BWF9NSUxFU1RPTkVTYCBtaWxlc3RvbmVzLgAAAAARVG9vTWFueU1pbGVzdG9uZXMAAAAAAAAKAAAAKUEgdGV4dCBmaWVsZCBpcyBsb25nZXIgdGhhbiBpdHMgYnl0ZSBjYXAuAAAAAAAAC1RleHRUb29Mb25nAAAAAAsAAAB5VGhlIGRpc3B1dGUgcmVzb2x2ZXIgaXMgYWxzbyB0aGUgYXBwcm92ZXIsIHRoZSBzZXJ2aWNlIHByb3ZpZGVyIG9yIHRoZSByZWNlaXZlciwgb3IgYSByb2xlCmlzIHRoZSBlc2Nyb3cgY29udHJhY3QgaXRzZWxmLgAAAAAAAAxJbnZhbGlkUm9sZXMAAAAM", "AAAABQAAAD5Ub2tlbnMgd2VyZSBkZXBvc2l0ZWQuIFRvcGljczogYFsiZXNjcm93X2Z1bmRlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAAAAAxFc2Nyb3dGdW5kZWQAAAABAAAADWVzY3Jvd19mdW5kZWQAAAAAAAAEAAAAElRoZSBlc2Nyb3cgZnVuZGVkLgAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAAFldobyBwYWlkIChhbmQgc2lnbmVkKS4AAAAAAAZmdW5kZXIAAAAAABMAAAAAAAAAGFdoYXQgdGhpcyBkZXBvc2l0IGFkZGVkLgAAAAZhbW91bnQAAAAAAAsAAAAAAAAAM0V2ZXJ5dGhpbmcgZGVwb3NpdGVkIHNvIGZhciwgdGhpcyBkZXBvc2l0IGluY2x1ZGVkLgAAAAAGZnVuZGVkAAAAAAALAAAAAAAAAAI=", "AAAABQAAAEFBIG5ldyBlc2Nyb3cgd2FzIHN0b3JlZC4gVG9waWNzOiBgWyJlc2Nyb3dfY3JlYXRlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAAAAAANRXNjcm93Q3JlYXRlZAAAAAAAAAEAAAAOZXNjcm93X2NyZWF0ZWQAAAAAAAcAAAAUVGhlIG5ldyBlc2Nyb3cncyBpZC4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAqVGhlIHBsYXRmb3JtIHRoYXQgY3JlYXRlZCBpdCAoYW5kIHNpZ25lZCkuAAAAAAAIcGxhdGZvcm0AAAATAAAAAAAAACJUaGUgY2xpZW50IHdobyBmdW5kcyBhbmQgYXBwcm92ZXMuAAAAAAAIYXBwcm92ZXIAAAATAAAAAAAAABpUaGUgcHJvdmlkZXIgd2hvIGRlbGl2ZXJzLgAAAAAAEHNlcnZpY2VfcHJvdmlkZXIAAAATAAAAAAAAABNUaGUgdG9rZW4gaXQgaG9sZHMuAAAAAAV0b2tlbgAAAAAAABMAAAAAAAAAOlN1bSBvZiB0aGUgbWlsZXN0b25lIGFtb3VudHM6IHdoYXQgZnVuZGluZyBpdCBmdWxseSB0YWtlcy4AAAAAAAx0b3RhbF9hbW91bnQAAAALAAAAAAAAABVOdW1iZXIgb2YgbWlsZXN0b25lcy4AAAAAAAAPbWlsZXN0b25lX2NvdW50AAAAAAQAAAAAAAAAAg==", "AAAABQAAAEpBIGRpc3B1dGVkIG1pbGVzdG9uZSB3YXMgc3BsaXQuIFRvcGljczogYFsiZGlzcHV0ZV9yZXNvbHZlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAAAAA9EaXNwdXRlUmVzb2x2ZWQAAAAAAQAAABBkaXNwdXRlX3Jlc29sdmVkAAAACAAAABVUaGUgZXNjcm93IHBhaWQgZnJvbS4AAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAUVGhlIG1pbGVzdG9uZSBzcGxpdC4AAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAIldobyByZWNlaXZlZCB0aGUgcHJvdmlkZXIncyBzaGFyZS4AAAAAAAhyZWNlaXZlcgAAABMAAAAAAAAAOVdoYXQgdGhlIHJlY2VpdmVyIGdvdDogdGhlaXIgc2hhcmUgbGVzcyB0aGUgcGxhdGZvcm0gZmVlLgAAAAAAAA9yZWNlaXZlcl9hbW91bnQAAAAACwAAAAAAAAAVV2hvIHJlY2VpdmVkIHRoZSBmZWUuAAAAAAAACHBsYXRmb3JtAAAAEwAAAAAAAAApVGhlIHBsYXRmb3JtIGZlZSBvbiB0aGUgcmVjZWl2ZXIncyBzaGFyZS4AAAAAAAAMcGxhdGZvcm1fZmVlAAAACwAAAAAAAAATV2hvIGdvdCB0aGUgcmVmdW5kLgAAAAAIYXBwcm92ZXIAAAATAAAAAAAAAB9XaGF0IHdlbnQgYmFjayB0byB0aGUgYXBwcm92ZXIuAAAAAA1yZWZ1bmRfYW1vdW50AAAAAAAACwAAAAAAAAAC", "AAAABQAAALFUaGUgbWlsZXN0b25lLXVwZGF0ZSBldmVudDogYSBtaWxlc3RvbmUncyBzdGF0dXMgY2hhbmdlZC4gUHVibGlzaGVkIGJ5IGV2ZXJ5IHN0YXR1cwpjaGFuZ2UsIHNvIGEgcGxhdGZvcm0gY2FuIG5vdGlmeSB0aGUgb3RoZXIgcGFydHkuIFRvcGljczogYFsibWlsZXN0b25lX3VwZGF0ZWQiLCBlc2Nyb3dfaWRdYC4AAAAAAAAAAAAAEE1pbGVzdG9uZVVwZGF0ZWQAAAABAAAAEW1pbGVzdG9uZV91cGRhdGVkAAAAAAAABwAAACRUaGUgZXNjcm93IHRoZSBtaWxlc3RvbmUgYmVsb25ncyB0by4AAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAtVGhlIG1pbGVzdG9uZSdzIGluZGV4IGluIHRoZSBlc2Nyb3cgKGZyb20gMCkuAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAABdUaGUgc3RhdHVzIGl0IG1vdmVkIHRvLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAAI1RoZSBhcHByb3ZlZCBmbGFnIGFmdGVyIHRoZSBjaGFuZ2UuAAAAAAhhcHByb3ZlZAAAAAEAAAAAAAAAKlRoZSBtaWxlc3RvbmUncyBldmlkZW5jZSBhZnRlciB0aGUgY2hhbmdlLgAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAAJ1RoZSBtaWxlc3RvbmUncyBub3RlcyBhZnRlciB0aGUgY2hhbmdlLgAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAAAAAAhV2hvIG1hZGUgdGhlIGNoYW5nZSAoYW5kIHNpZ25lZCkuAAAAAAAACmNoYW5nZWRfYnkAAAAAABMAAAAAAAAAAg==", "AAAABQAAAFBBbiBhcHByb3ZlZCBtaWxlc3RvbmUgd2FzIHBhaWQgb3V0LiBUb3BpY3M6IGBbIm1pbGVzdG9uZV9yZWxlYXNlZCIsIGVzY3Jvd19pZF1gLgAAAAAAAAARTWlsZXN0b25lUmVsZWFzZWQAAAAAAAABAAAAEm1pbGVzdG9uZV9yZWxlYXNlZAAAAAAABgAAABVUaGUgZXNjcm93IHBhaWQgZnJvbS4AAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAATVGhlIG1pbGVzdG9uZSBwYWlkLgAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAGFdobyByZWNlaXZlZCB0aGUgcGF5b3V0LgAAAAhyZWNlaXZlcgAAABMAAAAAAAAARFdoYXQgdGhlIHJlY2VpdmVyIGdvdDogdGhlIG1pbGVzdG9uZSdzIGFtb3VudCBsZXNzIHRoZSBwbGF0Zm9ybSBmZWUuAAAAD3JlY2VpdmVyX2Ftb3VudAAAAAALAAAAAAAAABVXaG8gcmVjZWl2ZWQgdGhlIGZlZS4AAAAAAAAIcGxhdGZvcm0AAAATAAAAAAAAABFUaGUgcGxhdGZvcm0gZmVlLgAAAAAAAAxwbGF0Zm9ybV9mZWUAAAALAAAAAAAAAAI=", "AAAAAAAAAKBSZXBsYWNlcyB0aGUgY29udHJhY3QncyBjb2RlIHdpdGggdGhlIHVwbG9hZGVkIHdhc20gYG5ld193YXNtX2hhc2hgLiBFdmVyeSBlc2Nyb3cga2VlcHMKaXRzIHN0YXRlIGFuZCBpdHMgdG9rZW5zLgoKU2lnbnM6IHRoZSBhZG1pbiBzZXQgYXQgZGVwbG95bWVudC4gTm8gZXZlbnQuAAAAB3VwZ3JhZGUAAAAAAQAAAAAAAAANbmV3X3dhc21faGFzaAAAAAAAA+4AAAAgAAAAAA==", "AAAAAAAAARBFeHRlbmRzIGV2ZXJ5IGxlZGdlciBlbnRyeSBvZiBhbiBlc2Nyb3cgKHRoZSBlc2Nyb3cgYW5kIGFsbCBpdHMgbWlsZXN0b25lcyksIGFuZCB0aGUKY29udHJhY3QgaW5zdGFuY2UgYW5kIGNvZGUsIHRvIHRoZSBuZXR3b3JrJ3MgbWF4aW11bSB0aW1lIHRvIGxpdmUuIEtlZXBzIGFuIGlkbGUgZXNjcm93CmZyb20gYmVpbmcgYXJjaGl2ZWQuCgpTaWduczogbm9ib2R5OyB0aGUgY2FsbGVyIHBheXMgdGhlIHJlbnQuIE5vIGV2ZW50LgoKRXJyb3JzOiBgRXNjcm93Tm90Rm91bmRgLgAAAApleHRlbmRfdHRsAAAAAAABAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAERSZWFkcyBhbiBlc2Nyb3cuIEFueW9uZTsgY2hhbmdlcyBub3RoaW5nLgoKRXJyb3JzOiBgRXNjcm93Tm90Rm91bmRgLgAAAApnZXRfZXNjcm93AAAAAAABAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAA+kAAAfQAAAABkVzY3JvdwAAAAAAAw==", "AAAAAAAAAVZNb3ZlcyBgYW1vdW50YCBvZiB0aGUgZXNjcm93J3MgdG9rZW4gZnJvbSBgZnVuZGVyYCBpbnRvIHRoZSBjb250cmFjdCwgb24gdGhpcyBlc2Nyb3cncwphY2NvdW50LiBBbnlvbmUgbWF5IGZ1bmQ7IHVzdWFsbHkgdGhlIGFwcHJvdmVyLgoKU2lnbnM6IGBmdW5kZXJgIChmb3IgdGhpcyBjYWxsIGFuZCB0aGUgdG9rZW4gdHJhbnNmZXIgaXQgbWFrZXMpLiBQdWJsaXNoZXMKYEVzY3Jvd0Z1bmRlZGAuCgpFcnJvcnM6IGBFc2Nyb3dOb3RGb3VuZGAsIGBJbnZhbGlkQW1vdW50YCAo4omkIDApLCBgRnVuZGluZ0V4Y2VlZHNUb3RhbGAgKGBmdW5kZWQgKyBhbW91bnRgCmFib3ZlIGB0b3RhbF9hbW91bnRgKS4AAAAAAAtmdW5kX2VzY3JvdwAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAAZmdW5kZXIAAAAAABMAAAAAAAAABmFtb3VudAAAAAAACwAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAJVEZXBsb3lzIHRoZSBjb250cmFjdCB3aXRoIGBhZG1pbmAsIHRoZSBvbmx5IGFkZHJlc3MgdGhhdCBtYXkgYHVwZ3JhZGVgIGl0LgoKU2lnbnM6IHRoZSBkZXBsb3llciAodGhlIGRlcGxveSB0cmFuc2FjdGlvbikuIFN0b3JlcyB0aGUgYWRtaW4uIE5vIGV2ZW50LgAAAAAAAA1fX2NvbnN0cnVjdG9yAAAAAAAAAQAAAAAAAAAFYWRtaW4AAAAAAAATAAAAAA==", "AAAAAAAAAepTdG9yZXMgYSBuZXcgZXNjcm93IHdpdGggZXZlcnkgbWlsZXN0b25lIGBQZW5kaW5nYCBhbmQgYGFwcHJvdmVkID0gZmFsc2VgLCBhbmQgcmV0dXJucyBpdHMKaWQgKDEgZm9yIHRoZSBmaXJzdCBlc2Nyb3csIHRoZW4gMiwgMywg4oCmKS4KClNpZ25zOiBgZXNjcm93LnJvbGVzLnBsYXRmb3JtYC4gUHVibGlzaGVzIGBFc2Nyb3dDcmVhdGVkYC4KCkVycm9yczogYE5vTWlsZXN0b25lc2AsIGBUb29NYW55TWlsZXN0b25lc2AgKG1vcmUgdGhhbiA1MCksIGBJbnZhbGlkRmVlYCAoYWJvdmUgMiAwMDAgYnBzKSwKYEludmFsaWRSb2xlc2AgKHRoZSBkaXNwdXRlIHJlc29sdmVyIGlzIHRoZSBhcHByb3Zlciwgc2VydmljZSBwcm92aWRlciBvciByZWNlaXZlciwgb3IgYQpyb2xlIGlzIHRoaXMgY29udHJhY3QpLCBgVGV4dFRvb0xvbmdgLCBgSW52YWxpZEFtb3VudGAgKGEgbWlsZXN0b25lIGFtb3VudCDiiaQgMCwgb3IgYQp0b3RhbCBhYm92ZSBgaTEyODo6TUFYYCkuAAAAAAANY3JlYXRlX2VzY3JvdwAAAAAAAAEAAAAAAAAABmVzY3JvdwAAAAAH0AAAAAlOZXdFc2Nyb3cAAAAAAAABAAAD6QAAAAYAAAAD", "AAAAAAAAAF1SZWFkcyBvbmUgbWlsZXN0b25lLiBBbnlvbmU7IGNoYW5nZXMgbm90aGluZy4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYE1pbGVzdG9uZU5vdEZvdW5kYC4AAAAAAAANZ2V0X21pbGVzdG9uZQAAAAAAAAIAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAQAAA+kAAAfQAAAACU1pbGVzdG9uZQAAAAAAAAM=", "AAAAAAAAAGdSZWFkcyBldmVyeSBtaWxlc3RvbmUgb2YgYW4gZXNjcm93LCBpbiBpbmRleCBvcmRlci4gQW55b25lOyBjaGFuZ2VzIG5vdGhpbmcuCgpFcnJvcnM6IGBFc2Nyb3dOb3RGb3VuZGAuAAAAAA5nZXRfbWlsZXN0b25lcwAAAAAAAQAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAPpAAAD6gAAB9AAAAAJTWlsZXN0b25lAAAAAAAAAw==", "AAAAAAAAAUZTZW5kcyBhIG1pbGVzdG9uZSBiYWNrIHRvIHRoZSBzZXJ2aWNlIHByb3ZpZGVyOiBgRm9yUmV2aWV3YCDihpIgYENoYW5nZXNSZXF1ZXN0ZWRgLiBTdG9yZXMKYG5vdGVzYCBhcyB0aGUgbWlsZXN0b25lJ3MgbGF0ZXN0IG5vdGUgKGBOb25lYCBjbGVhcnMgaXQpLgoKU2lnbnM6IHRoZSBzdG9yZWQgYGFwcHJvdmVyYC4gUHVibGlzaGVzIGBNaWxlc3RvbmVVcGRhdGVkYC4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYFRleHRUb29Mb25nYCAobm90ZXMgYWJvdmUgMSAwMjQgYnl0ZXMpLCBgTWlsZXN0b25lTm90Rm91bmRgLApgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gLgAAAAAAD3JlcXVlc3RfY2hhbmdlcwAAAAADAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAFbm90ZXMAAAAAAAPoAAAAEAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAcVTcGxpdHMgYSBkaXNwdXRlZCBtaWxlc3RvbmU6IGBEaXNwdXRlZGAg4oaSIGBSZXNvbHZlZGAuIFBheXMgYHJlY2VpdmVyX2Ftb3VudGAgbGVzcyB0aGUKcGxhdGZvcm0gZmVlIG9uIGl0IHRvIHRoZSByZWNlaXZlciwgdGhlIGZlZSB0byB0aGUgcGxhdGZvcm0sIGFuZCByZWZ1bmRzCmBhbW91bnQg4oiSIHJlY2VpdmVyX2Ftb3VudGAgdG8gdGhlIGFwcHJvdmVyLgoKU2lnbnM6IHRoZSBzdG9yZWQgYGRpc3B1dGVfcmVzb2x2ZXJgLiBQdWJsaXNoZXMgYE1pbGVzdG9uZVVwZGF0ZWRgLCB0aGVuCmBEaXNwdXRlUmVzb2x2ZWRgLgoKRXJyb3JzOiBgRXNjcm93Tm90Rm91bmRgLCBgTWlsZXN0b25lTm90Rm91bmRgLCBgSW52YWxpZFN0YXR1c1RyYW5zaXRpb25gLApgSW52YWxpZEFtb3VudGAgKGByZWNlaXZlcl9hbW91bnRgIG91dHNpZGUgYDAuLj1hbW91bnRgKSwgYEluc3VmZmljaWVudEZ1bmRzYC4AAAAAAAAPcmVzb2x2ZV9kaXNwdXRlAAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAA9yZWNlaXZlcl9hbW91bnQAAAAACwAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAPNBY2NlcHRzIGEgbWlsZXN0b25lOiBgRm9yUmV2aWV3YCDihpIgYEFwcHJvdmVkYCwgYGFwcHJvdmVkID0gdHJ1ZWAuIFRoZSByZWxlYXNlIHNpZ25lciBtYXkKdGhlbiBwYXkgaXQgb3V0LgoKU2lnbnM6IHRoZSBzdG9yZWQgYGFwcHJvdmVyYC4gUHVibGlzaGVzIGBNaWxlc3RvbmVVcGRhdGVkYC4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYE1pbGVzdG9uZU5vdEZvdW5kYCwgYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYC4AAAAAEWFwcHJvdmVfbWlsZXN0b25lAAAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAAbFEaXNwdXRlcyBhIG1pbGVzdG9uZTogYW55IG9mIGBQZW5kaW5nYCwgYEZvclJldmlld2AsIGBDaGFuZ2VzUmVxdWVzdGVkYCwgYEFwcHJvdmVkYCDihpIKYERpc3B1dGVkYCwgYGFwcHJvdmVkID0gZmFsc2VgLiBgcmVhc29uYCBiZWNvbWVzIHRoZSBtaWxlc3RvbmUncyBsYXRlc3Qgbm90ZS4gVGhlIGRpc3B1dGUKcmVzb2x2ZXIgdGhlbiBzcGxpdHMgaXQuCgpTaWduczogYGNhbGxlcmAsIHdobyBtdXN0IGJlIHRoZSBzdG9yZWQgYXBwcm92ZXIgb3Igc2VydmljZSBwcm92aWRlci4gUHVibGlzaGVzCmBNaWxlc3RvbmVVcGRhdGVkYC4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYE5vdEFQYXJ0eWAsIGBUZXh0VG9vTG9uZ2AgKHJlYXNvbiBhYm92ZSAxIDAyNCBieXRlcyksCmBNaWxlc3RvbmVOb3RGb3VuZGAsIGBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbmAuAAAAAAAAEWRpc3B1dGVfbWlsZXN0b25lAAAAAAAABAAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAABmNhbGxlcgAAAAAAEwAAAAAAAAAGcmVhc29uAAAAAAAQAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAaJQYXlzIGFuIGFwcHJvdmVkIG1pbGVzdG9uZSBvdXQ6IGBBcHByb3ZlZGAg4oaSIGBSZWxlYXNlZGAuIFNlbmRzIGBhbW91bnQg4oiSIGZlZWAgdG8gdGhlCnJlY2VpdmVyIGFuZCBgZmVlID0gYW1vdW50IMOXIHBsYXRmb3JtX2ZlZV9icHMgLyAxMCAwMDBgIChyb3VuZGVkIGRvd24pIHRvIHRoZSBwbGF0Zm9ybS4KClNpZ25zOiB0aGUgc3RvcmVkIGByZWxlYXNlX3NpZ25lcmAuIFB1Ymxpc2hlcyBgTWlsZXN0b25lVXBkYXRlZGAsIHRoZW4KYE1pbGVzdG9uZVJlbGVhc2VkYC4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYE1pbGVzdG9uZU5vdEZvdW5kYCwgYEludmFsaWRTdGF0dXNUcmFuc2l0aW9uYCwKYEluc3VmZmljaWVudEZ1bmRzYCAodGhlIGVzY3JvdyBob2xkcyBsZXNzIHRoYW4gdGhlIG1pbGVzdG9uZSdzIGFtb3VudCkuAAAAAAARcmVsZWFzZV9taWxlc3RvbmUAAAAAAAACAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAdVNYXJrcyBhIG1pbGVzdG9uZSBkb25lOiBgbmV3X3N0YXR1c2AgbXVzdCBiZSBgRm9yUmV2aWV3YDsgYWxsb3dlZCBmcm9tIGBQZW5kaW5nYCwKYENoYW5nZXNSZXF1ZXN0ZWRgIGFuZCBgRm9yUmV2aWV3YCAoYSByZXN1Ym1pc3Npb24pLiBgYXBwcm92ZWRgIHN0YXlzIGBmYWxzZWAuIFN0b3JlcwpgZXZpZGVuY2VgIChgTm9uZWAga2VlcHMgdGhlIHByZXZpb3VzIGV2aWRlbmNlKSBhbmQgYG5vdGVzYCAodGhlIGxhdGVzdCBub3RlLCBgTm9uZWAgY2xlYXJzCml0KS4KClNpZ25zOiB0aGUgc3RvcmVkIGBzZXJ2aWNlX3Byb3ZpZGVyYC4gUHVibGlzaGVzIGBNaWxlc3RvbmVVcGRhdGVkYC4KCkVycm9yczogYEVzY3Jvd05vdEZvdW5kYCwgYFRleHRUb29Mb25nYCAoZXZpZGVuY2UgYWJvdmUgNTEyIGJ5dGVzLCBub3RlcyBhYm92ZSAxIDAyNCksCmBNaWxlc3RvbmVOb3RGb3VuZGAsIGBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbmAuAAAAAAAAF2NoYW5nZV9taWxlc3RvbmVfc3RhdHVzAAAAAAUAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAApuZXdfc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAABW5vdGVzAAAAAAAD6AAAABAAAAABAAAD6QAAAAIAAAAD"]),
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