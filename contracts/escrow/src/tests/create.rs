//! `create_escrow`: every input rule at its bounds, the first fault, what is stored and published.

extern crate std;

use soroban_sdk::{testutils::Address as _, Address, IntoVal, String, Vec};

use super::{
    as_published,
    auth::{outcome, signers_are, Call, Signer},
    contract_events,
};
use crate::{
    lifecycle::*, testutils::*, Error, Escrow, EscrowCreated, Milestone, MilestoneStatus,
    NewEscrow, NewMilestone,
};

/// Checks that creating `new` is refused with `expected` and changes nothing.
fn refused(f: &Fixture, expected: Error, new: &NewEscrow) {
    f.assert_refused(expected, || {
        f.client.mock_all_auths().try_create_escrow(new)
    });
}

/// Sets milestone `index` of `new` with `set`.
fn with_milestone(new: &mut NewEscrow, index: u32, set: impl FnOnce(&mut NewMilestone)) {
    let mut milestone = new.milestones.get(index).unwrap();
    set(&mut milestone);
    new.milestones.set(index, milestone);
}

#[test]
fn an_escrow_has_one_to_fifty_milestones() {
    let f = Fixture::native();
    assert_eq!(MAX_MILESTONES, 50);
    let mut none = f.new_escrow(&[1]);
    none.milestones = Vec::new(&f.env);
    refused(&f, Error::NoMilestones, &none);

    let one = f.create(&f.new_escrow(&[1]));
    assert_eq!(f.client.get_escrow(&one).milestone_count, 1);

    let at_max = f.create(&f.new_escrow(&[7; 50]));
    let escrow = f.client.get_escrow(&at_max);
    assert_eq!((escrow.milestone_count, escrow.total_amount), (50, 350));
    assert_eq!(f.client.get_milestones(&at_max).len(), 50);
    assert_eq!(f.client.get_milestone(&at_max, &49).amount, 7);

    refused(&f, Error::TooManyMilestones, &f.new_escrow(&[7; 51]));
}

#[test]
fn every_text_is_capped_in_bytes_cap_included() {
    let f = Fixture::native();
    type Setter = fn(&mut NewEscrow, String);
    let fields: [(&str, u32, Setter); 5] = [
        ("engagement_id", 64, |e, s| e.engagement_id = s),
        ("title", 128, |e, s| e.title = s),
        ("description", 1_024, |e, s| e.description = s),
        ("first milestone's description", 512, |e, s| {
            with_milestone(e, 0, |m| m.description = s)
        }),
        ("last milestone's description", 512, |e, s| {
            with_milestone(e, 2, |m| m.description = s)
        }),
    ];
    for (name, cap, set) in fields {
        let mut at_cap = f.new_escrow(&[10, 20, 30]);
        set(&mut at_cap, f.text_of_len(cap));
        let id = f.create(&at_cap);
        let escrow = f.client.get_escrow(&id);
        let stored = [
            escrow.engagement_id,
            escrow.title,
            escrow.description,
            f.client.get_milestone(&id, &0).description,
            f.client.get_milestone(&id, &2).description,
        ];
        assert!(
            stored.contains(&f.text_of_len(cap)),
            "{name} at its cap of {cap} bytes is stored"
        );

        let mut over = f.new_escrow(&[10, 20, 30]);
        set(&mut over, f.text_of_len(cap + 1));
        refused(&f, Error::TextTooLong, &over);
    }
    assert_eq!(
        [
            MAX_ENGAGEMENT_ID_LEN,
            MAX_TITLE_LEN,
            MAX_DESCRIPTION_LEN,
            MAX_MILESTONE_DESCRIPTION_LEN
        ],
        [64, 128, 1_024, 512]
    );
    // Bytes, not characters: 43 three-byte characters are 129 bytes, 42 are 126.
    let mut multibyte = f.new_escrow(&[10]);
    multibyte.title = f.text(&"€".repeat(43));
    refused(&f, Error::TextTooLong, &multibyte);
    multibyte.title = f.text(&"€".repeat(42));
    let id = f.create(&multibyte);
    assert_eq!(f.client.get_escrow(&id).title, multibyte.title);
}

