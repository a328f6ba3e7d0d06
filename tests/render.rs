//! `nengji render` and `nengji templates` through the real binary: golden
//! documents for every shipped example in every format, the figures against
//! `nengji compute`, escaping, user templates and their errors, drafts.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::BTreeMap;
use std::str::FromStr;

use common::{example, golden, Workdir};
use rust_decimal::Decimal;

/// Each shipped example with its main document.
const EXAMPLES: [(&str, &str); 3] = [
    ("starter", "contract"),
    ("courier", "contract"),
    ("pump", "industry-agreement"),
];

/// The date the documents carry (a Monday), so outputs do not depend on today.
const DATE: &str = "2025-11-03";

fn render_args(name: &str, document: &str, format: &str, out: &str) -> Vec<String> {
    [
        "render",
        "--schedule",
        &example(&format!("{name}/schedule.toml")),
        "--roster",
        &example(&format!("{name}/roster.csv")),
        "--document",
        document,
        "--format",
        format,
        "--date",
        DATE,
        "--output",
        out,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn run(wd: &Workdir, args: &[String]) -> common::Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    wd.run(&args)
}

/// The main part of a .docx, one paragraph or table row a line for review.
pub fn document_xml(path: &std::path::Path) -> String {
    common::docx_part(path, "word/document.xml")
        .replace("</w:p>", "</w:p>\n")
        .replace("</w:tr>", "</w:tr>\n")
}

#[test]
fn golden_documents_for_every_example_and_format() {
    let wd = Workdir::new();
    for (name, main) in EXAMPLES {
        for document in [main, "offer", "notice"] {
            for format in ["md", "html", "docx"] {
                let out = format!("{name}-{document}.{format}");
                run(&wd, &render_args(name, document, format, &out)).success();
                let golden_name = format!("render-{name}-{document}.{format}");
                match format {
                    "docx" => golden(&format!("{golden_name}.xml"), &document_xml(&wd.path(&out))),
                    _ => golden(&golden_name, &wd.read(&out)),
                }
            }
        }
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(&s.replace(',', "")).unwrap()
}

/// Per grade (headcount, gross) and the total from `nengji compute --format csv`,
/// summed here.
fn computed(wd: &Workdir, name: &str) -> (BTreeMap<String, (u64, Decimal)>, u64, Decimal) {
    let out = common::compute_csv(wd, name);
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let grade = header.iter().position(|h| *h == "grade").unwrap();
    let gross = header.iter().position(|h| *h == "gross").unwrap();
    let mut per_grade: BTreeMap<String, (u64, Decimal)> = BTreeMap::new();
    let (mut count, mut total) = (0u64, Decimal::ZERO);
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        let g = per_grade.entry(cells[grade].to_string()).or_default();
        g.0 += 1;
        g.1 += dec(cells[gross]);
        count += 1;
        total += dec(cells[gross]);
    }
    (per_grade, count, total)
}

#[test]
fn roster_figures_are_the_figures_compute_gives() {
    let wd = Workdir::new();
    for (name, main) in EXAMPLES {
        let (per_grade, count, total) = computed(&wd, name);
        let out = format!("{name}.md");
        run(&wd, &render_args(name, main, "md", &out)).success();
        let md = wd.read(&out);
        for (grade, (n, gross)) in &per_grade {
            let row = md
                .lines()
                .find(|l| l.starts_with(&format!("| {grade} | {n} |")))
                .unwrap_or_else(|| panic!("{name}: no figures row for {grade} with {n} workers"));
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            assert_eq!(dec(cells[4]), *gross, "{name} {grade}");
        }
        let totals = md.lines().find(|l| l.starts_with("| 合计 |")).unwrap();
        let cells: Vec<&str> = totals.split('|').map(str::trim).collect();
        assert_eq!(cells[2], count.to_string(), "{name}");
        assert_eq!(dec(cells[4]), total, "{name}");
        assert!(
            md.contains(&format!(
                "代表{}全体职工{count}人",
                if main == "contract" { "" } else { "本行业" }
            )),
            "{name}: headcount in the parties clause"
        );
    }
}

#[test]
fn starter_contract_states_sums_in_capital_numerals() {
    let wd = Workdir::new();
    run(&wd, &render_args("starter", "contract", "md", "c.md")).success();
    let md = wd.read("c.md");
    // Lowest and highest grade pay, the fixed heat allowance, the wage bill
    // 31,742.89 (the sum of `nengji compute`'s gross column) and the average
    // 31,742.89 / 8 = 3,967.86125 -> 3,967.86.
    for words in [
        "每月2,600.00元（人民币贰仟陆佰元整）",
        "每月4,100.00元（人民币肆仟壹佰元整）",
        "每月发放300元（人民币叁佰元整）",
        "31,742.89元（人民币叁万壹仟柒佰肆拾贰元捌角玖分）",
        "3,967.86元（人民币叁仟玖佰陆拾柒元捌角陆分）",
        "自2026年1月1日起至2026年12月31日止",
    ] {
        assert!(md.contains(words), "lacks {words}");
    }
}

#[test]
fn average_change_against_last_year() {
    let wd = Workdir::new();
    // The starter roster with last year's monthly average pay for two workers:
    // S004 earns 2,860.00 now and S007 3,015.16 (see `nengji compute`), together
    // 5,875.16 against 2,600 + 2,800 = 5,400 last year: +8.80% (475.16 / 5400).
    let roster = std::fs::read_to_string(example("starter/roster.csv")).unwrap();
    let mut lines: Vec<String> = Vec::new();
    for (i, line) in roster.lines().enumerate() {
        let extra = match (i, line.split(',').next()) {
            (0, _) => "上年月均工资",
            (_, Some("S004")) => "2600",
            (_, Some("S007")) => "2800",
            _ => "",
        };
        lines.push(format!("{line},{extra}"));
    }
    let roster = wd.write("roster.csv", lines.join("\n") + "\n");
    let schedule = example("starter/schedule.toml");
    wd.run_over(
        "render",
        &schedule,
        &roster,
        &["--document", "contract", "-o", "c.md"],
    )
    .success();
    let md = wd.read("c.md");
    // One basis: the two workers' averages this year and last, and their count
    // (5,875.16 / 2 = 2,937.58 against 2,700.00). The old text put the whole
    // roster's average next to the two workers' growth.
    assert!(
        md.contains("其中有上年工资记录的2名职工，本期人均月工资2,937.58元，较其上年月均工资2,700.00元增长8.80%。"),
        "{md}"
    );
    assert!(!md.contains("元，较上年月均工资"), "{md}");
}

#[test]
fn input_text_cannot_inject_markup_in_any_format() {
    let wd = Workdir::new();
    let schedule = std::fs::read_to_string(example("starter/schedule.toml"))
        .unwrap()
        .replace(
            "employer = \"示例机械有限公司\"",
            "employer = \"<script>alert(1)</script>\"",
        )
        .replace(
            "union = \"示例机械有限公司工会委员会\"",
            "union = \"| x | **工会** [链接](http://example.com)\"",
        )
        .replace("name = \"高温津贴\"", "name = \"高温<b>津贴</b> & 补贴\"");
    let schedule = wd.write("s.toml", schedule);
    let render = |format: &str, out: &str| {
        wd.run(&[
            "render",
            "--schedule",
            &schedule,
            "--document",
            "contract",
            "--format",
            format,
            "-o",
            out,
        ])
        .success();
    };
    render("md", "c.md");
    render("html", "c.html");
    render("docx", "c.docx");

    let md = wd.read("c.md");
    let signature_row = md.lines().find(|l| l.starts_with("| 甲方：")).unwrap();
    // Two cells, their pipes escaped: a `| x |` in a name adds no column.
    assert_eq!(signature_row.matches(" | ").count(), 1, "{signature_row}");
    assert!(signature_row.contains("\\| x \\|"), "{signature_row}");
    assert!(md.contains("\\<script\\>"));

    let html = wd.read("c.html");
    assert!(
        !html.contains("<script"),
        "HTML must not carry a script tag"
    );
    assert!(
        !html.contains("<b>津贴"),
        "HTML must not carry input markup"
    );
    assert!(!html.contains("href="), "a link in input stays text");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("| x | **工会** [链接](http://example.com)"));
    assert!(html.contains("高温&lt;b&gt;津贴&lt;/b&gt; &amp; 补贴"));

    let xml = document_xml(&wd.path("c.docx"));
    assert!(!xml.contains("<script"));
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(xml.contains("高温&lt;b&gt;津贴&lt;/b&gt; &amp; 补贴"));
}

