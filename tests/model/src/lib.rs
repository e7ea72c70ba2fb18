//! The escrow's operation model (interface v2), shared by the property test
//! (`tests/random_sequences.rs`) and the fuzz target (`fuzz/`).
//!
//! - [`ops`]: the operations a random sequence is made of (every entry point, random signers,
//!   ids, indices, amounts, terms, deadlines, text lengths; frozen balances; the clock moving
//!   to the end of periods and to deadlines), generated with `arbitrary` from bytes;
//! - [`model`]: a plain Rust model of what each call should do, exact error included;
//! - [`harness`]: runs each operation on the contract in the Soroban host and on the model,
//!   and after every step checks that both agree and that the invariants of `SPEC.md` hold;
//!   at the end, finishes every open milestone by the approver alone and, on a fork of the
//!   host in the same state, by the service provider alone.

pub mod harness;
pub mod model;
pub mod ops;

use escrow::testutils::Fixture;

pub use harness::{Harness, Party};
pub use model::{Model, Outcome};
pub use ops::{ops_from_bytes, Op};

/// Runs `ops` on a contract from `fixture` with the model alongside, checking every step, with
/// a full read every `full_every` steps; then checks liveness twice over from the final state:
/// on that contract, every open milestone is finished by calls of the approver alone; on a fork
/// of it (the host forked from a ledger snapshot), by calls of the service provider alone. Each
/// ends with a full read of the state. Panics at the first disagreement or broken invariant.
/// Returns both harnesses, for their statistics.
pub fn run_sequence<'a>(
    ops: &[Op],
    fixture: Fixture<'a>,
    full_every: usize,
) -> (Harness<'a>, Harness<'a>) {
    let mut harness = Harness::new(fixture, full_every);
    harness.run(ops);
    let mut twin = harness.fork();
    harness.finish_alone(Party::Approver);
    twin.finish_alone(Party::ServiceProvider);
    (harness, twin)
}

/// [`run_sequence`] on the operations read from `bytes` (at most `max_ops`), on the native
/// contract, reading everything back every `full_every` steps.
pub fn run_native(
    bytes: &[u8],
    max_ops: usize,
    full_every: usize,
) -> (Harness<'static>, Harness<'static>) {
    let ops = ops_from_bytes(bytes, max_ops);
    run_sequence(&ops, Fixture::native(), full_every)
}
