//! `make demo`: the milestone escrow story, played on the shipped optimized `escrow.wasm` inside
//! a local Soroban host (the real host and the real Stellar Asset Contract, mainnet-like ledger
//! settings, no network).
//!
//! A marketplace opens an escrow for Alice (the client) and Bob (the provider), with a clock on
//! every wait; Alice funds it; Bob delivers milestone by milestone; Alice asks for changes,
//! approves, disputes, and once goes silent; the release signer and the dispute resolver pay
//! out, and once the resolver goes silent too. Meanwhile the platform's fee account cannot
//! receive USDC: its fees are credited to it and it withdraws them later. After every call the
//! demo prints who signed it and what it would cost on mainnet, as the host measured it. At the
//! end it checks that every token is where the story says it is, and exits non-zero if not.

use escrow::{
    testutils::{Fixture, START_TIMESTAMP},
    Error, Escrow, Milestone, MilestoneStatus, NewEscrow, NewMilestone,
};
use soroban_sdk::{
    testutils::{Address as _, AuthorizedFunction, AuthorizedInvocation, Events as _, Ledger as _},
    xdr::{self, ScVal},
    Address, TryFromVal, Vec,
};

/// One USDC in its smallest unit (USDC on Stellar has 7 decimals).
const USDC: i128 = 10_000_000;
/// One day, in seconds.
const DAY: u64 = 86_400;
/// The platform's fee on every payout, in basis points (2.5 %).
const FEE_BPS: u32 = 250;
/// How long Alice has to act on a delivery (and the release signer to pay an approval) before
/// Bob may claim the milestone.
const REVIEW_PERIOD: u64 = 7 * DAY;
/// How long the dispute resolver has to rule before either party may apply the fallback split.
const RESOLUTION_PERIOD: u64 = 14 * DAY;
/// What a disputed delivery pays its receiver when the resolver does not rule in time (50 %).
const FALLBACK_RECEIVER_BPS: u32 = 5_000;
/// The milestones of the story.
const MILESTONES: [Plan; 6] = [
    Plan::new("Wireframes", 500, 7, Payee::Bob),
    Plan::new("Landing page design", 1_500, 14, Payee::Bob),
    Plan::new("Copywriting", 600, 21, Payee::Bob),
    Plan::new("Illustrations", 800, 28, Payee::Bob),
    Plan::new("Responsive build", 1_000, 42, Payee::Bob),
    Plan::new("Stock photo licences", 200, 42, Payee::Photographer),
];
/// Deadlines fall at this hour (UTC) of their day.
const DEADLINE_HOUR: u64 = 18;
/// What the dispute resolver awards Bob for the disputed milestone, in percent.
const DISPUTE_AWARD_PERCENT: i128 = 60;
/// Ledgers close about every five seconds.
const SECONDS_PER_LEDGER: u64 = 5;

fn main() {
    let mut demo = Demo::new(Fixture::wasm());
    demo.introduce();
    demo.create_escrow();
    demo.fund_escrow();
    demo.deliver_wireframes();
    demo.show_milestone_to_everyone();
    demo.show_event_to_platform();
    demo.review_wireframes();
    demo.dispute_design();
    demo.withdraw_platform_fees();
    demo.claim_copywriting();
    demo.expire_illustrations_dispute();
    demo.approve_and_release_last();
    demo.show_final_state();
    demo.check_final_state();
}

/// One milestone of the story: what is delivered, what it pays, the day it is due (counted
/// from the day the escrow is opened) and who is paid for it.
struct Plan {
    description: &'static str,
    amount: i128,
    due_day: u64,
    paid_to: Payee,
}

impl Plan {
    const fn new(
        description: &'static str,
        whole_usdc: i128,
        due_day: u64,
        paid_to: Payee,
    ) -> Self {
        Plan {
            description,
            amount: whole_usdc * USDC,
            due_day,
            paid_to,
        }
    }

    /// The ledger timestamp of its deadline.
    fn deadline(&self) -> u64 {
        START_TIMESTAMP + self.due_day * DAY + DEADLINE_HOUR * 3_600
    }
}

/// Everyone the escrow pays in this story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Payee {
    Alice,
    Bob,
    Photographer,
    Platform,
}

impl Payee {
    const ALL: [Payee; 4] = [
        Payee::Alice,
        Payee::Bob,
        Payee::Photographer,
        Payee::Platform,
    ];

    fn name(self) -> &'static str {
        match self {
            Payee::Alice => "Alice",
            Payee::Bob => "Bob's payout address",
            Payee::Photographer => "the photographer",
            Payee::Platform => "the platform",
        }
    }
}

/// The story's state: the host with the contract and the tokens, the escrow's id, and what the
/// story expects to have happened (checked against the chain after every payout and at the end).
struct Demo<'a> {
    f: Fixture<'a>,
    /// Paid directly for the stock photo licences (milestone 6 has its own receiver).
    photographer: Address,
    escrow_id: u64,
    /// The last call's contract events, as the platform's indexer receives them.
    last_events: std::vec::Vec<Event>,
    /// The event of Bob's first delivery, shown in detail in step 5.
    delivery_event: Option<Event>,
    /// Whether the platform's fee account can receive USDC (its trustline is back in step 8).
    platform_can_receive: bool,
    /// What the story says each payee has been paid or credited so far, in `Payee::ALL` order.
    expected: [i128; 4],
    calls: u32,
    total_fee: i64,
}

/// The USDC of every payee (on its account, and credited to it in the escrow contract, awaiting
/// `withdraw`), in `Payee::ALL` order, and the escrow contract's balance.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Snapshot {
    paid: [i128; 4],
    credited: [i128; 4],
    contract: i128,
}

impl<'a> Demo<'a> {
    fn new(mut f: Fixture<'a>) -> Self {
        // The platform's fee account is a classic Stellar account (G…) with no USDC trustline:
        // the token refuses to pay it until it opens one again (step 8).
        f.parties.platform = f.classic_account();
        let photographer = Address::generate(&f.env);
        Demo {
            f,
            photographer,
            escrow_id: 0,
            last_events: std::vec::Vec::new(),
            delivery_event: None,
            platform_can_receive: false,
            expected: [0; 4],
            calls: 0,
            total_fee: 0,
        }
    }

    // ----- the story -------------------------------------------------------------------------

