//! Time to live with mainnet's settings: renewals of whole escrows, the instance, the counter.

extern crate std;

use soroban_sdk::{testutils::Address as _, testutils::Ledger as _, vec, Address};

use crate::{
    storage::{DAY_IN_LEDGERS, RENEWAL_INTERVAL, TTL_EXTEND_TO, TTL_THRESHOLD},
    testutils::*,
    EscrowContractClient, MilestoneStatus, Role,
};

/// Ages every entry by `ledgers` without moving the clock, so no period, deadline or renewal
/// falls due.
fn age(f: &Fixture, ledgers: u32) {
    f.env.ledger().with_mut(|l| l.sequence_number += ledgers);
}

/// The time to live of every entry of escrow `id`, milestone by milestone (see
/// [`Fixture::ttls`]: header, accounts, milestone terms, milestone progress, details).
fn all_ttls(f: &Fixture, id: u64) -> std::vec::Vec<[u32; 5]> {
    let count = f.client.get_escrow(&id).milestone_count;
    (0..count).map(|index| f.ttls(id, index)).collect()
}

/// Checks that every entry of escrow `id` has `ttl` ledgers left.
fn assert_all_ttls(f: &Fixture, id: u64, ttl: u32, what: &str) {
    for (index, ttls) in all_ttls(f, id).into_iter().enumerate() {
        assert_eq!(ttls, [ttl; 5], "{what}: milestone {index}");
    }
}

#[test]
fn a_new_escrow_and_each_of_its_milestones_live_120_days() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200, 300]));
    assert_all_ttls(&f, id, TTL_EXTEND_TO - 1, "created");
    assert_eq!(f.instance_ttl(), TTL_EXTEND_TO - 1);
    assert_eq!(f.counter_ttl(), TTL_EXTEND_TO - 1);
    assert_eq!(
        (TTL_EXTEND_TO, TTL_THRESHOLD, RENEWAL_INTERVAL),
        (120 * DAY_IN_LEDGERS, 60 * DAY_IN_LEDGERS, 60 * DAY)
    );
}

#[test]
fn no_call_extends_the_escrow_until_its_renewal_falls_due() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.advance_time(RENEWAL_INTERVAL - 1);
    let ttl = TTL_EXTEND_TO - 1 - ((RENEWAL_INTERVAL - 1) / 5) as u32;
    assert_all_ttls(&f, id, ttl, "aged");
    f.submit(id, 0);
    f.client.mock_all_auths().request_changes(&id, &0, &None);
    f.fund(id, 300);
    f.client.mock_all_auths().settle_milestone(&id, &1, &200);
    assert_all_ttls(&f, id, ttl, "one second before the renewal");
}

#[test]
fn status_changes_leave_the_instance_to_the_other_calls() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    age(&f, TTL_EXTEND_TO - 1 - TTL_THRESHOLD);
    assert_eq!(f.instance_ttl(), TTL_THRESHOLD);
    f.submit(id, 0);
    f.client.mock_all_auths().approve_milestone(&id, &0);
    assert_eq!(f.instance_ttl(), TTL_THRESHOLD);
    // Any other call extends it at 60 days or less; the escrow's entries wait for renewal.
    f.fund(id, 100);
    assert_eq!(f.instance_ttl(), TTL_EXTEND_TO);
    assert_all_ttls(&f, id, TTL_THRESHOLD, "a deposit before the renewal");
    age(&f, 1);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(
        f.instance_ttl(),
        TTL_EXTEND_TO - 1,
        "above 60 days, left alone"
    );
}

