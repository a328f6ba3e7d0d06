//! `MinimumWage`: a region's statutory minimum wage (最低工资标准), monthly and
//! hourly by tier, from the date it takes effect (最低工资规定 Art 5, Art 12).

use chrono::NaiveDate;
use serde::Deserialize;

use crate::exact::date;
use crate::Money;

/// One minimum-wage standard: `[[minimum_wage]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinimumWage {
    /// The region-code prefix the standard covers: `"33"` is Zhejiang.
    pub region: String,
    /// The region's name, for messages (浙江省).
    #[serde(default)]
    pub name: Option<String>,
    /// The first day it applies; it applies until a later standard replaces it.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub effective: NaiveDate,
    /// Where the figures come from (the notice and its date).
    pub source: String,
    /// Monthly minimum (月最低工资标准, full-time workers), tier 1 first.
    pub monthly: Vec<Money>,
    /// Hourly minimum (小时最低工资标准, part-time workers), tier 1 first; may be
    /// left out (then part-time pay is reported as not checked).
    #[serde(default)]
    pub hourly: Vec<Money>,
    /// Whether the figure includes the worker's own social-insurance and
    /// housing-fund contributions (Zhejiang: yes; Beijing, Shanghai: no).
    pub includes_social_insurance: bool,
    /// Pay items the comparison leaves out, matched against allowance names
    /// (最低工资规定 Art 12: 中班, 夜班, 高温, 低温, 井下, 有毒有害 ...).
    #[serde(default)]
    pub excluded: Vec<String>,
    /// When set, agreed pay standards must be strictly above this minimum, and
    /// the value cites the rule (浙江省集体合同条例 Art 5).
    #[serde(default)]
    pub agreed_pay_above: Option<String>,
}

impl MinimumWage {
    /// What is wrong with the figures, if anything.
    pub(crate) fn validate(&self) -> Result<(), String> {
        check_region(&self.region)?;
        if self.monthly.is_empty() {
            return Err(crate::t!("standards-minimum-no-monthly"));
        }
        if !self.hourly.is_empty() && self.monthly.len() != self.hourly.len() {
            return Err(crate::t!(
                "standards-minimum-hourly",
                monthly = self.monthly.len(),
                hourly = self.hourly.len()
            ));
        }
        if let Some(bad) = self
            .monthly
            .iter()
            .chain(&self.hourly)
            .find(|m| m.amount() <= rust_decimal::Decimal::ZERO)
        {
            return Err(crate::t!("standards-minimum-not-positive", figure = bad));
        }
        Ok(())
    }

    /// The number of tiers (档).
    pub fn tiers(&self) -> usize {
        self.monthly.len()
    }

    /// Monthly minimum of a tier (1-based).
    pub fn monthly_of(&self, tier: u32) -> Option<Money> {
        tier_index(tier).and_then(|i| self.monthly.get(i).copied())
    }

    /// Hourly minimum of a tier (1-based).
    pub fn hourly_of(&self, tier: u32) -> Option<Money> {
        tier_index(tier).and_then(|i| self.hourly.get(i).copied())
    }

    /// Whether an allowance name is one of the excluded pay items.
    pub fn excludes(&self, allowance_name: &str) -> bool {
        self.excluded
            .iter()
            .any(|item| !item.is_empty() && allowance_name.contains(item.as_str()))
    }

    /// How the standard is named in messages: `2024-01-01 standard (浙江省)`.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => format!("{name} {}", self.effective),
            None => format!("region {} {}", self.region, self.effective),
        }
    }
}

fn tier_index(tier: u32) -> Option<usize> {
    usize::try_from(tier).ok()?.checked_sub(1)
}

/// A region code or prefix is digits only (行政区划代码), up to six.
pub(crate) fn check_region(region: &str) -> Result<(), String> {
    if region.len() > 6 || !region.chars().all(|c| c.is_ascii_digit()) {
        return Err(crate::t!("standards-bad-region", region = region));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard(text: &str) -> MinimumWage {
        toml::from_str(text).unwrap()
    }

    const ZJ_2024: &str = r#"
region = "33"
effective = 2024-01-01
source = "浙江省人民政府 2024-01-12"
monthly = ["2490", "2260", "2010"]
hourly = [24, 22, 20]
includes_social_insurance = true
excluded = ["夜班", "高温"]
"#;

    #[test]
    fn tiers_are_one_based() {
        let m = standard(ZJ_2024);
        m.validate().unwrap();
        assert_eq!(m.monthly_of(1), Some(Money::from(2490)));
        assert_eq!(m.hourly_of(3), Some(Money::from(20)));
        assert_eq!(m.monthly_of(0), None);
        assert_eq!(m.monthly_of(4), None);
    }

    #[test]
    fn excluded_items_match_inside_names() {
        let m = standard(ZJ_2024);
        assert!(m.excludes("高温津贴"));
        assert!(m.excludes("夜班补贴"));
        assert!(!m.excludes("技术技能津贴"));
    }

    #[test]
    fn refuses_uneven_tiers_and_bad_regions() {
        let mut m = standard(ZJ_2024);
        m.hourly.pop();
        assert!(m.validate().unwrap_err().contains("hourly"));
        m.hourly.clear();
        assert!(m.validate().is_ok(), "hourly figures may be left out");
        assert!(check_region("33a").is_err());
        assert!(check_region("3310811").is_err());
        assert!(check_region("").is_ok());
    }
}
