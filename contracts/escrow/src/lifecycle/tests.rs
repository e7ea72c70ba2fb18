//! The status table with its clocks, and the input rules, without a host.

use super::*;
use MilestoneStatus::*;

const ALL_STATUSES: [MilestoneStatus; 8] = [
    Pending,
    ForReview,
    ChangesRequested,
    Approved,
    Disputed,
    Released,
    Resolved,
    Cancelled,
];

const UPDATED: u64 = 1_000_000;
const REVIEW: u64 = 7 * 86_400;
const RESOLUTION: u64 = 14 * 86_400;
const DEADLINE: u64 = UPDATED + 30 * 86_400;

/// Every action, with the cancellation's deadline at `DEADLINE`.
fn all_actions() -> [Action; 12] {
    [
        Action::Submit,
        Action::RequestChanges,
        Action::Approve,
        Action::Dispute(Party::Approver),
        Action::Dispute(Party::ServiceProvider),
        Action::Release,
        Action::ApproveAndRelease,
        Action::Claim,
        Action::Cancel { deadline: DEADLINE },
        Action::Settle,
        Action::Resolve,
        Action::Expire,
    ]
}

fn clock_at(now: u64) -> Clock {
    Clock {
        now,
        updated_at: UPDATED,
        review_period: REVIEW,
        resolution_period: RESOLUTION,
    }
}

/// A moment when every clock has run out: the deadline and both periods are over.
fn late() -> Clock {
    clock_at(DEADLINE + RESOLUTION)
}

/// The whole table once every clock has run out, written out independently of `next_stage`.
fn expected_late(from: MilestoneStatus, action: Action) -> Option<MilestoneStatus> {
    use Action::*;
    let allowed: &[(Action, MilestoneStatus, MilestoneStatus)] = &[
        (Submit, Pending, ForReview),
        (Submit, ForReview, ForReview),
        (Submit, ChangesRequested, ForReview),
        (Approve, ForReview, Approved),
        (Dispute(Party::Approver), ChangesRequested, Disputed),
        (Dispute(Party::ServiceProvider), ChangesRequested, Disputed),
        (Dispute(Party::Approver), Approved, Disputed),
        (Release, Approved, Released),
        (ApproveAndRelease, ForReview, Released),
        (ApproveAndRelease, Approved, Released),
        (Claim, ForReview, Released),
        (Claim, Approved, Released),
        (Cancel { deadline: DEADLINE }, Pending, Cancelled),
        (Cancel { deadline: DEADLINE }, ChangesRequested, Cancelled),
        (Settle, Pending, Resolved),
        (Settle, ForReview, Resolved),
        (Settle, ChangesRequested, Resolved),
        (Settle, Approved, Resolved),
        (Settle, Disputed, Resolved),
        (Resolve, Disputed, Resolved),
        (Expire, Disputed, Resolved),
    ];
    allowed
        .iter()
        .find(|(a, f, _)| *a == action && *f == from)
        .map(|(_, _, to)| *to)
}

#[test]
fn once_every_clock_ran_out_every_status_and_action_follows_the_table() {
    let mut allowed = 0;
    for from in ALL_STATUSES {
        for action in all_actions() {
            let got = next_stage(Stage::of(from), action, &late()).map(|s| s.status);
            match expected_late(from, action) {
                Some(to) => {
                    allowed += 1;
                    assert_eq!(got, Ok(to), "{action:?} from {from:?}");
                }
                None => assert_eq!(
                    got,
                    Err(Error::InvalidStatusTransition),
                    "{action:?} from {from:?}"
                ),
            }
        }
    }
    assert_eq!(allowed, 21);
}

#[test]
fn final_statuses_never_change_at_any_time() {
    for from in [Released, Resolved, Cancelled] {
        for now in [UPDATED, DEADLINE, DEADLINE + RESOLUTION] {
            for action in all_actions() {
                assert_eq!(
                    next_stage(Stage::of(from), action, &clock_at(now)),
                    Err(Error::InvalidStatusTransition),
                    "{action:?} from {from:?} at {now}"
                );
            }
        }
    }
}

