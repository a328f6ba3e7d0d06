//! Commands with several table inputs, each a workbook through the real
//! binary: every input has its own sheet flag (`--sheet` for the roster,
//! `--payroll-sheet`, `--scores-sheet`, `--registry-sheet`), a missing sheet
//! is refused naming its file, the sheets there are and the flag to change;
//! serve takes `--sheet`; assess writes its new roster as .xlsx by `-o`'s
//! name; arrears' workbook carries its per-worker and per-enterprise totals,
//! and its CSV takes `--csv-encoding` (a BOM by default in a file).

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;
mod sheets;

use calamine::Data;
use common::{example, Workdir};
use sheets::{csv_rows, office_workbook, workbook_cells, Cell};

fn fixture(f: &str) -> String {
    common::root()
        .join("tests/fixtures/check")
        .join(f)
        .display()
        .to_string()
}

/// `csv` written as an office workbook whose table is on `sheet`, the second sheet.
fn workbook_of(wd: &Workdir, name: &str, sheet: &str, csv: &str) -> String {
    wd.write(name, office_workbook(sheet, &csv_rows(csv)))
}

#[test]
fn audit_reads_the_roster_and_the_payroll_each_at_its_own_sheet() {
    let wd = Workdir::new();
    workbook_of(&wd, "roster.xlsx", "花名册", &fixture("roster.csv"));
    workbook_of(&wd, "paid.xlsx", "工资表", &fixture("payroll.csv"));
    let schedule = fixture("schedule.toml");
    let audit = |roster: &str, payroll: &str, extra: &[&str]| {
        let mut args = vec![
            "audit",
            "--schedule",
            &schedule,
            "--roster",
            roster,
            "--payroll",
            payroll,
            "--format",
            "csv",
        ];
        args.extend(extra);
        wd.run(&args)
    };
    let want = audit(&fixture("roster.csv"), &fixture("payroll.csv"), &[]);
    assert!(!want.stdout().is_empty());
    let got = audit(
        "roster.xlsx",
        "paid.xlsx",
        &["--sheet", "花名册", "--payroll-sheet", "工资表"],
    );
    assert_eq!(got.output.status.code(), want.output.status.code());
    // The same findings; a payroll row is placed at its sheet row, one below
    // its CSV line (the title row above the header).
    assert_eq!(got.stdout().replace("(line 8)", "(line 7)"), want.stdout());
    assert!(got.stdout().contains("(line 8)"));
    // By number, too; and --sheet is the roster's only.
    let got = audit(
        "roster.xlsx",
        &fixture("payroll.csv"),
        &["--sheet", "2", "--payroll-sheet", "9"],
    );
    assert_eq!(got.stdout(), want.stdout());
    audit("roster.xlsx", "paid.xlsx", &["--sheet", "花名册"])
        .status(2)
        .stderr_has(&["paid.xlsx[说明]"]);
    audit(
        "roster.xlsx",
        "paid.xlsx",
        &["--sheet", "花名册", "--payroll-sheet", "工资"],
    )
    .status(2)
    .stderr_has(&[
        "paid.xlsx",
        "no sheet '工资'",
        "说明、工资表",
        "give --payroll-sheet one of those names",
    ]);
    audit("roster.xlsx", &fixture("payroll.csv"), &["--sheet", "薪资"])
        .status(2)
        .stderr_has(&["roster.xlsx", "no sheet '薪资'", "give --sheet one"]);
}

/// The pump assessment over `roster` and `scores`, with `extra`.
fn assess(wd: &Workdir, roster: &str, scores: &str, extra: &[&str]) -> common::Run {
    let (rules, schedule) = (
        example("pump/assessment.toml"),
        example("pump/schedule.toml"),
    );
    let mut args = vec![
        "assess",
        "--rules",
        &rules,
        "--roster",
        roster,
        "--scores",
        scores,
        "--schedule",
        &schedule,
        "--format",
        "csv",
    ];
    args.extend(extra);
    wd.run(&args)
}

