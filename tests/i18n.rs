//! The interface's language: `--lang`, then `NENGJI_LANG`, then the system's
//! locale, then English; machine-readable output the same in every language.

mod common;
#[path = "i18n/errors.rs"]
mod errors;
#[path = "i18n/syntax.rs"]
mod syntax;

use common::{example, golden, nengji, Workdir};

fn error_line(cmd: &mut std::process::Command) -> String {
    let out = cmd
        .args([
            "compute",
            "--schedule",
            "missing.toml",
            "--roster",
            "missing.csv",
        ])
        .output()
        .expect("run nengji");
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_flag_wins_over_the_environment() {
    let err = error_line(nengji().env("NENGJI_LANG", "en").args(["--lang", "zh"]));
    assert!(err.starts_with("错误："), "{err}");
    let err = error_line(nengji().env("NENGJI_LANG", "zh").args(["--lang=en"]));
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn the_environment_variable_wins_over_the_locale() {
    let err = error_line(
        nengji()
            .env("NENGJI_LANG", "zh")
            .env("LC_ALL", "en_US.UTF-8"),
    );
    assert!(err.starts_with("错误："), "{err}");
}

#[test]
fn the_system_locale_decides_when_nothing_else_does() {
    let clear = |cmd: &mut std::process::Command| {
        for v in ["NENGJI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(v);
        }
    };
    let mut zh = nengji();
    clear(&mut zh);
    let err = error_line(zh.env("LANG", "zh_CN.UTF-8"));
    assert!(err.starts_with("错误："), "{err}");
    let mut c = nengji();
    clear(&mut c);
    let err = error_line(c.env("LANG", "C"));
    assert!(err.starts_with("error: "), "{err}");
    let mut unknown = nengji();
    clear(&mut unknown);
    let err = error_line(unknown.env("NENGJI_LANG", "fr"));
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn an_unknown_language_flag_is_refused_with_the_choices() {
    Workdir::new()
        .run(&["--lang", "fr", "init", "x"])
        .status(2)
        .stderr_has(&["fr", "zh", "en"]);
}

#[test]
fn workdir_runs_in_english_unless_asked() {
    let wd = Workdir::new();
    let args = ["compute", "--schedule", "a.toml", "--roster", "b.csv"];
    wd.run(&args).status(2).stderr_has(&["error: "]);
    wd.run_lang("zh", &args).status(2).stderr_has(&["错误："]);
}

#[test]
fn help_is_in_the_work_s_order_with_examples_in_both_languages() {
    let wd = Workdir::new();
    for lang in ["en", "zh"] {
        let top = wd.run_lang(lang, &["--help"]).success().stdout();
        common::golden(&format!("help_{lang}.txt"), &top);
        let check = wd.run_lang(lang, &["check", "--help"]).success().stdout();
        common::golden(&format!("help_check_{lang}.txt"), &check);
        // `nengji help check` is `nengji check --help`.
        let again = wd.run_lang(lang, &["help", "check"]).success().stdout();
        assert_eq!(again, check);
    }
    let top = wd.run(&["--help"]).stdout();
    let at = |name: &str| {
        top.find(&format!("\n  {name} "))
            .unwrap_or_else(|| panic!("{name} not in\n{top}"))
    };
    let order = [
        "init", "compute", "explain", "check", "audit", "propose", "compare",
    ];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
    let zh = wd.run_lang("zh", &["compute", "--help"]).success().stdout();
    assert!(
        zh.contains("用法:") && zh.contains("示例:") && zh.contains("显示帮助"),
        "{zh}"
    );
    assert!(
        !zh.contains("Print help") && !zh.contains("[default"),
        "{zh}"
    );
}

#[test]
fn a_mistake_on_the_command_line_is_told_in_the_user_s_language() {
    let wd = Workdir::new();
    wd.run_lang("zh", &["chek"])
        .status(2)
        .stderr_has(&["错误：没有名为“chek”的命令", "check"]);
    wd.run(&["chek"]).status(2).stderr_has(&["error:", "chek"]);
    wd.run_lang(
        "zh",
        &[
            "check",
            "--format",
            "table",
            "--schedule",
            "s",
            "--standards",
            "z",
        ],
    )
    .status(2)
    .stderr_has(&["“table”不是 --format", "text, json, csv"]);
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let wd = Workdir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = wd.run(&["completions", shell]).success().stdout();
        assert!(
            out.contains("compute") && out.contains("schedule"),
            "{shell}: {out}"
        );
    }
    let man = wd.run(&["man"]).success().stdout();
    assert!(
        man.contains(".TH nengji") && man.contains("compute"),
        "{man}"
    );
    let man = wd.run_lang("zh", &["man", "check"]).success().stdout();
    assert!(
        man.contains(".TH nengji-check") && man.contains("工资标准文件"),
        "{man}"
    );
    wd.run(&["man", "nope"]).status(2);
}

#[test]
fn text_is_the_format_for_people_and_table_still_works() {
    let wd = Workdir::new();
    let args = |format: &str| {
        vec![
            "compute".to_string(),
            "--schedule".into(),
            common::example("starter/schedule.toml"),
            "--roster".into(),
            common::example("starter/roster.csv"),
            "--format".into(),
            format.into(),
        ]
    };
    let run = |format: &str| {
        let a = args(format);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        wd.run(&a).success().stdout()
    };
    assert_eq!(run("text"), run("table"));
}

#[test]
fn check_piped_into_head_still_says_violations_were_found() {
    // The reader closes the pipe at once: writing the report fails with a
    // broken pipe, and the exit code is still 1.
    let mut child = nengji()
        .args([
            "check",
            "--schedule",
            &common::example("starter/schedule.toml"),
            "--standards",
            "zhejiang",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run nengji");
    drop(child.stdout.take());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn quiet_silences_notes_but_not_errors() {
    let wd = Workdir::new();
    let run = wd.run(&["-q", "init", "w"]).success();
    assert_eq!(run.stdout(), "");
    let run = wd.run(&["init", "v"]).success();
    assert!(run.stdout().contains("wrote"));
    wd.run(&["init", "w", "--quiet"])
        .status(2)
        .stderr_has(&["already exists"]);
}

/// Latin words a Chinese report may hold besides machine ids (words with a
/// `-` or `_`, or a digit, as rule ids, TOML keys and employee ids have),
/// percentile names, file names and the program's name.
const LATIN_ALLOWED: &[&str] = &[
    "P10",
    "P25",
    "P50",
    "P75",
    "P90",
    "check",
    "audit",
    "nengji",
    "code",
    "zhejiang",
    "examples",
    "standards",
    "toml",
    "pump",
    "schedule",
    "csv",
    "roster",
];

/// Latin words of `text` a Chinese reader would have to translate: every word
/// of two or more ASCII letters that is not a machine id or in `allowed`.
fn english_words<'a>(text: &'a str, allowed: &[&str]) -> Vec<&'a str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .filter(|w| !w.contains('-') && !w.contains('_'))
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !LATIN_ALLOWED.contains(w) && !allowed.contains(w))
        .collect()
}

/// check's text report of the pump in both languages: the frame, subjects,
/// citations, findings, remedies and the NOT CHECKED notes are Chinese under
/// zh and English under en, each against its golden.
#[test]
fn check_text_in_both_languages() {
    let dir = Workdir::new();
    let (schedule, roster, examples) = (
        example("pump/schedule.toml"),
        example("pump/roster.csv"),
        example("standards/examples.toml"),
    );
    let args = [
        "check",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--standards",
        "zhejiang",
        "--standards",
        &examples,
    ];
    for lang in ["en", "zh"] {
        let run = dir.run_lang(lang, &args);
        let out = run.stdout().replace(&example(""), "examples/");
        golden(&format!("check-pump.{lang}.txt"), &out);
        if lang == "zh" {
            // TOML keys a remedy names stay as they are: `assumed`, [negotiation].
            let words = english_words(&out, &["assumed", "negotiation"]);
            assert!(
                words.is_empty(),
                "English in the Chinese report: {words:?}\n{out}"
            );
        } else {
            assert!(out.contains("NOT CHECKED"), "{out}");
        }
    }
}

/// The value parsers' own words (a period, a percentage, a count, an amount)
/// follow the language, like clap's frame around them.
#[test]
fn value_parser_errors_in_both_languages() {
    let dir = Workdir::new();
    let (schedule, roster) = (
        example("starter/schedule.toml"),
        example("starter/roster.csv"),
    );
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &[
                "compute",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "--period",
                "2026-13",
            ],
            "“2026-13”不是工资月份（应为 YYYY-MM，如 2026-01）",
            "'2026-13' is not a pay period (expected YYYY-MM, such as 2026-01)",
        ),
        (
            &[
                "propose",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "--target-growth",
                "8",
            ],
            "“8”不是百分数；请带上百分号，如 8%",
            "'8' is not a percentage; write it with its sign, such as 8%",
        ),
        (
            &[
                "compute",
                "--schedule",
                &schedule,
                "--roster",
                &roster,
                "--jobs",
                "x",
            ],
            "应为整数，如 4",
            "invalid value 'x' for '--jobs <N>'",
        ),
        (
            &[
                "compare",
                "--roster",
                &roster,
                &schedule,
                &schedule,
                "--threshold",
                "abc",
            ],
            "“abc”不是金额",
            "'abc' is not an amount of money",
        ),
    ];
    for (args, zh, en) in cases {
        let run = dir.run_lang("zh", args).status(2);
        let stderr = run.stderr();
        assert!(stderr.contains(zh), "{stderr}");
        assert!(
            english_words(
                &stderr,
                &[
                    "YYYY",
                    "MM",
                    "help",
                    "PERIOD",
                    "RATE",
                    "AMOUNT",
                    "period",
                    "jobs",
                    "threshold",
                    "abc"
                ]
            )
            .is_empty(),
            "{stderr}"
        );
        dir.run_lang("en", args).status(2).stderr_has(&[en]);
    }
}

