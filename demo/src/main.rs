//! `make demo`: the milestone escrow story, played on the shipped optimized `escrow.wasm` inside
//! a local Soroban host (the real host and the real Stellar Asset Contract, mainnet-like ledger
//! settings, no network).
//!
//! A marketplace opens an escrow for Alice (the client) and Bob (the provider); Alice funds it;
//! Bob delivers milestone by milestone; Alice asks for changes, approves, and disputes; the
//! release signer and the dispute resolver pay out. After every call the demo prints who signed
//! it and what it would cost on mainnet, as the host measured it. At the end it checks that
//! every token is where the story says it is, and exits non-zero if not.

use escrow::{
    testutils::{Fixture, START_TIMESTAMP},
    Escrow, Milestone, MilestoneStatus, NewEscrow, NewMilestone,
};
use soroban_sdk::{
    testutils::{AuthorizedFunction, AuthorizedInvocation, Events as _, Ledger as _},
    xdr::{self, ScVal},
    Address, TryFromVal, Vec,
};

/// One USDC in its smallest unit (USDC on Stellar has 7 decimals).
const USDC: i128 = 10_000_000;
/// The platform's fee on every payout, in basis points (2.5 %).
const FEE_BPS: u32 = 250;
/// The milestones: what is delivered, and what it pays.
const MILESTONES: [(&str, i128); 3] = [
    ("Wireframes", 500 * USDC),
    ("Landing page design", 1_500 * USDC),
    ("Responsive build", 1_000 * USDC),
];
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
    demo.show_final_state();
    demo.check_invariants();
}

/// The story's state: the host with the contract and the tokens, the escrow's id, and what the
/// story expects to have happened (checked against the chain at the end).
struct Demo<'a> {
    f: Fixture<'a>,
    escrow_id: u64,
    /// The last call's contract events, as the platform's indexer receives them.
    last_events: std::vec::Vec<Event>,
    /// The event of Bob's first delivery, shown in detail in step 5.
    delivery_event: Option<Event>,
    expected: Expected,
    calls: u32,
    total_fee: i64,
}

/// What the story says every party ends up with.
#[derive(Default)]
struct Expected {
    to_receiver: i128,
    to_platform: i128,
    refunded: i128,
}

/// The USDC balance of every party of the story.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Balances {
    alice: i128,
    receiver: i128,
    platform: i128,
    contract: i128,
}

impl<'a> Demo<'a> {
    fn new(f: Fixture<'a>) -> Self {
        Demo {
            f,
            escrow_id: 0,
            last_events: std::vec::Vec::new(),
            delivery_event: None,
            expected: Expected::default(),
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
                "the platform",
                "the marketplace: opens escrows, earns a 2.5 % fee",
            ),
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
        heading("1. The platform opens the escrow");
        self.at(0, 9, 0);
        let total = total_amount();
        for (i, (description, amount)) in MILESTONES.iter().enumerate() {
            println!(
                "  milestone {}  {description:<20} {:>17}",
                i + 1,
                usdc(*amount)
            );
        }
        println!("  total        {:<20} {:>17}", "", usdc(total));
        self.call(
            "the platform",
            "create_escrow(ORD-7731 \"Landing page redesign\", 3 milestones, fee 250 bps)",
        );
        let new_escrow = self.new_escrow();
        self.escrow_id = self.f.client.mock_all_auths().create_escrow(&new_escrow);
        self.receipt();
        println!("  → escrow id {}", self.escrow_id);
        assert_eq!(
            self.escrow_id, 1,
            "the first escrow of a contract gets id 1"
        );
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
        let balances = self.balances();
        println!("  → the escrow contract holds {}", usdc(balances.contract));
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
        print_milestone(&as_alice);
        assert_eq!(as_alice.status, MilestoneStatus::ForReview);
        assert!(
            !as_alice.approved,
            "a milestone under review is not approved yet"
        );
    }

