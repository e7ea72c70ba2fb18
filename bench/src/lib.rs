//! Resource costs of the escrow's entry points, measured by the Soroban host on the shipped
//! optimized wasm, with the typical data of a marketplace escrow and mainnet-like archival
//! settings (the [`Fixture`]'s). `make bench` prints them (`src/main.rs`);
//! `tests/ceilings.rs` keeps them below the ceilings in [`ceilings`].
//!
//! Every figure is the host's own metering of one top-level call (`env.cost_estimate()`):
//! deterministic for a given wasm and input, so they are compared exactly, never timed.

extern crate std;

use std::{format, path::PathBuf, string::String as StdString, vec::Vec as StdVec};

use escrow::{
    testutils::{shipped_wasm, shipped_wasm_path, Fixture, DAY},
    MilestoneStatus, NewEscrow, NewMilestone, Role, MAX_MILESTONES,
};
use floor::FloorClient;
use soroban_env_host::InvocationResourceLimits;
use soroban_sdk::{testutils::cost_estimate::NetworkInvocationResourceLimits, String, Vec};

pub mod ceilings;
pub mod footprint;

/// Byte lengths of the typical texts: engagement id, title, description, milestone
/// description, evidence, notes.
pub const ENGAGEMENT_ID_LEN: usize = 12;
pub const TITLE_LEN: usize = 24;
pub const DESCRIPTION_LEN: usize = 120;
pub const MILESTONE_DESCRIPTION_LEN: usize = 40;
pub const EVIDENCE_LEN: usize = 60;
pub const NOTES_LEN: usize = 40;
/// Milestones of the typical escrow.
pub const TYPICAL_MILESTONES: u32 = 10;
/// What each milestone pays (100 units of a 7-decimal token).
pub const MILESTONE_AMOUNT: i128 = 100_0000000;
/// The typical time terms: a 7-day review period, a 14-day resolution period, a 50 % fallback
/// share, and milestone `i` due `FIRST_DEADLINE + i` days after creation.
pub const REVIEW_PERIOD: u64 = 7 * DAY;
pub const RESOLUTION_PERIOD: u64 = 14 * DAY;
pub const FALLBACK_RECEIVER_BPS: u32 = 5_000;
pub const FIRST_DEADLINE: u64 = 10 * DAY;

/// What the host metered for one call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cost {
    pub instructions: i64,
    pub memory_bytes: i64,
    /// Ledger entries in the call's footprint that it only reads or also writes.
    pub entries_read: u32,
    pub entries_written: u32,
    pub bytes_written: u32,
    pub event_bytes: u32,
    /// The fee at the mainnet rates the SDK ships, rent apart, in stroops.
    pub fee_without_rent: i64,
    /// Rent for the persistent entries the call wrote or extended, in stroops. The rent of the
    /// temporary nonce entry that a mocked signature creates is left out: it is an artifact of
    /// the test host (every real signature also writes one, but that is the signer's cost, not
    /// the contract's, and the same for every contract).
    pub rent: i64,
}

impl Cost {
    /// The cost of the last top-level call in `fixture`'s host.
    pub fn of_last_call(fixture: &Fixture) -> Cost {
        let estimate = fixture.env.cost_estimate();
        let r = estimate.resources();
        let fee = estimate.fee();
        Cost {
            instructions: r.instructions,
            memory_bytes: r.mem_bytes,
            entries_read: r.memory_read_entries + r.disk_read_entries,
            entries_written: r.write_entries,
            bytes_written: r.write_bytes,
            event_bytes: r.contract_events_size_bytes,
            fee_without_rent: fee.total - fee.persistent_entry_rent - fee.temporary_entry_rent,
            rent: fee.persistent_entry_rent,
        }
    }

    /// The ledger and event footprint, which must not depend on how much is stored.
    pub fn footprint(&self) -> (u32, u32, u32, u32) {
        (
            self.entries_read,
            self.entries_written,
            self.bytes_written,
            self.event_bytes,
        )
    }
}

