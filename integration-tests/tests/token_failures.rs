//! Payouts the token refuses, on the shipped wasm with real Stellar Asset Contract tokens: when the platform, the escrow's receiver, a milestone's own receiver or the approver has no trustline or a frozen balance, every release, claim, settlement, ruling, cancellation and expiry still pays everyone else, credits the blocked party, and the credit is withdrawn once it can receive again.

use escrow::{
    testutils::{Fixture, FEE_BPS, RESOLUTION_PERIOD, REVIEW_PERIOD},
    Error, PaymentCredited, Withdrawn,
};
use soroban_sdk::{
    testutils::{Address as _, Events as _},
    xdr, Address, Event,
};

/// The milestone's amount.
const AMOUNT: i128 = 1_000;
/// What `settle_milestone` and `resolve_dispute` give the receiver.
const RULING: i128 = 600;

/// Who cannot receive.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Blocked {
    Platform,
    /// The escrow's receiver, paid for a milestone without a receiver of its own.
    EscrowReceiver,
    /// A milestone's own receiver.
    MilestoneReceiver,
    Approver,
}

/// Why it cannot receive.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Why {
    /// A classic `G…` account with no trustline to the token.
    NoTrustline,
    /// A balance its issuer froze.
    Frozen,
}

/// How the milestone is paid out.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Payout {
    Release,
    Claim,
    Settle,
    Resolve,
    Cancel,
    Expire,
}

impl Payout {
    /// What the receiver is due before the fee, and what goes back to the approver.
    fn shares(self) -> (i128, i128) {
        match self {
            Payout::Release | Payout::Claim => (AMOUNT, 0),
            Payout::Settle | Payout::Resolve => (RULING, AMOUNT - RULING),
            Payout::Cancel => (0, AMOUNT),
            // The fixture's fallback: 50 % of a contested delivery.
            Payout::Expire => (AMOUNT / 2, AMOUNT / 2),
        }
    }
}

/// The events the last call published from the escrow contract.
fn escrow_events(f: &Fixture) -> std::vec::Vec<xdr::ContractEvent> {
    f.env
        .events()
        .all()
        .filter_by_contract(&f.contract)
        .events()
        .to_vec()
}

/// `who`'s USDC balance, or `None` for a classic account with no trustline to hold one (the
/// token refuses even to read it).
fn balance(f: &Fixture, who: &Address) -> Option<i128> {
    f.usdc.client.try_balance(who).ok()?.ok()
}

/// Checks that the contract holds exactly what its escrows hold plus every credit of the
/// parties and of `others`, and that every escrow's holding is what its milestones hold.
fn assert_accounted(f: &Fixture, others: &[&Address]) {
    let state = f.state();
    for token in [&f.usdc, &f.eurc] {
        let held: i128 = state
            .escrows
            .iter()
            .filter(|(escrow, _)| escrow.token == token.address)
            .map(|(escrow, milestones)| {
                assert_eq!(
                    escrow.funded - escrow.paid_out,
                    milestones.iter().map(|m| m.held).sum::<i128>()
                );
                escrow.funded - escrow.paid_out
            })
            .sum();
        let mut holders: std::vec::Vec<Address> =
            f.parties.all().into_iter().map(|(_, a)| a).collect();
        for other in others {
            if !holders.contains(other) {
                holders.push((*other).clone());
            }
        }
        let credited: i128 = holders
            .iter()
            .map(|who| f.client.claimable(who, &token.address))
            .sum();
        assert_eq!(token.balance(&f.contract), held + credited);
    }
}

