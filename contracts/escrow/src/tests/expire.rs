//! `expire_dispute` and the fallback rule when the resolver stays silent; and liveness: either party alone, with time passing, brings any open milestone to a final status and the escrow to empty.

extern crate std;

use soroban_sdk::{xdr::ContractEvent, Address, IntoVal};

use super::{
    as_published, contract_events,
    support::{
        advance_to, assert_only_signers, held, money, status, usdc, Usdc, DISPUTE_REASON, EVIDENCE,
    },
};
use crate::{
    testutils::*, Error, MilestoneSettled, MilestoneStatus, MilestoneUpdated, SettlementKind,
};

/// Where a milestone stood when it was disputed, and who disputed it.
#[derive(Clone, Copy, Debug)]
enum Origin {
    /// A delivery awaiting review, disputed by the approver within the review period.
    ForReview,
    /// A delivery sent back for changes, disputed by the approver.
    ChangesRequestedByApprover,
    /// A delivery sent back for changes, disputed by the service provider.
    ChangesRequestedByProvider,
    /// Approved work, disputed by the approver before it was paid.
    Approved,
}

/// Brings milestone `index` of escrow `id` to `Disputed` from `origin`, now.
fn dispute_from(f: &Fixture, id: u64, index: u32, origin: Origin) {
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    let reason = f.text(DISPUTE_REASON);
    match origin {
        Origin::ForReview => f.submit(id, index),
        Origin::Approved => f.submit_and_approve(id, index),
        Origin::ChangesRequestedByApprover | Origin::ChangesRequestedByProvider => {
            f.submit(id, index);
            c.request_changes(&id, &index, &Some(f.text("Logo too small")));
        }
    }
    let caller = match origin {
        Origin::ChangesRequestedByProvider => &p.service_provider,
        _ => &p.approver,
    };
    c.dispute_milestone(&id, &index, caller, &reason);
    assert_eq!(status(f, id, index), MilestoneStatus::Disputed);
}

/// A new escrow in USDC with the fixture's terms but a fallback share of `fallback_bps`, and
/// one milestone per amount; unfunded.
fn escrow_with_fallback(f: &Fixture, fallback_bps: u32, amounts: &[i128]) -> u64 {
    let mut new = f.new_escrow(amounts);
    new.fallback_receiver_bps = fallback_bps;
    f.create(&new)
}

/// The events of the expiry, by `caller`, of the dispute of milestone `index` of escrow `id`
/// (delivered with the fixture's evidence and disputed with its reason), paying the receiver
/// `paid` net, the platform `fee` and the approver `refund`.
#[allow(clippy::too_many_arguments)]
fn expire_events(
    f: &Fixture,
    id: u64,
    index: u32,
    caller: &Address,
    paid: i128,
    fee: i128,
    refund: i128,
) -> std::vec::Vec<ContractEvent> {
    let p = &f.parties;
    as_published(
        f,
        &f.contract,
        &[
            &MilestoneUpdated {
                escrow_id: id,
                milestone_index: index,
                status: MilestoneStatus::Resolved,
                approved: false,
                evidence: Some(f.text(EVIDENCE)),
                notes: Some(f.text(DISPUTE_REASON)),
                changed_by: caller.clone(),
            },
            &MilestoneSettled {
                escrow_id: id,
                milestone_index: index,
                receiver: p.receiver.clone(),
                paid_to_receiver: paid,
                platform: p.platform.clone(),
                platform_fee: fee,
                approver: p.approver.clone(),
                refunded_to_approver: refund,
                kind: SettlementKind::Fallback,
            },
        ],
    )
}

/// One fallback case: a lone milestone of `amount` holding `funded`, in an escrow whose
/// fallback share is `fallback_bps`, disputed from `origin` and expired by the service
/// provider once the resolution period is over; the receiver is paid `paid` net, the
/// platform `fee` and the approver `refund`.
struct Fallback {
    origin: Origin,
    fallback_bps: u32,
    amount: i128,
    funded: i128,
    paid: i128,
    fee: i128,
    refund: i128,
}

