//! Proof in real tools: the HTML documents printed to PDF by headless Chromium,
//! the DOCX documents converted to PDF by LibreOffice, and the text pdftotext
//! extracts from them holding the pay table figures, the totals and the sums in
//! capital numerals; and the same for the assessment record (`nengji assess
//! --record-format`), holding the workers' names and assessed grades.
//!
//! Needs Debian's chromium, libreoffice-writer, poppler-utils and fonts-noto-cjk
//! (.ci/run installs them). Without them the tests fail and say what to
//! install: a skipped proof would pass while proving nothing.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use common::{example, Workdir};
use nengji::render::capital;
use nengji::{Money, Schedule};
use rust_decimal::Decimal;

const EXAMPLES: [(&str, &str); 3] = [
    ("starter", "contract"),
    ("courier", "contract"),
    ("pump", "industry-agreement"),
];

/// Fails, naming what to install, when a tool or the CJK fonts are missing.
fn require_tools() {
    common::require_print_tools();
}

fn chromium_pdf(html: &Path, pdf: &Path, profile: &Path) {
    let status = common::headless_chromium(profile)
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html)
        .output()
        .unwrap();
    assert!(
        pdf.exists(),
        "chromium wrote no PDF for {}: {}",
        html.display(),
        String::from_utf8_lossy(&status.stderr)
    );
}

