//! The errors of every input's validation, and of the output layer, in both
//! languages: under zh a message is Chinese but for names from the inputs
//! (file names, keys, values), under en it is English; and shell completions
//! describe every choice in the user's language.

use super::common::{example, over, Workdir};
use super::english_words;

/// Runs `args` in `wd` in both languages; each must exit 2. Returns the
/// Chinese and English stderr. The Chinese has no English word but the
/// input's names in `names`; the English holds `english`.
pub(super) fn told_in_both(
    wd: &Workdir,
    args: &[&str],
    names: &[&str],
    english: &str,
) -> (String, String) {
    // The working directory's path is a name from the input too.
    let dir = wd.path("").display().to_string();
    let zh = wd.run_lang("zh", args).status(2).stderr().replace(&dir, "");
    let en = wd.run_lang("en", args).status(2).stderr().replace(&dir, "");
    assert!(zh.starts_with("错误："), "{zh}");
    let words = english_words(&zh, names);
    assert!(
        words.is_empty(),
        "English in the Chinese error {words:?}:\n{zh}"
    );
    assert!(!zh.contains("; "), "an ASCII separator in Chinese:\n{zh}");
    assert!(en.starts_with("error: ") && en.contains(english), "{en}");
    (zh, en)
}

fn starter_with(wd: &Workdir, from: &str, to: &str) -> String {
    let text =
        std::fs::read_to_string(example("starter/schedule.toml")).expect("the starter schedule");
    assert!(text.contains(from), "the starter schedule has no {from:?}");
    wd.write("s.toml", text.replacen(from, to, 1))
}

fn compute(schedule: &str) -> Vec<String> {
    over(
        "compute",
        schedule,
        &example("starter/roster.csv"),
        &["-o", "pay.csv"],
    )
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_bad_schedule_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    // serde's frames (an unknown key, a wrong type, a TOML syntax error) and
    // the schedule's own checks.
    let cases: &[(&str, &str, &[&str], &str)] = &[
        (
            "currency = \"CNY\"",
            "currency = \"USD\"",
            &["USD", "CNY"],
            "currency 'USD' is not supported",
        ),
        (
            "currency = \"CNY\"",
            "currency = 3",
            &[],
            "invalid type: integer `3`, expected a string",
        ),
        (
            "[[grade]]\nname",
            "[[grade]]\nnam",
            &[
                "nam",
                "name",
                "aliases",
                "pay",
                "base",
                "increment",
                "steps",
            ],
            "did you mean 'name'?",
        ),
        ("[[grade]]", "[[grade]\n", &[], "invalid table header"),
        (
            "scale = 2",
            "scale = 9",
            &[],
            "rounding scale 9 is finer than 0.0001",
        ),
    ];
    for (from, to, names, english) in cases {
        let schedule = starter_with(&wd, from, to);
        let args = compute(&schedule);
        let (zh, _) = told_in_both(&wd, &strs(&args), names, english);
        assert!(zh.contains("方案有误") && zh.contains("s.toml:"), "{zh}");
    }
    // The did-you-mean is joined with the full-width semicolon, after the place.
    let schedule = starter_with(&wd, "[[grade]]\nname", "[[grade]]\nnam");
    let zh = wd.run_lang("zh", &strs(&compute(&schedule))).stderr();
    assert!(
        zh.contains("，位于 ") && zh.contains("；是否想写“name”？"),
        "{zh}"
    );
}

#[test]
fn bad_standards_are_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let standards = wd.write(
        "std.toml",
        "[[minimum_wage]]\nregion = \"33x\"\neffective = 2025-01-01\nsource = \"s\"\nmonthly = [\"2490\"]\nincludes_social_insurance = false\n",
    );
    let args = [
        "check",
        "--schedule",
        &example("starter/schedule.toml"),
        "--roster",
        &example("starter/roster.csv"),
        "--standards",
        &standards,
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["x", "std"],
        "region '33x' is not a region code",
    );
    assert!(zh.contains("std.toml:"), "{zh}");
    // A float for money: the value's reader says it, in the user's language.
    let standards = wd.write(
        "std.toml",
        "[[minimum_wage]]\nregion = \"33\"\neffective = 2025-01-01\nsource = \"s\"\nmonthly = [2490.5]\nincludes_social_insurance = false\n",
    );
    let args = [
        "check",
        "--schedule",
        &example("starter/schedule.toml"),
        "--roster",
        &example("starter/roster.csv"),
        "--standards",
        &standards,
    ];
    told_in_both(&wd, &args, &["TOML", "std"], "not as a TOML float");
}