impl Fallback {
    fn check(self) {
        let f = Fixture::native();
        let id = escrow_with_fallback(&f, self.fallback_bps, &[self.amount]);
        if self.funded > 0 {
            f.fund(id, self.funded);
        }
        dispute_from(&f, id, 0, self.origin);
        f.advance_time(RESOLUTION_PERIOD);
        let bob = &f.parties.service_provider;

        f.client.mock_all_auths().expire_dispute(&id, &0, bob);
        let case = std::format!("{:?} at {} bps", self.origin, self.fallback_bps);
        assert_eq!(
            contract_events(&f),
            expire_events(&f, id, 0, bob, self.paid, self.fee, self.refund),
            "{case}"
        );
        assert_eq!(
            usdc(&f),
            Usdc {
                receiver: self.paid,
                platform: self.fee,
                approver: self.refund,
                ..Usdc::default()
            },
            "{case}"
        );
        let m = f.client.get_milestone(&id, &0);
        assert_eq!(
            (m.status, m.approved, m.held),
            (MilestoneStatus::Resolved, false, 0)
        );
        assert_eq!(money(&f, id), (0, self.funded, self.funded), "{case}");
        f.assert_tokens_accounted();
    }
}

#[test]
fn a_dispute_expires_exactly_when_the_resolution_period_since_the_dispute_ends() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let bob = &f.parties.service_provider;
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    let delivered = f.now();
    f.advance_time(3 * DAY);
    f.dispute(id, 0);
    let disputed = f.now();
    assert_eq!(f.client.get_milestone(&id, &0).updated_at, disputed);

    advance_to(&f, delivered + RESOLUTION_PERIOD);
    f.assert_refused(Error::TooEarly, || c.try_expire_dispute(&id, &0, bob));
    advance_to(&f, disputed + RESOLUTION_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || c.try_expire_dispute(&id, &0, bob));
    advance_to(&f, disputed + RESOLUTION_PERIOD);
    c.expire_dispute(&id, &0, bob);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Resolved);
}

#[test]
fn either_party_may_expire_a_dispute_signing_for_it() {
    for party in ["approver", "service_provider"] {
        let f = Fixture::native();
        let caller = match party {
            "approver" => f.parties.approver.clone(),
            _ => f.parties.service_provider.clone(),
        };
        let id = f.create_funded(&[1_000]);
        f.submit(id, 0);
        f.dispute(id, 0);
        f.advance_time(RESOLUTION_PERIOD);
        assert_only_signers(
            &f,
            &[&caller],
            "expire_dispute",
            (id, 0_u32, caller.clone()).into_val(&f.env),
            |c| c.try_expire_dispute(&id, &0, &caller).is_ok(),
        );
        assert_eq!(status(&f, id, 0), MilestoneStatus::Resolved, "{party}");
        // 50 % of 1 000: 500, fee 12.5 rounded down.
        assert_eq!(
            usdc(&f),
            Usdc {
                receiver: 488,
                platform: 12,
                approver: 500,
                ..Usdc::default()
            },
            "expired by the {party}"
        );
    }
}

#[test]
fn someone_who_is_not_a_party_cannot_expire_a_dispute() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 2_000]);
    f.submit(id, 0);
    f.dispute(id, 0);
    let p = &f.parties;
    let outsiders = [
        &p.admin,
        &p.platform,
        &p.release_signer,
        &p.dispute_resolver,
        &p.receiver,
        &p.outsider,
    ];
    // NotAParty comes before the clock and the status.
    for who in outsiders {
        f.assert_refused(Error::NotAParty, || c.try_expire_dispute(&id, &0, who));
        f.assert_refused(Error::NotAParty, || c.try_expire_dispute(&id, &1, who));
    }
    f.advance_time(RESOLUTION_PERIOD);
    for who in outsiders {
        f.assert_refused(Error::NotAParty, || c.try_expire_dispute(&id, &0, who));
    }
    assert_eq!(status(&f, id, 0), MilestoneStatus::Disputed);
}

