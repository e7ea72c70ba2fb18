//! Payouts nobody can block: a transfer the token refuses (a frozen balance, a classic account
//! with no trustline) is credited to its recipient while everyone else is paid, and the
//! recipient takes it with `withdraw` once the token lets it.

extern crate std;

use soroban_sdk::{vec, xdr, Address, Event, IntoVal};

use super::{as_published, contract_events};
use crate::{
    testutils::*, Error, MilestoneReleased, MilestoneSettled, MilestoneStatus, MilestoneUpdated,
    NewEscrow, PaymentCredited, SettlementKind, Withdrawn,
};

/// Milestone 0 of every escrow here pays 1 000 units; the fixture's fee is 2.5 %.
const AMOUNTS: [i128; 2] = [1_000, 2_000];
/// What the escrows of [`AMOUNTS`] hold once fully funded.
const FUNDED: i128 = 3_000;

/// The six calls that pay a milestone out, each on milestone 0 of a fully funded escrow.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Payout {
    /// `release_milestone` of an approved milestone.
    Release,
    /// `claim_milestone` of a delivery left unanswered through the review period.
    Claim,
    /// `settle_milestone` giving the receiver 400.
    Settle,
    /// `resolve_dispute` giving the receiver 700.
    Resolve,
    /// `cancel_milestone` at the deadline of an undelivered milestone.
    Cancel,
    /// `expire_dispute` of a disputed delivery: the fallback share, 50 %.
    Expire,
}

use Payout::*;

/// A recipient of a payout.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Recipient {
    Receiver,
    Platform,
    Approver,
}

const RECIPIENTS: [Recipient; 3] = [
    Recipient::Receiver,
    Recipient::Platform,
    Recipient::Approver,
];

impl Payout {
    /// Brings milestone 0 of escrow `id` to where this payout applies.
    fn prepare(self, f: &Fixture, id: u64) {
        match self {
            Release => f.submit_and_approve(id, 0),
            Claim => {
                f.submit(id, 0);
                f.advance_time(REVIEW_PERIOD);
            }
            Settle => f.submit(id, 0),
            Resolve => {
                f.submit(id, 0);
                f.dispute(id, 0);
            }
            Cancel => f.advance_time(DEADLINE_STEP),
            Expire => {
                f.submit(id, 0);
                f.dispute(id, 0);
                f.advance_time(RESOLUTION_PERIOD);
            }
        }
    }

    /// Pays milestone 0 of escrow `id` out (every signature mocked); it must succeed.
    fn pay(self, f: &Fixture, id: u64) {
        let c = f.client.mock_all_auths();
        match self {
            Release => c.release_milestone(&id, &0),
            Claim => c.claim_milestone(&id, &0),
            Settle => c.settle_milestone(&id, &0, &400),
            Resolve => c.resolve_dispute(&id, &0, &700),
            Cancel => c.cancel_milestone(&id, &0),
            Expire => c.expire_dispute(&id, &0, &f.parties.service_provider),
        }
    }

    /// What milestone 0 (1 000, fully backed) pays: to the receiver net of the fee, the fee,
    /// the refund.
    fn split(self) -> (i128, i128, i128) {
        match self {
            Release | Claim => (975, 25, 0),
            // 2.5 % of 400 is 10.
            Settle => (390, 10, 600),
            // 2.5 % of 700 is 17.5, rounded down.
            Resolve => (683, 17, 300),
            Cancel => (0, 0, 1_000),
            // 50 % of 1 000 is 500; 2.5 % of 500 is 12.5, rounded down.
            Expire => (488, 12, 500),
        }
    }

    /// What `recipient` is due from this payout.
    fn share(self, recipient: Recipient) -> i128 {
        let (to_receiver, fee, refund) = self.split();
        match recipient {
            Recipient::Receiver => to_receiver,
            Recipient::Platform => fee,
            Recipient::Approver => refund,
        }
    }

    fn status(self) -> MilestoneStatus {
        match self {
            Release | Claim => MilestoneStatus::Released,
            Cancel => MilestoneStatus::Cancelled,
            Settle | Resolve | Expire => MilestoneStatus::Resolved,
        }
    }

    /// The kind of split `MilestoneSettled` reports for this payout; `None` for a release or
    /// a claim, which publish `MilestoneReleased`.
    fn settlement_kind(self) -> Option<SettlementKind> {
        match self {
            Release | Claim => None,
            Settle => Some(SettlementKind::Agreement),
            Resolve => Some(SettlementKind::Ruling),
            Cancel => Some(SettlementKind::Cancellation),
            Expire => Some(SettlementKind::Fallback),
        }
    }

