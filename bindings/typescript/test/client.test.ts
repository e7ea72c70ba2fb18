// The generated client and the shipped contract agree, offline.
//
// `integration-tests/tests/client_fixtures.rs` ran the escrow's story on the shipped wasm and
// recorded, as base64 XDR, the arguments of every call, what each returned and every event
// the contract published, with the ledger time of each call (fixtures/story.json). Here the
// generated client's spec encodes the same arguments, written as a frontend writes them
// (typed by the client's own method signatures), and must produce the same bytes; and it
// decodes the returned Escrow, Milestone and Milestone list and every event into the
// generated types, field by field. No RPC server: the client's `Spec` works from the spec
// embedded in the generated code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  Client,
  type ContractEvent,
  type Escrow,
  type Milestone,
  type MilestoneStatus,
  type NewMilestone,
  type SettlementKind,
} from "../src/index.js";

interface Recorded {
  fn: string;
  signer: string;
  timestamp: number;
  args: { name: string; xdr: string }[];
  result: string;
  events: { topics: string[]; data: string }[];
}
type Party =
  | "admin"
  | "platform"
  | "approver"
  | "service_provider"
  | "release_signer"
  | "dispute_resolver"
  | "receiver"
  | "copywriter"
  | "treasury"
  | "new_admin"
  | "token";
interface Story {
  contract_id: string;
  addresses: Record<Party, string>;
  calls: Recorded[];
}

const story: Story = JSON.parse(
  readFileSync(new URL("../../../test/fixtures/story.json", import.meta.url), "utf8"),
);
const who = story.addresses;
const client = new Client({
  contractId: story.contract_id,
  networkPassphrase: "Test SDF Network ; September 2015",
  // Never contacted: building the client makes no request, and these tests send none.
  rpcUrl: "https://soroban-testnet.stellar.org",
});

// Each function's argument object, typed by the generated method's signature.
type Args<F extends keyof Client> = Client[F] extends (args: infer A, ...rest: never[]) => unknown
  ? A
  : never;
type Call = { [F in keyof Client]: { fn: F; args: Args<F> } }[keyof Client];
const call = <F extends keyof Client>(fn: F, args: Args<F>) => ({ fn, args }) as Call;

const recorded = (fn: string, nth = 0): Recorded => {
  const found = story.calls.filter((c) => c.fn === fn)[nth];
  assert.ok(found, `the fixtures record call ${nth} of ${fn}`);
  return found;
};
/** The ledger time of the `nth` recorded call of `fn`. */
const at = (fn: string, nth = 0) => BigInt(recorded(fn, nth).timestamp);

/**
 * `value` as plain data: the client decodes structs and event data into objects without a
 * prototype, and a unit enum case as `{ tag }` where its generated type reads
 * `{ tag; values: void }`; both sides of a comparison go through this, so the comparison
 * is of the data alone.
 */
const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
};
/** Deep equality of the data of `actual` and `expected`, every field. */
const same = (actual: unknown, expected: unknown, message?: string) =>
  assert.deepEqual(plain(actual), plain(expected), message);

const USDC = 10_000_000n; // 7 decimals
const DAY = 86_400n;
const escrow_id = 1n;
const FILES = "https://files.example.com/ORD-7731";
const ForReview: MilestoneStatus = { tag: "ForReview", values: undefined };
const created_at = at("create_escrow");
const added_at = at("add_milestones");

// The escrow's milestones as created: description, amount, days to the deadline, receiver.
const created: [string, bigint, bigint, string | null][] = [
  ["Wireframes", 400n * USDC, 14n, null],
  ["Landing page design", 600n * USDC, 21n, null],
  ["Copywriting", 300n * USDC, 30n, who.copywriter],
  ["Pricing page", 500n * USDC, 28n, null],
  ["Checkout flow", 800n * USDC, 28n, null],
  ["Analytics setup", 200n * USDC, 35n, null],
  ["Launch support", 1_000n * USDC, 20n, null],
];
const milestones: NewMilestone[] = created.map(([description, amount, days, receiver]) => ({
  description,
  amount,
  deadline: created_at + days * DAY,
  receiver,
}));
const added: NewMilestone[] = [
  { description: "A/B test report", amount: 250n * USDC, deadline: added_at + 30n * DAY, receiver: null },
  { description: "Launch retrospective", amount: 150n * USDC, deadline: added_at + 30n * DAY, receiver: null },
];

