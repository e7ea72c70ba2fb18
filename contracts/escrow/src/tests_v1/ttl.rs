//! Time to live, with mainnet's settings (entries are created with 120 days; 180 days at most).

use crate::{
    storage::{TTL_EXTEND_TO, TTL_THRESHOLD},
    testutils::{Fixture, MAINNET_MAX_TTL},
    MilestoneStatus,
};

const DAY: u32 = 17_280;

#[test]
fn a_new_escrow_lives_at_least_120_days() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    let (escrow_ttl, milestone_ttl) = f.ttls(id, 1);
    assert!(escrow_ttl >= TTL_EXTEND_TO - 1, "{escrow_ttl}");
    assert!(milestone_ttl >= TTL_EXTEND_TO - 1, "{milestone_ttl}");
    assert!(f.instance_ttl() >= TTL_EXTEND_TO - 1);
}

#[test]
fn an_escrow_in_active_use_never_needs_a_restore() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    let client = f.client.mock_all_auths();
    // A year of use, one call every 59 days on alternating milestones; each call touches the
    // escrow entry and one milestone, the other milestone is only read back.
    for round in 0..6u32 {
        f.advance(59 * DAY);
        let index = round % 2;
        f.submit(id, index);
        client.request_changes(&id, &index, &None);
        let (escrow_ttl, milestone_ttl) = f.ttls(id, index);
        assert!(escrow_ttl >= TTL_THRESHOLD, "round {round}: {escrow_ttl}");
        assert!(
            milestone_ttl >= TTL_THRESHOLD,
            "round {round}: {milestone_ttl}"
        );
        assert!(f.instance_ttl() >= TTL_THRESHOLD);
        assert_eq!(f.client.get_escrow(&id).funded, 300);
        assert_eq!(f.client.get_milestones(&id).len(), 2);
    }
    f.submit_and_approve(id, 0);
    client.release_milestone(&id, &0);
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Released
    );
}

#[test]
fn a_call_extends_only_below_the_threshold_and_only_what_it_touches() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    let (escrow_ttl, _) = f.ttls(id, 0);

    // Above the threshold: nothing is extended, so the call pays no rent.
    f.advance(DAY);
    f.submit(id, 0);
    assert_eq!(f.ttls(id, 0), (escrow_ttl - DAY, escrow_ttl - DAY));

    // Below it: the escrow entry and the touched milestone go back to 120 days; the untouched
    // milestone pays no rent.
    f.advance(TTL_EXTEND_TO - TTL_THRESHOLD);
    f.submit(id, 0);
    let (escrow_after, touched) = f.ttls(id, 0);
    let (_, untouched) = f.ttls(id, 1);
    assert_eq!(escrow_after, TTL_EXTEND_TO);
    assert_eq!(touched, TTL_EXTEND_TO);
    assert_eq!(
        untouched,
        escrow_ttl - DAY - (TTL_EXTEND_TO - TTL_THRESHOLD)
    );
}

#[test]
fn an_idle_escrow_is_kept_alive_by_extend_ttl() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 1);
    let before = f.state();

    f.advance(100 * DAY);
    f.client.extend_ttl(&id);
    for index in 0..2 {
        assert_eq!(
            f.ttls(id, index),
            (MAINNET_MAX_TTL - 1, MAINNET_MAX_TTL - 1)
        );
    }
    assert_eq!(f.instance_ttl(), MAINNET_MAX_TTL - 1);

    // 100 + 170 days: past the 120 days it was created with, yet whole and usable.
    f.advance(170 * DAY);
    assert_eq!(f.state(), before);
    f.client.mock_all_auths().approve_milestone(&id, &1);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 195);
}

#[test]
fn an_archived_escrow_is_restored_whole_never_read_as_missing() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit(id, 0);
    let before = f.state();
    // The instance is kept alive by another escrow's use; this one is left alone past its
    // 120 days and is archived.
    f.advance(110 * DAY);
    f.create(&f.new_escrow(&[5]));
    f.advance(20 * DAY);

    // Since protocol 23 a transaction restores the archived entries in its footprint (the
    // RPC's simulation lists them); the host reads them back from disk, whole.
    let escrow = f.client.get_escrow(&id);
    assert_eq!(escrow, before.escrows[0].0);
    let resources = f.env.cost_estimate().resources();
    assert_eq!(
        resources.disk_read_entries, 1,
        "the escrow came back from the archive"
    );
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone, before.escrows[0].1[0]);
    assert_eq!(f.env.cost_estimate().resources().disk_read_entries, 1);
    f.client.mock_all_auths().approve_milestone(&id, &0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}
