use escrow_bench::Bench;
fn main() {
    let b = Bench::new();
    let id = b.create_funded(10);
    b.submit(id, 0);
    println!("{}", b.f.env.cost_estimate().budget());
    b.floor_setup(5, 10);
    b.floor_submit(5, 0);
    println!("{}", b.f.env.cost_estimate().budget());
}
