//! `settle_milestone`: the approver and the service provider together split any open milestone from what it holds, with no resolver.

extern crate std;

use soroban_sdk::{xdr::ContractEvent, IntoVal};

use super::{
    as_published, contract_events,
    support::{
        advance_to, assert_only_signers, held, money, status, usdc, Usdc, DELIVERY_NOTES,
        DISPUTE_REASON, EVIDENCE,
    },
};
use crate::{
    testutils::*, Error, MilestoneSettled, MilestoneStatus, MilestoneUpdated, SettlementKind,
};

/// The change request the approver makes in these tests.
const CHANGE_REQUEST: &str = "Logo too small";

/// The events of the settlement of milestone `index` of escrow `id`, whose evidence and notes
/// were `evidence` and `notes`, paying the receiver `paid` net, the platform `fee` and the
/// approver `refund`.
#[allow(clippy::too_many_arguments)]
fn settle_events(
    f: &Fixture,
    id: u64,
    index: u32,
    evidence: Option<&str>,
    notes: Option<&str>,
    paid: i128,
    fee: i128,
    refund: i128,
) -> std::vec::Vec<ContractEvent> {
    let p = &f.parties;
    as_published(
        f,
        &f.contract,
        &[
            &MilestoneUpdated {
                escrow_id: id,
                milestone_index: index,
                status: MilestoneStatus::Resolved,
                approved: false,
                evidence: evidence.map(|e| f.text(e)),
                notes: notes.map(|n| f.text(n)),
                changed_by: p.approver.clone(),
            },
            &MilestoneSettled {
                escrow_id: id,
                milestone_index: index,
                receiver: p.receiver.clone(),
                paid_to_receiver: paid,
                platform: p.platform.clone(),
                platform_fee: fee,
                approver: p.approver.clone(),
                refunded_to_approver: refund,
                kind: SettlementKind::Agreement,
            },
        ],
    )
}

/// Settles a lone `Pending` milestone of 1 000 that holds `funded`, the receiver due
/// `receiver_amount`, and checks the events and balances: the receiver is paid `paid` net,
/// the platform `fee`, the approver `refund`.
fn settle_lone_milestone(funded: i128, receiver_amount: i128, paid: i128, fee: i128, refund: i128) {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1_000]));
    if funded > 0 {
        f.fund(id, funded);
    }
    assert_eq!(held(&f, id), [funded]);

    f.client
        .mock_all_auths()
        .settle_milestone(&id, &0, &receiver_amount);
    assert_eq!(
        contract_events(&f),
        settle_events(&f, id, 0, None, None, paid, fee, refund)
    );
    assert_eq!(paid + fee + refund, funded, "a split pays out what is held");
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: paid,
            platform: fee,
            approver: refund,
            ..Usdc::default()
        }
    );
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        (m.status, m.approved, m.held),
        (MilestoneStatus::Resolved, false, 0)
    );
    assert_eq!(money(&f, id), (0, funded, funded));
    f.assert_tokens_accounted();
}

#[test]
fn a_settlement_resolves_a_milestone_from_every_open_status() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000; 6]);
    // 0 stays Pending.
    f.submit(id, 1);
    f.submit(id, 2);
    c.request_changes(&id, &2, &Some(f.text(CHANGE_REQUEST)));
    f.submit_and_approve(id, 3);
    f.submit(id, 4);
    f.dispute(id, 4);
    f.submit_and_approve(id, 5);
    f.dispute(id, 5);

    let cases = [
        (MilestoneStatus::Pending, None, None),
        (
            MilestoneStatus::ForReview,
            Some(EVIDENCE),
            Some(DELIVERY_NOTES),
        ),
        (
            MilestoneStatus::ChangesRequested,
            Some(EVIDENCE),
            Some(CHANGE_REQUEST),
        ),
        (
            MilestoneStatus::Approved,
            Some(EVIDENCE),
            Some(DELIVERY_NOTES),
        ),
        (
            MilestoneStatus::Disputed,
            Some(EVIDENCE),
            Some(DISPUTE_REASON),
        ),
        (
            MilestoneStatus::Disputed,
            Some(EVIDENCE),
            Some(DISPUTE_REASON),
        ),
    ];
    for (index, (from, evidence, notes)) in (0..6).zip(cases) {
        assert_eq!(status(&f, id, index), from);
        c.settle_milestone(&id, &index, &599);
        // fee = 599 × 2.5 % = 14.975, rounded down.
        assert_eq!(
            contract_events(&f),
            settle_events(&f, id, index, evidence, notes, 585, 14, 401),
            "settling a {from:?} milestone"
        );
        let m = f.client.get_milestone(&id, &index);
        assert_eq!(
            (m.status, m.approved, m.held, m.updated_at),
            (MilestoneStatus::Resolved, false, 0, f.now())
        );
    }
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 6 * 585,
            platform: 6 * 14,
            approver: 6 * 401,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 6_000, 6_000));
    f.assert_tokens_accounted();
}

