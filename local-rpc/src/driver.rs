//! The driver: runs calls on the embedded Soroban host with the shipped wasm, and closes a
//! ledger after each with the contract events the call published, on the [`Chain`] the
//! server answers from.

use std::{
    cell::RefCell,
    sync::{Arc, Mutex},
};

use escrow::testutils::Fixture;
use soroban_sdk::testutils::Events as _;
use stellar_xdr::{ContractEvent, ScAddress};

use crate::chain::{Chain, Ledger};

/// The passphrase of the stand-in's network: the one stellar-cli and the SDKs use for a
/// standalone network.
pub const PASSPHRASE: &str = "Standalone Network ; February 2017";

/// The embedded host with the escrow deployed, and the ledgers closed so far.
pub struct Driver<'a> {
    pub fixture: Fixture<'a>,
    pub chain: Arc<Mutex<Chain>>,
    /// Every contract event the host published in the steps, in order, as it published them.
    pub published: RefCell<Vec<ContractEvent>>,
}

impl Driver<'_> {
    /// The escrow deployed from the shipped wasm on a new host; the chain keeps the events of
    /// the latest `retention_window` ledgers.
    pub fn new(retention_window: u32) -> Self {
        let fixture = Fixture::wasm();
        let first = Ledger {
            sequence: fixture.env.ledger().sequence(),
            close_time: fixture.env.ledger().timestamp(),
        };
        fixture.advance(1);
        let chain = Chain::new(PASSPHRASE, first, retention_window);
        Driver {
            fixture,
            chain: Arc::new(Mutex::new(chain)),
            published: RefCell::new(Vec::new()),
        }
    }

    /// Runs `call` as one transaction and closes its ledger with the contract events of the
    /// call's last invocation of the host (a setup call before it, such as minting tokens to
    /// deposit, publishes nothing on the chain).
    pub fn step<T>(&self, call: impl FnOnce(&Fixture) -> T) -> T {
        let result = call(&self.fixture);
        let env = &self.fixture.env;
        let events = env.events().all().events().to_vec();
        self.published.borrow_mut().extend(events.iter().cloned());
        let mut chain = self.chain.lock().expect("the chain's lock");
        chain.close(env.ledger().sequence(), env.ledger().timestamp(), &[events]);
        chain.set_state(env.to_ledger_snapshot());
        drop(chain);
        self.fixture.advance(1);
        result
    }

    /// The escrow contract's id (`C…`).
    pub fn contract_id(&self) -> String {
        ScAddress::from(&self.fixture.contract).to_string()
    }

    /// The first ledger a step closed.
    pub fn first_ledger(&self) -> u32 {
        self.chain
            .lock()
            .expect("the chain's lock")
            .oldest()
            .sequence
            + 1
    }

    /// A short story, a call per ledger: an escrow of two milestones created and funded, the
    /// first delivered, approved and released. Returns the escrow's id.
    pub fn short_story(&self) -> u64 {
        let id = self.step(|f| f.create(&f.new_escrow(&[1_000, 2_000])));
        self.step(|f| f.fund(id, 3_000));
        self.step(|f| f.submit(id, 0));
        self.step(|f| f.client.mock_all_auths().approve_milestone(&id, &0));
        self.step(|f| f.client.mock_all_auths().release_milestone(&id, &0));
        id
    }
}
