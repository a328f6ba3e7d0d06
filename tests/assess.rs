//! `nengji assess` through the real binary: the boundary fixture
//! (tests/fixtures/assess) with golden outputs, the new roster through
//! `nengji compute`, the pay effect against two compute runs, and bad inputs.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::assess::assess_args;
use common::{example, golden, root, Workdir};

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures/assess")
        .join(name)
        .display()
        .to_string()
}

/// Runs `nengji assess` on the fixture from inside the fixture directory, so the
/// file names in the output are short and the same on every machine.
fn assess(dir: &Workdir, extra: &[&str]) -> common::Run {
    for name in ["rules.toml", "roster.csv", "scores.csv"] {
        dir.write(name, std::fs::read(fixture(name)).unwrap());
    }
    dir.write(
        "schedule.toml",
        std::fs::read(example("starter/schedule.toml")).unwrap(),
    );
    dir.run(&assess_args(extra))
}

#[test]
fn text_report_golden() {
    let dir = Workdir::new();
    let run = assess(&dir, &["--schedule", "schedule.toml"]).success();
    golden("assess-fixture.txt", &run.stdout());
}

#[test]
fn csv_and_json_goldens() {
    let dir = Workdir::new();
    let run = assess(&dir, &["--format", "csv"]).success();
    golden("assess-fixture.csv", &run.stdout());
    let run = assess(&dir, &["--format", "json", "--schedule", "schedule.toml"]).success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(
        json["promotions"],
        serde_json::json!(["A01", "A06", "B02", "C01", "D01", "D02"])
    );
    assert_eq!(json["demotions"], serde_json::json!(["D04"]));
    let a09 = &json["workers"][8];
    assert_eq!(a09["employee_id"], "A09");
    assert_eq!(a09["quotas"][0]["admitted"], false);
    assert_eq!(a09["quotas"][0]["tie"]["key"], "业绩");
    assert_eq!(a09["attempts"][0]["cleared"], true);
    assert_eq!(json["pay_effect"]["promotions"]["monthly"], "4020.00");
    golden("assess-fixture.json", &run.stdout());
}

#[test]
fn record_golden() {
    let dir = Workdir::new();
    assess(
        &dir,
        &["--schedule", "schedule.toml", "--record", "record.md"],
    )
    .success();
    golden("assess-fixture-record.md", &dir.read("record.md"));
}

#[test]
fn the_new_roster_computes() {
    let dir = Workdir::new();
    assess(&dir, &["--output", "new.csv"]).success();
    let new = dir.read("new.csv");
    // A file gets a BOM, so Excel on a Chinese Windows reads it as UTF-8.
    let new = new.strip_prefix('\u{feff}').expect("a BOM").to_string();
    // Same header, grade and step replaced, 晋级日期 set on promotion only.
    assert_eq!(
        new.lines().next(),
        std::fs::read_to_string(fixture("roster.csv"))
            .unwrap()
            .lines()
            .next()
    );
    assert!(
        new.contains("\nA01,甲一,E1,中级,1,基础类,四级,2026-01-10,"),
        "{new}"
    );
    assert!(
        new.contains("\nD04,丁四,E4,初级,1,基础类,四级,2020-01-01,"),
        "{new}"
    );
    assert!(
        new.contains("\nA02,甲二,E1,初级,3,基础类,四级,2024-01-10,"),
        "{new}"
    );
    let run = dir
        .run(&[
            "compute",
            "--schedule",
            "schedule.toml",
            "--roster",
            "new.csv",
            "--format",
            "csv",
        ])
        .success();
    let sheet = run.stdout();
    // The starter schedule: 中级 step 1 is 3100, 高级 step 1 is 3800, 初级 step 1 is 2600.
    for (id, grade, pay) in [
        ("A01", "中级", "3100.00"),
        ("D02", "高级", "3800.00"),
        ("D04", "初级", "2600.00"),
    ] {
        let row = sheet
            .lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap();
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!((cells[3], cells[4], cells[5]), (grade, "1", pay), "{row}");
    }
}

/// Sums a compute CSV's gross column.
fn gross_total(csv: &str) -> rust_decimal::Decimal {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let gross = header.iter().position(|h| *h == "gross").unwrap();
    lines
        .map(|l| {
            l.split(',')
                .nth(gross)
                .unwrap()
                .parse::<rust_decimal::Decimal>()
                .unwrap()
        })
        .sum()
}

