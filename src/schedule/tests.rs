//! Unit tests of schedule loading and validation.

use super::*;
use crate::Money;
use rust_decimal_macros::dec;

const HEAD: &str = r#"
[schedule]
title = "测试合同"
scope = "enterprise"
employer = "甲公司"
union = "甲公司工会"
region = "330100"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "初级"
pay = ["2600", "2700"]

[[grade]]
name = "中级"
aliases = ["中"]
base = "3000"
increment = "100"
steps = 3
"#;

fn parse(extra: &str) -> Result<Schedule, TomlError> {
    Schedule::parse("s.toml", &format!("{HEAD}{extra}"))
}

fn error(extra: &str) -> String {
    let e = parse(extra).unwrap_err();
    e.to_string()
}

#[test]
fn loads_grades_in_both_forms() {
    let s = parse("").unwrap();
    assert_eq!(s.grades.len(), 2);
    assert_eq!(s.grades[1].pay_at(3), Some(Money::new(dec!(3200))));
    assert_eq!(s.grade_index("中"), Some(1));
    assert_eq!(
        s.component_ids().collect::<Vec<_>>(),
        ["grade_pay", "overtime"]
    );
    assert_eq!(s.overtime.multipliers(), [dec!(1.5), dec!(2), dec!(3)]);
    assert_eq!(s.overtime.standard_hours, dec!(174));
}

#[test]
fn money_as_float_is_refused_with_the_reason_and_place() {
    let text = HEAD.replace("pay = [\"2600\", \"2700\"]", "pay = [2600.5, \"2700\"]");
    let e = Schedule::parse("s.toml", &text).unwrap_err();
    assert!(e.message.contains("binary floating point"), "{e}");
    assert_eq!(
        e.location.to_string(),
        format!(
            "s.toml:{}:8",
            text.lines().position(|l| l.contains("2600.5")).unwrap() + 1
        )
    );
}

#[test]
fn unknown_key_suggests_the_right_one() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"证书\"\ncategory = \"skill\"\nkind = \"lookup\"\ncolumn = \"c\"\ntabel = { x = 1 }\n");
    assert!(
        e.contains("unknown field `tabel`") && e.contains("did you mean 'table'?"),
        "{e}"
    );
    assert!(e.contains("s.toml:"), "{e}");
}

#[test]
fn unknown_kind_and_category_suggest() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skil\"\nkind = \"fixed\"\namount = 1\n");
    assert!(e.contains("did you mean 'skill'?"), "{e}");
    let e = error(
        "[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"lookupp\"\n",
    );
    assert!(e.contains("did you mean 'lookup'?"), "{e}");
}

#[test]
fn chinese_category_names_are_accepted() {
    let s = parse("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"技术技能津补贴\"\nkind = \"fixed\"\namount = 1\n").unwrap();
    assert_eq!(s.allowances[0].category, Category::Skill);
}

#[test]
fn a_kind_needs_its_keys_and_refuses_others() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"lookup\"\ncolumn = \"c\"\n");
    assert!(e.contains("needs `table`"), "{e}");
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = 1\ncap = 2\n");
    assert!(e.contains("`cap` does not apply to kind 'fixed'"), "{e}");
}

#[test]
fn percent_must_refer_to_an_earlier_component() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"other\"\nkind = \"percent\"\nof = [\"grade_py\"]\nrate = \"5%\"\n");
    assert!(e.contains("did you mean 'grade_pay'?"), "{e}");
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"other\"\nkind = \"percent\"\nof = [\"grade_pay\"]\nrate = \"5\"\n");
    assert!(e.contains("with its sign"), "{e}");
}

#[test]
fn conditions_name_known_grades() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = 1\ngrades = [\"中极\"]\n");
    assert!(
        e.contains("unknown grade '中极'") && e.contains("did you mean '中级'?"),
        "{e}"
    );
}

#[test]
fn duplicate_ids_and_grades_are_refused() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = 1\n[[allowance]]\nid = \"a\"\nname = \"y\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = 1\n");
    assert!(e.contains("used twice"), "{e}");
    let e = error("[[grade]]\nname = \"中\"\npay = [\"1\"]\n");
    assert!(e.contains("grade name '中' is used twice"), "{e}");
}

