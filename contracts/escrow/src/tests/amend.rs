//! `add_milestones`: new milestones appended to an escrow before funding, after funding and
//! after every earlier milestone is final, under the input rules of creation, signed by the
//! platform, the approver and the service provider.

extern crate std;

use soroban_sdk::{testutils::Address as _, vec, Address, IntoVal, Vec};

use super::{as_published, contract_events};
use crate::{
    lifecycle::MAX_DEADLINE_AHEAD, testutils::*, Error, MilestoneStatus, MilestonesAdded,
    NewMilestone, MAX_ADD_BATCH, MAX_MILESTONES,
};

/// A new milestone of `amount` due `due_in` seconds from now, paying the escrow's receiver.
fn milestone(f: &Fixture, amount: i128, due_in: u64) -> NewMilestone {
    NewMilestone {
        description: f.text("Second round"),
        amount,
        deadline: f.now() + due_in,
        receiver: None,
    }
}

/// `milestones`, with every signature mocked.
fn add(f: &Fixture, id: u64, milestones: &Vec<NewMilestone>) {
    f.client.mock_all_auths().add_milestones(&id, milestones);
}

fn held(f: &Fixture, id: u64) -> std::vec::Vec<i128> {
    f.client
        .get_milestones(&id)
        .iter()
        .map(|m| m.held)
        .collect()
}

#[test]
fn added_milestones_come_pending_and_unfunded_at_the_next_indices() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.advance_time(DAY);
    let own = Address::generate(&f.env);
    let mut second = milestone(&f, 400, 90 * DAY);
    second.receiver = Some(own.clone());
    let new = vec![&f.env, milestone(&f, 300, 60 * DAY), second.clone()];

    f.sign_next(
        &[&p.platform, &p.approver, &p.service_provider],
        "add_milestones",
        (id, new.clone()).into_val(&f.env),
    );
    f.client.add_milestones(&id, &new);

    f.assert_signed_by(
        &[&p.platform, &p.approver, &p.service_provider],
        "add_milestones",
        (id, new.clone()).into_val(&f.env),
    );
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&MilestonesAdded {
                escrow_id: id,
                first_index: 2,
                count: 2,
            }]
        )
    );
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (
            escrow.milestone_count,
            escrow.total_amount,
            escrow.open_amount,
            escrow.funded
        ),
        (4, 1_000, 1_000, 0)
    );
    let first = new.get_unchecked(0);
    for (index, added, receiver) in [(2, &first, &p.receiver), (3, &second, &own)] {
        let m = f.client.get_milestone(&id, &index);
        assert_eq!(m.description, added.description);
        assert_eq!(m.amount, added.amount);
        assert_eq!((m.status, m.approved), (MilestoneStatus::Pending, false));
        assert_eq!((m.evidence, m.notes), (None, None));
        assert_eq!(m.updated_at, f.now(), "added now");
        assert_eq!(m.deadline, added.deadline);
        assert_eq!(&m.receiver, receiver);
        assert_eq!(m.held, 0);
    }
    // The earlier milestones are untouched.
    assert_eq!(f.client.get_milestone(&id, &1).amount, 200);

    f.fund(id, 1_000);
    assert_eq!(held(&f, id), [100, 200, 300, 400]);
    f.assert_tokens_accounted();
}

#[test]
fn deposits_after_an_addition_fill_the_earlier_open_milestones_first() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.fund(id, 250);
    assert_eq!(held(&f, id), [100, 150]);

    add(&f, id, &vec![&f.env, milestone(&f, 300, 30 * DAY)]);
    assert_eq!(held(&f, id), [100, 150, 0]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.total_amount, escrow.open_amount, escrow.funded),
        (600, 600, 250)
    );

    f.fund(id, 100);
    assert_eq!(
        held(&f, id),
        [100, 200, 50],
        "milestone 1 first, then the new one"
    );
    f.usdc.mint(&f.parties.approver, 251);
    f.assert_refused(Error::FundingExceedsTotal, || {
        f.client
            .mock_all_auths()
            .try_fund_escrow(&id, &f.parties.approver, &251)
    });
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &f.parties.approver, &250);
    assert_eq!(held(&f, id), [100, 200, 300]);
    f.assert_tokens_accounted();
}