    fn introduce(&self) {
        heading("Milestone escrow on Soroban: a marketplace story");
        println!("The shipped escrow.wasm runs in a local Soroban host (protocol 28, mainnet-like");
        println!("ledger settings, mainnet fee rates). USDC is a real Stellar Asset Contract.");
        println!("Cast:");
        let cast = [
            (
                "Alice",
                "the client (approver): funds, reviews, approves, disputes",
            ),
            (
                "Bob",
                "the provider (service provider): delivers the milestones",
            ),
            (
                "Bob's payout address",
                "the receiver: where Bob's payouts go",
            ),
            (
                "the photographer",
                "licenses the stock photos; paid directly for milestone 6",
            ),
            (
                "the platform",
                "the marketplace: opens escrows, earns a 2.5 % fee on a classic",
            ),
            ("", "Stellar account (G…), which needs a USDC trustline"),
            ("the release signer", "pays approved milestones out"),
            (
                "the dispute resolver",
                "a neutral party who splits disputed milestones",
            ),
        ];
        for (who, role) in cast {
            println!("  {who:<21} {role}");
        }
        println!("Milestones are numbered from 1 here; the contract indexes them from 0.");
        println!("Costs are the host's estimates at mainnet rates (1 XLM = 10,000,000 stroops);");
        println!("rent (keeping entries alive 120+ days) uses the SDK's deliberately high rate;");
        println!(
            "the rent of the signature nonce that the test host's mocked auth writes is left out."
        );
    }

    fn create_escrow(&mut self) {
        heading("1. The platform opens the escrow, with a clock on every wait");
        self.at(0, 9, 0);
        println!("Terms:");
        println!(
            "  platform fee       {} of every payout to a receiver ({FEE_BPS} bps)",
            percent(FEE_BPS)
        );
        println!(
            "  review period      {} days for Alice to act on a delivery (and the release",
            REVIEW_PERIOD / DAY
        );
        println!("                     signer to pay an approval); then Bob may claim it");
        println!(
            "  resolution period  {} days for the dispute resolver to rule; then either party",
            RESOLUTION_PERIOD / DAY
        );
        println!("                     may apply the fallback split");
        println!(
            "  fallback split     {} of a disputed delivery to its receiver, the rest back to",
            percent(FALLBACK_RECEIVER_BPS)
        );
        println!(
            "                     Alice ({} bps)",
            group(FALLBACK_RECEIVER_BPS.into())
        );
        println!(
            "Milestones (each due at {DEADLINE_HOUR}:00 UTC; one still undelivered then, Alice may cancel):"
        );
        for (i, plan) in MILESTONES.iter().enumerate() {
            println!(
                "  milestone {}  {:<20} {:>17}  due {}  to {}",
                i + 1,
                plan.description,
                usdc(plan.amount),
                date(plan.deadline()),
                plan.paid_to.name()
            );
        }
        println!("  total        {:<20} {:>17}", "", usdc(total_amount()));
        self.call(
            "the platform",
            "create_escrow(ORD-7731, 6 milestones, the terms above)",
        );
        let new_escrow = self.new_escrow();
        self.escrow_id = self.f.client.mock_all_auths().create_escrow(&new_escrow);
        self.receipt();
        assert_eq!(
            self.escrow_id, 1,
            "the first escrow of a contract gets id 1"
        );
        let created = self
            .last_event("escrow_created")
            .expect("create_escrow published no escrow_created event");
        println!(
            "  → escrow id {}; escrow_created carries every term (periods in seconds):",
            self.escrow_id
        );
        println!(
            "    platform_fee_bps {} · review_period {} · resolution_period {} · fallback_receiver_bps {}",
            created.u32("platform_fee_bps"),
            created.u64("review_period"),
            created.u64("resolution_period"),
            created.u32("fallback_receiver_bps"),
        );
        assert_eq!(created.u32("platform_fee_bps"), FEE_BPS);
        assert_eq!(created.u64("review_period"), REVIEW_PERIOD);
        assert_eq!(created.u64("resolution_period"), RESOLUTION_PERIOD);
        assert_eq!(created.u32("fallback_receiver_bps"), FALLBACK_RECEIVER_BPS);
        assert_eq!(created.i128("total_amount"), total_amount());
        assert_eq!(created.u32("milestone_count"), MILESTONES.len() as u32);
    }

    fn fund_escrow(&mut self) {
        heading("2. Alice funds it");
        let total = total_amount();
        self.f.usdc.mint(&self.f.parties.approver, total);
        println!("  (Alice holds {} on Stellar)", usdc(total));
        self.at(0, 9, 5);
        self.call(
            "Alice",
            &format!("fund_escrow(escrow 1, funder Alice, {})", usdc(total)),
        );
        self.f.client.mock_all_auths().fund_escrow(
            &self.escrow_id,
            &self.f.parties.approver,
            &total,
        );
        self.receipt();
        let contract = self.f.usdc.balance(&self.f.contract);
        println!(
            "  → the escrow contract holds {}; each milestone holds its own amount",
            usdc(contract)
        );
        assert_eq!(contract, total, "the contract's balance after funding");
        for (m, plan) in self
            .f
            .client
            .get_milestones(&self.escrow_id)
            .iter()
            .zip(&MILESTONES)
        {
            assert_eq!(
                m.held, plan.amount,
                "{} is not fully backed",
                plan.description
            );
        }
    }

    fn deliver_wireframes(&mut self) {
        heading("3. Bob delivers milestone 1 (Wireframes)");
        self.at(2, 16, 30);
        self.submit(
            0,
            Some("https://figma.com/file/ORD-7731/wireframes-v1"),
            "Desktop and mobile wireframes for all 5 sections.",
        );
        self.delivery_event = self.last_event("milestone_updated").cloned();
        println!("  (what the platform does with the event: step 5)");
    }

    fn show_milestone_to_everyone(&mut self) {
        heading("4. Everyone reads milestone 1 on chain");
        println!("Alice, Bob and the platform each call get_milestone(escrow 1, milestone 1):");
        let as_alice = self.f.client.get_milestone(&self.escrow_id, &0);
        self.receipt();
        let as_bob = self.f.client.get_milestone(&self.escrow_id, &0);
        let as_platform = self.f.client.get_milestone(&self.escrow_id, &0);
        assert_eq!(as_alice, as_bob, "Alice and Bob read different milestones");
        assert_eq!(
            as_alice, as_platform,
            "Alice and the platform read different milestones"
        );
        println!("  all three get the same record (reads are free when simulated over RPC):");
        self.print_milestone(&as_alice);
        assert_eq!(as_alice.status, MilestoneStatus::ForReview);
        assert!(
            !as_alice.approved,
            "a milestone under review is not approved yet"
        );
        assert_eq!(as_alice.deadline, MILESTONES[0].deadline());
        assert_eq!(as_alice.held, MILESTONES[0].amount);
    }

