use super::*;
use crate::{t, Money};

fn zhejiang() -> Standards {
    Standards::builtin("zhejiang").unwrap().unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn builtin_zhejiang_has_both_minimum_wages() {
    let zj = zhejiang();
    let before = zj.minimum_wage("330106", day("2023-12-31")).unwrap();
    assert_eq!(before.effective, day("2021-08-01"));
    assert_eq!(before.monthly_of(1), Some(Money::from(2280)));
    assert_eq!(before.hourly_of(3), Some(Money::from(18)));
    let after = zj.minimum_wage("330106", day("2024-01-01")).unwrap();
    assert_eq!(after.effective, day("2024-01-01"));
    assert_eq!(after.monthly_of(1), Some(Money::from(2490)));
    assert_eq!(after.monthly_of(2), Some(Money::from(2260)));
    assert_eq!(after.monthly_of(3), Some(Money::from(2010)));
    assert!(after.includes_social_insurance);
    assert!(zj.minimum_wage("330106", day("2021-07-31")).is_none());
    assert!(
        zj.minimum_wage("320100", day("2024-06-01")).is_none(),
        "not Zhejiang"
    );
}

/// Issue 12, error 9: the 2021 summaries say "almost all" urban districts of
/// 杭州, 宁波 and 温州 were tier 1 without naming them, so the built-in set maps
/// no district, county or city to a tier; every region is reported unknown.
#[test]
fn builtin_zhejiang_maps_no_region_that_no_source_names() {
    let zj = zhejiang();
    let on = day("2024-06-01");
    for (code, name) in [
        ("330106", "杭州西湖区"),
        ("330203", "宁波海曙区"),
        ("330302", "温州鹿城区"),
        ("331002", "台州椒江区"),
        ("331081", "温岭市"),
        ("330702", "金华婺城区"),
    ] {
        assert!(zj.tier(code, on).is_none(), "{name} ({code}) has a tier");
    }
    assert!(zj.region_tiers.is_empty());
}

#[test]
fn an_assumed_tier_is_marked() {
    let examples = Standards::parse(
        "examples.toml",
        include_str!("../../examples/standards/examples.toml"),
    )
    .unwrap();
    let on = day("2026-01-31");
    let wenling = examples.tier("331081", on).unwrap();
    assert_eq!(wenling.tier, 1);
    assert!(wenling.assumed, "温岭市 tier 1 is the example's assumption");
    assert!(examples.tier("330702", on).unwrap().assumed);
}

#[test]
fn builtin_skill_percentages() {
    let zj = zhejiang();
    let s = zj.skill_minimum("331081", day("2026-01-01")).unwrap();
    let rates: Vec<String> = s.categories.iter().map(|c| c.rate.to_string()).collect();
    assert_eq!(rates, ["105%", "120%", "150%", "200%"]);
    assert!(!s.binding);
    assert!(zj.skill_minimum("331081", day("2025-01-01")).is_none());
}

#[test]
fn builtin_file_is_the_shipped_example() {
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/standards/zhejiang.toml"),
    )
    .unwrap();
    assert_eq!(BUILTIN[0].1, shipped);
    assert!(Standards::builtin("nowhere").is_none());
}

#[test]
fn the_more_specific_tier_wins() {
    let mut zj = zhejiang();
    let local = Standards::parse(
        "local.toml",
        "[[region_tier]]\ncode = \"330106\"\ntier = 2\nsince = 2021-08-01\nsource = \"x\"\n\
         [[region_tier]]\nurban = \"3301\"\ntier = 1\nsince = 2021-08-01\nsource = \"y\"\n",
    )
    .unwrap();
    zj.combine(local).unwrap();
    assert_eq!(zj.tier("330106", day("2024-06-01")).unwrap().tier, 2);
    assert_eq!(zj.tier("330102", day("2024-06-01")).unwrap().tier, 1);
}

#[test]
fn the_same_standard_twice_is_an_error_naming_both_places() {
    let mut zj = zhejiang();
    let again = Standards::parse(
        "again.toml",
        "\n[[minimum_wage]]\nregion = \"33\"\neffective = 2024-01-01\nsource = \"x\"\nmonthly = [\"1\"]\nhourly = [\"1\"]\nincludes_social_insurance = true\n",
    )
    .unwrap();
    let err = zj.combine(again).unwrap_err();
    assert_eq!(err.location.to_string(), "again.toml:2:1");
    assert!(
        err.message.contains("zhejiang (built-in):"),
        "{}",
        err.message
    );
}

