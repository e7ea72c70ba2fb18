//! `cancel_milestone`: the approver takes back what an undelivered milestone holds once its deadline (and, after a change request, its review period) has passed.

extern crate std;

use soroban_sdk::{xdr::ContractEvent, IntoVal};

use super::{
    as_published, contract_events,
    support::{
        advance_to, assert_only_signers, assert_refused_in_statuses, held, money, status, usdc,
        Usdc, EVIDENCE,
    },
};
use crate::{
    testutils::*, Error, MilestoneSettled, MilestoneStatus, MilestoneUpdated, SettlementKind,
};

/// The change request the approver makes in these tests.
const CHANGE_REQUEST: &str = "Logo too small";

/// The events of the cancellation of milestone `index` of escrow `id`, whose evidence and
/// notes were `evidence` and `notes`, refunding `refund` to the approver.
fn cancel_events(
    f: &Fixture,
    id: u64,
    index: u32,
    evidence: Option<&str>,
    notes: Option<&str>,
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
                status: MilestoneStatus::Cancelled,
                approved: false,
                evidence: evidence.map(|e| f.text(e)),
                notes: notes.map(|n| f.text(n)),
                changed_by: p.approver.clone(),
            },
            &MilestoneSettled {
                escrow_id: id,
                milestone_index: index,
                receiver: p.receiver.clone(),
                paid_to_receiver: 0,
                platform: p.platform.clone(),
                platform_fee: 0,
                approver: p.approver.clone(),
                refunded_to_approver: refund,
                kind: SettlementKind::Cancellation,
            },
        ],
    )
}

/// The deadline of milestone `index` of escrow `id`.
fn deadline(f: &Fixture, id: u64, index: u32) -> u64 {
    f.client.get_milestone(&id, &index).deadline
}

/// Sends a delivery of milestone `index` back with [`CHANGE_REQUEST`], now.
fn request_changes(f: &Fixture, id: u64, index: u32) {
    f.submit(id, index);
    f.client
        .mock_all_auths()
        .request_changes(&id, &index, &Some(f.text(CHANGE_REQUEST)));
}

#[test]
fn a_pending_milestone_is_cancellable_exactly_at_its_deadline() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 2_000]);
    let due = deadline(&f, id, 0);
    assert_eq!(due, START_TIMESTAMP + DEADLINE_STEP);

    advance_to(&f, due - 1);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, due);
    c.cancel_milestone(&id, &0);
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        (m.status, m.approved, m.held, m.updated_at),
        (MilestoneStatus::Cancelled, false, 0, due)
    );
    // Milestone 1 is due 30 days later.
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &1));
}

#[test]
fn changes_requested_well_before_the_deadline_are_cancellable_at_the_deadline() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    let due = deadline(&f, id, 0);
    f.advance_time(DAY);
    request_changes(&f, id, 0);
    let requested = f.now();
    assert!(requested + REVIEW_PERIOD < due);

    // The review period since the request is over, the deadline is not.
    advance_to(&f, requested + REVIEW_PERIOD);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, due - 1);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, due);
    c.cancel_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 0, Some(EVIDENCE), Some(CHANGE_REQUEST), 1_000)
    );
    assert_eq!(status(&f, id, 0), MilestoneStatus::Cancelled);
    assert_eq!(
        usdc(&f),
        Usdc {
            approver: 1_000,
            ..Usdc::default()
        }
    );
}

#[test]
fn changes_requested_just_before_the_deadline_are_cancellable_when_the_review_period_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    let due = deadline(&f, id, 0);
    advance_to(&f, due - 2 * DAY);
    request_changes(&f, id, 0);
    let requested = f.now();
    assert!(requested + REVIEW_PERIOD > due);

    // The deadline has passed, the review period since the request has not.
    advance_to(&f, due);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, requested + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, requested + REVIEW_PERIOD);
    c.cancel_milestone(&id, &0);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Cancelled);
    assert_eq!(usdc(&f).approver, 1_000);
}