    fn show_event_to_platform(&mut self) {
        heading("5. The milestone_updated event, as the platform receives it");
        let event = self
            .delivery_event
            .clone()
            .expect("Bob's submission published no milestone_updated event");
        println!(
            "  topics: [\"{}\", {}]   (subscribe by escrow id)",
            event.name,
            event.escrow_id.expect("milestone_updated has an escrow id")
        );
        println!("  data:");
        for (name, value) in &event.fields {
            println!("    {name:<16} {}", self.show(value));
        }
        println!("The platform turns it into a notification:");
        let lines = self.notification(&event);
        println!("  {}", lines[0]);
        for line in &lines[1..] {
            println!("    {line}");
        }
        assert_eq!(event.symbol("status"), "ForReview");
        assert_eq!(event.field("approved"), &ScVal::Bool(false));
    }

    fn review_wireframes(&mut self) {
        heading("6. Review of milestone 1: changes, resubmission, approval, payout");
        self.at(3, 10, 0);
        self.call("Alice", "request_changes(escrow 1, milestone 1, notes)");
        let notes = self
            .f
            .text("Please add the pricing section and a sticky mobile nav.");
        self.f
            .client
            .mock_all_auths()
            .request_changes(&self.escrow_id, &0, &Some(notes));
        self.receipt();
        self.notify();

        self.at(4, 11, 0);
        self.submit(0, None, "v2: pricing section and sticky mobile nav added.");
        self.notify();
        let milestone = self.f.client.get_milestone(&self.escrow_id, &0);
        println!(
            "  evidence (kept from the first submission): {}",
            opt(&milestone.evidence)
        );
        assert!(
            milestone.evidence.is_some(),
            "a resubmission without evidence lost it"
        );

        self.at(4, 15, 0);
        self.call("Alice", "approve_milestone(escrow 1, milestone 1)");
        self.f
            .client
            .mock_all_auths()
            .approve_milestone(&self.escrow_id, &0);
        self.receipt();
        self.notify();

        println!("(Unnoticed, the platform's fee account lost its USDC trustline in a treasury");
        println!(" clean-up: the token now refuses to pay it.)");
        self.at(4, 15, 10);
        self.release(0);
    }

    fn dispute_design(&mut self) {
        heading("7. Milestone 2 (Landing page design): a dispute");
        self.at(9, 17, 0);
        self.submit(
            1,
            Some("https://figma.com/file/ORD-7731/landing-page-design"),
            "Final design, 5 pages, brand kit applied.",
        );
        self.notify();

        self.at(10, 9, 30);
        self.dispute(
            1,
            "Only 3 of the 5 agreed pages are designed; brand colours are off.",
        );

        self.at(14, 12, 0);
        self.resolve(1, DISPUTE_AWARD_PERCENT);
    }

    fn withdraw_platform_fees(&mut self) {
        heading("8. The platform restores its trustline and withdraws its fees");
        let platform = self.f.parties.platform.clone();
        let token = self.f.usdc.address.clone();
        self.at(15, 9, 0);
        println!(
            "The platform's indexer saw payment_credited events for its account. Its treasury"
        );
        println!(
            "team opens the USDC trustline again (a classic ChangeTrust, not an escrow call)."
        );
        self.f.usdc.open_trustline(&self.f.env, &platform);
        self.platform_can_receive = true;

        self.call("anyone", "claimable(the platform, USDC)");
        let claimable = self.f.client.claimable(&platform, &token);
        self.receipt();
        println!("  → {}", usdc(claimable));
        let credited_fees = self.expected[Payee::Platform as usize];
        assert_eq!(
            claimable, credited_fees,
            "the platform's credit is not the fees of the payouts so far"
        );

        self.at(15, 9, 5);
        let before = self.snapshot();
        self.call("the platform", "withdraw(the platform, USDC)");
        let withdrawn = self.f.client.mock_all_auths().withdraw(&platform, &token);
        self.receipt();
        let after = self.snapshot();
        let p = Payee::Platform as usize;
        println!(
            "  → {} paid to the platform; still credited to it: {}",
            usdc(after.paid[p] - before.paid[p]),
            usdc(after.credited[p])
        );
        assert_eq!(withdrawn, claimable, "withdraw returned another amount");
        assert_eq!(
            after.paid[p] - before.paid[p],
            claimable,
            "platform balance"
        );
        assert_eq!(after.credited[p], 0, "credit left after withdraw");
        assert_eq!(
            before.contract - after.contract,
            claimable,
            "contract balance"
        );
        let event = self
            .last_event("withdrawn")
            .expect("withdraw published no withdrawn event");
        assert_eq!(event.i128("amount"), claimable, "withdrawn event's amount");
        self.check_accounts();
    }

    fn claim_copywriting(&mut self) {
        heading("9. Milestone 3 (Copywriting): Alice goes silent, Bob claims it");
        self.at(16, 10, 0);
        self.submit(
            2,
            Some("https://docs.example.com/ORD-7731/copy-v1"),
            "Copy for all 5 sections, SEO titles included.",
        );
        self.notify();
        let delivered = self.f.client.get_milestone(&self.escrow_id, &2);
        let review_period = self.f.client.get_escrow(&self.escrow_id).review_period;
        let review_ends = delivered.updated_at + review_period;
        println!(
            "Alice does not answer. Her review period ends {} (delivery + {} days).",
            clock(review_ends),
            review_period / DAY
        );

        self.set_time(review_ends - 1);
        self.call("Bob", "claim_milestone(escrow 1, milestone 3)");
        let before = self.chain_state();
        let refused = self
            .f
            .client
            .mock_all_auths()
            .try_claim_milestone(&self.escrow_id, &2);
        assert!(
            matches!(refused, Err(Ok(Error::TooEarly))),
            "a claim one second early: {refused:?}"
        );
        assert!(
            self.chain_state() == before,
            "a refused claim changed state"
        );
        println!(
            "  → refused: Error::TooEarly, one second early (simulation fails, nothing changes)"
        );

        self.set_time(review_ends);
        let before = self.snapshot();
        self.call("Bob", "claim_milestone(escrow 1, milestone 3)");
        self.f
            .client
            .mock_all_auths()
            .claim_milestone(&self.escrow_id, &2);
        self.receipt();
        self.notify();
        let amount = MILESTONES[2].amount;
        let fee = fee_on(amount);
        println!("  the claim pays what milestone 3 holds, {}:", usdc(amount));
        self.show_payout(
            &before,
            &[
                (Payee::Bob, amount - fee, "amount − 2.5 % fee"),
                (Payee::Platform, fee, "fee"),
            ],
        );
        self.check_payout_event("milestone_released", 2, amount - fee, fee, None);
        let claimed = self.f.client.get_milestone(&self.escrow_id, &2);
        assert_eq!(
            (claimed.status, claimed.approved, claimed.held),
            (MilestoneStatus::Released, true, 0),
            "milestone 3 after the claim"
        );
    }

