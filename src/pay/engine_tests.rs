//! Unit tests of the pay engine: every rule kind, conditions, overtime, rounding.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::pay::PoolProblem;
use crate::roster::{Encoding, Roster};
use crate::t;

const HEAD: &str = r#"
[schedule]
title = "t"
scope = "enterprise"
employer = "e"
union = "u"
region = "330100"
effective = 2026-01-01
expires = 2026-12-31

[[grade]]
name = "初级"
pay = ["2490.10", "2600"]

[[grade]]
name = "高级"
pay = ["4000", "4100"]
"#;

struct Case {
    schedule: Schedule,
    roster: Roster,
}

fn case(rules: &str, csv: &str) -> Case {
    let schedule = Schedule::parse("s.toml", &format!("{HEAD}{rules}")).unwrap();
    let roster = Roster::read("r.csv", csv.as_bytes(), Encoding::Auto, &schedule).unwrap();
    Case { schedule, roster }
}

impl Case {
    fn sheets(&self, period: &str) -> Vec<PaySheet> {
        PayEngine::new(&self.schedule, period.parse().unwrap())
            .compute_all(&self.roster.workers)
            .unwrap()
    }

    /// The amounts of component `i` for every worker.
    fn component(&self, period: &str, i: usize) -> Vec<Decimal> {
        self.sheets(period)
            .iter()
            .map(|s| s.components[i].amount())
            .collect()
    }
}

const RULE: &str = "[[allowance]]\nid = \"a\"\nname = \"津贴\"\ncategory = \"skill\"\n";

#[test]
fn grade_pay_by_step() {
    let c = case("", "employee_id,grade,step\n1,初级,2\n2,高级,\n");
    assert_eq!(c.component("2026-01", 0), [dec!(2600), dec!(4000)]);
}

#[test]
fn lookup_reads_the_table_and_empty_is_zero() {
    let c = case(&format!("{RULE}kind = \"lookup\"\ncolumn = \"证书\"\ntable = {{ \"三级\" = 400, \"二级\" = \"700.50\" }}\n"), "employee_id,grade,证书\n1,初级,三级\n2,初级,二级\n3,初级,\n");
    assert_eq!(
        c.component("2026-01", 1),
        [dec!(400), dec!(700.50), dec!(0)]
    );
}

#[test]
fn per_year_counts_full_years_at_period_end_with_cap() {
    let rule =
        format!("{RULE}kind = \"per-year\"\ncolumn = \"hire_date\"\namount = 30\ncap = 600\n");
    let c = case(&rule, "employee_id,grade,hire_date\n1,初级,2016-01-31\n2,初级,2016-02-01\n3,初级,1990-01-01\n4,初级,2026-01-15\n");
    assert_eq!(
        c.component("2026-01", 1),
        [dec!(300), dec!(270), dec!(600), dec!(0)]
    );
}

#[test]
fn list_sum_adds_items_with_cap() {
    let rule = format!("{RULE}kind = \"list-sum\"\ncolumn = \"honors\"\ncap = 1000\ntable = {{ city = 200, prov = 500, nation = 1000 }}\n");
    let c = case(&rule, "employee_id,grade,honors\n1,初级,city;prov\n2,初级,prov;nation\n3,初级,\n4,初级, city ; \n");
    assert_eq!(
        c.component("2026-01", 1),
        [dec!(700), dec!(1000), dec!(0), dec!(200)]
    );
}

#[test]
fn per_unit_multiplies_counts_with_cap() {
    let rule =
        format!("{RULE}kind = \"per-unit\"\nunits = {{ inv = 200, util = 50 }}\ncap = 800\n");
    let c = case(
        &rule,
        "employee_id,grade,inv,util\n1,初级,1,2\n2,初级,3,5\n3,初级,,\n",
    );
    assert_eq!(c.component("2026-01", 1), [dec!(300), dec!(800), dec!(0)]);
}

