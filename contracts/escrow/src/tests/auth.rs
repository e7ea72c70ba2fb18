//! Who signs each entry point: exactly the expected signers, any one missing or replaced refused.

extern crate std;

use std::{boxed::Box, vec::Vec as StdVec};

use soroban_sdk::{
    testutils::{Address as _, AuthorizedFunction, AuthorizedInvocation, MockAuth, MockAuthInvoke},
    vec, xdr, Address, Bytes, BytesN, IntoVal, InvokeError, String, Symbol, Val, Vec,
};

use crate::{testutils::*, Error, EscrowContract, EscrowContractClient, MilestoneStatus, Role};

/// What a tried call came to: `Ok`, or the error as the client decoded it (a typed escrow
/// error, or `Err(InvokeError::Abort)` for a host failure such as a missing signature).
pub(super) type Outcome = Result<(), Result<Error, InvokeError>>;

/// The [`Outcome`] of a `try_…` client call. (Entry points that return no `Result` decode
/// errors as `soroban_sdk::Error`: a host failure among them becomes `InvokeError::Abort`.)
pub(super) fn outcome<T, C: core::fmt::Debug, E: TryInto<Error>>(
    result: Result<Result<T, C>, Result<E, InvokeError>>,
) -> Outcome {
    match result {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(conversion)) => panic!("the result did not decode: {conversion:?}"),
        Err(Ok(error)) => Err(error.try_into().map_err(|_| InvokeError::Abort)),
        Err(Err(error)) => Err(Err(error)),
    }
}

/// One call of an entry point: its name and arguments as the host records them, and how to
/// try it on a client.
pub(super) struct Call<'a> {
    pub name: &'static str,
    pub args: Vec<Val>,
    pub try_call: Box<dyn Fn(&EscrowContractClient) -> Outcome + 'a>,
}

impl<'a> Call<'a> {
    pub fn new(
        name: &'static str,
        args: Vec<Val>,
        try_call: impl Fn(&EscrowContractClient) -> Outcome + 'a,
    ) -> Self {
        Call {
            name,
            args,
            try_call: Box::new(try_call),
        }
    }
}

/// An address that must sign a call, and the token transfer it authorizes inside it, if any.
#[derive(Clone)]
pub(super) struct Signer {
    pub address: Address,
    /// The token and the `transfer` arguments.
    pub transfer: Option<(Address, Vec<Val>)>,
}

impl Signer {
    pub fn plain(address: &Address) -> Self {
        Signer {
            address: address.clone(),
            transfer: None,
        }
    }

    pub fn with_transfer(address: &Address, token: &Address, args: Vec<Val>) -> Self {
        Signer {
            address: address.clone(),
            transfer: Some((token.clone(), args)),
        }
    }
}

/// Tries `call` with a signature of each `(address, tree)`: `address` signs the invocation
/// tree that `tree` would sign.
fn try_signed_by(f: &Fixture, call: &Call, signed: &[(&Address, &Signer)]) -> Outcome {
    let subs: StdVec<StdVec<MockAuthInvoke>> = signed
        .iter()
        .map(|(_, tree)| {
            tree.transfer
                .iter()
                .map(|(token, args)| MockAuthInvoke {
                    contract: token,
                    fn_name: "transfer",
                    args: args.clone(),
                    sub_invokes: &[],
                })
                .collect()
        })
        .collect();
    let invokes: StdVec<MockAuthInvoke> = subs
        .iter()
        .map(|sub| MockAuthInvoke {
            contract: &f.contract,
            fn_name: call.name,
            args: call.args.clone(),
            sub_invokes: sub,
        })
        .collect();
    let auths: StdVec<MockAuth> = signed
        .iter()
        .zip(&invokes)
        .map(|((address, _), invoke)| MockAuth { address, invoke })
        .collect();
    (call.try_call)(&f.client.mock_auths(&auths))
}

/// The name of `address` among the fixture's parties.
fn name_of(f: &Fixture, address: &Address) -> &'static str {
    f.parties
        .all()
        .into_iter()
        .find(|(_, a)| a == address)
        .map_or("another address", |(name, _)| name)
}

