//! Runs operations on the contract in the Soroban host and on the [`Model`] side by side, and
//! after every step checks that they agree and that the invariants of `SPEC.md` hold.
//!
//! Every call is signed by exactly the operation's signers (`set_auths` with those addresses
//! and the exact invocation, the funder's token transfer included), so a missing signer is a
//! real missing signature, refused by the host.
//!
//! What the harness knows of the contract's state is a copy ([`Observed`]) kept up to date by
//! reading back, after each step, what the step could change (the milestones it names, its
//! escrow, the balances and credits the model says it moves, and the contract's own balance in
//! the token of any call that can pay). After every step that copy is compared with the model
//! and the invariants are checked on it; every `full_every` steps, and at the end of every
//! liveness check, everything (every escrow, milestone, balance, credit and the admin) is read
//! back instead, so a change outside what a step should touch is caught at the next full read
//! at the latest.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt::{self, Display},
};

use escrow::{
    testutils::{Fixture, Parties, Token},
    Error, Escrow, EscrowContract, EscrowContractClient, Milestone, MilestoneStatus, NewEscrow,
    NewMilestone, Role, Roles,
};
use soroban_env_host::InvocationResourceLimits;
use soroban_sdk::{
    testutils::{
        cost_estimate::NetworkInvocationResourceLimits as _, Address as _, EnvTestConfig,
        Ledger as _, MockAuth, MockAuthContract, MockAuthInvoke, Snapshot,
    },
    token::{StellarAssetClient, TokenClient},
    xdr::{
        ContractExecutable, LedgerEntryData, ScAddress, ScContractInstance, ScVal,
        SorobanAuthorizationEntry,
    },
    Address, BytesN, Env, IntoVal, InvokeError, String as SorobanString, TryFromVal, Val,
    Vec as SorobanVec,
};

use crate::{
    model::{
        caps, is_final, role, Call, CreateArgs, MEscrow, MMilestone, Model, NewMilestoneArgs,
        Outcome, SignerSet, CONTRACT, HOLDERS, MAX_ADD_BATCH, MAX_DEADLINE_AHEAD, MAX_FEE_BPS,
        MAX_MILESTONES, MAX_PERIOD, MIN_PERIOD, NOT_A_TOKEN, PARTIES,
    },
    ops::{
        Clock, CreateText, Deadline, EscrowSel, Fee, Holder, Index, MilestoneSpec, Op, Period,
        ReceiverSel, RoleSel, RolesSel, Share, Signers, Status, TextLen, TokenSel, Who,
    },
};

/// One day, in seconds.
const DAY: u64 = 86_400;

/// The statuses each call moves a milestone from, for [`Index::Fitting`].
#[allow(non_snake_case)]
mod fits {
    use escrow::MilestoneStatus::{self, *};

    pub fn ANY(_: MilestoneStatus) -> bool {
        true
    }
    pub fn OPEN(s: MilestoneStatus) -> bool {
        !crate::model::is_final(s)
    }
    pub fn SUBMITTABLE(s: MilestoneStatus) -> bool {
        matches!(s, Pending | ForReview | ChangesRequested)
    }
    pub fn FOR_REVIEW(s: MilestoneStatus) -> bool {
        s == ForReview
    }
    pub fn APPROVED(s: MilestoneStatus) -> bool {
        s == Approved
    }
    pub fn DISPUTABLE(s: MilestoneStatus) -> bool {
        matches!(s, ForReview | ChangesRequested | Approved)
    }
    pub fn DISPUTED(s: MilestoneStatus) -> bool {
        s == Disputed
    }
    pub fn CLAIMABLE(s: MilestoneStatus) -> bool {
        matches!(s, ForReview | Approved)
    }
    pub fn CANCELLABLE(s: MilestoneStatus) -> bool {
        matches!(s, Pending | ChangesRequested)
    }
}

/// A description of a step for a failed check's message, formatted only then.
struct Lazy<'c>(&'c dyn Fn() -> String);

impl Display for Lazy<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&(self.0)())
    }
}

/// What a `try_` client call returns.
type TryResult<T, C> = Result<Result<T, C>, Result<Error, InvokeError>>;

/// An escrow as read from the contract, with addresses as holder indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OEscrow {
    /// `id`.
    pub id: u64,
    /// `engagement_id`.
    pub engagement_id: String,
    /// `title`.
    pub title: String,
    /// `description`.
    pub description: String,
    /// `roles`, in [`role`] order.
    pub roles: [usize; 6],
    /// `token`: 0 or 1.
    pub token: usize,
    /// `platform_fee_bps`.
    pub fee_bps: u32,
    /// `review_period`.
    pub review_period: u64,
    /// `resolution_period`.
    pub resolution_period: u64,
    /// `fallback_receiver_bps`.
    pub fallback_bps: u32,
    /// `milestone_count`.
    pub milestone_count: u32,
    /// `total_amount`.
    pub total: i128,
    /// `open_amount`.
    pub open_amount: i128,
    /// `funded`.
    pub funded: i128,
    /// `paid_out`.
    pub paid_out: i128,
}

/// A milestone as read from the contract, with its receiver as a holder index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OMilestone {
    /// `description`.
    pub description: String,
    /// `amount`.
    pub amount: i128,
    /// `status`.
    pub status: MilestoneStatus,
    /// `approved`.
    pub approved: bool,
    /// `evidence`.
    pub evidence: Option<String>,
    /// `notes`.
    pub notes: Option<String>,
    /// `updated_at`.
    pub updated_at: u64,
    /// `deadline`.
    pub deadline: u64,
    /// `receiver`.
    pub receiver: usize,
    /// `held`.
    pub held: i128,
}

/// What the harness has read of the contract's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    /// Escrows in id order, with their milestones.
    pub escrows: Vec<(OEscrow, Vec<OMilestone>)>,
    /// `balances[holder][token]`.
    pub balances: [[i128; 2]; HOLDERS],
    /// `credits[holder][token]` (`claimable`).
    pub credits: [[i128; 2]; HOLDERS],
    /// The admin.
    pub admin: usize,
}

/// The party that finishes every milestone alone in a liveness check.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// The approver.
    Approver,
    /// The service provider.
    ServiceProvider,
}

/// What a step could change, to read back after it.
#[derive(Default, Debug)]
struct Touch {
    /// Escrows whose `get_escrow` to read.
    escrows: Vec<u64>,
    /// Milestones to read.
    milestones: Vec<(u64, u32)>,
    /// Escrows whose every milestone to read.
    all_milestones: Vec<u64>,
    /// Escrows that may have gained milestones.
    grown: Vec<u64>,
    /// Balances to read: (holder, token).
    balances: Vec<(usize, usize)>,
    /// Credits to read: (holder, token).
    credits: Vec<(usize, usize)>,
    /// The admin.
    admin: bool,
    /// A new escrow may have been created.
    created: bool,
}

impl Touch {
    /// Adds every balance and credit that differs between two states of the model: what the
    /// step should have moved, to check that it moved exactly that. (What it might have moved
    /// wrongly shows in the contract's own balance, read after every call that can pay, and
    /// at the next full read.)
    fn moved(&mut self, before: &Model, after: &Model) {
        for h in 0..HOLDERS {
            for token in 0..2 {
                if before.balances[h][token] != after.balances[h][token] {
                    self.balances.push((h, token));
                }
                if before.credits[h][token] != after.credits[h][token] {
                    self.credits.push((h, token));
                }
            }
        }
    }
}

/// A resolved operation: a contract call with its signers, or something around the contract.
#[derive(Clone, Debug)]
enum Step {
    Call(Call, SignerSet),
    Read {
        id: u64,
        index: u32,
        recipient: usize,
        token: usize,
    },
    Donate {
        token: usize,
        from: usize,
        amount: i128,
    },
    Freeze {
        token: usize,
        holder: usize,
        frozen: bool,
    },
    Advance(u64),
}

/// The contract under test and its model.
pub struct Harness<'a> {
    /// The host, contract, tokens and parties.
    pub f: Fixture<'a>,
    /// Whether the contract runs natively (else the shipped wasm).
    native: bool,
    /// What should be.
    pub model: Model,
    /// The eight parties, then the contract.
    holders: Vec<Address>,
    /// The same, as XDR.
    holder_keys: Vec<ScAddress>,
    /// The two tokens, as XDR.
    token_keys: [ScAddress; 2],
    /// An address that is no token.
    not_a_token: Address,
    /// What was read back.
    observed: Observed,
    /// Steps between full reads of the state (1: every step).
    pub full_every: usize,
    /// Steps run.
    pub steps: usize,
    /// Calls the model predicted to succeed, and did.
    pub succeeded: usize,
    /// Full reads of the state.
    pub full_reads: usize,
    /// How often each (operation, outcome) pair was met, to check that sequences reach every
    /// outcome.
    pub seen: BTreeMap<(&'static str, Outcome), usize>,
}

