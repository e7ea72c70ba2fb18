//! The shipped wasm describes itself: every function, type, field, union case, error case and
//! event in its spec carries a doc comment (so `stellar contract info interface` and the
//! generated TypeScript client show them), and its `contractmetav0` section names the crate's
//! version and source repository as Cargo.toml does.
//!
//! The wasm is read with `soroban-spec-tools`, the library stellar-cli 28.1.0 reads it with.

use escrow::testutils::shipped_wasm;
use soroban_spec_tools::contract::Spec;
use stellar_xdr::{ScMetaEntry, ScSpecEntry, ScSpecUdtUnionCaseV0};

/// The escrow crate's version and repository (the workspace's, which the escrow crate
/// inherits; this crate's manifest inherits the same `[workspace.package]`).
const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");
const WORKSPACE_MANIFEST: &str = include_str!("../../Cargo.toml");

fn spec() -> Spec {
    Spec::new(&shipped_wasm()).expect("the shipped wasm has readable spec and meta sections")
}

/// `repository = "…"` of `[workspace.package]`, read from the workspace manifest so the test
/// follows Cargo.toml rather than a copy of it.
fn cargo_repository() -> String {
    let line = WORKSPACE_MANIFEST
        .lines()
        .find(|l| l.trim_start().starts_with("repository"))
        .expect("Cargo.toml has a repository");
    line.split('"')
        .nth(1)
        .expect("repository = \"…\"")
        .to_string()
}

fn meta(spec: &Spec) -> Vec<(String, String)> {
    spec.meta
        .iter()
        .map(|ScMetaEntry::ScMetaV0(m)| (m.key.to_string(), m.val.to_string()))
        .collect()
}

fn meta_value(spec: &Spec, key: &str) -> String {
    let found: Vec<String> = meta(spec)
        .into_iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "contractmetav0 must hold `{key}` exactly once, holds {found:?}"
    );
    found.into_iter().next().unwrap()
}

/// Every item of the spec without a doc comment, as `kind name` (`kind name.field` for a
/// field, case or event parameter). Function arguments are left out: Rust has no doc comments
/// on arguments, and each function's doc names them.
fn undocumented(entries: &[ScSpecEntry]) -> Vec<String> {
    let mut missing = Vec::new();
    let mut check = |doc: &str, what: String| {
        if doc.trim().is_empty() {
            missing.push(what);
        }
    };
    for entry in entries {
        match entry {
            ScSpecEntry::FunctionV0(f) => check(
                &f.doc.to_string(),
                format!("function {}", f.name.to_utf8_string_lossy()),
            ),
            ScSpecEntry::UdtStructV0(s) => {
                check(&s.doc.to_string(), format!("struct {}", s.name));
                for field in s.fields.iter() {
                    check(
                        &field.doc.to_string(),
                        format!("field {}.{}", s.name, field.name),
                    );
                }
            }
            ScSpecEntry::UdtUnionV0(u) => {
                check(&u.doc.to_string(), format!("union {}", u.name));
                for case in u.cases.iter() {
                    let (doc, name) = match case {
                        ScSpecUdtUnionCaseV0::VoidV0(c) => (c.doc.to_string(), c.name.to_string()),
                        ScSpecUdtUnionCaseV0::TupleV0(c) => (c.doc.to_string(), c.name.to_string()),
                    };
                    check(&doc, format!("case {}.{}", u.name, name));
                }
            }
            ScSpecEntry::UdtEnumV0(e) => {
                check(&e.doc.to_string(), format!("enum {}", e.name));
                for case in e.cases.iter() {
                    check(
                        &case.doc.to_string(),
                        format!("case {}.{}", e.name, case.name),
                    );
                }
            }
            ScSpecEntry::UdtErrorEnumV0(e) => {
                check(&e.doc.to_string(), format!("error enum {}", e.name));
                for case in e.cases.iter() {
                    check(
                        &case.doc.to_string(),
                        format!("error {}.{}", e.name, case.name),
                    );
                }
            }
            ScSpecEntry::EventV0(ev) => {
                check(
                    &ev.doc.to_string(),
                    format!("event {}", ev.name.to_utf8_string_lossy()),
                );
                for param in ev.params.iter() {
                    check(
                        &param.doc.to_string(),
                        format!(
                            "event param {}.{}",
                            ev.name.to_utf8_string_lossy(),
                            param.name
                        ),
                    );
                }
            }
        }
    }
    missing
}

#[test]
fn every_function_type_error_and_event_has_docs() {
    let spec = spec();
    let functions = spec
        .spec
        .iter()
        .filter(|e| matches!(e, ScSpecEntry::FunctionV0(_)))
        .count();
    // The 14 entry points of SPEC.md, constructor included: an empty spec would pass vacuously.
    assert_eq!(functions, 14, "the spec lists every entry point");
    let events = spec
        .spec
        .iter()
        .filter(|e| matches!(e, ScSpecEntry::EventV0(_)))
        .count();
    assert_eq!(events, 5, "the spec lists every event");
    let missing = undocumented(&spec.spec);
    assert!(
        missing.is_empty(),
        "these items of the contract spec have no doc comment (add `///` docs in \
         contracts/escrow/src): {missing:#?}"
    );
}

#[test]
fn the_check_finds_a_missing_doc() {
    // The check above must be able to fail: strip one function's doc and one field's doc.
    let mut entries = spec().spec;
    for entry in entries.iter_mut() {
        match entry {
            ScSpecEntry::FunctionV0(f) if f.name.to_utf8_string_lossy() == "get_escrow" => {
                f.doc = "".try_into().unwrap();
            }
            ScSpecEntry::UdtStructV0(s) if s.name.to_string() == "Milestone" => {
                let mut fields = s.fields.to_vec();
                fields[0].doc = " ".try_into().unwrap();
                s.fields = fields.try_into().unwrap();
            }
            _ => {}
        }
    }
    let mut found = undocumented(&entries);
    found.sort();
    assert_eq!(found, ["field Milestone.amount", "function get_escrow"]);
}

#[test]
fn meta_names_the_crate_version_and_repository() {
    let spec = spec();
    assert_eq!(
        meta_value(&spec, "version"),
        CRATE_VERSION,
        "contractmeta! `version` in contracts/escrow/src/lib.rs must follow Cargo.toml's version"
    );

    // SEP-55: `github:<owner>/<repo>` for https://github.com/<owner>/<repo>.
    let repository = cargo_repository();
    let path = repository
        .strip_prefix("https://github.com/")
        .unwrap_or_else(|| panic!("Cargo.toml's repository {repository} is not on GitHub"))
        .trim_end_matches('/')
        .trim_end_matches(".git");
    assert_eq!(
        meta_value(&spec, "source_repo"),
        format!("github:{path}"),
        "contractmeta! `source_repo` must name Cargo.toml's repository in SEP-55 form"
    );

    let description = meta_value(&spec, "Description");
    assert!(
        description.len() > 20,
        "contractmeta! `Description` says what the contract does: {description:?}"
    );
}