#[test]
fn changes_and_disputes_of_a_delivery_end_with_its_review_period() {
    let last_second = clock_at(UPDATED + REVIEW - 1);
    let over = clock_at(UPDATED + REVIEW);
    for action in [Action::RequestChanges, Action::Dispute(Party::Approver)] {
        assert!(next_stage(Stage::of(ForReview), action, &last_second).is_ok());
        assert_eq!(
            next_stage(Stage::of(ForReview), action, &over),
            Err(Error::InvalidStatusTransition),
            "{action:?}"
        );
    }
    // Approving an unanswered delivery still works, and the provider claims it.
    assert!(next_stage(Stage::of(ForReview), Action::Approve, &over).is_ok());
    assert!(next_stage(Stage::of(ForReview), Action::Claim, &over).is_ok());
}

#[test]
fn the_provider_never_disputes_its_own_delivery_and_nobody_disputes_pending_work() {
    for clock in [clock_at(UPDATED), late()] {
        for party in [Party::Approver, Party::ServiceProvider] {
            assert_eq!(
                next_stage(Stage::of(Pending), Action::Dispute(party), &clock),
                Err(Error::InvalidStatusTransition)
            );
        }
        for from in [ForReview, Approved] {
            assert_eq!(
                next_stage(
                    Stage::of(from),
                    Action::Dispute(Party::ServiceProvider),
                    &clock
                ),
                Err(Error::InvalidStatusTransition),
                "{from:?}"
            );
        }
    }
}

#[test]
fn a_dispute_remembers_whether_the_work_was_approved() {
    let clock = clock_at(UPDATED);
    let approver = Action::Dispute(Party::Approver);
    let of_approved = next_stage(Stage::of(Approved), approver, &clock).unwrap();
    assert_eq!(of_approved.status, Disputed);
    assert!(of_approved.disputed_after_approval);
    for from in [ForReview, ChangesRequested] {
        let contested = next_stage(Stage::of(from), approver, &clock).unwrap();
        assert_eq!(contested, Stage::of(Disputed), "{from:?}");
    }
    // Whatever ends the dispute, the outcome is a plain stage again.
    let ended = next_stage(of_approved, Action::Resolve, &clock).unwrap();
    assert_eq!(ended, Stage::of(Resolved));
}

#[test]
fn a_claim_waits_for_the_review_period_from_delivery_or_approval() {
    for from in [ForReview, Approved] {
        assert_eq!(
            next_stage(
                Stage::of(from),
                Action::Claim,
                &clock_at(UPDATED + REVIEW - 1)
            ),
            Err(Error::TooEarly)
        );
        assert_eq!(
            next_stage(Stage::of(from), Action::Claim, &clock_at(UPDATED + REVIEW)),
            Ok(Stage::of(Released))
        );
    }
    // A status that is never claimable is refused as such, at any time.
    assert_eq!(
        next_stage(Stage::of(Pending), Action::Claim, &clock_at(UPDATED)),
        Err(Error::InvalidStatusTransition)
    );
}

#[test]
fn a_cancellation_waits_for_the_deadline_and_after_a_change_request_for_the_review_period() {
    let cancel = |deadline| Action::Cancel { deadline };
    // Pending: the deadline alone.
    assert_eq!(
        next_stage(
            Stage::of(Pending),
            cancel(DEADLINE),
            &clock_at(DEADLINE - 1)
        ),
        Err(Error::TooEarly)
    );
    assert_eq!(
        next_stage(Stage::of(Pending), cancel(DEADLINE), &clock_at(DEADLINE)),
        Ok(Stage::of(Cancelled))
    );
    // ChangesRequested: both the deadline and the review period, whichever ends later.
    let early_deadline = UPDATED + 86_400;
    assert_eq!(
        next_stage(
            Stage::of(ChangesRequested),
            cancel(early_deadline),
            &clock_at(UPDATED + REVIEW - 1)
        ),
        Err(Error::TooEarly)
    );
    assert!(next_stage(
        Stage::of(ChangesRequested),
        cancel(early_deadline),
        &clock_at(UPDATED + REVIEW)
    )
    .is_ok());
    assert_eq!(
        next_stage(
            Stage::of(ChangesRequested),
            cancel(DEADLINE),
            &clock_at(DEADLINE - 1)
        ),
        Err(Error::TooEarly)
    );
    assert!(next_stage(
        Stage::of(ChangesRequested),
        cancel(DEADLINE),
        &clock_at(DEADLINE)
    )
    .is_ok());
}

#[test]
fn an_expiry_waits_for_the_resolution_period() {
    assert_eq!(
        next_stage(
            Stage::of(Disputed),
            Action::Expire,
            &clock_at(UPDATED + RESOLUTION - 1)
        ),
        Err(Error::TooEarly)
    );
    assert_eq!(
        next_stage(
            Stage::of(Disputed),
            Action::Expire,
            &clock_at(UPDATED + RESOLUTION)
        ),
        Ok(Stage::of(Resolved))
    );
    // The resolver may still rule late, until someone expires the dispute.
    assert!(next_stage(Stage::of(Disputed), Action::Resolve, &late()).is_ok());
}

