//! One test per kind of bad input: each exits 2, names the file, line and column,
//! says what was expected, and writes no output file.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, Workdir};

const SCHEDULE: &str = "examples/starter/schedule.toml";

fn schedule() -> String {
    common::root().join(SCHEDULE).display().to_string()
}

/// Runs compute on a roster text; asserts exit 2, every fragment in stderr, and
/// that the output file was not written.
#[track_caller]
fn rejects(roster: &str, fragments: &[&str]) {
    rejects_under(
        &std::fs::read_to_string(schedule()).unwrap(),
        roster,
        fragments,
    );
}

/// The same under a given schedule text.
#[track_caller]
fn rejects_under(schedule_text: &str, roster: &str, fragments: &[&str]) {
    let wd = Workdir::new();
    let sched = wd.write("s.toml", schedule_text);
    let path = wd.write("roster.csv", roster);
    wd.run_over(
        "compute",
        &sched,
        &path,
        &["--format", "csv", "--output", "pay.csv"],
    )
    .status(2)
    .stderr_has(fragments);
    assert_eq!(
        wd.files(),
        ["roster.csv", "s.toml"],
        "an output file was written"
    );
}

/// The starter schedule without its allowances: only grades.
fn bare_schedule() -> String {
    let text = std::fs::read_to_string(schedule()).unwrap();
    let grades_end = text.find("[[allowance]]").unwrap();
    text[..grades_end].to_string()
}

const HEADER: &str = "工号,姓名,能级,档次,岗位类别,证书等级,入职日期,工作日加班小时\n";

#[test]
fn unknown_grade_suggests_the_nearest() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,0\nS2,乙,高级技工,1,基础类,无,2020-01-01,0\n"),
        &["unknown grade '高级技工' at ", "roster.csv:3:3 (能级)", "did you mean '高级'?"],
    );
}

#[test]
fn duplicate_worker_id_names_both_lines() {
    rejects(
        &format!(
            "{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,0\nS1,乙,中级,1,基础类,无,2020-01-01,0\n"
        ),
        &[
            "duplicate employee_id 'S1' at ",
            "roster.csv:3:1 (工号)",
            "first seen on line 2",
        ],
    );
}

#[test]
fn bad_date_says_the_expected_form() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-13-01,0\n"),
        &[
            "'2020-13-01' is not a date at ",
            "roster.csv:2:7 (入职日期)",
            "expected YYYY-MM-DD",
        ],
    );
}

#[test]
fn negative_hours_are_refused() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,-4\n"),
        &["negative hours '-4' at ", "roster.csv:2:8 (工作日加班小时)"],
    );
}

#[test]
fn impossible_hours_are_refused() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,800\n"),
        &[
            "800 hours is more than a month has at ",
            "roster.csv:2:8",
            "at most 744",
        ],
    );
    // Just past the bound, with places.
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,744.05\n"),
        &["744.05 hours is more than a month has at "],
    );
}

#[test]
fn non_numeric_amounts_and_hours_are_refused() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,八\n"),
        &["'八' is not a number of hours at ", "roster.csv:2:8"],
    );
    rejects_under(
        &bare_schedule(),
        "工号,能级,上年月均工资\nS1,高级,四千\n",
        &[
            "'四千' is not an amount of money (",
            "roster.csv:2:3 (上年月均工资)",
        ],
    );
}

#[test]
fn unknown_lookup_value_lists_the_table() {
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,三极,2020-01-01,0\n"),
        &[
            "unknown value '三极' for allowance 'skill' at ",
            "roster.csv:2:6 (证书等级)",
            "did you mean '三级'?",
        ],
    );
}

#[test]
fn step_beyond_the_grade_is_refused() {
    rejects(
        &format!("{HEADER}S1,甲,高级,4,基础类,无,2020-01-01,0\n"),
        &[
            "step '4' is not a step of 高级 at ",
            "roster.csv:2:4 (档次)",
            "expected 1 to 3",
        ],
    );
}

