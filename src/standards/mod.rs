//! `Standards`: the figures a schedule is checked against (domain.md section 3):
//! minimum wages and region tiers, skill-worker minimums, industry floors, wage
//! guidelines, market wage levels, structure and procedure rules. Read from TOML,
//! each figure with its date and source; several files combine into one set.

mod combine;
mod industry_floor;
mod market_level;
mod minimum_wage;
mod procedure_rules;
mod region_tier;
mod skill_minimum;
mod sourced;
mod structure_rules;
mod wage_guideline;

use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

pub use industry_floor::IndustryFloor;
pub use market_level::MarketLevel;
pub use minimum_wage::MinimumWage;
pub use procedure_rules::{Fraction, ProcedureRules};
pub use region_tier::RegionTier;
pub use skill_minimum::{Rise, SkillCategory, SkillMinimum};
pub use sourced::Sourced;
pub use structure_rules::StructureRules;
pub use wage_guideline::WageGuideline;

use crate::toml_input::{self, TomlError};
use crate::Location;

/// Standards compiled into the binary, usable by name (`--standards zhejiang`).
/// Each is also shipped under examples/standards/ to copy and edit.
pub const BUILTIN: &[(&str, &str)] = &[(
    "zhejiang",
    include_str!("../../examples/standards/zhejiang.toml"),
)];

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct StandardsSpec {
    /// Read so that a mistyped key in it is reported; not otherwise used.
    #[serde(default)]
    #[allow(dead_code)]
    standards: Option<About>,
    #[serde(default)]
    #[schemars(with = "Vec<MinimumWage>")]
    minimum_wage: Vec<Spanned<MinimumWage>>,
    #[serde(default)]
    #[schemars(with = "Vec<RegionTier>")]
    region_tier: Vec<Spanned<RegionTier>>,
    #[serde(default)]
    #[schemars(with = "Vec<SkillMinimum>")]
    skill_minimum: Vec<Spanned<SkillMinimum>>,
    #[serde(default)]
    #[schemars(with = "Vec<IndustryFloor>")]
    industry_floor: Vec<Spanned<IndustryFloor>>,
    #[serde(default)]
    #[schemars(with = "Vec<WageGuideline>")]
    wage_guideline: Vec<Spanned<WageGuideline>>,
    #[serde(default)]
    #[schemars(with = "Vec<MarketLevel>")]
    market_level: Vec<Spanned<MarketLevel>>,
    #[serde(default)]
    #[schemars(with = "Option<StructureRules>")]
    structure: Option<Spanned<StructureRules>>,
    #[serde(default)]
    procedure: Option<ProcedureRules>,
}

/// `[standards]`: what the file is.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct About {
    #[allow(dead_code)]
    title: String,
}

/// A combined set of standards.
#[derive(Debug, Clone, Default)]
pub struct Standards {
    /// The files (or built-in names) it was read from, in order.
    pub files: Vec<Arc<str>>,
    /// Minimum wages (最低工资规定), monthly and hourly by tier, in the order read.
    pub minimum_wages: Vec<Sourced<MinimumWage>>,
    /// Which region falls in which minimum-wage tier, since when.
    pub(crate) region_tiers: Vec<Sourced<RegionTier>>,
    /// Skill-worker minimums by post category (人社厅发〔2025〕52号).
    pub skill_minimums: Vec<Sourced<SkillMinimum>>,
    /// Industry agreements' minimum grade pay (浙江省集体合同条例 Art 27).
    pub industry_floors: Vec<Sourced<IndustryFloor>>,
    /// Wage guidelines (工资指导线): base, upper and lower lines by year and region.
    pub(crate) guidelines: Vec<Sourced<WageGuideline>>,
    /// Market wage levels (人力资源市场工资价位) by occupation: P10 to P90.
    pub market_levels: Vec<Sourced<MarketLevel>>,
    /// The last file's `[structure]` wins.
    pub structure: Option<StructureRules>,
    /// The last file's `[procedure]` wins.
    pub procedure: Option<ProcedureRules>,
}

