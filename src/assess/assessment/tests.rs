//! The assessment on the boundary fixture (tests/fixtures/assess): each threshold
//! and prerequisite exactly at its boundary and just past it, demotion, an
//! exceptional promotion, and quota ties broken by each tie-break in turn.

use std::collections::BTreeMap;

use super::*;
use crate::assess::{Change, Lang, Score};
use crate::roster::{Encoding, RosterErrors};

const RULES: &str = include_str!("../../../tests/fixtures/assess/rules.toml");
const ROSTER: &str = include_str!("../../../tests/fixtures/assess/roster.csv");
const SCORES: &str = include_str!("../../../tests/fixtures/assess/scores.csv");

struct Run {
    rules: AssessmentRules,
    roster: RosterTable,
    assessment: Assessment,
}

impl Run {
    fn new(rules: &str, roster: &str, scores: &str) -> Result<Run, RosterErrors> {
        let rules = AssessmentRules::parse("rules.toml", rules).unwrap();
        let mut errors = RosterErrors::default();
        let roster = RosterTable::read(
            "roster.csv",
            roster.as_bytes(),
            Encoding::Auto,
            &rules,
            &BTreeMap::new(),
            &mut errors,
        )?;
        let scores = ScoreSheet::read(
            "scores.csv",
            scores.as_bytes(),
            Encoding::Auto,
            &rules,
            &roster,
            &mut errors,
        );
        let evidence = Evidence::gather(&rules, &roster, &scores, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let assessment = Assessment::run(Inputs {
            rules: &rules,
            roster: &roster,
            scores: &scores,
            evidence: &evidence,
        });
        Ok(Run {
            rules,
            roster,
            assessment,
        })
    }

    fn fixture() -> Run {
        Run::new(RULES, ROSTER, SCORES).unwrap()
    }

    fn of(&self, id: &str) -> &Decision {
        let i = self
            .roster
            .candidates
            .iter()
            .position(|c| c.employee_id == id)
            .unwrap();
        &self.assessment.decisions[i]
    }

    fn grade(&self, id: &str) -> &str {
        &self.rules.grades[self.of(id).assessed].name
    }

    fn reason(&self, id: &str) -> String {
        self.of(id).reason(&self.rules, Lang::English)
    }
}

#[test]
fn score_exactly_at_the_minimum_promotes_and_a_hundredth_below_does_not() {
    let run = Run::fixture();
    assert_eq!(
        run.of("A01").total,
        Some(Score(rust_decimal_macros::dec!(75)))
    );
    assert_eq!(run.of("A01").change(), Change::Promoted);
    assert_eq!(run.grade("A01"), "中级");
    assert_eq!(
        run.reason("A01"),
        "qualifies for 中级: total 75.00 >= 75.00; 证书等级 四级 at or above 四级; \
         晋级日期 2024-01-10: 2 years by 2026-01-10 >= 2 years; no disciplinary record (处分)"
    );
    assert_eq!(
        run.of("A02").total,
        Some(Score(rust_decimal_macros::dec!(74.99)))
    );
    assert_eq!(run.of("A02").change(), Change::Kept);
    assert_eq!(run.reason("A02"), "not 中级: total 74.99 < 75.00");
}

#[test]
fn each_prerequisite_decides_at_its_boundary() {
    let run = Run::fixture();
    assert_eq!(run.reason("A03"), "not 中级: 证书等级 五级 below 四级");
    assert_eq!(
        run.reason("A04"),
        "not 中级: 晋级日期 2024-01-11: 1 year 11 months by 2026-01-10 < 2 years"
    );
    assert_eq!(
        run.reason("A05"),
        "not 中级: disciplinary record: 处分 警告"
    );
    // 18 months exactly meets min_years = 1.5; 无 in 处分 is a clean record.
    assert!(run
        .reason("A06")
        .contains("晋级日期 2024-07-10: 1 year 6 months by 2026-01-10 >= 1 year 6 months"));
    assert!(run.reason("A06").contains("no disciplinary record"));
    assert_eq!(run.grade("A06"), "高级");
    assert_eq!(
        run.reason("A07"),
        "not 高级: 岗位类别 基础类: fails 岗位类别 in {关键类, 重要类}"
    );
    assert_eq!(run.reason("A08"), "already at the top grade");
}

#[test]
fn demotion_line_is_strict_and_stops_at_the_lowest_grade() {
    let run = Run::fixture();
    assert_eq!(run.of("D03").change(), Change::Kept);
    assert_eq!(run.of("D04").change(), Change::Demoted);
    assert_eq!(run.grade("D04"), "初级");
    assert_eq!(
        run.reason("D04"),
        "total 59.99 < demotion line 60.00: down one grade"
    );
    assert_eq!(run.of("D05").change(), Change::Kept);
    assert_eq!(
        run.reason("D05"),
        "total 50.00 < demotion line 60.00, already at the lowest grade"
    );
}

#[test]
fn exceptional_promotion_waives_years_and_may_skip_a_grade() {
    let run = Run::fixture();
    // D01: 国家级, years waived, but 四级 is below 高级's 三级: one grade up.
    assert_eq!(run.grade("D01"), "中级");
    let reason = run.reason("D01");
    assert!(reason.contains("(waived)"), "{reason}");
    assert!(
        reason.contains("exceptional promotion: 国家级竞赛破格"),
        "{reason}"
    );
    assert!(
        reason.contains("not 高级: 证书等级 四级 below 三级"),
        "{reason}"
    );
    // D02: 三级 too: two grades up, within E4's quota (25% of 5 = 1 place).
    assert_eq!(run.grade("D02"), "高级");
    assert!(run
        .reason("D02")
        .contains("within quota '高级及以上不超过25%' in E4: rank 1 of 1 for 1 place"));
    // Without the contest the years would hold them back.
    let no_contest = ROSTER.replace(",国家级,", ",,");
    let run = Run::new(RULES, &no_contest, SCORES).unwrap();
    assert_eq!(run.grade("D01"), "初级");
    assert_eq!(run.grade("D02"), "初级");
}

#[test]
fn quota_ties_are_broken_as_stated() {
    let run = Run::fixture();
    // E1: 25% of 9 = 2, one incumbent (A08): one place; A06 and A09 both total 90,
    // 业绩 92 against 88.
    assert_eq!(run.grade("A06"), "高级");
    assert_eq!(run.grade("A09"), "中级");
    assert_eq!(
        run.reason("A09"),
        "qualifies for 高级: total 90.00 >= 85.00; 证书等级 三级 at or above 三级; \
         晋级日期 2020-01-01: 6 years by 2026-01-10 >= 1 year 6 months; no disciplinary record (处分); \
         岗位类别 重要类: meets 岗位类别 in {关键类, 重要类}; \
         held back by quota '高级及以上不超过25%' in E1: rank 2 of 2 for 1 place \
         (limit 2 of 9 workers, 1 already at or above), tie at 90.00 with A06 broken by 业绩 (88 vs 92)"
    );
    // E2: same 业绩; the earlier 入职日期 wins.
    assert_eq!(run.grade("B02"), "高级");
    assert_eq!(run.grade("B01"), "中级");
    assert!(run
        .reason("B01")
        .contains("tie at 90.00 with B02 broken by 入职日期 (2010-01-01 vs 2008-01-01)"));
    assert!(run.reason("B02").contains("within quota"));
    // E3: identical in everything: the smaller employee id.
    assert_eq!(run.grade("C01"), "高级");
    assert_eq!(run.grade("C02"), "中级");
    assert!(run
        .reason("C02")
        .contains("broken by employee id (C02 vs C01)"));
}

#[test]
fn the_order_of_the_file_does_not_decide_a_tie() {
    let mut lines: Vec<&str> = ROSTER.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    let reversed = format!("{header}\n{}\n", lines.join("\n"));
    let a = Run::fixture();
    let b = Run::new(RULES, &reversed, SCORES).unwrap();
    for c in &a.roster.candidates {
        assert_eq!(
            a.grade(&c.employee_id),
            b.grade(&c.employee_id),
            "{}",
            c.employee_id
        );
    }
}

#[test]
fn unscored_workers_keep_their_grade() {
    let run = Run::fixture();
    assert_eq!(run.of("B03").change(), Change::NotScored);
    assert_eq!(run.reason("B03"), "not scored: grade unchanged");
}

#[test]
fn steps_follow_the_stated_rule() {
    let run = Run::fixture();
    assert_eq!(run.of("A01").step, Some(1)); // promoted from step 2: [promotion] step = 1
    assert_eq!(run.of("A02").step, Some(3)); // kept: unchanged
    assert_eq!(run.of("D04").step, Some(1)); // demoted: [demotion] step = 1
}

#[test]
fn chinese_reasons_for_the_record() {
    let run = Run::fixture();
    let d = run.of("A09");
    let text = d.reason(&run.rules, Lang::Chinese);
    assert!(
        text.starts_with("达到高级认定条件：总分 90.00 达到分数线 85.00；证书等级 三级，达到三级"),
        "{text}"
    );
    assert!(
        text.contains("“高级及以上不超过25%”（E1）受名额限制未能晋升：2 人竞争 1 个名额，排名第 2"),
        "{text}"
    );
    assert!(
        text.contains("与 A06 同为 90.00 分，按业绩区分（88 对 92）"),
        "{text}"
    );
}

#[test]
fn bad_scores_and_unknown_workers_are_placed() {
    let scores = SCORES
        .replace("A03,甲三,80,80,80,80", "A03,甲三,80,101,80,80")
        .replace("A04,甲四,80,80,80,80", "A4,甲四,80,80,80,80")
        .replace("A05,甲五,90,90,90,90", "A05,甲五,90,九十,90,")
        .replace("A06,甲六,", "A06,甲七,");
    let errors = Run::new(RULES, ROSTER, &scores).err().unwrap().to_string();
    for want in [
        "score 101 is out of range for 能力 at scores.csv:4:4 (能力); 能力 is scored from 0.00 to 100.00",
        "unknown worker 'A4': not on the roster 'roster.csv' at scores.csv:5:1 (工号); did you mean 'A04'?",
        "'九十' is not a score at scores.csv:6:4 (能力)",
        "no 贡献 score at scores.csv:6:6 (贡献)",
        "name '甲七' is not the roster's '甲六' for worker 'A06' at scores.csv:7:2 (姓名)",
    ] {
        assert!(errors.contains(want), "missing {want:?} in\n{errors}");
    }
}

#[test]
fn bad_roster_cells_are_placed() {
    let roster = ROSTER
        .replace(
            "A03,甲三,E1,初级,1,基础类,五级",
            "A03,甲三,E1,初级,1,基础类,5级",
        )
        .replace(
            "A04,甲四,E1,初级,1,基础类,四级,2024-01-11",
            "A04,甲四,E1,初级,1,基础类,四级,2024-13-11",
        )
        .replace("B01,乙一,E2,中级", "B01,乙一,E2,中极");
    let errors = Run::new(RULES, &roster, SCORES).err().unwrap().to_string();
    for want in [
        "unknown certificate level '5级' at roster.csv:4:7 (证书等级)",
        "'2024-13-11' is not a date at roster.csv:5:8 (晋级日期)",
        "unknown grade '中极' at roster.csv:11:4 (能级); did you mean '中级'?",
    ] {
        assert!(errors.contains(want), "missing {want:?} in\n{errors}");
    }
}

#[test]
fn missing_columns_are_named() {
    let scores = SCORES.replace("业绩", "业积");
    let errors = Run::new(RULES, ROSTER, &scores).err().unwrap().to_string();
    assert!(errors.contains("no column for dimension 业绩"), "{errors}");
    assert!(
        errors.contains("did you mean the column '业积'?"),
        "{errors}"
    );
    let roster = ROSTER.replace("处分", "处罚");
    let errors = Run::new(RULES, &roster, SCORES).err().unwrap().to_string();
    assert!(
        errors.contains("the roster has no column '处分', which [discipline] of the rules reads"),
        "{errors}"
    );
}

#[test]
fn discipline_may_come_from_the_scores_file() {
    let roster: String = ROSTER
        .lines()
        .map(|l| {
            let mut cells: Vec<&str> = l.split(',').collect();
            cells.remove(8);
            cells.join(",") + "\n"
        })
        .collect();
    // Every row gets the new column (empty but for A05): a short row is refused.
    let scores: String = SCORES
        .lines()
        .map(|l| match l {
            _ if l.ends_with("贡献") => format!("{l},处分\n"),
            _ if l.starts_with("A05,") => format!("{l},记过\n"),
            _ => format!("{l},\n"),
        })
        .collect();
    let run = Run::new(RULES, &roster, &scores).unwrap();
    assert_eq!(
        run.reason("A05"),
        "not 中级: disciplinary record: 处分 记过"
    );
    assert_eq!(run.grade("A01"), "中级");
}

#[test]
fn duplicate_and_ambiguous_rows_are_placed() {
    let scores = format!("{SCORES}A01,甲一,80,80,80,80\n");
    let errors = Run::new(RULES, ROSTER, &scores).err().unwrap().to_string();
    assert!(
        errors.contains(
            "worker 'A01' is scored twice at scores.csv:20:1 (工号); first scored on line 2"
        ),
        "{errors}"
    );
    // The same id in two enterprises: the scores must name the enterprise.
    let roster = format!("{ROSTER}A01,甲一,E9,初级,1,基础类,四级,2024-01-10,,,2015-03-01\n");
    let errors = Run::new(RULES, &roster, SCORES).err().unwrap().to_string();
    assert!(
        errors.contains("worker id 'A01' is used in 2 enterprises at scores.csv:2:1"),
        "{errors}"
    );
    // With an enterprise column the rows are matched.
    let scores: String = SCORES
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let (id, rest) = l.split_once(',').unwrap();
            let enterprise = match (i, id.chars().next()) {
                (0, _) => "企业",
                (_, Some('A')) => "E1",
                (_, Some('B')) => "E2",
                (_, Some('C')) => "E3",
                _ => "E4",
            };
            format!("{id},{enterprise},{rest}\n")
        })
        .collect();
    let run = Run::new(RULES, &roster, &scores).unwrap();
    assert_eq!(run.grade("A01"), "中级");
}

