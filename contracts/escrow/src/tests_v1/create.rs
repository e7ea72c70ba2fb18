use soroban_sdk::Vec;

use super::{as_published, contract_events};
use crate::{
    lifecycle::*, testutils::Fixture, Error, EscrowCreated, MilestoneStatus, NewMilestone,
};

#[test]
fn stores_the_escrow_with_every_milestone_pending() {
    let f = Fixture::native();
    let new = f.new_escrow(&[500, 1_500, 1_000]);
    let id = f.create(&new);
    assert_eq!(id, 1);
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&EscrowCreated {
                escrow_id: 1,
                platform: f.parties.platform.clone(),
                approver: f.parties.approver.clone(),
                service_provider: f.parties.service_provider.clone(),
                token: f.usdc.address.clone(),
                total_amount: 3_000,
                milestone_count: 3,
            }]
        )
    );

    let escrow = f.client.get_escrow(&id);
    assert_eq!(escrow.id, 1);
    assert_eq!(escrow.engagement_id, new.engagement_id);
    assert_eq!(escrow.title, new.title);
    assert_eq!(escrow.description, new.description);
    assert_eq!(escrow.roles, f.parties.roles());
    assert_eq!(escrow.token, f.usdc.address);
    assert_eq!(escrow.platform_fee_bps, 250);
    assert_eq!(escrow.milestone_count, 3);
    assert_eq!(escrow.total_amount, 3_000);
    assert_eq!(escrow.funded, 0);
    assert_eq!(escrow.paid_out, 0);

    let milestones = f.client.get_milestones(&id);
    assert_eq!(milestones.len(), 3);
    for (i, milestone) in milestones.iter().enumerate() {
        let new_milestone = new.milestones.get(i as u32).unwrap();
        assert_eq!(milestone.description, new_milestone.description);
        assert_eq!(milestone.amount, new_milestone.amount);
        assert_eq!(milestone.status, MilestoneStatus::Pending);
        assert!(!milestone.approved);
        assert_eq!(milestone.evidence, None);
        assert_eq!(milestone.notes, None);
        assert_eq!(milestone.updated_at, crate::testutils::START_TIMESTAMP);
        assert_eq!(f.client.get_milestone(&id, &(i as u32)), milestone);
    }
}

#[test]
fn ids_are_handed_out_in_creation_order() {
    let f = Fixture::native();
    for expected in 1..=4u64 {
        assert_eq!(f.create(&f.new_escrow(&[expected as i128])), expected);
    }
    assert_eq!(f.client.get_escrow(&3).total_amount, 3);
}

#[test]
fn milestone_count_is_between_one_and_the_maximum() {
    let f = Fixture::native();
    let mut new = f.new_escrow(&[1]);
    new.milestones = Vec::new(&f.env);
    f.assert_refused(Error::NoMilestones, || {
        f.client.mock_all_auths().try_create_escrow(&new)
    });

    let at_max = f.new_escrow(&[7; MAX_MILESTONES as usize]);
    let id = f.create(&at_max);
    assert_eq!(f.client.get_escrow(&id).milestone_count, MAX_MILESTONES);
    assert_eq!(f.client.get_milestones(&id).len(), MAX_MILESTONES);

    let over = f.new_escrow(&[7; MAX_MILESTONES as usize + 1]);
    f.assert_refused(Error::TooManyMilestones, || {
        f.client.mock_all_auths().try_create_escrow(&over)
    });
}

#[test]
fn fee_is_at_most_two_thousand_bps() {
    let f = Fixture::native();
    let mut new = f.new_escrow(&[100]);
    new.platform_fee_bps = MAX_PLATFORM_FEE_BPS;
    let id = f.create(&new);
    assert_eq!(f.client.get_escrow(&id).platform_fee_bps, 2_000);

    new.platform_fee_bps = MAX_PLATFORM_FEE_BPS + 1;
    f.assert_refused(Error::InvalidFee, || {
        f.client.mock_all_auths().try_create_escrow(&new)
    });
    new.platform_fee_bps = u32::MAX;
    f.assert_refused(Error::InvalidFee, || {
        f.client.mock_all_auths().try_create_escrow(&new)
    });
}

