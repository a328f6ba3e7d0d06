//! A DOCX paragraph being written: its kind and its runs, merged where alike.

use pulldown_cmark::Alignment;

/// What kind of paragraph is open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Body,
    Heading(u8),
    Item,
    Cell(Alignment),
}

/// A run of a paragraph.
#[derive(Debug)]
pub(super) enum Run {
    /// Run properties and escaped text.
    Text { props: String, text: String },
    /// A run's inner XML, such as a line break.
    Raw(&'static str),
}

#[derive(Debug)]
pub(super) struct Paragraph {
    pub(super) kind: Kind,
    /// Adjacent text runs alike are merged, so text split by Markdown escapes
    /// stays one run.
    pub(super) runs: Vec<Run>,
}

impl Paragraph {
    pub(super) fn push(&mut self, props: String, text: String) {
        match self.runs.last_mut() {
            Some(Run::Text { props: p, text: t }) if *p == props => t.push_str(&text),
            _ => self.runs.push(Run::Text { props, text }),
        }
    }

    pub(super) fn runs_xml(&self) -> String {
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
