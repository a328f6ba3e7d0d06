//! `nengji arrears` through the binary: it owes exactly what `nengji compute`
//! gives month by month under the new schedule less the previous one, and
//! renders both statements.

mod common;

use std::collections::HashMap;

use common::{example, Workdir};

/// employee_id -> gross, from `nengji compute --format csv`.
fn compute(wd: &Workdir, schedule: &str, period: &str) -> HashMap<String, String> {
    let out = wd
        .run(&[
            "compute",
            "--schedule",
            schedule,
            "--roster",
            &example("midyear/roster.csv"),
            "--period",
            period,
            "--format",
            "csv",
        ])
        .success()
        .stdout();
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let gross = header
        .iter()
        .position(|h| *h == "gross")
        .expect("a gross column");
    lines
        .filter(|l| !l.is_empty() && !l.starts_with("合计") && !l.starts_with("total"))
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (cells[0].to_string(), cells[gross].to_string())
        })
        .collect()
}

fn arrears(wd: &Workdir, extra: &[&str]) -> common::Run {
    let (s, p, r) = (
        example("midyear/schedule.toml"),
        example("midyear/previous.toml"),
        example("midyear/roster.csv"),
    );
    let mut args = vec![
        "arrears",
        "--schedule",
        &s,
        "--previous",
        &p,
        "--roster",
        &r,
        "--from",
        "2026-01",
        "--to",
        "2026-05",
    ];
    args.extend_from_slice(extra);
    wd.run(&args)
}

#[test]
fn arrears_agree_with_compute_month_by_month_under_both_schedules() {
    let wd = Workdir::new();
    let csv = arrears(&wd, &["--format", "csv"]).success().stdout();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("employee_id,name,enterprise_id,period,entitled,paid,owed,source")
    );
    let mut cache: HashMap<(String, String), HashMap<String, String>> = HashMap::new();
    let mut rows = 0;
    for line in lines {
        let c: Vec<&str> = line.split(',').collect();
        let (id, period, entitled, paid, owed) = (c[0], c[3], c[4], c[5], c[6]);
        for (schedule, want) in [
            ("midyear/schedule.toml", entitled),
            ("midyear/previous.toml", paid),
        ] {
            let sheet = cache
                .entry((schedule.to_string(), period.to_string()))
                .or_insert_with(|| compute(&wd, &example(schedule), period));
            assert_eq!(
                sheet.get(id).map(String::as_str),
                Some(want),
                "{id} {period} {schedule}"
            );
        }
        let cents = |s: &str| s.replace('.', "").parse::<i64>().unwrap();
        assert_eq!(cents(owed), cents(entitled) - cents(paid), "{line}");
        rows += 1;
    }
    // Five workers; one leaves in March, two join in February and April.
    assert_eq!(rows, 19);
}

#[test]
fn totals_in_json_and_text() {
    let wd = Workdir::new();
    let json = arrears(&wd, &["--format", "json"]).success().stdout();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["total"]["owed"], "3786.18");
    assert_eq!(v["workers"].as_array().unwrap().len(), 5);
    assert_eq!(v["rows"].as_array().unwrap().len(), 19);
    arrears(&wd, &[])
        .success()
        .stdout_has(&["owed 3,786.18", "DH103"])
        // The roster's leave days and overtime hours count in every month.
        .stderr_has(&[
            "one roster serves 5 months, and 4 workers have",
            "--roster YYYY-MM=FILE",
        ]);
}

#[test]
fn a_roster_per_month_has_its_monthly_figures_counted_once() {
    let wd = Workdir::new();
    let r = example("midyear/roster.csv");
    let january = format!("2026-01={r}");
    let february = format!("2026-02={r}");
    let run = wd
        .run(&[
            "arrears",
            "--schedule",
            &example("midyear/schedule.toml"),
            "--roster",
            &january,
            "--roster",
            &february,
            "--from",
            "2026-01",
            "--to",
            "2026-02",
        ])
        .success();
    assert!(
        !run.stderr().contains("one roster serves"),
        "{}",
        run.stderr()
    );
}