    /// Who the milestone-update event names as having made the change.
    fn changed_by(self, p: &Parties) -> Address {
        match self {
            Release => p.release_signer.clone(),
            Claim | Expire => p.service_provider.clone(),
            Settle | Cancel => p.approver.clone(),
            Resolve => p.dispute_resolver.clone(),
        }
    }

    /// The events of this payout of milestone 0 of escrow `id` when the transfers to
    /// `credited` were refused, as the contract publishes them.
    fn events(
        self,
        f: &Fixture,
        id: u64,
        roles: &crate::Roles,
        credited: &[(Address, i128)],
    ) -> std::vec::Vec<xdr::ContractEvent> {
        let m = f.client.get_milestone(&id, &0);
        let (to_receiver, fee, refund) = self.split();
        let updated = MilestoneUpdated {
            escrow_id: id,
            milestone_index: 0,
            status: self.status(),
            approved: self.status() == MilestoneStatus::Released,
            evidence: m.evidence.clone(),
            notes: m.notes.clone(),
            changed_by: self.changed_by(&f.parties),
        };
        let released;
        let settled;
        let payout: &dyn Event = match self.settlement_kind() {
            None => {
                released = MilestoneReleased {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: m.receiver.clone(),
                    paid_to_receiver: to_receiver,
                    platform: roles.platform.clone(),
                    platform_fee: fee,
                };
                &released
            }
            Some(kind) => {
                settled = MilestoneSettled {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: m.receiver.clone(),
                    paid_to_receiver: to_receiver,
                    platform: roles.platform.clone(),
                    platform_fee: fee,
                    approver: roles.approver.clone(),
                    refunded_to_approver: refund,
                    kind,
                };
                &settled
            }
        };
        let credits: std::vec::Vec<PaymentCredited> = credited
            .iter()
            .map(|(recipient, amount)| credited_event(f, id, recipient, *amount))
            .collect();
        let mut events: std::vec::Vec<&dyn Event> = std::vec![&updated, payout];
        events.extend(credits.iter().map(|e| e as &dyn Event));
        as_published(f, &f.contract, &events)
    }
}

fn credited_event(f: &Fixture, id: u64, recipient: &Address, amount: i128) -> PaymentCredited {
    PaymentCredited {
        escrow_id: id,
        recipient: recipient.clone(),
        token: f.usdc.address.clone(),
        amount,
    }
}

fn address_of(p: &Parties, recipient: Recipient) -> Address {
    match recipient {
        Recipient::Receiver => p.receiver.clone(),
        Recipient::Platform => p.platform.clone(),
        Recipient::Approver => p.approver.clone(),
    }
}

fn usdc_credit(f: &Fixture, who: &Address) -> i128 {
    f.client.claimable(who, &f.usdc.address)
}

/// [`Fixture::assert_tokens_accounted`] with the USDC credits of `others`, accounts that are
/// not fixture parties, counted too.
fn assert_accounted_with(f: &Fixture, others: &[&Address]) {
    let state = f.state();
    let held: i128 = state
        .escrows
        .iter()
        .filter(|(escrow, _)| escrow.token == f.usdc.address)
        .map(|(escrow, _)| escrow.funded - escrow.paid_out)
        .sum();
    let parties: i128 = f
        .parties
        .all()
        .iter()
        .map(|(_, who)| usdc_credit(f, who))
        .sum();
    let others: i128 = others.iter().map(|who| usdc_credit(f, who)).sum();
    assert_eq!(f.usdc.balance(&f.contract), held + parties + others);
    for (escrow, milestones) in &state.escrows {
        let held: i128 = milestones.iter().map(|m| m.held).sum();
        assert_eq!(
            escrow.funded - escrow.paid_out,
            held,
            "escrow {}",
            escrow.id
        );
    }
}

