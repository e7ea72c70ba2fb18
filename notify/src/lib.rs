//! `escrow-notify`: the program a marketplace runs beside the milestone escrow to tell each
//! party what happened and when to act (`../shared/NOTIFY.md`).
//!
//! Modules, one per stage: [`event`] decodes the contract's events as an RPC returns them;
//! [`notification`] makes them into the notifications of NOTIFY.md, with the record of every
//! escrow that their recipients need; [`signature`] signs webhooks as the Standard Webhooks
//! specification says; [`store`] keeps the events read, the cursor, the record and the
//! deliveries in SQLite, one transaction per batch; [`retry`] schedules the attempts of a
//! delivery; [`delivery`] sends what is due over HTTP; [`rpc`] reads the pages of a Stellar
//! RPC's `getEvents` and cuts them at whole transactions; [`follow`] is `escrow-notify run`,
//! and [`config`] its command line. Reading escrows from the contract, reconciliation after a
//! gap and the clocks follow.

pub mod config;
pub mod delivery;
pub mod event;
pub mod follow;
pub mod notification;
pub mod retry;
pub mod rpc;
pub mod signature;
pub mod store;

#[cfg(test)]
mod story;
#[cfg(test)]
mod test_receiver;