#[test]
fn periods_that_would_overflow_the_clock_never_end_early() {
    let clock = Clock {
        now: u64::MAX - 1,
        updated_at: u64::MAX - 10,
        review_period: MAX_PERIOD,
        resolution_period: MAX_PERIOD,
    };
    assert!(clock.in_review_period());
    assert_eq!(
        next_stage(Stage::of(ForReview), Action::Claim, &clock),
        Err(Error::TooEarly)
    );
}

#[test]
fn the_fallback_pays_approved_work_whole_and_a_contested_delivery_its_share() {
    let contested = Stage::of(Disputed);
    let approved = Stage {
        status: Disputed,
        disputed_after_approval: true,
    };
    assert_eq!(fallback_receiver_amount(approved, 1_001, 2_500), 1_001);
    assert_eq!(fallback_receiver_amount(contested, 1_001, 2_500), 250); // 250.25
    assert_eq!(fallback_receiver_amount(contested, 1_001, 0), 0);
    assert_eq!(fallback_receiver_amount(contested, 1_001, 10_000), 1_001);
    assert_eq!(
        fallback_receiver_amount(contested, i128::MAX, 10_000),
        i128::MAX
    );
}

#[test]
fn approved_is_exactly_approved_or_released_and_final_is_released_resolved_or_cancelled() {
    for status in ALL_STATUSES {
        assert_eq!(
            is_approved(status),
            matches!(status, Approved | Released),
            "{status:?}"
        );
        assert_eq!(
            is_final(status),
            matches!(status, Released | Resolved | Cancelled),
            "{status:?}"
        );
    }
}

#[test]
fn text_caps_are_inclusive() {
    assert_eq!(check_text_len(0, MAX_TITLE_LEN), Ok(()));
    assert_eq!(check_text_len(MAX_TITLE_LEN, MAX_TITLE_LEN), Ok(()));
    assert_eq!(
        check_text_len(MAX_TITLE_LEN + 1, MAX_TITLE_LEN),
        Err(Error::TextTooLong)
    );
}

#[test]
fn a_new_escrow_holds_one_to_max_milestones() {
    assert_eq!(check_milestone_count(0), Err(Error::NoMilestones));
    assert_eq!(check_milestone_count(1), Ok(()));
    assert_eq!(check_milestone_count(MAX_MILESTONES), Ok(()));
    assert_eq!(
        check_milestone_count(MAX_MILESTONES + 1),
        Err(Error::TooManyMilestones)
    );
    assert_eq!(
        check_milestone_count(u32::MAX),
        Err(Error::TooManyMilestones)
    );
    const { assert!(MAX_MILESTONES >= 20, "SPEC.md: at least 20 milestones") };
}

#[test]
fn added_milestones_count_the_milestones_already_there_and_the_per_call_maximum() {
    assert_eq!(check_added_milestone_count(0, 0), Err(Error::NoMilestones));
    assert_eq!(check_added_milestone_count(10, 0), Err(Error::NoMilestones));
    assert_eq!(check_added_milestone_count(1, 1), Ok(()));
    assert_eq!(check_added_milestone_count(MAX_MILESTONES - 1, 1), Ok(()));
    assert_eq!(
        check_added_milestone_count(MAX_MILESTONES, 1),
        Err(Error::TooManyMilestones)
    );
    // The per-call maximum binds while the escrow still has room for more.
    assert_eq!(check_added_milestone_count(1, MAX_ADD_BATCH), Ok(()));
    assert_eq!(
        check_added_milestone_count(1, MAX_ADD_BATCH + 1),
        Err(Error::TooManyMilestones)
    );
    assert_eq!(
        check_added_milestone_count(MAX_MILESTONES - MAX_ADD_BATCH, MAX_ADD_BATCH),
        Ok(())
    );
    assert_eq!(
        check_added_milestone_count(MAX_MILESTONES - MAX_ADD_BATCH + 1, MAX_ADD_BATCH),
        Err(Error::TooManyMilestones)
    );
    assert_eq!(
        check_added_milestone_count(1, u32::MAX),
        Err(Error::TooManyMilestones)
    );
    const { assert!(MAX_ADD_BATCH < MAX_MILESTONES) };
}

