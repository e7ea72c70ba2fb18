//! `transfer_role`: each role handed to a new address with the right signatures, under the
//! role rules of creation; the new holder acts from then on, and credits already made stay
//! with the old address.

extern crate std;

use soroban_sdk::{testutils::Address as _, vec, Address, IntoVal};

use super::{as_published, contract_events};
use crate::{testutils::*, Error, MilestoneStatus, Role, RoleTransferred, Roles};

const ROLES: [Role; 6] = [
    Role::Approver,
    Role::ServiceProvider,
    Role::Platform,
    Role::ReleaseSigner,
    Role::DisputeResolver,
    Role::Receiver,
];

/// The holder of `role` in `roles`.
fn holder(roles: &Roles, role: Role) -> Address {
    match role {
        Role::Approver => roles.approver.clone(),
        Role::ServiceProvider => roles.service_provider.clone(),
        Role::Platform => roles.platform.clone(),
        Role::ReleaseSigner => roles.release_signer.clone(),
        Role::DisputeResolver => roles.dispute_resolver.clone(),
        Role::Receiver => roles.receiver.clone(),
    }
}

/// `roles` with `role` held by `new`.
fn with(roles: &Roles, role: Role, new: &Address) -> Roles {
    let mut roles = roles.clone();
    let slot = match role {
        Role::Approver => &mut roles.approver,
        Role::ServiceProvider => &mut roles.service_provider,
        Role::Platform => &mut roles.platform,
        Role::ReleaseSigner => &mut roles.release_signer,
        Role::DisputeResolver => &mut roles.dispute_resolver,
        Role::Receiver => &mut roles.receiver,
    };
    *slot = new.clone();
    roles
}

/// Who must sign the handover of `role` to `new`: the holder and `new`; for the dispute
/// resolver, the approver, the service provider and `new`.
fn required_signers(roles: &Roles, role: Role, new: &Address) -> std::vec::Vec<Address> {
    match role {
        Role::DisputeResolver => std::vec![
            roles.approver.clone(),
            roles.service_provider.clone(),
            new.clone(),
        ],
        _ => std::vec![holder(roles, role), new.clone()],
    }
}

/// Hands `role` of escrow `id` to `new`, signed by exactly the required signers.
fn transfer(f: &Fixture, id: u64, role: Role, new: &Address) {
    let roles = f.client.get_escrow(&id).roles;
    let signers = required_signers(&roles, role, new);
    let refs: std::vec::Vec<&Address> = signers.iter().collect();
    f.sign_next(&refs, "transfer_role", (id, role, new).into_val(&f.env));
    f.client.transfer_role(&id, &role, new);
}

#[test]
fn every_role_is_handed_over_and_the_handover_published() {
    for role in ROLES {
        let f = Fixture::native();
        let id = f.create_funded(&[1_000, 2_000]);
        let before = f.client.get_escrow(&id);
        let new = Address::generate(&f.env);
        let signers = required_signers(&before.roles, role, &new);
        let refs: std::vec::Vec<&Address> = signers.iter().collect();
        let args = || (id, role, &new).into_val(&f.env);

        f.sign_next(&refs, "transfer_role", args());
        f.client.transfer_role(&id, &role, &new);

        f.assert_signed_by(&refs, "transfer_role", args());
        assert_eq!(
            contract_events(&f),
            as_published(
                &f,
                &f.contract,
                &[&RoleTransferred {
                    escrow_id: id,
                    role,
                    old_address: holder(&before.roles, role),
                    new_address: new.clone(),
                }]
            ),
            "{role:?}"
        );
        let after = f.client.get_escrow(&id);
        assert_eq!(after.roles, with(&before.roles, role, &new), "{role:?}");
        // Nothing else changed: terms, amounts, milestones, balances.
        let mut expected = before.clone();
        expected.roles = after.roles.clone();
        assert_eq!(after, expected, "{role:?}");
        assert_eq!(f.usdc.balance(&f.contract), 3_000);
    }
}

