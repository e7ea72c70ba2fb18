//! Delivery and review: submit, request changes, approve, dispute, with the review period's limits.

extern crate std;

use soroban_sdk::{
    testutils::{MockAuth, MockAuthInvoke},
    Address, IntoVal, String,
};

use super::{as_published, contract_events};
use crate::{
    lifecycle::{MAX_EVIDENCE_LEN, MAX_NOTES_LEN},
    testutils::*,
    Error, MilestoneStatus, MilestoneUpdated,
};

/// Where a milestone stands, with the two kinds of dispute told apart.
#[derive(Clone, Copy, Debug, PartialEq)]
enum At {
    Pending,
    ForReview,
    ChangesRequested,
    Approved,
    /// Disputed from `ForReview` by the approver.
    DisputedDelivery,
    /// Disputed from `Approved` by the approver.
    DisputedApproval,
    Released,
    Resolved,
    Cancelled,
}

const EVERY_STAGE: [At; 9] = [
    At::Pending,
    At::ForReview,
    At::ChangesRequested,
    At::Approved,
    At::DisputedDelivery,
    At::DisputedApproval,
    At::Released,
    At::Resolved,
    At::Cancelled,
];

fn status_of(at: At) -> MilestoneStatus {
    match at {
        At::Pending => MilestoneStatus::Pending,
        At::ForReview => MilestoneStatus::ForReview,
        At::ChangesRequested => MilestoneStatus::ChangesRequested,
        At::Approved => MilestoneStatus::Approved,
        At::DisputedDelivery | At::DisputedApproval => MilestoneStatus::Disputed,
        At::Released => MilestoneStatus::Released,
        At::Resolved => MilestoneStatus::Resolved,
        At::Cancelled => MilestoneStatus::Cancelled,
    }
}

/// A new funded escrow of one milestone of 1 000, brought to `at` (the last change just now).
fn milestone_in(f: &Fixture, at: At) -> u64 {
    let id = f.create_funded(&[1_000]);
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    match at {
        At::Pending => {}
        At::ForReview => f.submit(id, 0),
        At::ChangesRequested => {
            f.submit(id, 0);
            c.request_changes(&id, &0, &Some(f.text("Please fix")));
        }
        At::Approved => f.submit_and_approve(id, 0),
        At::DisputedDelivery => {
            f.submit(id, 0);
            f.dispute(id, 0);
        }
        At::DisputedApproval => {
            f.submit_and_approve(id, 0);
            c.dispute_milestone(&id, &0, &p.approver, &f.text("Broke after approval"));
        }
        At::Released => {
            f.submit_and_approve(id, 0);
            c.release_milestone(&id, &0);
        }
        At::Resolved => {
            f.submit(id, 0);
            c.settle_milestone(&id, &0, &500);
        }
        At::Cancelled => {
            f.advance_time(DEADLINE_STEP);
            c.cancel_milestone(&id, &0);
        }
    }
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.status, status_of(at));
    assert_eq!(
        milestone.approved,
        matches!(at, At::Approved | At::Released),
        "approved flag at {at:?}"
    );
    id
}

/// The milestone-update event of milestone `index` of escrow `id`.
fn updated(
    id: u64,
    index: u32,
    status: MilestoneStatus,
    evidence: &Option<String>,
    notes: &Option<String>,
    by: &Address,
) -> MilestoneUpdated {
    MilestoneUpdated {
        escrow_id: id,
        milestone_index: index,
        status,
        approved: matches!(
            status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        ),
        evidence: evidence.clone(),
        notes: notes.clone(),
        changed_by: by.clone(),
    }
}

/// Checks that the last call published exactly `event`.
fn assert_published(f: &Fixture, event: &MilestoneUpdated) {
    assert_eq!(contract_events(f), as_published(f, &f.contract, &[event]));
}

/// Checks milestone `index` of escrow `id` after a change just now.
fn assert_milestone(
    f: &Fixture,
    id: u64,
    index: u32,
    status: MilestoneStatus,
    evidence: &Option<String>,
    notes: &Option<String>,
) {
    let milestone = f.client.get_milestone(&id, &index);
    assert_eq!(milestone.status, status);
    assert_eq!(
        milestone.approved,
        matches!(
            status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        )
    );
    assert_eq!(&milestone.evidence, evidence);
    assert_eq!(&milestone.notes, notes);
    assert_eq!(milestone.updated_at, f.now());
}

