//! Multisig roles with real signatures: a 2-of-3 ed25519 account contract (`multisig-account`, registered from its wasm) as the shipped escrow's approver, and as its approver and release signer at once, authorizing through `SorobanAuthorizationEntry`s signed with ed25519 (no mocked auth): too few, unknown, repeated, unsorted, forged, replayed or misdirected signatures are refused for that reason and change nothing; any two signers approve; one authorization of the account approves and pays out.

use std::cell::Cell;

use ed25519_dalek::{Signer as _, SigningKey};
use escrow::{
    testutils::{shipped_wasm_path, Fixture, FEE_BPS},
    Milestone, MilestoneStatus, MilestoneUpdated,
};
use multisig_account::{AccountError, MultisigAccountClient, Signature};
use sha2::{Digest as _, Sha256};
use soroban_sdk::{
    testutils::Events as _,
    vec,
    xdr::{self, Limits, ScErrorCode, ScErrorType, WriteXdr as _},
    Address, BytesN, Env, Event as _, IntoVal, Symbol, TryFromVal, Val, Vec,
};

/// The tests' milestones: 1 000 USDC, and 333.3333333 USDC (whose 2.5 % fee, 8.333333325,
/// rounds down to the unit).
const AMOUNTS: [i128; 2] = [1_000_0000000, 333_3333333];

/// The account contract's optimized wasm, built next to the escrow's by
/// `stellar contract build --locked --package multisig-account` (or `make build`).
fn account_wasm() -> std::vec::Vec<u8> {
    let path = shipped_wasm_path().with_file_name("multisig_account.wasm");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; build it with \
             `stellar contract build --locked --package multisig-account`",
            path.display()
        )
    })
}

/// A call to the escrow: the function and its arguments.
struct Call {
    fn_name: &'static str,
    args: Vec<Val>,
}

fn approve_milestone(f: &Fixture, id: u64, index: u32) -> Call {
    Call {
        fn_name: "approve_milestone",
        args: (id, index).into_val(&f.env),
    }
}

/// The kind of address credentials of an authorization entry: `Address` signs a payload
/// without the account's address; `AddressV2` (CAP-71, protocol 27 and later) binds the
/// address into the payload too. The account accepts both: the host computes the payload of
/// the entry's kind and hands it to `__check_auth`.
#[derive(Clone, Copy)]
enum Credentials {
    Address,
    AddressV2,
}

/// A deployed 2-of-3 account and its three signers' keys, in ascending order of public key
/// (the order the account wants their signatures in).
struct Multisig {
    address: Address,
    keys: [SigningKey; 3],
    next_nonce: Cell<i64>,
}

impl Multisig {
    /// Registers the account's wasm with three fixed-seed signers and a threshold of 2.
    fn deploy(f: &Fixture) -> Self {
        let mut keys = [1u8, 2, 3].map(|seed| SigningKey::from_bytes(&[seed; 32]));
        keys.sort_by_key(|key| key.verifying_key().to_bytes());
        let signers = Vec::from_iter(&f.env, keys.iter().map(|key| public_key(&f.env, key)));
        let address = f
            .env
            .register(account_wasm().as_slice(), (signers.clone(), 2_u32));
        let client = MultisigAccountClient::new(&f.env, &address);
        assert_eq!(client.signers(), signers);
        assert_eq!(client.threshold(), 2);
        Multisig {
            address,
            keys,
            next_nonce: Cell::new(1),
        }
    }

    /// The account's authorization of `call` (that one invocation of the escrow, no
    /// sub-invocation), with a fresh nonce, valid for 100 ledgers, carrying one signature of
    /// its payload per key of `signers`, in the order given.
    fn authorize(
        &self,
        f: &Fixture,
        call: &Call,
        signers: &[&SigningKey],
    ) -> xdr::SorobanAuthorizationEntry {
        let pairs: std::vec::Vec<_> = signers.iter().map(|key| (*key, *key)).collect();
        self.authorize_claiming(f, call, &pairs, Credentials::Address)
    }

