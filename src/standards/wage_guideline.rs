//! `WageGuideline`: a year's wage guideline (工资指导线): the base, upper (warning)
//! and lower lines of enterprises' average wage growth.

use serde::Deserialize;

use crate::Rate;

/// `[[wage_guideline]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WageGuideline {
    /// The year the guideline is published for.
    pub year: i32,
    /// The region-code prefix it covers.
    pub region: String,
    /// The notice that publishes it, with its number and date.
    pub source: String,
    /// The base line (基准线) of enterprises' average wage growth: `"7%"`.
    pub base: Rate,
    /// The upper, warning line (上线, 预警线).
    pub upper: Rate,
    /// The lower line (下线); a loss-making enterprise may stay at zero growth with
    /// its workers' congress's approval.
    pub lower: Rate,
    /// Post categories or occupations that count as management, for the rule that
    /// front-line workers' average raise should not trail managers'.
    #[serde(default)]
    pub manager_posts: Vec<String>,
}

impl WageGuideline {
    pub(crate) fn validate(&self) -> Result<(), String> {
        crate::standards::minimum_wage::check_region(&self.region)?;
        if !(self.lower <= self.base && self.base <= self.upper) {
            return Err(crate::t!(
                "standards-guideline-order",
                year = self.year.to_string(),
                lower = self.lower,
                base = self.base,
                upper = self.upper
            ));
        }
        Ok(())
    }
}
