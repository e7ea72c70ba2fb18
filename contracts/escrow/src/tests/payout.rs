//! Releases and rulings at host level: fees, partly funded milestones, receivers, to the unit.

extern crate std;

use soroban_sdk::{testutils::Address as _, Address};

use super::{as_published, contract_events};
use crate::{
    testutils::*, Error, MilestoneReleased, MilestoneSettled, MilestoneStatus, MilestoneUpdated,
    Role, SettlementKind,
};

/// What the approver, the receiver, the platform and the contract hold in USDC, in that
/// order; checks that nobody else holds any.
fn balances(f: &Fixture) -> [i128; 4] {
    let p = &f.parties;
    for other in [
        &p.admin,
        &p.service_provider,
        &p.release_signer,
        &p.dispute_resolver,
        &p.outsider,
    ] {
        assert_eq!(f.usdc.balance(other), 0);
    }
    [
        f.usdc.balance(&p.approver),
        f.usdc.balance(&p.receiver),
        f.usdc.balance(&p.platform),
        f.usdc.balance(&f.contract),
    ]
}

/// Brings milestone `index` of escrow `id` to `Disputed` (delivered, then disputed by the
/// approver).
fn disputed(f: &Fixture, id: u64, index: u32) {
    f.submit(id, index);
    f.dispute(id, index);
}

/// `(funded, paid_out, open_amount)` of escrow `id`.
fn totals(f: &Fixture, id: u64) -> (i128, i128, i128) {
    let escrow = f.client.get_escrow(&id);
    (escrow.funded, escrow.paid_out, escrow.open_amount)
}

#[test]
fn a_release_pays_the_receiver_less_the_fee_and_the_platform_the_fee() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000_0000000, 2_000_0000000]);
    f.submit_and_approve(id, 0);
    let approved = f.client.get_milestone(&id, &0);
    f.advance_time(DAY);

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
                    paid_to_receiver: 1_000_0000000 - fee,
                    platform: p.platform.clone(),
                    platform_fee: fee,
                },
            ]
        )
    );
    assert_eq!(balances(&f), [0, 975_0000000, 25_0000000, 2_000_0000000]);
    assert_eq!(
        totals(&f, id),
        (3_000_0000000, 1_000_0000000, 2_000_0000000)
    );
    let released = f.client.get_milestone(&id, &0);
    assert_eq!(released.status, MilestoneStatus::Released);
    assert!(released.approved, "approved stays true once released");
    assert_eq!((released.held, released.updated_at), (0, f.now()));
    assert_eq!(f.client.get_milestone(&id, &1).held, 2_000_0000000);
    f.assert_tokens_accounted();
}

#[test]
fn the_fee_is_rounded_down_in_the_receivers_favour() {
    // 2.5 % of 39 is 0.975 → 0; of 40 exactly 1; of 9 999, 249.975 → 249.
    let f = Fixture::native();
    let id = f.create_funded(&[39, 40, 9_999]);
    let mut expected = [0, 0, 0, 10_078];
    for (index, fee) in [(0, 0), (1, 1), (2, 249)] {
        let amount = [39, 40, 9_999][index as usize];
        f.submit_and_approve(id, index);
        f.client.mock_all_auths().release_milestone(&id, &index);
        expected[1] += amount - fee;
        expected[2] += fee;
        expected[3] -= amount;
        assert_eq!(balances(&f), expected, "milestone {index}");
    }
    assert_eq!(expected, [0, 39 + 39 + 9_750, 250, 0]);
}

#[test]
fn the_fee_follows_the_escrows_rate_from_none_to_20_percent() {
    let f = Fixture::native();
    for (bps, amount, fee) in [
        (0, 1_000, 0),
        (2_000, 101, 20),
        (2_000, 5, 1),
        (1, 9_999, 0),
    ] {
        let mut new = f.new_escrow(&[amount]);
        new.platform_fee_bps = bps;
        let id = f.create(&new);
        f.fund(id, amount);
        f.submit_and_approve(id, 0);
        let before = (
            f.usdc.balance(&f.parties.receiver),
            f.usdc.balance(&f.parties.platform),
        );
        f.client.mock_all_auths().release_milestone(&id, &0);
        assert_eq!(
            (
                f.usdc.balance(&f.parties.receiver),
                f.usdc.balance(&f.parties.platform)
            ),
            (before.0 + amount - fee, before.1 + fee),
            "{bps} bps of {amount}"
        );
    }
}

