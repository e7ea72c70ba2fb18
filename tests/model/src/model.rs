//! A plain Rust model of the contract and the two tokens: what every call should do, written
//! from `SPEC.md` and the check order documented in `contract.rs`, without calling any of the
//! contract's code. Each `apply_*` returns the predicted [`Outcome`] and changes the model only
//! when the call is predicted to succeed.

use escrow::{Error, MilestoneStatus};

/// Holders of tokens, by index: the eight parties (`Who` order), then the contract.
pub const HOLDERS: usize = 9;
/// The contract's index among the holders.
pub const CONTRACT: usize = 8;
/// `MAX_MILESTONES` of `SPEC.md`.
pub const MAX_MILESTONES: usize = 50;
/// The fee cap, in basis points.
pub const MAX_FEE_BPS: u32 = 2_000;

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

/// What `fund_escrow` returns when the funder lacks the balance: the Stellar Asset Contract's
/// own `BalanceError` (contract error #10) comes back through the escrow unchanged, and #10 is
/// also the escrow's `TooManyMilestones`, so a client decoding escrow errors reads that. A
/// finding of the model test (`SECURITY.md`, known limits); all state is rolled back.
pub const SAC_BALANCE_ERROR: Error = Error::TooManyMilestones;

/// What a call is predicted to do.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Succeeds.
    Ok,
    /// Refused with this contract error.
    Refused(Error),
    /// Refused by the host: a missing signature, or a token transfer the token refuses (the
    /// funder lacks the balance), or an upgrade to code that was never uploaded.
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

/// A milestone as the model expects to read it.
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
}

impl MMilestone {
    /// `approved` as `SPEC.md` defines it.
    pub fn approved(&self) -> bool {
        matches!(
            self.status,
            MilestoneStatus::Approved | MilestoneStatus::Released
        )
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
    /// Sum of the milestone amounts.
    pub total: i128,
    /// Deposited.
    pub funded: i128,
    /// Paid out.
    pub paid_out: i128,
    /// The milestones.
    pub milestones: Vec<MMilestone>,
}

/// The arguments of a `create_escrow` call, concretely.
#[derive(Clone, Debug)]
pub struct CreateArgs {
    /// Who signs.
    pub signer: Option<usize>,
    /// Holder index of each role.
    pub roles: [usize; 6],
    /// 0 for USDC, 1 for EURC.
    pub token: usize,
    /// Fee.
    pub fee_bps: u32,
    /// Texts.
    pub engagement_id: String,
    /// Texts.
    pub title: String,
    /// Texts.
    pub description: String,
    /// Milestones: description and amount.
    pub milestones: Vec<(String, i128)>,
}

/// The contract, the tokens and the ledger clock, as they should be.
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// Escrow `id` is `escrows[id - 1]`.
    pub escrows: Vec<MEscrow>,
    /// `balances[holder][token]`.
    pub balances: [[i128; 2]; HOLDERS],
    /// Tokens sent to the contract outside `fund_escrow`, per token: held, but no escrow's.
    pub stray: [i128; 2],
    /// The ledger timestamp.
    pub now: u64,
}

