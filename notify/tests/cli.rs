//! The binary as an operator runs it: a refused configuration is one line on stderr and a
//! non-zero exit, and writes nothing; the delivery subcommands on a database.

use std::process::Command;

fn escrow_notify(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_escrow-notify"))
        .args(args)
        .current_dir(dir)
        .env_remove("ESCROW_NOTIFY_WEBHOOK_SECRET")
        .output()
        .unwrap()
}

#[test]
fn a_refused_configuration_is_one_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["run", "--rpc-url", "localhost:8000"][..],
        &[
            "run",
            "--rpc-url",
            "http://127.0.0.1:1",
            "--contract",
            "C123",
            "--stdout",
        ],
        &[
            "run",
            "--rpc-url",
            "http://127.0.0.1:1",
            "--contract",
            "CDBNDHAVTZMXQMFS2GBJK4RBJFARUFYQZCWZZWYBLJGXZLB5KTENOHZS",
            "--webhook",
            "http://127.0.0.1:2/",
        ],
        &["fly"],
    ] {
        let output = escrow_notify(args, dir.path());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("escrow-notify: "), "{stderr}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn an_unreachable_rpc_exits_non_zero_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let output = escrow_notify(
        &[
            "run",
            "--rpc-url",
            &closed,
            "--contract",
            "CDBNDHAVTZMXQMFS2GBJK4RBJFARUFYQZCWZZWYBLJGXZLB5KTENOHZS",
            "--stdout",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not a Stellar RPC"), "{stderr}");
}

#[test]
fn deliveries_and_resend_work_on_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("n.db").display());
    let output = escrow_notify(&["deliveries", "--db", &db], dir.path());
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let output = escrow_notify(&["resend", "--failed", "--db", &db], dir.path());
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "0 delivery(ies) to send again\n"
    );
    let help = escrow_notify(&["--help"], dir.path());
    assert!(String::from_utf8(help.stdout)
        .unwrap()
        .starts_with("usage:"));
}
