// The JavaScript SDK's rpc.Server reads the local RPC stand-in (the escrow's short story on
// the shipped wasm) as it reads a Stellar RPC: health, network, latest ledger, and the
// escrow's events page by page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { rpc, scValToNative } from "@stellar/stellar-sdk";

let child;
let served;

before(async () => {
  child = spawn(process.env.LOCAL_RPC_BIN, [], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  served = JSON.parse(await new Promise((resolve) => lines.once("line", resolve)));
});

after(() => child.kill("SIGKILL"));

test("health, network and the latest ledger", async () => {
  const server = new rpc.Server(served.url, { allowHttp: true });
  const health = await server.getHealth();
  assert.equal(health.status, "healthy");
  const network = await server.getNetwork();
  assert.equal(network.passphrase, served.passphrase);
  const latest = await server.getLatestLedger();
  assert.equal(latest.sequence, health.latestLedger);
  assert.ok(latest.sequence >= served.start_ledger + 4);
});

test("the escrow's events, two a page, decoded by the SDK", async () => {
  const server = new rpc.Server(served.url, { allowHttp: true });
  const filters = [{ type: "contract", contractIds: [served.contract_id] }];
  const events = [];
  let page = await server.getEvents({ startLedger: served.start_ledger, filters, limit: 2 });
  for (;;) {
    events.push(...page.events);
    if (page.events.length < 2) break;
    page = await server.getEvents({ cursor: page.cursor, filters, limit: 2 });
  }
  const names = events.map((e) => scValToNative(e.topic[0]));
  assert.deepEqual(names, [
    "escrow_created",
    "escrow_funded",
    "milestone_updated",
    "milestone_updated",
    "milestone_updated",
    "milestone_released",
  ]);
  for (const e of events) {
    assert.equal(scValToNative(e.topic[1]), BigInt(served.escrow_id));
    assert.equal(String(e.contractId), served.contract_id);
    assert.equal(e.type, "contract");
    assert.match(e.txHash, /^[0-9a-f]{64}$/);
  }
  const ids = events.map((e) => e.id);
  assert.deepEqual([...ids].sort(), ids, "in order");
  assert.equal(new Set(ids).size, ids.length, "each once");
  const update = scValToNative(events[2].value);
  assert.equal(update.milestone_index, 0);
  assert.deepEqual(update.status, ["ForReview"]);
  assert.equal(update.approved, false);
});

test("a start ledger outside the retained range is refused as stellar-rpc refuses it", async () => {
  const server = new rpc.Server(served.url, { allowHttp: true });
  const latest = (await server.getLatestLedger()).sequence;
  // The SDK rejects with the JSON-RPC error itself.
  await assert.rejects(server.getEvents({ startLedger: latest + 1, filters: [] }), (error) => {
    assert.equal(error.code, -32600);
    assert.match(error.message, /^startLedger must be within the ledger range: \d+ - \d+$/);
    return true;
  });
});