/// Checks that the host refuses `call` signed by `signed`, and that nothing changed.
fn assert_host_refuses(f: &Fixture, call: &Call, signed: &[(&Address, &Signer)], what: &str) {
    let before = f.state();
    assert_eq!(
        try_signed_by(f, call, signed),
        Err(Err(InvokeError::Abort)),
        "{} {what} must be refused by the host",
        call.name
    );
    assert_eq!(f.state(), before, "{} {what} changed state", call.name);
}

/// Checks that exactly `signers` must sign `call`: with no signature, with any one of them
/// missing, or with any one replaced by another party of the fixture (signing the same
/// tree), the host refuses it and nothing changes; with all of them it succeeds, and the
/// host recorded exactly their signatures, in order, with the exact invocation trees.
pub(super) fn signers_are(f: &Fixture, call: &Call, signers: &[Signer]) {
    assert_host_refuses(f, call, &[], "with no signature");
    for (i, missing) in signers.iter().enumerate() {
        let others: StdVec<(&Address, &Signer)> = signers
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, s)| (&s.address, s))
            .collect();
        let missing_name = name_of(f, &missing.address);
        if !others.is_empty() {
            assert_host_refuses(f, call, &others, &std::format!("without {missing_name}"));
        }
        for (name, party) in f.parties.all() {
            if signers.iter().any(|s| s.address == party) {
                continue;
            }
            let mut replaced = others.clone();
            replaced.push((&party, missing));
            let what = std::format!("signed by {name} instead of {missing_name}");
            assert_host_refuses(f, call, &replaced, &what);
        }
    }

    let all: StdVec<(&Address, &Signer)> = signers.iter().map(|s| (&s.address, s)).collect();
    assert_eq!(
        try_signed_by(f, call, &all),
        Ok(()),
        "{} fully signed",
        call.name
    );
    let expected: StdVec<(Address, AuthorizedInvocation)> = signers
        .iter()
        .map(|s| {
            let sub_invocations = s
                .transfer
                .iter()
                .map(|(token, args)| AuthorizedInvocation {
                    function: AuthorizedFunction::Contract((
                        token.clone(),
                        Symbol::new(&f.env, "transfer"),
                        args.clone(),
                    )),
                    sub_invocations: std::vec![],
                })
                .collect();
            let invocation = AuthorizedInvocation {
                function: AuthorizedFunction::Contract((
                    f.contract.clone(),
                    Symbol::new(&f.env, call.name),
                    call.args.clone(),
                )),
                sub_invocations,
            };
            (s.address.clone(), invocation)
        })
        .collect();
    assert_eq!(f.env.auths(), expected, "{} signers recorded", call.name);
}

fn plain(addresses: &[&Address]) -> StdVec<Signer> {
    addresses.iter().map(|a| Signer::plain(a)).collect()
}

#[test]
fn create_escrow_is_signed_by_the_platform() {
    let f = Fixture::native();
    let new = f.new_escrow(&[100, 200]);
    let call = Call::new("create_escrow", (new.clone(),).into_val(&f.env), |c| {
        outcome(c.try_create_escrow(&new))
    });
    signers_are(&f, &call, &plain(&[&f.parties.platform]));
    assert_eq!(f.client.get_escrow(&1).total_amount, 300);
}

#[test]
fn fund_escrow_is_signed_by_the_funder_for_the_call_and_its_token_transfer() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let alice = f.parties.approver.clone();
    f.usdc.mint(&alice, 100);
    let call = Call::new(
        "fund_escrow",
        (id, alice.clone(), 100_i128).into_val(&f.env),
        |c| outcome(c.try_fund_escrow(&id, &alice, &100)),
    );
    let transfer = (alice.clone(), f.contract.clone(), 100_i128).into_val(&f.env);
    signers_are(
        &f,
        &call,
        &[Signer::with_transfer(&alice, &f.usdc.address, transfer)],
    );
    assert_eq!(f.client.get_escrow(&id).funded, 100);
}