#[test]
fn missing_column_a_rule_reads_is_named() {
    rejects(
        "工号,姓名,能级,档次,岗位类别,证书,入职日期\nS1,甲,高级,1,基础类,无,2020-01-01\n",
        &[
            "no column '证书等级', which allowance 'skill' reads at ",
            "roster.csv:1",
            "did you mean the column '证书'?",
        ],
    );
}

#[test]
fn missing_required_column_is_named() {
    rejects(
        "工号,姓名\nS1,甲\n",
        &["the roster has no grade column", "roster.csv:1"],
    );
}

#[test]
fn every_error_in_the_file_is_reported_at_once() {
    let wd = Workdir::new();
    let path = wd.write(
        "roster.csv",
        format!("{HEADER}S1,甲,高极,1,基础类,无,2020-01-01,0\nS2,乙,高级,9,基础类,无,2020-01-01,0\nS3,丙,高级,1,基础类,无,bad,0\n"),
    );
    let run = wd
        .run(&["compute", "--schedule", &schedule(), "--roster", &path])
        .status(2);
    run.stderr_has(&[
        "3 problems",
        "roster.csv:2:3",
        "roster.csv:3:4",
        "roster.csv:4:7",
    ]);
}

#[test]
fn enterprises_out_of_order_are_refused() {
    rejects_under(
        &bare_schedule(),
        "工号,企业,能级\nS1,A,高级\nS2,B,高级\nS3,A,高级\n",
        &[
            "the rows of enterprise 'A' are not together at ",
            "roster.csv:4:2",
            "sort the roster by enterprise_id",
        ],
    );
}

#[test]
fn malformed_schedule_names_its_place() {
    let wd = Workdir::new();
    let sched = wd.write("s.toml", "[schedule]\ntitle = \"x\"\nscope = \"firm\"\n");
    wd.run_over("compute", &sched, &example("starter/roster.csv"), &[])
        .status(2)
        .stderr_has(&["invalid schedule", "unknown variant `firm`", "s.toml:3:9"]);
}

#[test]
fn missing_files_are_clear_errors() {
    let wd = Workdir::new();
    wd.run(&["compute", "--schedule", "nope.toml", "--roster", "nope.csv"])
        .status(2)
        .stderr_has(&["cannot read the schedule 'nope.toml'"]);
    wd.run(&["compute", "--schedule", &schedule(), "--roster", "nope.csv"])
        .status(2)
        .stderr_has(&["cannot read the roster 'nope.csv'"]);
}

#[test]
fn bad_period_is_a_usage_error() {
    let wd = Workdir::new();
    wd.run_over(
        "compute",
        &schedule(),
        &example("starter/roster.csv"),
        &["--period", "2026-13"],
    )
    .status(2)
    .stderr_has(&["'2026-13' is not a pay period (expected YYYY-MM"]);
}

#[test]
fn invalid_utf8_without_gb18030_hint_is_explained() {
    // Bytes that are neither UTF-8 nor decodable text: forced UTF-8 fails with a hint.
    let wd = Workdir::new();
    let (gb, _, _) = encoding_rs::GB18030.encode("工号,能级\nS1,高级\n");
    let path = wd.write("roster.csv", &gb);
    wd.run_over("compute", &schedule(), &path, &["--encoding", "utf-8"])
        .status(2)
        .stderr_has(&["roster.csv:1", "try --encoding gb18030"]);
}

// Issue 11, Deliver 2: numbers and dates are checked for what they mean.

/// Runs compute on a roster under the bare schedule; returns the run.
fn compute_bare(wd: &Workdir, roster: &str, lang: &str) -> common::Run {
    let sched = wd.write("s.toml", bare_schedule());
    let path = wd.write("roster.csv", roster);
    wd.run_lang(
        lang,
        &[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &path,
            "--format",
            "csv",
        ],
    )
}