#[test]
fn deposits_skip_milestones_that_became_final_before_the_addition() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.fund(id, 100);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    // Milestone 1, unfunded, is cancelled at its deadline.
    f.advance_time(2 * DEADLINE_STEP);
    f.client.mock_all_auths().cancel_milestone(&id, &1);

    add(&f, id, &vec![&f.env, milestone(&f, 300, 30 * DAY)]);
    f.fund(id, 300);
    assert_eq!(held(&f, id), [0, 0, 300]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.open_amount, escrow.funded, escrow.paid_out),
        (300, 400, 100)
    );
    f.assert_tokens_accounted();
}

#[test]
fn a_second_round_after_every_milestone_is_final_pays_to_the_unit_and_ends_empty() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000]);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    let first_round = f.client.get_escrow(&id);
    assert_eq!(
        (
            first_round.open_amount,
            first_round.funded,
            first_round.paid_out
        ),
        (0, 1_000, 1_000)
    );

    f.advance_time(10 * DAY);
    add(
        &f,
        id,
        &vec![
            &f.env,
            milestone(&f, 500, 30 * DAY),
            milestone(&f, 300, 60 * DAY),
        ],
    );
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (
            escrow.milestone_count,
            escrow.total_amount,
            escrow.open_amount
        ),
        (3, 1_800, 800)
    );
    f.fund(id, 800);
    assert_eq!(held(&f, id), [0, 500, 300]);
    f.submit_and_approve(id, 1);
    f.client.mock_all_auths().release_milestone(&id, &1);
    f.submit(id, 2);
    f.client
        .mock_all_auths()
        .approve_and_release(&id, &vec![&f.env, 2]);

    // Fees: 2.5 % of 1 000, 500 and 300 is 25, 12 and 7 (rounded down).
    assert_eq!(f.usdc.balance(&p.receiver), 975 + 488 + 293);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 12 + 7);
    assert_eq!(f.usdc.balance(&p.approver), 0);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.open_amount, escrow.funded, escrow.paid_out),
        (0, 1_800, 1_800),
        "the escrow ends empty again"
    );
    f.assert_tokens_accounted();
}

#[test]
fn an_added_milestone_is_due_at_its_own_deadline() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.advance_time(40 * DAY);
    add(&f, id, &vec![&f.env, milestone(&f, 50, 3 * DAY)]);
    f.fund(id, 50);
    f.advance_time(3 * DAY - 1);
    f.assert_refused(Error::TooEarly, || {
        f.client.mock_all_auths().try_cancel_milestone(&id, &1)
    });
    f.advance_time(1);
    f.client.mock_all_auths().cancel_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&f.parties.approver), 50);
    f.assert_tokens_accounted();
}

#[test]
fn added_descriptions_have_the_byte_cap_of_creation() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let mut long = milestone(&f, 50, DAY);
    long.description = f.text_of_len(513);
    f.assert_refused(Error::TextTooLong, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&id, &vec![&f.env, milestone(&f, 50, DAY), long.clone()])
    });
    long.description = f.text_of_len(512);
    add(&f, id, &vec![&f.env, long]);
    assert_eq!(f.client.get_milestone(&id, &1).description.len(), 512);
}

#[test]
fn added_deadlines_count_from_the_time_of_the_addition() {
    let f = Fixture::native();
    let created = f.now();
    let id = f.create(&f.new_escrow(&[100]));
    f.advance_time(40 * DAY);
    let now = f.now();
    let due = |deadline: u64| NewMilestone {
        deadline,
        ..milestone(&f, 50, DAY)
    };
    // Valid at creation, past now; now itself; more than 5 years from now.
    for deadline in [created + 30 * DAY, now, now + MAX_DEADLINE_AHEAD + 1] {
        f.assert_refused(Error::InvalidTerms, || {
            f.client
                .mock_all_auths()
                .try_add_milestones(&id, &vec![&f.env, due(deadline)])
        });
    }
    // One second from now, and exactly 5 years from now (more than 5 years after creation).
    add(
        &f,
        id,
        &vec![&f.env, due(now + 1), due(now + MAX_DEADLINE_AHEAD)],
    );
    assert!(now + MAX_DEADLINE_AHEAD > created + MAX_DEADLINE_AHEAD);
    assert_eq!(
        f.client.get_milestone(&id, &2).deadline,
        now + MAX_DEADLINE_AHEAD
    );
}