#[test]
fn a_funder_signing_the_call_but_not_its_token_transfer_funds_nothing() {
    // The token refuses the transfer it was not authorized for; the escrow reports it as a
    // refused funding transfer and rolls everything back.
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let alice = f.parties.approver.clone();
    f.usdc.mint(&alice, 100);
    let call = Call::new(
        "fund_escrow",
        (id, alice.clone(), 100_i128).into_val(&f.env),
        |c| outcome(c.try_fund_escrow(&id, &alice, &100)),
    );
    let call_only = Signer::plain(&alice);
    let before = f.state();
    assert_eq!(
        try_signed_by(&f, &call, &[(&alice, &call_only)]),
        Err(Ok(Error::TokenTransferFailed))
    );
    assert_eq!(f.state(), before);
}

#[test]
fn change_milestone_status_is_signed_by_the_service_provider() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let evidence = Some(f.text("https://example.com/v1"));
    let notes = Some(f.text("done"));
    let status = MilestoneStatus::ForReview;
    let call = Call::new(
        "change_milestone_status",
        (id, 0_u32, status, evidence.clone(), notes.clone()).into_val(&f.env),
        |c| outcome(c.try_change_milestone_status(&id, &0, &status, &evidence, &notes)),
    );
    signers_are(&f, &call, &plain(&[&f.parties.service_provider]));
    assert_eq!(f.client.get_milestone(&id, &0).status, status);
}

#[test]
fn request_changes_is_signed_by_the_approver() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.submit(id, 0);
    let notes = Some(f.text("more contrast"));
    let call = Call::new(
        "request_changes",
        (id, 0_u32, notes.clone()).into_val(&f.env),
        |c| outcome(c.try_request_changes(&id, &0, &notes)),
    );
    signers_are(&f, &call, &plain(&[&f.parties.approver]));
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::ChangesRequested
    );
}

#[test]
fn approve_milestone_is_signed_by_the_approver() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.submit(id, 0);
    let call = Call::new("approve_milestone", (id, 0_u32).into_val(&f.env), |c| {
        outcome(c.try_approve_milestone(&id, &0))
    });
    signers_are(&f, &call, &plain(&[&f.parties.approver]));
    assert!(f.client.get_milestone(&id, &0).approved);
}

#[test]
fn release_milestone_is_signed_by_the_release_signer() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit_and_approve(id, 0);
    let call = Call::new("release_milestone", (id, 0_u32).into_val(&f.env), |c| {
        outcome(c.try_release_milestone(&id, &0))
    });
    signers_are(&f, &call, &plain(&[&f.parties.release_signer]));
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}

#[test]
fn dispute_milestone_is_signed_by_the_caller_it_names() {
    for caller_is_approver in [true, false] {
        let f = Fixture::native();
        let id = f.create(&f.new_escrow(&[100]));
        f.submit(id, 0);
        let caller = if caller_is_approver {
            f.parties.approver.clone()
        } else {
            // The provider disputes only after a change request.
            f.client.mock_all_auths().request_changes(&id, &0, &None);
            f.parties.service_provider.clone()
        };
        let reason = f.text("late");
        let call = Call::new(
            "dispute_milestone",
            (id, 0_u32, caller.clone(), reason.clone()).into_val(&f.env),
            |c| outcome(c.try_dispute_milestone(&id, &0, &caller, &reason)),
        );
        // The other party's signature does not dispute in the caller's name.
        signers_are(&f, &call, &plain(&[&caller]));
        assert_eq!(
            f.client.get_milestone(&id, &0).status,
            MilestoneStatus::Disputed
        );
    }
}

#[test]
fn resolve_dispute_is_signed_by_the_dispute_resolver() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit(id, 0);
    f.dispute(id, 0);
    let call = Call::new(
        "resolve_dispute",
        (id, 0_u32, 40_i128).into_val(&f.env),
        |c| outcome(c.try_resolve_dispute(&id, &0, &40)),
    );
    signers_are(&f, &call, &plain(&[&f.parties.dispute_resolver]));
    assert_eq!(f.usdc.balance(&f.parties.receiver), 39);
}

