//! Money movement: how a milestone's payout splits into the receiver's pay, the platform fee
//! and the approver's refund, and the token transfers that carry it out. A transfer the token
//! refuses is credited to its recipient instead, so no recipient can block a payout.

use soroban_sdk::{symbol_short, vec, Address, Env, IntoVal, Val};

use crate::{events::PaymentCredited, lifecycle::BPS_DENOMINATOR, storage};

/// How one milestone's money leaves the escrow. Amounts are in the token's smallest unit.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub struct Split {
    /// Paid to the milestone's receiver: its share less the platform fee.
    pub to_receiver: i128,
    /// Paid to the platform: the fee on the receiver's share.
    pub platform_fee: i128,
    /// Refunded to the approver.
    pub refund: i128,
}

impl Split {
    /// Everything the split pays out: always what the milestone held.
    pub fn total(&self) -> i128 {
        self.to_receiver + self.platform_fee + self.refund
    }
}

/// `amount × bps / 10 000`, rounded down (towards zero), for `0 ≤ amount` and
/// `bps ≤ 10 000`: the platform fee on a payout, or the fallback share of a milestone.
///
/// Computed as `q × bps + r × bps / 10 000` where `amount = q × 10 000 + r`, which is exactly
/// the rounded-down product but never forms `amount × bps`: `q × bps ≤ amount`, so it cannot
/// overflow for any `amount` up to `i128::MAX`.
pub fn share(amount: i128, bps: u32) -> i128 {
    let (quotient, remainder) = div_rem_by_bps_denominator(amount as u128);
    let denominator = BPS_DENOMINATOR as u64;
    // remainder < 10 000 and bps ≤ 10 000: the product fits a u64.
    let remainder_share = remainder * bps as u64 / denominator;
    // quotient × bps ≤ amount and remainder_share < bps: no overflow, as shown above.
    (quotient * bps as u128 + remainder_share as u128) as i128
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

/// The split of a milestone of `amount` that holds `held` (`0 ≤ held ≤ amount`), when its
/// receiver is due `receiver_amount` (`0 ≤ receiver_amount ≤ amount`) and the approver the
/// rest.
///
/// Paid only from what the milestone holds: the receiver's share first, then the refund,
/// each limited to what is left of `held`, so the split always pays out exactly `held` and
/// never fails for want of funds. The platform fee is charged on what the receiver is
/// actually paid, rounded down.
pub fn split(amount: i128, held: i128, receiver_amount: i128, fee_bps: u32) -> Split {
    let receiver_share = receiver_amount.min(held);
    let platform_fee = share(receiver_share, fee_bps);
    Split {
        to_receiver: receiver_share - platform_fee,
        platform_fee,
        refund: (amount - receiver_amount).min(held - receiver_share),
    }
}

/// Where a split's three parts go.
pub struct Payees<'a> {
    /// The milestone's receiver.
    pub receiver: &'a Address,
    /// The platform.
    pub platform: &'a Address,
    /// The approver.
    pub approver: &'a Address,
}

/// Pays `split` in `token` from this contract to `payees`, receiver first; see [`pay`].
pub fn pay_split(env: &Env, escrow_id: u64, token: &Address, split: &Split, payees: &Payees) {
    pay(env, escrow_id, token, payees.receiver, split.to_receiver);
    pay(env, escrow_id, token, payees.platform, split.platform_fee);
    pay(env, escrow_id, token, payees.approver, split.refund);
}

/// Pays `amount` of `token` from this contract to `to`; nothing for 0. When the token refuses
/// the transfer (no trustline, a frozen or deauthorized balance, any error it returns), the
/// amount is credited to `to` instead, for `withdraw`, and `PaymentCredited` says so: the
/// payout goes on for everyone else.
pub fn pay(env: &Env, escrow_id: u64, token: &Address, to: &Address, amount: i128) {
    if amount == 0 {
        return;
    }
    if !try_transfer(env, token, &env.current_contract_address(), to, amount) {
        storage::add_credit(env, to, token, amount);
        PaymentCredited {
            escrow_id,
            recipient: to.clone(),
            token: token.clone(),
            amount,
        }
        .publish(env);
    }
}

/// Calls the SEP-41 `transfer(from, to, amount)` of `token`, and tells whether it succeeded.
/// A refused transfer changes nothing: the host rolls the token's state back.
///
/// Calls the token directly rather than through `TokenClient`, whose conversions unwrap with
/// formatted panics and link about 1.5 KB of formatting code into the wasm.
pub fn try_transfer(
    env: &Env,
    token: &Address,
    from: &Address,
    to: &Address,
    amount: i128,
) -> bool {
    let args = vec![
        env,
        from.into_val(env),
        to.into_val(env),
        amount.into_val(env),
    ];
    env.try_invoke_contract::<Val, soroban_sdk::Error>(token, &symbol_short!("transfer"), args)
        .is_ok()
}

/// Reads the contract's own balance in `token`, which makes a Stellar Asset Contract extend
/// that balance entry's time to live by its own rule. A token that fails the call is ignored:
/// the read only serves to keep the entry alive.
pub fn touch_balance(env: &Env, token: &Address) {
    let args = vec![env, env.current_contract_address().into_val(env)];
    let _ =
        env.try_invoke_contract::<Val, soroban_sdk::Error>(token, &symbol_short!("balance"), args);
}

#[cfg(test)]
mod tests;
