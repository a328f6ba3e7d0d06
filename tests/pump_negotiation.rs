//! The negotiation on the pump-industry example (examples/pump): the union's
//! proposal at +8% lifting the low paid, the employer's counter-offer, and the HTML
//! comparison of the three, looked at in headless Chromium.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant};

use common::{example, golden, Workdir};
use rust_decimal::Decimal;
use serde_json::Value;

fn pump(file: &str) -> String {
    let path = example(&format!("pump/{file}"));
    assert!(
        Path::new(&path).exists(),
        "{path} is missing: the pump example comes from the examples issue"
    );
    path
}

/// Writes the union's proposal (`proposal.toml`) and returns the report.
fn propose(dir: &Workdir) -> String {
    dir.run_lang(
        "zh",
        &[
            "propose",
            "--schedule",
            &pump("schedule.toml"),
            "--roster",
            &pump("roster.csv"),
            "--target-growth",
            "8%",
            "--mode",
            "lift-low",
            "--output",
            "proposal.toml",
        ],
    )
    .success()
    .stdout()
}

fn compare(dir: &Workdir, format: &str, output: &str) -> String {
    let proposal = dir.path("proposal.toml").display().to_string();
    dir.run_lang(
        "zh",
        &[
            "compare",
            "--roster",
            &pump("roster.csv"),
            &pump("schedule.toml"),
            &proposal,
            &pump("offer-employer.toml"),
            "--label",
            "现行",
            "--label",
            "工会方案",
            "--label",
            "企业报价",
            "--threshold",
            "2988",
            "--on-cost",
            "30%",
            "--format",
            format,
            "--output",
            output,
        ],
    )
    .success()
    .stdout()
}

fn pct(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap().trim_end_matches('%')).unwrap()
}

#[test]
fn the_union_proposal_grows_8_percent_and_lifts_the_bottom() {
    let dir = Workdir::new();
    let report = propose(&dir).replace(&example(""), "examples/");
    golden("pump_propose.txt", &report);

    compare(&dir, "json", "c.json");
    let c: Value = serde_json::from_str(&dir.read("c.json")).unwrap();
    let union = &c["offers"][0];
    let employer = &c["offers"][1];
    let growth = pct(&union["average_growth"]);
    assert!(
        (growth - Decimal::from(8)).abs() <= Decimal::from_str("0.05").unwrap(),
        "{growth}"
    );
    assert!(pct(&union["bottom_40_growth"]) > pct(&union["top_20_growth"]));
    assert_eq!(union["lifts_low"], true);
    // The counter-offer gives less, and more of it to the top.
    assert!(pct(&employer["average_growth"]) < growth);
    assert_eq!(employer["lifts_low"], false);
    assert_eq!(c["headcount"], 200);

    compare(&dir, "text", "c.txt");
    golden("pump_compare.txt", &dir.read("c.txt"));
}

/// Runs a command, killing it after `limit`.
fn run_with_limit(cmd: &mut Command, limit: Duration) -> std::process::Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start chromium ({e}): install it (apt-get install -y chromium, as .ci/run does) or set CHROMIUM")
        });
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("chromium did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn chromium(dir: &Workdir, extra: &[&str], page: &str) -> std::process::Output {
    let mut cmd = common::headless_chromium(&dir.path("chromium-profile"));
    cmd.args(extra).arg(format!("file://{page}"));
    let out = run_with_limit(&mut cmd, Duration::from_secs(120));
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The text of an HTML document: tags dropped, entities of the writer undone.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
}

#[test]
fn the_html_comparison_in_headless_chromium() {
    let dir = Workdir::new();
    propose(&dir);
    compare(&dir, "html", "compare.html");
    let page = dir.path("compare.html").display().to_string();

    let shot = dir.path("compare.png");
    chromium(
        &dir,
        &[
            "--window-size=900,3400",
            &format!("--screenshot={}", shot.display()),
        ],
        &page,
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // A blank page of this size compresses to a few kilobytes; charts and tables do not.
    assert!(
        png.len() > 60_000,
        "the screenshot looks empty: {} bytes",
        png.len()
    );
    // Keep it where people can look at it.
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compare-pump.png");
    std::fs::copy(&shot, &keep).unwrap();

    let dom = String::from_utf8(chromium(&dir, &["--dump-dom"], &page).stdout).unwrap();
    // The four charts are in the rendered DOM as inline SVG.
    assert_eq!(dom.matches("<svg").count(), 4);
    let text = text_of(&dom);
    for figure in [
        "方案对比",
        "现行",
        "工会方案",
        "企业报价",
        "平均增长 +8.00%",
        "扩中提低：是",
        "扩中提低：否",
        "1,195,557.96",
        "平均应发工资（按能级）",
        "工资分布",
        "阈值 2,988.00",
        "每年增加的成本",
        "增长与工资指导线",
        "首席技师",
    ] {
        assert!(text.contains(figure), "the page does not show {figure:?}");
    }
}
