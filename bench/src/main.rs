//! `make bench`: prints the resource costs of every entry point, the scaling table and the
//! ratios to the floor, measured on the shipped wasm.

use escrow_bench::{
    grouped, milestone_counts, scaling, wasm_size, Bench, Cost, NETWORK_WASM_LIMIT,
};

fn main() {
    let bench = Bench::new();
    println!("| call | CPU instructions | memory bytes | entries read | entries written | bytes written | event bytes | fee without rent | rent |");
    println!("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for row in bench.every_entry_point() {
        print_row(row.call, &row.cost);
    }
    let id = bench.create_funded(10);
    bench.floor_setup(id, 10);
    let floor = bench.floor_submit(id, 0);
    print_row("floor change_milestone_status", &floor);
    let ours = bench.submit(id, 2);
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
