//! `MarketLevel`: a published market wage level (人力资源市场工资价位): annual pay of
//! an occupation at P10 / P25 / P50 / P75 / P90, overtime included.

use serde::Deserialize;

use crate::Money;

/// `[[market_level]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarketLevel {
    /// The occupation (职业), as the roster's occupation column writes it: 车工.
    pub occupation: String,
    /// Only this grade, when the survey gives levels by skill grade.
    #[serde(default)]
    pub grade: Option<String>,
    /// The year the survey describes.
    pub year: i32,
    /// The region-code prefix it covers.
    pub region: String,
    /// The publication the levels come from (人力资源市场工资价位), with its year.
    pub source: String,
    /// The 10th percentile of annual pay, overtime included, in yuan a year.
    pub p10: Money,
    /// The 25th percentile of annual pay, in yuan a year.
    pub p25: Money,
    /// The median (50th percentile) of annual pay, in yuan a year.
    pub p50: Money,
    /// The 75th percentile of annual pay, in yuan a year.
    pub(crate) p75: Money,
    /// The 90th percentile of annual pay, in yuan a year.
    pub p90: Money,
}

impl MarketLevel {
    pub(crate) fn validate(&self) -> Result<(), String> {
        crate::standards::minimum_wage::check_region(&self.region)?;
        let p = [self.p10, self.p25, self.p50, self.p75, self.p90];
        if p.windows(2).any(|w| w[0] > w[1]) {
            return Err(crate::t!(
                "standards-market-falls",
                occupation = &self.occupation,
                year = self.year.to_string()
            ));
        }
        Ok(())
    }
}
