//! A first pass through every entry point.

use crate::{testutils::*, MilestoneStatus, Role};

#[test]
fn the_story_runs_end_to_end() {
    let f = Fixture::native();
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    let id = f.create(&f.new_escrow(&[100, 200, 300, 400]));
    assert_eq!(id, 1);
    f.fund(id, 250);
    let m0 = c.get_milestone(&id, &0);
    assert_eq!(
        (
            m0.held,
            c.get_milestone(&id, &1).held,
            c.get_milestone(&id, &2).held
        ),
        (100, 150, 0)
    );
    f.submit_and_approve(id, 0);
    c.release_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&p.receiver), 98);
    assert_eq!(f.usdc.balance(&p.platform), 2);
    // Claim a partly funded milestone after the review period.
    f.submit(id, 1);
    f.advance_time(REVIEW_PERIOD);
    c.claim_milestone(&id, &1);
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 147);
    // Cancel an unfunded one after its deadline.
    f.advance_time(3 * DEADLINE_STEP);
    c.cancel_milestone(&id, &2);
    assert_eq!(c.get_milestone(&id, &2).status, MilestoneStatus::Cancelled);
    // Fund the last, dispute it, let the resolver go silent.
    f.fund(id, 400);
    f.submit(id, 3);
    f.dispute(id, 3);
    f.advance_time(RESOLUTION_PERIOD);
    c.expire_dispute(&id, &3, &p.service_provider);
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 147 + 195);
    assert_eq!(f.usdc.balance(&p.approver), 200);
    let e = c.get_escrow(&id);
    assert_eq!((e.funded, e.paid_out, e.open_amount), (650, 650, 0));
    f.assert_tokens_accounted();
    // A second round.
    c.add_milestones(&id, &f.new_milestones(&[50]));
    f.fund(id, 50);
    f.submit(id, 4);
    c.approve_and_release(&id, &soroban_sdk::vec![&f.env, 4u32]);
    c.transfer_role(&id, &Role::Platform, &p.outsider);
    assert_eq!(c.get_escrow(&id).roles.platform, p.outsider);
    // Frozen receiver: credited, then withdrawn.
    c.add_milestones(&id, &f.new_milestones(&[10]));
    f.fund(id, 10);
    f.usdc.freeze(&p.receiver);
    f.submit(id, 5);
    c.settle_milestone(&id, &5, &10);
    assert_eq!(c.claimable(&p.receiver, &f.usdc.address), 10);
    f.assert_tokens_accounted();
    f.usdc.unfreeze(&p.receiver);
    assert_eq!(c.withdraw(&p.receiver, &f.usdc.address), 10);
    f.assert_tokens_accounted();
    // A classic account with no trustline as a milestone's own receiver.
    let g = f.classic_account();
    let mut more = f.new_milestones(&[20]);
    let mut m = more.get(0).unwrap();
    m.receiver = Some(g.clone());
    more.set(0, m);
    c.add_milestones(&id, &more);
    f.fund(id, 20);
    f.submit_and_approve(id, 6);
    c.release_milestone(&id, &6);
    assert_eq!(c.claimable(&g, &f.usdc.address), 20);
    f.usdc.open_trustline(&f.env, &g);
    assert_eq!(c.withdraw(&g, &f.usdc.address), 20);
    assert_eq!(f.usdc.balance(&g), 20);
    f.assert_tokens_accounted();
    c.set_admin(&p.outsider);
    assert_eq!(c.admin(), p.outsider);
    c.extend_ttl(&id);
}
