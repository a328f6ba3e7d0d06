//! Attendance through the binary: a joiner's paid days in compute and explain,
//! and attendance cells that are wrong, reported at file:line:column.

mod common;

use common::Workdir;

const SCHEDULE: &str = r#"
[schedule]
title = "测试合同"
scope = "enterprise"
employer = "甲"
union = "乙"
region = "330100"
effective = 2026-03-01
expires = 2026-12-31

[attendance]
probation_rate = "80%"
sick_rate = "80%"

[[grade]]
name = "高级工"
pay = ["4350"]

[[allowance]]
id = "skill"
name = "技能津贴"
category = "skill"
kind = "fixed"
amount = "435"
"#;

#[test]
fn a_joiner_is_paid_and_explained_by_paid_days() {
    let wd = Workdir::new();
    let s = wd.write("s.toml", SCHEDULE);
    let r = wd.write(
        "r.csv",
        "工号,姓名,能级,入职日期,病假天数\nA1,王伟,高级工,2026-03-17,\nA2,李娜,高级工,2019-01-01,5\n",
    );
    // 2026-03-17 to 03-31: 11 weekdays. 4350 x 11 / 21.75 = 2200.00; 435 -> 220.00.
    wd.run_over("compute", &s, &r, &["--format", "csv"])
        .success()
        .stdout_has(&["A1,王伟,", "2200.00,220.00,0.00,2420.00", "A2,李娜,"]);
    wd.run(&["explain", "--schedule", &s, "--roster", &r, "--employee", "A1"])
        .success()
        .stdout_has(&[
            "paid days (劳社部发〔2008〕3号: monthly / 21.75): employed 2026-03-17 to 2026-03-31: 11 weekdays",
            "paid days 11 of 21.75",
            "x 11 / 21.75 paid days = 2200.00",
        ]);
    // 5 sick days at 80%: 21.75 - 1 = 20.75 paid days; 4350 x 20.75 / 21.75 = 4150.00.
    wd.run_over("explain", &s, &r, &["--employee", "A2", "--format", "json"])
        .success()
        .stdout_has(&["\"days\": \"20.75\"", "\"amount\": \"4150.00\""]);
}

#[test]
fn bad_attendance_cells_name_their_place() {
    let wd = Workdir::new();
    let s = wd.write("s.toml", SCHEDULE);
    let r = wd.write(
        "r.csv",
        "工号,能级,入职日期,离职日期,事假天数\nA1,高级工,2026-03-10,2026-03-02,\nA2,高级工,,,32\nA3,高级工,,2026-13-01,\n",
    );
    wd.run(&["compute", "--schedule", &s, "--roster", &r])
        .status(2)
        .stderr_has(&[
            "r.csv:2:4",
            "leave date 2026-03-02 is before the hire date 2026-03-10",
            "r.csv:3:5",
            "32 days is more than a month has",
            "r.csv:4:4",
            "'2026-13-01' is not a date",
        ]);
    let bad = wd.write(
        "bad.toml",
        SCHEDULE.replace("\"80%\"\nsick", "\"180%\"\nsick"),
    );
    wd.run(&["compute", "--schedule", &bad, "--roster", &r])
        .status(2)
        .stderr_has(&["bad.toml:", "probation_rate 180% must be from 0% to 100%"]);
}
