//! Spreadsheet-friendly outputs through the real binary: CSV encodings (a BOM
//! for files, GB18030 on request, all read back by nengji), the format chosen
//! by `-o`'s extension, and .xlsx outputs read back cell by cell.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;
mod sheets;

use calamine::Data;
use common::{example, Workdir};
use sheets::{csv_rows, office_workbook, workbook_cells, Cell};

const BOM: &str = "\u{feff}";

fn pump(wd: &Workdir, command: &str, extra: &[&str]) -> common::Run {
    let schedule = example("pump/schedule.toml");
    let roster = example("pump/roster.csv");
    let mut args = vec![command, "--schedule", &schedule, "--roster", &roster];
    args.extend(extra);
    wd.run(&args)
}

#[test]
fn a_csv_file_has_a_bom_and_stdout_has_none() {
    let wd = Workdir::new();
    let stdout = pump(&wd, "compute", &["--format", "csv"])
        .success()
        .stdout();
    assert!(stdout.starts_with("employee_id,"), "{stdout}");
    pump(&wd, "compute", &["-o", "pay.csv"]).success();
    assert_eq!(wd.read("pay.csv"), format!("{BOM}{stdout}"));
    // Asked for on stdout, a BOM is written there too; asked away, a file has none.
    let with = pump(
        &wd,
        "compute",
        &["--format", "csv", "--csv-encoding", "utf-8-bom"],
    );
    assert_eq!(with.success().stdout(), format!("{BOM}{stdout}"));
    pump(
        &wd,
        "compute",
        &["-o", "plain.csv", "--csv-encoding", "utf-8"],
    )
    .success();
    assert_eq!(wd.read("plain.csv"), stdout);
}

#[test]
fn gb18030_is_written_on_request_and_decodes_to_the_same_text() {
    let wd = Workdir::new();
    let stdout = pump(&wd, "compute", &["--format", "csv"])
        .success()
        .stdout();
    pump(
        &wd,
        "compute",
        &["-o", "pay.csv", "--csv-encoding", "gb18030"],
    )
    .success();
    let bytes = std::fs::read(wd.path("pay.csv")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    let (text, _, bad) = encoding_rs::GB18030.decode(&bytes);
    assert!(!bad);
    assert_eq!(text, stdout);
}

#[test]
fn nengji_reads_back_its_bom_and_gb18030_files() {
    let wd = Workdir::new();
    let roster = std::fs::read_to_string(example("pump/roster.csv")).unwrap();
    wd.write("bom.csv", format!("{BOM}{roster}"));
    let (gb, _, _) = encoding_rs::GB18030.encode(&roster);
    wd.write("gb.csv", gb.as_ref());
    let schedule = example("pump/schedule.toml");
    let pay = |roster: &str| {
        wd.run_over("compute", &schedule, roster, &["--format", "csv"])
            .success()
            .stdout()
    };
    let want = pay(&example("pump/roster.csv"));
    assert_eq!(pay("bom.csv"), want);
    assert_eq!(pay("gb.csv"), want);
    // A pay sheet nengji wrote (with its BOM) is a payroll audit reads: paid as
    // computed, so nothing is owed.
    pump(&wd, "compute", &["-o", "paid.csv"]).success();
    let audit = pump(&wd, "audit", &["--payroll", "paid.csv", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&audit.success().stdout()).unwrap();
    assert_eq!(json["findings"].as_array().map(Vec::len), Some(0), "{json}");
}

#[test]
fn the_file_name_chooses_the_format() {
    let wd = Workdir::new();
    pump(&wd, "compute", &["-o", "pay.json"]).success();
    let json: serde_json::Value = serde_json::from_str(&wd.read("pay.json")).unwrap();
    assert!(json["workers"].is_array());
    pump(&wd, "compute", &["-o", "pay.txt"]).success();
    assert!(wd.read("pay.txt").contains("工资表"));
    pump(&wd, "compute", &["-o", "pay.csv"]).success();
    assert!(wd
        .read("pay.csv")
        .starts_with(&format!("{BOM}employee_id,")));
    pump(&wd, "compute", &["-o", "pay.xlsx"]).success();
    assert!(std::fs::read(wd.path("pay.xlsx"))
        .unwrap()
        .starts_with(b"PK\x03\x04"));
    // --format decides where the name says nothing.
    pump(&wd, "compute", &["-o", "pay.out", "--format", "csv"]).success();
    assert!(wd.read("pay.out").contains("employee_id,"));
    let standards = example("standards/zhejiang.toml");
    pump(
        &wd,
        "check",
        &["--standards", &standards, "-o", "findings.csv"],
    );
    assert!(wd
        .read("findings.csv")
        .starts_with(&format!("{BOM}severity,")));
}

#[test]
fn a_contradiction_or_a_format_not_written_is_refused_and_nothing_is_written() {
    let wd = Workdir::new();
    pump(&wd, "compute", &["--format", "table", "-o", "pay.csv"])
        .status(2)
        .stderr_has(&[
            "--format text contradicts the output file 'pay.csv'",
            "drop --format",
        ]);
    pump(&wd, "compute", &["-o", "pay.docx"])
        .status(2)
        .stderr_has(&["cannot write a .docx file", "xlsx (.xlsx)"]);
    let schedule = example("pump/schedule.toml");
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "notice",
        "--format",
        "md",
        "-o",
        "x.docx",
    ])
    .status(2)
    .stderr_has(&["--format md contradicts the output file 'x.docx'"]);
    assert!(wd.files().is_empty(), "{:?}", wd.files());
    // The name alone gives a real Word document.
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "notice",
        "-o",
        "x.docx",
    ])
    .success();
    assert!(std::fs::read(wd.path("x.docx"))
        .unwrap()
        .starts_with(b"PK\x03\x04"));
}

