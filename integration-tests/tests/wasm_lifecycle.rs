//! The whole v2 lifecycle on the shipped wasm, registered from its bytes, with real Stellar Asset Contract tokens: time terms, per-milestone receivers, partial funding, every way a milestone ends, batches and a second round; every balance to the unit and the exact signers of every new entry point.

use escrow::{
    testutils::{shipped_wasm, Fixture, RESOLUTION_PERIOD, REVIEW_PERIOD},
    Error, EscrowContractClient, MilestoneReleased, MilestoneSettled, MilestoneStatus,
    MilestoneUpdated, MilestonesAdded, Role, SettlementKind,
};
use soroban_sdk::{
    testutils::{
        Address as _, AuthorizedFunction, AuthorizedInvocation, Events as _, MockAuth,
        MockAuthInvoke,
    },
    vec, xdr, Address, Event, IntoVal, InvokeError, Symbol, Val, Vec,
};

/// One USDC in its smallest unit (7 decimals).
const USDC: i128 = 10_000_000;

/// The events the last call published from the escrow contract.
fn escrow_events(f: &Fixture) -> std::vec::Vec<xdr::ContractEvent> {
    f.env
        .events()
        .all()
        .filter_by_contract(&f.contract)
        .events()
        .to_vec()
}

/// `events` as the escrow contract publishes them.
fn as_published(f: &Fixture, events: &[&dyn Event]) -> std::vec::Vec<xdr::ContractEvent> {
    events
        .iter()
        .map(|e| e.to_xdr(&f.env, &f.contract))
        .collect()
}

/// Runs `call` signed by exactly `signers`, each signing `fn_name(args)` on the escrow and
/// nothing more, and returns its result. First checks that the host refuses the call, changing
/// nothing, when any one of the signers is missing; afterwards, that the host recorded exactly
/// these signatures.
fn signed_by<T, C>(
    f: &Fixture,
    signers: &[&Address],
    fn_name: &str,
    args: Vec<Val>,
    call: impl Fn(&EscrowContractClient) -> Result<Result<T, C>, Result<Error, InvokeError>>,
) -> T
where
    T: core::fmt::Debug,
    C: core::fmt::Debug,
{
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name,
        args: args.clone(),
        sub_invokes: &[],
    };
    for missing in 0..signers.len() {
        let auths: std::vec::Vec<MockAuth> = signers
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != missing)
            .map(|(_, address)| MockAuth {
                address,
                invoke: &invoke,
            })
            .collect();
        f.assert_refused_unsigned(|| call(&f.client.mock_auths(&auths)));
    }
    let auths: std::vec::Vec<MockAuth> = signers
        .iter()
        .map(|address| MockAuth {
            address,
            invoke: &invoke,
        })
        .collect();
    let value = match call(&f.client.mock_auths(&auths)) {
        Ok(Ok(value)) => value,
        other => panic!("{fn_name} signed by every signer failed: {other:?}"),
    };
    f.assert_signed_by(signers, fn_name, args);
    value
}