#[test]
fn claim_milestone_is_signed_by_the_service_provider() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit(id, 0);
    f.advance_time(REVIEW_PERIOD);
    let call = Call::new("claim_milestone", (id, 0_u32).into_val(&f.env), |c| {
        outcome(c.try_claim_milestone(&id, &0))
    });
    signers_are(&f, &call, &plain(&[&f.parties.service_provider]));
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}

#[test]
fn cancel_milestone_is_signed_by_the_approver() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.advance_time(DEADLINE_STEP);
    let call = Call::new("cancel_milestone", (id, 0_u32).into_val(&f.env), |c| {
        outcome(c.try_cancel_milestone(&id, &0))
    });
    signers_are(&f, &call, &plain(&[&f.parties.approver]));
    assert_eq!(f.usdc.balance(&f.parties.approver), 100);
}

#[test]
fn settle_milestone_is_signed_by_the_approver_and_the_service_provider() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit(id, 0);
    let call = Call::new(
        "settle_milestone",
        (id, 0_u32, 40_i128).into_val(&f.env),
        |c| outcome(c.try_settle_milestone(&id, &0, &40)),
    );
    // Either alone is refused: each is the other one missing.
    let p = &f.parties;
    signers_are(&f, &call, &plain(&[&p.approver, &p.service_provider]));
    assert_eq!(f.usdc.balance(&p.receiver), 39);
    assert_eq!(f.usdc.balance(&p.approver), 60);
}

#[test]
fn expire_dispute_is_signed_by_the_caller_it_names() {
    for caller_is_approver in [true, false] {
        let f = Fixture::native();
        let id = f.create_funded(&[100]);
        f.submit(id, 0);
        f.dispute(id, 0);
        f.advance_time(RESOLUTION_PERIOD);
        let caller = if caller_is_approver {
            f.parties.approver.clone()
        } else {
            f.parties.service_provider.clone()
        };
        let call = Call::new(
            "expire_dispute",
            (id, 0_u32, caller.clone()).into_val(&f.env),
            |c| outcome(c.try_expire_dispute(&id, &0, &caller)),
        );
        signers_are(&f, &call, &plain(&[&caller]));
        assert_eq!(
            f.client.get_milestone(&id, &0).status,
            MilestoneStatus::Resolved
        );
    }
}

#[test]
fn approve_and_release_is_signed_by_the_approver_and_the_release_signer() {
    let f = Fixture::native();
    let id = f.create_funded(&[100, 200]);
    f.submit(id, 0);
    f.submit_and_approve(id, 1);
    let indices = vec![&f.env, 0_u32, 1];
    let call = Call::new(
        "approve_and_release",
        (id, indices.clone()).into_val(&f.env),
        |c| outcome(c.try_approve_and_release(&id, &indices)),
    );
    let p = &f.parties;
    signers_are(&f, &call, &plain(&[&p.approver, &p.release_signer]));
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 195);
}

#[test]
fn approve_and_release_needs_one_signature_when_the_approver_is_the_release_signer() {
    let f = Fixture::native();
    let mut new = f.new_escrow(&[100]);
    new.roles.release_signer = f.parties.approver.clone();
    let id = f.create(&new);
    f.fund(id, 100);
    f.submit(id, 0);
    let indices = vec![&f.env, 0_u32];
    let call = Call::new(
        "approve_and_release",
        (id, indices.clone()).into_val(&f.env),
        |c| outcome(c.try_approve_and_release(&id, &indices)),
    );
    // The former release signer has no role in this escrow any more.
    signers_are(&f, &call, &plain(&[&f.parties.approver]));
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}

#[test]
fn add_milestones_is_signed_by_the_platform_the_approver_and_the_service_provider() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    let more = f.new_milestones(&[50, 60]);
    let call = Call::new("add_milestones", (id, more.clone()).into_val(&f.env), |c| {
        outcome(c.try_add_milestones(&id, &more))
    });
    let p = &f.parties;
    signers_are(
        &f,
        &call,
        &plain(&[&p.platform, &p.approver, &p.service_provider]),
    );
    assert_eq!(f.client.get_escrow(&id).milestone_count, 3);
}

