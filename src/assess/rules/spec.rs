//! The assessment rules as written in their TOML file, before validation: the
//! types serde reads and the JSON Schema is made from.

use serde::Deserialize;
use toml::Spanned;

use crate::assess::dimension::DimensionSpec;
use crate::assess::exceptional::ExceptionalSpec;
use crate::assess::grade_rule::GradeRuleSpec;
use crate::assess::quota::QuotaSpec;
use crate::assess::AssessmentMeta;
use crate::assess::{CertificateRule, DisciplineRule, Score, TimeInGrade};

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct PromotionSpec {
    #[serde(default = "one")]
    #[schemars(with = "u32")]
    pub(super) max_grades: Spanned<u32>,
    #[serde(default = "one")]
    #[schemars(with = "u32")]
    pub(super) step: Spanned<u32>,
}

impl Default for PromotionSpec {
    fn default() -> Self {
        PromotionSpec {
            max_grades: one(),
            step: one(),
        }
    }
}

fn one() -> Spanned<u32> {
    Spanned::new(0..0, 1)
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct DemotionSpec {
    #[schemars(with = "crate::schema::ExactNumber")]
    pub(super) below: Spanned<Score>,
    #[serde(default = "one")]
    #[schemars(with = "u32")]
    pub(super) step: Spanned<u32>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RankingSpec {
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub(super) tie_break: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RulesSpec {
    pub(super) assessment: AssessmentMeta,
    #[serde(rename = "dimension")]
    pub(super) dimensions: Vec<DimensionSpec>,
    #[serde(rename = "grade")]
    pub(super) grades: Vec<GradeRuleSpec>,
    pub(super) certificate: Option<CertificateRule>,
    pub(super) time_in_grade: Option<TimeInGrade>,
    pub(super) discipline: Option<DisciplineRule>,
    #[serde(default)]
    pub(super) promotion: PromotionSpec,
    #[serde(default, rename = "exceptional")]
    pub(super) exceptional: Vec<ExceptionalSpec>,
    pub(super) demotion: Option<DemotionSpec>,
    #[serde(default, rename = "quota")]
    pub(super) quotas: Vec<QuotaSpec>,
    #[serde(default)]
    pub(super) ranking: RankingSpec,
}