fn submit(f: &Fixture, id: u64, index: u32, evidence: &Option<String>, notes: &Option<String>) {
    f.client.mock_all_auths().change_milestone_status(
        &id,
        &index,
        &MilestoneStatus::ForReview,
        evidence,
        notes,
    );
}

#[test]
fn a_delivery_goes_for_review_unapproved_and_publishes_the_update() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500, 1_500]));
    f.advance(100);
    let evidence = Some(f.text("ipfs://bafy-landing-v1"));
    let notes = Some(f.text("Figma link inside"));
    submit(&f, id, 1, &evidence, &notes);
    let bob = &f.parties.service_provider;
    let event = updated(id, 1, MilestoneStatus::ForReview, &evidence, &notes, bob);
    assert_published(&f, &event);
    assert_milestone(&f, id, 1, MilestoneStatus::ForReview, &evidence, &notes);
    assert_eq!(f.now(), START_TIMESTAMP + 500);
    // The other milestone is untouched.
    let other = f.client.get_milestone(&id, &0);
    assert_eq!(other.status, MilestoneStatus::Pending);
    assert_eq!(other.updated_at, START_TIMESTAMP);
}

#[test]
fn a_delivery_is_allowed_from_pending_changes_requested_and_for_review() {
    let f = Fixture::native();
    let bob = f.parties.service_provider.clone();
    for at in [At::Pending, At::ChangesRequested, At::ForReview] {
        let id = milestone_in(&f, at);
        let kept = f.client.get_milestone(&id, &0).evidence;
        f.advance_time(60);
        let notes = Some(f.text("Delivered again"));
        submit(&f, id, 0, &None, &notes);
        let event = updated(id, 0, MilestoneStatus::ForReview, &kept, &notes, &bob);
        assert_published(&f, &event);
        assert_milestone(&f, id, 0, MilestoneStatus::ForReview, &kept, &notes);
    }
}

#[test]
fn a_delivery_is_refused_from_every_other_status() {
    let f = Fixture::native();
    for at in EVERY_STAGE {
        if matches!(at, At::Pending | At::ChangesRequested | At::ForReview) {
            continue;
        }
        let id = milestone_in(&f, at);
        f.assert_refused(Error::InvalidStatusTransition, || {
            f.client.mock_all_auths().try_change_milestone_status(
                &id,
                &0,
                &MilestoneStatus::ForReview,
                &None,
                &None,
            )
        });
    }
}

#[test]
fn the_new_status_of_a_delivery_must_be_for_review() {
    use MilestoneStatus::*;
    let f = Fixture::native();
    for at in [At::Pending, At::ChangesRequested, At::ForReview] {
        let id = milestone_in(&f, at);
        for wrong in [
            Pending,
            ChangesRequested,
            Approved,
            Disputed,
            Released,
            Resolved,
            Cancelled,
        ] {
            f.assert_refused(Error::InvalidStatusTransition, || {
                f.client
                    .mock_all_auths()
                    .try_change_milestone_status(&id, &0, &wrong, &None, &None)
            });
        }
    }
}

#[test]
fn a_resubmission_without_evidence_keeps_it_and_without_notes_clears_them() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    let bob = f.parties.service_provider.clone();
    let v1 = Some(f.text("v1"));
    submit(&f, id, 0, &v1, &Some(f.text("first")));
    let second = Some(f.text("second"));
    submit(&f, id, 0, &None, &second);
    let event = updated(id, 0, MilestoneStatus::ForReview, &v1, &second, &bob);
    assert_published(&f, &event);
    assert_milestone(&f, id, 0, MilestoneStatus::ForReview, &v1, &second);
    // New evidence replaces it; no notes clear them.
    let v2 = Some(f.text("v2"));
    submit(&f, id, 0, &v2, &None);
    let event = updated(id, 0, MilestoneStatus::ForReview, &v2, &None, &bob);
    assert_published(&f, &event);
    assert_milestone(&f, id, 0, MilestoneStatus::ForReview, &v2, &None);
}