#[test]
fn percent_rounds_an_exact_half_fen_up() {
    // 2490.10 x 5% = 124.505 -> 124.51 (half-up); 2600 x 5% = 130 exactly.
    let rule = format!("{RULE}kind = \"percent\"\nof = [\"grade_pay\"]\nrate = \"5%\"\n");
    let c = case(&rule, "employee_id,grade,step\n1,初级,1\n2,初级,2\n");
    assert_eq!(c.component("2026-01", 1), [dec!(124.51), dec!(130)]);
}

#[test]
fn half_even_rounding_is_applied_when_chosen() {
    let rule = format!("[rounding]\nmode = \"half-even\"\n{RULE}kind = \"percent\"\nof = [\"grade_pay\"]\nrate = \"5%\"\n");
    let c = case(&rule, "employee_id,grade,step\n1,初级,1\n");
    assert_eq!(c.component("2026-01", 1), [dec!(124.50)]);
}

#[test]
fn monthly_award_pays_for_n_months_after_its_date() {
    let rule = format!("{RULE}kind = \"monthly-award\"\ncolumn = \"award\"\ndate_column = \"won\"\nmonths = 36\ntable = {{ city_1 = 300 }}\n");
    let csv = "employee_id,grade,award,won\n\
               same,初级,city_1,2026-01-10\n\
               first,初级,city_1,2025-12-31\n\
               last,初级,city_1,2023-01-01\n\
               over,初级,city_1,2022-12-31\n\
               none,初级,,\n";
    let c = case(&rule, csv);
    assert_eq!(
        c.component("2026-01", 1),
        [dec!(0), dec!(300), dec!(300), dec!(0), dec!(0)]
    );
}

#[test]
fn one_off_pays_only_in_its_period() {
    let rule = format!("{RULE}kind = \"one-off\"\ndate_column = \"won\"\namount = 500\n");
    let c = case(
        &rule,
        "employee_id,grade,won\n1,初级,2026-01-31\n2,初级,2026-02-01\n3,初级,\n",
    );
    assert_eq!(c.component("2026-01", 1), [dec!(500), dec!(0), dec!(0)]);
    assert_eq!(c.component("2026-02", 1), [dec!(0), dec!(500), dec!(0)]);
}

#[test]
fn pool_splits_exactly_per_enterprise_by_weight() {
    let rule = format!(
        "{RULE}kind = \"pool\"\namount = 100\nweights = {{ \"高级\" = 2 }}\nweight_column = \"贡献\"\nby_enterprise = {{ B = \"10.00\" }}\n"
    );
    let csv = "employee_id,enterprise_id,grade,贡献\n1,A,初级,1\n2,A,初级,1\n3,A,高级,1\n4,A,初级,0\n5,B,初级,1\n6,B,初级,1\n7,B,初级,1\n";
    let c = case(&rule, csv);
    let parts = c.component("2026-01", 1);
    // A: weights 1,1,2,0 of 100 -> 25, 25, 50, 0. B: 10 in thirds -> 3.34, 3.33, 3.33.
    assert_eq!(
        parts,
        [
            dec!(25),
            dec!(25),
            dec!(50),
            dec!(0),
            dec!(3.34),
            dec!(3.33),
            dec!(3.33)
        ]
    );
}

#[test]
fn by_grade_reads_the_grade_through_aliases() {
    let rule = format!("{RULE}kind = \"by-grade\"\ntable = {{ \"高\" = 1100 }}\n");
    let text = HEAD.replace("name = \"高级\"", "name = \"高级\"\naliases = [\"高\"]");
    let schedule = Schedule::parse("s.toml", &format!("{text}{rule}")).unwrap();
    let roster = Roster::read(
        "r.csv",
        "employee_id,grade\n1,高\n2,初级\n".as_bytes(),
        Encoding::Auto,
        &schedule,
    )
    .unwrap();
    let sheets = PayEngine::new(&schedule, "2026-01".parse().unwrap())
        .compute_all(&roster.workers)
        .unwrap();
    assert_eq!(sheets[0].components[1], Money::from(1100));
    assert_eq!(sheets[1].components[1], Money::ZERO);
}

