//! Test-only: an N-of-M ed25519 multisig account contract (a Soroban custom account), to show
//! that any role of an escrow can be an account with its own signing policy, signing with real
//! ed25519 signatures (`integration-tests/tests/multisig.rs`).
//!
//! **Not audited and not for production.** It has no key rotation, no upgrade, no time-to-live
//! upkeep and no policy on what it authorizes: any call that `threshold` of its signers sign is
//! authorized. A platform that wants a multisig role in production deploys an audited account
//! contract.
//!
//! The account stores its signers' ed25519 public keys and a threshold, set once by
//! `__constructor`. The host calls `__check_auth` whenever an escrow (or any contract) requires
//! the account's authorization: it receives the hash that the authorization entry commits to
//! (network, nonce, expiration ledger, invocation tree, and for `AddressV2` credentials the
//! account's address) and the entry's signature value, a [`Vec`] of [`Signature`]s, one per
//! co-signer, in strictly ascending order of public key.
#![no_std]

use soroban_sdk::{
    auth::{Context, CustomAccountInterface},
    contract, contracterror, contractimpl, contracttype,
    crypto::Hash,
    Bytes, BytesN, Env, Vec,
};

/// The most signers an account may have: bounds the work of `__check_auth`.
pub const MAX_SIGNERS: u32 = 20;

/// Why the account refuses to be created or to authorize.
///
/// The escrow's caller never receives these codes: the host reports a refused authorization as
/// its own `Auth` error of the escrow call, and records the account's error before it in the
/// diagnostic events. The codes start at 100 so that, read there, they are not mistaken for
/// the escrow's. A signature whose bytes do not verify is not one of these: the host's
/// `ed25519_verify` traps (a host `Crypto` error).
#[contracterror]
#[derive(Copy, Clone, Debug, Eq, PartialEq, PartialOrd, Ord)]
#[repr(u32)]
pub enum AccountError {
    /// Constructor: no signer, or more than [`MAX_SIGNERS`].
    InvalidSigners = 101,
    /// Constructor: a public key listed twice.
    DuplicateSigner = 102,
    /// Constructor: the threshold is 0 or more than the number of signers.
    InvalidThreshold = 103,
    /// Fewer signatures than the threshold.
    NotEnoughSignatures = 111,
    /// A signature by a key that is not one of the account's signers.
    UnknownSigner = 112,
    /// The same key signed twice (it counts once, so it is refused rather than counted).
    DuplicateSignature = 113,
    /// The signatures are not in ascending order of public key.
    UnsortedSignatures = 114,
}

/// One co-signer's signature of the authorization payload.
#[contracttype]
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Signature {
    /// The signer's ed25519 public key (one of the account's signers).
    pub public_key: BytesN<32>,
    /// The ed25519 signature of the 32-byte signature payload.
    pub signature: BytesN<64>,
}

#[contracttype]
enum Key {
    Signers,
    Threshold,
}

/// The account.
#[contract]
pub struct MultisigAccount;

#[contractimpl]
impl MultisigAccount {
    /// Creates the account: `threshold` of the `signers` (distinct ed25519 public keys, in any
    /// order, 1 to [`MAX_SIGNERS`]) must sign every authorization.
    ///
    /// # Errors
    /// `InvalidSigners`, `DuplicateSigner`, `InvalidThreshold`.
    pub fn __constructor(
        env: Env,
        signers: Vec<BytesN<32>>,
        threshold: u32,
    ) -> Result<(), AccountError> {
        if signers.is_empty() || signers.len() > MAX_SIGNERS {
            return Err(AccountError::InvalidSigners);
        }
        for (position, signer) in signers.iter().enumerate() {
            if signers
                .iter()
                .take(position)
                .any(|earlier| earlier == signer)
            {
                return Err(AccountError::DuplicateSigner);
            }
        }
        if threshold == 0 || threshold > signers.len() {
            return Err(AccountError::InvalidThreshold);
        }
        env.storage().instance().set(&Key::Signers, &signers);
        env.storage().instance().set(&Key::Threshold, &threshold);
        Ok(())
    }

    /// The signers' public keys, as given to the constructor.
    pub fn signers(env: Env) -> Vec<BytesN<32>> {
        stored_signers(&env)
    }

    /// How many signers must sign.
    pub fn threshold(env: Env) -> u32 {
        stored_threshold(&env)
    }
}

#[contractimpl]
impl CustomAccountInterface for MultisigAccount {
    type Signature = Vec<Signature>;
    type Error = AccountError;

    /// Authorizes when at least `threshold` distinct signers signed `signature_payload`.
    ///
    /// The signatures are checked in this order: their number (`NotEnoughSignatures`), then
    /// each in turn: the order of keys (`DuplicateSignature`, `UnsortedSignatures`), the key
    /// being a signer (`UnknownSigner`), and the signature itself (the host traps when it does
    /// not verify). Every signature given must be valid, even beyond the threshold. What is
    /// authorized (`auth_contexts`) is not restricted.
    fn __check_auth(
        env: Env,
        signature_payload: Hash<32>,
        signatures: Vec<Signature>,
        _auth_contexts: Vec<Context>,
    ) -> Result<(), AccountError> {
        if signatures.len() < stored_threshold(&env) {
            return Err(AccountError::NotEnoughSignatures);
        }
        let signers = stored_signers(&env);
        let payload: Bytes = signature_payload.into();
        let mut previous: Option<BytesN<32>> = None;
        for signature in signatures.iter() {
            if let Some(previous) = &previous {
                match signature.public_key.cmp(previous) {
                    core::cmp::Ordering::Equal => return Err(AccountError::DuplicateSignature),
                    core::cmp::Ordering::Less => return Err(AccountError::UnsortedSignatures),
                    core::cmp::Ordering::Greater => {}
                }
            }
            if !signers.contains(&signature.public_key) {
                return Err(AccountError::UnknownSigner);
            }
            env.crypto()
                .ed25519_verify(&signature.public_key, &payload, &signature.signature);
            previous = Some(signature.public_key);
        }
        Ok(())
    }
}

fn stored_signers(env: &Env) -> Vec<BytesN<32>> {
    env.storage()
        .instance()
        .get(&Key::Signers)
        .unwrap_or_else(|| Vec::new(env))
}

fn stored_threshold(env: &Env) -> u32 {
    // A constructed account always has a threshold of at least 1; none stored (which cannot
    // happen) would refuse every authorization rather than accept an empty list.
    env.storage()
        .instance()
        .get(&Key::Threshold)
        .unwrap_or(u32::MAX)
}
