//! Unit tests of the comparison: scenarios, summaries, ranked losses, the tally against worker-by-worker figures.

use super::*;
use crate::compare::tally::{CompareTally, TallyScenario};
use crate::compare::GuidelinePosition;
use crate::distribution::group_end;
use crate::pay::PayEngine;
use crate::roster::{Encoding, Roster, Worker};
use crate::{Rate, Schedule};
use rust_decimal_macros::dec;

const HEAD: &str = r#"
[schedule]
title = "TITLE"
scope = "enterprise"
employer = "E"
union = "U"
region = "331081"
effective = 2026-01-01
expires = 2026-12-31
"#;

pub(crate) fn schedule(title: &str, grades: &str) -> Schedule {
    let text = format!("{}\n{grades}", HEAD.replace("TITLE", title));
    Schedule::parse("s.toml", &text).unwrap()
}

const ROSTER: &str =
    "工号,姓名,能级,档次\nA1,甲,初,1\nA2,乙,初,2\nA3,丙,初,1\nB1,丁,高,1\nB2,戊,高,1\n";

fn run(schedules: &[&Schedule], options: &CompareOptions) -> Comparison {
    let period = Period::new(2026, 1).unwrap();
    let rosters: Vec<Roster> = schedules
        .iter()
        .map(|s| Roster::read("r.csv", ROSTER.as_bytes(), Encoding::default(), s).unwrap())
        .collect();
    let sheets: Vec<Vec<PaySheet>> = schedules
        .iter()
        .zip(&rosters)
        .map(|(s, r)| PayEngine::new(s, period).compute_all(&r.workers).unwrap())
        .collect();
    let labels = ["base", "offer"];
    let scenarios: Vec<Scenario> = (0..schedules.len())
        .map(|i| Scenario {
            label: labels[i],
            schedule: schedules[i],
            workers: &rosters[i].workers,
            sheets: &sheets[i],
        })
        .collect();
    Comparison::build(period, &scenarios[0], &scenarios[1..], options).unwrap()
}

fn money(d: Decimal) -> Money {
    Money::new(d)
}

/// The largest losses are the losers of the full list of workers, sorted
/// by loss and then roster order, however many losers there are.
#[test]
fn largest_losses_are_the_sorted_losers_first() {
    let text = include_str!("../../examples/workload/schedule.toml");
    let base = Schedule::parse("s.toml", text).unwrap();
    // Every grade's base cut, by different amounts: most workers lose.
    let cut = text
        .replace("base = \"2400\"", "base = \"2300\"")
        .replace("base = \"3400\"", "base = \"3350\"")
        .replace("base = \"5000\"", "base = \"4800\"")
        .replace("increment = \"130\"", "increment = \"100\"");
    let offer = Schedule::parse("o.toml", &cut).unwrap();
    let csv = include_str!("../../examples/workload/roster.csv");
    let period = base.pay_period(None);
    let rosters: Vec<Roster> = [&base, &offer]
        .iter()
        .map(|s| Roster::read("r.csv", csv.as_bytes(), Encoding::Utf8, s).unwrap())
        .collect();
    let sheets: Vec<Vec<PaySheet>> = [&base, &offer]
        .iter()
        .zip(&rosters)
        .map(|(s, r)| PayEngine::new(s, period).compute_all(&r.workers).unwrap())
        .collect();
    let scenario = |i: usize, s: &'static str| Scenario {
        label: s,
        schedule: [&base, &offer][i],
        workers: &rosters[i].workers,
        sheets: &sheets[i],
    };
    for n in [1, 3, 10, 40] {
        let options = CompareOptions {
            largest_losses: n,
            ..CompareOptions::default()
        };
        let c =
            Comparison::build(period, &scenario(0, "a"), &[scenario(1, "b")], &options).unwrap();
        let x = &c.offers[0];
        assert!(x.losers > 100, "{}", x.losers);
        let mut losers: Vec<(usize, &WorkerChange)> = x
            .workers
            .iter()
            .enumerate()
            .filter(|(_, w)| w.change < Money::ZERO)
            .collect();
        losers.sort_by_key(|(i, w)| (w.change, *i));
        let expected: Vec<&WorkerChange> = losers.iter().take(n).map(|(_, w)| *w).collect();
        let got: Vec<&WorkerChange> = x.largest_losses.iter().collect();
        assert_eq!(got, expected, "{n}");
    }
}