#[test]
fn a_settlement_is_refused_from_every_final_status() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300]);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    c.settle_milestone(&id, &1, &50);
    advance_to(&f, f.client.get_milestone(&id, &2).deadline);
    c.cancel_milestone(&id, &2);

    let expected = [
        MilestoneStatus::Released,
        MilestoneStatus::Resolved,
        MilestoneStatus::Cancelled,
    ];
    for (index, final_status) in (0..3).zip(expected) {
        assert_eq!(status(&f, id, index), final_status);
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_settle_milestone(&id, &index, &0)
        });
        // The status is checked before the amount.
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_settle_milestone(&id, &index, &-1)
        });
    }
    f.assert_tokens_accounted();
}

#[test]
fn a_settlement_of_an_unknown_escrow_or_milestone_is_refused() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100]);
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_settle_milestone(&(id + 1), &0, &0)
    });
    // The milestone is checked before the amount.
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_settle_milestone(&id, &1, &-1)
    });
}

#[test]
fn a_settlement_outside_zero_to_the_amount_is_refused() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    for receiver_amount in [-1, 1_001, i128::MIN, i128::MAX] {
        f.assert_refused(Error::InvalidAmount, || {
            c.try_settle_milestone(&id, &0, &receiver_amount)
        });
    }
    assert_eq!(status(&f, id, 0), MilestoneStatus::ForReview);
}

#[test]
fn a_settlement_for_nothing_refunds_the_whole_milestone() {
    settle_lone_milestone(1_000, 0, 0, 0, 1_000);
}

#[test]
fn a_settlement_for_the_whole_amount_pays_it_all_to_the_receiver() {
    settle_lone_milestone(1_000, 1_000, 975, 25, 0);
}

#[test]
fn a_settlement_of_a_fully_funded_milestone_pays_both_shares_with_the_fee_rounded_down() {
    // fee = 599 × 2.5 % = 14.975, rounded down.
    settle_lone_milestone(1_000, 599, 585, 14, 401);
}

#[test]
fn a_settlement_holding_less_than_the_receivers_share_pays_it_all_to_the_receiver() {
    // The receiver's share comes first: all 450 held, fee = 11.25 rounded down; no refund.
    settle_lone_milestone(450, 599, 439, 11, 0);
}

#[test]
fn a_settlement_holding_exactly_the_receivers_share_refunds_nothing() {
    settle_lone_milestone(599, 599, 585, 14, 0);
}

#[test]
fn a_settlement_holding_more_than_the_receivers_share_refunds_what_is_left() {
    // 800 held: the receiver's 599 first, then 201 of the approver's 401.
    settle_lone_milestone(800, 599, 585, 14, 201);
}

#[test]
fn a_settlement_of_an_unfunded_milestone_pays_nothing() {
    settle_lone_milestone(0, 599, 0, 0, 0);
}

#[test]
fn a_settlement_for_nothing_of_a_partly_funded_milestone_refunds_what_is_held() {
    settle_lone_milestone(450, 0, 0, 0, 450);
}

#[test]
fn a_fee_below_one_unit_rounds_down_to_nothing() {
    // 39 × 2.5 % = 0.975.
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100]);
    c.settle_milestone(&id, &0, &39);
    assert_eq!(
        contract_events(&f),
        settle_events(&f, id, 0, None, None, 39, 0, 61)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 39,
            approver: 61,
            ..Usdc::default()
        }
    );
}

#[test]
fn a_settlement_of_the_largest_amount_pays_the_exact_fee() {
    // i128::MAX × 2.5 %, rounded down, computed without overflow.
    let f = Fixture::native();
    let id = f.create_funded(&[i128::MAX]);
    f.client
        .mock_all_auths()
        .settle_milestone(&id, &0, &i128::MAX);
    let fee = 4_253_529_586_511_730_793_292_182_592_897_102_643;
    assert_eq!(
        contract_events(&f),
        settle_events(&f, id, 0, None, None, i128::MAX - fee, fee, 0)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: i128::MAX - fee,
            platform: fee,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, i128::MAX, i128::MAX));
}

#[test]
fn a_settlement_never_takes_the_money_backing_another_milestone() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    f.fund(id, 1_400);
    assert_eq!(held(&f, id), [1_000, 400, 0]);
    f.submit_and_approve(id, 0);

    // Milestone 1's receiver is due all 2 000, but only its 400 are paid.
    c.settle_milestone(&id, &1, &2_000);
    assert_eq!(
        contract_events(&f),
        settle_events(&f, id, 1, None, None, 390, 10, 0)
    );
    assert_eq!(held(&f, id), [1_000, 0, 0]);
    assert_eq!(money(&f, id), (4_000, 1_400, 400));

    // The next deposit skips it; milestone 0 is still paid in full.
    f.fund(id, 3_000);
    assert_eq!(held(&f, id), [1_000, 0, 3_000]);
    c.release_milestone(&id, &0);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 390 + 975,
            platform: 10 + 25,
            contract: 3_000,
            ..Usdc::default()
        }
    );
    f.assert_tokens_accounted();
}

#[test]
fn a_settlement_needs_both_the_approver_and_the_service_provider() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    let p = &f.parties;
    assert_only_signers(
        &f,
        &[&p.approver, &p.service_provider],
        "settle_milestone",
        (id, 0_u32, 600_i128).into_val(&f.env),
        |c| c.try_settle_milestone(&id, &0, &600).is_ok(),
    );
    assert_eq!(status(&f, id, 0), MilestoneStatus::Resolved);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 585,
            platform: 15,
            approver: 400,
            ..Usdc::default()
        }
    );
}