#[test]
fn assess_reads_each_sheet_and_writes_the_new_roster_as_xlsx_that_computes_as_its_csv() {
    let wd = Workdir::new();
    workbook_of(&wd, "roster.xlsx", "花名册", &example("pump/roster.csv"));
    workbook_of(&wd, "scores.xlsx", "评分", &example("pump/scores.csv"));
    let want = assess(
        &wd,
        &example("pump/roster.csv"),
        &example("pump/scores.csv"),
        &["-o", "new.csv"],
    )
    .success();
    let got = assess(
        &wd,
        "roster.xlsx",
        "scores.xlsx",
        &[
            "--sheet",
            "花名册",
            "--scores-sheet",
            "评分",
            "-o",
            "new.xlsx",
        ],
    )
    .success();
    assert_eq!(got.stdout(), want.stdout());
    let bytes = std::fs::read(wd.path("new.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK"));
    let sheets = workbook_cells(bytes);
    assert_eq!(sheets.len(), 1);
    let (name, rows) = &sheets[0];
    assert_eq!(name, "花名册");
    // The roster's own headers; ids text, steps and wages numbers, dates dates.
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert_eq!(rows[1][at("工号")], Data::String("DH001".into()));
    assert_eq!(rows[1][at("档次")], Data::Float(1.0));
    assert_eq!(rows[1][at("上年月均工资")], Data::Float(3982.37));
    assert!(matches!(rows[1][at("入职日期")], Data::DateTime(_)));
    // compute reads it back as it reads the CSV.
    let schedule = example("pump/schedule.toml");
    let pay = |roster: &str| {
        wd.run_over("compute", &schedule, roster, &["--format", "csv"])
            .success()
            .stdout()
    };
    assert_eq!(pay("new.xlsx"), pay("new.csv"));
    // The scores' own flag names the fix.
    assess(
        &wd,
        "roster.xlsx",
        "scores.xlsx",
        &["--sheet", "花名册", "--scores-sheet", "分数"],
    )
    .status(2)
    .stderr_has(&["scores.xlsx", "说明、评分", "--scores-sheet"]);
    // A name that is neither is refused before anything is read or written.
    assess(
        &wd,
        &example("pump/roster.csv"),
        &example("pump/scores.csv"),
        &["-o", "new.docx"],
    )
    .status(2)
    .stderr_has(&["new.docx"]);
    assert!(!wd.path("new.docx").exists());
}

#[test]
fn a_column_the_rules_read_is_missed_at_the_header_row_of_a_sheet_or_a_csv() {
    let wd = Workdir::new();
    let roster = std::fs::read_to_string(example("pump/roster.csv")).unwrap();
    // The rules' certificate column is 证书等级: the roster calls it otherwise.
    let renamed = roster.replacen("证书等级", "职业资格", 1);
    let plain = wd.write("plain.csv", &renamed);
    workbook_of(&wd, "roster.xlsx", "花名册", &plain);
    let csv = wd.write("roster.csv", format!("\n{renamed}"));
    let scores = example("pump/scores.csv");
    assess(&wd, "roster.xlsx", &scores, &["--sheet", "花名册"])
        .status(2)
        .stderr_has(&["roster.xlsx[花名册]!2", "no column '证书等级'"]);
    // A CSV whose header is on line 2 (a blank line above it).
    assess(&wd, &csv, &scores, &[])
        .status(2)
        .stderr_has(&["roster.csv:2", "no column '证书等级'"]);
}

#[test]
fn arrears_reads_payroll_sheets_and_writes_the_totals_sheets() {
    let wd = Workdir::new();
    wd.write(
        "paid.xlsx",
        office_workbook(
            "工资表",
            &[
                vec![Cell::Text("工号"), Cell::Text("应发工资")],
                vec![Cell::Text("DH101"), Cell::Number(3000.0)],
            ],
        ),
    );
    let (s, r) = (
        example("midyear/schedule.toml"),
        example("midyear/roster.csv"),
    );
    let arrears = |extra: &[&str]| {
        let mut args = vec![
            "arrears",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--from",
            "2026-01",
            "--to",
            "2026-02",
            "--payroll",
            "2026-01=paid.xlsx",
        ];
        args.extend(extra);
        wd.run(&args)
    };
    arrears(&["--payroll-sheet", "薪资", "-o", "a.xlsx"])
        .status(2)
        .stderr_has(&["paid.xlsx", "说明、工资表", "--payroll-sheet"]);
    assert!(!wd.path("a.xlsx").exists());
    let csv = arrears(&["--payroll-sheet", "工资表", "--format", "csv"])
        .success()
        .stdout();
    assert!(
        csv.contains("DH101,毛超俊,WL-PUMP-001,2026-01,3555.88,3000.00,555.88,payroll"),
        "{csv}"
    );
    // A CSV file opens in Excel: a BOM by default, GB18030 on request.
    arrears(&["--payroll-sheet", "工资表", "-o", "a.csv"]).success();
    assert_eq!(wd.read("a.csv"), format!("\u{feff}{csv}"));
    arrears(&[
        "--payroll-sheet",
        "工资表",
        "-o",
        "gb.csv",
        "--csv-encoding",
        "gb18030",
    ])
    .success();
    let gb = std::fs::read(wd.path("gb.csv")).unwrap();
    let (text, _, bad) = encoding_rs::GB18030.decode(&gb);
    assert!(!bad && !gb.starts_with(b"\xef\xbb\xbf"));
    assert_eq!(text, csv);
    let json = arrears(&["--payroll-sheet", "工资表", "--format", "json"])
        .success()
        .stdout();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    arrears(&["--payroll-sheet", "工资表", "-o", "a.xlsx"]).success();
    let sheets = workbook_cells(std::fs::read(wd.path("a.xlsx")).unwrap());
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["欠发工资", "按职工汇总", "按企业汇总"]);
    let yuan = |v: &serde_json::Value| v.as_str().unwrap().parse::<f64>().unwrap();
    let workers = &sheets[1].1;
    let listed = json["workers"].as_array().unwrap();
    assert_eq!(workers.len(), listed.len() + 2, "header, workers, 合计");
    for (row, w) in workers[1..].iter().zip(listed) {
        assert_eq!(
            row[0],
            Data::String(w["employee_id"].as_str().unwrap().into())
        );
        assert_eq!(row[6], Data::Float(yuan(&w["owed"])));
    }
    let total = workers.last().unwrap();
    assert_eq!(total[0], Data::String("合计".into()));
    assert_eq!(total[6], Data::Float(yuan(&json["total"]["owed"])));
    let enterprises = &sheets[2].1;
    assert_eq!(enterprises[0][1], Data::String("企业名称".into()));
    assert_eq!(
        enterprises[1][1],
        Data::String("温岭市东海泵业有限公司".into())
    );
    let last = enterprises.last().unwrap();
    assert_eq!(last[0], Data::String("合计".into()));
    assert_eq!(last[4], Data::Float(yuan(&json["total"]["owed"])));
}

