//! `approve_and_release`: several delivered or approved milestones approved and paid in one
//! call, all or nothing, signed by the approver and the release signer.

extern crate std;

use soroban_sdk::{vec, Event, IntoVal, Vec};

use super::{as_published, contract_events};
use crate::{
    testutils::*, Error, MilestoneReleased, MilestoneStatus, MilestoneUpdated, MAX_RELEASE_BATCH,
};

fn indices(f: &Fixture, list: &[u32]) -> Vec<u32> {
    Vec::from_slice(&f.env, list)
}

/// The fixture's fee, 2.5 %, of `amount`, rounded down.
fn fee(amount: i128) -> i128 {
    amount * FEE_BPS as i128 / 10_000
}

/// A fully funded escrow of 1 000, 2 000, 3 000 and 4 000: milestone 0 `ForReview`, 1
/// `Approved`, 2 `ForReview`, 3 `Pending`.
fn delivered_escrow(f: &Fixture) -> u64 {
    let id = f.create_funded(&[1_000, 2_000, 3_000, 4_000]);
    f.submit(id, 0);
    f.submit_and_approve(id, 1);
    f.submit(id, 2);
    id
}

#[test]
fn approve_and_release_pays_each_listed_milestone_as_a_release_does() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = delivered_escrow(&f);
    let list = indices(&f, &[0, 1, 2]);
    let before: std::vec::Vec<_> = (0..3).map(|i| f.client.get_milestone(&id, &i)).collect();

    f.sign_next(
        &[&p.approver, &p.release_signer],
        "approve_and_release",
        (id, list.clone()).into_val(&f.env),
    );
    f.client.approve_and_release(&id, &list);

    // Each milestone: one update straight to Released by the release signer, then the payout.
    let updates: std::vec::Vec<MilestoneUpdated> = before
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneUpdated {
            escrow_id: id,
            milestone_index: i as u32,
            status: MilestoneStatus::Released,
            approved: true,
            evidence: m.evidence.clone(),
            notes: m.notes.clone(),
            changed_by: p.release_signer.clone(),
        })
        .collect();
    let payouts: std::vec::Vec<MilestoneReleased> = before
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneReleased {
            escrow_id: id,
            milestone_index: i as u32,
            receiver: p.receiver.clone(),
            paid_to_receiver: m.amount - fee(m.amount),
            platform: p.platform.clone(),
            platform_fee: fee(m.amount),
        })
        .collect();
    let expected: std::vec::Vec<&dyn Event> = updates
        .iter()
        .zip(&payouts)
        .flat_map(|(u, r)| [u as &dyn Event, r as &dyn Event])
        .collect();
    assert_eq!(
        contract_events(&f),
        as_published(&f, &f.contract, &expected)
    );

    for i in 0..3 {
        let m = f.client.get_milestone(&id, &i);
        assert_eq!(
            (m.status, m.approved, m.held),
            (MilestoneStatus::Released, true, 0)
        );
    }
    assert_eq!(
        f.client.get_milestone(&id, &3).status,
        MilestoneStatus::Pending,
        "unlisted milestones stay"
    );
    // 2.5 % of 1 000, 2 000 and 3 000: 25, 50 and 75.
    assert_eq!(f.usdc.balance(&p.receiver), 975 + 1_950 + 2_925);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 50 + 75);
    assert_eq!(f.usdc.balance(&f.contract), 4_000);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (10_000, 6_000, 4_000)
    );
    f.assert_tokens_accounted();
}

#[test]
fn approve_and_release_pays_the_same_as_approving_and_releasing_one_by_one() {
    let one_call = Fixture::native();
    let id = delivered_escrow(&one_call);
    one_call
        .client
        .mock_all_auths()
        .approve_and_release(&id, &indices(&one_call, &[2, 0]));

    let step_by_step = Fixture::native();
    let id = delivered_escrow(&step_by_step);
    let c = step_by_step.client.mock_all_auths();
    c.approve_milestone(&id, &2);
    c.release_milestone(&id, &2);
    c.approve_milestone(&id, &0);
    c.release_milestone(&id, &0);

    // Same escrow, milestones (statuses, times, holdings), balances and credits.
    assert_eq!(one_call.state(), step_by_step.state());
}