    fn expire_illustrations_dispute(&mut self) {
        heading("10. Milestone 4 (Illustrations): a dispute the resolver never answers");
        self.at(24, 14, 0);
        self.submit(
            3,
            Some("https://figma.com/file/ORD-7731/illustrations"),
            "Hero and 4 section illustrations.",
        );
        self.notify();

        self.at(25, 11, 0);
        self.dispute(3, "The illustrations do not follow the brand style guide.");
        let disputed = self.f.client.get_milestone(&self.escrow_id, &3);
        let resolution_period = self.f.client.get_escrow(&self.escrow_id).resolution_period;
        let resolution_ends = disputed.updated_at + resolution_period;
        println!(
            "The dispute resolver never answers. The resolution period ends {}.",
            clock(resolution_ends)
        );

        self.set_time(resolution_ends);
        let before = self.snapshot();
        self.call("Bob", "expire_dispute(escrow 1, milestone 4, caller Bob)");
        self.f.client.mock_all_auths().expire_dispute(
            &self.escrow_id,
            &3,
            &self.f.parties.service_provider,
        );
        self.receipt();
        self.notify();
        let amount = MILESTONES[3].amount;
        let share = amount * i128::from(FALLBACK_RECEIVER_BPS) / 10_000;
        let fee = fee_on(share);
        println!(
            "  fallback split of {} ({} to Bob, as agreed at creation):",
            usdc(amount),
            percent(FALLBACK_RECEIVER_BPS)
        );
        self.show_payout(
            &before,
            &[
                (Payee::Bob, share - fee, "fallback share − 2.5 % fee"),
                (Payee::Platform, fee, "fee on Bob's share"),
                (Payee::Alice, amount - share, "refund of the rest"),
            ],
        );
        self.check_payout_event(
            "milestone_settled",
            3,
            share - fee,
            fee,
            Some((amount - share, "Fallback")),
        );
    }

    fn approve_and_release_last(&mut self) {
        heading("11. Milestones 5 and 6: approved and paid out in one call");
        self.at(40, 10, 0);
        self.submit(
            4,
            Some("https://staging.example.com/ORD-7731"),
            "Responsive build on staging; Lighthouse score 98.",
        );
        self.notify();
        self.at(40, 10, 5);
        self.submit(
            5,
            Some("https://photos.example.com/licences/ORD-7731.pdf"),
            "12 stock photo licences, in the client's name.",
        );
        self.notify();

        self.at(41, 16, 0);
        let before = self.snapshot();
        self.call(
            "Alice and the release signer",
            "approve_and_release(escrow 1, milestones 5 and 6)",
        );
        let indices = Vec::from_array(&self.f.env, [4u32, 5]);
        self.f
            .client
            .mock_all_auths()
            .approve_and_release(&self.escrow_id, &indices);
        self.receipt();
        self.notify();
        let (build, photos) = (MILESTONES[4].amount, MILESTONES[5].amount);
        let (build_fee, photos_fee) = (fee_on(build), fee_on(photos));
        println!(
            "  payouts of {} and {} (milestone 6 pays its own receiver):",
            usdc(build),
            usdc(photos)
        );
        self.show_payout(
            &before,
            &[
                (Payee::Bob, build - build_fee, "milestone 5 − 2.5 % fee"),
                (
                    Payee::Photographer,
                    photos - photos_fee,
                    "milestone 6 − 2.5 % fee",
                ),
                (Payee::Platform, build_fee + photos_fee, "fees on both"),
            ],
        );
        self.check_payout_event("milestone_released", 4, build - build_fee, build_fee, None);
        self.check_payout_event(
            "milestone_released",
            5,
            photos - photos_fee,
            photos_fee,
            None,
        );
    }

    fn show_final_state(&mut self) {
        heading("12. Where everything stands");
        self.call("anyone", "get_escrow(escrow 1)");
        let escrow = self.f.client.get_escrow(&self.escrow_id);
        self.receipt();
        print_escrow(&escrow);
        self.call("anyone", "get_milestones(escrow 1)");
        let milestones = self.f.client.get_milestones(&self.escrow_id);
        self.receipt();
        for (i, m) in milestones.iter().enumerate() {
            let approved = if m.approved {
                "approved"
            } else {
                "not approved"
            };
            let status = format!("{:?}", m.status);
            println!(
                "  milestone {}  {:<20} {:>17}  {status:<9} {approved}",
                i + 1,
                m.description.to_string(),
                usdc(m.amount)
            );
        }
        let s = self.snapshot();
        println!("USDC balances:");
        for (p, payee) in Payee::ALL.into_iter().enumerate() {
            println!("  {:<22} {:>17}", payee.name(), usdc(s.paid[p]));
        }
        println!("  {:<22} {:>17}", "the escrow contract", usdc(s.contract));
        println!(
            "The whole story: {} contract calls, {} stroops of fees ({} XLM).",
            self.calls,
            group(self.total_fee as i128),
            xlm(self.total_fee)
        );
    }