#[test]
fn a_release_needs_the_milestone_fully_backed() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[600, 400]));
    f.submit_and_approve(id, 0);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &0)
    });
    f.usdc.mint(alice, 1_000);
    c.fund_escrow(&id, alice, &599);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &0)
    });
    c.fund_escrow(&id, alice, &1);
    c.release_milestone(&id, &0);
    assert_eq!(totals(&f, id), (600, 600, 400));
    // Milestone 1 is approved but holds nothing, then 399 of its 400.
    f.submit_and_approve(id, 1);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &1)
    });
    c.fund_escrow(&id, alice, &399);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &1)
    });
    c.fund_escrow(&id, alice, &1);
    c.release_milestone(&id, &1);
    assert_eq!(balances(&f), [0, 585 + 390, 15 + 10, 0]);
    f.assert_tokens_accounted();
}

#[test]
fn only_an_approved_milestone_is_released_and_only_once() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    // Unfunded too: the status is checked before the funds.
    let id = f.create(&f.new_escrow(&[500, 500, 500]));
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_release_milestone(&id, &0)
    });
    f.submit(id, 0);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_release_milestone(&id, &0)
    });
    disputed(&f, id, 1);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_release_milestone(&id, &1)
    });
    f.fund(id, 1_500);
    f.submit_and_approve(id, 2);
    c.release_milestone(&id, &2);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_release_milestone(&id, &2)
    });
    assert_eq!(totals(&f, id), (1_500, 500, 1_000));
}

#[test]
fn a_ruling_splits_between_receiver_platform_and_approver() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 3_000]);
    disputed(&f, id, 1);
    f.advance_time(DAY);

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
                    evidence: Some(f.text("https://example.com/delivery")),
                    notes: Some(f.text("Not what was agreed")),
                    changed_by: p.dispute_resolver.clone(),
                },
                &MilestoneSettled {
                    escrow_id: id,
                    milestone_index: 1,
                    receiver: p.receiver.clone(),
                    paid_to_receiver: 1_755,
                    platform: p.platform.clone(),
                    platform_fee: 45,
                    approver: p.approver.clone(),
                    refunded_to_approver: 1_200,
                    kind: SettlementKind::Ruling,
                },
            ]
        )
    );
    assert_eq!(balances(&f), [1_200, 1_755, 45, 1_000]);
    assert_eq!(totals(&f, id), (4_000, 3_000, 1_000));
    let resolved = f.client.get_milestone(&id, &1);
    assert_eq!(resolved.status, MilestoneStatus::Resolved);
    assert!(!resolved.approved);
    assert_eq!((resolved.held, resolved.updated_at), (0, f.now()));
    f.assert_tokens_accounted();
}

#[test]
fn a_ruling_may_give_everything_to_either_side() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000, 1_000]);
    disputed(&f, id, 0);
    disputed(&f, id, 1);
    f.client.mock_all_auths().resolve_dispute(&id, &0, &0);
    assert_eq!(balances(&f), [1_000, 0, 0, 1_000]);
    f.client.mock_all_auths().resolve_dispute(&id, &1, &1_000);
    assert_eq!(balances(&f), [1_000, 975, 25, 0]);
    assert_eq!(totals(&f, id), (2_000, 2_000, 0));
    f.assert_tokens_accounted();
}

#[test]
fn a_ruling_outside_zero_to_the_amount_is_an_invalid_amount() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 1_000]);
    disputed(&f, id, 0);
    for bad in [-1, 1_001, i128::MIN, i128::MAX] {
        f.assert_refused(Error::InvalidAmount, || {
            c.try_resolve_dispute(&id, &0, &bad)
        });
    }
    // The status is checked before the amount.
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_resolve_dispute(&id, &1, &-1)
    });
    c.resolve_dispute(&id, &0, &1_000);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_resolve_dispute(&id, &0, &500)
    });
}