#[test]
fn the_platform_fee_is_at_most_2000_bps() {
    let f = Fixture::native();
    for fee in [0, 2_000] {
        let mut new = f.new_escrow(&[100]);
        new.platform_fee_bps = fee;
        let id = f.create(&new);
        assert_eq!(f.client.get_escrow(&id).platform_fee_bps, fee);
    }
    for fee in [2_001, u32::MAX] {
        let mut new = f.new_escrow(&[100]);
        new.platform_fee_bps = fee;
        refused(&f, Error::InvalidFee, &new);
    }
}

#[test]
fn both_periods_are_one_day_to_365_days() {
    let f = Fixture::native();
    type Setter = fn(&mut NewEscrow, u64);
    let periods: [(&str, Setter); 2] = [
        ("review_period", |e, p| e.review_period = p),
        ("resolution_period", |e, p| e.resolution_period = p),
    ];
    for (name, set) in periods {
        for period in [86_400, 31_536_000] {
            let mut new = f.new_escrow(&[100]);
            set(&mut new, period);
            let id = f.create(&new);
            let escrow = f.client.get_escrow(&id);
            let stored = match name {
                "review_period" => escrow.review_period,
                _ => escrow.resolution_period,
            };
            assert_eq!(stored, period, "{name}");
        }
        for period in [0, 86_399, 31_536_001, u64::MAX] {
            let mut new = f.new_escrow(&[100]);
            set(&mut new, period);
            refused(&f, Error::InvalidTerms, &new);
        }
    }
}

#[test]
fn the_fallback_share_is_at_most_10000_bps() {
    let f = Fixture::native();
    for share in [0, 10_000] {
        let mut new = f.new_escrow(&[100]);
        new.fallback_receiver_bps = share;
        let id = f.create(&new);
        assert_eq!(f.client.get_escrow(&id).fallback_receiver_bps, share);
    }
    for share in [10_001, u32::MAX] {
        let mut new = f.new_escrow(&[100]);
        new.fallback_receiver_bps = share;
        refused(&f, Error::InvalidTerms, &new);
    }
}

#[test]
fn a_deadline_lies_after_now_and_at_most_five_years_ahead() {
    let f = Fixture::native();
    f.advance_time(12_345);
    let now = f.now();
    assert_eq!(MAX_DEADLINE_AHEAD, 157_680_000);
    for index in [0, 1] {
        for deadline in [now + 1, now + 157_680_000] {
            let mut new = f.new_escrow(&[100, 200]);
            with_milestone(&mut new, index, |m| m.deadline = deadline);
            let id = f.create(&new);
            assert_eq!(f.client.get_milestone(&id, &index).deadline, deadline);
        }
        for deadline in [0, now - 1, now, now + 157_680_001, u64::MAX] {
            let mut new = f.new_escrow(&[100, 200]);
            with_milestone(&mut new, index, |m| m.deadline = deadline);
            refused(&f, Error::InvalidTerms, &new);
        }
    }
}

#[test]
fn milestone_amounts_are_positive() {
    let f = Fixture::native();
    for bad in [0, -1, i128::MIN] {
        refused(&f, Error::InvalidAmount, &f.new_escrow(&[100, bad, 100]));
    }
    let id = f.create(&f.new_escrow(&[1]));
    assert_eq!(f.client.get_escrow(&id).total_amount, 1);
    let id = f.create(&f.new_escrow(&[i128::MAX]));
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.total_amount, escrow.open_amount),
        (i128::MAX, i128::MAX)
    );
}

#[test]
fn the_total_may_reach_but_not_overflow_i128() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[i128::MAX - 1, 1]));
    assert_eq!(f.client.get_escrow(&id).total_amount, i128::MAX);

    refused(&f, Error::InvalidAmount, &f.new_escrow(&[i128::MAX, 1]));
    refused(&f, Error::InvalidAmount, &f.new_escrow(&[1, i128::MAX]));
    refused(
        &f,
        Error::InvalidAmount,
        &f.new_escrow(&[i128::MAX, i128::MAX, i128::MAX]),
    );
}

#[test]
fn the_approver_is_never_the_service_provider() {
    let f = Fixture::native();
    let mut new = f.new_escrow(&[100]);
    new.roles.service_provider = f.parties.approver.clone();
    refused(&f, Error::InvalidRoles, &new);
}