#[test]
fn grouping_commas_are_read_in_groups_of_three_only() {
    // Correct groups compute.
    let wd = Workdir::new();
    compute_bare(
        &wd,
        "工号,能级,上年月均工资,工作日加班小时\nS1,高级,\"4,200.00\",\"1,0\"\n",
        "en",
    )
    .status(2)
    .stderr_has(&["'1,0' has a decimal comma", "roster.csv:2:4"]);
    let wd = Workdir::new();
    compute_bare(&wd, "工号,能级,上年月均工资\nS1,高级,\"4,200.00\"\n", "en").success();
    // Out of place: refused, saying which.
    rejects_under(
        &bare_schedule(),
        "工号,能级,上年月均工资\nS1,高级,\"2,6,0,0\"\n",
        &[
            "'2,6,0,0' has grouping commas out of place",
            "groups of three digits, as in 2,600.00 or 12,345",
            "roster.csv:2:3 (上年月均工资)",
        ],
    );
    // The same class in hours.
    rejects(
        &format!("{HEADER}S1,甲,高级,1,基础类,无,2020-01-01,\"1,2,0\"\n"),
        &["'1,2,0' has grouping commas out of place", "roster.csv:2:8"],
    );
    // And in a payroll (audit).
    let wd = Workdir::new();
    let payroll = wd.write("paid.csv", "工号,能级工资\nS001,\"3,8,0,0\"\n");
    wd.run_over(
        "audit",
        &example("starter/schedule.toml"),
        &example("starter/roster.csv"),
        &["--payroll", &payroll],
    )
    .status(2)
    .stderr_has(&["'3,8,0,0' has grouping commas out of place", "paid.csv:2:2"]);
}

#[test]
fn grouping_message_in_chinese() {
    let wd = Workdir::new();
    compute_bare(&wd, "工号,能级,上年月均工资\nS1,高级,\"2,6,0,0\"\n", "zh")
        .status(2)
        .stderr_has(&["“2,6,0,0”的千分位逗号位置不对", "roster.csv:2:3"]);
}

#[test]
fn a_negative_amount_says_negative() {
    rejects_under(
        &bare_schedule(),
        "工号,能级,上年月均工资\nS1,高级,-4200\n",
        &["'-4200' is negative at ", "roster.csv:2:3", "at least 0"],
    );
    let wd = Workdir::new();
    compute_bare(&wd, "工号,能级,上年月均工资\nS1,高级,-4200\n", "zh")
        .status(2)
        .stderr_has(&["“-4200”是负数"]);
}

#[test]
fn an_amount_beyond_the_range_says_the_range() {
    rejects_under(
        &bare_schedule(),
        "工号,能级,上年月均工资\nS1,高级,12345678901234567890123456789\n",
        &[
            "'12345678901234567890123456789' is beyond the range nengji accepts",
            "from -1,000,000,000,000 to 1,000,000,000,000",
            "roster.csv:2:3",
        ],
    );
    // 33 digits: more than any decimal holds, still the range.
    rejects_under(
        &bare_schedule(),
        "工号,能级,上年月均工资\nS1,高级,123456789012345678901234567890123\n",
        &["is beyond the range nengji accepts"],
    );
}

#[test]
fn schedule_money_has_at_most_two_places() {
    let text = bare_schedule().replace("\"2600\"", "\"2600.005\"");
    assert_ne!(text, bare_schedule());
    let line = text.lines().position(|l| l.contains("2600.005")).unwrap() + 1;
    rejects_under(
        &text,
        "工号,能级\nS1,高级\n",
        &[
            "invalid schedule",
            "'2600.005' has 3 decimal places; money here has at most 2 (fen): write 2600.01",
            &format!("s.toml:{line}:"),
        ],
    );
}

