//! A Markdown table in HTML with its columns sized by their text, as the DOCX
//! writer sizes them ([`column_widths`]): a short column (类别, 条款) keeps
//! its whole width and only the widest columns share what is left, so
//! "技术技能" never stacks one character a line and the table stays inside
//! the page.

use pulldown_cmark::{html, Event, Tag, TagEnd};

use super::docx_table::{column_widths, text_units};

/// The text width of an A4 page's article (166 mm) in hundredths of half an
/// em of the tables' 10.5 pt type (1.852 mm), and a cell's padding and border.
const AVAILABLE: u32 = 8960;
const UNIT: u32 = 100;
const PADDING: u32 = 200;

/// Body rows a table may have and still be kept on one page. A longer table
/// (a quarter of a page and more) may split between rows, its header repeated,
/// rather than leave the rest of a page blank before it.
const KEPT_ROWS: usize = 6;

/// Writes the events of one table (from its `Start(Table)` to its
/// `End(Table)`) with a `<colgroup>` of percentage widths; a table of more
/// than [`KEPT_ROWS`] rows is marked `long`.
pub fn push_table(out: &mut String, events: Vec<Event<'_>>) {
    let mut widths: Vec<usize> = Vec::new();
    let (mut column, mut cell, mut rows) = (0usize, 0usize, 0usize);
    for e in &events {
        match e {
            Event::Start(Tag::TableRow) => {
                column = 0;
                rows += 1;
            }
            Event::Start(Tag::TableHead) => column = 0,
            Event::Start(Tag::TableCell) => cell = 0,
            Event::Text(t) | Event::Code(t) => cell += text_units(t),
            Event::End(TagEnd::TableCell) => {
                if widths.len() <= column {
                    widths.resize(column + 1, 0);
                }
                widths[column] = widths[column].max(cell);
                column += 1;
            }
            _ => {}
        }
    }
    let natural: Vec<u32> = widths
        .iter()
        .map(|&w| {
            u32::try_from(w.max(2))
                .unwrap_or(u32::MAX / UNIT)
                .saturating_mul(UNIT)
                .saturating_add(PADDING)
        })
        .collect();
    let shares = column_widths(&natural, AVAILABLE);
    let total: u64 = shares.iter().map(|&s| u64::from(s)).sum::<u64>().max(1);
    let cols: String = shares
        .iter()
        .map(|&s| {
            let tenths = u64::from(s) * 1000 / total;
            format!("<col style=\"width:{}.{}%\">", tenths / 10, tenths % 10)
        })
        .collect();
    let mut table = String::new();
    html::push_html(&mut table, events.into_iter());
    out.push_str(&table.replacen(
        "<table>",
        &format!(
            "<table class=\"{}\"><colgroup>{cols}</colgroup>",
            if rows > KEPT_ROWS {
                "sized long"
            } else {
                "sized"
            }
        ),
        1,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn table(md: &str) -> String {
        let events: Vec<Event> = Parser::new_ext(md, Options::ENABLE_TABLES).collect();
        let mut out = String::new();
        push_table(&mut out, events);
        out
    }

    #[test]
    fn short_columns_keep_their_width() {
        let long = "按职工能级每月发放：初级快递员200元，中级快递员400元，高级快递员600元，快递技师800元，高级快递技师1,100元；见习快递员不发放";
        let html = table(&format!(
            "| 项目 | 类别 | 标准与条件 | 条款 |\n|---|---|---|---|\n| 技能等级津贴 | 技术技能津补贴 | {long} | 第十一条 |\n"
        ));
        let widths: Vec<f64> = html
            .match_indices("width:")
            .map(|(i, _)| {
                let rest = &html[i + 6..];
                rest[..rest.find('%').unwrap()].parse().unwrap()
            })
            .collect();
        assert_eq!(widths.len(), 4, "{html}");
        // 技术技能津补贴 is 14 half-ems: at least 14 / 89.6 of the line.
        assert!(widths[1] > 15.0, "{widths:?}");
        assert!(widths[3] > 9.0, "第十一条: {widths:?}");
        assert!(widths[2] > 40.0, "{widths:?}");
        let sum: f64 = widths.iter().sum();
        assert!((99.0..=100.0).contains(&sum), "{sum}");
        assert!(html.contains("<td>第十一条</td>"));
    }
}
