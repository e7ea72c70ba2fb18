//! The operations a random sequence is made of: every entry point of the contract (interface
//! v2), with signers and arguments chosen to hit both valid and invalid values, and what
//! happens around the contract: tokens sent to it directly, a token issuer freezing or
//! unfreezing a balance, the ledger clock moving on (often exactly to the end of a period or a
//! deadline, or one second before).
//!
//! Operations name parties, escrows, milestones and amounts symbolically ([`Who`],
//! [`EscrowSel`], [`Index`], [`Amount`], [`Clock`]); the harness turns them into concrete
//! values against the model's current state, so a random sequence mostly hits escrows and
//! milestones that exist, at amounts and times near the edges.

use arbitrary::{Arbitrary, Unstructured};

/// Every party that can sign or be named, in `Parties::all()` order.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// The contract's admin (may upgrade; no escrow role by default).
    Admin,
    /// The platform (creates escrows, receives fees).
    Platform,
    /// The client.
    Approver,
    /// The provider.
    ServiceProvider,
    /// Pays approved milestones out.
    ReleaseSigner,
    /// Splits disputes.
    DisputeResolver,
    /// Receives payouts.
    Receiver,
    /// Someone with no role.
    Outsider,
}

impl Who {
    /// The party's index in `Parties::all()` (and among the model's holders).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// An address that can hold tokens or be named in a role: a party, or (rarely) the escrow
/// contract itself, which no role may be and which cannot sign.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    /// One of the parties.
    Party(Who),
    /// The escrow contract.
    Contract,
}

impl<'a> Arbitrary<'a> for Holder {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(if u.ratio(1, 12)? {
            Holder::Contract
        } else {
            Holder::Party(u.arbitrary()?)
        })
    }
}

/// Who signs a call. Uniform choices would almost never give every signer a call needs, so
/// most of the time it is exactly the set the call needs; otherwise one of them is missing,
/// or one party alone signs, or one more party, or nobody.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Signers {
    /// Exactly the addresses the call needs (the role holders, the funder, the caller, the
    /// admin, the new address).
    Expected,
    /// The addresses the call needs but one: the `n % count`-th.
    MissingOne(u8),
    /// This party alone, whoever the call needs.
    Only(Who),
    /// The addresses the call needs and this party.
    Plus(Who),
    /// No signature at all.
    Nobody,
}

impl<'a> Arbitrary<'a> for Signers {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=15u8)? {
            0..=11 => Signers::Expected,
            12 => Signers::MissingOne(u.arbitrary()?),
            13 => Signers::Only(u.arbitrary()?),
            14 => Signers::Plus(u.arbitrary()?),
            _ => Signers::Nobody,
        })
    }
}

/// Which escrow a call names (mostly one that exists: see the `Arbitrary` impl).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum EscrowSel {
    /// The newest escrow (the first missing id when there is none).
    Newest,
    /// One of the escrows created so far, `1 + n % count` (the first missing id when there is
    /// none).
    Existing(u8),
    /// The next id, not created yet.
    Next,
    /// One of the escrows created so far, `1 + n % count`, plus `(1 + n % 511) × 2^55`: an id
    /// no escrow has that shares its low 55 bits with one that exists (the first missing id
    /// when there is none).
    Beyond(u8),
    /// Any id (0 and most others do not exist).
    Raw(u64),
}

impl<'a> Arbitrary<'a> for EscrowSel {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=31u8)? {
            0..=17 => EscrowSel::Newest,
            18..=28 => EscrowSel::Existing(u.arbitrary()?),
            29 => EscrowSel::Beyond(u.arbitrary()?),
            30 => EscrowSel::Next,
            _ => EscrowSel::Raw(u.arbitrary()?),
        })
    }
}

/// Which milestone a call names (mostly one that exists: see the `Arbitrary` impl).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Index {
    /// One of the escrow's milestones whose status the call may change (`n % count` of
    /// them), if any; else as `Valid`.
    Fitting(u8),
    /// One of the escrow's milestones, `n % count`.
    Valid(u8),
    /// One past the last.
    PastEnd,
    /// Any index.
    Raw(u32),
}