/// One measured call.
#[derive(Clone, Debug)]
pub struct Row {
    pub call: &'static str,
    pub cost: Cost,
}

/// Where `stellar contract build` leaves the floor contract: beside `escrow.wasm`, unless
/// `FLOOR_WASM` says otherwise.
pub fn floor_wasm_path() -> PathBuf {
    std::env::var_os("FLOOR_WASM")
        .map(PathBuf::from)
        .unwrap_or_else(|| shipped_wasm_path().with_file_name("floor.wasm"))
}

/// Custom sections of the contract's wasm that describe it and are never executed: its
/// interface (`contractspecv0`, what `stellar contract info interface` and the TypeScript
/// client read, docs included), its metadata (`contractmetav0`) and the environment it was
/// built for (`contractenvmetav0`). They cost only once, at upload, never per call.
pub const DESCRIPTIVE_SECTIONS: [&str; 3] =
    ["contractspecv0", "contractmetav0", "contractenvmetav0"];

/// The mainnet limit on a contract's wasm: the largest contract code ledger entry, in bytes
/// (the SDK's snapshot of mainnet's settings, `max_contract_code_entry_size_bytes`).
pub const NETWORK_WASM_LIMIT: usize = 131_072;

/// The sizes of the shipped wasm, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WasmSize {
    /// The whole file, as uploaded.
    pub file: usize,
    /// The file without its [`DESCRIPTIVE_SECTIONS`]: the code, data and imports the VM
    /// parses and instantiates on every call, which is what makes a bigger contract cost more
    /// per call.
    pub code: usize,
}

/// The sizes of the shipped wasm.
pub fn wasm_size() -> WasmSize {
    wasm_sizes_of(&shipped_wasm())
}

/// The sizes of the wasm module `wasm`: its length, and its length without its
/// [`DESCRIPTIVE_SECTIONS`].
///
/// A wasm module is an 8-byte header followed by sections, each an id byte, a LEB128 length
/// and that many bytes; a custom section (id 0) begins with its name as a LEB128 length and
/// UTF-8 bytes.
pub fn wasm_sizes_of(wasm: &[u8]) -> WasmSize {
    assert!(wasm.starts_with(b"\0asm"), "not a wasm module");
    let mut descriptive = 0;
    let mut at = 8;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        at += 1;
        let (length, after) = leb128(wasm, at);
        let end = after + length;
        if id == 0 {
            let (name_length, name_at) = leb128(wasm, after);
            let name = &wasm[name_at..name_at + name_length];
            if DESCRIPTIVE_SECTIONS.iter().any(|s| s.as_bytes() == name) {
                descriptive += end - start;
            }
        }
        at = end;
    }
    assert_eq!(at, wasm.len(), "the sections end at the end of the module");
    WasmSize {
        file: wasm.len(),
        code: wasm.len() - descriptive,
    }
}

