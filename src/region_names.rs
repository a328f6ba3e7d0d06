//! Region names: the GB/T 2260 names of Zhejiang's divisions down to the county
//! level, shipped in `data/regions/zhejiang.toml` with their source, so that a
//! document says 温岭市 where a schedule says 331081. A code not in the list is
//! printed as the code.

use std::collections::BTreeMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/regions/zhejiang.toml");

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    source: String,
    names: BTreeMap<String, String>,
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    // Checked by a unit test; unreadable data would only mean codes are printed.
    NAMES.get_or_init(|| toml::from_str(DATA).unwrap_or_default())
}

/// Where the names come from.
pub fn source() -> &'static str {
    &names().source
}

/// The name of a six-digit region code: 温岭市, 宁波市江北区 (a city's district
/// carries the city's name), 台州市, 浙江省; `None` when the code is not listed.
pub fn region_name(code: &str) -> Option<String> {
    let code = code.trim();
    let list = &names().names;
    let name = list.get(code)?;
    let district = code
        .get(4..6)
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|d| (1..=20).contains(&d));
    let city = code.get(..4).and_then(|c| list.get(&format!("{c}00")));
    Some(match city {
        Some(city) if district => format!("{city}{name}"),
        _ => name.clone(),
    })
}

/// Whether a region code (行政区划代码) lies in Zhejiang (33), where the
/// province's own rules apply (浙江省集体合同条例).
pub fn is_zhejiang(region: &str) -> bool {
    region.trim().starts_with("33")
}

/// The region's name, or its code when the name is not known: for text a
/// person reads.
pub fn region_label(code: &str) -> String {
    region_name(code).unwrap_or_else(|| code.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_names_parse_with_their_source() {
        let parsed: Names = toml::from_str(DATA).unwrap();
        assert!(parsed.source.contains("GB/T 2260"));
        assert!(parsed.names.len() > 100, "{}", parsed.names.len());
        assert!(parsed
            .names
            .keys()
            .all(|c| c.len() == 6 && c.starts_with("33")));
    }

    #[test]
    fn names_of_counties_districts_and_cities() {
        assert_eq!(region_name("331081").as_deref(), Some("温岭市"));
        assert_eq!(region_name("330205").as_deref(), Some("宁波市江北区"));
        assert_eq!(region_name("330114").as_deref(), Some("杭州市钱塘区"));
        assert_eq!(region_name("330122").as_deref(), Some("桐庐县"));
        assert_eq!(region_name("331000").as_deref(), Some("台州市"));
        assert_eq!(region_name("330000").as_deref(), Some("浙江省"));
        // 下城区 was merged away in 2021; Beijing is not shipped.
        assert_eq!(region_name("330103"), None);
        assert_eq!(region_label("110105"), "110105");
    }
}