#[test]
fn pool_weights_by_alias_count() {
    let rule = format!("{RULE}kind = \"pool\"\namount = 90\nweights = {{ \"高\" = 2 }}\n");
    let text = HEAD.replace("name = \"高级\"", "name = \"高级\"\naliases = [\"高\"]");
    let schedule = Schedule::parse("s.toml", &format!("{text}{rule}")).unwrap();
    let roster = Roster::read(
        "r.csv",
        "employee_id,grade\n1,高级\n2,初级\n".as_bytes(),
        Encoding::Auto,
        &schedule,
    )
    .unwrap();
    let sheets = PayEngine::new(&schedule, "2026-01".parse().unwrap())
        .compute_all(&roster.workers)
        .unwrap();
    assert_eq!(sheets[0].components[1], Money::from(60));
    assert_eq!(sheets[1].components[1], Money::from(30));
}

#[test]
fn conditions_limit_rules_to_grades_and_post_categories() {
    let rule = format!("{RULE}kind = \"fixed\"\namount = 300\ngrades = [\"高级\"]\npost_categories = [\"关键类\"]\n");
    let c = case(
        &rule,
        "employee_id,grade,岗位类别\n1,高级,关键类\n2,高级,基础类\n3,初级,关键类\n",
    );
    assert_eq!(c.component("2026-01", 1), [dec!(300), dec!(0), dec!(0)]);
}

#[test]
fn overtime_follows_the_hourly_rounding_then_the_multipliers() {
    // hourly = 2490.10 / 174 = 14.3109... -> 14.31; 14.31 x (2 x 1.5 + 1 x 2 + 1 x 3) = 114.48
    let c = case(
        "",
        "employee_id,grade,ot_weekday_h,ot_restday_h,ot_holiday_h\n1,初级,2,1,1\n2,初级,0.5,,\n",
    );
    assert_eq!(c.component("2026-01", 1), [dec!(114.48), dec!(10.73)]);
}

/// `[overtime] rounding = "amount"`: one rounding, of the amount.
/// 2490.10 x (2 x 1.5 + 1 x 2 + 1 x 3) / 174 = 114.4873... -> 114.49, a fen
/// more than rounding the hourly rate first (114.48); 2490.10 x 0.75 / 174 =
/// 10.7332... -> 10.73 either way.
#[test]
fn overtime_rounded_only_as_an_amount() {
    let c = case(
        "[overtime]\nrounding = \"amount\"\n",
        "employee_id,grade,ot_weekday_h,ot_restday_h,ot_holiday_h\n1,初级,2,1,1\n2,初级,0.5,,\n",
    );
    assert_eq!(c.component("2026-01", 1), [dec!(114.49), dec!(10.73)]);
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let (_, steps) = engine
        .explain(&c.roster.workers[0], PoolShare::default())
        .unwrap();
    let formula = steps
        .iter()
        .map(|d| d.formula.as_str())
        .find(|f| f.starts_with("overtime = "))
        .unwrap();
    assert_eq!(
        formula,
        "overtime = (grade_pay) 2490.10 x (2 x 1.5 + 1 x 2 + 1 x 3) / 174 = 114.49 (the hourly rate 14.31092 is not rounded first)"
    );
}

#[test]
fn minimum_wage_base_leaves_out_overtime_and_excluded_allowances() {
    let rule = format!("{RULE}kind = \"fixed\"\namount = 300\ncounts_toward_minimum = false\n");
    let c = case(&rule, "employee_id,grade,ot_weekday_h\n1,初级,2\n");
    let s = &c.sheets("2026-01")[0];
    assert_eq!(s.gross, Money::new(dec!(2490.10) + dec!(300) + dec!(42.93)));
    assert_eq!(s.minimum_wage_base, Money::new(dec!(2490.10)));
}