#[test]
fn a_binary_format_is_never_written_to_a_terminal() {
    // `script` gives the command a terminal for its standard output.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("this test needs `script` (util-linux) to give nengji a terminal");
    }
    let schedule = example("pump/schedule.toml");
    let roster = example("pump/roster.csv");
    let nengji = env!("CARGO_BIN_EXE_nengji");
    for command in [
        format!("{nengji} render --schedule {schedule} --document notice --format docx"),
        format!("{nengji} compute --schedule {schedule} --roster {roster} --format xlsx"),
    ] {
        let out = std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .output()
            .unwrap();
        let shown = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(2), "{shown}");
        assert!(shown.contains("standard output is a terminal"), "{shown}");
        assert!(shown.contains("-o FILE."), "{shown}");
        assert!(
            !shown.contains("PK\u{3}\u{4}"),
            "no zip on the screen: {shown}"
        );
    }
}

#[test]
fn the_pay_sheet_as_xlsx_has_numbers_totals_and_a_grade_sheet() {
    let wd = Workdir::new();
    let csv = pump(&wd, "compute", &["--format", "csv"])
        .success()
        .stdout();
    pump(&wd, "compute", &["-o", "pay.xlsx"]).success();
    let sheets = workbook_cells(std::fs::read(wd.path("pay.xlsx")).unwrap());
    assert_eq!(sheets.len(), 2);
    let (name, rows) = &sheets[0];
    assert_eq!(name, "工资表");
    assert_eq!(rows[0][0], Data::String("工号".into()));
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert!(header.contains(&"应发工资".to_string()), "{header:?}");
    // Every figure of every worker is the CSV's amount, as a number.
    let mut lines = csv.lines();
    lines.next();
    let mut count = 0;
    for (line, row) in lines.zip(&rows[1..]) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(row[0], Data::String(fields[0].into()));
        for (field, cell) in fields[5..].iter().zip(&row[5..]) {
            let Data::Float(f) = cell else {
                panic!("{cell:?} is not a number")
            };
            let shown: rust_decimal::Decimal = format!("{f}").parse().unwrap();
            assert_eq!(
                shown,
                field.parse::<rust_decimal::Decimal>().unwrap(),
                "{line}"
            );
        }
        count += 1;
    }
    assert_eq!(count, csv.lines().count() - 1);
    let total = &rows[count + 1];
    assert_eq!(total[0], Data::String("合计".into()));
    assert_eq!(total[1], Data::String(format!("{count} 人")));
    assert_eq!(sheets[1].0, "按能级汇总");
}