#[test]
fn fee_boundaries() {
    assert_eq!(check_fee(0), Ok(()));
    assert_eq!(check_fee(2_000), Ok(()));
    assert_eq!(check_fee(2_001), Err(Error::InvalidFee));
    assert_eq!(check_fee(u32::MAX), Err(Error::InvalidFee));
}

#[test]
fn period_and_fallback_boundaries() {
    let day = 86_400;
    let year = 365 * day;
    assert_eq!(check_escrow_terms(day, day, 0), Ok(()));
    assert_eq!(check_escrow_terms(year, year, 10_000), Ok(()));
    for (review, resolution, fallback) in [
        (day - 1, day, 0),
        (day, day - 1, 0),
        (year + 1, day, 0),
        (day, year + 1, 0),
        (day, day, 10_001),
        (0, 0, 0),
        (u64::MAX, u64::MAX, u32::MAX),
    ] {
        assert_eq!(
            check_escrow_terms(review, resolution, fallback),
            Err(Error::InvalidTerms),
            "{review} {resolution} {fallback}"
        );
    }
}

#[test]
fn deadlines_lie_after_now_and_at_most_five_years_ahead() {
    let now = 1_795_392_000;
    assert_eq!(check_deadline(now, now), Err(Error::InvalidTerms));
    assert_eq!(check_deadline(now - 1, now), Err(Error::InvalidTerms));
    assert_eq!(check_deadline(0, now), Err(Error::InvalidTerms));
    assert_eq!(check_deadline(now + 1, now), Ok(()));
    assert_eq!(check_deadline(now + MAX_DEADLINE_AHEAD, now), Ok(()));
    assert_eq!(
        check_deadline(now + MAX_DEADLINE_AHEAD + 1, now),
        Err(Error::InvalidTerms)
    );
    assert_eq!(check_deadline(u64::MAX, now), Err(Error::InvalidTerms));
    assert_eq!(MAX_DEADLINE_AHEAD, 5 * 365 * 86_400);
}

#[test]
fn milestone_amounts_must_be_positive_and_sum_without_overflow() {
    assert_eq!(add_milestone_amount(0, 1), Ok(1));
    assert_eq!(add_milestone_amount(0, 0), Err(Error::InvalidAmount));
    assert_eq!(add_milestone_amount(0, -1), Err(Error::InvalidAmount));
    assert_eq!(
        add_milestone_amount(0, i128::MIN),
        Err(Error::InvalidAmount)
    );
    assert_eq!(add_milestone_amount(0, i128::MAX), Ok(i128::MAX));
    assert_eq!(
        add_milestone_amount(i128::MAX, 1),
        Err(Error::InvalidAmount)
    );
    assert_eq!(add_milestone_amount(i128::MAX - 1, 1), Ok(i128::MAX));
}

#[test]
fn a_receiver_share_lies_within_the_milestone() {
    assert_eq!(check_receiver_amount(0, 100), Ok(()));
    assert_eq!(check_receiver_amount(100, 100), Ok(()));
    assert_eq!(check_receiver_amount(-1, 100), Err(Error::InvalidAmount));
    assert_eq!(check_receiver_amount(101, 100), Err(Error::InvalidAmount));
    assert_eq!(
        check_receiver_amount(i128::MIN, 100),
        Err(Error::InvalidAmount)
    );
}

#[test]
fn the_first_fault_is_reported_in_the_documented_order_whatever_order_it_was_found_in() {
    let order = [
        Error::TooManyMilestones,
        Error::TextTooLong,
        Error::InvalidRoles,
        Error::InvalidFee,
        Error::InvalidTerms,
        Error::InvalidAmount,
    ];
    for (i, first) in order.iter().enumerate() {
        // Found last, still reported first.
        let mut faults = FirstFault::default();
        for later in order[i..].iter().rev() {
            faults.check(Err(*later));
        }
        faults.check(Ok(()));
        assert_eq!(faults.result(), Err(*first));
    }
    assert_eq!(FirstFault::default().result(), Ok(()));
    // Faults that are not input faults come after every input fault.
    let mut other = FirstFault::default();
    other.check(Err(Error::TooEarly));
    other.check(Err(Error::InvalidAmount));
    assert_eq!(other.result(), Err(Error::InvalidAmount));
    let mut no_milestones = FirstFault::default();
    no_milestones.check(Err(Error::InvalidAmount));
    no_milestones.check(Err(Error::NoMilestones));
    assert_eq!(no_milestones.result(), Err(Error::NoMilestones));
}