#[test]
fn explain_matches_compute_and_names_rounding() {
    let rule = format!(
        "{RULE}kind = \"percent\"\nof = [\"grade_pay\"]\nrate = \"5%\"\nclause = \"第九条\"\n"
    );
    let c = case(&rule, "employee_id,grade\n1,初级\n");
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let (sheet, steps) = engine
        .explain(&c.roster.workers[0], PoolShare::default())
        .unwrap();
    assert_eq!(sheet, c.sheets("2026-01")[0]);
    let a = &steps[1];
    assert_eq!(a.clause.as_deref(), Some("第九条"));
    assert_eq!(a.exact, Some(dec!(124.505)));
    assert_eq!(a.rounding.as_deref(), Some("half-up to 0.01"));
    assert_eq!(steps.iter().map(|d| d.amount).sum::<Money>(), sheet.gross);
}

const ATTENDANCE: &str = "[attendance]\nprobation_rate = \"80%\"\nsick_rate = \"80%\"\n";

#[test]
fn a_joiner_is_paid_the_paid_days_and_one_off_awards_in_full() {
    // March 2026; from Tuesday the 17th: 11 weekdays. 4000 x 11 / 21.75 = 2022.988...
    let rules = format!(
        "{ATTENDANCE}{RULE}kind = \"fixed\"\namount = 435\n\
         [[allowance]]\nid = \"b\"\nname = \"奖\"\ncategory = \"skill\"\nkind = \"one-off\"\ndate_column = \"d\"\namount = 500\n\
         [overtime]\nbase = [\"grade_pay\", \"a\"]\n"
    );
    let c = case(
        &rules,
        "employee_id,grade,hire_date,d,ot_weekday_h\n1,高级,2026-03-17,2026-03-20,10\n2,高级,2026-03-01,2026-03-20,10\n",
    );
    let sheets = c.sheets("2026-03");
    let joiner = &sheets[0].components;
    assert_eq!(joiner[0].amount(), dec!(2022.99));
    assert_eq!(joiner[1].amount(), dec!(220.00), "435 x 11 / 21.75");
    assert_eq!(
        joiner[2].amount(),
        dec!(500),
        "a one-off award is not prorated"
    );
    // Overtime at the monthly rate: (4000 + 435) / 174 = 25.49 x 1.5 x 10.
    assert_eq!(joiner[3].amount(), dec!(382.35));
    assert_eq!(joiner[3], sheets[1].components[3]);
    // Hired on the first: the whole month.
    assert_eq!(sheets[1].components[0].amount(), dec!(4000));
    assert_eq!(sheets[1].part, None);
}

#[test]
fn probation_and_sick_leave_by_the_schedule() {
    let c = case(
        ATTENDANCE,
        "employee_id,grade,hire_date,probation_end,sick_leave_days,personal_leave_days\n\
         1,高级,2026-01-01,2026-03-31,,\n2,高级,2026-01-01,2026-03-30,,\n3,高级,,,5,2\n",
    );
    let pay = c.component("2026-03", 0);
    // Wholly in probation: 80%; probation ending before the month's end: in full.
    assert_eq!(pay[0], dec!(3200.00));
    assert_eq!(pay[1], dec!(4000));
    // 21.75 - 2 - 5 x 20% = 18.75 paid days: 4000 x 18.75 / 21.75 = 3448.275862...
    assert_eq!(pay[2], dec!(3448.28));
}

#[test]
fn an_allowance_may_say_it_is_not_prorated() {
    let rules = format!("{RULE}kind = \"fixed\"\namount = 300\nprorated = false\n");
    let c = case(&rules, "employee_id,grade,leave_date\n1,高级,2026-03-06\n");
    // Leaving Friday the 6th: 5 weekdays. 4000 x 5 / 21.75 = 919.54.
    assert_eq!(c.component("2026-03", 0), [dec!(919.54)]);
    assert_eq!(c.component("2026-03", 1), [dec!(300)]);
}

