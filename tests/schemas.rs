//! The JSON Schemas under `schemas/` are the ones the serde types generate
//! (`UPDATE_GOLDEN=1 cargo test --test schemas` rewrites them after a change to the
//! types: review the diff), every shipped example TOML names its schema on a
//! `#:schema` line, and validates against it. A schema that accepted anything would
//! pass that, so the last test holds that it refuses what the loaders refuse.

use std::path::PathBuf;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every shipped example TOML and the kind of its schema.
const EXAMPLES: &[(&str, &str)] = &[
    ("examples/starter/schedule.toml", "schedule"),
    ("examples/pump/schedule.toml", "schedule"),
    ("examples/pump/workshop.toml", "schedule"),
    ("examples/pump/offer-employer.toml", "schedule"),
    ("examples/courier/schedule.toml", "schedule"),
    ("examples/midyear/schedule.toml", "schedule"),
    ("examples/midyear/previous.toml", "schedule"),
    ("examples/workload/schedule.toml", "schedule"),
    ("examples/workload/offer-a.toml", "schedule"),
    ("examples/workload/offer-b.toml", "schedule"),
    ("examples/standards/zhejiang.toml", "standards"),
    ("examples/standards/examples.toml", "standards"),
    ("examples/workload/standards.toml", "standards"),
    ("examples/pump/assessment.toml", "assessment"),
];

/// TOML as the JSON an editor's schema check sees: dates become their text.
fn json_of(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(json_of).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, json_of(v))).collect())
        }
    }
}

fn schema(kind: &str) -> Value {
    let schema = nengji::schema::for_kind(kind).expect("a kind with a schema");
    serde_json::to_value(&schema).expect("a schema is JSON")
}

/// The validation errors of a TOML text against a kind's schema.
fn problems(kind: &str, text: &str) -> Vec<String> {
    let validator = jsonschema::validator_for(&schema(kind)).expect("the schema compiles");
    let instance = json_of(toml::from_str(text).expect("the TOML parses"));
    validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn the_schema_files_are_the_generated_schemas() {
    for kind in nengji::schema::KINDS {
        let path = root().join(format!("schemas/{kind}.schema.json"));
        let generated =
            nengji::schema::to_text(&nengji::schema::for_kind(kind).expect("a known kind"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &generated).expect("write the schema file");
        }
        let shipped = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
        assert!(
            shipped == generated,
            "{} differs from what the types generate; UPDATE_GOLDEN=1 cargo test --test schemas rewrites it",
            path.display()
        );
    }
}

#[test]
fn every_shipped_example_names_its_schema_and_validates() {
    for (file, kind) in EXAMPLES {
        let path = root().join(file);
        let text = std::fs::read_to_string(&path).expect("read an example");
        let first = text.lines().next().unwrap_or("");
        let named = first
            .strip_prefix("#:schema ")
            .unwrap_or_else(|| panic!("{file} does not start with a #:schema line"));
        let target = path.parent().expect("a folder").join(named.trim());
        assert_eq!(
            target.canonicalize().expect("the #:schema path exists"),
            root().join(format!("schemas/{kind}.schema.json")),
            "{file} names another schema"
        );
        let problems = problems(kind, &text);
        assert!(problems.is_empty(), "{file}: {problems:#?}");
    }
}

#[test]
fn every_example_toml_is_listed() {
    let mut found = Vec::new();
    let mut dirs = vec![root().join("examples")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read examples/") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                found.push(path);
            }
        }
    }
    for path in found {
        let rel = path.strip_prefix(root()).unwrap_or(&path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        assert!(
            EXAMPLES.iter().any(|(file, _)| *file == rel),
            "{rel} is an example TOML without a schema check here"
        );
    }
}

#[test]
fn the_schemas_refuse_what_the_loaders_refuse() {
    let starter = std::fs::read_to_string(root().join("examples/starter/schedule.toml"))
        .expect("read the starter");
    assert!(problems("schedule", &starter).is_empty());
    // JSON Schema counts 2600.0 as an integer, so a float with a fraction is what the
    // schema can refuse; the loaders refuse both.
    let float = starter.replace(
        r#"pay = ["2600", "2680", "2760"]"#,
        "pay = [2600.5, 2680, 2760]",
    );
    assert_ne!(float, starter, "the starter's first pay table moved");
    assert!(
        !problems("schedule", &float).is_empty(),
        "a float amount passes"
    );
    let typo = starter.replace("[schedule]\n", "[schedule]\ntitel = \"x\"\n");
    assert!(
        !problems("schedule", &typo).is_empty(),
        "an unknown key passes"
    );
    let percent = "[[minimum_wage]]\nregion = \"33\"\nname = \"x\"\neffective = 2024-01-01\n\
                   source = \"x\"\nmonthly = [\"2490\"]\nincludes_social_insurance = true\n\
                   [[skill_minimum]]\nregion = \"33\"\neffective = 2025-01-01\nsource = \"x\"\n\
                   basis = \"x\"\n[[skill_minimum.category]]\nname = \"基础类\"\nrate = 105\n";
    assert!(
        !problems("standards", percent).is_empty(),
        "a percentage without % passes"
    );
    let registry = "[[enterprise]]\nid = \"WL-PUMP-001\"\nname = \"温岭一号泵业有限公司\"\n\
                    schedule = \"pump/schedule.toml\"\nregion = \"331081\"\nindustry = \"泵与电机\"\n";
    assert_eq!(problems("registry", registry), Vec::<String>::new());
    let typo = registry.replace("region =", "regoin =");
    assert!(
        !problems("registry", &typo).is_empty(),
        "an unknown registry key passes"
    );
}