#[test]
fn a_role_is_not_handed_over_without_the_holders_and_the_new_addresss_signatures() {
    for role in ROLES {
        if role == Role::DisputeResolver {
            continue;
        }
        let f = Fixture::native();
        let p = f.parties.clone();
        let id = f.create_funded(&[1_000]);
        let old = holder(&p.roles(), role);
        let new = Address::generate(&f.env);
        let args = || (id, role, &new).into_val(&f.env);
        for signers in [
            &[&old][..],
            &[&new][..],
            &[&p.outsider, &new][..],
            &[&old, &p.outsider][..],
            &[][..],
        ] {
            f.sign_next(signers, "transfer_role", args());
            f.assert_refused_unsigned(|| f.client.try_transfer_role(&id, &role, &new));
        }
        assert_eq!(f.client.get_escrow(&id).roles, p.roles(), "{role:?}");
    }
}

#[test]
fn the_resolver_is_replaced_by_both_parties_and_the_new_resolver_without_the_old_one() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000]);
    let new = Address::generate(&f.env);
    let role = Role::DisputeResolver;
    let args = || (id, role, &new).into_val(&f.env);
    let old = &p.dispute_resolver;
    for signers in [
        // Each of the three missing.
        &[&p.service_provider, &new][..],
        &[&p.approver, &new][..],
        &[&p.approver, &p.service_provider][..],
        // The old resolver's signature stands in for none of them.
        &[old, &p.service_provider, &new][..],
        &[&p.approver, old, &new][..],
        &[&p.approver, &p.service_provider, old][..],
        &[old, &new][..],
        &[old][..],
    ] {
        f.sign_next(signers, "transfer_role", args());
        f.assert_refused_unsigned(|| f.client.try_transfer_role(&id, &role, &new));
    }

    // A resolver that lost its key is still replaced.
    let signers = [&p.approver, &p.service_provider, &new];
    f.sign_next(&signers, "transfer_role", args());
    f.client.transfer_role(&id, &role, &new);
    f.assert_signed_by(&signers, "transfer_role", args());
    assert_eq!(f.client.get_escrow(&id).roles.dispute_resolver, new);
}

#[test]
fn the_approver_and_the_provider_stay_distinct() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create(&f.new_escrow(&[1_000]));
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::InvalidRoles, || {
        c.try_transfer_role(&id, &Role::Approver, &p.service_provider)
    });
    f.assert_refused(Error::InvalidRoles, || {
        c.try_transfer_role(&id, &Role::ServiceProvider, &p.approver)
    });
}

#[test]
fn no_party_and_no_receiver_becomes_the_resolver_and_the_resolver_no_party_or_receiver() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let own_receiver = Address::generate(&f.env);
    let mut new = f.new_escrow(&[1_000, 2_000]);
    let mut m = new.milestones.get_unchecked(1);
    m.receiver = Some(own_receiver.clone());
    new.milestones.set(1, m);
    let id = f.create(&new);
    let c = f.client.mock_all_auths();
    for (role, address) in [
        (Role::DisputeResolver, &p.approver),
        (Role::DisputeResolver, &p.service_provider),
        (Role::DisputeResolver, &p.receiver),
        (Role::DisputeResolver, &own_receiver),
        (Role::Approver, &p.dispute_resolver),
        (Role::ServiceProvider, &p.dispute_resolver),
        (Role::Receiver, &p.dispute_resolver),
    ] {
        f.assert_refused(Error::InvalidRoles, || {
            c.try_transfer_role(&id, &role, address)
        });
    }
    // The platform and the release signer may be anyone but the contract, the resolver too.
    c.transfer_role(&id, &Role::Platform, &p.dispute_resolver);
    c.transfer_role(&id, &Role::ReleaseSigner, &p.approver);
    let roles = f.client.get_escrow(&id).roles;
    assert_eq!(
        (roles.platform, roles.release_signer),
        (p.dispute_resolver.clone(), p.approver.clone())
    );
}

