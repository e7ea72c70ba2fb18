//! Escrows side by side in USDC and EURC: no call on one moves, locks or counts another's tokens.

extern crate std;

use soroban_sdk::vec;

use crate::{testutils::*, Error, MilestoneStatus};

/// Runs `call`, a call on escrow `id`, and checks that it changed no other escrow, moved
/// none of the contract's tokens in the other token, moved exactly what escrow `id` holds
/// plus what was credited in its own, and that every token is accounted for.
fn on_escrow(f: &Fixture, id: u64, call: impl FnOnce()) {
    let before = f.state();
    call();
    let after = f.state();
    for (was, is) in before.escrows.iter().zip(&after.escrows) {
        if was.0.id != id {
            assert_eq!(
                was, is,
                "escrow {} changed by a call on escrow {id}",
                was.0.id
            );
        }
    }
    let escrow = &after.escrows[id as usize - 1].0;
    let own = usize::from(escrow.token != f.usdc.address);
    let contract = before.balances.len() - 2;
    assert_eq!(
        after.balances[contract + (1 - own)],
        before.balances[contract + (1 - own)],
        "the other token of the contract moved"
    );
    let holding = |s: &State| {
        s.escrows
            .get(id as usize - 1)
            .map_or(0, |(e, _)| e.funded - e.paid_out)
    };
    let credited = |s: &State| -> i128 { s.credits.iter().skip(own).step_by(2).sum() };
    assert_eq!(
        after.balances[contract + own] - before.balances[contract + own],
        holding(&after) - holding(&before) + credited(&after) - credited(&before),
        "the contract's balance moved by more than escrow {id}'s"
    );
    f.assert_tokens_accounted();
}

/// What the receiver, the platform and the approver hold in USDC and in EURC.
fn payees(f: &Fixture) -> [[i128; 3]; 2] {
    let p = &f.parties;
    [&f.usdc, &f.eurc].map(|t| {
        [
            t.balance(&p.receiver),
            t.balance(&p.platform),
            t.balance(&p.approver),
        ]
    })
}

