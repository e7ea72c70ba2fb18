//! The rules: which milestone status changes are allowed, and which inputs are accepted.
//! Plain functions over plain values, so they are tested without a Soroban host.

use soroban_sdk::{Address, String};

use crate::{
    errors::Error,
    types::{MilestoneStatus, NewEscrow, NewMilestones, Roles},
};

/// Most milestones one escrow may have. At 50 milestones with every text at its cap,
/// `create_escrow` writes 52 ledger entries and about 37 KB from 31 KB of arguments, well inside
/// mainnet's per-transaction limits (200 entries, 132 KB written, 132 KB transaction); a test
/// on the shipped wasm holds it there.
pub const MAX_MILESTONES: u32 = 50;
/// Highest platform fee, in basis points (20 %).
pub const MAX_PLATFORM_FEE_BPS: u32 = 2_000;
/// Basis points in one whole.
pub const BPS_DENOMINATOR: u32 = 10_000;

/// Byte cap of `engagement_id`.
pub const MAX_ENGAGEMENT_ID_LEN: u32 = 64;
/// Byte cap of the escrow `title`.
pub const MAX_TITLE_LEN: u32 = 128;
/// Byte cap of the escrow `description`.
pub const MAX_DESCRIPTION_LEN: u32 = 1_024;
/// Byte cap of a milestone `description`.
pub const MAX_MILESTONE_DESCRIPTION_LEN: u32 = 512;
/// Byte cap of `evidence`.
pub const MAX_EVIDENCE_LEN: u32 = 512;
/// Byte cap of `notes` and of a dispute `reason`.
pub const MAX_NOTES_LEN: u32 = 1_024;

/// Something a party does to a milestone.
#[derive(Copy, Clone, Debug, Eq, PartialEq)]
pub enum Action {
    /// The service provider marks it done (or resubmits).
    Submit,
    /// The approver asks for changes.
    RequestChanges,
    /// The approver accepts it.
    Approve,
    /// The approver or the service provider disputes it.
    Dispute,
    /// The release signer pays it out.
    Release,
    /// The dispute resolver splits it.
    Resolve,
}

/// The status a milestone in `from` moves to when `action` happens, or
/// `InvalidStatusTransition` when the action is not allowed from there.
pub fn next_status(from: MilestoneStatus, action: Action) -> Result<MilestoneStatus, Error> {
    use MilestoneStatus::*;
    match (action, from) {
        (Action::Submit, Pending | ChangesRequested | ForReview) => Ok(ForReview),
        (Action::RequestChanges, ForReview) => Ok(ChangesRequested),
        (Action::Approve, ForReview) => Ok(Approved),
        (Action::Dispute, Pending | ForReview | ChangesRequested | Approved) => Ok(Disputed),
        (Action::Release, Approved) => Ok(Released),
        (Action::Resolve, Disputed) => Ok(Resolved),
        _ => Err(Error::InvalidStatusTransition),
    }
}

/// `TextTooLong` when a text of `len` bytes exceeds `cap`.
pub fn check_text_len(len: u32, cap: u32) -> Result<(), Error> {
    if len > cap {
        Err(Error::TextTooLong)
    } else {
        Ok(())
    }
}

/// `TextTooLong` when `text` is longer than `cap` bytes.
pub fn check_text(text: &String, cap: u32) -> Result<(), Error> {
    check_text_len(text.len(), cap)
}

/// `TextTooLong` when `text` is given and longer than `cap` bytes.
pub fn check_optional_text(text: &Option<String>, cap: u32) -> Result<(), Error> {
    match text {
        Some(text) => check_text(text, cap),
        None => Ok(()),
    }
}

