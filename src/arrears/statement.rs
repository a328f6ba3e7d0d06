//! The two statements of a reckoning, as Markdown for render's formats (md,
//! html, docx): 工资补发明细表 (arrears statement, the retroactive difference of a
//! contract that took effect before it was signed) and 欠薪核算表 (owed-wages
//! statement for mediation or arbitration, with its legal basis).

use std::io::{self, Write};

use crate::arrears::writer::{Head, Sink};
use crate::arrears::{Arrears, MonthRow, Total};
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
    let mut md = Vec::new();
    let mut sink = StatementSink::new(kind, schedule);
    // Writing to memory does not fail.
    let _ = crate::arrears::writer::feed(arrears, &mut sink, &mut md);
    String::from_utf8_lossy(&md).into_owned()
}

/// A statement as a [`Sink`]: its Markdown, row by row.
#[derive(Debug)]
pub struct StatementSink<'s> {
    kind: Statement,
    schedule: &'s Schedule,
    head: Option<Head>,
}

impl<'s> StatementSink<'s> {
    /// The writer of statement `kind` under `schedule` (the new one).
    pub fn new(kind: Statement, schedule: &'s Schedule) -> StatementSink<'s> {
        StatementSink {
            kind,
            schedule,
            head: None,
        }
    }

    /// Whether the per-enterprise table is written: with more than one enterprise.
    fn by_enterprise(&self) -> bool {
        self.head.as_ref().is_some_and(|h| h.enterprises > 1)
    }
}

impl Sink for StatementSink<'_> {
    fn begin(&mut self, head: &Head, md: &mut (dyn Write + Send)) -> io::Result<()> {
        self.head = Some(head.clone());
        let meta = &self.schedule.meta;
        writeln!(md, "# {}\n", self.kind.title())?;
        writeln!(md, "用人单位：{}\n", markdown(&meta.employer))?;
        writeln!(md, "工会：{}\n", markdown(&meta.union))?;
        writeln!(
            md,
            "核算期间：{} 至 {}；依据：《{}》（{} 起执行）\n",
            head.from,
            head.to,
            markdown(&meta.title),
            meta.effective
        )?;
        match self.kind {
            Statement::Arrears => {
                writeln!(
                    md,
                    "合同自 {} 起执行，签订前已按原标准支付的月份，按新标准补足差额。\n",
                    meta.effective
                )?;
            }
            Statement::Claim => {
                writeln!(
                    md,
                    "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬（《劳动合同法》第三十条）；\
                     未及时足额支付的，由劳动行政部门责令限期支付，逾期不支付的，责令按应付金额百分之五十以上百分之一百以下的标准加付赔偿金\
                     （《劳动合同法》第八十五条；《工资支付暂行规定》第十八条）。\n"
                )?;
            }
        }
        writeln!(md, "## 明细\n")?;
        writeln!(
            md,
            "| 工号 | 姓名 | 企业 | 月份 | 应发工资 | 已发工资 | 应补发 |"
        )?;
        writeln!(md, "|---|---|---|---|---:|---:|---:|")
    }

    fn row(&mut self, r: &MonthRow, md: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            markdown(&r.employee_id),
            markdown(&r.name),
            markdown(&r.enterprise_id),
            r.period,
            r.entitled.grouped(),
            r.paid.grouped(),
            r.owed.grouped()
        )
    }

    fn workers(&mut self, md: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(md, "\n## 按职工汇总\n")?;
        writeln!(
            md,
            "| 工号 | 姓名 | 企业 | 月数 | 应发工资 | 已发工资 | 应补发 |"
        )?;
        writeln!(md, "|---|---|---|---:|---:|---:|---:|")
    }

    fn worker(&mut self, w: &Total, md: &mut (dyn Write + Send)) -> io::Result<()> {
        writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            markdown(&w.employee_id),
            markdown(&w.name),
            markdown(&w.enterprise_id),
            w.months,
            w.entitled.grouped(),
            w.paid.grouped(),
            w.owed.grouped()
        )
    }

    fn enterprises(&mut self, md: &mut (dyn Write + Send)) -> io::Result<()> {
        if !self.by_enterprise() {
            return Ok(());
        }
        writeln!(md, "\n## 按企业汇总\n")?;
        writeln!(md, "| 企业 | 企业名称 | 应发工资 | 已发工资 | 应补发 |")?;
        writeln!(md, "|---|---|---:|---:|---:|")
    }

    fn enterprise(&mut self, e: &Total, md: &mut (dyn Write + Send)) -> io::Result<()> {
        if !self.by_enterprise() {
            return Ok(());
        }
        writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            markdown(&e.enterprise_id),
            markdown(&e.enterprise_name),
            e.entitled.grouped(),
            e.paid.grouped(),
            e.owed.grouped()
        )
    }

    fn end(&mut self, md: &mut (dyn Write + Send)) -> io::Result<()> {
        let Some(head) = self.head.take() else {
            return Ok(());
        };
        let total = &head.total;
        let words =
            capital(total.owed).map_or_else(|_| String::new(), |w| format!("（人民币{w}）"));
        writeln!(
            md,
            "\n合计：{} 名职工，{} 人月，应发 {} 元，已发 {} 元，应补发 {} 元{words}。\n",
            total.months,
            head.rows,
            total.entitled.grouped(),
            total.paid.grouped(),
            total.owed.grouped()
        )?;
        writeln!(md, "用人单位（盖章）：　　　　　　工会（盖章）：\n")?;
        writeln!(md, "核算人：　　　　　　　　　　　日期：")
    }
}