#[test]
fn only_a_disputed_milestone_expires() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[100, 200, 300, 400, 500, 600, 700]);
    // 0 stays Pending.
    f.submit(id, 1);
    f.submit(id, 2);
    c.request_changes(&id, &2, &None);
    f.submit_and_approve(id, 3);
    f.submit_and_approve(id, 4);
    c.release_milestone(&id, &4);
    c.settle_milestone(&id, &5, &0);
    advance_to(&f, f.client.get_milestone(&id, &6).deadline);
    c.cancel_milestone(&id, &6);
    f.advance_time(365 * DAY);

    let p = &f.parties;
    for index in 0..7 {
        for caller in [&p.approver, &p.service_provider] {
            f.assert_refused(Error::InvalidStatusTransition, || {
                c.try_expire_dispute(&id, &index, caller)
            });
        }
    }
    f.assert_refused(Error::EscrowNotFound, || {
        c.try_expire_dispute(&(id + 1), &0, &p.approver)
    });
    f.assert_refused(Error::MilestoneNotFound, || {
        c.try_expire_dispute(&id, &7, &p.approver)
    });
}

#[test]
fn an_expired_dispute_of_a_delivery_pays_the_fallback_share_rounded_down() {
    // 1 000 × 33.33 % = 333.3 → 333; fee 333 × 2.5 % = 8.325 → 8.
    Fallback {
        origin: Origin::ForReview,
        fallback_bps: 3_333,
        amount: 1_000,
        funded: 1_000,
        paid: 325,
        fee: 8,
        refund: 667,
    }
    .check();
    // 1 001 × 50 % = 500.5 → 500; fee 12.5 → 12.
    Fallback {
        origin: Origin::ForReview,
        fallback_bps: FALLBACK_RECEIVER_BPS,
        amount: 1_001,
        funded: 1_001,
        paid: 488,
        fee: 12,
        refund: 501,
    }
    .check();
}

#[test]
fn an_expired_dispute_of_changes_requested_pays_the_fallback_share_whoever_disputed() {
    // 1 001 × 33.33 % = 333.63 → 333; fee 8.325 → 8.
    for origin in [
        Origin::ChangesRequestedByApprover,
        Origin::ChangesRequestedByProvider,
    ] {
        Fallback {
            origin,
            fallback_bps: 3_333,
            amount: 1_001,
            funded: 1_001,
            paid: 325,
            fee: 8,
            refund: 668,
        }
        .check();
    }
}

#[test]
fn a_fallback_share_of_zero_refunds_a_contested_delivery_in_full() {
    for origin in [
        Origin::ForReview,
        Origin::ChangesRequestedByApprover,
        Origin::ChangesRequestedByProvider,
    ] {
        Fallback {
            origin,
            fallback_bps: 0,
            amount: 1_000,
            funded: 1_000,
            paid: 0,
            fee: 0,
            refund: 1_000,
        }
        .check();
    }
}

#[test]
fn a_fallback_share_of_ten_thousand_pays_a_contested_delivery_in_full() {
    for origin in [
        Origin::ForReview,
        Origin::ChangesRequestedByApprover,
        Origin::ChangesRequestedByProvider,
    ] {
        Fallback {
            origin,
            fallback_bps: 10_000,
            amount: 1_000,
            funded: 1_000,
            paid: 975,
            fee: 25,
            refund: 0,
        }
        .check();
    }
}

#[test]
fn an_expired_dispute_of_approved_work_pays_the_receiver_in_full_whatever_the_fallback() {
    for fallback_bps in [0, 3_333, 10_000] {
        Fallback {
            origin: Origin::Approved,
            fallback_bps,
            amount: 1_000,
            funded: 1_000,
            paid: 975,
            fee: 25,
            refund: 0,
        }
        .check();
    }
}