/// An escrow of two milestones ready for the call `name` on milestone 0 at its creation time
/// plus `RENEWAL_INTERVAL`, the clock one second before that.
fn ready_for(f: &Fixture, name: &str) -> u64 {
    let created_at = f.now();
    let id = if name == "fund_escrow" {
        f.create(&f.new_escrow(&[100, 200]))
    } else {
        f.create_funded(&[100, 200])
    };
    let to_the_eve = |f: &Fixture| f.advance_time(created_at + RENEWAL_INTERVAL - 1 - f.now());
    match name {
        "change_milestone_status"
        | "settle_milestone"
        | "fund_escrow"
        | "add_milestones"
        | "transfer_role"
        | "cancel_milestone" => {}
        "approve_milestone" | "approve_and_release" | "claim_milestone" => f.submit(id, 0),
        "request_changes" | "dispute_milestone" => {
            // Within the review period when the renewal falls due.
            to_the_eve(f);
            f.submit(id, 0);
        }
        "release_milestone" => f.submit_and_approve(id, 0),
        "resolve_dispute" | "expire_dispute" => {
            f.submit(id, 0);
            f.dispute(id, 0);
        }
        other => panic!("{other}"),
    }
    to_the_eve(f);
    id
}

/// Makes the call `name` on milestone 0 of escrow `id`.
fn call(f: &Fixture, c: &EscrowContractClient, name: &str, id: u64) {
    let p = &f.parties;
    match name {
        "change_milestone_status" => {
            c.change_milestone_status(&id, &0, &MilestoneStatus::ForReview, &None, &None)
        }
        "request_changes" => c.request_changes(&id, &0, &None),
        "approve_milestone" => c.approve_milestone(&id, &0),
        "dispute_milestone" => c.dispute_milestone(&id, &0, &p.approver, &f.text("why")),
        "release_milestone" => c.release_milestone(&id, &0),
        "resolve_dispute" => c.resolve_dispute(&id, &0, &50),
        "claim_milestone" => c.claim_milestone(&id, &0),
        "cancel_milestone" => c.cancel_milestone(&id, &0),
        "settle_milestone" => c.settle_milestone(&id, &0, &50),
        "expire_dispute" => c.expire_dispute(&id, &0, &p.service_provider),
        "approve_and_release" => c.approve_and_release(&id, &vec![&f.env, 0u32]),
        "fund_escrow" => f.fund(id, 100),
        "add_milestones" => c.add_milestones(&id, &f.new_milestones(&[5])),
        "transfer_role" => c.transfer_role(&id, &Role::Platform, &Address::generate(&f.env)),
        other => panic!("{other}"),
    }
}

const MUTATING_CALLS: [&str; 14] = [
    "change_milestone_status",
    "request_changes",
    "approve_milestone",
    "dispute_milestone",
    "release_milestone",
    "resolve_dispute",
    "claim_milestone",
    "cancel_milestone",
    "settle_milestone",
    "expire_dispute",
    "approve_and_release",
    "fund_escrow",
    "add_milestones",
    "transfer_role",
];

#[test]
fn the_first_mutating_call_once_due_renews_every_entry_of_the_escrow_and_the_instance() {
    for name in MUTATING_CALLS {
        let f = Fixture::native();
        let other = f.create(&f.new_escrow(&[5]));
        let id = ready_for(&f, name);
        // One more second is no more ledger.
        f.advance_time(1);
        let aged = TTL_EXTEND_TO - 1 - ((RENEWAL_INTERVAL - 1) / 5) as u32;
        assert_eq!(f.ttls(id, 1), [aged; 5], "{name}");
        assert_eq!(f.ttls(other, 0), [aged; 5], "{name}");
        assert_eq!(f.instance_ttl(), aged, "{name}");
        call(&f, &f.client.mock_all_auths(), name, id);
        // Milestone 1, untouched by the call, is renewed with the rest. (A status change
        // extends the instance only by renewing.)
        for index in 0..2 {
            assert_eq!(f.ttls(id, index), [TTL_EXTEND_TO; 5], "{name}: {index}");
        }
        assert_eq!(f.instance_ttl(), TTL_EXTEND_TO, "{name}");
        // Nothing of another escrow, nor the counter.
        assert_eq!(f.ttls(other, 0), [aged; 5], "{name}");
        assert_eq!(f.counter_ttl(), aged, "{name}");
    }
}

