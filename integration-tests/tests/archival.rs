//! Archival with mainnet's ledger settings, on the shipped wasm, over a year: an escrow kept
//! alive by its own use or by `extend_ttl` stays whole and never archives; the contract
//! instance and code stay alive while escrows are used; an escrow left alone archives — its
//! entries are reported archived (their `live_until` is below the current ledger) — and is
//! then restored whole, never read as missing or zero. On a real network the restore is a
//! `RestoreFootprint` transaction (`stellar contract restore`, see SECURITY.md), or the
//! automatic restore of `stellar contract invoke`; the test host restores on access.

use escrow::{testutils::Fixture, MilestoneStatus};
use soroban_sdk::xdr::{ContractDataDurability, LedgerKey, ScAddress};

const DAY: u32 = 17_280;

/// Ledger state of the escrow contract's own entries: (instance + escrows' persistent entries
/// that are archived, whether the contract code is live).
fn archived_and_code_live(f: &Fixture) -> (usize, bool) {
    let snapshot = f.env.to_ledger_snapshot();
    let now = snapshot.sequence_number;
    let contract = ScAddress::from(&f.contract);
    let mut archived = 0;
    let mut code_live = None;
    for (key, (_, live_until)) in &snapshot.ledger_entries {
        // Only contract data and code have a time to live (accounts have none).
        let Some(live_until) = *live_until else {
            continue;
        };
        match key.as_ref() {
            LedgerKey::ContractData(data)
                if data.contract == contract
                    && data.durability == ContractDataDurability::Persistent =>
            {
                archived += usize::from(live_until < now);
            }
            LedgerKey::ContractCode(_) => {
                // The fixture uploads one wasm: the escrow's.
                code_live = Some(live_until >= now);
            }
            _ => {}
        }
    }
    (archived, code_live.expect("the wasm is in the ledger"))
}

#[test]
fn a_year_of_archival_keeps_used_escrows_and_restores_an_idle_one_whole() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    // `used`: a call every 25 days, alternating milestones, so each entry is touched within
    // the 60-day threshold below which a call extends what it touches. `kept`: never called
    // but `extend_ttl` every 100 days. `idle`: left alone.
    let used = f.create_funded(&[100, 200]);
    let kept = f.create_funded(&[300]);
    f.submit(kept, 0);
    let idle = f.create_funded(&[400, 500]);
    f.submit(idle, 1);
    let start = f.state();

    let mut day = 0;
    let mut idle_archived_on = None;
    while day < 365 {
        f.advance(5 * DAY);
        day += 5;
        if day % 25 == 0 {
            let index = (day / 25) % 2;
            f.submit(used, index);
            c.request_changes(&used, &index, &None);
        }
        if day % 100 == 0 {
            c.extend_ttl(&kept);
        }
        let (archived, code_live) = archived_and_code_live(&f);
        assert!(
            code_live,
            "day {day}: the code stays alive while escrows are used"
        );
        assert!(f.instance_ttl() > 0, "day {day}: the instance stays alive");
        // Only the idle escrow's entries (the escrow and its two milestones) ever archive.
        assert!(archived == 0 || archived == 3, "day {day}: {archived}");
        if archived == 3 && idle_archived_on.is_none() {
            idle_archived_on = Some(day);
        }
    }
    // Created with 120 days of life: archived after that, not before.
    let archived_on = idle_archived_on.expect("the idle escrow archived");
    assert!((120..=130).contains(&archived_on), "{archived_on}");

    // The archived escrow comes back whole: not missing, not zero.
    assert_eq!(archived_and_code_live(&f).0, 3);
    let escrow = f.client.get_escrow(&idle);
    assert!(f.env.cost_estimate().resources().disk_read_entries >= 1);
    assert_eq!(escrow, start.escrows[(idle - 1) as usize].0);
    assert_eq!((escrow.funded, escrow.paid_out), (900, 0));
    assert_eq!(
        f.client.get_milestones(&idle),
        soroban_sdk::Vec::from_iter(&f.env, start.escrows[(idle - 1) as usize].1.clone())
    );
    // Restored: nothing is archived any more (the read brought the escrow and its
    // milestones back).
    assert_eq!(archived_and_code_live(&f).0, 0);

    // The escrows kept alive are whole.
    let now = f.state();
    assert_eq!(
        now.escrows[(kept - 1) as usize],
        start.escrows[(kept - 1) as usize]
    );
    assert_eq!(
        now.escrows[(used - 1) as usize].0,
        start.escrows[(used - 1) as usize].0
    );
    assert_eq!(now.balances, start.balances);

    // And keeps working.
    c.approve_milestone(&idle, &1);
    c.release_milestone(&idle, &1);
    assert_eq!(
        f.client.get_milestone(&idle, &1).status,
        MilestoneStatus::Released
    );
    f.assert_tokens_accounted();
}