#[test]
fn the_dispute_resolver_is_neither_party_nor_paid_for_any_milestone() {
    let f = Fixture::native();
    let p = &f.parties;
    for taken in [&p.approver, &p.service_provider, &p.receiver] {
        let mut new = f.new_escrow(&[100]);
        new.roles.dispute_resolver = taken.clone();
        refused(&f, Error::InvalidRoles, &new);
    }
    // A milestone's own receiver, at any index.
    for index in [0, 2] {
        let mut new = f.new_escrow(&[100, 200, 300]);
        with_milestone(&mut new, index, |m| {
            m.receiver = Some(p.dispute_resolver.clone())
        });
        refused(&f, Error::InvalidRoles, &new);
    }
}

#[test]
fn the_contract_itself_holds_no_role_and_is_paid_for_no_milestone() {
    let f = Fixture::native();
    for role in 0..6 {
        let mut new = f.new_escrow(&[100]);
        let r = &mut new.roles;
        let slot = [
            &mut r.approver,
            &mut r.service_provider,
            &mut r.platform,
            &mut r.release_signer,
            &mut r.dispute_resolver,
            &mut r.receiver,
        ]
        .into_iter()
        .nth(role)
        .unwrap();
        *slot = f.contract.clone();
        refused(&f, Error::InvalidRoles, &new);
    }
    let mut new = f.new_escrow(&[100, 200]);
    with_milestone(&mut new, 1, |m| m.receiver = Some(f.contract.clone()));
    refused(&f, Error::InvalidRoles, &new);
}

#[test]
fn other_roles_may_be_shared() {
    let f = Fixture::native();
    let p = &f.parties;
    let mut new = f.new_escrow(&[100, 200]);
    // The receiver is the provider, the approver releases, the platform resolves, and a
    // milestone pays the approver.
    new.roles.receiver = p.service_provider.clone();
    new.roles.release_signer = p.approver.clone();
    new.roles.dispute_resolver = p.platform.clone();
    with_milestone(&mut new, 1, |m| m.receiver = Some(p.approver.clone()));
    let id = f.create(&new);
    assert_eq!(f.client.get_escrow(&id).roles, new.roles);
    assert_eq!(f.client.get_milestone(&id, &1).receiver, p.approver);
}

/// One fault of a new escrow, and the error it gives alone.
struct Fault {
    name: &'static str,
    alone: Error,
    apply: fn(&Fixture, &mut NewEscrow),
}

/// Sets milestone `index` of `e`, counted from the end when negative.
fn with_milestone_at(e: &mut NewEscrow, index: i32, set: impl FnOnce(&mut NewMilestone)) {
    let index = if index < 0 {
        (e.milestones.len() as i32 + index) as u32
    } else {
        index as u32
    };
    with_milestone(e, index, set);
}

const TOO_MANY: Fault = Fault {
    name: "51 milestones",
    alone: Error::TooManyMilestones,
    apply: |f, e| e.milestones = f.new_milestones(&[5; 51]),
};
const LONG_TITLE: Fault = Fault {
    name: "a title of 129 bytes",
    alone: Error::TextTooLong,
    apply: |f, e| e.title = f.text_of_len(129),
};
const LONG_LAST_DESCRIPTION: Fault = Fault {
    name: "the last milestone's description of 513 bytes",
    alone: Error::TextTooLong,
    apply: |f, e| with_milestone_at(e, -1, |m| m.description = f.text_of_len(513)),
};
const SHARED_PARTY: Fault = Fault {
    name: "the approver as service provider",
    alone: Error::InvalidRoles,
    apply: |f, e| e.roles.service_provider = f.parties.approver.clone(),
};
const RESOLVER_PAID_LAST: Fault = Fault {
    name: "the last milestone paying the resolver",
    alone: Error::InvalidRoles,
    apply: |f, e| {
        let resolver = f.parties.dispute_resolver.clone();
        with_milestone_at(e, -1, |m| m.receiver = Some(resolver))
    },
};
const HIGH_FEE: Fault = Fault {
    name: "a fee of 2 001 bps",
    alone: Error::InvalidFee,
    apply: |_, e| e.platform_fee_bps = 2_001,
};
const SHORT_REVIEW: Fault = Fault {
    name: "a review period of 86 399 s",
    alone: Error::InvalidTerms,
    apply: |_, e| e.review_period = 86_399,
};
const DEADLINE_NOW_LAST: Fault = Fault {
    name: "the last milestone due now",
    alone: Error::InvalidTerms,
    apply: |f, e| {
        let now = f.now();
        with_milestone_at(e, -1, |m| m.deadline = now)
    },
};
const FIRST_AMOUNT_ZERO: Fault = Fault {
    name: "the first milestone's amount 0",
    alone: Error::InvalidAmount,
    apply: |_, e| with_milestone_at(e, 0, |m| m.amount = 0),
};
const OVERFLOW: Fault = Fault {
    name: "a total above i128::MAX",
    alone: Error::InvalidAmount,
    apply: |_, e| with_milestone_at(e, 0, |m| m.amount = i128::MAX),
};

