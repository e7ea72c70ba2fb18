//! Storage keys never alias: an escrow id or a milestone index whose key would be another
//! escrow's or milestone's (see `storage::key`) reads as missing and changes nothing, and a
//! final milestone keeps the receiver it paid whoever holds the receiver role later.

use crate::{testutils::*, Error, MilestoneStatus, Role};

/// Ids from 2^55 on would wrap onto a lower id's keys in `id × 512 + …`.
const WRAP: u64 = 1 << 55;

#[test]
fn an_escrow_id_that_would_wrap_onto_another_escrow_is_not_found() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 0);
    for alias in [id + WRAP, id + 2 * WRAP, id + 3 * WRAP, u64::MAX] {
        f.assert_refused(Error::EscrowNotFound, || c.try_get_escrow(&alias));
        f.assert_refused(Error::EscrowNotFound, || c.try_get_milestone(&alias, &0));
        f.assert_refused(Error::EscrowNotFound, || {
            c.try_approve_milestone(&alias, &0)
        });
        f.assert_refused(Error::EscrowNotFound, || {
            c.try_fund_escrow(&alias, &f.parties.approver, &1)
        });
        f.assert_refused(Error::EscrowNotFound, || c.try_extend_ttl(&alias));
    }
    assert_eq!(c.get_milestone(&id, &0).status, MilestoneStatus::ForReview);
}

#[test]
fn a_milestone_index_that_would_reach_another_escrow_is_not_found() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let first = f.create_funded(&[100]);
    // Index 64 of escrow 1 would be index 0 of escrow 2 in the key layout.
    let second = f.create_funded(&[300]);
    assert_eq!(second, first + 1);
    f.advance_time(DEADLINE_STEP);
    for index in [1, 63, 64, 65, 128, u32::MAX] {
        f.assert_refused(Error::MilestoneNotFound, || {
            c.try_get_milestone(&first, &index)
        });
        f.assert_refused(Error::MilestoneNotFound, || {
            c.try_cancel_milestone(&first, &index)
        });
        f.assert_refused(Error::MilestoneNotFound, || {
            c.try_settle_milestone(&first, &index, &0)
        });
    }
    // Escrow 2's milestone is untouched and still cancellable by its own approver.
    c.cancel_milestone(&second, &0);
    assert_eq!(
        c.get_milestone(&second, &0).status,
        MilestoneStatus::Cancelled
    );
    assert_eq!(c.get_milestone(&first, &0).status, MilestoneStatus::Pending);
}

#[test]
fn a_final_milestone_keeps_the_receiver_it_paid_after_the_role_changes_hands() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    let id = f.create_funded(&[1_000, 2_000]);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    assert_eq!(c.get_milestone(&id, &0).receiver, p.receiver);

    c.transfer_role(&id, &Role::Receiver, &p.outsider);
    let paid = c.get_milestone(&id, &0);
    assert_eq!(paid.receiver, p.receiver, "who was paid stays");
    assert_eq!(c.get_milestone(&id, &1).receiver, p.outsider);

    // The open milestone pays the new receiver, and then keeps it.
    f.submit_and_approve(id, 1);
    c.release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&p.outsider), 1_950);
    c.transfer_role(&id, &Role::Receiver, &p.admin);
    assert_eq!(c.get_milestone(&id, &1).receiver, p.outsider);
    assert_eq!(c.get_milestone(&id, &0).receiver, p.receiver);
}