/// Runs one payout of a one-milestone escrow with `blocked` unable to receive for `why`, and
/// checks who is paid, who is credited, the refused withdrawal and the withdrawal once the
/// blocked party can receive again.
fn run(payout: Payout, blocked: Blocked, why: Why) {
    let case = format!("{payout:?} with the {blocked:?} blocked ({why:?})");
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let token = f.usdc.address.clone();

    // The blocked address: a classic account with no trustline, or a party's own address,
    // frozen before the payout.
    let designer = Address::generate(&f.env);
    let mut new = f.new_escrow(&[AMOUNT]);
    let target = if why == Why::NoTrustline {
        f.classic_account()
    } else {
        match blocked {
            Blocked::Platform => p.platform.clone(),
            Blocked::EscrowReceiver => p.receiver.clone(),
            Blocked::MilestoneReceiver => designer.clone(),
            Blocked::Approver => p.approver.clone(),
        }
    };
    match blocked {
        Blocked::Platform => new.roles.platform = target.clone(),
        Blocked::EscrowReceiver => new.roles.receiver = target.clone(),
        Blocked::Approver => new.roles.approver = target.clone(),
        Blocked::MilestoneReceiver => {}
    }
    // A milestone receiver of its own in every case but the escrow receiver's.
    let receiver = match blocked {
        Blocked::EscrowReceiver => new.roles.receiver.clone(),
        Blocked::MilestoneReceiver => target.clone(),
        _ => designer.clone(),
    };
    if blocked != Blocked::EscrowReceiver {
        let mut milestone = new.milestones.get(0).unwrap();
        milestone.receiver = Some(receiver.clone());
        new.milestones.set(0, milestone);
    }
    let (platform, approver) = (new.roles.platform.clone(), new.roles.approver.clone());
    let id = f.create(&new);
    assert_eq!(f.client.get_milestone(&id, &0).receiver, receiver, "{case}");
    // Anyone may fund: the outsider does, since a classic approver holds no tokens.
    f.usdc.mint(&p.outsider, AMOUNT);
    c.fund_escrow(&id, &p.outsider, &AMOUNT);

    // Bring the milestone to where the payout applies.
    match payout {
        Payout::Release => f.submit_and_approve(id, 0),
        Payout::Claim => {
            f.submit(id, 0);
            f.advance_time(REVIEW_PERIOD);
        }
        Payout::Settle => f.submit(id, 0),
        Payout::Resolve => {
            f.submit(id, 0);
            c.dispute_milestone(&id, &0, &approver, &f.text("Not what was agreed"));
        }
        Payout::Cancel => {
            let deadline = f.client.get_milestone(&id, &0).deadline;
            f.advance_time(deadline - f.now());
        }
        Payout::Expire => {
            f.submit(id, 0);
            c.dispute_milestone(&id, &0, &approver, &f.text("Not what was agreed"));
            f.advance_time(RESOLUTION_PERIOD);
        }
    }
    if why == Why::Frozen {
        f.usdc.freeze(&target);
    }

    match payout {
        Payout::Release => c.release_milestone(&id, &0),
        Payout::Claim => c.claim_milestone(&id, &0),
        Payout::Settle => c.settle_milestone(&id, &0, &RULING),
        Payout::Resolve => c.resolve_dispute(&id, &0, &RULING),
        Payout::Cancel => c.cancel_milestone(&id, &0),
        Payout::Expire => c.expire_dispute(&id, &0, &p.service_provider),
    }
    let events = escrow_events(&f);

    // Everyone is paid, or credited when blocked.
    let (gross, refund) = payout.shares();
    let fee = gross * FEE_BPS as i128 / 10_000;
    let payees = [
        (receiver.clone(), gross - fee),
        (platform.clone(), fee),
        (approver.clone(), refund),
    ];
    // What the blocked party holds while blocked: nothing, or no trustline at all.
    let blocked_balance = match why {
        Why::NoTrustline => None,
        Why::Frozen => Some(0),
    };
    let mut credits = 0;
    for (who, due) in &payees {
        let (expected, credit) = if *who == target {
            (blocked_balance, *due)
        } else {
            (Some(*due), 0)
        };
        assert_eq!(balance(&f, who), expected, "{case}: balance");
        assert_eq!(f.client.claimable(who, &token), credit, "{case}: credit");
        if credit > 0 {
            credits += 1;
            let credited = PaymentCredited {
                escrow_id: id,
                recipient: who.clone(),
                token: token.clone(),
                amount: credit,
            }
            .to_xdr(&f.env, &f.contract);
            assert!(events.contains(&credited), "{case}: {events:?}");
        }
    }
    // The milestone-update event, the payout's own event, and the credits.
    assert_eq!(events.len(), 2 + credits, "{case}");
    let due: i128 = payees
        .iter()
        .filter(|(who, _)| *who == target)
        .map(|(_, due)| due)
        .sum();
    assert_eq!(f.usdc.balance(&f.contract), due, "{case}");
    // The escrow is empty: a credit counts as paid out.
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (AMOUNT, AMOUNT, 0),
        "{case}"
    );
    assert_accounted(&f, &[&target, &designer]);
    if due == 0 {
        // The blocked party had nothing coming: nothing to withdraw.
        assert_eq!(c.withdraw(&target, &token), 0, "{case}");
        return;
    }

    // Still blocked: the withdrawal is refused and the credit stays.
    f.assert_refused(Error::TokenTransferFailed, || {
        c.try_withdraw(&target, &token)
    });
    assert_eq!(f.client.claimable(&target, &token), due, "{case}");
    assert_eq!(balance(&f, &target), blocked_balance, "{case}");

    // Able to receive again: the credit is paid to it, and only once.
    match why {
        Why::NoTrustline => f.usdc.open_trustline(&f.env, &target),
        Why::Frozen => f.usdc.unfreeze(&target),
    }
    assert_eq!(c.withdraw(&target, &token), due, "{case}");
    assert_eq!(
        escrow_events(&f),
        [Withdrawn {
            recipient: target.clone(),
            token: token.clone(),
            amount: due,
        }
        .to_xdr(&f.env, &f.contract)],
        "{case}"
    );
    assert_eq!(balance(&f, &target), Some(due), "{case}");
    assert_eq!(f.client.claimable(&target, &token), 0, "{case}");
    assert_eq!(c.withdraw(&target, &token), 0, "{case}");
    assert_eq!(f.usdc.balance(&f.contract), 0, "{case}");
    assert_accounted(&f, &[&target, &designer]);
}

