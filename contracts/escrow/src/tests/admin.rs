//! The upgrade right: `admin`, `set_admin` (both admins sign, `AdminChanged`) and `upgrade`
//! (only the admin of the moment, `ContractUpgraded`, escrows keep their state).

use soroban_sdk::{testutils::Address as _, xdr::ScErrorType, Address, BytesN, IntoVal};

use super::{as_published, contract_events};
use crate::{testutils::Fixture, AdminChanged, ContractUpgraded, EscrowContract};

#[test]
fn the_admin_is_the_address_the_contract_was_deployed_with() {
    let f = Fixture::native();
    assert_eq!(f.client.admin(), f.parties.admin);
}

#[test]
fn set_admin_hands_the_upgrade_right_over_with_both_admins_signing() {
    let f = Fixture::native();
    let old = f.parties.admin.clone();
    let new = Address::generate(&f.env);
    let args = (new.clone(),).into_val(&f.env);

    f.sign_next(&[&old, &new], "set_admin", args);
    f.client.set_admin(&new);

    f.assert_signed_by(&[&old, &new], "set_admin", (new.clone(),).into_val(&f.env));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&AdminChanged {
                old_admin: old,
                new_admin: new.clone(),
            }]
        )
    );
    assert_eq!(f.client.admin(), new);
}

#[test]
fn set_admin_is_refused_without_either_signature() {
    let f = Fixture::native();
    let old = f.parties.admin.clone();
    let new = Address::generate(&f.env);
    for signers in [&[&old][..], &[&new][..], &[][..]] {
        f.sign_next(signers, "set_admin", (new.clone(),).into_val(&f.env));
        f.assert_refused_unsigned(|| f.client.try_set_admin(&new));
        assert_eq!(f.client.admin(), old, "the admin stays");
    }
    // Another party cannot stand in for the admin either.
    let outsider = f.parties.outsider.clone();
    f.sign_next(
        &[&outsider, &new],
        "set_admin",
        (new.clone(),).into_val(&f.env),
    );
    f.assert_refused_unsigned(|| f.client.try_set_admin(&new));
    assert_eq!(f.client.admin(), old);
}

/// A wasm hash the host can upgrade to: this crate's contract, uploaded as if it were a wasm.
fn uploaded_code(f: &Fixture) -> BytesN<32> {
    f.env.upload(EscrowContract)
}

#[test]
fn upgrade_publishes_contract_upgraded_and_every_escrow_keeps_its_state() {
    let f = Fixture::native();
    let id = f.create_funded(&[1_000, 2_000]);
    f.submit_and_approve(id, 0);
    let hash = uploaded_code(&f);
    let admin = f.parties.admin.clone();
    let before = f.state();

    f.sign_next(&[&admin], "upgrade", (hash.clone(),).into_val(&f.env));
    f.client.upgrade(&hash);

    f.assert_signed_by(&[&admin], "upgrade", (hash.clone(),).into_val(&f.env));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&ContractUpgraded {
                new_wasm_hash: hash
            }]
        )
    );
    assert_eq!(f.state(), before, "escrows, balances and credits kept");
    // The escrow goes on where it stood.
    f.client.mock_all_auths().release_milestone(&id, &0);
    assert_eq!(f.usdc.balance(&f.parties.receiver), 975);
    f.assert_tokens_accounted();
}

#[test]
fn upgrade_is_refused_to_anyone_but_the_admin() {
    let f = Fixture::native();
    f.create_funded(&[1_000]);
    let hash = uploaded_code(&f);
    for (name, who) in f.parties.all() {
        if who == f.parties.admin {
            continue;
        }
        f.sign_next(&[&who], "upgrade", (hash.clone(),).into_val(&f.env));
        f.assert_refused_unsigned(|| f.client.try_upgrade(&hash));
        assert!(
            contract_events(&f).is_empty(),
            "no ContractUpgraded for {name}"
        );
    }
    f.sign_next(&[], "upgrade", (hash.clone(),).into_val(&f.env));
    f.assert_refused_unsigned(|| f.client.try_upgrade(&hash));
}

#[test]
fn after_set_admin_the_new_admin_upgrades_and_the_old_one_cannot() {
    let f = Fixture::native();
    let old = f.parties.admin.clone();
    let new = Address::generate(&f.env);
    f.sign_next(&[&old, &new], "set_admin", (new.clone(),).into_val(&f.env));
    f.client.set_admin(&new);
    let hash = uploaded_code(&f);

    f.sign_next(&[&old], "upgrade", (hash.clone(),).into_val(&f.env));
    f.assert_refused_unsigned(|| f.client.try_upgrade(&hash));

    f.sign_next(&[&new], "upgrade", (hash.clone(),).into_val(&f.env));
    f.client.upgrade(&hash);
    f.assert_signed_by(&[&new], "upgrade", (hash.clone(),).into_val(&f.env));
    assert_eq!(
        contract_events(&f),
        as_published(
            &f,
            &f.contract,
            &[&ContractUpgraded {
                new_wasm_hash: hash
            }]
        )
    );
    assert_eq!(f.client.admin(), new, "an upgrade keeps the admin");
}

#[test]
fn upgrade_to_code_that_was_never_uploaded_is_refused() {
    let f = Fixture::native();
    f.create_funded(&[1_000]);
    let unknown = BytesN::from_array(&f.env, &[7; 32]);
    let admin = f.parties.admin.clone();
    let before = f.state();
    f.sign_next(&[&admin], "upgrade", (unknown.clone(),).into_val(&f.env));
    match f.client.try_upgrade(&unknown) {
        Err(Ok(error)) => assert!(!error.is_type(ScErrorType::Contract), "{error:?}"),
        other => panic!("expected the host to refuse, got {other:?}"),
    }
    assert_eq!(f.state(), before);
    assert!(contract_events(&f).is_empty(), "no ContractUpgraded");
    // The contract still runs its own code.
    assert_eq!(f.client.admin(), admin);
}