#[test]
fn escrows_in_two_tokens_are_accounted_separately_through_every_kind_of_call() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let p = f.parties.clone();
    let in_eurc = |amounts: &[i128]| {
        let mut new = f.new_escrow(amounts);
        new.token = f.eurc.address.clone();
        new
    };

    let a = f.create(&f.new_escrow(&[1_000, 2_000]));
    on_escrow(&f, a, || f.fund(a, 3_000));
    let b = f.create(&in_eurc(&[700, 300]));
    f.eurc.mint(&p.approver, 1_400);
    on_escrow(&f, b, || c.fund_escrow(&b, &p.approver, &600));
    let unfunded = f.create(&f.new_escrow(&[50]));
    let d = f.create(&in_eurc(&[400, 400]));
    on_escrow(&f, d, || c.fund_escrow(&d, &p.approver, &800));
    assert_eq!(f.usdc.balance(&f.contract), 3_000);
    assert_eq!(f.eurc.balance(&f.contract), 1_400);

    on_escrow(&f, a, || {
        f.submit_and_approve(a, 1);
        c.release_milestone(&a, &1);
    });
    assert_eq!(payees(&f), [[1_950, 50, 0], [0, 0, 0]]);

    // Escrow b's milestone 0 holds 600 of its 700: the contract's other EURC (escrow d's)
    // and USDC do not make up the rest.
    on_escrow(&f, b, || f.submit_and_approve(b, 0));
    f.assert_refused(Error::InsufficientFunds, || c.try_release_milestone(&b, &0));
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_approve_and_release(&b, &vec![&f.env, 0u32])
    });

    // A claim pays what the milestone holds: nothing for the unfunded escrow, 600 for b.
    on_escrow(&f, unfunded, || f.submit(unfunded, 0));
    f.advance_time(REVIEW_PERIOD);
    on_escrow(&f, unfunded, || c.claim_milestone(&unfunded, &0));
    assert_eq!(
        f.client.get_milestone(&unfunded, &0).status,
        MilestoneStatus::Released
    );
    on_escrow(&f, b, || c.claim_milestone(&b, &0));
    assert_eq!(payees(&f), [[1_950, 50, 0], [585, 15, 0]]);

    // Escrow b lacks 300, whatever the contract holds for others.
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&b, &p.approver, &301)
    });
    f.eurc.mint(&p.approver, 300);
    on_escrow(&f, b, || c.fund_escrow(&b, &p.approver, &300));

    // A cancellation refunds what that milestone holds, from its own escrow.
    f.advance_time(2 * DEADLINE_STEP);
    on_escrow(&f, d, || c.cancel_milestone(&d, &1));
    assert_eq!(payees(&f), [[1_950, 50, 0], [585, 15, 400]]);

    // A settlement, a fallback after a silent resolver, a batch release.
    on_escrow(&f, a, || c.settle_milestone(&a, &0, &400));
    assert_eq!(payees(&f), [[2_340, 60, 600], [585, 15, 400]]);
    on_escrow(&f, d, || {
        f.submit(d, 0);
        f.dispute(d, 0);
    });
    f.advance_time(RESOLUTION_PERIOD);
    on_escrow(&f, d, || c.expire_dispute(&d, &0, &p.service_provider));
    assert_eq!(payees(&f), [[2_340, 60, 600], [780, 20, 600]]);
    on_escrow(&f, b, || {
        f.submit(b, 1);
        c.approve_and_release(&b, &vec![&f.env, 1u32]);
    });
    assert_eq!(payees(&f), [[2_340, 60, 600], [1_073, 27, 600]]);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.eurc.balance(&f.contract), 0);

    // A payout the token refuses is credited: it belongs to no escrow any more.
    let e = f.create(&f.new_escrow(&[100]));
    on_escrow(&f, e, || f.fund(e, 100));
    f.usdc.freeze(&p.receiver);
    on_escrow(&f, e, || {
        f.submit_and_approve(e, 0);
        c.release_milestone(&e, &0);
    });
    assert_eq!(f.client.claimable(&p.receiver, &f.usdc.address), 98);

    // A second round on escrow a, next to the credit.
    on_escrow(&f, a, || c.add_milestones(&a, &f.new_milestones(&[250])));
    on_escrow(&f, a, || f.fund(a, 250));
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&a, &p.approver, &1)
    });
    f.usdc.unfreeze(&p.receiver);
    let before = f.state();
    assert_eq!(c.withdraw(&p.receiver, &f.usdc.address), 98);
    assert_eq!(
        f.state().escrows,
        before.escrows,
        "a withdrawal touches no escrow"
    );
    f.assert_tokens_accounted();
    f.advance_time(DEADLINE_STEP);
    on_escrow(&f, a, || c.cancel_milestone(&a, &2));

    assert_eq!(payees(&f), [[2_438, 62, 850], [1_073, 27, 600]]);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.eurc.balance(&f.contract), 0);
    // Every escrow ends empty.
    for (escrow, milestones) in f.state().escrows {
        assert_eq!(escrow.funded, escrow.paid_out, "escrow {}", escrow.id);
        assert_eq!(escrow.open_amount, 0, "escrow {}", escrow.id);
        assert!(milestones.iter().all(|m| m.held == 0));
    }
}

#[test]
fn a_deposit_is_always_in_the_escrows_own_token() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let mut new = f.new_escrow(&[100]);
    new.token = f.eurc.address.clone();
    let id = f.create(&new);
    f.usdc.mint(alice, 100);
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client.mock_all_auths().try_fund_escrow(&id, alice, &100)
    });
    f.eurc.mint(alice, 100);
    on_escrow(&f, id, || {
        f.client.mock_all_auths().fund_escrow(&id, alice, &100)
    });
    assert_eq!(f.usdc.balance(alice), 100);
    assert_eq!(f.eurc.balance(&f.contract), 100);
}

#[test]
fn the_same_milestone_index_in_two_escrows_is_two_milestones() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let a = f.create_funded(&[100, 100]);
    let b = f.create_funded(&[100, 100]);
    on_escrow(&f, a, || {
        f.submit_and_approve(a, 0);
        c.release_milestone(&a, &0);
    });
    on_escrow(&f, a, || {
        f.submit(a, 1);
        f.dispute(a, 1);
        c.resolve_dispute(&a, &1, &50);
    });
    // Escrow b's milestones 0 and 1 are still pending and fully backed.
    for index in 0..2 {
        let milestone = f.client.get_milestone(&b, &index);
        assert_eq!(
            (milestone.status, milestone.held),
            (MilestoneStatus::Pending, 100)
        );
    }
    assert_eq!(f.usdc.balance(&f.contract), 200);
}