#[test]
fn hand_computed_comparison() {
    let base = schedule(
        "现行",
        "[[grade]]\nname='初'\npay=['3000','3100']\n[[grade]]\nname='高'\npay=['4000']\n",
    );
    let offer = schedule(
        "方案",
        "[[grade]]\nname='初'\npay=['3300','3300']\n[[grade]]\nname='高'\npay=['3900']\n",
    );
    let options = CompareOptions {
        threshold: Some(Threshold::given(Money::from(3100))),
        on_cost: Rate::parse("30%"),
        guideline: Some(GuidelineLines {
            lower: Rate::parse("4.5%").unwrap(),
            base: Rate::parse("12%").unwrap(),
            upper: Rate::parse("16%").unwrap(),
        }),
        guideline_source: None,
        largest_losses: 10,
    };
    let c = run(&[&base, &offer], &options);
    let (b, o) = (&c.scenarios[0], &c.scenarios[1]);
    // Base 3000 + 3100 + 3000 + 4000 + 4000 = 17100; offer 3 x 3300 + 2 x 3900 = 17700.
    assert_eq!(b.bill.monthly, Money::from(17100));
    assert_eq!(o.bill.monthly, Money::from(17700));
    assert_eq!(b.bill.annual, Money::from(205_200));
    assert_eq!(b.bill.employer_monthly, Some(money(dec!(22230.00))));
    assert_eq!(o.bill.employer_annual, Some(Money::from(276_120)));
    let x = &c.offers[0];
    assert_eq!(x.monthly_change, Money::from(600));
    assert_eq!(x.annual_change, Money::from(7200));
    assert_eq!(x.employer_annual_change, Some(Money::from(9360)));
    // 600 / 17100 = 3.5087..%
    assert_eq!(x.average_growth.unwrap().to_string(), "3.51%");
    assert_eq!(x.guideline, Some(GuidelinePosition::BelowLower));
    assert_eq!(
        (b.average, o.average),
        (money(dec!(3420)), money(dec!(3540)))
    );
    assert_eq!((x.gainers, x.losers, x.unchanged), (3, 2, 0));
    // Ranked by base pay (ties in roster order): A1, A3 | A2 | B1 | B2.
    // Bottom 40% = A1, A3: 6000 -> 6600 = +10%; top 20% = B2: 4000 -> 3900 = -2.5%.
    assert_eq!(x.bottom_40_growth, Some(Percentage::new(dec!(0.1))));
    assert_eq!(x.top_20_growth, Some(Percentage::new(dec!(-0.025))));
    assert_eq!(x.lifts_low, Some(true));
    let q: Vec<String> = x.quintiles.iter().map(|p| p.unwrap().to_string()).collect();
    assert_eq!(q, ["10.00%", "10.00%", "6.45%", "-2.50%", "-2.50%"]);
    let losses: Vec<(&str, Money)> = x
        .largest_losses
        .iter()
        .map(|w| (w.employee_id.as_str(), w.change))
        .collect();
    assert_eq!(
        losses,
        [("B1", Money::from(-100)), ("B2", Money::from(-100))]
    );
    assert_eq!(x.workers[0].changed, ["grade_pay"]);

    // Spread: sorted 3000 3000 3100 4000 4000; P10 h = 0.4, P90 h = 3.6.
    assert_eq!(
        (b.spread.p10, b.spread.p50, b.spread.p90),
        (Money::from(3000), Money::from(3100), Money::from(4000))
    );
    assert_eq!(b.spread.p90_p10, Some(dec!(1.3333)));
    // sum (2i-6) x = -12000 - 6000 + 0 + 8000 + 16000 = 6000; 6000 / 85500 = 0.0702
    assert_eq!(b.spread.gini, Some(dec!(0.0702)));
    // 3600 / 88500 = 0.0407
    assert_eq!(o.spread.gini, Some(dec!(0.0407)));
    let below = |s: &ScenarioSummary| s.spread.below.map(|b| (b.count, b.share.to_string()));
    assert_eq!(below(b), Some((2, "40.00%".to_string())));
    assert_eq!(below(o), Some((0, "0.00%".to_string())));

    assert_eq!(
        c.grades[0].average,
        vec![Some(money(dec!(3033.33))), Some(Money::from(3300))]
    );
    // 初: 9100 -> 9900 = +8.79%.
    assert_eq!(c.grades[0].growth[0].unwrap().to_string(), "8.79%");
    assert_eq!(c.grades[1].growth[0], Some(Percentage::new(dec!(-0.025))));
    let cells: Vec<(String, u32, usize, Option<Money>)> = c
        .cells
        .iter()
        .map(|r| (r.grade.clone(), r.step, r.headcount, r.change[0]))
        .collect();
    assert_eq!(
        cells,
        [
            ("初".to_string(), 1, 2, Some(Money::from(300))),
            ("初".to_string(), 2, 1, Some(Money::from(200))),
            ("高".to_string(), 1, 2, Some(Money::from(-100))),
        ]
    );
    assert_eq!(c.cells[1].growth[0].unwrap().to_string(), "6.45%");
}