#[test]
fn added_amounts_must_be_positive() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    for amount in [0, -1, i128::MIN] {
        f.assert_refused(Error::InvalidAmount, || {
            f.client
                .mock_all_auths()
                .try_add_milestones(&id, &vec![&f.env, milestone(&f, amount, DAY)])
        });
    }
}

#[test]
fn the_total_with_the_existing_milestones_may_not_overflow() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[i128::MAX - 10]));
    f.assert_refused(Error::InvalidAmount, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&id, &vec![&f.env, milestone(&f, 11, DAY)])
    });
    // Each fits alone; together they overflow.
    f.assert_refused(Error::InvalidAmount, || {
        f.client.mock_all_auths().try_add_milestones(
            &id,
            &vec![&f.env, milestone(&f, 5, DAY), milestone(&f, 6, DAY)],
        )
    });
    add(&f, id, &vec![&f.env, milestone(&f, 10, DAY)]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.total_amount, escrow.open_amount),
        (i128::MAX, i128::MAX)
    );
}

#[test]
fn a_new_milestones_receiver_may_not_be_the_dispute_resolver_or_the_contract() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create(&f.new_escrow(&[100]));
    for forbidden in [&p.dispute_resolver, &f.contract] {
        let mut m = milestone(&f, 50, DAY);
        m.receiver = Some(forbidden.clone());
        f.assert_refused(Error::InvalidRoles, || {
            f.client
                .mock_all_auths()
                .try_add_milestones(&id, &vec![&f.env, milestone(&f, 50, DAY), m.clone()])
        });
    }
    // Anyone else may be paid for a milestone, the service provider or an outsider.
    let mut to_provider = milestone(&f, 50, DAY);
    to_provider.receiver = Some(p.service_provider.clone());
    let mut to_outsider = milestone(&f, 60, DAY);
    to_outsider.receiver = Some(p.outsider.clone());
    add(&f, id, &vec![&f.env, to_provider, to_outsider]);
    assert_eq!(f.client.get_milestone(&id, &1).receiver, p.service_provider);
    assert_eq!(f.client.get_milestone(&id, &2).receiver, p.outsider);
}

#[test]
fn max_milestones_is_reached_exactly_by_adding() {
    assert_eq!(MAX_MILESTONES, 50);
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1; 45]));
    f.assert_refused(Error::TooManyMilestones, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&id, &f.new_milestones(&[1; 6]))
    });
    add(&f, id, &f.new_milestones(&[1; 5]));
    assert_eq!(f.client.get_escrow(&id).milestone_count, 50);
    f.assert_refused(Error::TooManyMilestones, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&id, &f.new_milestones(&[1]))
    });

    // From a single milestone: at most MAX_ADD_BATCH in one call, the rest in the next.
    let single = f.create(&f.new_escrow(&[1]));
    add(&f, single, &f.new_milestones(&[1; 9]));
    assert_eq!(f.client.get_escrow(&single).milestone_count, 10);
    add(&f, single, &f.new_milestones(&[1; 40]));
    assert_eq!(f.client.get_escrow(&single).milestone_count, 50);
    assert_eq!(f.client.get_milestones(&single).len(), 50);
}

