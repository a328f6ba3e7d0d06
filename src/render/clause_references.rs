//! Clause references: the clause a rule of the schedule cites (`clause = "第十条"`)
//! must be the clause number the contract prints for that rule, since `explain`
//! cites it to workers. A mismatch makes the document a draft with a finding
//! that says which number to write in the schedule.

use crate::Schedule;

use super::finding_view::{FindingView, Severity};
use super::numbering::Numbering;
use super::numerals::{chinese_number, parse_clause_number};

/// The rule id findings of this check carry.
pub const RULE: &str = "clause-reference";

/// Compares each rule's clause reference with the printed numbering.
pub fn clause_references(schedule: &Schedule, numbering: &Numbering) -> Vec<FindingView> {
    let mut findings = Vec::new();
    for rule in &schedule.allowances {
        let Some(cited) = rule.clause.as_deref() else {
            continue;
        };
        let subject = format!("{}（{}）", rule.name, rule.id);
        let printed = numbering.get(&rule.id);
        let message = match (parse_clause_number(cited), printed) {
            (_, None) => format!(
                "规则 {} 引用{cited}，但文书中没有为该规则编号的条款",
                rule.id
            ),
            (Some(n), Some(p)) if n == p => continue,
            (_, Some(p)) => format!(
                "规则 {} 引用{cited}，文书中该规则为第{}条；请在方案中改为 clause = \"第{}条\"",
                rule.id,
                chinese_number(p),
                chinese_number(p)
            ),
        };
        findings.push(FindingView::new(Severity::Error, RULE, &subject, message));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(clause: &str) -> Schedule {
        Schedule::parse(
            "s.toml",
            &format!(
                "[schedule]\ntitle='t'\nscope='enterprise'\nemployer='e'\nunion='u'\nregion='331081'\n\
                 effective=2026-01-01\nexpires=2026-12-31\n[[grade]]\nname='初'\npay=['3000']\n\
                 [[allowance]]\nid='heat'\nname='高温津贴'\ncategory='other'\nkind='fixed'\namount='300'\n{clause}"
            ),
        )
        .unwrap()
    }

    fn numbering(n: u32) -> Numbering {
        let mut numbering = Numbering::default();
        numbering.clauses.insert("heat".into(), n);
        numbering.count = n;
        numbering
    }

    #[test]
    fn matching_reference_in_any_form_passes() {
        assert!(clause_references(&schedule("clause='第十二条'"), &numbering(12)).is_empty());
        assert!(clause_references(&schedule("clause='12'"), &numbering(12)).is_empty());
        assert!(clause_references(&schedule(""), &numbering(3)).is_empty());
    }

    #[test]
    fn mismatch_says_what_to_write() {
        let f = clause_references(&schedule("clause='第十条'"), &numbering(12));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(
            f[0].message.contains("clause = \"第十二条\""),
            "{}",
            f[0].message
        );
        let missing = clause_references(&schedule("clause='第十条'"), &Numbering::default());
        assert!(
            missing[0].message.contains("没有"),
            "{}",
            missing[0].message
        );
    }
}