#[test]
fn a_bad_registry_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let registry = wd.write("registry.csv", "enterprise_id,schedul\nWL-PUMP-001,x\n");
    let args = [
        "batch",
        "--roster",
        &example("pump/roster.csv"),
        "--registry",
        &registry,
        "--out",
        "out",
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["schedul", "schedule", "registry"],
        "unknown registry column 'schedul'",
    );
    assert!(zh.contains("企业名录") && zh.contains("；是否想写"), "{zh}");
    let registry = wd.write("registry.csv", "enterprise_id\nA\nA\n");
    let args = [
        "batch",
        "--roster",
        &example("pump/roster.csv"),
        "--registry",
        &registry,
        "--out",
        "out",
    ];
    told_in_both(&wd, &args, &["registry"], "enterprise 'A' is listed twice");
}

#[test]
fn an_output_over_an_input_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let roster = wd.write(
        "roster.csv",
        std::fs::read(example("starter/roster.csv")).expect("the starter roster"),
    );
    let args = [
        "compute",
        "--schedule",
        &example("starter/schedule.toml"),
        "--roster",
        &roster,
        "-o",
        &roster,
    ];
    let (zh, _) = told_in_both(&wd, &args, &[], "writing it would destroy the input");
    assert!(zh.contains("毁掉该输入"), "{zh}");
    // A directory that does not exist: the system's own words, told by kind.
    let args = [
        "compute",
        "--schedule",
        &example("starter/schedule.toml"),
        "--roster",
        &roster,
        "-o",
        "no/such/pay.csv",
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["no", "such", "pay"],
        "cannot write 'no/such/pay.csv'",
    );
    assert!(zh.contains("无法写入") && zh.contains("不存在"), "{zh}");
}

#[test]
fn a_bad_payroll_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let payroll = wd.write("paid.csv", "name,gross\nx,1\n");
    let args = [
        "audit",
        "--schedule",
        &example("starter/schedule.toml"),
        "--roster",
        &example("starter/roster.csv"),
        "--payroll",
        &payroll,
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["paid", "employee_id"],
        "the payroll has no employee_id column",
    );
    assert!(zh.contains("工资发放表"), "{zh}");
}

#[test]
fn bad_assessment_rules_are_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let rules = std::fs::read_to_string(example("pump/assessment.toml")).expect("the pump rules");
    let (from, to) = ("[promotion]\n", "[promotion]\nmax_grades = 0\n");
    assert!(rules.contains(from));
    let rules = rules
        .replacen("max_grades", "#max_grades", 1)
        .replacen(from, to, 1);
    let rules = wd.write("rules.toml", rules);
    let args = [
        "assess",
        "--rules",
        &rules,
        "--roster",
        &example("pump/roster.csv"),
        "--scores",
        &example("pump/scores.csv"),
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["promotion", "max_grades", "rules"],
        "max_grades must be at least 1",
    );
    assert!(zh.contains("至少为 1"), "{zh}");
}

#[test]
fn a_bad_calendar_and_a_bad_template_are_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let calendar = wd.write(
        "2027.toml",
        "[[year]]\nyear = 2027\nsource = \"s\"\nworkdays = [2027-01-06]\n",
    );
    let schedule = example("starter/schedule.toml");
    let args = [
        "render",
        "--schedule",
        &schedule,
        "--document",
        "offer",
        "--date",
        "2027-03-01",
        "--calendar",
        &calendar,
        "-o",
        "c.md",
    ];
    let (zh, _) = told_in_both(&wd, &args, &[], "only a Saturday or Sunday can be one");
    assert!(zh.contains("星期三"), "{zh}");
    let template = wd.write("t.md", "{{ no_such_thing }}\n");
    let args = [
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "--template",
        &template,
        "-o",
        "t.out.md",
    ];
    let (zh, _) = told_in_both(
        &wd,
        &args,
        &["no_such_thing", "md"],
        "Variable `no_such_thing` not found",
    );
    assert!(zh.contains("找不到变量") && zh.contains("第 1 行"), "{zh}");
}