#[test]
fn add_milestones_needs_one_signature_per_address() {
    let f = Fixture::native();
    let mut new = f.new_escrow(&[100]);
    new.roles.platform = f.parties.approver.clone();
    let id = f.create(&new);
    let more = f.new_milestones(&[50]);
    let call = Call::new("add_milestones", (id, more.clone()).into_val(&f.env), |c| {
        outcome(c.try_add_milestones(&id, &more))
    });
    let p = &f.parties;
    signers_are(&f, &call, &plain(&[&p.approver, &p.service_provider]));
    assert_eq!(f.client.get_escrow(&id).milestone_count, 2);
}

#[test]
fn transfer_role_is_signed_by_the_holder_and_the_new_address() {
    for role in [
        Role::Approver,
        Role::ServiceProvider,
        Role::Platform,
        Role::ReleaseSigner,
        Role::Receiver,
    ] {
        let f = Fixture::native();
        let id = f.create(&f.new_escrow(&[100]));
        let p = &f.parties;
        let holder = match role {
            Role::Approver => &p.approver,
            Role::ServiceProvider => &p.service_provider,
            Role::Platform => &p.platform,
            Role::ReleaseSigner => &p.release_signer,
            Role::Receiver => &p.receiver,
            Role::DisputeResolver => unreachable!(),
        };
        let new_address = Address::generate(&f.env);
        let call = Call::new(
            "transfer_role",
            (id, role, new_address.clone()).into_val(&f.env),
            |c| outcome(c.try_transfer_role(&id, &role, &new_address)),
        );
        signers_are(&f, &call, &plain(&[holder, &new_address]));
        let roles = f.client.get_escrow(&id).roles;
        let now_held = match role {
            Role::Approver => roles.approver,
            Role::ServiceProvider => roles.service_provider,
            Role::Platform => roles.platform,
            Role::ReleaseSigner => roles.release_signer,
            Role::Receiver => roles.receiver,
            Role::DisputeResolver => unreachable!(),
        };
        assert_eq!(now_held, new_address, "{role:?}");
    }
}

#[test]
fn the_dispute_resolver_is_replaced_by_both_parties_and_the_new_address_not_by_itself() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let p = &f.parties;
    let new_resolver = Address::generate(&f.env);
    let call = Call::new(
        "transfer_role",
        (id, Role::DisputeResolver, new_resolver.clone()).into_val(&f.env),
        |c| outcome(c.try_transfer_role(&id, &Role::DisputeResolver, &new_resolver)),
    );
    // Replacing any one of the three by the old resolver is refused too.
    signers_are(
        &f,
        &call,
        &plain(&[&p.approver, &p.service_provider, &new_resolver]),
    );
    assert_eq!(
        f.client.get_escrow(&id).roles.dispute_resolver,
        new_resolver
    );
}

#[test]
fn withdraw_is_signed_by_the_recipient() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    let p = &f.parties;
    f.submit_and_approve(id, 0);
    f.usdc.freeze(&p.receiver);
    f.client.mock_all_auths().release_milestone(&id, &0);
    f.usdc.unfreeze(&p.receiver);
    assert_eq!(f.client.claimable(&p.receiver, &f.usdc.address), 98);
    let call = Call::new(
        "withdraw",
        (p.receiver.clone(), f.usdc.address.clone()).into_val(&f.env),
        |c| outcome(c.try_withdraw(&p.receiver, &f.usdc.address)),
    );
    signers_are(&f, &call, &plain(&[&p.receiver]));
    assert_eq!(f.usdc.balance(&p.receiver), 98);
}

#[test]
fn set_admin_is_signed_by_the_admin_and_the_new_admin() {
    let f = Fixture::native();
    let new_admin = Address::generate(&f.env);
    let call = Call::new("set_admin", (new_admin.clone(),).into_val(&f.env), |c| {
        outcome(c.try_set_admin(&new_admin))
    });
    signers_are(&f, &call, &plain(&[&f.parties.admin, &new_admin]));
    assert_eq!(f.client.admin(), new_admin);
}