#[test]
fn pay_effect_matches_two_compute_runs() {
    let dir = Workdir::new();
    let run = assess(
        &dir,
        &[
            "--schedule",
            "schedule.toml",
            "--format",
            "json",
            "--output",
            "new.csv",
        ],
    )
    .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let compute = |roster: &str| {
        dir.run(&[
            "compute",
            "--schedule",
            "schedule.toml",
            "--roster",
            roster,
            "--format",
            "csv",
            "--period",
            "2026-01",
        ])
        .success()
        .stdout()
    };
    let change = gross_total(&compute("new.csv")) - gross_total(&compute("roster.csv"));
    let monthly: rust_decimal::Decimal = json["pay_effect"]["total"]["monthly"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(change, monthly);
    assert_eq!(change, rust_decimal_macros::dec!(3420));
}

#[test]
fn bad_scores_are_all_placed_and_nothing_is_written() {
    let dir = Workdir::new();
    let scores = std::fs::read_to_string(fixture("scores.csv"))
        .unwrap()
        .replace("A03,甲三,80,80,80,80", "A03,甲三,80,100.5,80,80")
        .replace("A04,甲四,80,80,80,80", "X99,甲四,80,80,80,80")
        .replace("A05,甲五,90,90,90,90", "A05,甲五,90,90,abc,90");
    assess(&dir, &["--output", "new.csv", "--record", "record.md"]);
    dir.write("scores.csv", scores);
    dir.run(&assess_args(&["--output", "out.csv", "--record", "out.md"]))
    .status(2)
    .stderr_has(&[
        "invalid input (3 problems)",
        "score 100.5 is out of range for 能力 at scores.csv:4:4 (能力); 能力 is scored from 0.00 to 100.00",
        "unknown worker 'X99': not on the roster 'roster.csv' at scores.csv:5:1 (工号)",
        "'abc' is not a score at scores.csv:6:5 (业绩)",
    ]);
    assert!(!dir.files().contains(&"out.csv".to_string()));
    assert!(!dir.files().contains(&"out.md".to_string()));
}

#[test]
fn bad_rules_are_placed() {
    let dir = Workdir::new();
    let rules = std::fs::read_to_string(fixture("rules.toml"))
        .unwrap()
        .replace("min_score = \"85\"", "min_score = 85.0");
    assess(&dir, &[]);
    dir.write("rules.toml", rules);
    dir.run(&assess_args(&[])).status(2).stderr_has(&[
        "invalid rules:",
        "binary floating point",
        "at rules.toml:52:13",
    ]);
}

#[test]
fn the_rules_must_fit_the_schedule() {
    let dir = Workdir::new();
    let rules = std::fs::read_to_string(fixture("rules.toml"))
        .unwrap()
        .replace("name = \"高级\"", "name = \"高级工\"")
        .replace("at_or_above = \"高级\"", "at_or_above = \"高级工\"");
    assess(&dir, &[]);
    dir.write("rules.toml", rules);
    dir.run(&assess_args(&["--schedule", "schedule.toml"]))
        .status(2)
        .stderr_has(&["not the schedule's ladder (初级, 中级, 高级)"]);
}

#[test]
fn the_record_name_must_say_its_format() {
    let dir = Workdir::new();
    assess(&dir, &["--record", "record.html"])
        .status(2)
        .stderr_has(&[
        "the record is written as md (--record-format md), but 'record.html' names a .html file",
        "add --record-format html",
    ]);
    assess(&dir, &["--record", "record.md", "--record-format", "docx"])
        .status(2)
        .stderr_has(&["add --record-format md or name it *.docx"]);
    assess(&dir, &["--record", "record.pdf", "--record-format", "html"])
        .status(2)
        .stderr_has(&["name it *.html (got 'record.pdf')"]);
    let run = assess(&dir, &["--record", "-", "--record-format", "docx"])
        .status(2)
        .stderr_has(&["the record cannot be written to stdout, which carries the report"]);
    assert_eq!(run.stdout(), "");
    assess(&dir, &["--record-format", "html"])
        .status(2)
        .stderr_has(&["--record <FILE>"]);
    assert!(!dir
        .files()
        .iter()
        .any(|f| f.starts_with("record.") || f.ends_with(".part")));
}

/// The fixture's record title and two rows of its results table, as a reader
/// sees them: A01 promoted 初级 -> 中级, D04 demoted 中级 -> 初级.
const RECORD_TITLE: &str = "示例机械有限公司能级认定委员会评审结果";
const RECORD_ROWS: [[&str; 7]; 2] = [
    ["A01", "甲一", "E1", "初级", "中级", "75.00", "晋升"],
    ["D04", "丁四", "E4", "中级", "初级", "59.99", "降级"],
];

#[test]
fn record_as_html() {
    let dir = Workdir::new();
    let report = assess(&dir, &["--schedule", "schedule.toml"])
        .success()
        .stdout();
    let run = assess(
        &dir,
        &[
            "--schedule",
            "schedule.toml",
            "--record",
            "record.html",
            "--record-format",
            "html",
        ],
    )
    .success();
    // The report still goes to stdout, unchanged.
    assert_eq!(run.stdout(), report);
    let html = dir.read("record.html");
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains(&format!("<title>{RECORD_TITLE}</title>")),
        "{html}"
    );
    assert!(html.contains(&format!("<h1>{RECORD_TITLE}</h1>")), "{html}");
    for row in RECORD_ROWS {
        let cells: String = row
            .iter()
            .map(|c| {
                if c.contains('.') {
                    format!("<td style=\"text-align: right\">{c}</td>")
                } else {
                    format!("<td>{c}</td>")
                }
            })
            .collect();
        assert!(html.contains(&format!("<tr>{cells}")), "{cells}\n{html}");
    }
    assert!(!html.contains("http"), "the record must load nothing");
}

