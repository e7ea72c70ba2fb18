//! `escrow-local-rpc`: runs the escrow's short story on the embedded host, serves it as a
//! Stellar RPC on a loopback port, and prints one JSON line saying where: `{"url", "contract_id",
//! "escrow_id", "start_ledger", "passphrase"}`. Test-only, never the network. Runs until
//! killed.
//!
//!   escrow-local-rpc [--retention-window LEDGERS]

use escrow_local_rpc::{driver::Driver, server};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut retention_window = 120_960;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next().map(|v| v.parse::<u32>())) {
            ("--retention-window", Some(Ok(ledgers))) if ledgers > 0 => retention_window = ledgers,
            _ => {
                eprintln!("usage: escrow-local-rpc [--retention-window LEDGERS]");
                std::process::exit(2);
            }
        }
    }
    let driver = Driver::new(retention_window);
    let escrow_id = driver.short_story();
    let address = server::spawn(driver.chain.clone());
    println!(
        "{}",
        serde_json::json!({
            "url": format!("http://{address}"),
            "contract_id": driver.contract_id(),
            "escrow_id": escrow_id,
            "start_ledger": driver.first_ledger(),
            "passphrase": escrow_local_rpc::driver::PASSPHRASE,
        })
    );
    loop {
        std::thread::park();
    }
}
