//! The message catalogue: every `locales/<lang>/<area>.ftl` file, embedded in
//! the binary and parsed once into one Fluent bundle per language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::{Arg, Lang};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The embedded catalogue files: (language code, area, Fluent source).
pub(crate) fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FILES
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language of [`Lang::ALL`], in that order.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Terminals and CSV cells show Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    for (code, _, source) in files() {
        if *code != lang.code() {
            continue;
        }
        // A broken entry is dropped and the rest kept; the catalogue tests
        // make sure no shipped file has one.
        let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whether the catalogue has a message `id` in `lang`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundles()[lang as usize].has_message(id)
}

/// The message `id` in `lang` with its arguments. A message the catalogue
/// lacks comes back as its id (the catalogue tests keep that from shipping);
/// a missing argument shows as `{$name}`.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = &bundles()[lang as usize];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fa.set(*name, value.0.clone());
        }
        fa
    });
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    /// Every message of a language: id -> (area file, the variables it uses).
    fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
        let mut out = BTreeMap::new();
        for (code, area, source) in files() {
            if *code != lang.code() {
                continue;
            }
            let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| {
                panic!("locales/{code}/{area}.ftl does not parse: {errors:?}")
            });
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    for a in &m.attributes {
                        pattern_vars(&a.value, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    let file = format!("locales/{code}/{area}.ftl");
                    if let Some((other, _)) = out.insert(id.clone(), (file.clone(), vars)) {
                        panic!("{id} is in both {other} and {file}");
                    }
                }
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, vars);
                }
                for a in &arguments.named {
                    inline_vars(&a.value, vars);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_file_exists_in_every_language() {
        let areas = |lang: Lang| -> BTreeSet<&str> {
            files()
                .iter()
                .filter(|(c, _, _)| *c == lang.code())
                .map(|(_, a, _)| *a)
                .collect()
        };
        assert!(!areas(Lang::En).is_empty(), "no catalogue embedded");
        assert_eq!(areas(Lang::En), areas(Lang::Zh));
        for (code, area, _) in files() {
            assert!(
                Lang::parse(code).is_some(),
                "locales/{code}/{area}.ftl: unknown language"
            );
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_arguments() {
        let en = messages(Lang::En);
        let zh = messages(Lang::Zh);
        let mut problems = Vec::new();
        for (id, (file, vars)) in &en {
            match zh.get(id) {
                None => problems.push(format!("{id} ({file}) has no Chinese")),
                Some((zfile, zvars)) if zvars != vars => problems.push(format!(
                    "{id}: {file} uses {vars:?} but {zfile} uses {zvars:?}"
                )),
                Some(_) => {}
            }
        }
        for (id, (file, _)) in &zh {
            if !en.contains_key(id) {
                problems.push(format!("{id} ({file}) has no English"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_message_adds_to_its_bundle_without_clashes() {
        for lang in Lang::ALL {
            let mut bundle = Bundle::new_concurrent(vec![]);
            for (code, area, source) in files() {
                if *code != lang.code() {
                    continue;
                }
                // ok: the catalogue is compiled into the binary, and the
                // catalogue tests parse and load every file of it.
                let resource = FluentResource::try_new((*source).to_string())
                    .unwrap_or_else(|(_, e)| panic!("locales/{code}/{area}.ftl: {e:?}"));
                if let Err(e) = bundle.add_resource(resource) {
                    // ok: duplicate ids are refused by the catalogue tests.
                    panic!("locales/{code}/{area}.ftl: {e:?}");
                }
            }
        }
    }

    #[test]
    fn messages_format_in_each_language_without_isolation_marks() {
        let en = message(Lang::En, "error-line", &[("message", Arg::from("x"))]);
        let zh = message(Lang::Zh, "error-line", &[("message", Arg::from("x"))]);
        assert_eq!(en, "error: x");
        assert_eq!(zh, "错误：x");
        let line = message(Lang::En, "i18n-test-count", &[("count", Arg::from(1usize))]);
        assert_eq!(line, "1 row");
        let line = message(Lang::En, "i18n-test-count", &[("count", Arg::from(3usize))]);
        assert_eq!(line, "3 rows");
        let line = message(Lang::Zh, "i18n-test-count", &[("count", Arg::from(3usize))]);
        assert_eq!(line, "3 行");
        assert!(!line.contains('\u{2068}') && !line.contains('\u{2069}'));
    }

    #[test]
    fn a_missing_message_comes_back_as_its_id() {
        assert_eq!(message(Lang::Zh, "no-such-message", &[]), "no-such-message");
    }
}
