//! The assessment report as text for the committee: the rules in words, every
//! worker's decision and reason, the promotions and demotions, the workers a
//! quota held back.

use std::io::{self, Write};

use super::AssessmentReport;
use crate::assess::{Change, Decision, Lang};
use crate::t;

impl AssessmentReport<'_> {
    pub(super) fn write_text<W: Write>(&self, mut out: W) -> io::Result<()> {
        self.write_text_head(
            &mut out,
            self.roster.candidates.len(),
            self.scores.rows.len(),
        )?;
        self.write_results_title(&mut out)?;
        self.write_results(&mut out)?;
        for change in [Change::Promoted, Change::Demoted] {
            self.write_list_title(&mut out, change, self.count(change))?;
            self.write_changes(&mut out, change)?;
        }
        if !self.rules.quotas.is_empty() {
            self.write_held_title(&mut out, self.held_count())?;
            self.write_held(&mut out)?;
        }
        if let Some((schedule, effect)) = self.pay {
            self.write_pay_text(&mut out, schedule, effect)?;
        }
        Ok(())
    }

    /// The text report's head: the rules in words, over `workers` workers of
    /// whom `scored` have scores. The text is for the person at the terminal:
    /// in their language.
    pub fn write_text_head(
        &self,
        out: &mut dyn Write,
        workers: usize,
        scored: usize,
    ) -> io::Result<()> {
        let lang = Lang::current();
        let r = self.rules;
        let m = &r.meta;
        let cycle = m
            .cycle
            .as_deref()
            .map(|c| t!("assess-head-cycle", cycle = c))
            .unwrap_or_default();
        writeln!(
            out,
            "{}",
            t!(
                "assess-head",
                title = &m.title,
                committee = &m.committee,
                date = m.date.format("%Y-%m-%d").to_string(),
                cycle = cycle
            )
        )?;
        writeln!(
            out,
            "{}",
            t!(
                "assess-inputs",
                rules = &*r.file,
                roster = &*self.roster.file,
                workers = workers,
                scores = &*self.scores.file,
                scored = scored
            )
        )?;
        let (low, high) = r.total_range();
        writeln!(
            out,
            "{}",
            t!(
                "assess-formula",
                formula = r.formula(),
                low = low.to_string(),
                high = high.to_string()
            )
        )?;
        for g in 1..r.grades.len() {
            let req = r
                .requirements(g, lang)
                .unwrap_or_else(|| t!("assess-not-assessed-grade"));
            writeln!(
                out,
                "  {}",
                t!(
                    "assess-grade-line",
                    grade = self.grade(g),
                    requirements = req
                )
            )?;
        }
        writeln!(out, "{}", r.promotion_text(lang))?;
        for e in &r.exceptional {
            writeln!(out, "{}", r.exceptional_text(e, lang))?;
        }
        if let Some(d) = r.demotion_text(lang) {
            writeln!(out, "{d}")?;
        }
        for q in &r.quotas {
            writeln!(out, "{}", r.quota_text(q, lang))?;
        }
        writeln!(
            out,
            "{}",
            t!(
                "assess-ranking",
                ranking = r.ranking_text(self.evidence, lang)
            )
        )?;
        Ok(())
    }

    /// The title of the text report's results.
    pub fn write_results_title(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "\n{}", t!("assess-results"))
    }

    /// The text report's line and reason of every decision, in order.
    pub fn write_results(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = Lang::current();
        for d in &self.assessment.decisions {
            self.write_decision(out, d, lang)?;
        }
        Ok(())
    }

    /// The title of the list of promotions or demotions, of `count` workers.
    pub fn write_list_title(
        &self,
        out: &mut dyn Write,
        change: Change,
        count: usize,
    ) -> io::Result<()> {
        let id = if change == Change::Demoted {
            "assess-demotions"
        } else {
            "assess-promotions"
        };
        writeln!(out, "\n{}", t!(id, count = count))
    }

    /// The lines of the decisions that make `change` (promotions or
    /// demotions), in order.
    pub fn write_changes(&self, out: &mut dyn Write, change: Change) -> io::Result<()> {
        let list = self
            .assessment
            .decisions
            .iter()
            .filter(|d| d.change() == change);
        for d in list {
            let c = &self.roster.candidates[d.candidate];
            let step = d
                .step
                .map(|s| t!("assess-step", step = s))
                .unwrap_or_default();
            let exceptional = match d.promotion() {
                Some(a) if a.by_exception => t!("assess-exceptional-mark"),
                _ => String::new(),
            };
            writeln!(
                out,
                "  {} {}  {} -> {}{step}  {}{exceptional}",
                c.employee_id,
                c.name,
                self.grade(d.current),
                self.grade(d.assessed),
                t!(
                    "assess-total",
                    total = d.total.unwrap_or_default().to_string()
                )
            )?;
        }
        Ok(())
    }

    /// The title of the list of workers quotas held back, of `count`.
    pub fn write_held_title(&self, out: &mut dyn Write, count: usize) -> io::Result<()> {
        writeln!(out, "\n{}", t!("assess-held-title", count = count))
    }

    /// The lines of the workers a quota held back, in order.
    pub fn write_held(&self, out: &mut dyn Write) -> io::Result<()> {
        let held = self
            .assessment
            .decisions
            .iter()
            .filter(|d| d.quotas.iter().any(|q| !q.admitted));
        for d in held {
            let c = &self.roster.candidates[d.candidate];
            let wanted = d.qualified.last().map_or(d.current, |a| a.grade);
            writeln!(
                out,
                "  {} {}  {}  {}",
                c.employee_id,
                c.name,
                t!(
                    "assess-held-line",
                    qualified = self.grade(wanted),
                    assessed = self.grade(d.assessed)
                ),
                t!(
                    "assess-total",
                    total = d.total.unwrap_or_default().to_string()
                )
            )?;
        }
        Ok(())
    }

    /// One worker's decision and its reason, two lines of the text report.
    fn write_decision(&self, out: &mut dyn Write, d: &Decision, lang: Lang) -> io::Result<()> {
        let c = &self.roster.candidates[d.candidate];
        let grades = if d.assessed == d.current {
            self.grade(d.current).to_string()
        } else {
            format!("{} -> {}", self.grade(d.current), self.grade(d.assessed))
        };
        let total = d
            .total
            .map(|t| format!("  {}", t!("assess-total", total = t.to_string())))
            .unwrap_or_default();
        let enterprise = if c.enterprise_id.is_empty() {
            String::new()
        } else {
            t!("assess-enterprise", enterprise = &c.enterprise_id)
        };
        writeln!(
            out,
            "  {} {}{enterprise}  {grades}  {}{total}",
            c.employee_id,
            c.name,
            d.change().words(lang)
        )?;
        writeln!(out, "      {}", d.reason(self.rules, lang))
    }
}
