use escrow_bench::Bench;
fn main() {
    let bench = Bench::new();
    let id = bench.create_funded(10);
    bench.floor_setup(id, 10);
    let floor = bench.floor_submit(id, 0);
    let ours = bench.submit(id, 0);
    let ours2 = bench.submit(id, 1);
    let floor2 = bench.floor_submit(id, 1);
    println!("floor {} ours {} ours2 {} floor2 {}", floor.instructions, ours.instructions, ours2.instructions, floor2.instructions);
    println!("{}", bench.f.env.cost_estimate().budget());
    bench.submit(id, 2);
    println!("{}", bench.f.env.cost_estimate().budget());
}
