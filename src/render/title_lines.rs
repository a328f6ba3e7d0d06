//! A document title too long for one line is set on two, broken where a
//! reader breaks it (金华市八婺速递服务有限公司 / 能级工资专项集体合同) rather
//! than wherever the line runs out, which leaves a lone "同" on the second line.
//! GB/T 9704 (7.3.3.1) asks the same of official titles: lines broken with the
//! words whole and the lines balanced.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::docx_table::text_units;

/// Where a title may break: before the name of the document.
const BREAKS: [&str; 6] = ["能级工资", "行业性", "技能", "工资", "集体", "关于"];

/// The title's two lines, or `None` when it fits in `max_units` half-ems.
pub fn split_title(title: &str, max_units: usize) -> Option<(String, String)> {
    let total = text_units(title);
    if total <= max_units || title.chars().count() < 4 {
        return None;
    }
    let mut best: Option<(usize, usize)> = None; // (distance from the middle, byte index)
    for word in BREAKS {
        for (i, _) in title.match_indices(word) {
            let left = text_units(&title[..i]);
            if i == 0 || left > max_units || total - left > max_units {
                continue;
            }
            let distance = left.abs_diff(total - left);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, i));
            }
        }
    }
    let at = match best {
        Some((_, i)) => i,
        // No word to break before: break in the middle.
        None => title
            .char_indices()
            .find(|(i, _)| text_units(&title[..*i]) * 2 >= total)
            .map_or(title.len(), |(i, _)| i),
    };
    let (a, b) = title.split_at(at);
    Some((a.to_string(), b.to_string()))
}

/// The events with the first-level heading's text on two lines (a hard
/// break between them) where it is longer than `max_units`.
pub fn balance_title(events: Vec<Event<'_>>, max_units: usize) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len() + 2);
    let mut title: Option<String> = None;
    for e in events {
        match (&mut title, e) {
            (
                None,
                e @ Event::Start(Tag::Heading {
                    level: HeadingLevel::H1,
                    ..
                }),
            ) => {
                out.push(e);
                title = Some(String::new());
            }
            (Some(text), Event::Text(t)) => text.push_str(&t),
            (Some(text), e @ Event::End(TagEnd::Heading(HeadingLevel::H1))) => {
                match split_title(text, max_units) {
                    Some((a, b)) => {
                        out.push(Event::Text(CowStr::from(a)));
                        out.push(Event::HardBreak);
                        out.push(Event::Text(CowStr::from(b)));
                    }
                    None => out.push(Event::Text(CowStr::from(std::mem::take(text)))),
                }
                out.push(e);
                title = None;
            }
            (Some(text), other) => {
                // Markup inside the title: keep it as it is.
                if !text.is_empty() {
                    out.push(Event::Text(CowStr::from(std::mem::take(text))));
                }
                out.push(other);
            }
            (None, other) => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_breaks_before_the_document_name() {
        assert_eq!(
            split_title("金华市八婺速递服务有限公司能级工资专项集体合同", 44),
            Some((
                "金华市八婺速递服务有限公司".to_string(),
                "能级工资专项集体合同".to_string()
            ))
        );
        assert_eq!(split_title("温岭市泵与电机行业能级工资集体协议", 44), None);
        let (a, b) = split_title("一二三四五六七八九十一二三四五六七八九十一二三四", 40).unwrap();
        assert_eq!((a.chars().count(), b.chars().count()), (12, 12));
    }
}