impl<'a> Arbitrary<'a> for Index {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=31u8)? {
            // Mostly the first two milestones, so that a sequence takes one milestone through
            // several steps of its lifecycle.
            0..=19 => Index::Fitting(u.arbitrary()?),
            20..=23 => Index::Valid(u.int_in_range(0..=1)?),
            24..=29 => Index::Valid(u.arbitrary()?),
            30 => Index::PastEnd,
            _ => Index::Raw(u.arbitrary()?),
        })
    }
}

/// An amount, mostly relative to what the call makes meaningful (what the escrow's open
/// milestones still lack for funding, the milestone's amount for a split, what is left of
/// `i128::MAX` for a new milestone).
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Amount {
    /// 0.
    Zero,
    /// 1.
    One,
    /// A small positive amount, `n + 1`.
    Small(u16),
    /// A negative amount, `-(n + 1)`.
    Negative(u16),
    /// `i128::MIN`.
    Min,
    /// `i128::MAX`.
    Max,
    /// `i128::MAX - n`.
    NearMax(u8),
    /// Exactly what is left (see the type's doc).
    Rest,
    /// What is left plus `n + 1`: one step too far.
    RestPlus(u8),
    /// What is left minus `n + 1`.
    RestMinus(u8),
    /// Half of what is left.
    HalfRest,
    /// Any value.
    Raw(i128),
}

impl Amount {
    /// The concrete amount, given what is left in the call's context.
    pub fn resolve(self, rest: i128) -> i128 {
        match self {
            Amount::Zero => 0,
            Amount::One => 1,
            Amount::Small(n) => n as i128 + 1,
            Amount::Negative(n) => -(n as i128) - 1,
            Amount::Min => i128::MIN,
            Amount::Max => i128::MAX,
            Amount::NearMax(n) => i128::MAX - n as i128,
            Amount::Rest => rest,
            Amount::RestPlus(n) => rest.saturating_add(n as i128 + 1),
            Amount::RestMinus(n) => rest.saturating_sub(n as i128 + 1),
            Amount::HalfRest => rest / 2,
            Amount::Raw(n) => n,
        }
    }
}

/// The length of a text argument against its cap (see the `Arbitrary` impl).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TextLen {
    /// Empty.
    Empty,
    /// A few bytes.
    Short,
    /// Exactly the cap.
    AtCap,
    /// One byte over the cap.
    OverCap,
}

impl<'a> Arbitrary<'a> for TextLen {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        // Mostly within the cap: a text over it refuses the whole call.
        Ok(match u.int_in_range(0..=15u8)? {
            0..=3 => TextLen::Empty,
            4..=11 => TextLen::Short,
            12..=14 => TextLen::AtCap,
            _ => TextLen::OverCap,
        })
    }
}

/// A milestone status, as `change_milestone_status` is asked to set it (only `ForReview` is
/// allowed).
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// `Pending`.
    Pending,
    /// `ForReview`.
    ForReview,
    /// `ChangesRequested`.
    ChangesRequested,
    /// `Approved`.
    Approved,
    /// `Disputed`.
    Disputed,
    /// `Released`.
    Released,
    /// `Resolved`.
    Resolved,
    /// `Cancelled`.
    Cancelled,
}

/// Who holds which role in a new escrow.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum RolesSel {
    /// The fixture's parties, each in its own role.
    Standard,
    /// The service provider is also the receiver (a common set-up).
    ProviderReceives,
    /// Each role (approver, service provider, platform, release signer, dispute resolver,
    /// receiver) taken from the holders by index modulo 9, where 8 is the contract itself.
    Custom([u8; 6]),
}

/// The fee of a new escrow.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Fee {
    /// 0 to 2 000 bps (`n % 2001`).
    Allowed(u16),
    /// The cap, 2 000 bps.
    Cap,
    /// 2 001 bps.
    OverCap,
    /// Any value.
    Raw(u32),
}