const deliver = (milestone_index: number, evidence: string | null, notes: string | null) =>
  call("change_milestone_status", {
    escrow_id,
    milestone_index,
    new_status: ForReview,
    evidence,
    notes,
  });

// The story, as a frontend calls it: the same order as the Rust fixture writer's.
const calls: Call[] = [
  call("create_escrow", {
    escrow: {
      engagement_id: "ORD-7731",
      title: "Landing page",
      description: "Design and build the marketing landing page",
      roles: {
        approver: who.approver,
        service_provider: who.service_provider,
        platform: who.platform,
        release_signer: who.release_signer,
        dispute_resolver: who.dispute_resolver,
        receiver: who.receiver,
      },
      token: who.token,
      platform_fee_bps: 250,
      review_period: 7n * DAY,
      resolution_period: 14n * DAY,
      fallback_receiver_bps: 5_000,
      milestones,
    },
  }),
  call("fund_escrow", { escrow_id, funder: who.approver, amount: 2_000n * USDC }),
  call("get_escrow", { escrow_id }),
  call("get_milestone", { escrow_id, milestone_index: 4 }),
  deliver(0, `${FILES}/wireframes-v1.pdf`, "Desktop and mobile wireframes"),
  call("get_milestone", { escrow_id, milestone_index: 0 }),
  call("request_changes", { escrow_id, milestone_index: 0, notes: "Add the pricing section, please" }),
  deliver(0, null, "Pricing section added"),
  call("approve_milestone", { escrow_id, milestone_index: 0 }),
  call("release_milestone", { escrow_id, milestone_index: 0 }),
  deliver(1, `${FILES}/landing-v2.fig`, "Desktop and mobile mockups"),
  deliver(3, `${FILES}/pricing-v1.pdf`, null),
  call("dispute_milestone", {
    escrow_id,
    milestone_index: 3,
    caller: who.approver,
    reason: "The annual plans are missing",
  }),
  call("resolve_dispute", { escrow_id, milestone_index: 3, receiver_amount: 300n * USDC }),
  deliver(4, `${FILES}/checkout-demo.mp4`, "Checkout flow demo"),
  call("request_changes", { escrow_id, milestone_index: 4, notes: "Support PayPal too" }),
  call("dispute_milestone", {
    escrow_id,
    milestone_index: 4,
    caller: who.service_provider,
    reason: "PayPal was not in the agreed scope",
  }),
  call("fund_escrow", { escrow_id, funder: who.approver, amount: 1_800n * USDC }),
  deliver(5, null, "Tracking plan only"),
  call("settle_milestone", { escrow_id, milestone_index: 5, receiver_amount: 50n * USDC }),
  call("claim_milestone", { escrow_id, milestone_index: 1 }),
  call("expire_dispute", { escrow_id, milestone_index: 4, caller: who.service_provider }),
  deliver(2, `${FILES}/copy-v1.docx`, "All page copy"),
  call("approve_milestone", { escrow_id, milestone_index: 2 }),
  call("release_milestone", { escrow_id, milestone_index: 2 }),
  call("claimable", { recipient: who.copywriter, token: who.token }),
  call("withdraw", { recipient: who.copywriter, token: who.token }),
  call("cancel_milestone", { escrow_id, milestone_index: 6 }),
  call("transfer_role", {
    escrow_id,
    role: { tag: "Platform", values: undefined },
    new_address: who.treasury,
  }),
  call("add_milestones", { escrow_id, milestones: added }),
  call("fund_escrow", { escrow_id, funder: who.approver, amount: 400n * USDC }),
  deliver(7, `${FILES}/ab-report.pdf`, null),
  deliver(8, `${FILES}/retro.pdf`, null),
  call("approve_and_release", { escrow_id, milestone_indices: [7, 8] }),
  call("set_admin", { new_admin: who.new_admin }),
  call("admin", {}),
  call("extend_ttl", { escrow_id }),
  call("get_escrow", { escrow_id }),
  call("get_milestones", { escrow_id }),
];

test("the client encodes every call's arguments to the contract's bytes", () => {
  assert.equal(calls.length, story.calls.length, "one call here per recorded call");
  calls.forEach((c, i) => {
    const rec = story.calls[i];
    assert.equal(c.fn, rec.fn, `call ${i}`);
    const encoded = client.spec.funcArgsToScVals(c.fn, c.args as object);
    const fn = client.spec.getFunc(c.fn);
    assert.deepEqual(
      fn.inputs.map((input) => input.name.toString()),
      rec.args.map((a) => a.name),
      `${c.fn}: argument names and order`,
    );
    assert.deepEqual(
      encoded.map((v) => v.toXDR("base64")),
      rec.args.map((a) => a.xdr),
      `${c.fn} (call ${i}): XDR of the arguments`,
    );
  });
});

