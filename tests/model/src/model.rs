//! A plain Rust model of the contract (interface v2), its two tokens and the ledger clock:
//! what every call should do, exact error included, written from `SPEC.md` (and the check order
//! documented with `Error`) without calling any of the contract's code. Parties are indices
//! ([`HOLDERS`]); [`Model::apply`] predicts a call's [`Outcome`] and changes the model only when
//! the call is predicted to succeed.

use escrow::{Error, MilestoneStatus, Role};

/// Holders of tokens, by index: the eight parties (`Who` order), then the contract.
pub const HOLDERS: usize = 9;
/// The parties, who can sign (the contract cannot sign for itself).
pub const PARTIES: usize = 8;
/// The contract's index among the holders.
pub const CONTRACT: usize = 8;
/// `MAX_MILESTONES` of `SPEC.md` (documented as 50).
pub const MAX_MILESTONES: usize = 50;
/// The most milestones one `add_milestones` may append (documented as `MAX_ADD_BATCH`).
pub const MAX_ADD_BATCH: usize = 40;
/// The most milestones one `approve_and_release` may list (documented as 5).
pub const MAX_RELEASE_BATCH: usize = 5;
/// The fee cap, in basis points.
pub const MAX_FEE_BPS: u32 = 2_000;
/// Basis points in a whole.
pub const BPS: u32 = 10_000;
/// The shortest review or resolution period: a day.
pub const MIN_PERIOD: u64 = 86_400;
/// The longest review or resolution period: 365 days.
pub const MAX_PERIOD: u64 = 31_536_000;
/// How far ahead a deadline may be: 5 years.
pub const MAX_DEADLINE_AHEAD: u64 = 157_680_000;

/// Byte caps of `SPEC.md`.
pub mod caps {
    /// `engagement_id`.
    pub const ENGAGEMENT_ID: usize = 64;
    /// Escrow `title`.
    pub const TITLE: usize = 128;
    /// Escrow `description`.
    pub const DESCRIPTION: usize = 1_024;
    /// Milestone `description`.
    pub const MILESTONE_DESCRIPTION: usize = 512;
    /// `evidence`.
    pub const EVIDENCE: usize = 512;
    /// `notes` and a dispute `reason`.
    pub const NOTES: usize = 1_024;
}

/// What a call is predicted to do.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Succeeds.
    Ok,
    /// Refused with this contract error.
    Refused(Error),
    /// Refused by the host: a missing signature, or an upgrade to code that was never
    /// uploaded.
    HostRefused,
}

/// Role indices in [`MEscrow::roles`].
pub mod role {
    /// The approver.
    pub const APPROVER: usize = 0;
    /// The service provider.
    pub const SERVICE_PROVIDER: usize = 1;
    /// The platform.
    pub const PLATFORM: usize = 2;
    /// The release signer.
    pub const RELEASE_SIGNER: usize = 3;
    /// The dispute resolver.
    pub const DISPUTE_RESOLVER: usize = 4;
    /// The receiver.
    pub const RECEIVER: usize = 5;
}

/// The index in [`MEscrow::roles`] of a [`Role`].
pub fn role_index(r: Role) -> usize {
    match r {
        Role::Approver => role::APPROVER,
        Role::ServiceProvider => role::SERVICE_PROVIDER,
        Role::Platform => role::PLATFORM,
        Role::ReleaseSigner => role::RELEASE_SIGNER,
        Role::DisputeResolver => role::DISPUTE_RESOLVER,
        Role::Receiver => role::RECEIVER,
    }
}

/// Whether `status` is final: `Released`, `Resolved`, `Cancelled`.
pub fn is_final(status: MilestoneStatus) -> bool {
    matches!(
        status,
        MilestoneStatus::Released | MilestoneStatus::Resolved | MilestoneStatus::Cancelled
    )
}

/// A milestone as the model expects to read it, and where a dispute came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MMilestone {
    /// Its description.
    pub description: String,
    /// Its amount.
    pub amount: i128,
    /// Its status.
    pub status: MilestoneStatus,
    /// Latest evidence.
    pub evidence: Option<String>,
    /// Latest note.
    pub notes: Option<String>,
    /// Timestamp of the last change.
    pub updated_at: u64,
    /// Delivery deadline.
    pub deadline: u64,
    /// Its own receiver (holder index), if any.
    pub own_receiver: Option<usize>,
    /// Who was paid for it (holder index), once final.
    pub payee: Option<usize>,
    /// What the contract holds for it.
    pub held: i128,
    /// While `Disputed`: whether the work disputed had been approved.
    pub disputed_after_approval: bool,
}

impl MMilestone {
    /// `approved` as `SPEC.md` defines it.
    pub fn approved(&self) -> bool {
        matches!(
            self.status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        )
    }