#[test]
fn standards_money_has_at_most_two_places() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(example("standards/zhejiang.toml")).unwrap();
    let bad = text.replacen("[\"2490\",", "[\"2490.001\",", 1);
    assert_ne!(bad, text, "the standards example changed");
    let standards = wd.write("std.toml", bad);
    wd.run(&[
        "check",
        "--schedule",
        &example("starter/schedule.toml"),
        "--standards",
        &standards,
    ])
    .status(2)
    .stderr_has(&["'2490.001' has 3 decimal places", "std.toml:"]);
}

#[test]
fn a_percentage_of_itself_is_a_clear_error() {
    let text = format!(
        "{}[[allowance]]\nid = \"bonus\"\nname = \"奖金\"\ncategory = \"other\"\nkind = \"percent\"\nof = [\"bonus\"]\nrate = \"5%\"\n",
        bare_schedule()
    );
    let wd = Workdir::new();
    let sched = wd.write("s.toml", text);
    let run = wd
        .run(&[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &example("starter/roster.csv"),
        ])
        .status(2)
        .stderr_has(&["allowance 'bonus' takes a percentage of itself", "s.toml:"]);
    assert!(!run.stderr().contains("did you mean"), "{}", run.stderr());
}

/// Runs compute on a roster under the bare schedule for a period.
fn compute_period(wd: &Workdir, roster: &str, period: &str) -> common::Run {
    let sched = wd.write("s.toml", bare_schedule());
    let path = wd.write("roster.csv", roster);
    wd.run_over(
        "compute",
        &sched,
        &path,
        &["--period", period, "--format", "csv"],
    )
}

#[test]
fn dates_before_1900_are_refused() {
    for date in ["1899-12-31", "0001-01-01"] {
        rejects(
            &format!("{HEADER}S1,甲,高级,1,基础类,无,{date},0\n"),
            &[
                &format!("入职日期 {date} is before 1900 at "),
                "roster.csv:2:7 (入职日期)",
                "check the year",
            ],
        );
    }
}

#[test]
fn a_hire_date_after_the_period_is_a_warning_and_a_year_on_an_error() {
    // After the schedule's term (it expires 2026-12-31): no month pays it.
    let wd = Workdir::new();
    compute_period(&wd, "工号,能级,入职日期\nS1,高级,2027-02-01\nS2,高级,9999-01-01\n", "2026-01")
        .status(2)
        .stderr_has(&[
            "入职日期 2027-02-01 is more than a year after the pay period 2026-01 and after the schedule's term: a roster read for 2026-01 gives dates up to 2027-01-31 at ",
            "roster.csv:2:3 (入职日期)",
            "correct the date",
            "入职日期 9999-01-01 is more than a year after the pay period 2026-01",
            "roster.csv:3:3",
        ]);
    // Inside the term: computed (paid nothing this month), with a warning saying why.
    let wd = Workdir::new();
    let run = compute_period(
        &wd,
        "工号,能级,入职日期\nS1,高级,2020-01-01\nS2,高级,2026-03-01\nS3,高级,2026-04-01\n",
        "2026-01",
    )
    .success();
    run.stderr_has(&[
        "warning: 2 workers are hired after 2026-01 (first S2 at ",
        "roster.csv:3) and are paid nothing for it",
        "accepted, because a roster serves later months too",
    ]);
    // In Chinese.
    let wd = Workdir::new();
    let sched = wd.write("s.toml", bare_schedule());
    let path = wd.write("roster.csv", "工号,能级,入职日期\nS1,高级,2027-02-01\n");
    wd.run_lang(
        "zh",
        &[
            "compute",
            "--schedule",
            &sched,
            "--roster",
            &path,
            "--period",
            "2026-01",
        ],
    )
    .status(2)
    .stderr_has(&["入职日期 2027-02-01 比工资所属期 2026-01 晚一年以上"]);
}

