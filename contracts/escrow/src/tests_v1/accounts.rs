//! Several escrows side by side, in two tokens: each is accounted separately.

use crate::{testutils::Fixture, Error};

#[test]
fn escrows_in_two_tokens_are_accounted_separately() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;

    let a = f.create_funded(&[1_000, 2_000]);
    let mut in_eurc = f.new_escrow(&[700, 300]);
    in_eurc.token = f.eurc.address.clone();
    let b = f.create(&in_eurc);
    f.eurc.mint(alice, 1_000);
    c.fund_escrow(&b, alice, &600);
    let unfunded = f.create(&f.new_escrow(&[50]));
    f.assert_tokens_accounted();

    f.submit_and_approve(a, 1);
    c.release_milestone(&a, &1);
    f.assert_tokens_accounted();

    // Escrow b holds 600 EURC: milestone 0 (700) cannot be paid with escrow a's USDC.
    f.submit_and_approve(b, 0);
    f.assert_refused(Error::InsufficientFunds, || c.try_release_milestone(&b, &0));
    // Nor can the unfunded escrow use anyone else's money.
    f.dispute(unfunded, 0);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_resolve_dispute(&unfunded, &0, &10)
    });

    c.fund_escrow(&b, alice, &400);
    c.release_milestone(&b, &0);
    f.assert_tokens_accounted();
    assert_eq!(f.eurc.balance(&f.parties.receiver), 683);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 1_950);

    f.dispute(b, 1);
    c.resolve_dispute(&b, &1, &100);
    f.dispute(a, 0);
    c.resolve_dispute(&a, &0, &1_000);
    f.assert_tokens_accounted();
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.eurc.balance(&f.contract), 0);

    // The others never moved.
    let untouched = f.client.get_escrow(&unfunded);
    assert_eq!((untouched.funded, untouched.paid_out), (0, 0));
}

#[test]
fn a_call_on_one_escrow_leaves_the_others_as_they_were() {
    let f = Fixture::native();
    let a = f.create_funded(&[100, 100]);
    let b = f.create_funded(&[100, 100]);
    let b_before = (f.client.get_escrow(&b), f.client.get_milestones(&b));
    f.submit_and_approve(a, 0);
    f.client.mock_all_auths().release_milestone(&a, &0);
    f.dispute(a, 1);
    f.client.mock_all_auths().resolve_dispute(&a, &1, &50);
    assert_eq!(
        (f.client.get_escrow(&b), f.client.get_milestones(&b)),
        b_before
    );
    assert_eq!(f.usdc.balance(&f.contract), 200);
}
