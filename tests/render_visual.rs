//! The printed pages as pictures: a fixed set of pages (the offer, the
//! contract's first and signature pages, the notice, the industry agreement's
//! middle pages, the comparison's charts, a DOCX through LibreOffice and the
//! GB/T 9704 style) printed to PDF, rasterised by pdftoppm to 8-bit grey PNG
//! at 40 dpi and compared with the baselines in tests/visual/. A page differs
//! when more than 1.5% of its pixels differ by more than a quarter of the grey
//! range, or when the page count or size changes: a layout regression (a
//! column squeezed, a title wrapped, a page spilled) fails the test.
//!
//! `UPDATE_VISUAL=1` rewrites the baselines (look at them before committing);
//! `UPDATE_VISUAL=<label>` keeps a page that matches none of its baselines as
//! a variant, `<page>.<label>.png`, for another build of the same renderer
//! (a page passes when it matches any of them).
//! A failing page is kept in target/tmp/visual/ to be looked at. Without
//! chromium, libreoffice, pdftoppm or the Noto CJK fonts the test fails and
//! says what to install, as tests/render_pdf.rs does.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{example, root, Workdir};

const DPI: &str = "40";
/// Share of pixels that may differ, in hundredths of a percent (1.5%), and by
/// how much a pixel must differ. Integers: the crate's lints forbid floats.
const TOLERANCE: usize = 150;
const INK: u8 = 64;

/// One document to print: a file name, the render (or compare) arguments,
/// and the pages kept (1-based).
struct Print {
    name: &'static str,
    args: Vec<String>,
    pages: &'static [u32],
}

fn render(name: &str, document: &str, extra: &[&str], out: &str) -> Vec<String> {
    let mut args: Vec<String> = vec![
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
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn prints() -> Vec<Print> {
    vec![
        Print {
            name: "courier-offer.html",
            args: render("courier", "offer", &[], "courier-offer.html"),
            pages: &[1, 2],
        },
        Print {
            name: "courier-contract.html",
            args: render("courier", "contract", &[], "courier-contract.html"),
            pages: &[1, 6],
        },
        Print {
            name: "pump-notice.html",
            args: render("pump", "notice", &[], "pump-notice.html"),
            pages: &[1],
        },
        Print {
            name: "pump-industry-agreement.html",
            args: render(
                "pump",
                "industry-agreement",
                &[],
                "pump-industry-agreement.html",
            ),
            pages: &[3, 4],
        },
        Print {
            name: "courier-contract.docx",
            args: render("courier", "contract", &[], "courier-contract.docx"),
            pages: &[1, 7],
        },
        Print {
            name: "courier-official.html",
            args: render(
                "courier",
                "contract",
                &["--style", "official"],
                "courier-official.html",
            ),
            pages: &[1],
        },
        Print {
            name: "courier-official.docx",
            args: render(
                "courier",
                "contract",
                &["--style", "official"],
                "courier-official.docx",
            ),
            pages: &[1, 2],
        },
        Print {
            name: "pump-compare.html",
            args: vec![
                "compare".into(),
                "--roster".into(),
                example("pump/roster.csv"),
                example("pump/schedule.toml"),
                example("pump/offer-employer.toml"),
                "--label".into(),
                "现行".into(),
                "--label".into(),
                "企业报价".into(),
                "--threshold".into(),
                "2988".into(),
                "--standards".into(),
                "zhejiang".into(),
                "--standards".into(),
                example("standards/examples.toml"),
                "--format".into(),
                "html".into(),
                "-o".into(),
                "pump-compare.html".into(),
            ],
            pages: &[1, 2, 3],
        },
    ]
}

/// A grey PNG: width, height, one byte a pixel.
fn read_png(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.bit_depth, png::BitDepth::Eight, "{}", path.display());
    buf.truncate(info.buffer_size());
    // pdftoppm writes grey or RGB depending on its version: compare in grey.
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("{}: unexpected colour type {other:?}", path.display()),
    };
    let grey = buf
        .chunks(channels)
        .map(|p| {
            let colours = &p[..channels.min(3)];
            let sum: u32 = colours.iter().map(|&c| u32::from(c)).sum();
            u8::try_from(sum / colours.len() as u32).unwrap_or(u8::MAX)
        })
        .collect();
    (info.width, info.height, grey)
}

/// The share of pixels that differ by more than INK, in hundredths of a percent.
fn difference(a: &[u8], b: &[u8]) -> usize {
    let differ = a
        .iter()
        .zip(b)
        .filter(|(x, y)| x.abs_diff(**y) > INK)
        .count();
    differ * 10_000 / a.len().max(1)
}

/// Hundredths of a percent as a percentage with two places.
fn percent(d: usize) -> String {
    format!("{}.{:02}%", d / 100, d % 100)
}

fn pdf_of(wd: &Workdir, file: &str, profile: &Path) -> PathBuf {
    let input = wd.path(file);
    let pdf = input.with_extension("pdf");
    if file.ends_with(".docx") {
        let out = Command::new("libreoffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(input.parent().unwrap())
            .arg(&input)
            .output()
            .unwrap();
        assert!(out.status.success(), "libreoffice failed on {file}");
    } else {
        let out = common::headless_chromium(profile)
            .arg("--no-pdf-header-footer")
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(&input)
            .output()
            .unwrap();
        assert!(pdf.exists(), "chromium printed no PDF of {file}: {out:?}");
    }
    assert!(pdf.exists(), "no PDF of {file}");
    pdf
}

/// A page's baseline, `<page>.png`, then its variants, `<page>.<label>.png`.
fn variants(baselines: &Path, page: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(baselines)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(page))
                .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".png"))
        })
        .collect();
    // The baseline itself first.
    found.sort_by_key(|p| {
        (
            p.file_name().and_then(|n| n.to_str()).map(str::len),
            p.clone(),
        )
    });
    found
}