fn libreoffice_pdfs(docx: &[std::path::PathBuf], outdir: &Path, profile: &Path) {
    let out = Command::new("libreoffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(outdir)
        .args(docx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "libreoffice failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `pdftotext` of a PDF, in reading order or (`-layout`) as laid out on the page.
fn pdftotext(pdf: &Path, layout: bool) -> String {
    let mut cmd = Command::new("pdftotext");
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd.arg(pdf).arg("-").output().unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).unwrap()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The PDF's pages as text with all white space removed (lines wrap anywhere in
/// Chinese text).
fn pages(pdf: &Path) -> Vec<String> {
    pdftotext(pdf, false)
        .split('\u{c}')
        .map(squeeze)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The PDF's lines as laid out on the page (`pdftotext -layout`), white space
/// removed: a table row whose cells do not wrap is one line, its cells run together.
fn layout_lines(pdf: &Path) -> Vec<String> {
    pdftotext(pdf, true)
        .lines()
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .collect()
}

fn wage_bill(wd: &Workdir, name: &str) -> Money {
    let csv = common::compute_csv(wd, name);
    let mut lines = csv.lines();
    let gross = lines
        .next()
        .unwrap()
        .split(',')
        .position(|h| h == "gross")
        .unwrap();
    Money::new(
        lines
            .map(|l| Decimal::from_str(l.split(',').nth(gross).unwrap()).unwrap())
            .sum(),
    )
}

#[test]
fn printed_documents_carry_the_figures() {
    require_tools();
    let wd = Workdir::new();
    let profile = wd.path("profile");
    let mut jobs: Vec<(String, String, String)> = Vec::new();
    for (name, main) in EXAMPLES {
        for document in [main, "offer", "notice"] {
            let stem = format!("{name}-{document}");
            for format in ["html", "docx"] {
                wd.run_over(
                    "render",
                    &example(&format!("{name}/schedule.toml")),
                    &example(&format!("{name}/roster.csv")),
                    &[
                        "--document",
                        document,
                        "--format",
                        format,
                        "--date",
                        "2025-11-03",
                        "-o",
                        &format!("{stem}.{format}"),
                    ],
                )
                .success();
            }
            jobs.push((name.to_string(), document.to_string(), stem));
        }
    }
    let docx: Vec<_> = jobs
        .iter()
        .map(|(_, _, s)| wd.path(&format!("{s}.docx")))
        .collect();
    std::fs::create_dir_all(wd.path("lo")).unwrap();
    libreoffice_pdfs(&docx, &wd.path("lo"), &wd.path("lo-profile"));

    for (name, document, stem) in &jobs {
        let schedule_text =
            std::fs::read_to_string(example(&format!("{name}/schedule.toml"))).unwrap();
        let schedule = Schedule::parse("schedule.toml", &schedule_text).unwrap();
        let bill = wage_bill(&wd, name);
        let html_pdf = wd.path(&format!("{stem}-html.pdf"));
        chromium_pdf(&wd.path(&format!("{stem}.html")), &html_pdf, &profile);
        let docx_pdf = wd.path(&format!("lo/{stem}.pdf"));
        for pdf in [&html_pdf, &docx_pdf] {
            let pages = pages(pdf);
            let text = pages.concat();
            let at = format!("{} ({name} {document})", pdf.display());
            // Every figure of the pay table.
            for grade in &schedule.grades {
                assert!(text.contains(&grade.name), "{at}: grade {}", grade.name);
                for pay in &grade.pay {
                    assert!(text.contains(&pay.grouped()), "{at}: pay {}", pay.grouped());
                }
            }
            // The wage bill as compute sums it, in figures and, where the
            // document states the sum in words, in capital numerals.
            assert!(
                text.contains(&bill.grouped()),
                "{at}: wage bill {}",
                bill.grouped()
            );
            let lowest = schedule
                .grades
                .iter()
                .flat_map(|g| g.pay.iter().copied())
                .min()
                .unwrap();
            if document != "notice" {
                let words = capital(lowest).unwrap();
                assert!(
                    text.contains(&format!("人民币{words}")),
                    "{at}: lowest pay in words {words}"
                );
            }
            if document.as_str() != "notice" {
                let words = capital(bill).unwrap();
                assert!(
                    text.contains(&format!("人民币{words}")),
                    "{at}: wage bill in words {words}"
                );
            }
            match document.as_str() {
                "offer" => assert!(
                    text.contains("即不迟于2025年11月17日"),
                    "{at}: reply deadline"
                ),
                "notice" => assert_eq!(pages.len(), 1, "{at}: the notice fits one page"),
                _ => {
                    assert!(text.contains(&schedule.meta.title), "{at}: title");
                    // The signatures stand on a page of their own.
                    let last = pages.last().unwrap();
                    assert!(last.contains("首席代表（签字）"), "{at}: signature page");
                    assert!(
                        !last.contains("（以下无正文）"),
                        "{at}: page break before the signatures"
                    );
                }
            }
        }
    }
}

#[test]
fn printed_assessment_record_carries_the_decisions() {
    require_tools();
    let wd = Workdir::new();
    let assess = |extra: &[&str]| {
        let args = common::pump_assess_args(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        wd.run(&args).success().stdout()
    };
    // The decisions as the JSON report states them.
    let json: serde_json::Value = serde_json::from_str(&assess(&["--format", "json"])).unwrap();
    let text = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    let changed: Vec<(String, String, String)> = json["workers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["change"] == "promoted" || w["change"] == "demoted")
        .map(|w| {
            (
                text(&w["name"]),
                text(&w["assessed_grade"]),
                // The row of the promotion or demotion list: id, name, grade
                // before, assessed grade, total.
                [
                    "employee_id",
                    "name",
                    "current_grade",
                    "assessed_grade",
                    "total",
                ]
                .iter()
                .map(|k| text(&w[*k]))
                .collect(),
            )
        })
        .collect();
    assert_eq!(changed.len(), 39, "38 promotions and one demotion");
    for format in ["html", "docx"] {
        assess(&[
            "--record",
            &format!("record.{format}"),
            "--record-format",
            format,
        ]);
    }
    std::fs::create_dir_all(wd.path("lo")).unwrap();
    libreoffice_pdfs(
        &[wd.path("record.docx")],
        &wd.path("lo"),
        &wd.path("lo-profile"),
    );
    let html_pdf = wd.path("record-html.pdf");
    chromium_pdf(&wd.path("record.html"), &html_pdf, &wd.path("profile"));

    for pdf in [&html_pdf, &wd.path("lo/record.pdf")] {
        let at = pdf.display();
        let pages = pages(pdf);
        let whole = pages.concat();
        let lines = layout_lines(pdf);
        assert!(
            whole.contains("温岭市泵与电机行业能级认定委员会评审结果"),
            "{at}: title"
        );
        for (name, grade, row) in &changed {
            assert!(whole.contains(name.as_str()), "{at}: name {name}");
            assert!(whole.contains(grade.as_str()), "{at}: grade {grade}");
            assert!(
                lines.iter().any(|l| l.contains(row.as_str())),
                "{at}: the list row {row}"
            );
        }
        // The pay effect's total row, and the seal at the end.
        assert!(
            lines
                .iter()
                .any(|l| l.contains("工资总额全部变化19219,828.7419,000.00256,944.88")),
            "{at}: wage bill row"
        );
        assert!(
            pages
                .last()
                .unwrap()
                .contains("温岭市泵与电机行业能级认定委员会（盖章）"),
            "{at}: seal on the last page"
        );
    }
}