    /// As [`Multisig::authorize`], with `credentials` of that kind, and each signature made
    /// with the second key of its pair and naming the first as its signer: a forgery when they
    /// differ.
    fn authorize_claiming(
        &self,
        f: &Fixture,
        call: &Call,
        signatures: &[(&SigningKey, &SigningKey)],
        credentials: Credentials,
    ) -> xdr::SorobanAuthorizationEntry {
        let nonce = self.next_nonce.get();
        self.next_nonce.set(nonce + 1);
        let address = xdr::ScAddress::from(&self.address);
        let signature_expiration_ledger = f.env.ledger().sequence() + 100;
        let root_invocation = escrow_invocation(f, call);
        let network_id = xdr::Hash(f.env.ledger().network_id().to_array());
        let invocation = root_invocation.clone();
        let preimage = match credentials {
            Credentials::Address => {
                xdr::HashIdPreimage::SorobanAuthorization(xdr::HashIdPreimageSorobanAuthorization {
                    network_id,
                    nonce,
                    signature_expiration_ledger,
                    invocation,
                })
            }
            Credentials::AddressV2 => xdr::HashIdPreimage::SorobanAuthorizationWithAddress(
                xdr::HashIdPreimageSorobanAuthorizationWithAddress {
                    network_id,
                    address: address.clone(),
                    nonce,
                    signature_expiration_ledger,
                    invocation,
                },
            ),
        };
        // What the signers sign, computed as a wallet does, apart from the host: the SHA-256
        // of the preimage's XDR.
        let payload: [u8; 32] =
            Sha256::digest(preimage.to_xdr(Limits::none()).expect("XDR")).into();
        let signatures = Vec::from_iter(
            &f.env,
            signatures.iter().map(|(named, signer)| Signature {
                public_key: public_key(&f.env, named),
                signature: BytesN::from_array(&f.env, &signer.sign(&payload).to_bytes()),
            }),
        );
        let signed = xdr::SorobanAddressCredentials {
            address,
            nonce,
            signature_expiration_ledger,
            // The account's `Signature` type: a list of `{ public_key, signature }` maps.
            signature: xdr::ScVal::try_from_val(&f.env, &signatures.to_val()).expect("an ScVal"),
        };
        xdr::SorobanAuthorizationEntry {
            credentials: match credentials {
                Credentials::Address => xdr::SorobanCredentials::Address(signed),
                Credentials::AddressV2 => xdr::SorobanCredentials::AddressV2(signed),
            },
            root_invocation,
        }
    }
}

fn public_key(env: &Env, key: &SigningKey) -> BytesN<32> {
    BytesN::from_array(env, &key.verifying_key().to_bytes())
}

/// A key that is not one of the account's signers.
fn outsider_key() -> SigningKey {
    SigningKey::from_bytes(&[9; 32])
}

/// The invocation tree of `call` on the escrow.
fn escrow_invocation(f: &Fixture, call: &Call) -> xdr::SorobanAuthorizedInvocation {
    let args: std::vec::Vec<xdr::ScVal> = call
        .args
        .iter()
        .map(|arg| xdr::ScVal::try_from_val(&f.env, &arg).expect("an ScVal"))
        .collect();
    xdr::SorobanAuthorizedInvocation {
        function: xdr::SorobanAuthorizedFunction::ContractFn(xdr::InvokeContractArgs {
            contract_address: xdr::ScAddress::from(&f.contract),
            function_name: xdr::ScSymbol(call.fn_name.try_into().expect("a symbol")),
            args: args.try_into().expect("few arguments"),
        }),
        sub_invocations: xdr::VecM::default(),
    }
}

/// A funded escrow of [`AMOUNTS`] whose approver is `approver`, and whose release signer is
/// `release_signer` when given; its milestone 0 awaits review.
fn escrow_with(f: &Fixture, approver: &Address, release_signer: Option<&Address>) -> u64 {
    let mut terms = f.new_escrow(&AMOUNTS);
    terms.roles.approver = approver.clone();
    if let Some(signer) = release_signer {
        terms.roles.release_signer = signer.clone();
    }
    let id = f.create(&terms);
    // The client's treasury (the fixture's approver key) funds it: funding is not what this
    // file tests.
    f.fund(id, AMOUNTS.iter().sum());
    f.submit(id, 0);
    id
}