/// A review or resolution period of a new escrow.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Period {
    /// `1 + n % 30` days.
    Days(u8),
    /// One day, the shortest allowed.
    Min,
    /// 365 days, the longest allowed.
    Max,
    /// One second under a day.
    BelowMin,
    /// One second over 365 days.
    AboveMax,
    /// Any value.
    Raw(u64),
}

/// The fallback share of a new escrow.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Share {
    /// 0 to 10 000 bps (`n % 10_001`).
    Allowed(u16),
    /// All of it, 10 000 bps.
    All,
    /// 10 001 bps.
    Over,
    /// Any value.
    Raw(u32),
}

/// A milestone's delivery deadline, relative to the time of the call that adds it.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// `1 + n % 90` days from now.
    Days(u8),
    /// `n + 1` seconds from now.
    Seconds(u16),
    /// Now: not later than the call, refused.
    Now,
    /// `n + 1` seconds ago.
    Past(u16),
    /// Exactly 5 years from now, the furthest allowed.
    MaxAhead,
    /// One second more than 5 years from now.
    OverMax,
    /// Any timestamp.
    Raw(u64),
}

/// Who a new milestone pays.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReceiverSel {
    /// Nobody in particular: the escrow's receiver at payout time.
    Escrow,
    /// This holder (the dispute resolver and the contract are refused).
    Own(Holder),
}

impl<'a> Arbitrary<'a> for ReceiverSel {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(if u.ratio(3, 4)? {
            ReceiverSel::Escrow
        } else {
            ReceiverSel::Own(u.arbitrary()?)
        })
    }
}

/// One new milestone of `create_escrow` or `add_milestones`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MilestoneSpec {
    /// Its amount (the rest is what is left of `i128::MAX`).
    pub amount: Amount,
    /// Its deadline.
    pub deadline: Deadline,
    /// Its receiver.
    pub receiver: ReceiverSel,
}

impl MilestoneSpec {
    /// A valid milestone: a small amount, due in 1 to 90 days, paying the escrow's receiver
    /// or a party that may be paid under the standard roles.
    pub fn valid(u: &mut Unstructured) -> arbitrary::Result<Self> {
        Ok(MilestoneSpec {
            amount: Amount::Small(u.arbitrary()?),
            deadline: Deadline::Days(u.arbitrary()?),
            receiver: match u.int_in_range(0..=7u8)? {
                0..=5 => ReceiverSel::Escrow,
                6 => ReceiverSel::Own(Holder::Party(Who::ServiceProvider)),
                _ => ReceiverSel::Own(Holder::Party(Who::Outsider)),
            },
        })
    }
}

impl<'a> Arbitrary<'a> for MilestoneSpec {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(MilestoneSpec {
            amount: match u.int_in_range(0..=7u8)? {
                0..=4 => Amount::Small(u.arbitrary()?),
                _ => u.arbitrary()?,
            },
            deadline: if u.ratio(13, 16)? {
                Deadline::Days(u.arbitrary()?)
            } else {
                u.arbitrary()?
            },
            receiver: u.arbitrary()?,
        })
    }
}

/// A text field of `create_escrow` to set at its cap or one byte over.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum CreateText {
    /// `engagement_id` (64 bytes).
    EngagementId,
    /// `title` (128 bytes).
    Title,
    /// `description` (1 024 bytes).
    Description,
    /// One milestone's `description` (512 bytes), by index modulo the milestone count.
    MilestoneDescription(u8),
}

/// A token argument of `withdraw` and `claimable`.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum TokenSel {
    /// The first token (USDC).
    Usdc,
    /// The second token (EURC).
    Eurc,
    /// An address that is no token (nothing is ever credited in it).
    NotAToken,
}

/// A role, as `transfer_role` names it.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum RoleSel {
    /// `Role::Approver`.
    Approver,
    /// `Role::ServiceProvider`.
    ServiceProvider,
    /// `Role::Platform`.
    Platform,
    /// `Role::ReleaseSigner`.
    ReleaseSigner,
    /// `Role::DisputeResolver`.
    DisputeResolver,
    /// `Role::Receiver`.
    Receiver,
}