#[test]
fn overtime_base_must_name_components() {
    let e = error("[overtime]\nbase = [\"grade_pay\", \"skil\"]\n");
    assert!(e.contains("unknown component 'skil'"), "{e}");
    // Placed at the name, on the line after [overtime] (HEAD has 20 lines).
    assert!(e.contains("s.toml:22:23"), "{e}");
}

#[test]
fn negative_amounts_and_bad_dates_are_refused() {
    let e = error("[[allowance]]\nid = \"a\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"fixed\"\namount = \"-5\"\n");
    assert!(e.contains("negative"), "{e}");
    let text = HEAD.replace("expires = 2026-12-31", "expires = 2025-12-31");
    let e = Schedule::parse("s.toml", &text).unwrap_err().to_string();
    assert!(e.contains("expires"), "{e}");
}

#[test]
fn pool_must_be_whole_fen() {
    let e = error("[[allowance]]\nid = \"p\"\nname = \"x\"\ncategory = \"profit-sharing\"\nkind = \"pool\"\namount = \"100.005\"\n");
    assert!(e.contains("'100.005' has 3 decimal places"), "{e}");
    // Under a rounding to the yuan, a pool of fen cannot be split whole.
    let text = format!("{HEAD}[rounding]\nmode = \"half-up\"\nscale = 0\n[[allowance]]\nid = \"p\"\nname = \"x\"\ncategory = \"profit-sharing\"\nkind = \"pool\"\namount = \"100.05\"\n");
    let e = Schedule::parse("s.toml", &text).unwrap_err().to_string();
    assert!(e.contains("whole number of the rounding unit"), "{e}");
}

#[test]
fn column_mapping_names_known_fields() {
    let e = error("[columns]\nlevel = \"grad\"\n");
    assert!(e.contains("did you mean 'grade'?"), "{e}");
}

#[test]
fn money_finer_than_a_fen_is_refused_at_its_place() {
    // A grade's pay: the value, its place and the fix.
    let text = HEAD.replace(
        "pay = [\"2600\", \"2700\"]",
        "pay = [\"2600.005\", \"2700\"]",
    );
    let e = Schedule::parse("s.toml", &text).unwrap_err();
    assert_eq!(e.location.line, 13, "{e}");
    assert!(
        e.message.contains("'2600.005' has 3 decimal places") && e.message.contains("2600.01"),
        "{e}"
    );
    // A value of a lookup table.
    let e = error("[[allowance]]\nid = \"skill\"\nname = \"x\"\ncategory = \"skill\"\nkind = \"lookup\"\ncolumn = \"c\"\ntable = { \"a\" = \"100.125\" }\n");
    assert!(
        e.contains("allowance 'skill': a = 100.125 has 3 decimal places")
            && e.contains("write 100.13"),
        "{e}"
    );
    // A piece rate may be finer than a fen.
    let s = parse("[[piece_rate]]\nid = \"p\"\nname = \"x\"\nrate = \"0.125\"\ncolumn = \"n\"\n")
        .unwrap();
    assert_eq!(s.piece_rates[0].rate, Money::new(dec!(0.125)));
}

#[test]
fn a_percentage_of_itself_is_named_without_a_suggestion() {
    let e = error("[[allowance]]\nid = \"bonus\"\nname = \"x\"\ncategory = \"other\"\nkind = \"percent\"\nof = [\"bonus\"]\nrate = \"5%\"\n");
    assert!(
        e.contains("allowance 'bonus' takes a percentage of itself"),
        "{e}"
    );
    assert!(!e.contains("did you mean"), "{e}");
}

#[test]
fn grouping_commas_in_a_schedule_are_checked() {
    let ok = parse("[[allowance]]\nid = \"f\"\nname = \"x\"\ncategory = \"other\"\nkind = \"fixed\"\namount = \"1,200.00\"\n").unwrap();
    assert!(
        matches!(ok.allowances[0].kind, RuleKind::Fixed { amount } if amount == Money::from(1200))
    );
    let e = error("[[allowance]]\nid = \"f\"\nname = \"x\"\ncategory = \"other\"\nkind = \"fixed\"\namount = \"1,2,0,0\"\n");
    assert!(e.contains("grouping commas out of place"), "{e}");
}
