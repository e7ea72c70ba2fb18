//! The escrow's operation model, shared by the property test (`tests/random_sequences.rs`)
//! and the fuzz target (`fuzz/`).
//!
//! - [`ops`]: the operations a random sequence is made of (every entry point, random signers,
//!   ids, indices, amounts and text lengths), generated with `arbitrary` from bytes;
//! - [`model`]: a plain Rust model of what each call should do, exact error included;
//! - [`harness`]: runs each operation on the contract in the Soroban host and on the model, and
//!   after every step checks that both agree and that the invariants of `SECURITY.md` hold.

pub mod harness;
pub mod model;
pub mod ops;

pub use harness::Harness;
pub use model::{Model, Outcome};
pub use ops::{ops_from_bytes, Op};

/// Runs the operations read from `bytes` (at most `max_ops`) on a fresh native contract with
/// the model alongside, panicking at the first disagreement or broken invariant. Returns the
/// harness, for its statistics.
pub fn run_native(bytes: &[u8], max_ops: usize) -> Harness<'static> {
    let ops = ops_from_bytes(bytes, max_ops);
    let mut harness = Harness::new(escrow::testutils::Fixture::native());
    harness.run(&ops);
    harness
}