    fn show_event_to_platform(&mut self) {
        heading("5. The milestone_updated event, as the platform receives it");
        let event = self
            .delivery_event
            .clone()
            .expect("Bob's submission published no milestone_updated event");
        println!(
            "  topics: [\"{}\", {}]   (subscribe by escrow id)",
            event.name, event.escrow_id
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
        self.call(
            "Alice",
            "dispute_milestone(escrow 1, milestone 2, caller Alice, reason)",
        );
        let reason = self
            .f
            .text("Only 3 of the 5 agreed pages are designed; brand colours are off.");
        self.f.client.mock_all_auths().dispute_milestone(
            &self.escrow_id,
            &1,
            &self.f.parties.approver,
            &reason,
        );
        self.receipt();
        self.notify();

        self.at(14, 12, 0);
        self.resolve(1, DISPUTE_AWARD_PERCENT);
    }

    fn show_final_state(&mut self) {
        heading("8. Where everything stands");
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
        let b = self.balances();
        println!("USDC balances:");
        println!("  Alice                  {:>17}", usdc(b.alice));
        println!("  Bob's payout address   {:>17}", usdc(b.receiver));
        println!("  the platform           {:>17}", usdc(b.platform));
        println!(
            "  the escrow contract    {:>17}   (milestone 3, still to deliver)",
            usdc(b.contract)
        );
        println!(
            "The whole story: {} contract calls, {} stroops of fees ({} XLM).",
            self.calls,
            group(self.total_fee as i128),
            xlm(self.total_fee)
        );
    }

    fn check_invariants(&mut self) {
        heading("9. Checks");
        let escrow = self.f.client.get_escrow(&self.escrow_id);
        let milestones: std::vec::Vec<Milestone> = self
            .f
            .client
            .get_milestones(&self.escrow_id)
            .iter()
            .collect();
        let b = self.balances();
        let total = total_amount();
        let settled = MILESTONES[0].1 + MILESTONES[1].1;

        assert_eq!(escrow.total_amount, total, "total_amount");
        assert_eq!(escrow.funded, total, "funded");
        assert_eq!(escrow.paid_out, settled, "paid_out");
        assert_eq!(
            b.contract,
            escrow.funded - escrow.paid_out,
            "contract balance != funded − paid_out"
        );
        assert_eq!(
            b.receiver, self.expected.to_receiver,
            "Bob's payout address"
        );
        assert_eq!(b.platform, self.expected.to_platform, "the platform's fees");
        assert_eq!(b.alice, self.expected.refunded, "Alice's refund");
        assert_eq!(
            b.alice + b.receiver + b.platform + b.contract,
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
                (MilestoneStatus::Pending, false),
            ],
            "milestone statuses"
        );
        println!(
            "  ✓ contract balance = funded − paid_out = {}",
            usdc(b.contract)
        );
        println!("  ✓ payouts, fees and refund match the splits; no USDC appeared or vanished");
        println!("  ✓ milestones: Released (approved), Resolved, Pending");
    }

    // ----- the calls -------------------------------------------------------------------------