    fn check_final_state(&mut self) {
        heading("13. Checks");
        let escrow = self.f.client.get_escrow(&self.escrow_id);
        let milestones: std::vec::Vec<Milestone> = self
            .f
            .client
            .get_milestones(&self.escrow_id)
            .iter()
            .collect();
        let s = self.snapshot();
        let total = total_amount();

        assert_eq!(escrow.total_amount, total, "total_amount");
        assert_eq!(escrow.funded, total, "funded");
        assert_eq!(escrow.paid_out, total, "paid_out");
        assert_eq!(escrow.open_amount, 0, "open_amount");
        assert_eq!(s.contract, 0, "the contract still holds USDC");
        assert!(
            milestones.iter().all(|m| m.held == 0),
            "a final milestone still holds USDC"
        );
        self.check_accounts();
        for (p, payee) in Payee::ALL.into_iter().enumerate() {
            assert_eq!(s.paid[p], self.expected[p], "{}'s balance", payee.name());
            assert_eq!(s.credited[p], 0, "{} still has a credit", payee.name());
        }
        assert_eq!(
            s.paid.iter().sum::<i128>() + s.contract,
            total,
            "USDC appeared or vanished"
        );
        let statuses: std::vec::Vec<_> =
            milestones.iter().map(|m| (m.status, m.approved)).collect();
        assert_eq!(
            statuses,
            [
                (MilestoneStatus::Released, true),
                (MilestoneStatus::Resolved, false),
                (MilestoneStatus::Released, true),
                (MilestoneStatus::Resolved, false),
                (MilestoneStatus::Released, true),
                (MilestoneStatus::Released, true),
            ],
            "milestone statuses"
        );
        println!(
            "  ✓ the escrow ended empty: funded = paid out = {}; the contract holds {}",
            usdc(escrow.funded),
            usdc(s.contract)
        );
        println!("  ✓ every party's balance matches the story to the unit; nothing left credited");
        println!("  ✓ milestones: Released, Resolved, Released, Resolved, Released, Released");
    }

    // ----- the calls -------------------------------------------------------------------------

    fn new_escrow(&self) -> NewEscrow {
        let mut milestones = Vec::new(&self.f.env);
        for plan in &MILESTONES {
            milestones.push_back(NewMilestone {
                description: self.f.text(plan.description),
                amount: plan.amount,
                deadline: plan.deadline(),
                // `None`: paid to the escrow's receiver, Bob's payout address.
                receiver: (plan.paid_to != Payee::Bob).then(|| self.address(plan.paid_to)),
            });
        }
        NewEscrow {
            engagement_id: self.f.text("ORD-7731"),
            title: self.f.text("Landing page redesign"),
            description: self.f.text(
                "Redesign of the product landing page: wireframes, visual design, copy, illustrations, responsive build.",
            ),
            roles: self.f.parties.roles(),
            token: self.f.usdc.address.clone(),
            platform_fee_bps: FEE_BPS,
            review_period: REVIEW_PERIOD,
            resolution_period: RESOLUTION_PERIOD,
            fallback_receiver_bps: FALLBACK_RECEIVER_BPS,
            milestones,
        }
    }

    /// Bob marks milestone `index` done (or resubmits it).
    fn submit(&mut self, index: u32, evidence: Option<&str>, notes: &str) {
        let shown = if evidence.is_some() {
            "evidence"
        } else {
            "no new evidence"
        };
        self.call(
            "Bob",
            &format!(
                "change_milestone_status(escrow 1, milestone {}, ForReview, {shown}, notes)",
                index + 1
            ),
        );
        let evidence = evidence.map(|e| self.f.text(e));
        self.f.client.mock_all_auths().change_milestone_status(
            &self.escrow_id,
            &index,
            &MilestoneStatus::ForReview,
            &evidence,
            &Some(self.f.text(notes)),
        );
        self.receipt();
    }

    /// Alice disputes Bob's delivery of milestone `index`.
    fn dispute(&mut self, index: u32, reason: &str) {
        self.call(
            "Alice",
            &format!(
                "dispute_milestone(escrow 1, milestone {}, caller Alice, reason)",
                index + 1
            ),
        );
        let reason = self.f.text(reason);
        self.f.client.mock_all_auths().dispute_milestone(
            &self.escrow_id,
            &index,
            &self.f.parties.approver,
            &reason,
        );
        self.receipt();
        self.notify();
    }

    /// The release signer pays an approved milestone out.
    fn release(&mut self, index: u32) {
        let amount = MILESTONES[index as usize].amount;
        let fee = fee_on(amount);
        let before = self.snapshot();
        self.call(
            "the release signer",
            &format!("release_milestone(escrow 1, milestone {})", index + 1),
        );
        self.f
            .client
            .mock_all_auths()
            .release_milestone(&self.escrow_id, &index);
        self.receipt();
        self.notify();
        println!("  payout of {}:", usdc(amount));
        self.show_payout(
            &before,
            &[
                (Payee::Bob, amount - fee, "amount − 2.5 % fee"),
                (Payee::Platform, fee, "fee"),
            ],
        );
        self.check_payout_event("milestone_released", index, amount - fee, fee, None);
    }

    /// The dispute resolver awards Bob `percent` of a disputed milestone; Alice gets the rest.
    fn resolve(&mut self, index: u32, percent: i128) {
        let amount = MILESTONES[index as usize].amount;
        let award = amount * percent / 100;
        let fee = fee_on(award);
        let before = self.snapshot();
        self.call(
            "the dispute resolver",
            &format!(
                "resolve_dispute(escrow 1, milestone {}, receiver_amount {})",
                index + 1,
                usdc(award)
            ),
        );
        self.f
            .client
            .mock_all_auths()
            .resolve_dispute(&self.escrow_id, &index, &award);
        self.receipt();
        self.notify();
        println!("  split of {} ({percent} % to Bob):", usdc(amount));
        self.show_payout(
            &before,
            &[
                (Payee::Bob, award - fee, "award − 2.5 % fee"),
                (Payee::Platform, fee, "fee on the award"),
                (Payee::Alice, amount - award, "refund"),
            ],
        );
        self.check_payout_event(
            "milestone_settled",
            index,
            award - fee,
            fee,
            Some((amount - award, "Ruling")),
        );
    }

    /// Prints what the last call paid or credited to each payee since `before`, and checks it
    /// against `shares` (payee, amount, why): every payee gets exactly its share and nobody
    /// else anything; a payee whose account cannot receive USDC gets it credited, with a
    /// `payment_credited` event; the contract's balance drops by what was paid out.
    fn show_payout(&mut self, before: &Snapshot, shares: &[(Payee, i128, &str)]) {
        let after = self.snapshot();
        let mut paid_out = 0;
        for (p, payee) in Payee::ALL.into_iter().enumerate() {
            let share = shares.iter().find(|(who, ..)| *who == payee);
            let expected = share.map_or(0, |(_, amount, _)| *amount);
            let paid = after.paid[p] - before.paid[p];
            let credited = after.credited[p] - before.credited[p];
            if let Some((_, _, why)) = share {
                let note = if credited != 0 {
                    " — credited: the token refused to pay it"
                } else {
                    ""
                };
                println!(
                    "    {:<21} {:>16}   ({why}{note})",
                    payee.name(),
                    plus(paid + credited)
                );
            }
            let expected_split = if self.can_receive(payee) {
                (expected, 0)
            } else {
                (0, expected)
            };
            assert_eq!(
                (paid, credited),
                expected_split,
                "{} got a different share (paid, credited)",
                payee.name()
            );
            if credited != 0 {
                let event = self
                    .last_events
                    .iter()
                    .find(|e| {
                        e.name == "payment_credited"
                            && self.show(e.field("recipient")) == payee.name()
                    })
                    .unwrap_or_else(|| panic!("no payment_credited event for {}", payee.name()));
                assert_eq!(event.i128("amount"), credited, "payment_credited amount");
            }
            self.expected[p] += expected;
            paid_out += paid;
        }
        assert_eq!(
            before.contract - after.contract,
            paid_out,
            "the contract's balance moved by more or less than what it paid"
        );
        self.check_accounts();
    }

