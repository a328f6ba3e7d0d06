//! The documents against the law, article by article, through the real binary:
//! who owes what in an industry agreement, the articles cited, the growth
//! figure's basis, the retroactive clause, the names printed instead of codes
//! and ids, the notice's citations, and Art 19's nine items. Each test holds a
//! text the documents got wrong before.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{example, Workdir};

/// Renders an example's document as Markdown and returns it with the run.
fn render(wd: &Workdir, name: &str, document: &str, extra: &[&str]) -> (String, common::Run) {
    let out = format!("{name}-{document}-{}.md", extra.len());
    let schedule = example(&format!("{name}/schedule.toml"));
    let roster = example(&format!("{name}/roster.csv"));
    let mut args = vec![
        "render",
        "--schedule",
        &schedule,
        "--roster",
        &roster,
        "--document",
        document,
        "-o",
        &out,
    ];
    args.extend_from_slice(extra);
    let run = wd.run(&args);
    (wd.read(&out), run)
}

/// The clause that starts with `**第N条**` and contains `needle`.
fn clause_with<'a>(md: &'a str, needle: &str) -> &'a str {
    md.split("\n\n")
        .find(|p| p.starts_with("**第") && p.contains(needle))
        .unwrap_or_else(|| panic!("no clause with {needle}:\n{md}"))
}

#[test]
fn in_an_industry_agreement_the_bound_enterprises_pay() {
    let wd = Workdir::new();
    let (md, run) = render(&wd, "pump", "industry-agreement", &[]);
    run.success();
    // 甲方 is the industry association: it does not employ or pay the workers.
    for wrong in [
        "甲方安排职工加班",
        "甲方以货币形式",
        "甲方违反本协议",
        "甲方延长工作时间",
        "甲方支付的工资",
        "甲方按正常出勤",
    ] {
        assert!(!md.contains(wrong), "{wrong}");
    }
    for right in [
        "本行业企业安排职工加班的",
        "本行业企业以货币形式按月支付职工工资",
        "本行业企业违反本协议约定",
        "本行业企业延长工作时间",
    ] {
        assert!(md.contains(right), "{right}");
    }
    // The association's own undertakings.
    assert!(md.contains("甲方负责向本行业企业宣传本协议，督促、指导本行业企业履行本协议"));
    // An enterprise contract keeps 甲方 as the payer.
    let (contract, _) = render(&wd, "courier", "contract", &[]);
    assert!(contract.contains("甲方以货币形式按月支付职工工资"));
}

#[test]
fn quotas_cite_the_labour_contract_law_and_hangzhou_as_hangzhou() {
    let wd = Workdir::new();
    let (md, _) = render(&wd, "pump", "industry-agreement", &[]);
    let quota = clause_with(&md, "百分之九十");
    // 劳动合同法 Art 4: the workers' congress discusses quota rules.
    assert!(
        quota.contains("（《中华人民共和国劳动合同法》第四条）"),
        "{quota}"
    );
    // Wenling is not Hangzhou: the 90% rule is cited as guidance.
    assert!(quota.contains("百分之九十以上的职工在法定工作时间内能够完成（参照《杭州市企业工资集体协商条例》第十条）"), "{quota}");
    // Art 27 only lists the topics of industry bargaining.
    assert!(!quota.contains("第二十七条"), "{quota}");
    // In Hangzhou (西湖区 330106) it applies as law.
    let schedule = std::fs::read_to_string(example("courier/schedule.toml"))
        .unwrap()
        .replace("region = \"330702\"", "region = \"330106\"");
    let schedule = wd.write("hz.toml", schedule);
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "-o",
        "hz.md",
    ])
    .success();
    let hz = wd.read("hz.md");
    let quota = clause_with(&hz, "百分之九十");
    assert!(
        quota.contains("能够完成（《杭州市企业工资集体协商条例》第十条）"),
        "{quota}"
    );
}