impl<'a> Harness<'a> {
    /// A harness on `fixture` (native or wasm), starting from a contract with no escrow, that
    /// reads everything back every `full_every` steps.
    pub fn new(fixture: Fixture<'a>, full_every: usize) -> Self {
        assert!(full_every > 0);
        // The test host records a diagnostic event for every call, with its arguments; the
        // harness never reads them, and they cost most of a step's time.
        fixture
            .env
            .host()
            .set_diagnostic_level(soroban_env_host::DiagnosticLevel::None)
            .expect("diagnostics off");
        let native = executable(&fixture.env.to_snapshot(), &fixture.contract).1;
        let mut holders: Vec<Address> = fixture.parties.all().into_iter().map(|(_, a)| a).collect();
        // What `mock_auths` does before every call, done once: each party is an account
        // contract that accepts the signature it is given, so `set_auths` with exactly the
        // step's signers then decides who signed.
        for party in &holders {
            fixture.env.register_at(party, MockAuthContract, ());
        }
        holders.push(fixture.contract.clone());
        assert_eq!(holders.len(), HOLDERS);
        let not_a_token = Address::generate(&fixture.env);
        let holder_keys = holders.iter().map(ScAddress::from).collect();
        let token_keys = [&fixture.usdc.address, &fixture.eurc.address].map(ScAddress::from);
        let model = Model::new(fixture.env.ledger().timestamp(), Who::Admin.index());
        // A fresh contract holds nothing and no party has a token: the copy starts as the
        // model does, and the first full read checks it.
        Harness {
            f: fixture,
            native,
            model,
            holder_keys,
            token_keys,
            holders,
            not_a_token,
            observed: Observed {
                escrows: Vec::new(),
                balances: [[0; 2]; HOLDERS],
                credits: [[0; 2]; HOLDERS],
                admin: Who::Admin.index(),
            },
            full_every,
            steps: 0,
            succeeded: 0,
            full_reads: 0,
            seen: BTreeMap::new(),
        }
    }