#[test]
fn explain_states_the_paid_days() {
    let c = case(
        ATTENDANCE,
        "employee_id,grade,hire_date\n1,高级,2026-03-31\n",
    );
    let engine = PayEngine::new(&c.schedule, "2026-03".parse().unwrap());
    let (sheet, steps) = engine
        .explain(&c.roster.workers[0], PoolShare::default())
        .unwrap();
    assert_eq!(sheet.components[0].amount(), dec!(183.91));
    assert!(
        steps[0].formula.contains("x 1 / 21.75 paid days = 183.91"),
        "{}",
        steps[0].formula
    );
    let text = sheet
        .part
        .unwrap()
        .describe(&c.roster.workers[0], &c.schedule.attendance);
    assert!(
        text.contains("employed 2026-03-31 to 2026-03-31: 1 weekdays"),
        "{text}"
    );
}

const PIECES: &str = "[[piece_rate]]\nid = \"turn\"\nname = \"叶轮精车\"\nrate = \"1.25\"\nby_grade = { \"高级\" = \"1.405\" }\n\
    column = \"车件\"\novertime_columns = [\"车件加班\", \"车件休息日\", \"车件节日\"]\npost = \"车工\"\nquota = 2000\n\
    [[piece_rate]]\nid = \"pack\"\nname = \"包装\"\nunit = \"箱\"\nrate = \"0.8\"\ncolumn = \"包装箱数\"\n";

#[test]
fn piece_pay_is_quantity_times_rate_and_overtime_pieces_at_the_multipliers() {
    let c = case(
        PIECES,
        "employee_id,grade,车件,车件加班,车件休息日,车件节日,包装箱数\n1,初级,2000,100,10,1,\n2,高级,3,,,,5\n",
    );
    let sheets = c.sheets("2026-01");
    // Components: grade pay, piece pay, piece overtime, overtime.
    assert_eq!(sheets[0].components.len(), 4);
    assert_eq!(sheets[0].components[1].amount(), dec!(2500.00));
    // (100 x 1.5 + 10 x 2 + 1 x 3) x 1.25 = 216.25
    assert_eq!(sheets[0].components[2].amount(), dec!(216.25));
    // 3 x 1.405 + 5 x 0.8 = 8.215 -> 8.22 (half-up, rounded once).
    assert_eq!(sheets[1].components[1].amount(), dec!(8.22));
    // Piece overtime is not compared with the minimum wage.
    assert_eq!(
        sheets[0].gross.amount(),
        dec!(2490.10) + dec!(2500) + dec!(216.25)
    );
    assert_eq!(
        sheets[0].minimum_wage_base.amount(),
        dec!(2490.10) + dec!(2500)
    );
}

#[test]
fn piece_rates_are_explained_and_their_columns_required() {
    let c = case(
        PIECES,
        "employee_id,grade,车件,车件加班,车件休息日,车件节日,包装箱数\n1,高级,10,2,,,\n",
    );
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let (_, steps) = engine
        .explain(&c.roster.workers[0], PoolShare::default())
        .unwrap();
    assert_eq!(steps[1].component, "piece_pay");
    assert_eq!(
        steps[1].formula,
        "叶轮精车 10 件 x 1.405 (高级) = 14.05 -> 14.05"
    );
    assert!(
        steps[2]
            .formula
            .starts_with("叶轮精车 (working day 2 x 1.5"),
        "{}",
        steps[2].formula
    );
    let schedule = Schedule::parse("s.toml", &format!("{HEAD}{PIECES}")).unwrap();
    let err = Roster::read(
        "r.csv",
        "employee_id,grade,车件\n1,初级,1\n".as_bytes(),
        Encoding::Auto,
        &schedule,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("no column '车件加班', which piece rate 'turn' reads"),
        "{err}"
    );
    let err = Roster::read(
        "r.csv",
        "employee_id,grade,车件,车件加班,车件休息日,车件节日,包装箱数\n1,初级,-1,,,,\n".as_bytes(),
        Encoding::Auto,
        &schedule,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("r.csv:2:3") && err.contains("'-1' is not a quantity"),
        "{err}"
    );
}