#[test]
fn milestone_amounts_must_be_positive() {
    let f = Fixture::native();
    for bad in [0, -1, i128::MIN] {
        let new = f.new_escrow(&[100, bad, 100]);
        f.assert_refused(Error::InvalidAmount, || {
            f.client.mock_all_auths().try_create_escrow(&new)
        });
    }
    let id = f.create(&f.new_escrow(&[1]));
    assert_eq!(f.client.get_escrow(&id).total_amount, 1);
}

#[test]
fn total_may_reach_but_not_overflow_i128() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[i128::MAX - 1, 1]));
    assert_eq!(f.client.get_escrow(&id).total_amount, i128::MAX);

    let over = f.new_escrow(&[i128::MAX, 1]);
    f.assert_refused(Error::InvalidAmount, || {
        f.client.mock_all_auths().try_create_escrow(&over)
    });
    let far_over = f.new_escrow(&[i128::MAX, i128::MAX, i128::MAX]);
    f.assert_refused(Error::InvalidAmount, || {
        f.client.mock_all_auths().try_create_escrow(&far_over)
    });
}

#[test]
fn every_text_field_is_capped_in_bytes() {
    let f = Fixture::native();
    type Setter = fn(&mut crate::NewEscrow, soroban_sdk::String);
    let fields: [(&str, u32, Setter); 4] = [
        ("engagement_id", MAX_ENGAGEMENT_ID_LEN, |e, s| {
            e.engagement_id = s
        }),
        ("title", MAX_TITLE_LEN, |e, s| e.title = s),
        ("description", MAX_DESCRIPTION_LEN, |e, s| e.description = s),
        (
            "milestone description",
            MAX_MILESTONE_DESCRIPTION_LEN,
            |e, s| {
                e.milestones.set(
                    0,
                    NewMilestone {
                        description: s,
                        amount: 10,
                    },
                )
            },
        ),
    ];
    for (name, cap, set) in fields {
        let mut at_cap = f.new_escrow(&[10]);
        set(&mut at_cap, f.text_of_len(cap));
        let id = f.create(&at_cap);
        assert!(id > 0, "{name} at its cap of {cap} bytes is accepted");

        let mut over = f.new_escrow(&[10]);
        set(&mut over, f.text_of_len(cap + 1));
        f.assert_refused(Error::TextTooLong, || {
            f.client.mock_all_auths().try_create_escrow(&over)
        });
    }
    // Bytes, not characters: 43 three-byte characters are 129 bytes.
    let mut multibyte = f.new_escrow(&[10]);
    multibyte.title = f.text(&"€".repeat(43));
    f.assert_refused(Error::TextTooLong, || {
        f.client.mock_all_auths().try_create_escrow(&multibyte)
    });
}

#[test]
fn the_dispute_resolver_must_be_neutral() {
    let f = Fixture::native();
    let p = &f.parties;
    for taken in [&p.approver, &p.service_provider, &p.receiver] {
        let mut new = f.new_escrow(&[100]);
        new.roles.dispute_resolver = taken.clone();
        f.assert_refused(Error::InvalidRoles, || {
            f.client.mock_all_auths().try_create_escrow(&new)
        });
    }
    // No role may be the escrow contract: tokens paid to it would belong to no escrow.
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
        f.assert_refused(Error::InvalidRoles, || {
            f.client.mock_all_auths().try_create_escrow(&new)
        });
    }
    // The receiver may be the service provider, and the platform may resolve.
    let mut new = f.new_escrow(&[100]);
    new.roles.receiver = p.service_provider.clone();
    new.roles.dispute_resolver = p.platform.clone();
    let id = f.create(&new);
    assert_eq!(f.client.get_escrow(&id).roles.receiver, p.service_provider);
}