/// `⌊amount × bps / 10 000⌋` for `0 ≤ amount`, `bps ≤ 10 000`, by long division of the exact
/// 192-bit product, independently of the contract's formula.
pub fn fee_of(amount: i128, bps: u32) -> i128 {
    assert!(amount >= 0 && bps <= 10_000);
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

/// The status `from` moves to under `action`, from `SPEC.md`'s lifecycle.
fn transition(from: MilestoneStatus, action: &str) -> Option<MilestoneStatus> {
    use MilestoneStatus::*;
    let to = match (action, from) {
        ("submit", Pending | ForReview | ChangesRequested) => ForReview,
        ("request_changes", ForReview) => ChangesRequested,
        ("approve", ForReview) => Approved,
        ("dispute", Pending | ForReview | ChangesRequested | Approved) => Disputed,
        ("release", Approved) => Released,
        ("resolve", Disputed) => Resolved,
        _ => return None,
    };
    Some(to)
}

impl Model {
    /// The escrow with this id.
    pub fn escrow(&self, id: u64) -> Option<&MEscrow> {
        let i = usize::try_from(id).ok()?.checked_sub(1)?;
        self.escrows.get(i)
    }

    fn escrow_mut(&mut self, id: u64) -> Option<&mut MEscrow> {
        let i = usize::try_from(id).ok()?.checked_sub(1)?;
        self.escrows.get_mut(i)
    }

    /// Total supply of a token among the holders.
    pub fn supply(&self, token: usize) -> i128 {
        // Mints are kept so that this never overflows.
        self.balances.iter().map(|b| b[token]).sum()
    }

    /// Mints `amount` to `to` when the token's supply stays within `i128`; returns whether it
    /// did.
    pub fn mint(&mut self, token: usize, to: usize, amount: i128) -> bool {
        if amount <= 0 || self.supply(token).checked_add(amount).is_none() {
            return false;
        }
        self.balances[to][token] += amount;
        true
    }

    /// Held by the contract per token: what its escrows hold, plus stray tokens.
    pub fn expected_contract_balance(&self, token: usize) -> i128 {
        self.escrows
            .iter()
            .filter(|e| e.token == token)
            .map(|e| e.funded - e.paid_out)
            .sum::<i128>()
            + self.stray[token]
    }

    /// `create_escrow`.
    pub fn apply_create(&mut self, args: &CreateArgs) -> Outcome {
        if args.signer != Some(args.roles[role::PLATFORM]) {
            return Outcome::HostRefused;
        }
        let n = args.milestones.len();
        if n == 0 {
            return Outcome::Refused(Error::NoMilestones);
        }
        if n > MAX_MILESTONES {
            return Outcome::Refused(Error::TooManyMilestones);
        }
        if args.fee_bps > MAX_FEE_BPS {
            return Outcome::Refused(Error::InvalidFee);
        }
        let r = &args.roles;
        let resolver = r[role::DISPUTE_RESOLVER];
        if resolver == r[role::APPROVER]
            || resolver == r[role::SERVICE_PROVIDER]
            || resolver == r[role::RECEIVER]
            || r.contains(&CONTRACT)
        {
            return Outcome::Refused(Error::InvalidRoles);
        }
        if args.engagement_id.len() > caps::ENGAGEMENT_ID
            || args.title.len() > caps::TITLE
            || args.description.len() > caps::DESCRIPTION
        {
            return Outcome::Refused(Error::TextTooLong);
        }
        let mut total: i128 = 0;
        for (description, amount) in &args.milestones {
            if description.len() > caps::MILESTONE_DESCRIPTION {
                return Outcome::Refused(Error::TextTooLong);
            }
            if *amount <= 0 {
                return Outcome::Refused(Error::InvalidAmount);
            }
            total = match total.checked_add(*amount) {
                Some(t) => t,
                None => return Outcome::Refused(Error::InvalidAmount),
            };
        }
        let now = self.now;
        self.escrows.push(MEscrow {
            engagement_id: args.engagement_id.clone(),
            title: args.title.clone(),
            description: args.description.clone(),
            roles: args.roles,
            token: args.token,
            fee_bps: args.fee_bps,
            total,
            funded: 0,
            paid_out: 0,
            milestones: args
                .milestones
                .iter()
                .map(|(description, amount)| MMilestone {
                    description: description.clone(),
                    amount: *amount,
                    status: MilestoneStatus::Pending,
                    evidence: None,
                    notes: None,
                    updated_at: now,
                })
                .collect(),
        });
        Outcome::Ok
    }

    /// `fund_escrow`.
    pub fn apply_fund(
        &mut self,
        id: u64,
        signer: Option<usize>,
        funder: usize,
        amount: i128,
    ) -> Outcome {
        let Some(escrow) = self.escrow(id) else {
            return Outcome::Refused(Error::EscrowNotFound);
        };
        if signer != Some(funder) {
            return Outcome::HostRefused;
        }
        if amount <= 0 {
            return Outcome::Refused(Error::InvalidAmount);
        }
        if escrow
            .funded
            .checked_add(amount)
            .is_none_or(|f| f > escrow.total)
        {
            return Outcome::Refused(Error::FundingExceedsTotal);
        }
        let token = escrow.token;
        if self.balances[funder][token] < amount {
            return Outcome::Refused(SAC_BALANCE_ERROR);
        }
        self.balances[funder][token] -= amount;
        self.balances[CONTRACT][token] += amount;
        self.escrow_mut(id).unwrap().funded += amount;
        Outcome::Ok
    }

    /// The common checks of a milestone call after the signer and texts: the milestone exists
    /// and `action` is allowed from its status. Returns the new status.
    fn step(&self, id: u64, index: u32, action: &str) -> Result<MilestoneStatus, Outcome> {
        let escrow = self.escrow(id).expect("escrow checked first");
        let milestone = escrow
            .milestones
            .get(index as usize)
            .ok_or(Outcome::Refused(Error::MilestoneNotFound))?;
        transition(milestone.status, action).ok_or(Outcome::Refused(Error::InvalidStatusTransition))
    }

    fn set_status(&mut self, id: u64, index: u32, status: MilestoneStatus) -> &mut MMilestone {
        let now = self.now;
        let milestone = &mut self.escrow_mut(id).unwrap().milestones[index as usize];
        milestone.status = status;
        milestone.updated_at = now;
        milestone
    }

    /// Common start of every milestone call: the escrow exists, then the signer is the holder
    /// of `signing_role`.
    fn open(&self, id: u64, signer: Option<usize>, signing_role: usize) -> Result<(), Outcome> {
        let escrow = self
            .escrow(id)
            .ok_or(Outcome::Refused(Error::EscrowNotFound))?;
        if signer != Some(escrow.roles[signing_role]) {
            return Err(Outcome::HostRefused);
        }
        Ok(())
    }

    fn texts_fit(texts: &[(&Option<String>, usize)]) -> Result<(), Outcome> {
        for (text, cap) in texts {
            if text.as_ref().is_some_and(|t| t.len() > *cap) {
                return Err(Outcome::Refused(Error::TextTooLong));
            }
        }
        Ok(())
    }

    /// `change_milestone_status`.
    pub fn apply_submit(
        &mut self,
        id: u64,
        index: u32,
        signer: Option<usize>,
        new_status: MilestoneStatus,
        evidence: &Option<String>,
        notes: &Option<String>,
    ) -> Outcome {
        let result = (|| {
            self.open(id, signer, role::SERVICE_PROVIDER)?;
            Self::texts_fit(&[(evidence, caps::EVIDENCE), (notes, caps::NOTES)])?;
            let to = self.step(id, index, "submit");
            // The requested status is checked after the milestone exists, before its status.
            if let Err(Outcome::Refused(Error::MilestoneNotFound)) = to {
                return to;
            }
            if new_status != MilestoneStatus::ForReview {
                return Err(Outcome::Refused(Error::InvalidStatusTransition));
            }
            to
        })();
        match result {
            Ok(to) => {
                let milestone = self.set_status(id, index, to);
                if evidence.is_some() {
                    milestone.evidence = evidence.clone();
                }
                milestone.notes = notes.clone();
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// `request_changes`.
    pub fn apply_request_changes(
        &mut self,
        id: u64,
        index: u32,
        signer: Option<usize>,
        notes: &Option<String>,
    ) -> Outcome {
        let result = (|| {
            self.open(id, signer, role::APPROVER)?;
            Self::texts_fit(&[(notes, caps::NOTES)])?;
            self.step(id, index, "request_changes")
        })();
        match result {
            Ok(to) => {
                self.set_status(id, index, to).notes = notes.clone();
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// `approve_milestone`.
    pub fn apply_approve(&mut self, id: u64, index: u32, signer: Option<usize>) -> Outcome {
        let result = (|| {
            self.open(id, signer, role::APPROVER)?;
            self.step(id, index, "approve")
        })();
        match result {
            Ok(to) => {
                self.set_status(id, index, to);
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// Pays `amount` of a milestone out: `to_receiver` (less the fee) to the receiver, the fee
    /// to the platform, the rest to the approver.
    fn pay_out(&mut self, id: u64, amount: i128, to_receiver_gross: i128) {
        let escrow = self.escrow_mut(id).unwrap();
        escrow.paid_out += amount;
        let (token, roles, fee_bps) = (escrow.token, escrow.roles, escrow.fee_bps);
        let fee = fee_of(to_receiver_gross, fee_bps);
        self.balances[CONTRACT][token] -= amount;
        self.balances[roles[role::RECEIVER]][token] += to_receiver_gross - fee;
        self.balances[roles[role::PLATFORM]][token] += fee;
        self.balances[roles[role::APPROVER]][token] += amount - to_receiver_gross;
    }

    fn available(&self, id: u64) -> i128 {
        let escrow = self.escrow(id).unwrap();
        escrow.funded - escrow.paid_out
    }

    /// `release_milestone`.
    pub fn apply_release(&mut self, id: u64, index: u32, signer: Option<usize>) -> Outcome {
        let result = (|| {
            self.open(id, signer, role::RELEASE_SIGNER)?;
            let to = self.step(id, index, "release")?;
            let amount = self.escrow(id).unwrap().milestones[index as usize].amount;
            if self.available(id) < amount {
                return Err(Outcome::Refused(Error::InsufficientFunds));
            }
            Ok((to, amount))
        })();
        match result {
            Ok((to, amount)) => {
                self.set_status(id, index, to);
                self.pay_out(id, amount, amount);
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// `dispute_milestone`.
    pub fn apply_dispute(
        &mut self,
        id: u64,
        index: u32,
        signer: Option<usize>,
        caller: usize,
        reason: &str,
    ) -> Outcome {
        let result = (|| {
            let escrow = self
                .escrow(id)
                .ok_or(Outcome::Refused(Error::EscrowNotFound))?;
            if caller != escrow.roles[role::APPROVER]
                && caller != escrow.roles[role::SERVICE_PROVIDER]
            {
                return Err(Outcome::Refused(Error::NotAParty));
            }
            if signer != Some(caller) {
                return Err(Outcome::HostRefused);
            }
            if reason.len() > caps::NOTES {
                return Err(Outcome::Refused(Error::TextTooLong));
            }
            self.step(id, index, "dispute")
        })();
        match result {
            Ok(to) => {
                self.set_status(id, index, to).notes = Some(reason.to_string());
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// `resolve_dispute`.
    pub fn apply_resolve(
        &mut self,
        id: u64,
        index: u32,
        signer: Option<usize>,
        receiver_amount: i128,
    ) -> Outcome {
        let result = (|| {
            self.open(id, signer, role::DISPUTE_RESOLVER)?;
            let to = self.step(id, index, "resolve")?;
            let amount = self.escrow(id).unwrap().milestones[index as usize].amount;
            if !(0..=amount).contains(&receiver_amount) {
                return Err(Outcome::Refused(Error::InvalidAmount));
            }
            if self.available(id) < amount {
                return Err(Outcome::Refused(Error::InsufficientFunds));
            }
            Ok((to, amount))
        })();
        match result {
            Ok((to, amount)) => {
                self.set_status(id, index, to);
                self.pay_out(id, amount, receiver_amount);
                Outcome::Ok
            }
            Err(outcome) => outcome,
        }
    }

    /// `get_milestone`'s outcome.
    pub fn read_milestone(&self, id: u64, index: u32) -> Result<&MMilestone, Error> {
        let escrow = self.escrow(id).ok_or(Error::EscrowNotFound)?;
        escrow
            .milestones
            .get(index as usize)
            .ok_or(Error::MilestoneNotFound)
    }

    /// `extend_ttl`.
    pub fn apply_extend_ttl(&self, id: u64) -> Outcome {
        match self.escrow(id) {
            Some(_) => Outcome::Ok,
            None => Outcome::Refused(Error::EscrowNotFound),
        }
    }

    /// A direct token transfer from `from` to the contract.
    pub fn apply_donate(&mut self, token: usize, from: usize, amount: i128) -> Outcome {
        if self.balances[from][token] < amount {
            return Outcome::HostRefused;
        }
        self.balances[from][token] -= amount;
        self.balances[CONTRACT][token] += amount;
        self.stray[token] += amount;
        Outcome::Ok
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