#[test]
fn a_delivery_past_its_review_period_can_still_be_approved_and_released() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);
    f.client
        .mock_all_auths()
        .approve_and_release(&id, &indices(&f, &[0]));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Released
    );
    assert_eq!(f.usdc.balance(&f.parties.receiver), 975);
}

#[test]
fn one_milestone_not_fully_backed_refuses_the_whole_batch() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    // Milestone 2 holds 2 999 of 3 000.
    f.fund(id, 5_999);
    for i in 0..3 {
        f.submit(id, i);
    }
    f.assert_refused(Error::InsufficientFunds, || {
        f.client
            .mock_all_auths()
            .try_approve_and_release(&id, &indices(&f, &[0, 1, 2]))
    });
    // One more unit and the same batch goes through.
    f.fund(id, 1);
    f.client
        .mock_all_auths()
        .approve_and_release(&id, &indices(&f, &[0, 1, 2]));
    assert_eq!(f.usdc.balance(&f.contract), 0);
    f.assert_tokens_accounted();
}

#[test]
fn one_milestone_that_is_missing_or_in_the_wrong_status_refuses_the_whole_batch() {
    let f = Fixture::native();
    let id = delivered_escrow(&f);
    let c = f.client.mock_all_auths();
    // Milestone 3 is Pending; there is no milestone 4.
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 1, 3]))
    });
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 1, 4]))
    });
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, u32::MAX]))
    });
    // A milestone already released, changes requested, disputed, or final otherwise.
    c.release_milestone(&id, &1);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 1]))
    });
    c.request_changes(&id, &2, &None);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 2]))
    });
    c.dispute_milestone(&id, &2, &f.parties.approver, &f.text("late"));
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_and_release(&id, &indices(&f, &[2, 0]))
    });
    c.settle_milestone(&id, &3, &0);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 3]))
    });
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::ForReview
    );
}

#[test]
fn the_list_is_checked_in_order_and_the_first_faulty_index_reports() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    f.fund(id, 1_000);
    f.submit(id, 0);
    f.submit(id, 1);
    // 1 is not fully backed, 2 is Pending, 7 does not exist.
    let c = f.client.mock_all_auths();
    let cases = [
        (&[0, 1, 2, 7][..], Error::InsufficientFunds),
        (&[0, 2, 1, 7][..], Error::InvalidStatusTransition),
        (&[0, 7, 2, 1][..], Error::MilestoneNotFound),
        (&[2, 1][..], Error::InvalidStatusTransition),
        (&[1, 2][..], Error::InsufficientFunds),
        // SPEC v2.1: list order first, then each milestone's first fault. An unfunded
        // milestone listed before a missing one reports, though `MilestoneNotFound` comes
        // before `InsufficientFunds` in the order of one milestone's faults.
        (&[1, 7][..], Error::InsufficientFunds),
        (&[7, 1][..], Error::MilestoneNotFound),
    ];
    for (list, error) in cases {
        f.assert_refused(error, || c.try_approve_and_release(&id, &indices(&f, list)));
    }
}

#[test]
fn an_index_listed_twice_fails_on_its_second_time() {
    let f = Fixture::native();
    let id = delivered_escrow(&f);
    let c = f.client.mock_all_auths();
    for list in [&[0, 0][..], &[1, 0, 1][..], &[0, 1, 2, 2][..]] {
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_approve_and_release(&id, &indices(&f, list))
        });
    }
    // Listed twice after a missing one: the missing one reports first.
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 9, 0]))
    });
}

#[test]
fn an_empty_list_is_no_milestones() {
    let f = Fixture::native();
    let id = delivered_escrow(&f);
    f.assert_refused(Error::NoMilestones, || {
        f.client
            .mock_all_auths()
            .try_approve_and_release(&id, &vec![&f.env])
    });
}

