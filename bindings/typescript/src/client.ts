import {Escrow, NewEscrow, Milestone, MilestoneStatus, ContractEvent} from './types.js';
import {Result, Spec, AssembledTransaction, Client as ContractClient, ClientOptions as ContractClientOptions, MethodOptions, ExternalExecutableRef} from '@stellar/stellar-sdk/contract';
import {Address, xdr} from '@stellar/stellar-sdk';

export interface Client {
  /**
   * Sets code to new_wasm_hash; state kept. Signs: admin.
   */
  upgrade(args: { new_wasm_hash: Uint8Array }, options?: MethodOptions): Promise<AssembledTransaction<void>>;
  /**
   * Bumps escrow, instance, code TTL to max; anyone. Errors: EscrowNotFound.
   */
  extend_ttl(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Reads an escrow. Errors: EscrowNotFound.
   */
  get_escrow(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Escrow, Error>>>;
  /**
   * Deposits amount (anyone). Signs: funder. Event: escrow_funded. Errors: EscrowNotFound,
   * InvalidAmount, FundingExceedsTotal.
   */
  fund_escrow(args: { escrow_id: bigint; funder: string | Address; amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * New escrow (milestones Pending); returns id. Signs: platform. Event: escrow_created. Errors:
   * NoMilestones, TooManyMilestones, InvalidFee, InvalidRoles, TextTooLong, InvalidAmount.
   */
  create_escrow(args: { escrow: NewEscrow }, options?: MethodOptions): Promise<AssembledTransaction<Result<bigint, Error>>>;
  /**
   * Reads a milestone. Errors: EscrowNotFound, MilestoneNotFound.
   */
  get_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<Milestone, Error>>>;
  /**
   * Reads all milestones. Errors: EscrowNotFound.
   */
  get_milestones(args: { escrow_id: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<Array<Milestone>, Error>>>;
  /**
   * ForReview -> ChangesRequested; sets notes. Signs: approver. Event: milestone_updated.
   * Errors: EscrowNotFound, TextTooLong, MilestoneNotFound, InvalidStatusTransition.
   */
  request_changes(args: { escrow_id: bigint; milestone_index: number; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Disputed -> Resolved; receiver_amount - fee to receiver, fee to platform, rest refunded.
   * Signs: dispute_resolver. Events: milestone_updated, dispute_resolved. Errors:
   * EscrowNotFound, MilestoneNotFound, InvalidStatusTransition, InvalidAmount,
   * InsufficientFunds.
   */
  resolve_dispute(args: { escrow_id: bigint; milestone_index: number; receiver_amount: bigint }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * ForReview -> Approved. Signs: approver. Event: milestone_updated. Errors: EscrowNotFound,
   * MilestoneNotFound, InvalidStatusTransition.
   */
  approve_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Pending|ForReview|ChangesRequested|Approved -> Disputed; notes = reason. Signs: approver or
   * provider. Event: milestone_updated. Errors: EscrowNotFound, NotAParty, TextTooLong,
   * MilestoneNotFound, InvalidStatusTransition.
   */
  dispute_milestone(args: { escrow_id: bigint; milestone_index: number; caller: string | Address; reason: string }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Approved -> Released; amount - fee to receiver, fee to platform. Signs: release_signer.
   * Events: milestone_updated, milestone_released. Errors: EscrowNotFound, MilestoneNotFound,
   * InvalidStatusTransition, InsufficientFunds.
   */
  release_milestone(args: { escrow_id: bigint; milestone_index: number }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
  /**
   * Pending|ChangesRequested|ForReview -> ForReview; sets evidence (None keeps) and notes.
   * Signs: service_provider. Event: milestone_updated. Errors: EscrowNotFound, TextTooLong,
   * MilestoneNotFound, InvalidStatusTransition.
   */
  change_milestone_status(args: { escrow_id: bigint; milestone_index: number; new_status: MilestoneStatus; evidence: string | null; notes: string | null }, options?: MethodOptions): Promise<AssembledTransaction<Result<null, Error>>>;
}

export class Client extends ContractClient {
  constructor(public readonly options: ContractClientOptions) {
    super(
      new Spec(["AAAAAQAAAAhQYXJ0aWVzLgAAAAAAAAAFUm9sZXMAAAAAAAAGAAAAEUNsaWVudDsgcmVmdW5kZWQuAAAAAAAACGFwcHJvdmVyAAAAEwAAABBTcGxpdHMgZGlzcHV0ZXMuAAAAEGRpc3B1dGVfcmVzb2x2ZXIAAAATAAAAE0NyZWF0b3I7IGdldHMgZmVlcy4AAAAACHBsYXRmb3JtAAAAEwAAAA1HZXRzIHBheW91dHMuAAAAAAAACHJlY2VpdmVyAAAAEwAAABFSZWxlYXNlcyBwYXlvdXRzLgAAAAAAAA5yZWxlYXNlX3NpZ25lcgAAAAAAEwAAAA5Eb2VzIHRoZSB3b3JrLgAAAAAAEHNlcnZpY2VfcHJvdmlkZXIAAAAT", "AAAAAQAAAApBbiBlc2Nyb3cuAAAAAAAAAAAABkVzY3JvdwAAAAAACwAAAAhEZXRhaWxzLgAAAAtkZXNjcmlwdGlvbgAAAAAQAAAADUV4dGVybmFsIHJlZi4AAAAAAAANZW5nYWdlbWVudF9pZAAAAAAAABAAAAAKRGVwb3NpdGVkLgAAAAAABmZ1bmRlZAAAAAAACwAAAAtJZCwgZnJvbSAxLgAAAAACaWQAAAAAAAYAAAALTWlsZXN0b25lcy4AAAAAD21pbGVzdG9uZV9jb3VudAAAAAAEAAAAFFBhaWQsIGZlZXMsIHJlZnVuZHMuAAAACHBhaWRfb3V0AAAACwAAAAlGZWUsIGJwcy4AAAAAAAAQcGxhdGZvcm1fZmVlX2JwcwAAAAQAAAAIUGFydGllcy4AAAAFcm9sZXMAAAAAAAfQAAAABVJvbGVzAAAAAAAABlRpdGxlLgAAAAAABXRpdGxlAAAAAAAAEAAAAAtUb2tlbiBoZWxkLgAAAAAFdG9rZW4AAAAAAAATAAAAD1N1bSBvZiBhbW91bnRzLgAAAAAMdG90YWxfYW1vdW50AAAACw==", "AAAAAQAAAAxBIG1pbGVzdG9uZS4AAAAAAAAACU1pbGVzdG9uZQAAAAAAAAcAAAAIUGF5bWVudC4AAAAGYW1vdW50AAAAAAALAAAAEkFwcHJvdmVkL1JlbGVhc2VkLgAAAAAACGFwcHJvdmVkAAAAAQAAAAxEZWxpdmVyYWJsZS4AAAALZGVzY3JpcHRpb24AAAAAEAAAAA5Qcm9vZiBvZiB3b3JrLgAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAMTGF0ZXN0IG5vdGUuAAAABW5vdGVzAAAAAAAD6AAAABAAAAAHU3RhdHVzLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAMTGFzdCBjaGFuZ2UuAAAACnVwZGF0ZWRfYXQAAAAAAAY=", "AAAAAQAAABFFc2Nyb3cgdG8gY3JlYXRlLgAAAAAAAAAAAAAJTmV3RXNjcm93AAAAAAAABwAAAA88PSAxIDAyNCBieXRlcy4AAAAAC2Rlc2NyaXB0aW9uAAAAABAAAAARUmVmOyA8PSA2NCBieXRlcy4AAAAAAAANZW5nYWdlbWVudF9pZAAAAAAAABAAAAAIMSB0byA1MC4AAAAKbWlsZXN0b25lcwAAAAAD6gAAB9AAAAAMTmV3TWlsZXN0b25lAAAAE0ZlZSwgYnBzOyA8PSAyIDAwMC4AAAAAEHBsYXRmb3JtX2ZlZV9icHMAAAAEAAAACFBhcnRpZXMuAAAABXJvbGVzAAAAAAAH0AAAAAVSb2xlcwAAAAAAAA08PSAxMjggYnl0ZXMuAAAAAAAABXRpdGxlAAAAAAAAEAAAAA1TRVAtNDEgdG9rZW4uAAAAAAAABXRva2VuAAAAAAAAEw==", "AAAAAQAAABBBIG5ldyBtaWxlc3RvbmUuAAAAAAAAAAxOZXdNaWxlc3RvbmUAAAACAAAADVBheW1lbnQ7ID4gMC4AAAAAAAAGYW1vdW50AAAAAAALAAAADTw9IDUxMiBieXRlcy4AAAAAAAALZGVzY3JpcHRpb24AAAAAEA==", "AAAAAgAAABFNaWxlc3RvbmUgc3RhdHVzLgAAAAAAAAAAAAAPTWlsZXN0b25lU3RhdHVzAAAAAAcAAAAAAAAACENyZWF0ZWQuAAAAB1BlbmRpbmcAAAAAAAAAAApJbiByZXZpZXcuAAAAAAAJRm9yUmV2aWV3AAAAAAAAAAAAAA5DaGFuZ2VzIGFza2VkLgAAAAAAEENoYW5nZXNSZXF1ZXN0ZWQAAAAAAAAAC1JlbGVhc2FibGUuAAAAAAhBcHByb3ZlZAAAAAAAAAALVG8gcmVzb2x2ZS4AAAAACERpc3B1dGVkAAAAAAAAAA1QYWlkIChmaW5hbCkuAAAAAAAACFJlbGVhc2VkAAAAAAAAAA5TcGxpdCAoZmluYWwpLgAAAAAACFJlc29sdmVk", "AAAABAAAABBSZWZ1c2FsIHJlYXNvbnMuAAAAAAAAAAVFcnJvcgAAAAAAAAwAAAAPVW5rbm93biBlc2Nyb3cuAAAAAA5Fc2Nyb3dOb3RGb3VuZAAAAAAAAQAAABJVbmtub3duIG1pbGVzdG9uZS4AAAAAABFNaWxlc3RvbmVOb3RGb3VuZAAAAAAAAAIAAAAPQmFkIHRyYW5zaXRpb24uAAAAABdJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbgAAAAADAAAADE5vdCBhIHBhcnR5LgAAAAlOb3RBUGFydHkAAAAAAAAEAAAAF0Ftb3VudCA8PSAwIG9yIHRvbyBiaWcuAAAAAA1JbnZhbGlkQW1vdW50AAAAAAAABQAAAAtPdmVyIHRvdGFsLgAAAAATRnVuZGluZ0V4Y2VlZHNUb3RhbAAAAAAGAAAADFVuZGVyZnVuZGVkLgAAABFJbnN1ZmZpY2llbnRGdW5kcwAAAAAAAAcAAAAQRmVlID4gMiAwMDAgYnBzLgAAAApJbnZhbGlkRmVlAAAAAAAIAAAAC0VtcHR5IGxpc3QuAAAAAAxOb01pbGVzdG9uZXMAAAAJAAAACE92ZXIgNTAuAAAAEVRvb01hbnlNaWxlc3RvbmVzAAAAAAAACgAAAA5PdmVyIGJ5dGUgY2FwLgAAAAAAC1RleHRUb29Mb25nAAAAAAsAAAAiUmVzb2x2ZXIgaXMgcGFydHkgb3Igcm9sZSBpcyBzZWxmLgAAAAAADEludmFsaWRSb2xlcwAAAAw=", "AAAABQAAAAhEZXBvc2l0LgAAAAAAAAAMRXNjcm93RnVuZGVkAAAAAQAAAA1lc2Nyb3dfZnVuZGVkAAAAAAAABAAAAApFc2Nyb3cgaWQuAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAGUGF5ZXIuAAAAAAAGZnVuZGVyAAAAAAATAAAAAAAAAApEZXBvc2l0ZWQuAAAAAAAGYW1vdW50AAAAAAALAAAAAAAAAA1Ub3RhbCBmdW5kZWQuAAAAAAAABmZ1bmRlZAAAAAAACwAAAAAAAAAC", "AAAABQAAAA9Fc2Nyb3cgY3JlYXRlZC4AAAAAAAAAAA1Fc2Nyb3dDcmVhdGVkAAAAAAAAAQAAAA5lc2Nyb3dfY3JlYXRlZAAAAAAABwAAAApFc2Nyb3cgaWQuAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAIQ3JlYXRvci4AAAAIcGxhdGZvcm0AAAATAAAAAAAAAAdDbGllbnQuAAAAAAhhcHByb3ZlcgAAABMAAAAAAAAACVByb3ZpZGVyLgAAAAAAABBzZXJ2aWNlX3Byb3ZpZGVyAAAAEwAAAAAAAAAGVG9rZW4uAAAAAAAFdG9rZW4AAAAAAAATAAAAAAAAAA9TdW0gb2YgYW1vdW50cy4AAAAADHRvdGFsX2Ftb3VudAAAAAsAAAAAAAAAC01pbGVzdG9uZXMuAAAAAA9taWxlc3RvbmVfY291bnQAAAAABAAAAAAAAAAC", "AAAABQAAAA5EaXNwdXRlIHNwbGl0LgAAAAAAAAAAAA9EaXNwdXRlUmVzb2x2ZWQAAAAAAQAAABBkaXNwdXRlX3Jlc29sdmVkAAAACAAAAApFc2Nyb3cgaWQuAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAAGSW5kZXguAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAABlBheWVlLgAAAAAACHJlY2VpdmVyAAAAEwAAAAAAAAAPU2hhcmUgbGVzcyBmZWUuAAAAAA9yZWNlaXZlcl9hbW91bnQAAAAACwAAAAAAAAAKRmVlIHBheWVlLgAAAAAACHBsYXRmb3JtAAAAEwAAAAAAAAAERmVlLgAAAAxwbGF0Zm9ybV9mZWUAAAALAAAAAAAAAAlSZWZ1bmRlZS4AAAAAAAAIYXBwcm92ZXIAAAATAAAAAAAAAAdSZWZ1bmQuAAAAAA1yZWZ1bmRfYW1vdW50AAAAAAAACwAAAAAAAAAC", "AAAABQAAAA9TdGF0dXMgY2hhbmdlZC4AAAAAAAAAABBNaWxlc3RvbmVVcGRhdGVkAAAAAQAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAAAAAAcAAAAKRXNjcm93IGlkLgAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAABkluZGV4LgAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAAtOZXcgc3RhdHVzLgAAAAAGc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAADkFwcHJvdmVkIGZsYWcuAAAAAAAIYXBwcm92ZWQAAAABAAAAAAAAAA1FdmlkZW5jZSBub3cuAAAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAACk5vdGVzIG5vdy4AAAAAAAVub3RlcwAAAAAAA+gAAAAQAAAAAAAAAAdTaWduZXIuAAAAAApjaGFuZ2VkX2J5AAAAAAATAAAAAAAAAAI=", "AAAABQAAAA9NaWxlc3RvbmUgcGFpZC4AAAAAAAAAABFNaWxlc3RvbmVSZWxlYXNlZAAAAAAAAAEAAAASbWlsZXN0b25lX3JlbGVhc2VkAAAAAAAGAAAACkVzY3JvdyBpZC4AAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAQAAAAZJbmRleC4AAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAAAAAAGUGF5ZWUuAAAAAAAIcmVjZWl2ZXIAAAATAAAAAAAAABBBbW91bnQgbGVzcyBmZWUuAAAAD3JlY2VpdmVyX2Ftb3VudAAAAAALAAAAAAAAAApGZWUgcGF5ZWUuAAAAAAAIcGxhdGZvcm0AAAATAAAAAAAAAARGZWUuAAAADHBsYXRmb3JtX2ZlZQAAAAsAAAAAAAAAAg==", "AAAAAAAAADVTZXRzIGNvZGUgdG8gbmV3X3dhc21faGFzaDsgc3RhdGUga2VwdC4gU2lnbnM6IGFkbWluLgAAAAAAAAd1cGdyYWRlAAAAAAEAAAAAAAAADW5ld193YXNtX2hhc2gAAAAAAAPuAAAAIAAAAAA=", "AAAAAAAAAEhCdW1wcyBlc2Nyb3csIGluc3RhbmNlLCBjb2RlIFRUTCB0byBtYXg7IGFueW9uZS4gRXJyb3JzOiBFc2Nyb3dOb3RGb3VuZC4AAAAKZXh0ZW5kX3R0bAAAAAAAAQAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAEAAAPpAAAAAgAAAAM=", "AAAAAAAAAChSZWFkcyBhbiBlc2Nyb3cuIEVycm9yczogRXNjcm93Tm90Rm91bmQuAAAACmdldF9lc2Nyb3cAAAAAAAEAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAD6QAAB9AAAAAGRXNjcm93AAAAAAAD", "AAAAAAAAAHpEZXBvc2l0cyBhbW91bnQgKGFueW9uZSkuIFNpZ25zOiBmdW5kZXIuIEV2ZW50OiBlc2Nyb3dfZnVuZGVkLiBFcnJvcnM6IEVzY3Jvd05vdEZvdW5kLApJbnZhbGlkQW1vdW50LCBGdW5kaW5nRXhjZWVkc1RvdGFsLgAAAAAAC2Z1bmRfZXNjcm93AAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAABmZ1bmRlcgAAAAAAEwAAAAAAAAAGYW1vdW50AAAAAAALAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAC1TZXRzIGFkbWluLCB3aG8gbWF5IHVwZ3JhZGUuIFNpZ25zOiBkZXBsb3llci4AAAAAAAANX19jb25zdHJ1Y3RvcgAAAAAAAAEAAAAAAAAABWFkbWluAAAAAAAAEwAAAAA=", "AAAAAAAAALNOZXcgZXNjcm93IChtaWxlc3RvbmVzIFBlbmRpbmcpOyByZXR1cm5zIGlkLiBTaWduczogcGxhdGZvcm0uIEV2ZW50OiBlc2Nyb3dfY3JlYXRlZC4gRXJyb3JzOgpOb01pbGVzdG9uZXMsIFRvb01hbnlNaWxlc3RvbmVzLCBJbnZhbGlkRmVlLCBJbnZhbGlkUm9sZXMsIFRleHRUb29Mb25nLCBJbnZhbGlkQW1vdW50LgAAAAANY3JlYXRlX2VzY3JvdwAAAAAAAAEAAAAAAAAABmVzY3JvdwAAAAAH0AAAAAlOZXdFc2Nyb3cAAAAAAAABAAAD6QAAAAYAAAAD", "AAAAAAAAAD1SZWFkcyBhIG1pbGVzdG9uZS4gRXJyb3JzOiBFc2Nyb3dOb3RGb3VuZCwgTWlsZXN0b25lTm90Rm91bmQuAAAAAAAADWdldF9taWxlc3RvbmUAAAAAAAACAAAAAAAAAAllc2Nyb3dfaWQAAAAAAAAGAAAAAAAAAA9taWxlc3RvbmVfaW5kZXgAAAAABAAAAAEAAAPpAAAH0AAAAAlNaWxlc3RvbmUAAAAAAAAD", "AAAAAAAAAC1SZWFkcyBhbGwgbWlsZXN0b25lcy4gRXJyb3JzOiBFc2Nyb3dOb3RGb3VuZC4AAAAAAAAOZ2V0X21pbGVzdG9uZXMAAAAAAAEAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAABAAAD6QAAA+oAAAfQAAAACU1pbGVzdG9uZQAAAAAAAAM=", "AAAAAAAAAKZGb3JSZXZpZXcgLT4gQ2hhbmdlc1JlcXVlc3RlZDsgc2V0cyBub3Rlcy4gU2lnbnM6IGFwcHJvdmVyLiBFdmVudDogbWlsZXN0b25lX3VwZGF0ZWQuCkVycm9yczogRXNjcm93Tm90Rm91bmQsIFRleHRUb29Mb25nLCBNaWxlc3RvbmVOb3RGb3VuZCwgSW52YWxpZFN0YXR1c1RyYW5zaXRpb24uAAAAAAAPcmVxdWVzdF9jaGFuZ2VzAAAAAAMAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAAVub3RlcwAAAAAAA+gAAAAQAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAQREaXNwdXRlZCAtPiBSZXNvbHZlZDsgcmVjZWl2ZXJfYW1vdW50IC0gZmVlIHRvIHJlY2VpdmVyLCBmZWUgdG8gcGxhdGZvcm0sIHJlc3QgcmVmdW5kZWQuClNpZ25zOiBkaXNwdXRlX3Jlc29sdmVyLiBFdmVudHM6IG1pbGVzdG9uZV91cGRhdGVkLCBkaXNwdXRlX3Jlc29sdmVkLiBFcnJvcnM6CkVzY3Jvd05vdEZvdW5kLCBNaWxlc3RvbmVOb3RGb3VuZCwgSW52YWxpZFN0YXR1c1RyYW5zaXRpb24sIEludmFsaWRBbW91bnQsCkluc3VmZmljaWVudEZ1bmRzLgAAAA9yZXNvbHZlX2Rpc3B1dGUAAAAAAwAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAAD3JlY2VpdmVyX2Ftb3VudAAAAAALAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAIVGb3JSZXZpZXcgLT4gQXBwcm92ZWQuIFNpZ25zOiBhcHByb3Zlci4gRXZlbnQ6IG1pbGVzdG9uZV91cGRhdGVkLiBFcnJvcnM6IEVzY3Jvd05vdEZvdW5kLApNaWxlc3RvbmVOb3RGb3VuZCwgSW52YWxpZFN0YXR1c1RyYW5zaXRpb24uAAAAAAAAEWFwcHJvdmVfbWlsZXN0b25lAAAAAAAAAgAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAABAAAD6QAAAAIAAAAD", "AAAAAAAAANtQZW5kaW5nfEZvclJldmlld3xDaGFuZ2VzUmVxdWVzdGVkfEFwcHJvdmVkIC0+IERpc3B1dGVkOyBub3RlcyA9IHJlYXNvbi4gU2lnbnM6IGFwcHJvdmVyIG9yCnByb3ZpZGVyLiBFdmVudDogbWlsZXN0b25lX3VwZGF0ZWQuIEVycm9yczogRXNjcm93Tm90Rm91bmQsIE5vdEFQYXJ0eSwgVGV4dFRvb0xvbmcsCk1pbGVzdG9uZU5vdEZvdW5kLCBJbnZhbGlkU3RhdHVzVHJhbnNpdGlvbi4AAAAAEWRpc3B1dGVfbWlsZXN0b25lAAAAAAAABAAAAAAAAAAJZXNjcm93X2lkAAAAAAAABgAAAAAAAAAPbWlsZXN0b25lX2luZGV4AAAAAAQAAAAAAAAABmNhbGxlcgAAAAAAEwAAAAAAAAAGcmVhc29uAAAAAAAQAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAAN1BcHByb3ZlZCAtPiBSZWxlYXNlZDsgYW1vdW50IC0gZmVlIHRvIHJlY2VpdmVyLCBmZWUgdG8gcGxhdGZvcm0uIFNpZ25zOiByZWxlYXNlX3NpZ25lci4KRXZlbnRzOiBtaWxlc3RvbmVfdXBkYXRlZCwgbWlsZXN0b25lX3JlbGVhc2VkLiBFcnJvcnM6IEVzY3Jvd05vdEZvdW5kLCBNaWxlc3RvbmVOb3RGb3VuZCwKSW52YWxpZFN0YXR1c1RyYW5zaXRpb24sIEluc3VmZmljaWVudEZ1bmRzLgAAAAAAABFyZWxlYXNlX21pbGVzdG9uZQAAAAAAAAIAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAQAAA+kAAAACAAAAAw==", "AAAAAAAAANpQZW5kaW5nfENoYW5nZXNSZXF1ZXN0ZWR8Rm9yUmV2aWV3IC0+IEZvclJldmlldzsgc2V0cyBldmlkZW5jZSAoTm9uZSBrZWVwcykgYW5kIG5vdGVzLgpTaWduczogc2VydmljZV9wcm92aWRlci4gRXZlbnQ6IG1pbGVzdG9uZV91cGRhdGVkLiBFcnJvcnM6IEVzY3Jvd05vdEZvdW5kLCBUZXh0VG9vTG9uZywKTWlsZXN0b25lTm90Rm91bmQsIEludmFsaWRTdGF0dXNUcmFuc2l0aW9uLgAAAAAAF2NoYW5nZV9taWxlc3RvbmVfc3RhdHVzAAAAAAUAAAAAAAAACWVzY3Jvd19pZAAAAAAAAAYAAAAAAAAAD21pbGVzdG9uZV9pbmRleAAAAAAEAAAAAAAAAApuZXdfc3RhdHVzAAAAAAfQAAAAD01pbGVzdG9uZVN0YXR1cwAAAAAAAAAACGV2aWRlbmNlAAAD6AAAABAAAAAAAAAABW5vdGVzAAAAAAAD6AAAABAAAAABAAAD6QAAAAIAAAAD"]),
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