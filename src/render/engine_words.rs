//! The template engine's (tera's) English messages told in the user's language:
//! what a template's author can cause (a variable, filter, function, test,
//! macro namespace or template not found, a filter given the wrong argument, a
//! loop over what is not a list, a block twice, a syntax error at a line and
//! column), its names kept. A message not known here is marked as the engine's
//! own words, so nothing is lost.

use crate::t;

/// One part of tera's message (the message, or one of its causes).
pub(super) fn told(part: &str) -> String {
    if let Some(told) = known(part) {
        return told;
    }
    if part.is_ascii() {
        return t!("template-engine-said", message = part);
    }
    part.to_string()
}

fn known(part: &str) -> Option<String> {
    if let Some(variable) = between(part, "Variable `", "` not found in context") {
        let template = between(part, "while rendering '", "'").unwrap_or("");
        return Some(t!(
            "template-no-variable",
            variable = variable,
            template = template
        ));
    }
    let quoted = |open: &str, close: &str| between(part, open, close).map(str::to_string);
    if let Some(template) = quoted("Failed to render '", "'") {
        return Some(t!("template-failed-render", template = template));
    }
    if let Some(template) = quoted("Failed to parse '", "'") {
        return Some(t!("template-failed-parse", template = template));
    }
    let frames: [(&str, &str, &str); 11] = [
        ("Filter '", "' not found", "template-no-filter"),
        ("Function '", "' not found", "template-no-function"),
        ("Test '", "' not found", "template-no-test"),
        ("Filter call '", "' failed", "template-filter-failed"),
        ("Function call '", "' failed", "template-function-failed"),
        ("Test call '", "' failed", "template-test-failed"),
        (
            "Macro namespace `",
            "` was not found",
            "template-no-namespace",
        ),
        (
            "Tried to iterate on a container (`",
            "`)",
            "template-not-a-list",
        ),
        ("Block `", "` is duplicated", "template-block-twice"),
        ("Template '[", "]' not found", "template-not-found"),
        ("Template '", "' not found", "template-not-found"),
    ];
    for (open, close, id) in frames {
        if part.starts_with(open) {
            if let Some(name) = quoted(open, close) {
                return Some(t!(id, name = name));
            }
        }
    }
    if part.starts_with("Template '") && part.contains("is inheriting from") {
        let child = quoted("Template '", "'")?;
        let parent = quoted("inheriting from '", "'")?;
        return Some(t!("template-no-parent", name = child, parent = parent));
    }
    if let Some(filter) = between(part, "Filter `", "` received an incorrect type for arg `") {
        let arg = between(part, "for arg `", "`")?;
        let value = between(part, "got `", "` but expected")?;
        let expected = part.rsplit_once("but expected ")?.1.trim();
        return Some(t!(
            "template-filter-arg",
            filter = filter,
            arg = arg,
            value = value,
            expected = kind(expected)?
        ));
    }
    syntax(part)
}

/// A parse error as pest prints it: ` --> 3:7`, the line with a caret, then
/// `= expected ...` (the grammar's names of what may come there).
fn syntax(part: &str) -> Option<String> {
    let place = part.trim_start().strip_prefix("--> ")?;
    let (line, column) = place.lines().next()?.trim().split_once(':')?;
    let (line, column): (usize, usize) = (line.parse().ok()?, column.parse().ok()?);
    let source = part
        .lines()
        .find_map(|l| l.trim_start().strip_prefix(&format!("{line} | ")))
        .unwrap_or("")
        .trim();
    let expected = part
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("= expected "))
        .map(expectation)
        .unwrap_or_default();
    let mut told = t!("template-syntax", line = line, column = column);
    if !source.is_empty() {
        told = t!("template-syntax-source", message = told, source = source);
    }
    if !expected.is_empty() {
        told = t!(
            "template-syntax-expected",
            message = told,
            expected = expected
        );
    }
    Some(told)
}

/// pest's list of what may come ("`or`, `and`, a filter, or a variable end
/// (`}}`)"): tokens kept, the grammar's common names told; a name not known
/// here is left out (the line, column and source line still place it).
fn expectation(list: &str) -> String {
    let items = list
        .split(", ")
        .flat_map(|i| i.split(" or "))
        .map(|i| i.trim().trim_start_matches("or ").trim());
    let mut told: Vec<String> = Vec::new();
    for item in items.filter(|i| !i.is_empty()) {
        let id = match item {
            "a filter" => "template-grammar-filter",
            "a variable end (`}}`)" => "template-grammar-variable-end",
            "`%}`" | "`-%}`" => "template-grammar-tag-end",
            "tag" | "a tag" => "template-grammar-tag",
            "some content" | "some text" | "a template" => "template-grammar-content",
            "an identifier (must start with a-z)" => "template-grammar-identifier",
            "an integer" | "a float" => "template-grammar-number",
            "`true`" | "`false`" => "template-grammar-boolean",
            "an expression" | "any expressions" | "a value" => "template-grammar-expression",
            "a comment end (`#}`)" => "template-grammar-comment-end",
            "end of input" => "template-grammar-end",
            "a string" | "a concatenation of strings" => "template-grammar-string",
            t if t.starts_with('`') && t.ends_with('`') && t.len() >= 3 => {
                if !told.iter().any(|x| x == t) {
                    told.push(t.to_string());
                }
                continue;
            }
            _ => continue,
        };
        let word = crate::i18n::t(id);
        if !told.contains(&word) {
            told.push(word);
        }
    }
    told.join(&crate::i18n::t("template-grammar-or"))
}

/// A filter argument's expected kind as tera names it.
fn kind(expected: &str) -> Option<String> {
    let id = match expected.trim_end_matches('.') {
        "a usize" | "an i64" | "a u64" | "an integer" | "a number" | "a f64" => {
            "template-grammar-number"
        }
        "a String" | "a string" => "template-grammar-string",
        "a bool" | "a boolean" => "template-grammar-boolean",
        _ => return None,
    };
    Some(crate::i18n::t(id))
}

/// The text of `text` between the first `open` and the next `close`.
pub(super) fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let len = text[start..].find(close)?;
    Some(&text[start..start + len])
}