    /// Whether it is final.
    pub fn is_final(&self) -> bool {
        is_final(self.status)
    }
}

/// An escrow as the model expects to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MEscrow {
    /// External reference.
    pub engagement_id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Holder index of each role, in [`role`] order.
    pub roles: [usize; 6],
    /// 0 for USDC, 1 for EURC.
    pub token: usize,
    /// Fee in basis points.
    pub fee_bps: u32,
    /// Review period, seconds.
    pub review_period: u64,
    /// Resolution period, seconds.
    pub resolution_period: u64,
    /// Fallback share of a contested delivery, basis points.
    pub fallback_bps: u32,
    /// Sum of the milestone amounts.
    pub total: i128,
    /// Deposited.
    pub funded: i128,
    /// Paid out, credited or refunded.
    pub paid_out: i128,
    /// The milestones.
    pub milestones: Vec<MMilestone>,
}

impl MEscrow {
    /// Sum of the amounts of the milestones not yet final.
    pub fn open_amount(&self) -> i128 {
        self.milestones
            .iter()
            .filter(|m| !m.is_final())
            .map(|m| m.amount)
            .sum()
    }

    /// What the escrow holds: `funded − paid_out`.
    pub fn holding(&self) -> i128 {
        self.funded - self.paid_out
    }

    /// Who is paid for milestone `m`: who was paid, once final; else its own receiver, or the
    /// escrow's receiver now.
    pub fn receiver_of(&self, m: &MMilestone) -> usize {
        m.payee
            .or(m.own_receiver)
            .unwrap_or(self.roles[role::RECEIVER])
    }
}

/// A new milestone, concretely.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMilestoneArgs {
    /// Description.
    pub description: String,
    /// Amount.
    pub amount: i128,
    /// Deadline.
    pub deadline: u64,
    /// Own receiver (holder index; `CONTRACT` is the contract itself).
    pub receiver: Option<usize>,
}

/// The arguments of a `create_escrow` call, concretely.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreateArgs {
    /// Holder index of each role.
    pub roles: [usize; 6],
    /// 0 for USDC, 1 for EURC.
    pub token: usize,
    /// Fee.
    pub fee_bps: u32,
    /// Review period.
    pub review_period: u64,
    /// Resolution period.
    pub resolution_period: u64,
    /// Fallback share.
    pub fallback_bps: u32,
    /// Texts.
    pub engagement_id: String,
    /// Texts.
    pub title: String,
    /// Texts.
    pub description: String,
    /// Milestones.
    pub milestones: Vec<NewMilestoneArgs>,
}

/// A token argument: one of the two tokens (0, 1) or an address that is no token (2).
pub const NOT_A_TOKEN: usize = 2;

/// A contract call with concrete arguments (holders by index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
    /// `create_escrow`.
    Create(CreateArgs),
    /// `fund_escrow`.
    Fund {
        id: u64,
        funder: usize,
        amount: i128,
    },
    /// `change_milestone_status`.
    Submit {
        id: u64,
        index: u32,
        status: MilestoneStatus,
        evidence: Option<String>,
        notes: Option<String>,
    },
    /// `request_changes`.
    RequestChanges {
        id: u64,
        index: u32,
        notes: Option<String>,
    },
    /// `approve_milestone`.
    Approve { id: u64, index: u32 },
    /// `release_milestone`.
    Release { id: u64, index: u32 },
    /// `dispute_milestone`.
    Dispute {
        id: u64,
        index: u32,
        caller: usize,
        reason: String,
    },
    /// `resolve_dispute`.
    Resolve {
        id: u64,
        index: u32,
        receiver_amount: i128,
    },
    /// `claim_milestone`.
    Claim { id: u64, index: u32 },
    /// `cancel_milestone`.
    Cancel { id: u64, index: u32 },
    /// `settle_milestone`.
    Settle {
        id: u64,
        index: u32,
        receiver_amount: i128,
    },
    /// `expire_dispute`.
    Expire { id: u64, index: u32, caller: usize },
    /// `approve_and_release`.
    ApproveAndRelease { id: u64, indices: Vec<u32> },
    /// `add_milestones`.
    AddMilestones {
        id: u64,
        milestones: Vec<NewMilestoneArgs>,
    },
    /// `transfer_role`.
    TransferRole { id: u64, role: Role, new: usize },
    /// `withdraw` (`token` 0, 1, or [`NOT_A_TOKEN`]).
    Withdraw { recipient: usize, token: usize },
    /// `set_admin`.
    SetAdmin { new: usize },
    /// `upgrade` to a hash no wasm was uploaded under.
    Upgrade,
    /// `extend_ttl`.
    ExtendTtl { id: u64 },
}