/// The smallest wasm the host accepts as contract code: a module with no functions and the
/// contract environment's interface version.
fn empty_contract_wasm(f: &Fixture) -> BytesN<32> {
    use xdr::WriteXdr as _;
    let meta =
        xdr::ScEnvMetaEntry::ScEnvMetaKindInterfaceVersion(xdr::ScEnvMetaEntryInterfaceVersion {
            protocol: 28,
            pre_release: 0,
        })
        .to_xdr(xdr::Limits::none())
        .unwrap();
    let name = b"contractenvmetav0";
    let mut section = std::vec![name.len() as u8];
    section.extend_from_slice(name);
    section.extend_from_slice(&meta);
    // Magic, version 1, then one custom section (id 0) whose size fits one LEB128 byte.
    let mut wasm = std::vec![0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, section.len() as u8];
    wasm.extend_from_slice(&section);
    f.env
        .deployer()
        .upload_contract_wasm(Bytes::from_slice(&f.env, &wasm))
}

#[test]
fn upgrade_is_signed_by_the_admin() {
    let f = Fixture::native();
    f.create_funded(&[100]);
    let hash = empty_contract_wasm(&f);
    let call = Call::new("upgrade", (hash.clone(),).into_val(&f.env), |c| {
        outcome(c.try_upgrade(&hash))
    });
    signers_are(&f, &call, &plain(&[&f.parties.admin]));
    // The code was replaced: the empty module has no `admin` function.
    assert!(f.client.try_admin().is_err());
}

#[test]
fn reads_and_extend_ttl_need_no_signature() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    let c = &f.client;
    let p = &f.parties;
    let reads: [(&str, Outcome); 6] = [
        ("get_escrow", outcome(c.try_get_escrow(&id))),
        ("get_milestone", outcome(c.try_get_milestone(&id, &0))),
        ("get_milestones", outcome(c.try_get_milestones(&id))),
        (
            "claimable",
            outcome(c.try_claimable(&p.receiver, &f.usdc.address)),
        ),
        ("admin", outcome(c.try_admin())),
        ("extend_ttl", outcome(c.try_extend_ttl(&id))),
    ];
    for (name, result) in reads {
        assert_eq!(result, Ok(()), "{name} without any signature");
    }
    f.client.extend_ttl(&id);
    assert!(f.env.auths().is_empty());
}

#[test]
fn the_constructor_needs_no_signature_of_the_admin() {
    let f = Fixture::native();
    let admin = Address::generate(&f.env);
    let contract = f.env.register(EscrowContract, (admin.clone(),));
    assert!(f.env.auths().is_empty());
    assert_eq!(EscrowContractClient::new(&f.env, &contract).admin(), admin);
}

#[test]
fn roles_are_read_from_storage_not_from_the_caller() {
    // A second escrow whose roles are all the outsider's but the resolver's: its signing
    // rights do not reach into the first escrow.
    let f = Fixture::native();
    let first = f.create(&f.new_escrow(&[100]));
    let mut other = f.new_escrow(&[100]);
    let o = f.parties.outsider.clone();
    other.roles.approver = o.clone();
    other.roles.service_provider = Address::generate(&f.env);
    other.roles.platform = o.clone();
    other.roles.release_signer = o.clone();
    other.roles.receiver = o.clone();
    f.create(&other);
    let status = MilestoneStatus::ForReview;
    let call = Call::new(
        "change_milestone_status",
        (first, 0_u32, status, None::<String>, None::<String>).into_val(&f.env),
        |c| outcome(c.try_change_milestone_status(&first, &0, &status, &None, &None)),
    );
    let as_outsider = Signer::plain(&o);
    assert_host_refuses(
        &f,
        &call,
        &[(&o, &as_outsider)],
        "signed by another escrow's roles",
    );
    let call = Call::new("approve_milestone", (first, 0_u32).into_val(&f.env), |c| {
        outcome(c.try_approve_milestone(&first, &0))
    });
    f.submit(first, 0);
    assert_host_refuses(
        &f,
        &call,
        &[(&o, &as_outsider)],
        "signed by another escrow's approver",
    );
}