/// How far the ledger clock moves: mostly to a milestone's or an escrow's clock boundary,
/// exactly or one second before, sometimes by an arbitrary amount.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Clock {
    /// By the escrow's review period.
    ReviewPeriod(EscrowSel),
    /// By the escrow's review period less one second.
    ReviewPeriodLessOne(EscrowSel),
    /// By the escrow's resolution period.
    ResolutionPeriod(EscrowSel),
    /// By the escrow's resolution period less one second.
    ResolutionPeriodLessOne(EscrowSel),
    /// To the end of the milestone's review period (`updated_at + review_period`).
    ReviewEnd(EscrowSel, Index),
    /// To one second before it.
    ReviewEndLessOne(EscrowSel, Index),
    /// To the end of the milestone's resolution period (`updated_at + resolution_period`).
    ResolutionEnd(EscrowSel, Index),
    /// To one second before it.
    ResolutionEndLessOne(EscrowSel, Index),
    /// To the milestone's deadline.
    Deadline(EscrowSel, Index),
    /// To one second before it.
    DeadlineLessOne(EscrowSel, Index),
    /// By `n % 90 days` seconds.
    Seconds(u32),
    /// By `n % 100` days.
    Days(u8),
}

/// One step of a random sequence (weighted towards calls that can succeed: see the `Arbitrary`
/// impl).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// `create_escrow`.
    Create {
        /// Who signs.
        signers: Signers,
        /// The roles.
        roles: RolesSel,
        /// USDC (false) or EURC (true).
        eurc: bool,
        /// The fee.
        fee: Fee,
        /// The review period.
        review_period: Period,
        /// The resolution period.
        resolution_period: Period,
        /// The fallback share.
        fallback: Share,
        /// The milestones (the first eight are used; none gives `NoMilestones`).
        milestones: Vec<MilestoneSpec>,
        /// Ask for `MAX_MILESTONES + 1` milestones instead.
        too_many: bool,
        /// A text at its cap (false) or one byte over (true).
        long_text: Option<(CreateText, bool)>,
    },
    /// `fund_escrow`.
    Fund {
        /// Which escrow.
        escrow: EscrowSel,
        /// Who signs.
        signers: Signers,
        /// The `funder` argument.
        funder: Who,
        /// How much (the rest is what the open milestones still lack).
        amount: Amount,
        /// Mint the amount to the funder first (when its balance is not frozen and the
        /// token's supply allows it).
        mint: bool,
    },
    /// `change_milestone_status`.
    Submit {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// The requested status.
        status: Status,
        /// Evidence, if any.
        evidence: Option<TextLen>,
        /// Notes, if any.
        notes: Option<TextLen>,
    },
    /// `request_changes`.
    RequestChanges {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// Notes, if any.
        notes: Option<TextLen>,
    },
    /// `approve_milestone`.
    Approve {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
    },
    /// `release_milestone`.
    Release {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
    },
    /// `dispute_milestone`.
    Dispute {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// The `caller` argument.
        caller: Who,
        /// The reason.
        reason: TextLen,
    },
    /// `resolve_dispute`.
    Resolve {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// The receiver's share (the rest is the milestone's amount).
        receiver_amount: Amount,
    },
    /// `claim_milestone`.
    Claim {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
    },
    /// `cancel_milestone`.
    Cancel {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
    },
    /// `settle_milestone`.
    Settle {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// The receiver's share (the rest is the milestone's amount).
        receiver_amount: Amount,
    },
    /// `expire_dispute`.
    Expire {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signers: Signers,
        /// The `caller` argument.
        caller: Who,
    },
    /// `approve_and_release`.
    ApproveAndRelease {
        /// Which escrow.
        escrow: EscrowSel,
        /// Who signs.
        signers: Signers,
        /// The listed milestones, in order (empty, duplicates and more than the maximum
        /// included).
        indices: Vec<Index>,
    },
    /// `add_milestones`.
    AddMilestones {
        /// Which escrow.
        escrow: EscrowSel,
        /// Who signs.
        signers: Signers,
        /// The new milestones (the first eight are used).
        milestones: Vec<MilestoneSpec>,
        /// Ask for one more milestone than the escrow may still take, or than one call may
        /// append, instead.
        too_many: bool,
        /// One milestone's description (by index modulo the count) at its cap (false) or one
        /// byte over (true).
        long_description: Option<(u8, bool)>,
    },
    /// `transfer_role`.
    TransferRole {
        /// Which escrow.
        escrow: EscrowSel,
        /// Who signs.
        signers: Signers,
        /// The role handed over.
        role: RoleSel,
        /// Its new holder.
        new_holder: Holder,
    },
    /// `withdraw`.
    Withdraw {
        /// Who signs.
        signers: Signers,
        /// The `recipient` argument.
        recipient: Who,
        /// The token.
        token: TokenSel,
    },
    /// `set_admin`.
    SetAdmin {
        /// Who signs.
        signers: Signers,
        /// The new admin.
        new_admin: Holder,
    },
    /// `upgrade` to a hash no wasm was uploaded under: refused whoever signs.
    Upgrade {
        /// Who signs.
        signers: Signers,
    },
    /// `get_escrow`, `get_milestone`, `get_milestones`, `claimable` and `admin`, checked
    /// against the model.
    Read {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Whose credit.
        recipient: Who,
        /// In which token.
        token: TokenSel,
    },
    /// `extend_ttl` (nobody signs).
    ExtendTtl {
        /// Which escrow.
        escrow: EscrowSel,
    },
    /// A party sends tokens straight to the contract, outside `fund_escrow` (minted first).
    Donate {
        /// USDC (false) or EURC (true).
        eurc: bool,
        /// Who sends.
        from: Who,
        /// How much (1 to 65 536).
        amount: u16,
    },
    /// The token's issuer freezes (`set_authorized(false)`) or unfreezes a balance: the token
    /// then refuses every transfer to or from it.
    Freeze {
        /// USDC (false) or EURC (true).
        eurc: bool,
        /// Whose balance.
        holder: Holder,
        /// Freeze (true) or unfreeze (false).
        frozen: bool,
    },
    /// The ledger clock moves forward.
    Advance {
        /// By how much.
        clock: Clock,
    },
    /// The ledger clock moves forward by exactly this many seconds. Never generated: the
    /// liveness check's wait for every clock it needs to run out.
    Wait {
        /// Seconds.
        seconds: u64,
    },
}

