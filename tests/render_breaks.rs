//! Page breaks of the printed HTML documents: no page ends with a large blank
//! before its type area's bottom, except before the signature page (which
//! starts on a page of its own). A long table splits between rows instead of
//! moving whole to the next page; a heading stays with what follows it.
//!
//! Prints with headless Chromium and measures each page's lowest line with
//! `pdftotext -bbox-layout` (poppler-utils); fails, naming the packages, when
//! the tools are missing.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::Path;
use std::process::Command;

use common::{example, Workdir};

/// The standard page: A4 (842 pt high) with a 22 mm (62 pt) bottom margin and
/// a type area of 709 pt; a page may end at most 15% of it (106 pt) short.
const BOTTOM_MARGIN: u32 = 62;
const MOST_BLANK: u32 = 106;

/// Per page, its height and its lowest line's bottom, in whole points, and
/// its text.
fn pages(pdf: &Path) -> Vec<(u32, u32, String)> {
    let out = Command::new("pdftotext")
        .args(["-bbox-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let xml = String::from_utf8_lossy(&out.stdout).into_owned();
    let points = |tag: &str, name: &str| -> u32 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..].split(['.', '"']).next().unwrap().parse().unwrap()
    };
    let mut pages = Vec::new();
    for page in xml.split("<page ").skip(1) {
        let height = points(page, "height");
        let lowest = page
            .split("<line ")
            .skip(1)
            .map(|line| points(line, "yMax"))
            .max()
            .unwrap_or(0);
        let text: String = page
            .split("<word ")
            .skip(1)
            .filter_map(|w| w.split_once('>').map(|(_, rest)| rest))
            .filter_map(|rest| rest.split_once("</word>").map(|(word, _)| word))
            .collect();
        pages.push((height, lowest, text));
    }
    pages
}

fn print(wd: &Workdir, args: &[String], html: &str) -> Vec<(u32, u32, String)> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    wd.run(&args).success();
    let pdf = wd.path(html).with_extension("pdf");
    let out = common::headless_chromium(&wd.path("profile"))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(wd.path(html))
        .output()
        .unwrap();
    assert!(pdf.exists(), "chromium printed no PDF of {html}: {out:?}");
    pages(&pdf)
}

/// The pages that end too short, as (page number, points left blank).
fn short_pages(pages: &[(u32, u32, String)]) -> Vec<(usize, u32)> {
    let mut short = Vec::new();
    for (i, (height, lowest, _)) in pages.iter().enumerate() {
        let Some((_, _, next)) = pages.get(i + 1) else {
            continue; // the last page ends where the text does
        };
        if next.starts_with("（此页无正文）") {
            continue; // the signature page starts a page of its own
        }
        let blank = height.saturating_sub(BOTTOM_MARGIN).saturating_sub(*lowest);
        if blank > MOST_BLANK {
            short.push((i + 1, blank));
        }
    }
    short
}

fn render_args(name: &str, document: &str, out: &str) -> Vec<String> {
    vec![
        "render".into(),
        "--schedule".into(),
        example(&format!("{name}/schedule.toml")),
        "--roster".into(),
        example(&format!("{name}/roster.csv")),
        "--document".into(),
        document.into(),
        "--date".into(),
        "2026-09-28".into(),
        "-o".into(),
        out.into(),
    ]
}

#[test]
fn no_page_ends_with_a_large_blank() {
    common::require_print_tools();
    let wd = Workdir::new();
    for (name, document) in [
        ("pump", "industry-agreement"),
        ("starter", "contract"),
        ("courier", "contract"),
    ] {
        let html = format!("{name}-{document}.html");
        let pages = print(&wd, &render_args(name, document, &html), &html);
        assert!(pages.len() > 3, "{html}: {} pages", pages.len());
        assert_eq!(
            short_pages(&pages),
            Vec::<(usize, u32)>::new(),
            "{html}: pages (number, points blank) that end more than {MOST_BLANK} pt short"
        );
    }
}

#[test]
fn the_measure_finds_a_table_moved_whole() {
    // The old rule kept every table whole: the pump agreement's 9-row wage
    // table then moved to page 5 and left a fifth of page 4 blank.
    common::require_print_tools();
    let wd = Workdir::new();
    let html = "pump-industry-agreement.html";
    let args = render_args("pump", "industry-agreement", html);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    wd.run(&args).success();
    let page = wd.read(html).replace(
        "table.long { page-break-inside: auto; break-inside: auto; }",
        "",
    );
    wd.write("old.html", page);
    let pdf = wd.path("old.pdf");
    common::headless_chromium(&wd.path("profile"))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(wd.path("old.html"))
        .output()
        .unwrap();
    let short = short_pages(&pages(&pdf));
    assert!(!short.is_empty(), "the measure should catch the old layout");
}
