//! The two statements of a reckoning, as Markdown for render's formats (md,
//! html, docx): 工资补发明细表 (arrears statement, the retroactive difference of a
//! contract that took effect before it was signed) and 欠薪核算表 (owed-wages
//! statement for mediation or arbitration, with its legal basis).

use std::fmt::Write;

use crate::arrears::Arrears;
use crate::render::{capital, escape::markdown};
use crate::Schedule;

/// Which statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Statement {
    /// 工资补发明细表
    Arrears,
    /// 欠薪核算表
    Claim,
}

impl Statement {
    /// The statement's Chinese title: 工资补发明细表 or 欠薪核算表.
    pub fn title(self) -> &'static str {
        match self {
            Statement::Arrears => "工资补发明细表",
            Statement::Claim => "欠薪核算表",
        }
    }
}

/// The statement's Markdown. The figures are the reckoning's, unchanged.
pub fn statement(kind: Statement, arrears: &Arrears, schedule: &Schedule) -> String {
    let mut md = String::new();
    let meta = &schedule.meta;
    let _ = writeln!(md, "# {}\n", kind.title());
    let _ = writeln!(md, "用人单位：{}\n", markdown(&meta.employer));
    let _ = writeln!(md, "工会：{}\n", markdown(&meta.union));
    let _ = writeln!(
        md,
        "核算期间：{} 至 {}；依据：《{}》（{} 起执行）\n",
        arrears.from,
        arrears.to,
        markdown(&meta.title),
        meta.effective
    );
    match kind {
        Statement::Arrears => {
            let _ = writeln!(
                md,
                "合同自 {} 起执行，签订前已按原标准支付的月份，按新标准补足差额。\n",
                meta.effective
            );
        }
        Statement::Claim => {
            let _ = writeln!(
                md,
                "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬（《劳动合同法》第三十条）；\
                 未及时足额支付的，由劳动行政部门责令限期支付，逾期不支付的，责令按应付金额百分之五十以上百分之一百以下的标准加付赔偿金\
                 （《劳动合同法》第八十五条；《工资支付暂行规定》第十八条）。\n"
            );
        }
    }
    let _ = writeln!(md, "## 明细\n");
    let _ = writeln!(
        md,
        "| 工号 | 姓名 | 企业 | 月份 | 应发工资 | 已发工资 | 应补发 |"
    );
    let _ = writeln!(md, "|---|---|---|---|---:|---:|---:|");
    for r in &arrears.rows {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            markdown(&r.employee_id),
            markdown(&r.name),
            markdown(&r.enterprise_id),
            r.period,
            r.entitled.grouped(),
            r.paid.grouped(),
            r.owed.grouped()
        );
    }
    let _ = writeln!(md, "\n## 按职工汇总\n");
    let _ = writeln!(
        md,
        "| 工号 | 姓名 | 企业 | 月数 | 应发工资 | 已发工资 | 应补发 |"
    );
    let _ = writeln!(md, "|---|---|---|---:|---:|---:|---:|");
    for w in &arrears.workers {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            markdown(&w.employee_id),
            markdown(&w.name),
            markdown(&w.enterprise_id),
            w.months,
            w.entitled.grouped(),
            w.paid.grouped(),
            w.owed.grouped()
        );
    }
    if arrears.enterprises.len() > 1 {
        let _ = writeln!(md, "\n## 按企业汇总\n");
        let _ = writeln!(md, "| 企业 | 企业名称 | 应发工资 | 已发工资 | 应补发 |");
        let _ = writeln!(md, "|---|---|---:|---:|---:|");
        for e in &arrears.enterprises {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                markdown(&e.enterprise_id),
                markdown(&e.enterprise_name),
                e.entitled.grouped(),
                e.paid.grouped(),
                e.owed.grouped()
            );
        }
    }
    let total = &arrears.total;
    let words = capital(total.owed).map_or_else(|_| String::new(), |w| format!("（人民币{w}）"));
    let _ = writeln!(
        md,
        "\n合计：{} 名职工，{} 人月，应发 {} 元，已发 {} 元，应补发 {} 元{words}。\n",
        total.months,
        arrears.rows.len(),
        total.entitled.grouped(),
        total.paid.grouped(),
        total.owed.grouped()
    );
    let _ = writeln!(md, "用人单位（盖章）：　　　　　　工会（盖章）：\n");
    let _ = writeln!(md, "核算人：　　　　　　　　　　　日期：");
    md
}