impl Call {
    /// The escrow the call names, if it names one.
    pub fn escrow_id(&self) -> Option<u64> {
        match *self {
            Call::Fund { id, .. }
            | Call::Submit { id, .. }
            | Call::RequestChanges { id, .. }
            | Call::Approve { id, .. }
            | Call::Release { id, .. }
            | Call::Dispute { id, .. }
            | Call::Resolve { id, .. }
            | Call::Claim { id, .. }
            | Call::Cancel { id, .. }
            | Call::Settle { id, .. }
            | Call::Expire { id, .. }
            | Call::ApproveAndRelease { id, .. }
            | Call::AddMilestones { id, .. }
            | Call::TransferRole { id, .. }
            | Call::ExtendTtl { id } => Some(id),
            Call::Create(_) | Call::Withdraw { .. } | Call::SetAdmin { .. } | Call::Upgrade => None,
        }
    }
}

/// A set of signers: bit `h` for holder `h` (never the contract, which cannot sign).
pub type SignerSet = u16;

/// The contract, the tokens and the ledger clock, as they should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    /// Escrow `id` is `escrows[id - 1]`.
    pub escrows: Vec<MEscrow>,
    /// `balances[holder][token]`.
    pub balances: [[i128; 2]; HOLDERS],
    /// `credits[holder][token]`: what the contract owes a recipient whose transfer was
    /// refused.
    pub credits: [[i128; 2]; HOLDERS],
    /// `frozen[holder][token]`: the token refuses every transfer to or from the balance.
    pub frozen: [[bool; 2]; HOLDERS],
    /// Tokens sent to the contract outside `fund_escrow`, per token: held, but no escrow's.
    pub stray: [i128; 2],
    /// The ledger timestamp.
    pub now: u64,
    /// The admin.
    pub admin: usize,
}

/// `⌊amount × bps / 10 000⌋` for `0 ≤ amount`, `bps ≤ 10 000`, by long division of the exact
/// 192-bit product, independently of the contract's formula.
pub fn fee_of(amount: i128, bps: u32) -> i128 {
    assert!(amount >= 0 && bps <= BPS);
    let a = amount as u128;
    let b = bps as u128;
    let (hi, lo) = (a >> 64, a & u64::MAX as u128);
    // a × b = hi × b × 2⁶⁴ + lo × b, both products below 2⁷⁸.
    let (p_hi, p_lo) = (hi * b, lo * b);
    let q_hi = p_hi / 10_000;
    let next = ((p_hi % 10_000) << 64) + p_lo;
    let q = (q_hi << 64) + next / 10_000;
    q as i128
}

/// The first fault of a call's inputs in the documented order (the number of milestones, the
/// texts, the roles, the fee, the terms, the amounts), whatever order they are found in.
#[derive(Default)]
struct Faults(Option<(u8, Error)>);

impl Faults {
    fn add(&mut self, fault: bool, error: Error) {
        let rank = match error {
            Error::NoMilestones | Error::TooManyMilestones => 0,
            Error::TextTooLong => 1,
            Error::InvalidRoles => 2,
            Error::InvalidFee => 3,
            Error::InvalidTerms => 4,
            Error::InvalidAmount => 5,
            other => panic!("{other:?} is no input fault"),
        };
        if fault && self.0.is_none_or(|(r, _)| rank < r) {
            self.0 = Some((rank, error));
        }
    }

    fn result(self) -> Result<(), Outcome> {
        match self.0 {
            Some((_, e)) => Err(Outcome::Refused(e)),
            None => Ok(()),
        }
    }
}

fn refuse<T>(error: Error) -> Result<T, Outcome> {
    Err(Outcome::Refused(error))
}

/// Which party a caller of `dispute_milestone` or `expire_dispute` is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Party {
    Approver,
    ServiceProvider,
}

impl Model {
    /// A fresh contract with no escrow, at ledger time `now`, whose admin is `admin`.
    pub fn new(now: u64, admin: usize) -> Self {
        Model {
            escrows: Vec::new(),
            balances: [[0; 2]; HOLDERS],
            credits: [[0; 2]; HOLDERS],
            frozen: [[false; 2]; HOLDERS],
            stray: [0; 2],
            now,
            admin,
        }
    }

    /// The escrow with this id.
    pub fn escrow(&self, id: u64) -> Option<&MEscrow> {
        let i = usize::try_from(id).ok()?.checked_sub(1)?;
        self.escrows.get(i)
    }

    fn escrow_mut(&mut self, id: u64) -> &mut MEscrow {
        &mut self.escrows[id as usize - 1]
    }

    /// Milestone `index` of escrow `id`.
    pub fn milestone(&self, id: u64, index: u32) -> Option<&MMilestone> {
        self.escrow(id)?.milestones.get(index as usize)
    }

