//! The host's CPU and memory by cost type for one `change_milestone_status` and the floor's,
//! to see where instructions go (`cargo run --release -p escrow-bench --example breakdown`).

use escrow_bench::Bench;

fn main() {
    let bench = Bench::new();
    let id = bench.create_funded(10);
    bench.submit(id, 0);
    println!("escrow:\n{}", bench.f.env.cost_estimate().budget());
    bench.floor_setup(id, 10);
    bench.floor_submit(id, 0);
    println!("floor:\n{}", bench.f.env.cost_estimate().budget());
}