test("every call of the story is a function of the contract, and every v2 function is called", () => {
  const called = new Set(story.calls.map((c) => c.fn));
  const notCalled = client.spec
    .funcs()
    .map((f) => f.name.toString())
    .filter((name) => !called.has(name))
    .sort();
  // The constructor runs at deployment; an upgrade would tie the fixtures to the wasm's hash.
  assert.deepEqual(notCalled, ["__constructor", "upgrade"]);
});

test("the results of the writes and small reads decode to their types", () => {
  const result = (fn: string, nth = 0) => client.spec.funcResToNative(fn, recorded(fn, nth).result);
  assert.equal(result("create_escrow").unwrap(), escrow_id);
  const claimable: bigint = result("claimable");
  assert.equal(claimable, 2_925_000_000n, "the copywriter's credited pay: 292.50 USDC");
  const withdrawn: bigint = result("withdraw").unwrap();
  assert.equal(withdrawn, 2_925_000_000n);
  const admin: string = result("admin");
  assert.equal(admin, who.new_admin);
  // Nothing returned decodes to null.
  for (const fn of ["extend_ttl", "fund_escrow", "claim_milestone", "settle_milestone", "approve_and_release"]) {
    assert.equal(result(fn).unwrap(), null, `${fn} returns nothing`);
  }
  assert.equal(result("set_admin"), null);
});

test("get_milestone decodes to a Milestone, every field: partly backed, then delivered", () => {
  const read = (nth: number): Milestone =>
    client.spec.funcResToNative("get_milestone", recorded("get_milestone", nth).result).unwrap();
  // The first deposit, 2 000, backs milestones 0 to 3 (1 800) and 200 of milestone 4's 800.
  same(read(0), {
    ...milestones[4],
    status: { tag: "Pending", values: undefined },
    approved: false,
    evidence: null,
    notes: null,
    updated_at: created_at,
    receiver: who.receiver,
    held: 200n * USDC,
  } satisfies Milestone);
  same(read(1), {
    description: "Wireframes",
    amount: 400n * USDC,
    status: { tag: "ForReview", values: undefined },
    approved: false,
    evidence: `${FILES}/wireframes-v1.pdf`,
    notes: "Desktop and mobile wireframes",
    updated_at: at("change_milestone_status"),
    deadline: created_at + 14n * DAY,
    receiver: who.receiver,
    held: 400n * USDC,
  } satisfies Milestone);
  // A milestone with a receiver of its own is paid there.
  const copywriting = client.spec
    .funcResToNative("get_milestones", recorded("get_milestones").result)
    .unwrap()[2] as Milestone;
  assert.equal(copywriting.receiver, who.copywriter);
});

test("get_escrow decodes to an Escrow with every field, after the first deposit and at the end", () => {
  const read = (nth: number): Escrow =>
    client.spec.funcResToNative("get_escrow", recorded("get_escrow", nth).result).unwrap();
  const terms = {
    id: escrow_id,
    engagement_id: "ORD-7731",
    title: "Landing page",
    description: "Design and build the marketing landing page",
    token: who.token,
    platform_fee_bps: 250,
    review_period: 604_800n,
    resolution_period: 1_209_600n,
    fallback_receiver_bps: 5_000,
  };
  same(read(0), {
    ...terms,
    roles: {
      approver: who.approver,
      dispute_resolver: who.dispute_resolver,
      platform: who.platform,
      receiver: who.receiver,
      release_signer: who.release_signer,
      service_provider: who.service_provider,
    },
    milestone_count: 7,
    total_amount: 3_800n * USDC,
    open_amount: 3_800n * USDC,
    funded: 2_000n * USDC,
    paid_out: 0n,
  } satisfies Escrow);
  same(read(1), {
    ...terms,
    roles: {
      approver: who.approver,
      dispute_resolver: who.dispute_resolver,
      platform: who.treasury, // transferred to the new treasury
      receiver: who.receiver,
      release_signer: who.release_signer,
      service_provider: who.service_provider,
    },
    milestone_count: 9,
    total_amount: 4_200n * USDC,
    // Every milestone final: nothing open, everything deposited has left.
    open_amount: 0n,
    funded: 4_200n * USDC,
    paid_out: 4_200n * USDC,
  } satisfies Escrow);
});

