//! `AssessmentMeta`: the rules' `[assessment]` table: which assessment, by whom, when.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::exact::date;

/// `[assessment]`: which assessment, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentMeta {
    /// e.g. 2026年度能级认定.
    pub title: String,
    /// 能级认定委员会: the committee that decides.
    pub committee: String,
    /// The assessment date: years in grade are counted to it.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub date: NaiveDate,
    /// The period assessed (考核周期), e.g. 2025年度.
    #[serde(default)]
    pub cycle: Option<String>,
    /// The roles that sign the record (主任委员, 委员 ...).
    #[serde(default = "default_signatories")]
    pub signatories: Vec<String>,
}

fn default_signatories() -> Vec<String> {
    ["主任委员", "副主任委员", "委员", "委员", "委员"]
        .map(String::from)
        .to_vec()
}
