//! Upgrade to a genuinely different build: the shipped escrow is replaced by `escrow-next` (the v2 escrow plus `version`), and back; every escrow, milestone (what each holds included), credit and balance survives and keeps working, the new code runs on the old state, `ContractUpgraded` is published, only the admin can upgrade, and after `set_admin` only the new admin can.

use escrow::{
    testutils::{shipped_wasm, shipped_wasm_path, Fixture, DEADLINE_STEP, RESOLUTION_PERIOD},
    AdminChanged, ContractUpgraded, MilestoneStatus,
};
use soroban_sdk::{
    testutils::{Address as _, Events as _, MockAuth, MockAuthInvoke},
    vec, xdr, Address, BytesN, Event, IntoVal, Symbol, Val, Vec,
};

/// The second build, `escrow-next`, next to the shipped wasm:
/// `cargo build --release --target wasm32v1-none -p escrow-next` (or `make build`).
fn next_wasm() -> std::vec::Vec<u8> {
    let path = shipped_wasm_path().with_file_name("escrow_next.wasm");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; build it with \
             `cargo build --release --target wasm32v1-none -p escrow-next`",
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

/// The events the last call published from the escrow contract.
fn escrow_events(f: &Fixture) -> std::vec::Vec<xdr::ContractEvent> {
    f.env
        .events()
        .all()
        .filter_by_contract(&f.contract)
        .events()
        .to_vec()
}

/// Upgrades to `hash`, signed by `admin` only; first checks that every party of the fixture
/// but `admin` (the first admin included) is refused and leaves everything as it was.
fn upgrade_as_admin_only(f: &Fixture, hash: &BytesN<32>, admin: &Address) {
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: "upgrade",
        args: (hash.clone(),).into_val(&f.env),
        sub_invokes: &[],
    };
    let before = f.state();
    for (_, who) in f.parties.all().iter().filter(|(_, who)| who != admin) {
        let auths = [MockAuth {
            address: who,
            invoke: &invoke,
        }];
        assert!(
            f.client.mock_auths(&auths).try_upgrade(hash).is_err(),
            "{who:?} must not upgrade"
        );
        assert_eq!(f.state(), before);
    }
    assert!(f.client.try_upgrade(hash).is_err(), "nobody's signature");
    let auths = [MockAuth {
        address: admin,
        invoke: &invoke,
    }];
    f.client.mock_auths(&auths).upgrade(hash);
    assert_eq!(
        escrow_events(f),
        [ContractUpgraded {
            new_wasm_hash: hash.clone(),
        }
        .to_xdr(&f.env, &f.contract)]
    );
    assert_eq!(f.state(), before, "the upgrade itself changes no escrow");
}

