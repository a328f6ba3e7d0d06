//! `Registry`: which schedule, region and industry each enterprise of a batch run
//! falls under, read from TOML or CSV.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::toml_input::{self, TomlError};
use crate::Location;

/// One enterprise of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisteredEnterprise {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// The schedule file, relative to the registry; empty for the default schedule.
    #[serde(default)]
    pub schedule: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub industry: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(rename = "enterprise", default)]
    enterprises: Vec<RegisteredEnterprise>,
}

/// The enterprises a federation knows, by id.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub enterprises: Vec<RegisteredEnterprise>,
    index: HashMap<String, usize>,
}

impl Registry {
    /// Reads `[[enterprise]]` tables: `id`, `name`, `schedule`, `region`, `industry`.
    pub fn from_toml(file: &str, text: &str) -> Result<Registry, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let parsed: RegistryFile = toml_input::parse(&file, text)?;
        Registry::new(parsed.enterprises).map_err(|(i, message)| {
            let offset = text
                .match_indices("[[enterprise]]")
                .nth(i)
                .map_or(0, |(o, _)| o);
            TomlError::new(Location::of_offset(&file, text, offset), message)
        })
    }

    /// Reads a CSV with the header `enterprise_id,name,schedule,region,industry`
    /// (or 企业, 企业名称, 能级工资标准, 地区, 行业); only `enterprise_id` is required.
    pub fn from_csv(file: &str, text: &str) -> Result<Registry, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let at = |line: u64, col: Option<u64>| Location::new(&file, line, col);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| TomlError::new(at(1, None), format!("malformed CSV: {e}")))?
            .clone();
        let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.trim()));
        let id = find(&["enterprise_id", "企业", "企业编号", "企业代码"]).ok_or_else(|| {
            TomlError::new(
                at(1, None),
                "the registry has no enterprise_id (企业编号) column",
            )
        })?;
        let name = find(&["name", "enterprise_name", "企业名称"]);
        let schedule = find(&["schedule", "能级工资标准"]);
        let region = find(&["region", "地区", "地区代码", "行政区划代码"]);
        let industry = find(&["industry", "行业"]);
        let mut enterprises = Vec::new();
        let mut lines = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(1, |p| p.line());
                TomlError::new(at(line, None), format!("malformed CSV: {e}"))
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let cell = |i: Option<usize>| {
                i.and_then(|i| record.get(i))
                    .unwrap_or("")
                    .trim()
                    .to_string()
            };
            enterprises.push(RegisteredEnterprise {
                id: cell(Some(id)),
                name: cell(name),
                schedule: cell(schedule),
                region: cell(region),
                industry: cell(industry),
            });
            lines.push(line);
        }
        Registry::new(enterprises).map_err(|(i, message)| {
            TomlError::new(
                at(lines.get(i).copied().unwrap_or(1), Some(id as u64 + 1)),
                message,
            )
        })
    }

    fn new(enterprises: Vec<RegisteredEnterprise>) -> Result<Registry, (usize, String)> {
        let mut index = HashMap::with_capacity(enterprises.len());
        for (i, e) in enterprises.iter().enumerate() {
            if e.id.is_empty() {
                return Err((i, "an enterprise without an id".to_string()));
            }
            if index.insert(e.id.clone(), i).is_some() {
                return Err((i, format!("enterprise '{}' is listed twice", e.id)));
            }
        }
        Ok(Registry { enterprises, index })
    }

    pub fn get(&self, id: &str) -> Option<&RegisteredEnterprise> {
        self.index.get(id).map(|&i| &self.enterprises[i])
    }

    /// The distinct schedule files named, in first-listed order.
    pub fn schedule_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::new();
        for e in &self.enterprises {
            if !e.schedule.is_empty() && !files.contains(&e.schedule.as_str()) {
                files.push(&e.schedule);
            }
        }
        files
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_toml_and_csv_alike() {
        let t = Registry::from_toml(
            "r.toml",
            "[[enterprise]]\nid = \"A\"\nschedule = \"pump.toml\"\nregion = \"331081\"\nindustry = \"泵\"\n[[enterprise]]\nid = \"B\"\n",
        )
        .unwrap();
        let c = Registry::from_csv(
            "r.csv",
            "企业,能级工资标准,地区,行业\nA,pump.toml,331081,泵\nB,,,\n",
        )
        .unwrap();
        assert_eq!(t.enterprises, c.enterprises);
        assert_eq!(t.get("A").map(|e| e.region.as_str()), Some("331081"));
        assert_eq!(t.schedule_files(), ["pump.toml"]);
    }

    #[test]
    fn duplicates_are_placed() {
        let e = Registry::from_csv("r.csv", "enterprise_id\nA\nA\n").unwrap_err();
        assert_eq!(e.location.to_string(), "r.csv:3:1");
        let e = Registry::from_toml(
            "r.toml",
            "[[enterprise]]\nid = \"A\"\n[[enterprise]]\nid = \"A\"\n",
        )
        .unwrap_err();
        assert_eq!(e.location.line, 3);
        let e = Registry::from_toml("r.toml", "[[enterprise]]\nid = \"A\"\nschedul = \"x\"\n")
            .unwrap_err();
        assert!(e.message.contains("did you mean 'schedule'?"), "{e}");
    }
}
