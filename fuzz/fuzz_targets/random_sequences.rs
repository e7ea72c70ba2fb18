//! Random operation sequences on the native escrow contract (interface v2) and its model (`tests/model`), every step checked against the model and the invariants of `SPEC.md`, each sequence ending with the liveness check.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Long enough to reach deep states (several escrows, payouts, disputes, credits), short
/// enough to keep executions per second up.
const MAX_OPS: usize = 64;
/// Steps between full reads of the contract's state (and one at the end of every sequence);
/// in between, each step reads back what it could change.
const FULL_EVERY: usize = 64;

fuzz_target!(|data: &[u8]| {
    escrow_model::run_native(data, MAX_OPS, FULL_EVERY);
});
