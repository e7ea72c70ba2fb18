//! Model-based property test: long random sequences of every entry point, across several
//! escrows and two tokens, with random signers, ids, indices, amounts and text lengths, run on
//! the contract and on the plain model of `escrow_model::model`; after every step the
//! contract's state must equal the model's, every refused call must have returned the error
//! the model predicts and changed nothing, and the invariants of `SECURITY.md` must hold.
//!
//! `PROPTEST_CASES` (default 160) sets the number of sequences and `MODEL_STEPS` (default 48)
//! their length; e.g. `PROPTEST_CASES=5000 MODEL_STEPS=128 cargo test --release -p escrow-model`
//! runs much longer. The same operations and checks run under the fuzzer (`make fuzz`).

use std::collections::BTreeSet;

use escrow::{testutils::Fixture, Error};
use escrow_model::{ops_from_bytes, Harness, Outcome};
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
    fn random_sequences_keep_every_invariant(bytes in sequence_bytes()) {
        let ops = ops_from_bytes(&bytes, steps());
        let mut harness = Harness::new(Fixture::native());
        harness.run(&ops);
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
        let mut harness = Harness::new(Fixture::wasm());
        harness.run(&ops);
    }
}

/// The generator is only worth something if its sequences get somewhere: over a fixed set of
/// pseudo-random sequences, every entry point succeeds at least once and every refusal the
/// model knows of (each `Error` variant, and a missing signature) is met.
#[test]
fn random_sequences_reach_every_outcome() {
    let mut seen = BTreeSet::new();
    let mut state = 0x5eed_u64;
    let mut steps = 0;
    for _ in 0..40 {
        let bytes: Vec<u8> = (0..2_400)
            .map(|_| {
                // xorshift64*: a fixed, dependency-free byte stream.
                state ^= state >> 12;
                state ^= state << 25;
                state ^= state >> 27;
                (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
            })
            .collect();
        let mut harness = Harness::new(Fixture::native());
        harness.run(&ops_from_bytes(&bytes, 64));
        steps += harness.steps;
        seen.extend(harness.seen);
    }
    println!("{steps} steps, outcomes met: {seen:?}");
    for entry in [
        "create_escrow",
        "fund_escrow",
        "change_milestone_status",
        "request_changes",
        "approve_milestone",
        "release_milestone",
        "dispute_milestone",
        "resolve_dispute",
        "extend_ttl",
    ] {
        assert!(
            seen.contains(&(entry, Outcome::Ok)),
            "{entry} never succeeded"
        );
        assert!(
            seen.contains(&(entry, Outcome::HostRefused))
                || entry == "extend_ttl"
                || seen.iter().any(|(e, o)| *e == entry && *o != Outcome::Ok),
            "{entry} never refused"
        );
    }
    let refused: BTreeSet<Error> = seen
        .iter()
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
    ];
    for error in all {
        assert!(refused.contains(&error), "no sequence met {error:?}");
    }
    assert!(seen.contains(&("upgrade", Outcome::HostRefused)));
}