#[test]
fn only_a_disputed_milestone_is_ruled_on() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 100, 100, 100]);
    f.submit(id, 1);
    f.submit_and_approve(id, 2);
    f.submit(id, 3);
    c.request_changes(&id, &3, &None);
    for index in 0..4 {
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_resolve_dispute(&id, &index, &50)
        });
    }
}

#[test]
fn a_ruling_on_a_partly_funded_milestone_pays_from_what_it_holds() {
    // Receiver's share first, then the refund, each limited to what is held.
    let f = Fixture::native();
    let p = f.parties.clone();
    // (held, receiver_amount) → (to receiver, fee, refund).
    let cases = [
        (600, 500, (488, 12, 100)),
        (300, 800, (293, 7, 0)),
        (300, 0, (0, 0, 300)),
        (400, 400, (390, 10, 0)),
        (999, 1_000, (975, 24, 0)),
        (1, 0, (0, 0, 1)),
    ];
    for (held, receiver_amount, (to_receiver, fee, refund)) in cases {
        let id = f.create(&f.new_escrow(&[1_000]));
        f.fund(id, held);
        disputed(&f, id, 0);
        assert_eq!(f.client.get_milestone(&id, &0).held, held);
        let before = balances(&f);
        f.client
            .mock_all_auths()
            .resolve_dispute(&id, &0, &receiver_amount);
        assert_eq!(
            contract_events(&f)[1],
            as_published(
                &f,
                &f.contract,
                &[&MilestoneSettled {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: p.receiver.clone(),
                    paid_to_receiver: to_receiver,
                    platform: p.platform.clone(),
                    platform_fee: fee,
                    approver: p.approver.clone(),
                    refunded_to_approver: refund,
                    kind: SettlementKind::Ruling,
                }]
            )[0]
        );
        assert_eq!(
            balances(&f),
            [
                before[0] + refund,
                before[1] + to_receiver,
                before[2] + fee,
                before[3] - held
            ],
            "held {held}, receiver due {receiver_amount}"
        );
        assert_eq!(totals(&f, id), (held, held, 0));
        assert_eq!(f.client.get_milestone(&id, &0).held, 0);
        f.assert_tokens_accounted();
    }
}

#[test]
fn a_ruling_on_an_unfunded_milestone_ends_it_paying_nothing() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create(&f.new_escrow(&[1_000]));
    disputed(&f, id, 0);
    f.client.mock_all_auths().resolve_dispute(&id, &0, &700);
    assert_eq!(
        contract_events(&f)[1],
        as_published(
            &f,
            &f.contract,
            &[&MilestoneSettled {
                escrow_id: id,
                milestone_index: 0,
                receiver: p.receiver.clone(),
                paid_to_receiver: 0,
                platform: p.platform.clone(),
                platform_fee: 0,
                approver: p.approver.clone(),
                refunded_to_approver: 0,
                kind: SettlementKind::Ruling,
            }]
        )[0]
    );
    assert_eq!(contract_events(&f).len(), 2);
    assert_eq!(balances(&f), [0, 0, 0, 0]);
    assert_eq!(totals(&f, id), (0, 0, 0));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Resolved
    );
}

