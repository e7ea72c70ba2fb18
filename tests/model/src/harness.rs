//! Runs operations on the contract in the Soroban host and on the [`Model`] side by side, and
//! after every step checks that they agree and that the invariants hold.
//!
//! Every call is signed by exactly the operation's signer (`mock_auths` with that address and
//! the exact invocation, token transfer included), so a wrong signer is a real missing
//! signature, refused by the host.

use std::collections::BTreeSet;

use escrow::{
    testutils::{Fixture, Token},
    Error, Escrow, EscrowContractClient, Milestone, MilestoneStatus, NewEscrow, NewMilestone,
    Roles,
};
use soroban_sdk::{
    testutils::{MockAuth, MockAuthInvoke},
    Address, BytesN, IntoVal, InvokeError, String as SorobanString, Val, Vec as SorobanVec,
};

use crate::{
    model::{caps, role, CreateArgs, MEscrow, MMilestone, Model, Outcome, CONTRACT, HOLDERS},
    ops::{Amount, CreateText, EscrowSel, Fee, Index, Op, RolesSel, Signer, Status, TextLen, Who},
};

/// What a `try_` client call returns.
type TryResult<T, C> = Result<Result<T, C>, Result<Error, InvokeError>>;

/// Everything observable: every escrow with its milestones, every holder's balances.
#[derive(Clone, Debug, PartialEq)]
pub struct Observed {
    /// Escrows in id order.
    pub escrows: Vec<(Escrow, Vec<Milestone>)>,
    /// `balances[holder][token]`.
    pub balances: [[i128; 2]; HOLDERS],
}

/// The contract under test and its model.
pub struct Harness<'a> {
    /// The host, contract, tokens and parties.
    pub f: Fixture<'a>,
    /// What should be.
    pub model: Model,
    holders: Vec<Address>,
    observed: Observed,
    /// Steps run.
    pub steps: usize,
    /// Calls the model predicted to succeed, and did.
    pub succeeded: usize,
    /// Every (operation, outcome) pair met, to check that sequences reach every outcome.
    pub seen: BTreeSet<(&'static str, Outcome)>,
}

impl<'a> Harness<'a> {
    /// A harness on `fixture` (native or wasm), starting from a contract with no escrow.
    pub fn new(fixture: Fixture<'a>) -> Self {
        // The test host records a diagnostic event for every call, with its arguments; the
        // harness never reads them, and they cost most of a step's time.
        fixture
            .env
            .host()
            .set_diagnostic_level(soroban_env_host::DiagnosticLevel::None)
            .expect("diagnostics off");
        let mut holders: Vec<Address> = fixture.parties.all().into_iter().map(|(_, a)| a).collect();
        holders.push(fixture.contract.clone());
        assert_eq!(holders.len(), HOLDERS);
        let model = Model {
            now: fixture.env.ledger().timestamp(),
            ..Model::default()
        };
        let mut harness = Harness {
            f: fixture,
            model,
            holders,
            observed: Observed {
                escrows: Vec::new(),
                balances: [[0; 2]; HOLDERS],
            },
            steps: 0,
            succeeded: 0,
            seen: BTreeSet::new(),
        };
        harness.observed = harness.observe();
        harness.check_against_model();
        harness
    }

    /// Runs every operation, checking after each.
    pub fn run(&mut self, ops: &[Op]) {
        for op in ops {
            self.step(op);
        }
    }