#[test]
fn offer_reply_deadline_by_region() {
    let wd = Workdir::new();
    let zhejiang = example("starter/schedule.toml");
    wd.run(&[
        "render",
        "--schedule",
        &zhejiang,
        "--document",
        "offer",
        "--date",
        "2025-11-07",
        "-o",
        "zj.md",
    ])
    .success();
    // Friday 2025-11-07 + 10 working days (浙江省集体合同条例 Art 7) = Friday 2025-11-21.
    let zj = wd.read("zj.md");
    assert!(zj.contains("十个工作日内以书面形式予以答复（《浙江省集体合同条例》第七条）；按本要约书于2025年11月7日送达计算，即不迟于2025年11月21日（工作日按国务院办公厅公布的节假日安排计算"), "{zj}");
    assert!(
        !zj.contains("相应顺延"),
        "the date is counted, not hedged: {zj}"
    );

    let beijing = std::fs::read_to_string(&zhejiang)
        .unwrap()
        .replace("region = \"331081\"", "region = \"110105\"");
    let beijing = wd.write("bj.toml", beijing);
    let offer = |schedule: &str, date: &str| {
        let out = format!("{date}.md");
        let run = wd.run(&[
            "render",
            "--schedule",
            schedule,
            "--document",
            "offer",
            "--date",
            date,
            "-o",
            &out,
        ]);
        (wd.read(&out), run)
    };
    // 集体合同规定 Art 32: 20 days from 2025-11-07 -> Thursday 2025-11-27.
    let (bj, _) = offer(&beijing, "2025-11-07");
    assert!(
        bj.contains("二十日内以书面形式予以答复（《集体合同规定》第三十二条）；按本要约书于2025年11月7日送达计算，即不迟于2025年11月27日。"),
        "{bj}"
    );
    assert!(!bj.contains("浙江"), "no Zhejiang rule outside Zhejiang");
    // 20 days from 2026-01-05 end on Sunday 1-25: 民法典 Art 203 moves it to Monday.
    let (bj, _) = offer(&beijing, "2026-01-05");
    assert!(
        bj.contains("即不迟于2026年1月26日（期间最后一日2026年1月25日为休息日，依《中华人民共和国民法典》第二百零三条顺延至其后第一个工作日）"),
        "{bj}"
    );
}