#[test]
fn overtime_beyond_what_a_month_holds_is_refused() {
    let roster = "工号,能级,工作日加班小时,休息日加班小时,法定节假日加班小时\nS1,高级,300,300,200\nS2,高级,30,6,0\n";
    let wd = Workdir::new();
    compute_period(&wd, roster, "2026-01")
        .status(2)
        .stderr_has(&[
            "overtime 300 + 300 + 200 = 800 hours is more than 2026-01 holds (31 days x 24 = 744 hours) at ",
            "roster.csv:2:3 (工作日加班小时)",
            "36 hours a month is a finding of check",
        ]);
    // February holds fewer hours: 700 fits January, not February.
    let roster =
        "工号,能级,工作日加班小时,休息日加班小时,法定节假日加班小时\nS1,高级,300,300,100\n";
    let wd = Workdir::new();
    compute_period(&wd, roster, "2026-01").success();
    let wd = Workdir::new();
    compute_period(&wd, roster, "2026-02")
        .status(2)
        .stderr_has(&["= 700 hours is more than 2026-02 holds (28 days x 24 = 672 hours)"]);
}

#[test]
fn a_period_outside_the_term_is_a_warning_for_compute_and_a_finding_for_check() {
    let wd = Workdir::new();
    let run = compute_period(&wd, "工号,能级\nS1,高级\n", "2027-03").success();
    run.stderr_has(&[
        "warning: the pay period 2027-03 is outside the schedule's term (2026-01-01 to 2026-12-31)",
        "give --period inside the term",
    ]);
    let wd = Workdir::new();
    compute_period(&wd, "工号,能级\nS1,高级\n", "2026-12").success();
    assert!(!wd
        .run(&[
            "compute",
            "--schedule",
            &wd.path("s.toml").display().to_string(),
            "--roster",
            &wd.path("roster.csv").display().to_string(),
            "--period",
            "2026-12"
        ])
        .stderr()
        .contains("warning"));
    let wd = Workdir::new();
    wd.run(&[
        "check",
        "--schedule",
        &schedule(),
        "--standards",
        &example("standards/zhejiang.toml"),
        "--period",
        "2027-03",
        "--format",
        "json",
    ])
    .stdout_has(&[
        "\"rule\": \"period-outside-term\"",
        "\"severity\": \"warning\"",
    ]);
}

#[test]
fn a_pool_that_cannot_be_distributed_names_the_pool() {
    let text = format!(
        "{}[[allowance]]\nid = \"share\"\nname = \"收益共享\"\ncategory = \"profit-sharing\"\nkind = \"pool\"\namount = 10000\nweight_column = \"贡献\"\n",
        bare_schedule()
    );
    let line = text.lines().position(|l| l == "id = \"share\"").unwrap() + 1;
    let wd = Workdir::new();
    let sched = wd.write("s.toml", &text);
    let path = wd.write("roster.csv", "工号,能级,贡献\nS1,高级,0\nS2,中级,0\n");
    wd.run_over("compute", &sched, &path, &["--output", "pay.csv"])
        .status(2)
        .stderr_has(&[
            &format!(
                "the pool of rule 'share' ({sched}:{line}) cannot be distributed in enterprise ''"
            ),
            "every eligible worker's weight is 0",
            "roster.csv:2)",
        ]);
    assert!(!wd.files().contains(&"pay.csv".to_string()));
    wd.run_lang("zh", &["compute", "--schedule", &sched, "--roster", &path])
        .status(2)
        .stderr_has(&["的分享池无法在企业“”中分配"]);
}

