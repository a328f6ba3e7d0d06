//! The roster columns the named prerequisites read: the certificate held (an
//! ordered list of levels), the date the worker entered the current grade, and
//! the disciplinary record.

use serde::{Deserialize, Serialize};

/// `[certificate]`: the column holding the vocational certificate, and its levels
/// lowest first (五级 = 初级工 ... 一级 = 高级技师). An empty cell is below every level.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificateRule {
    /// The roster column holding the certificate level.
    pub column: String,
    /// The levels as the column writes them, lowest first: `["五级", "四级", ...]`.
    pub levels: Vec<String>,
}

impl CertificateRule {
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.levels.is_empty() {
            return Err(crate::t!("rules-certificate-empty"));
        }
        for (i, level) in self.levels.iter().enumerate() {
            if level.trim().is_empty() {
                return Err(crate::t!("rules-certificate-blank"));
            }
            if self.levels[..i].contains(level) {
                return Err(crate::t!("rules-certificate-twice", level = level));
            }
        }
        Ok(())
    }

    /// The index of the level `cell` writes, lowest 0; `None` for an empty or unknown cell.
    pub fn level(&self, cell: &str) -> Option<usize> {
        self.levels.iter().position(|l| l == cell)
    }
}

/// `[time_in_grade]`: the date column from which years in the current grade are
/// counted (晋级日期, 现能级认定日期), and whether the new roster sets it to the
/// assessment date when a worker changes grade.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeInGrade {
    /// The roster column with the current-grade date (现能级认定日期).
    pub column: String,
    /// Whether the new roster sets that date to the assessment date on promotion.
    #[serde(default)]
    pub(crate) set_on_promotion: bool,
    /// Whether the new roster sets that date to the assessment date on demotion.
    #[serde(default)]
    pub(crate) set_on_demotion: bool,
}

/// `[discipline]`: the column recording disciplinary action in the assessment
/// period; a cell that is empty or one of `clean` means no record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisciplineRule {
    /// The roster column recording disciplinary action (处分).
    pub column: String,
    /// Cells that mean no record (`无`); an empty cell does too.
    #[serde(default = "default_clean")]
    pub clean: Vec<String>,
}

fn default_clean() -> Vec<String> {
    vec!["无".to_string()]
}

impl DisciplineRule {
    /// Whether a cell records disciplinary action.
    pub fn is_record(&self, cell: &str) -> bool {
        let cell = cell.trim();
        !cell.is_empty() && !self.clean.iter().any(|c| c == cell)
    }
}

/// A prerequisite an exceptional-promotion rule may waive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Waiver {
    /// The grade's minimum certificate level (证书等级要求).
    MinCertificate,
    /// The grade's minimum years in the current grade (任职年限要求).
    MinYears,
    /// The grade's bar on a disciplinary record (无处分要求).
    NoDiscipline,
    /// The grade's further conditions (`require`).
    Require,
}

impl Waiver {
    /// The waiver's name as the rules file writes it: `min_certificate`.
    pub fn name(self) -> &'static str {
        match self {
            Waiver::MinCertificate => "min_certificate",
            Waiver::MinYears => "min_years",
            Waiver::NoDiscipline => "no_discipline",
            Waiver::Require => "require",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discipline_cells() {
        let d = DisciplineRule {
            column: "处分".into(),
            clean: default_clean(),
        };
        assert!(!d.is_record(""));
        assert!(!d.is_record(" 无 "));
        assert!(d.is_record("警告"));
    }

    #[test]
    fn certificate_levels() {
        let c = CertificateRule {
            column: "证书等级".into(),
            levels: vec!["五级".into(), "四级".into(), "五级".into()],
        };
        assert!(c.validate().unwrap_err().contains("twice"));
        assert_eq!(c.level("四级"), Some(1));
        assert_eq!(c.level("无"), None);
    }
}