#[test]
fn working_days_skip_public_holidays_and_count_make_up_days() {
    let wd = Workdir::new();
    let zhejiang = example("starter/schedule.toml");
    let offer = |date: &str| {
        let out = format!("{date}.md");
        let run = wd.run(&[
            "render",
            "--schedule",
            &zhejiang,
            "--document",
            "offer",
            "--date",
            date,
            "-o",
            &out,
        ]);
        (wd.read(&out), run)
    };
    // From Monday 2026-09-28 across National Day (10-1..10-7 off, Saturday
    // 10-10 worked): 2026-10-16, where weekends alone would give 10-12.
    let (zj, run) = offer("2026-09-28");
    run.success();
    assert!(zj.contains("即不迟于2026年10月16日"), "{zj}");
    // A date in a year the calendar does not hold: said in the document and
    // warned of on stderr.
    let (zj, run) = offer("2027-03-01");
    run.success().stderr_has(&["calendar-year-missing"]);
    assert!(zj.contains("本程序所载节假日安排不含2027年"), "{zj}");
    // A calendar file for 2027 settles it.
    let calendar = wd.write(
        "2027.toml",
        "[[year]]\nyear = 2027\nsource = \"test\"\n[[year.holiday]]\nname = \"x\"\nfrom = 2027-03-02\nto = 2027-03-02\n",
    );
    wd.run(&[
        "render",
        "--schedule",
        &zhejiang,
        "--document",
        "offer",
        "--date",
        "2027-03-01",
        "--calendar",
        &calendar,
        "-o",
        "c.md",
    ])
    .success();
    let md = wd.read("c.md");
    assert!(!md.contains("本程序所载节假日安排不含"), "{md}");
    // 3-2 is a holiday: 3-3 .. 3-16 are the ten working days.
    assert!(md.contains("即不迟于2027年3月16日"), "{md}");
}

#[test]
fn a_clause_reference_that_does_not_match_makes_a_draft() {
    let wd = Workdir::new();
    let schedule = std::fs::read_to_string(example("starter/schedule.toml"))
        .unwrap()
        .replace("clause = \"第九条\"", "clause = \"第七条\"");
    let schedule = wd.write("s.toml", schedule);
    let run = wd
        .run(&[
            "render",
            "--schedule",
            &schedule,
            "--document",
            "contract",
            "-o",
            "c.md",
        ])
        .status(1)
        .stderr_has(&["skill", "第七条", "clause = \"第九条\""]);
    drop(run);
    let md = wd.read("c.md");
    assert!(md.starts_with("> **草案：未通过检查**"), "{md}");
    assert!(md.contains("规则 skill 引用第七条，文书中该规则为第九条"));
}

