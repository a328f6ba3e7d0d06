//! Combining standards files: later files add entries; an entry that clashes with
//! one read before (the same region and date, an industry floor that overlaps
//! another) is refused with both places.

use crate::standards::{IndustryFloor, Sourced, Standards};
use crate::toml_input::TomlError;
use crate::{t, Location};

impl Standards {
    /// Adds another set. Two entries that would both apply to the same subject
    /// (region, industry, occupation) from the same date, or over overlapping
    /// terms, are an error naming both places, never a silent choice.
    pub fn combine(&mut self, other: Standards) -> Result<(), TomlError> {
        let clash = |a: &Location, b: &Location, what: String| {
            Err(TomlError::new(
                b.clone(),
                t!("input-standard-twice", what = what, other = a.to_string()),
            ))
        };
        if let Some((old, m)) = first_clash(&self.minimum_wages, &other.minimum_wages, |o, m| {
            o.region == m.region && o.effective == m.effective
        }) {
            let what = t!(
                "input-what-minimum-wage",
                region = m.region.as_str(),
                from = m.effective.to_string()
            );
            return clash(old, &m.origin, what);
        }
        if let Some((old, t)) = first_clash(&self.region_tiers, &other.region_tiers, |o, t| {
            o.label() == t.label() && o.since == t.since
        }) {
            let what = t!(
                "input-what-tier",
                label = t.label(),
                from = t.since.to_string()
            );
            return clash(old, &t.origin, what);
        }
        if let Some((old, m)) = first_clash(&self.skill_minimums, &other.skill_minimums, |o, m| {
            o.region == m.region && o.effective == m.effective
        }) {
            let what = t!(
                "input-what-skill-minimum",
                region = m.region.as_str(),
                from = m.effective.to_string()
            );
            return clash(old, &m.origin, what);
        }
        if let Some((old, f)) = first_clash(
            &self.industry_floors,
            &other.industry_floors,
            floors_overlap,
        ) {
            let what = t!(
                "input-what-industry-floor",
                industry = f.industry.as_str(),
                from = f.effective.to_string()
            );
            return clash(old, &f.origin, what);
        }
        if let Some((old, g)) = first_clash(&self.guidelines, &other.guidelines, |o, g| {
            o.region == g.region && o.year == g.year
        }) {
            let what = t!(
                "input-what-guideline",
                region = g.region.as_str(),
                year = g.year
            );
            return clash(old, &g.origin, what);
        }
        if let Some((old, m)) = first_clash(&self.market_levels, &other.market_levels, |o, m| {
            o.region == m.region
                && o.year == m.year
                && o.occupation == m.occupation
                && o.grade == m.grade
        }) {
            let what = t!(
                "input-what-market-level",
                occupation = m.occupation.as_str(),
                grade = m.grade.as_deref().unwrap_or("-"),
                region = m.region.as_str(),
                year = m.year
            );
            return clash(old, &m.origin, what);
        }
        self.files.extend(other.files);
        self.minimum_wages.extend(other.minimum_wages);
        self.region_tiers.extend(other.region_tiers);
        self.skill_minimums.extend(other.skill_minimums);
        self.industry_floors.extend(other.industry_floors);
        self.guidelines.extend(other.guidelines);
        self.market_levels.extend(other.market_levels);
        if other.structure.is_some() {
            self.structure = other.structure;
        }
        if other.procedure.is_some() {
            self.procedure = other.procedure;
        }
        Ok(())
    }
}

/// The first entry of `new` that clashes with an entry of `old` or an earlier
/// one of `new`: the earlier entry's place and the clashing entry.
fn first_clash<'a, T>(
    old: &'a [Sourced<T>],
    new: &'a [Sourced<T>],
    same: impl Fn(&T, &T) -> bool,
) -> Option<(&'a Location, &'a Sourced<T>)> {
    new.iter().enumerate().find_map(|(i, n)| {
        old.iter()
            .chain(&new[..i])
            .find(|o| same(&o.item, &n.item))
            .map(|o| (&o.origin, n))
    })
}

/// Whether two industry floors bind one industry at once: the same industry
/// (or an alias in common) from the same date, or an earlier floor whose
/// stated expiry reaches past the later one's start. A later floor with no
/// overlap succeeds an earlier one without an expiry, as a new agreement does.
fn floors_overlap(a: &IndustryFloor, b: &IndustryFloor) -> bool {
    let names = |f: &IndustryFloor| {
        let mut all = vec![f.industry.clone()];
        all.extend(f.aliases.iter().cloned());
        all
    };
    let a_names = names(a);
    if !names(b).iter().any(|n| a_names.contains(n)) {
        return false;
    }
    let (first, second) = if a.effective <= b.effective {
        (a, b)
    } else {
        (b, a)
    };
    first.effective == second.effective || first.expires.is_some_and(|e| e >= second.effective)
}