#[test]
fn changes_requested_then_delivered_again_then_approved() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    let alice = f.parties.approver.clone();
    let v1 = Some(f.text("v1"));
    submit(&f, id, 0, &v1, &None);

    f.advance_time(DAY);
    let request = Some(f.text("Logo too small"));
    f.client.mock_all_auths().request_changes(&id, &0, &request);
    let event = updated(
        id,
        0,
        MilestoneStatus::ChangesRequested,
        &v1,
        &request,
        &alice,
    );
    assert_published(&f, &event);
    assert_milestone(&f, id, 0, MilestoneStatus::ChangesRequested, &v1, &request);

    f.advance_time(DAY);
    let v2 = Some(f.text("v2"));
    let notes = Some(f.text("Bigger logo"));
    submit(&f, id, 0, &v2, &notes);
    assert_milestone(&f, id, 0, MilestoneStatus::ForReview, &v2, &notes);

    f.advance_time(DAY);
    f.client.mock_all_auths().approve_milestone(&id, &0);
    let event = updated(id, 0, MilestoneStatus::Approved, &v2, &notes, &alice);
    assert_published(&f, &event);
    assert_milestone(&f, id, 0, MilestoneStatus::Approved, &v2, &notes);
}

#[test]
fn a_change_request_without_notes_clears_them() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    let evidence = Some(f.text("v1"));
    submit(&f, id, 0, &evidence, &Some(f.text("done")));
    f.client.mock_all_auths().request_changes(&id, &0, &None);
    let alice = f.parties.approver.clone();
    let event = updated(
        id,
        0,
        MilestoneStatus::ChangesRequested,
        &evidence,
        &None,
        &alice,
    );
    assert_published(&f, &event);
    assert_milestone(
        &f,
        id,
        0,
        MilestoneStatus::ChangesRequested,
        &evidence,
        &None,
    );
}

#[test]
fn changes_are_requested_and_approvals_given_only_for_review() {
    let f = Fixture::native();
    for at in EVERY_STAGE {
        if at == At::ForReview {
            continue;
        }
        let id = milestone_in(&f, at);
        let c = f.client.mock_all_auths();
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_request_changes(&id, &0, &None)
        });
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_approve_milestone(&id, &0)
        });
    }
}

#[test]
fn changes_may_be_requested_until_one_second_before_the_review_period_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let in_time = milestone_in(&f, At::ForReview);
    let late = milestone_in(&f, At::ForReview);
    f.advance_time(REVIEW_PERIOD - 1);
    c.request_changes(&in_time, &0, &None);
    assert_eq!(
        f.client.get_milestone(&in_time, &0).status,
        MilestoneStatus::ChangesRequested
    );
    f.advance_time(1);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_request_changes(&late, &0, &None)
    });
}

#[test]
fn the_approver_disputes_a_delivery_until_one_second_before_the_review_period_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;
    let why = f.text("Not what was agreed");
    let in_time = milestone_in(&f, At::ForReview);
    let late = milestone_in(&f, At::ForReview);
    f.advance_time(REVIEW_PERIOD - 1);
    c.dispute_milestone(&in_time, &0, alice, &why);
    assert_eq!(
        f.client.get_milestone(&in_time, &0).status,
        MilestoneStatus::Disputed
    );
    f.advance_time(1);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_dispute_milestone(&late, &0, alice, &why)
    });
    // Long after, the same.
    f.advance_time(10 * REVIEW_PERIOD);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_dispute_milestone(&late, &0, alice, &why)
    });
}

#[test]
fn a_delivery_may_still_be_approved_after_the_review_period() {
    let f = Fixture::native();
    let at_end = milestone_in(&f, At::ForReview);
    let long_after = milestone_in(&f, At::ForReview);
    f.advance_time(REVIEW_PERIOD);
    let alice = f.parties.approver.clone();
    f.client.mock_all_auths().approve_milestone(&at_end, &0);
    let evidence = Some(f.text("https://example.com/delivery"));
    let notes = Some(f.text("Delivered"));
    let event = updated(
        at_end,
        0,
        MilestoneStatus::Approved,
        &evidence,
        &notes,
        &alice,
    );
    assert_published(&f, &event);
    assert_milestone(&f, at_end, 0, MilestoneStatus::Approved, &evidence, &notes);
    f.advance_time(300 * DAY);
    f.client.mock_all_auths().approve_milestone(&long_after, &0);
    assert_milestone(
        &f,
        long_after,
        0,
        MilestoneStatus::Approved,
        &evidence,
        &notes,
    );
}

#[test]
fn a_resubmission_restarts_the_review_period() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 0);
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD - 1);
    f.submit(id, 0);
    let resubmitted_at = f.now();
    f.advance_time(1);
    // Milestone 1's period is over; milestone 0's started again a second ago.
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_request_changes(&id, &1, &None)
    });
    f.advance_time(REVIEW_PERIOD - 2);
    c.request_changes(&id, &0, &None);
    // Delivered again after the change request: a new period from the new delivery.
    f.submit(id, 0);
    assert_eq!(f.client.get_milestone(&id, &0).updated_at, f.now());
    assert_eq!(f.now(), resubmitted_at + REVIEW_PERIOD - 1);
    f.advance_time(REVIEW_PERIOD - 1);
    c.dispute_milestone(&id, &0, alice, &f.text("Still wrong"));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Disputed
    );
}

