//! Milestone status changes: submit, request changes, approve, dispute.

use soroban_sdk::String;

use super::{as_published, contract_events};
use crate::{
    lifecycle::{MAX_EVIDENCE_LEN, MAX_NOTES_LEN},
    testutils::Fixture,
    Error, MilestoneStatus, MilestoneUpdated,
};

fn updated(
    f: &Fixture,
    id: u64,
    index: u32,
    status: MilestoneStatus,
    evidence: Option<&str>,
    notes: Option<&str>,
    by: &soroban_sdk::Address,
) -> MilestoneUpdated {
    MilestoneUpdated {
        escrow_id: id,
        milestone_index: index,
        status,
        approved: matches!(
            status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        ),
        evidence: evidence.map(|s| f.text(s)),
        notes: notes.map(|s| f.text(s)),
        changed_by: by.clone(),
    }
}

fn submit(f: &Fixture, id: u64, index: u32, evidence: Option<String>, notes: Option<String>) {
    f.client.mock_all_auths().change_milestone_status(
        &id,
        &index,
        &MilestoneStatus::ForReview,
        &evidence,
        &notes,
    );
}

#[test]
fn marking_done_sets_for_review_keeps_approved_false_and_publishes_the_update() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500, 1_500]));
    f.advance(100);
    let bob = &f.parties.service_provider;

    submit(
        &f,
        id,
        1,
        Some(f.text("ipfs://bafy-landing-v1")),
        Some(f.text("Figma link inside")),
    );

    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&updated(
                &f,
                id,
                1,
                MilestoneStatus::ForReview,
                Some("ipfs://bafy-landing-v1"),
                Some("Figma link inside"),
                bob
            )]
        )
    );
    let milestone = f.client.get_milestone(&id, &1);
    assert_eq!(milestone.status, MilestoneStatus::ForReview);
    assert!(!milestone.approved);
    assert_eq!(milestone.evidence, Some(f.text("ipfs://bafy-landing-v1")));
    assert_eq!(milestone.notes, Some(f.text("Figma link inside")));
    assert_eq!(
        milestone.updated_at,
        crate::testutils::START_TIMESTAMP + 500
    );
    assert_eq!(milestone.amount, 1_500);
    // The other milestone is untouched.
    let other = f.client.get_milestone(&id, &0);
    assert_eq!(other.status, MilestoneStatus::Pending);
    assert_eq!(other.updated_at, crate::testutils::START_TIMESTAMP);
}

#[test]
fn resubmitting_without_evidence_keeps_the_evidence_and_replaces_the_notes() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    submit(&f, id, 0, Some(f.text("v1")), Some(f.text("first")));
    // From ForReview again.
    submit(&f, id, 0, None, Some(f.text("second")));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&updated(
                &f,
                id,
                0,
                MilestoneStatus::ForReview,
                Some("v1"),
                Some("second"),
                &f.parties.service_provider
            )]
        )
    );
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.status, MilestoneStatus::ForReview);
    assert_eq!(milestone.evidence, Some(f.text("v1")));
    assert_eq!(milestone.notes, Some(f.text("second")));
    // New evidence replaces it; no notes clears them.
    submit(&f, id, 0, Some(f.text("v2")), None);
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.evidence, Some(f.text("v2")));
    assert_eq!(milestone.notes, None);
}

#[test]
fn changes_requested_then_resubmitted_then_approved() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    let alice = &f.parties.approver;
    submit(&f, id, 0, Some(f.text("v1")), None);

    f.client
        .mock_all_auths()
        .request_changes(&id, &0, &Some(f.text("Logo too small")));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&updated(
                &f,
                id,
                0,
                MilestoneStatus::ChangesRequested,
                Some("v1"),
                Some("Logo too small"),
                alice
            )]
        )
    );
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.status, MilestoneStatus::ChangesRequested);
    assert!(!milestone.approved);

    submit(&f, id, 0, Some(f.text("v2")), Some(f.text("Bigger logo")));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::ForReview
    );

    f.client.mock_all_auths().approve_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&updated(
                &f,
                id,
                0,
                MilestoneStatus::Approved,
                Some("v2"),
                Some("Bigger logo"),
                alice
            )]
        )
    );
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.status, MilestoneStatus::Approved);
    assert!(milestone.approved);
}

#[test]
fn request_changes_without_notes_clears_them() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    submit(&f, id, 0, None, Some(f.text("done")));
    f.client.mock_all_auths().request_changes(&id, &0, &None);
    assert_eq!(f.client.get_milestone(&id, &0).notes, None);
}

#[test]
fn new_status_must_be_for_review() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[500]));
    for wrong in [
        MilestoneStatus::Pending,
        MilestoneStatus::ChangesRequested,
        MilestoneStatus::Approved,
        MilestoneStatus::Disputed,
        MilestoneStatus::Released,
        MilestoneStatus::Resolved,
    ] {
        f.assert_refused(Error::InvalidStatusTransition, || {
            f.client
                .mock_all_auths()
                .try_change_milestone_status(&id, &0, &wrong, &None, &None)
        });
    }
}

/// Brings milestone 0 of a fresh funded escrow to `status`.
fn milestone_in(f: &Fixture, status: MilestoneStatus) -> u64 {
    let id = f.create_funded(&[1_000]);
    let client = f.client.mock_all_auths();
    match status {
        MilestoneStatus::Pending => {}
        MilestoneStatus::ForReview => f.submit(id, 0),
        MilestoneStatus::ChangesRequested => {
            f.submit(id, 0);
            client.request_changes(&id, &0, &None);
        }
        MilestoneStatus::Approved => f.submit_and_approve(id, 0),
        MilestoneStatus::Disputed => f.dispute(id, 0),
        MilestoneStatus::Released => {
            f.submit_and_approve(id, 0);
            client.release_milestone(&id, &0);
        }
        MilestoneStatus::Resolved => {
            f.dispute(id, 0);
            client.resolve_dispute(&id, &0, &500);
        }
    }
    assert_eq!(f.client.get_milestone(&id, &0).status, status);
    id
}