#[test]
fn a_pool_nobody_can_share_is_an_error_naming_it() {
    // Every weight zero in enterprise B; A shares as usual.
    let rule = format!("{RULE}kind = \"pool\"\namount = 100\nweight_column = \"贡献\"\n");
    let csv = "employee_id,enterprise_id,grade,贡献\n1,A,初级,1\n2,B,初级,0\n3,B,高级,0\n";
    let c = case(&rule, csv);
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let err = engine.pool_shares(&c.roster.workers).unwrap_err();
    assert_eq!(
        err,
        PayError::Pool {
            enterprise: "B".into(),
            rule: RuleAt {
                rule: "a".into(),
                file: "s.toml".into(),
                line: 19
            },
            problem: PoolProblem::ZeroWeights,
            line: 3,
            roster: "r.csv".into(),
        }
    );
    let shown = err.to_string();
    assert!(
        shown.contains("rule 'a' (s.toml:19) cannot be distributed in enterprise 'B'")
            && shown.contains("every eligible worker's weight is 0"),
        "{shown}"
    );
    // The worker carries its roster file: the message names it as it is, in
    // every command, and in_roster does not name it twice.
    assert!(shown.ends_with("(at r.csv:3)"), "{shown}");
    assert_eq!(err.in_roster("other.csv"), shown);
    // A pool of 0 for B is no error.
    let rule = format!("{rule}by_enterprise = {{ B = 0 }}\n");
    let c = case(&rule, csv);
    assert_eq!(c.component("2026-01", 1), [dec!(100), dec!(0), dec!(0)]);
    // Nobody eligible: a pool for 高级 only, in an enterprise without one.
    let rule = format!("{RULE}grades = [\"高级\"]\nkind = \"pool\"\namount = 100\n");
    let c = case(&rule, "employee_id,enterprise_id,grade\n1,A,初级\n");
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let err = engine.compute_all(&c.roster.workers).unwrap_err();
    assert!(
        matches!(
            err,
            PayError::Pool {
                problem: PoolProblem::NoneEligible,
                ..
            }
        ),
        "{err}"
    );
    assert!(err
        .to_string()
        .contains("no worker there meets its conditions"));
}

#[test]
fn an_overflow_names_the_rule_its_place_and_the_worker() {
    let rule = format!("{RULE}kind = \"per-unit\"\nunits = {{ inv = 200 }}\n");
    let mut c = case(&rule, "employee_id,grade,inv\nW7,初级,1\n");
    // Beyond what any loader lets through: the engine still answers.
    c.roster.workers[0].numbers[0] = Decimal::MAX;
    let engine = PayEngine::new(&c.schedule, "2026-01".parse().unwrap());
    let err = engine.compute_all(&c.roster.workers).unwrap_err();
    let PayError::Overflow {
        employee,
        line,
        rule,
        ..
    } = &err
    else {
        panic!("{err}");
    };
    assert_eq!((employee.as_str(), *line), ("W7", 2));
    assert_eq!(
        (rule.rule.as_str(), &*rule.file, rule.line),
        ("a", "s.toml", 19)
    );
    let shown = err.in_roster("r.csv");
    assert!(
        shown.contains("worker 'W7' (roster line 2) overflows in rule 'a' (s.toml:19)")
            && shown.contains("(at r.csv:2)"),
        "{shown}"
    );
    let zh = t!(in crate::i18n::Lang::Zh; "input-pay-overflow", employee = "W7", line = 2u64, rule = "a");
    assert!(
        zh.contains("职工“W7”（花名册第 2 行）的工资在a中溢出"),
        "{zh}"
    );
}
