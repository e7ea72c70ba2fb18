//! The command line of NOTIFY.md: `escrow-notify run` with its flags, and the subcommands
//! that list and resend deliveries. Every bad value is refused with one line that says what is
//! wrong, before anything is opened or written.

use std::{str::FromStr, time::Duration};

use stellar_xdr::ScAddress;

use crate::signature::Secret;

/// The environment variable that holds the webhook signing secret.
pub const SECRET_VARIABLE: &str = "ESCROW_NOTIFY_WEBHOOK_SECRET";
/// The database used when `--db` is not given.
pub const DEFAULT_DB: &str = "sqlite://escrow-notify.db";

/// The usage, printed with `--help` and after a usage error.
pub const USAGE: &str = "usage:
  escrow-notify run --rpc-url URL --contract C... [--contract C...] [--db URL]
                    [--start-ledger N] [--webhook URL]... [--stdout] [--poll-interval SECONDS]
  escrow-notify deliveries [--db URL] [--failed]
  escrow-notify resend (ID | --failed) [--db URL]
The webhook signing secret comes from ESCROW_NOTIFY_WEBHOOK_SECRET (whsec_...).";

/// What to do.
#[derive(Debug)]
pub enum Command {
    /// Follow the contracts and deliver notifications.
    Run(Config),
    /// List deliveries, all or the failed ones.
    Deliveries { db: String, failed: bool },
    /// Send failed deliveries again: those of one notification, or all.
    Resend { db: String, id: Option<String> },
    /// Print the usage.
    Help,
}

/// The configuration of `run`.
#[derive(Debug)]
pub struct Config {
    pub rpc_url: String,
    pub contracts: Vec<String>,
    pub db: String,
    pub start_ledger: Option<u32>,
    pub webhooks: Vec<String>,
    pub secret: Option<Secret>,
    pub stdout: bool,
    pub poll_interval: Duration,
    /// Divides the retry waits (1 in production; `ESCROW_NOTIFY_RETRY_SCALE` shortens the
    /// schedule for tests).
    pub retry_scale: u64,
}

/// Reads the command line `args` (without the program's name), with the secret and the retry
/// scale from the environment.
pub fn parse(
    args: &[String],
    secret: Option<&str>,
    retry_scale: Option<&str>,
) -> Result<Command, String> {
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => return Err("no command: run, deliveries or resend".into()),
    };
    let mut flags = Flags::new(rest);
    let parsed = match command {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "run" => {
            let mut config = Config {
                rpc_url: String::new(),
                contracts: Vec::new(),
                db: DEFAULT_DB.into(),
                start_ledger: None,
                webhooks: Vec::new(),
                secret: None,
                stdout: false,
                poll_interval: Duration::from_secs(1),
                retry_scale: 1,
            };
            while let Some(flag) = flags.next() {
                match flag.as_str() {
                    "--rpc-url" => config.rpc_url = http_url("--rpc-url", &flags.value(&flag)?)?,
                    "--contract" => config.contracts.push(contract_id(&flags.value(&flag)?)?),
                    "--db" => config.db = db_url(&flags.value(&flag)?)?,
                    "--start-ledger" => {
                        config.start_ledger = Some(number("--start-ledger", &flags.value(&flag)?)?)
                    }
                    "--webhook" => config
                        .webhooks
                        .push(http_url("--webhook", &flags.value(&flag)?)?),
                    "--stdout" => config.stdout = true,
                    "--poll-interval" => {
                        let seconds: u32 = number("--poll-interval", &flags.value(&flag)?)?;
                        config.poll_interval = Duration::from_secs(seconds.max(1).into());
                    }
                    other => return Err(format!("unknown flag {other} for run")),
                }
            }
            if config.rpc_url.is_empty() {
                return Err("run needs --rpc-url".into());
            }
            if config.contracts.is_empty() {
                return Err("run needs at least one --contract".into());
            }
            if config.webhooks.is_empty() && !config.stdout {
                return Err("run needs a --webhook or --stdout: nothing would be told".into());
            }
            if !config.webhooks.is_empty() {
                let value = secret.ok_or_else(|| {
                    format!("--webhook needs the signing secret in {SECRET_VARIABLE}")
                })?;
                config.secret = Some(
                    Secret::parse(value).map_err(|error| format!("{SECRET_VARIABLE}: {error}"))?,
                );
            }
            if let Some(scale) = retry_scale {
                config.retry_scale = scale
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or("ESCROW_NOTIFY_RETRY_SCALE must be a whole number above 0")?;
            }
            Command::Run(config)
        }
        "deliveries" => {
            let (mut db, mut failed) = (DEFAULT_DB.to_string(), false);
            while let Some(flag) = flags.next() {
                match flag.as_str() {
                    "--db" => db = db_url(&flags.value(&flag)?)?,
                    "--failed" => failed = true,
                    other => return Err(format!("unknown flag {other} for deliveries")),
                }
            }
            Command::Deliveries { db, failed }
        }
        "resend" => {
            let (mut db, mut id, mut all) = (DEFAULT_DB.to_string(), None, false);
            while let Some(flag) = flags.next() {
                match flag.as_str() {
                    "--db" => db = db_url(&flags.value(&flag)?)?,
                    "--failed" => all = true,
                    other if !other.starts_with('-') && id.is_none() => id = Some(other.into()),
                    other => return Err(format!("unexpected {other} for resend")),
                }
            }
            if all == id.is_some() {
                return Err("resend takes a notification id or --failed".into());
            }
            Command::Resend { db, id }
        }
        other => {
            return Err(format!(
                "unknown command {other}: run, deliveries or resend"
            ))
        }
    };
    Ok(parsed)
}

/// The flags after the command, one at a time.
struct Flags<'a> {
    rest: std::slice::Iter<'a, String>,
}

impl<'a> Flags<'a> {
    fn new(rest: &'a [String]) -> Self {
        Flags { rest: rest.iter() }
    }

    fn next(&mut self) -> Option<String> {
        self.rest.next().cloned()
    }

    /// The value after `flag`.
    fn value(&mut self, flag: &str) -> Result<String, String> {
        self.rest
            .next()
            .cloned()
            .ok_or_else(|| format!("{flag} needs a value"))
    }
}

/// `value` if it is an `http://` or `https://` URL with a host.
fn http_url(flag: &str, value: &str) -> Result<String, String> {
    let host = value
        .strip_prefix("http://")
        .or_else(|| value.strip_prefix("https://"))
        .and_then(|rest| rest.split(['/', '?']).next())
        .filter(|host| !host.is_empty() && !host.contains(char::is_whitespace));
    match host {
        Some(_) => Ok(value.to_string()),
        None => Err(format!(
            "{flag} {value}: expected an http:// or https:// URL"
        )),
    }
}

/// `value` if it is a contract id (`C…`).
fn contract_id(value: &str) -> Result<String, String> {
    match ScAddress::from_str(value) {
        Ok(ScAddress::Contract(_)) => Ok(value.to_string()),
        _ => Err(format!(
            "--contract {value}: expected a contract id (C..., 56 characters)"
        )),
    }
}

/// `value` if it is a database URL the notifier opens.
fn db_url(value: &str) -> Result<String, String> {
    match value.strip_prefix("sqlite://") {
        Some(path) if !path.is_empty() => Ok(value.to_string()),
        _ => Err(format!(
            "--db {value}: expected sqlite://PATH (PostgreSQL comes in a later version)"
        )),
    }
}

/// `value` as a whole number.
fn number<T: FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} {value}: expected a whole number"))
}

#[cfg(test)]
mod tests;
