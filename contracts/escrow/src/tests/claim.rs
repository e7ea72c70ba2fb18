//! `claim_milestone`: the service provider is paid what is held for a delivery or an approval
//! left unanswered through the review period.

extern crate std;

use soroban_sdk::{testutils::Address as _, Address, IntoVal};

use super::{
    as_published, contract_events,
    support::{
        advance_to, assert_only_signers, assert_refused_in_statuses, held, money, status, usdc,
        Usdc, DELIVERY_NOTES, EVIDENCE,
    },
};
use crate::{testutils::*, Error, MilestoneReleased, MilestoneStatus, MilestoneUpdated};

/// The events of a claim of milestone `index` of escrow `id`, delivered with the fixture's
/// evidence and notes, paying the escrow's receiver `paid` and the platform `fee`.
fn claim_events(
    f: &Fixture,
    id: u64,
    index: u32,
    paid: i128,
    fee: i128,
) -> std::vec::Vec<soroban_sdk::xdr::ContractEvent> {
    let p = &f.parties;
    as_published(
        f,
        &f.contract,
        &[
            &MilestoneUpdated {
                escrow_id: id,
                milestone_index: index,
                status: MilestoneStatus::Released,
                approved: true,
                evidence: Some(f.text(EVIDENCE)),
                notes: Some(f.text(DELIVERY_NOTES)),
                changed_by: p.service_provider.clone(),
            },
            &MilestoneReleased {
                escrow_id: id,
                milestone_index: index,
                receiver: p.receiver.clone(),
                paid_to_receiver: paid,
                platform: p.platform.clone(),
                platform_fee: fee,
            },
        ],
    )
}

#[test]
fn a_delivery_is_claimable_exactly_when_its_review_period_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    let delivered = f.now();
    assert_eq!(f.client.get_milestone(&id, &0).updated_at, delivered);

    advance_to(&f, delivered + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));

    advance_to(&f, delivered + REVIEW_PERIOD);
    c.claim_milestone(&id, &0);
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        (m.status, m.approved, m.held),
        (MilestoneStatus::Released, true, 0)
    );
    assert_eq!(m.updated_at, delivered + REVIEW_PERIOD);
}

#[test]
fn an_approval_is_claimable_exactly_when_the_review_period_since_the_approval_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    let delivered = f.now();
    f.advance_time(3 * DAY);
    c.approve_milestone(&id, &0);
    let approved = f.now();

    // The delivery's own review period is over, but the release signer's runs from the
    // approval.
    advance_to(&f, delivered + REVIEW_PERIOD);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));
    advance_to(&f, approved + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));

    advance_to(&f, approved + REVIEW_PERIOD);
    c.claim_milestone(&id, &0);
    assert_eq!(contract_events(&f), claim_events(&f, id, 0, 975, 25));
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        (m.status, m.approved, m.held),
        (MilestoneStatus::Released, true, 0)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 25,
            ..Usdc::default()
        }
    );
    f.assert_tokens_accounted();
}

#[test]
fn a_resubmission_restarts_the_claim_clock() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    let first = f.now();
    f.advance_time(5 * DAY);
    c.change_milestone_status(
        &id,
        &0,
        &MilestoneStatus::ForReview,
        &None,
        &Some(f.text("Second take")),
    );
    let second = f.now();
    assert_eq!(f.client.get_milestone(&id, &0).updated_at, second);

    advance_to(&f, first + REVIEW_PERIOD);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));
    advance_to(&f, second + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));
    advance_to(&f, second + REVIEW_PERIOD);
    c.claim_milestone(&id, &0);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Released);
}

#[test]
fn a_late_approval_gives_the_release_signer_a_new_review_period() {
    // Approving still works once the review period of a delivery is over, and an approval
    // is a status change: the claim clock restarts from it (`updated_at`).
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    advance_to(&f, f.now() + REVIEW_PERIOD);
    c.approve_milestone(&id, &0);
    let approved = f.now();

    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));
    advance_to(&f, approved + REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &0));
    advance_to(&f, approved + REVIEW_PERIOD);
    c.claim_milestone(&id, &0);
    assert_eq!(usdc(&f).receiver, 975);
}

#[test]
fn a_claim_is_refused_from_pending_changes_requested_and_disputed() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300]);
    // 0 stays Pending.
    f.submit(id, 1);
    c.request_changes(&id, &1, &Some(f.text("Logo too small")));
    f.submit(id, 2);
    f.dispute(id, 2);

    let statuses = [
        MilestoneStatus::Pending,
        MilestoneStatus::ChangesRequested,
        MilestoneStatus::Disputed,
    ];
    // The status is checked before the clock: not TooEarly, even right away…
    assert_refused_in_statuses(&f, id, &statuses, |index| {
        c.try_claim_milestone(&id, &index)
    });
    // …nor after every period and deadline.
    f.advance_time(365 * DAY);
    assert_refused_in_statuses(&f, id, &statuses, |index| {
        c.try_claim_milestone(&id, &index)
    });
}

#[test]
fn a_claim_is_refused_from_every_final_status() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300, 400]);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD);
    c.claim_milestone(&id, &1);
    c.settle_milestone(&id, &2, &150);
    advance_to(&f, f.client.get_milestone(&id, &3).deadline);
    c.cancel_milestone(&id, &3);
    f.advance_time(365 * DAY);

    let expected = [
        MilestoneStatus::Released,
        MilestoneStatus::Released,
        MilestoneStatus::Resolved,
        MilestoneStatus::Cancelled,
    ];
    assert_refused_in_statuses(&f, id, &expected, |index| {
        c.try_claim_milestone(&id, &index)
    });
    f.assert_tokens_accounted();
}