    /// A second harness in exactly this one's state: the host forked from a snapshot of the
    /// ledger (every entry with its time to live, and the ledger's settings), with the native
    /// contract's code registered again under the hash its instance runs (a wasm contract's
    /// code is in the snapshot), the same addresses, the model and the copy of the state.
    pub fn fork(&self) -> Harness<'a> {
        let snapshot = self.f.env.to_snapshot();
        let (code_hash, native) = executable(&snapshot, &self.f.contract);
        let mut env = Env::from_snapshot(snapshot);
        env.set_config(EnvTestConfig {
            capture_snapshot_at_drop: false,
        });
        if native {
            env.upload_at(code_hash, EscrowContract);
        }
        let moved =
            |a: &Address| Address::try_from_val(&env, &ScAddress::from(a)).expect("an address");
        let token = |t: &Token| {
            let address = moved(&t.address);
            Token {
                client: TokenClient::new(&env, &address),
                admin: StellarAssetClient::new(&env, &address),
                asset: t.asset.clone(),
                address,
            }
        };
        let p = &self.f.parties;
        let parties = Parties {
            admin: moved(&p.admin),
            platform: moved(&p.platform),
            approver: moved(&p.approver),
            service_provider: moved(&p.service_provider),
            release_signer: moved(&p.release_signer),
            dispute_resolver: moved(&p.dispute_resolver),
            receiver: moved(&p.receiver),
            outsider: moved(&p.outsider),
        };
        let contract = moved(&self.f.contract);
        let fixture = Fixture {
            client: EscrowContractClient::new(&env, &contract),
            usdc: token(&self.f.usdc),
            eurc: token(&self.f.eurc),
            contract,
            parties,
            env: env.clone(),
        };
        let mut twin = Harness::new(fixture, self.full_every);
        twin.not_a_token = moved(&self.not_a_token);
        twin.model = self.model.clone();
        twin.observed = self.observed.clone();
        twin.steps = self.steps;
        twin
    }

    /// Runs every operation, checking after each.
    pub fn run(&mut self, ops: &[Op]) {
        for op in ops {
            self.step(op);
        }
    }

    fn token(&self, token: usize) -> &Token<'a> {
        match token {
            0 => &self.f.usdc,
            1 => &self.f.eurc,
            _ => panic!("token {token}"),
        }
    }

    fn token_address(&self, token: usize) -> Address {
        match token {
            NOT_A_TOKEN => self.not_a_token.clone(),
            t => self.token(t).address.clone(),
        }
    }

    fn addr(&self, holder: usize) -> &Address {
        &self.holders[holder]
    }

    fn text(&self, s: &str) -> SorobanString {
        SorobanString::from_str(&self.f.env, s)
    }

    // ----- Resolving operations against the model -----

    fn escrow_id(&self, sel: EscrowSel) -> u64 {
        let n = self.model.escrows.len() as u64;
        match sel {
            EscrowSel::Newest if n > 0 => n,
            EscrowSel::Existing(i) if n > 0 => 1 + i as u64 % n,
            EscrowSel::Beyond(i) if n > 0 => (1 + i as u64 % n) | (1 + i as u64 % 511) << 55,
            EscrowSel::Newest | EscrowSel::Existing(_) | EscrowSel::Beyond(_) | EscrowSel::Next => {
                n + 1
            }
            EscrowSel::Raw(id) => id,
        }
    }

    /// The escrow `sel` names; for an [`Index::Fitting`] milestone, when it has none whose
    /// status `fits` the call, the newest escrow that has one.
    fn escrow_for(&self, sel: EscrowSel, index: Index, fits: fn(MilestoneStatus) -> bool) -> u64 {
        let id = self.escrow_id(sel);
        if !matches!(index, Index::Fitting(_))
            || matches!(
                sel,
                EscrowSel::Next | EscrowSel::Beyond(_) | EscrowSel::Raw(_)
            )
        {
            return id;
        }
        let has = |id: u64| {
            self.model
                .escrow(id)
                .is_some_and(|e| e.milestones.iter().any(|m| fits(m.status)))
        };
        if has(id) {
            return id;
        }
        (1..=self.model.escrows.len() as u64)
            .rev()
            .find(|&i| has(i))
            .unwrap_or(id)
    }

    /// The milestone `index` names in escrow `id`; [`Index::Fitting`] picks among those whose
    /// status `fits` the call.
    fn index(&self, id: u64, index: Index, fits: fn(MilestoneStatus) -> bool) -> u32 {
        let count = self.model.escrow(id).map_or(0, |e| e.milestones.len()) as u32;
        if let (Index::Fitting(n), Some(e)) = (index, self.model.escrow(id)) {
            let fitting: Vec<u32> = (0..count)
                .filter(|&i| fits(e.milestones[i as usize].status))
                .collect();
            if !fitting.is_empty() {
                return fitting[n as usize % fitting.len()];
            }
        }
        match index {
            Index::Fitting(i) if count > 0 => i as u32 % count,
            Index::Valid(i) if count > 0 => i as u32 % count,
            Index::Fitting(_) | Index::Valid(_) | Index::PastEnd => count,
            Index::Raw(i) => i,
        }
    }

    fn holder(holder: Holder) -> usize {
        match holder {
            Holder::Party(who) => who.index(),
            Holder::Contract => CONTRACT,
        }
    }

    /// The signers of a call that needs `required` (the contract, which cannot sign, left
    /// out).
    fn signer_set(signers: Signers, required: &[usize]) -> SignerSet {
        let bits = |hs: &[usize]| {
            hs.iter()
                .filter(|&&h| h < PARTIES)
                .fold(0, |b: SignerSet, &h| b | 1 << h)
        };
        let all = bits(required);
        match signers {
            Signers::Expected => all,
            Signers::MissingOne(n) => {
                let mut distinct = required.to_vec();
                distinct.sort_unstable();
                distinct.dedup();
                match distinct.len() {
                    0 => all,
                    len => all & !bits(&[distinct[n as usize % len]]),
                }
            }
            Signers::Only(who) => 1 << who.index(),
            Signers::Plus(who) => all | 1 << who.index(),
            Signers::Nobody => 0,
        }
    }

    fn text_of(len: TextLen, cap: usize, short: &str) -> String {
        match len {
            TextLen::Empty => String::new(),
            TextLen::Short => short.to_string(),
            TextLen::AtCap => "x".repeat(cap),
            TextLen::OverCap => "x".repeat(cap + 1),
        }
    }

    fn deadline(&self, deadline: Deadline) -> u64 {
        let now = self.model.now;
        match deadline {
            Deadline::Days(n) => now + (1 + n as u64 % 90) * DAY,
            Deadline::Seconds(n) => now + n as u64 + 1,
            Deadline::Now => now,
            Deadline::Past(n) => now.saturating_sub(n as u64 + 1),
            Deadline::MaxAhead => now + MAX_DEADLINE_AHEAD,
            Deadline::OverMax => now + MAX_DEADLINE_AHEAD + 1,
            Deadline::Raw(t) => t,
        }
    }

    fn period(period: Period) -> u64 {
        match period {
            Period::Days(n) => (1 + n as u64 % 30) * DAY,
            Period::Min => MIN_PERIOD,
            Period::Max => MAX_PERIOD,
            Period::BelowMin => MIN_PERIOD - 1,
            Period::AboveMax => MAX_PERIOD + 1,
            Period::Raw(p) => p,
        }
    }

    /// New milestones from specs (the first eight), their amounts relative to what is left
    /// of `i128::MAX` over `total`.
    fn new_milestones(&self, specs: &[MilestoneSpec], total: i128) -> Vec<NewMilestoneArgs> {
        let mut total = total;
        specs
            .iter()
            .take(8)
            .enumerate()
            .map(|(i, spec)| {
                let amount = spec.amount.resolve(i128::MAX.saturating_sub(total));
                total = total.saturating_add(amount.max(0));
                NewMilestoneArgs {
                    description: format!("Milestone {}", i + 1),
                    amount,
                    deadline: self.deadline(spec.deadline),
                    receiver: match spec.receiver {
                        ReceiverSel::Escrow => None,
                        ReceiverSel::Own(h) => Some(Self::holder(h)),
                    },
                }
            })
            .collect()
    }

    /// `n` valid milestones of 1 unit, due in 30 days.
    fn unit_milestones(&self, n: usize) -> Vec<NewMilestoneArgs> {
        (0..n)
            .map(|i| NewMilestoneArgs {
                description: format!("M{i}"),
                amount: 1,
                deadline: self.model.now + 30 * DAY,
                receiver: None,
            })
            .collect()
    }

    /// The seconds a [`Clock`] moves the ledger by, now.
    fn seconds(&self, clock: Clock) -> u64 {
        let now = self.model.now;
        let escrow = |sel| self.model.escrow(self.escrow_id(sel));
        let milestone = |sel, index| {
            let id = self.escrow_for(sel, index, fits::OPEN);
            let e = self.model.escrow(id)?;
            Some((
                e,
                e.milestones
                    .get(self.index(id, index, fits::OPEN) as usize)?,
            ))
        };
        // To `target`, or `less` seconds before it; a second when there is no such clock.
        let to = |target: Option<u64>, less: u64| {
            target.map_or(1, |t| t.saturating_sub(less).saturating_sub(now))
        };
        match clock {
            Clock::ReviewPeriod(e) => escrow(e).map_or(DAY, |e| e.review_period),
            Clock::ReviewPeriodLessOne(e) => escrow(e).map_or(DAY, |e| e.review_period) - 1,
            Clock::ResolutionPeriod(e) => escrow(e).map_or(DAY, |e| e.resolution_period),
            Clock::ResolutionPeriodLessOne(e) => escrow(e).map_or(DAY, |e| e.resolution_period) - 1,
            Clock::ReviewEnd(e, i) | Clock::ReviewEndLessOne(e, i) => {
                let less = matches!(clock, Clock::ReviewEndLessOne(..)) as u64;
                to(
                    milestone(e, i).map(|(e, m)| m.updated_at + e.review_period),
                    less,
                )
            }
            Clock::ResolutionEnd(e, i) | Clock::ResolutionEndLessOne(e, i) => {
                let less = matches!(clock, Clock::ResolutionEndLessOne(..)) as u64;
                to(
                    milestone(e, i).map(|(e, m)| m.updated_at + e.resolution_period),
                    less,
                )
            }
            Clock::Deadline(e, i) | Clock::DeadlineLessOne(e, i) => {
                let less = matches!(clock, Clock::DeadlineLessOne(..)) as u64;
                to(milestone(e, i).map(|(_, m)| m.deadline), less)
            }
            Clock::Seconds(n) => n as u64 % (90 * DAY),
            Clock::Days(n) => (n as u64 % 100) * DAY,
        }
    }

    /// The call (and its signers) or outside event an operation stands for, now.
    fn resolve(&self, op: &Op) -> Step {
        let call = |call: Call, signers: Signers| {
            let required = self
                .model
                .required_signers(&call)
                .unwrap_or_else(|| vec![Who::Platform.index()]);
            let set = Self::signer_set(signers, &required);
            Step::Call(call, set)
        };
        let rest_of = |id: u64, index: u32| self.model.milestone(id, index).map_or(1, |m| m.amount);
        match *op {
            Op::Create {
                signers,
                roles,
                eurc,
                fee,
                review_period,
                resolution_period,
                fallback,
                ref milestones,
                too_many,
                long_text,
            } => {
                use Who::*;
                let standard = [
                    Approver,
                    ServiceProvider,
                    Platform,
                    ReleaseSigner,
                    DisputeResolver,
                    Receiver,
                ]
                .map(Who::index);
                let roles = match roles {
                    RolesSel::Standard => standard,
                    RolesSel::ProviderReceives => {
                        let mut r = standard;
                        r[role::RECEIVER] = ServiceProvider.index();
                        r
                    }
                    RolesSel::Custom(r) => r.map(|i| i as usize % HOLDERS),
                };
                let mut args = CreateArgs {
                    roles,
                    token: eurc as usize,
                    fee_bps: match fee {
                        Fee::Allowed(n) => n as u32 % (MAX_FEE_BPS + 1),
                        Fee::Cap => MAX_FEE_BPS,
                        Fee::OverCap => MAX_FEE_BPS + 1,
                        Fee::Raw(n) => n,
                    },
                    review_period: Self::period(review_period),
                    resolution_period: Self::period(resolution_period),
                    fallback_bps: match fallback {
                        Share::Allowed(n) => n as u32 % 10_001,
                        Share::All => 10_000,
                        Share::Over => 10_001,
                        Share::Raw(n) => n,
                    },
                    engagement_id: "INV-1".into(),
                    title: "Work".into(),
                    description: "Some work.".into(),
                    milestones: if too_many {
                        self.unit_milestones(MAX_MILESTONES + 1)
                    } else {
                        self.new_milestones(milestones, 0)
                    },
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
                                args.milestones[i as usize % n].description =
                                    len(caps::MILESTONE_DESCRIPTION);
                            }
                        }
                    }
                }
                call(Call::Create(args), signers)
            }
            Op::Fund {
                escrow,
                signers,
                funder,
                amount,
                ..
            } => {
                let id = self.escrow_id(escrow);
                call(
                    Call::Fund {
                        id,
                        funder: funder.index(),
                        amount: amount.resolve(self.lacking(id)),
                    },
                    signers,
                )
            }
            Op::Submit {
                escrow,
                index,
                signers,
                status,
                evidence,
                notes,
            } => {
                let id = self.escrow_for(escrow, index, fits::SUBMITTABLE);
                call(
                    Call::Submit {
                        id,
                        index: self.index(id, index, fits::SUBMITTABLE),
                        status: status_of(status),
                        evidence: evidence
                            .map(|t| Self::text_of(t, caps::EVIDENCE, "ipfs://proof")),
                        notes: notes.map(|t| Self::text_of(t, caps::NOTES, "delivered")),
                    },
                    signers,
                )
            }
            Op::RequestChanges {
                escrow,
                index,
                signers,
                notes,
            } => {
                let id = self.escrow_for(escrow, index, fits::FOR_REVIEW);
                call(
                    Call::RequestChanges {
                        id,
                        index: self.index(id, index, fits::FOR_REVIEW),
                        notes: notes.map(|t| Self::text_of(t, caps::NOTES, "more")),
                    },
                    signers,
                )
            }
            Op::Approve {
                escrow,
                index,
                signers,
            } => {
                let id = self.escrow_for(escrow, index, fits::FOR_REVIEW);
                let index = self.index(id, index, fits::FOR_REVIEW);
                call(Call::Approve { id, index }, signers)
            }
            Op::Release {
                escrow,
                index,
                signers,
            } => {
                let id = self.escrow_for(escrow, index, fits::APPROVED);
                let index = self.index(id, index, fits::APPROVED);
                call(Call::Release { id, index }, signers)
            }
            Op::Dispute {
                escrow,
                index,
                signers,
                caller,
                reason,
            } => {
                let id = self.escrow_for(escrow, index, fits::DISPUTABLE);
                call(
                    Call::Dispute {
                        id,
                        index: self.index(id, index, fits::DISPUTABLE),
                        caller: caller.index(),
                        reason: Self::text_of(reason, caps::NOTES, "not as agreed"),
                    },
                    signers,
                )
            }
            Op::Resolve {
                escrow,
                index,
                signers,
                receiver_amount,
            } => {
                let id = self.escrow_for(escrow, index, fits::DISPUTED);
                let index = self.index(id, index, fits::DISPUTED);
                let receiver_amount = receiver_amount.resolve(rest_of(id, index));
                call(
                    Call::Resolve {
                        id,
                        index,
                        receiver_amount,
                    },
                    signers,
                )
            }
            Op::Claim {
                escrow,
                index,
                signers,
            } => {
                let id = self.escrow_for(escrow, index, fits::CLAIMABLE);
                let index = self.index(id, index, fits::CLAIMABLE);
                call(Call::Claim { id, index }, signers)
            }
            Op::Cancel {
                escrow,
                index,
                signers,
            } => {
                let id = self.escrow_for(escrow, index, fits::CANCELLABLE);
                let index = self.index(id, index, fits::CANCELLABLE);
                call(Call::Cancel { id, index }, signers)
            }
            Op::Settle {
                escrow,
                index,
                signers,
                receiver_amount,
            } => {
                let id = self.escrow_for(escrow, index, fits::OPEN);
                let index = self.index(id, index, fits::OPEN);
                let receiver_amount = receiver_amount.resolve(rest_of(id, index));
                call(
                    Call::Settle {
                        id,
                        index,
                        receiver_amount,
                    },
                    signers,
                )
            }
            Op::Expire {
                escrow,
                index,
                signers,
                caller,
            } => {
                let id = self.escrow_for(escrow, index, fits::DISPUTED);
                let index = self.index(id, index, fits::DISPUTED);
                call(
                    Call::Expire {
                        id,
                        index,
                        caller: caller.index(),
                    },
                    signers,
                )
            }
            Op::ApproveAndRelease {
                escrow,
                signers,
                ref indices,
            } => {
                let id = self.escrow_for(
                    escrow,
                    indices.first().copied().unwrap_or(Index::PastEnd),
                    fits::CLAIMABLE,
                );
                let indices = indices
                    .iter()
                    .map(|&i| self.index(id, i, fits::CLAIMABLE))
                    .collect();
                call(Call::ApproveAndRelease { id, indices }, signers)
            }
            Op::AddMilestones {
                escrow,
                signers,
                ref milestones,
                too_many,
                long_description,
            } => {
                let id = self.escrow_id(escrow);
                let (count, total) = self
                    .model
                    .escrow(id)
                    .map_or((0, 0), |e| (e.milestones.len(), e.total));
                let mut milestones = if too_many {
                    // One more than the escrow may still take, or than one call may append.
                    self.unit_milestones((MAX_MILESTONES - count + 1).min(MAX_ADD_BATCH + 1))
                } else {
                    self.new_milestones(milestones, total)
                };
                if let Some((i, over)) = long_description {
                    let n = milestones.len();
                    if n > 0 {
                        milestones[i as usize % n].description =
                            "x".repeat(caps::MILESTONE_DESCRIPTION + over as usize);
                    }
                }
                call(Call::AddMilestones { id, milestones }, signers)
            }
            Op::TransferRole {
                escrow,
                signers,
                role,
                new_holder,
            } => call(
                Call::TransferRole {
                    id: self.escrow_id(escrow),
                    role: role_of(role),
                    new: Self::holder(new_holder),
                },
                signers,
            ),
            Op::Withdraw {
                signers,
                recipient,
                token,
            } => call(
                Call::Withdraw {
                    recipient: recipient.index(),
                    token: token_index(token),
                },
                signers,
            ),
            Op::SetAdmin { signers, new_admin } => call(
                Call::SetAdmin {
                    new: Self::holder(new_admin),
                },
                signers,
            ),
            Op::Upgrade { signers } => call(Call::Upgrade, signers),
            Op::ExtendTtl { escrow } => call(
                Call::ExtendTtl {
                    id: self.escrow_id(escrow),
                },
                Signers::Nobody,
            ),
            Op::Read {
                escrow,
                index,
                recipient,
                token,
            } => {
                let id = self.escrow_for(escrow, index, fits::ANY);
                Step::Read {
                    id,
                    index: self.index(id, index, fits::ANY),
                    recipient: recipient.index(),
                    token: token_index(token),
                }
            }
            Op::Donate { eurc, from, amount } => Step::Donate {
                token: eurc as usize,
                from: from.index(),
                amount: amount as i128 + 1,
            },
            Op::Freeze {
                eurc,
                holder,
                frozen,
            } => Step::Freeze {
                token: eurc as usize,
                holder: Self::holder(holder),
                frozen,
            },
            Op::Advance { clock } => Step::Advance(self.seconds(clock)),
            Op::Wait { seconds } => Step::Advance(seconds),
        }
    }

    /// What the open milestones of escrow `id` still lack (1 when it does not exist).
    fn lacking(&self, id: u64) -> i128 {
        self.model.escrow(id).map_or(1, |e| {
            e.milestones
                .iter()
                .filter(|m| !m.is_final())
                .map(|m| m.amount - m.held)
                .sum()
        })
    }

    // ----- Running a step -----

    /// Runs one operation on both sides and checks everything; returns the outcome.
    pub fn step(&mut self, op: &Op) -> Outcome {
        self.steps += 1;
        let step = self.steps;
        let minted = self.prepare(op);
        let resolved = self.resolve(op);
        let mut touch = self.touch(&resolved);
        touch.balances.extend(minted);
        let model_before = self.model.clone();
        let (expected, actual) = self.execute(&resolved);
        touch.moved(&model_before, &self.model);
        let describe = || format!("step {step}: {op:?} as {resolved:?}");
        // Formatted only when a check fails.
        let context = Lazy(&describe);
        assert_eq!(actual, expected, "{context}: outcome");
        if expected == Outcome::Ok {
            self.succeeded += 1;
        } else {
            // A refused call changes nothing in the model; the read-back below shows that it
            // changed nothing in the contract either.
            assert_eq!(self.model, model_before, "{context}: model changed");
        }
        *self.seen.entry((op.name(), expected)).or_default() += 1;
        let before = self.observed.clone();
        if step.is_multiple_of(self.full_every) {
            self.check_everything(&context);
        } else {
            self.set_limits(false);
            self.read_touched(&touch, &context);
            self.set_limits(true);
            self.check_invariants(&context);
        }
        self.check_unchanged(&before, &context);
        expected
    }

    /// Mints what `op` will spend (the funder's deposit, the sender's transfer), on both sides;
    /// returns the balance minted to.
    fn prepare(&mut self, op: &Op) -> Option<(usize, usize)> {
        let (token, to, amount) = match *op {
            Op::Fund {
                escrow,
                funder,
                amount,
                mint: true,
                ..
            } => {
                let id = self.escrow_id(escrow);
                let token = self.model.escrow(id).map_or(0, |e| e.token);
                (token, funder.index(), amount.resolve(self.lacking(id)))
            }
            Op::Donate { eurc, from, amount } => (eurc as usize, from.index(), amount as i128 + 1),
            _ => return None,
        };
        if self.model.mint(token, to, amount) {
            self.token(token).mint(self.addr(to), amount);
            Some((to, token))
        } else {
            None
        }
    }

    /// What a step could change, from the state before it.
    fn touch(&self, step: &Step) -> Touch {
        let mut t = Touch::default();
        let Step::Call(call, _) = step else {
            if let Step::Donate { token, .. } = *step {
                t.balances = vec![(CONTRACT, token)];
            }
            return t;
        };
        let escrow = call.escrow_id().and_then(|id| self.model.escrow(id));
        match (call, escrow) {
            (Call::Create(_), _) => t.created = true,
            (Call::Withdraw { recipient, token }, _) if *token != NOT_A_TOKEN => {
                t.balances = vec![(CONTRACT, *token)];
                t.credits = vec![(*recipient, *token)];
            }
            (Call::SetAdmin { .. }, _) => t.admin = true,
            (_, None) => {}
            (&Call::Fund { id, .. }, Some(e)) => {
                t.escrows.push(id);
                // The milestones a deposit may back: the open ones not fully backed.
                for (i, m) in e.milestones.iter().enumerate() {
                    if !m.is_final() && m.held < m.amount {
                        t.milestones.push((id, i as u32));
                    }
                }
                t.balances = vec![(CONTRACT, e.token)];
            }
            (
                &(Call::Submit { id, index, .. }
                | Call::RequestChanges { id, index, .. }
                | Call::Approve { id, index }
                | Call::Dispute { id, index, .. }),
                Some(e),
            ) if (index as usize) < e.milestones.len() => {
                t.milestones.push((id, index));
            }
            (
                &(Call::Release { id, index }
                | Call::Resolve { id, index, .. }
                | Call::Claim { id, index }
                | Call::Cancel { id, index }
                | Call::Settle { id, index, .. }
                | Call::Expire { id, index, .. }),
                Some(e),
            ) => {
                t.escrows.push(id);
                if (index as usize) < e.milestones.len() {
                    t.milestones.push((id, index));
                }
                t.balances = vec![(CONTRACT, e.token)];
            }
            (Call::ApproveAndRelease { id, indices }, Some(e)) => {
                t.escrows.push(*id);
                t.balances = vec![(CONTRACT, e.token)];
                for &index in indices {
                    if (index as usize) < e.milestones.len()
                        && !t.milestones.contains(&(*id, index))
                    {
                        t.milestones.push((*id, index));
                    }
                }
            }
            (&Call::AddMilestones { id, .. }, Some(_)) => {
                t.escrows.push(id);
                t.grown.push(id);
            }
            (&Call::TransferRole { id, role, .. }, Some(_)) => {
                t.escrows.push(id);
                if role == Role::Receiver {
                    t.all_milestones.push(id);
                }
            }
            _ => {}
        }
        t
    }

    /// Runs a resolved step on the model and on the contract: (predicted, actual) outcomes.
    fn execute(&mut self, step: &Step) -> (Outcome, Outcome) {
        match step {
            Step::Call(call, signers) => {
                let predicted_withdrawal = match *call {
                    Call::Withdraw { recipient, token } => self.model.claimable(recipient, token),
                    _ => 0,
                };
                let expected = self.model.apply(call, *signers);
                let (actual, value) = self.invoke(call, *signers);
                if actual == Outcome::Ok {
                    match call {
                        Call::Create(_) => assert_eq!(
                            value,
                            self.model.escrows.len() as i128,
                            "ids in creation order"
                        ),
                        Call::Withdraw { .. } => {
                            assert_eq!(value, predicted_withdrawal, "withdrawn amount")
                        }
                        _ => {}
                    }
                }
                (expected, actual)
            }
            &Step::Read {
                id,
                index,
                recipient,
                token,
            } => {
                self.set_limits(false);
                self.check_reads(id, index, recipient, token);
                self.set_limits(true);
                (Outcome::Ok, Outcome::Ok)
            }
            &Step::Donate {
                token,
                from,
                amount,
            } => {
                let expected = self.model.donate(token, from, amount);
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
            &Step::Freeze {
                token,
                holder,
                frozen,
            } => {
                self.model.freeze(token, holder, frozen);
                let t = self.token(token);
                if frozen {
                    t.freeze(self.addr(holder));
                } else {
                    t.unfreeze(self.addr(holder));
                }
                (Outcome::Ok, Outcome::Ok)
            }
            &Step::Advance(seconds) => {
                self.model.now += seconds;
                // The sequence moves by one ledger only: the model checks clocks, and the
                // time-to-live suite checks archival; five years of ledgers would archive
                // every entry the sequence does not touch.
                self.f.env.ledger().with_mut(|l| {
                    l.timestamp += seconds;
                    l.sequence_number += 1;
                });
                (Outcome::Ok, Outcome::Ok)
            }
        }
    }

    /// Calls the contract, signed by `signers` alone; returns the outcome and the value a
    /// successful `create_escrow` or `withdraw` returned.
    fn invoke(&self, call: &Call, signers: SignerSet) -> (Outcome, i128) {
        let env = self.f.env.clone();
        let contract = self.f.contract.clone();
        match call {
            Call::Create(args) => {
                let new = self.new_escrow(args);
                let r = self.signed(
                    signers,
                    "create_escrow",
                    (new.clone(),).into_val(&env),
                    None,
                    |c| c.try_create_escrow(&new),
                );
                let id = r.as_ref().map_or(0, |r| *r.as_ref().unwrap());
                (outcome(r), id as i128)
            }
            &Call::Fund { id, funder, amount } => {
                let token = self.model.escrow(id).map_or(0, |e| e.token);
                let token = self.token(token).address.clone();
                let funder_address = self.addr(funder).clone();
                let transfer = (
                    funder,
                    &token,
                    (funder_address.clone(), contract, amount).into_val(&env),
                );
                let r = self.signed(
                    signers,
                    "fund_escrow",
                    (id, funder_address.clone(), amount).into_val(&env),
                    Some(transfer),
                    |c| c.try_fund_escrow(&id, &funder_address, &amount),
                );
                (outcome(r), 0)
            }
            Call::Submit {
                id,
                index,
                status,
                evidence,
                notes,
            } => {
                let (id, index, status) = (*id, *index, *status);
                let evidence = evidence.as_ref().map(|t| self.text(t));
                let notes = notes.as_ref().map(|t| self.text(t));
                let r = self.signed(
                    signers,
                    "change_milestone_status",
                    (id, index, status, evidence.clone(), notes.clone()).into_val(&env),
                    None,
                    |c| c.try_change_milestone_status(&id, &index, &status, &evidence, &notes),
                );
                (outcome(r), 0)
            }
            Call::RequestChanges { id, index, notes } => {
                let (id, index) = (*id, *index);
                let notes = notes.as_ref().map(|t| self.text(t));
                let r = self.signed(
                    signers,
                    "request_changes",
                    (id, index, notes.clone()).into_val(&env),
                    None,
                    |c| c.try_request_changes(&id, &index, &notes),
                );
                (outcome(r), 0)
            }
            &Call::Approve { id, index } => {
                let r = self.signed(
                    signers,
                    "approve_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_approve_milestone(&id, &index),
                );
                (outcome(r), 0)
            }
            &Call::Release { id, index } => {
                let r = self.signed(
                    signers,
                    "release_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_release_milestone(&id, &index),
                );
                (outcome(r), 0)
            }
            Call::Dispute {
                id,
                index,
                caller,
                reason,
            } => {
                let (id, index) = (*id, *index);
                let caller = self.addr(*caller).clone();
                let reason = self.text(reason);
                let r = self.signed(
                    signers,
                    "dispute_milestone",
                    (id, index, caller.clone(), reason.clone()).into_val(&env),
                    None,
                    |c| c.try_dispute_milestone(&id, &index, &caller, &reason),
                );
                (outcome(r), 0)
            }
            &Call::Resolve {
                id,
                index,
                receiver_amount,
            } => {
                let r = self.signed(
                    signers,
                    "resolve_dispute",
                    (id, index, receiver_amount).into_val(&env),
                    None,
                    |c| c.try_resolve_dispute(&id, &index, &receiver_amount),
                );
                (outcome(r), 0)
            }
            &Call::Claim { id, index } => {
                let r = self.signed(
                    signers,
                    "claim_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_claim_milestone(&id, &index),
                );
                (outcome(r), 0)
            }
            &Call::Cancel { id, index } => {
                let r = self.signed(
                    signers,
                    "cancel_milestone",
                    (id, index).into_val(&env),
                    None,
                    |c| c.try_cancel_milestone(&id, &index),
                );
                (outcome(r), 0)
            }
            &Call::Settle {
                id,
                index,
                receiver_amount,
            } => {
                let r = self.signed(
                    signers,
                    "settle_milestone",
                    (id, index, receiver_amount).into_val(&env),
                    None,
                    |c| c.try_settle_milestone(&id, &index, &receiver_amount),
                );
                (outcome(r), 0)
            }
            &Call::Expire { id, index, caller } => {
                let caller = self.addr(caller).clone();
                let r = self.signed(
                    signers,
                    "expire_dispute",
                    (id, index, caller.clone()).into_val(&env),
                    None,
                    |c| c.try_expire_dispute(&id, &index, &caller),
                );
                (outcome(r), 0)
            }
            Call::ApproveAndRelease { id, indices } => {
                let id = *id;
                let mut list = SorobanVec::<u32>::new(&env);
                for &i in indices {
                    list.push_back(i);
                }
                let r = self.signed(
                    signers,
                    "approve_and_release",
                    (id, list.clone()).into_val(&env),
                    None,
                    |c| c.try_approve_and_release(&id, &list),
                );
                (outcome(r), 0)
            }
            Call::AddMilestones { id, milestones } => {
                let id = *id;
                let list = self.soroban_milestones(milestones);
                let r = self.signed(
                    signers,
                    "add_milestones",
                    (id, list.clone()).into_val(&env),
                    None,
                    |c| c.try_add_milestones(&id, &list),
                );
                (outcome(r), 0)
            }
            &Call::TransferRole { id, role, new } => {
                let new = self.addr(new).clone();
                let r = self.signed(
                    signers,
                    "transfer_role",
                    (id, role, new.clone()).into_val(&env),
                    None,
                    |c| c.try_transfer_role(&id, &role, &new),
                );
                (outcome(r), 0)
            }
            &Call::Withdraw { recipient, token } => {
                let recipient = self.addr(recipient).clone();
                let token = self.token_address(token);
                let r = self.signed(
                    signers,
                    "withdraw",
                    (recipient.clone(), token.clone()).into_val(&env),
                    None,
                    |c| c.try_withdraw(&recipient, &token),
                );
                let amount = r.as_ref().map_or(0, |r| *r.as_ref().unwrap());
                (outcome(r), amount)
            }
            &Call::SetAdmin { new } => {
                let new = self.addr(new).clone();
                let r = self.signed(
                    signers,
                    "set_admin",
                    (new.clone(),).into_val(&env),
                    None,
                    |c| c.try_set_admin(&new),
                );
                // `set_admin` has no contract error: any refusal is the host's.
                let actual = match r {
                    Ok(Ok(())) => Outcome::Ok,
                    _ => Outcome::HostRefused,
                };
                (actual, 0)
            }
            Call::Upgrade => {
                // No wasm was uploaded under this hash, so even the admin's upgrade fails;
                // anybody else's fails on the signature first.
                let hash = BytesN::from_array(&env, &[7; 32]);
                let r = self.signed(
                    signers,
                    "upgrade",
                    (hash.clone(),).into_val(&env),
                    None,
                    |c| c.try_upgrade(&hash),
                );
                // `upgrade` has no contract error: any refusal is the host's.
                let actual = match r {
                    Ok(Ok(())) => Outcome::Ok,
                    _ => Outcome::HostRefused,
                };
                (actual, 0)
            }
            &Call::ExtendTtl { id } => {
                let r = self.signed(signers, "extend_ttl", (id,).into_val(&env), None, |c| {
                    c.try_extend_ttl(&id)
                });
                (outcome(r), 0)
            }
        }
    }

    /// Calls `fn_name(args)` with one mocked signature per signer, for exactly this invocation
    /// (and, for the holder named in `transfer`, the token transfer under it).
    fn signed<R>(
        &self,
        signers: SignerSet,
        fn_name: &str,
        args: SorobanVec<Val>,
        transfer: Option<(usize, &Address, SorobanVec<Val>)>,
        call: impl for<'b> FnOnce(&EscrowContractClient<'b>) -> R,
    ) -> R {
        let client = EscrowContractClient::new(&self.f.env, &self.f.contract);
        let (payer, sub) = match transfer {
            Some((payer, token, args)) => (
                Some(payer),
                vec![MockAuthInvoke {
                    contract: token,
                    fn_name: "transfer",
                    args,
                    sub_invokes: &[],
                }],
            ),
            None => (None, vec![]),
        };
        let plain = MockAuthInvoke {
            contract: &self.f.contract,
            fn_name,
            args: args.clone(),
            sub_invokes: &[],
        };
        let paying = MockAuthInvoke {
            contract: &self.f.contract,
            fn_name,
            args,
            sub_invokes: &sub,
        };
        let auths: Vec<MockAuth> = (0..PARTIES)
            .filter(|&h| signers & (1 << h) != 0)
            .map(|h| MockAuth {
                address: self.addr(h),
                invoke: if payer == Some(h) { &paying } else { &plain },
            })
            .collect();
        let entries: Vec<SorobanAuthorizationEntry> = auths.iter().map(Into::into).collect();
        call(&client.set_auths(&entries))
    }

    fn soroban_milestones(&self, milestones: &[NewMilestoneArgs]) -> SorobanVec<NewMilestone> {
        let mut list = SorobanVec::new(&self.f.env);
        for m in milestones {
            list.push_back(NewMilestone {
                description: self.text(&m.description),
                amount: m.amount,
                deadline: m.deadline,
                receiver: m.receiver.map(|h| self.addr(h).clone()),
            });
        }
        list
    }

    fn new_escrow(&self, args: &CreateArgs) -> NewEscrow {
        NewEscrow {
            engagement_id: self.text(&args.engagement_id),
            title: self.text(&args.title),
            description: self.text(&args.description),
            roles: self.roles(&args.roles),
            token: self.token(args.token).address.clone(),
            platform_fee_bps: args.fee_bps,
            review_period: args.review_period,
            resolution_period: args.resolution_period,
            fallback_receiver_bps: args.fallback_bps,
            milestones: self.soroban_milestones(&args.milestones),
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

    // ----- Reading the contract's state -----

    /// The holder `a` is (compared as XDR: one host call, where comparing `Address`es costs
    /// one per holder).
    fn holder_of(&self, a: &Address) -> usize {
        let a = ScAddress::from(a);
        self.holder_keys
            .iter()
            .position(|h| *h == a)
            .unwrap_or_else(|| panic!("{a:?} is no holder"))
    }

    fn token_of(&self, a: &Address) -> usize {
        let a = ScAddress::from(a);
        self.token_keys
            .iter()
            .position(|t| *t == a)
            .unwrap_or_else(|| panic!("{a:?} is no token"))
    }

    fn plain_escrow(&self, e: Escrow) -> OEscrow {
        let r = &e.roles;
        OEscrow {
            id: e.id,
            engagement_id: rust_string(&e.engagement_id),
            title: rust_string(&e.title),
            description: rust_string(&e.description),
            roles: [
                &r.approver,
                &r.service_provider,
                &r.platform,
                &r.release_signer,
                &r.dispute_resolver,
                &r.receiver,
            ]
            .map(|a| self.holder_of(a)),
            token: self.token_of(&e.token),
            fee_bps: e.platform_fee_bps,
            review_period: e.review_period,
            resolution_period: e.resolution_period,
            fallback_bps: e.fallback_receiver_bps,
            milestone_count: e.milestone_count,
            total: e.total_amount,
            open_amount: e.open_amount,
            funded: e.funded,
            paid_out: e.paid_out,
        }
    }

    fn plain_milestone(&self, m: Milestone) -> OMilestone {
        OMilestone {
            description: rust_string(&m.description),
            amount: m.amount,
            status: m.status,
            approved: m.approved,
            evidence: m.evidence.as_ref().map(rust_string),
            notes: m.notes.as_ref().map(rust_string),
            updated_at: m.updated_at,
            deadline: m.deadline,
            receiver: self.holder_of(&m.receiver),
            held: m.held,
        }
    }

    fn read_escrow(&self, id: u64) -> OEscrow {
        match self.read(
            |env| EscrowContract::get_escrow(env, id),
            |client| client.try_get_escrow(&id),
        ) {
            Ok(e) => self.plain_escrow(e),
            other => panic!("get_escrow({id}): {other:?}"),
        }
    }

    fn read_milestone(&self, id: u64, index: u32) -> OMilestone {
        match self.read(
            |env| EscrowContract::get_milestone(env, id, index),
            |client| client.try_get_milestone(&id, &index),
        ) {
            Ok(m) => self.plain_milestone(m),
            other => panic!("get_milestone({id}, {index}): {other:?}"),
        }
    }

    fn read_milestones(&self, id: u64) -> Vec<OMilestone> {
        match self.read(
            |env| EscrowContract::get_milestones(env, id),
            |client| client.try_get_milestones(&id),
        ) {
            Ok(ms) => ms.iter().map(|m| self.plain_milestone(m)).collect(),
            other => panic!("get_milestones({id}): {other:?}"),
        }
    }

    fn read_balance(&self, holder: usize, token: usize) -> i128 {
        self.token(token).balance(self.addr(holder))
    }

    fn read_credit(&self, holder: usize, token: usize) -> i128 {
        let (recipient, token) = (self.addr(holder).clone(), self.token_address(token));
        if self.native {
            let env = self.f.env.clone();
            self.f.env.as_contract(&self.f.contract, || {
                EscrowContract::claimable(env, recipient, token)
            })
        } else {
            self.f.client.claimable(&recipient, &token)
        }
    }

    /// Reads with one of the contract's getters: on the native contract called directly in a
    /// frame of the contract (no invocation, which costs the test host far more), on the wasm
    /// invoked through the client, so that the wasm suite reads through the shipped code.
    fn read<T, C: fmt::Debug>(
        &self,
        direct: impl FnOnce(Env) -> Result<T, Error>,
        invoked: impl FnOnce(&EscrowContractClient<'a>) -> TryResult<T, C>,
    ) -> Result<T, String> {
        if self.native {
            let env = self.f.env.clone();
            let result = self.f.env.as_contract(&self.f.contract, || direct(env));
            result.map_err(|e| format!("{e:?}"))
        } else {
            match invoked(&self.f.client) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(e)) => Err(format!("{e:?}")),
                Err(e) => Err(format!("{e:?}")),
            }
        }
    }

    fn read_admin(&self) -> usize {
        self.holder_of(&self.f.client.admin())
    }

    /// Turns the host's mainnet resource limits off (for reading back) or on (for the calls
    /// under test). Reads back are observations, not transactions, and checking every entry
    /// they touch against the limits (which serializes each one) costs as much as the reads.
    fn set_limits(&self, on: bool) {
        let limits = on.then(InvocationResourceLimits::mainnet);
        self.f
            .env
            .host()
            .set_invocation_resource_limits(limits)
            .expect("resource limits");
    }

    fn assert_no_escrow(&self, id: u64) {
        assert_eq!(
            self.f.client.try_get_escrow(&id),
            Err(Ok(Error::EscrowNotFound)),
            "escrow {id} exists"
        );
    }

    /// Reads back what a step could change into the copy, and compares it with the model.
    fn read_touched(&mut self, t: &Touch, context: &dyn Display) {
        if t.created {
            let n = self.model.escrows.len();
            for id in self.observed.escrows.len() + 1..=n {
                let id = id as u64;
                let entry = (self.read_escrow(id), self.read_milestones(id));
                self.observed.escrows.push(entry);
            }
            self.assert_no_escrow(n as u64 + 1);
        }
        for &id in &t.escrows {
            self.observed.escrows[id as usize - 1].0 = self.read_escrow(id);
        }
        for &id in &t.grown {
            let count = self.observed.escrows[id as usize - 1].0.milestone_count;
            let known = self.observed.escrows[id as usize - 1].1.len() as u32;
            for index in known..count {
                let m = self.read_milestone(id, index);
                self.observed.escrows[id as usize - 1].1.push(m);
            }
        }
        for &(id, index) in &t.milestones {
            self.observed.escrows[id as usize - 1].1[index as usize] =
                self.read_milestone(id, index);
        }
        for &id in &t.all_milestones {
            self.observed.escrows[id as usize - 1].1 = self.read_milestones(id);
        }
        for &(h, token) in &t.balances {
            self.observed.balances[h][token] = self.read_balance(h, token);
        }
        for &(h, token) in &t.credits {
            self.observed.credits[h][token] = self.read_credit(h, token);
        }
        if t.admin {
            self.observed.admin = self.read_admin();
        }
        // The parts read, against the model.
        let ids: BTreeSet<u64> = t
            .escrows
            .iter()
            .chain(&t.all_milestones)
            .chain(&t.grown)
            .chain(t.milestones.iter().map(|(id, _)| id))
            .copied()
            .chain(if t.created {
                1..self.model.escrows.len() as u64 + 1
            } else {
                0..0
            })
            .collect();
        for id in ids {
            self.compare_escrow(id, context);
        }
        for &(h, token) in &t.balances {
            assert_eq!(
                self.observed.balances[h][token], self.model.balances[h][token],
                "{context}: balance of holder {h} in token {token}"
            );
        }
        for &(h, token) in &t.credits {
            assert_eq!(
                self.observed.credits[h][token], self.model.credits[h][token],
                "{context}: credit of holder {h} in token {token}"
            );
        }
        assert_eq!(self.observed.admin, self.model.admin, "{context}: admin");
    }

    /// Reads everything back into the copy, compares all of it with the model and checks the
    /// invariants.
    pub fn check_everything(&mut self, context: &dyn Display) {
        self.set_limits(false);
        self.read_everything(context);
        self.set_limits(true);
        self.check_invariants(context);
    }

    fn read_everything(&mut self, context: &dyn Display) {
        self.full_reads += 1;
        let n = self.model.escrows.len() as u64;
        self.observed.escrows = (1..=n)
            .map(|id| (self.read_escrow(id), self.read_milestones(id)))
            .collect();
        self.assert_no_escrow(n + 1);
        for h in 0..HOLDERS {
            for token in 0..2 {
                self.observed.balances[h][token] = self.read_balance(h, token);
                if h != CONTRACT {
                    self.observed.credits[h][token] = self.read_credit(h, token);
                }
            }
        }
        self.observed.admin = self.read_admin();
        for id in 1..=n {
            self.compare_escrow(id, context);
        }
        assert_eq!(
            self.observed.balances, self.model.balances,
            "{context}: balances vs model"
        );
        assert_eq!(
            self.observed.credits, self.model.credits,
            "{context}: credits vs model"
        );
        assert_eq!(self.observed.admin, self.model.admin, "{context}: admin");
    }

    fn expected_escrow(&self, id: u64) -> (OEscrow, Vec<OMilestone>) {
        let e = self.model.escrow(id).unwrap();
        let escrow = OEscrow {
            id,
            engagement_id: e.engagement_id.clone(),
            title: e.title.clone(),
            description: e.description.clone(),
            roles: e.roles,
            token: e.token,
            fee_bps: e.fee_bps,
            review_period: e.review_period,
            resolution_period: e.resolution_period,
            fallback_bps: e.fallback_bps,
            milestone_count: e.milestones.len() as u32,
            total: e.total,
            open_amount: e.open_amount(),
            funded: e.funded,
            paid_out: e.paid_out,
        };
        let milestones = e
            .milestones
            .iter()
            .map(|m| expected_milestone(e, m))
            .collect();
        (escrow, milestones)
    }

    fn compare_escrow(&self, id: u64, context: &dyn Display) {
        let (escrow, milestones) = self.expected_escrow(id);
        let (o_escrow, o_milestones) = &self.observed.escrows[id as usize - 1];
        assert_eq!(o_escrow, &escrow, "{context}: escrow {id} vs model");
        assert_eq!(
            o_milestones.len(),
            milestones.len(),
            "{context}: escrow {id}: milestones vs model"
        );
        for (i, (o, m)) in o_milestones.iter().zip(&milestones).enumerate() {
            assert_eq!(o, m, "{context}: escrow {id}, milestone {i} vs model");
        }
    }

    /// The read-only entry points against the model, errors included.
    fn check_reads(&self, id: u64, index: u32, recipient: usize, token: usize) {
        let c = &self.f.client;
        match self.model.escrow(id) {
            Some(_) => {
                let (escrow, milestones) = self.expected_escrow(id);
                assert_eq!(self.read_escrow(id), escrow, "get_escrow({id})");
                assert_eq!(self.read_milestones(id), milestones, "get_milestones({id})");
                match milestones.get(index as usize) {
                    Some(m) => assert_eq!(&self.read_milestone(id, index), m),
                    None => assert_eq!(
                        c.try_get_milestone(&id, &index),
                        Err(Ok(Error::MilestoneNotFound))
                    ),
                }
            }
            None => {
                assert_eq!(c.try_get_escrow(&id), Err(Ok(Error::EscrowNotFound)));
                assert_eq!(c.try_get_milestones(&id), Err(Ok(Error::EscrowNotFound)));
                assert_eq!(
                    c.try_get_milestone(&id, &index),
                    Err(Ok(Error::EscrowNotFound))
                );
            }
        }
        assert_eq!(
            c.claimable(self.addr(recipient), &self.token_address(token)),
            self.model.claimable(recipient, token),
            "claimable"
        );
        assert_eq!(self.read_admin(), self.model.admin, "admin");
    }

    /// The invariants of `SPEC.md`, checked on what the contract reported (not on the model).
    fn check_invariants(&self, context: &dyn Display) {
        let now = &self.observed;
        for token in 0..2 {
            let held: i128 = now
                .escrows
                .iter()
                .filter(|(e, _)| e.token == token)
                .map(|(e, _)| e.funded - e.paid_out)
                .sum();
            let credited: i128 = now.credits.iter().map(|c| c[token]).sum();
            let balance = now.balances[CONTRACT][token];
            assert!(
                balance >= held + credited,
                "{context}: token {token}: contract balance {balance} < Σ(funded − paid_out) \
                 {held} + Σ credits {credited}"
            );
            // Tokens sent outside `fund_escrow` are held but belong to no escrow.
            assert_eq!(
                balance,
                held + credited + self.model.stray[token],
                "{context}: token {token}: contract balance vs escrows, credits and strays"
            );
        }
        for (e, milestones) in &now.escrows {
            let id = e.id;
            assert_eq!(
                e.milestone_count as usize,
                milestones.len(),
                "{context}: count"
            );
            let total: i128 = milestones.iter().map(|m| m.amount).sum();
            assert_eq!(total, e.total, "{context}: escrow {id}: total");
            let open = || milestones.iter().filter(|m| !is_final(m.status));
            let open_amount: i128 = open().map(|m| m.amount).sum();
            assert_eq!(open_amount, e.open_amount, "{context}: escrow {id}: open");
            let holding = e.funded - e.paid_out;
            assert!(
                0 <= e.paid_out && e.paid_out <= e.funded,
                "{context}: escrow {id}: 0 ≤ paid_out ≤ funded"
            );
            assert!(
                0 <= holding && holding <= e.open_amount,
                "{context}: escrow {id}: 0 ≤ funded − paid_out ≤ open_amount"
            );
            let held: i128 = open().map(|m| m.held).sum();
            assert_eq!(
                holding, held,
                "{context}: escrow {id}: funded − paid_out vs Σ open held"
            );
            if open().next().is_none() {
                assert_eq!(e.funded, e.paid_out, "{context}: escrow {id} not empty");
            }
            for (i, m) in milestones.iter().enumerate() {
                assert!(
                    0 <= m.held && m.held <= m.amount,
                    "{context}: escrow {id}, milestone {i}: 0 ≤ held ≤ amount"
                );
                if is_final(m.status) {
                    assert_eq!(
                        m.held, 0,
                        "{context}: escrow {id}, milestone {i}: final held"
                    );
                }
                assert_eq!(
                    m.approved,
                    matches!(
                        m.status,
                        MilestoneStatus::Approved | MilestoneStatus::Released
                    ),
                    "{context}: escrow {id}, milestone {i}: approved vs status"
                );
            }
        }
    }

    /// What never changes, checked on what the contract reported before and after a step: an
    /// escrow's id, texts, token, fee and time terms; its deposits, payouts, total and
    /// milestone count never go down; and a final milestone never changes again.
    fn check_unchanged(&self, before: &Observed, context: &dyn Display) {
        for ((old, old_milestones), (new, new_milestones)) in
            before.escrows.iter().zip(&self.observed.escrows)
        {
            let id = old.id;
            let fixed = |e: &OEscrow| {
                (
                    e.id,
                    e.engagement_id.clone(),
                    e.title.clone(),
                    e.description.clone(),
                    e.token,
                    e.fee_bps,
                    (e.review_period, e.resolution_period, e.fallback_bps),
                )
            };
            assert_eq!(
                fixed(old),
                fixed(new),
                "{context}: escrow {id}'s terms changed"
            );
            assert!(
                new.funded >= old.funded
                    && new.paid_out >= old.paid_out
                    && new.total >= old.total
                    && new.milestone_count >= old.milestone_count,
                "{context}: escrow {id}: a counter went down"
            );
            for (i, (old_m, new_m)) in old_milestones.iter().zip(new_milestones).enumerate() {
                if is_final(old_m.status) {
                    assert_eq!(
                        new_m, old_m,
                        "{context}: escrow {id}: final milestone {i} changed"
                    );
                }
            }
        }
    }

    // ----- Liveness -----

    /// Finishes every open milestone by calls of `party` alone (each signed by that party
    /// only), with time passing, checking every step; then every escrow must be empty, and
    /// the contract must hold exactly the credits and stray tokens. First what the party can do
    /// at once to every milestone, then one wait until every clock it needs has run out, then
    /// the call that ends each milestone. The state is read back in full at the end only.
    pub fn finish_alone(&mut self, party: Party) {
        let full_every = std::mem::replace(&mut self.full_every, usize::MAX);
        let open = |model: &Model| -> Vec<(u64, u32)> {
            let mut open = Vec::new();
            for (i, e) in model.escrows.iter().enumerate() {
                for (index, m) in e.milestones.iter().enumerate() {
                    if !m.is_final() {
                        open.push((i as u64 + 1, index as u32));
                    }
                }
            }
            open
        };
        for (id, index) in open(&self.model) {
            for round in 0.. {
                assert!(
                    round < 3,
                    "liveness: milestone {index} of escrow {id} loops"
                );
                let Some(op) = self.liveness_now(party, id, index) else {
                    break;
                };
                self.liveness_step(party, &op);
            }
        }
        let now = self.model.now;
        let wait = open(&self.model)
            .into_iter()
            .map(|(id, index)| self.liveness_clock(party, id, index).saturating_sub(now))
            .max()
            .unwrap_or(0);
        if wait > 0 {
            self.step(&Op::Wait { seconds: wait });
        }
        for (id, index) in open(&self.model) {
            let op = self.liveness_end(party, id, index);
            self.liveness_step(party, &op);
            assert!(
                self.model.milestone(id, index).unwrap().is_final(),
                "liveness by the {party:?}: milestone {index} of escrow {id} not final"
            );
        }
        self.full_every = full_every;
        self.check_everything(&format!("after finishing every milestone by the {party:?}"));
        assert!(open(&self.model).is_empty());
        for (e, _) in &self.observed.escrows {
            assert_eq!(
                (e.open_amount, e.funded),
                (0, e.paid_out),
                "escrow {} not empty after liveness by the {party:?}",
                e.id
            );
        }
        for token in 0..2 {
            let credited: i128 = self.observed.credits.iter().map(|c| c[token]).sum();
            assert_eq!(
                self.observed.balances[CONTRACT][token],
                credited + self.model.stray[token],
                "token {token}: the contract holds more than its credits and strays"
            );
        }
    }

    fn liveness_step(&mut self, party: Party, op: &Op) {
        let outcome = self.step(op);
        assert_eq!(
            outcome,
            Outcome::Ok,
            "liveness by the {party:?}: {op:?} refused"
        );
    }

    /// What `party` alone does at once to milestone `index` of escrow `id` on the way to
    /// ending it, or `None` when what is left needs time to pass (or the milestone is final).
    fn liveness_now(&self, party: Party, id: u64, index: u32) -> Option<Op> {
        use MilestoneStatus::*;
        let (e, m) = self.liveness_milestone(id, index);
        let (escrow, idx, signers) = (EscrowSel::Raw(id), Index::Raw(index), Signers::Expected);
        let now = self.model.now;
        let in_review = now < m.updated_at + e.review_period;
        let dispute = |r: usize| {
            Some(Op::Dispute {
                escrow,
                index: idx,
                signers,
                caller: Who::ALL[e.roles[r]],
                reason: TextLen::Short,
            })
        };
        match (party, m.status) {
            (Party::Approver, ForReview) if in_review && index.is_multiple_of(2) => {
                dispute(role::APPROVER)
            }
            (Party::Approver, ForReview) => Some(Op::Approve {
                escrow,
                index: idx,
                signers,
            }),
            // Cancelled after the wait, as it may be already.
            (Party::Approver, ChangesRequested) if now >= m.deadline && !in_review => None,
            (Party::Approver, ChangesRequested | Approved) => dispute(role::APPROVER),
            (Party::ServiceProvider, ChangesRequested) if index % 2 == 1 => {
                dispute(role::SERVICE_PROVIDER)
            }
            (Party::ServiceProvider, Pending | ChangesRequested) => Some(Op::Submit {
                escrow,
                index: idx,
                signers,
                status: Status::ForReview,
                evidence: None,
                notes: None,
            }),
            _ => None,
        }
    }

    /// When milestone `index` of escrow `id`, as `party` left it, may be ended by that party:
    /// its deadline, or the end of its review or resolution period.
    fn liveness_clock(&self, party: Party, id: u64, index: u32) -> u64 {
        use MilestoneStatus::*;
        let (e, m) = self.liveness_milestone(id, index);
        match (party, m.status) {
            (_, Disputed) => m.updated_at + e.resolution_period,
            (Party::Approver, Pending) => m.deadline,
            (Party::Approver, ChangesRequested) => m.deadline.max(m.updated_at + e.review_period),
            (Party::ServiceProvider, ForReview | Approved) => m.updated_at + e.review_period,
            (_, status) => panic!("liveness by the {party:?}: {status:?} left to wait for"),
        }
    }

    /// The call by which `party` alone ends milestone `index` of escrow `id` once its clock
    /// has run out.
    fn liveness_end(&self, party: Party, id: u64, index: u32) -> Op {
        use MilestoneStatus::*;
        let (e, m) = self.liveness_milestone(id, index);
        let (escrow, idx, signers) = (EscrowSel::Raw(id), Index::Raw(index), Signers::Expected);
        match (party, m.status) {
            (_, Disputed) => Op::Expire {
                escrow,
                index: idx,
                signers,
                caller: Who::ALL[e.roles[match party {
                    Party::Approver => role::APPROVER,
                    Party::ServiceProvider => role::SERVICE_PROVIDER,
                }]],
            },
            (Party::Approver, Pending | ChangesRequested) => Op::Cancel {
                escrow,
                index: idx,
                signers,
            },
            (Party::ServiceProvider, ForReview | Approved) => Op::Claim {
                escrow,
                index: idx,
                signers,
            },
            (_, status) => panic!("liveness by the {party:?}: nothing ends {status:?}"),
        }
    }

    fn liveness_milestone(&self, id: u64, index: u32) -> (&MEscrow, &MMilestone) {
        let e = self.model.escrow(id).expect("an escrow");
        (e, &e.milestones[index as usize])
    }
}