/// Words the completions' descriptions may hold in Chinese: names of formats,
/// encodings and products, the choices themselves, TOML keys, commands and
/// file names.
const COMPLETION_NAMES: &[&str] = &[
    "TOML",
    "CSV",
    "JSON",
    "HTML",
    "SVG",
    "Markdown",
    "Word",
    "Excel",
    "WPS",
    "UTF",
    "GB",
    "GBK",
    "BOM",
    "Windows",
    "GB/T",
    "DOCX",
    "PDF",
    "xlsx",
    "xls",
    "ods",
    "md",
    "docx",
    "html",
    "text",
    "json",
    "zh",
    "en",
    "auto",
    "uniform",
    "pt",
    "table",
    "workers",
    "stdin",
    "stdout",
    "bash",
    "zsh",
    "fish",
    "powershell",
    "elvish",
    "NENGJI_LANG",
    "nengji",
    "builtin",
    "extend",
    "roff",
    "adjustment",
    "arrears",
    "claim",
    "gross",
    "contract",
    "offer",
    "notice",
    "standard",
    "official",
    "data",
    "calendar",
    "cn",
    "holidays",
    "compute",
    "DIR",
    "documents",
    "ID",
    "pay",
    "enterprises",
];

#[test]
fn completions_describe_every_choice_in_chinese() {
    let wd = Workdir::new();
    for shell in ["fish", "zsh"] {
        let out = wd
            .run_lang("zh", &["completions", shell])
            .success()
            .stdout();
        // The descriptions: fish's -d '...' and a choice's \t'...'; zsh's [...] and 'value:...'.
        let mut texts = Vec::new();
        for line in out.lines() {
            for part in line.split("-d '").skip(1).chain(line.split("\\t'").skip(1)) {
                texts.push(part.split('\'').next().unwrap_or_default().to_string());
            }
            if shell == "zsh" {
                if let Some((_, rest)) = line.split_once("=[") {
                    texts.push(rest.split(']').next().unwrap_or_default().to_string());
                }
                for part in line.split("\\:").skip(1) {
                    texts.push(part.split('"').next().unwrap_or_default().to_string());
                }
            }
        }
        assert!(
            texts.len() > 100,
            "{shell}: found {} descriptions",
            texts.len()
        );
        // zsh's group titles: `_describe -t commands 'nengji check 的命令'`.
        assert!(
            !out.contains(" commands'"),
            "{shell}: an English group title"
        );
        let english: Vec<String> = texts
            .iter()
            .filter(|t| !english_words(t, COMPLETION_NAMES).is_empty())
            .cloned()
            .collect();
        assert!(
            english.is_empty(),
            "{shell}: English in\n{}",
            english.join("\n")
        );
        let en = wd
            .run_lang("en", &["completions", shell])
            .success()
            .stdout();
        assert!(en.contains("A table for people"), "{shell}");
    }
}

#[test]
fn the_man_page_s_headings_follow_the_language() {
    let wd = Workdir::new();
    for page in [vec!["man"], vec!["man", "compute"]] {
        let zh = wd.run_lang("zh", &page).success().stdout();
        let headings: Vec<&str> = zh.lines().filter(|l| l.starts_with(".SH ")).collect();
        assert!(
            headings.contains(&".SH 名称") && headings.contains(&".SH 用法"),
            "{headings:?}"
        );
        let english: Vec<&&str> = headings
            .iter()
            .filter(|h| !english_words(&h[4..], &[]).is_empty())
            .collect();
        assert!(english.is_empty(), "{english:?}");
        let en = wd.run_lang("en", &page).success().stdout();
        assert!(
            en.contains(".SH NAME\n") && en.contains(".SH SYNOPSIS\n"),
            "{en}"
        );
    }
}

