//! Helpers shared by the tests of the calls that end a milestone (claim, cancel, settle,
//! expire): balances, accounts, statuses, the clock, and who must sign.

extern crate std;

use soroban_sdk::{
    testutils::{AuthorizedFunction, AuthorizedInvocation, MockAuth, MockAuthInvoke},
    Address, Symbol, Val, Vec,
};

use crate::{testutils::*, EscrowContractClient, MilestoneStatus};

/// The evidence `Fixture::submit` stores.
pub(super) const EVIDENCE: &str = "https://example.com/delivery";
/// The notes `Fixture::submit` stores.
pub(super) const DELIVERY_NOTES: &str = "Delivered";
/// The reason `Fixture::dispute` stores.
pub(super) const DISPUTE_REASON: &str = "Not what was agreed";

/// The USDC balance of everyone who could be paid.
#[derive(Debug, Default, Eq, PartialEq)]
pub(super) struct Usdc {
    pub receiver: i128,
    pub platform: i128,
    pub approver: i128,
    pub service_provider: i128,
    pub contract: i128,
    /// The admin, the release signer, the dispute resolver and the outsider together.
    pub others: i128,
}

/// Everyone's USDC balance now.
pub(super) fn usdc(f: &Fixture) -> Usdc {
    let p = &f.parties;
    let b = |who: &Address| f.usdc.balance(who);
    Usdc {
        receiver: b(&p.receiver),
        platform: b(&p.platform),
        approver: b(&p.approver),
        service_provider: b(&p.service_provider),
        contract: b(&f.contract),
        others: b(&p.admin) + b(&p.release_signer) + b(&p.dispute_resolver) + b(&p.outsider),
    }
}

/// Escrow `id`'s `(open_amount, funded, paid_out)`.
pub(super) fn money(f: &Fixture, id: u64) -> (i128, i128, i128) {
    let e = f.client.get_escrow(&id);
    (e.open_amount, e.funded, e.paid_out)
}

/// What each milestone of escrow `id` holds, in index order.
pub(super) fn held(f: &Fixture, id: u64) -> std::vec::Vec<i128> {
    f.client
        .get_milestones(&id)
        .iter()
        .map(|m| m.held)
        .collect()
}

/// The status of milestone `index` of escrow `id`.
pub(super) fn status(f: &Fixture, id: u64, index: u32) -> MilestoneStatus {
    f.client.get_milestone(&id, &index).status
}

/// Asserts, for each milestone `index` of escrow `id` in turn, that it is in `statuses[index]`
/// and that `call(index)` is refused with `InvalidStatusTransition`, changing nothing.
pub(super) fn assert_refused_in_statuses<T, C>(
    f: &Fixture,
    id: u64,
    statuses: &[MilestoneStatus],
    call: impl Fn(u32) -> Result<Result<T, C>, Result<crate::Error, soroban_sdk::InvokeError>>,
) where
    T: core::fmt::Debug,
    C: core::fmt::Debug,
{
    for (index, expected) in (0..).zip(statuses) {
        assert_eq!(status(f, id, index), *expected, "milestone {index}");
        f.assert_refused(crate::Error::InvalidStatusTransition, || call(index));
    }
}

/// Moves the ledger's clock forward to the timestamp `t` (not backwards).
pub(super) fn advance_to(f: &Fixture, t: u64) {
    assert!(t >= f.now(), "the clock only moves forward");
    f.advance_time(t - f.now());
}

/// Checks who must sign the contract call `name(args)`, tried by `call` on a client (true when
/// it succeeded): without any one of `signers` (each signing exactly this invocation), with
/// any other party signing alone or in place of one of them, and with no signature, it is
/// refused and changes nothing; with exactly `signers` it succeeds, and the host records
/// exactly them, in order, each for exactly this invocation and nothing below it.
pub(super) fn assert_only_signers(
    f: &Fixture,
    signers: &[&Address],
    name: &'static str,
    args: Vec<Val>,
    call: impl Fn(&EscrowContractClient) -> bool,
) {
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: name,
        args: args.clone(),
        sub_invokes: &[],
    };
    let signed_by = |who: &[&Address]| -> bool {
        let auths: std::vec::Vec<MockAuth> = who
            .iter()
            .map(|address| MockAuth {
                address,
                invoke: &invoke,
            })
            .collect();
        let before = f.state();
        let accepted = call(&f.client.mock_auths(&auths));
        if !accepted {
            assert_eq!(f.state(), before, "{name} refused but changed state");
        }
        accepted
    };
    let without = |skip: usize| -> std::vec::Vec<&Address> {
        let mut rest: std::vec::Vec<&Address> = signers.to_vec();
        rest.remove(skip);
        rest
    };

    for (missing, signer) in signers.iter().enumerate() {
        assert!(
            !signed_by(&without(missing)),
            "{name} accepted without the signature of {signer:?}"
        );
    }
    for (party, who) in f.parties.all() {
        if signers.contains(&&who) {
            continue;
        }
        assert!(
            !signed_by(&[&who]),
            "{name} accepted the {party}'s signature alone"
        );
        for (missing, signer) in signers.iter().enumerate() {
            let mut stand_in = without(missing);
            stand_in.push(&who);
            assert!(
                !signed_by(&stand_in),
                "{name} accepted the {party} signing instead of {signer:?}"
            );
        }
    }
    let before = f.state();
    assert!(!call(&f.client), "{name} accepted no signature");
    assert_eq!(f.state(), before, "{name} refused but changed state");

    assert!(signed_by(signers), "{name} refused its signers");
    let expected: std::vec::Vec<_> = signers
        .iter()
        .map(|signer| {
            (
                (*signer).clone(),
                AuthorizedInvocation {
                    function: AuthorizedFunction::Contract((
                        f.contract.clone(),
                        Symbol::new(&f.env, name),
                        args.clone(),
                    )),
                    sub_invocations: std::vec![],
                },
            )
        })
        .collect();
    assert_eq!(f.env.auths(), expected, "{name}'s recorded signers");
}
