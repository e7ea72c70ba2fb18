//! Money movement: how a payout splits into the receiver's share, the platform fee and the
//! approver's refund, and the token transfers that carry it out.

use soroban_sdk::{symbol_short, vec, Address, Env, IntoVal, Val};

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
/// Computed as `q × bps + r × bps / 10 000` where `amount = q × 10 000 + r`, which is exactly
/// the rounded-down product but never forms `amount × bps`: `q × bps ≤ i128::MAX / 10 000 ×
/// 10 000`, so it cannot overflow for any `amount` up to `i128::MAX`.
pub fn platform_fee(amount: i128, fee_bps: u32) -> i128 {
    let (quotient, remainder) = div_rem_by_bps_denominator(amount as u128);
    let denominator = BPS_DENOMINATOR as u64;
    // remainder < 10 000 and fee_bps ≤ 10 000: the product fits a u64.
    let remainder_fee = remainder * fee_bps as u64 / denominator;
    // quotient × fee_bps ≤ amount and remainder_fee < fee_bps: no overflow, as shown above.
    (quotient * fee_bps as u128 + remainder_fee as u128) as i128
}

/// `(amount / 10 000, amount % 10 000)`, by schoolbook division in 32-bit digits with 64-bit
/// operations, which wasm has natively; a `u128` division would link a 1 KB runtime routine
/// into the contract.
fn div_rem_by_bps_denominator(amount: u128) -> (u128, u64) {
    let denominator = BPS_DENOMINATOR as u64;
    let mut quotient = 0u128;
    let mut remainder = 0u64;
    for shift in [96, 64, 32, 0] {
        // remainder < 10 000 < 2^14, so the partial dividend fits in 46 bits.
        let partial = remainder << 32 | (amount >> shift) as u32 as u64;
        quotient |= ((partial / denominator) as u128) << shift;
        remainder = partial % denominator;
    }
    (quotient, remainder)
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
///
/// Calls the SEP-41 `transfer(from, to, amount)` directly rather than through `TokenClient`,
/// whose conversion of the (unit) result unwraps with a formatted panic and so links about
/// 1.5 KB of formatting code into the wasm. A failing transfer fails the call either way.
pub fn transfer(env: &Env, token: &Address, from: &Address, to: &Address, amount: i128) {
    if amount > 0 {
        let args = vec![
            env,
            from.into_val(env),
            to.into_val(env),
            amount.into_val(env),
        ];
        env.invoke_contract::<Val>(token, &symbol_short!("transfer"), args);
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

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
    fn digit_division_matches_u128_division() {
        // Every 32-bit digit boundary and carry case, then a spread over the whole range.
        let mut amounts = std::vec![0u128, 1, 9_999, 10_000, u128::MAX, i128::MAX as u128];
        for shift in [31, 32, 63, 64, 95, 96, 126] {
            let at = 1u128 << shift;
            amounts.extend([at - 1, at, at + 1, at * 3 - 1]);
        }
        let mut x = 0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835u128;
        for _ in 0..10_000 {
            x = x
                .wrapping_mul(0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645)
                .wrapping_add(1);
            amounts.push(x >> (x % 128) as u32);
        }
        for amount in amounts {
            let (q, r) = div_rem_by_bps_denominator(amount);
            assert_eq!(
                (q, r as u128),
                (amount / 10_000, amount % 10_000),
                "{amount}"
            );
        }
    }

    #[test]
    fn fee_matches_the_overflow_free_i128_formula_over_the_whole_range() {
        let mut x = 0x0123_4567_89AB_CDEFu128;
        for _ in 0..10_000 {
            x = x
                .wrapping_mul(0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645)
                .wrapping_add(1);
            let amount = (x >> 1 >> (x % 127) as u32) as i128;
            for bps in [0u32, 1, 250, 2_000, 10_000] {
                let b = bps as i128;
                let expected = amount / 10_000 * b + amount % 10_000 * b / 10_000;
                assert_eq!(platform_fee(amount, bps), expected, "{amount} × {bps}");
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
