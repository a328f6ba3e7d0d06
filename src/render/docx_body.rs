//! `BodyWriter`: a document's Markdown events as the WordprocessingML body,
//! paragraph by paragraph, with the page parts the templates mark (signatures,
//! the compact notice, the sign-off) and the official style's table type.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use super::docx_paragraph::{Kind, Paragraph, Run};
use super::docx_table::{table_xml, Table};
use super::escape::xml;
use super::html::PAGE_BREAK;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Div {
    Signatures,
    Compact,
    Signoff,
    Other,
}

/// Turns Markdown events into WordprocessingML.
#[derive(Debug, Default)]
pub(super) struct BodyWriter {
    pub(super) body: String,
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
    pub(super) text_width: u32,
    /// GB/T 9704 style: tables in 12 pt under the 16 pt body.
    pub(super) official: bool,
}

impl BodyWriter {
    pub(super) fn new(text_width: u32, official: bool) -> BodyWriter {
        BodyWriter {
            text_width,
            official,
            ..BodyWriter::default()
        }
    }

    pub(super) fn event(&mut self, event: Event) {
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

    pub(super) fn close_paragraph(&mut self) {
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
