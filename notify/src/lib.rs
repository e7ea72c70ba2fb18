//! `escrow-notify`: the program a marketplace runs beside the milestone escrow to tell each
//! party what happened and when to act (`../shared/NOTIFY.md`).
//!
//! Modules, one per stage: [`event`] decodes the contract's events as an RPC returns them, and
//! [`signature`] signs webhooks as the Standard Webhooks specification says. The RPC source, the
//! notifier's record, delivery and the clocks follow.

pub mod event;
pub mod signature;
