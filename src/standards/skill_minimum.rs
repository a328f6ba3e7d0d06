//! `SkillMinimum`: the skill-worker minimum wage (技能人才最低工资, 人社厅发〔2025〕52号):
//! by post category, a percentage of the local minimum wage, rising with each
//! skill grade within the category.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

use crate::exact::date;
use crate::{Money, Rate};

/// A skill-worker minimum: `[[skill_minimum]]` with its `[[skill_minimum.category]]`s.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillMinimum {
    /// The region-code prefix it covers; `""` for everywhere.
    #[serde(default)]
    pub region: String,
    /// The first day the minimum applies.
    #[serde(with = "date")]
    #[schemars(with = "crate::schema::Date")]
    pub effective: NaiveDate,
    /// The guide or notice it comes from, with its number and date.
    pub source: String,
    /// The short citation findings give as their basis.
    pub basis: String,
    /// Whether the region made it binding. The national guide (参考指引) is a
    /// reference, so by default a shortfall is a warning, not an error.
    #[serde(default)]
    pub binding: bool,
    /// The grades held to the market P10 of senior professional or management
    /// pay (52号: 特级技师 and 首席技师), by the schedule's grade names.
    #[serde(default = "top_grades")]
    pub top_grades: Vec<String>,
    /// The `[[market_level]]` occupations whose P10 those grades must reach,
    /// such as a city's 高级专业技术人员 and 中高层管理人员 levels. Meeting the
    /// lowest P10 of them passes (the guide says "or"). Empty: not checked.
    #[serde(default)]
    pub top_reference: Vec<String>,
    /// The post categories (基础类, 重要类, 关键类, 核心类), each with its share of the minimum wage.
    #[serde(rename = "category")]
    pub categories: Vec<SkillCategory>,
}

fn top_grades() -> Vec<String> {
    vec!["特级技师".to_string(), "首席技师".to_string()]
}

/// One post category (岗位类别) and its share of the minimum wage.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillCategory {
    /// 基础类, 重要类, 关键类, 核心类, as the roster's post_category writes them.
    pub name: String,
    /// At least this share of the local monthly minimum wage, at the lowest grade.
    pub rate: Rate,
    /// How the floor rises with each grade above the lowest: `"5%"` (a ratio,
    /// compounded per grade) or `"100"` (an amount per grade). None: flat.
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::PercentOrAmount>")]
    pub rise_per_grade: Option<Rise>,
}

/// A rise per grade: a ratio or an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rise {
    /// Each grade up multiplies the previous grade's minimum by 1 + this rate (compounded).
    Ratio(Rate),
    /// Each grade up adds this many yuan a month to the lowest grade's minimum.
    Amount(Money),
}

impl SkillMinimum {
    pub(crate) fn validate(&self) -> Result<(), String> {
        crate::standards::minimum_wage::check_region(&self.region)?;
        if self.categories.is_empty() {
            return Err(crate::t!("standards-skill-no-category"));
        }
        for c in &self.categories {
            if c.rate.fraction() <= Decimal::ZERO {
                return Err(crate::t!("standards-skill-rate", category = &c.name));
            }
        }
        Ok(())
    }

    /// The category called `name`, if the minimum has one.
    pub fn category(&self, name: &str) -> Option<&SkillCategory> {
        self.categories.iter().find(|c| c.name == name)
    }
}

impl SkillCategory {
    /// The exact floor for the grade at `grade_index` (0 for the lowest) given the
    /// monthly minimum wage; `None` on overflow. Not rounded: pay is compared with
    /// the exact figure.
    pub fn floor(&self, minimum: Money, grade_index: usize) -> Option<Decimal> {
        let base = minimum.checked_mul(self.rate.fraction())?;
        let n = u32::try_from(grade_index).ok()?;
        match self.rise_per_grade {
            None => Some(base),
            Some(Rise::Amount(a)) => base.checked_add(a.amount().checked_mul(Decimal::from(n))?),
            Some(Rise::Ratio(r)) => {
                let factor = Decimal::ONE.checked_add(r.fraction())?;
                (0..n).try_fold(base, |acc, _| acc.checked_mul(factor))
            }
        }
    }
}

impl fmt::Display for Rise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rise::Ratio(r) => write!(f, "+{r} per grade"),
            Rise::Amount(a) => write!(f, "+{a} per grade"),
        }
    }
}

impl<'de> Deserialize<'de> for Rise {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rise, D::Error> {
        struct RiseVisitor;
        impl Visitor<'_> for RiseVisitor {
            type Value = Rise;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("input-expect-rise"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rise, E> {
                if v.trim().ends_with('%') {
                    Rate::parse(v)
                        .map(Rise::Ratio)
                        .ok_or_else(|| E::custom(crate::t!("standards-not-percentage", value = v)))
                } else {
                    v.parse::<Money>()
                        .map(Rise::Amount)
                        .map_err(|e| E::custom(e.to_string()))
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rise, E> {
                Ok(Rise::Amount(Money::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rise, E> {
                Ok(Rise::Amount(Money::new(Decimal::from(v))))
            }
            // A TOML float is refused with an error, never converted: f64 only names what serde offers.
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Rise, E> {
                Err(E::custom(crate::money::float_money()))
            }
        }
        d.deserialize_any(RiseVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn category(rise: &str) -> SkillCategory {
        toml::from_str(&format!("name = \"基础类\"\nrate = \"105%\"\n{rise}")).unwrap()
    }

    #[test]
    fn flat_floor_is_the_rate_of_the_minimum() {
        let c = category("");
        assert_eq!(c.floor(Money::from(2490), 0), Some(dec!(2614.50)));
        assert_eq!(c.floor(Money::from(2490), 3), Some(dec!(2614.50)));
    }

    #[test]
    fn rises_by_amount_or_compounded_ratio() {
        let by_amount = category("rise_per_grade = \"100\"");
        assert_eq!(by_amount.floor(Money::from(2000), 2), Some(dec!(2300)));
        let by_ratio = category("rise_per_grade = \"10%\"");
        assert_eq!(by_ratio.floor(Money::from(2000), 2), Some(dec!(2541)));
    }

    #[test]
    fn float_rise_is_refused() {
        let err =
            toml::from_str::<SkillCategory>("name = \"x\"\nrate = \"105%\"\nrise_per_grade = 1.5")
                .unwrap_err();
        assert!(err.message().contains("floating point"), "{err}");
    }
}