    /// Total supply of a token among the holders.
    pub fn supply(&self, token: usize) -> i128 {
        // Mints are kept so that this never overflows.
        self.balances.iter().map(|b| b[token]).sum()
    }

    /// Whether the token moves `amount` from `from` to `to` (SEP-41 transfer of a Stellar
    /// Asset Contract): neither balance frozen, and enough to spend.
    pub fn can_transfer(&self, token: usize, from: usize, to: usize, amount: i128) -> bool {
        !self.frozen[from][token] && !self.frozen[to][token] && self.balances[from][token] >= amount
    }

    fn transfer(&mut self, token: usize, from: usize, to: usize, amount: i128) {
        self.balances[from][token] -= amount;
        self.balances[to][token] += amount;
    }

    /// Mints `amount` to `to` when its balance is not frozen and the token's supply stays
    /// within `i128`; returns whether it did.
    pub fn mint(&mut self, token: usize, to: usize, amount: i128) -> bool {
        if amount <= 0 || self.frozen[to][token] || self.supply(token).checked_add(amount).is_none()
        {
            return false;
        }
        self.balances[to][token] += amount;
        true
    }

    /// What `claimable(recipient, token)` returns.
    pub fn claimable(&self, recipient: usize, token: usize) -> i128 {
        if token == NOT_A_TOKEN {
            0
        } else {
            self.credits[recipient][token]
        }
    }

    /// Tokens the contract should hold, per token: what its escrows hold, what it owes in
    /// credits, and stray tokens.
    pub fn expected_contract_balance(&self, token: usize) -> i128 {
        self.escrows
            .iter()
            .filter(|e| e.token == token)
            .map(MEscrow::holding)
            .sum::<i128>()
            + self.credits.iter().map(|c| c[token]).sum::<i128>()
            + self.stray[token]
    }

    /// The addresses a call needs signatures from, in the order `SPEC.md` lists them (a
    /// holder may appear twice); `None` when it names an escrow that does not exist (refused
    /// before any signature is asked for).
    pub fn required_signers(&self, call: &Call) -> Option<Vec<usize>> {
        use role::*;
        let roles = match call.escrow_id() {
            Some(id) => Some(self.escrow(id)?.roles),
            None => None,
        };
        let r = |i: usize| roles.expect("an escrow call")[i];
        Some(match *call {
            Call::Create(ref args) => vec![args.roles[PLATFORM]],
            Call::Fund { funder, .. } => vec![funder],
            Call::Submit { .. } | Call::Claim { .. } => vec![r(SERVICE_PROVIDER)],
            Call::RequestChanges { .. } | Call::Approve { .. } | Call::Cancel { .. } => {
                vec![r(APPROVER)]
            }
            Call::Release { .. } => vec![r(RELEASE_SIGNER)],
            Call::Resolve { .. } => vec![r(DISPUTE_RESOLVER)],
            Call::Dispute { caller, .. } | Call::Expire { caller, .. } => vec![caller],
            Call::Settle { .. } => vec![r(APPROVER), r(SERVICE_PROVIDER)],
            Call::ApproveAndRelease { .. } => vec![r(APPROVER), r(RELEASE_SIGNER)],
            Call::AddMilestones { .. } => vec![r(PLATFORM), r(APPROVER), r(SERVICE_PROVIDER)],
            Call::TransferRole { role, new, .. } => {
                if role == Role::DisputeResolver {
                    vec![r(APPROVER), r(SERVICE_PROVIDER), new]
                } else {
                    vec![r(role_index(role)), new]
                }
            }
            Call::Withdraw { recipient, .. } => vec![recipient],
            Call::SetAdmin { new } => vec![self.admin, new],
            Call::Upgrade => vec![self.admin],
            Call::ExtendTtl { .. } => vec![],
        })
    }

