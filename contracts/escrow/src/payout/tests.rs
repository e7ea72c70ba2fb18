//! Fee and split arithmetic, without a host.

extern crate std;

use super::*;

#[test]
fn shares_round_down() {
    assert_eq!(share(10_000, 250), 250);
    assert_eq!(share(9_999, 250), 249); // 249.975
    assert_eq!(share(39, 250), 0); // 0.975
    assert_eq!(share(40, 250), 1);
    assert_eq!(share(1, 2_000), 0);
    assert_eq!(share(5, 2_000), 1);
    assert_eq!(share(0, 2_000), 0);
    assert_eq!(share(123_456_789, 0), 0);
    assert_eq!(share(123_456_789, 10_000), 123_456_789);
}

#[test]
fn shares_match_the_plain_formula_where_that_does_not_overflow() {
    for amount in [0i128, 1, 7, 9_999, 10_000, 10_001, 123_456_789, 1 << 100] {
        for bps in [0u32, 1, 3, 250, 1_999, 2_000, 5_000, 10_000] {
            assert_eq!(
                share(amount, bps),
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
fn shares_match_the_overflow_free_formula_over_the_whole_range() {
    let mut x = 0x0123_4567_89AB_CDEFu128;
    for _ in 0..10_000 {
        x = x
            .wrapping_mul(0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645)
            .wrapping_add(1);
        let amount = (x >> 1 >> (x % 127) as u32) as i128;
        for bps in [0u32, 1, 250, 2_000, 10_000] {
            let b = bps as i128;
            let expected = amount / 10_000 * b + amount % 10_000 * b / 10_000;
            assert_eq!(share(amount, bps), expected, "{amount} × {bps}");
        }
    }
}

#[test]
fn the_fee_on_the_largest_amount_does_not_overflow() {
    let fee = share(i128::MAX, 2_000);
    let expected = (i128::MAX / 10_000) * 2_000 + (i128::MAX % 10_000) * 2_000 / 10_000;
    assert_eq!(fee, expected);
    let whole = split(i128::MAX, i128::MAX, i128::MAX, 2_000);
    assert_eq!(whole.total(), i128::MAX);
    assert_eq!(whole.platform_fee, fee);
}

#[test]
fn a_full_payout_pays_the_amount_less_the_fee_to_the_receiver() {
    let paid = split(1_000_0000000, 1_000_0000000, 1_000_0000000, 250);
    assert_eq!(
        paid,
        Split {
            to_receiver: 975_0000000,
            platform_fee: 25_0000000,
            refund: 0
        }
    );
}

#[test]
fn a_split_of_a_fully_backed_milestone_covers_the_whole_amount() {
    assert_eq!(
        split(1_000, 1_000, 600, 250),
        Split {
            to_receiver: 585,
            platform_fee: 15,
            refund: 400
        }
    );
    assert_eq!(
        split(1_000, 1_000, 0, 250),
        Split {
            to_receiver: 0,
            platform_fee: 0,
            refund: 1_000
        }
    );
}

#[test]
fn a_split_pays_the_receiver_first_then_the_refund_from_what_is_held() {
    // Held below the receiver's share: all of it to the receiver, nothing refunded.
    assert_eq!(
        split(1_000, 400, 600, 250),
        Split {
            to_receiver: 390,
            platform_fee: 10,
            refund: 0
        }
    );
    // Held between the share and the amount: the share, then what is left as refund.
    assert_eq!(
        split(1_000, 700, 600, 250),
        Split {
            to_receiver: 585,
            platform_fee: 15,
            refund: 100
        }
    );
    // Nothing held: nothing paid.
    assert_eq!(
        split(1_000, 0, 600, 250),
        Split {
            to_receiver: 0,
            platform_fee: 0,
            refund: 0
        }
    );
    // A claim of a partly backed milestone pays what is held, less the fee on it.
    assert_eq!(
        split(1_000, 999, 1_000, 250),
        Split {
            to_receiver: 975,
            platform_fee: 24, // 24.975
            refund: 0
        }
    );
}

#[test]
fn every_split_pays_out_exactly_what_the_milestone_holds() {
    let mut x = 0x0BAD_5EED_u64;
    let mut next = move |bound: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % bound
    };
    for _ in 0..20_000 {
        let amount = 1 + next(1 << 40) as i128;
        let held = next(amount as u64 + 1) as i128;
        let receiver_amount = next(amount as u64 + 1) as i128;
        let fee_bps = next(2_001) as u32;
        let paid = split(amount, held, receiver_amount, fee_bps);
        assert_eq!(paid.total(), held, "{amount} {held} {receiver_amount}");
        let gross = paid.to_receiver + paid.platform_fee;
        assert_eq!(gross, receiver_amount.min(held));
        assert_eq!(paid.platform_fee, share(gross, fee_bps));
        assert!(paid.refund <= amount - receiver_amount);
        assert!(paid.to_receiver >= 0 && paid.platform_fee >= 0 && paid.refund >= 0);
    }
}
