//! Model-based property test of the escrow (interface v2): random sequences of every entry point, moving time and frozen balances, checked step by step against a plain model, each ending with the liveness check.
//!
//! Sequences run across several escrows and two tokens, with random signers, ids, indices,
//! amounts, terms, deadlines and text lengths, on the contract and on the model of
//! `escrow_model::model`. After every step the contract's state must equal the model's, every
//! refused call must have returned the error the model predicts and changed nothing, and the
//! invariants of `SPEC.md` must hold; at the end of every sequence, on the contract and on a fork
//! of it, the approver alone and the service provider alone each finish every open milestone and
//! leave every escrow empty.
//!
//! `PROPTEST_CASES` (default 160) sets the number of sequences, `MODEL_STEPS` (default 48)
//! their length and `MODEL_FULL_EVERY` (default 1) how often everything is read back (in
//! between, each step reads back what it could change); e.g.
//! `PROPTEST_CASES=5000 MODEL_STEPS=128 cargo test --release -p escrow-model` runs much longer.
//! The same operations and checks run under the fuzzer (`make fuzz`).

use std::collections::{BTreeMap, BTreeSet};

use escrow::{testutils::Fixture, Error};
use escrow_model::{ops_from_bytes, run_sequence, Outcome};
use proptest::prelude::*;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn steps() -> usize {
    env_or("MODEL_STEPS", 48)
}

fn full_every() -> usize {
    env_or("MODEL_FULL_EVERY", 1).max(1)
}

/// Bytes enough for `steps()` operations (an operation takes from 2 to about 60 bytes).
fn sequence_bytes() -> impl Strategy<Value = Vec<u8>> {
    let steps = steps();
    prop::collection::vec(any::<u8>(), 16 * steps..=40 * steps)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: env_or("PROPTEST_CASES", 160) as u32,
        // Each case is a whole sequence on a fresh host: shrinking stays affordable.
        max_shrink_iters: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The native contract (fast), the bulk of the sequences.
    #[test]
    fn random_sequences_keep_every_invariant_and_end_empty(bytes in sequence_bytes()) {
        let ops = ops_from_bytes(&bytes, steps());
        run_sequence(&ops, Fixture::native(), full_every());
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: (env_or("PROPTEST_CASES", 160) / 16).max(1) as u32,
        max_shrink_iters: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The shipped wasm, fewer sequences: the code that is deployed behaves like the model too.
    #[test]
    fn random_sequences_on_the_shipped_wasm(bytes in sequence_bytes()) {
        let ops = ops_from_bytes(&bytes, steps());
        run_sequence(&ops, Fixture::wasm(), full_every());
    }
}

/// A fixed, dependency-free byte stream (xorshift64*).
fn fixed_bytes(state: &mut u64, len: usize) -> Vec<u8> {
    (0..len)
        .map(|_| {
            *state ^= *state >> 12;
            *state ^= *state << 25;
            *state ^= *state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

/// The generator is only worth something if its sequences get somewhere: over a fixed set of
/// pseudo-random sequences, every entry point succeeds at least once and is refused at least
/// once, and every refusal there is (each of the 15 `Error` variants of v2, and a missing
/// signature) is met.
#[test]
fn random_sequences_reach_every_outcome() {
    let mut seen: BTreeMap<(&str, Outcome), usize> = BTreeMap::new();
    let mut state = 0x5eed_u64;
    let mut steps = 0;
    for _ in 0..64 {
        let ops = ops_from_bytes(&fixed_bytes(&mut state, 2_400), 64);
        // Reachability, not checking, is the point here: a full read every 8 steps.
        let (harness, twin) = run_sequence(&ops, Fixture::native(), 8);
        steps += harness.steps + twin.steps;
        for (key, n) in harness.seen.into_iter().chain(twin.seen) {
            *seen.entry(key).or_default() += n;
        }
    }
    println!("{steps} steps; outcomes met:");
    for ((entry, outcome), n) in &seen {
        println!("{n:6}  {entry} {outcome:?}");
    }
    for entry in [
        "create_escrow",
        "fund_escrow",
        "change_milestone_status",
        "request_changes",
        "approve_milestone",
        "release_milestone",
        "dispute_milestone",
        "resolve_dispute",
        "claim_milestone",
        "cancel_milestone",
        "settle_milestone",
        "expire_dispute",
        "approve_and_release",
        "add_milestones",
        "transfer_role",
        "withdraw",
        "set_admin",
        "extend_ttl",
    ] {
        assert!(
            seen.contains_key(&(entry, Outcome::Ok)),
            "{entry} never succeeded"
        );
        assert!(
            seen.keys().any(|(e, o)| *e == entry && *o != Outcome::Ok),
            "{entry} never refused"
        );
    }
    let refused: BTreeSet<Error> = seen
        .keys()
        .filter_map(|(_, outcome)| match outcome {
            Outcome::Refused(e) => Some(*e),
            _ => None,
        })
        .collect();
    let all = [
        Error::EscrowNotFound,
        Error::MilestoneNotFound,
        Error::InvalidStatusTransition,
        Error::NotAParty,
        Error::InvalidAmount,
        Error::FundingExceedsTotal,
        Error::InsufficientFunds,
        Error::InvalidFee,
        Error::NoMilestones,
        Error::TooManyMilestones,
        Error::TextTooLong,
        Error::InvalidRoles,
        Error::TooEarly,
        Error::InvalidTerms,
        Error::TokenTransferFailed,
    ];
    for error in all {
        assert!(refused.contains(&error), "no sequence met {error:?}");
    }
    assert!(
        seen.keys().any(|(e, o)| *o == Outcome::HostRefused
            && !["upgrade", "direct transfer"].contains(e)),
        "no missing signature met"
    );
    for key in [
        ("upgrade", Outcome::HostRefused),
        ("freeze", Outcome::Ok),
        ("direct transfer", Outcome::Ok),
    ] {
        assert!(seen.contains_key(&key), "{key:?} never met");
    }
}