    /// Predicts `call` signed by `signers`, and applies it when it succeeds.
    pub fn apply(&mut self, call: &Call, signers: SignerSet) -> Outcome {
        // The escrow exists, then the signers.
        let Some(required) = self.required_signers(call) else {
            return Outcome::Refused(Error::EscrowNotFound);
        };
        if required
            .iter()
            .any(|&h| h >= PARTIES || signers & (1 << h) == 0)
        {
            return Outcome::HostRefused;
        }
        let result = match call {
            Call::Create(args) => self.create(args),
            &Call::Fund { id, funder, amount } => self.fund(id, funder, amount),
            Call::Submit {
                id,
                index,
                status,
                evidence,
                notes,
            } => self.submit(*id, *index, *status, evidence, notes),
            Call::RequestChanges { id, index, notes } => self.request_changes(*id, *index, notes),
            &Call::Approve { id, index } => self.approve(id, index),
            &Call::Release { id, index } => self.release(id, index),
            Call::Dispute {
                id,
                index,
                caller,
                reason,
            } => self.dispute(*id, *index, *caller, reason),
            &Call::Resolve {
                id,
                index,
                receiver_amount,
            } => self.resolve(id, index, receiver_amount),
            &Call::Claim { id, index } => self.claim(id, index),
            &Call::Cancel { id, index } => self.cancel(id, index),
            &Call::Settle {
                id,
                index,
                receiver_amount,
            } => self.settle(id, index, receiver_amount),
            &Call::Expire { id, index, caller } => self.expire(id, index, caller),
            Call::ApproveAndRelease { id, indices } => self.approve_and_release(*id, indices),
            Call::AddMilestones { id, milestones } => self.add_milestones(*id, milestones),
            &Call::TransferRole { id, role, new } => self.transfer_role(id, role, new),
            &Call::Withdraw { recipient, token } => self.withdraw(recipient, token),
            &Call::SetAdmin { new } => {
                self.admin = new;
                Ok(())
            }
            // No wasm was uploaded under the hash: the host refuses even the admin's call.
            Call::Upgrade => Err(Outcome::HostRefused),
            Call::ExtendTtl { .. } => Ok(()),
        };
        match result {
            Ok(()) => Outcome::Ok,
            Err(outcome) => outcome,
        }
    }

    /// `InvalidRoles` faults of a set of roles: the approver is the service provider, the
    /// resolver is the approver, the service provider or the receiver, or any role is the
    /// contract.
    fn roles_broken(r: &[usize; 6]) -> bool {
        use role::*;
        let resolver = r[DISPUTE_RESOLVER];
        r[APPROVER] == r[SERVICE_PROVIDER]
            || resolver == r[APPROVER]
            || resolver == r[SERVICE_PROVIDER]
            || resolver == r[RECEIVER]
            || r.contains(&CONTRACT)
    }

    /// The input faults of new milestones added to an escrow with `existing` milestones
    /// totalling `total`, under `roles`, at most `per_call` of them in one call.
    fn milestone_faults(
        &self,
        faults: &mut Faults,
        (existing, total): (usize, i128),
        per_call: usize,
        roles: &[usize; 6],
        milestones: &[NewMilestoneArgs],
    ) {
        faults.add(milestones.is_empty(), Error::NoMilestones);
        faults.add(
            milestones.len() > per_call || existing + milestones.len() > MAX_MILESTONES,
            Error::TooManyMilestones,
        );
        let mut total = Some(total);
        for m in milestones {
            faults.add(
                m.description.len() > caps::MILESTONE_DESCRIPTION,
                Error::TextTooLong,
            );
            faults.add(
                m.receiver
                    .is_some_and(|h| h == roles[role::DISPUTE_RESOLVER] || h == CONTRACT),
                Error::InvalidRoles,
            );
            faults.add(
                m.deadline <= self.now || m.deadline - self.now > MAX_DEADLINE_AHEAD,
                Error::InvalidTerms,
            );
            faults.add(m.amount <= 0, Error::InvalidAmount);
            if m.amount > 0 {
                total = total.and_then(|t| t.checked_add(m.amount));
            }
        }
        faults.add(total.is_none(), Error::InvalidAmount);
    }

    fn new_milestones(&self, milestones: &[NewMilestoneArgs]) -> Vec<MMilestone> {
        milestones
            .iter()
            .map(|m| MMilestone {
                description: m.description.clone(),
                amount: m.amount,
                status: MilestoneStatus::Pending,
                evidence: None,
                notes: None,
                updated_at: self.now,
                deadline: m.deadline,
                own_receiver: m.receiver,
                payee: None,
                held: 0,
                disputed_after_approval: false,
            })
            .collect()
    }

    fn create(&mut self, args: &CreateArgs) -> Result<(), Outcome> {
        let mut faults = Faults::default();
        faults.add(
            args.engagement_id.len() > caps::ENGAGEMENT_ID
                || args.title.len() > caps::TITLE
                || args.description.len() > caps::DESCRIPTION,
            Error::TextTooLong,
        );
        faults.add(Self::roles_broken(&args.roles), Error::InvalidRoles);
        faults.add(args.fee_bps > MAX_FEE_BPS, Error::InvalidFee);
        let period_ok = |p: u64| (MIN_PERIOD..=MAX_PERIOD).contains(&p);
        faults.add(
            !period_ok(args.review_period)
                || !period_ok(args.resolution_period)
                || args.fallback_bps > BPS,
            Error::InvalidTerms,
        );
        self.milestone_faults(
            &mut faults,
            (0, 0),
            MAX_MILESTONES,
            &args.roles,
            &args.milestones,
        );
        faults.result()?;
        let milestones = self.new_milestones(&args.milestones);
        self.escrows.push(MEscrow {
            engagement_id: args.engagement_id.clone(),
            title: args.title.clone(),
            description: args.description.clone(),
            roles: args.roles,
            token: args.token,
            fee_bps: args.fee_bps,
            review_period: args.review_period,
            resolution_period: args.resolution_period,
            fallback_bps: args.fallback_bps,
            total: milestones.iter().map(|m| m.amount).sum(),
            funded: 0,
            paid_out: 0,
            milestones,
        });
        Ok(())
    }