#[test]
fn a_partly_funded_expiry_pays_the_receivers_share_first_from_what_is_held() {
    // Receiver due 500 of 1 000; 300 held: all 300 to the receiver (fee 7.5 → 7).
    Fallback {
        origin: Origin::ForReview,
        fallback_bps: 5_000,
        amount: 1_000,
        funded: 300,
        paid: 293,
        fee: 7,
        refund: 0,
    }
    .check();
    // 700 held: the receiver's 500 (fee 12), then 200 of the approver's 500.
    Fallback {
        origin: Origin::ChangesRequestedByProvider,
        fallback_bps: 5_000,
        amount: 1_000,
        funded: 700,
        paid: 488,
        fee: 12,
        refund: 200,
    }
    .check();
    // Approved work, 700 held: all of it to the receiver (fee 17.5 → 17).
    Fallback {
        origin: Origin::Approved,
        fallback_bps: 5_000,
        amount: 1_000,
        funded: 700,
        paid: 683,
        fee: 17,
        refund: 0,
    }
    .check();
    // Nothing held: nothing paid, the milestone still ends.
    Fallback {
        origin: Origin::ForReview,
        fallback_bps: 5_000,
        amount: 1_000,
        funded: 0,
        paid: 0,
        fee: 0,
        refund: 0,
    }
    .check();
}

#[test]
fn the_fallback_share_of_the_largest_amount_is_exact() {
    // i128::MAX × 33.33 % and its fee, rounded down, computed without overflow.
    Fallback {
        origin: Origin::ForReview,
        fallback_bps: 3_333,
        amount: i128::MAX,
        funded: i128::MAX,
        paid: 55_290_355_036_190_035_062_767_093_870_291_568_128,
        fee: 1_417_701_411_184_359_873_404_284_458_212_604_310,
        refund: 113_433_127_013_094_836_795_515_925_387_379_933_289,
    }
    .check();
}

#[test]
fn an_unanswered_delivery_approved_late_then_disputed_falls_back_to_paying_it_in_full() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let alice = &f.parties.approver;
    let id = escrow_with_fallback(&f, 0, &[1_000]);
    f.fund(id, 1_000);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);
    // The approver can no longer contest the delivery as such…
    let reason = f.text(DISPUTE_REASON);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_dispute_milestone(&id, &0, alice, &reason)
    });
    // …but may approve it and dispute the approved work: a silent resolver then pays it in
    // full, whatever the fallback share.
    c.approve_milestone(&id, &0);
    c.dispute_milestone(&id, &0, alice, &reason);
    f.advance_time(RESOLUTION_PERIOD);
    c.expire_dispute(&id, &0, alice);
    assert_eq!(
        contract_events(&f),
        expire_events(&f, id, 0, alice, 975, 25, 0)
    );
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 25,
            ..Usdc::default()
        }
    );
}

#[test]
fn an_expiry_never_takes_the_money_backing_another_milestone() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = escrow_with_fallback(&f, 0, &[1_000, 2_000]);
    f.fund(id, 1_600);
    f.submit_and_approve(id, 0);
    dispute_from(&f, id, 1, Origin::ForReview);
    f.advance_time(RESOLUTION_PERIOD);

    // Approver due all 2 000, but milestone 1 holds 600.
    c.expire_dispute(&id, &1, &f.parties.approver);
    assert_eq!(
        contract_events(&f),
        expire_events(&f, id, 1, &f.parties.approver, 0, 0, 600)
    );
    assert_eq!(held(&f, id), [1_000, 0]);
    c.release_milestone(&id, &0);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 25,
            approver: 600,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 1_600, 1_600));
    f.assert_tokens_accounted();
}

#[test]
fn the_resolver_may_rule_until_the_last_second_of_the_resolution_period() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000]);
    f.submit(id, 0);
    f.dispute(id, 0);
    let disputed = f.now();
    advance_to(&f, disputed + RESOLUTION_PERIOD - 1);
    c.resolve_dispute(&id, &0, &800);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Resolved);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 780,
            platform: 20,
            approver: 200,
            ..Usdc::default()
        }
    );
    f.advance_time(1);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_expire_dispute(&id, &0, &f.parties.approver)
    });
}

#[test]
fn the_resolver_may_still_rule_after_the_resolution_period_until_someone_expires_the_dispute() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = f.create_funded(&[1_000, 1_000]);
    for index in 0..2 {
        f.submit(id, index);
        f.dispute(id, index);
    }
    f.advance_time(RESOLUTION_PERIOD + 30 * DAY);

    // Milestone 0: the resolver rules late, and no one can expire it any more.
    c.resolve_dispute(&id, &0, &800);
    assert_eq!(status(&f, id, 0), MilestoneStatus::Resolved);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_expire_dispute(&id, &0, &f.parties.service_provider)
    });
    // Milestone 1: expired first, and the resolver can no longer rule.
    c.expire_dispute(&id, &1, &f.parties.service_provider);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_resolve_dispute(&id, &1, &800)
    });
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 780 + 488,
            platform: 20 + 12,
            approver: 200 + 500,
            ..Usdc::default()
        }
    );
    assert_eq!(money(&f, id), (0, 2_000, 2_000));
    f.assert_tokens_accounted();
}

