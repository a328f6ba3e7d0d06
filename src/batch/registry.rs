//! `Registry`: which schedule, region and industry each enterprise of a batch run
//! falls under, read from TOML or CSV.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::io::{line_of, Encoding, TableError, TableOptions, TableReader};
use crate::toml_input::{self, TomlError};
use crate::{suggest, Location};

/// The CSV registry's columns, each by its English and Chinese names, in the
/// order enterprise id, name, schedule, region, industry.
const CSV_COLUMNS: [&[&str]; 5] = [
    &["enterprise_id", "企业", "企业编号", "企业代码"],
    &["name", "enterprise_name", "企业名称"],
    &["schedule", "能级工资标准"],
    &["region", "地区", "地区代码", "行政区划代码"],
    &["industry", "行业"],
];

/// One enterprise of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisteredEnterprise {
    /// The enterprise's id, as the rosters' enterprise column writes it.
    pub id: String,
    /// The enterprise's name (企业名称), for reports and documents.
    #[serde(default)]
    pub name: String,
    /// The schedule file, relative to the registry; empty for the default schedule.
    #[serde(default)]
    pub schedule: String,
    /// Its six-digit region code (GB/T 2260), which decides its minimum wage.
    #[serde(default)]
    pub region: String,
    /// Its industry, for industry floors.
    #[serde(default)]
    pub industry: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(rename = "enterprise", default)]
    enterprises: Vec<RegisteredEnterprise>,
}

/// The enterprises a federation knows, by id.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// The enterprises, in the registry's order.
    pub enterprises: Vec<RegisteredEnterprise>,
    /// Where each enterprise is written (its table, or its row's schedule cell).
    places: Vec<Location>,
    index: HashMap<String, usize>,
}

impl Registry {
    /// The JSON Schema of a TOML registry, from the types it is read with
    /// (`schemas/registry.schema.json`).
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(RegistryFile)
    }

    /// Reads `[[enterprise]]` tables: `id`, `name`, `schedule`, `region`, `industry`.
    pub fn from_toml(file: &str, text: &str) -> Result<Registry, TomlError> {
        let file: Arc<str> = Arc::from(file);
        let parsed: RegistryFile = toml_input::parse(&file, text)?;
        let places = text
            .match_indices("[[enterprise]]")
            .map(|(o, _)| Location::of_offset(&file, text, o))
            .collect();
        Registry::new(parsed.enterprises, places).map_err(|(i, message)| {
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
        Registry::from_table(file, text.as_bytes(), &TableOptions::from(Encoding::Utf8))
    }

    /// As [`Registry::from_csv`], from a CSV in any encoding or a workbook's
    /// sheet.
    pub fn from_table(
        file: &str,
        input: &[u8],
        options: &TableOptions,
    ) -> Result<Registry, TomlError> {
        let table_error = |e: TableError| {
            let mut error = TomlError::new(e.location.clone(), e.message());
            error.hint = e.hint();
            error
        };
        let mut table = TableReader::open(file, input, options).map_err(table_error)?;
        let origin = table.origin().clone();
        let at = |line: u64, col: Option<u64>| origin.at(line, col);
        let headers: Vec<String> = table
            .headers()
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        let header_line = table.headers().position().map_or(1, csv::Position::line);
        let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
        for (i, h) in headers.iter().enumerate() {
            if !h.is_empty() && !CSV_COLUMNS.iter().any(|names| names.contains(&h.as_str())) {
                // As the TOML registry's unknown keys: refused, with the likely one.
                let known = CSV_COLUMNS.iter().flat_map(|names| names.iter().copied());
                let hint = suggest::hint(h, known);
                let hint = if hint.is_empty() {
                    crate::i18n::hint(crate::t!(
                        "roster-expected-one-of",
                        names = CSV_COLUMNS
                            .iter()
                            .map(|n| n[0])
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                } else {
                    hint
                };
                let mut error = TomlError::new(
                    at(header_line, Some(i as u64 + 1)),
                    crate::t!("registry-unknown-column", header = h.as_str()),
                );
                error.hint = hint;
                return Err(error);
            }
        }
        let id = find(CSV_COLUMNS[0]).ok_or_else(|| {
            TomlError::new(at(header_line, None), crate::t!("registry-no-id-column"))
        })?;
        let name = find(CSV_COLUMNS[1]);
        let schedule = find(CSV_COLUMNS[2]);
        let region = find(CSV_COLUMNS[3]);
        let industry = find(CSV_COLUMNS[4]);
        let mut enterprises = Vec::new();
        let mut lines = Vec::new();
        let mut places = Vec::new();
        let mut record = csv::StringRecord::new();
        while table.read_record(&mut record).map_err(table_error)? {
            let line = line_of(record.as_byte_record());
            let cell = |i: Option<usize>| {
                i.and_then(|i| record.get(i))
                    .unwrap_or("")
                    .trim()
                    .to_string()
            };
            let id_text = cell(Some(id));
            if let Some((message, hint)) =
                crate::io::line_text::control_problem("enterprise_id", &id_text)
            {
                let mut error = TomlError::new(at(line, Some(id as u64 + 1)), message);
                error.hint = hint;
                return Err(error);
            }
            enterprises.push(RegisteredEnterprise {
                id: id_text,
                name: cell(name),
                schedule: cell(schedule),
                region: cell(region),
                industry: cell(industry),
            });
            lines.push(line);
            places.push(at(line, schedule.map(|c| c as u64 + 1)));
        }
        Registry::new(enterprises, places).map_err(|(i, message)| {
            TomlError::new(
                at(lines.get(i).copied().unwrap_or(1), Some(id as u64 + 1)),
                message,
            )
        })
    }

    fn new(
        enterprises: Vec<RegisteredEnterprise>,
        places: Vec<Location>,
    ) -> Result<Registry, (usize, String)> {
        let mut index = HashMap::with_capacity(enterprises.len());
        for (i, e) in enterprises.iter().enumerate() {
            if e.id.is_empty() {
                return Err((i, crate::t!("registry-no-id")));
            }
            if index.insert(e.id.clone(), i).is_some() {
                return Err((i, crate::t!("registry-twice", id = e.id.as_str())));
            }
        }
        Ok(Registry {
            enterprises,
            places,
            index,
        })
    }

    /// The enterprise with id `id`, if the registry names it.
    pub fn get(&self, id: &str) -> Option<&RegisteredEnterprise> {
        self.index.get(id).map(|&i| &self.enterprises[i])
    }

    /// Where the registry first names a schedule file, and for which enterprise.
    pub fn schedule_place(&self, file: &str) -> Option<(&Location, &str)> {
        let i = self.enterprises.iter().position(|e| e.schedule == file)?;
        Some((self.places.get(i)?, self.enterprises[i].id.as_str()))
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
        assert!(e.hint.contains("did you mean 'schedule'?"), "{e}");
    }
}