test("get_milestones decodes every milestone in index order, every field", () => {
  const all: Milestone[] = client.spec
    .funcResToNative("get_milestones", recorded("get_milestones").result)
    .unwrap();
  const status = (tag: MilestoneStatus["tag"]) => ({ tag, values: undefined }) as MilestoneStatus;
  const expected: Milestone[] = [
    {
      ...milestones[0],
      status: status("Released"),
      approved: true,
      // The resubmission without evidence kept the first delivery's.
      evidence: `${FILES}/wireframes-v1.pdf`,
      notes: "Pricing section added",
      updated_at: at("release_milestone"),
    },
    {
      ...milestones[1],
      status: status("Released"),
      approved: true,
      evidence: `${FILES}/landing-v2.fig`,
      notes: "Desktop and mobile mockups",
      updated_at: at("claim_milestone"),
    },
    {
      ...milestones[2],
      status: status("Released"),
      approved: true,
      evidence: `${FILES}/copy-v1.docx`,
      notes: "All page copy",
      updated_at: at("release_milestone", 1),
    },
    {
      ...milestones[3],
      status: status("Resolved"),
      approved: false,
      evidence: `${FILES}/pricing-v1.pdf`,
      notes: "The annual plans are missing",
      updated_at: at("resolve_dispute"),
    },
    {
      ...milestones[4],
      status: status("Resolved"),
      approved: false,
      evidence: `${FILES}/checkout-demo.mp4`,
      notes: "PayPal was not in the agreed scope",
      updated_at: at("expire_dispute"),
    },
    {
      ...milestones[5],
      status: status("Resolved"),
      approved: false,
      evidence: null,
      notes: "Tracking plan only",
      updated_at: at("settle_milestone"),
    },
    {
      ...milestones[6],
      status: status("Cancelled"),
      approved: false,
      evidence: null,
      notes: null,
      updated_at: at("cancel_milestone"),
    },
    {
      ...added[0],
      status: status("Released"),
      approved: true,
      evidence: `${FILES}/ab-report.pdf`,
      notes: null,
      updated_at: at("approve_and_release"),
    },
    {
      ...added[1],
      status: status("Released"),
      approved: true,
      evidence: `${FILES}/retro.pdf`,
      notes: null,
      updated_at: at("approve_and_release"),
    },
  ].map((m) => ({
    ...m,
    // A milestone without a receiver of its own pays the escrow's; every one is paid, so
    // holds nothing.
    receiver: m.receiver ?? who.receiver,
    held: 0n,
  }));
  same(all, expected);
});

test("every recorded event decodes to its generated type, in the order published", () => {
  const names: string[] = [];
  for (const rec of story.calls) {
    for (const raw of rec.events) {
      const event: ContractEvent | undefined = client.parseEvent(raw.topics, raw.data);
      assert.ok(event, `${rec.fn}: an event the client knows`);
      names.push(`${rec.fn}:${event.name}`);
      if ("escrow_id" in event.data) {
        assert.equal(event.data.escrow_id, escrow_id);
      } else {
        // Contract-level events carry no escrow id.
        assert.ok(["Withdrawn", "AdminChanged"].includes(event.name), event.name);
      }
    }
  }
  const settled = (fn: string) => [`${fn}:MilestoneUpdated`, `${fn}:MilestoneSettled`];
  const released = (fn: string) => [`${fn}:MilestoneUpdated`, `${fn}:MilestoneReleased`];
  same(names, [
    "create_escrow:EscrowCreated",
    "fund_escrow:EscrowFunded",
    "change_milestone_status:MilestoneUpdated",
    "request_changes:MilestoneUpdated",
    "change_milestone_status:MilestoneUpdated",
    "approve_milestone:MilestoneUpdated",
    ...released("release_milestone"),
    "change_milestone_status:MilestoneUpdated",
    "change_milestone_status:MilestoneUpdated",
    "dispute_milestone:MilestoneUpdated",
    ...settled("resolve_dispute"),
    "change_milestone_status:MilestoneUpdated",
    "request_changes:MilestoneUpdated",
    "dispute_milestone:MilestoneUpdated",
    "fund_escrow:EscrowFunded",
    "change_milestone_status:MilestoneUpdated",
    ...settled("settle_milestone"),
    ...released("claim_milestone"),
    ...settled("expire_dispute"),
    "change_milestone_status:MilestoneUpdated",
    "approve_milestone:MilestoneUpdated",
    ...released("release_milestone"),
    "release_milestone:PaymentCredited",
    "withdraw:Withdrawn",
    ...settled("cancel_milestone"),
    "transfer_role:RoleTransferred",
    "add_milestones:MilestonesAdded",
    "fund_escrow:EscrowFunded",
    "change_milestone_status:MilestoneUpdated",
    "change_milestone_status:MilestoneUpdated",
    ...released("approve_and_release"),
    ...released("approve_and_release"),
    "set_admin:AdminChanged",
  ]);
});