#[test]
fn both_statements_in_every_format() {
    let wd = Workdir::new();
    arrears(&wd, &["--document", "arrears"])
        .success()
        .stdout_has(&[
            "# 工资补发明细表",
            "| DH104 | 王丽娟 |",
            "应补发 3,786.18 元（人民币叁仟柒佰捌拾陆元壹角捌分）",
        ]);
    let claim = wd.path("claim.html").display().to_string();
    arrears(&wd, &["--document", "claim", "-o", &claim]).success();
    let html = wd.read("claim.html");
    assert!(
        html.contains("欠薪核算表") && html.contains("第八十五条"),
        "{html}"
    );
    let docx = wd.path("a.docx").display().to_string();
    arrears(
        &wd,
        &[
            "--document",
            "arrears",
            "--document-format",
            "docx",
            "-o",
            &docx,
        ],
    )
    .success();
    assert!(std::fs::read(wd.path("a.docx")).unwrap().starts_with(b"PK"));
}

#[test]
fn wages_stopped_and_a_payroll_month() {
    let wd = Workdir::new();
    let payroll = wd.write("p.csv", "工号,应发工资\nDH101,3000.00\n");
    let (s, r) = (
        example("midyear/schedule.toml"),
        example("midyear/roster.csv"),
    );
    let month = format!("2026-01={payroll}");
    let csv = wd
        .run(&[
            "arrears",
            "--schedule",
            &s,
            "--roster",
            &r,
            "--from",
            "2026-01",
            "--to",
            "2026-02",
            "--payroll",
            &month,
            "--format",
            "csv",
        ])
        .success()
        .stdout();
    assert!(
        csv.contains("DH101,毛超俊,WL-PUMP-001,2026-01,3555.88,3000.00,555.88,payroll"),
        "{csv}"
    );
    // Not on the payroll: paid nothing. February has no payroll and no previous schedule.
    assert!(
        csv.contains("DH102,陈秀兰,WL-PUMP-001,2026-01,4054.04,0.00,4054.04,payroll"),
        "{csv}"
    );
    assert!(
        csv.contains("DH101,毛超俊,WL-PUMP-001,2026-02,3555.88,0.00,3555.88,unpaid"),
        "{csv}"
    );
    wd.run(&[
        "arrears",
        "--schedule",
        &s,
        "--roster",
        &r,
        "--from",
        "2026-03",
        "--to",
        "2026-02",
    ])
    .status(2)
    .stderr_has(&["--from 2026-03 is after --to 2026-02"]);
    wd.run(&[
        "arrears",
        "--schedule",
        &s,
        "--roster",
        &r,
        "--from",
        "2026-01",
        "--to",
        "2026-02",
        "--payroll",
        &payroll,
    ])
    .status(2)
    .stderr_has(&["names no month"]);
}

/// With one roster for every month and a profit-sharing pool, a worker not
/// employed in a month shares neither arrears' nor compute's pool that month:
/// the two agree worker by worker, and each month's shares add up to the pool.
#[test]
fn a_pool_is_split_among_the_month_s_workers_alike_in_arrears_and_compute() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(example("midyear/schedule.toml")).unwrap();
    let pool =
        "\n[[allowance]]\nid = \"share\"\nname = \"收益共享奖金\"\ncategory = \"profit-sharing\"\n\
                kind = \"pool\"\namount = \"1000.00\"\n";
    let schedule = wd.write("pool.toml", format!("{text}{pool}"));
    let csv = wd
        .run(&[
            "arrears",
            "--schedule",
            &schedule,
            "--roster",
            &example("midyear/roster.csv"),
            "--from",
            "2026-01",
            "--to",
            "2026-05",
            "--format",
            "csv",
        ])
        .success()
        .stdout();
    let mut months: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for line in csv.lines().skip(1) {
        let c: Vec<&str> = line.split(',').collect();
        months
            .entry(c[3].to_string())
            .or_default()
            .push((c[0].to_string(), c[4].to_string()));
    }
    assert_eq!(months.len(), 5);
    for (period, rows) in &months {
        let out = wd
            .run(&[
                "compute",
                "--schedule",
                &schedule,
                "--roster",
                &example("midyear/roster.csv"),
                "--period",
                period,
                "--format",
                "csv",
            ])
            .success()
            .stdout();
        let mut lines = out.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let (gross, share) = (at("gross"), at("share"));
        let sheet: HashMap<String, (String, String)> = lines
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|c| c.len() == header.len())
            .map(|c| {
                (
                    c[0].to_string(),
                    (c[gross].to_string(), c[share].to_string()),
                )
            })
            .collect();
        let mut shared = 0i64;
        for (id, entitled) in rows {
            let (gross, part) = &sheet[id];
            assert_eq!(gross, entitled, "{id} in {period}");
            shared += part.replace('.', "").parse::<i64>().unwrap();
        }
        assert_eq!(
            shared, 100_000,
            "{period}: the month's shares add up to the pool"
        );
        // The workers compute lists but arrears leaves out share nothing.
        for (id, (_, part)) in &sheet {
            if !rows.iter().any(|(r, _)| r == id) {
                assert_eq!(part, "0.00", "{id} is not employed in {period}");
            }
        }
    }
}

