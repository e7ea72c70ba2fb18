//! `fund_escrow`: deposits back open milestones in index order, up to what they still lack.

extern crate std;

use std::vec::Vec as StdVec;

use soroban_sdk::{testutils::Address as _, Address, IntoVal};

use super::{
    as_published,
    auth::{outcome, signers_are, Call, Signer},
    contract_events,
};
use crate::{testutils::*, Error, EscrowFunded, MilestoneStatus};

/// What every milestone of escrow `id` holds, in index order.
fn held(f: &Fixture, id: u64) -> StdVec<i128> {
    f.client
        .get_milestones(&id)
        .iter()
        .map(|m| m.held)
        .collect()
}

/// Deposits `amount` from the approver, minted for it first.
fn deposit(f: &Fixture, id: u64, amount: i128) {
    f.fund(id, amount);
    f.assert_tokens_accounted();
}

/// Checks that a deposit of `amount` by the approver is refused with `expected` (checked
/// before any transfer, so the approver's balance does not matter) and changes nothing.
fn refused(f: &Fixture, id: u64, amount: i128, expected: Error) {
    let alice = &f.parties.approver;
    f.assert_refused(expected, || {
        f.client
            .mock_all_auths()
            .try_fund_escrow(&id, alice, &amount)
    });
}

#[test]
fn deposits_fill_open_milestones_in_index_order() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200, 300]));
    assert_eq!(held(&f, id), [0, 0, 0]);
    deposit(&f, id, 50);
    assert_eq!(held(&f, id), [50, 0, 0]);
    // Exactly filling the first.
    deposit(&f, id, 50);
    assert_eq!(held(&f, id), [100, 0, 0]);
    deposit(&f, id, 30);
    assert_eq!(held(&f, id), [100, 30, 0]);
    // Across a boundary: 170 to the second, 80 to the third.
    deposit(&f, id, 250);
    assert_eq!(held(&f, id), [100, 200, 80]);
    deposit(&f, id, 220);
    assert_eq!(held(&f, id), [100, 200, 300]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (600, 0, 600)
    );
    assert_eq!(f.usdc.balance(&f.contract), 600);
    assert_eq!(f.usdc.balance(&f.parties.approver), 0);
}

#[test]
fn one_deposit_may_back_several_milestones_at_once() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[10, 20, 30, 40]));
    deposit(&f, id, 65);
    assert_eq!(held(&f, id), [10, 20, 30, 5]);
    deposit(&f, id, 35);
    assert_eq!(held(&f, id), [10, 20, 30, 40]);
}

#[test]
fn a_deposit_may_be_what_the_open_milestones_lack_and_not_one_unit_more() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[600, 400]));
    deposit(&f, id, 700);
    refused(&f, id, 301, Error::FundingExceedsTotal);
    refused(&f, id, i128::MAX, Error::FundingExceedsTotal);
    deposit(&f, id, 300);
    assert_eq!(held(&f, id), [600, 400]);
    refused(&f, id, 1, Error::FundingExceedsTotal);
    assert_eq!(f.client.get_escrow(&id).funded, 1_000);
}

#[test]
fn a_cancelled_unfunded_milestone_is_skipped_by_later_deposits() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200, 300]));
    deposit(&f, id, 100);
    f.advance_time(2 * DEADLINE_STEP);
    f.client.mock_all_auths().cancel_milestone(&id, &1);
    f.assert_tokens_accounted();
    assert_eq!(held(&f, id), [100, 0, 0]);
    assert_eq!(f.usdc.balance(&f.parties.approver), 0, "nothing to refund");
    // Open: 100 (backed) + 300 (not): 300 lacking.
    refused(&f, id, 301, Error::FundingExceedsTotal);
    deposit(&f, id, 300);
    assert_eq!(held(&f, id), [100, 0, 300]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (400, 0, 400)
    );
}

#[test]
fn a_cancelled_milestone_above_the_funded_ones_is_no_longer_lacking() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100, 200, 300]));
    deposit(&f, id, 150);
    assert_eq!(held(&f, id), [100, 50, 0]);
    f.advance_time(3 * DEADLINE_STEP);
    f.client.mock_all_auths().cancel_milestone(&id, &2);
    refused(&f, id, 151, Error::FundingExceedsTotal);
    deposit(&f, id, 150);
    assert_eq!(held(&f, id), [100, 200, 0]);
}

#[test]
fn a_claimed_partly_funded_milestone_leaves_later_deposits_to_the_next() {
    let f = Fixture::native();
    let p = &f.parties;
    let id = f.create(&f.new_escrow(&[100, 200, 300]));
    deposit(&f, id, 150);
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD);
    f.client.mock_all_auths().claim_milestone(&id, &1);
    f.assert_tokens_accounted();
    // The claim paid the 50 held: 1 fee (2.5 %, rounded down), 49 to the receiver.
    assert_eq!(f.usdc.balance(&p.receiver), 49);
    assert_eq!(f.usdc.balance(&p.platform), 1);
    assert_eq!(held(&f, id), [100, 0, 0]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (150, 50, 400)
    );
    // Open: 100 (backed) + 300 (not).
    refused(&f, id, 301, Error::FundingExceedsTotal);
    deposit(&f, id, 300);
    assert_eq!(held(&f, id), [100, 0, 300]);
    assert_eq!(f.usdc.balance(&f.contract), 400);
}

