use super::{as_published, contract_events};
use crate::{testutils::Fixture, Error, EscrowFunded};

#[test]
fn funding_moves_tokens_into_the_escrow_up_to_its_total() {
    let f = Fixture::native();
    let alice = &f.parties.approver;
    let id = f.create(&f.new_escrow(&[600, 400]));
    f.usdc.mint(alice, 1_500);

    f.client.mock_all_auths().fund_escrow(&id, alice, &700);
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&EscrowFunded {
                escrow_id: id,
                funder: alice.clone(),
                amount: 700,
                funded: 700,
            }]
        )
    );
    assert_eq!(f.client.get_escrow(&id).funded, 700);
    assert_eq!(f.usdc.balance(alice), 800);
    assert_eq!(f.usdc.balance(&f.contract), 700);

    f.assert_refused(Error::FundingExceedsTotal, || {
        f.client.mock_all_auths().try_fund_escrow(&id, alice, &301)
    });
    f.client.mock_all_auths().fund_escrow(&id, alice, &300);
    assert_eq!(f.client.get_escrow(&id).funded, 1_000);
    assert_eq!(f.usdc.balance(&f.contract), 1_000);
    f.assert_refused(Error::FundingExceedsTotal, || {
        f.client.mock_all_auths().try_fund_escrow(&id, alice, &1)
    });
    f.assert_refused(Error::FundingExceedsTotal, || {
        f.client
            .mock_all_auths()
            .try_fund_escrow(&id, alice, &i128::MAX)
    });
}

#[test]
fn anyone_may_fund_with_their_own_tokens() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.outsider, 100);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &f.parties.outsider, &100);
    assert_eq!(f.client.get_escrow(&id).funded, 100);
    assert_eq!(f.usdc.balance(&f.parties.outsider), 0);
}

#[test]
fn amounts_must_be_positive() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 100);
    for bad in [0, -1, i128::MIN] {
        f.assert_refused(Error::InvalidAmount, || {
            f.client
                .mock_all_auths()
                .try_fund_escrow(&id, &f.parties.approver, &bad)
        });
    }
}

#[test]
fn unknown_escrow_is_refused() {
    let f = Fixture::native();
    f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 100);
    for missing in [0, 2, u64::MAX] {
        f.assert_refused(Error::EscrowNotFound, || {
            f.client
                .mock_all_auths()
                .try_fund_escrow(&missing, &f.parties.approver, &10)
        });
    }
}

#[test]
fn a_funder_without_the_tokens_changes_nothing() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 50);
    let before = f.state();
    let result = f
        .client
        .mock_all_auths()
        .try_fund_escrow(&id, &f.parties.approver, &100);
    assert!(result.is_err(), "the token refuses the transfer");
    assert_eq!(f.state(), before);
}

#[test]
fn the_contract_cannot_fund_an_escrow_from_its_own_balance() {
    // Otherwise one escrow could count as funding the tokens that others deposited.
    let f = Fixture::native();
    let a = f.create_funded(&[1_000]);
    let b = f.create(&f.new_escrow(&[1_000]));
    let before = f.state();
    let result = f.client.try_fund_escrow(&b, &f.contract, &1_000);
    assert!(result.is_err(), "{result:?}");
    assert_eq!(f.state(), before);
    assert_eq!(f.client.get_escrow(&a).funded, 1_000);
}
