//! Tests of every entry point on the real Soroban host, with the contract compiled natively.
mod smoke;
