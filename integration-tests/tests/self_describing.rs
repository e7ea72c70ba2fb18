//! The shipped wasm describes itself: every function, type, field, union case, error case and
//! event in its spec carries a doc comment (so `stellar contract info interface` and the
//! generated TypeScript client show them), no doc is cut at the spec's 1 024-byte limit, every
//! function's doc says who signs and which errors it returns, and its `contractmetav0` section
//! names the crate's version and source repository as Cargo.toml does.
//!
//! The wasm is read with `soroban-spec-tools`, the library stellar-cli 28.1.0 reads it with.

use escrow::testutils::shipped_wasm;
use soroban_spec_tools::contract::Spec;
use stellar_xdr::{
    ScMetaEntry, ScSpecEntry, ScSpecFunctionV0, ScSpecTypeDef, ScSpecUdtUnionCaseV0,
};

/// The escrow crate's version and repository (the workspace's, which the escrow crate
/// inherits; this crate's manifest inherits the same `[workspace.package]`).
const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");
const WORKSPACE_MANIFEST: &str = include_str!("../../Cargo.toml");

/// The most bytes a doc may take in the contract spec (`SC_SPEC_DOC_LIMIT`). soroban-sdk cuts
/// a longer doc there without a warning, so a doc that reaches it has lost its end.
const SPEC_DOC_LIMIT: usize = stellar_xdr::SC_SPEC_DOC_LIMIT as usize;

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
        } else if doc.len() >= SPEC_DOC_LIMIT {
            missing.push(format!(
                "{what} (cut at the spec's {SPEC_DOC_LIMIT}-byte doc limit)"
            ));
        }
    };
    for entry in entries {
        match entry {
            ScSpecEntry::FunctionV0(f) => check(
                &f.doc.to_utf8_string_lossy(),
                format!("function {}", f.name.to_utf8_string_lossy()),
            ),
            ScSpecEntry::UdtStructV0(s) => {
                check(&s.doc.to_utf8_string_lossy(), format!("struct {}", s.name));
                for field in s.fields.iter() {
                    check(
                        &field.doc.to_utf8_string_lossy(),
                        format!("field {}.{}", s.name, field.name),
                    );
                }
            }
            ScSpecEntry::UdtUnionV0(u) => {
                check(&u.doc.to_utf8_string_lossy(), format!("union {}", u.name));
                for case in u.cases.iter() {
                    let (doc, name) = match case {
                        ScSpecUdtUnionCaseV0::VoidV0(c) => {
                            (c.doc.to_utf8_string_lossy(), c.name.to_string())
                        }
                        ScSpecUdtUnionCaseV0::TupleV0(c) => {
                            (c.doc.to_utf8_string_lossy(), c.name.to_string())
                        }
                    };
                    check(&doc, format!("case {}.{}", u.name, name));
                }
            }
            ScSpecEntry::UdtEnumV0(e) => {
                check(&e.doc.to_utf8_string_lossy(), format!("enum {}", e.name));
                for case in e.cases.iter() {
                    check(
                        &case.doc.to_utf8_string_lossy(),
                        format!("case {}.{}", e.name, case.name),
                    );
                }
            }
            ScSpecEntry::UdtErrorEnumV0(e) => {
                check(
                    &e.doc.to_utf8_string_lossy(),
                    format!("error enum {}", e.name),
                );
                for case in e.cases.iter() {
                    check(
                        &case.doc.to_utf8_string_lossy(),
                        format!("error {}.{}", e.name, case.name),
                    );
                }
            }
            ScSpecEntry::EventV0(ev) => {
                check(
                    &ev.doc.to_utf8_string_lossy(),
                    format!("event {}", ev.name.to_utf8_string_lossy()),
                );
                for param in ev.params.iter() {
                    check(
                        &param.doc.to_utf8_string_lossy(),
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
    // The 25 entry points of SPEC.md v2, constructor included: an empty spec would pass
    // vacuously.
    assert_eq!(functions, 25, "the spec lists every entry point");
    let events = spec
        .spec
        .iter()
        .filter(|e| matches!(e, ScSpecEntry::EventV0(_)))
        .count();
    assert_eq!(events, 11, "the spec lists every event");
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

/// The lines of a doc's `# <heading>` section, up to the next heading.
fn section<'a>(doc: &'a str, heading: &str) -> Option<Vec<&'a str>> {
    let mut lines = doc
        .lines()
        .skip_while(|l| l.trim() != format!("# {heading}"));
    lines.next()?;
    Some(
        lines
            .take_while(|l| !l.trim_start().starts_with("# "))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect(),
    )
}

/// Whether a function returns `Result<_, Error>` in the spec.
fn returns_error(f: &ScSpecFunctionV0) -> bool {
    f.outputs
        .iter()
        .any(|t| matches!(t, ScSpecTypeDef::Result(_)))
}

/// What is wrong with a function's doc, if anything: it must say who signs in a
/// `# Authorization` section and list its errors in a `# Errors` section, one
/// `- `Name`: when` line per error, each a case of the contract's `Error` enum (or "None." for a
/// function that returns no `Error`).
fn function_doc_faults(f: &ScSpecFunctionV0, errors: &[String]) -> Vec<String> {
    let name = f.name.to_utf8_string_lossy();
    let doc = f.doc.to_utf8_string_lossy();
    let mut faults = Vec::new();
    match section(&doc, "Authorization") {
        Some(lines) if !lines.is_empty() => {}
        _ => faults.push(format!(
            "function {name}: no `# Authorization` section saying who signs"
        )),
    }
    let Some(lines) = section(&doc, "Errors") else {
        faults.push(format!("function {name}: no `# Errors` section"));
        return faults;
    };
    let listed: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    for error in &listed {
        if !errors.iter().any(|e| e == error) {
            faults.push(format!("function {name}: `{error}` is not a case of Error"));
        }
    }
    let says_none = lines.first().is_some_and(|l| l.starts_with("None"));
    if returns_error(f) && listed.is_empty() {
        faults.push(format!(
            "function {name}: returns Error but lists no error case"
        ));
    }
    if !returns_error(f) && !says_none {
        faults.push(format!(
            "function {name}: returns no Error, so its `# Errors` says None"
        ));
    }
    faults
}

/// Every fault of every function doc in `entries`.
fn function_faults(entries: &[ScSpecEntry]) -> Vec<String> {
    let errors: Vec<String> = entries
        .iter()
        .filter_map(|e| match e {
            ScSpecEntry::UdtErrorEnumV0(e) if e.name.to_string() == "Error" => Some(e),
            _ => None,
        })
        .flat_map(|e| e.cases.iter().map(|c| c.name.to_string()))
        .collect();
    assert!(!errors.is_empty(), "the spec has the Error enum");
    entries
        .iter()
        .filter_map(|e| match e {
            ScSpecEntry::FunctionV0(f) => Some(function_doc_faults(f, &errors)),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn every_function_doc_names_its_signers_and_its_errors() {
    let faults = function_faults(&spec().spec);
    assert!(
        faults.is_empty(),
        "function docs in contracts/escrow/src/contract.rs: {faults:#?}"
    );
}

#[test]
fn the_check_finds_a_function_doc_without_signers_or_errors() {
    let mut entries = spec().spec;
    for entry in entries.iter_mut() {
        if let ScSpecEntry::FunctionV0(f) = entry {
            let doc = f.doc.to_utf8_string_lossy();
            let cut = match f.name.to_utf8_string_lossy().as_str() {
                "approve_milestone" => doc.replace("# Authorization", "# Signers"),
                "get_escrow" => doc.replace("`EscrowNotFound`", "`EscrowMissing`"),
                "release_milestone" => doc[..doc.find("# Errors").unwrap()].to_string(),
                _ => continue,
            };
            f.doc = cut.try_into().unwrap();
        }
    }
    let mut found = function_faults(&entries);
    found.sort();
    assert_eq!(
        found,
        [
            "function approve_milestone: no `# Authorization` section saying who signs",
            "function get_escrow: `EscrowMissing` is not a case of Error",
            "function release_milestone: no `# Errors` section",
        ]
    );
}

#[test]
fn the_check_finds_a_doc_cut_at_the_spec_limit() {
    let mut entries = spec().spec;
    for entry in entries.iter_mut() {
        if let ScSpecEntry::UdtErrorEnumV0(e) = entry {
            let mut cases = e.cases.to_vec();
            cases[0].doc = "x".repeat(SPEC_DOC_LIMIT).try_into().unwrap();
            e.cases = cases.try_into().unwrap();
        }
    }
    assert_eq!(
        undocumented(&entries),
        ["error Error.EscrowNotFound (cut at the spec's 1024-byte doc limit)"]
    );
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
