use super::*;
use crate::assess::Waiver;
use rust_decimal_macros::dec;

/// Valid rules; tests replace pieces of it.
pub(crate) const RULES: &str = include_str!("../../../tests/fixtures/assess/rules.toml");

fn parse(text: &str) -> Result<AssessmentRules, TomlError> {
    AssessmentRules::parse("rules.toml", text)
}

fn error(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

#[test]
fn reads_the_whole_rules() {
    let r = parse(RULES).unwrap();
    assert_eq!(r.dimensions.len(), 4);
    assert_eq!(r.dimensions[2].name, "业绩");
    assert_eq!(r.grades.len(), 3);
    assert_eq!(r.grades[1].min_score, Some(Score(dec!(75))));
    assert_eq!(r.grades[1].min_certificate, Some(2));
    assert_eq!(r.grades[2].min_years.map(|y| y.months), Some(18));
    assert_eq!(r.grades[2].require.len(), 1);
    assert_eq!(
        r.promotion,
        Promotion {
            max_grades: 1,
            step: 1
        }
    );
    assert_eq!(r.exceptional[0].max_grades, 2);
    assert!(r.exceptional[0].waives(Waiver::MinYears));
    assert_eq!(r.demotion.map(|d| d.below), Some(Score(dec!(60))));
    assert_eq!(r.quotas[0].grade, 2);
    assert_eq!(r.quotas[0].name, "高级及以上不超过25%");
    assert_eq!(
        r.tie_break,
        vec![
            TieBreak::Dimension(2),
            TieBreak::Column("入职日期".into()),
            TieBreak::EmployeeId
        ]
    );
    assert_eq!(r.total_range(), (Score(dec!(0)), Score(dec!(100))));
    assert_eq!(r.conditions().count(), 2);
}

#[test]
fn unknown_keys_are_placed_and_suggested() {
    let e = error(&RULES.replace("min_score = 75", "min_scor = 75"));
    assert!(e.contains("did you mean 'min_score'?"), "{e}");
    assert!(e.contains("rules.toml:45:1"), "{e}");
}

#[test]
fn weights_must_add_up() {
    let e = error(&RULES.replace(
        "weight = \"20%\"\n\n[[dimension]]\nid = \"ability\"",
        "weight = \"15%\"\n\n[[dimension]]\nid = \"ability\"",
    ));
    assert!(e.contains("add up to 95%"), "{e}");
    let e = error(&RULES.replace("weight = \"20%\"", "weight = 0.2"));
    assert!(e.contains("percentage"), "{e}");
}

#[test]
fn thresholds_must_be_reachable_and_exact() {
    let e = error(&RULES.replace("min_score = \"85\"", "min_score = \"101\""));
    assert!(
        e.contains("outside the possible totals 0.00 to 100.00"),
        "{e}"
    );
    assert!(e.contains("rules.toml:52:13"), "{e}");
    let e = error(&RULES.replace("min_score = \"85\"", "min_score = 84.99"));
    assert!(e.contains("binary floating point"), "{e}");
    let e = error(&RULES.replace("below = 60", "below = -1"));
    assert!(e.contains("[demotion] below"), "{e}");
}

#[test]
fn prerequisites_need_their_columns() {
    let e = error(&RULES.replace("min_certificate = \"三级\"", "min_certificate = \"三极\""));
    assert!(e.contains("did you mean '三级'?"), "{e}");
    let no_cert = RULES.replace(
        "[certificate]\ncolumn = \"证书等级\"\nlevels = [\"无\", \"五级\", \"四级\", \"三级\", \"二级\", \"一级\"]\n",
        "",
    );
    assert!(error(&no_cert).contains("needs a [certificate] table"));
    let no_time = RULES.replace(
        "[time_in_grade]\ncolumn = \"晋级日期\"\nset_on_promotion = true\n",
        "",
    );
    assert!(error(&no_time).contains("needs a [time_in_grade] table"));
    let no_discipline = RULES.replace("[discipline]\ncolumn = \"处分\"\n", "");
    assert!(error(&no_discipline).contains("needs a [discipline] table"));
    let e = error(&RULES.replace("min_years = \"1.5\"", "min_years = \"1.01\""));
    assert!(e.contains("whole number of months"), "{e}");
}

#[test]
fn the_lowest_grade_takes_no_threshold() {
    let e = error(&RULES.replace("name = \"初级\"", "name = \"初级\"\nmin_score = 10"));
    assert!(e.contains("lowest grade"), "{e}");
}

#[test]
fn quotas_name_a_grade_and_one_limit() {
    let e = error(&RULES.replace("at_or_above = \"高级\"", "at_or_above = \"高极\""));
    assert!(e.contains("did you mean '高级'?"), "{e}");
    let e = error(&RULES.replace(
        "max_percent = \"25%\"",
        "max_percent = \"25%\"\nmax_count = 3",
    ));
    assert!(e.contains("exactly one of"), "{e}");
    let e = error(&RULES.replace("per = \"enterprise\"", "per = \"company\""));
    assert!(e.contains("unknown variant"), "{e}");
}

#[test]
fn ties_are_broken_once_per_key() {
    let e = error(&RULES.replace("[\"业绩\", \"入职日期\"]", "[\"业绩\", \"performance\"]"));
    assert!(e.contains("listed twice"), "{e}");
}

#[test]
fn adopts_the_schedule_ladder_and_aliases() {
    let mut r = parse(RULES).unwrap();
    let schedule = Schedule::parse(
        "s.toml",
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/starter/schedule.toml"
        ))
        .unwrap(),
    )
    .unwrap();
    r.adopt_schedule(&schedule).unwrap();
    assert_eq!(r.grade_index("中"), Some(1));
    r.grades[2].name = "高级工".into();
    assert!(r
        .adopt_schedule(&schedule)
        .unwrap_err()
        .contains("not the schedule's ladder"));
}
