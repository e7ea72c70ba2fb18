//! Decoding against the real thing: the events of the story on the shipped wasm, compared with
//! what stellar-cli printed for each of them, and the schema table compared with the wasm's spec.

use serde_json::Value;
use stellar_xdr::{
    ScMap, ScMapEntry, ScSpecEntry, ScSpecEventParamLocationV0, ScSpecTypeDef,
    ScSpecUdtUnionCaseV0, ScSymbol, ScVal, ScVec,
};

use super::*;

/// The escrow contract's events of the story, in order, as `(topics, data)`.
fn story_events() -> Vec<(Vec<ScVal>, ScVal)> {
    crate::story::calls()
        .into_iter()
        .flat_map(|call| call.events)
        .collect()
}

#[test]
fn every_event_of_the_story_decodes_to_what_stellar_cli_printed() {
    let printed = crate::story::printed();
    let decoded: Vec<EscrowEvent> = story_events()
        .iter()
        .map(|(topics, data)| decode(topics, data).unwrap())
        .collect();
    assert_eq!(decoded.len(), printed.len());
    assert!(decoded.len() >= 40, "the whole story: {}", decoded.len());
    for (ours, cli) in decoded.iter().zip(&printed) {
        assert_eq!(ours.schema.name, cli["event_name"], "{cli}");
        assert_eq!(Value::Object(ours.params.clone()), cli["params"], "{cli}");
        assert_eq!(ours.escrow_id, cli["params"]["escrow_id"].as_u64(), "{cli}");
    }
    // Every kind of split, with its kind.
    let kinds: Vec<&str> = decoded
        .iter()
        .filter(|e| e.schema.name == "MilestoneSettled")
        .map(|e| e.params["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["Ruling", "Agreement", "Fallback", "Cancellation"]);
}

/// Our field type for a type of the contract's spec.
fn field_type_of(spec: &ScSpecTypeDef) -> FieldType {
    match spec {
        ScSpecTypeDef::Address => FieldType::Address,
        ScSpecTypeDef::U32 => FieldType::U32,
        ScSpecTypeDef::U64 => FieldType::U64,
        ScSpecTypeDef::I128 => FieldType::I128,
        ScSpecTypeDef::Bool => FieldType::Bool,
        ScSpecTypeDef::String => FieldType::Text,
        ScSpecTypeDef::Option(inner) if *inner.value_type == ScSpecTypeDef::String => {
            FieldType::OptionalText
        }
        ScSpecTypeDef::BytesN(bytes) if bytes.n == 32 => FieldType::Hash,
        ScSpecTypeDef::Udt(udt) => match udt.name.to_utf8_string_lossy().as_str() {
            "MilestoneStatus" => FieldType::Enum(MILESTONE_STATUSES),
            "Role" => FieldType::Enum(ROLES),
            "SettlementKind" => FieldType::Enum(SETTLEMENT_KINDS),
            other => panic!("a type the notifier does not know: {other}"),
        },
        other => panic!("a type the notifier does not know: {other:?}"),
    }
}

#[test]
fn the_schema_table_is_the_shipped_wasms_spec() {
    let spec = soroban_spec_tools::contract::Spec::new(&escrow::testutils::shipped_wasm())
        .expect("the shipped wasm has a readable spec");
    let mut declared = 0;
    let mut enums_checked = 0;
    for entry in &spec.spec {
        match entry {
            ScSpecEntry::EventV0(event) => {
                declared += 1;
                let name = event.name.to_utf8_string_lossy();
                let schema = SCHEMAS
                    .iter()
                    .find(|s| s.name == name)
                    .unwrap_or_else(|| panic!("no schema for {name}"));
                let topic = event.prefix_topics.first().unwrap().to_utf8_string_lossy();
                assert_eq!(schema.topic, topic);
                let (topic_params, data_params): (Vec<_>, Vec<_>) = event
                    .params
                    .iter()
                    .partition(|p| p.location == ScSpecEventParamLocationV0::TopicList);
                let scope = match topic_params.as_slice() {
                    [] => Scope::Contract,
                    [p] if p.type_ == ScSpecTypeDef::U64 && p.name.to_string() == "escrow_id" => {
                        Scope::Escrow
                    }
                    [p] if p.type_ == ScSpecTypeDef::Address => Scope::Recipient,
                    other => panic!("{name}: topics {other:?}"),
                };
                assert_eq!(schema.scope, scope, "{name}");
                let fields: Vec<(String, FieldType)> = data_params
                    .iter()
                    .map(|p| (p.name.to_string(), field_type_of(&p.type_)))
                    .collect();
                let ours: Vec<(String, FieldType)> = schema
                    .fields
                    .iter()
                    .map(|(n, t)| (n.to_string(), *t))
                    .collect();
                assert_eq!(ours, fields, "{name}");
            }
            ScSpecEntry::UdtUnionV0(union) => {
                // The enum cases the notifier accepts are the spec's.
                let ours = match union.name.to_utf8_string_lossy().as_str() {
                    "MilestoneStatus" => MILESTONE_STATUSES,
                    "Role" => ROLES,
                    "SettlementKind" => SETTLEMENT_KINDS,
                    _ => continue,
                };
                let cases: Vec<String> = union
                    .cases
                    .iter()
                    .map(|c| match c {
                        ScSpecUdtUnionCaseV0::VoidV0(v) => v.name.to_utf8_string_lossy(),
                        other => panic!("{other:?}"),
                    })
                    .collect();
                assert_eq!(ours, cases.as_slice());
                enums_checked += 1;
            }
            _ => {}
        }
    }
    assert_eq!(
        declared,
        SCHEMAS.len(),
        "the spec declares every event we decode"
    );
    assert_eq!(enums_checked, 3, "MilestoneStatus, Role and SettlementKind");
}

fn symbol(s: &str) -> ScVal {
    ScVal::Symbol(ScSymbol(s.try_into().unwrap()))
}

/// The first `milestone_updated` of the story, to break one piece at a time.
fn an_update() -> (Vec<ScVal>, Vec<ScMapEntry>) {
    story_events()
        .into_iter()
        .find(|(topics, _)| topics[0] == symbol("milestone_updated"))
        .map(|(topics, data)| match data {
            ScVal::Map(Some(map)) => (topics, map.0.into_vec()),
            other => panic!("{other:?}"),
        })
        .unwrap()
}

fn map(entries: Vec<ScMapEntry>) -> ScVal {
    ScVal::Map(Some(ScMap(entries.try_into().unwrap())))
}

#[test]
fn events_of_another_shape_are_refused_with_the_reason() {
    let (topics, entries) = an_update();
    assert!(decode(&topics, &map(entries.clone())).is_ok());

    let transfer = [symbol("transfer"), topics[1].clone()];
    assert_eq!(
        decode(&transfer, &map(entries.clone())),
        Err(DecodeError::UnknownEvent("transfer".into()))
    );
    assert!(matches!(
        decode(&[], &map(entries.clone())),
        Err(DecodeError::UnknownEvent(_))
    ));
    // The escrow id missing, of another type, or followed by another topic.
    let expected = Err(DecodeError::Topics("MilestoneUpdated"));
    for topics in [
        vec![topics[0].clone()],
        vec![topics[0].clone(), ScVal::U32(1)],
        vec![topics[0].clone(), topics[1].clone(), topics[1].clone()],
    ] {
        assert_eq!(decode(&topics, &map(entries.clone())), expected);
    }
    // A field missing, one too many, or renamed.
    let fields = Err(DecodeError::Fields("MilestoneUpdated"));
    assert_eq!(decode(&topics, &map(entries[1..].to_vec())), fields);
    let mut extra = entries.clone();
    extra.push(ScMapEntry {
        key: symbol("zzz"),
        val: ScVal::Void,
    });
    assert_eq!(decode(&topics, &map(extra)), fields);
    let mut renamed = entries.clone();
    renamed[0].key = symbol("approvedd");
    assert_eq!(decode(&topics, &map(renamed)), fields);
    assert_eq!(decode(&topics, &ScVal::Void), fields);
    // A field of the wrong type, or an enum case the contract does not have.
    let with = |field: &str, val: ScVal| {
        let mut changed = entries.clone();
        changed
            .iter_mut()
            .find(|e| e.key == symbol(field))
            .unwrap()
            .val = val;
        decode(&topics, &map(changed))
    };
    let field = |field| {
        Err(DecodeError::Field {
            event: "MilestoneUpdated",
            field,
        })
    };
    assert_eq!(
        with("milestone_index", ScVal::U64(0)),
        field("milestone_index")
    );
    assert_eq!(with("approved", ScVal::U32(0)), field("approved"));
    let status = |name: &str| ScVal::Vec(Some(ScVec(vec![symbol(name)].try_into().unwrap())));
    assert_eq!(with("status", status("Lost")), field("status"));
    assert!(with("status", status("Disputed")).is_ok());
    assert_eq!(with("evidence", ScVal::U32(1)), field("evidence"));
    assert!(with("evidence", ScVal::Void).is_ok());
    assert_eq!(
        DecodeError::Field {
            event: "MilestoneUpdated",
            field: "status"
        }
        .to_string(),
        "MilestoneUpdated: field status is not of its declared type"
    );
}
