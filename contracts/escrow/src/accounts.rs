//! The money of one escrow: what was deposited, what left, and what is held for each
//! milestone. Plain arithmetic over plain values, tested without a Soroban host.
//!
//! Each milestone holds its own money. A deposit fills the open milestones in index order, so
//! at any time the open milestones below a *fill index* are fully backed, the open milestone
//! at the fill index holds *fill held* (less than its amount), and those above hold nothing.
//! A milestone that becomes final leaves that order unchanged for the others: it only stops
//! being open. So what every milestone holds is known from three numbers and a bit per
//! milestone, kept in one small entry, and a deposit backing 50 milestones writes that entry
//! alone, never the milestones.

use crate::{errors::Error, lifecycle::MAX_MILESTONES};

const _: () = assert!(
    MAX_MILESTONES <= u64::BITS,
    "one bit per milestone in a u64"
);

/// The accounts of one escrow. Amounts are in the token's smallest unit.
#[derive(Copy, Clone, Debug, Default, Eq, PartialEq)]
pub struct Accounts {
    /// How many milestones the escrow has.
    pub milestone_count: u32,
    /// The sum of every milestone's amount.
    pub total_amount: i128,
    /// The sum of the amounts of the open (not final) milestones.
    pub open_amount: i128,
    /// Everything deposited.
    pub funded: i128,
    /// Everything paid, credited or refunded.
    pub paid_out: i128,
    /// Bit `i` is set while milestone `i` is open.
    pub open: u64,
    /// Open milestones below this index are fully backed.
    pub fill_index: u32,
    /// What is held for the milestone at `fill_index`, if it is open: less than its amount.
    pub fill_held: i128,
}

impl Accounts {
    /// What the escrow holds now: `funded - paid_out`, the sum of its open milestones' `held`.
    pub fn holding(&self) -> i128 {
        self.funded - self.paid_out
    }

    /// What the open milestones still lack to be fully backed: the most a deposit may be.
    pub fn lacking(&self) -> i128 {
        self.open_amount - self.holding()
    }

    /// Whether milestone `index` is open.
    pub fn is_open(&self, index: u32) -> bool {
        index < u64::BITS && self.open & (1 << index) != 0
    }

    /// What the contract holds for milestone `index`, whose amount is `amount`.
    pub fn held(&self, index: u32, amount: i128) -> i128 {
        if !self.is_open(index) || index > self.fill_index {
            0
        } else if index < self.fill_index {
            amount
        } else {
            self.fill_held
        }
    }

    /// Appends open milestones of these amounts, returning their count, or `InvalidAmount` for
    /// an amount that is not positive or a total that would overflow `i128`. The caller checks
    /// the count against `MAX_MILESTONES` first.
    pub fn add_milestones(
        &mut self,
        amounts: impl IntoIterator<Item = i128>,
    ) -> Result<u32, Error> {
        let mut added = *self;
        for amount in amounts {
            added.total_amount =
                crate::lifecycle::add_milestone_amount(added.total_amount, amount)?;
            // open_amount ≤ total_amount, so it cannot overflow where the total did not.
            added.open_amount += amount;
            added.open |= 1 << added.milestone_count;
            added.milestone_count += 1;
        }
        let count = added.milestone_count - self.milestone_count;
        *self = added;
        Ok(count)
    }

    /// Records a deposit of `amount`, filling the open milestones in index order; `amount_of`
    /// gives a milestone's amount. `InvalidAmount` for a deposit of 0 or less,
    /// `FundingExceedsTotal` for more than the open milestones lack.
    pub fn deposit(
        &mut self,
        amount: i128,
        mut amount_of: impl FnMut(u32) -> i128,
    ) -> Result<(), Error> {
        if amount <= 0 {
            return Err(Error::InvalidAmount);
        }
        if amount > self.lacking() {
            return Err(Error::FundingExceedsTotal);
        }
        // funded ≤ total_amount after the deposit (every milestone is filled at most once),
        // so this cannot overflow.
        self.funded += amount;
        let mut left = amount;
        while left > 0 {
            // The open milestones from fill_index on lack at least `left`, so one is found
            // before the end.
            if !self.is_open(self.fill_index) {
                self.fill_index += 1;
                self.fill_held = 0;
                continue;
            }
            let lack = amount_of(self.fill_index) - self.fill_held;
            if left >= lack {
                left -= lack;
                self.fill_index += 1;
                self.fill_held = 0;
            } else {
                self.fill_held += left;
                left = 0;
            }
        }
        Ok(())
    }

    /// Records that milestone `index`, of `amount`, became final and that what it held, `held`,
    /// left the escrow (paid, credited or refunded).
    pub fn close(&mut self, index: u32, amount: i128, held: i128) {
        self.open &= !(1 << index);
        self.open_amount -= amount;
        self.paid_out += held;
        if index == self.fill_index {
            self.fill_held = 0;
        }
    }
}

#[cfg(test)]
mod tests;
