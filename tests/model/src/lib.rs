//! The escrow's operation model (interface v2), shared by the property test
//! (`tests/random_sequences.rs`) and the fuzz target (`fuzz/`).
//!
//! - [`ops`]: the operations a random sequence is made of (every entry point, random signers,
//!   ids, indices, amounts, terms, deadlines, text lengths; frozen balances; the clock moving
//!   to the end of periods and to deadlines), generated with `arbitrary` from bytes;
//! - [`model`]: a plain Rust model of what each call should do, exact error included;
//! - [`harness`]: runs each operation on the contract in the Soroban host and on the model,
//!   and after every step checks that both agree and that the invariants of `SPEC.md` hold;
//!   at the end, finishes every open milestone by the approver alone and, on a replayed twin
//!   of the same state, by the service provider alone.

pub mod harness;
pub mod model;
pub mod ops;

use escrow::testutils::Fixture;

pub use harness::{Harness, Observation, Party};
pub use model::{Model, Outcome};
pub use ops::{ops_from_bytes, Op};

/// Runs `ops` on a contract from `fixture` with the model alongside, checking every step with
/// `observation` (and everything at the end); then checks liveness twice over from the final
/// state: on that contract, every open milestone is finished by calls of the approver alone;
/// on a twin (a second contract from `fixture` that replays `ops`, so it reaches the same
/// state), by calls of the service provider alone. Panics at the first disagreement or broken
/// invariant. Returns both harnesses, for their statistics.
pub fn run_sequence<'a>(
    ops: &[Op],
    fixture: impl Fn() -> Fixture<'a>,
    observation: Observation,
) -> (Harness<'a>, Harness<'a>) {
    let mut harness = Harness::new(fixture(), observation);
    harness.run(ops);
    harness.check_everything("end of the sequence");
    let mut twin = Harness::new(fixture(), Observation::Off);
    twin.run(ops);
    twin.observation = observation;
    twin.check_everything("end of the replayed sequence");
    assert_eq!(twin.model, harness.model, "the replay reached another state");
    harness.finish_alone(Party::Approver);
    twin.finish_alone(Party::ServiceProvider);
    (harness, twin)
}

/// [`run_sequence`] on the operations read from `bytes` (at most `max_ops`), on the native
/// contract, reading everything back every `full_every` steps.
pub fn run_native(bytes: &[u8], max_ops: usize, full_every: usize) -> (Harness<'static>, Harness<'static>) {
    let ops = ops_from_bytes(bytes, max_ops);
    run_sequence(&ops, Fixture::native, Observation::Targeted { full_every })
}