/// New milestones (1 to `max`, rarely none): all valid when `valid`, else each leaning to
/// valid.
fn specs(u: &mut Unstructured, max: u8, valid: bool) -> arbitrary::Result<Vec<MilestoneSpec>> {
    let n = if !valid && u.ratio(1, 16)? {
        0
    } else {
        u.int_in_range(1..=max)?
    };
    (0..n)
        .map(|_| {
            if valid {
                MilestoneSpec::valid(u)
            } else {
                u.arbitrary()
            }
        })
        .collect()
}

/// Uniform choices would almost never make a valid call (the right signers, standard roles,
/// terms in range, no text over its cap, valid amounts all at once), so most fields lean to
/// the valid value and the rest of the time take any.
impl<'a> Arbitrary<'a> for Op {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let escrow = |u: &mut Unstructured<'a>| EscrowSel::arbitrary(u);
        let amount_to_split = |u: &mut Unstructured<'a>| -> arbitrary::Result<Amount> {
            Ok(match u.int_in_range(0..=7u8)? {
                0 | 1 => Amount::Rest,
                2 | 3 => Amount::HalfRest,
                4 => Amount::Zero,
                _ => u.arbitrary()?,
            })
        };
        Ok(match u.int_in_range(0..=104u8)? {
            0..=3 => Op::arbitrary_create(u)?,
            4..=14 => Op::Fund {
                escrow: escrow(u)?,
                signers: u.arbitrary()?,
                funder: if u.ratio(3, 4)? {
                    Who::Approver
                } else {
                    u.arbitrary()?
                },
                amount: match u.int_in_range(0..=5u8)? {
                    0 | 1 => Amount::Rest,
                    2 => Amount::HalfRest,
                    _ => u.arbitrary()?,
                },
                mint: u.ratio(7, 8)?,
            },
            15..=25 => Op::Submit {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                status: if u.ratio(7, 8)? {
                    Status::ForReview
                } else {
                    u.arbitrary()?
                },
                evidence: u.arbitrary()?,
                notes: u.arbitrary()?,
            },
            26..=29 => Op::RequestChanges {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                notes: u.arbitrary()?,
            },
            30..=39 => Op::Approve {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
            },
            40..=47 => Op::Release {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
            },
            48..=53 => Op::Dispute {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                caller: match u.int_in_range(0..=3u8)? {
                    0 | 1 => Who::Approver,
                    2 => Who::ServiceProvider,
                    _ => u.arbitrary()?,
                },
                reason: u.arbitrary()?,
            },
            54..=58 => Op::Resolve {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                receiver_amount: amount_to_split(u)?,
            },
            59..=63 => Op::Claim {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
            },
            64..=67 => Op::Cancel {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
            },
            68..=71 => Op::Settle {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                receiver_amount: amount_to_split(u)?,
            },
            72..=75 => Op::Expire {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signers: u.arbitrary()?,
                caller: match u.int_in_range(0..=3u8)? {
                    0 => Who::Approver,
                    1 | 2 => Who::ServiceProvider,
                    _ => u.arbitrary()?,
                },
            },
            76..=81 => Op::ApproveAndRelease {
                escrow: escrow(u)?,
                signers: u.arbitrary()?,
                indices: {
                    let n = match u.int_in_range(0..=15u8)? {
                        0 => 0,
                        1..=12 => u.int_in_range(1..=3)?,
                        13 | 14 => u.int_in_range(4..=5)?,
                        _ => u.int_in_range(6..=7)?,
                    };
                    (0..n)
                        .map(|_| Index::arbitrary(u))
                        .collect::<arbitrary::Result<_>>()?
                },
            },
            82..=84 => Op::AddMilestones {
                escrow: escrow(u)?,
                signers: u.arbitrary()?,
                milestones: {
                    let valid = u.ratio(2, 3)?;
                    specs(u, 3, valid)?
                },
                too_many: u.ratio(1, 24)?,
                long_description: if u.ratio(7, 8)? { None } else { u.arbitrary()? },
            },
            85..=87 => Op::TransferRole {
                escrow: escrow(u)?,
                signers: u.arbitrary()?,
                role: u.arbitrary()?,
                new_holder: u.arbitrary()?,
            },
            88..=90 => Op::Withdraw {
                signers: u.arbitrary()?,
                recipient: u.arbitrary()?,
                token: if u.ratio(7, 8)? {
                    if u.arbitrary()? {
                        TokenSel::Eurc
                    } else {
                        TokenSel::Usdc
                    }
                } else {
                    TokenSel::NotAToken
                },
            },
            91 => Op::SetAdmin {
                signers: u.arbitrary()?,
                new_admin: u.arbitrary()?,
            },
            92 => Op::Upgrade {
                signers: u.arbitrary()?,
            },
            93..=94 => Op::Read {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                recipient: u.arbitrary()?,
                token: u.arbitrary()?,
            },
            95 => Op::ExtendTtl { escrow: escrow(u)? },
            96 => Op::Donate {
                eurc: u.arbitrary()?,
                from: u.arbitrary()?,
                amount: u.arbitrary()?,
            },
            97..=99 => Op::Freeze {
                eurc: u.ratio(1, 4)?,
                // Mostly someone who gets paid, or the contract itself (then every payout and
                // withdrawal in that token is refused).
                holder: match u.int_in_range(0..=7u8)? {
                    0 | 1 => Holder::Contract,
                    2 => Holder::Party(Who::Receiver),
                    3 => Holder::Party(Who::Approver),
                    4 => Holder::Party(Who::Platform),
                    5 => Holder::Party(Who::ServiceProvider),
                    _ => u.arbitrary()?,
                },
                frozen: u.ratio(2, 3)?,
            },
            _ => Op::Advance {
                clock: u.arbitrary()?,
            },
        })
    }
}

