//! The whole lifecycle on the shipped optimized wasm, registered from its bytes, with real
//! Stellar Asset Contract tokens; every balance checked to the unit.

use escrow::{
    testutils::{shipped_wasm, Fixture},
    Error, MilestoneStatus, NewMilestone, MAX_MILESTONES,
};
use soroban_sdk::{
    testutils::{AuthorizedFunction, AuthorizedInvocation, MockAuth, MockAuthInvoke},
    xdr::{self, Limits, WriteXdr},
    IntoVal, Symbol, TryFromVal, Val, Vec,
};

const USDC: i128 = 10_000_000; // 7 decimals

#[test]
fn the_whole_story_on_the_shipped_wasm() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();

    let id = f.create(&f.new_escrow(&[500 * USDC, 1_500 * USDC, 1_000 * USDC]));
    assert_eq!(id, 1);
    f.usdc.mint(&p.approver, 3_000 * USDC);
    c.fund_escrow(&id, &p.approver, &(3_000 * USDC));
    assert_eq!(f.usdc.balance(&p.approver), 0);
    assert_eq!(f.usdc.balance(&f.contract), 3_000 * USDC);

    // Milestone 0: delivered, changes requested, resubmitted, approved, released.
    f.submit(id, 0);
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(milestone.status, MilestoneStatus::ForReview);
    assert!(!milestone.approved);
    c.request_changes(&id, &0, &Some(f.text("Bigger logo")));
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    // 2.5 % of 500 USDC is 12.5 USDC.
    assert_eq!(f.usdc.balance(&p.receiver), 487_5000000);
    assert_eq!(f.usdc.balance(&p.platform), 12_5000000);

    // Milestone 1: disputed after approval, split 60 / 40.
    f.submit_and_approve(id, 1);
    c.dispute_milestone(&id, &1, &p.service_provider, &f.text("Payment withheld"));
    assert!(!f.client.get_milestone(&id, &1).approved);
    c.resolve_dispute(&id, &1, &(900 * USDC));
    // 2.5 % of 900 USDC is 22.5 USDC; Alice gets 600 USDC back.
    assert_eq!(f.usdc.balance(&p.receiver), 487_5000000 + 877_5000000);
    assert_eq!(f.usdc.balance(&p.platform), 12_5000000 + 22_5000000);
    assert_eq!(f.usdc.balance(&p.approver), 600 * USDC);

    // Milestone 2: straight through.
    f.submit_and_approve(id, 2);
    c.release_milestone(&id, &2);
    assert_eq!(
        f.usdc.balance(&p.receiver),
        487_5000000 + 877_5000000 + 975 * USDC
    );
    assert_eq!(
        f.usdc.balance(&p.platform),
        12_5000000 + 22_5000000 + 25 * USDC
    );
    assert_eq!(f.usdc.balance(&f.contract), 0);

    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.total_amount),
        (3_000 * USDC, 3_000 * USDC, 3_000 * USDC)
    );
    let statuses: std::vec::Vec<_> = f
        .client
        .get_milestones(&id)
        .iter()
        .map(|m| (m.status, m.approved))
        .collect();
    assert_eq!(
        statuses,
        [
            (MilestoneStatus::Released, true),
            (MilestoneStatus::Resolved, false),
            (MilestoneStatus::Released, true),
        ]
    );
    // Every unit accounted for: what Alice deposited is now with the receiver, the platform
    // and Alice.
    let total_out =
        f.usdc.balance(&p.receiver) + f.usdc.balance(&p.platform) + f.usdc.balance(&p.approver);
    assert_eq!(total_out, 3_000 * USDC);
}

#[test]
fn refusals_on_the_shipped_wasm_are_typed_and_change_nothing() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    let id = f.create(&f.new_escrow(&[100, 200]));
    f.submit_and_approve(id, 0);
    f.usdc.mint(&f.parties.approver, 1_000);
    f.assert_refused(Error::InsufficientFunds, || {
        c.try_release_milestone(&id, &0)
    });
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_approve_milestone(&id, &1)
    });
    f.assert_refused(Error::NotAParty, || {
        c.try_dispute_milestone(&id, &1, &f.parties.outsider, &f.text("x"))
    });
    f.assert_refused(Error::MilestoneNotFound, || {
        f.client.try_get_milestone(&id, &2)
    });
    f.assert_refused(Error::EscrowNotFound, || f.client.try_get_escrow(&2));
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&id, &f.parties.approver, &301)
    });
}

