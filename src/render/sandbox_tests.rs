//! The unit tests of `sandbox.rs`, moved beside it to keep that file about one concept.

use super::*;

#[test]
fn nesting_counts_brackets_in_tags_and_blocks_not_text() {
    assert_eq!(nesting("((((( text"), 0);
    assert_eq!(nesting("{{ f(a=[(1)]) }}"), 3);
    assert_eq!(
        nesting("{% if a %}{% for x in y %}{% endfor %}{% endif %}"),
        2
    );
    let deep = "{% if a %}".repeat(NESTING + 1);
    assert!(nesting(&deep) > NESTING);
    assert!(nesting(&format!("{{{{ {} }}}}", "(".repeat(100))) > NESTING);
}

#[test]
fn a_source_is_refused_for_size_reserved_names_and_nesting() {
    assert_eq!(check_source("{{ a }}"), Ok(()));
    let big = "x".repeat(SOURCE + 1);
    assert_eq!(check_source(&big), Err(Breach::Source(SOURCE + 1)));
    assert_eq!(
        check_source("{{ __nengji_leave() }}"),
        Err(Breach::Reserved)
    );
    assert_eq!(
        check_source(&"{% for a in b %}".repeat(100)),
        Err(Breach::Nesting)
    );
}

#[test]
fn range_charges_its_length_and_refuses_a_zero_step() {
    let args = |pairs: &[(&str, u64)]| -> HashMap<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Value::from(*v)))
            .collect()
    };
    let (out, breach) =
        contained(|| range(&args(&[("start", 2), ("end", 9), ("step_by", 3)]))).unwrap();
    assert_eq!(out.unwrap(), Value::from(vec![2u64, 5, 8]));
    assert_eq!(breach, None);
    let (out, breach) = contained(|| range(&args(&[("end", 5), ("step_by", 0)]))).unwrap();
    assert!(out.is_err());
    assert_eq!(breach, Some(Breach::RangeStep));
    let (out, breach) = contained(|| range(&args(&[("end", STEPS + 1)]))).unwrap();
    assert!(out.is_err());
    assert_eq!(breach, Some(Breach::Steps));
}

#[test]
fn a_panic_in_the_work_is_an_engine_breach() {
    let got = contained(|| -> u8 { panic!("inside tera") });
    assert_eq!(got.err(), Some(Breach::Engine));
}