#[test]
fn a_renewal_restarts_the_interval() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.advance_time(RENEWAL_INTERVAL);
    f.submit(id, 0);
    assert_all_ttls(&f, id, TTL_EXTEND_TO, "renewed");
    // The next renewal falls due 60 days after this one, not after the creation.
    f.advance_time(RENEWAL_INTERVAL - 1);
    f.submit(id, 0);
    f.submit(id, 1);
    let aged = TTL_EXTEND_TO - ((RENEWAL_INTERVAL - 1) / 5) as u32;
    assert_all_ttls(&f, id, aged, "one second before the next renewal");
    f.advance_time(1);
    f.submit(id, 0);
    assert_all_ttls(&f, id, TTL_EXTEND_TO, "renewed again");
}

#[test]
fn a_renewal_includes_milestones_added_later() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.advance_time(DAY);
    f.client
        .mock_all_auths()
        .add_milestones(&id, &f.new_milestones(&[50, 60]));
    assert_eq!(
        f.ttls(id, 2)[2..4],
        [TTL_EXTEND_TO - 1; 2],
        "created for 120 days"
    );
    f.advance_time(RENEWAL_INTERVAL - DAY);
    f.submit(id, 0);
    assert_all_ttls(&f, id, TTL_EXTEND_TO, "renewed");
}

#[test]
fn renewals_follow_the_ledger_clock_not_the_ledger_sequence() {
    // Ledgers closing faster than every five seconds age the entries faster than the clock:
    // before the renewal falls due by time, a call extends nothing.
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    age(&f, TTL_EXTEND_TO - 1 - TTL_THRESHOLD + 1);
    f.submit(id, 0);
    assert_all_ttls(&f, id, TTL_THRESHOLD - 1, "not due by the clock");
}

#[test]
fn reads_extend_nothing_even_when_a_renewal_is_due() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.advance_time(RENEWAL_INTERVAL);
    let aged = TTL_EXTEND_TO - 1 - (RENEWAL_INTERVAL / 5) as u32;
    f.client.get_escrow(&id);
    f.client.get_milestone(&id, &0);
    f.client.get_milestones(&id);
    f.client.claimable(&f.parties.receiver, &f.usdc.address);
    assert_all_ttls(&f, id, aged, "after reads");
    assert_eq!(f.instance_ttl(), aged);
}

#[test]
fn extend_ttl_takes_every_entry_of_the_escrow_to_the_network_maximum() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200, 300]);
    let other = f.create(&f.new_escrow(&[5, 6]));
    f.submit(id, 1);
    let before = f.state();
    f.advance(100 * DAY_IN_LEDGERS);
    f.client.extend_ttl(&id);
    assert_all_ttls(&f, id, MAINNET_MAX_TTL - 1, "extended");
    assert_eq!(f.instance_ttl(), MAINNET_MAX_TTL - 1);
    // Another escrow and the counter are not this escrow's entries.
    let aged = TTL_EXTEND_TO - 1 - 100 * DAY_IN_LEDGERS;
    assert_all_ttls(&f, other, aged, "the other escrow");
    assert_eq!(f.counter_ttl(), aged);
    // Nothing else changed.
    assert_eq!(f.state(), before);
}

#[test]
fn an_idle_escrow_kept_alive_by_extend_ttl_works_after_its_first_120_days() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 1);
    f.client.mock_all_auths().approve_milestone(&id, &1);
    let before = f.state();
    f.advance(100 * DAY_IN_LEDGERS);
    f.client.extend_ttl(&id);
    // 100 + 170 days: past the 120 days it was created with, yet whole and usable.
    f.advance(170 * DAY_IN_LEDGERS);
    assert!(all_ttls(&f, id).iter().flatten().all(|t| *t > 0));
    assert_eq!(f.state(), before);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 195);
}

#[test]
fn an_escrow_used_at_least_every_59_days_never_archives() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    let c = f.client.mock_all_auths();
    // A year of status changes only, one round every 59 days on alternating milestones: the
    // milestone left alone and the entries no status change reads are kept alive too.
    for round in 0..6u32 {
        f.advance(59 * DAY_IN_LEDGERS);
        let index = round % 2;
        f.submit(id, index);
        c.request_changes(&id, &index, &None);
        for (milestone, ttls) in all_ttls(&f, id).into_iter().enumerate() {
            assert!(
                ttls.iter().all(|t| *t > TTL_THRESHOLD),
                "round {round}, milestone {milestone}: {ttls:?}"
            );
        }
        assert!(f.instance_ttl() > TTL_THRESHOLD, "round {round}");
    }
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Released
    );
}