// ---------------------------------------------------------------------------------------------
// Liveness: from every open status, each party alone, with time passing, ends the milestone.
// ---------------------------------------------------------------------------------------------

/// One of the two parties who act on milestones.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Party {
    Approver,
    ServiceProvider,
}

/// An open state a milestone can be left in.
#[derive(Clone, Copy, Debug)]
enum Start {
    Pending,
    ForReview,
    /// Delivered, and its review period is over.
    ForReviewUnanswered,
    ChangesRequested,
    Approved,
    Disputed(Origin),
}

/// Every open state: each non-final status, a delivery before and after its review period,
/// and a dispute from each origin.
const STARTS: [Start; 9] = [
    Start::Pending,
    Start::ForReview,
    Start::ForReviewUnanswered,
    Start::ChangesRequested,
    Start::Approved,
    Start::Disputed(Origin::ForReview),
    Start::Disputed(Origin::ChangesRequestedByApprover),
    Start::Disputed(Origin::ChangesRequestedByProvider),
    Start::Disputed(Origin::Approved),
];

/// Brings every milestone of escrow `id` (`count` of them) to `start`, now.
fn bring_to(f: &Fixture, id: u64, count: u32, start: Start) {
    let c = f.client.mock_all_auths();
    for index in 0..count {
        match start {
            Start::Pending => {}
            Start::ForReview | Start::ForReviewUnanswered => f.submit(id, index),
            Start::ChangesRequested => {
                f.submit(id, index);
                c.request_changes(&id, &index, &None);
            }
            Start::Approved => f.submit_and_approve(id, index),
            Start::Disputed(origin) => dispute_from(f, id, index, origin),
        }
    }
    if let Start::ForReviewUnanswered = start {
        f.advance_time(REVIEW_PERIOD);
    }
}

/// Calls `call` with every signature allowed, then checks that the host asked for `who`'s
/// alone.
fn as_only(f: &Fixture, who: &Address, call: impl FnOnce()) {
    call();
    let auths = f.env.auths();
    assert!(!auths.is_empty(), "a call signed by nobody");
    for (signer, _) in auths {
        assert_eq!(&signer, who, "a call needed another party's signature");
    }
}

/// Takes milestone `index` of escrow `id` to a final status with calls signed by `party`
/// alone, waiting whenever a clock stands in the way; returns how many calls it took.
fn end_alone(f: &Fixture, id: u64, index: u32, party: Party) -> u32 {
    let c = f.client.mock_all_auths();
    let who = match party {
        Party::Approver => f.parties.approver.clone(),
        Party::ServiceProvider => f.parties.service_provider.clone(),
    };
    for calls in 0..5 {
        let m = f.client.get_milestone(&id, &index);
        let review_over = m.updated_at + REVIEW_PERIOD;
        match (party, m.status) {
            (
                _,
                MilestoneStatus::Released | MilestoneStatus::Resolved | MilestoneStatus::Cancelled,
            ) => return calls,
            (_, MilestoneStatus::Disputed) => {
                advance_to(f, f.now().max(m.updated_at + RESOLUTION_PERIOD));
                as_only(f, &who, || c.expire_dispute(&id, &index, &who));
            }
            (Party::Approver, MilestoneStatus::Pending) => {
                advance_to(f, f.now().max(m.deadline));
                as_only(f, &who, || c.cancel_milestone(&id, &index));
            }
            (Party::Approver, MilestoneStatus::ChangesRequested) => {
                advance_to(f, f.now().max(m.deadline).max(review_over));
                as_only(f, &who, || c.cancel_milestone(&id, &index));
            }
            (Party::Approver, MilestoneStatus::ForReview) if f.now() < review_over => {
                let reason = f.text(DISPUTE_REASON);
                as_only(f, &who, || c.dispute_milestone(&id, &index, &who, &reason));
            }
            (Party::Approver, MilestoneStatus::ForReview) => {
                as_only(f, &who, || c.approve_milestone(&id, &index));
            }
            (Party::Approver, MilestoneStatus::Approved) => {
                let reason = f.text(DISPUTE_REASON);
                as_only(f, &who, || c.dispute_milestone(&id, &index, &who, &reason));
            }
            (
                Party::ServiceProvider,
                MilestoneStatus::Pending | MilestoneStatus::ChangesRequested,
            ) => {
                let status = MilestoneStatus::ForReview;
                as_only(f, &who, || {
                    c.change_milestone_status(&id, &index, &status, &None, &None)
                });
            }
            (Party::ServiceProvider, MilestoneStatus::ForReview | MilestoneStatus::Approved) => {
                advance_to(f, f.now().max(review_over));
                as_only(f, &who, || c.claim_milestone(&id, &index));
            }
        }
        f.assert_tokens_accounted();
    }
    panic!("milestone {index} still open after 5 calls by the {party:?}");
}