#[test]
fn a_contract_signed_after_it_starts_applies_retroactively() {
    let wd = Workdir::new();
    let (md, run) = render(&wd, "courier", "contract", &["--date", "2026-01-05"]);
    run.success().stderr_has(&["contract-retroactive"]);
    let term = clause_with(&md, "本合同期限为一年");
    assert!(
        term.contains("本合同于2026年1月5日签订，晚于期限起始日，双方同意自2026年1月1日起追溯执行"),
        "{term}"
    );
    assert!(
        term.contains("补发自2026年1月1日起按本合同标准应发工资与实发工资的差额"),
        "{term}"
    );
    // The effective date is the labour department's: 浙江省集体合同条例 Art 34.
    let filing = clause_with(&md, "即行生效");
    assert!(
        filing.contains("《浙江省集体合同条例》第三十四条"),
        "{filing}"
    );
    let number = filing.split("**").nth(1).unwrap();
    assert!(
        term.contains(&format!("本合同依照{number}的规定生效")),
        "{term}"
    );
    // Signed before the start: no retroactive clause.
    let (md, _) = render(&wd, "courier", "contract", &["--date", "2025-11-03"]);
    assert!(!md.contains("追溯执行"));
}

#[test]
fn documents_print_names_and_exact_figures() {
    let wd = Workdir::new();
    let (md, _) = render(&wd, "pump", "industry-agreement", &[]);
    // GB/T 2260: 331081 is 温岭市.
    assert!(!md.contains("行政区划代码"), "the code instead of the name");
    assert!(md.contains("本协议适用于温岭市行政区域内"));
    // Enterprises by their names, not their roster ids.
    assert!(!md.contains("WL-PUMP-"), "an enterprise id in the text");
    assert!(md.contains("温岭市东海泵业有限公司为30,000元"));
    // A night shift is paid per night, not "per item".
    assert!(md.contains("每月按夜班天数每天30元计发"));
    let (notice, _) = render(&wd, "pump", "notice", &[]);
    assert!(notice.contains("| 夜班津贴 | 每天30元 |"), "{notice}");
    assert!(!notice.contains("每项30元"), "{notice}");
    // Twelve times the month's bill is exact, not 约.
    let (contract, _) = render(&wd, "courier", "contract", &[]);
    assert!(!contract.contains("全年约"));
    assert!(contract.contains("按月工资总额的十二倍计全年为4,795,892.28元"));
}

#[test]
fn the_draft_box_is_in_chinese() {
    let wd = Workdir::new();
    let (md, run) = render(
        &wd,
        "pump",
        "industry-agreement",
        &[
            "--standards",
            "zhejiang",
            "--standards",
            &example("standards/examples.toml"),
        ],
    );
    run.status(1);
    let box_lines: Vec<&str> = md.lines().take_while(|l| l.starts_with('>')).collect();
    assert!(box_lines.len() > 3, "{md}");
    let text = box_lines.join("\n");
    for english in [
        " the ", " is ", " below ", "raise ", " step ", "region ", " Art ",
    ] {
        assert!(
            !text.contains(english),
            "English '{english}' in the draft box:\n{text}"
        );
    }
    assert!(
        text.contains("（依据：《浙江省集体合同条例》第五条）"),
        "{text}"
    );
    assert!(text.contains("学徒工第1档"), "{text}");
}

#[test]
fn the_notice_cites_publication_rightly_and_the_union_files_the_text() {
    let wd = Workdir::new();
    let (notice, _) = render(&wd, "pump", "notice", &["--date", "2025-11-03"]);
    // Art 35 is about publishing after the contract takes effect, not a
    // signing-day authority for the notice.
    assert!(
        !notice.contains("根据《浙江省集体合同条例》第三十五条，现将"),
        "{notice}"
    );
    assert!(notice.contains("审查生效后，双方于生效之日起五个工作日内向全体职工公布全文（《浙江省集体合同条例》第三十四条、第三十五条）"), "{notice}");
    let (md, _) = render(&wd, "pump", "industry-agreement", &[]);
    let publication = clause_with(&md, "五个工作日内");
    assert!(
        publication.contains("乙方应当将本协议文本报送上一级工会"),
        "{publication}"
    );
}