/// Invokes `call` with exactly `entries` as its signed authorizations (set here, after the
/// state is read: every top-level call resets them), expects it to fail, checks that every
/// escrow, milestone, balance and credit is as it was, and returns why it failed: the errors
/// the host recorded for it (the failed call's diagnostic `error` events), the root cause
/// first. (The escrow's generated client shows them all as one `InvokeError::Abort`.)
fn refused_call(
    f: &Fixture,
    entries: &[xdr::SorobanAuthorizationEntry],
    call: &Call,
) -> std::vec::Vec<soroban_sdk::Error> {
    let before = f.state();
    f.env.set_auths(entries);
    let result = f.env.try_invoke_contract::<Val, soroban_sdk::Error>(
        &f.contract,
        &Symbol::new(&f.env, call.fn_name),
        call.args.clone(),
    );
    assert!(
        matches!(result, Err(Ok(_))),
        "{} must be refused, got {result:?}",
        call.fn_name
    );
    let mut errors: std::vec::Vec<soroban_sdk::Error> = std::vec::Vec::new();
    for event in f.env.host().get_diagnostic_events().expect("events").0 {
        let xdr::ContractEventBody::V0(body) = event.event.body;
        if let [xdr::ScVal::Symbol(name), xdr::ScVal::Error(error), ..] = body.topics.as_slice() {
            let error = soroban_sdk::Error::from(error.clone());
            if event.failed_call && name.0.as_slice() == b"error" && errors.last() != Some(&error) {
                errors.push(error);
            }
        }
    }
    assert_eq!(f.state(), before, "a refused call changed state");
    errors
}

/// Why a call fails when the account refuses to authorize it with `error`: the account's
/// error, and so the host's failed authentication of the account.
fn refused_by_the_account(error: AccountError) -> std::vec::Vec<soroban_sdk::Error> {
    std::vec![error.into(), auth_error(ScErrorCode::InvalidAction)]
}

fn auth_error(code: ScErrorCode) -> soroban_sdk::Error {
    soroban_sdk::Error::from_type_and_code(ScErrorType::Auth, code)
}

fn milestone(f: &Fixture, id: u64, index: u32) -> Milestone {
    f.client.get_milestone(&id, &index)
}

#[test]
fn one_signature_of_a_two_of_three_approver_is_refused() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    for key in &account.keys {
        let entry = account.authorize(&f, &call, &[key]);
        assert_eq!(
            refused_call(&f, &[entry], &call),
            refused_by_the_account(AccountError::NotEnoughSignatures)
        );
    }
    assert_eq!(milestone(&f, id, 0).status, MilestoneStatus::ForReview);
}

#[test]
fn two_signatures_of_a_two_of_three_approver_approve_a_milestone() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    f.submit(id, 1);
    let [a, b, c] = &account.keys;

    let call = approve_milestone(&f, id, 0);
    f.env.set_auths(&[account.authorize(&f, &call, &[a, c])]);
    f.client.approve_milestone(&id, &0);
    let published = f
        .env
        .events()
        .all()
        .filter_by_contract(&f.contract)
        .events()
        .to_vec();
    f.assert_signed_by(&[&account.address], call.fn_name, call.args);
    let approved = milestone(&f, id, 0);
    assert_eq!(
        (approved.status, approved.approved),
        (MilestoneStatus::Approved, true)
    );
    assert_eq!(
        published,
        [MilestoneUpdated {
            escrow_id: id,
            milestone_index: 0,
            status: MilestoneStatus::Approved,
            approved: true,
            evidence: approved.evidence,
            notes: approved.notes,
            changed_by: account.address.clone(),
        }
        .to_xdr(&f.env, &f.contract)]
    );

    // Any two of the three: another pair approves the next milestone.
    let call = approve_milestone(&f, id, 1);
    f.env.set_auths(&[account.authorize(&f, &call, &[a, b])]);
    f.client.approve_milestone(&id, &1);
    f.assert_signed_by(&[&account.address], call.fn_name, call.args);
    assert_eq!(milestone(&f, id, 1).status, MilestoneStatus::Approved);
    f.assert_tokens_accounted();
}

