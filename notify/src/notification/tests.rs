//! The story's events made into notifications: every type with its exact recipients and `how`,
//! and the fields each carries.

use serde_json::{json, Value};

use super::*;

/// The whole story, notified: every notification with the call that published it.
fn story_notifications() -> Vec<(String, Notification)> {
    let mut record = Record::default();
    crate::story::transactions()
        .into_iter()
        .flat_map(|(function, events)| {
            let notifications = record.apply(&events).unwrap();
            notifications
                .into_iter()
                .map(move |n| (function.clone(), n))
        })
        .collect()
}

/// A notification as `(call, type, how, recipient roles)`.
fn summary(
    (function, n): &(String, Notification),
) -> (String, &'static str, Option<String>, Vec<String>) {
    let roles = n.data["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["role"].as_str().unwrap().to_string())
        .collect();
    let how = n.data.get("how").map(|h| h.as_str().unwrap().to_string());
    (function.clone(), n.kind, how, roles)
}

#[test]
fn the_story_gives_every_event_driven_type_with_its_recipients() {
    let every_role = "approver service_provider platform release_signer dispute_resolver receiver";
    let payout_to_all = "receiver service_provider approver platform";
    let split_to_all = "approver service_provider receiver platform";
    let expected: Vec<(&str, &str, Option<&str>, &str)> = vec![
        ("create_escrow", "escrow.created", None, every_role),
        (
            "fund_escrow",
            "escrow.funded",
            None,
            "approver service_provider platform",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "request_changes",
            "milestone.changes_requested",
            None,
            "service_provider",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "approve_milestone",
            "milestone.approved",
            None,
            "release_signer service_provider",
        ),
        (
            "release_milestone",
            "milestone.released",
            Some("release"),
            payout_to_all,
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "dispute_milestone",
            "milestone.disputed",
            None,
            "dispute_resolver service_provider",
        ),
        (
            "resolve_dispute",
            "milestone.settled",
            Some("ruling"),
            split_to_all,
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "request_changes",
            "milestone.changes_requested",
            None,
            "service_provider",
        ),
        (
            "dispute_milestone",
            "milestone.disputed",
            None,
            "dispute_resolver approver",
        ),
        (
            "fund_escrow",
            "escrow.funded",
            None,
            "approver service_provider platform",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "settle_milestone",
            "milestone.settled",
            Some("agreement"),
            split_to_all,
        ),
        (
            "claim_milestone",
            "milestone.released",
            Some("claim"),
            payout_to_all,
        ),
        (
            "expire_dispute",
            "milestone.settled",
            Some("fallback"),
            split_to_all,
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "approve_milestone",
            "milestone.approved",
            None,
            "release_signer service_provider",
        ),
        (
            "release_milestone",
            "milestone.released",
            Some("release"),
            payout_to_all,
        ),
        ("release_milestone", "payment.credited", None, "recipient"),
        ("withdraw", "payment.withdrawn", None, "recipient"),
        (
            "cancel_milestone",
            "milestone.settled",
            Some("cancellation"),
            split_to_all,
        ),
        (
            "transfer_role",
            "role.transferred",
            None,
            "old_holder new_holder approver service_provider",
        ),
        ("add_milestones", "milestones.added", None, every_role),
        (
            "fund_escrow",
            "escrow.funded",
            None,
            "approver service_provider platform",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "change_milestone_status",
            "milestone.delivered",
            None,
            "approver",
        ),
        (
            "approve_and_release",
            "milestone.released",
            Some("approve_and_release"),
            payout_to_all,
        ),
        (
            "approve_and_release",
            "milestone.released",
            Some("approve_and_release"),
            payout_to_all,
        ),
        ("set_admin", "contract.admin_changed", None, ""),
    ];
    let got: Vec<_> = story_notifications().iter().map(summary).collect();
    let expected: Vec<_> = expected
        .into_iter()
        .map(|(call, kind, how, roles)| {
            (
                call.to_string(),
                kind,
                how.map(str::to_string),
                roles.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn a_payout_is_one_notification_with_the_updates_id_and_both_events_fields() {
    let notifications = story_notifications();
    let printed = crate::story::printed();
    let (_, claimed) = notifications
        .iter()
        .find(|(call, _)| call == "claim_milestone")
        .unwrap();
    // The claim's two events: its milestone_updated and its milestone_released.
    let update = printed
        .iter()
        .position(|e| e["params"]["status"] == "Released" && e["ledger"] == claimed.data["ledger"])
        .unwrap();
    assert_eq!(
        claimed.id,
        format!("evt_{}", printed[update]["id"].as_str().unwrap())
    );
    assert_eq!(claimed.data["event_id"], printed[update]["id"]);
    assert_eq!(printed[update + 1]["event_name"], "MilestoneReleased");
    let mut expected = json!({
        "contract_id": printed[update]["contract_id"],
        "ledger": printed[update]["ledger"],
        "ledger_closed_at": printed[update]["ledger_closed_at"],
        "tx_hash": claimed.data["tx_hash"],
        "event_id": printed[update]["id"],
        "how": "claim",
    });
    for params in [&printed[update]["params"], &printed[update + 1]["params"]] {
        for (name, value) in params.as_object().unwrap() {
            expected[name] = value.clone();
        }
    }
    let mut got = claimed.data.clone();
    let recipients = got.remove("recipients").unwrap();
    assert_eq!(Value::Object(got), expected);
    assert_eq!(recipients[0]["role"], "receiver");
    assert_eq!(
        recipients[0]["address"],
        printed[update + 1]["params"]["receiver"]
    );
    // Amounts are strings, indices and ledgers numbers.
    assert!(claimed.data["paid_to_receiver"].is_string());
    assert!(claimed.data["milestone_index"].is_u64());
    assert_eq!(claimed.timestamp, printed[update]["ledger_closed_at"]);
    let body: Value = serde_json::from_str(&claimed.body()).unwrap();
    assert_eq!(body["type"], "milestone.released");
    assert_eq!(body["timestamp"], claimed.timestamp.as_str());
    assert_eq!(body["data"], Value::Object(claimed.data.clone()));
}

#[test]
fn an_event_of_an_escrow_not_in_the_record_changes_nothing_and_names_the_escrow() {
    let transactions = crate::story::transactions();
    let mut record = Record::default();
    // The escrow's creation was missed: its first deposit cannot name its recipients.
    let (_, funding) = &transactions[1];
    let before = record.clone();
    assert_eq!(
        record.apply(funding),
        Err(NotifyError::UnknownEscrow {
            contract_id: funding[0].0.contract_id.clone(),
            escrow_id: 1
        })
    );
    assert_eq!(record, before);
    // Once the escrow is in the record, the same events go through.
    record.apply(&transactions[0].1).unwrap();
    assert_eq!(record.apply(funding).unwrap().len(), 1);
}

#[test]
fn the_record_follows_statuses_added_milestones_and_role_transfers() {
    let transactions = crate::story::transactions();
    let mut record = Record::default();
    for (_, events) in &transactions {
        record.apply(events).unwrap();
    }
    let (key, escrow) = record.escrows.iter().next().unwrap();
    assert_eq!(key.1, 1);
    let printed = crate::story::printed();
    let last_status = |index: u64| {
        printed
            .iter()
            .rev()
            .find(|e| {
                e["event_name"] == "MilestoneUpdated" && e["params"]["milestone_index"] == index
            })
            .map_or("Pending", |e| e["params"]["status"].as_str().unwrap())
            .to_string()
    };
    let expected: Vec<String> = (0..escrow.statuses.len() as u64).map(last_status).collect();
    assert_eq!(escrow.statuses, expected);
    assert_eq!(escrow.statuses.len(), 9, "seven created and two added");
    let transfer = printed
        .iter()
        .find(|e| e["event_name"] == "RoleTransferred")
        .unwrap();
    assert_eq!(transfer["params"]["role"], "Platform");
    assert_eq!(
        escrow.roles.platform,
        transfer["params"]["new_address"].as_str().unwrap()
    );
}

/// `notify/test-node/webhooks.json`: every notification of the story as a webhook would carry
/// it (id, timestamp, signature, body) with the secret that signed it, for the Node tests to
/// verify with the `standardwebhooks` package, an implementation independent of ours. This
/// test fails when the committed file differs from a fresh one; `UPDATE_FIXTURES=1` rewrites
/// it.
#[test]
fn the_webhook_fixtures_for_the_node_tests_are_current() {
    let secret_text = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let secret = crate::signature::Secret::parse(secret_text).unwrap();
    let webhooks: Vec<Value> = story_notifications()
        .into_iter()
        .enumerate()
        .map(|(position, (_, n))| {
            // Each attempt signs with its own time: here one a minute apart.
            let timestamp = 1_795_392_000 + 60 * position as u64;
            let body = n.body();
            json!({
                "webhook-id": n.id,
                "webhook-timestamp": timestamp.to_string(),
                "webhook-signature": secret.sign(&n.id, timestamp, body.as_bytes()),
                "body": body,
            })
        })
        .collect();
    let fixture = serde_json::to_string_pretty(&json!({
        "generated_by": "notify/src/notification/tests.rs (UPDATE_FIXTURES=1 cargo test -p escrow-notify rewrites it)",
        "secret": secret_text,
        "webhooks": webhooks,
    }))
    .unwrap()
        + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/test-node/webhooks.json");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &fixture).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap_or_default(),
        fixture,
        "{path} is stale: run UPDATE_FIXTURES=1 cargo test -p escrow-notify"
    );
}
