//! A Markdown table as WordprocessingML: columns sized by their text, narrow ones
//! whole and wide ones sharing what is left of the line.

use pulldown_cmark::Alignment;

/// A Markdown table being collected, cell by cell, before it is written.
#[derive(Debug, Default)]
pub(super) struct Table {
    pub(super) aligns: Vec<Alignment>,
    /// Per column, the widest cell's text (CJK characters count two), so the
    /// columns are as wide as their content needs.
    pub(super) widths: Vec<usize>,
    pub(super) cell_width: usize,
    pub(super) rows: Vec<(bool, Vec<String>)>,
    pub(super) cells: Vec<String>,
    pub(super) head: bool,
    pub(super) borderless: bool,
}

/// Width of half an em (one ASCII character; a CJK character is two) in a
/// table cell, in twentieths of a point: 12 pt type, and the compact 8 pt.
pub(super) const CELL_UNIT: u32 = 120;
pub(super) const COMPACT_CELL_UNIT: u32 = 80;
/// A cell's left and right margins (80 each) and a little slack for bold
/// header text and the rounding of glyph widths.
pub(super) const CELL_PADDING: u32 = 240;

/// A text's width in half-ems: one for an ASCII character, two for a CJK one.
pub(super) fn text_units(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

pub(super) fn table_xml(t: &Table, text_width: u32, compact: bool) -> String {
    let unit = if compact {
        COMPACT_CELL_UNIT
    } else {
        CELL_UNIT
    };
    // The compact notice's rows sit closer, so that a long allowance list
    // still leaves the page room to spare.
    let pad = if compact { 15 } else { 40 };
    let columns = t
        .rows
        .iter()
        .map(|(_, c)| c.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let natural: Vec<u32> = (0..columns)
        .map(|i| {
            let units = u32::try_from(t.widths.get(i).copied().unwrap_or(0)).unwrap_or(u32::MAX);
            units
                .max(2)
                .saturating_mul(unit)
                .saturating_add(CELL_PADDING)
        })
        .collect();
    // The signature block's columns are the two parties': equal halves, so
    // 甲方's and 乙方's lines start at the same places on every row.
    let widths = if t.borderless {
        let columns = u32::try_from(columns).unwrap_or(1);
        vec![text_width / columns; natural.len()]
    } else {
        column_widths(&natural, text_width)
    };
    let border = if t.borderless { "none" } else { "single" };
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|side| {
            format!("<w:{side} w:val=\"{border}\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        })
        .collect();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/>\
         <w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>\
         <w:tblCellMar><w:top w:w=\"{pad}\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"{pad}\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>\
         </w:tblPr><w:tblGrid>"
    );
    for width in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for (head, cells) in &t.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if *head && !t.borderless {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (i, width) in widths.iter().enumerate() {
            let shade = if *head && !t.borderless {
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EFEFEF\"/>"
            } else {
                ""
            };
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shade}<w:vAlign w:val=\"center\"/></w:tcPr>"
            ));
            match cells.get(i) {
                Some(p) if !p.is_empty() => out.push_str(p),
                _ => out.push_str("<w:p/>"),
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// Shares `available` among columns that need `natural` widths: when all fit,
/// each gets its own width and the rest is shared in proportion; when they do
/// not, the narrow columns keep their width and only the widest are narrowed
/// to a common width (so a short column such as 条款 never wraps into one
/// character a line while a long one has room to spare).
pub(super) fn column_widths(natural: &[u32], available: u32) -> Vec<u32> {
    let need: u64 = natural.iter().map(|&n| u64::from(n)).sum();
    if need == 0 {
        return natural.to_vec();
    }
    if need <= u64::from(available) {
        let spare = u64::from(available) - need;
        return natural
            .iter()
            .map(|&n| {
                let extra = spare * u64::from(n) / need;
                n.saturating_add(u32::try_from(extra).unwrap_or(0))
            })
            .collect();
    }
    // The common width `cap` of the narrowed columns: walk the columns from
    // the narrowest, keeping each whole while the others can share the rest.
    let mut sorted = natural.to_vec();
    sorted.sort_unstable();
    let mut left = u64::from(available);
    let mut cap = 0u64;
    for (i, &n) in sorted.iter().enumerate() {
        let others = (sorted.len() - i) as u64;
        if u64::from(n) * others > left {
            cap = left / others;
            break;
        }
        left -= u64::from(n);
    }
    natural
        .iter()
        .map(|&n| u32::try_from(u64::from(n).min(cap)).unwrap_or(n))
        .collect()
}
