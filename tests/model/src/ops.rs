//! The operations a random sequence is made of: every entry point of the contract, with a
//! signer, arguments chosen to hit both valid and invalid values, and a few things that happen
//! around the contract (tokens sent to it directly, the ledger moving on).
//!
//! Operations name parties and escrows symbolically ([`Who`], [`EscrowSel`], [`Index`],
//! [`Amount`]); the harness turns them into concrete values against the current state, so a
//! random sequence mostly hits escrows and milestones that exist, at amounts near the edges.

use arbitrary::{Arbitrary, Unstructured};

/// Every address that can sign or be named: the fixture's parties, in `Parties::all()` order.
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
    /// The party's index in `Parties::all()` (and in the model's holder list).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Who signs a call. Uniform choices would almost never pick the one right signer among
/// eight parties and nobody, so half the time it is the signer the call needs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Signer {
    /// The address the call needs (the role holder, the funder, the disputing caller, the
    /// admin), or the platform when the escrow does not exist.
    Expected,
    /// This party, whoever the call needs.
    Party(Who),
    /// No signature at all.
    Nobody,
}

impl<'a> Arbitrary<'a> for Signer {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=15u8)? {
            0..=7 => Signer::Expected,
            8 => Signer::Nobody,
            _ => Signer::Party(Who::arbitrary(u)?),
        })
    }
}

impl<'a> Arbitrary<'a> for EscrowSel {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=15u8)? {
            0..=12 => EscrowSel::Existing(u.arbitrary()?),
            13 => EscrowSel::Next,
            _ => EscrowSel::Raw(u.arbitrary()?),
        })
    }
}

impl<'a> Arbitrary<'a> for Index {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u.int_in_range(0..=15u8)? {
            // Mostly the first two milestones, so that a sequence takes one milestone through
            // several steps of its lifecycle.
            0..=9 => Index::Valid(u.int_in_range(0..=1)?),
            10..=12 => Index::Valid(u.arbitrary()?),
            13 => Index::PastEnd,
            _ => Index::Raw(u.arbitrary()?),
        })
    }
}

/// An amount, mostly relative to what the call makes meaningful (the rest of the escrow's total
/// for funding, the milestone's amount for a dispute split, what is left of `i128::MAX` for a
/// new milestone).
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum Amount {
    /// 0.
    Zero,
    /// 1.
    One,
    /// A small positive amount.
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

/// Which escrow a call names (mostly one that exists: see the `Arbitrary` impl).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum EscrowSel {
    /// One of the escrows created so far (the first missing id when there is none).
    Existing(u8),
    /// The next id, not created yet.
    Next,
    /// Any id (0 and most others do not exist).
    Raw(u64),
}

/// Which milestone a call names (mostly one that exists: see the `Arbitrary` impl).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Index {
    /// One of the escrow's milestones.
    Valid(u8),
    /// One past the last.
    PastEnd,
    /// Any index.
    Raw(u32),
}

/// The length of a text argument against its cap.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
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

/// The status `change_milestone_status` is asked to set (only `ForReview` is allowed).
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
}

