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

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::docx_parts::{
    APP, CONTENT_TYPES, DOCUMENT_RELS, FOOTER, HEADER, OFFICIAL_STYLES, RELS, STYLES,
};
use super::docx_table::table_xml;
use super::escape::xml;
use super::html::PAGE_BREAK;
use super::style::{Style, OFFICIAL_LINE, OFFICIAL_MARGINS};
use super::title_lines::balance_title;

/// A4 width, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
/// Side margins of a document, and of a compact one (the one-page notice).
const MARGIN: u32 = 1247;
const COMPACT_MARGIN: u32 = 1020;

/// Why a DOCX could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the DOCX archive: {0}")]
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
    let parts: [(&str, &str); 8] = [
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
    let mut w = BodyWriter {
        text_width: PAGE_WIDTH - left - right,
        official: style == Style::Official,
        ..BodyWriter::default()
    };
    // The title is 20 pt (22 pt official): a half-em is 200 (220) twentieths
    // of a point.
    let half_em = if w.official { 220 } else { 200 };
    let events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_TABLES).collect();
    for event in balance_title(events, (w.text_width / half_em) as usize) {
        w.event(event);
    }
    w.close_paragraph();
    // GB/T 9704: 22 lines a page on a fixed grid.
    let grid = if w.official {
        format!("<w:docGrid w:type=\"lines\" w:linePitch=\"{OFFICIAL_LINE}\"/>")
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

/// What kind of paragraph is open.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Body,
    Heading(u8),
    Item,
    Cell(Alignment),
}

/// A run of a paragraph.
#[derive(Debug)]
enum Run {
    /// Run properties and escaped text.
    Text { props: String, text: String },
    /// A run's inner XML, such as a line break.
    Raw(&'static str),
}

#[derive(Debug)]
struct Paragraph {
    kind: Kind,
    /// Adjacent text runs alike are merged, so text split by Markdown escapes
    /// stays one run.
    runs: Vec<Run>,
}

impl Paragraph {
    fn push(&mut self, props: String, text: String) {
        match self.runs.last_mut() {
            Some(Run::Text { props: p, text: t }) if *p == props => t.push_str(&text),
            _ => self.runs.push(Run::Text { props, text }),
        }
    }

    fn runs_xml(&self) -> String {
        self.runs
            .iter()
            .map(|run| match run {
                Run::Raw(inner) => format!("<w:r>{inner}</w:r>"),
                Run::Text { props, text } if props.is_empty() => {
                    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
                }
                Run::Text { props, text } => format!(
                    "<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>"
                ),
            })
            .collect()
    }
}

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

/// A `<div class="...">` the templates use to mark a part of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Div {
    Signatures,
    Compact,
    Signoff,
    Other,
}

/// Turns Markdown events into WordprocessingML.
#[derive(Debug, Default)]
struct BodyWriter {
    body: String,
    paragraph: Option<Paragraph>,
    bold: u32,
    italic: u32,
    quote: u32,
    /// Open lists: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// An item's paragraph was opened by the item and may take its first block.
    item_fresh: bool,
    table: Option<Table>,
    signatures: bool,
    /// Inside `<div class="compact">`: smaller type, so a notice fits one page.
    compact: bool,
    /// Inside `<div class="signoff">`: the issuer and date, set right.
    signoff: bool,
    /// The classes of the open divs, innermost last.
    divs: Vec<Div>,
    /// Width between the margins, in twentieths of a point.
    text_width: u32,
    /// GB/T 9704 style: tables in 12 pt under the 16 pt body.
    official: bool,
}