#[test]
fn either_party_alone_ends_every_open_milestone_and_empties_the_escrow() {
    for party in [Party::Approver, Party::ServiceProvider] {
        for start in STARTS {
            // Three milestones of 1 000 holding 1 000, 500 and nothing.
            let f = Fixture::native();
            let id = f.create(&f.new_escrow(&[1_000, 1_000, 1_000]));
            f.fund(id, 1_500);
            assert_eq!(held(&f, id), [1_000, 500, 0]);
            bring_to(&f, id, 3, start);

            for index in 0..3 {
                let calls = end_alone(&f, id, index, party);
                assert!(calls > 0, "{start:?} was already final");
            }
            let case = std::format!("{start:?} ended by the {party:?}");
            let e = f.client.get_escrow(&id);
            assert_eq!(
                (e.open_amount, e.funded, e.paid_out),
                (0, 1_500, 1_500),
                "{case}"
            );
            assert_eq!(held(&f, id), [0, 0, 0], "{case}");
            let paid = usdc(&f);
            assert_eq!(paid.contract, 0, "{case}");
            assert_eq!(
                paid.receiver + paid.platform + paid.approver,
                1_500,
                "{case}: {paid:?}"
            );
            f.assert_tokens_accounted();
        }
    }
}

#[test]
fn either_party_alone_ends_milestones_of_every_status_side_by_side() {
    // One escrow with a milestone in each open state at once, funded in part: each party
    // alone still ends them all, in any order.
    for party in [Party::Approver, Party::ServiceProvider] {
        for reversed in [false, true] {
            let f = Fixture::native();
            let id = f.create(&f.new_escrow(&[1_000; 9]));
            f.fund(id, 4_321);
            for (index, start) in (0..).zip(STARTS) {
                bring_one(&f, id, index, start);
            }
            let mut order: std::vec::Vec<u32> = (0..9).collect();
            if reversed {
                order.reverse();
            }
            for index in order {
                end_alone(&f, id, index, party);
            }
            let e = f.client.get_escrow(&id);
            assert_eq!(
                (e.open_amount, e.funded, e.paid_out),
                (0, 4_321, 4_321),
                "{party:?}, reversed: {reversed}"
            );
            assert_eq!(usdc(&f).contract, 0);
            f.assert_tokens_accounted();
        }
    }
}

/// Brings milestone `index` of escrow `id` to `start`, now (for an unanswered delivery, the
/// clock then moves on by a review period, for every milestone).
fn bring_one(f: &Fixture, id: u64, index: u32, start: Start) {
    let c = f.client.mock_all_auths();
    match start {
        Start::Pending => {}
        Start::ForReview => f.submit(id, index),
        Start::ForReviewUnanswered => {
            f.submit(id, index);
            f.advance_time(REVIEW_PERIOD);
        }
        Start::ChangesRequested => {
            f.submit(id, index);
            c.request_changes(&id, &index, &None);
        }
        Start::Approved => f.submit_and_approve(id, index),
        Start::Disputed(origin) => dispute_from(f, id, index, origin),
    }
}