    fn fund(&mut self, id: u64, funder: usize, amount: i128) -> Result<(), Outcome> {
        let escrow = self.escrow(id).unwrap();
        if amount <= 0 {
            return refuse(Error::InvalidAmount);
        }
        // What the open milestones still lack.
        let lacking: i128 = escrow
            .milestones
            .iter()
            .filter(|m| !m.is_final())
            .map(|m| m.amount - m.held)
            .sum();
        if amount > lacking {
            return refuse(Error::FundingExceedsTotal);
        }
        let token = escrow.token;
        if !self.can_transfer(token, funder, CONTRACT, amount) {
            return refuse(Error::TokenTransferFailed);
        }
        self.transfer(token, funder, CONTRACT, amount);
        let escrow = self.escrow_mut(id);
        escrow.funded += amount;
        // Back the open milestones in index order.
        let mut left = amount;
        for m in escrow.milestones.iter_mut().filter(|m| !m.is_final()) {
            let put = left.min(m.amount - m.held);
            m.held += put;
            left -= put;
        }
        assert_eq!(left, 0);
        Ok(())
    }

    /// The milestone, or `MilestoneNotFound`.
    fn find(&self, id: u64, index: u32) -> Result<&MMilestone, Outcome> {
        self.milestone(id, index)
            .ok_or(Outcome::Refused(Error::MilestoneNotFound))
    }

    fn in_review_period(&self, id: u64, m: &MMilestone) -> bool {
        self.now
            < m.updated_at
                .saturating_add(self.escrow(id).unwrap().review_period)
    }

    /// Moves a milestone to `status` now.
    fn set_status(&mut self, id: u64, index: u32, status: MilestoneStatus) -> &mut MMilestone {
        let now = self.now;
        let m = &mut self.escrow_mut(id).milestones[index as usize];
        m.status = status;
        m.updated_at = now;
        m.disputed_after_approval = false;
        m
    }

    fn too_long(text: &Option<String>, cap: usize) -> bool {
        text.as_ref().is_some_and(|t| t.len() > cap)
    }

    fn submit(
        &mut self,
        id: u64,
        index: u32,
        status: MilestoneStatus,
        evidence: &Option<String>,
        notes: &Option<String>,
    ) -> Result<(), Outcome> {
        if Self::too_long(evidence, caps::EVIDENCE) || Self::too_long(notes, caps::NOTES) {
            return refuse(Error::TextTooLong);
        }
        let m = self.find(id, index)?;
        use MilestoneStatus::*;
        if status != ForReview || !matches!(m.status, Pending | ForReview | ChangesRequested) {
            return refuse(Error::InvalidStatusTransition);
        }
        let m = self.set_status(id, index, ForReview);
        if evidence.is_some() {
            m.evidence = evidence.clone();
        }
        m.notes = notes.clone();
        Ok(())
    }

    fn request_changes(
        &mut self,
        id: u64,
        index: u32,
        notes: &Option<String>,
    ) -> Result<(), Outcome> {
        if Self::too_long(notes, caps::NOTES) {
            return refuse(Error::TextTooLong);
        }
        let m = self.find(id, index)?;
        if m.status != MilestoneStatus::ForReview || !self.in_review_period(id, m) {
            return refuse(Error::InvalidStatusTransition);
        }
        self.set_status(id, index, MilestoneStatus::ChangesRequested)
            .notes = notes.clone();
        Ok(())
    }

    fn approve(&mut self, id: u64, index: u32) -> Result<(), Outcome> {
        if self.find(id, index)?.status != MilestoneStatus::ForReview {
            return refuse(Error::InvalidStatusTransition);
        }
        self.set_status(id, index, MilestoneStatus::Approved);
        Ok(())
    }

    /// Pays `amount` of `token` from the contract to `to`; credited when the token refuses.
    fn pay(&mut self, token: usize, to: usize, amount: i128) {
        if amount == 0 {
            return;
        }
        if self.can_transfer(token, CONTRACT, to, amount) {
            self.transfer(token, CONTRACT, to, amount);
        } else {
            self.credits[to][token] += amount;
        }
    }