/// Checks every input rule of `create_escrow` and returns the escrow's total amount.
///
/// In order: milestone count (`NoMilestones`, `TooManyMilestones`), fee (`InvalidFee`), roles
/// (`InvalidRoles`), texts (`TextTooLong`), then each milestone's description and amount
/// (`TextTooLong`, `InvalidAmount`).
///
/// Roles: the dispute resolver must be neutral (not the approver, service provider or
/// receiver), and no role may be `this_contract`: a payout to the contract itself would leave
/// the tokens in it, counted by no escrow.
///
/// The milestone count was checked by [`NewMilestones::unpack`], which read `milestones` out of
/// `escrow`.
pub fn check_new_escrow(
    escrow: &NewEscrow,
    milestones: &NewMilestones,
    this_contract: &Address,
) -> Result<i128, Error> {
    check_fee(escrow.platform_fee_bps)?;
    check_roles(&escrow.roles, this_contract)?;
    check_text(&escrow.engagement_id, MAX_ENGAGEMENT_ID_LEN)?;
    check_text(&escrow.title, MAX_TITLE_LEN)?;
    check_text(&escrow.description, MAX_DESCRIPTION_LEN)?;
    let mut total: i128 = 0;
    for milestone in milestones.iter() {
        check_text(&milestone.description, MAX_MILESTONE_DESCRIPTION_LEN)?;
        total = add_milestone_amount(total, milestone.amount)?;
    }
    Ok(total)
}

fn check_roles(roles: &Roles, this_contract: &Address) -> Result<(), Error> {
    let resolver = &roles.dispute_resolver;
    let resolver_is_a_party = *resolver == roles.approver
        || *resolver == roles.service_provider
        || *resolver == roles.receiver;
    let contract_has_a_role = [
        &roles.approver,
        &roles.service_provider,
        &roles.platform,
        &roles.release_signer,
        &roles.dispute_resolver,
        &roles.receiver,
    ]
    .contains(&this_contract);
    if resolver_is_a_party || contract_has_a_role {
        Err(Error::InvalidRoles)
    } else {
        Ok(())
    }
}

/// Checks the number of milestones of a new escrow.
pub fn check_milestone_count(count: u32) -> Result<(), Error> {
    match count {
        0 => Err(Error::NoMilestones),
        n if n > MAX_MILESTONES => Err(Error::TooManyMilestones),
        _ => Ok(()),
    }
}

/// Checks the platform fee of a new escrow.
pub fn check_fee(platform_fee_bps: u32) -> Result<(), Error> {
    if platform_fee_bps > MAX_PLATFORM_FEE_BPS {
        Err(Error::InvalidFee)
    } else {
        Ok(())
    }
}

/// Adds one milestone amount to a running total: `InvalidAmount` for an amount that is not
/// positive or a total that would overflow `i128`. Every later payout is at most the total and
/// its fee is computed without an intermediate `amount × bps` (see `payout::platform_fee`), so a
/// total accepted here never overflows at payout.
pub fn add_milestone_amount(total: i128, amount: i128) -> Result<i128, Error> {
    if amount <= 0 {
        return Err(Error::InvalidAmount);
    }
    total.checked_add(amount).ok_or(Error::InvalidAmount)
}

/// Checks a deposit of `amount` into an escrow that has `funded` of `total_amount`.
pub fn check_funding(amount: i128, funded: i128, total_amount: i128) -> Result<(), Error> {
    if amount <= 0 {
        return Err(Error::InvalidAmount);
    }
    // 0 ≤ funded ≤ total_amount always holds, so this cannot overflow.
    if amount > total_amount - funded {
        return Err(Error::FundingExceedsTotal);
    }
    Ok(())
}