#[test]
fn no_role_is_handed_to_the_contract_itself() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[1_000]));
    let c = f.client.mock_all_auths();
    for role in ROLES {
        f.assert_refused(Error::InvalidRoles, || {
            c.try_transfer_role(&id, &role, &f.contract)
        });
    }
}

#[test]
fn an_unknown_escrow_is_escrow_not_found() {
    let f = Fixture::native();
    f.create(&f.new_escrow(&[1_000]));
    f.assert_refused(Error::EscrowNotFound, || {
        f.client
            .mock_all_auths()
            .try_transfer_role(&2, &Role::Platform, &f.parties.outsider)
    });
}

#[test]
fn a_new_approver_approves_and_is_refunded_and_the_old_one_cannot_act() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 2_000]);
    let new = Address::generate(&f.env);
    transfer(&f, id, Role::Approver, &new);
    f.submit(id, 0);

    f.sign_next(
        &[&p.approver],
        "approve_milestone",
        (id, 0_u32).into_val(&f.env),
    );
    f.assert_refused_unsigned(|| f.client.try_approve_milestone(&id, &0));
    f.sign_next(&[&new], "approve_milestone", (id, 0_u32).into_val(&f.env));
    f.client.approve_milestone(&id, &0);
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Approved
    );

    // Refunds go to the approver of the moment.
    f.advance_time(2 * DEADLINE_STEP);
    f.sign_next(
        &[&p.approver],
        "cancel_milestone",
        (id, 1_u32).into_val(&f.env),
    );
    f.assert_refused_unsigned(|| f.client.try_cancel_milestone(&id, &1));
    f.sign_next(&[&new], "cancel_milestone", (id, 1_u32).into_val(&f.env));
    f.client.cancel_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&new), 2_000);
    assert_eq!(f.usdc.balance(&p.approver), 0);
    f.assert_tokens_accounted();
}

#[test]
fn a_new_provider_delivers_and_claims_and_the_old_one_cannot() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000]);
    let new = Address::generate(&f.env);
    transfer(&f, id, Role::ServiceProvider, &new);
    let status = MilestoneStatus::ForReview;
    let args = || {
        (
            id,
            0_u32,
            status,
            None::<soroban_sdk::String>,
            None::<soroban_sdk::String>,
        )
    };

    f.sign_next(
        &[&p.service_provider],
        "change_milestone_status",
        args().into_val(&f.env),
    );
    f.assert_refused_unsigned(|| {
        f.client
            .try_change_milestone_status(&id, &0, &status, &None, &None)
    });
    f.sign_next(&[&new], "change_milestone_status", args().into_val(&f.env));
    f.client
        .change_milestone_status(&id, &0, &status, &None, &None);

    f.advance_time(REVIEW_PERIOD);
    f.sign_next(
        &[&p.service_provider],
        "claim_milestone",
        (id, 0_u32).into_val(&f.env),
    );
    f.assert_refused_unsigned(|| f.client.try_claim_milestone(&id, &0));
    f.sign_next(&[&new], "claim_milestone", (id, 0_u32).into_val(&f.env));
    f.client.claim_milestone(&id, &0);
    assert_eq!(
        f.usdc.balance(&p.receiver),
        975,
        "the receiver is unchanged"
    );
}