    /// Ends milestone `index` with `status`, its receiver due `receiver_amount` and the
    /// approver the rest of its amount, paid from what it holds: the receiver's part first,
    /// then the refund, each limited to what is left; the fee on what the receiver is paid.
    fn split(&mut self, id: u64, index: u32, status: MilestoneStatus, receiver_amount: i128) {
        let escrow = self.escrow(id).unwrap();
        let m = &escrow.milestones[index as usize];
        let (amount, held) = (m.amount, m.held);
        let to_receiver = receiver_amount.min(held);
        let refund = (amount - receiver_amount).min(held - to_receiver);
        let fee = fee_of(to_receiver, escrow.fee_bps);
        let (token, receiver) = (escrow.token, escrow.receiver_of(m));
        let (platform, approver) = (escrow.roles[role::PLATFORM], escrow.roles[role::APPROVER]);
        let m = self.set_status(id, index, status);
        m.held = 0;
        m.payee = Some(receiver);
        self.escrow_mut(id).paid_out += to_receiver + refund;
        self.pay(token, receiver, to_receiver - fee);
        self.pay(token, platform, fee);
        self.pay(token, approver, refund);
    }

    fn release(&mut self, id: u64, index: u32) -> Result<(), Outcome> {
        let m = self.find(id, index)?;
        if m.status != MilestoneStatus::Approved {
            return refuse(Error::InvalidStatusTransition);
        }
        if m.held < m.amount {
            return refuse(Error::InsufficientFunds);
        }
        let amount = m.amount;
        self.split(id, index, MilestoneStatus::Released, amount);
        Ok(())
    }

    fn party(&self, id: u64, caller: usize) -> Result<Party, Outcome> {
        let roles = self.escrow(id).unwrap().roles;
        if caller == roles[role::APPROVER] {
            Ok(Party::Approver)
        } else if caller == roles[role::SERVICE_PROVIDER] {
            Ok(Party::ServiceProvider)
        } else {
            refuse(Error::NotAParty)
        }
    }

    fn dispute(&mut self, id: u64, index: u32, caller: usize, reason: &str) -> Result<(), Outcome> {
        let party = self.party(id, caller)?;
        if reason.len() > caps::NOTES {
            return refuse(Error::TextTooLong);
        }
        let m = self.find(id, index)?;
        use MilestoneStatus::*;
        let after_approval = match (party, m.status) {
            (Party::Approver, ForReview) if self.in_review_period(id, m) => false,
            (_, ChangesRequested) => false,
            (Party::Approver, Approved) => true,
            _ => return refuse(Error::InvalidStatusTransition),
        };
        let m = self.set_status(id, index, Disputed);
        m.notes = Some(reason.to_string());
        m.disputed_after_approval = after_approval;
        Ok(())
    }

    fn check_receiver_amount(m: &MMilestone, receiver_amount: i128) -> Result<(), Outcome> {
        if (0..=m.amount).contains(&receiver_amount) {
            Ok(())
        } else {
            refuse(Error::InvalidAmount)
        }
    }

    fn resolve(&mut self, id: u64, index: u32, receiver_amount: i128) -> Result<(), Outcome> {
        let m = self.find(id, index)?;
        if m.status != MilestoneStatus::Disputed {
            return refuse(Error::InvalidStatusTransition);
        }
        Self::check_receiver_amount(m, receiver_amount)?;
        self.split(id, index, MilestoneStatus::Resolved, receiver_amount);
        Ok(())
    }

    fn claim(&mut self, id: u64, index: u32) -> Result<(), Outcome> {
        let m = self.find(id, index)?;
        if !matches!(
            m.status,
            MilestoneStatus::ForReview | MilestoneStatus::Approved
        ) {
            return refuse(Error::InvalidStatusTransition);
        }
        if self.in_review_period(id, m) {
            return refuse(Error::TooEarly);
        }
        // Paid as a release, but with what is held.
        let amount = m.amount;
        self.split(id, index, MilestoneStatus::Released, amount);
        Ok(())
    }

    fn cancel(&mut self, id: u64, index: u32) -> Result<(), Outcome> {
        let m = self.find(id, index)?;
        match m.status {
            MilestoneStatus::Pending => {
                if self.now < m.deadline {
                    return refuse(Error::TooEarly);
                }
            }
            MilestoneStatus::ChangesRequested => {
                if self.now < m.deadline || self.in_review_period(id, m) {
                    return refuse(Error::TooEarly);
                }
            }
            _ => return refuse(Error::InvalidStatusTransition),
        }
        self.split(id, index, MilestoneStatus::Cancelled, 0);
        Ok(())
    }

    fn settle(&mut self, id: u64, index: u32, receiver_amount: i128) -> Result<(), Outcome> {
        let m = self.find(id, index)?;
        if m.is_final() {
            return refuse(Error::InvalidStatusTransition);
        }
        Self::check_receiver_amount(m, receiver_amount)?;
        self.split(id, index, MilestoneStatus::Resolved, receiver_amount);
        Ok(())
    }