#[test]
fn serve_reads_the_sheet_it_is_given() {
    use nengji::serve::{Inputs, State};
    let wd = Workdir::new();
    workbook_of(&wd, "roster.xlsx", "花名册", &example("pump/roster.csv"));
    let inputs = |sheet: &str| Inputs {
        schedule: example("pump/schedule.toml").into(),
        roster: wd.path("roster.xlsx"),
        standards: Vec::new(),
        dir: wd.path(""),
        encoding: Default::default(),
        sheet: sheet.parse().unwrap(),
        base_label: "现行".into(),
        lang: nengji::i18n::Lang::En,
    };
    let addr = "127.0.0.1:0".parse().unwrap();
    assert!(State::new(&inputs("花名册"), addr, false).is_ok());
    let first = State::new(&inputs("1"), addr, false).err().unwrap();
    assert!(
        format!("{first:#}").contains("roster.xlsx[说明]"),
        "{first:#}"
    );
    let missing = State::new(&inputs("工资"), addr, false).err().unwrap();
    assert!(
        format!("{missing:#}").contains("说明、花名册"),
        "{missing:#}"
    );
    // Through the binary: the flag reaches the roster before the server starts.
    let schedule = example("pump/schedule.toml");
    wd.run_over(
        "serve",
        &schedule,
        "roster.xlsx",
        &["--sheet", "工资", "--no-open"],
    )
    .status(2)
    .stderr_has(&["no sheet '工资'", "说明、花名册", "--sheet"]);
}

#[test]
fn batch_reads_the_registry_at_its_own_sheet() {
    let wd = Workdir::new();
    let schedule = example("pump/schedule.toml");
    let row = |v: &[&'static str]| v.iter().map(|t| Cell::Text(t)).collect::<Vec<_>>();
    let schedule: &'static str = Box::leak(schedule.into_boxed_str());
    wd.write(
        "registry.xlsx",
        office_workbook(
            "登记表",
            &[
                row(&["企业", "企业名称", "能级工资标准", "地区", "行业"]),
                row(&["WL-PUMP-001", "一号泵业", schedule, "331081", "泵与电机"]),
            ],
        ),
    );
    let roster = example("pump/roster.csv");
    let batch = |extra: &[&str]| {
        let mut args = vec![
            "batch",
            "--roster",
            &roster,
            "--registry",
            "registry.xlsx",
            "--schedule",
            schedule,
            "--out",
            "out",
        ];
        args.extend(extra);
        wd.run(&args)
    };
    // The first sheet is the notes: --sheet (the rosters') does not choose the registry's.
    batch(&["--sheet", "登记表"])
        .status(2)
        .stderr_has(&["registry.xlsx[说明]"]);
    batch(&["--registry-sheet", "登记"])
        .status(2)
        .stderr_has(&["说明、登记表", "--registry-sheet"]);
    batch(&["--registry-sheet", "登记表"]).success();
    let enterprises = wd.read("out/enterprises.csv");
    assert!(
        enterprises.contains("WL-PUMP-001,一号泵业,331081,泵与电机,"),
        "{enterprises}"
    );
}