/// Who may dispute a milestone at `at` within the review period: (approver, provider).
fn who_may_dispute(at: At) -> (bool, bool) {
    match at {
        At::ForReview => (true, false),
        At::ChangesRequested => (true, true),
        At::Approved => (true, false),
        _ => (false, false),
    }
}

#[test]
fn who_may_dispute_what() {
    let f = Fixture::native();
    let p = f.parties.clone();
    for at in EVERY_STAGE {
        let (approver_may, provider_may) = who_may_dispute(at);
        for (caller, may) in [
            (&p.approver, approver_may),
            (&p.service_provider, provider_may),
        ] {
            let id = milestone_in(&f, at);
            let c = f.client.mock_all_auths();
            let reason = f.text("Deadline missed");
            if !may {
                f.assert_refused(Error::InvalidStatusTransition, || {
                    c.try_dispute_milestone(&id, &0, caller, &reason)
                });
                continue;
            }
            let before = f.client.get_milestone(&id, &0);
            f.advance_time(60);
            c.dispute_milestone(&id, &0, caller, &reason);
            let reason = Some(reason);
            let event = updated(
                id,
                0,
                MilestoneStatus::Disputed,
                &before.evidence,
                &reason,
                caller,
            );
            assert_published(&f, &event);
            assert_milestone(
                &f,
                id,
                0,
                MilestoneStatus::Disputed,
                &before.evidence,
                &reason,
            );
        }
    }
}

#[test]
fn the_provider_never_disputes_its_own_delivery_even_after_the_review_period() {
    let f = Fixture::native();
    let bob = &f.parties.service_provider;
    let id = milestone_in(&f, At::ForReview);
    for wait in [0, REVIEW_PERIOD - 1, 1, 100 * DAY] {
        f.advance_time(wait);
        f.assert_refused(Error::InvalidStatusTransition, || {
            f.client
                .mock_all_auths()
                .try_dispute_milestone(&id, &0, bob, &f.text("why"))
        });
    }
}

#[test]
fn change_requests_and_approvals_stay_disputable_after_the_review_period() {
    // Only a delivery awaiting review loses its dispute with the period: a change request
    // may be disputed by either party, and approved work by the approver, at any time.
    let f = Fixture::native();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let by_approver = milestone_in(&f, At::ChangesRequested);
    let by_provider = milestone_in(&f, At::ChangesRequested);
    let approved = milestone_in(&f, At::Approved);
    f.advance_time(100 * DAY);
    c.dispute_milestone(&by_approver, &0, &p.approver, &f.text("a"));
    c.dispute_milestone(&by_provider, &0, &p.service_provider, &f.text("b"));
    c.dispute_milestone(&approved, &0, &p.approver, &f.text("c"));
    for id in [by_approver, by_provider, approved] {
        let milestone = f.client.get_milestone(&id, &0);
        assert_eq!(milestone.status, MilestoneStatus::Disputed);
        assert!(!milestone.approved, "a dispute withdraws the approval");
    }
}

#[test]
fn only_the_approver_or_the_service_provider_may_dispute_even_when_they_sign() {
    let f = Fixture::native();
    let id = milestone_in(&f, At::ChangesRequested);
    let p = &f.parties;
    let reason = f.text("why");
    for not_a_party in [
        &p.platform,
        &p.release_signer,
        &p.dispute_resolver,
        &p.receiver,
        &p.admin,
        &p.outsider,
    ] {
        let invoke = MockAuthInvoke {
            contract: &f.contract,
            fn_name: "dispute_milestone",
            args: (id, 0_u32, not_a_party.clone(), reason.clone()).into_val(&f.env),
            sub_invokes: &[],
        };
        let auths = [MockAuth {
            address: not_a_party,
            invoke: &invoke,
        }];
        f.assert_refused(Error::NotAParty, || {
            f.client
                .mock_auths(&auths)
                .try_dispute_milestone(&id, &0, not_a_party, &reason)
        });
    }
}