/** The events of the `nth` recorded call of `fn`, decoded. */
const eventsOf = (fn: string, nth = 0): ContractEvent[] =>
  recorded(fn, nth).events.map((raw) => {
    const event = client.parseEvent(raw.topics, raw.data);
    assert.ok(event, `${fn}: an event the client knows`);
    return event;
  });

test("EscrowCreated carries every term, EscrowFunded the deposit", () => {
  same(eventsOf("create_escrow"), [
    {
      name: "EscrowCreated",
      data: {
        escrow_id,
        platform: who.platform,
        approver: who.approver,
        service_provider: who.service_provider,
        release_signer: who.release_signer,
        dispute_resolver: who.dispute_resolver,
        receiver: who.receiver,
        token: who.token,
        platform_fee_bps: 250,
        review_period: 604_800n,
        resolution_period: 1_209_600n,
        fallback_receiver_bps: 5_000,
        total_amount: 3_800n * USDC,
        milestone_count: 7,
      },
    },
  ] satisfies ContractEvent[]);
  same(eventsOf("fund_escrow", 1), [
    {
      name: "EscrowFunded",
      data: { escrow_id, funder: who.approver, amount: 1_800n * USDC, funded: 3_800n * USDC },
    },
  ] satisfies ContractEvent[]);
});

test("the delivery's MilestoneUpdated decodes every field", () => {
  same(eventsOf("change_milestone_status"), [
    {
      name: "MilestoneUpdated",
      data: {
        escrow_id,
        milestone_index: 0,
        status: ForReview,
        approved: false,
        evidence: `${FILES}/wireframes-v1.pdf`,
        notes: "Desktop and mobile wireframes",
        changed_by: who.service_provider,
      },
    },
  ] satisfies ContractEvent[]);
});

test("a claim after the review period: Released by the provider, MilestoneReleased", () => {
  same(eventsOf("claim_milestone"), [
    {
      name: "MilestoneUpdated",
      data: {
        escrow_id,
        milestone_index: 1,
        status: { tag: "Released", values: undefined },
        approved: true,
        evidence: `${FILES}/landing-v2.fig`,
        notes: "Desktop and mobile mockups",
        changed_by: who.service_provider,
      },
    },
    {
      name: "MilestoneReleased",
      data: {
        escrow_id,
        milestone_index: 1,
        receiver: who.receiver,
        paid_to_receiver: 585n * USDC,
        platform: who.platform,
        platform_fee: 15n * USDC,
      },
    },
  ] satisfies ContractEvent[]);
  assert.ok(at("claim_milestone") - at("change_milestone_status", 2) >= 7n * DAY);
});

test("the resolver's split, the fallback split, the settlement and the cancellation", () => {
  const split = (
    fn: string,
    milestone_index: number,
    changed_by: string,
    [paid, fee, refund]: bigint[],
    kind: SettlementKind["tag"],
  ) => {
    const [updated, settled] = eventsOf(fn);
    assert.equal(updated.name, "MilestoneUpdated");
    if (updated.name === "MilestoneUpdated") {
      assert.equal(updated.data.milestone_index, milestone_index);
      assert.equal(updated.data.changed_by, changed_by, `${fn}: changed by`);
    }
    same(settled, {
      name: "MilestoneSettled",
      data: {
        escrow_id,
        milestone_index,
        receiver: who.receiver,
        paid_to_receiver: paid,
        platform: who.platform,
        platform_fee: fee,
        approver: who.approver,
        refunded_to_approver: refund,
        kind: { tag: kind, values: undefined },
      },
    } satisfies ContractEvent);
  };
  // 300 of 500 to the receiver, less 2.5 %.
  split("resolve_dispute", 3, who.dispute_resolver, [2_925_000_000n, 75_000_000n, 200n * USDC], "Ruling");
  // The 50 % fallback of a contested delivery of 800.
  split("expire_dispute", 4, who.service_provider, [390n * USDC, 10n * USDC, 400n * USDC], "Fallback");
  // 50 of 200 agreed by both parties (the approver is recorded as the one who changed it).
  split("settle_milestone", 5, who.approver, [487_500_000n, 12_500_000n, 150n * USDC], "Agreement");
  // All of 1 000 back to the approver.
  split("cancel_milestone", 6, who.approver, [0n, 0n, 1_000n * USDC], "Cancellation");
});