/// The pump roster (`r.csv`) with cells replaced: one `(line, column header,
/// value)` per change (the pump roster has no quoted cells).
fn pump_roster_with(wd: &Workdir, changes: &[(usize, &str, &str)]) -> String {
    let text = std::fs::read_to_string(example("pump/roster.csv")).expect("the pump roster");
    let mut lines: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    for &(line, column, value) in changes {
        let at = lines[0]
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("the pump roster has no column {column}"));
        lines[line - 1][at] = value.to_string();
    }
    let text: Vec<String> = lines.iter().map(|l| l.join(",")).collect();
    wd.write("r.csv", text.join("\n") + "\n")
}

#[test]
fn a_bad_assess_roster_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let roster = pump_roster_with(
        &wd,
        &[
            (2, "能级", "见习工"),
            (3, "档次", "x"),
            (5, "证书等级", "十级"),
            (6, "晋级日期", "2023-13-45"),
        ],
    );
    let args = [
        "assess",
        "--rules",
        &example("pump/assessment.toml"),
        "--roster",
        &roster,
        "--scores",
        &example("pump/scores.csv"),
        "--schedule",
        &example("pump/schedule.toml"),
    ];
    let (zh, en) = told_in_both(&wd, &args, &["r", "csv"], "unknown grade '见习工'");
    for want in [
        "未知能级“见习工”",
        "；应为以下之一：",
        "档次“x”不是档次",
        "未知证书等级“十级”",
        "“2023-13-45”不是日期",
        "应为 YYYY-MM-DD 格式，如 2023-03-01",
    ] {
        assert!(zh.contains(want), "no {want:?} in:\n{zh}");
    }
    for want in [
        "step 'x' is not a step at r.csv:3:8 (档次); expected a whole number from 1",
        "unknown certificate level '十级'",
        "'2023-13-45' is not a date",
        "; expected YYYY-MM-DD, such as 2023-03-01",
    ] {
        assert!(en.contains(want), "no {want:?} in:\n{en}");
    }
}

#[test]
fn a_batch_enterprise_without_a_schedule_is_told_in_chinese_and_in_english() {
    let wd = Workdir::new();
    let registry = wd.write(
        "registry.csv",
        format!(
            "enterprise_id,schedule\nOTHER,{}\n",
            example("pump/schedule.toml")
        ),
    );
    let run = |lang: &str, out: &str| {
        let args = [
            "batch",
            "--roster",
            &example("pump/roster.csv"),
            "--registry",
            &registry,
            "--out",
            out,
        ];
        // Rows were rejected: exit 2, after the summary line.
        wd.run_lang(lang, &args).status(2).stderr()
    };
    let zh = run("zh", "out-zh");
    let en = run("en", "out-en");
    assert!(
        zh.contains("企业“WL-PUMP-001”不在企业名录中，也没有默认工资标准")
            && zh.contains("；请把它加入企业名录，或用 --schedule 指定默认工资标准"),
        "{zh}"
    );
    assert!(!zh.contains("; "), "an ASCII separator in Chinese:\n{zh}");
    assert!(
        en.contains(
            "enterprise 'WL-PUMP-001' is not in the registry and there is no default schedule"
        ) && en.contains("; add it to the registry or pass --schedule"),
        "{en}"
    );
}

#[test]
fn a_batch_row_without_an_enterprise_gets_its_hint_in_the_language_s_separator() {
    let wd = Workdir::new();
    let roster = pump_roster_with(&wd, &[(2, "企业", "")]);
    let args = [
        "batch",
        "--roster",
        &roster,
        "--schedule",
        &example("pump/schedule.toml"),
        "--out",
        "out",
    ];
    let dir = wd.path("").display().to_string();
    let zh = wd
        .run_lang("zh", &args)
        .status(2)
        .stderr()
        .replace(&dir, "");
    assert!(
        zh.contains("企业编号为空，位于 r.csv:2:4；批量花名册的每一行都须写明所属企业"),
        "{zh}"
    );
    assert!(!zh.contains("; "), "an ASCII separator in Chinese:\n{zh}");
    let en = wd
        .run_lang("en", &args)
        .status(2)
        .stderr()
        .replace(&dir, "");
    assert!(
        en.contains("the enterprise id is empty at r.csv:2:4; every row of a batch roster names its enterprise"),
        "{en}"
    );
}