#[test]
fn record_as_docx() {
    let dir = Workdir::new();
    assess(
        &dir,
        &[
            "--schedule",
            "schedule.toml",
            "--record",
            "record.docx",
            "--record-format",
            "docx",
        ],
    )
    .success();
    let path = dir.path("record.docx");
    let xml = common::docx_part(&path, "word/document.xml");
    let text = common::docx_text(&xml);
    assert_eq!(text.lines().next(), Some(RECORD_TITLE), "{text}");
    for row in RECORD_ROWS {
        let cells = format!("|{}|", row.join("|"));
        assert!(text.contains(&cells), "{cells}\n{text}");
    }
    // The promotion list: A01 as a row of its own table.
    assert!(text.contains("|A01|甲一|初级|中级|75.00|\n"), "{text}");
    let core = common::docx_part(&path, "docProps/core.xml");
    assert!(
        core.contains(&format!("<dc:title>{RECORD_TITLE}</dc:title>")),
        "{core}"
    );
    // The same input gives the same bytes.
    let first = std::fs::read(&path).unwrap();
    assess(
        &dir,
        &[
            "--schedule",
            "schedule.toml",
            "--record",
            "again.docx",
            "--record-format",
            "docx",
        ],
    )
    .success();
    assert_eq!(std::fs::read(dir.path("again.docx")).unwrap(), first);
}

#[test]
fn record_in_every_format_is_the_markdown_record() {
    let dir = Workdir::new();
    assess(&dir, &["--record", "default.md", "--record-format", "md"]).success();
    assess(&dir, &["--record", "record.MD"]).success();
    assert_eq!(dir.read("default.md"), dir.read("record.MD"));
    // What render writes from the same Markdown, byte for byte: one conversion.
    let markdown = dir.read("default.md");
    for format in [nengji::render::Format::Html, nengji::render::Format::Docx] {
        let name = format!("record.{}", format.name());
        assess(&dir, &["--record", &name, "--record-format", format.name()]).success();
        assert_eq!(
            std::fs::read(dir.path(&name)).unwrap(),
            format.write_document(&markdown).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn names_in_the_record_stay_text_in_html_and_docx() {
    let dir = Workdir::new();
    assess(&dir, &[]);
    let name = "<i>甲|一</i>";
    for file in ["roster.csv", "scores.csv"] {
        let text = std::fs::read_to_string(fixture(file))
            .unwrap()
            .replace("A01,甲一,", &format!("A01,{name},"));
        dir.write(file, text);
    }
    for format in ["html", "docx"] {
        dir.run(&assess_args(&[
            "--record",
            &format!("record.{format}"),
            "--record-format",
            format,
        ]))
        .success();
    }
    let html = dir.read("record.html");
    assert!(
        html.contains("<td>A01</td><td>&lt;i&gt;甲|一&lt;/i&gt;</td>"),
        "{html}"
    );
    assert!(!html.contains("<i>"), "{html}");
    let xml = common::docx_part(&dir.path("record.docx"), "word/document.xml");
    assert!(xml.contains("&lt;i&gt;甲|一&lt;/i&gt;"), "{xml}");
    assert!(
        common::docx_text(&xml).contains(&format!("|A01|{name}|E1|初级|中级|")),
        "{xml}"
    );
}

#[test]
fn one_input_from_stdin() {
    let dir = Workdir::new();
    assess(&dir, &[]);
    dir.run(&[
        "assess",
        "--rules",
        "rules.toml",
        "--roster",
        "-",
        "--scores",
        "-",
    ])
    .status(2)
    .stderr_has(&["only one of --roster and --scores"]);
}

#[test]
fn scores_saved_by_excel_in_gb18030_are_read() {
    let dir = Workdir::new();
    let text = assess(&dir, &["--format", "csv"]).success().stdout();
    let scores = std::fs::read_to_string(fixture("scores.csv")).unwrap();
    let (gb, _, _) = encoding_rs::GB18030.encode(&scores);
    dir.write("scores.csv", gb.as_ref());
    let again = dir
        .run(&assess_args(&["--format", "csv"]))
        .success()
        .stdout();
    assert_eq!(text, again);
}