test("a payout to a frozen receiver is credited, and withdrawn later", () => {
  const [updated, released, credited] = eventsOf("release_milestone", 1);
  assert.equal(updated.name, "MilestoneUpdated");
  same(released, {
    name: "MilestoneReleased",
    data: {
      escrow_id,
      milestone_index: 2,
      receiver: who.copywriter,
      paid_to_receiver: 2_925_000_000n,
      platform: who.platform,
      platform_fee: 75_000_000n,
    },
  } satisfies ContractEvent);
  same(credited, {
    name: "PaymentCredited",
    data: { escrow_id, recipient: who.copywriter, token: who.token, amount: 2_925_000_000n },
  } satisfies ContractEvent);
  same(eventsOf("withdraw"), [
    {
      name: "Withdrawn",
      data: { recipient: who.copywriter, token: who.token, amount: 2_925_000_000n },
    },
  ] satisfies ContractEvent[]);
});

test("RoleTransferred, MilestonesAdded, approve_and_release and AdminChanged", () => {
  same(eventsOf("transfer_role"), [
    {
      name: "RoleTransferred",
      data: {
        escrow_id,
        role: { tag: "Platform", values: undefined },
        old_address: who.platform,
        new_address: who.treasury,
      },
    },
  ] satisfies ContractEvent[]);
  same(eventsOf("add_milestones"), [
    { name: "MilestonesAdded", data: { escrow_id, first_index: 7, count: 2 } },
  ] satisfies ContractEvent[]);
  // One MilestoneUpdated each, straight to Released and changed by the release signer; the
  // fees go to the new treasury.
  const batch = eventsOf("approve_and_release");
  same(
    batch.map((e) => [e.name, e.data]),
    [7, 8].flatMap((milestone_index, i) => [
      [
        "MilestoneUpdated",
        {
          escrow_id,
          milestone_index,
          status: { tag: "Released", values: undefined },
          approved: true,
          evidence: `${FILES}/${["ab-report", "retro"][i]}.pdf`,
          notes: null,
          changed_by: who.release_signer,
        },
      ],
      [
        "MilestoneReleased",
        {
          escrow_id,
          milestone_index,
          receiver: who.receiver,
          paid_to_receiver: [2_437_500_000n, 1_462_500_000n][i],
          platform: who.treasury,
          platform_fee: [62_500_000n, 37_500_000n][i],
        },
      ],
    ]),
  );
  same(eventsOf("set_admin"), [
    { name: "AdminChanged", data: { old_admin: who.admin, new_admin: who.new_admin } },
  ] satisfies ContractEvent[]);
});

test("the topic filters for one escrow are what watch-milestones.sh sends", () => {
  // [name, escrow_id 1]: the base64 XDR of the symbol, then of the u64.
  const one = { escrow_id };
  same(
    [
      client.milestoneUpdatedEventFilter(one),
      client.milestoneReleasedEventFilter(one),
      client.milestoneSettledEventFilter(one),
      client.paymentCreditedEventFilter(one),
      client.roleTransferredEventFilter(one),
    ],
    [
      ["AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA==", "AAAABQAAAAAAAAAB"],
      ["AAAADwAAABJtaWxlc3RvbmVfcmVsZWFzZWQAAA==", "AAAABQAAAAAAAAAB"],
      ["AAAADwAAABFtaWxlc3RvbmVfc2V0dGxlZAAAAA==", "AAAABQAAAAAAAAAB"],
      ["AAAADwAAABBwYXltZW50X2NyZWRpdGVk", "AAAABQAAAAAAAAAB"],
      ["AAAADwAAABByb2xlX3RyYW5zZmVycmVk", "AAAABQAAAAAAAAAB"],
    ],
  );
});
