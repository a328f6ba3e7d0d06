//! `FindingView`: a finding as a document lists it, from the check command's
//! findings or the renderer's own, with its severity.

use serde::Serialize;

use super::finding_words::{basis_zh, subject_zh};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// An error: the document must not be signed as it stands (错误).
    Error,
    /// A warning: worth a look before signing (警告).
    Warning,
}

/// A finding as a document lists it. The check command's findings are turned
/// into these (and the renderer adds its own, such as a clause reference that
/// does not match the printed numbering).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingView {
    /// Error or warning.
    pub severity: Severity,
    /// 错误 or 警告.
    pub severity_name: &'static str,
    /// The rule's id (`clause-reference`, `minimum-wage`...).
    pub rule: String,
    /// What it is about (a grade, a rule, the contract).
    pub subject: String,
    /// What is wrong, in Chinese, with the figures.
    pub message: String,
    /// The legal or agreed basis, if any.
    pub basis: Option<String>,
    /// What to do about it, if the finding says.
    pub remedy: Option<String>,
}

impl FindingView {
    /// A finding of `rule` about `subject` saying `message`, with no basis or remedy yet.
    pub fn new(severity: Severity, rule: &str, subject: &str, message: String) -> Self {
        FindingView {
            severity,
            severity_name: match severity {
                Severity::Error => "错误",
                Severity::Warning => "警告",
            },
            rule: rule.to_string(),
            subject: subject.to_string(),
            message,
            basis: None,
            remedy: None,
        }
    }
}

impl From<&crate::check::Finding> for FindingView {
    /// A finding of `nengji check`, as a Chinese document lists it: subject,
    /// message, remedy and basis in Chinese.
    fn from(f: &crate::check::Finding) -> Self {
        let severity = match f.severity {
            crate::check::Severity::Error => Severity::Error,
            crate::check::Severity::Warning => Severity::Warning,
        };
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        FindingView {
            basis: some(&basis_zh(&f.basis)),
            remedy: some(&f.remedy_zh.text()),
            ..FindingView::new(
                severity,
                f.rule,
                &subject_zh(&f.subject),
                f.message_zh.text(),
            )
        }
    }
}