/// The starter roster as sheet cells: numbers as numbers, dates as date cells.
fn starter_rows() -> Vec<Vec<Cell<'static>>> {
    csv_rows(&example("starter/roster.csv"))
}

#[test]
fn an_xlsx_roster_under_a_title_row_computes_as_its_csv() {
    let wd = Workdir::new();
    wd.write("roster.xlsx", office_workbook("花名册", &starter_rows()));
    let schedule = example("starter/schedule.toml");
    let run = |roster: &str, extra: &[&str]| {
        let mut args = vec!["compute", "--schedule", &schedule, "--roster", roster];
        args.extend(extra);
        wd.run(&args)
    };
    let want = run(&example("starter/roster.csv"), &["--format", "csv"])
        .success()
        .stdout();
    for sheet in ["花名册", "2"] {
        let got = run("roster.xlsx", &["--sheet", sheet, "--format", "csv"]).success();
        assert_eq!(got.stdout(), want, "--sheet {sheet}");
    }
    // The first sheet is the notes: its one cell is taken as the header.
    run("roster.xlsx", &[])
        .status(2)
        .stderr_has(&["no employee_id column", "roster.xlsx[说明]!1"]);
    run("roster.xlsx", &["--sheet", "工资"])
        .status(2)
        .stderr_has(&["no sheet '工资'", "说明、花名册", "--sheet"]);
    wd.run_lang(
        "zh",
        &[
            "compute",
            "--schedule",
            &schedule,
            "--roster",
            "roster.xlsx",
            "--sheet",
            "工资",
        ],
    )
    .status(2)
    .stderr_has(&["工作簿中没有名为“工资”的工作表"]);
}

#[test]
fn a_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_written() {
    let wd = Workdir::new();
    let mut rows = starter_rows();
    // Row 5 (S003): a formula's binary remainder in 工作日加班小时 (column I).
    rows[3][8] = Cell::Number(0.300_000_000_000_000_04);
    // Row 6 (S004): a grade the schedule does not have (能级, column D),
    // refused by the same check a CSV's cell goes through.
    rows[4][3] = Cell::Text("特级");
    // Row 7: a value right of the header's last column.
    rows[5].push(Cell::Text("备注"));
    wd.write("roster.xlsx", office_workbook("花名册", &rows));
    let schedule = example("starter/schedule.toml");
    wd.run_over(
        "compute",
        &schedule,
        "roster.xlsx",
        &["--sheet", "花名册", "-o", "pay.csv"],
    )
    .status(2)
    .stderr_has(&[
        "0.30000000000000004",
        "at roster.xlsx[花名册]!I5",
        "ROUND(",
        "'特级'",
        "at roster.xlsx[花名册]!D6",
        "at roster.xlsx[花名册]!7",
        "right of the header",
    ]);
    assert!(!wd.path("pay.csv").exists());
}

#[test]
fn a_payroll_sheet_error_names_its_cell() {
    let wd = Workdir::new();
    let paid = common::root().join("tests/fixtures/check/payroll.csv");
    let mut rows = csv_rows(&paid.display().to_string());
    rows[2][7] = Cell::Text("两千九");
    wd.write("paid.xlsx", office_workbook("工资表", &rows));
    let fixture = |f: &str| {
        common::root()
            .join("tests/fixtures/check")
            .join(f)
            .display()
            .to_string()
    };
    wd.run_over(
        "audit",
        &fixture("schedule.toml"),
        &fixture("roster.csv"),
        &["--payroll", "paid.xlsx", "--payroll-sheet", "工资表"],
    )
    .status(2)
    .stderr_has(&[
        "'两千九' is not an amount paid",
        "paid.xlsx[工资表]!H4 (应发工资)",
    ]);
}