#[test]
fn up_to_max_release_batch_milestones_go_in_one_call_and_one_more_is_too_many() {
    assert_eq!(MAX_RELEASE_BATCH, 5);
    let f = Fixture::native();
    let id = f.create_funded(&[100; 6]);
    for i in 0..6 {
        f.submit(id, i);
    }
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::TooManyMilestones, || {
        c.try_approve_and_release(&id, &indices(&f, &[0, 1, 2, 3, 4, 5]))
    });
    // The count is checked before any index.
    f.assert_refused(Error::TooManyMilestones, || {
        c.try_approve_and_release(&id, &indices(&f, &[9, 9, 9, 9, 9, 9]))
    });
    c.approve_and_release(&id, &indices(&f, &[5, 4, 3, 2, 1]));
    for i in 1..6 {
        assert_eq!(
            f.client.get_milestone(&id, &i).status,
            MilestoneStatus::Released
        );
    }
    // 2.5 % of 100 is 2.5, rounded down: 98 to the receiver each time.
    assert_eq!(f.usdc.balance(&f.parties.receiver), 5 * 98);
    assert_eq!(f.usdc.balance(&f.parties.platform), 5 * 2);
    assert_eq!(f.usdc.balance(&f.contract), 100);
    f.assert_tokens_accounted();
}

#[test]
fn an_unknown_escrow_is_escrow_not_found() {
    let f = Fixture::native();
    delivered_escrow(&f);
    f.assert_refused(Error::EscrowNotFound, || {
        f.client
            .mock_all_auths()
            .try_approve_and_release(&2, &indices(&f, &[0]))
    });
}

#[test]
fn the_approver_and_the_release_signer_both_sign() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = delivered_escrow(&f);
    let list = indices(&f, &[0, 1]);
    let args = || (id, list.clone()).into_val(&f.env);

    for signers in [
        &[&p.approver][..],
        &[&p.release_signer][..],
        &[&p.approver, &p.outsider][..],
        &[&p.service_provider, &p.release_signer][..],
        &[][..],
    ] {
        f.sign_next(signers, "approve_and_release", args());
        f.assert_refused_unsigned(|| f.client.try_approve_and_release(&id, &list));
    }

    f.sign_next(
        &[&p.approver, &p.release_signer],
        "approve_and_release",
        args(),
    );
    f.client.approve_and_release(&id, &list);
    f.assert_signed_by(
        &[&p.approver, &p.release_signer],
        "approve_and_release",
        args(),
    );
    assert_eq!(f.usdc.balance(&p.receiver), 975 + 1_950);
}

#[test]
fn one_signature_when_the_approver_is_also_the_release_signer() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let mut new = f.new_escrow(&[1_000, 2_000]);
    new.roles.release_signer = p.approver.clone();
    let id = f.create(&new);
    f.fund(id, 3_000);
    f.submit(id, 0);
    f.submit(id, 1);
    let list = indices(&f, &[0, 1]);
    let args = || (id, list.clone()).into_val(&f.env);

    f.sign_next(&[&p.outsider], "approve_and_release", args());
    f.assert_refused_unsigned(|| f.client.try_approve_and_release(&id, &list));

    f.sign_next(&[&p.approver], "approve_and_release", args());
    f.client.approve_and_release(&id, &list);
    f.assert_signed_by(&[&p.approver], "approve_and_release", args());
    let events = contract_events(&f);
    let changed_by_approver = MilestoneUpdated {
        escrow_id: id,
        milestone_index: 1,
        status: MilestoneStatus::Released,
        approved: true,
        evidence: Some(f.text("https://example.com/delivery")),
        notes: Some(f.text("Delivered")),
        changed_by: p.approver.clone(),
    };
    assert_eq!(
        events[2],
        as_published(&f, &f.contract, &[&changed_by_approver])[0]
    );
    assert_eq!(f.usdc.balance(&p.receiver), 975 + 1_950);
    f.assert_tokens_accounted();
}