    fn token(&self, token: usize) -> &Token<'a> {
        if token == 0 {
            &self.f.usdc
        } else {
            &self.f.eurc
        }
    }

    fn addr(&self, holder: usize) -> &Address {
        &self.holders[holder]
    }

    fn text(&self, s: &str) -> SorobanString {
        SorobanString::from_str(&self.f.env, s)
    }

    fn escrow_id(&self, sel: EscrowSel) -> u64 {
        let n = self.model.escrows.len() as u64;
        match sel {
            EscrowSel::Existing(i) if n > 0 => 1 + i as u64 % n,
            EscrowSel::Existing(_) | EscrowSel::Next => n + 1,
            EscrowSel::Raw(id) => id,
        }
    }

    fn index(&self, id: u64, index: Index) -> u32 {
        let count = self.model.escrow(id).map_or(0, |e| e.milestones.len()) as u32;
        match index {
            Index::Valid(i) if count > 0 => i as u32 % count,
            Index::Valid(_) | Index::PastEnd => count,
            Index::Raw(i) => i,
        }
    }

    /// The signer's holder index; `expected` is who the call needs (`None` when the escrow does
    /// not exist, then the platform stands in).
    fn signer(signer: Signer, expected: Option<usize>) -> Option<usize> {
        match signer {
            // Nobody can sign as the contract itself (and a signature mocked for it leaves the
            // test host's auth state unusable), so a call that needs it goes unsigned.
            Signer::Expected => match expected.unwrap_or(Who::Platform.index()) {
                CONTRACT => None,
                holder => Some(holder),
            },
            Signer::Party(who) => Some(who.index()),
            Signer::Nobody => None,
        }
    }

    /// The holder of `role` in escrow `id`, if it exists.
    fn role_of(&self, id: u64, role: usize) -> Option<usize> {
        self.model.escrow(id).map(|e| e.roles[role])
    }

    /// The text a [`TextLen`] stands for, against `cap`.
    fn text_of(len: TextLen, cap: usize, short: &str) -> String {
        match len {
            TextLen::Empty => String::new(),
            TextLen::Short => short.to_string(),
            TextLen::AtCap => "x".repeat(cap),
            TextLen::OverCap => "x".repeat(cap + 1),
        }
    }

    /// The auth entries for `signer` signing `fn_name(args)` on the contract, with an optional
    /// token transfer under it; none for `None`.
    fn with_auth<R>(
        &self,
        signer: Option<usize>,
        fn_name: &str,
        args: SorobanVec<Val>,
        transfer: Option<(&Address, SorobanVec<Val>)>,
        call: impl for<'b> FnOnce(&EscrowContractClient<'b>) -> R,
    ) -> R {
        let client = EscrowContractClient::new(&self.f.env, &self.f.contract);
        let sub = transfer.map(|(token, args)| MockAuthInvoke {
            contract: token,
            fn_name: "transfer",
            args,
            sub_invokes: &[],
        });
        let invoke = MockAuthInvoke {
            contract: &self.f.contract,
            fn_name,
            args,
            sub_invokes: sub.as_slice(),
        };
        match signer {
            Some(s) => {
                let auths = [MockAuth {
                    address: self.addr(s),
                    invoke: &invoke,
                }];
                call(&client.mock_auths(&auths))
            }
            None => call(&client.mock_auths(&[])),
        }
    }

    /// Runs one operation on both sides and checks everything.
    pub fn step(&mut self, op: &Op) {
        self.steps += 1;
        let step = self.steps;
        if self.prepare(op) {
            self.observed = self.observe();
            self.check_against_model_with(&format!("step {step}: minting"));
        }
        let before = self.observed.clone();
        let model_before = self.model.clone();
        let (expected, actual) = self.execute(op);
        let context = format!("step {step}: {op:?}");
        assert_eq!(actual, expected, "{context}: outcome");
        if expected == Outcome::Ok {
            self.succeeded += 1;
        }
        self.seen.insert((op.name(), expected));
        self.observed = self.observe();
        if expected != Outcome::Ok && !matches!(op, Op::Advance { .. }) {
            // A refused call changes nothing, on either side.
            assert_eq!(
                self.observed, before,
                "{context}: a refused call changed state"
            );
            assert_eq!(
                self.model.escrows, model_before.escrows,
                "{context}: model changed"
            );
        }
        self.check_invariants(&before, &context);
        self.check_against_model_with(&context);
    }

    /// Mints what `op` needs before the call (tokens the funder or sender will spend), on both
    /// sides; returns whether anything was minted.
    fn prepare(&mut self, op: &Op) -> bool {
        let (token, to, amount) = match *op {
            Op::Fund {
                escrow,
                funder,
                amount,
                mint: true,
                ..
            } => {
                let id = self.escrow_id(escrow);
                let rest = self.model.escrow(id).map_or(1, |e| e.total - e.funded);
                let token = self.model.escrow(id).map_or(0, |e| e.token);
                (token, funder.index(), amount.resolve(rest))
            }
            Op::Donate { eurc, from, amount } => (eurc as usize, from.index(), amount as i128 + 1),
            _ => return false,
        };
        if self.model.mint(token, to, amount) {
            self.token(token).mint(self.addr(to), amount);
            true
        } else {
            false
        }
    }

    /// Runs `op`, returning the model's prediction and what the contract did.
    fn execute(&mut self, op: &Op) -> (Outcome, Outcome) {
        let env = self.f.env.clone();
        match op.clone() {
            Op::Create {
                signer,
                roles,
                eurc,
                fee,
                amounts,
                too_many,
                long_text,
            } => {
                let args =
                    self.create_args(signer, roles, eurc, fee, &amounts, too_many, long_text);
                let new = self.new_escrow(&args);
                let expected = self.model.apply_create(&args);
                let result = self.with_auth(
                    args.signer,
                    "create_escrow",
                    (new.clone(),).into_val(&env),
                    None,
                    |c| c.try_create_escrow(&new),
                );
                if let Ok(Ok(id)) = result {
                    assert_eq!(id, self.model.escrows.len() as u64, "ids in creation order");
                }
                (expected, outcome(result))
            }
            Op::Fund {
                escrow,
                signer,
                funder,
                amount,
                mint,
            } => {
                let id = self.escrow_id(escrow);
                let rest = self.model.escrow(id).map_or(1, |e| e.total - e.funded);
                let amount = amount.resolve(rest);
                let funder = funder.index();
                let _ = mint; // minted in `prepare`
                let token_address = self
                    .model
                    .escrow(id)
                    .map_or(self.f.usdc.address.clone(), |e| {
                        self.token(e.token).address.clone()
                    });
                let signer = Self::signer(signer, Some(funder));
                let expected = self.model.apply_fund(id, signer, funder, amount);
                let funder = self.addr(funder).clone();
                let contract = self.f.contract.clone();
                let result = self.with_auth(
                    signer,
                    "fund_escrow",
                    (id, funder.clone(), amount).into_val(&env),
                    Some((
                        &token_address,
                        (funder.clone(), contract, amount).into_val(&env),
                    )),
                    |c| c.try_fund_escrow(&id, &funder, &amount),
                );
                (expected, outcome(result))
            }
            Op::Submit {
                escrow,
                index,
                signer,
                status,
                evidence,
                notes,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let status = status_of(status);
                let evidence = evidence.map(|t| Self::text_of(t, caps::EVIDENCE, "ipfs://proof"));
                let notes = notes.map(|t| Self::text_of(t, caps::NOTES, "delivered"));
                let signer = Self::signer(signer, self.role_of(id, role::SERVICE_PROVIDER));
                let expected = self
                    .model
                    .apply_submit(id, index, signer, status, &evidence, &notes);
                let evidence = evidence.map(|t| self.text(&t));
                let notes = notes.map(|t| self.text(&t));
                let result = self.with_auth(
                    signer,
                    "change_milestone_status",
                    (id, index, status, evidence.clone(), notes.clone()).into_val(&env),
                    None,
                    |c| c.try_change_milestone_status(&id, &index, &status, &evidence, &notes),
                );
                (expected, outcome(result))
            }
            Op::RequestChanges {
                escrow,
                index,
                signer,
                notes,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let notes = notes.map(|t| Self::text_of(t, caps::NOTES, "more"));
                let signer = Self::signer(signer, self.role_of(id, role::APPROVER));
                let expected = self.model.apply_request_changes(id, index, signer, &notes);
                let notes = notes.map(|t| self.text(&t));
                let result = self.with_auth(
                    signer,
                    "request_changes",
                    (id, index, notes.clone()).into_val(&env),
                    None,
                    |c| c.try_request_changes(&id, &index, &notes),
                );
                (expected, outcome(result))
            }
            Op::Approve {
                escrow,
                index,
                signer,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let signer = Self::signer(signer, self.role_of(id, role::APPROVER));
                let expected = self.model.apply_approve(id, index, signer);
                let result = self.with_auth(
                    signer,
                    "approve_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_approve_milestone(&id, &index),
                );
                (expected, outcome(result))
            }
            Op::Release {
                escrow,
                index,
                signer,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let signer = Self::signer(signer, self.role_of(id, role::RELEASE_SIGNER));
                let expected = self.model.apply_release(id, index, signer);
                let result = self.with_auth(
                    signer,
                    "release_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_release_milestone(&id, &index),
                );
                (expected, outcome(result))
            }
            Op::Dispute {
                escrow,
                index,
                signer,
                caller,
                reason,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let reason = Self::text_of(reason, caps::NOTES, "not as agreed");
                let signer = Self::signer(signer, Some(caller.index()));
                let expected = self
                    .model
                    .apply_dispute(id, index, signer, caller.index(), &reason);
                let caller = self.addr(caller.index()).clone();
                let reason = self.text(&reason);
                let result = self.with_auth(
                    signer,
                    "dispute_milestone",
                    (id, index, caller.clone(), reason.clone()).into_val(&env),
                    None,
                    |c| c.try_dispute_milestone(&id, &index, &caller, &reason),
                );
                (expected, outcome(result))
            }
            Op::Resolve {
                escrow,
                index,
                signer,
                receiver_amount,
            } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let rest = self.model.read_milestone(id, index).map_or(1, |m| m.amount);
                let receiver_amount = receiver_amount.resolve(rest);
                let signer = Self::signer(signer, self.role_of(id, role::DISPUTE_RESOLVER));
                let expected = self.model.apply_resolve(id, index, signer, receiver_amount);
                let result = self.with_auth(
                    signer,
                    "resolve_dispute",
                    (id, index, receiver_amount).into_val(&env),
                    None,
                    |c| c.try_resolve_dispute(&id, &index, &receiver_amount),
                );
                (expected, outcome(result))
            }
            Op::Read { escrow, index } => {
                let id = self.escrow_id(escrow);
                let index = self.index(id, index);
                let c = &self.f.client;
                match self.model.escrow(id) {
                    Some(expected) => {
                        let got = c.try_get_escrow(&id).unwrap().unwrap();
                        assert_eq!(got, self.expected_escrow(id, expected));
                        let got = c.try_get_milestones(&id).unwrap().unwrap();
                        assert_eq!(got.len() as usize, expected.milestones.len());
                    }
                    None => {
                        assert_eq!(c.try_get_escrow(&id), Err(Ok(Error::EscrowNotFound)));
                        assert_eq!(c.try_get_milestones(&id), Err(Ok(Error::EscrowNotFound)));
                    }
                }
                let expected = self.model.read_milestone(id, index);
                let got = c.try_get_milestone(&id, &index);
                match expected {
                    Ok(m) => assert_eq!(got.unwrap().unwrap(), self.expected_milestone(m)),
                    Err(e) => assert_eq!(got, Err(Ok(e))),
                }
                (Outcome::Ok, Outcome::Ok)
            }
            Op::ExtendTtl { escrow } => {
                let id = self.escrow_id(escrow);
                let expected = self.model.apply_extend_ttl(id);
                let result = self.f.client.mock_auths(&[]).try_extend_ttl(&id);
                (expected, outcome(result))
            }
            Op::Upgrade { signer } => {
                // No wasm was uploaded under this hash, so even the admin's upgrade fails;
                // anybody else's fails on the signature first.
                let hash = BytesN::from_array(&env, &[7; 32]);
                let result = self.with_auth(
                    Self::signer(signer, Some(Who::Admin.index())),
                    "upgrade",
                    (hash.clone(),).into_val(&env),
                    None,
                    |c| c.try_upgrade(&hash),
                );
                // `upgrade` has no contract error: any refusal is the host's.
                let actual = match result {
                    Ok(Ok(())) => Outcome::Ok,
                    _ => Outcome::HostRefused,
                };
                (Outcome::HostRefused, actual)
            }
            Op::Donate { eurc, from, amount } => {
                let token = eurc as usize;
                let amount = amount as i128 + 1;
                let from = from.index();
                let expected = self.model.apply_donate(token, from, amount);
                let result = self.token(token).client.mock_all_auths().try_transfer(
                    self.addr(from),
                    &self.f.contract,
                    &amount,
                );
                let actual = match result {
                    Ok(Ok(())) => Outcome::Ok,
                    _ => Outcome::HostRefused,
                };
                (expected, actual)
            }
            Op::Advance { n } => {
                let ledgers = 16 * n as u32;
                self.f.advance(ledgers);
                self.model.now = self.f.env.ledger().timestamp();
                (Outcome::Ok, Outcome::Ok)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn create_args(
        &self,
        signer: Signer,
        roles: RolesSel,
        eurc: bool,
        fee: Fee,
        amounts: &[Amount],
        too_many: bool,
        long_text: Option<(CreateText, bool)>,
    ) -> CreateArgs {
        use crate::model::{MAX_FEE_BPS, MAX_MILESTONES};
        let roles = match roles {
            RolesSel::Standard => [
                Who::Approver.index(),
                Who::ServiceProvider.index(),
                Who::Platform.index(),
                Who::ReleaseSigner.index(),
                Who::DisputeResolver.index(),
                Who::Receiver.index(),
            ],
            RolesSel::Custom(r) => r.map(|i| i as usize % HOLDERS),
        };
        let fee_bps = match fee {
            Fee::Allowed(n) => n as u32 % (MAX_FEE_BPS + 1),
            Fee::Cap => MAX_FEE_BPS,
            Fee::OverCap => MAX_FEE_BPS + 1,
            Fee::Raw(n) => n,
        };
        let mut milestones: Vec<(String, i128)> = Vec::new();
        if too_many {
            milestones = (0..=MAX_MILESTONES).map(|i| (format!("M{i}"), 1)).collect();
        } else {
            let mut total: i128 = 0;
            for (i, amount) in amounts.iter().take(8).enumerate() {
                let amount = amount.resolve(i128::MAX.saturating_sub(total));
                total = total.saturating_add(amount.max(0));
                milestones.push((format!("Milestone {}", i + 1), amount));
            }
        }
        let mut args = CreateArgs {
            signer: Self::signer(signer, Some(roles[role::PLATFORM])),
            roles,
            token: eurc as usize,
            fee_bps,
            engagement_id: "INV-1".into(),
            title: "Work".into(),
            description: "Some work.".into(),
            milestones,
        };
        if let Some((field, over)) = long_text {
            let len = |cap: usize| "x".repeat(cap + over as usize);
            match field {
                CreateText::EngagementId => args.engagement_id = len(caps::ENGAGEMENT_ID),
                CreateText::Title => args.title = len(caps::TITLE),
                CreateText::Description => args.description = len(caps::DESCRIPTION),
                CreateText::MilestoneDescription(i) => {
                    let n = args.milestones.len();
                    if n > 0 {
                        args.milestones[i as usize % n].0 = len(caps::MILESTONE_DESCRIPTION);
                    }
                }
            }
        }
        args
    }

    fn new_escrow(&self, args: &CreateArgs) -> NewEscrow {
        let mut milestones = SorobanVec::new(&self.f.env);
        for (description, amount) in &args.milestones {
            milestones.push_back(NewMilestone {
                description: self.text(description),
                amount: *amount,
            });
        }
        NewEscrow {
            engagement_id: self.text(&args.engagement_id),
            title: self.text(&args.title),
            description: self.text(&args.description),
            roles: self.roles(&args.roles),
            token: self.token(args.token).address.clone(),
            platform_fee_bps: args.fee_bps,
            milestones,
        }
    }

    fn roles(&self, r: &[usize; 6]) -> Roles {
        Roles {
            approver: self.addr(r[role::APPROVER]).clone(),
            service_provider: self.addr(r[role::SERVICE_PROVIDER]).clone(),
            platform: self.addr(r[role::PLATFORM]).clone(),
            release_signer: self.addr(r[role::RELEASE_SIGNER]).clone(),
            dispute_resolver: self.addr(r[role::DISPUTE_RESOLVER]).clone(),
            receiver: self.addr(r[role::RECEIVER]).clone(),
        }
    }

    fn expected_escrow(&self, id: u64, e: &MEscrow) -> Escrow {
        Escrow {
            id,
            engagement_id: self.text(&e.engagement_id),
            title: self.text(&e.title),
            description: self.text(&e.description),
            roles: self.roles(&e.roles),
            token: self.token(e.token).address.clone(),
            platform_fee_bps: e.fee_bps,
            milestone_count: e.milestones.len() as u32,
            total_amount: e.total,
            funded: e.funded,
            paid_out: e.paid_out,
        }
    }

    fn expected_milestone(&self, m: &MMilestone) -> Milestone {
        Milestone {
            description: self.text(&m.description),
            amount: m.amount,
            status: m.status,
            approved: m.approved(),
            evidence: m.evidence.as_ref().map(|t| self.text(t)),
            notes: m.notes.as_ref().map(|t| self.text(t)),
            updated_at: m.updated_at,
        }
    }

    /// Reads every escrow the model knows of (and checks the next id does not exist), and every
    /// balance.
    pub fn observe(&self) -> Observed {
        let c = &self.f.client;
        let mut escrows = Vec::new();
        for id in 1..=self.model.escrows.len() as u64 {
            let escrow = c.try_get_escrow(&id).unwrap().unwrap();
            let milestones = c.try_get_milestones(&id).unwrap().unwrap().iter().collect();
            escrows.push((escrow, milestones));
        }
        let next = self.model.escrows.len() as u64 + 1;
        assert_eq!(
            c.try_get_escrow(&next),
            Err(Ok(Error::EscrowNotFound)),
            "after step {}",
            self.steps
        );
        let mut balances = [[0; 2]; HOLDERS];
        for (holder, address) in self.holders.iter().enumerate() {
            for (token, b) in balances[holder].iter_mut().enumerate() {
                *b = self.token(token).balance(address);
            }
        }
        Observed { escrows, balances }
    }

    fn check_against_model(&self) {
        self.check_against_model_with("start");
    }

    fn check_against_model_with(&self, context: &str) {
        let expected: Vec<(Escrow, Vec<Milestone>)> = self
            .model
            .escrows
            .iter()
            .enumerate()
            .map(|(i, e)| {
                (
                    self.expected_escrow(i as u64 + 1, e),
                    e.milestones
                        .iter()
                        .map(|m| self.expected_milestone(m))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            self.observed.escrows, expected,
            "{context}: escrows vs model"
        );
        assert_eq!(
            self.observed.balances, self.model.balances,
            "{context}: balances vs model"
        );
    }

    /// The invariants, checked on what the contract reports (not on the model).
    fn check_invariants(&self, before: &Observed, context: &str) {
        let now = &self.observed;
        for token in 0..2 {
            let address = &self.token(token).address;
            let held: i128 = now
                .escrows
                .iter()
                .filter(|(e, _)| &e.token == address)
                .map(|(e, _)| e.funded - e.paid_out)
                .sum();
            // Tokens sent outside `fund_escrow` are held but belong to no escrow.
            assert_eq!(
                now.balances[CONTRACT][token],
                held + self.model.stray[token],
                "{context}: token {token}: contract balance vs Σ(funded − paid_out)"
            );
        }
        for (escrow, milestones) in &now.escrows {
            assert!(
                0 <= escrow.paid_out
                    && escrow.paid_out <= escrow.funded
                    && escrow.funded <= escrow.total_amount,
                "{context}: escrow {}: 0 ≤ paid_out ≤ funded ≤ total",
                escrow.id
            );
            assert_eq!(escrow.milestone_count as usize, milestones.len());
            let total: i128 = milestones.iter().map(|m| m.amount).sum();
            assert_eq!(total, escrow.total_amount, "{context}: total");
            let settled: i128 = milestones
                .iter()
                .filter(|m| {
                    matches!(
                        m.status,
                        MilestoneStatus::Released | MilestoneStatus::Resolved
                    )
                })
                .map(|m| m.amount)
                .sum();
            assert_eq!(
                settled, escrow.paid_out,
                "{context}: escrow {}: Σ settled amounts vs paid_out",
                escrow.id
            );
            for m in milestones {
                assert_eq!(
                    m.approved,
                    matches!(
                        m.status,
                        MilestoneStatus::Approved | MilestoneStatus::Released
                    ),
                    "{context}: approved vs status"
                );
            }
        }
        for ((old, old_milestones), (new, new_milestones)) in
            before.escrows.iter().zip(&now.escrows)
        {
            // The escrow itself only ever changes its counters.
            assert_eq!(
                (old.id, &old.roles, &old.token, old.total_amount),
                (new.id, &new.roles, &new.token, new.total_amount),
                "{context}: escrow identity"
            );
            assert!(new.funded >= old.funded && new.paid_out >= old.paid_out);
            for (i, (old_m, new_m)) in old_milestones.iter().zip(new_milestones).enumerate() {
                if matches!(
                    old_m.status,
                    MilestoneStatus::Released | MilestoneStatus::Resolved
                ) {
                    assert_eq!(old_m, new_m, "{context}: settled milestone {i} changed");
                }
            }
        }
    }
}

fn status_of(status: Status) -> MilestoneStatus {
    match status {
        Status::Pending => MilestoneStatus::Pending,
        Status::ForReview => MilestoneStatus::ForReview,
        Status::ChangesRequested => MilestoneStatus::ChangesRequested,
        Status::Approved => MilestoneStatus::Approved,
        Status::Disputed => MilestoneStatus::Disputed,
        Status::Released => MilestoneStatus::Released,
        Status::Resolved => MilestoneStatus::Resolved,
    }
}

/// What a `try_` call did, in the model's terms.
fn outcome<T, C: core::fmt::Debug>(result: TryResult<T, C>) -> Outcome {
    match result {
        Ok(Ok(_)) => Outcome::Ok,
        Ok(Err(e)) => panic!("the result did not convert: {e:?}"),
        Err(Ok(error)) => Outcome::Refused(error),
        Err(Err(_)) => Outcome::HostRefused,
    }
}