impl Who {
    /// Every party, by index.
    pub const ALL: [Who; 8] = [
        Who::Admin,
        Who::Platform,
        Who::Approver,
        Who::ServiceProvider,
        Who::ReleaseSigner,
        Who::DisputeResolver,
        Who::Receiver,
        Who::Outsider,
    ];
}

/// The hash of the code `contract` runs in `snapshot`, and whether that code is native (a
/// contract registered from Rust, whose code entry holds no wasm).
fn executable(snapshot: &Snapshot, contract: &Address) -> ([u8; 32], bool) {
    let contract = ScAddress::from(contract);
    let code_hash = snapshot
        .ledger
        .ledger_entries
        .iter()
        .find_map(|(_, (entry, _))| match &entry.data {
            LedgerEntryData::ContractData(d)
                if d.contract == contract && d.key == ScVal::LedgerKeyContractInstance =>
            {
                match &d.val {
                    ScVal::ContractInstance(ScContractInstance {
                        executable: ContractExecutable::Wasm(hash),
                        ..
                    }) => Some(hash.0),
                    _ => None,
                }
            }
            _ => None,
        })
        .expect("the contract's instance");
    let native = snapshot
        .ledger
        .ledger_entries
        .iter()
        .any(|(_, (entry, _))| {
            matches!(&entry.data, LedgerEntryData::ContractCode(c)
                if c.hash.0 == code_hash && !c.code.starts_with(b"\0asm"))
        });
    (code_hash, native)
}