#[test]
fn a_claim_of_an_unknown_escrow_or_milestone_is_refused() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100]);
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_claim_milestone(&(id + 1), &0)
    });
    f.assert_refused(Error::MilestoneNotFound, || c.try_claim_milestone(&id, &1));
}

#[test]
fn a_fully_funded_claim_pays_the_amount_less_the_fee_and_the_fee_to_the_platform() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_039, 2_000]);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);

    c.claim_milestone(&id, &0);
    // fee = 1 039 × 2.5 % = 25.975, rounded down.
    assert_eq!(contract_events(&f), claim_events(&f, id, 0, 1_014, 25));
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 1_014,
            platform: 25,
            contract: 2_000,
            ..Usdc::default()
        }
    );
    assert_eq!(held(&f, id), [0, 2_000]);
    assert_eq!(money(&f, id), (2_000, 3_039, 1_039));
    let m = f.client.get_milestone(&id, &0);
    assert_eq!((m.status, m.approved), (MilestoneStatus::Released, true));
    f.assert_tokens_accounted();
}

#[test]
fn a_partly_funded_claim_pays_exactly_what_is_held() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000, 3_000]));
    f.fund(id, 1_799);
    assert_eq!(held(&f, id), [1_000, 799, 0]);
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD);

    c.claim_milestone(&id, &1);
    // fee = 799 × 2.5 % = 19.975, rounded down.
    assert_eq!(contract_events(&f), claim_events(&f, id, 1, 780, 19));
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 780,
            platform: 19,
            contract: 1_000,
            ..Usdc::default()
        }
    );
    let m = f.client.get_milestone(&id, &1);
    assert_eq!((m.status, m.approved), (MilestoneStatus::Released, true));
    assert_eq!(held(&f, id), [1_000, 0, 0]);
    assert_eq!(money(&f, id), (4_000, 1_799, 799));
    f.assert_tokens_accounted();

    // The claimed milestone is never backed again: the next deposit goes to milestone 2, and
    // milestone 0 is still fully backed and releasable.
    let alice = &f.parties.approver;
    f.usdc.mint(alice, 3_001);
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&id, alice, &3_001)
    });
    c.fund_escrow(&id, alice, &3_000);
    assert_eq!(held(&f, id), [1_000, 0, 3_000]);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 780 + 975,
            platform: 19 + 25,
            approver: 1,
            contract: 3_000,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (3_000, 4_799, 1_799));
    f.assert_tokens_accounted();
}

#[test]
fn an_unfunded_claim_pays_nothing_and_still_releases_the_milestone() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000, 2_000]));
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD);

    c.claim_milestone(&id, &1);
    assert_eq!(contract_events(&f), claim_events(&f, id, 1, 0, 0));
    let m = f.client.get_milestone(&id, &1);
    assert_eq!(
        (m.status, m.approved, m.held),
        (MilestoneStatus::Released, true, 0)
    );
    assert_eq!(usdc(&f), Usdc::default());
    assert_eq!(money(&f, id), (1_000, 0, 0));
    f.assert_tokens_accounted();

    // Only milestone 0 can still be funded.
    f.fund(id, 1_000);
    assert_eq!(held(&f, id), [1_000, 0]);
    assert_eq!(money(&f, id), (1_000, 1_000, 0));
}

#[test]
fn holding_back_one_unit_of_funding_cannot_block_a_claim() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[1_000]));
    f.fund(id, 999);
    f.submit_and_approve(id, 0);
    // The release signer cannot pay it in full…
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &0)
    });
    f.advance_time(REVIEW_PERIOD);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &0)
    });

    // …but the provider claims what is there: fee = 999 × 2.5 % = 24.975, rounded down.
    c.claim_milestone(&id, &0);
    assert_eq!(contract_events(&f), claim_events(&f, id, 0, 975, 24));
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 24,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 999, 999));
    f.assert_tokens_accounted();
}

#[test]
fn a_claim_pays_the_milestones_own_receiver() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let carol = Address::generate(&f.env);
    let mut new = f.new_escrow(&[1_000]);
    let mut m = new.milestones.get(0).unwrap();
    m.receiver = Some(carol.clone());
    new.milestones.set(0, m);
    let id = f.create(&new);
    f.fund(id, 1_000);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);

    c.claim_milestone(&id, &0);
    let events = contract_events(&f);
    assert_eq!(
        events[1..],
        as_published(
            &f,
            &f.contract,
            &[&MilestoneReleased {
                escrow_id: id,
                milestone_index: 0,
                receiver: carol.clone(),
                paid_to_receiver: 975,
                platform: f.parties.platform.clone(),
                platform_fee: 25,
            }]
        )
    );
    assert_eq!(f.usdc.balance(&carol), 975);
    assert_eq!(
        usdc(&f),
        Usdc {
            platform: 25,
            ..Usdc::default()
        }
    );
}

#[test]
fn only_the_service_provider_signs_a_claim() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);
    assert_only_signers(
        &f,
        &[&f.parties.service_provider],
        "claim_milestone",
        (id, 0_u32).into_val(&f.env),
        |c| c.try_claim_milestone(&id, &0).is_ok(),
    );
    assert_eq!(status(&f, id, 0), MilestoneStatus::Released);
    assert_eq!(usdc(&f).receiver, 975);
}
