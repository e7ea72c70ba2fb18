//! Calls on different escrows never contend: simulated as a network would (see
//! `escrow_bench::footprint`), no call on one escrow writes an entry that a call on another
//! escrow reads or writes, except the token balances that moving money must share. Creations
//! share one entry among themselves only: the escrow counter, which hands out ids in creation
//! order. A withdrawal writes the recipient's credit, which only a payout refused to that
//! same recipient also writes; `set_admin` and `upgrade` write the contract instance.

use std::collections::BTreeSet;

use escrow_bench::{
    footprint::{describe, every_footprint, is_token_balance, Footprint, Simulated},
    Bench,
};
use soroban_sdk::xdr::LedgerKey;

fn names(bench: &Bench, keys: &BTreeSet<LedgerKey>) -> Vec<String> {
    keys.iter().map(|k| describe(&bench.f, k)).collect()
}

fn on(all: &[Simulated], escrow: Option<u64>) -> Vec<&Simulated> {
    all.iter().filter(|s| s.escrow == escrow).collect()
}

#[test]
fn calls_on_different_escrows_share_no_written_entry_but_token_balances() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    let escrows: BTreeSet<u64> = all.iter().filter_map(|s| s.escrow).collect();
    let [a, b]: [u64; 2] = escrows.into_iter().collect::<Vec<_>>().try_into().unwrap();
    let (on_a, on_b) = (on(&all, Some(a)), on(&all, Some(b)));
    assert_eq!(on_a.len(), on_b.len());
    assert!(
        on_a.len() >= 18,
        "every entry point on an escrow is simulated"
    );
    let mut contending = Vec::new();
    for x in &on_a {
        for y in &on_b {
            let shared: BTreeSet<LedgerKey> = x
                .footprint
                .conflicts_with(&y.footprint)
                .into_iter()
                .filter(|k| !is_token_balance(&bench.f, k))
                .collect();
            if !shared.is_empty() {
                contending.push(format!(
                    "{} on {a} and {} on {b} share {:?}",
                    x.call,
                    y.call,
                    names(&bench, &shared)
                ));
            }
        }
    }
    assert!(contending.is_empty(), "{contending:#?}");
}

#[test]
fn a_creation_contends_only_with_other_creations_on_the_counter() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    let create = all.iter().find(|s| s.call == "create_escrow").unwrap();
    for other in all.iter().filter(|s| s.escrow.is_some()) {
        let shared: Vec<String> = names(&bench, &create.footprint.conflicts_with(&other.footprint))
            .into_iter()
            .filter(|n| !n.contains(" balance of "))
            .collect();
        assert!(
            shared.is_empty(),
            "create_escrow and {}: {shared:?}",
            other.call
        );
    }
    // Two creations share the counter (and, simulated on the same ledger, the new escrow's
    // entries, which on a network get two different ids).
    let with_itself = names(&bench, &create.footprint.conflicts_with(&create.footprint));
    assert!(
        with_itself.contains(&"escrow contract LastId".to_string()),
        "{with_itself:?}"
    );
}

#[test]
fn a_status_change_writes_only_the_milestone_progress() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    for call in [
        "change_milestone_status",
        "request_changes",
        "approve_milestone",
        "dispute_milestone",
    ] {
        let simulated = all.iter().find(|s| s.call == call).unwrap();
        let id = simulated.escrow.unwrap();
        let written = names(&bench, &simulated.footprint.read_write);
        assert_eq!(written.len(), 1, "{call}: {written:?}");
        assert!(
            written[0].starts_with(&format!("escrow {id} milestone "))
                && written[0].ends_with(" progress"),
            "{call}: {written:?}"
        );
    }
}

#[test]
fn no_call_but_the_admin_s_writes_the_contract_instance() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    let admin_calls = ["set_admin", "upgrade"];
    for s in all.iter().filter(|s| !admin_calls.contains(&s.call)) {
        let written = names(&bench, &s.footprint.read_write);
        assert!(
            !written.iter().any(|n| n.ends_with(" instance")),
            "{} writes {written:?}",
            s.call
        );
    }
    for admin_call in admin_calls {
        let s = all.iter().find(|s| s.call == admin_call).unwrap();
        let written = names(&bench, &s.footprint.read_write);
        assert!(
            written.contains(&"escrow contract instance".into()),
            "{admin_call}: {written:?}"
        );
    }
}

#[test]
fn a_withdrawal_contends_with_no_call_on_an_escrow_but_on_token_balances() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    let withdraw = all.iter().find(|s| s.call == "withdraw").unwrap();
    let written = names(&bench, &withdraw.footprint.read_write);
    assert!(
        written.contains(&"credit of receiver in USDC".into()),
        "{written:?}"
    );
    for other in all.iter().filter(|s| s.escrow.is_some()) {
        let shared: Vec<String> = withdraw
            .footprint
            .conflicts_with(&other.footprint)
            .into_iter()
            .filter(|k| !is_token_balance(&bench.f, k))
            .map(|k| describe(&bench.f, &k))
            .collect();
        assert!(shared.is_empty(), "withdraw and {}: {shared:?}", other.call);
    }
}

#[test]
fn the_check_finds_a_shared_written_entry() {
    let bench = Bench::new();
    let all = every_footprint(&bench);
    let release = all.iter().find(|s| s.call == "release_milestone").unwrap();
    let read_only_twin = Footprint {
        read_only: release.footprint.read_write.clone(),
        read_write: BTreeSet::new(),
        transaction_bytes: 0,
    };
    let shared = release.footprint.conflicts_with(&read_only_twin);
    assert_eq!(shared, release.footprint.read_write);
    assert!(!shared.iter().all(|k| is_token_balance(&bench.f, k)));
}
