//! The groups' bill against the roster priced worker by worker: on the
//! examples, and on random rosters (joiners, leavers, probation, overtime,
//! percentages of grade pay) under random pay tables.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;
use crate::propose::{GradePay, Ladder};
use crate::roster::{Encoding, Roster};
use crate::{Period, Schedule};

/// The roster's bill under `s`, worker by worker.
fn whole(s: &Schedule, period: Period, workers: &[Worker]) -> Money {
    PayEngine::new(s, period)
        .compute_all(workers)
        .unwrap()
        .iter()
        .map(|x| x.gross)
        .sum()
}

/// `base` with every cell moved by `cell(grade, step, pay)`.
fn moved(base: &Schedule, cell: impl Fn(usize, usize, Money) -> Money) -> Schedule {
    let mut cells = Ladder::of(base).cells();
    for (g, row) in cells.iter_mut().enumerate() {
        for (s, c) in row.iter_mut().enumerate() {
            *c = cell(g, s, *c);
        }
    }
    let mut trial = base.clone();
    Ladder {
        grades: cells.into_iter().map(GradePay::Table).collect(),
    }
    .install(&mut trial);
    trial
}

/// The bill from the groups equals the roster priced worker by worker,
/// under the base and under tables raised and cut cell by cell.
#[test]
fn the_groups_bill_is_the_rosters_bill_under_any_pay_table() {
    let cases = [
        (
            include_str!("../../examples/pump/schedule.toml"),
            include_str!("../../examples/pump/roster.csv"),
        ),
        (
            include_str!("../../examples/workload/schedule.toml"),
            include_str!("../../examples/workload/roster.csv"),
        ),
        (
            include_str!("../../examples/courier/schedule.toml"),
            include_str!("../../examples/courier/roster.csv"),
        ),
        (
            include_str!("../../examples/midyear/schedule.toml"),
            include_str!("../../examples/midyear/roster.csv"),
        ),
    ];
    for (text, csv) in cases {
        let base = Schedule::parse("s.toml", text).unwrap();
        let roster = Roster::read("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap();
        for period in [base.pay_period(None), Period::new(2026, 2).unwrap()] {
            let engine = PayEngine::new(&base, period);
            let groups = PayGroups::of(&engine, &roster.workers).unwrap();
            assert!(groups.len() <= 2 * roster.workers.len());
            assert_eq!(groups.before, whole(&base, period, &roster.workers));
            assert_eq!(groups.bill(&engine, 1).unwrap(), groups.before);
            for (k, (num, den)) in [(1i64, 1i64), (107, 100), (93, 100), (3, 2), (1, 3)]
                .into_iter()
                .enumerate()
            {
                // A different change per cell, so no two cells move alike.
                let trial = moved(&base, |g, s, c| {
                    let step = Decimal::from((g * 7 + s * 3 + k) as i64);
                    Money::new(
                        (c.amount() * Decimal::from(num) / Decimal::from(den) + step).round_dp(2),
                    )
                });
                let e = PayEngine::new(&trial, period);
                let expected = whole(&trial, period, &roster.workers);
                for jobs in [1, 3] {
                    assert_eq!(groups.bill(&e, jobs).unwrap(), expected, "{k} {jobs}");
                }
            }
        }
    }
}

/// The workload's roster falls into far fewer groups than it has workers:
/// overtime's hours do not split the cells' groups.
#[test]
fn overtime_hours_do_not_split_the_groups() {
    let base = Schedule::parse(
        "s.toml",
        include_str!("../../examples/workload/schedule.toml"),
    )
    .unwrap();
    let csv = include_str!("../../examples/workload/roster.csv");
    let roster = Roster::read("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap();
    let engine = PayEngine::new(&base, base.pay_period(None));
    let groups = PayGroups::of(&engine, &roster.workers).unwrap();
    // One group a cell (grade pay and the overtime base's certificate allowance
    // are all that reads it); the overtime entries are the distinct
    // (cell, certificate allowance, weighted hours).
    assert_eq!(groups.groups.len(), groups.cells.len());
    assert!(groups.overtime.len() <= roster.workers.len());
}

/// A schedule with every kind of grade-pay reading: a percentage of grade pay
/// and an allowance for some posts, overtime on grade pay, the allowance and
/// the percentage, and part months and probation.
const SCHEDULE: &str = r#"
[schedule]
title = "t"
scope = "enterprise"
employer = "e"
union = "u"
region = "331081"
effective = 2026-01-01
expires = 2026-12-31

[attendance]
probation_rate = "80%"

[[grade]]
name = "初级工"
base = "2950"
increment = "80"
steps = 3

[[grade]]
name = "中级工"
pay = ["3400", "3510", "3620"]

[[allowance]]
id = "skill"
name = "技术技能津贴"
category = "skill"
kind = "lookup"
column = "证书等级"
table = { "无" = 0, "五级" = 100, "四级" = 200, "三级" = 300 }

[[allowance]]
id = "post"
name = "岗位津贴"
category = "other"
post_categories = ["关键类"]
kind = "percent"
of = ["grade_pay", "skill"]
rate = "7.5%"

[[allowance]]
id = "seniority"
name = "工龄津贴"
category = "other"
kind = "per-year"
column = "入职日期"
amount = "30"
cap = "600"

[overtime]
base = ["grade_pay", "skill", "post"]
"#;

const HEADER: &str = "工号,姓名,企业,能级,档次,岗位类别,入职日期,离职日期,试用期截止日期,证书等级,工作日加班小时,休息日加班小时\n";

/// A worker's row: grade, step, post, hire day in March (0: years before),
/// leave day in March (0: none), probation end day in March (0: none), certificate,
/// overtime in tenths of an hour.
type Row = (usize, u32, bool, u32, u32, u32, usize, u32, u32);

fn row() -> impl Strategy<Value = Row> {
    (
        0usize..2,
        1u32..=3,
        any::<bool>(),
        prop_oneof![4 => Just(0u32), 1 => 1u32..=31],
        prop_oneof![6 => Just(0u32), 1 => 1u32..=31],
        prop_oneof![6 => Just(0u32), 1 => 1u32..=31],
        0usize..4,
        // Few distinct hours, so workers share overtime inputs.
        prop_oneof![1 => Just(0u32), 3 => (1u32..5).prop_map(|h| h * 37)],
        prop_oneof![3 => Just(0u32), 1 => (1u32..3).prop_map(|h| h * 45)],
    )
}

fn csv(rows: &[Row]) -> String {
    let grades = ["初级工", "中级工"];
    let certs = ["无", "五级", "四级", "三级"];
    let day = |d: u32| {
        if d == 0 {
            String::new()
        } else {
            format!("2026-03-{d:02}")
        }
    };
    let mut out = HEADER.to_string();
    for (i, &(g, s, post, hire, leave, probation, cert, wd, rd)) in rows.iter().enumerate() {
        let hired = if hire == 0 {
            format!("20{:02}-05-01", 10 + i % 15)
        } else {
            day(hire)
        };
        // A leave day before the hire day would be refused: keep it after.
        let leave = if leave > 0 {
            day(leave.max(hire))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "W{i},n{i},E{},{},{s},{},{hired},{leave},{},{},{}.{},{}.{}\n",
            i / 5,
            grades[g],
            if post { "关键类" } else { "基础类" },
            day(probation),
            certs[cert],
            wd / 10,
            wd % 10,
            rd / 10,
            rd % 10,
        ));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// On random rosters and random pay tables (any cell up or down by up to
    /// a half, in fen), the groups' bill is the roster's, worker by worker.
    #[test]
    fn the_groups_bill_is_exact_on_random_rosters(
        rows in proptest::collection::vec(row(), 1..60),
        moves in proptest::collection::vec(-150_000i64..150_000, 6),
        jobs in 1usize..4,
    ) {
        let base = Schedule::parse("s.toml", SCHEDULE).unwrap();
        let text = csv(&rows);
        let roster = Roster::read("r.csv", text.as_bytes(), Encoding::Utf8, &base).unwrap();
        let period = Period::new(2026, 3).unwrap();
        let engine = PayEngine::new(&base, period);
        let groups = PayGroups::of(&engine, &roster.workers).unwrap();
        prop_assert_eq!(groups.headcount, rows.len() as u64);
        prop_assert_eq!(groups.before, whole(&base, period, &roster.workers));
        prop_assert_eq!(groups.bill(&engine, jobs).unwrap(), groups.before);
        let trial = moved(&base, |g, s, c| {
            // moves are in fen; a cell stays at least 0.01.
            let m = Money::new(c.amount() + Decimal::new(moves[g * 3 + s], 2));
            m.max(Money::new(Decimal::new(1, 2)))
        });
        let e = PayEngine::new(&trial, period);
        prop_assert_eq!(
            groups.bill(&e, jobs).unwrap(),
            whole(&trial, period, &roster.workers)
        );
    }
}

/// A prorated pool, a percentage of the pool and grade pay, and workers paid
/// for part of the month (joiners): the groups' bill is still every worker's.
/// It is not yet (0.05 yuan off at trial 0): a part-month worker's trial pool
/// share is rebuilt from the prorated amount on the sheet (see issue 16).
#[test]
fn a_prorated_pool_and_its_percentage_stay_exact_for_a_part_month() {
    let text = include_str!("../../examples/pump/schedule.toml")
        .replace(
            "step_weight = \"5%\"\n",
            "step_weight = \"5%\"\nprorated = true\n",
        )
        .replace(
            "kind = \"percent\"\nof = [\"grade_pay\"]\nrate = \"8%\"",
            "kind = \"percent\"\nof = [\"grade_pay\", \"profit_share\"]\nrate = \"8%\"",
        );
    assert!(text.contains("\"grade_pay\", \"profit_share\"") && text.contains("prorated = true"));
    let base = Schedule::parse("s.toml", &text).unwrap();
    // Every third worker joins on the 13th of the pay month.
    let csv: String = include_str!("../../examples/pump/roster.csv")
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
            if i > 0 && i % 3 == 0 {
                cells[11] = "2026-01-13".into();
            }
            cells.join(",") + "\n"
        })
        .collect();
    let roster = Roster::read("r.csv", csv.as_bytes(), Encoding::Utf8, &base).unwrap();
    let period = base.pay_period(None);
    let engine = PayEngine::new(&base, period);
    let parts = engine
        .compute_all(&roster.workers)
        .unwrap()
        .iter()
        .filter(|s| s.part.is_some())
        .count();
    assert!(parts > 0, "some workers are paid for part of the month");
    let groups = PayGroups::of(&engine, &roster.workers).unwrap();
    assert_eq!(groups.before, whole(&base, period, &roster.workers));
    for k in 0..5i64 {
        let trial = moved(&base, |g, s, c| {
            let raised = c.amount() * Decimal::new(100 + 3 * k, 2);
            Money::new((raised + Decimal::from((g + s) as i64 * 7 + k)).round_dp(2))
        });
        let trial_engine = PayEngine::new(&trial, period);
        assert_eq!(
            groups.bill(&trial_engine, 1).unwrap(),
            whole(&trial, period, &roster.workers),
            "trial {k}"
        );
    }
}