fn page_count(pdf: &Path) -> u32 {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gives no page count for {}", pdf.display()))
}

#[test]
fn printed_pages_match_their_baselines() {
    common::require_print_tools();
    let update = std::env::var("UPDATE_VISUAL").ok();
    let baselines = root().join("tests/visual");
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("visual");
    std::fs::create_dir_all(&keep).unwrap();
    let wd = Workdir::new();
    let profile = wd.path("profile");
    let mut failures = Vec::new();
    for print in prints() {
        let args: Vec<&str> = print.args.iter().map(String::as_str).collect();
        // The pages as a Chinese reader gets them: the documents are Chinese
        // whatever the language, the comparison follows NENGJI_LANG.
        let run = wd.run_lang("zh", &args);
        assert!(
            run.code() <= 1,
            "{} did not render: {}",
            print.name,
            run.stderr()
        );
        let pdf = pdf_of(&wd, print.name, &profile);
        let pages = page_count(&pdf);
        let stem = print.name.replace('.', "-");
        // The page count is part of the layout: a spilled page is a regression.
        let count_file = baselines.join(format!("{stem}.pages"));
        if update.as_deref() == Some("1") {
            std::fs::create_dir_all(&baselines).unwrap();
            std::fs::write(&count_file, format!("{pages}\n")).unwrap();
        } else {
            let want = std::fs::read_to_string(&count_file).unwrap_or_else(|_| {
                panic!("no baseline {}: UPDATE_VISUAL=1", count_file.display())
            });
            if want.trim() != pages.to_string() {
                failures.push(format!(
                    "{}: {pages} pages, baseline {}",
                    print.name,
                    want.trim()
                ));
            }
        }
        for &page in print.pages {
            let prefix = wd.path(&format!("{stem}-{page}"));
            let out = Command::new("pdftoppm")
                .args(["-r", DPI, "-gray", "-png", "-singlefile"])
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf)
                .arg(&prefix)
                .output()
                .unwrap();
            assert!(out.status.success(), "pdftoppm failed on {}", pdf.display());
            let actual = prefix.with_extension("png");
            let baseline = baselines.join(format!("{stem}-{page}.png"));
            if update.as_deref() == Some("1") {
                std::fs::copy(&actual, &baseline).unwrap();
                continue;
            }
            assert!(
                baseline.exists(),
                "no baseline {}: run with UPDATE_VISUAL=1 and look at it",
                baseline.display()
            );
            let (w, h, got) = read_png(&actual);
            let kept = keep.join(format!("{stem}-{page}.png"));
            // The page against its baseline and the variants of it that
            // another build of the same renderer gives (Debian's LibreOffice
            // 7.4.7.2 builds break a line of the official DOCX at different
            // places): it passes within the tolerance of any of them.
            let mut nearest: Option<String> = None;
            let mut matched = false;
            for want_file in variants(&baselines, &format!("{stem}-{page}")) {
                let (bw, bh, want) = read_png(&want_file);
                let d = difference(&got, &want);
                if (w, h) == (bw, bh) && d <= TOLERANCE {
                    matched = true;
                    break;
                }
                nearest.get_or_insert(if (w, h) != (bw, bh) {
                    format!("{w}x{h}, baseline {bw}x{bh}")
                } else {
                    format!(
                        "{} of the pixels differ (at most {})",
                        percent(d),
                        percent(TOLERANCE)
                    )
                });
            }
            if matched {
                continue;
            }
            if let Some(label) = update.as_deref() {
                // UPDATE_VISUAL=<label>: keep this rendering as a variant.
                std::fs::copy(
                    &actual,
                    baselines.join(format!("{stem}-{page}.{label}.png")),
                )
                .unwrap();
                continue;
            }
            std::fs::copy(&actual, &kept).unwrap();
            failures.push(format!(
                "{} page {page}: {}; see {}",
                print.name,
                nearest.unwrap_or_default(),
                kept.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "layout changed:\n{}",
        failures.join("\n")
    );
}

/// The comparison itself must see a layout break: the same page with its
/// columns squeezed differs by more than the tolerance.
#[test]
fn a_squeezed_table_is_beyond_the_tolerance() {
    common::require_print_tools();
    let wd = Workdir::new();
    let profile = wd.path("profile");
    wd.run(
        &render("courier", "offer", &[], "good.html")
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    // The layout before issue 12: no column sizes, so short columns stack.
    let bad = wd
        .read("good.html")
        .replace("table.sized { table-layout: fixed; }", "")
        .replace("<colgroup>", "<colgroup hidden>")
        .replace("<col style=", "<col data-style=");
    wd.write("bad.html", bad);
    let mut pictures = Vec::new();
    for name in ["good.html", "bad.html"] {
        let pdf = pdf_of(&wd, name, &profile);
        let prefix = wd.path(name.trim_end_matches(".html"));
        let out = Command::new("pdftoppm")
            .args([
                "-r",
                DPI,
                "-gray",
                "-png",
                "-singlefile",
                "-f",
                "2",
                "-l",
                "2",
            ])
            .arg(&pdf)
            .arg(&prefix)
            .output()
            .unwrap();
        assert!(out.status.success());
        pictures.push(read_png(&prefix.with_extension("png")));
    }
    let (good, bad) = (&pictures[0], &pictures[1]);
    assert_eq!((good.0, good.1), (bad.0, bad.1));
    let d = difference(&good.2, &bad.2);
    assert!(
        d > TOLERANCE,
        "a squeezed table differs by only {}",
        percent(d)
    );
}
