//! The known limits of SECURITY.md that a silent resolver opens, each pinned at its bound: what
//! a party can take, or how long it can delay the other, when the resolver never answers.

use super::support::{usdc, Usdc, DISPUTE_REASON};
use crate::{testutils::*, Error, MilestoneStatus};

/// A lone milestone of 1 000, fully funded, due one `DEADLINE_STEP` after now.
fn lone_funded_milestone(f: &Fixture) -> u64 {
    f.create_funded(&[1_000])
}

/// What a fallback split of the fixture's 50 % pays on 1 000: 500 less the 2.5 % fee to the
/// receiver, the fee to the platform, the rest back to the approver.
const FALLBACK_SPLIT: Usdc = Usdc {
    receiver: 488,
    platform: 12,
    approver: 500,
    service_provider: 0,
    contract: 0,
    others: 0,
};

/// The provider disputes the change request on milestone 0 of escrow `id`, the resolver never
/// answers, and the provider applies the fallback split once the resolution period is over:
/// checks that it paid exactly the fallback share.
fn provider_disputes_and_a_silent_resolver_falls_back(f: &Fixture, id: u64) {
    let c = f.client.mock_all_auths();
    let provider = &f.parties.service_provider;
    c.dispute_milestone(&id, &0, provider, &f.text(DISPUTE_REASON));
    f.advance_time(RESOLUTION_PERIOD);
    c.expire_dispute(&id, &0, provider);
    assert_eq!(usdc(f), FALLBACK_SPLIT);
}

#[test]
fn a_worthless_delivery_after_the_deadline_earns_the_fallback_share_from_a_silent_resolver() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = lone_funded_milestone(&f);
    f.advance_time(DEADLINE_STEP);
    // The deadline has passed, but before the approver cancels, the provider delivers anything.
    f.submit(id, 0);
    f.assert_refused(Error::InvalidStatusTransition, || {
        c.try_cancel_milestone(&id, &0)
    });
    // The approver sends it back to cancel it once the review period is over; the provider
    // disputes the change request first, and a silent resolver leaves it the fallback share.
    c.request_changes(&id, &0, &Some(f.text("Nothing of what was ordered")));
    provider_disputes_and_a_silent_resolver_falls_back(&f, id);
}

#[test]
fn an_approver_who_sends_every_delivery_back_leaves_a_silent_resolver_the_fallback_share() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let id = lone_funded_milestone(&f);
    // Every delivery is sent back within its review period, so the provider can never claim.
    for round in 0..3 {
        f.submit(id, 0);
        f.advance_time(REVIEW_PERIOD - 1);
        c.request_changes(&id, &0, &Some(f.text("Not yet")));
        f.assert_refused(Error::InvalidStatusTransition, || {
            c.try_claim_milestone(&id, &0)
        });
        assert_eq!(
            f.client.get_milestone(&id, &0).status,
            MilestoneStatus::ChangesRequested,
            "round {round}"
        );
    }
    // The provider's way out is a dispute; a silent resolver then pays the fallback share, not
    // the whole milestone.
    provider_disputes_and_a_silent_resolver_falls_back(&f, id);
}

#[test]
fn a_late_approval_then_a_dispute_delays_pay_by_two_review_periods_and_a_resolution_period() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let p = f.parties.clone();
    let id = lone_funded_milestone(&f);
    f.submit(id, 0);
    let delivered_at = f.now();
    // The approver approves in the last second of the review period, the release signer does
    // not pay, and the approver disputes in the last second before the provider could claim.
    f.advance_time(REVIEW_PERIOD - 1);
    c.approve_milestone(&id, &0);
    f.advance_time(REVIEW_PERIOD - 1);
    c.dispute_milestone(&id, &0, &p.approver, &f.text(DISPUTE_REASON));
    // The resolver never answers: approved work then falls back to being paid in full, at the
    // latest two review periods and a resolution period after the delivery.
    f.advance_time(RESOLUTION_PERIOD - 1);
    f.assert_refused(Error::TooEarly, || {
        c.try_expire_dispute(&id, &0, &p.service_provider)
    });
    f.advance_time(1);
    assert_eq!(
        f.now() - delivered_at,
        2 * (REVIEW_PERIOD - 1) + RESOLUTION_PERIOD
    );
    c.expire_dispute(&id, &0, &p.service_provider);
    assert_eq!(
        usdc(&f),
        Usdc {
            receiver: 975,
            platform: 25,
            ..Usdc::default()
        }
    );
}
