//! `Numbering`: clauses (第一条) and chapters (第一章) numbered automatically, in
//! the order the finished document prints them.
//!
//! A template writes `{{ clause(key="skill") }}` where a clause starts and
//! `{{ ref(key="skill") }}` where it cites one; `{{ chapter() }}` starts a chapter.
//! These functions leave markers in the rendered text, and this pass replaces
//! them once the whole document is known. So a user template that overrides a
//! block, adding or removing clauses, still gets consecutive numbers, and a
//! reference can point forward. A clause's key is how a rule of the schedule
//! finds the clause printed for it: the key of an allowance's clause is the
//! allowance's id.

use std::collections::{BTreeMap, HashMap};

use tera::Value;

use super::numerals::chinese_number;

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// What a marker stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Clause,
    Chapter,
    Ref,
}

impl Mark {
    fn letter(self) -> char {
        match self {
            Mark::Clause => 'c',
            Mark::Chapter => 'h',
            Mark::Ref => 'r',
        }
    }
}

/// A numbering that cannot be completed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberingError {
    /// Two clauses share a key; holds the key.
    #[error("{}", crate::t!("template-clause-twice", key = .0.as_str()))]
    DuplicateKey(String),
    /// A reference to a clause the document does not print: the key and a did-you-mean.
    #[error("{}", crate::t!("template-unknown-ref", key = .0.as_str()) + .1.as_str())]
    UnknownRef(String, String),
}

/// The clause numbers a finished document printed, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Numbering {
    /// Each clause's key and the number (第N条) it was printed with.
    pub clauses: BTreeMap<String, u32>,
    /// How many clauses the document has.
    pub count: u32,
}

impl Numbering {
    /// Replaces every marker in `text` with its number.
    pub fn apply(text: &str) -> Result<(String, Numbering), NumberingError> {
        let mut numbering = Numbering::default();
        // First pass: clause numbers in print order.
        for (mark, key) in markers(text) {
            if mark == Mark::Clause {
                numbering.count += 1;
                if !key.is_empty()
                    && numbering
                        .clauses
                        .insert(key.clone(), numbering.count)
                        .is_some()
                {
                    return Err(NumberingError::DuplicateKey(key));
                }
            }
        }
        // Second pass: write them.
        let mut out = String::with_capacity(text.len());
        let mut clause = 0u32;
        let mut chapter = 0u32;
        let mut rest = text;
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&rest[..start]);
            let after = &rest[start + OPEN.len_utf8()..];
            let Some(end) = after.find(CLOSE) else {
                out.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let body = &after[..end];
            rest = &after[end + CLOSE.len_utf8()..];
            match parse(body) {
                Some((Mark::Clause, _)) => {
                    clause += 1;
                    out.push_str(&format!("第{}条", chinese_number(clause)));
                }
                Some((Mark::Chapter, _)) => {
                    chapter += 1;
                    out.push_str(&format!("第{}章", chinese_number(chapter)));
                }
                Some((Mark::Ref, key)) => match numbering.clauses.get(&key) {
                    Some(n) => out.push_str(&format!("第{}条", chinese_number(*n))),
                    None => {
                        let hint = crate::suggest::hint(
                            &key,
                            numbering.clauses.keys().map(String::as_str),
                        );
                        return Err(NumberingError::UnknownRef(key, hint));
                    }
                },
                None => out.push_str(body),
            }
        }
        out.push_str(rest);
        Ok((out, numbering))
    }

    /// The number printed for a key.
    pub fn get(&self, key: &str) -> Option<u32> {
        self.clauses.get(key).copied()
    }
}

fn marker(mark: Mark, key: &str) -> String {
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{OPEN}{}{hex}{CLOSE}", mark.letter())
}

fn parse(body: &str) -> Option<(Mark, String)> {
    let mut chars = body.chars();
    let mark = match chars.next()? {
        'c' => Mark::Clause,
        'h' => Mark::Chapter,
        'r' => Mark::Ref,
        _ => return None,
    };
    let hex = chars.as_str();
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    Some((mark, String::from_utf8(bytes?).ok()?))
}

fn markers(text: &str) -> impl Iterator<Item = (Mark, String)> + '_ {
    text.split(OPEN)
        .skip(1)
        .filter_map(|part| parse(part.split(CLOSE).next()?))
}

fn key_arg(args: &HashMap<String, Value>, function: &str) -> tera::Result<String> {
    match args.get("key") {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(tera::Error::msg(format!(
            "{function}(key=...) takes a string, not {other}"
        ))),
    }
}

/// Registers `clause(key=...)`, `ref(key=...)` and `chapter()` with tera.
pub fn register(tera: &mut tera::Tera) {
    tera.register_function("clause", |args: &HashMap<String, Value>| {
        Ok(Value::String(marker(
            Mark::Clause,
            &key_arg(args, "clause")?,
        )))
    });
    tera.register_function("chapter", |_: &HashMap<String, Value>| {
        Ok(Value::String(marker(Mark::Chapter, "")))
    });
    tera.register_function("ref", |args: &HashMap<String, Value>| {
        let key = key_arg(args, "ref")?;
        if key.is_empty() {
            return Err(tera::Error::msg(
                "ref() needs key=\"...\": the clause it cites",
            ));
        }
        Ok(Value::String(marker(Mark::Ref, &key)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_print_order_with_forward_refs() {
        let text = format!(
            "{} 总则\n{} 见{}。\n{} 工资。\n{}\n{} 津贴。",
            marker(Mark::Chapter, ""),
            marker(Mark::Clause, "a"),
            marker(Mark::Ref, "skill"),
            marker(Mark::Clause, ""),
            marker(Mark::Chapter, ""),
            marker(Mark::Clause, "skill"),
        );
        let (out, n) = Numbering::apply(&text).unwrap();
        assert_eq!(
            out,
            "第一章 总则\n第一条 见第三条。\n第二条 工资。\n第二章\n第三条 津贴。"
        );
        assert_eq!(n.get("skill"), Some(3));
        assert_eq!(n.get("a"), Some(1));
        assert_eq!(n.count, 3);
    }

    #[test]
    fn keys_survive_any_text() {
        let key = "奖励_1 \"x\"";
        let text = marker(Mark::Clause, key);
        let (_, n) = Numbering::apply(&text).unwrap();
        assert_eq!(n.get(key), Some(1));
    }

    #[test]
    fn duplicate_keys_and_unknown_refs_are_errors() {
        let twice = format!("{}{}", marker(Mark::Clause, "a"), marker(Mark::Clause, "a"));
        assert_eq!(
            Numbering::apply(&twice),
            Err(NumberingError::DuplicateKey("a".into()))
        );
        let dangling = format!(
            "{}{}",
            marker(Mark::Clause, "skill"),
            marker(Mark::Ref, "skil")
        );
        let err = Numbering::apply(&dangling).unwrap_err().to_string();
        assert!(err.contains("skil") && err.contains("skill"), "{err}");
    }

    #[test]
    fn clause_numbers_pass_tens() {
        let text: String = (0..21)
            .map(|_| marker(Mark::Clause, ""))
            .collect::<Vec<_>>()
            .join(" ");
        let (out, n) = Numbering::apply(&text).unwrap();
        assert!(out.ends_with("第二十条 第二十一条"), "{out}");
        assert_eq!(n.count, 21);
    }
}
