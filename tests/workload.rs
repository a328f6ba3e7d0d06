//! The reference workload (bench/WORKLOAD.md): `nengji compute` on the
//! workload schedule gives, for every worker of a generated roster, exactly the
//! figures WORKLOAD.md defines, computed here independently from the CSV cells.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::HashMap;

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use common::{example, root, Workdir};

fn round2(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn table(pairs: &[(&str, Decimal)]) -> HashMap<String, Decimal> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// Full years from `hire` (YYYY-MM-DD) to 2026-01-31.
fn full_years(hire: &str) -> i64 {
    let (y, rest) = hire.split_once('-').unwrap();
    let (m, d) = rest.split_once('-').unwrap();
    let (y, m, d): (i64, i64, i64) = (y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap());
    let mut years = 2026 - y;
    if (1, 31) < (m, d) {
        years -= 1;
    }
    years.max(0)
}

/// WORKLOAD.md's components for one roster row, in the schedule's order.
fn expected(row: &csv::StringRecord, h: &HashMap<&str, usize>) -> Vec<Decimal> {
    let get = |name: &str| row.get(h[name]).unwrap();
    let num = |name: &str| get(name).parse::<Decimal>().unwrap();
    let levels = [
        (dec!(2400), dec!(50)),
        (dec!(2900), dec!(80)),
        (dec!(3400), dec!(100)),
        (dec!(4100), dec!(130)),
        (dec!(5000), dec!(160)),
        (dec!(6100), dec!(200)),
        (dec!(7500), dec!(250)),
        (dec!(9200), dec!(300)),
    ];
    let level: usize = get("level")[1..].parse().unwrap();
    let (base0, inc) = levels[level - 1];
    let base = base0 + inc * (num("step") - dec!(1));
    let cert = table(&[
        ("none", dec!(0)),
        ("5", dec!(100)),
        ("4", dec!(200)),
        ("3", dec!(400)),
        ("2", dec!(700)),
        ("1", dec!(1100)),
    ])[get("cert")];
    let title = table(&[
        ("none", dec!(0)),
        ("junior", dec!(100)),
        ("intermediate", dec!(300)),
        ("senior", dec!(600)),
    ])[get("title")];
    let education = table(&[
        ("初中", dec!(0)),
        ("高中", dec!(0)),
        ("中专", dec!(50)),
        ("大专", dec!(100)),
        ("本科", dec!(200)),
        ("硕士", dec!(400)),
        ("博士", dec!(800)),
    ])[get("education")];
    let seniority = (dec!(30) * Decimal::from(full_years(get("hire_date")))).min(dec!(600));
    let honor_table = table(&[
        ("county_model", dec!(100)),
        ("city_model", dec!(200)),
        ("city_craftsman", dec!(200)),
        ("provincial_model", dec!(500)),
        ("provincial_craftsman", dec!(500)),
        ("national_model", dec!(1000)),
    ]);
    let honors: Decimal = get("honors")
        .split(';')
        .filter(|s| !s.is_empty())
        .map(|s| honor_table[s])
        .sum();
    let honors = honors.min(dec!(1000));
    let competition = table(&[
        ("none", dec!(0)),
        ("city_3", dec!(100)),
        ("city_2", dec!(200)),
        ("city_1", dec!(300)),
        ("prov_3", dec!(300)),
        ("prov_2", dec!(500)),
        ("prov_1", dec!(800)),
        ("national", dec!(1200)),
    ])[get("competition")];
    let innovation =
        (dec!(200) * num("patents_invention") + dec!(50) * num("patents_utility")).min(dec!(800));
    let hourly = round2((base + cert) / dec!(174));
    let overtime = round2(
        hourly
            * (dec!(1.5) * num("ot_weekday_h")
                + dec!(2) * num("ot_restday_h")
                + dec!(3) * num("ot_holiday_h")),
    );
    let mut all = vec![
        base,
        cert,
        title,
        education,
        seniority,
        honors,
        competition,
        innovation,
        overtime,
    ];
    let gross: Decimal = all.iter().sum();
    all.push(gross);
    all.push(gross - overtime);
    all
}

#[test]
fn every_worker_matches_the_workload_definition() {
    let roster = root().join("examples/workload/roster.csv");
    let wd = Workdir::new();
    let run = wd
        .run(&[
            "compute",
            "--schedule",
            &example("workload/schedule.toml"),
            "--roster",
            roster.to_str().unwrap(),
            "--format",
            "csv",
        ])
        .success();

    let mut input = csv::Reader::from_path(&roster).unwrap();
    let headers = input.headers().unwrap().clone();
    let h: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, n)| (n, i)).collect();
    let out = run.stdout();
    let mut output = csv::Reader::from_reader(out.as_bytes());
    let mut rows = 0;
    let mut with_overtime = 0;
    let mut with_honors = 0;
    for (row, sheet) in input.records().zip(output.records()) {
        let (row, sheet) = (row.unwrap(), sheet.unwrap());
        assert_eq!(&sheet[0], &row[h["employee_id"]]);
        let got: Vec<Decimal> = sheet.iter().skip(5).map(|c| c.parse().unwrap()).collect();
        let want = expected(&row, &h);
        assert_eq!(got, want, "worker {}", &row[h["employee_id"]]);
        rows += 1;
        with_overtime += usize::from(!want[8].is_zero());
        with_honors += usize::from(!want[5].is_zero());
    }
    assert_eq!(rows, 300, "every row is on the pay sheet");
    // The fixture exercises the rules that matter, not only zeros.
    assert!(
        with_overtime > 100 && with_honors > 5,
        "{with_overtime} {with_honors}"
    );
}