#[test]
fn a_new_release_signer_and_a_new_resolver_act_and_the_old_ones_cannot() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 2_000]);
    let signer = Address::generate(&f.env);
    let resolver = Address::generate(&f.env);
    transfer(&f, id, Role::ReleaseSigner, &signer);
    transfer(&f, id, Role::DisputeResolver, &resolver);
    f.submit_and_approve(id, 0);
    f.submit(id, 1);
    f.dispute(id, 1);

    f.sign_next(
        &[&p.release_signer],
        "release_milestone",
        (id, 0_u32).into_val(&f.env),
    );
    f.assert_refused_unsigned(|| f.client.try_release_milestone(&id, &0));
    f.sign_next(
        &[&signer],
        "release_milestone",
        (id, 0_u32).into_val(&f.env),
    );
    f.client.release_milestone(&id, &0);

    let args = || (id, 1_u32, 1_200_i128).into_val(&f.env);
    f.sign_next(&[&p.dispute_resolver], "resolve_dispute", args());
    f.assert_refused_unsigned(|| f.client.try_resolve_dispute(&id, &1, &1_200));
    f.sign_next(&[&resolver], "resolve_dispute", args());
    f.client.resolve_dispute(&id, &1, &1_200);

    // 975 for milestone 0; 1 200 less 2.5 % (30) for milestone 1; 800 back to the approver.
    assert_eq!(f.usdc.balance(&p.receiver), 975 + 1_170);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 30);
    assert_eq!(f.usdc.balance(&p.approver), 800);
    f.assert_tokens_accounted();
}

#[test]
fn a_new_receiver_is_paid_for_milestones_without_their_own_receiver() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let own = Address::generate(&f.env);
    let mut new_escrow = f.new_escrow(&[1_000, 2_000]);
    let mut m = new_escrow.milestones.get_unchecked(1);
    m.receiver = Some(own.clone());
    new_escrow.milestones.set(1, m);
    let id = f.create(&new_escrow);
    f.fund(id, 3_000);
    let new = Address::generate(&f.env);

    transfer(&f, id, Role::Receiver, &new);

    assert_eq!(f.client.get_milestone(&id, &0).receiver, new);
    assert_eq!(
        f.client.get_milestone(&id, &1).receiver,
        own,
        "keeps its own"
    );
    f.submit(id, 0);
    f.submit(id, 1);
    f.client
        .mock_all_auths()
        .approve_and_release(&id, &vec![&f.env, 0, 1]);
    assert_eq!(f.usdc.balance(&new), 975);
    assert_eq!(f.usdc.balance(&own), 1_950);
    assert_eq!(f.usdc.balance(&p.receiver), 0);
    f.assert_tokens_accounted();
}

#[test]
fn credits_made_to_the_old_address_stay_with_it() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&[1_000, 2_000]);
    f.usdc.freeze(&p.receiver);
    f.usdc.freeze(&p.platform);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.client.claimable(&p.receiver, &f.usdc.address), 975);
    assert_eq!(f.client.claimable(&p.platform, &f.usdc.address), 25);

    let new_receiver = Address::generate(&f.env);
    let treasury = Address::generate(&f.env);
    transfer(&f, id, Role::Receiver, &new_receiver);
    transfer(&f, id, Role::Platform, &treasury);
    for (old, new, credit) in [
        (&p.receiver, &new_receiver, 975),
        (&p.platform, &treasury, 25),
    ] {
        assert_eq!(f.client.claimable(old, &f.usdc.address), credit);
        assert_eq!(f.client.claimable(new, &f.usdc.address), 0);
        f.assert_refused(Error::TokenTransferFailed, || {
            f.client.mock_all_auths().try_withdraw(old, &f.usdc.address)
        });
        assert_eq!(f.client.mock_all_auths().withdraw(new, &f.usdc.address), 0);
    }

    // Later payouts go to the new addresses.
    f.submit_and_approve(id, 1);
    f.client.mock_all_auths().release_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&new_receiver), 1_950);
    assert_eq!(f.usdc.balance(&treasury), 50);

    // The old addresses take their credits.
    for (old, credit) in [(&p.receiver, 975), (&p.platform, 25)] {
        f.usdc.unfreeze(old);
        f.sign_next(&[old], "withdraw", (old, &f.usdc.address).into_val(&f.env));
        assert_eq!(f.client.withdraw(old, &f.usdc.address), credit);
        assert_eq!(f.usdc.balance(old), credit);
    }
    assert_eq!(f.usdc.balance(&f.contract), 0);
    f.assert_tokens_accounted();
}
