//! `AllowanceFields`: the amounts of each `[[allowance]]` the page lets one
//! change, read from the schedule file as written.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// The amounts the page lets one change on each allowance, as written in the
/// file (`None` where the rule has none).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AllowanceFields {
    pub index: usize,
    pub id: String,
    pub name: String,
    pub amount: Option<String>,
    pub cap: Option<String>,
}

/// Each `[[allowance]]` of a schedule file, with its amount and cap.
pub fn allowance_fields(text: &str) -> Vec<AllowanceFields> {
    let Ok(doc) = text.parse::<DocumentMut>() else {
        return Vec::new();
    };
    let Some(aot) = doc.get("allowance").and_then(Item::as_array_of_tables) else {
        return Vec::new();
    };
    fields_of(aot)
}

fn fields_of(aot: &ArrayOfTables) -> Vec<AllowanceFields> {
    let text = |t: &Table, key: &str| -> Option<String> {
        match t.get(key)?.as_value()? {
            Value::String(s) => Some(s.value().clone()),
            Value::Integer(i) => Some(i.value().to_string()),
            _ => None,
        }
    };
    aot.iter()
        .enumerate()
        .map(|(index, t)| AllowanceFields {
            index,
            id: text(t, "id").unwrap_or_default(),
            name: text(t, "name").unwrap_or_default(),
            amount: text(t, "amount"),
            cap: text(t, "cap"),
        })
        .collect()
}