#[test]
fn the_scores_need_an_id_and_every_dimension() {
    let scores = SCORES.replace("工号", "编号");
    let errors = Run::new(RULES, ROSTER, &scores).err().unwrap().to_string();
    assert!(
        errors.contains("the scores have no employee_id column"),
        "{errors}"
    );
    assert!(errors.contains("at scores.csv:1"), "{errors}");
    let scores = SCORES
        .replace("品德", "conduct")
        .replace(",贡献", ",贡献,品德");
    let errors = Run::new(RULES, ROSTER, &scores).err().unwrap().to_string();
    assert!(
        errors.contains("dimension 品德 has two columns at scores.csv:1:7"),
        "{errors}"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        /// The total is exact: in hundredths of a point and whole percents it is an
        /// integer sum, computed here without Decimal.
        #[test]
        fn total_is_the_exact_weighted_sum(hundredths in proptest::collection::vec(0i64..=10_000, 4)) {
            let rules = AssessmentRules::parse("rules.toml", RULES).unwrap();
            let scores: Vec<Score> = hundredths.iter().map(|h| Score(Decimal::new(*h, 2))).collect();
            let total = crate::assess::weighted_total(&rules.dimensions, &scores);
            let percents = [20i64, 30, 30, 20];
            let exact: i64 = hundredths.iter().zip(percents).map(|(h, p)| h * p).sum();
            prop_assert_eq!(total.value(), Decimal::new(exact, 4));
        }

        /// Raising a worker's scores never lowers the grade assessed (A02 is under
        /// no quota).
        #[test]
        fn higher_scores_never_lower_the_grade(a in 0i64..=10_000, b in 0i64..=10_000) {
            let (low, high) = (a.min(b), a.max(b));
            let grade = |h: i64| {
                let s = Decimal::new(h, 2);
                let scores = SCORES.replace(
                    "A02,甲二,75,75,75,74.95",
                    &format!("A02,甲二,{s},{s},{s},{s}"),
                );
                let run = Run::new(RULES, ROSTER, &scores).unwrap();
                run.of("A02").assessed
            };
            prop_assert!(grade(low) <= grade(high));
        }
    }

    proptest! {
        /// Whatever a score cell or a threshold holds, nengji answers with a
        /// decision or a located error, never a panic.
        #[test]
        fn no_panic_on_any_cell(cell in "\\PC{0,12}|-?[0-9]{1,30}(\\.[0-9]{0,30})?", n in "-?[0-9]{1,30}(\\.[0-9]{0,30})?") {
            let scores = SCORES.replace("A02,甲二,75,75,75,74.95", &format!("A02,甲二,75,75,{},75", cell.replace([',', '"', '\n', '\r'], "")));
            // Accepted only when it is a score on the scale.
            if let Ok(run) = Run::new(RULES, ROSTER, &scores) {
                let total = run.of("A02").total.unwrap().value();
                prop_assert!(Decimal::ZERO <= total && total <= Decimal::ONE_HUNDRED);
            }
            // A threshold is accepted only within the possible totals.
            let rules = RULES.replace("min_score = 75", &format!("min_score = \"{n}\""));
            if let Ok(r) = AssessmentRules::parse("rules.toml", &rules) {
                let min = r.grades[1].min_score.unwrap().value();
                prop_assert!(Decimal::ZERO <= min && min <= Decimal::ONE_HUNDRED);
            }
            for field in ["min_years = 2", "below = 60"] {
                let (key, _) = field.split_once(" = ").unwrap();
                let _ = AssessmentRules::parse("rules.toml", &RULES.replace(field, &format!("{key} = \"{n}\"")));
            }
        }
    }
}