#[test]
fn bad_input_is_placed_at_file_line_column() {
    let err = Standards::parse(
        "s.toml",
        "[[minimum_wage]]\nregion = \"33\"\neffective = 2024-01-01\nsource = \"x\"\nmonthly = [2490.0]\n",
    )
    .unwrap_err();
    assert_eq!(err.location.to_string(), "s.toml:5:12");
    assert!(err.message.contains("floating point"), "{}", err.message);

    let err =
        Standards::parse("s.toml", "[procedure]\nsource = \"x\"\nquorom = \"2/3\"\n").unwrap_err();
    assert_eq!(err.location.to_string(), "s.toml:3:1");
    assert!(err.hint.contains("did you mean 'quorum'?"), "{}", err);

    let err = Standards::parse(
        "s.toml",
        "\n\n[[region_tier]]\ncode = \"3310\"\ntier = 1\nsince = 2021-08-01\nsource = \"x\"\n",
    )
    .unwrap_err();
    assert_eq!(err.location.to_string(), "s.toml:3:1");
    assert!(err.message.contains("six digits"), "{}", err.message);
}

const FLOOR: &str = "[[industry_floor]]\nindustry = \"泵\"\naliases = [\"泵与电机制造\"]\neffective = 2026-01-01\nexpires = 2026-12-31\nsource = \"s\"\nbasis = \"b\"\nfloors = { \"初级工\" = \"2900\" }\n";

fn standards(body: &str) -> Result<Standards, TomlError> {
    Standards::parse("std.toml", &format!("[standards]\ntitle = \"t\"\n{body}"))
}

#[test]
fn overlapping_industry_floors_name_both_places() {
    // The same industry and date, the second under an alias.
    let second = FLOOR.replace(
        "industry = \"泵\"\naliases = [\"泵与电机制造\"]",
        "industry = \"泵与电机制造\"\naliases = []",
    );
    let e = standards(&format!("{FLOOR}{second}")).unwrap_err();
    assert_eq!(e.location.line, 11, "{e}");
    assert!(
        e.message
            .contains("the industry floor of '泵与电机制造' from 2026-01-01")
            && e.message.contains("given twice (also at std.toml:3:1)"),
        "{e}"
    );
    // A later floor starting before the first one's stated expiry.
    let mid = FLOOR
        .replace("effective = 2026-01-01", "effective = 2026-07-01")
        .replace("expires = 2026-12-31\n", "");
    assert!(standards(&format!("{FLOOR}{mid}")).is_err());
    // One that starts after it: a succession, no clash.
    let next = FLOOR
        .replace("2026-01-01", "2027-01-01")
        .replace("2026-12-31", "2027-12-31");
    let s = standards(&format!("{FLOOR}{next}")).unwrap();
    assert_eq!(
        s.industry_floor("泵", day("2027-03-01")).unwrap().effective,
        day("2027-01-01")
    );
    // Another industry on the same dates: no clash.
    let other = FLOOR.replace(
        "industry = \"泵\"\naliases = [\"泵与电机制造\"]",
        "industry = \"阀门\"",
    );
    assert!(standards(&format!("{FLOOR}{other}")).is_ok());
}

#[test]
fn guidelines_and_skill_minimums_twice_are_refused() {
    let g = "[[wage_guideline]]\nyear = 2026\nregion = \"33\"\nsource = \"s\"\nbase = \"7%\"\nupper = \"11%\"\nlower = \"3%\"\n";
    let e = standards(&format!("{g}{g}")).unwrap_err();
    assert!(
        e.message
            .contains("the wage guideline of region '33' for 2026 is given twice"),
        "{e}"
    );
    let zh =
        t!(in crate::i18n::Lang::Zh; "input-standard-twice", what = "x", other = "std.toml:3:1");
    assert_eq!(zh, "x重复给出（另见 std.toml:3:1）；请只保留一个");
}
