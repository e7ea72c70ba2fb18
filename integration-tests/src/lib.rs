//! Holds no code: the tests in `tests/` run the shipped `escrow.wasm` (built by
//! `stellar contract build`) in the Soroban host.