#[test]
fn a_workbook_declaring_an_absurd_sheet_is_refused_before_loading() {
    use std::io::{Read, Write};
    let wd = Workdir::new();
    let bytes = office_workbook("花名册", &starter_rows());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().to_string();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name == "xl/worksheets/sheet2.xml" {
            let xml = String::from_utf8(text).unwrap();
            let start = xml.find("<dimension ref=\"").unwrap() + 16;
            let end = start + xml[start..].find('"').unwrap();
            text = format!("{}A1:XFD1048576{}", &xml[..start], &xml[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    wd.write("bomb.xlsx", out.finish().unwrap().into_inner());
    let schedule = example("starter/schedule.toml");
    wd.run_over("compute", &schedule, "bomb.xlsx", &["--sheet", "2"])
        .status(2)
        .stderr_has(&["A1:XFD1048576", "17179869184 cells", "bomb.xlsx[花名册]"]);
}

#[test]
fn audit_findings_as_xlsx_have_chinese_headers_numeric_shortfalls_and_their_total() {
    use rust_decimal::Decimal;
    let wd = Workdir::new();
    let fixture = |f: &str| {
        common::root()
            .join("tests/fixtures/check")
            .join(f)
            .display()
            .to_string()
    };
    let (schedule, roster, payroll) = (
        fixture("schedule.toml"),
        fixture("roster.csv"),
        fixture("payroll.csv"),
    );
    let audit = |extra: &[&str]| {
        let mut args = vec![
            "audit",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--payroll",
            &payroll,
        ];
        args.extend(extra);
        wd.run(&args).status(1)
    };
    let csv = audit(&["--format", "csv"]).stdout();
    audit(&["-o", "findings.xlsx"]);
    let sheets = workbook_cells(std::fs::read(wd.path("findings.xlsx")).unwrap());
    let (name, rows) = &sheets[0];
    assert_eq!(name, "检查结果");
    assert_eq!(rows[0][11], Data::String("差额".into()));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut total = Decimal::ZERO;
    let mut n = 0;
    for (record, row) in reader.records().zip(&rows[1..]) {
        let record = record.unwrap();
        n += 1;
        assert_eq!(row[5], Data::String(record[5].into()));
        if record[11].is_empty() {
            assert_eq!(row[11], Data::Empty);
        } else {
            let owed: Decimal = record[11].parse().unwrap();
            total += owed;
            assert_eq!(row[11], Data::Float(owed.to_string().parse().unwrap()));
        }
    }
    assert!(total > Decimal::ZERO);
    assert_eq!(rows.len(), n + 2, "header, findings, 合计");
    let last = rows.last().unwrap();
    assert_eq!(last[0], Data::String("合计".into()));
    assert_eq!(last[11], Data::Float(total.to_string().parse().unwrap()));
}

#[test]
fn a_comparison_as_xlsx_has_its_rows_and_each_offer_totalled() {
    use rust_decimal::Decimal;
    let wd = Workdir::new();
    let (roster, base, offer) = (
        example("pump/roster.csv"),
        example("pump/schedule.toml"),
        example("pump/offer-employer.toml"),
    );
    let compare = |extra: &[&str]| {
        let mut args = vec!["compare", "--roster", &roster, &base, &offer];
        args.extend(extra);
        wd.run(&args).success()
    };
    let csv = compare(&["--format", "csv"]).stdout();
    compare(&["-o", "cmp.xlsx"]);
    let sheets = workbook_cells(std::fs::read(wd.path("cmp.xlsx")).unwrap());
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["方案比较", "按方案汇总"]);
    // Per offer: its workers and the sums of before (6), after (7) and change (8).
    let mut want: Vec<(String, i64, [Decimal; 3])> = Vec::new();
    for record in csv::Reader::from_reader(csv.as_bytes()).records() {
        let record = record.unwrap();
        if want.last().is_none_or(|w| w.0 != record[0]) {
            want.push((record[0].to_string(), 0, [Decimal::ZERO; 3]));
        }
        let last = want.last_mut().unwrap();
        last.1 += 1;
        for (k, col) in [6, 7, 8].into_iter().enumerate() {
            last.2[k] += record[col].parse::<Decimal>().unwrap();
        }
    }
    assert!(!want.is_empty());
    let rows = &sheets[1].1;
    assert_eq!(rows[0][0], Data::String("方案".into()));
    assert_eq!(rows.len(), want.len() + 1);
    let number = |d: Decimal| Data::Float(d.to_string().parse().unwrap());
    for (row, (label, n, sums)) in rows[1..].iter().zip(&want) {
        assert_eq!(row[0], Data::String(label.clone()));
        assert_eq!(row[1], number(Decimal::from(*n)));
        assert_eq!(row[2..5], sums.map(number));
    }
}