    /// Checks the escrow's books against the token: the contract holds exactly what the escrow
    /// still holds (`funded − paid_out`) plus what it credited and nobody withdrew yet, and
    /// what the escrow holds is what its milestones hold.
    fn check_accounts(&self) {
        let escrow = self.f.client.get_escrow(&self.escrow_id);
        let held: i128 = self
            .f
            .client
            .get_milestones(&self.escrow_id)
            .iter()
            .map(|m| m.held)
            .sum();
        let s = self.snapshot();
        let credited: i128 = s.credited.iter().sum();
        assert_eq!(
            s.contract,
            escrow.funded - escrow.paid_out + credited,
            "the contract's balance vs the escrow's books and the credits"
        );
        assert_eq!(
            escrow.funded - escrow.paid_out,
            held,
            "the escrow vs its milestones"
        );
    }

    /// Checks the amounts of the payout event `name` of milestone `index` in the last call, and
    /// for a split (`settled`) the refund and the kind.
    fn check_payout_event(
        &self,
        name: &str,
        index: u32,
        to_receiver: i128,
        fee: i128,
        settled: Option<(i128, &str)>,
    ) {
        let event = self
            .last_events
            .iter()
            .find(|e| e.name == name && e.u32("milestone_index") == index)
            .unwrap_or_else(|| panic!("no {name} event for milestone {}", index + 1));
        assert_eq!(
            self.show(event.field("receiver")),
            MILESTONES[index as usize].paid_to.name(),
            "event's receiver"
        );
        assert_eq!(
            event.i128("paid_to_receiver"),
            to_receiver,
            "event's paid_to_receiver"
        );
        assert_eq!(event.i128("platform_fee"), fee, "event's platform_fee");
        if let Some((refund, kind)) = settled {
            assert_eq!(
                event.i128("refunded_to_approver"),
                refund,
                "event's refunded_to_approver"
            );
            assert_eq!(event.symbol("kind"), kind, "event's settlement kind");
        }
    }

    /// Whether `payee`'s account can receive USDC now.
    fn can_receive(&self, payee: Payee) -> bool {
        payee != Payee::Platform || self.platform_can_receive
    }

    fn address(&self, payee: Payee) -> Address {
        match payee {
            Payee::Alice => self.f.parties.approver.clone(),
            Payee::Bob => self.f.parties.receiver.clone(),
            Payee::Photographer => self.photographer.clone(),
            Payee::Platform => self.f.parties.platform.clone(),
        }
    }

    /// The escrow, its milestones and every payee's USDC: all a refused call must leave as
    /// they were.
    fn chain_state(&self) -> (Escrow, Vec<Milestone>, Snapshot) {
        let escrow = self.f.client.get_escrow(&self.escrow_id);
        let milestones = self.f.client.get_milestones(&self.escrow_id);
        (escrow, milestones, self.snapshot())
    }

    fn snapshot(&self) -> Snapshot {
        let token = &self.f.usdc.address;
        let mut snapshot = Snapshot {
            paid: [0; 4],
            credited: [0; 4],
            contract: self.f.usdc.balance(&self.f.contract),
        };
        for (p, payee) in Payee::ALL.into_iter().enumerate() {
            let who = self.address(payee);
            snapshot.paid[p] = match self.f.usdc.client.try_balance(&who) {
                Ok(Ok(balance)) => balance,
                // A classic account without a trustline holds none of the asset; the token
                // answers its balance query with an error.
                Err(_) if !self.can_receive(payee) => 0,
                other => panic!("balance of {}: {other:?}", payee.name()),
            };
            snapshot.credited[p] = self.f.client.claimable(&who, token);
        }
        snapshot
    }

    // ----- what the host recorded ------------------------------------------------------------

    /// Prints the clock and the call about to be made.
    fn call(&self, who: &str, what: &str) {
        println!(
            "[{}] {who} → {what}",
            clock(self.f.env.ledger().timestamp())
        );
    }

    /// Reads what the host recorded about the call that just ran (who signed, what it cost,
    /// what it published) and prints it. Must run right after the call: the next call resets it.
    fn receipt(&mut self) {
        let signers = self.signers();
        self.last_events = self
            .f
            .env
            .events()
            .all()
            .filter_by_contract(&self.f.contract)
            .events()
            .iter()
            .map(Event::decode)
            .collect();
        let resources = self.f.env.cost_estimate().resources();
        let fee = self.f.env.cost_estimate().fee();
        // The escrow keeps nothing in temporary storage: the temporary rent is that of the
        // signature nonce the test host's mocked authorization writes, an artifact left out.
        let without_rent = fee.total - fee.persistent_entry_rent - fee.temporary_entry_rent;
        let rent = fee.persistent_entry_rent;
        self.calls += 1;
        self.total_fee += without_rent + rent;

        let mut line = format!("  signed by: {signers}");
        if !self.last_events.is_empty() {
            let names: std::vec::Vec<&str> =
                self.last_events.iter().map(|e| e.name.as_str()).collect();
            line += &format!(" · events: {}", names.join(", "));
        }
        println!("{line}");
        println!(
            "  cost: {} CPU instructions · {} bytes written · fee {} stroops + rent {}",
            group(resources.instructions as i128),
            group(resources.write_bytes as i128),
            group(without_rent as i128),
            group(rent as i128),
        );
    }

    /// Who signed the last call, and for what (a signature covers the calls made inside).
    fn signers(&self) -> String {
        let auths = self.f.env.auths();
        if auths.is_empty() {
            return "nobody (a read)".into();
        }
        let signers: std::vec::Vec<String> = auths
            .iter()
            .map(|(who, invocation)| match self.sub_calls(invocation) {
                subs if subs.is_empty() => self.name(who),
                subs => format!("{} (also covering {})", self.name(who), subs.join(", ")),
            })
            .collect();
        signers.join(", ")
    }

