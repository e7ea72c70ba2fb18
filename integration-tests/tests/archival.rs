//! Archival with mainnet's ledger settings, on the shipped wasm, over a year: an escrow kept alive by its own use or by `extend_ttl` (which also keeps the contract's token balance alive) stays whole and never archives; an escrow left alone archives and is restored whole, never read as missing; the escrow counter archives without creations and the next creation restores it and goes on counting.
//!
//! An entry is archived when its `live_until` is below the current ledger. On a real network a
//! restore is a `RestoreFootprint` transaction (`stellar contract restore`, see SECURITY.md),
//! or the automatic restore of `stellar contract invoke`; the test host restores on access and
//! counts the restored entries as disk reads. Entries are told apart by when they were created
//! (the ledger snapshot before and after each creation), not by the contract's storage layout.

use std::collections::{BTreeMap, BTreeSet};

use escrow::{
    testutils::{Fixture, MAINNET_MAX_TTL, MAINNET_MIN_PERSISTENT_TTL},
    MilestoneStatus,
};
use soroban_sdk::xdr::{ContractDataDurability, LedgerKey, ScAddress, ScVal};

/// One day of ledgers.
const DAY: u32 = 17_280;
/// The Stellar Asset Contract extends a balance it reads to 30 days once it has less than 29.
const SAC_BALANCE_THRESHOLD: u32 = 29 * DAY;

type Keys = BTreeSet<LedgerKey>;

/// The escrow contract's persistent entries (its instance aside), with their `live_until`
/// ledger.
fn contract_entries(f: &Fixture) -> BTreeMap<LedgerKey, u32> {
    let contract = ScAddress::from(&f.contract);
    f.env
        .to_ledger_snapshot()
        .ledger_entries
        .iter()
        .filter_map(|(key, (_, live_until))| match key.as_ref() {
            LedgerKey::ContractData(data)
                if data.contract == contract
                    && data.durability == ContractDataDurability::Persistent
                    && data.key != ScVal::LedgerKeyContractInstance =>
            {
                Some((
                    key.as_ref().clone(),
                    live_until.expect("persistent entries have a TTL"),
                ))
            }
            _ => None,
        })
        .collect()
}

fn keys(f: &Fixture) -> Keys {
    contract_entries(f).into_keys().collect()
}

/// The escrow contract's persistent entries that are archived now.
fn archived(f: &Fixture) -> Keys {
    let now = f.env.ledger().sequence();
    contract_entries(f)
        .into_iter()
        .filter(|(_, live_until)| *live_until < now)
        .map(|(key, _)| key)
        .collect()
}

/// Whether the contract's code is live (the fixture uploads one wasm: the escrow's).
fn code_live(f: &Fixture) -> bool {
    let now = f.env.ledger().sequence();
    let snapshot = f.env.to_ledger_snapshot();
    let mut code = snapshot
        .ledger_entries
        .iter()
        .filter(|(key, _)| matches!(key.as_ref(), LedgerKey::ContractCode(_)));
    let (_, (_, live_until)) = code.next().expect("the wasm is in the ledger");
    assert!(code.next().is_none(), "one wasm");
    live_until.expect("code has a TTL") >= now
}

/// The `live_until` of the escrow contract's USDC balance entry, kept by the token contract.
fn balance_live_until(f: &Fixture) -> u32 {
    let token = ScAddress::from(&f.usdc.address);
    let holder = ScVal::Address(ScAddress::from(&f.contract));
    let snapshot = f.env.to_ledger_snapshot();
    snapshot
        .ledger_entries
        .iter()
        .find_map(|(key, (_, live_until))| match key.as_ref() {
            LedgerKey::ContractData(data)
                if data.contract == token
                    && matches!(&data.key, ScVal::Vec(Some(parts)) if parts.contains(&holder)) =>
            {
                *live_until
            }
            _ => None,
        })
        .expect("the contract holds USDC")
}

/// Runs `create` and returns the persistent entries it created.
fn created_by(f: &Fixture, create: impl FnOnce() -> u64) -> (u64, Keys) {
    let before = keys(f);
    let id = create();
    (id, keys(f).difference(&before).cloned().collect())
}