#[test]
fn all_three_signatures_approve_too() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let [a, b, c] = &account.keys;
    let call = approve_milestone(&f, id, 0);
    f.env.set_auths(&[account.authorize(&f, &call, &[a, b, c])]);
    f.client.approve_milestone(&id, &0);
    assert_eq!(milestone(&f, id, 0).status, MilestoneStatus::Approved);
}

#[test]
fn address_v2_credentials_are_signed_and_checked_alike() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    let [a, b, _] = &account.keys;
    let v2 = |signers: &[&SigningKey]| {
        let pairs: std::vec::Vec<_> = signers.iter().map(|key| (*key, *key)).collect();
        account.authorize_claiming(&f, &call, &pairs, Credentials::AddressV2)
    };
    assert_eq!(
        refused_call(&f, &[v2(&[b])], &call),
        refused_by_the_account(AccountError::NotEnoughSignatures)
    );
    f.env.set_auths(&[v2(&[a, b])]);
    f.client.approve_milestone(&id, &0);
    f.assert_signed_by(&[&account.address], call.fn_name, call.args.clone());
    assert_eq!(milestone(&f, id, 0).status, MilestoneStatus::Approved);
}

#[test]
fn a_signature_by_a_key_that_is_not_a_signer_is_refused() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    let [a, b, _] = &account.keys;
    let outsider = outsider_key();
    // A signer and the outsider, in ascending order of public key, so that only the
    // outsider is wrong.
    let mut pair = [a, &outsider];
    pair.sort_by_key(|key| key.verifying_key().to_bytes());
    let entry = account.authorize(&f, &call, &pair);
    assert_eq!(
        refused_call(&f, &[entry], &call),
        refused_by_the_account(AccountError::UnknownSigner)
    );

    // The same signer with a second signer instead of the outsider approves.
    f.env.set_auths(&[account.authorize(&f, &call, &[a, b])]);
    f.client.approve_milestone(&id, &0);
    assert_eq!(milestone(&f, id, 0).status, MilestoneStatus::Approved);
}

#[test]
fn the_same_signer_twice_is_refused() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    for key in &account.keys {
        let entry = account.authorize(&f, &call, &[key, key]);
        assert_eq!(
            refused_call(&f, &[entry], &call),
            refused_by_the_account(AccountError::DuplicateSignature)
        );
    }
}

#[test]
fn signatures_out_of_key_order_are_refused() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    let [a, b, _] = &account.keys;
    let entry = account.authorize(&f, &call, &[b, a]);
    assert_eq!(
        refused_call(&f, &[entry], &call),
        refused_by_the_account(AccountError::UnsortedSignatures)
    );
}

#[test]
fn a_signature_that_does_not_verify_is_refused() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    let [a, b, _] = &account.keys;
    // Signer `b`'s signature, made with an outsider's key: the host's ed25519 check traps.
    let outsider = outsider_key();
    let entry =
        account.authorize_claiming(&f, &call, &[(a, a), (b, &outsider)], Credentials::Address);
    assert_eq!(
        refused_call(&f, &[entry], &call),
        [
            soroban_sdk::Error::from_type_and_code(ScErrorType::Crypto, ScErrorCode::InvalidInput),
            auth_error(ScErrorCode::InvalidAction),
        ]
    );
}

#[test]
fn a_signed_authorization_cannot_be_replayed() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    let call = approve_milestone(&f, id, 0);
    let [a, b, _] = &account.keys;
    let entry = account.authorize(&f, &call, &[a, b]);
    f.env.set_auths(std::slice::from_ref(&entry));
    f.client.approve_milestone(&id, &0);
    // The host refuses the used nonce, before the escrow looks at the milestone's status.
    assert_eq!(
        refused_call(&f, &[entry], &call),
        [auth_error(ScErrorCode::ExistingValue)]
    );
}

#[test]
fn an_authorization_signed_for_one_milestone_does_not_approve_another() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, None);
    f.submit(id, 1);
    let [a, b, _] = &account.keys;
    let entry = account.authorize(&f, &approve_milestone(&f, id, 0), &[a, b]);
    // No signed entry matches the call: the account is not even asked.
    assert_eq!(
        refused_call(&f, &[entry], &approve_milestone(&f, id, 1)),
        [auth_error(ScErrorCode::InvalidAction)]
    );
}