#[test]
fn a_resubmitted_then_sent_back_milestone_waits_for_the_latest_change_request() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    let due = deadline(&f, id, 0);
    advance_to(&f, due - 6 * DAY);
    request_changes(&f, id, 0);
    advance_to(&f, due - DAY);
    request_changes(&f, id, 0);
    let latest = f.now();

    advance_to(&f, latest + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, latest + REVIEW_PERIOD);
    c.cancel_milestone(&id, &0);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Cancelled);
}

#[test]
fn a_delivery_after_the_deadline_can_no_longer_be_cancelled_until_sent_back() {
    // Nothing refuses a late delivery, and a delivered milestone is reviewed, not cancelled:
    // the approver sends it back, then cancels once the review period since that passes.
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    advance_to(&f, deadline(&f, id, 0) + DAY);
    f.submit(id, 0);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_cancel_milestone(&id, &0)
    });

    c.request_changes(&id, &0, &Some(f.text(CHANGE_REQUEST)));
    let requested = f.now();
    advance_to(&f, requested + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &0));
    advance_to(&f, requested + REVIEW_PERIOD);
    c.cancel_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 0, Some(EVIDENCE), Some(CHANGE_REQUEST), 1_000)
    );
}

#[test]
fn a_cancellation_is_refused_from_for_review_approved_and_disputed() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300]);
    f.submit(id, 0);
    f.submit_and_approve(id, 1);
    f.submit(id, 2);
    f.dispute(id, 2);

    let statuses = [
        MilestoneStatus::ForReview,
        MilestoneStatus::Approved,
        MilestoneStatus::Disputed,
    ];
    // The status is checked before the clock: not TooEarly before the deadline…
    assert_refused_in_statuses(&f, id, &statuses, |index| {
        c.try_cancel_milestone(&id, &index)
    });
    // …and still refused once every deadline and period is over.
    f.advance_time(365 * DAY);
    assert_refused_in_statuses(&f, id, &statuses, |index| {
        c.try_cancel_milestone(&id, &index)
    });
}

#[test]
fn a_cancellation_is_refused_from_every_final_status() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300]);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    c.settle_milestone(&id, &1, &50);
    advance_to(&f, deadline(&f, id, 2));
    c.cancel_milestone(&id, &2);
    f.advance_time(365 * DAY);

    let expected = [
        MilestoneStatus::Released,
        MilestoneStatus::Resolved,
        MilestoneStatus::Cancelled,
    ];
    assert_refused_in_statuses(&f, id, &expected, |index| {
        c.try_cancel_milestone(&id, &index)
    });
    f.assert_tokens_accounted();
}

#[test]
fn a_cancellation_of_an_unknown_escrow_or_milestone_is_refused() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100]);
    f.advance_time(365 * DAY);
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_cancel_milestone(&(id + 1), &0)
    });
    f.assert_refused(Error::MilestoneNotFound, || c.try_cancel_milestone(&id, &1));
}

#[test]
fn cancelling_a_fully_funded_milestone_refunds_its_amount_to_the_approver() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 2_000]);
    advance_to(&f, deadline(&f, id, 0));

    c.cancel_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 0, None, None, 1_000)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            approver: 1_000,
            contract: 2_000,
            ..Usdc::default()
        }
    );
    assert_eq!(held(&f, id), [0, 2_000]);
    assert_eq!(money(&f, id), (2_000, 3_000, 1_000));
    f.assert_tokens_accounted();
}

#[test]
fn cancelling_a_partly_funded_milestone_refunds_only_what_it_holds() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000]));
    f.fund(id, 400);
    advance_to(&f, deadline(&f, id, 0));

    c.cancel_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 0, None, None, 400)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            approver: 400,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 400, 400));
    f.assert_tokens_accounted();
}

#[test]
fn cancelling_an_unfunded_milestone_refunds_nothing() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000]));
    advance_to(&f, deadline(&f, id, 0));

    c.cancel_milestone(&id, &0);
    assert_eq!(contract_events(&f), cancel_events(&f, id, 0, None, None, 0));
    assert_eq!(status(&f, id, 0), MilestoneStatus::Cancelled);
    assert_eq!(usdc(&f), Usdc::default());
    assert_eq!(money(&f, id), (2_000, 0, 0));
    f.assert_tokens_accounted();
}