/// Checks that an escrow holding `funded − paid_out` can pay out `amount`.
pub fn check_available(amount: i128, funded: i128, paid_out: i128) -> Result<(), Error> {
    // 0 ≤ paid_out ≤ funded always holds, so this cannot overflow.
    if funded - paid_out < amount {
        Err(Error::InsufficientFunds)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MilestoneStatus::*;

    const ALL_STATUSES: [MilestoneStatus; 7] = [
        Pending,
        ForReview,
        ChangesRequested,
        Approved,
        Disputed,
        Released,
        Resolved,
    ];
    const ALL_ACTIONS: [Action; 6] = [
        Action::Submit,
        Action::RequestChanges,
        Action::Approve,
        Action::Dispute,
        Action::Release,
        Action::Resolve,
    ];

    /// The whole transition table, written out independently of `next_status`.
    fn expected(from: MilestoneStatus, action: Action) -> Option<MilestoneStatus> {
        let allowed: &[(Action, MilestoneStatus, MilestoneStatus)] = &[
            (Action::Submit, Pending, ForReview),
            (Action::Submit, ForReview, ForReview),
            (Action::Submit, ChangesRequested, ForReview),
            (Action::RequestChanges, ForReview, ChangesRequested),
            (Action::Approve, ForReview, Approved),
            (Action::Dispute, Pending, Disputed),
            (Action::Dispute, ForReview, Disputed),
            (Action::Dispute, ChangesRequested, Disputed),
            (Action::Dispute, Approved, Disputed),
            (Action::Release, Approved, Released),
            (Action::Resolve, Disputed, Resolved),
        ];
        allowed
            .iter()
            .find(|(a, f, _)| *a == action && *f == from)
            .map(|(_, _, to)| *to)
    }

    #[test]
    fn every_status_and_action_follows_the_table() {
        let mut allowed = 0;
        for from in ALL_STATUSES {
            for action in ALL_ACTIONS {
                let got = next_status(from, action);
                match expected(from, action) {
                    Some(to) => {
                        allowed += 1;
                        assert_eq!(got, Ok(to), "{action:?} from {from:?}");
                    }
                    None => assert_eq!(
                        got,
                        Err(Error::InvalidStatusTransition),
                        "{action:?} from {from:?}"
                    ),
                }
            }
        }
        assert_eq!(allowed, 11);
    }

    #[test]
    fn final_statuses_never_change() {
        for from in [Released, Resolved] {
            for action in ALL_ACTIONS {
                assert_eq!(
                    next_status(from, action),
                    Err(Error::InvalidStatusTransition)
                );
            }
        }
    }

    #[test]
    fn text_caps_are_inclusive() {
        assert_eq!(check_text_len(0, MAX_TITLE_LEN), Ok(()));
        assert_eq!(check_text_len(MAX_TITLE_LEN, MAX_TITLE_LEN), Ok(()));
        assert_eq!(
            check_text_len(MAX_TITLE_LEN + 1, MAX_TITLE_LEN),
            Err(Error::TextTooLong)
        );
    }

    #[test]
    fn milestone_count_boundaries() {
        assert_eq!(check_milestone_count(0), Err(Error::NoMilestones));
        assert_eq!(check_milestone_count(1), Ok(()));
        assert_eq!(check_milestone_count(MAX_MILESTONES), Ok(()));
        assert_eq!(
            check_milestone_count(MAX_MILESTONES + 1),
            Err(Error::TooManyMilestones)
        );
        const { assert!(MAX_MILESTONES >= 20, "SPEC.md: at least 20 milestones") };
    }

    #[test]
    fn fee_boundaries() {
        assert_eq!(check_fee(0), Ok(()));
        assert_eq!(check_fee(2_000), Ok(()));
        assert_eq!(check_fee(2_001), Err(Error::InvalidFee));
        assert_eq!(check_fee(u32::MAX), Err(Error::InvalidFee));
    }

    #[test]
    fn milestone_amounts_must_be_positive_and_sum_without_overflow() {
        assert_eq!(add_milestone_amount(0, 1), Ok(1));
        assert_eq!(add_milestone_amount(0, 0), Err(Error::InvalidAmount));
        assert_eq!(add_milestone_amount(0, -1), Err(Error::InvalidAmount));
        assert_eq!(add_milestone_amount(0, i128::MAX), Ok(i128::MAX));
        assert_eq!(
            add_milestone_amount(i128::MAX, 1),
            Err(Error::InvalidAmount)
        );
        assert_eq!(add_milestone_amount(i128::MAX - 1, 1), Ok(i128::MAX));
    }

    #[test]
    fn funding_boundaries() {
        assert_eq!(check_funding(100, 0, 100), Ok(()));
        assert_eq!(check_funding(1, 99, 100), Ok(()));
        assert_eq!(check_funding(2, 99, 100), Err(Error::FundingExceedsTotal));
        assert_eq!(check_funding(0, 0, 100), Err(Error::InvalidAmount));
        assert_eq!(check_funding(-5, 0, 100), Err(Error::InvalidAmount));
        assert_eq!(
            check_funding(i128::MAX, 1, i128::MAX),
            Err(Error::FundingExceedsTotal)
        );
        assert_eq!(check_funding(i128::MAX, 0, i128::MAX), Ok(()));
    }

    #[test]
    fn availability_boundaries() {
        assert_eq!(check_available(50, 100, 50), Ok(()));
        assert_eq!(check_available(51, 100, 50), Err(Error::InsufficientFunds));
        assert_eq!(check_available(1, 0, 0), Err(Error::InsufficientFunds));
        assert_eq!(check_available(i128::MAX, i128::MAX, 0), Ok(()));
    }
}
