// The notifier's webhooks, verified by the standardwebhooks package (the specification's own
// JavaScript library, independent of our Rust signing): every notification of the story as
// escrow-notify signed it (webhooks.json, written by notify/src/notification/tests.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const fixture = JSON.parse(readFileSync(new URL("./webhooks.json", import.meta.url), "utf8"));
const headersOf = (w) => ({
  "webhook-id": w["webhook-id"],
  "webhook-timestamp": w["webhook-timestamp"],
  "webhook-signature": w["webhook-signature"],
});
// The library refuses a timestamp more than five minutes from its clock: verify each webhook
// as its receiver would have, at the time it was sent.
const verifyAt = (wh, w, body = w.body, headers = headersOf(w)) => {
  const realNow = Date.now;
  Date.now = () => Number(w["webhook-timestamp"]) * 1000 + 1000;
  try {
    return wh.verify(body, headers);
  } finally {
    Date.now = realNow;
  }
};

test("every notification of the story verifies, and parses to its envelope", () => {
  const wh = new Webhook(fixture.secret);
  assert.ok(fixture.webhooks.length >= 30);
  const types = new Set();
  for (const w of fixture.webhooks) {
    const payload = verifyAt(wh, w);
    assert.deepEqual(Object.keys(payload).sort(), ["data", "timestamp", "type"]);
    assert.equal(typeof payload.data.event_id, "string");
    assert.ok(Array.isArray(payload.data.recipients));
    types.add(payload.type);
  }
  for (const type of [
    "escrow.created",
    "escrow.funded",
    "milestone.delivered",
    "milestone.changes_requested",
    "milestone.approved",
    "milestone.disputed",
    "milestone.released",
    "milestone.settled",
    "payment.credited",
    "payment.withdrawn",
    "milestones.added",
    "role.transferred",
    "contract.admin_changed",
  ]) {
    assert.ok(types.has(type), type);
  }
});

test("a changed body, id or timestamp, or another secret, is refused", () => {
  const wh = new Webhook(fixture.secret);
  const w = fixture.webhooks[0];
  const headers = headersOf(w);
  assert.throws(() => verifyAt(wh, w, w.body.replace("escrow", "escrov")));
  assert.throws(() => verifyAt(wh, w, w.body, { ...headers, "webhook-id": "evt_other" }));
  assert.throws(() =>
    verifyAt(wh, w, w.body, {
      ...headers,
      "webhook-timestamp": String(Number(headers["webhook-timestamp"]) + 1),
    }),
  );
  const other = new Webhook("whsec_" + Buffer.alloc(32, 7).toString("base64"));
  assert.throws(() => verifyAt(other, w));
});
