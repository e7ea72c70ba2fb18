//! What each milestone holds, deposits in index order and payouts, without a host.

extern crate std;

use super::*;

/// Accounts of milestones with these amounts, nothing deposited.
fn accounts_of(amounts: &[i128]) -> Accounts {
    let mut accounts = Accounts::default();
    accounts.add_milestones(amounts.iter().copied()).unwrap();
    accounts
}

fn deposit(accounts: &mut Accounts, amounts: &[i128], amount: i128) -> Result<(), Error> {
    accounts.deposit(amount, |index| amounts[index as usize])
}

fn held(accounts: &Accounts, amounts: &[i128]) -> std::vec::Vec<i128> {
    (0..amounts.len() as u32)
        .map(|i| accounts.held(i, amounts[i as usize]))
        .collect()
}

#[test]
fn new_milestones_are_open_and_unfunded() {
    let amounts = [100, 200, 300];
    let accounts = accounts_of(&amounts);
    assert_eq!(accounts.milestone_count, 3);
    assert_eq!(accounts.total_amount, 600);
    assert_eq!(accounts.open_amount, 600);
    assert_eq!(accounts.lacking(), 600);
    assert!((0..3).all(|i| accounts.is_open(i)));
    assert!(!accounts.is_open(3));
    assert_eq!(held(&accounts, &amounts), [0, 0, 0]);
}

#[test]
fn deposits_fill_milestones_in_index_order() {
    let amounts = [100, 200, 300];
    let mut accounts = accounts_of(&amounts);
    deposit(&mut accounts, &amounts, 150).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 50, 0]);
    deposit(&mut accounts, &amounts, 150).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 200, 0]);
    assert_eq!((accounts.fill_index, accounts.fill_held), (2, 0));
    deposit(&mut accounts, &amounts, 1).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 200, 1]);
    assert_eq!(accounts.funded, 301);
    assert_eq!(accounts.lacking(), 299);
}

#[test]
fn a_deposit_may_be_what_the_open_milestones_lack_and_no_more() {
    let amounts = [100, 200];
    let mut accounts = accounts_of(&amounts);
    let before = accounts;
    assert_eq!(
        deposit(&mut accounts, &amounts, 301),
        Err(Error::FundingExceedsTotal)
    );
    assert_eq!(
        deposit(&mut accounts, &amounts, 0),
        Err(Error::InvalidAmount)
    );
    assert_eq!(
        deposit(&mut accounts, &amounts, -1),
        Err(Error::InvalidAmount)
    );
    assert_eq!(accounts, before, "a refused deposit changes nothing");
    deposit(&mut accounts, &amounts, 300).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 200]);
    assert_eq!(accounts.lacking(), 0);
    assert_eq!(
        deposit(&mut accounts, &amounts, 1),
        Err(Error::FundingExceedsTotal)
    );
}

#[test]
fn a_final_milestone_holds_nothing_and_later_deposits_skip_it() {
    let amounts = [100, 200, 300];
    let mut accounts = accounts_of(&amounts);
    deposit(&mut accounts, &amounts, 50).unwrap();
    // Milestone 1, unfunded, is cancelled; milestone 0 keeps its 50.
    accounts.close(1, 200, 0);
    assert_eq!(held(&accounts, &amounts), [50, 0, 0]);
    assert_eq!(accounts.lacking(), 350);
    deposit(&mut accounts, &amounts, 100).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 0, 50]);
    // Milestone 2, partly funded, is claimed: it pays its 50 and the order stays sound.
    accounts.close(2, 300, 50);
    assert_eq!(held(&accounts, &amounts), [100, 0, 0]);
    assert_eq!(accounts.paid_out, 50);
    assert_eq!(accounts.holding(), 100);
    assert_eq!(accounts.open_amount, 100);
    assert_eq!(accounts.lacking(), 0);
}

#[test]
fn closing_a_fully_backed_milestone_leaves_the_others_backed() {
    let amounts = [100, 200, 300];
    let mut accounts = accounts_of(&amounts);
    deposit(&mut accounts, &amounts, 450).unwrap();
    accounts.close(0, 100, 100);
    assert_eq!(held(&accounts, &amounts), [0, 200, 150]);
    deposit(&mut accounts, &amounts, 150).unwrap();
    assert_eq!(held(&accounts, &amounts), [0, 200, 300]);
    accounts.close(2, 300, 300);
    accounts.close(1, 200, 200);
    assert_eq!(accounts.open_amount, 0);
    assert_eq!(accounts.funded, accounts.paid_out, "the escrow ends empty");
}