impl Op {
    /// A valid `create_escrow` (every field random within its valid range).
    pub fn valid_create(u: &mut Unstructured) -> arbitrary::Result<Op> {
        Ok(Op::Create {
            signers: Signers::Expected,
            roles: if u.ratio(3, 4)? {
                RolesSel::Standard
            } else {
                RolesSel::ProviderReceives
            },
            eurc: u.ratio(1, 4)?,
            fee: Fee::Allowed(u.arbitrary()?),
            review_period: Period::Days(u.arbitrary()?),
            resolution_period: Period::Days(u.arbitrary()?),
            fallback: Share::Allowed(u.arbitrary()?),
            milestones: specs(u, 4, true)?,
            too_many: false,
            long_text: None,
        })
    }

    /// A `create_escrow`, with the same leanings towards valid fields as any other.
    pub fn arbitrary_create(u: &mut Unstructured) -> arbitrary::Result<Op> {
        // Each field alone leans to valid, but a create has so many that most would still be
        // refused: two times out of three every field is valid (and still random).
        if u.ratio(2, 3)? {
            return Op::valid_create(u);
        }
        Ok(Op::Create {
            signers: u.arbitrary()?,
            roles: match u.int_in_range(0..=7u8)? {
                0..=4 => RolesSel::Standard,
                5 => RolesSel::ProviderReceives,
                _ => u.arbitrary()?,
            },
            eurc: u.ratio(1, 4)?,
            fee: if u.ratio(3, 4)? {
                Fee::Allowed(u.arbitrary()?)
            } else {
                u.arbitrary()?
            },
            review_period: if u.ratio(7, 8)? {
                Period::Days(u.arbitrary()?)
            } else {
                u.arbitrary()?
            },
            resolution_period: if u.ratio(7, 8)? {
                Period::Days(u.arbitrary()?)
            } else {
                u.arbitrary()?
            },
            fallback: if u.ratio(7, 8)? {
                Share::Allowed(u.arbitrary()?)
            } else {
                u.arbitrary()?
            },
            milestones: specs(u, 4, false)?,
            too_many: u.ratio(1, 12)?,
            long_text: if u.ratio(3, 4)? { None } else { u.arbitrary()? },
        })
    }

