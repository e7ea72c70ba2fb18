//! Random operation sequences on the native escrow contract and its model (`tests/model`),
//! with every invariant of `SECURITY.md` asserted after every step. One fresh `Env` per input,
//! as the soroban-sdk fuzzing guide does.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Long enough to reach deep states (several escrows, payouts, disputes), short enough to
/// keep executions per second up.
const MAX_OPS: usize = 64;

fuzz_target!(|data: &[u8]| {
    escrow_model::run_native(data, MAX_OPS);
});
