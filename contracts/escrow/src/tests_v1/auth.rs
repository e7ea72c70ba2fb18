//! Who signs. For every mutating entry point: the host records exactly one signer, with the
//! exact invocation; that signer's signature alone is enough; nobody else's is, and no
//! signature at all is refused, each refused call leaving everything as it was. `upgrade`,
//! which needs a wasm to upgrade to, is tested the same way on the shipped wasm
//! (`integration-tests/tests/wasm_lifecycle.rs`).

extern crate std;

use soroban_sdk::{
    testutils::{AuthorizedFunction, AuthorizedInvocation, MockAuth, MockAuthInvoke},
    Address, IntoVal, String, Symbol, Val, Vec,
};

use crate::{testutils::Fixture, EscrowContractClient, MilestoneStatus};

/// One mutating call: its name, its arguments, and how to try it on a client.
struct Call<'f> {
    name: &'static str,
    args: Vec<Val>,
    /// Whether the call succeeded.
    try_call: std::boxed::Box<dyn Fn(&EscrowContractClient) -> bool + 'f>,
}

/// Runs `call` as every party but `signer` (each signing exactly this invocation), then with
/// no signature, then as `signer`, and checks who the host recorded.
fn only_signer_is(f: &Fixture, signer: &Address, call: Call, token_transfer: Option<Vec<Val>>) {
    let transfer_invoke = token_transfer.as_ref().map(|args| MockAuthInvoke {
        contract: &f.usdc.address,
        fn_name: "transfer",
        args: args.clone(),
        sub_invokes: &[],
    });
    let sub_invokes = match &transfer_invoke {
        Some(t) => std::slice::from_ref(t),
        None => &[],
    };
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: call.name,
        args: call.args.clone(),
        sub_invokes,
    };

    for (name, who) in f.parties.all() {
        if who == *signer {
            continue;
        }
        let before = f.state();
        let auths = [MockAuth {
            address: &who,
            invoke: &invoke,
        }];
        let signed_by_other = f.client.mock_auths(&auths);
        assert!(
            !(call.try_call)(&signed_by_other),
            "{} must not accept the signature of {name}",
            call.name
        );
        assert_eq!(f.state(), before, "{} refused as {name}", call.name);
    }
    let before = f.state();
    assert!(
        !(call.try_call)(&f.client),
        "{} needs a signature",
        call.name
    );
    assert_eq!(f.state(), before);

    let auths = [MockAuth {
        address: signer,
        invoke: &invoke,
    }];
    let signed = f.client.mock_auths(&auths);
    assert!(
        (call.try_call)(&signed),
        "{} signed by its signer",
        call.name
    );
    let sub_invocations = match token_transfer {
        Some(args) => std::vec![AuthorizedInvocation {
            function: AuthorizedFunction::Contract((
                f.usdc.address.clone(),
                Symbol::new(&f.env, "transfer"),
                args,
            )),
            sub_invocations: std::vec![],
        }],
        None => std::vec![],
    };
    assert_eq!(
        f.env.auths(),
        std::vec![(
            signer.clone(),
            AuthorizedInvocation {
                function: AuthorizedFunction::Contract((
                    f.contract.clone(),
                    Symbol::new(&f.env, call.name),
                    call.args,
                )),
                sub_invocations,
            }
        )]
    );
}

#[test]
fn create_escrow_is_signed_by_the_platform() {
    let f = Fixture::native();
    let new = f.new_escrow(&[100, 200]);
    let call = Call {
        name: "create_escrow",
        args: (new.clone(),).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_create_escrow(&new).is_ok()),
    };
    only_signer_is(&f, &f.parties.platform, call, None);
    assert_eq!(f.client.get_escrow(&1).total_amount, 300);
}

#[test]
fn fund_escrow_is_signed_by_the_funder_for_the_call_and_the_transfer() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let alice = f.parties.approver.clone();
    f.usdc.mint(&alice, 100);
    let call = Call {
        name: "fund_escrow",
        args: (id, alice.clone(), 100_i128).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_fund_escrow(&id, &alice, &100).is_ok()),
    };
    let transfer = (alice.clone(), f.contract.clone(), 100_i128).into_val(&f.env);
    only_signer_is(&f, &alice, call, Some(transfer));
    assert_eq!(f.client.get_escrow(&id).funded, 100);
}