/// Runs `payout` on a fresh escrow of [`AMOUNTS`] with the token refusing every recipient in
/// `blocked`, and checks: the call succeeds, the blocked recipients are credited their share
/// with one `PaymentCredited` each, everyone else is paid to the unit, and the escrow counts
/// the credited amounts as paid out.
fn pays_everyone_but(payout: Payout, blocked: &[Recipient]) {
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&AMOUNTS);
    payout.prepare(&f, id);
    for recipient in blocked {
        f.usdc.freeze(&address_of(&p, *recipient));
    }

    payout.pay(&f, id);

    let case = std::format!("{payout:?} with {blocked:?} refused");
    let credited: std::vec::Vec<(Address, i128)> = RECIPIENTS
        .iter()
        .filter(|r| blocked.contains(r) && payout.share(**r) > 0)
        .map(|r| (address_of(&p, *r), payout.share(*r)))
        .collect();
    assert_eq!(
        contract_events(&f),
        payout.events(&f, id, &p.roles(), &credited),
        "{case}"
    );
    for recipient in RECIPIENTS {
        let who = address_of(&p, recipient);
        let share = payout.share(recipient);
        if blocked.contains(&recipient) {
            assert_eq!(f.usdc.balance(&who), 0, "{case}: {recipient:?} not paid");
            assert_eq!(
                usdc_credit(&f, &who),
                share,
                "{case}: {recipient:?} credited"
            );
        } else {
            assert_eq!(f.usdc.balance(&who), share, "{case}: {recipient:?} paid");
            assert_eq!(
                usdc_credit(&f, &who),
                0,
                "{case}: {recipient:?} not credited"
            );
        }
    }
    let credited_total: i128 = credited.iter().map(|(_, amount)| amount).sum();
    assert_eq!(
        f.usdc.balance(&f.contract),
        AMOUNTS[1] + credited_total,
        "{case}: the contract keeps the credits"
    );
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (FUNDED, AMOUNTS[0], AMOUNTS[1]),
        "{case}: credited amounts count as paid out"
    );
    let m = f.client.get_milestone(&id, &0);
    assert_eq!((m.status, m.held), (payout.status(), 0), "{case}");
    f.assert_tokens_accounted();
}

/// Each recipient of `payout` refused alone, then all of them at once.
fn pays_everyone_but_each_refused_recipient(payout: Payout) {
    for recipient in RECIPIENTS {
        if payout.share(recipient) > 0 {
            pays_everyone_but(payout, &[recipient]);
        }
    }
    pays_everyone_but(payout, &RECIPIENTS);
}

#[test]
fn a_release_credits_a_refused_recipient_and_pays_everyone_else() {
    pays_everyone_but_each_refused_recipient(Release);
}

#[test]
fn a_claim_credits_a_refused_recipient_and_pays_everyone_else() {
    pays_everyone_but_each_refused_recipient(Claim);
}

#[test]
fn a_settlement_credits_a_refused_recipient_and_pays_everyone_else() {
    pays_everyone_but_each_refused_recipient(Settle);
}

#[test]
fn a_ruling_credits_a_refused_recipient_and_pays_everyone_else() {
    pays_everyone_but_each_refused_recipient(Resolve);
}

#[test]
fn a_cancellation_credits_a_refund_the_approver_cannot_take() {
    pays_everyone_but_each_refused_recipient(Cancel);
}

#[test]
fn an_expired_dispute_credits_a_refused_recipient_and_pays_everyone_else() {
    pays_everyone_but_each_refused_recipient(Expire);
}

#[test]
fn a_frozen_platform_cannot_hold_a_providers_release_hostage() {
    // The v1 bug: a release paid the platform in the same call, so a platform that could not
    // receive (frozen, or its trustline removed) made every release fail.
    let f = Fixture::native();
    let p = f.parties.clone();
    let id = f.create_funded(&AMOUNTS);
    f.submit_and_approve(id, 0);
    f.usdc.freeze(&p.platform);

    f.client.mock_all_auths().release_milestone(&id, &0);

    assert_eq!(f.usdc.balance(&p.receiver), 975, "the receiver is paid");
    assert_eq!(usdc_credit(&f, &p.platform), 25);
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::Released
    );
    f.assert_tokens_accounted();
}