#[test]
fn the_whole_story_on_the_shipped_wasm() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let token = f.usdc.address.clone();
    // A designer is paid for milestones 1 and 5 directly; the rest goes to the escrow's
    // receiver.
    let designer = Address::generate(&f.env);

    let amounts = [500, 1_000, 300, 400, 800, 600, 200, 250, 350].map(|a| a * USDC);
    let mut new = f.new_escrow(&amounts);
    for index in [1, 5] {
        let mut milestone = new.milestones.get(index).unwrap();
        milestone.receiver = Some(designer.clone());
        new.milestones.set(index, milestone);
    }
    let id = f.create(&new);
    assert_eq!(id, 1);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (
            escrow.total_amount,
            escrow.open_amount,
            escrow.milestone_count
        ),
        (4_400 * USDC, 4_400 * USDC, 9)
    );
    assert_eq!(
        (escrow.review_period, escrow.resolution_period),
        (REVIEW_PERIOD, RESOLUTION_PERIOD)
    );
    assert_eq!(f.client.get_milestone(&id, &1).receiver, designer);
    assert_eq!(f.client.get_milestone(&id, &0).receiver, p.receiver);

    // Funded partly: the deposit backs milestone 0 in full and 700 of milestone 1.
    f.fund(id, 1_200 * USDC);
    let held = |index: u32| f.client.get_milestone(&id, &index).held;
    assert_eq!((held(0), held(1), held(2)), (500 * USDC, 700 * USDC, 0));
    // Then fully.
    f.fund(id, 3_200 * USDC);
    assert!(f
        .client
        .get_milestones(&id)
        .iter()
        .all(|m| m.held == m.amount));
    f.assert_refused(Error::FundingExceedsTotal, || {
        c.try_fund_escrow(&id, &p.approver, &1)
    });
    assert_eq!(f.usdc.balance(&p.approver), 0);
    assert_eq!(f.usdc.balance(&f.contract), 4_400 * USDC);

    // Milestone 0: delivered, changes requested, delivered again, approved, released.
    f.submit(id, 0);
    let milestone = f.client.get_milestone(&id, &0);
    assert_eq!(
        (milestone.status, milestone.approved, milestone.updated_at),
        (MilestoneStatus::ForReview, false, f.now())
    );
    c.request_changes(&id, &0, &Some(f.text("Bigger logo")));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::ChangesRequested
    );
    f.submit_and_approve(id, 0);
    assert!(f.client.get_milestone(&id, &0).approved);
    c.release_milestone(&id, &0);
    // 2.5 % of 500 USDC is 12.5 USDC.
    assert_eq!(f.usdc.balance(&p.receiver), 487_5000000);
    assert_eq!(f.usdc.balance(&p.platform), 12_5000000);

    // Milestone 1: delivered to a silent approver; the provider claims it when the review
    // period ends, not a second before. The designer is paid.
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_claim_milestone(&id, &1));
    f.advance_time(1);
    signed_by(
        &f,
        &[&p.service_provider],
        "claim_milestone",
        (id, 1u32).into_val(&f.env),
        |client| client.try_claim_milestone(&id, &1),
    );
    let claimed = f.client.get_milestone(&id, &1);
    assert_eq!(
        (claimed.status, claimed.approved, claimed.held),
        (MilestoneStatus::Released, true, 0)
    );
    assert_eq!(f.usdc.balance(&designer), 975 * USDC);
    assert_eq!(f.usdc.balance(&p.platform), 37_5000000);

    // Milestone 4: delivered, disputed by the approver, split by the resolver: 600 to the
    // receiver (less 15 of fee), 200 back to Alice.
    f.submit(id, 4);
    f.dispute(id, 4);
    c.resolve_dispute(&id, &4, &(600 * USDC));
    assert_eq!(f.usdc.balance(&p.receiver), 487_5000000 + 585 * USDC);
    assert_eq!(f.usdc.balance(&p.approver), 200 * USDC);

    // Milestone 5: disputed, and the resolver stays silent: when the resolution period ends
    // the provider applies the fallback, 50 % of a contested delivery to the designer.
    f.submit(id, 5);
    f.dispute(id, 5);
    f.advance_time(RESOLUTION_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || {
        c.try_expire_dispute(&id, &5, &p.service_provider)
    });
    f.advance_time(1);
    signed_by(
        &f,
        &[&p.service_provider],
        "expire_dispute",
        (id, 5u32, p.service_provider.clone()).into_val(&f.env),
        |client| client.try_expire_dispute(&id, &5, &p.service_provider),
    );
    assert_eq!(
        escrow_events(&f),
        as_published(
            &f,
            &[
                &MilestoneUpdated {
                    escrow_id: id,
                    milestone_index: 5,
                    status: MilestoneStatus::Resolved,
                    approved: false,
                    evidence: Some(f.text("https://example.com/delivery")),
                    notes: Some(f.text("Not what was agreed")),
                    changed_by: p.service_provider.clone(),
                },
                &MilestoneSettled {
                    escrow_id: id,
                    milestone_index: 5,
                    receiver: designer.clone(),
                    paid_to_receiver: 292_5000000,
                    platform: p.platform.clone(),
                    platform_fee: 7_5000000,
                    approver: p.approver.clone(),
                    refunded_to_approver: 300 * USDC,
                    kind: SettlementKind::Fallback,
                },
            ]
        )
    );
    assert_eq!(f.usdc.balance(&designer), (975 + 292) * USDC + 5000000);
    assert_eq!(f.usdc.balance(&p.approver), 500 * USDC);

    // Milestone 3: still pending, settled by the two parties: 250 to the receiver.
    signed_by(
        &f,
        &[&p.approver, &p.service_provider],
        "settle_milestone",
        (id, 3u32, 250 * USDC).into_val(&f.env),
        |client| client.try_settle_milestone(&id, &3, &(250 * USDC)),
    );
    assert_eq!(
        f.client.get_milestone(&id, &3).status,
        MilestoneStatus::Resolved
    );
    // 2.5 % of 250 USDC is 6.25 USDC; 150 back to Alice.
    assert_eq!(
        f.usdc.balance(&p.receiver),
        487_5000000 + 585 * USDC + 243_7500000
    );
    assert_eq!(f.usdc.balance(&p.approver), 650 * USDC);

    // Milestones 6, 7 and 8 approved and paid in one call: 6 and 8 straight from review, 7
    // approved before.
    for index in [6, 7, 8] {
        f.submit(id, index);
    }
    c.approve_milestone(&id, &7);
    let batch = vec![&f.env, 6u32, 7, 8];
    signed_by(
        &f,
        &[&p.approver, &p.release_signer],
        "approve_and_release",
        (id, batch.clone()).into_val(&f.env),
        |client| client.try_approve_and_release(&id, &batch),
    );
    let events = escrow_events(&f);
    assert_eq!(events.len(), 6);
    for (n, (index, amount)) in [(6, 200), (7, 250), (8, 350)].into_iter().enumerate() {
        let fee = amount * USDC * 250 / 10_000;
        assert_eq!(
            events[2 * n..2 * n + 2].to_vec(),
            as_published(
                &f,
                &[
                    &MilestoneUpdated {
                        escrow_id: id,
                        milestone_index: index,
                        status: MilestoneStatus::Released,
                        approved: true,
                        evidence: Some(f.text("https://example.com/delivery")),
                        notes: Some(f.text("Delivered")),
                        changed_by: p.release_signer.clone(),
                    },
                    &MilestoneReleased {
                        escrow_id: id,
                        milestone_index: index,
                        receiver: p.receiver.clone(),
                        paid_to_receiver: amount * USDC - fee,
                        platform: p.platform.clone(),
                        platform_fee: fee,
                    },
                ]
            )
        );
    }
    // 800 USDC less 20 of fee.
    assert_eq!(
        f.usdc.balance(&p.receiver),
        487_5000000 + 585 * USDC + 243_7500000 + 780 * USDC
    );

    // Milestone 2: never delivered; Alice takes it back once its deadline passes, not a
    // second before.
    let deadline = f.client.get_milestone(&id, &2).deadline;
    assert!(deadline > f.now());
    f.advance_time(deadline - 1 - f.now());
    f.assert_refused(Error::TooEarly, || c.try_cancel_milestone(&id, &2));
    f.advance_time(1);
    signed_by(
        &f,
        &[&p.approver],
        "cancel_milestone",
        (id, 2u32).into_val(&f.env),
        |client| client.try_cancel_milestone(&id, &2),
    );
    assert_eq!(
        f.client.get_milestone(&id, &2).status,
        MilestoneStatus::Cancelled
    );
    assert_eq!(f.usdc.balance(&p.approver), 950 * USDC);

    // The first round is over: every milestone final, the escrow empty.
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (4_400 * USDC, 4_400 * USDC, 0)
    );
    assert_eq!(f.usdc.balance(&f.contract), 0);
    f.assert_tokens_accounted();

    // A second round, agreed by the platform and both parties: 700 to the receiver, 900 to
    // the designer.
    let mut round = f.new_milestones(&[700 * USDC, 900 * USDC]);
    let mut second = round.get(1).unwrap();
    second.receiver = Some(designer.clone());
    round.set(1, second);
    signed_by(
        &f,
        &[&p.platform, &p.approver, &p.service_provider],
        "add_milestones",
        (id, round.clone()).into_val(&f.env),
        |client| client.try_add_milestones(&id, &round),
    );
    assert_eq!(
        escrow_events(&f),
        as_published(
            &f,
            &[&MilestonesAdded {
                escrow_id: id,
                first_index: 9,
                count: 2,
            }]
        )
    );
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (
            escrow.milestone_count,
            escrow.total_amount,
            escrow.open_amount
        ),
        (11, 6_000 * USDC, 1_600 * USDC)
    );
    f.fund(id, 1_600 * USDC);
    assert_eq!((held(9), held(10)), (700 * USDC, 900 * USDC));
    f.submit_and_approve(id, 9);
    c.release_milestone(&id, &9);
    f.submit(id, 10);
    let last = vec![&f.env, 10u32];
    signed_by(
        &f,
        &[&p.approver, &p.release_signer],
        "approve_and_release",
        (id, last.clone()).into_val(&f.env),
        |client| client.try_approve_and_release(&id, &last),
    );

    // Every unit accounted for: Alice deposited 6 000 USDC, and all of it is now with the
    // receiver, the designer, the platform or back with her.
    let receiver = 487_5000000 + 585 * USDC + 243_7500000 + 780 * USDC + 682_5000000;
    let designer_paid = 975 * USDC + 292_5000000 + 877_5000000;
    let platform = 12_5000000
        + 25 * USDC
        + 15 * USDC
        + 7_5000000
        + 6_2500000
        + 20 * USDC
        + 17_5000000
        + 22_5000000;
    let alice = 950 * USDC;
    assert_eq!(f.usdc.balance(&p.receiver), receiver);
    assert_eq!(f.usdc.balance(&designer), designer_paid);
    assert_eq!(f.usdc.balance(&p.platform), platform);
    assert_eq!(f.usdc.balance(&p.approver), alice);
    assert_eq!(receiver + designer_paid + platform + alice, 6_000 * USDC);
    for nobody in [&p.service_provider, &p.release_signer, &p.dispute_resolver] {
        assert_eq!(f.usdc.balance(nobody), 0);
    }
    assert_eq!(f.usdc.balance(&f.contract), 0);
    for (_, who) in p.all() {
        assert_eq!(f.client.claimable(&who, &token), 0);
    }

    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (6_000 * USDC, 6_000 * USDC, 0)
    );
    let statuses: std::vec::Vec<_> = f
        .client
        .get_milestones(&id)
        .iter()
        .map(|m| (m.status, m.approved, m.held))
        .collect();
    use MilestoneStatus::*;
    assert_eq!(
        statuses,
        [
            (Released, true, 0),
            (Released, true, 0),
            (Cancelled, false, 0),
            (Resolved, false, 0),
            (Resolved, false, 0),
            (Resolved, false, 0),
            (Released, true, 0),
            (Released, true, 0),
            (Released, true, 0),
            (Released, true, 0),
            (Released, true, 0),
        ]
    );
    f.assert_tokens_accounted();
}