#[test]
fn escrows_in_two_tokens_hold_exactly_their_own_funds() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;
    let mut ids = std::vec::Vec::new();
    for (i, token) in [&f.usdc, &f.eurc, &f.usdc, &f.eurc].into_iter().enumerate() {
        let mut new = f.new_escrow(&[1_000 + i as i128, 333]);
        new.token = token.address.clone();
        let id = f.create(&new);
        token.mint(alice, 1_333 + i as i128);
        c.fund_escrow(&id, alice, &(1_000 + i as i128));
        ids.push(id);
    }
    f.assert_tokens_accounted();
    for &id in &ids {
        f.submit_and_approve(id, 0);
        c.release_milestone(&id, &0);
        f.assert_tokens_accounted();
        f.dispute(id, 1);
        f.assert_refused(Error::InsufficientFunds, || {
            c.try_resolve_dispute(&id, &1, &1)
        });
        c.fund_escrow(&id, alice, &333);
        c.resolve_dispute(&id, &1, &111);
        f.assert_tokens_accounted();
    }
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.eurc.balance(&f.contract), 0);
}

#[test]
fn the_admin_upgrades_and_every_escrow_keeps_its_state() {
    let f = Fixture::wasm();
    let c = f.client.mock_all_auths();
    let funded = f.create_funded(&[100, 200]);
    f.submit_and_approve(funded, 0);
    let second = f.create(&f.new_escrow(&[50]));
    let before = f.state();

    let hash = f
        .env
        .deployer()
        .upload_contract_wasm(shipped_wasm().as_slice());
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: "upgrade",
        args: (hash.clone(),).into_val(&f.env),
        sub_invokes: &[],
    };
    for (name, who) in f.parties.all() {
        if who == f.parties.admin {
            continue;
        }
        let auths = [MockAuth {
            address: &who,
            invoke: &invoke,
        }];
        assert!(
            f.client.mock_auths(&auths).try_upgrade(&hash).is_err(),
            "{name} must not upgrade"
        );
    }
    assert!(f.client.try_upgrade(&hash).is_err(), "nobody's signature");
    assert_eq!(f.state(), before);
    let auths = [MockAuth {
        address: &f.parties.admin,
        invoke: &invoke,
    }];
    f.client.mock_auths(&auths).upgrade(&hash);
    assert_eq!(
        f.env.auths(),
        [(
            f.parties.admin.clone(),
            AuthorizedInvocation {
                function: AuthorizedFunction::Contract((
                    f.contract.clone(),
                    Symbol::new(&f.env, "upgrade"),
                    (hash,).into_val(&f.env),
                )),
                sub_invocations: std::vec![],
            }
        )]
    );

    assert_eq!(f.state(), before);
    c.release_milestone(&funded, &0);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
    assert_eq!(f.create(&f.new_escrow(&[1])), second + 1);
}

#[test]
fn create_escrow_at_the_maximum_fits_mainnet_transaction_limits() {
    // The fixture's host enforces mainnet's per-transaction limits (write entries and bytes,
    // events, instructions, memory): a call beyond them panics.
    let f = Fixture::wasm();
    let mut new = f.new_escrow(&[1]);
    new.engagement_id = f.text_of_len(64);
    new.title = f.text_of_len(128);
    new.description = f.text_of_len(1_024);
    let mut milestones = Vec::new(&f.env);
    for _ in 0..MAX_MILESTONES {
        milestones.push_back(NewMilestone {
            description: f.text_of_len(512),
            amount: i128::MAX / MAX_MILESTONES as i128,
        });
    }
    new.milestones = milestones;
    // The transaction itself must fit mainnet's 132 KiB too.
    let value: Val = new.clone().into_val(&f.env);
    let argument = xdr::ScVal::try_from_val(&f.env, &value).unwrap();
    let argument_size = argument.to_xdr(Limits::none()).unwrap().len();
    assert!(argument_size < 40_000, "{argument_size} bytes of arguments");

    let id = f.create(&new);
    let resources = f.env.cost_estimate().resources();
    println!("create_escrow at the maximum: {resources:?}, {argument_size} bytes of arguments");
    // The escrow, its milestones, the instance (the id counter), and the platform's signature
    // nonce (a platform that is the transaction's source account has none).
    assert_eq!(resources.write_entries, MAX_MILESTONES + 3);
    assert!(
        resources.write_bytes < 132_096 / 2,
        "{}",
        resources.write_bytes
    );
    assert!(
        resources.instructions < 400_000_000 / 4,
        "{}",
        resources.instructions
    );

    // Every milestone then fills to its caps and still reads back in one call.
    for index in [0, MAX_MILESTONES - 1] {
        f.client.mock_all_auths().change_milestone_status(
            &id,
            &index,
            &MilestoneStatus::ForReview,
            &Some(f.text_of_len(512)),
            &Some(f.text_of_len(1_024)),
        );
    }
    assert_eq!(f.client.get_milestones(&id).len(), MAX_MILESTONES);
}