#[test]
fn every_transition_not_in_the_table_is_refused() {
    use MilestoneStatus::*;
    let f = Fixture::native();
    let p = f.parties.clone();
    let submit_from = [Pending, ForReview, ChangesRequested];
    let review_from = [ForReview];
    let dispute_from = [Pending, ForReview, ChangesRequested, Approved];
    for status in [
        Pending,
        ForReview,
        ChangesRequested,
        Approved,
        Disputed,
        Released,
        Resolved,
    ] {
        let id = milestone_in(&f, status);
        let c = f.client.mock_all_auths();
        if !submit_from.contains(&status) {
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_change_milestone_status(&id, &0, &ForReview, &None, &None)
            });
        }
        if !review_from.contains(&status) {
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_request_changes(&id, &0, &None)
            });
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_approve_milestone(&id, &0)
            });
        }
        if !dispute_from.contains(&status) {
            for caller in [&p.approver, &p.service_provider] {
                f.assert_refused(Error::InvalidStatusTransition, || {
                    c.try_dispute_milestone(&id, &0, caller, &f.text("why"))
                });
            }
        }
        if status != Approved {
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_release_milestone(&id, &0)
            });
        }
        if status != Disputed {
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_resolve_dispute(&id, &0, &0)
            });
        }
    }
}

#[test]
fn either_party_may_dispute_from_any_open_status_and_approval_is_withdrawn() {
    use MilestoneStatus::*;
    let f = Fixture::native();
    for status in [Pending, ForReview, ChangesRequested, Approved] {
        for caller in [
            f.parties.approver.clone(),
            f.parties.service_provider.clone(),
        ] {
            let id = milestone_in(&f, status);
            let before = f.client.get_milestone(&id, &0);
            f.client.mock_all_auths().dispute_milestone(
                &id,
                &0,
                &caller,
                &f.text("Deadline missed"),
            );
            assert_eq!(
                contract_events(&f),
                as_published(
                    &f,
                    &f.contract,
                    &[&MilestoneUpdated {
                        escrow_id: id,
                        milestone_index: 0,
                        status: Disputed,
                        approved: false,
                        evidence: before.evidence.clone(),
                        notes: Some(f.text("Deadline missed")),
                        changed_by: caller.clone(),
                    }]
                )
            );
            let milestone = f.client.get_milestone(&id, &0);
            assert_eq!(milestone.status, Disputed);
            assert!(!milestone.approved);
            assert_eq!(milestone.notes, Some(f.text("Deadline missed")));
        }
    }
}

#[test]
fn only_the_approver_or_the_service_provider_may_dispute() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let p = &f.parties;
    for not_a_party in [
        &p.platform,
        &p.release_signer,
        &p.dispute_resolver,
        &p.receiver,
        &p.admin,
        &p.outsider,
    ] {
        f.assert_refused(Error::NotAParty, || {
            f.client
                .mock_all_auths()
                .try_dispute_milestone(&id, &0, not_a_party, &f.text("why"))
        });
    }
}

#[test]
fn evidence_notes_and_reason_are_capped() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let c = f.client.mock_all_auths();
    let for_review = MilestoneStatus::ForReview;

    let over_evidence = Some(f.text_of_len(MAX_EVIDENCE_LEN + 1));
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &0, &for_review, &over_evidence, &None)
    });
    let over_notes = Some(f.text_of_len(MAX_NOTES_LEN + 1));
    f.assert_refused(Error::TextTooLong, || {
        c.try_change_milestone_status(&id, &0, &for_review, &None, &over_notes)
    });
    let at_cap = (
        Some(f.text_of_len(MAX_EVIDENCE_LEN)),
        Some(f.text_of_len(MAX_NOTES_LEN)),
    );
    c.change_milestone_status(&id, &0, &for_review, &at_cap.0, &at_cap.1);
    assert_eq!(f.client.get_milestone(&id, &0).evidence, at_cap.0);

    f.assert_refused(Error::TextTooLong, || {
        c.try_request_changes(&id, &0, &over_notes)
    });
    c.request_changes(&id, &0, &at_cap.1);

    let over_reason = f.text_of_len(MAX_NOTES_LEN + 1);
    f.assert_refused(Error::TextTooLong, || {
        c.try_dispute_milestone(&id, &0, &f.parties.approver, &over_reason)
    });
    c.dispute_milestone(&id, &0, &f.parties.approver, &f.text_of_len(MAX_NOTES_LEN));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Disputed
    );
}

#[test]
fn unknown_escrows_and_milestones_are_refused() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
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
        f.assert_refused(expected, || c.try_release_milestone(&escrow, &index));
        f.assert_refused(expected, || c.try_resolve_dispute(&escrow, &index, &0));
        f.assert_refused(expected, || f.client.try_get_milestone(&escrow, &index));
    }
    f.assert_refused(Error::EscrowNotFound, || f.client.try_get_escrow(&9));
    f.assert_refused(Error::EscrowNotFound, || f.client.try_get_milestones(&9));
    f.assert_refused(Error::EscrowNotFound, || f.client.try_extend_ttl(&9));
}