#[test]
fn a_platform_without_a_trustline_cannot_hold_a_providers_release_hostage() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let treasury = f.classic_account();
    let mut new = f.new_escrow(&AMOUNTS);
    new.roles.platform = treasury.clone();
    let id = f.create(&new);
    f.fund(id, FUNDED);
    f.submit_and_approve(id, 0);

    f.client.mock_all_auths().release_milestone(&id, &0);

    assert_eq!(
        contract_events(&f),
        Release.events(&f, id, &new.roles, &[(treasury.clone(), 25)])
    );
    assert_eq!(f.usdc.balance(&p.receiver), 975, "the receiver is paid");
    assert_eq!(usdc_credit(&f, &treasury), 25);
    assert_eq!(f.usdc.balance(&f.contract), AMOUNTS[1] + 25);
    assert_eq!(f.client.get_escrow(&id).paid_out, AMOUNTS[0]);
    assert_accounted_with(&f, &[&treasury]);

    // The platform opens its trustline and takes its fee.
    f.usdc.open_trustline(&f.env, &treasury);
    assert_eq!(
        f.client
            .mock_all_auths()
            .withdraw(&treasury, &f.usdc.address),
        25
    );
    assert_eq!(f.usdc.balance(&treasury), 25);
    assert_eq!(f.usdc.balance(&f.contract), AMOUNTS[1]);
    f.assert_tokens_accounted();
}

/// A milestone of `amount`, due in 30 days, paying `receiver`.
fn milestone_for(f: &Fixture, amount: i128, receiver: &Address) -> crate::NewMilestone {
    let mut m = f.new_milestones(&[amount]).get_unchecked(0);
    m.receiver = Some(receiver.clone());
    m
}

#[test]
fn a_milestones_own_receiver_without_a_trustline_is_credited_and_the_rest_paid() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let g = f.classic_account();
    let mut new = f.new_escrow(&[]);
    new.milestones = vec![
        &f.env,
        milestone_for(&f, 1_000, &g),
        f.new_milestones(&[2_000]).get_unchecked(0),
    ];
    let id = f.create(&new);
    f.fund(id, FUNDED);
    f.submit_and_approve(id, 0);
    f.submit_and_approve(id, 1);

    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(
        contract_events(&f),
        Release.events(&f, id, &new.roles, &[(g.clone(), 975)])
    );
    f.client.mock_all_auths().release_milestone(&id, &1);

    assert_eq!(usdc_credit(&f, &g), 975);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 50);
    assert_eq!(
        f.usdc.balance(&p.receiver),
        1_950,
        "the escrow's receiver is paid"
    );
    assert_eq!(f.usdc.balance(&f.contract), 975);
    let escrow = f.client.get_escrow(&id);
    assert_eq!((escrow.funded, escrow.paid_out), (FUNDED, FUNDED));
    assert_accounted_with(&f, &[&g]);
}

#[test]
fn an_escrow_receiver_without_a_trustline_is_credited_on_a_claim() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let g = f.classic_account();
    let mut new = f.new_escrow(&AMOUNTS);
    new.roles.receiver = g.clone();
    let id = f.create(&new);
    // A claim pays what is held: 600 of 1 000.
    f.fund(id, 600);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);

    f.client.mock_all_auths().claim_milestone(&id, &0);

    // 2.5 % of 600 is 15.
    let events = contract_events(&f);
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        events,
        as_published(
            &f,
            &f.contract,
            &[
                &MilestoneUpdated {
                    escrow_id: id,
                    milestone_index: 0,
                    status: MilestoneStatus::Released,
                    approved: true,
                    evidence: m.evidence,
                    notes: m.notes,
                    changed_by: p.service_provider.clone(),
                },
                &MilestoneReleased {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: g.clone(),
                    paid_to_receiver: 585,
                    platform: p.platform.clone(),
                    platform_fee: 15,
                },
                &credited_event(&f, id, &g, 585),
            ]
        )
    );
    assert_eq!(usdc_credit(&f, &g), 585);
    assert_eq!(f.usdc.balance(&p.platform), 15);
    assert_eq!(f.usdc.balance(&f.contract), 585);
    let escrow = f.client.get_escrow(&id);
    assert_eq!((escrow.funded, escrow.paid_out), (600, 600));
    assert_accounted_with(&f, &[&g]);
}

