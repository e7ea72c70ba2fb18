//! Upgrade to a genuinely different build: the shipped escrow is replaced by `escrow-next`
//! (the same entry points plus `version`, built by `make build`). Every escrow, milestone and
//! balance survives and keeps working, the new code runs on the old state, only the admin can
//! upgrade, and upgrading back works the same way.

use escrow::{
    testutils::{shipped_wasm, shipped_wasm_path, Fixture},
    MilestoneStatus,
};
use soroban_sdk::{
    testutils::{MockAuth, MockAuthInvoke},
    BytesN, IntoVal, Symbol, Val, Vec,
};

fn next_wasm() -> std::vec::Vec<u8> {
    let path = shipped_wasm_path().with_file_name("escrow_next.wasm");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; build it with `make build`",
            path.display()
        )
    })
}

/// Calls `version`, which only the second build has.
fn version(f: &Fixture) -> Option<u32> {
    let args: Vec<Val> = Vec::new(&f.env);
    match f.env.try_invoke_contract::<u32, soroban_sdk::Error>(
        &f.contract,
        &Symbol::new(&f.env, "version"),
        args,
    ) {
        Ok(Ok(v)) => Some(v),
        _ => None,
    }
}

/// Upgrades to `hash`, signed by the admin only; first checks every other party is refused
/// and leaves everything as it was.
fn upgrade_as_admin_only(f: &Fixture, hash: &BytesN<32>) {
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: "upgrade",
        args: (hash.clone(),).into_val(&f.env),
        sub_invokes: &[],
    };
    let before = f.state();
    for (name, who) in f.parties.all() {
        if who == f.parties.admin {
            continue;
        }
        let auths = [MockAuth {
            address: &who,
            invoke: &invoke,
        }];
        assert!(
            f.client.mock_auths(&auths).try_upgrade(hash).is_err(),
            "{name} must not upgrade"
        );
        assert_eq!(f.state(), before);
    }
    let auths = [MockAuth {
        address: &f.parties.admin,
        invoke: &invoke,
    }];
    f.client.mock_auths(&auths).upgrade(hash);
    assert_eq!(f.state(), before, "the upgrade itself changes no escrow");
}

#[test]
fn upgrading_to_a_second_build_keeps_every_escrow_and_runs_new_code_on_old_state() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();

    // Escrows in every state, in both tokens.
    let released = f.create_funded(&[100, 200]);
    f.submit_and_approve(released, 0);
    c.release_milestone(&released, &0);
    let approved = f.create_funded(&[300]);
    f.submit_and_approve(approved, 0);
    let disputed = f.create_funded(&[400, 50]);
    f.dispute(disputed, 0);
    let mut in_eurc = f.new_escrow(&[70, 30]);
    in_eurc.token = f.eurc.address.clone();
    let in_eurc = f.create(&in_eurc);
    f.eurc.mint(&p.approver, 70);
    c.fund_escrow(&in_eurc, &p.approver, &70);
    f.submit(in_eurc, 1);
    f.assert_tokens_accounted();
    assert_eq!(version(&f), None, "the shipped build has no `version`");

    let next = f
        .env
        .deployer()
        .upload_contract_wasm(next_wasm().as_slice());
    let shipped = f
        .env
        .deployer()
        .upload_contract_wasm(shipped_wasm().as_slice());
    assert_ne!(next, shipped, "a genuinely different build");
    upgrade_as_admin_only(&f, &next);
    assert_eq!(version(&f), Some(2), "the new code runs");

    // Everything keeps working on the new code.
    c.release_milestone(&approved, &0);
    c.resolve_dispute(&disputed, &0, &100);
    f.submit_and_approve(released, 1);
    c.release_milestone(&released, &1);
    f.eurc.mint(&p.approver, 30);
    c.fund_escrow(&in_eurc, &p.approver, &30);
    c.approve_milestone(&in_eurc, &1);
    c.release_milestone(&in_eurc, &1);
    let fresh = f.create_funded(&[5]);
    assert_eq!(fresh, in_eurc + 1, "ids continue");
    c.extend_ttl(&fresh);
    f.assert_tokens_accounted();
    assert_eq!(
        f.client.get_milestone(&disputed, &0).status,
        MilestoneStatus::Resolved
    );
    // 2.5 % fees: 100 → 98 + 2, 300 → 293 + 7, 100 of 400 → 98 + 2 (300 back), 200 → 195 + 5.
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 293 + 98 + 195);
    assert_eq!(f.usdc.balance(&p.platform), 2 + 7 + 2 + 5);
    assert_eq!(f.usdc.balance(&p.approver), 300);
    // 2.5 % of 30 rounds down to 0.
    assert_eq!(f.eurc.balance(&p.receiver), 30);

    // And back to the shipped build: still the same state, `version` gone.
    upgrade_as_admin_only(&f, &shipped);
    assert_eq!(version(&f), None);
    c.dispute_milestone(&disputed, &1, &p.service_provider, &f.text("late"));
    c.resolve_dispute(&disputed, &1, &50);
    f.assert_tokens_accounted();
}