#[test]
fn the_first_fault_is_reported_in_the_documented_order() {
    // Order: the number of milestones, the texts, the roles, the fee, the terms, the
    // amounts, whatever order the faults appear in within the input.
    let f = Fixture::native();
    let cases: [(&[&Fault], Error); 10] = [
        (
            &[&LONG_TITLE, &SHARED_PARTY, &TOO_MANY, &FIRST_AMOUNT_ZERO],
            Error::TooManyMilestones,
        ),
        (
            &[&FIRST_AMOUNT_ZERO, &LONG_LAST_DESCRIPTION],
            Error::TextTooLong,
        ),
        (&[&SHARED_PARTY, &LONG_TITLE], Error::TextTooLong),
        (&[&RESOLVER_PAID_LAST, &LONG_TITLE], Error::TextTooLong),
        (
            &[&HIGH_FEE, &SHORT_REVIEW, &SHARED_PARTY],
            Error::InvalidRoles,
        ),
        (&[&HIGH_FEE, &RESOLVER_PAID_LAST], Error::InvalidRoles),
        (&[&SHORT_REVIEW, &HIGH_FEE], Error::InvalidFee),
        (&[&DEADLINE_NOW_LAST, &HIGH_FEE], Error::InvalidFee),
        (
            &[&FIRST_AMOUNT_ZERO, &DEADLINE_NOW_LAST],
            Error::InvalidTerms,
        ),
        (&[&OVERFLOW, &SHORT_REVIEW], Error::InvalidTerms),
    ];
    for (faults, first) in cases {
        // Each fault alone gives its own error, so the case tests the order.
        for fault in faults {
            let mut new = f.new_escrow(&[5, 5, 5]);
            (fault.apply)(&f, &mut new);
            f.assert_refused(fault.alone, || {
                f.client.mock_all_auths().try_create_escrow(&new)
            });
        }
        let mut new = f.new_escrow(&[5, 5, 5]);
        for fault in faults {
            (fault.apply)(&f, &mut new);
        }
        let names: std::vec::Vec<_> = faults.iter().map(|fault| fault.name).collect();
        let result = f.client.mock_all_auths().try_create_escrow(&new);
        assert_eq!(result, Err(Ok(first)), "{names:?}");
        f.assert_refused(first, || f.client.mock_all_auths().try_create_escrow(&new));
    }
    // No milestones at all comes before a long text.
    let mut new = f.new_escrow(&[5]);
    new.milestones = Vec::new(&f.env);
    (LONG_TITLE.apply)(&f, &mut new);
    refused(&f, Error::NoMilestones, &new);
}

#[test]
fn the_platforms_signature_is_checked_before_any_input() {
    // A faulty escrow not signed by its platform is refused by the host, not with an input
    // error.
    let f = Fixture::native();
    let mut new = f.new_escrow(&[0]);
    (LONG_TITLE.apply)(&f, &mut new);
    let before = f.state();
    assert_eq!(
        outcome(f.client.try_create_escrow(&new)),
        Err(Err(soroban_sdk::InvokeError::Abort))
    );
    assert_eq!(f.state(), before);
}

