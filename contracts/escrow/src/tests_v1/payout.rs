//! Paying out: release of approved milestones, resolution of disputed ones.

use super::{as_published, contract_events};
use crate::{
    testutils::Fixture, DisputeResolved, Error, MilestoneReleased, MilestoneStatus,
    MilestoneUpdated,
};

#[test]
fn release_pays_the_receiver_less_the_fee_and_the_platform_the_fee() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000_0000000, 2_000_0000000]);
    f.submit_and_approve(id, 0);
    let approved = f.client.get_milestone(&id, &0);

    f.client.mock_all_auths().release_milestone(&id, &0);

    // 2.5 % of 1 000 USDC.
    let fee = 25_0000000;
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[
                &MilestoneUpdated {
                    escrow_id: id,
                    milestone_index: 0,
                    status: MilestoneStatus::Released,
                    approved: true,
                    evidence: approved.evidence.clone(),
                    notes: approved.notes.clone(),
                    changed_by: p.release_signer.clone(),
                },
                &MilestoneReleased {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: p.receiver.clone(),
                    receiver_amount: 1_000_0000000 - fee,
                    platform: p.platform.clone(),
                    platform_fee: fee,
                },
            ]
        )
    );
    assert_eq!(f.usdc.balance(&p.receiver), 975_0000000);
    assert_eq!(f.usdc.balance(&p.platform), 25_0000000);
    assert_eq!(f.usdc.balance(&f.contract), 2_000_0000000);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(escrow.funded, 3_000_0000000);
    assert_eq!(escrow.paid_out, 1_000_0000000);
    let released = f.client.get_milestone(&id, &0);
    assert_eq!(released.status, MilestoneStatus::Released);
    assert!(released.approved, "approved stays true once released");
}

#[test]
fn the_fee_rounds_down_in_the_receivers_favour() {
    let f = Fixture::native();
    // 2.5 % of 39 units is 0.975: the platform gets 0, the receiver all 39.
    let id = f.create_funded(&[39, 9_999]);
    f.submit_and_approve(id, 0);
    f.submit_and_approve(id, 1);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 39);
    assert_eq!(f.usdc.balance(&f.parties.platform), 0);
    // 2.5 % of 9 999 is 249.975: the platform gets 249.
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&f.parties.platform), 249);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 39 + 9_750);
    assert_eq!(f.usdc.balance(&f.contract), 0);
}

#[test]
fn release_needs_the_milestones_amount_in_the_escrow() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let id = f.create(&f.new_escrow(&[600, 400]));
    f.submit_and_approve(id, 0);
    f.assert_refused(Error::InsufficientFunds, || {
        f.client.mock_all_auths().try_release_milestone(&id, &0)
    });
    f.usdc.mint(alice, 1_000);
    f.client.mock_all_auths().fund_escrow(&id, alice, &599);
    f.assert_refused(Error::InsufficientFunds, || {
        f.client.mock_all_auths().try_release_milestone(&id, &0)
    });
    f.client.mock_all_auths().fund_escrow(&id, alice, &1);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.client.get_escrow(&id).paid_out, 600);
    // Milestone 1 is approved but the escrow now holds nothing.
    f.submit_and_approve(id, 1);
    f.assert_refused(Error::InsufficientFunds, || {
        f.client.mock_all_auths().try_release_milestone(&id, &1)
    });
    f.client.mock_all_auths().fund_escrow(&id, alice, &400);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&f.contract), 0);
}

#[test]
fn a_released_milestone_is_paid_once() {
    let f = Fixture::native();
    let id = f.create_funded(&[500, 500]);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    f.assert_refused(Error::InvalidStatusTransition, || {
        f.client.mock_all_auths().try_release_milestone(&id, &0)
    });
    assert_eq!(f.client.get_escrow(&id).paid_out, 500);
}

#[test]
fn resolution_splits_between_receiver_platform_and_approver() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 3_000]);
    let alice_before = f.usdc.balance(&p.approver);
    f.dispute(id, 1);

    f.client.mock_all_auths().resolve_dispute(&id, &1, &1_800);

    // 2.5 % of the receiver's 1 800 is 45; the approver gets back 1 200.
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[
                &MilestoneUpdated {
                    escrow_id: id,
                    milestone_index: 1,
                    status: MilestoneStatus::Resolved,
                    approved: false,
                    evidence: None,
                    notes: Some(f.text("Not what was agreed")),
                    changed_by: p.dispute_resolver.clone(),
                },
                &DisputeResolved {
                    escrow_id: id,
                    milestone_index: 1,
                    receiver: p.receiver.clone(),
                    receiver_amount: 1_755,
                    platform: p.platform.clone(),
                    platform_fee: 45,
                    approver: p.approver.clone(),
                    refund_amount: 1_200,
                },
            ]
        )
    );
    assert_eq!(f.usdc.balance(&p.receiver), 1_755);
    assert_eq!(f.usdc.balance(&p.platform), 45);
    assert_eq!(f.usdc.balance(&p.approver), alice_before + 1_200);
    assert_eq!(f.usdc.balance(&f.contract), 1_000);
    assert_eq!(f.client.get_escrow(&id).paid_out, 3_000);
    let resolved = f.client.get_milestone(&id, &1);
    assert_eq!(resolved.status, MilestoneStatus::Resolved);
    assert!(!resolved.approved);
}

#[test]
fn resolution_may_give_everything_to_either_side() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 1_000]);
    f.dispute(id, 0);
    f.dispute(id, 1);
    let alice_before = f.usdc.balance(&p.approver);
    f.client.mock_all_auths().resolve_dispute(&id, &0, &0);
    assert_eq!(f.usdc.balance(&p.approver), alice_before + 1_000);
    assert_eq!(f.usdc.balance(&p.receiver), 0);
    f.client.mock_all_auths().resolve_dispute(&id, &1, &1_000);
    assert_eq!(f.usdc.balance(&p.receiver), 975);
    assert_eq!(f.usdc.balance(&p.platform), 25);
    assert_eq!(f.usdc.balance(&f.contract), 0);
}

#[test]
fn the_receivers_share_must_be_within_the_milestone() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    f.dispute(id, 0);
    for bad in [-1, 1_001, i128::MIN, i128::MAX] {
        f.assert_refused(Error::InvalidAmount, || {
            f.client.mock_all_auths().try_resolve_dispute(&id, &0, &bad)
        });
    }
}

#[test]
fn resolution_needs_the_milestones_amount_in_the_escrow() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1_000]));
    f.dispute(id, 0);
    f.assert_refused(Error::InsufficientFunds, || {
        f.client.mock_all_auths().try_resolve_dispute(&id, &0, &0)
    });
    f.usdc.mint(&f.parties.approver, 1_000);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &f.parties.approver, &1_000);
    f.client.mock_all_auths().resolve_dispute(&id, &0, &0);
    assert_eq!(f.usdc.balance(&f.parties.approver), 1_000);
}

#[test]
fn a_resolved_milestone_never_changes_again() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    f.dispute(id, 0);
    f.client.mock_all_auths().resolve_dispute(&id, &0, &500);
    f.assert_refused(Error::InvalidStatusTransition, || {
        f.client.mock_all_auths().try_resolve_dispute(&id, &0, &500)
    });
    f.assert_refused(Error::InvalidStatusTransition, || {
        f.client.mock_all_auths().try_dispute_milestone(
            &id,
            &0,
            &f.parties.approver,
            &f.text("again"),
        )
    });
}