#[test]
fn guideline_lines_reach_the_text_and_the_html() {
    let base = schedule(
        "现行",
        "[[grade]]\nname='初'\npay=['3000','3100']\n[[grade]]\nname='高'\npay=['4000']\n",
    );
    let offer = schedule(
        "方案",
        "[[grade]]\nname='初'\npay=['3300','3400']\n[[grade]]\nname='高'\npay=['4200']\n",
    );
    let options = CompareOptions {
        guideline: Some(GuidelineLines {
            lower: Rate::parse("4.5%").unwrap(),
            base: Rate::parse("12%").unwrap(),
            upper: Rate::parse("16%").unwrap(),
        }),
        guideline_source: Some("2014 北京".into()),
        threshold: Threshold::of_minimum_wage(
            Money::from(2490),
            base.rounding,
            "浙江省 2024-01-01".into(),
            1,
            "331081".into(),
            "notice".into(),
        ),
        ..CompareOptions::default()
    };
    let c = run(&[&base, &offer], &options);
    // 3300 + 3400 + 3300 + 4200 + 4200 = 18400 over 17100: +7.60%, between the lower and base lines.
    assert_eq!(c.offers[0].average_growth.unwrap().to_string(), "7.60%");
    assert_eq!(c.offers[0].guideline, Some(GuidelinePosition::LowerToBase));
    assert_eq!(c.threshold, Some(Money::from(2988)));
    let mut text = Vec::new();
    crate::compare::write_text(&c, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    for line in [
        "between the lower and base lines",
        "  Threshold 2,988.00 = 1.2 × minimum wage 2,490.00 (浙江省 2024-01-01 tier 1, region 331081)\n",
        "  Wage guideline lower line +4.50%, base line +12.00%, warning line +16.00% (2014 北京)\n",
        "Below 2,988.00 (workers)",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    let mut html = Vec::new();
    crate::compare::write_html(&c, &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    for line in [
        "lower line 4.50%",
        "base line 12.00%",
        "warning line 16.00%",
    ] {
        assert!(html.contains(line), "{line}");
    }
    assert_eq!(html.matches("class=\"rule\"").count(), 3);
    assert!(!html.contains("No wage guideline"));
}

#[test]
fn a_step_the_offer_lacks_shows_no_cell() {
    let base = schedule(
        "a",
        "[[grade]]\nname='初'\npay=['3000','3100','3200']\n[[grade]]\nname='高'\npay=['4000']\n",
    );
    let offer = schedule(
        "b",
        "[[grade]]\nname='初'\npay=['3000','3150']\n[[grade]]\nname='高'\npay=['4000']\n",
    );
    // Nobody is at 初 step 3, which the offer drops: the cell shows no offer pay.
    let c = run(&[&base, &offer], &CompareOptions::default());
    assert_eq!(c.cells[2].pay, vec![Some(Money::from(3200)), None]);
    assert_eq!(
        (c.cells[2].headcount, c.cells[2].change.clone()),
        (0, vec![None])
    );
    assert_eq!(c.cells[1].change, vec![Some(Money::from(50))]);
}

#[test]
fn different_rosters_are_refused() {
    let s = schedule(
        "a",
        "[[grade]]\nname='初'\npay=['3000','3100']\n[[grade]]\nname='高'\npay=['4000']\n",
    );
    let period = Period::new(2026, 1).unwrap();
    let r = Roster::read("r.csv", ROSTER.as_bytes(), Encoding::default(), &s).unwrap();
    let sheets = PayEngine::new(&s, period).compute_all(&r.workers).unwrap();
    let base = Scenario {
        label: "a",
        schedule: &s,
        workers: &r.workers,
        sheets: &sheets,
    };
    let short = Scenario {
        label: "b",
        workers: &r.workers[1..],
        sheets: &sheets[1..],
        ..base
    };
    let err = Comparison::build(period, &base, &[short], &CompareOptions::default()).unwrap_err();
    assert!(
        matches!(
            err,
            CompareError::Headcount {
                found: 4,
                expected: 5,
                ..
            }
        ),
        "{err}"
    );
    let empty = Scenario {
        workers: &[],
        sheets: &[],
        ..base
    };
    assert_eq!(
        Comparison::build(period, &empty, &[], &CompareOptions::default()).unwrap_err(),
        CompareError::Empty
    );
}

proptest::proptest! {
    /// The rank groups (bottom 40%, top 20%, quintiles) from a tally merged
    /// from parts equal those of every worker ranked by base pay with ties
    /// in roster order; few distinct pays, so ties cross the group ends.
    #[test]
    fn rank_groups_from_the_tally_are_exact(
        pay in proptest::collection::vec((0i64..6, 0i64..9), 1..200),
        cuts in proptest::collection::vec(0usize..200, 0..5),
    ) {
        let s = schedule("a", "[[grade]]\nname='初'\npay=['3000']\n");
        let sheet = |fen: i64| PaySheet {
            gross: Money::new(Decimal::new(300_000 + fen * 3_700, 2)),
            ..PaySheet::default()
        };
        let sheets: Vec<(PaySheet, PaySheet)> = pay.iter().map(|(b, o)| (sheet(*b), sheet(*o))).collect();
        let all = [
            TallyScenario { label: "base", schedule: &s },
            TallyScenario { label: "offer", schedule: &s },
        ];
        let mut tally = CompareTally::new(&s, 1, 0);
        let mut part = CompareTally::new(&s, 1, 0);
        let w = Worker::default();
        for (i, (b, o)) in sheets.iter().enumerate() {
            if cuts.contains(&i) {
                tally.merge(&mut part).unwrap();
                part.clear();
            }
            part.add(&all, &w, &[b, o], i as u64, None).unwrap();
        }
        tally.merge(&mut part).unwrap();
        let c = Comparison::from_tally(
            Period::new(2026, 1).unwrap(),
            &all,
            &mut tally,
            &CompareOptions::default(),
        )
        .unwrap();
        let n = sheets.len();
        let mut ranked: Vec<usize> = (0..n).collect();
        ranked.sort_by_key(|&i| (sheets[i].0.gross, i));
        let growth = |from: usize, to: usize| {
            let members = &ranked[group_end(n, from, 5)..group_end(n, to, 5)];
            let before: Money = members.iter().map(|&i| sheets[i].0.gross).sum();
            let after: Money = members.iter().map(|&i| sheets[i].1.gross).sum();
            Percentage::change(before, after)
        };
        let x = &c.offers[0];
        proptest::prop_assert_eq!(x.bottom_40_growth, growth(0, 2));
        proptest::prop_assert_eq!(x.top_20_growth, growth(4, 5));
        let quintiles: Vec<Option<Percentage>> = (0..5).map(|q| growth(q, q + 1)).collect();
        proptest::prop_assert_eq!(&x.quintiles, &quintiles);
        let gainers = sheets.iter().filter(|(b, o)| o.gross > b.gross).count();
        proptest::prop_assert_eq!(x.gainers, gainers);
    }
}