#[test]
fn a_user_template_overrides_one_block() {
    let wd = Workdir::new();
    let template = wd.write(
        "mine.md",
        "{% extends \"builtin/contract.md\" %}\n\
         {% block principles %}**{{ clause(key=\"principles\") }}** 双方坚持技酬挂钩。{% endblock principles %}\n",
    );
    let schedule = example("starter/schedule.toml");
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "--template",
        &template,
        "-o",
        "c.md",
    ])
    .success();
    let md = wd.read("c.md");
    assert!(md.contains("**第四条** 双方坚持技酬挂钩。"), "{md}");
    assert!(
        !md.contains("着力扩大中等收入群体"),
        "the block was replaced"
    );
    assert!(
        md.contains("**第九条** 技术技能津贴。"),
        "the rest is the built-in contract"
    );
}

#[test]
fn a_broken_template_names_template_line_and_variable() {
    let wd = Workdir::new();
    let schedule = example("starter/schedule.toml");
    let missing = wd.write(
        "missing.md",
        "{% extends \"builtin/contract.md\" %}\n{% block principles %}\n{{ schedule.chairman }}\n{% endblock principles %}\n",
    );
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "--template",
        &missing,
    ])
    .status(2)
    .stderr_has(&["missing.md", "schedule.chairman", "line 3"]);
    let syntax = wd.write("syntax.md", "# 标题\n\n{% if %}\n");
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "--template",
        &syntax,
    ])
    .status(2)
    .stderr_has(&["syntax.md", "3:"]);
    assert!(
        !wd.files().iter().any(|f| f.ends_with(".part")),
        "nothing half-written"
    );
}

#[test]
fn the_document_must_fit_the_schedule_scope() {
    let wd = Workdir::new();
    wd.run(&[
        "render",
        "--schedule",
        &example("pump/schedule.toml"),
        "--document",
        "contract",
    ])
    .status(2)
    .stderr_has(&["industry-agreement"]);
}

#[test]
fn templates_list_and_show() {
    let wd = Workdir::new();
    wd.run(&["templates", "list"]).success().stdout_has(&[
        "builtin/contract.md",
        "builtin/industry-agreement.md",
        "builtin/offer.md",
        "builtin/notice.md",
    ]);
    let shown = wd
        .run(&["templates", "show", "contract"])
        .success()
        .stdout();
    assert!(shown.contains("extends \"builtin/agreement-base.md\""));
    wd.run(&["templates", "show", "contrat"])
        .status(2)
        .stderr_has(&["contrat", "'contract'"]);
    // A shown template renders as a user template unchanged.
    let copy = wd.write(
        "copy.md",
        wd.run(&["templates", "show", "notice"]).success().stdout(),
    );
    let schedule = example("starter/schedule.toml");
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "notice",
        "-o",
        "a.md",
    ])
    .success();
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "notice",
        "--template",
        &copy,
        "-o",
        "b.md",
    ])
    .success();
    assert_eq!(wd.read("a.md"), wd.read("b.md"));
}

#[test]
fn check_findings_make_a_draft_unless_final() {
    let wd = Workdir::new();
    let schedule = example("starter/schedule.toml");
    let roster = example("starter/roster.csv");
    // What `nengji check` finds with the same inputs is what the draft lists.
    let check = wd
        .run(&[
            "check",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--standards",
            "zhejiang",
            "--format",
            "json",
        ])
        .stdout();
    let report: serde_json::Value = serde_json::from_str(&check).unwrap();
    let errors = report["errors"].as_u64().unwrap();
    let args = |extra: &[&str]| {
        let mut a = vec![
            "render",
            "--schedule",
            &schedule,
            "--roster",
            &roster,
            "--document",
            "contract",
            "--standards",
            "zhejiang",
        ];
        a.extend_from_slice(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };
    if errors == 0 {
        run(&wd, &args(&["-o", "c.md"])).success();
        assert!(!wd.read("c.md").contains("草案：未通过检查"));
        return;
    }
    run(&wd, &args(&["-o", "c.md"]))
        .status(1)
        .stderr_has(&["草案：未通过检查"]);
    let md = wd.read("c.md");
    assert!(md.starts_with("> **草案：未通过检查**"), "{md}");
    for f in report["findings"].as_array().unwrap() {
        if f["severity"] == "error" {
            let rule = f["rule"].as_str().unwrap();
            let basis = f["basis"].as_str().unwrap();
            assert!(
                md.contains(&format!("（依据：{}）", nengji::render::basis_zh(basis))),
                "{rule} listed with its basis in Chinese"
            );
        }
    }
    // --final: the same findings on stderr and exit 1, but no draft mark.
    run(&wd, &args(&["--final", "-o", "f.md"])).status(1);
    let md = wd.read("f.md");
    assert!(!md.contains("草案：未通过检查"), "{md}");
    assert!(md.starts_with("# 示例机械有限公司能级工资专项集体合同"));
}