#[test]
fn an_approver_without_a_trustline_is_credited_its_refund_and_the_others_paid() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let g = f.classic_account();
    let mut new = f.new_escrow(&AMOUNTS);
    new.roles.approver = g.clone();
    let id = f.create(&new);
    // Someone else funds: the approver's account cannot hold the token.
    f.usdc.mint(&p.outsider, FUNDED);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &p.outsider, &FUNDED);
    f.submit(id, 0);

    f.client.mock_all_auths().settle_milestone(&id, &0, &400);

    let events = contract_events(&f);
    let m = f.client.get_milestone(&id, &0);
    assert_eq!(
        events,
        as_published(
            &f,
            &f.contract,
            &[
                &MilestoneUpdated {
                    escrow_id: id,
                    milestone_index: 0,
                    status: MilestoneStatus::Resolved,
                    approved: false,
                    evidence: m.evidence,
                    notes: m.notes,
                    changed_by: g.clone(),
                },
                &MilestoneSettled {
                    escrow_id: id,
                    milestone_index: 0,
                    receiver: p.receiver.clone(),
                    paid_to_receiver: 390,
                    platform: p.platform.clone(),
                    platform_fee: 10,
                    approver: g.clone(),
                    refunded_to_approver: 600,
                    kind: SettlementKind::Agreement,
                },
                &credited_event(&f, id, &g, 600),
            ]
        )
    );
    assert_eq!(f.usdc.balance(&p.receiver), 390);
    assert_eq!(f.usdc.balance(&p.platform), 10);
    assert_eq!(usdc_credit(&f, &g), 600);

    // The deadline of milestone 1 passes undelivered: its refund is credited too.
    f.advance_time(2 * DEADLINE_STEP);
    f.client.mock_all_auths().cancel_milestone(&id, &1);
    assert_eq!(usdc_credit(&f, &g), 600 + 2_000);
    assert_eq!(f.usdc.balance(&f.contract), 2_600);
    let escrow = f.client.get_escrow(&id);
    assert_eq!((escrow.funded, escrow.paid_out), (FUNDED, FUNDED));
    assert_accounted_with(&f, &[&g]);
}

#[test]
fn approve_and_release_credits_a_refused_receiver_and_pays_the_other_milestones() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let g = f.classic_account();
    let mut new = f.new_escrow(&[]);
    new.milestones = vec![
        &f.env,
        f.new_milestones(&[1_000]).get_unchecked(0),
        milestone_for(&f, 2_000, &g),
    ];
    let id = f.create(&new);
    f.fund(id, FUNDED);
    f.submit(id, 0);
    f.submit(id, 1);

    f.client
        .mock_all_auths()
        .approve_and_release(&id, &vec![&f.env, 0, 1]);

    let credits: std::vec::Vec<_> = contract_events(&f)
        .into_iter()
        .filter(|e| {
            let published = credited_event(&f, id, &g, 1_950).to_xdr(&f.env, &f.contract);
            e == &published
        })
        .collect();
    assert_eq!(credits.len(), 1, "one PaymentCredited, for milestone 1");
    assert_eq!(f.usdc.balance(&p.receiver), 975);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 50);
    assert_eq!(usdc_credit(&f, &g), 1_950);
    assert_eq!(f.client.get_escrow(&id).paid_out, FUNDED);
    assert_accounted_with(&f, &[&g]);
}

#[test]
fn credits_accumulate_across_escrows_for_the_same_recipient_and_token() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let first = f.create_funded(&AMOUNTS);
    let second = f.create_funded(&[500]);
    f.usdc.freeze(&p.receiver);
    f.submit_and_approve(first, 0);
    f.submit_and_approve(second, 0);

    f.client.mock_all_auths().release_milestone(&first, &0);
    assert_eq!(usdc_credit(&f, &p.receiver), 975);
    f.client.mock_all_auths().release_milestone(&second, &0);

    // 2.5 % of 500 is 12.5, rounded down: the receiver is due 488 more.
    let last_credit: std::vec::Vec<_> = contract_events(&f).into_iter().skip(2).collect();
    assert_eq!(
        last_credit,
        as_published(
            &f,
            &f.contract,
            &[&credited_event(&f, second, &p.receiver, 488)]
        ),
        "the credit names the escrow that made it"
    );
    assert_eq!(usdc_credit(&f, &p.receiver), 975 + 488);
    assert_eq!(f.usdc.balance(&p.platform), 25 + 12);
    f.assert_tokens_accounted();

    f.usdc.unfreeze(&p.receiver);
    assert_eq!(
        f.client
            .mock_all_auths()
            .withdraw(&p.receiver, &f.usdc.address),
        1_463,
        "one withdrawal takes both"
    );
    assert_eq!(f.usdc.balance(&p.receiver), 1_463);
    assert_eq!(usdc_credit(&f, &p.receiver), 0);
    assert_eq!(f.usdc.balance(&f.contract), AMOUNTS[1]);
    f.assert_tokens_accounted();
}

