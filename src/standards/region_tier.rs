//! `RegionTier`: which minimum-wage tier (档) a region is in. Each city assigns
//! its counties to tiers; an assignment applies from its date until a later one
//! replaces it.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::exact::date;
use crate::standards::minimum_wage::check_region;

/// One assignment: `[[region_tier]]` with exactly one of `code`, `prefix`, `urban`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionTier {
    /// One region, by its six-digit code: `"331081"` (温岭市).
    #[serde(default)]
    pub code: Option<String>,
    /// Every region whose code starts so: `"3310"` (台州市, districts and counties).
    #[serde(default)]
    pub prefix: Option<String>,
    /// A city's urban districts (市区), by the city's four-digit code: `"3301"`.
    /// GB/T 2260 numbers a city's districts (市辖区) 01-20 in the last two digits,
    /// its counties 21-80 and its county-level cities 81-99.
    #[serde(default)]
    pub urban: Option<String>,
    /// The tier, from 1.
    pub tier: u32,
    /// The first day the assignment applies.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub since: NaiveDate,
    /// The city's notice assigning the tiers, with its date.
    pub source: String,
    /// A remark shown with the assignment, such as which districts it names.
    #[serde(default)]
    pub note: Option<String>,
    /// The tier is an assumption (of an example, or of a user waiting for the
    /// city's notice), not a published assignment: `check` warns that pay
    /// there is held to an assumed minimum.
    #[serde(default)]
    pub assumed: bool,
}

impl RegionTier {
    pub(crate) fn validate(&self) -> Result<(), String> {
        let given = [&self.code, &self.prefix, &self.urban]
            .iter()
            .filter(|v| v.is_some())
            .count();
        if given != 1 {
            return Err(crate::t!("standards-tier-one-of"));
        }
        if self.tier == 0 {
            return Err(crate::t!("standards-tier-from-one"));
        }
        if let Some(code) = &self.code {
            check_region(code)?;
            if code.len() != 6 {
                return Err(crate::t!("standards-tier-code", code = code));
            }
        }
        if let Some(prefix) = &self.prefix {
            check_region(prefix)?;
        }
        if let Some(city) = &self.urban {
            check_region(city)?;
            if city.len() != 4 {
                return Err(crate::t!("standards-tier-urban", city = city));
            }
        }
        Ok(())
    }

    /// How closely the assignment names a region, or `None` if it does not
    /// cover it: an exact code beats a city's urban districts, which beat a prefix
    /// (a longer prefix beating a shorter one).
    pub fn specificity(&self, region: &str) -> Option<usize> {
        if let Some(code) = &self.code {
            return (code == region).then_some(7);
        }
        if let Some(city) = &self.urban {
            let district = region
                .strip_prefix(city.as_str())
                .filter(|rest| rest.len() == 2)
                .and_then(|rest| rest.parse::<u32>().ok());
            return district.filter(|d| (1..=20).contains(d)).map(|_| 5);
        }
        let prefix = self.prefix.as_deref().unwrap_or("");
        region.starts_with(prefix).then_some(prefix.len().min(4))
    }

    /// What the assignment names: `331081`, `3310*`, `3301 urban districts`.
    pub fn label(&self) -> String {
        match (&self.code, &self.prefix, &self.urban) {
            (Some(code), _, _) => code.clone(),
            (_, Some(prefix), _) => format!("{prefix}*"),
            (_, _, Some(city)) => format!("{city} urban districts"),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(key: &str) -> RegionTier {
        let t: RegionTier = toml::from_str(&format!(
            "{key}\ntier = 1\nsince = 2021-08-01\nsource = \"x\""
        ))
        .unwrap();
        t.validate().unwrap();
        t
    }

    #[test]
    fn urban_means_districts_01_to_20() {
        let hangzhou = tier("urban = \"3301\"");
        assert_eq!(hangzhou.specificity("330106"), Some(5));
        assert_eq!(hangzhou.specificity("330114"), Some(5));
        assert_eq!(hangzhou.specificity("330122"), None, "a county");
        assert_eq!(hangzhou.specificity("330182"), None, "a county-level city");
        assert_eq!(hangzhou.specificity("330100"), None, "the city itself");
    }

    #[test]
    fn exact_beats_urban_beats_prefix() {
        assert_eq!(tier("code = \"331081\"").specificity("331081"), Some(7));
        assert_eq!(tier("code = \"331081\"").specificity("331082"), None);
        assert_eq!(tier("prefix = \"3310\"").specificity("331081"), Some(4));
        assert_eq!(tier("prefix = \"33\"").specificity("331081"), Some(2));
    }

    #[test]
    fn one_key_only() {
        let t: RegionTier = toml::from_str(
            "code = \"331081\"\nprefix = \"33\"\ntier = 1\nsince = 2021-08-01\nsource = \"x\"",
        )
        .unwrap();
        assert!(t.validate().unwrap_err().contains("exactly one"));
        let t: RegionTier =
            toml::from_str("code = \"3310\"\ntier = 1\nsince = 2021-08-01\nsource = \"x\"")
                .unwrap();
        assert!(t.validate().unwrap_err().contains("six digits"));
    }
}
