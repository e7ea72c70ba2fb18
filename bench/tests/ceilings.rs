//! Holds every entry point's cost at or below the ceilings committed in `src/ceilings.rs`, and
//! the targets: near the floor for a status change, flat in the number of milestones
//! and of escrows. Measured by the host on the shipped wasm, so every figure is exact.

use escrow_bench::{
    ceilings, milestone_counts, scaling, wasm_size, wasm_sizes_of, Bench, Cost, NETWORK_WASM_LIMIT,
};

#[test]
fn every_entry_point_stays_at_or_below_its_ceiling() {
    let rows = Bench::new().every_entry_point();
    assert_eq!(
        rows.len(),
        ceilings::PER_CALL.len(),
        "a ceiling for every row"
    );
    let mut over = Vec::new();
    for (row, &(call, instructions, bytes_written)) in rows.iter().zip(ceilings::PER_CALL) {
        assert_eq!(row.call, call, "ceilings are listed in the bench's order");
        if row.cost.instructions > instructions || row.cost.bytes_written > bytes_written {
            over.push(format!(
                "{call}: {} instructions (ceiling {instructions}), {} bytes written (ceiling {bytes_written})",
                row.cost.instructions, row.cost.bytes_written
            ));
        }
    }
    assert!(over.is_empty(), "over the ceiling:\n{}", over.join("\n"));
}

#[test]
fn the_wasm_code_stays_at_or_below_its_ceiling_and_the_file_fits_the_network() {
    let size = wasm_size();
    assert!(
        size.code <= ceilings::WASM_CODE_BYTES,
        "{} bytes of code, ceiling {}",
        size.code,
        ceilings::WASM_CODE_BYTES
    );
    // The spec and meta sections are uploaded too: the whole file must fit the network's
    // limit, with room to spare for the interface to grow.
    assert!(
        size.file <= NETWORK_WASM_LIMIT / 2,
        "{} bytes in all, over half the network's limit of {NETWORK_WASM_LIMIT}",
        size.file
    );
}

#[test]
fn the_size_measure_leaves_out_exactly_the_descriptive_sections() {
    // A module of a header, one code-like section (id 10) of 3 bytes, and one custom section
    // of each kind: named `contractspecv0` (left out), `name` (kept).
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend([10, 3, 1, 2, 3]);
    let spec = [&[14u8][..], b"contractspecv0", &[9, 9]].concat();
    wasm.extend([0, spec.len() as u8]);
    wasm.extend(&spec);
    let name = [&[4u8][..], b"name", &[7]].concat();
    wasm.extend([0, name.len() as u8]);
    wasm.extend(&name);
    let size = wasm_sizes_of(&wasm);
    assert_eq!(size.file, wasm.len());
    assert_eq!(size.code, 8 + 5 + 2 + name.len());
}

/// One figure of a cost.
type Measure = fn(&Cost) -> i64;

/// Ours over the floor's, for one measure.
fn ratio(ours: &Cost, floor: &Cost, measure: Measure) -> f64 {
    measure(ours) as f64 / measure(floor) as f64
}

#[test]
fn a_status_change_stays_near_the_floor() {
    let bench = Bench::new();
    let id = bench.create_funded(10);
    bench.floor_setup(id, 10);
    let floor = bench.floor_submit(id, 0);
    let ours = bench.submit(id, 0);
    let limits: [(&str, Measure, f64); 4] = [
        ("CPU instructions", |c| c.instructions, 1.3),
        ("fee without rent", |c| c.fee_without_rent, 1.05),
        ("bytes written", |c| c.bytes_written as i64, 1.0),
        ("event bytes", |c| c.event_bytes as i64, 1.3),
    ];
    for (name, measure, limit) in limits {
        let r = ratio(&ours, &floor, measure);
        assert!(r <= limit, "{name}: {r:.3} × the floor (limit {limit})");
    }
}

#[test]
fn footprints_are_flat_in_milestones_and_escrows_and_cpu_tracks_the_floor() {
    let table = scaling(&milestone_counts(), &[0, 1000]);
    let first = &table[0];
    for cell in &table {
        let at = format!(
            "{} milestones, {} other escrows",
            cell.milestones, cell.others
        );
        assert_eq!(
            cell.change.footprint(),
            first.change.footprint(),
            "change, {at}"
        );
        assert_eq!(
            cell.approve.footprint(),
            first.approve.footprint(),
            "approve, {at}"
        );
        assert_eq!(
            cell.release.footprint(),
            first.release.footprint(),
            "release, {at}"
        );
        let read = (
            cell.get_milestone.footprint(),
            first.get_milestone.footprint(),
        );
        assert_eq!(read.0, read.1, "get_milestone, {at}");
    }
    // The host's CPU count grows with its whole ledger, for the floor too: compare ratios.
    for crowded in table.iter().filter(|c| c.others > 0) {
        let alone = table
            .iter()
            .find(|c| c.others == 0 && c.milestones == crowded.milestones)
            .unwrap();
        assert!(
            crowded.cpu_ratio() <= alone.cpu_ratio() * 1.02,
            "{} milestones: {:.3} × the floor among {} escrows, {:.3} alone",
            crowded.milestones,
            crowded.cpu_ratio(),
            crowded.others + 1,
            alone.cpu_ratio()
        );
    }
}