#[test]
fn one_authorization_of_a_multisig_approver_and_release_signer_approves_and_pays_out() {
    let f = Fixture::wasm();
    let account = Multisig::deploy(&f);
    let id = escrow_with(&f, &account.address, Some(&account.address));
    f.submit(id, 1);
    let indices = vec![&f.env, 0_u32, 1];
    let call = Call {
        fn_name: "approve_and_release",
        args: (id, indices.clone()).into_val(&f.env),
    };
    let [a, _, c] = &account.keys;

    // One signature is refused, for both roles at once.
    let entry = account.authorize(&f, &call, &[c]);
    assert_eq!(
        refused_call(&f, &[entry], &call),
        refused_by_the_account(AccountError::NotEnoughSignatures)
    );

    // Two signatures in one authorization entry: the escrow asks the account once, for both
    // roles.
    f.env.set_auths(&[account.authorize(&f, &call, &[a, c])]);
    f.client.approve_and_release(&id, &indices);
    f.assert_signed_by(&[&account.address], call.fn_name, call.args);

    for index in [0, 1] {
        let paid = milestone(&f, id, index);
        assert_eq!(
            (paid.status, paid.approved, paid.held),
            (MilestoneStatus::Released, true, 0)
        );
    }
    // 1 000 USDC: fee 25, receiver 975. 333.3333333 USDC: fee 8.3333333 (rounded down),
    // receiver 325.
    assert_eq!(AMOUNTS[0] * FEE_BPS as i128 / 10_000, 25_0000000);
    assert_eq!(AMOUNTS[1] * FEE_BPS as i128 / 10_000, 8_3333333);
    let p = &f.parties;
    assert_eq!(f.usdc.balance(&p.receiver), 975_0000000 + 325_0000000);
    assert_eq!(f.usdc.balance(&p.platform), 25_0000000 + 8_3333333);
    assert_eq!(f.usdc.balance(&f.contract), 0);
    assert_eq!(f.usdc.balance(&account.address), 0);
    assert_eq!(
        f.usdc.balance(&p.approver),
        0,
        "the treasury paid it all in"
    );
    assert_eq!(f.usdc.balance(&p.release_signer), 0);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.funded, escrow.paid_out, escrow.open_amount),
        (1_333_3333333, 1_333_3333333, 0)
    );
    f.assert_tokens_accounted();
}

/// Registers the account with the public keys of `seeds` and `threshold` in a fresh host,
/// and returns the constructor's failure as the host reports it, if any.
fn constructor_failure(seeds: &[u8], threshold: u32) -> Option<String> {
    let env = Env::default();
    let signers = Vec::from_iter(
        &env,
        seeds
            .iter()
            .map(|seed| public_key(&env, &SigningKey::from_bytes(&[*seed; 32]))),
    );
    let wasm = account_wasm();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        env.register(wasm.as_slice(), (signers, threshold));
    }))
    .err()
    .map(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_else(|| std::format!("{panic:?}"))
    })
}

#[test]
fn the_account_cannot_be_created_with_a_policy_nobody_can_meet() {
    let most: std::vec::Vec<u8> = (1..=multisig_account::MAX_SIGNERS as u8).collect();
    let too_many: std::vec::Vec<u8> = (1..=multisig_account::MAX_SIGNERS as u8 + 1).collect();
    for (seeds, threshold, expected) in [
        (&[][..], 1, AccountError::InvalidSigners),
        (&too_many[..], 1, AccountError::InvalidSigners),
        (&[1, 2, 1][..], 2, AccountError::DuplicateSigner),
        (&[1, 2, 3][..], 0, AccountError::InvalidThreshold),
        (&[1, 2, 3][..], 4, AccountError::InvalidThreshold),
    ] {
        let failure = constructor_failure(seeds, threshold)
            .unwrap_or_else(|| panic!("{seeds:?} with threshold {threshold} was accepted"));
        let code = std::format!("Error(Contract, #{})", expected as u32);
        assert!(
            failure.contains(&code),
            "{seeds:?}, {threshold}: expected {expected:?}, got {failure}"
        );
    }
    assert_eq!(constructor_failure(&[1, 2, 3], 3), None);
    assert_eq!(constructor_failure(&[1], 1), None);
    assert_eq!(constructor_failure(&most, 1), None);
}