#[test]
fn cancelling_an_undelivered_milestone_never_takes_the_money_backing_an_approved_one() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000]));
    f.fund(id, 1_400);
    assert_eq!(held(&f, id), [1_000, 400]);
    f.submit_and_approve(id, 0);
    advance_to(&f, deadline(&f, id, 1));

    c.cancel_milestone(&id, &1);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 1, None, None, 400)
    );
    assert_eq!(held(&f, id), [1_000, 0]);
    assert_eq!(
        usdc(&f),
        Usdc {
            approver: 400,
            contract: 1_000,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (1_000, 1_400, 400));

    // Milestone 0 is still fully backed: the release signer pays it in full.
    c.release_milestone(&id, &0);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 25,
            approver: 400,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 1_400, 1_400));
    f.assert_tokens_accounted();
}

#[test]
fn cancelling_an_earlier_undelivered_milestone_leaves_a_later_delivery_backed() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 2_000]);
    f.submit(id, 1);
    advance_to(&f, deadline(&f, id, 0));

    c.cancel_milestone(&id, &0);
    assert_eq!(held(&f, id), [0, 2_000]);
    assert_eq!(usdc(&f).approver, 1_000);

    c.approve_milestone(&id, &1);
    c.release_milestone(&id, &1);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 1_950,
            platform: 50,
            approver: 1_000,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 3_000, 3_000));
    f.assert_tokens_accounted();
}

#[test]
fn a_later_deposit_skips_a_cancelled_milestone() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    advance_to(&f, deadline(&f, id, 0));
    c.cancel_milestone(&id, &0);

    let alice = &f.parties.approver;
    f.usdc.mint(alice, 5_001);
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&id, alice, &5_001)
    });
    c.fund_escrow(&id, alice, &2_500);
    assert_eq!(held(&f, id), [0, 2_000, 500]);
    c.fund_escrow(&id, alice, &2_500);
    assert_eq!(held(&f, id), [0, 2_000, 3_000]);
    assert_eq!(money(&f, id), (5_000, 5_000, 0));
    f.assert_tokens_accounted();
}

#[test]
fn a_later_deposit_skips_a_cancelled_partly_funded_milestone() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    f.fund(id, 1_500);
    assert_eq!(held(&f, id), [1_000, 500, 0]);
    advance_to(&f, deadline(&f, id, 1));
    c.cancel_milestone(&id, &1);
    assert_eq!(usdc(&f).approver, 500);
    assert_eq!(held(&f, id), [1_000, 0, 0]);

    f.fund(id, 3_000);
    assert_eq!(held(&f, id), [1_000, 0, 3_000]);
    assert_eq!(money(&f, id), (4_000, 4_500, 500));
    f.assert_tokens_accounted();
}

#[test]
fn the_approver_is_refunded_even_when_someone_else_funded() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000]));
    let funder = &f.parties.outsider;
    f.usdc.mint(funder, 1_000);
    c.fund_escrow(&id, funder, &1_000);
    advance_to(&f, deadline(&f, id, 0));

    c.cancel_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        cancel_events(&f, id, 0, None, None, 1_000)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            approver: 1_000,
            ..Usdc::default()
        }
    );
    assert_eq!(f.usdc.balance(funder), 0);
}

#[test]
fn only_the_approver_signs_a_cancellation() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    advance_to(&f, deadline(&f, id, 0));
    assert_only_signers(
        &f,
        &[&f.parties.approver],
        "cancel_milestone",
        (id, 0_u32).into_val(&f.env),
        |c| c.try_cancel_milestone(&id, &0).is_ok(),
    );
    assert_eq!(status(&f, id, 0), MilestoneStatus::Cancelled);
    assert_eq!(usdc(&f).approver, 1_000);
}