#[test]
fn an_escrow_used_just_before_each_renewal_falls_due_never_archives() {
    // The worst schedule of "used at least once every 60 days": every call one second before
    // the renewal would fall due, so only every other call renews.
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    let mut lowest = u32::MAX;
    for round in 0..6u32 {
        f.advance_time(RENEWAL_INTERVAL - 1);
        for (milestone, ttls) in all_ttls(&f, id).into_iter().enumerate() {
            assert!(
                ttls.iter().all(|t| *t > 0),
                "round {round}, milestone {milestone}: {ttls:?}"
            );
            lowest = lowest.min(*ttls.iter().min().unwrap());
        }
        f.submit(id, round % 2);
    }
    // Two intervals less two seconds of five-second ledgers: the last ledger before archival.
    assert_eq!(lowest, 1);
    assert_eq!(
        f.client.get_milestone(&id, &1).status,
        MilestoneStatus::ForReview
    );
}

#[test]
fn a_credit_lives_at_least_the_minimum_time_to_live_and_each_new_credit_renews_it() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[100, 200]);
    f.usdc.freeze(&p.receiver);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    let token = &f.usdc.address;
    assert_eq!(f.client.claimable(&p.receiver, token), 98);
    assert_eq!(
        f.credit_ttl(&p.receiver, token),
        MAINNET_MIN_PERSISTENT_TTL - 1
    );
    // Another refused payout to the same recipient, once the credit is at 60 days or less,
    // takes it back to 120 days.
    age(&f, TTL_EXTEND_TO - 1 - TTL_THRESHOLD);
    f.submit_and_approve(id, 1);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.client.claimable(&p.receiver, token), 98 + 195);
    assert_eq!(f.credit_ttl(&p.receiver, token), TTL_EXTEND_TO);
}

#[test]
fn the_escrow_counter_lives_in_its_own_entry_extended_by_creations_only() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    // Calls on an escrow, its renewal and extend_ttl leave the counter alone.
    f.fund(id, 100);
    f.submit(id, 0);
    f.advance_time(RENEWAL_INTERVAL);
    f.client.mock_all_auths().approve_milestone(&id, &0);
    assert_eq!(f.ttls(id, 0), [TTL_EXTEND_TO; 5], "renewed");
    f.client.extend_ttl(&id);
    assert_eq!(f.counter_ttl(), TTL_THRESHOLD - 1);
    // A creation keeps it alive.
    assert_eq!(f.create(&f.new_escrow(&[5])), 2);
    assert_eq!(f.counter_ttl(), TTL_EXTEND_TO);
    // Above 60 days a creation extends nothing.
    age(&f, 1);
    assert_eq!(f.create(&f.new_escrow(&[5])), 3);
    assert_eq!(f.counter_ttl(), TTL_EXTEND_TO - 1);
}

#[test]
fn an_archived_escrow_is_restored_whole_never_read_as_missing() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit(id, 0);
    let before = f.state();
    // The instance and the counter are kept alive by another escrow's creation; this one is
    // left alone past its 120 days and is archived.
    f.advance(110 * DAY_IN_LEDGERS);
    f.create(&f.new_escrow(&[5]));
    f.advance(20 * DAY_IN_LEDGERS);

    // Since protocol 23 a transaction restores the archived entries in its footprint (the
    // RPC's simulation lists them); the host reads them back from disk, whole.
    let escrow = f.client.get_escrow(&id);
    assert_eq!(escrow, before.escrows[0].0);
    let restored = f.env.cost_estimate().resources().disk_read_entries;
    assert_eq!(restored, 3, "the header, details and accounts came back");
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone, before.escrows[0].1[0]);
    f.client.mock_all_auths().approve_milestone(&id, &0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}