    /// The entry point (or outside event) this operation is.
    pub fn name(&self) -> &'static str {
        match self {
            Op::Create { .. } => "create_escrow",
            Op::Fund { .. } => "fund_escrow",
            Op::Submit { .. } => "change_milestone_status",
            Op::RequestChanges { .. } => "request_changes",
            Op::Approve { .. } => "approve_milestone",
            Op::Release { .. } => "release_milestone",
            Op::Dispute { .. } => "dispute_milestone",
            Op::Resolve { .. } => "resolve_dispute",
            Op::Claim { .. } => "claim_milestone",
            Op::Cancel { .. } => "cancel_milestone",
            Op::Settle { .. } => "settle_milestone",
            Op::Expire { .. } => "expire_dispute",
            Op::ApproveAndRelease { .. } => "approve_and_release",
            Op::AddMilestones { .. } => "add_milestones",
            Op::TransferRole { .. } => "transfer_role",
            Op::Withdraw { .. } => "withdraw",
            Op::SetAdmin { .. } => "set_admin",
            Op::Upgrade { .. } => "upgrade",
            Op::Read { .. } => "get_*",
            Op::ExtendTtl { .. } => "extend_ttl",
            Op::Donate { .. } => "direct transfer",
            Op::Freeze { .. } => "freeze",
            Op::Advance { .. } | Op::Wait { .. } => "ledger advance",
        }
    }
}

/// Reads operations from fuzzer or proptest bytes until they run out or `max` are read. The
/// first is always a valid `create_escrow`, so that most of a sequence works on an escrow
/// that exists.
pub fn ops_from_bytes(bytes: &[u8], max: usize) -> Vec<Op> {
    let mut u = Unstructured::new(bytes);
    let mut ops = Vec::new();
    if max > 0 && !u.is_empty() {
        match Op::valid_create(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => return ops,
        }
    }
    while ops.len() < max && !u.is_empty() {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    ops
}