/// A roster per month, joined by enterprise: each month's rows are what the
/// month's roster alone gives (in its order, with its payroll), whichever
/// enterprises the other months lack or add, and each worker's total adds up
/// their months.
#[test]
fn month_rosters_join_by_enterprise_and_each_month_is_its_own_roster_s() {
    let wd = Workdir::new();
    let [january, february, march, paid_february, paid_march] = common::workload_month_rosters(&wd);
    let (offer, previous) = (
        example("workload/offer-a.toml"),
        example("workload/schedule.toml"),
    );
    let run = |extra: &[&str], from: &str, to: &str| {
        let mut args = vec![
            "arrears",
            "--schedule",
            &offer,
            "--previous",
            &previous,
            "--from",
            from,
            "--to",
            to,
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        wd.run(&args).success().stdout()
    };
    let (jan, feb, mar) = (
        format!("2026-01={january}"),
        format!("2026-02={february}"),
        format!("2026-03={march}"),
    );
    let (paid_feb, paid_mar) = (
        format!("2026-02={paid_february}"),
        format!("2026-03={paid_march}"),
    );
    let all = run(
        &[
            "--roster",
            &jan,
            "--roster",
            &feb,
            "--roster",
            &mar,
            "--payroll",
            &paid_feb,
            "--payroll",
            &paid_mar,
        ],
        "2026-01",
        "2026-03",
    );
    let mut expected = String::new();
    for (month, roster, payroll) in [
        ("2026-01", &january, None),
        ("2026-02", &february, Some(&paid_feb)),
        ("2026-03", &march, Some(&paid_mar)),
    ] {
        let mut extra = vec!["--roster", roster.as_str()];
        if let Some(p) = payroll {
            extra.extend(["--payroll", p.as_str()]);
        }
        let one = run(&extra, month, month);
        if expected.is_empty() {
            expected.push_str(one.lines().next().unwrap());
            expected.push('\n');
        }
        for line in one.lines().skip(1) {
            expected.push_str(line);
            expected.push('\n');
        }
    }
    assert_eq!(all, expected);
    // February's own enterprise, March's, and a February payroll row.
    assert!(all.contains("B-E00002-00000,"), "{all}");
    assert!(all.contains("Z-E00000-00000,"), "{all}");
    assert!(
        all.contains(",2026-02,") && all.contains(",5000.00,"),
        "{all}"
    );
    // Per worker: their months, summed; one total per worker.
    let json = wd
        .run(&[
            "arrears",
            "--schedule",
            &offer,
            "--previous",
            &previous,
            "--from",
            "2026-01",
            "--to",
            "2026-03",
            "--roster",
            &jan,
            "--roster",
            &feb,
            "--roster",
            &mar,
            "--format",
            "json",
        ])
        .success()
        .stdout();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut months: HashMap<(String, String), u64> = HashMap::new();
    for r in v["rows"].as_array().unwrap() {
        let key = (
            r["enterprise_id"].as_str().unwrap().to_string(),
            r["employee_id"].as_str().unwrap().to_string(),
        );
        *months.entry(key).or_default() += 1;
    }
    let workers = v["workers"].as_array().unwrap();
    assert_eq!(workers.len(), months.len());
    for w in workers {
        let key = (
            w["enterprise_id"].as_str().unwrap().to_string(),
            w["employee_id"].as_str().unwrap().to_string(),
        );
        assert_eq!(w["months"].as_u64(), months.get(&key).copied(), "{key:?}");
    }
    // E00001 is in January and March only; E00002b in February only.
    let e = v["enterprises"].as_array().unwrap();
    let ids: Vec<&str> = e
        .iter()
        .map(|e| e["enterprise_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["E00000", "E00001", "E00002", "E00003", "E00002b", "E99999"]
    );
}

/// Month rosters and payrolls must keep each enterprise's rows together and
/// list the enterprises in the roster's order; each is told at its file and
/// line, in English and Chinese.
#[test]
fn month_rosters_and_payrolls_out_of_order_are_told_where() {
    let wd = Workdir::new();
    let s = example("midyear/schedule.toml");
    let head = "工号,姓名,企业,企业名称,能级,档次,入职日期\n";
    let a = "A1,甲,E1,一厂,初级工,1,2020-01-01\nA2,乙,E1,一厂,初级工,1,2020-01-01\n";
    let b = "B1,丙,E2,二厂,初级工,1,2020-01-01\n";
    let c = "C1,丁,E3,三厂,初级工,1,2020-01-01\n";
    let january = wd.write("jan.csv", format!("{head}{a}{b}{c}"));
    let swapped = wd.write("feb.csv", format!("{head}{a}{c}{b}"));
    let apart = wd.write(
        "apart.csv",
        format!("{head}A1,甲,E1,一厂,初级工,1,2020-01-01\n{b}A2,乙,E1,一厂,初级工,1,2020-01-01\n"),
    );
    let args = |february: &str, payroll: Option<&str>| {
        let mut v = vec![
            "arrears".to_string(),
            "--schedule".into(),
            s.clone(),
            "--from".into(),
            "2026-01".into(),
            "--to".into(),
            "2026-02".into(),
            "--roster".into(),
            format!("2026-01={january}"),
            "--roster".into(),
            format!("2026-02={february}"),
        ];
        if let Some(p) = payroll {
            v.extend(["--payroll".into(), format!("2026-01={p}")]);
        }
        v
    };
    let run = |lang: &str, v: &[String]| {
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        wd.run_lang(lang, &v).status(2)
    };
    // February lists E3 before E2: at feb.csv's E3 row, naming jan.csv's.
    let order = args(&swapped, None);
    run("en", &order).stderr_has(&[
        "feb.csv:4:3",
        "enterprise 'E3' comes after 'E2'",
        "jan.csv (line 5)",
        "in the same order",
    ]);
    run("zh", &order).stderr_has(&["feb.csv:4:3", "企业“E3”排在“E2”之后", "顺序一致"]);
    // February's E1 rows are apart.
    let apart = args(&apart, None);
    run("en", &apart).stderr_has(&[
        "apart.csv:4:3",
        "the rows of enterprise 'E1' are not together",
    ]);
    // A payroll by enterprise in another order than the month's roster.
    let paid = wd.write(
        "paid.csv",
        "enterprise_id,employee_id,gross\nE3,C1,1.00\nE2,B1,1.00\n",
    );
    let payroll = args(&january, Some(&paid));
    run("en", &payroll).stderr_has(&[
        "paid.csv:2:1",
        "enterprise 'E3' comes after 'E2' on the roster",
        "but before it in the payroll",
    ]);
    run("zh", &payroll).stderr_has(&["paid.csv:2:1", "工资发放表中却排在它之前"]);
}

#[test]
fn a_workbook_whose_temporary_directory_cannot_be_written_is_an_error_not_a_crash() {
    // The sheets' rows wait in temporary files until the workbook is zipped
    // into its output: with no temporary directory, the run stops with an
    // error that says what to set, and writes nothing.
    let wd = Workdir::new();
    let (s, p, r) = (
        example("midyear/schedule.toml"),
        example("midyear/previous.toml"),
        example("midyear/roster.csv"),
    );
    let out = common::nengji()
        .env("TMPDIR", wd.path("no-such-dir"))
        .args([
            "arrears",
            "--schedule",
            &s,
            "--previous",
            &p,
            "--roster",
            &r,
            "--from",
            "2026-01",
            "--to",
            "2026-05",
            "-o",
            "a.xlsx",
        ])
        .current_dir(wd.path("."))
        .output()
        .expect("run nengji");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    for part in ["cannot write the spreadsheet", "no-such-dir", "set TMPDIR"] {
        assert!(stderr.contains(part), "{part:?} not in {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(wd.files(), Vec::<String>::new());
}
