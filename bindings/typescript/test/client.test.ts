// The generated client and the shipped contract agree, offline.
//
// `integration-tests/tests/client_fixtures.rs` ran the escrow's story on the shipped wasm and
// recorded, as base64 XDR, the arguments of every call, what each returned and every event
// the contract published (fixtures/story.json). Here the generated client's spec encodes the
// same arguments, written as a frontend writes them (typed by the client's own method
// signatures), and must produce the same bytes; and it decodes the returned Escrow and
// Milestone and the events into the generated types, field by field. No RPC server: the
// client's `Spec` works from the spec embedded in the generated code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  Client,
  type ContractEvent,
  type Escrow,
  type Milestone,
  type MilestoneUpdatedEvent,
} from "../src/index.js";

interface Recorded {
  fn: string;
  signer: string;
  args: { name: string; xdr: string }[];
  result: string;
  events: { topics: string[]; data: string }[];
}
interface Story {
  contract_id: string;
  addresses: Record<
    | "platform"
    | "approver"
    | "service_provider"
    | "release_signer"
    | "dispute_resolver"
    | "receiver"
    | "token",
    string
  >;
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

const USDC = 10_000_000n;
const escrow_id = 1n;
const EVIDENCE = "https://files.example.com/ORD-7731/landing-v1.pdf";
const NOTES = "Desktop and mobile mockups";

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
      milestones: [
        { description: "Wireframes", amount: 500n * USDC },
        { description: "Landing page design", amount: 1_500n * USDC },
        { description: "Build and launch", amount: 1_000n * USDC },
      ],
    },
  }),
  call("fund_escrow", { escrow_id, funder: who.approver, amount: 3_000n * USDC }),
  call("change_milestone_status", {
    escrow_id,
    milestone_index: 1,
    new_status: { tag: "ForReview", values: undefined },
    evidence: EVIDENCE,
    notes: NOTES,
  }),
  call("get_milestone", { escrow_id, milestone_index: 1 }),
  call("request_changes", { escrow_id, milestone_index: 1, notes: "Bigger logo, please" }),
  call("change_milestone_status", {
    escrow_id,
    milestone_index: 1,
    new_status: { tag: "ForReview", values: undefined },
    evidence: null,
    notes: "Logo enlarged",
  }),
  call("approve_milestone", { escrow_id, milestone_index: 1 }),
  call("release_milestone", { escrow_id, milestone_index: 1 }),
  call("dispute_milestone", {
    escrow_id,
    milestone_index: 0,
    caller: who.approver,
    reason: "The pricing page is missing",
  }),
  call("resolve_dispute", { escrow_id, milestone_index: 0, receiver_amount: 300n * USDC }),
  call("get_escrow", { escrow_id }),
  call("get_milestones", { escrow_id }),
];

const recorded = (fn: string, nth = 0): Recorded => {
  const found = story.calls.filter((c) => c.fn === fn)[nth];
  assert.ok(found, `the fixtures record call ${nth} of ${fn}`);
  return found;
};

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

test("get_milestone after the delivery decodes to a Milestone ForReview, not approved", () => {
  const m: Milestone = client.spec
    .funcResToNative("get_milestone", recorded("get_milestone").result)
    .unwrap();
  assert.equal(m.description, "Landing page design");
  assert.equal(m.amount, 1_500n * USDC);
  assert.equal(m.status.tag, "ForReview");
  assert.equal(m.approved, false);
  assert.equal(m.evidence, EVIDENCE);
  assert.equal(m.notes, NOTES);
  assert.equal(typeof m.updated_at, "bigint");
  assert.ok(m.updated_at > 1_795_392_000n, "updated at the delivery's ledger time");
  assert.deepEqual(Object.keys(m).sort(), [
    "amount", "approved", "description", "evidence", "notes", "status", "updated_at",
  ]);
});

