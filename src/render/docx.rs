//! DOCX output: a Word document (Office Open XML, ECMA-376) written from a
//! document's Markdown, with real Word tables, headings, page breaks and an A4
//! page. The zip is written with fixed timestamps, so the same input gives the
//! same bytes.
//!
//! We write the few XML parts ourselves rather than use a docx crate: the
//! documents need only paragraphs, runs, tables and page breaks, and writing
//! them directly keeps every byte under our control (escaping, fonts, a
//! deterministic archive).

use std::io::{Cursor, Write};

use pulldown_cmark::{Event, Options, Parser};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::docx_body::BodyWriter;
use super::docx_parts::{
    APP, CONTENT_TYPES, DOCUMENT_RELS, FONT_TABLE, FOOTER, HEADER, OFFICIAL_STYLES, RELS, STYLES,
};
use super::escape::xml;
use super::style::{official_grid, Style, OFFICIAL_MARGINS};
use super::title_lines::balance_title;

/// A4 width, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
/// Side margins of a document, and of a compact one (the one-page notice).
const MARGIN: u32 = 1247;
const COMPACT_MARGIN: u32 = 1020;

/// Why a DOCX could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("template-docx", error = .0.to_string()))]
pub struct DocxError(#[from] zip::result::ZipError);

impl From<std::io::Error> for DocxError {
    fn from(e: std::io::Error) -> Self {
        DocxError(zip::result::ZipError::Io(e))
    }
}

/// Writes the Markdown as a complete .docx file.
pub fn to_docx(markdown: &str, title: &str, style: Style) -> Result<Vec<u8>, DocxError> {
    let document = document_xml_styled(markdown, style);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let core = format!(
        "{HEADER}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>\
         <dc:creator>nengji</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>",
        xml(title)
    );
    let parts: [(&str, &str); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("docProps/core.xml", &core),
        ("docProps/app.xml", APP),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        (
            "word/styles.xml",
            match style {
                Style::Standard => STYLES,
                Style::Official => OFFICIAL_STYLES,
            },
        ),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/footer1.xml", FOOTER),
        ("word/document.xml", &document),
    ];
    for (name, text) in parts {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The main part, `word/document.xml`.
pub fn document_xml(markdown: &str) -> String {
    document_xml_styled(markdown, Style::Standard)
}

/// The main part in a page style.
pub fn document_xml_styled(markdown: &str, style: Style) -> String {
    let compact = markdown.contains("<div class=\"compact\">");
    let [top, right, bottom, left] = match style {
        Style::Official => OFFICIAL_MARGINS,
        Style::Standard if compact => [720, COMPACT_MARGIN, 720, COMPACT_MARGIN],
        Style::Standard => [1418, MARGIN, 1418, MARGIN],
    };
    let mut w = BodyWriter::new(PAGE_WIDTH - left - right, style == Style::Official);
    // The title is 20 pt (22 pt official): a half-em is 200 (220) twentieths
    // of a point.
    let half_em = if w.official { 220 } else { 200 };
    let events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_TABLES).collect();
    for event in balance_title(events, (w.text_width / half_em) as usize) {
        w.event(event);
    }
    w.close_paragraph();
    let grid = if w.official {
        official_grid()
    } else {
        String::new()
    };
    format!(
        "{HEADER}<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <w:body>{}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" w:left=\"{left}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         {grid}</w:sectPr></w:body></w:document>",
        w.body
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx_table::{column_widths, CELL_PADDING, CELL_UNIT};
    use crate::render::escape;
    use crate::render::html::PAGE_BREAK;
    use std::io::Read;

    #[test]
    fn tables_are_word_tables_and_text_is_escaped() {
        let md = format!(
            "# 标题\n\n| 能级 | 第1档 |\n|---|---:|\n| {} | 2,600.00 |\n",
            escape::markdown("<script>| x |")
        );
        let doc = document_xml(&md);
        assert!(doc.contains("<w:tbl>"), "{doc}");
        assert_eq!(doc.matches("<w:tr>").count(), 2);
        assert!(doc.contains("&lt;script&gt;| x |"), "{doc}");
        assert!(!doc.contains("<script"));
        assert!(doc
            .contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2,600.00"));
        assert!(doc.contains("<w:pStyle w:val=\"Title\"/>"));
    }

    #[test]
    fn page_breaks_lists_and_quotes() {
        let md = format!("> **草案**\n\n{PAGE_BREAK}\n\n1. 一\n2. 二\n\n- 甲\n");
        let doc = document_xml(&md);
        assert!(doc.contains("<w:br w:type=\"page\"/>"));
        assert!(doc.contains("AA0000"));
        assert!(
            doc.contains(">1. 一</w:t>") && doc.contains(">2. 二</w:t>"),
            "{doc}"
        );
        assert!(doc.contains(">• 甲</w:t>"));
    }

    #[test]
    fn narrow_columns_keep_their_width_and_wide_ones_share_the_rest() {
        // Everything fits: the spare width goes in proportion.
        assert_eq!(column_widths(&[100, 300], 800), vec![200, 600]);
        // Too wide: the two narrow columns stay whole, the wide ones share.
        assert_eq!(
            column_widths(&[100, 200, 5000, 3000], 3000),
            vec![100, 200, 1350, 1350]
        );
        // One very wide column takes what the others leave.
        assert_eq!(column_widths(&[100, 9000], 1000), vec![100, 900]);
        assert!(column_widths(&[0, 0], 100).iter().all(|&w| w == 0));
    }

    #[test]
    fn cell_text_sets_the_column_widths() {
        let md = "| 条款 | 适用范围 |\n|---|---|\n| 第十一条 | 能级为初级工、中级工、高级工、技师、高级技师、特级技师、首席技师的职工 |\n";
        let doc = document_xml(md);
        let cols: Vec<u32> = doc
            .split("<w:gridCol w:w=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().parse().unwrap())
            .collect();
        // 第十一条 needs four characters at 12 pt and a margin (1,200), and
        // gets little more, since the other column can use the room.
        let need = 8 * CELL_UNIT + CELL_PADDING;
        assert!(cols[0] >= need && cols[0] < need + 100, "{cols:?}");
        assert!(cols[1] > 4 * cols[0], "{cols:?}");
    }

    #[test]
    fn archive_has_the_parts_and_is_deterministic() {
        let a = to_docx("# t\n\n正文\n", "t", Style::Standard).unwrap();
        let b = to_docx("# t\n\n正文\n", "t", Style::Standard).unwrap();
        assert_eq!(a, b);
        let mut zip = zip::ZipArchive::new(Cursor::new(a)).unwrap();
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
        ] {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            assert!(text.starts_with("<?xml"), "{name}");
        }
    }
}
