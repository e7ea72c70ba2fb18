//! Every bad value refused with one line, before anything is opened.

use super::*;

const CONTRACT: &str = "CDBNDHAVTZMXQMFS2GBJK4RBJFARUFYQZCWZZWYBLJGXZLB5KTENOHZS";
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

fn args(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

fn run(line: &str) -> Result<Command, String> {
    parse(&args(line), Some(SECRET), None)
}

#[test]
fn a_full_run_line_is_read() {
    let line = format!(
        "run --rpc-url http://127.0.0.1:8000 --contract {CONTRACT} --contract {CONTRACT} \
         --db sqlite:///tmp/n.db --start-ledger 42 --webhook https://hooks.example.com/escrow \
         --webhook http://127.0.0.1:9000/x --stdout --poll-interval 3"
    );
    let Ok(Command::Run(config)) = run(&line) else {
        panic!("refused")
    };
    assert_eq!(config.rpc_url, "http://127.0.0.1:8000");
    assert_eq!(config.contracts.len(), 2);
    assert_eq!(config.db, "sqlite:///tmp/n.db");
    assert_eq!(config.start_ledger, Some(42));
    assert_eq!(config.webhooks.len(), 2);
    assert!(config.stdout && config.secret.is_some());
    assert_eq!(config.poll_interval, Duration::from_secs(3));
    let Ok(Command::Run(config)) = run(&format!(
        "run --rpc-url http://localhost:8000 --contract {CONTRACT} --stdout"
    )) else {
        panic!("refused")
    };
    assert_eq!(config.db, DEFAULT_DB);
    assert!(config.secret.is_none(), "no webhook, no secret needed");
}

#[test]
fn every_bad_value_is_one_line_saying_what_is_wrong() {
    let base = format!("run --rpc-url http://127.0.0.1:8000 --contract {CONTRACT} --stdout");
    let cases = [
        ("".to_string(), "no command: run, deliveries or resend"),
        ("walk".into(), "unknown command walk: run, deliveries or resend"),
        (format!("{base} --rpc-url ftp://x"), "--rpc-url ftp://x: expected an http:// or https:// URL"),
        (format!("{base} --rpc-url http://"), "--rpc-url http://: expected an http:// or https:// URL"),
        (format!("{base} --contract GABC"), "--contract GABC: expected a contract id (C..., 56 characters)"),
        (
            format!("{base} --db postgres://localhost/x"),
            "--db postgres://localhost/x: expected sqlite://PATH (PostgreSQL comes in a later version)",
        ),
        (format!("{base} --start-ledger -1"), "--start-ledger -1: expected a whole number"),
        (format!("{base} --poll-interval"), "--poll-interval needs a value"),
        (format!("{base} --frobnicate"), "unknown flag --frobnicate for run"),
        (format!("run --contract {CONTRACT} --stdout"), "run needs --rpc-url"),
        ("run --rpc-url http://127.0.0.1:8000 --stdout".into(), "run needs at least one --contract"),
        (
            format!("run --rpc-url http://127.0.0.1:8000 --contract {CONTRACT}"),
            "run needs a --webhook or --stdout: nothing would be told",
        ),
        ("resend".into(), "resend takes a notification id or --failed"),
        ("resend evt_1 --failed".into(), "resend takes a notification id or --failed"),
        ("deliveries --all".into(), "unknown flag --all for deliveries"),
    ];
    for (line, expected) in cases {
        let error = run(&line).unwrap_err();
        assert_eq!(error, expected, "{line}");
        assert_eq!(error.lines().count(), 1);
    }
    let webhook = format!("{base} --webhook http://127.0.0.1:9000/");
    assert_eq!(
        parse(&args(&webhook), None, None).unwrap_err(),
        "--webhook needs the signing secret in ESCROW_NOTIFY_WEBHOOK_SECRET"
    );
    assert_eq!(
        parse(&args(&webhook), Some("secret"), None).unwrap_err(),
        "ESCROW_NOTIFY_WEBHOOK_SECRET: the secret must start with whsec_"
    );
    assert_eq!(
        parse(&args(&base), None, Some("0")).unwrap_err(),
        "ESCROW_NOTIFY_RETRY_SCALE must be a whole number above 0"
    );
}

#[test]
fn the_delivery_subcommands_are_read() {
    assert!(matches!(
        run("deliveries --failed --db sqlite://x.db"),
        Ok(Command::Deliveries { failed: true, .. })
    ));
    assert!(matches!(
        run("resend --failed"),
        Ok(Command::Resend { id: None, .. })
    ));
    assert!(matches!(
        run("resend evt_0004294971590971393-0000000000"),
        Ok(Command::Resend { id: Some(_), .. })
    ));
    assert!(matches!(run("--help"), Ok(Command::Help)));
}