#[test]
fn the_industry_floor_cites_the_binding_force_of_an_industry_contract() {
    // 浙江省集体合同条例 Art 27 lists what industry bargaining covers; that
    // enterprises may not go below the agreement is the binding force of an
    // industry contract, 劳动合同法 Art 54 para 2.
    let wd = Workdir::new();
    let (md, _) = render(&wd, "pump", "industry-agreement", &[]);
    let floor = md
        .split("\n\n")
        .find(|p| p.contains("不得低于上表"))
        .unwrap_or_else(|| panic!("no floor sentence:\n{md}"));
    assert!(
        floor.contains("不得低于上表（行业性集体合同对当地本行业的用人单位和劳动者具有约束力，《中华人民共和国劳动合同法》第五十四条第二款）"),
        "{floor}"
    );
    assert!(!floor.contains("第二十七条"), "{floor}");
}

#[test]
fn the_vote_rule_says_more_than_half_in_zhejiang() {
    let wd = Workdir::new();
    let (md, _) = render(&wd, "courier", "contract", &[]);
    let filing = clause_with(&md, "三分之二以上");
    assert!(
        filing.contains("过半数（超过半数，不含半数）同意（《浙江省集体合同条例》第二十四条）"),
        "{filing}"
    );
    let schedule = std::fs::read_to_string(example("starter/schedule.toml"))
        .unwrap()
        .replace("region = \"331081\"", "region = \"110105\"");
    let schedule = wd.write("bj.toml", schedule);
    wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "-o",
        "bj.md",
    ])
    .success();
    let bj = wd.read("bj.md");
    let filing = clause_with(&bj, "三分之二以上");
    assert!(
        filing.contains("半数以上（含半数）同意（《集体合同规定》第三十六条）"),
        "{filing}"
    );
}

/// 浙江省集体合同条例 Art 19: a wage contract contains nine items.
#[test]
fn art_19s_nine_items_are_in_both_contracts() {
    let wd = Workdir::new();
    let items: [(&str, &[&str]); 9] = [
        ("quotas and piece rates", &["劳动定额", "计件单价"]),
        (
            "pay system, standards, forms, minimum",
            &[
                "薪酬分配制度",
                "能级工资标准",
                "工资分配形式",
                "最低工资标准",
            ],
        ),
        (
            "each post's annual average pay and its range",
            &["年度平均工资", "调整幅度"],
        ),
        ("payment", &["以货币形式按月支付"]),
        ("overtime, allowances, bonuses", &["加班工资", "津贴与奖励"]),
        ("adjustment method", &["年度工资调整幅度"]),
        (
            "probation, sick and personal leave",
            &["试用期工资", "病假工资", "事假"],
        ),
        (
            "special circumstances",
            &["停工、停产", "《工资支付暂行规定》第十二条"],
        ),
        ("other matters", &["未尽事宜"]),
    ];
    for (name, document) in [("courier", "contract"), ("pump", "industry-agreement")] {
        let (md, _) = render(&wd, name, document, &[]);
        for (item, words) in items {
            for w in words {
                assert!(
                    md.contains(w),
                    "{name} {document}: item '{item}' lacks '{w}'"
                );
            }
        }
    }
    // Without a roster the annual average is promised as an annex.
    wd.run(&[
        "render",
        "--schedule",
        &example("starter/schedule.toml"),
        "--document",
        "contract",
        "-o",
        "s.md",
    ])
    .success();
    let md = wd.read("s.md");
    assert!(
        md.contains("年度平均工资水平，按本合同的工资标准和在册职工测算后列为本合同的附件"),
        "{md}"
    );
    assert!(md.contains("本合同未约定计件单价"), "{md}");
}

