//! `make bench`: prints the resource costs of every entry point, the ratios to the floor, the
//! footprint of every entry point as a network sees it, and the scaling table, measured on the
//! shipped wasm.

use escrow_bench::{
    footprint::{describe, every_footprint},
    grouped, milestone_counts, scaling, wasm_size, Bench, Cost, NETWORK_WASM_LIMIT,
};

fn main() {
    let bench = Bench::new();
    println!("| call | CPU instructions | memory bytes | entries read | entries written | bytes written | event bytes | fee without rent | rent |");
    println!("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for row in bench.every_entry_point() {
        print_row(row.call, &row.cost);
    }
    // The ratio on a fresh ledger, as `tests/ceilings.rs` measures it: the test host's cost of
    // a storage access grows with the number of entries it holds, for both contracts.
    let fresh = Bench::new();
    let id = fresh.create_funded(10);
    fresh.floor_setup(id, 10);
    let floor = fresh.floor_submit(id, 0);
    print_row("floor change_milestone_status", &floor);
    let ours = fresh.submit(id, 0);
    print_row("change_milestone_status beside it", &ours);
    println!(
        "\nchange_milestone_status ÷ floor: CPU {:.3}, bytes written {:.3}, event bytes {:.3}, fee without rent {:.3}",
        ours.instructions as f64 / floor.instructions as f64,
        ours.bytes_written as f64 / floor.bytes_written as f64,
        ours.event_bytes as f64 / floor.event_bytes as f64,
        ours.fee_without_rent as f64 / floor.fee_without_rent as f64,
    );
    let size = wasm_size();
    println!(
        "\nwasm: {} bytes of code (what every call instantiates), {} bytes with the spec and meta sections (uploaded once; network limit {})",
        grouped(size.code as i64),
        grouped(size.file as i64),
        grouped(NETWORK_WASM_LIMIT as i64),
    );
    if std::env::args().any(|a| a == "--quick") {
        return;
    }

    println!("\nFootprints, as simulation records them (nonces left out), on escrows 1 and 2:");
    let footprints = Bench::new();
    for s in every_footprint(&footprints) {
        if s.escrow.is_some_and(|id| id != 1) {
            continue;
        }
        let names = |keys: &std::collections::BTreeSet<_>| {
            keys.iter()
                .map(|k| describe(&footprints.f, k))
                .collect::<Vec<_>>()
                .join("; ")
        };
        println!(
            "- {} ({} bytes of transaction): writes [{}]; reads [{}]",
            s.call,
            s.footprint.transaction_bytes,
            names(&s.footprint.read_write),
            names(&s.footprint.read_only)
        );
    }

    println!("\n| milestones | other escrows | call | CPU | read | written | bytes written | event bytes | fee without rent |");
    println!("|--:|--:|---|--:|--:|--:|--:|--:|--:|");
    let table = scaling(&milestone_counts(), &[0, 1000]);
    for s in &table {
        for (call, c) in [
            ("change_milestone_status", &s.change),
            ("floor", &s.floor_change),
            ("approve_milestone", &s.approve),
            ("release_milestone", &s.release),
            ("get_milestone", &s.get_milestone),
        ] {
            println!(
                "| {} | {} | {call} | {} | {} | {} | {} | {} | {} |",
                s.milestones,
                s.others,
                grouped(c.instructions),
                c.entries_read,
                c.entries_written,
                grouped(c.bytes_written as i64),
                grouped(c.event_bytes as i64),
                grouped(c.fee_without_rent),
            );
        }
    }
    println!("\n| milestones | other escrows | change_milestone_status CPU ÷ floor CPU |");
    println!("|--:|--:|--:|");
    for s in &table {
        println!("| {} | {} | {:.3} |", s.milestones, s.others, s.cpu_ratio());
    }
}

fn print_row(call: &str, c: &Cost) {
    println!(
        "| {call} | {} | {} | {} | {} | {} | {} | {} | {} |",
        grouped(c.instructions),
        grouped(c.memory_bytes),
        c.entries_read,
        c.entries_written,
        grouped(c.bytes_written as i64),
        grouped(c.event_bytes as i64),
        grouped(c.fee_without_rent),
        grouped(c.rent),
    );
}