#[test]
fn faults_of_a_dispute_come_in_the_documented_order() {
    // The escrow exists, NotAParty, the reason's length, the milestone exists, the status.
    let f = Fixture::native();
    let id = milestone_in(&f, At::Pending);
    let p = &f.parties;
    let c = f.client.mock_all_auths();
    let long = f.text_of_len(MAX_NOTES_LEN + 1);
    let cases = [
        (id + 1, &p.outsider, &long, 9, Error::EscrowNotFound),
        (id, &p.outsider, &long, 9, Error::NotAParty),
        (id, &p.approver, &long, 9, Error::TextTooLong),
        (id, &p.approver, &f.text("why"), 9, Error::MilestoneNotFound),
        (
            id,
            &p.approver,
            &f.text("why"),
            0,
            Error::InvalidStatusTransition,
        ),
    ];
    for (escrow, caller, reason, index, expected) in cases {
        f.assert_refused(expected, || {
            c.try_dispute_milestone(&escrow, &index, caller, reason)
        });
    }
    // Texts come before the milestone, the milestone before the status, for every call.
    let over_notes = Some(long.clone());
    let for_review = MilestoneStatus::ForReview;
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &9, &for_review, &None, &over_notes)
    });
    f.assert_refused(Error::TextTooLong, || {
        c.try_request_changes(&id, &9, &over_notes)
    });
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_change_milestone_status(&id, &9, &MilestoneStatus::Approved, &None, &None)
    });
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &0, &MilestoneStatus::Approved, &None, &over_notes)
    });
}

#[test]
fn an_unknown_escrow_is_reported_before_any_signature_is_asked() {
    let f = Fixture::native();
    let id = milestone_in(&f, At::ForReview);
    let c = &f.client;
    let alice = &f.parties.approver;
    let missing = id + 1;
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_change_milestone_status(&missing, &0, &MilestoneStatus::ForReview, &None, &None)
    });
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_request_changes(&missing, &0, &None)
    });
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_approve_milestone(&missing, &0)
    });
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_dispute_milestone(&missing, &0, alice, &f.text("why"))
    });
}

#[test]
fn unknown_escrows_and_milestones_are_refused() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 0);
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;
    let why = f.text("why");
    for (escrow, index, expected) in [
        (id, 2, Error::MilestoneNotFound),
        (id, u32::MAX, Error::MilestoneNotFound),
        (id + 1, 0, Error::EscrowNotFound),
        (0, 0, Error::EscrowNotFound),
    ] {
        f.assert_refused(expected, || {
            c.try_change_milestone_status(
                &escrow,
                &index,
                &MilestoneStatus::ForReview,
                &None,
                &None,
            )
        });
        f.assert_refused(expected, || c.try_request_changes(&escrow, &index, &None));
        f.assert_refused(expected, || c.try_approve_milestone(&escrow, &index));
        f.assert_refused(expected, || {
            c.try_dispute_milestone(&escrow, &index, alice, &why)
        });
        f.assert_refused(expected, || f.client.try_get_milestone(&escrow, &index));
    }
}

#[test]
fn evidence_notes_and_reasons_are_capped_in_bytes_cap_included() {
    let f = Fixture::native();
    assert_eq!((MAX_EVIDENCE_LEN, MAX_NOTES_LEN), (512, 1_024));
    let id = f.create(&f.new_escrow(&[100]));
    let c = f.client.mock_all_auths();
    let for_review = MilestoneStatus::ForReview;

    let over_evidence = Some(f.text_of_len(513));
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &0, &for_review, &over_evidence, &None)
    });
    let over_notes = Some(f.text_of_len(1_025));
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &0, &for_review, &None, &over_notes)
    });
    let evidence = Some(f.text_of_len(512));
    let notes = Some(f.text_of_len(1_024));
    c.change_milestone_status(&id, &0, &for_review, &evidence, &notes);
    assert_milestone(&f, id, 0, for_review, &evidence, &notes);

    f.assert_refused(Error::TextTooLong, || {
        c.try_request_changes(&id, &0, &over_notes)
    });
    c.request_changes(&id, &0, &notes);
    assert_milestone(
        &f,
        id,
        0,
        MilestoneStatus::ChangesRequested,
        &evidence,
        &notes,
    );

    let alice = &f.parties.approver;
    f.assert_refused(Error::TextTooLong, || {
        c.try_dispute_milestone(&id, &0, alice, &f.text_of_len(1_025))
    });
    c.dispute_milestone(&id, &0, alice, &f.text_of_len(1_024));
    assert_milestone(&f, id, 0, MilestoneStatus::Disputed, &evidence, &notes);
}
