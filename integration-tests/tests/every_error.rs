//! Every `Error` variant is produced by some call on the shipped wasm, and each such call left
//! every escrow and balance as it was. The variants are enumerated from the contract's error
//! codes (any code that converts to an `Error`), and the `match` below has no wildcard, so a new
//! variant fails to compile here until it has a trigger.

use escrow::{testutils::Fixture, Error, MilestoneStatus, NewMilestone, MAX_MILESTONES};
use soroban_sdk::Vec;

/// Makes the contract return `error`, checking that the call changed nothing.
fn trigger(f: &Fixture, error: Error) {
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    // A funded escrow with milestone 0 approved and milestone 1 pending; an unfunded one.
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
    // SPEC.md: codes 1 to 12, none skipped.
    assert_eq!(variants.len(), 12);
    assert_eq!(variants.first().map(|e| *e as u32), Some(1));
    for error in variants {
        let f = Fixture::wasm();
        trigger(&f, error);
    }
}

/// Finding of the model test (`tests/model`, `SECURITY.md` known limits): when the funder lacks
/// the balance, the Stellar Asset Contract refuses the transfer with its own contract error #10
/// (`BalanceError`), which reaches the caller of `fund_escrow` unchanged, and #10 is the
/// escrow's `TooManyMilestones`. Nothing moves (the call is rolled back), but a client that
/// decodes the escrow's errors is told something false. A fix belongs in the contract (check
/// the funder's balance first, or map the token's failure), so this test stays ignored until
/// then.
#[test]
#[ignore = "contract finding: a token's own error code reaches the caller as an escrow Error"]
fn a_funder_short_of_balance_is_not_told_too_many_milestones() {
    let f = Fixture::wasm();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 99);
    let result = f
        .client
        .mock_all_auths()
        .try_fund_escrow(&id, &f.parties.approver, &100);
    assert!(result.is_err());
    assert_ne!(result, Err(Ok(Error::TooManyMilestones)));
}

/// The same call as above, pinning down today's behaviour so that the model's prediction
/// (`escrow_model::model::SAC_BALANCE_ERROR`) is checked on the shipped wasm too.
#[test]
fn a_funder_short_of_balance_is_refused_and_nothing_moves() {
    let f = Fixture::wasm();
    let id = f.create(&f.new_escrow(&[100]));
    f.usdc.mint(&f.parties.approver, 99);
    let c = f.client.mock_all_auths();
    f.assert_refused(Error::TooManyMilestones, || {
        c.try_fund_escrow(&id, &f.parties.approver, &100)
    });
}