#[test]
fn a_milestone_with_its_own_receiver_pays_it_instead_of_the_escrows() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let designer = Address::generate(&f.env);
    let translator = Address::generate(&f.env);
    let mut new = f.new_escrow(&[1_000, 2_000, 4_000]);
    for (index, receiver) in [(0, &designer), (2, &translator)] {
        let mut milestone = new.milestones.get(index).unwrap();
        milestone.receiver = Some(receiver.clone());
        new.milestones.set(index, milestone);
    }
    let id = f.create(&new);
    f.fund(id, 7_000);

    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(
        contract_events(&f)[1],
        as_published(
            &f,
            &f.contract,
            &[&MilestoneReleased {
                escrow_id: id,
                milestone_index: 0,
                receiver: designer.clone(),
                paid_to_receiver: 975,
                platform: p.platform.clone(),
                platform_fee: 25,
            }]
        )[0]
    );
    assert_eq!(f.usdc.balance(&designer), 975);

    disputed(&f, id, 2);
    f.client.mock_all_auths().resolve_dispute(&id, &2, &2_000);
    assert_eq!(
        contract_events(&f)[1],
        as_published(
            &f,
            &f.contract,
            &[&MilestoneSettled {
                escrow_id: id,
                milestone_index: 2,
                receiver: translator.clone(),
                paid_to_receiver: 1_950,
                platform: p.platform.clone(),
                platform_fee: 50,
                approver: p.approver.clone(),
                refunded_to_approver: 2_000,
                kind: SettlementKind::Ruling,
            }]
        )[0]
    );
    assert_eq!(f.usdc.balance(&translator), 1_950);

    f.submit_and_approve(id, 1);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(balances(&f), [2_000, 1_950, 25 + 50 + 50, 0]);
    assert_eq!(f.usdc.balance(&designer), 975);
    assert_eq!(f.usdc.balance(&translator), 1_950);
    f.assert_tokens_accounted();
}

#[test]
fn a_milestone_without_its_own_receiver_pays_whoever_is_the_escrows_receiver_when_paid() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let designer = Address::generate(&f.env);
    let treasury = Address::generate(&f.env);
    let mut new = f.new_escrow(&[1_000, 2_000]);
    let mut own = new.milestones.get(1).unwrap();
    own.receiver = Some(designer.clone());
    new.milestones.set(1, own);
    let id = f.create(&new);
    f.fund(id, 3_000);
    f.client
        .mock_all_auths()
        .transfer_role(&id, &Role::Receiver, &treasury);
    assert_eq!(f.client.get_milestone(&id, &0).receiver, treasury);
    assert_eq!(f.client.get_milestone(&id, &1).receiver, designer);

    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    disputed(&f, id, 1);
    f.client.mock_all_auths().resolve_dispute(&id, &1, &2_000);
    assert_eq!(f.usdc.balance(&treasury), 975);
    assert_eq!(f.usdc.balance(&designer), 1_950);
    assert_eq!(f.usdc.balance(&p.receiver), 0, "the former receiver");
    assert_eq!(balances(&f), [0, 0, 75, 0]);
}

#[test]
fn the_largest_amount_pays_out_without_overflow() {
    // 250 bps is exactly 1/40.
    let f = Fixture::native();
    let p = f.parties.clone();
    let released = f.create(&f.new_escrow(&[i128::MAX]));
    f.fund(released, i128::MAX);
    f.submit_and_approve(released, 0);
    f.client.mock_all_auths().release_milestone(&released, &0);
    let fee = i128::MAX / 40;
    assert_eq!(f.usdc.balance(&p.receiver), i128::MAX - fee);
    assert_eq!(f.usdc.balance(&p.platform), fee);
    assert_eq!(f.usdc.balance(&f.contract), 0);

    let mut new = f.new_escrow(&[i128::MAX]);
    new.platform_fee_bps = 2_000;
    new.token = f.eurc.address.clone();
    let ruled = f.create(&new);
    f.eurc.mint(&p.approver, i128::MAX);
    f.client
        .mock_all_auths()
        .fund_escrow(&ruled, &p.approver, &i128::MAX);
    disputed(&f, ruled, 0);
    f.client
        .mock_all_auths()
        .resolve_dispute(&ruled, &0, &(i128::MAX - 1));
    // 20 % is 1/5.
    let fee = (i128::MAX - 1) / 5;
    assert_eq!(f.eurc.balance(&p.receiver), i128::MAX - 1 - fee);
    assert_eq!(f.eurc.balance(&p.platform), fee);
    assert_eq!(f.eurc.balance(&p.approver), 1);
    assert_eq!(f.eurc.balance(&f.contract), 0);
    f.assert_tokens_accounted();
}