#[test]
fn a_deposit_of_zero_or_less_is_an_invalid_amount() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    for bad in [0, -1, i128::MIN] {
        refused(&f, id, bad, Error::InvalidAmount);
    }
    // Also when nothing is lacking: the amount is checked first.
    deposit(&f, id, 100);
    refused(&f, id, 0, Error::InvalidAmount);
}

#[test]
fn an_unknown_escrow_is_refused() {
    let f = Fixture::native();
    f.create(&f.new_escrow(&[100]));
    for missing in [0, 2, u64::MAX] {
        refused(&f, missing, 10, Error::EscrowNotFound);
    }
}

#[test]
fn a_funder_short_of_tokens_funds_nothing() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(alice, 99);
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client.mock_all_auths().try_fund_escrow(&id, alice, &100)
    });
    f.client.mock_all_auths().fund_escrow(&id, alice, &99);
    assert_eq!(held(&f, id), [99]);
    assert_eq!(f.usdc.balance(alice), 0);
    f.assert_tokens_accounted();
}

#[test]
fn a_frozen_funder_funds_nothing_until_unfrozen() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(alice, 100);
    f.usdc.freeze(alice);
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client.mock_all_auths().try_fund_escrow(&id, alice, &100)
    });
    f.usdc.unfreeze(alice);
    f.client.mock_all_auths().fund_escrow(&id, alice, &100);
    assert_eq!(held(&f, id), [100]);
    f.assert_tokens_accounted();
}

#[test]
fn a_classic_account_without_a_trustline_funds_nothing() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let account = f.classic_account();
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client
            .mock_all_auths()
            .try_fund_escrow(&id, &account, &100)
    });
}

#[test]
fn the_funder_signs_the_call_and_its_token_transfer() {
    // An outsider funds: its own signature, not the approver's, with the transfer inside.
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let funder = Address::generate(&f.env);
    f.usdc.mint(&funder, 100);
    let call = Call::new(
        "fund_escrow",
        (id, funder.clone(), 60_i128).into_val(&f.env),
        |c| outcome(c.try_fund_escrow(&id, &funder, &60)),
    );
    let transfer = (funder.clone(), f.contract.clone(), 60_i128).into_val(&f.env);
    signers_are(
        &f,
        &call,
        &[Signer::with_transfer(&funder, &f.usdc.address, transfer)],
    );
    assert_eq!(f.usdc.balance(&funder), 40);
    assert_eq!(held(&f, id), [60]);
}

#[test]
fn each_deposit_publishes_the_funder_the_amount_and_the_running_total() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[600, 400]));
    let alice = &f.parties.approver;
    f.usdc.mint(alice, 1_000);
    for (amount, funded) in [(700, 700), (300, 1_000)] {
        f.client.mock_all_auths().fund_escrow(&id, alice, &amount);
        assert_eq!(
            contract_events(&f),
            as_published(
                &f,
                &f.contract,
                &[&EscrowFunded {
                    escrow_id: id,
                    funder: alice.clone(),
                    amount,
                    funded,
                }]
            )
        );
    }
}

#[test]
fn anyone_may_fund_and_refunds_still_go_to_the_approver() {
    let f = Fixture::native();
    let p = &f.parties;
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.usdc.mint(&p.outsider, 300);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &p.outsider, &300);
    assert_eq!(f.usdc.balance(&p.outsider), 0);
    assert_eq!(f.client.get_escrow(&id).funded, 300);

    f.advance_time(DEADLINE_STEP);
    f.client.mock_all_auths().cancel_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&p.approver), 100);
    assert_eq!(f.usdc.balance(&p.outsider), 0);
    f.submit(id, 1);
    f.client.mock_all_auths().settle_milestone(&id, &1, &40);
    assert_eq!(f.usdc.balance(&p.approver), 100 + 160);
    assert_eq!(f.usdc.balance(&p.receiver), 39);
    assert_eq!(f.usdc.balance(&p.platform), 1);
    assert_eq!(f.usdc.balance(&p.outsider), 0);
    assert_eq!(
        f.client.get_milestone(&id, &1).status,
        MilestoneStatus::Resolved
    );
    f.assert_tokens_accounted();
}

#[test]
fn the_contract_cannot_fund_an_escrow_with_its_own_balance() {
    // Otherwise one escrow could count the tokens that back another as its own funding.
    let f = Fixture::native();
    let a = f.create_funded(&[1_000]);
    let b = f.create(&f.new_escrow(&[1_000]));
    let before = f.state();
    assert_eq!(
        outcome(f.client.try_fund_escrow(&b, &f.contract, &1_000)),
        Err(Err(soroban_sdk::InvokeError::Abort))
    );
    assert_eq!(f.state(), before);
    assert_eq!(f.client.get_escrow(&a).funded, 1_000);
}