#[test]
fn change_milestone_status_is_signed_by_the_stored_service_provider() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    let evidence: Option<String> = Some(f.text("https://example.com/v1"));
    let notes: Option<String> = Some(f.text("done"));
    let status = MilestoneStatus::ForReview;
    let call = Call {
        name: "change_milestone_status",
        args: (id, 0_u32, status, evidence.clone(), notes.clone()).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| {
            c.try_change_milestone_status(&id, &0, &status, &evidence, &notes)
                .is_ok()
        }),
    };
    only_signer_is(&f, &f.parties.service_provider, call, None);
    assert_eq!(f.client.get_milestone(&id, &0).status, status);
}

#[test]
fn request_changes_is_signed_by_the_stored_approver() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.submit(id, 0);
    let notes: Option<String> = Some(f.text("more contrast"));
    let call = Call {
        name: "request_changes",
        args: (id, 0_u32, notes.clone()).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_request_changes(&id, &0, &notes).is_ok()),
    };
    only_signer_is(&f, &f.parties.approver, call, None);
    assert_eq!(
        f.client.get_milestone(&id, &0).status,
        MilestoneStatus::ChangesRequested
    );
}

#[test]
fn approve_milestone_is_signed_by_the_stored_approver() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.submit(id, 0);
    let call = Call {
        name: "approve_milestone",
        args: (id, 0_u32).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_approve_milestone(&id, &0).is_ok()),
    };
    only_signer_is(&f, &f.parties.approver, call, None);
    assert!(f.client.get_milestone(&id, &0).approved);
}

#[test]
fn release_milestone_is_signed_by_the_stored_release_signer() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.submit_and_approve(id, 0);
    let call = Call {
        name: "release_milestone",
        args: (id, 0_u32).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_release_milestone(&id, &0).is_ok()),
    };
    only_signer_is(&f, &f.parties.release_signer, call, None);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 98);
}

#[test]
fn dispute_milestone_is_signed_by_the_caller_it_names() {
    for party in ["approver", "service_provider"] {
        let f = Fixture::native();
        let id = f.create(&f.new_escrow(&[100]));
        let caller = match party {
            "approver" => f.parties.approver.clone(),
            _ => f.parties.service_provider.clone(),
        };
        let reason = f.text("late");
        let call = Call {
            name: "dispute_milestone",
            args: (id, 0_u32, caller.clone(), reason.clone()).into_val(&f.env),
            try_call: std::boxed::Box::new(|c| {
                c.try_dispute_milestone(&id, &0, &caller, &reason).is_ok()
            }),
        };
        only_signer_is(&f, &caller, call, None);
        assert_eq!(
            f.client.get_milestone(&id, &0).status,
            MilestoneStatus::Disputed
        );
    }
}

#[test]
fn resolve_dispute_is_signed_by_the_stored_dispute_resolver() {
    let f = Fixture::native();
    let id = f.create_funded(&[100]);
    f.dispute(id, 0);
    let call = Call {
        name: "resolve_dispute",
        args: (id, 0_u32, 40_i128).into_val(&f.env),
        try_call: std::boxed::Box::new(|c| c.try_resolve_dispute(&id, &0, &40).is_ok()),
    };
    only_signer_is(&f, &f.parties.dispute_resolver, call, None);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 39);
}

#[test]
fn roles_are_read_from_storage_not_from_the_caller() {
    // A second escrow whose roles are all the outsider's except the resolver: its signer
    // rights do not leak into the first escrow.
    let f = Fixture::native();
    let first = f.create(&f.new_escrow(&[100]));
    let mut other = f.new_escrow(&[100]);
    let o = f.parties.outsider.clone();
    other.roles.approver = o.clone();
    other.roles.service_provider = o.clone();
    other.roles.platform = o.clone();
    other.roles.release_signer = o.clone();
    other.roles.receiver = o.clone();
    f.create(&other);
    let status = MilestoneStatus::ForReview;
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: "change_milestone_status",
        args: (first, 0_u32, status, None::<String>, None::<String>).into_val(&f.env),
        sub_invokes: &[],
    };
    let before = f.state();
    let result = f
        .client
        .mock_auths(&[MockAuth {
            address: &o,
            invoke: &invoke,
        }])
        .try_change_milestone_status(&first, &0, &status, &None, &None);
    assert!(result.is_err());
    assert_eq!(f.state(), before);
}

#[test]
fn extend_ttl_needs_no_signature() {
    let f = Fixture::native();
    let id = f.create(&f.new_escrow(&[100]));
    f.client.extend_ttl(&id);
    assert!(f.env.auths().is_empty());
}