/// Runs `payout` with each party blocked each way.
fn run_every_case(payout: Payout) {
    for blocked in [
        Blocked::Platform,
        Blocked::EscrowReceiver,
        Blocked::MilestoneReceiver,
        Blocked::Approver,
    ] {
        for why in [Why::NoTrustline, Why::Frozen] {
            run(payout, blocked, why);
        }
    }
}

#[test]
fn a_release_pays_everyone_else_and_credits_a_party_that_cannot_receive() {
    run_every_case(Payout::Release);
}

#[test]
fn a_claim_pays_everyone_else_and_credits_a_party_that_cannot_receive() {
    run_every_case(Payout::Claim);
}

#[test]
fn a_settlement_pays_everyone_else_and_credits_a_party_that_cannot_receive() {
    run_every_case(Payout::Settle);
}

#[test]
fn a_ruling_pays_everyone_else_and_credits_a_party_that_cannot_receive() {
    run_every_case(Payout::Resolve);
}

#[test]
fn a_cancellation_credits_an_approver_that_cannot_receive() {
    run_every_case(Payout::Cancel);
}

#[test]
fn an_expired_dispute_pays_everyone_else_and_credits_a_party_that_cannot_receive() {
    run_every_case(Payout::Expire);
}

#[test]
fn credits_from_several_escrows_and_payouts_add_up_and_are_withdrawn_at_once() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let token = f.usdc.address.clone();
    let first = f.create_funded(&[1_000, 2_000]);
    let second = f.create_funded(&[400]);
    f.usdc.freeze(&p.receiver);
    f.usdc.freeze(&p.platform);
    f.usdc.freeze(&p.approver);

    // 975 + 25; 585 + 15 and 1 400 back; 390 + 10.
    f.submit_and_approve(first, 0);
    c.release_milestone(&first, &0);
    c.settle_milestone(&first, &1, &600);
    f.submit(second, 0);
    f.advance_time(REVIEW_PERIOD);
    c.claim_milestone(&second, &0);
    // Nobody was paid a unit; everything is credited, and both escrows are empty.
    for who in [&p.receiver, &p.platform, &p.approver] {
        assert_eq!(f.usdc.balance(who), 0);
    }
    assert_eq!(f.client.claimable(&p.receiver, &token), 975 + 585 + 390);
    assert_eq!(f.client.claimable(&p.platform, &token), 25 + 15 + 10);
    assert_eq!(f.client.claimable(&p.approver, &token), 1_400);
    assert_eq!(f.usdc.balance(&f.contract), 3_400);
    for id in [first, second] {
        let escrow = f.client.get_escrow(&id);
        assert_eq!(escrow.funded, escrow.paid_out);
    }
    f.assert_tokens_accounted();

    // The platform is unfrozen first and takes its fees; the others stay credited.
    f.usdc.unfreeze(&p.platform);
    assert_eq!(c.withdraw(&p.platform, &token), 50);
    f.assert_refused(Error::TokenTransferFailed, || {
        c.try_withdraw(&p.receiver, &token)
    });
    f.usdc.unfreeze(&p.receiver);
    f.usdc.unfreeze(&p.approver);
    assert_eq!(c.withdraw(&p.receiver, &token), 1_950);
    assert_eq!(c.withdraw(&p.approver, &token), 1_400);
    assert_eq!(f.usdc.balance(&p.receiver), 1_950);
    assert_eq!(f.usdc.balance(&p.platform), 50);
    assert_eq!(f.usdc.balance(&p.approver), 1_400);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    f.assert_tokens_accounted();
}