    fn new_escrow(&self) -> NewEscrow {
        let mut milestones = Vec::new(&self.f.env);
        for (description, amount) in MILESTONES {
            milestones.push_back(NewMilestone {
                description: self.f.text(description),
                amount,
            });
        }
        NewEscrow {
            engagement_id: self.f.text("ORD-7731"),
            title: self.f.text("Landing page redesign"),
            description: self.f.text(
                "Redesign of the product landing page: wireframes, visual design, responsive build.",
            ),
            roles: self.f.parties.roles(),
            token: self.f.usdc.address.clone(),
            platform_fee_bps: FEE_BPS,
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

    /// The release signer pays an approved milestone out.
    fn release(&mut self, index: u32) {
        let amount = MILESTONES[index as usize].1;
        let fee = amount * FEE_BPS as i128 / 10_000;
        let before = self.balances();
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
        self.show_split(
            &before,
            "milestone_released",
            amount - fee,
            fee,
            0,
            ["amount − 2.5 % fee", "fee", ""],
        );
    }

    /// The dispute resolver awards Bob `percent` of a disputed milestone; Alice gets the rest.
    fn resolve(&mut self, index: u32, percent: i128) {
        let amount = MILESTONES[index as usize].1;
        let award = amount * percent / 100;
        let fee = award * FEE_BPS as i128 / 10_000;
        let before = self.balances();
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
        self.show_split(
            &before,
            "dispute_resolved",
            award - fee,
            fee,
            amount - award,
            ["award − 2.5 % fee", "fee on the award", "refund"],
        );
    }

    /// Prints what a payout moved since `before`, and checks it against the expected split and
    /// against the amounts in the payout event `event_name`.
    fn show_split(
        &mut self,
        before: &Balances,
        event_name: &str,
        to_receiver: i128,
        fee: i128,
        refund: i128,
        why: [&str; 3],
    ) {
        let event = self
            .last_event(event_name)
            .unwrap_or_else(|| panic!("no {event_name} event"))
            .clone();
        let after = self.balances();
        let moved = [
            (
                "Bob's payout address",
                after.receiver - before.receiver,
                to_receiver,
            ),
            ("the platform", after.platform - before.platform, fee),
            ("Alice", after.alice - before.alice, refund),
        ];
        for ((who, got, expected), why) in moved.into_iter().zip(why) {
            if expected != 0 || got != 0 {
                println!("    {who:<21} {:>16}   ({why})", plus(got));
            }
            assert_eq!(got, expected, "{who} got a different share");
        }
        assert_eq!(
            event.i128("receiver_amount"),
            to_receiver,
            "event's receiver_amount"
        );
        assert_eq!(event.i128("platform_fee"), fee, "event's platform_fee");
        if refund != 0 {
            assert_eq!(event.i128("refund_amount"), refund, "event's refund_amount");
        }
        self.expected.to_receiver += to_receiver;
        self.expected.to_platform += fee;
        self.expected.refunded += refund;
    }

    fn balances(&self) -> Balances {
        let usdc = &self.f.usdc;
        Balances {
            alice: usdc.balance(&self.f.parties.approver),
            receiver: usdc.balance(&self.f.parties.receiver),
            platform: usdc.balance(&self.f.parties.platform),
            contract: usdc.balance(&self.f.contract),
        }
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

    /// Prints the notification the platform sends for the last call's `milestone_updated` event.
    fn notify(&self) {
        if let Some(event) = self.last_event("milestone_updated") {
            let lines = self.notification(event);
            println!("  platform notifies → {}", lines[0]);
            for line in &lines[1..] {
                println!("                      {line}");
            }
        }
    }

    /// What the platform tells the other party when a milestone changes, from the event alone
    /// (plus the milestone titles it already knows from creating the escrow): a headline and
    /// detail lines.
    fn notification(&self, event: &Event) -> std::vec::Vec<String> {
        let index = event.u32("milestone_index") as usize;
        let milestone = format!(
            "milestone {} '{}' of escrow {}",
            index + 1,
            MILESTONES[index].0,
            event.escrow_id
        );
        let by = self.show(event.field("changed_by"));
        let notes = format!("Notes: {}", self.show(event.field("notes")));
        match event.symbol("status").as_str() {
            "ForReview" => vec![
                format!("To Alice: {by} marked {milestone} ready for review."),
                format!("Evidence: {}", self.show(event.field("evidence"))),
                notes,
            ],
            "ChangesRequested" => vec![
                format!("To Bob: {by} asked for changes on {milestone}."),
                notes,
            ],
            "Approved" => vec![format!(
                "To Bob: {by} approved {milestone}; payout is on its way."
            )],
            "Released" => vec![format!("To Bob: {milestone} was paid out.")],
            "Disputed" => {
                let other = if by == "Alice" { "Bob" } else { "Alice" };
                vec![format!("To {other}: {by} disputed {milestone}."), notes]
            }
            "Resolved" => vec![format!("To Alice and Bob: {by} settled {milestone}.")],
            other => vec![format!("{milestone} is now {other}")],
        }
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

    /// Moves the ledger clock to `day` days after the start (Monday) at `hour:minute` UTC.
    fn at(&self, day: u64, hour: u64, minute: u64) {
        let timestamp = START_TIMESTAMP + day * 86_400 + hour * 3_600 + minute * 60;
        self.f.env.ledger().with_mut(|ledger| {
            let elapsed = timestamp.saturating_sub(ledger.timestamp);
            ledger.sequence_number += (elapsed / SECONDS_PER_LEDGER) as u32;
            ledger.timestamp = timestamp;
        });
    }
}

/// A contract event decoded from its XDR: the name and escrow id topics, and the data fields.
#[derive(Clone)]
struct Event {
    name: String,
    escrow_id: u64,
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
            Some(ScVal::U64(id)) => *id,
            other => panic!("event {name} has no escrow id topic: {other:?}"),
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
    MILESTONES.iter().map(|(_, amount)| amount).sum()
}

// ----- printing --------------------------------------------------------------------------------

fn heading(title: &str) {
    println!();
    println!("== {title} ==");
}

fn print_milestone(m: &Milestone) {
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
}

fn print_escrow(e: &Escrow) {
    println!(
        "  escrow {}  {} \"{}\", fee {} bps",
        e.id, e.engagement_id, e.title, e.platform_fee_bps
    );
    println!(
        "  total {} · funded {} · paid out {} · held {}",
        usdc(e.total_amount),
        usdc(e.funded),
        usdc(e.paid_out),
        usdc(e.funded - e.paid_out)
    );
}

fn opt(text: &Option<soroban_sdk::String>) -> String {
    match text {
        Some(text) => format!("\"{text}\""),
        None => "none".into(),
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

/// A ledger timestamp as `Wed 25 Nov 2026 16:30 UTC`.
fn clock(timestamp: u64) -> String {
    const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = (timestamp / 86_400) as i64;
    let seconds = timestamp % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{} {day:02} {} {year} {:02}:{:02} UTC",
        WEEKDAYS[(days + 4).rem_euclid(7) as usize], // 1970-01-01 was a Thursday
        MONTHS[month as usize - 1],
        seconds / 3_600,
        seconds % 3_600 / 60
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