#[test]
fn role_handovers_withdrawals_and_a_single_signer_batch_need_exactly_their_signers() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let token = f.usdc.address.clone();
    let id = f.create_funded(&[100, 200]);

    // A role: its holder and the new address.
    let treasury = Address::generate(&f.env);
    signed_by(
        &f,
        &[&p.platform, &treasury],
        "transfer_role",
        (id, Role::Platform, treasury.clone()).into_val(&f.env),
        |client| client.try_transfer_role(&id, &Role::Platform, &treasury),
    );
    // The resolver: both parties and the new resolver, never the old one.
    let neutral = Address::generate(&f.env);
    signed_by(
        &f,
        &[&p.approver, &p.service_provider, &neutral],
        "transfer_role",
        (id, Role::DisputeResolver, neutral.clone()).into_val(&f.env),
        |client| client.try_transfer_role(&id, &Role::DisputeResolver, &neutral),
    );
    let roles = f.client.get_escrow(&id).roles;
    assert_eq!(
        (roles.platform, roles.dispute_resolver),
        (treasury.clone(), neutral)
    );

    // A credit is withdrawn by its recipient alone.
    f.usdc.freeze(&p.receiver);
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    f.usdc.unfreeze(&p.receiver);
    let paid = signed_by(
        &f,
        &[&p.receiver],
        "withdraw",
        (p.receiver.clone(), token.clone()).into_val(&f.env),
        |client| client.try_withdraw(&p.receiver, &token),
    );
    assert_eq!(paid, 98);
    assert_eq!(f.usdc.balance(&p.receiver), 98);
    // The fee went to the new platform.
    assert_eq!(f.usdc.balance(&treasury), 2);

    // When the approver is also the release signer, one signature covers the batch.
    let mut new = f.new_escrow(&[300]);
    new.roles.release_signer = p.approver.clone();
    let own = f.create(&new);
    f.fund(own, 300);
    f.submit(own, 0);
    let batch = vec![&f.env, 0u32];
    signed_by(
        &f,
        &[&p.approver],
        "approve_and_release",
        (own, batch.clone()).into_val(&f.env),
        |client| client.try_approve_and_release(&own, &batch),
    );
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 293);
    f.assert_tokens_accounted();
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
        // Milestone 1 is funded 100 short.
        token.mint(alice, 1_233 + i as i128);
        c.fund_escrow(&id, alice, &(1_233 + i as i128));
        ids.push(id);
    }
    f.assert_tokens_accounted();
    for (i, &id) in ids.iter().enumerate() {
        let token = if i % 2 == 0 { &f.usdc } else { &f.eurc };
        let before = token.balance(&f.contract);
        f.submit_and_approve(id, 0);
        c.release_milestone(&id, &0);
        f.assert_tokens_accounted();
        // Milestone 1 holds 233 of its 333: the ruling pays from that alone, the receiver's
        // share first, and nothing of the other escrows.
        assert_eq!(f.client.get_milestone(&id, &1).held, 233);
        f.submit(id, 1);
        f.dispute(id, 1);
        c.resolve_dispute(&id, &1, &200);
        assert_eq!(token.balance(&f.contract), before - 1_000 - i as i128 - 233);
        f.assert_tokens_accounted();
    }
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.eurc.balance(&f.contract), 0);
    // Per token: receivers got (1 000 + i) − fee and 200 − 5, Alice 33 back per escrow.
    assert_eq!(
        f.usdc.balance(&f.parties.receiver),
        (1_000 - 25) + (1_002 - 25) + 2 * 195
    );
    assert_eq!(
        f.eurc.balance(&f.parties.receiver),
        (1_001 - 25) + (1_003 - 25) + 2 * 195
    );
    assert_eq!(f.usdc.balance(alice), 2 * 33);
    assert_eq!(f.eurc.balance(alice), 2 * 33);
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