/// An escrow like `Fixture::new_escrow` but in EURC.
fn eurc_escrow(f: &Fixture, amounts: &[i128]) -> NewEscrow {
    let mut new = f.new_escrow(amounts);
    new.token = f.eurc.address.clone();
    new
}

#[test]
fn credits_are_kept_apart_per_token() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let in_usdc = f.create_funded(&[1_000]);
    let in_eurc = f.create(&eurc_escrow(&f, &[2_000]));
    f.eurc.mint(&p.approver, 2_000);
    f.client
        .mock_all_auths()
        .fund_escrow(&in_eurc, &p.approver, &2_000);
    f.usdc.freeze(&p.receiver);
    f.eurc.freeze(&p.receiver);
    f.submit_and_approve(in_usdc, 0);
    f.submit_and_approve(in_eurc, 0);

    f.client.mock_all_auths().release_milestone(&in_usdc, &0);
    f.client.mock_all_auths().release_milestone(&in_eurc, &0);
    assert_eq!(
        contract_events(&f).last(),
        Some(
            &PaymentCredited {
                escrow_id: in_eurc,
                recipient: p.receiver.clone(),
                token: f.eurc.address.clone(),
                amount: 1_950,
            }
            .to_xdr(&f.env, &f.contract)
        )
    );

    assert_eq!(usdc_credit(&f, &p.receiver), 975);
    assert_eq!(f.client.claimable(&p.receiver, &f.eurc.address), 1_950);
    assert_eq!(f.usdc.balance(&f.contract), 975);
    assert_eq!(f.eurc.balance(&f.contract), 1_950);
    f.assert_tokens_accounted();

    // Only USDC lets the receiver in again: its USDC comes out, its EURC stays.
    f.usdc.unfreeze(&p.receiver);
    assert_eq!(
        f.client
            .mock_all_auths()
            .withdraw(&p.receiver, &f.usdc.address),
        975
    );
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client
            .mock_all_auths()
            .try_withdraw(&p.receiver, &f.eurc.address)
    });
    assert_eq!(f.client.claimable(&p.receiver, &f.eurc.address), 1_950);
    assert_eq!(
        (f.usdc.balance(&p.receiver), f.eurc.balance(&p.receiver)),
        (975, 0)
    );
    f.eurc.unfreeze(&p.receiver);
    assert_eq!(
        f.client
            .mock_all_auths()
            .withdraw(&p.receiver, &f.eurc.address),
        1_950
    );
    assert_eq!(f.eurc.balance(&p.receiver), 1_950);
    assert_eq!(
        (f.usdc.balance(&f.contract), f.eurc.balance(&f.contract)),
        (0, 0)
    );
    f.assert_tokens_accounted();
}

/// A fully funded escrow of [`AMOUNTS`] whose milestone 0 was released while the receiver
/// was frozen: 975 credited to the receiver, who is still frozen.
fn receiver_credited(f: &Fixture) -> u64 {
    let id = f.create_funded(&AMOUNTS);
    f.submit_and_approve(id, 0);
    f.usdc.freeze(&f.parties.receiver);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(usdc_credit(f, &f.parties.receiver), 975);
    id
}

#[test]
fn withdraw_pays_the_recipient_everything_credited_and_returns_it() {
    let f = Fixture::native();
    let receiver = f.parties.receiver.clone();
    let token = f.usdc.address.clone();
    receiver_credited(&f);
    f.usdc.unfreeze(&receiver);

    f.sign_next(
        &[&receiver],
        "withdraw",
        (&receiver, &token).into_val(&f.env),
    );
    assert_eq!(f.client.withdraw(&receiver, &token), 975);

    f.assert_signed_by(
        &[&receiver],
        "withdraw",
        (&receiver, &token).into_val(&f.env),
    );
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&Withdrawn {
                recipient: receiver.clone(),
                token: token.clone(),
                amount: 975,
            }]
        )
    );
    assert_eq!(f.usdc.balance(&receiver), 975);
    assert_eq!(usdc_credit(&f, &receiver), 0);
    assert_eq!(f.usdc.balance(&f.contract), AMOUNTS[1]);
    f.assert_tokens_accounted();

    // Nothing is left to withdraw.
    let before = f.state();
    assert_eq!(f.client.mock_all_auths().withdraw(&receiver, &token), 0);
    assert!(contract_events(&f).is_empty());
    assert_eq!(f.state(), before);
}