/// The unsigned LEB128 number at `at`, and where the bytes after it start.
fn leb128(bytes: &[u8], mut at: usize) -> (usize, usize) {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = bytes[at];
        at += 1;
        value |= ((byte & 0x7f) as usize) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

/// A text of exactly `len` bytes.
fn text(f: &Fixture, len: usize) -> String {
    let sample = "Milestone escrow typical text, long enough for every field we measure. ";
    let repeated = sample.repeat(len / sample.len() + 1);
    String::from_str(&f.env, &repeated[..len])
}

/// The shipped escrow and the floor in one host, so both see the same ledger.
pub struct Bench {
    pub f: Fixture<'static>,
    pub floor: FloorClient<'static>,
}

impl Bench {
    /// The shipped escrow and the floor, registered from their wasm bytes, with the receiver,
    /// the platform and the approver already holding the token (a first payment to an address
    /// creates its balance entry, a cost of the token, not of the escrow).
    pub fn new() -> Bench {
        let f = Fixture::wasm();
        let floor_wasm = std::fs::read(floor_wasm_path()).unwrap_or_else(|e| {
            panic!(
                "cannot read the floor wasm at {}: {e}; build it first with `make build`",
                floor_wasm_path().display()
            )
        });
        let floor_address = f.env.register(floor_wasm.as_slice(), ());
        let floor = FloorClient::new(&f.env, &floor_address);
        for holder in [
            &f.parties.receiver,
            &f.parties.platform,
            &f.parties.approver,
        ] {
            f.usdc.mint(holder, 1);
        }
        Bench { f, floor }
    }

    /// `count` new milestones with the typical texts, the first due `FIRST_DEADLINE` from now
    /// and each next one a day later.
    pub fn typical_milestones(&self, count: u32) -> Vec<NewMilestone> {
        let f = &self.f;
        let mut list = Vec::new(&f.env);
        for i in 0..count {
            list.push_back(NewMilestone {
                description: text(f, MILESTONE_DESCRIPTION_LEN),
                amount: MILESTONE_AMOUNT,
                deadline: f.now() + FIRST_DEADLINE + i as u64 * DAY,
                receiver: None,
            });
        }
        list
    }

    /// A new escrow with the typical texts and terms and `milestones` milestones.
    pub fn typical_escrow(&self, milestones: u32) -> NewEscrow {
        let f = &self.f;
        NewEscrow {
            engagement_id: text(f, ENGAGEMENT_ID_LEN),
            title: text(f, TITLE_LEN),
            description: text(f, DESCRIPTION_LEN),
            roles: f.parties.roles(),
            token: f.usdc.address.clone(),
            platform_fee_bps: 250,
            review_period: REVIEW_PERIOD,
            resolution_period: RESOLUTION_PERIOD,
            fallback_receiver_bps: FALLBACK_RECEIVER_BPS,
            milestones: self.typical_milestones(milestones),
        }
    }

    /// Creates and fully funds a typical escrow of `milestones` milestones; returns its id.
    pub fn create_funded(&self, milestones: u32) -> u64 {
        let f = &self.f;
        let id = f.create(&self.typical_escrow(milestones));
        let total = MILESTONE_AMOUNT * milestones as i128;
        f.usdc.mint(&f.parties.approver, total);
        f.client
            .mock_all_auths()
            .fund_escrow(&id, &f.parties.approver, &total);
        id
    }

    /// Stores `count` more escrows of one milestone each, unrelated to the measured one.
    ///
    /// One milestone keeps the setup fast; what matters is that the ledger holds thousands more
    /// entries (an escrow and its milestone each). The host's resource limits are lifted for
    /// the setup only: the test host meters its whole in-memory ledger, which real networks
    /// do not.
    pub fn store_other_escrows(&self, count: u32) {
        let escrow = self.typical_escrow(1);
        let estimate = self.f.env.cost_estimate();
        estimate.disable_resource_limits();
        for _ in 0..count {
            self.f.create(&escrow);
        }
        estimate.enforce_resource_limits(InvocationResourceLimits::mainnet());
    }

    fn cost(&self) -> Cost {
        Cost::of_last_call(&self.f)
    }

    /// `change_milestone_status` to `ForReview` with typical evidence and notes.
    pub fn submit(&self, id: u64, index: u32) -> Cost {
        let f = &self.f;
        f.client.mock_all_auths().change_milestone_status(
            &id,
            &index,
            &MilestoneStatus::ForReview,
            &Some(text(f, EVIDENCE_LEN)),
            &Some(text(f, NOTES_LEN)),
        );
        self.cost()
    }

    /// Stores a floor escrow `id` with `milestones` milestones, as the escrow's would be.
    pub fn floor_setup(&self, id: u64, milestones: u32) {
        let f = &self.f;
        self.floor.setup(
            &id,
            &f.parties.service_provider,
            &milestones,
            &text(f, MILESTONE_DESCRIPTION_LEN),
            &MILESTONE_AMOUNT,
        );
    }

    /// The floor's status change of milestone `index` of its escrow `id`, with the same
    /// evidence and notes as [`Bench::submit`].
    pub fn floor_submit(&self, id: u64, index: u32) -> Cost {
        let f = &self.f;
        self.floor.mock_all_auths().change_milestone_status(
            &id,
            &index,
            &1,
            &Some(text(f, EVIDENCE_LEN)),
            &Some(text(f, NOTES_LEN)),
        );
        self.cost()
    }

    pub fn approve(&self, id: u64, index: u32) -> Cost {
        self.f
            .client
            .mock_all_auths()
            .approve_milestone(&id, &index);
        self.cost()
    }

    pub fn release(&self, id: u64, index: u32) -> Cost {
        self.f
            .client
            .mock_all_auths()
            .release_milestone(&id, &index);
        self.cost()
    }

    pub fn get_milestone(&self, id: u64, index: u32) -> Cost {
        self.f.client.get_milestone(&id, &index);
        self.cost()
    }

    /// Every entry point once, on a typical escrow, in the order of the escrow's story. The
    /// clock moves 21 days in all, less than the 60 days below which calls extend entries, so
    /// no row pays for another's upkeep.
    pub fn every_entry_point(&self) -> StdVec<Row> {
        let f = &self.f;
        let c = &f.client;
        let p = &f.parties;
        let mut rows = StdVec::new();
        let mut row = |call, cost| rows.push(Row { call, cost });

        let new = self.typical_escrow(TYPICAL_MILESTONES);
        let id = c.mock_all_auths().create_escrow(&new);
        row("create_escrow", self.cost());
        let total = MILESTONE_AMOUNT * TYPICAL_MILESTONES as i128;
        f.usdc.mint(&p.approver, total);
        c.mock_all_auths().fund_escrow(&id, &p.approver, &total);
        row("fund_escrow", self.cost());
        row("change_milestone_status", self.submit(id, 0));
        c.mock_all_auths()
            .request_changes(&id, &0, &Some(text(f, NOTES_LEN)));
        row("request_changes", self.cost());
        self.submit(id, 0);
        row("approve_milestone", self.approve(id, 0));
        row("release_milestone", self.release(id, 0));
        self.submit(id, 1);
        c.mock_all_auths()
            .dispute_milestone(&id, &1, &p.approver, &text(f, NOTES_LEN));
        row("dispute_milestone", self.cost());
        c.mock_all_auths()
            .resolve_dispute(&id, &1, &(MILESTONE_AMOUNT * 6 / 10));
        row("resolve_dispute", self.cost());
        c.mock_all_auths()
            .settle_milestone(&id, &2, &(MILESTONE_AMOUNT / 2));
        row("settle_milestone", self.cost());
        self.submit(id, 3);
        self.submit(id, 4);
        c.mock_all_auths()
            .dispute_milestone(&id, &4, &p.approver, &text(f, NOTES_LEN));
        self.submit(id, 5);
        self.submit(id, 6);
        c.mock_all_auths()
            .approve_and_release(&id, &soroban_sdk::vec![&f.env, 5u32, 6]);
        row("approve_and_release", self.cost());
        f.advance_time(REVIEW_PERIOD);
        c.mock_all_auths().claim_milestone(&id, &3);
        row("claim_milestone", self.cost());
        f.advance_time(RESOLUTION_PERIOD);
        c.mock_all_auths()
            .expire_dispute(&id, &4, &p.service_provider);
        row("expire_dispute", self.cost());
        // Milestone 7 was due 17 days after creation: 21 days have passed.
        c.mock_all_auths().cancel_milestone(&id, &7);
        row("cancel_milestone", self.cost());
        c.mock_all_auths()
            .add_milestones(&id, &self.typical_milestones(2));
        row("add_milestones", self.cost());
        c.mock_all_auths()
            .transfer_role(&id, &Role::Platform, &p.outsider);
        row("transfer_role", self.cost());
        // A payout the token refuses: the receiver's balance is frozen, so its pay is
        // credited, then withdrawn once it is unfrozen.
        f.usdc.freeze(&p.receiver);
        self.submit(id, 8);
        self.approve(id, 8);
        self.release(id, 8);
        f.usdc.unfreeze(&p.receiver);
        c.claimable(&p.receiver, &f.usdc.address);
        row("claimable", self.cost());
        c.mock_all_auths().withdraw(&p.receiver, &f.usdc.address);
        row("withdraw", self.cost());
        c.get_escrow(&id);
        row("get_escrow", self.cost());
        row("get_milestone", self.get_milestone(id, 9));
        c.get_milestones(&id);
        row("get_milestones", self.cost());
        c.extend_ttl(&id);
        row("extend_ttl", self.cost());
        c.admin();
        row("admin", self.cost());
        c.mock_all_auths().set_admin(&p.outsider);
        row("set_admin", self.cost());
        let hash = f
            .env
            .deployer()
            .upload_contract_wasm(shipped_wasm().as_slice());
        c.mock_all_auths().upgrade(&hash);
        row("upgrade", self.cost());
        rows
    }
}

impl Default for Bench {
    fn default() -> Self {
        Self::new()
    }
}

/// One cell of the scaling table: the calls measured on the last milestone of an escrow with
/// `milestones` milestones, with `others` other escrows stored, and the floor beside it.
#[derive(Clone, Debug)]
pub struct Scaling {
    pub milestones: u32,
    pub others: u32,
    pub change: Cost,
    pub approve: Cost,
    pub release: Cost,
    pub get_milestone: Cost,
    pub floor_change: Cost,
}

impl Scaling {
    /// Ours divided by the floor's, in CPU instructions, for `change_milestone_status`.
    pub fn cpu_ratio(&self) -> f64 {
        self.change.instructions as f64 / self.floor_change.instructions as f64
    }
}

/// Measures the scaling table's calls for every number of milestones in `milestone_counts`
/// and of other escrows in `others_counts`.
///
/// Each cell gets a host of its own in which everything is stored before anything is measured,
/// and the floor's call is measured first on the same ledger: the test host's CPU count grows
/// with the number of entries it holds, for every contract.
pub fn scaling(milestone_counts: &[u32], others_counts: &[u32]) -> StdVec<Scaling> {
    let mut table = StdVec::new();
    for &others in others_counts {
        for &milestones in milestone_counts {
            let bench = Bench::new();
            bench.store_other_escrows(others);
            // Setup too: the test host's memory count of a creation grows with the whole
            // ledger it holds, which a network's does not.
            let estimate = bench.f.env.cost_estimate();
            estimate.disable_resource_limits();
            let id = bench.create_funded(milestones);
            bench.floor_setup(id, milestones);
            estimate.enforce_resource_limits(InvocationResourceLimits::mainnet());
            let last = milestones - 1;
            // The first write after a large setup costs the test host more (about 10 % with
            // 1,000 escrows stored), whichever contract makes it: absorb it unmeasured.
            bench.floor_submit(id, last);
            let floor_change = bench.floor_submit(id, last);
            table.push(Scaling {
                milestones,
                others,
                floor_change,
                change: bench.submit(id, last),
                approve: bench.approve(id, last),
                release: bench.release(id, last),
                get_milestone: bench.get_milestone(id, last),
            });
        }
    }
    table
}

/// The numbers of milestones in the scaling table: 1, the typical 10 and the maximum.
pub fn milestone_counts() -> [u32; 3] {
    [1, TYPICAL_MILESTONES, MAX_MILESTONES]
}

/// Formats a number with thin groups of three digits: 1,234,567.
pub fn grouped(n: i64) -> StdString {
    let digits = n.unsigned_abs().to_string();
    let mut out = StdString::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}
