//! nengji's spreadsheets in a real office suite. LibreOffice (headless) saves
//! the shipped CSV rosters as .xlsx, .xls and .ods, and nengji computes exactly
//! the same pay from each; LibreOffice opens the .xlsx tables nengji writes and
//! saves them as CSV, and every figure is the one nengji's own CSV carries.
//! Needs `soffice` (CI installs libreoffice-calc).

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use common::{example, Workdir};
use rust_decimal::Decimal;

/// Converts `file` in `wd` to `to` (a LibreOffice filter spec) with a profile of
/// its own, so tests running at once do not share one.
fn soffice(wd: &Workdir, file: &str, to: &str) {
    soffice_all(wd, &[file], to, None);
}

/// Converts `files` in `wd` to `to` in one run of LibreOffice, reading them
/// with the import filter `from` when given.
fn soffice_all(wd: &Workdir, files: &[&str], to: &str, from: Option<&str>) {
    let profile = format!("file://{}", wd.path("lo-profile").display());
    let mut command = Command::new("soffice");
    command
        .arg(format!("-env:UserInstallation={profile}"))
        .arg("--headless");
    if let Some(from) = from {
        command.arg(format!("--infilter={from}"));
    }
    let out = command
        .args(["--convert-to", to, "--outdir"])
        .arg(wd.path(""))
        .args(files.iter().map(|f| wd.path(f)))
        .output()
        .expect("this test needs LibreOffice's soffice (apt install libreoffice-calc)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An amount as LibreOffice shows it (`4,100.00`) or nengji writes it (`4100.00`).
fn amount(text: &str) -> Decimal {
    text.trim_matches('"').replace(',', "").parse().unwrap()
}

#[test]
fn libreoffice_reads_the_xlsx_pay_sheet_as_nengji_computed_it() {
    let wd = Workdir::new();
    let schedule = example("pump/schedule.toml");
    let roster = example("pump/roster.csv");
    let base = ["compute", "--schedule", &schedule, "--roster", &roster];
    let csv = wd
        .run(&[&base[..], &["--format", "csv"]].concat())
        .success()
        .stdout();
    wd.run(&[&base[..], &["-o", "pay.xlsx"]].concat()).success();
    // UTF-8, comma-separated, the first sheet, values as shown.
    soffice(
        &wd,
        "pay.xlsx",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
    );
    let back = wd.read("pay.csv");
    let mut reader = csv::Reader::from_reader(back.as_bytes());
    let mut ours = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "工号");
    assert_eq!(&header[header.len() - 2], "应发工资");
    let mut rows = 0;
    let mut total = Decimal::ZERO;
    let mut records = reader.records();
    for want in ours.records() {
        let want = want.unwrap();
        let got = records.next().unwrap().unwrap();
        assert_eq!(&got[0], &want[0]);
        assert_eq!(&got[1], &want[1]);
        for i in 5..want.len() {
            assert_eq!(amount(&got[i]), amount(&want[i]), "row {rows} column {i}");
        }
        total += amount(&want[want.len() - 2]);
        rows += 1;
    }
    // Then the totals row, as LibreOffice shows it.
    let totals = records.next().unwrap().unwrap();
    assert_eq!(&totals[0], "合计");
    assert_eq!(amount(&totals[header.len() - 2]), total);
    assert!(rows > 100, "{rows}");
}

#[test]
fn the_shipped_xlsx_roster_is_libreoffice_s_copy_of_the_csv() {
    let wd = Workdir::new();
    std::fs::copy(example("pump/roster.xlsx"), wd.path("roster.xlsx")).unwrap();
    soffice(
        &wd,
        "roster.xlsx",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
    );
    let back = wd.read("roster.csv");
    let shipped = std::fs::read_to_string(example("pump/roster.csv")).unwrap();
    let mut a = csv::Reader::from_reader(back.as_bytes());
    let mut b = csv::Reader::from_reader(shipped.as_bytes());
    assert_eq!(a.headers().unwrap(), b.headers().unwrap());
    assert_eq!(a.records().count(), b.records().count());
}

/// The shipped rosters with their schedules.
const ROSTERS: &[&str] = &["courier", "midyear", "pump", "starter", "workload"];

/// CSV in UTF-8, comma-separated, quoted with ", as LibreOffice's import reads it:
/// numbers become number cells and dates date cells, as a person's would.
const CSV_IN: &str = "CSV:44,34,76,1";

#[test]
fn every_shipped_roster_computes_the_same_pay_from_its_xlsx_xls_and_ods() {
    let wd = Workdir::new();
    let mut files = Vec::new();
    for name in ROSTERS {
        let csv = format!("{name}.csv");
        std::fs::copy(example(&format!("{name}/roster.csv")), wd.path(&csv)).unwrap();
        files.push(csv);
    }
    std::fs::copy(example("pump/scores.csv"), wd.path("scores.csv")).unwrap();
    files.push("scores.csv".into());
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    for kind in ["xlsx", "xls", "ods"] {
        soffice_all(&wd, &files, kind, Some(CSV_IN));
    }
    // LibreOffice made number and date cells: the float and date paths are read.
    let mut book: Xlsx<_> = calamine::open_workbook(wd.path("pump.xlsx")).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let floats = range
        .used_cells()
        .filter(|(_, _, c)| matches!(c, Data::Float(_)))
        .count();
    let dates = range
        .used_cells()
        .filter(|(_, _, c)| matches!(c, Data::DateTime(_)))
        .count();
    assert!(
        floats > 100 && dates > 100,
        "{floats} numbers, {dates} dates"
    );
    for name in ROSTERS {
        let schedule = example(&format!("{name}/schedule.toml"));
        let pay = |roster: &str| {
            wd.run_over("compute", &schedule, roster, &["--format", "csv"])
                .success()
                .stdout()
        };
        let want = pay(&format!("{name}.csv"));
        assert!(want.lines().count() > 3, "{name}: {want}");
        for kind in ["xlsx", "xls", "ods"] {
            assert_eq!(pay(&format!("{name}.{kind}")), want, "{name}.{kind}");
        }
    }
    // The assessment reads a workbook's roster and scores as their CSV.
    let assess = |roster: &str, scores: &str| {
        let rules = example("pump/assessment.toml");
        let schedule = example("pump/schedule.toml");
        let out = format!("new-{roster}.csv");
        wd.run(&[
            "assess",
            "--rules",
            &rules,
            "--schedule",
            &schedule,
            "--roster",
            roster,
            "--scores",
            scores,
            "-o",
            &out,
        ])
        .success();
        wd.read(&out)
    };
    let want = assess("pump.csv", "scores.csv");
    for kind in ["xlsx", "xls", "ods"] {
        let got = assess(&format!("pump.{kind}"), &format!("scores.{kind}"));
        assert_same_table(&got, &want, kind);
    }
}

/// Two CSV tables hold the same values: each field the same text, or the same
/// number (a sheet's cell `1.1` is the CSV's `1.10`).
#[track_caller]
fn assert_same_table(got: &str, want: &str, what: &str) {
    let mut a = csv::Reader::from_reader(got.as_bytes());
    let mut b = csv::Reader::from_reader(want.as_bytes());
    assert_eq!(a.headers().unwrap(), b.headers().unwrap(), "{what}");
    let (a, b): (Vec<_>, Vec<_>) = (a.records().collect(), b.records().collect());
    assert_eq!(a.len(), b.len(), "{what}");
    assert!(!b.is_empty(), "{what}");
    for (line, (x, y)) in a.iter().zip(&b).enumerate() {
        let (x, y) = (x.as_ref().unwrap(), y.as_ref().unwrap());
        assert_eq!(x.len(), y.len(), "{what} row {line}");
        for (f, g) in x.iter().zip(y) {
            let same = f == g
                || matches!((f.parse::<Decimal>(), g.parse::<Decimal>()), (Ok(p), Ok(q)) if p == q);
            assert!(same, "{what} row {line}: {f:?} vs {g:?}");
        }
    }
}

/// LibreOffice's CSV of a workbook nengji wrote holds nengji's own CSV's rows:
/// the same ids, the same amounts (a sheet shows `4,100.00` for `4100.00`),
/// then a 合计 row summing the columns `summed`. `skip` are columns that differ
/// by design (a reason in Chinese in the workbook, in English in the CSV).
#[track_caller]
fn assert_figures(back: &str, ours: &str, summed: &[usize], skip: &[usize], what: &str) {
    let ours = ours.trim_start_matches('\u{feff}');
    let mut a = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(back.as_bytes());
    let mut b = csv::Reader::from_reader(ours.as_bytes());
    let width = b.headers().unwrap().len();
    let mut got = a.records().map(Result::unwrap);
    let mut sums = vec![Decimal::ZERO; width];
    let mut rows = 0;
    for want in b.records() {
        let want = want.unwrap();
        let row = got
            .next()
            .unwrap_or_else(|| panic!("{what}: row {rows} missing"));
        for i in (0..width).filter(|i| !skip.contains(i)) {
            let (x, y) = (row.get(i).unwrap_or(""), &want[i]);
            match y.replace(',', "").parse::<Decimal>() {
                Ok(n) => {
                    assert_eq!(amount(x), n, "{what} row {rows} column {i}");
                    sums[i] += n;
                }
                Err(_) => assert_eq!(x, y, "{what} row {rows} column {i}"),
            }
        }
        rows += 1;
    }
    assert!(rows > 0, "{what}");
    if !summed.is_empty() {
        let total = got.next().unwrap_or_else(|| panic!("{what}: no 合计 row"));
        assert_eq!(&total[0], "合计", "{what}");
        for &i in summed {
            assert_eq!(amount(&total[i]), sums[i], "{what} 合计 column {i}");
        }
    }
    assert!(got.next().is_none(), "{what}: rows after the table");
}

#[test]
fn libreoffice_reads_assess_arrears_and_batch_workbooks_with_nengji_s_figures() {
    let wd = Workdir::new();
    let to_csv = "csv:Text - txt - csv (StarCalc):44,34,76,1";
    // arrears: one row per worker and month, the amounts totalled.
    let arrears = |extra: &[&str]| {
        let (s, p, r) = (
            example("midyear/schedule.toml"),
            example("midyear/previous.toml"),
            example("midyear/roster.csv"),
        );
        let mut args = vec![
            "arrears",
            "--schedule",
            &s,
            "--previous",
            &p,
            "--roster",
            &r,
            "--from",
            "2026-01",
            "--to",
            "2026-05",
        ];
        args.extend(extra);
        wd.run(&args).success()
    };
    let csv = arrears(&["--format", "csv"]).stdout();
    arrears(&["-o", "arrears.xlsx"]);
    // assess: scores and the pay effect as numbers, reasons in Chinese.
    let assess = |format: &str| {
        let args = common::pump_assess_args(&["--format", format]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        wd.run(&args).success()
    };
    let assess_csv = assess("csv").stdout();
    wd.write("assess.xlsx", &assess("xlsx").output.stdout);
    // batch --xlsx: every table beside its CSV.
    let (schedule, roster) = (example("pump/schedule.toml"), example("pump/roster.csv"));
    wd.run(&[
        "batch",
        "--roster",
        &roster,
        "--schedule",
        &schedule,
        "-o",
        "out",
        "--xlsx",
    ])
    .success();
    for table in ["pay", "enterprises", "grades"] {
        std::fs::copy(
            wd.path(&format!("out/{table}.xlsx")),
            wd.path(&format!("batch-{table}.xlsx")),
        )
        .unwrap();
    }
    soffice_all(
        &wd,
        &[
            "arrears.xlsx",
            "assess.xlsx",
            "batch-pay.xlsx",
            "batch-enterprises.xlsx",
            "batch-grades.xlsx",
        ],
        to_csv,
        None,
    );
    assert_figures(&wd.read("arrears.csv"), &csv, &[4, 5, 6], &[], "arrears");
    let header: Vec<&str> = assess_csv.lines().next().unwrap().split(',').collect();
    let at = |id: &str| header.iter().position(|h| *h == id).unwrap();
    assert_figures(
        &wd.read("assess.csv"),
        &assess_csv,
        &[
            at("monthly_change"),
            at("one_off_change"),
            at("annual_change"),
        ],
        &[at("reason")],
        "assess",
    );
    let batch =
        |table: &str| std::fs::read_to_string(wd.path(&format!("out/{table}.csv"))).unwrap();
    let pay = batch("pay");
    let pay_header: Vec<&str> = pay
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .split(',')
        .collect();
    let gross = pay_header.iter().position(|h| *h == "gross").unwrap();
    let summed: Vec<usize> = (6..=gross).collect();
    assert_figures(&wd.read("batch-pay.csv"), &pay, &summed, &[], "batch pay");
    // enterprises: headcount 5, wage bill 6, below 10, errors 11, warnings 12, rejected 14.
    assert_figures(
        &wd.read("batch-enterprises.csv"),
        &batch("enterprises"),
        &[5, 6, 10, 11, 12, 14],
        &[],
        "batch enterprises",
    );
    assert_figures(
        &wd.read("batch-grades.csv"),
        &batch("grades"),
        &[2, 3, 7],
        &[],
        "batch grades",
    );
}