#[test]
fn one_call_appends_at_most_max_add_batch_milestones() {
    assert_eq!(MAX_ADD_BATCH, 40);
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1]));
    // 49 more would fit the escrow, but not one call.
    for count in [MAX_ADD_BATCH + 1, MAX_MILESTONES - 1] {
        let too_many = f.new_milestones(&std::vec![1; count as usize]);
        f.assert_refused(Error::TooManyMilestones, || {
            f.client.mock_all_auths().try_add_milestones(&id, &too_many)
        });
    }
    add(&f, id, &f.new_milestones(&[1; MAX_ADD_BATCH as usize]));
    assert_eq!(f.client.get_escrow(&id).milestone_count, 1 + MAX_ADD_BATCH);
}

#[test]
fn an_empty_list_is_no_milestones() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.assert_refused(Error::NoMilestones, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&id, &vec![&f.env])
    });
}

#[test]
fn an_unknown_escrow_is_escrow_not_found() {
    let f = Fixture::native();
    f.create(&f.new_escrow(&[100]));
    f.assert_refused(Error::EscrowNotFound, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&2, &f.new_milestones(&[50]))
    });
}

#[test]
fn several_faults_report_the_first_in_the_documented_order() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let nearly_full = f.create(&f.new_escrow(&[1; 49]));
    let id = f.create(&f.new_escrow(&[1]));
    let zero = milestone(&f, 0, DAY);
    let past = NewMilestone {
        deadline: f.now(),
        ..milestone(&f, 50, DAY)
    };
    let to_resolver = NewMilestone {
        receiver: Some(p.dispute_resolver.clone()),
        ..milestone(&f, 50, DAY)
    };
    let long = NewMilestone {
        description: f.text_of_len(513),
        ..milestone(&f, 50, DAY)
    };
    // Count before text.
    f.assert_refused(Error::TooManyMilestones, || {
        f.client
            .mock_all_auths()
            .try_add_milestones(&nearly_full, &vec![&f.env, long.clone(), zero.clone()])
    });
    let cases = [
        // Text before roles, roles before terms, terms before amounts: whatever the position.
        (
            vec![&f.env, zero.clone(), to_resolver.clone(), long.clone()],
            Error::TextTooLong,
        ),
        (
            vec![&f.env, zero.clone(), past.clone(), to_resolver.clone()],
            Error::InvalidRoles,
        ),
        (
            vec![&f.env, zero.clone(), past.clone()],
            Error::InvalidTerms,
        ),
    ];
    for (milestones, error) in cases {
        f.assert_refused(error, || {
            f.client
                .mock_all_auths()
                .try_add_milestones(&id, &milestones)
        });
    }
}

#[test]
fn the_platform_the_approver_and_the_provider_all_sign() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[100]);
    let new = f.new_milestones(&[50]);
    let args = || (id, new.clone()).into_val(&f.env);

    for signers in [
        &[&p.approver, &p.service_provider][..],
        &[&p.platform, &p.service_provider][..],
        &[&p.platform, &p.approver][..],
        &[&p.platform, &p.approver, &p.outsider][..],
        &[][..],
    ] {
        f.sign_next(signers, "add_milestones", args());
        f.assert_refused_unsigned(|| f.client.try_add_milestones(&id, &new));
    }

    let all = [&p.platform, &p.approver, &p.service_provider];
    f.sign_next(&all, "add_milestones", args());
    f.client.add_milestones(&id, &new);
    f.assert_signed_by(&all, "add_milestones", args());
    assert_eq!(f.client.get_escrow(&id).milestone_count, 2);
}

#[test]
fn one_signature_when_the_platform_is_also_the_approver() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let mut escrow = f.new_escrow(&[100]);
    escrow.roles.platform = p.approver.clone();
    let id = f.create(&escrow);
    let new = f.new_milestones(&[50]);
    let args = || (id, new.clone()).into_val(&f.env);

    f.sign_next(&[&p.approver], "add_milestones", args());
    f.assert_refused_unsigned(|| f.client.try_add_milestones(&id, &new));

    f.sign_next(
        &[&p.approver, &p.service_provider],
        "add_milestones",
        args(),
    );
    f.client.add_milestones(&id, &new);
    f.assert_signed_by(
        &[&p.approver, &p.service_provider],
        "add_milestones",
        args(),
    );
    assert_eq!(f.client.get_escrow(&id).milestone_count, 2);
}