    /// The calls a signature covers beneath the top-level one, e.g. `USDC.transfer`.
    fn sub_calls(&self, invocation: &AuthorizedInvocation) -> std::vec::Vec<String> {
        let mut calls = std::vec::Vec::new();
        for sub in &invocation.sub_invocations {
            if let AuthorizedFunction::Contract((contract, function, _)) = &sub.function {
                calls.push(format!("{}.{}", self.name(contract), function.to_string()));
            }
            calls.extend(self.sub_calls(sub));
        }
        calls
    }

    /// The story's name for an address.
    fn name(&self, address: &Address) -> String {
        let p = &self.f.parties;
        let names = [
            (&p.approver, "Alice"),
            (&p.service_provider, "Bob"),
            (&p.receiver, "Bob's payout address"),
            (&self.photographer, "the photographer"),
            (&p.platform, "the platform"),
            (&p.release_signer, "the release signer"),
            (&p.dispute_resolver, "the dispute resolver"),
            (&p.admin, "the admin"),
            (&self.f.contract, "the escrow contract"),
            (&self.f.usdc.address, "USDC"),
        ];
        names
            .iter()
            .find(|(a, _)| *a == address)
            .map(|(_, name)| name.to_string())
            .unwrap_or_else(|| address.to_string().to_string())
    }

    fn last_event(&self, name: &str) -> Option<&Event> {
        self.last_events.iter().find(|e| e.name == name)
    }

    /// Prints the notification the platform sends for each `milestone_updated` event of the
    /// last call.
    fn notify(&self) {
        for event in self
            .last_events
            .iter()
            .filter(|e| e.name == "milestone_updated")
        {
            let lines = self.notification(event);
            println!("  platform notifies → {}", lines[0]);
            for line in &lines[1..] {
                println!("                      {line}");
            }
        }
    }

    /// What the platform tells the other party when a milestone changes, from the event alone
    /// (plus the milestone titles and payees it already knows from creating the escrow): a
    /// headline and detail lines.
    fn notification(&self, event: &Event) -> std::vec::Vec<String> {
        let index = event.u32("milestone_index") as usize;
        let milestone = format!(
            "milestone {} '{}' of escrow {}",
            index + 1,
            MILESTONES[index].description,
            event.escrow_id.expect("milestone_updated has an escrow id")
        );
        let by = self.show(event.field("changed_by"));
        let notes = format!("Notes: {}", self.show(event.field("notes")));
        match (event.symbol("status").as_str(), by.as_str()) {
            ("ForReview", _) => vec![
                format!("To Alice: {by} marked {milestone} ready for review."),
                format!("Evidence: {}", self.show(event.field("evidence"))),
                notes,
            ],
            ("ChangesRequested", _) => vec![
                format!("To Bob: {by} asked for changes on {milestone}."),
                notes,
            ],
            ("Approved", _) => vec![format!(
                "To Bob: {by} approved {milestone}; payout is on its way."
            )],
            // Only a claim releases a milestone in Bob's name.
            ("Released", "Bob") => vec![format!(
                "To Alice: Bob claimed {milestone}: its review period ended unanswered."
            )],
            ("Released", _) => vec![format!(
                "To Bob: {milestone} was paid out to {}.",
                MILESTONES[index].paid_to.name()
            )],
            ("Disputed", _) => {
                let other = if by == "Alice" { "Bob" } else { "Alice" };
                vec![format!("To {other}: {by} disputed {milestone}."), notes]
            }
            // A split says which kind it was in its `milestone_settled` event.
            ("Resolved" | "Cancelled", _) => match self.settlement_kind(index).as_str() {
                "Ruling" => vec![format!(
                    "To Alice and Bob: the dispute resolver ruled on {milestone}."
                )],
                "Fallback" => vec![
                    format!("To Alice and Bob: {by} applied the fallback split to {milestone}:"),
                    "the resolver did not rule within the resolution period.".into(),
                ],
                "Agreement" => vec![format!(
                    "To Alice and Bob: {milestone} was settled by their agreement."
                )],
                "Cancellation" => vec![format!(
                    "To Bob: {by} cancelled {milestone}: its deadline passed undelivered."
                )],
                kind => panic!("an unknown settlement kind {kind}"),
            },
            (other, _) => vec![format!("{milestone} is now {other}")],
        }
    }

    /// The `kind` of the last call's `milestone_settled` event of milestone `index`.
    fn settlement_kind(&self, index: usize) -> String {
        self.last_events
            .iter()
            .find(|e| e.name == "milestone_settled" && e.u32("milestone_index") as usize == index)
            .expect("a split publishes milestone_settled")
            .symbol("kind")
    }

    /// A value of an event field, readable: party names for addresses, USDC for amounts.
    fn show(&self, value: &ScVal) -> String {
        match value {
            ScVal::Void => "none".into(),
            ScVal::Bool(b) => b.to_string(),
            ScVal::U32(n) => n.to_string(),
            ScVal::U64(n) => n.to_string(),
            ScVal::I128(parts) => usdc(i128::from(parts)),
            ScVal::String(s) => format!("\"{}\"", s.0.to_utf8_string_lossy()),
            ScVal::Symbol(s) => s.0.to_utf8_string_lossy(),
            // A unit enum variant such as `MilestoneStatus::ForReview` is `[Symbol("ForReview")]`.
            ScVal::Vec(Some(items)) if items.len() == 1 => self.show(&items[0]),
            ScVal::Address(a) => match Address::try_from_val(&self.f.env, a) {
                Ok(address) => self.name(&address),
                Err(_) => format!("{a:?}"),
            },
            other => format!("{other:?}"),
        }
    }

    fn print_milestone(&self, m: &Milestone) {
        println!("    description  {}", m.description);
        println!("    amount       {}", usdc(m.amount));
        println!("    status       {:?}", m.status);
        println!("    approved     {}", m.approved);
        println!("    evidence     {}", opt(&m.evidence));
        println!("    notes        {}", opt(&m.notes));
        println!(
            "    updated_at   {} ({})",
            m.updated_at,
            clock(m.updated_at)
        );
        println!("    deadline     {} ({})", m.deadline, clock(m.deadline));
        println!("    receiver     {}", self.name(&m.receiver));
        println!("    held         {}", usdc(m.held));
    }

    /// Moves the ledger clock to `day` days after the start (Monday) at `hour:minute` UTC.
    fn at(&self, day: u64, hour: u64, minute: u64) {
        self.set_time(START_TIMESTAMP + day * DAY + hour * 3_600 + minute * 60);
    }

