//! Every `Error` variant is produced by some call on the shipped wasm, and each such call left every escrow, milestone, credit and balance as it was; a funding transfer the token refuses is `TokenTransferFailed`, never a token's own error code.
//!
//! The variants are enumerated from the contract's error codes (any code that converts to an
//! `Error`), and the `match` below has no wildcard, so a new variant fails to compile here until
//! it has a trigger.

use escrow::{
    testutils::{Fixture, REVIEW_PERIOD},
    Error, MilestoneStatus, NewMilestone, MAX_MILESTONES,
};
use soroban_sdk::Vec;

/// Makes the contract return `error`, checking that the call changed nothing.
fn trigger(f: &Fixture, error: Error) {
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    // A funded escrow with milestone 0 approved and milestone 1 pending; an unfunded one with
    // its milestone approved.
    let funded = f.create_funded(&[100, 200]);
    f.submit_and_approve(funded, 0);
    let unfunded = f.create(&f.new_escrow(&[100]));
    f.submit_and_approve(unfunded, 0);
    let missing = unfunded + 1;
    match error {
        Error::EscrowNotFound => f.assert_refused(error, || c.try_approve_milestone(&missing, &0)),
        Error::MilestoneNotFound => {
            f.assert_refused(error, || c.try_approve_milestone(&funded, &2))
        }
        Error::InvalidStatusTransition => {
            f.assert_refused(error, || c.try_approve_milestone(&funded, &1))
        }
        Error::NotAParty => f.assert_refused(error, || {
            c.try_dispute_milestone(&funded, &1, &p.outsider, &f.text("no"))
        }),
        Error::InvalidAmount => {
            f.assert_refused(error, || c.try_fund_escrow(&unfunded, &p.approver, &0))
        }
        Error::FundingExceedsTotal => {
            f.usdc.mint(&p.approver, 101);
            f.assert_refused(error, || c.try_fund_escrow(&unfunded, &p.approver, &101))
        }
        Error::InsufficientFunds => {
            f.assert_refused(error, || c.try_release_milestone(&unfunded, &0))
        }
        Error::InvalidFee => {
            let mut new = f.new_escrow(&[1]);
            new.platform_fee_bps = 2_001;
            f.assert_refused(error, || c.try_create_escrow(&new))
        }
        Error::NoMilestones => {
            let new = f.new_escrow(&[]);
            f.assert_refused(error, || c.try_create_escrow(&new))
        }
        Error::TooManyMilestones => {
            let mut new = f.new_escrow(&[1]);
            let mut milestones = Vec::new(&f.env);
            for _ in 0..=MAX_MILESTONES {
                milestones.push_back(NewMilestone {
                    description: f.text("m"),
                    amount: 1,
                    deadline: f.now() + 1,
                    receiver: None,
                });
            }
            new.milestones = milestones;
            f.assert_refused(error, || c.try_create_escrow(&new))
        }
        Error::TextTooLong => f.assert_refused(error, || {
            c.try_change_milestone_status(
                &funded,
                &1,
                &MilestoneStatus::ForReview,
                &Some(f.text_of_len(513)),
                &None,
            )
        }),
        Error::InvalidRoles => {
            let mut new = f.new_escrow(&[1]);
            new.roles.dispute_resolver = p.receiver.clone();
            f.assert_refused(error, || c.try_create_escrow(&new))
        }
        Error::TooEarly => {
            // Approved now: the release signer has the whole review period to pay it.
            f.advance_time(REVIEW_PERIOD - 1);
            f.assert_refused(error, || c.try_claim_milestone(&funded, &0))
        }
        Error::InvalidTerms => {
            let mut new = f.new_escrow(&[1]);
            new.review_period = 0;
            f.assert_refused(error, || c.try_create_escrow(&new))
        }
        Error::TokenTransferFailed => {
            // The funder has 99 of the 100 it deposits.
            f.usdc.mint(&p.approver, 99);
            f.assert_refused(error, || c.try_fund_escrow(&unfunded, &p.approver, &100))
        }
    }
}

#[test]
fn every_error_variant_is_produced_by_some_call() {
    let mut variants = std::vec::Vec::new();
    for code in 0..64u32 {
        let raw = soroban_sdk::Error::from_contract_error(code);
        if let Ok(error) = Error::try_from(raw) {
            assert_eq!(error as u32, code);
            variants.push(error);
        }
    }
    // SPEC.md: codes 1 to 15, none skipped.
    assert_eq!(variants.len(), 15);
    assert_eq!(variants.first().map(|e| *e as u32), Some(1));
    assert_eq!(variants.last().map(|e| *e as u32), Some(15));
    for error in variants {
        let f = Fixture::wasm();
        trigger(&f, error);
    }
}

/// Found by the model test on v1: the Stellar Asset Contract refuses a funder short of balance
/// with its own contract error #10 (`BalanceError`), which reached the caller unchanged, where
/// #10 is the escrow's `TooManyMilestones`. Now the escrow reports `TokenTransferFailed`.
#[test]
fn a_funder_short_of_balance_gets_token_transfer_failed_and_nothing_moves() {
    let f = Fixture::wasm();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 99);
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::TokenTransferFailed, || {
        c.try_fund_escrow(&id, &f.parties.approver, &100)
    });
    assert_eq!(f.usdc.balance(&f.parties.approver), 99);
    // With the balance, the same deposit goes through.
    f.usdc.mint(&f.parties.approver, 1);
    c.fund_escrow(&id, &f.parties.approver, &100);
    assert_eq!(f.client.get_escrow(&id).funded, 100);
    f.assert_tokens_accounted();
}

#[test]
fn a_frozen_funder_gets_token_transfer_failed_and_nothing_moves() {
    let f = Fixture::wasm();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 100);
    f.usdc.freeze(&f.parties.approver);
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::TokenTransferFailed, || {
        c.try_fund_escrow(&id, &f.parties.approver, &100)
    });
    assert_eq!(f.usdc.balance(&f.parties.approver), 100);
    f.usdc.unfreeze(&f.parties.approver);
    c.fund_escrow(&id, &f.parties.approver, &100);
    assert_eq!(f.usdc.balance(&f.contract), 100);
    f.assert_tokens_accounted();
}

#[test]
fn a_funder_without_a_trustline_gets_token_transfer_failed_and_nothing_moves() {
    let f = Fixture::wasm();
    let id = f.create(&f.new_escrow(&[100]));
    let funder = f.classic_account();
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::TokenTransferFailed, || {
        c.try_fund_escrow(&id, &funder, &100)
    });
    assert_eq!(f.client.get_escrow(&id).funded, 0);
    f.usdc.open_trustline(&f.env, &funder);
    f.usdc.mint(&funder, 100);
    c.fund_escrow(&id, &funder, &100);
    assert_eq!(f.usdc.balance(&funder), 0);
    assert_eq!(f.usdc.balance(&f.contract), 100);
    f.assert_tokens_accounted();
}
