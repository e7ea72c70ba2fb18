//! The figures of the capacity model in BENCHMARKS.md: for a status change, a creation and a
//! release of the typical escrow, what one call takes of each per-ledger limit, and how many
//! fit in a ledger (`cargo run --release -p escrow-bench --example capacity`).
//!
//! Entries and bytes written leave out the signature nonce that the test host's mocked
//! signature writes: a transaction submitted by its signer (the usual case: Bob submits his
//! own delivery) writes none.

use escrow::MilestoneStatus;
use escrow_bench::{
    footprint::{arg, simulate},
    Bench, Cost, MILESTONE_AMOUNT, TYPICAL_MILESTONES,
};
use soroban_sdk::xdr::{
    ContractDataDurability, ContractDataEntry, ExtensionPoint, LedgerEntry, LedgerEntryData,
    LedgerEntryExt, LedgerKey, Limits, ScAddress, ScNonceKey, ScVal, WriteXdr,
};

/// Mainnet's ledger-wide limits since SLP-4 (accepted January 2026; the values SLP-7's draft
/// of October 2026 reports as current): instructions per cluster and clusters, entries and
/// bytes written, transaction bytes.
const LEDGER_INSTRUCTIONS_PER_CLUSTER: i64 = 580_000_000;
const CLUSTERS: i64 = 2;
const LEDGER_WRITE_ENTRIES: i64 = 1_000;
const LEDGER_WRITE_BYTES: i64 = 286_720;
const LEDGER_TRANSACTION_BYTES: i64 = 266_240;

fn nonce_entry_bytes(bench: &Bench) -> i64 {
    let entry = LedgerEntry {
        last_modified_ledger_seq: 0,
        data: LedgerEntryData::ContractData(ContractDataEntry {
            ext: ExtensionPoint::V0,
            contract: ScAddress::from(&bench.f.parties.service_provider),
            key: ScVal::LedgerKeyNonce(ScNonceKey { nonce: 0 }),
            durability: ContractDataDurability::Temporary,
            val: ScVal::Void,
        }),
        ext: LedgerEntryExt::V0,
    };
    entry.to_xdr(Limits::none()).unwrap().len() as i64
}

fn report(name: &str, cost: &Cost, nonce: i64, transaction_bytes: i64, serial: bool) {
    let entries = cost.entries_written as i64 - 1;
    let bytes = cost.bytes_written as i64 - nonce;
    let by_cpu = if serial {
        LEDGER_INSTRUCTIONS_PER_CLUSTER / cost.instructions
    } else {
        CLUSTERS * (LEDGER_INSTRUCTIONS_PER_CLUSTER / cost.instructions)
    };
    let limits = [
        ("instructions", by_cpu),
        ("entries written", LEDGER_WRITE_ENTRIES / entries),
        ("bytes written", LEDGER_WRITE_BYTES / bytes),
        (
            "transaction bytes",
            LEDGER_TRANSACTION_BYTES / transaction_bytes,
        ),
    ];
    let (binding, per_ledger) = limits.iter().min_by_key(|(_, n)| *n).unwrap();
    println!(
        "| {name} | {} | {entries} | {bytes} | {transaction_bytes} | {} | {} | {} | {} | {per_ledger} ({binding}) | {} |",
        cost.instructions,
        limits[0].1,
        limits[1].1,
        limits[2].1,
        limits[3].1,
        per_ledger * 17_280,
    );
}

fn main() {
    let bench = Bench::new();
    let f = &bench.f;
    let nonce = nonce_entry_bytes(&bench);
    println!("signature nonce entry: {nonce} bytes");
    println!("| call | CPU | entries written | bytes written | transaction bytes | by CPU | by entries | by bytes | by transaction | per ledger (binding) | per day |");
    println!("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");

    let new = bench.typical_escrow(TYPICAL_MILESTONES);
    let create_tx = simulate(f, "create_escrow", vec![arg(f, new.clone())]).transaction_bytes;
    let id = f.client.mock_all_auths().create_escrow(&new);
    let create = Cost::of_last_call(f);
    report("create_escrow", &create, nonce, create_tx as i64, true);

    let total = MILESTONE_AMOUNT * TYPICAL_MILESTONES as i128;
    f.usdc.mint(&f.parties.approver, total);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &f.parties.approver, &total);
    let evidence =
        Some(f.text("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"));
    let notes = Some(f.text("Landing page v2 with the pricing table"));
    let change_tx = simulate(
        f,
        "change_milestone_status",
        vec![
            arg(f, id),
            arg(f, 0u32),
            arg(f, MilestoneStatus::ForReview),
            arg(f, evidence.clone()),
            arg(f, notes.clone()),
        ],
    )
    .transaction_bytes;
    let change = bench.submit(id, 0);
    report(
        "change_milestone_status",
        &change,
        nonce,
        change_tx as i64,
        false,
    );

    bench.approve(id, 0);
    let release_tx =
        simulate(f, "release_milestone", vec![arg(f, id), arg(f, 0u32)]).transaction_bytes;
    let release = bench.release(id, 0);
    report(
        "release_milestone",
        &release,
        nonce,
        release_tx as i64,
        true,
    );

    println!("\n| milestones | bytes stored | rent per year, SDK rate | per 1,000 escrows |");
    println!("|--:|--:|--:|--:|");
    for milestones in [1, 10, 50] {
        let id = bench.create_funded(milestones);
        let bytes = escrow_bytes(&bench, id);
        let stroops = bytes * LEDGERS_PER_YEAR * SDK_RENT_PER_KB / (1024 * SDK_RENT_DENOMINATOR);
        println!(
            "| {milestones} | {bytes} | {:.2} XLM | {:.0} XLM |",
            stroops as f64 / 1e7,
            stroops as f64 * 1_000.0 / 1e7
        );
    }
}

/// Ledgers in a year at five seconds a ledger.
const LEDGERS_PER_YEAR: i64 = 365 * 17_280;
/// The rent rate soroban-sdk 28's fee estimate uses (`fee_per_rent_1kb`, "a bit higher than
/// the current network fee") and mainnet's persistent rent denominator: rent =
/// bytes × ledgers × 12 000 / (1 024 × 1 215) stroops.
const SDK_RENT_PER_KB: i64 = 12_000;
const SDK_RENT_DENOMINATOR: i64 = 1_215;

/// The bytes of every ledger entry of escrow `id`: header, details, accounts and both entries
/// of every milestone (the keys `id × 512 + …`).
fn escrow_bytes(bench: &Bench, id: u64) -> i64 {
    let contract = ScAddress::from(&bench.f.contract);
    bench
        .f
        .env
        .to_ledger_snapshot()
        .ledger_entries
        .iter()
        .filter(|(key, _)| match key.as_ref() {
            LedgerKey::ContractData(data) => {
                data.contract == contract && matches!(data.key, ScVal::U64(k) if k >> 9 == id)
            }
            _ => false,
        })
        .map(|(_, (entry, _))| entry.to_xdr(Limits::none()).unwrap().len() as i64)
        .sum()
}