    /// Moves the ledger clock to `timestamp`, and its sequence by as many five-second ledgers.
    fn set_time(&self, timestamp: u64) {
        self.f.env.ledger().with_mut(|ledger| {
            let elapsed = timestamp.saturating_sub(ledger.timestamp);
            ledger.sequence_number += (elapsed / SECONDS_PER_LEDGER) as u32;
            ledger.timestamp = timestamp;
        });
    }
}

/// A contract event decoded from its XDR: the name topic, the escrow id topic (contract-level
/// events such as `withdrawn` have none), and the data fields.
#[derive(Clone)]
struct Event {
    name: String,
    escrow_id: Option<u64>,
    fields: std::vec::Vec<(String, ScVal)>,
}

impl Event {
    fn decode(event: &xdr::ContractEvent) -> Self {
        let xdr::ContractEventBody::V0(body) = &event.body;
        let name = match body.topics.first() {
            Some(ScVal::Symbol(s)) => s.0.to_utf8_string_lossy(),
            other => panic!("an event without a name topic: {other:?}"),
        };
        let escrow_id = match body.topics.get(1) {
            Some(ScVal::U64(id)) => Some(*id),
            _ => None,
        };
        let fields = match &body.data {
            ScVal::Map(Some(map)) => map
                .0
                .iter()
                .map(|entry| {
                    let key = match &entry.key {
                        ScVal::Symbol(s) => s.0.to_utf8_string_lossy(),
                        other => format!("{other:?}"),
                    };
                    (key, entry.val.clone())
                })
                .collect(),
            other => panic!("event {name} has no field map: {other:?}"),
        };
        Event {
            name,
            escrow_id,
            fields,
        }
    }

    fn field(&self, name: &str) -> &ScVal {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
            .unwrap_or_else(|| panic!("event {} has no field {name}", self.name))
    }

    fn u32(&self, name: &str) -> u32 {
        match self.field(name) {
            ScVal::U32(n) => *n,
            other => panic!("{}.{name} is not a u32: {other:?}", self.name),
        }
    }

    fn u64(&self, name: &str) -> u64 {
        match self.field(name) {
            ScVal::U64(n) => *n,
            other => panic!("{}.{name} is not a u64: {other:?}", self.name),
        }
    }

    fn i128(&self, name: &str) -> i128 {
        match self.field(name) {
            ScVal::I128(parts) => i128::from(parts),
            other => panic!("{}.{name} is not an i128: {other:?}", self.name),
        }
    }

    /// A unit enum variant's name, e.g. the `status` field's `ForReview`.
    fn symbol(&self, name: &str) -> String {
        match self.field(name) {
            ScVal::Vec(Some(items)) => match items.first() {
                Some(ScVal::Symbol(s)) => s.0.to_utf8_string_lossy(),
                other => panic!("{}.{name} is not an enum variant: {other:?}", self.name),
            },
            other => panic!("{}.{name} is not an enum variant: {other:?}", self.name),
        }
    }
}

/// What all milestones together pay.
fn total_amount() -> i128 {
    MILESTONES.iter().map(|plan| plan.amount).sum()
}

/// The platform fee on a payout of `gross` to a receiver, rounded down.
fn fee_on(gross: i128) -> i128 {
    gross * i128::from(FEE_BPS) / 10_000
}

// ----- printing --------------------------------------------------------------------------------

fn heading(title: &str) {
    println!();
    println!("== {title} ==");
}

fn print_escrow(e: &Escrow) {
    println!(
        "  escrow {}  {} \"{}\", fee {} bps, review {} days, resolution {} days, fallback {} bps",
        e.id,
        e.engagement_id,
        e.title,
        e.platform_fee_bps,
        e.review_period / DAY,
        e.resolution_period / DAY,
        group(e.fallback_receiver_bps.into())
    );
    println!(
        "  total {} · funded {} · paid out {} · held {} · open {}",
        usdc(e.total_amount),
        usdc(e.funded),
        usdc(e.paid_out),
        usdc(e.funded - e.paid_out),
        usdc(e.open_amount)
    );
}

fn opt(text: &Option<soroban_sdk::String>) -> String {
    match text {
        Some(text) => format!("\"{text}\""),
        None => "none".into(),
    }
}

/// Basis points as a percentage: `2.5 %`, `50 %`.
fn percent(bps: u32) -> String {
    match bps % 100 {
        0 => format!("{} %", bps / 100),
        rest => format!(
            "{}.{} %",
            bps / 100,
            format!("{rest:02}").trim_end_matches('0')
        ),
    }
}

/// An amount of USDC (7 decimals) with thousands separators and at least two decimals:
/// `1,462.50 USDC`, `0.0000001 USDC`.
fn usdc(amount: i128) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    let units = amount.unsigned_abs();
    let whole = units / USDC as u128;
    let fraction = format!("{:07}", units % USDC as u128);
    let fraction = fraction.trim_end_matches('0');
    let fraction = format!("{fraction:0<2}");
    format!("{sign}{}.{fraction} USDC", group(whole as i128))
}

/// A balance change with its sign: `+487.50 USDC`.
fn plus(amount: i128) -> String {
    if amount >= 0 {
        format!("+{}", usdc(amount))
    } else {
        usdc(amount)
    }
}

/// Stroops as XLM (1 XLM = 10 000 000 stroops).
fn xlm(stroops: i64) -> String {
    format!("{}.{:07}", stroops / 10_000_000, stroops % 10_000_000)
}

/// An integer with thousands separators: `1,234,567`.
fn group(n: i128) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A ledger timestamp as `Wed 25 Nov 2026 16:30 UTC`, with seconds when there are any
/// (`Mon 14 Dec 2026 09:59:59 UTC`).
fn clock(timestamp: u64) -> String {
    let seconds = timestamp % 86_400;
    let time = format!("{:02}:{:02}", seconds / 3_600, seconds % 3_600 / 60);
    let time = match seconds % 60 {
        0 => time,
        s => format!("{time}:{s:02}"),
    };
    format!("{} {time} UTC", date(timestamp))
}

/// The day of a ledger timestamp as `Wed 25 Nov 2026`.
fn date(timestamp: u64) -> String {
    const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = (timestamp / 86_400) as i64;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{} {day:02} {} {year}",
        WEEKDAYS[(days + 4).rem_euclid(7) as usize], // 1970-01-01 was a Thursday
        MONTHS[month as usize - 1],
    )
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