impl BodyWriter {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.run_raw("<w:br/>"),
            Event::Rule => {
                self.close_paragraph();
                self.body.push_str(
                    "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr></w:p>",
                );
            }
            Event::Html(raw) | Event::InlineHtml(raw) => self.html(&raw),
            _ => {}
        }
    }

    fn html(&mut self, raw: &str) {
        let raw = raw.trim();
        if raw == PAGE_BREAK {
            self.close_paragraph();
            self.body
                .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        } else if raw.starts_with("<div") {
            let div = if raw.contains("signatures") {
                Div::Signatures
            } else if raw.contains("compact") {
                Div::Compact
            } else if raw.contains("signoff") {
                Div::Signoff
            } else {
                Div::Other
            };
            self.divs.push(div);
            self.set_divs();
        } else if raw.starts_with("</div") {
            self.close_paragraph();
            self.divs.pop();
            self.set_divs();
        }
    }

    fn set_divs(&mut self) {
        self.signatures = self.divs.contains(&Div::Signatures);
        self.compact = self.divs.contains(&Div::Compact);
        self.signoff = self.divs.contains(&Div::Signoff);
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => {
                if self.item_fresh {
                    self.item_fresh = false;
                } else if !self.in_cell() {
                    self.open(Kind::Body);
                }
            }
            Tag::Heading { level, .. } => {
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                };
                self.open(Kind::Heading(n));
            }
            Tag::BlockQuote(_) => self.quote += 1,
            Tag::List(first) => {
                self.close_paragraph();
                self.lists.push(first);
            }
            Tag::Item => {
                self.open(Kind::Item);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_string(),
                };
                self.text(&marker);
                self.item_fresh = true;
            }
            Tag::Table(aligns) => {
                self.close_paragraph();
                self.table = Some(Table {
                    aligns,
                    borderless: self.signatures,
                    ..Table::default()
                });
            }
            Tag::TableHead => {
                if let Some(t) = &mut self.table {
                    t.head = true;
                    t.cells.clear();
                }
            }
            Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.head = false;
                    t.cells.clear();
                }
            }
            Tag::TableCell => {
                let align = self
                    .table
                    .as_ref()
                    .and_then(|t| t.aligns.get(t.cells.len()).copied())
                    .unwrap_or(Alignment::None);
                self.open(Kind::Cell(align));
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if !self.in_cell() => self.close_paragraph(),
            TagEnd::Heading(_) | TagEnd::Item => {
                self.item_fresh = false;
                self.close_paragraph();
            }
            TagEnd::BlockQuote(_) => {
                self.close_paragraph();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close_paragraph();
                self.lists.pop();
            }
            TagEnd::TableCell => {
                let p = self
                    .paragraph
                    .take()
                    .map(|p| self.paragraph_xml(p))
                    .unwrap_or_default();
                if let Some(t) = &mut self.table {
                    let column = t.cells.len();
                    if t.widths.len() <= column {
                        t.widths.resize(column + 1, 0);
                    }
                    t.widths[column] = t.widths[column].max(std::mem::take(&mut t.cell_width));
                    t.cells.push(p);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    let cells = std::mem::take(&mut t.cells);
                    t.rows.push((t.head, cells));
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.body
                        .push_str(&table_xml(&t, self.text_width, self.compact));
                    // A spacer, so that two tables in a row do not merge.
                    let line = if self.compact { "120" } else { "240" };
                    self.body.push_str(&format!(
                        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\"/></w:pPr></w:p>"
                    ));
                }
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            _ => {}
        }
    }

    fn in_cell(&self) -> bool {
        matches!(
            self.paragraph,
            Some(Paragraph {
                kind: Kind::Cell(_),
                ..
            })
        )
    }

    fn open(&mut self, kind: Kind) {
        self.close_paragraph();
        self.paragraph = Some(Paragraph {
            kind,
            runs: Vec::new(),
        });
    }

    fn close_paragraph(&mut self) {
        if let Some(p) = self.paragraph.take() {
            let xml = self.paragraph_xml(p);
            self.body.push_str(&xml);
        }
    }

    /// A paragraph with its properties in the order the schema requires
    /// (ECMA-376 CT_PPr: pStyle, pBdr, spacing, ind, jc), which Word enforces.
    fn paragraph_xml(&self, p: Paragraph) -> String {
        let style = match p.kind {
            Kind::Heading(1) => "<w:pStyle w:val=\"Title\"/>",
            Kind::Heading(2) => "<w:pStyle w:val=\"Heading1\"/>",
            Kind::Heading(3) => "<w:pStyle w:val=\"Heading2\"/>",
            Kind::Heading(_) => "<w:pStyle w:val=\"Heading3\"/>",
            _ => "",
        };
        let quote = p.kind == Kind::Body && self.quote > 0;
        let border = if quote {
            "<w:pBdr><w:top w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>\
             <w:left w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>\
             <w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/>\
             <w:right w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA0000\"/></w:pBdr>"
        } else {
            ""
        };
        let spacing = match p.kind {
            // Exact line heights: CJK fonts' own line gap would double the rows.
            Kind::Cell(_) if self.compact => {
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"210\" w:lineRule=\"exact\"/>"
            }
            Kind::Cell(_) => {
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/>"
            }
            _ if self.compact => {
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"280\" w:lineRule=\"exact\"/>"
            }
            _ => "",
        };
        let ind = match p.kind {
            Kind::Item => "<w:ind w:left=\"480\" w:hanging=\"240\"/>",
            Kind::Body if self.signoff => "",
            Kind::Body if !quote => "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>",
            _ => "",
        };
        let jc = match p.kind {
            Kind::Cell(Alignment::Right) => "<w:jc w:val=\"right\"/>",
            Kind::Cell(Alignment::Center) => "<w:jc w:val=\"center\"/>",
            Kind::Cell(_) => "<w:jc w:val=\"left\"/>",
            Kind::Body if self.signoff => "<w:jc w:val=\"right\"/>",
            Kind::Body if !quote => "<w:jc w:val=\"both\"/>",
            _ => "",
        };
        // The paragraph mark's size counts in the line height too.
        let mark = match p.kind {
            Kind::Cell(_) if self.compact => {
                "<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"
            }
            Kind::Heading(_) => "",
            _ if self.compact => "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>",
            _ => "",
        };
        format!(
            "<w:p><w:pPr>{style}{border}{spacing}{ind}{jc}{mark}</w:pPr>{}</w:p>",
            p.runs_xml()
        )
    }

    fn text(&mut self, text: &str) {
        if self.paragraph.is_none() {
            self.open(Kind::Body);
        }
        let head = self.table.as_ref().is_some_and(|t| t.head);
        let mut props = String::new();
        if self.bold > 0 || head {
            props.push_str("<w:b/>");
        }
        if self.italic > 0 {
            props.push_str("<w:i/>");
        }
        if self.quote > 0 {
            props.push_str("<w:color w:val=\"AA0000\"/>");
        }
        let in_cell = matches!(self.paragraph.as_ref().map(|p| p.kind), Some(Kind::Cell(_)));
        if self.official && in_cell {
            props.push_str("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>");
        } else if self.compact {
            let size = match self.paragraph.as_ref().map(|p| p.kind) {
                Some(Kind::Cell(_)) => 16,
                Some(Kind::Heading(1)) => 32,
                _ => 20,
            };
            props.push_str(&format!(
                "<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"
            ));
        }
        if let Some(t) = &mut self.table {
            t.cell_width += super::docx_table::text_units(text);
        }
        if let Some(p) = &mut self.paragraph {
            p.push(props, xml(text));
        }
    }

    fn run_raw(&mut self, inner: &'static str) {
        if let Some(p) = &mut self.paragraph {
            p.runs.push(Run::Raw(inner));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx_table::{column_widths, CELL_PADDING, CELL_UNIT};
    use crate::render::escape;
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
