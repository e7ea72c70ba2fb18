//! Money movement: how a payout splits into the receiver's share, the platform fee and the
//! approver's refund, and the token transfers that carry it out.

use soroban_sdk::{token::TokenClient, Address, Env};

use crate::{errors::Error, lifecycle::BPS_DENOMINATOR};

/// How one milestone's amount leaves the escrow.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub struct Split {
    /// Paid to the receiver: their share less the platform fee.
    pub to_receiver: i128,
    /// Paid to the platform.
    pub platform_fee: i128,
    /// Refunded to the approver.
    pub refund: i128,
}

impl Split {
    /// Everything the split pays out; always the milestone's amount.
    pub fn total(&self) -> i128 {
        self.to_receiver + self.platform_fee + self.refund
    }
}

/// `amount × fee_bps / 10 000`, rounded down (towards zero: the receiver keeps the remainder),
/// for `0 ≤ amount` and `fee_bps ≤ 10 000`.
///
/// Computed as `(amount / 10 000) × bps + (amount % 10 000) × bps / 10 000`, which is exactly
/// the rounded-down product but never forms `amount × bps`, so it cannot overflow for any
/// `amount` up to `i128::MAX`.
pub fn platform_fee(amount: i128, fee_bps: u32) -> i128 {
    let denominator = BPS_DENOMINATOR as i128;
    let bps = fee_bps as i128;
    (amount / denominator) * bps + (amount % denominator) * bps / denominator
}

/// The split of a released milestone: all of it to the receiver, less the platform fee.
pub fn release_split(amount: i128, fee_bps: u32) -> Split {
    let platform_fee = platform_fee(amount, fee_bps);
    Split {
        to_receiver: amount - platform_fee,
        platform_fee,
        refund: 0,
    }
}

/// The split of a resolved dispute: `receiver_amount` to the receiver (less the platform fee on
/// it), the rest of `amount` back to the approver. `InvalidAmount` unless
/// `0 ≤ receiver_amount ≤ amount`.
pub fn dispute_split(amount: i128, receiver_amount: i128, fee_bps: u32) -> Result<Split, Error> {
    if receiver_amount < 0 || receiver_amount > amount {
        return Err(Error::InvalidAmount);
    }
    let platform_fee = platform_fee(receiver_amount, fee_bps);
    Ok(Split {
        to_receiver: receiver_amount - platform_fee,
        platform_fee,
        refund: amount - receiver_amount,
    })
}

/// Moves `amount` of `token` from `from` to `to`; a zero amount moves nothing and makes no call.
pub fn transfer(env: &Env, token: &Address, from: &Address, to: &Address, amount: i128) {
    if amount > 0 {
        TokenClient::new(env, token).transfer(from, to, &amount);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fee_rounds_down() {
        assert_eq!(platform_fee(10_000, 250), 250);
        assert_eq!(platform_fee(9_999, 250), 249); // 249.975
        assert_eq!(platform_fee(39, 250), 0); // 0.975
        assert_eq!(platform_fee(40, 250), 1);
        assert_eq!(platform_fee(1, 2_000), 0);
        assert_eq!(platform_fee(5, 2_000), 1);
        assert_eq!(platform_fee(0, 2_000), 0);
        assert_eq!(platform_fee(123_456_789, 0), 0);
    }

    #[test]
    fn fee_matches_the_plain_formula_where_that_does_not_overflow() {
        for amount in [0i128, 1, 7, 9_999, 10_000, 10_001, 123_456_789, 1 << 100] {
            for bps in [0u32, 1, 3, 250, 1_999, 2_000, 10_000] {
                assert_eq!(
                    platform_fee(amount, bps),
                    amount * bps as i128 / 10_000,
                    "{amount} × {bps}"
                );
            }
        }
    }

    #[test]
    fn fee_on_the_largest_amount_does_not_overflow() {
        let fee = platform_fee(i128::MAX, 2_000);
        // i128::MAX × 0.2, rounded down, computed independently through u128 halves.
        let expected = (i128::MAX / 10_000) * 2_000 + (i128::MAX % 10_000) * 2_000 / 10_000;
        assert_eq!(fee, expected);
        assert!(fee > 0 && fee < i128::MAX / 4);
        let split = release_split(i128::MAX, 2_000);
        assert_eq!(split.total(), i128::MAX);
    }

    #[test]
    fn release_pays_amount_less_fee_to_receiver() {
        let split = release_split(1_000_0000000, 250);
        assert_eq!(split.platform_fee, 25_0000000);
        assert_eq!(split.to_receiver, 975_0000000);
        assert_eq!(split.refund, 0);
        assert_eq!(split.total(), 1_000_0000000);
    }

    #[test]
    fn dispute_split_covers_the_whole_amount() {
        let split = dispute_split(1_000, 600, 250).unwrap();
        assert_eq!(
            split,
            Split {
                to_receiver: 585,
                platform_fee: 15,
                refund: 400
            }
        );
        assert_eq!(split.total(), 1_000);
        assert_eq!(
            dispute_split(1_000, 0, 250).unwrap(),
            Split {
                to_receiver: 0,
                platform_fee: 0,
                refund: 1_000
            }
        );
        assert_eq!(dispute_split(1_000, 1_000, 0).unwrap().to_receiver, 1_000);
    }

    #[test]
    fn dispute_split_bounds() {
        assert_eq!(dispute_split(1_000, -1, 250), Err(Error::InvalidAmount));
        assert_eq!(dispute_split(1_000, 1_001, 250), Err(Error::InvalidAmount));
        assert_eq!(
            dispute_split(1_000, i128::MIN, 250),
            Err(Error::InvalidAmount)
        );
        assert_eq!(
            dispute_split(i128::MAX, i128::MAX, 2_000).unwrap().total(),
            i128::MAX
        );
    }
}