#[test]
fn upgrading_to_a_second_build_keeps_every_escrow_and_runs_new_code_on_old_state() {
    let f = Fixture::wasm();
    let p = f.parties.clone();
    let c = f.client.mock_all_auths();
    let usdc = f.usdc.address.clone();
    let designer = Address::generate(&f.env);

    // Escrows in every state, in both tokens.
    // Cancelled: its deadline passed undelivered, refunded to Alice.
    let cancelled = f.create_funded(&[80]);
    f.advance_time(DEADLINE_STEP);
    c.cancel_milestone(&cancelled, &0);
    // One milestone released, one pending.
    let released = f.create_funded(&[100, 200]);
    f.submit_and_approve(released, 0);
    c.release_milestone(&released, &0);
    // Approved, awaiting the release signer.
    let approved = f.create_funded(&[300]);
    f.submit_and_approve(approved, 0);
    // Approved work disputed by Alice: a silent resolver pays it in full.
    let disputed = f.create_funded(&[400, 50]);
    f.submit_and_approve(disputed, 0);
    c.dispute_milestone(&disputed, &0, &p.approver, &f.text("Changed my mind"));
    // In EURC, partly funded (milestone 1 holds 10 of 30), changes requested on milestone 0,
    // milestone 1 paying the designer.
    let mut new = f.new_escrow(&[70, 30]);
    new.token = f.eurc.address.clone();
    let mut second = new.milestones.get(1).unwrap();
    second.receiver = Some(designer.clone());
    new.milestones.set(1, second);
    let partly = f.create(&new);
    f.eurc.mint(&p.approver, 80);
    c.fund_escrow(&partly, &p.approver, &80);
    f.submit(partly, 0);
    c.request_changes(&partly, &0, &Some(f.text("Fix the footer")));
    // Released to a frozen receiver: credited.
    let credited = f.create_funded(&[60]);
    f.usdc.freeze(&p.receiver);
    f.submit_and_approve(credited, 0);
    c.release_milestone(&credited, &0);
    f.usdc.unfreeze(&p.receiver);
    assert_eq!(f.client.claimable(&p.receiver, &usdc), 59);
    assert_eq!(f.client.get_milestone(&partly, &1).held, 10);
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
    upgrade_as_admin_only(&f, &next, &p.admin);
    assert_eq!(version(&f), Some(2), "the new code runs");
    assert_eq!(f.client.get_milestone(&partly, &1).held, 10);
    assert_eq!(
        f.client.get_milestone(&disputed, &0).status,
        MilestoneStatus::Disputed
    );

    // Everything keeps working on the new code.
    c.release_milestone(&approved, &0);
    f.submit_and_approve(released, 1);
    c.release_milestone(&released, &1);
    // The dispute of approved work kept its origin: the fallback pays all of it.
    f.advance_time(RESOLUTION_PERIOD);
    c.expire_dispute(&disputed, &0, &p.service_provider);
    f.eurc.mint(&p.approver, 20);
    c.fund_escrow(&partly, &p.approver, &20);
    f.submit(partly, 0);
    f.submit(partly, 1);
    c.approve_and_release(&partly, &vec![&f.env, 0u32, 1]);
    assert_eq!(c.withdraw(&p.receiver, &usdc), 59);
    let fresh = f.create_funded(&[5]);
    assert_eq!(fresh, credited + 1, "ids continue");
    c.extend_ttl(&fresh);
    f.assert_tokens_accounted();
    assert_eq!(
        f.client.get_milestone(&disputed, &0).status,
        MilestoneStatus::Resolved
    );

    // The upgrade right handed to a new admin: both sign, either missing is refused.
    let new_admin = Address::generate(&f.env);
    let args: Vec<Val> = (new_admin.clone(),).into_val(&f.env);
    let invoke = MockAuthInvoke {
        contract: &f.contract,
        fn_name: "set_admin",
        args: args.clone(),
        sub_invokes: &[],
    };
    for alone in [&p.admin, &new_admin] {
        let auths = [MockAuth {
            address: alone,
            invoke: &invoke,
        }];
        assert!(f
            .client
            .mock_auths(&auths)
            .try_set_admin(&new_admin)
            .is_err());
        assert_eq!(f.client.admin(), p.admin);
    }
    let auths = [
        MockAuth {
            address: &p.admin,
            invoke: &invoke,
        },
        MockAuth {
            address: &new_admin,
            invoke: &invoke,
        },
    ];
    f.client.mock_auths(&auths).set_admin(&new_admin);
    f.assert_signed_by(&[&p.admin, &new_admin], "set_admin", args);
    assert_eq!(
        escrow_events(&f),
        [AdminChanged {
            old_admin: p.admin.clone(),
            new_admin: new_admin.clone(),
        }
        .to_xdr(&f.env, &f.contract)]
    );
    assert_eq!(f.client.admin(), new_admin);

    // Back to the shipped build, by the new admin only (the old one is refused): still the
    // same state, `version` gone.
    upgrade_as_admin_only(&f, &shipped, &new_admin);
    assert_eq!(version(&f), None);
    f.submit(disputed, 1);
    f.dispute(disputed, 1);
    c.resolve_dispute(&disputed, &1, &50);
    f.assert_tokens_accounted();

    // 2.5 % fees, rounded down: 100 → 98 + 2, 200 → 195 + 5, 300 → 293 + 7, 400 → 390 + 10,
    // 60 → 59 + 1, 50 → 49 + 1; Alice had 80 back.
    assert_eq!(f.usdc.balance(&p.receiver), 98 + 195 + 293 + 390 + 59 + 49);
    assert_eq!(f.usdc.balance(&p.platform), 2 + 5 + 7 + 10 + 1 + 1);
    assert_eq!(f.usdc.balance(&p.approver), 80);
    assert_eq!(f.usdc.balance(&f.contract), 5);
    // 70 → 69 + 1; 30 → 30 + 0.
    assert_eq!(f.eurc.balance(&p.receiver), 69);
    assert_eq!(f.eurc.balance(&designer), 30);
    assert_eq!(f.eurc.balance(&p.platform), 1);
    assert_eq!(f.eurc.balance(&f.contract), 0);
    for (_, who) in p.all() {
        assert_eq!(f.client.claimable(&who, &usdc), 0);
    }
}