#[test]
fn ids_are_1_2_3_in_creation_order_and_a_refused_creation_takes_none() {
    let f = Fixture::native();
    assert_eq!(f.create(&f.new_escrow(&[1])), 1);
    assert_eq!(f.create(&f.new_escrow(&[2])), 2);
    refused(&f, Error::InvalidAmount, &f.new_escrow(&[0]));
    assert_eq!(f.create(&f.new_escrow(&[3])), 3);
    for id in 1..=3u64 {
        let escrow = f.client.get_escrow(&id);
        assert_eq!((escrow.id, escrow.total_amount), (id, id as i128));
    }
    f.assert_refused(Error::EscrowNotFound, || f.client.try_get_escrow(&0));
    f.assert_refused(Error::EscrowNotFound, || f.client.try_get_escrow(&4));
}

#[test]
fn every_field_is_stored_and_read_back() {
    let f = Fixture::native();
    f.advance_time(777);
    let created_at = f.now();
    let own_receiver = Address::generate(&f.env);
    let mut new = f.new_escrow(&[500, 1_500, 1_000]);
    new.platform_fee_bps = 1_000;
    new.review_period = 2 * DAY;
    new.resolution_period = 3 * DAY;
    new.fallback_receiver_bps = 2_500;
    with_milestone(&mut new, 1, |m| m.receiver = Some(own_receiver.clone()));
    let id = f.create(&new);

    assert_eq!(
        f.client.get_escrow(&id),
        Escrow {
            id,
            engagement_id: new.engagement_id.clone(),
            title: new.title.clone(),
            description: new.description.clone(),
            roles: f.parties.roles(),
            token: f.usdc.address.clone(),
            platform_fee_bps: 1_000,
            review_period: 2 * DAY,
            resolution_period: 3 * DAY,
            fallback_receiver_bps: 2_500,
            milestone_count: 3,
            total_amount: 3_000,
            open_amount: 3_000,
            funded: 0,
            paid_out: 0,
        }
    );
    let mut expected = Vec::new(&f.env);
    for (index, milestone) in new.milestones.iter().enumerate() {
        let read = Milestone {
            description: milestone.description.clone(),
            amount: milestone.amount,
            status: MilestoneStatus::Pending,
            approved: false,
            evidence: None,
            notes: None,
            updated_at: created_at,
            deadline: created_at + (index as u64 + 1) * DEADLINE_STEP,
            receiver: milestone
                .receiver
                .clone()
                .unwrap_or(f.parties.receiver.clone()),
            held: 0,
        };
        assert_eq!(f.client.get_milestone(&id, &(index as u32)), read);
        expected.push_back(read);
    }
    assert_eq!(f.client.get_milestone(&id, &1).receiver, own_receiver);
    assert_eq!(f.client.get_milestones(&id), expected);
    f.assert_refused(Error::MilestoneNotFound, || {
        f.client.try_get_milestone(&id, &3)
    });
}

#[test]
fn the_creation_event_carries_every_term() {
    let f = Fixture::native();
    let p = &f.parties;
    let mut new = f.new_escrow(&[500, 1_500, 1_000]);
    new.platform_fee_bps = 123;
    new.review_period = 5 * DAY;
    new.resolution_period = 9 * DAY;
    new.fallback_receiver_bps = 6_000;
    new.token = f.eurc.address.clone();
    let id = f.create(&new);
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&EscrowCreated {
                escrow_id: id,
                platform: p.platform.clone(),
                approver: p.approver.clone(),
                service_provider: p.service_provider.clone(),
                release_signer: p.release_signer.clone(),
                dispute_resolver: p.dispute_resolver.clone(),
                receiver: p.receiver.clone(),
                token: f.eurc.address.clone(),
                platform_fee_bps: 123,
                review_period: 5 * DAY,
                resolution_period: 9 * DAY,
                fallback_receiver_bps: 6_000,
                total_amount: 3_000,
                milestone_count: 3,
            }]
        )
    );
}

#[test]
fn only_the_platform_named_in_the_new_escrow_signs_its_creation() {
    // The signer comes from the argument: here a platform other than the fixture's, whose
    // signature is then worth nothing.
    let f = Fixture::native();
    let platform = Address::generate(&f.env);
    let mut new = f.new_escrow(&[100]);
    new.roles.platform = platform.clone();
    let call = Call::new("create_escrow", (new.clone(),).into_val(&f.env), |c| {
        outcome(c.try_create_escrow(&new))
    });
    signers_are(&f, &call, &[Signer::plain(&platform)]);
    assert_eq!(f.client.get_escrow(&1).roles.platform, platform);
}
