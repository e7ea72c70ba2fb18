//! `escrow-notify`: follows the milestone escrow through a Stellar RPC and tells each party
//! what happened (`../shared/NOTIFY.md`). A refused configuration prints one line on stderr and
//! exits 1; SIGINT and SIGTERM stop it between two steps, exit 0.

use escrow_notify::{
    config::{self, Command, SECRET_VARIABLE},
    follow,
    store::Store,
};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let secret = std::env::var(SECRET_VARIABLE).ok();
    let scale = std::env::var("ESCROW_NOTIFY_RETRY_SCALE").ok();
    let result = match config::parse(&args, secret.as_deref(), scale.as_deref()) {
        Err(error) => {
            eprintln!("escrow-notify: {error} (--help for usage)");
            std::process::exit(2);
        }
        Ok(Command::Help) => {
            println!("{}", config::USAGE);
            Ok(())
        }
        Ok(Command::Run(config)) => follow::run(config, stop()).await,
        Ok(Command::Deliveries { db, failed }) => deliveries(&db, failed),
        Ok(Command::Resend { db, id }) => resend(&db, id.as_deref()),
    };
    if let Err(error) = result {
        eprintln!("escrow-notify: {error}");
        std::process::exit(1);
    }
}

/// Completes on SIGINT or SIGTERM.
async fn stop() {
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("a SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate.recv() => {}
    }
}

/// Prints the deliveries, one a line: notification, endpoint, status, attempts, last error.
fn deliveries(db: &str, failed: bool) -> Result<(), String> {
    let store = Store::open(db).map_err(|e| e.to_string())?;
    let status = if failed { Some("failed") } else { None };
    for d in store.deliveries(status).map_err(|e| e.to_string())? {
        println!(
            "{}\t{}\t{}\t{} attempt(s)\t{}",
            d.notification_id,
            d.endpoint,
            d.status,
            d.attempts,
            d.last_error.unwrap_or_default()
        );
    }
    Ok(())
}

/// Sends failed deliveries again from now, under their ids.
fn resend(db: &str, id: Option<&str>) -> Result<(), String> {
    let mut store = Store::open(db).map_err(|e| e.to_string())?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let count = store.resend(id, now).map_err(|e| e.to_string())?;
    println!("{count} delivery(ies) to send again");
    Ok(())
}