/// The pool error names the roster's file and line in every command that
/// computes pay, not only in compute.
#[test]
fn a_pool_error_names_the_roster_in_every_command() {
    let text = format!(
        "{}[[allowance]]\nid = \"share\"\nname = \"收益共享\"\ncategory = \"profit-sharing\"\nkind = \"pool\"\namount = 10000\nweight_column = \"贡献\"\n",
        bare_schedule()
    );
    let wd = Workdir::new();
    let s = wd.write("s.toml", &text);
    let r = wd.write(
        "roster.csv",
        "工号,企业,能级,贡献\nS1,E1,高级,0\nS2,E1,中级,0\n",
    );
    let p = wd.write("paid.csv", "工号,应发工资\nS1,100.00\nS2,100.00\n");
    let (s, r) = (s.as_str(), r.as_str());
    let commands: [Vec<&str>; 9] = [
        vec!["compute", "--schedule", s, "--roster", r],
        vec![
            "render",
            "--schedule",
            s,
            "--roster",
            r,
            "--document",
            "notice",
        ],
        vec![
            "explain",
            "--schedule",
            s,
            "--roster",
            r,
            "--employee",
            "S1",
        ],
        vec![
            "check",
            "--schedule",
            s,
            "--roster",
            r,
            "--standards",
            "zhejiang",
        ],
        vec!["audit", "--schedule", s, "--roster", r, "--payroll", &p],
        vec![
            "arrears",
            "--schedule",
            s,
            "--roster",
            r,
            "--from",
            "2026-01",
            "--to",
            "2026-01",
        ],
        vec![
            "propose",
            "--schedule",
            s,
            "--roster",
            r,
            "--target-growth",
            "5%",
        ],
        vec!["compare", "--roster", r, s, s],
        vec!["batch", "--schedule", s, "--roster", r, "--output", "out"],
    ];
    for args in commands {
        let run = wd
            .run(&args)
            .status(2)
            .stderr_has(&["cannot be distributed in enterprise 'E1'", "roster.csv:2"]);
        // Said once, with its place once.
        for line in run.stderr().lines() {
            assert!(
                line.matches("cannot be distributed").count() <= 1
                    && line.matches("roster.csv:").count() <= 1,
                "{args:?}: {line}"
            );
        }
    }
}

#[test]
fn overlapping_dated_standards_name_both_places() {
    let text = std::fs::read_to_string(example("standards/examples.toml")).unwrap();
    let start = text.find("[[industry_floor]]").unwrap();
    let end = text[start + 1..]
        .find("\n[")
        .map_or(text.len(), |e| start + 1 + e + 1);
    let floor = &text[start..end];
    // The same floor again, from mid-year: it overlaps the first one's term.
    let again = floor.replace("effective = 2026-01-01", "effective = 2026-07-01");
    assert_ne!(again, floor, "the example's floor changed");
    let wd = Workdir::new();
    let standards = wd.write("std.toml", format!("{text}\n{again}"));
    let first = text[..start].lines().count() + 1;
    let second = text.lines().count() + 2;
    wd.run(&[
        "check",
        "--schedule",
        &example("pump/schedule.toml"),
        "--standards",
        &standards,
    ])
    .status(2)
    .stderr_has(&[
        "the industry floor of '温岭市泵与电机行业' from 2026-07-01",
        &format!(
            "is given twice (also at {standards}:{first}:1); keep one at {standards}:{second}:1"
        ),
    ]);
}

/// The roster's cell messages are told in Chinese, with the place and the fix.
#[test]
fn roster_messages_are_told_in_chinese() {
    let wd = Workdir::new();
    let path = wd.write(
        "roster.csv",
        format!("{HEADER}S1,甲,高级技工,1,基础类,无,2020-01-01,0\nS1,乙,高级,9,基础类,无,2020-01-01,0\nS2,丙,高级,1,基础类,无,2020-01-01,0\nS2,丁,高级,1,基础类,无,2020-01-01,0\n"),
    );
    wd.run_lang(
        "zh",
        &["compute", "--schedule", &schedule(), "--roster", &path],
    )
    .status(2)
    .stderr_has(&[
        "花名册有误（3 个问题）",
        "未知能级“高级技工”，位于 ",
        "roster.csv:2:3（能级）；是否想写",
        "档次“9”不是高级的档次",
        "应为 1 到 3",
        "工号“S2”重复，位于 ",
        "第一次出现在第 4 行",
    ]);
}