/// Component ids and input names of the examples explain prints as they are:
/// `skill`, `overtime`, the piece name `QDX潜水电泵总装`.
const COMPONENT_IDS: &[&str] = &[
    "skill",
    "overtime",
    "seniority",
    "contest",
    "honour",
    "share",
    "welcome",
    "senior",
    "master",
    "promotion",
    "education",
    "innovation",
    "QDX",
];

/// A fixture of every rule kind and branch explain words (by-grade, lookup
/// and an empty cell, percent with rounding, a grade and a post condition,
/// one-off paid and not, monthly award paid, past its months and absent,
/// list-sum capped and empty, per-year without a cap, a pool, overtime
/// rounded once, part of a month with sick leave, probation, half-even
/// rounding); the pump's industry example; and the workshop's piece rates and
/// raise in force.
fn explain_cases() -> Vec<(String, Vec<String>)> {
    let fixture = |f: &str| {
        common::root()
            .join("tests/fixtures/explain")
            .join(f)
            .display()
            .to_string()
    };
    let args = |schedule: String, roster: String, id: &str, extra: &[&str]| {
        let mut v = vec![
            "explain".to_string(),
            "--schedule".into(),
            schedule,
            "--roster".into(),
            roster,
            "--employee".into(),
            id.into(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let mut cases = Vec::new();
    for id in ["E001", "E002", "E003"] {
        cases.push((
            "every-rule".to_string(),
            args(
                fixture("every-rule.toml"),
                fixture("every-rule.csv"),
                id,
                &["--period", "2026-01"],
            ),
        ));
    }
    cases.push((
        "pump-DH003".to_string(),
        args(
            example("pump/schedule.toml"),
            example("pump/roster.csv"),
            "DH003",
            &[],
        ),
    ));
    cases.push((
        "workshop-DH211".to_string(),
        args(
            example("pump/workshop.toml"),
            example("pump/workshop-roster.csv"),
            "DH211",
            &["--period", "2026-08"],
        ),
    ));
    cases
}

/// explain's derivation in both languages, against a golden each: under zh
/// no English word but the inputs' ids and names; under en the lines as they
/// always were.
#[test]
fn explain_text_in_both_languages() {
    let dir = Workdir::new();
    for lang in ["en", "zh"] {
        let mut outputs: Vec<(String, String)> = Vec::new();
        for (name, args) in explain_cases() {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = dir.run_lang(lang, &args).success().stdout();
            match outputs.last_mut() {
                Some((last, text)) if *last == name => text.push_str(&out),
                _ => outputs.push((name, out)),
            }
        }
        for (name, out) in outputs {
            golden(&format!("explain-{name}.{lang}.txt"), &out);
            if lang == "zh" {
                let words = english_words(&out, COMPONENT_IDS);
                assert!(
                    words.is_empty(),
                    "English in the Chinese explanation: {words:?}\n{out}"
                );
            } else {
                assert!(out.contains("reads "), "{out}");
            }
        }
    }
}

/// explain's JSON is for machines: the same bytes, English texts included,
/// whatever the language.
#[test]
fn explain_json_is_the_same_in_every_language() {
    let dir = Workdir::new();
    for (_, args) in explain_cases() {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.extend(["--format", "json"]);
        let en = dir.run_lang("en", &args).success().stdout();
        let zh = dir.run_lang("zh", &args).success().stdout();
        assert_eq!(en, zh, "{args:?}");
        assert!(en.contains("\"formula\""), "{en}");
    }
}

/// assess's text report of the pump example and of the boundary fixture
/// (tests/fixtures/assess: ties, not scored, waivers, quotas) in both
/// languages: English against the goldens it always had, Chinese against its
/// own, with no English word but file names.
#[test]
fn assess_text_in_both_languages() {
    let dir = Workdir::new();
    let fixture = |f: &str| common::root().join("tests/fixtures/assess").join(f);
    for name in ["rules.toml", "roster.csv", "scores.csv"] {
        dir.write(name, std::fs::read(fixture(name)).unwrap());
    }
    dir.write(
        "schedule.toml",
        std::fs::read(example("starter/schedule.toml")).unwrap(),
    );
    let pump = common::pump_assess_args(&[]);
    let cases: [(&str, Vec<&str>); 2] = [
        ("pump", pump.iter().map(String::as_str).collect()),
        (
            "fixture",
            common::assess::assess_args(&["--schedule", "schedule.toml"]),
        ),
    ];
    for (name, args) in &cases {
        for lang in ["en", "zh"] {
            let out = dir
                .run_lang(lang, args)
                .success()
                .stdout()
                .replace(&example(""), "examples/");
            if lang == "en" {
                golden(&format!("assess-{name}.txt"), &out);
                assert!(out.contains("Results"), "{out}");
            } else {
                golden(&format!("assess-{name}.zh.txt"), &out);
                let words = english_words(&out, &["assessment", "scores", "rules"]);
                assert!(
                    words.is_empty(),
                    "English in the Chinese assessment: {words:?}\n{out}"
                );
            }
        }
    }
}

/// assess's CSV and JSON are for machines: the same bytes whatever the language.
#[test]
fn assess_csv_and_json_are_the_same_in_every_language() {
    let dir = Workdir::new();
    for format in ["csv", "json"] {
        let args = common::pump_assess_args(&["--format", format]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let en = dir.run_lang("en", &args).success().stdout();
        let zh = dir.run_lang("zh", &args).success().stdout();
        assert_eq!(en, zh, "--format {format}");
        assert!(en.contains("not 中级工"), "{format}: the English reasons");
    }
}

/// `templates list` says what each built-in template writes in the user's
/// language: no English word under zh but the templates' file names.
#[test]
fn templates_list_in_both_languages() {
    let dir = Workdir::new();
    let zh = dir
        .run_lang("zh", &["templates", "list"])
        .success()
        .stdout();
    assert!(zh.contains("集体协商要约书：书面提出协商要求"), "{zh}");
    let names = [
        "builtin",
        "md",
        "contract",
        "industry",
        "agreement",
        "offer",
        "notice",
        "base",
        "macros",
    ];
    let words = english_words(&zh, &names);
    assert!(
        words.is_empty(),
        "English in the Chinese list {words:?}:\n{zh}"
    );
    let en = dir.run(&["templates", "list"]).success().stdout();
    assert!(en.contains("the written request to negotiate"), "{en}");
}