impl Standards {
    /// The JSON Schema of a standards file, from the types it is read with
    /// (`schemas/standards.schema.json`).
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(StandardsSpec)
    }

    /// Reads one standards file.
    pub fn parse(file: &str, text: &str) -> Result<Standards, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let spec: StandardsSpec = toml_input::parse(&file, text)?;
        let at = |span: Range<usize>| Location::of_offset(&file, text, span.start);
        fn take<T>(
            items: Vec<Spanned<T>>,
            at: &dyn Fn(Range<usize>) -> Location,
            validate: fn(&T) -> Result<(), String>,
        ) -> Result<Vec<Sourced<T>>, TomlError> {
            items
                .into_iter()
                .map(|s| {
                    let origin = at(s.span());
                    let item = s.into_inner();
                    validate(&item).map_err(|m| TomlError::new(origin.clone(), m))?;
                    Ok(Sourced { item, origin })
                })
                .collect()
        }
        let structure = match spec.structure {
            Some(s) => {
                let origin = at(s.span());
                let rules = s.into_inner();
                rules.validate().map_err(|m| TomlError::new(origin, m))?;
                Some(rules)
            }
            None => None,
        };
        let standards = Standards {
            files: vec![Arc::clone(&file)],
            minimum_wages: take(spec.minimum_wage, &at, MinimumWage::validate)?,
            region_tiers: take(spec.region_tier, &at, RegionTier::validate)?,
            skill_minimums: take(spec.skill_minimum, &at, SkillMinimum::validate)?,
            industry_floors: take(spec.industry_floor, &at, IndustryFloor::validate)?,
            guidelines: take(spec.wage_guideline, &at, WageGuideline::validate)?,
            market_levels: take(spec.market_level, &at, MarketLevel::validate)?,
            structure,
            procedure: spec.procedure,
        };
        let mut combined = Standards::default();
        combined.combine(standards)?;
        Ok(combined)
    }

    /// A built-in set by name, if there is one.
    pub fn builtin(name: &str) -> Option<Result<Standards, TomlError>> {
        BUILTIN.iter().find(|(n, _)| *n == name).map(|(n, text)| {
            Standards::parse(&crate::t!("report-builtin-standards", name = *n), text)
        })
    }

    /// The names of the built-in sets.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(n, _)| *n)
    }

    /// The minimum wage in force in a region on a date: the latest standard
    /// that has taken effect, the more specific region first on the same date.
    pub fn minimum_wage(&self, region: &str, on: NaiveDate) -> Option<&Sourced<MinimumWage>> {
        self.minimum_wages
            .iter()
            .filter(|m| region.starts_with(m.region.as_str()) && m.effective <= on)
            .max_by_key(|m| (m.effective, m.region.len()))
    }

    /// The tier assignment of a region in force on a date: the most specific
    /// assignment, the latest of equally specific ones.
    pub fn tier(&self, region: &str, on: NaiveDate) -> Option<&Sourced<RegionTier>> {
        self.region_tiers
            .iter()
            .filter(|t| t.since <= on)
            .filter_map(|t| t.specificity(region).map(|s| (s, t)))
            .max_by_key(|(s, t)| (*s, t.since))
            .map(|(_, t)| t)
    }

    /// The skill-worker minimum in force in a region on a date.
    pub fn skill_minimum(&self, region: &str, on: NaiveDate) -> Option<&Sourced<SkillMinimum>> {
        self.skill_minimums
            .iter()
            .filter(|m| region.starts_with(m.region.as_str()) && m.effective <= on)
            .max_by_key(|m| (m.effective, m.region.len()))
    }

    /// The industry floor binding an industry on a date.
    pub fn industry_floor(&self, industry: &str, on: NaiveDate) -> Option<&Sourced<IndustryFloor>> {
        self.industry_floors
            .iter()
            .filter(|f| f.covers(industry) && f.in_force(on))
            .max_by_key(|f| f.effective)
    }

    /// The wage guideline of a year for a region.
    pub fn guideline(&self, region: &str, year: i32) -> Option<&Sourced<WageGuideline>> {
        self.guidelines
            .iter()
            .filter(|g| g.year == year && region.starts_with(g.region.as_str()))
            .max_by_key(|g| g.region.len())
    }

    /// The latest market level of an occupation (and grade, when the survey has
    /// one for it) published for a year up to `year`.
    pub fn market_level(
        &self,
        region: &str,
        occupation: &str,
        grade: &str,
        year: i32,
    ) -> Option<&Sourced<MarketLevel>> {
        self.market_levels
            .iter()
            .filter(|m| {
                m.occupation == occupation
                    && m.year <= year
                    && region.starts_with(m.region.as_str())
                    && m.grade.as_deref().is_none_or(|g| g == grade)
            })
            .max_by_key(|m| (m.year, m.grade.is_some(), m.region.len()))
    }

    /// Dates within `[from, to]` on which a standard this region is checked
    /// against takes effect: where a contract's term crosses a change.
    pub fn changes_between(
        &self,
        region: &str,
        industry: Option<&str>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = self
            .minimum_wages
            .iter()
            .filter(|m| region.starts_with(m.region.as_str()))
            .map(|m| m.effective)
            .chain(
                self.industry_floors
                    .iter()
                    .filter(|f| industry.is_some_and(|i| f.covers(i)))
                    .map(|f| f.effective),
            )
            .chain(
                self.region_tiers
                    .iter()
                    .filter(|t| t.specificity(region).is_some())
                    .map(|t| t.since),
            )
            .filter(|d| from < *d && *d <= to)
            .collect();
        dates.sort();
        dates.dedup();
        dates
    }
}

#[cfg(test)]
mod tests;
