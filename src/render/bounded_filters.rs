//! Tera's `replace`, `indent` and `join`, charging the size of their result to
//! the render's text bound before they build it: each can make the square of
//! its input (`s | replace(from="", to=s)`), which no later check would stop in
//! time. They behave as tera 1's own filters of the same names.

use std::collections::HashMap;

use tera::{Tera, Value};

use super::sandbox::charge_text;

pub fn register(tera: &mut Tera) {
    tera.register_filter("replace", replace);
    tera.register_filter("indent", indent);
    tera.register_filter("join", join);
}

fn string<'v>(filter: &str, what: &str, value: Option<&'v Value>) -> tera::Result<Option<&'v str>> {
    match value {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(tera::Error::msg(crate::t!(
            "template-filter-not-text",
            filter = filter,
            value = other.to_string(),
            what = what
        ))),
    }
}

fn boolean(filter: &str, what: &str, value: Option<&Value>) -> tera::Result<bool> {
    match value {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(tera::Error::msg(crate::t!(
            "template-filter-not-bool",
            filter = filter,
            value = other.to_string(),
            what = what
        ))),
    }
}

fn len(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn replace(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let s = string("replace", "value", Some(value))?.unwrap_or_default();
    let from = string("replace", "from", args.get("from"))?
        .ok_or_else(|| tera::Error::msg(crate::t!("template-replace-needs", arg = "from")))?;
    let to = string("replace", "to", args.get("to"))?
        .ok_or_else(|| tera::Error::msg(crate::t!("template-replace-needs", arg = "to")))?;
    let times = if from.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(from).count()
    };
    charge_text(len(s.len()).saturating_add(len(times).saturating_mul(len(to.len()))))?;
    Ok(Value::String(s.replace(from, to)))
}

fn indent(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let s = string("indent", "value", Some(value))?.unwrap_or_default();
    let prefix = string("indent", "prefix", args.get("prefix"))?.unwrap_or("    ");
    let first = boolean("indent", "first", args.get("first"))?;
    let blank = boolean("indent", "blank", args.get("blank"))?;
    let lines = s.bytes().filter(|&c| c == b'\n').count() + 1;
    charge_text(len(s.len()).saturating_add(len(lines).saturating_mul(len(prefix.len()))))?;
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.lines().enumerate() {
        if i == 0 {
            if first {
                out.push_str(prefix);
            }
        } else {
            out.push('\n');
            if blank || !line.trim_start().is_empty() {
                out.push_str(prefix);
            }
        }
        out.push_str(line);
    }
    Ok(Value::String(out))
}

/// A value as tera prints it.
fn render(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => out.push_str(s),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Null => {}
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render(item, out);
            }
            out.push(']');
        }
        Value::Object(_) => out.push_str("[object]"),
    }
}

fn join(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let Value::Array(items) = value else {
        return Err(tera::Error::msg(crate::t!(
            "template-join-not-array",
            value = value.to_string()
        )));
    };
    let sep = string("join", "sep", args.get("sep"))?
        .unwrap_or_default()
        .replace("\\n", "\n")
        .replace("\\t", "\t");
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        let mut s = String::new();
        render(item, &mut s);
        parts.push(s);
    }
    let total: u64 = parts.iter().map(|p| len(p.len())).sum();
    charge_text(total.saturating_add(len(items.len()).saturating_mul(len(sep.len()))))?;
    Ok(Value::String(parts.join(&sep)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, Value)]) -> HashMap<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn they_behave_as_teras_filters() {
        let s = Value::from("a b\n\nc");
        let r = replace(&s, &args(&[("from", "b".into()), ("to", "xy".into())])).unwrap();
        assert_eq!(r, Value::from("a xy\n\nc"));
        let r = replace(
            &Value::from("ab"),
            &args(&[("from", "".into()), ("to", "-".into())]),
        );
        assert_eq!(r.unwrap(), Value::from("-a-b-"));
        assert_eq!(indent(&s, &args(&[])).unwrap(), Value::from("a b\n\n    c"));
        let all = args(&[
            ("prefix", ">".into()),
            ("first", true.into()),
            ("blank", true.into()),
        ]);
        assert_eq!(indent(&s, &all).unwrap(), Value::from(">a b\n>\n>c"));
        let items = Value::from(vec![
            Value::from("x"),
            Value::from(2),
            Value::Null,
            Value::from(true),
        ]);
        assert_eq!(
            join(&items, &args(&[("sep", "\\n".into())])).unwrap(),
            Value::from("x\n2\n\ntrue")
        );
        assert_eq!(
            join(&Value::from(vec![Value::from(vec![1, 2])]), &args(&[])).unwrap(),
            Value::from("[1, 2]")
        );
        assert!(replace(
            &Value::from(1),
            &args(&[("from", "".into()), ("to", "".into())])
        )
        .is_err());
    }

    #[test]
    fn a_squared_result_is_refused_before_it_is_made() {
        let s = "x".repeat(1 << 16);
        let (out, breach) = super::super::sandbox::contained(|| {
            replace(
                &Value::from(s.clone()),
                &args(&[("from", "".into()), ("to", s.clone().into())]),
            )
        })
        .unwrap();
        assert!(out.is_err());
        assert_eq!(breach, Some(super::super::sandbox::Breach::Text));
    }
}