    fn expire(&mut self, id: u64, index: u32, caller: usize) -> Result<(), Outcome> {
        self.party(id, caller)?;
        let m = self.find(id, index)?;
        if m.status != MilestoneStatus::Disputed {
            return refuse(Error::InvalidStatusTransition);
        }
        let escrow = self.escrow(id).unwrap();
        if self.now < m.updated_at.saturating_add(escrow.resolution_period) {
            return refuse(Error::TooEarly);
        }
        let receiver_amount = if m.disputed_after_approval {
            m.amount
        } else {
            fee_of(m.amount, escrow.fallback_bps)
        };
        self.split(id, index, MilestoneStatus::Resolved, receiver_amount);
        Ok(())
    }

    fn approve_and_release(&mut self, id: u64, indices: &[u32]) -> Result<(), Outcome> {
        if indices.is_empty() {
            return refuse(Error::NoMilestones);
        }
        if indices.len() > MAX_RELEASE_BATCH {
            return refuse(Error::TooManyMilestones);
        }
        // Checked in order; a milestone listed twice is released by its first listing.
        for (position, &index) in indices.iter().enumerate() {
            let m = self.find(id, index)?;
            if indices[..position].contains(&index)
                || !matches!(
                    m.status,
                    MilestoneStatus::ForReview | MilestoneStatus::Approved
                )
            {
                return refuse(Error::InvalidStatusTransition);
            }
            if m.held < m.amount {
                return refuse(Error::InsufficientFunds);
            }
        }
        for &index in indices {
            let amount = self.milestone(id, index).unwrap().amount;
            self.split(id, index, MilestoneStatus::Released, amount);
        }
        Ok(())
    }

    fn add_milestones(&mut self, id: u64, milestones: &[NewMilestoneArgs]) -> Result<(), Outcome> {
        let escrow = self.escrow(id).unwrap();
        let mut faults = Faults::default();
        self.milestone_faults(
            &mut faults,
            (escrow.milestones.len(), escrow.total),
            MAX_ADD_BATCH,
            &escrow.roles,
            milestones,
        );
        faults.result()?;
        let new = self.new_milestones(milestones);
        let escrow = self.escrow_mut(id);
        escrow.total += new.iter().map(|m| m.amount).sum::<i128>();
        escrow.milestones.extend(new);
        Ok(())
    }

    fn transfer_role(&mut self, id: u64, role: Role, new: usize) -> Result<(), Outcome> {
        let escrow = self.escrow(id).unwrap();
        let mut roles = escrow.roles;
        roles[role_index(role)] = new;
        // The rules of creation, milestones' own receivers included.
        let resolver = roles[role::DISPUTE_RESOLVER];
        if Self::roles_broken(&roles)
            || escrow
                .milestones
                .iter()
                .any(|m| m.own_receiver == Some(resolver))
        {
            return refuse(Error::InvalidRoles);
        }
        self.escrow_mut(id).roles = roles;
        Ok(())
    }

    fn withdraw(&mut self, recipient: usize, token: usize) -> Result<(), Outcome> {
        let amount = self.claimable(recipient, token);
        if amount == 0 {
            return Ok(());
        }
        if !self.can_transfer(token, CONTRACT, recipient, amount) {
            return refuse(Error::TokenTransferFailed);
        }
        self.transfer(token, CONTRACT, recipient, amount);
        self.credits[recipient][token] = 0;
        Ok(())
    }

    /// A direct token transfer from `from` to the contract.
    pub fn donate(&mut self, token: usize, from: usize, amount: i128) -> Outcome {
        if !self.can_transfer(token, from, CONTRACT, amount) {
            return Outcome::HostRefused;
        }
        self.transfer(token, from, CONTRACT, amount);
        self.stray[token] += amount;
        Outcome::Ok
    }

    /// The issuer freezes or unfreezes a balance.
    pub fn freeze(&mut self, token: usize, holder: usize, frozen: bool) {
        self.frozen[holder][token] = frozen;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fee_by_long_division_matches_small_products() {
        for amount in [0i128, 1, 39, 40, 9_999, 10_000, 123_456_789, 1 << 100] {
            for bps in [0u32, 1, 250, 2_000, 10_000] {
                assert_eq!(fee_of(amount, bps), amount * bps as i128 / 10_000);
            }
        }
        // i128::MAX × 2 000 / 10 000 = i128::MAX / 5, rounded down.
        assert_eq!(fee_of(i128::MAX, 2_000), i128::MAX / 5);
        assert_eq!(fee_of(i128::MAX, 10_000), i128::MAX);
    }
}