test("get_escrow at the end decodes to an Escrow with every field", () => {
  const e: Escrow = client.spec.funcResToNative("get_escrow", recorded("get_escrow").result).unwrap();
  assert.equal(e.id, escrow_id);
  assert.equal(e.engagement_id, "ORD-7731");
  assert.equal(e.title, "Landing page");
  assert.equal(e.description, "Design and build the marketing landing page");
  assert.deepEqual(e.roles, {
    approver: who.approver,
    dispute_resolver: who.dispute_resolver,
    platform: who.platform,
    receiver: who.receiver,
    release_signer: who.release_signer,
    service_provider: who.service_provider,
  });
  assert.equal(e.token, who.token);
  assert.equal(e.platform_fee_bps, 250);
  assert.equal(e.milestone_count, 3);
  assert.equal(e.total_amount, 3_000n * USDC);
  assert.equal(e.funded, 3_000n * USDC);
  // Milestone 1 released (1 500 USDC) and milestone 0 resolved (500 USDC: 300 paid, 200
  // refunded): 2 000 USDC left.
  assert.equal(e.paid_out, 2_000n * USDC);
});

test("get_milestones decodes every milestone in index order", () => {
  const all: Milestone[] = client.spec
    .funcResToNative("get_milestones", recorded("get_milestones").result)
    .unwrap();
  assert.deepEqual(
    all.map((m) => [m.description, m.status.tag, m.approved, m.notes]),
    [
      ["Wireframes", "Resolved", false, "The pricing page is missing"],
      ["Landing page design", "Released", true, "Logo enlarged"],
      ["Build and launch", "Pending", false, null],
    ],
  );
  // The resubmission without evidence kept the first delivery's.
  assert.equal(all[1].evidence, EVIDENCE);
});

test("the milestone_updated event of the delivery decodes into MilestoneUpdatedEvent", () => {
  const rec = recorded("change_milestone_status");
  assert.equal(rec.events.length, 1);
  const event = client.parseEvent(rec.events[0].topics, rec.events[0].data);
  assert.ok(event, "the client recognises the event");
  assert.equal(event.name, "MilestoneUpdated");
  const updated = (event as MilestoneUpdatedEvent).data;
  assert.equal(updated.escrow_id, escrow_id);
  assert.equal(updated.milestone_index, 1);
  assert.equal(updated.status?.tag, "ForReview");
  assert.equal(updated.approved, false);
  assert.equal(updated.evidence, EVIDENCE);
  assert.equal(updated.notes, NOTES);
  assert.equal(updated.changed_by, who.service_provider);
});

test("every recorded event decodes to its generated type", () => {
  const names: string[] = [];
  for (const rec of story.calls) {
    for (const raw of rec.events) {
      const event: ContractEvent | undefined = client.parseEvent(raw.topics, raw.data);
      assert.ok(event, `${rec.fn}: an event the client knows`);
      names.push(`${rec.fn}:${event.name}`);
      assert.equal(event.data.escrow_id, escrow_id);
    }
  }
  assert.deepEqual(names, [
    "create_escrow:EscrowCreated",
    "fund_escrow:EscrowFunded",
    "change_milestone_status:MilestoneUpdated",
    "request_changes:MilestoneUpdated",
    "change_milestone_status:MilestoneUpdated",
    "approve_milestone:MilestoneUpdated",
    "release_milestone:MilestoneUpdated",
    "release_milestone:MilestoneReleased",
    "dispute_milestone:MilestoneUpdated",
    "resolve_dispute:MilestoneUpdated",
    "resolve_dispute:DisputeResolved",
  ]);
});

test("the topic filter for one escrow's milestone updates is what watch-milestones.sh sends", () => {
  assert.deepEqual(client.milestoneUpdatedEventFilter({ escrow_id }), [
    "AAAADwAAABFtaWxlc3RvbmVfdXBkYXRlZAAAAA==",
    "AAAABQAAAAAAAAAB",
  ]);
});