/// A starter contract with probation pay at 79%, sick pay at half pay and a
/// piece rate whose quota pays below the minimum, rendered with the standards.
fn starter_with_pay_rules(wd: &Workdir) -> (String, common::Run) {
    let text = std::fs::read_to_string(example("starter/schedule.toml")).unwrap();
    let text = format!(
        "{text}\n[attendance]\nprobation_rate = \"79%\"\nsick_rate = \"50%\"\n\n[[piece_rate]]\nid = \"turn\"\nname = \"叶轮精车\"\nrate = \"1.245\"\nby_grade = {{ \"高级\" = \"1.5\" }}\ncolumn = \"件数\"\npost = \"车工\"\nquota = 1999\n"
    );
    let schedule = wd.write("pay-rules.toml", text);
    let run = wd.run(&[
        "render",
        "--schedule",
        &schedule,
        "--document",
        "contract",
        "--standards",
        "zhejiang",
        "--standards",
        &example("standards/examples.toml"),
        "-o",
        "pay-rules.md",
    ]);
    (wd.read("pay-rules.md"), run)
}

#[test]
fn probation_sick_and_piece_findings_are_in_chinese_in_the_draft_box() {
    let wd = Workdir::new();
    let (md, run) = starter_with_pay_rules(&wd);
    run.status(1);
    let text: Vec<&str> = md.lines().take_while(|l| l.starts_with('>')).collect();
    let text = text.join("\n");
    for (rule, zh) in [
        ("probation-rate", "试用期工资按约定工资的79%计发，低于80%"),
        ("sick-pay-floor", "病假全月工资"),
        ("piece-quota-minimum", "完成定额的计件工资"),
    ] {
        assert!(text.contains(zh), "{rule}: no '{zh}' in\n{text}");
    }
    for basis in [
        "（依据：《劳动合同法》第二十条；《劳动合同法实施条例》第十五条）",
        "（依据：劳部发〔1995〕309号第五十九条）",
        "（依据：《最低工资规定》第十二条第三款）",
    ] {
        assert!(text.contains(basis), "no '{basis}' in\n{text}");
    }
    for english in [" tier ", "[attendance]", " of ", " Art ", " para "] {
        assert!(
            !text.contains(english),
            "English '{english}' in the draft box:\n{text}"
        );
    }
}

/// Art 19's first item: the piece rates and quotas agreed are tabled in the
/// quota clause, the rate exact (1.245, not rounded to the fen).
#[test]
fn the_quota_clause_tables_the_piece_rates() {
    let wd = Workdir::new();
    let (md, _) = starter_with_pay_rules(&wd);
    let clause = md
        .split("\n\n**第")
        .find(|c| c.contains("劳动定额应当使本岗位百分之九十以上"))
        .unwrap();
    assert!(!clause.contains("未约定计件单价"), "{clause}");
    assert!(
        md.contains("| 叶轮精车 | 1.245元/件（高级1.50元/件） | 1999件 | 车工 |"),
        "{md}"
    );
}

/// `[overtime] rounding = "amount"`: the contract's overtime clause says the
/// hourly rate is not rounded first; the default says it is.
#[test]
fn the_overtime_clause_states_the_rounding_chosen() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(example("starter/schedule.toml")).unwrap();
    assert!(text.contains("[overtime]\n"));
    for (extra, words) in [
        (
            "[overtime]\n",
            "小时工资先四舍五入到分，再乘以加班小时数和支付比例",
        ),
        (
            "[overtime]\nrounding = \"amount\"\n",
            "小时工资不先取整，加班工资按计算基数乘以加班小时数和支付比例再除以174小时计算",
        ),
    ] {
        let schedule = wd.write("ot.toml", text.replacen("[overtime]\n", extra, 1));
        wd.run(&[
            "render",
            "--schedule",
            &schedule,
            "--document",
            "contract",
            "-o",
            "ot.md",
        ])
        .success();
        let md = wd.read("ot.md");
        let clause = clause_with(&md, "《中华人民共和国劳动法》第四十四条");
        assert!(clause.contains(words), "{extra}: {clause}");
        std::fs::remove_file(wd.path("ot.md")).unwrap();
    }
}