#[test]
fn added_milestones_come_after_the_others_and_are_filled_after_them() {
    let mut amounts = std::vec![100, 200];
    let mut accounts = accounts_of(&amounts);
    deposit(&mut accounts, &amounts, 120).unwrap();
    assert_eq!(accounts.add_milestones([50, 60]), Ok(2));
    amounts.extend([50, 60]);
    assert_eq!(accounts.milestone_count, 4);
    assert_eq!(accounts.total_amount, 410);
    assert_eq!(held(&accounts, &amounts), [100, 20, 0, 0]);
    deposit(&mut accounts, &amounts, 230).unwrap();
    assert_eq!(held(&accounts, &amounts), [100, 200, 50, 0]);
}

#[test]
fn adding_refuses_a_bad_amount_and_changes_nothing() {
    let mut accounts = accounts_of(&[i128::MAX - 1]);
    let before = accounts;
    assert_eq!(accounts.add_milestones([1, 2]), Err(Error::InvalidAmount));
    assert_eq!(accounts.add_milestones([5, 0]), Err(Error::InvalidAmount));
    assert_eq!(accounts, before);
    assert_eq!(accounts.add_milestones([1]), Ok(1));
    assert_eq!(accounts.total_amount, i128::MAX);
}

#[test]
fn the_largest_escrow_fills_and_pays_out_without_overflow() {
    let amounts = [i128::MAX / 2, i128::MAX / 2 + 1];
    let mut accounts = accounts_of(&amounts);
    deposit(&mut accounts, &amounts, i128::MAX).unwrap();
    assert_eq!(held(&accounts, &amounts), amounts);
    accounts.close(1, amounts[1], amounts[1]);
    accounts.close(0, amounts[0], amounts[0]);
    assert_eq!(accounts.paid_out, i128::MAX);
    assert_eq!(accounts.holding(), 0);
}

/// A pseudo-random walk over deposits and closings checks the accounts against a plain list
/// of holdings, filled lowest index first: they agree at every step.
#[test]
fn the_accounts_agree_with_a_plain_list_of_holdings() {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |bound: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % bound
    };
    for _ in 0..200 {
        let mut amounts: std::vec::Vec<i128> =
            (0..1 + next(8)).map(|_| 1 + next(50) as i128).collect();
        let mut accounts = accounts_of(&amounts);
        let mut plain: std::vec::Vec<Option<i128>> = amounts.iter().map(|_| Some(0)).collect();
        for _ in 0..30 {
            match next(4) {
                0 | 1 => {
                    let lacking: i128 = plain
                        .iter()
                        .zip(&amounts)
                        .filter_map(|(h, a)| h.map(|h| a - h))
                        .sum();
                    assert_eq!(accounts.lacking(), lacking);
                    if lacking == 0 {
                        continue;
                    }
                    let mut left = 1 + next(lacking as u64) as i128;
                    deposit(&mut accounts, &amounts, left).unwrap();
                    for (h, a) in plain.iter_mut().zip(&amounts) {
                        if let Some(h) = h {
                            let put = left.min(a - *h);
                            *h += put;
                            left -= put;
                        }
                    }
                }
                2 => {
                    let index = next(amounts.len() as u64) as usize;
                    if let Some(h) = plain[index] {
                        accounts.close(index as u32, amounts[index], h);
                        plain[index] = None;
                    }
                }
                _ => {
                    if amounts.len() < 12 {
                        let amount = 1 + next(50) as i128;
                        accounts.add_milestones([amount]).unwrap();
                        amounts.push(amount);
                        plain.push(Some(0));
                    }
                }
            }
            let expected: std::vec::Vec<i128> = plain.iter().map(|h| h.unwrap_or(0)).collect();
            assert_eq!(held(&accounts, &amounts), expected);
            assert_eq!(accounts.holding(), expected.iter().sum::<i128>());
        }
    }
}
