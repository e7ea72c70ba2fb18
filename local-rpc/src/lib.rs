//! A Stellar RPC stand-in, for tests and the demo only: no Stellar network is reachable from
//! the machines this project is built and tested on. It answers the read methods a notifier
//! uses (`getHealth`, `getNetwork`, `getLatestLedger`, `getEvents`, and `simulateTransaction`
//! of a contract call) as stellar-rpc answers them, over ledgers that a driver closes with the events the embedded Soroban host
//! published. It is never the network, and never presented as one.
//!
//! Modules: [`chain`] holds the ledgers and answers the methods; [`driver`] runs calls on the
//! embedded host with the shipped wasm and closes a ledger after each; [`server`] speaks
//! JSON-RPC over HTTP on loopback; [`simulate`] runs `simulateTransaction`. The binary serves
//! the driver's short story.

pub mod chain;
pub mod driver;
pub mod server;
pub mod simulate;