fn expected_milestone(e: &MEscrow, m: &MMilestone) -> OMilestone {
    OMilestone {
        description: m.description.clone(),
        amount: m.amount,
        status: m.status,
        approved: m.approved(),
        evidence: m.evidence.clone(),
        notes: m.notes.clone(),
        updated_at: m.updated_at,
        deadline: m.deadline,
        receiver: e.receiver_of(m),
        held: m.held,
    }
}

fn rust_string(s: &SorobanString) -> String {
    let mut bytes = vec![0u8; s.len() as usize];
    s.copy_into_slice(&mut bytes);
    String::from_utf8(bytes).expect("UTF-8")
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
        Status::Cancelled => MilestoneStatus::Cancelled,
    }
}

fn role_of(role: RoleSel) -> Role {
    match role {
        RoleSel::Approver => Role::Approver,
        RoleSel::ServiceProvider => Role::ServiceProvider,
        RoleSel::Platform => Role::Platform,
        RoleSel::ReleaseSigner => Role::ReleaseSigner,
        RoleSel::DisputeResolver => Role::DisputeResolver,
        RoleSel::Receiver => Role::Receiver,
    }
}

fn token_index(token: TokenSel) -> usize {
    match token {
        TokenSel::Usdc => 0,
        TokenSel::Eurc => 1,
        TokenSel::NotAToken => NOT_A_TOKEN,
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