#[test]
fn withdraw_with_nothing_credited_returns_zero_and_changes_nothing() {
    let f = Fixture::native();
    let p = f.parties.clone();
    // A credit in USDC exists, but not for the platform, and not in EURC for anyone.
    receiver_credited(&f);
    for (who, token) in [
        (&p.platform, &f.usdc.address),
        (&p.receiver, &f.eurc.address),
    ] {
        let before = f.state();
        assert_eq!(f.client.mock_all_auths().withdraw(who, token), 0);
        assert!(contract_events(&f).is_empty(), "no Withdrawn");
        assert_eq!(f.state(), before);
    }
    assert_eq!(usdc_credit(&f, &p.receiver), 975);
}

#[test]
fn withdraw_while_the_token_still_refuses_keeps_the_credit() {
    let f = Fixture::native();
    let receiver = f.parties.receiver.clone();
    let token = f.usdc.address.clone();
    receiver_credited(&f);

    f.assert_refused(Error::TokenTransferFailed, || {
        f.client.mock_all_auths().try_withdraw(&receiver, &token)
    });
    assert_eq!(usdc_credit(&f, &receiver), 975);
    f.assert_tokens_accounted();

    // Unfrozen, the same withdrawal goes through.
    f.usdc.unfreeze(&receiver);
    assert_eq!(f.client.mock_all_auths().withdraw(&receiver, &token), 975);
    assert_eq!(f.usdc.balance(&receiver), 975);
    assert_eq!(usdc_credit(&f, &receiver), 0);
    f.assert_tokens_accounted();
}

#[test]
fn a_classic_account_withdraws_once_its_trustline_is_open() {
    let f = Fixture::native();
    let g = f.classic_account();
    let token = f.usdc.address.clone();
    let mut new = f.new_escrow(&[]);
    new.milestones = vec![&f.env, milestone_for(&f, 1_000, &g)];
    let id = f.create(&new);
    f.fund(id, 1_000);
    f.submit_and_approve(id, 0);
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(usdc_credit(&f, &g), 975);

    // No trustline yet: refused, and the credit stays.
    f.assert_refused(Error::TokenTransferFailed, || {
        f.client.mock_all_auths().try_withdraw(&g, &token)
    });
    assert_eq!(usdc_credit(&f, &g), 975);
    assert_eq!(f.usdc.balance(&f.contract), 975);

    f.usdc.open_trustline(&f.env, &g);
    assert_eq!(f.client.mock_all_auths().withdraw(&g, &token), 975);
    f.assert_signed_by(&[&g], "withdraw", (&g, &token).into_val(&f.env));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&Withdrawn {
                recipient: g.clone(),
                token: token.clone(),
                amount: 975,
            }]
        )
    );
    assert_eq!(f.usdc.balance(&g), 975);
    assert_eq!(usdc_credit(&f, &g), 0);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    f.assert_tokens_accounted();
}

#[test]
fn only_the_recipient_can_withdraw_its_credit_and_only_to_itself() {
    let f = Fixture::native();
    let p = f.parties.clone();
    let token = f.usdc.address.clone();
    receiver_credited(&f);
    f.usdc.unfreeze(&p.receiver);

    for (name, who) in p.all() {
        if who == p.receiver {
            continue;
        }
        f.sign_next(&[&who], "withdraw", (&p.receiver, &token).into_val(&f.env));
        f.assert_refused_unsigned(|| f.client.try_withdraw(&p.receiver, &token));
        // Withdrawing for itself, another party finds nothing of the receiver's.
        f.sign_next(&[&who], "withdraw", (&who, &token).into_val(&f.env));
        let before = f.state();
        assert_eq!(f.client.withdraw(&who, &token), 0, "{name}");
        assert_eq!(f.state(), before, "{name}");
    }
    f.sign_next(&[], "withdraw", (&p.receiver, &token).into_val(&f.env));
    f.assert_refused_unsigned(|| f.client.try_withdraw(&p.receiver, &token));
    assert_eq!(usdc_credit(&f, &p.receiver), 975);

    f.sign_next(
        &[&p.receiver],
        "withdraw",
        (&p.receiver, &token).into_val(&f.env),
    );
    assert_eq!(f.client.withdraw(&p.receiver, &token), 975);
    assert_eq!(
        f.usdc.balance(&p.receiver),
        975,
        "paid to the recipient itself"
    );
    f.assert_tokens_accounted();
}