/// Who holds which role in a new escrow.
#[derive(Arbitrary, Copy, Clone, Debug, PartialEq, Eq)]
pub enum RolesSel {
    /// The fixture's parties, each in its own role.
    Standard,
    /// Each role (approver, service provider, platform, release signer, dispute resolver,
    /// receiver) taken from the parties by index modulo 9, where 8 is the contract itself.
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

/// One step of a random sequence (weighted towards calls that can succeed: see the `Arbitrary`
/// impl).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// `create_escrow`.
    Create {
        /// Who signs.
        signer: Signer,
        /// The roles.
        roles: RolesSel,
        /// USDC (false) or EURC (true).
        eurc: bool,
        /// The fee.
        fee: Fee,
        /// The milestone amounts (the first eight are used; none gives `NoMilestones`).
        amounts: Vec<Amount>,
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
        signer: Signer,
        /// The `funder` argument.
        funder: Who,
        /// How much (the rest is what the escrow still lacks).
        amount: Amount,
        /// Mint the amount to the funder first (when the token's supply allows it).
        mint: bool,
    },
    /// `change_milestone_status`.
    Submit {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signer: Signer,
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
        signer: Signer,
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
        signer: Signer,
    },
    /// `release_milestone`.
    Release {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signer: Signer,
    },
    /// `dispute_milestone`.
    Dispute {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
        /// Who signs.
        signer: Signer,
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
        signer: Signer,
        /// The receiver's share (the rest is the milestone's amount).
        receiver_amount: Amount,
    },
    /// `get_escrow`, `get_milestone` and `get_milestones`, checked against the model.
    Read {
        /// Which escrow.
        escrow: EscrowSel,
        /// Which milestone.
        index: Index,
    },
    /// `extend_ttl` (nobody signs).
    ExtendTtl {
        /// Which escrow.
        escrow: EscrowSel,
    },
    /// `upgrade` to a hash no wasm was uploaded under: refused whoever signs.
    Upgrade {
        /// Who signs.
        signer: Signer,
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
    /// The ledger moves forward by `16 × n` ledgers (five seconds each).
    Advance {
        /// Sixteenths of the ledgers to move.
        n: u16,
    },
}

/// A milestone amount of a new escrow: usually small and valid, sometimes at the edges.
fn milestone_amount(u: &mut Unstructured) -> arbitrary::Result<Amount> {
    Ok(match u.int_in_range(0..=7u8)? {
        0..=4 => Amount::Small(u.arbitrary()?),
        _ => u.arbitrary()?,
    })
}

/// Uniform choices would almost never make a valid escrow (the right signer, standard roles, a
/// fee under the cap, no text over its cap, valid amounts all at once), so most fields lean to
/// the valid value and the rest of the time take any.
impl<'a> Arbitrary<'a> for Op {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let escrow = |u: &mut Unstructured<'a>| EscrowSel::arbitrary(u);
        Ok(match u.int_in_range(0..=99u8)? {
            0..=9 => Op::Create {
                signer: u.arbitrary()?,
                roles: if u.ratio(3, 4)? {
                    RolesSel::Standard
                } else {
                    u.arbitrary()?
                },
                eurc: u.arbitrary()?,
                fee: if u.ratio(3, 4)? {
                    Fee::Allowed(u.arbitrary()?)
                } else {
                    u.arbitrary()?
                },
                amounts: {
                    let n = u.int_in_range(0..=4u8)?;
                    (0..n)
                        .map(|_| milestone_amount(u))
                        .collect::<arbitrary::Result<_>>()?
                },
                too_many: u.ratio(1, 24)?,
                long_text: if u.ratio(3, 4)? { None } else { u.arbitrary()? },
            },
            10..=21 => Op::Fund {
                escrow: escrow(u)?,
                signer: u.arbitrary()?,
                funder: if u.ratio(1, 2)? {
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
            22..=37 => Op::Submit {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
                status: if u.ratio(3, 4)? {
                    Status::ForReview
                } else {
                    u.arbitrary()?
                },
                evidence: u.arbitrary()?,
                notes: u.arbitrary()?,
            },
            38..=44 => Op::RequestChanges {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
                notes: u.arbitrary()?,
            },
            45..=56 => Op::Approve {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
            },
            57..=66 => Op::Release {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
            },
            67..=75 => Op::Dispute {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
                caller: match u.int_in_range(0..=3u8)? {
                    0 | 1 => Who::Approver,
                    2 => Who::ServiceProvider,
                    _ => u.arbitrary()?,
                },
                reason: u.arbitrary()?,
            },
            76..=85 => Op::Resolve {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
                signer: u.arbitrary()?,
                receiver_amount: match u.int_in_range(0..=5u8)? {
                    0 => Amount::Rest,
                    1 => Amount::HalfRest,
                    2 => Amount::Zero,
                    _ => u.arbitrary()?,
                },
            },
            86..=89 => Op::Read {
                escrow: escrow(u)?,
                index: u.arbitrary()?,
            },
            90..=92 => Op::ExtendTtl { escrow: escrow(u)? },
            93 => Op::Upgrade {
                signer: u.arbitrary()?,
            },
            94..=95 => Op::Donate {
                eurc: u.arbitrary()?,
                from: u.arbitrary()?,
                amount: u.arbitrary()?,
            },
            _ => Op::Advance { n: u.arbitrary()? },
        })
    }
}

impl Op {
    /// The entry point (or event) this operation is.
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
            Op::Read { .. } => "get_*",
            Op::ExtendTtl { .. } => "extend_ttl",
            Op::Upgrade { .. } => "upgrade",
            Op::Donate { .. } => "direct transfer",
            Op::Advance { .. } => "ledger advance",
        }
    }
}

/// Reads operations from fuzzer or proptest bytes until they run out or `max` are read.
pub fn ops_from_bytes(bytes: &[u8], max: usize) -> Vec<Op> {
    let mut u = Unstructured::new(bytes);
    let mut ops = Vec::new();
    while ops.len() < max && !u.is_empty() {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    ops
}