#[test]
fn a_year_of_archival_keeps_used_escrows_and_restores_an_idle_one_whole() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    // Before any escrow, the contract's only persistent entry is the escrow counter.
    let counter = keys(&f);
    assert_eq!(counter.len(), 1);

    // `used`: a status change every 25 days, alternating milestones, so each of its entries
    // is touched within the 60 days below which a call extends what it touches. `kept`: never
    // called, but `extend_ttl` every 25 days. `idle`: left alone.
    let (used, used_keys) = created_by(&f, || f.create_funded(&[100, 200]));
    let (kept, kept_keys) = created_by(&f, || {
        let id = f.create_funded(&[300]);
        f.submit(id, 0);
        id
    });
    let (idle, idle_keys) = created_by(&f, || {
        let id = f.create_funded(&[400, 500]);
        f.submit(id, 1);
        id
    });
    // An escrow of n milestones has at least 2 + 2n entries of its own.
    assert!(used_keys.len() >= 6 && kept_keys.len() >= 4 && idle_keys.len() >= 6);
    let start = f.state();
    let balance_created_until = balance_live_until(&f);

    let mut day = 0;
    let mut idle_archived_on = None;
    let mut counter_archived_on = None;
    let mut balance_extended = 0;
    while day < 365 {
        f.advance(5 * DAY);
        day += 5;
        let now = f.env.ledger().sequence();
        if day % 25 == 0 {
            let index = (day / 25) % 2;
            f.submit(used, index);
            c.request_changes(&used, &index, &None);

            let balance_before = balance_live_until(&f);
            c.extend_ttl(&kept);
            // Every entry of the kept escrow at the network's maximum.
            for ttl in f.ttls(kept, 0) {
                assert!(ttl >= MAINNET_MAX_TTL - 1, "day {day}: {ttl}");
            }
            // The token balance that holds its funds read, so extended by the token's rule.
            let balance_after = balance_live_until(&f);
            assert!(
                balance_after >= now + SAC_BALANCE_THRESHOLD,
                "day {day}: balance lives until {balance_after}"
            );
            if balance_after > balance_before {
                balance_extended += 1;
            }
        }
        assert!(code_live(&f), "day {day}: the code stays alive");
        assert!(f.instance_ttl() > 0, "day {day}: the instance stays alive");
        assert!(
            balance_live_until(&f) >= now,
            "day {day}: the contract's balance stays alive"
        );

        let archived = archived(&f);
        for (name, escrow_keys) in [("used", &used_keys), ("kept", &kept_keys)] {
            let lost: Keys = archived.intersection(escrow_keys).cloned().collect();
            assert!(
                lost.is_empty(),
                "day {day}: entries of {name} archived: {lost:?}"
            );
        }
        // Only the idle escrow's entries, all together, and the counter ever archive.
        let idle_archived = archived.intersection(&idle_keys).count();
        assert!(
            idle_archived == 0 || idle_archived == idle_keys.len(),
            "day {day}: {idle_archived} of the idle escrow's entries archived"
        );
        assert!(archived
            .iter()
            .all(|key| idle_keys.contains(key) || counter.contains(key)));
        if idle_archived > 0 && idle_archived_on.is_none() {
            idle_archived_on = Some(day);
        }
        if archived.is_superset(&counter) && counter_archived_on.is_none() {
            counter_archived_on = Some(day);
        }
    }
    // Created with 120 days of life: archived after that, not before.
    let archived_on = idle_archived_on.expect("the idle escrow archived");
    assert!((120..=125).contains(&archived_on), "{archived_on}");
    let archived_on = counter_archived_on.expect("the counter archived");
    assert!((120..=125).contains(&archived_on), "{archived_on}");
    // The token balance was created with 120 days too; extend_ttl extended it whenever it
    // had less than 29 days left, from the 100th day on.
    assert!(balance_created_until < START + 121 * DAY);
    assert!(balance_extended >= 8, "{balance_extended}");

    // The archived escrow comes back whole: not missing, not zero.
    assert_eq!(archived(&f), &idle_keys | &counter);
    let escrow = f.client.get_escrow(&idle);
    assert!(f.env.cost_estimate().resources().disk_read_entries >= 1);
    assert_eq!(escrow, start.escrows[(idle - 1) as usize].0);
    assert_eq!((escrow.funded, escrow.paid_out), (900, 0));
    assert_eq!(
        f.client.get_milestones(&idle),
        soroban_sdk::Vec::from_iter(&f.env, start.escrows[(idle - 1) as usize].1.clone())
    );
    // Restored: the reads brought the escrow and its milestones back.
    assert_eq!(archived(&f), counter);

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
    assert_eq!(now.credits, start.credits);

    // And keeps working.
    c.approve_milestone(&idle, &1);
    c.release_milestone(&idle, &1);
    assert_eq!(
        f.client.get_milestone(&idle, &1).status,
        MilestoneStatus::Released
    );
    f.assert_tokens_accounted();
}

/// The ledger the fixture starts at.
const START: u32 = escrow::testutils::START_LEDGER;

#[test]
fn the_escrow_counter_archives_without_creations_and_the_next_creation_restores_it() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    let counter = keys(&f);
    assert_eq!(counter.len(), 1);
    let first = f.create_funded(&[100, 200]);
    let second = f.create(&f.new_escrow(&[50]));
    assert_eq!((first, second), (1, 2));

    // Only creations write the counter: 121 days of other calls, which keep both escrows
    // alive, leave it to archive.
    for step in 0..11 {
        f.advance(11 * DAY);
        let index = step % 2;
        f.submit(first, index);
        c.request_changes(&first, &index, &None);
        c.extend_ttl(&first);
        c.extend_ttl(&second);
    }
    assert!(f.env.ledger().sequence() > START + MAINNET_MIN_PERSISTENT_TTL);
    assert_eq!(archived(&f), counter, "the counter, and only it, archived");

    // The next creation restores it and hands out the next id, never 1 again.
    let third = f.create(&f.new_escrow(&[75]));
    assert!(f.env.cost_estimate().resources().disk_read_entries >= 1);
    assert_eq!(third, 3);
    assert!(archived(&f).is_empty());
    let live_until = contract_entries(&f)[counter.first().unwrap()];
    assert!(live_until >= f.env.ledger().sequence() + 60 * DAY);
    assert_eq!(f.create(&f.new_escrow(&[25])), 4);
    assert_eq!(f.client.get_escrow(&third).total_amount, 75);
    f.assert_tokens_accounted();
}
