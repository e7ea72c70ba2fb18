//! A milestone status change reads and writes the same ledger entries and bytes whatever the
//! number of milestones in its escrow or of escrows in the contract.

use escrow::{testutils::Fixture, MilestoneStatus, MAX_MILESTONES};

/// The storage and event footprint of the last call: entries read, entries written, bytes
/// written, event bytes.
fn footprint(f: &Fixture) -> (u32, u32, u32, u32) {
    let r = f.env.cost_estimate().resources();
    (
        r.memory_read_entries + r.disk_read_entries,
        r.write_entries,
        r.write_bytes,
        r.contract_events_size_bytes,
    )
}

/// Submits, approves and releases milestone `index` of escrow `id`, returning the footprint of
/// each call and of a `get_milestone`.
fn measure(f: &Fixture, id: u64, index: u32) -> [(u32, u32, u32, u32); 4] {
    let c = f.client.mock_all_auths();
    c.change_milestone_status(
        &id,
        &index,
        &MilestoneStatus::ForReview,
        &Some(f.text("https://example.com/proof/0123456789")),
        &Some(f.text("Delivered as agreed")),
    );
    let submit = footprint(f);
    c.approve_milestone(&id, &index);
    let approve = footprint(f);
    c.release_milestone(&id, &index);
    let release = footprint(f);
    f.client.get_milestone(&id, &index);
    let read = footprint(f);
    [submit, approve, release, read]
}

/// The token reads one more entry on the first payout to a new holder: pay the receiver and
/// the platform once before measuring, so only the escrow's own footprint is compared.
fn fixture_with_paid_parties() -> Fixture<'static> {
    let f = Fixture::wasm();
    let id = f.create_funded(&[1_000]);
    measure(&f, id, 0);
    f
}

#[test]
fn status_changes_cost_the_same_at_one_and_at_the_maximum_milestones() {
    let f = fixture_with_paid_parties();
    let one = f.create_funded(&[1_000]);
    let many = f.create_funded(&[1_000; MAX_MILESTONES as usize]);
    assert_eq!(measure(&f, one, 0), measure(&f, many, MAX_MILESTONES - 1));
}

#[test]
fn status_changes_cost_the_same_among_many_escrows() {
    let f = fixture_with_paid_parties();
    let first = f.create_funded(&[1_000, 1_000]);
    let alone = measure(&f, first, 0);
    for _ in 0..200 {
        f.create(&f.new_escrow(&[5, 5, 5]));
    }
    let crowded = f.create_funded(&[1_000, 1_000]);
    assert_eq!(crowded, 203);
    assert_eq!(measure(&f, crowded, 1), alone);
}
